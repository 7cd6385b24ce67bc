"""Questions answered from the commitments register: which records answer, "the last meeting", and the answer's form."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ingest.catalog import Catalog
from ingest.chunking import approx_tokens
from ingest.pipeline import build_documents
from ingest.records import Page, Part, RegisterQuery
from retrieval.records import Filters
from retrieval.register import Register, asks_about_commitments, compose

MEETINGS = {
    date(2025, 11, 25): (
        "Minutes:\n\nOfficers agreed to circulate the updated risk register to Members.\n\n"
        "The Committee asked that the Head of Audit report back on unallocated audit days.\n\n"
        "RESOLVED – That the report be noted."
    ),
    date(2026, 2, 10): (
        "Minutes:\n\nFollowing a question from Cllr Flanagan, officers agreed to circulate the internal audit plan.\n\n"
        "Cllr Russell undertook to share the fraud figures with the Chair.\n\n"
        "RESOLVED – That the annual governance statement be approved."
    ),
}


@pytest.fixture()
def register(tmp_path: Path):
    catalog = Catalog(tmp_path / "catalog.sqlite3")
    for day, text in MEETINGS.items():
        part = Part((Page(None, text),), {"council": "Manchester", "committee": "Audit Committee", "meeting_date": day.isoformat(), "kind": "minutes"})
        [built] = build_documents([part], f"audit-{day}.txt", day.isoformat().replace("-", "") * 8, f"audit-{day}.txt", None, approx_tokens)
        assert built.document.meta.meeting_date == day
        catalog.begin(built.document, f"/papers/audit-{day}.txt", built.chunks, built.commitments)
        catalog.complete([built.document.doc_id])
    yield Register(catalog)
    catalog.close()


def texts(found) -> list[str]:
    return [f.commitment.text for f in found]


@pytest.mark.parametrize("question, asks", [
    ("What did the committee resolve about unallocated cases?", True),
    ("What did officers agree to provide?", True),
    ("What actions came out of the meeting?", True),
    ("What did Ofsted recommend for Merton?", False),
    ("What did the inspectors decide about leadership?", False),
    ("What did the government's commissioner recommend for the service?", False),
    ("What did the Secretary of State decide?", False),
    ("What did the Department for Education agree with the council?", False),
    ("What did officers agree to send to the Department for Education?", True),
    ("How many cases were in the Assessment Service in July 2018?", False),
    ("What follow-up questions did Cllr Sweeting submit?", False),
])
def test_which_questions_go_to_the_register(question, asks):
    assert asks_about_commitments(question) is asks


def test_the_last_meeting_is_the_newest_meeting_in_the_index(register):
    found = register.find("What did we agree to circulate after the last meeting?", Filters(latest=True))
    assert texts(found) == ["Following a question from Cllr Flanagan, officers agreed to circulate the internal audit plan.",
                            "Cllr Russell undertook to share the fraud figures with the Chair."]
    everything = register.find("What did we agree to circulate?", Filters())
    assert "Officers agreed to circulate the updated risk register to Members." in texts(everything)


def test_the_topic_and_the_actor_narrow_the_answer(register):
    assert texts(register.find("What did the committee ask about unallocated audit days?", Filters())) == [
        "The Committee asked that the Head of Audit report back on unallocated audit days."]
    assert texts(register.find("What did Cllr Russell promise?", Filters())) == [
        "Cllr Russell undertook to share the fraud figures with the Chair."]
    resolved = register.find("What did the Audit Committee resolve?", Filters(council="Manchester", committee="Audit Committee"))
    assert texts(resolved) == ["the annual governance statement be approved.", "the report be noted."]


def test_nothing_on_the_topic_sends_the_question_to_search(register):
    assert register.find("What did the committee resolve about bin collections?", Filters()) == []
    assert register.find("What did the committee resolve?", Filters(council="Croydon")) == []


def test_the_answer_lists_each_commitment_with_its_quote_and_citation(register):
    found = register.find("What did we agree to circulate?", Filters())
    text, citations = compose(found)
    assert [c.n for c in citations] == [1, 2, 3] and all(f"[{c.n}]" in text for c in citations)
    for c in citations:
        assert " ".join(c.quote.split()) in " ".join(c.chunk.text.split())
    assert "Manchester, Audit Committee, 10 February 2026:" in text and "Manchester, Audit Committee, 25 November 2025:" in text
    assert "Undertaken (officers)" in text


def test_unknown_kinds_are_refused(register):
    from retrieval.register import UnknownKind

    with pytest.raises(UnknownKind):
        register.list(RegisterQuery(kind="promise"))
    assert {e.commitment.kind for e in register.list(RegisterQuery(kind="action"))} == {"action"}
    assert [e.document.meta.council for e in register.list(RegisterQuery(council="manchester city council"))][:1] == ["Manchester"]
