"""Questions answered from the commitments register: which records answer, "the last meeting", and the answer's form."""
from __future__ import annotations

from pathlib import Path

import pytest

from ingest.records import RegisterQuery
from retrieval.records import Filters
from retrieval.intent import asks_about_commitments
from retrieval.register import Register, compose
from tests.retrieval.minutes import minutes_catalog
from tests.retrieval.passages import UNRELATED, croydon, hits, make_chunk

@pytest.fixture()
def register(tmp_path: Path):
    catalog = minutes_catalog(tmp_path)
    yield Register(catalog)
    catalog.close()


@pytest.fixture()
def with_planning(tmp_path: Path):
    catalog = minutes_catalog(tmp_path, planning=True)
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
    # Government's acts ask about commitments too; the register answers only with rows on their topic (below).
    ("What did the government's commissioner recommend for the service?", True),
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


def test_a_row_must_carry_the_topic_not_a_word_of_it(with_planning):
    tesco = "What did the planning committee decide about the new Tesco superstore?"
    assert texts(with_planning.find(tesco, Filters())) == [
        "planning permission for the new Tesco superstore at Kirkstall Road be refused on highway grounds."]
    # Sharing "plan" (the Plans Panel's, the planning permission's) is not sharing the topic.
    assert with_planning.find("What did the planning committee decide about library opening hours?", Filters()) == []
    assert with_planning.find("What did the committee resolve about the new audit software?", Filters()) == []


def test_rows_from_another_council_never_answer(with_planning):
    assert with_planning.find("What did the committee decide about the Tesco superstore?", Filters(council="Manchester")) == []


def test_search_passages_more_on_topic_than_the_rows_win(with_planning):
    question = "What did the committee agree about the Section 20 figures?"
    assert texts(with_planning.find(question, Filters())) == []  # no row carries Section 20
    fraud = "What did Cllr Russell promise to share about fraud figures?"
    assert texts(with_planning.find(fraud, Filters())) == ["Cllr Russell undertook to share the fraud figures with the Chair."]
    # A passage that carries more of the topic than any row sends the question to search...
    better = make_chunk("Cllr Russell will share the fraud figures and the fraud referrals by ward.", "fraud-report")
    worse = hits(*UNRELATED)
    assert with_planning.find("What did Cllr Russell promise to share about fraud referrals by ward?", Filters(),
                              hits(better)) == []
    # ... and passages less on topic than the rows do not.
    assert texts(with_planning.find(fraud, Filters(), worse)) == [
        "Cllr Russell undertook to share the fraud figures with the Chair."]


def test_a_row_on_the_topic_only_through_its_passage_gives_way_to_that_passage(with_planning):
    [tesco] = with_planning.find("What did the committee decide about the Tesco superstore?", Filters())
    depot = "What did the committee decide about the foodstore on the bus depot site?"
    # The resolution's own words say nothing of the depot; its passage does, and so does search's passage, the same one.
    assert with_planning.find(depot, Filters(), hits(tesco.chunk)) == []
    assert texts(with_planning.find(depot, Filters(), hits(*UNRELATED))) == [tesco.commitment.text]
    # A row that carries the topic in its own words keeps a tie with the passage it sits in.
    assert texts(with_planning.find("What did the committee decide about the Tesco superstore?", Filters(),
                                    hits(tesco.chunk))) == [tesco.commitment.text]


def test_a_row_answers_a_date_or_a_figure_only_when_it_states_one(register):
    assert register.find("When did Cllr Russell promise to share the fraud figures?", Filters()) == []
    assert register.find("How much fraud did Cllr Russell undertake to report?", Filters()) == []
    assert texts(register.find("What did Cllr Russell promise about the fraud figures?", Filters())) == [
        "Cllr Russell undertook to share the fraud figures with the Chair."]


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


def test_a_commitment_joined_from_list_items_is_quoted_as_the_paper_has_it():
    from evals.metrics import quote_is_verbatim
    from retrieval.register import verbatim_span

    passage = ("2. the Commissioner brings reports to the Panel relating to:\n\n- his scrutiny of the decision to "
               "disband the mounted section.\n\n- the work he was undertaking with young people.\n")
    joined = ("the Commissioner brings reports to the Panel relating to: his scrutiny of the decision to disband the "
              "mounted section. the work he was undertaking with young people.")
    assert not quote_is_verbatim(joined, passage)
    quote = verbatim_span(joined, passage)
    assert quote_is_verbatim(quote, passage) and quote.startswith("the Commissioner") and "- the work" in quote
    assert verbatim_span("words the passage lacks", passage) == "words the passage lacks"
