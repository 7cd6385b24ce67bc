"""Answer -> the answer JSON of CONTRACT.md, and the text `clerk ask` prints."""
from __future__ import annotations

import json
from datetime import date

from retrieval.records import Answer, Citation, Filters, Hit
from retrieval.wire import answer_to_json, document_url, format_for_terminal, hit_to_json
from tests.retrieval.passages import OFSTED_TABLE, croydon, hits

TOP_KEYS = {"question", "answer", "refused", "filters", "citations", "contexts"}
FILTER_KEYS = {"council", "committee", "since", "until"}
CITATION_KEYS = {
    "n", "chunk_id", "doc_id", "source", "title", "council", "committee", "meeting_date", "item", "section", "page",
    "quote", "url", "viewer_url",
}
CONTEXT_KEYS = {
    "rank", "chunk_id", "doc_id", "source", "text", "score", "council", "committee", "meeting_date", "page", "section",
    "title", "item",
}
OPTIONAL_STR = (str, type(None))
OPTIONAL_INT = (int, type(None))


def _answer() -> Answer:
    figures = croydon("1800 cases")
    return Answer(
        question="How many cases were in the Assessment Service in July 2018?",
        text="At the end of July there were 1800 cases in the Assessment Service [1]. The judgement was outstanding [2].",
        refused=False,
        filters=Filters(council="Croydon", since=date(2018, 7, 1), until=date(2018, 7, 31)),
        citations=(
            Citation(1, figures, "At the end of July there were 1800 cases in the Assessment Service"),
            Citation(2, OFSTED_TABLE, "Overall effectiveness\tOutstanding"),
        ),
        contexts=tuple(hits(figures, OFSTED_TABLE)),
        standalone_question=None,
        notes=("Searched all the papers.",),
    )


def test_the_answer_has_the_contract_shape():
    data = answer_to_json(_answer())
    assert TOP_KEYS <= set(data)
    assert isinstance(data["question"], str) and isinstance(data["answer"], str)
    assert data["refused"] is False
    assert FILTER_KEYS <= set(data["filters"])
    assert data["filters"]["since"] == "2018-07-01" and data["filters"]["until"] == "2018-07-31"
    assert data["filters"]["committee"] is None and data["filters"]["council"] == "Croydon"
    for citation in data["citations"]:
        assert set(citation) == CITATION_KEYS
        assert isinstance(citation["n"], int) and isinstance(citation["quote"], str) and isinstance(citation["url"], str)
        for key in ("chunk_id", "doc_id", "source", "title"):
            assert isinstance(citation[key], str)
        for key in ("council", "committee", "meeting_date", "item", "section"):
            assert isinstance(citation[key], OPTIONAL_STR)
        assert isinstance(citation["page"], OPTIONAL_INT)
    for rank, context in enumerate(data["contexts"], start=1):
        assert CONTEXT_KEYS <= set(context)
        assert context["rank"] == rank and isinstance(context["score"], float) and isinstance(context["text"], str)
        assert isinstance(context["page"], OPTIONAL_INT) and isinstance(context["meeting_date"], OPTIONAL_STR)
    assert data["standalone_question"] is None and data["notes"] == ["Searched all the papers."]
    assert json.loads(json.dumps(data)) == data


def test_citation_fields_come_from_the_chunk():
    first, second = answer_to_json(_answer())["citations"]
    assert first["council"] == "Croydon"
    assert first["committee"] == "Children and Young People Scrutiny Sub-Committee"
    assert first["meeting_date"] == "2018-09-18"
    assert first["source"] == "corpus/seeds/000_d30d108b706bb908.txt"
    assert first["page"] is None
    assert second["page"] == 2 and second["committee"] is None


def test_urls_open_the_pdf_at_its_page_or_the_document_at_the_passage():
    chunk = croydon("1800 cases")
    assert document_url(OFSTED_TABLE) == f"/api/documents/{OFSTED_TABLE.doc_id}/file#page=2"
    assert document_url(chunk) == f"/documents/{chunk.doc_id}?chunk={chunk.chunk_id}"
    first, second = answer_to_json(_answer())["citations"]
    assert first["url"] == document_url(chunk) and second["url"] == document_url(OFSTED_TABLE)


def test_url_for_is_injectable():
    data = answer_to_json(_answer(), url_for=lambda chunk: f"https://clerk.example/{chunk.chunk_id}")
    assert all(c["url"].startswith("https://clerk.example/") for c in data["citations"])


def test_a_hit_on_its_own_is_a_context():
    (hit,) = hits(OFSTED_TABLE)
    data = hit_to_json(4, hit)
    assert CONTEXT_KEYS <= set(data)
    assert data["rank"] == 4 and data["page"] == 2 and data["meeting_date"] == "2025-07-07"
    assert data["url"] == document_url(OFSTED_TABLE) and data["kind"] == "inspection report"
    assert data["dense_rank"] == 1 and data["lexical_rank"] == 1


def test_a_refusal_on_the_wire():
    refusal = Answer("What is the budget for bin collections?", "The papers I have don't answer that.", True, Filters(), (), ())
    data = answer_to_json(refusal)
    assert data["refused"] is True and data["citations"] == [] and data["contexts"] == []
    assert data["filters"] == {"council": None, "committee": None, "since": None, "until": None, "kind": None, "latest": False}


def test_terminal_text_lists_the_sources():
    text = format_for_terminal(_answer())
    lines = text.splitlines()
    assert lines[0].startswith("At the end of July there were 1800 cases")
    assert (
        "[1] Croydon — Children and Young People Scrutiny Sub-Committee, 18 September 2018, "
        "Children's Services Improvement Arrangements, corpus/seeds/000_d30d108b706bb908.txt"
    ) in lines
    assert any(line.startswith("[2] Merton — Ofsted inspection of London Borough of Merton, 7 July 2025, p. 2") for line in lines)
    assert "    “Overall effectiveness Outstanding”" in lines
    assert lines[-1] == "Note: Searched all the papers."


def test_terminal_text_of_a_refusal_lists_the_closest_material():
    chunk = croydon("1800 cases")
    refusal = Answer("Q?", "The papers I have don't answer that. The closest material is listed below.", True, Filters(),
                     (Citation(1, chunk, "Following on from the July 2018 inspection"),), tuple(hits(chunk)))
    assert "Closest material:" in format_for_terminal(refusal)


def test_a_papers_public_address_is_the_link_and_clerks_view_stays_beside_it():
    from dataclasses import replace

    from retrieval.wire import passage_url

    public = replace(OFSTED_TABLE, url="https://reports.example.gov.uk/report.pdf")
    data = hit_to_json(1, Hit(public, 1.0, 1.0))
    assert data["url"] == "https://reports.example.gov.uk/report.pdf#page=2"
    assert data["viewer_url"].startswith(f"/api/documents/{public.doc_id}/file#page=2")
    hostile = replace(OFSTED_TABLE, url="javascript:alert(1)")
    assert hit_to_json(1, Hit(hostile, 1.0, 1.0))["url"].startswith("/api/documents/")
    assert passage_url("a.html", "d1", "c1", None, "https://council.example/meeting?MId=4") == "https://council.example/meeting?MId=4"
