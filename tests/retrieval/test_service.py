"""Clerk.ask end to end over a fake searcher (the real one is tested in test_search.py)."""
from __future__ import annotations

import re
from datetime import date

import pytest

from retrieval.answered import NOT_ANSWERED
from retrieval.llm import LLMError
from retrieval.records import Citation, Filters, Hit
from retrieval.service import CLOSEST, REFUSAL, Clerk
from tests.retrieval.passages import UNRELATED, croydon, hits, make_chunk
from tests.retrieval.answers import assert_well_formed
from tests.retrieval.fake_search import SECTION_20, FakeSearcher, always, infer_council, infer_nothing

MARKER = re.compile(r"\[\d+\]")


def test_answers_with_cited_sentences_and_returns_the_contexts():
    searcher = always(SECTION_20)
    answer = Clerk(searcher, infer_filters=infer_nothing).ask("What did Ofsted say about Section 20?", k=4, mode="bm25")
    assert not answer.refused
    assert_well_formed(answer.text, answer.citations)
    assert answer.contexts == tuple(SECTION_20)
    assert answer.filters == Filters()
    assert answer.standalone_question is None and answer.notes == ()
    assert searcher.calls == [("What did Ofsted say about Section 20?", Filters(), 4, "bm25")]


def test_refuses_when_the_passages_are_unrelated():
    unrelated = hits(*UNRELATED, croydon("1800 cases"), similarity=0.1, lexical=0.0)
    unrelated = [Hit(h.chunk, h.score, h.similarity, h.dense_rank) for h in unrelated]  # BM25 found nothing
    answer = Clerk(always(unrelated), infer_filters=infer_nothing).ask("What is the budget for bin collections?")
    assert answer.refused
    assert answer.text == f"{REFUSAL} {CLOSEST}"
    assert not MARKER.search(answer.text)
    assert answer.contexts == tuple(unrelated)
    # The closest passages are listed, each quoting its first sentence.
    assert [c.n for c in answer.citations] == [1, 2, 3]
    for citation, hit in zip(answer.citations, unrelated):
        assert citation.chunk == hit.chunk and hit.chunk.text.startswith(citation.quote)


def test_refuses_plainly_when_nothing_is_found():
    answer = Clerk(always([]), infer_filters=infer_nothing).ask("What is the budget for bin collections?")
    assert answer.refused and answer.text == REFUSAL
    assert answer.citations == () and answer.contexts == ()


def test_the_refusal_threshold_is_the_callers():
    strict = Clerk(always(SECTION_20), refusal_threshold=0.99, infer_filters=infer_nothing)
    assert strict.ask("What did Ofsted say about Section 20?").refused
    lenient = Clerk(always(hits(*UNRELATED, similarity=0.1)), refusal_threshold=0.0, infer_filters=infer_nothing)
    # Even at no threshold, a sentence that shares no word with the question is not an answer.
    assert lenient.ask("What is the budget for bin collections?").refused


def test_a_statement_asked_for_is_refused_when_the_passages_only_head_the_topic_and_the_note_says_why():
    agenda = make_chunk(
        "8. Police and Crime Plan 2013 to 2017\nReport of the Police and Crime Commissioner\n9. Budget monitoring",
        "panel-2013",
        committee="Police and Crime Panel",
        title="Agenda",
        meeting_date=date(2013, 2, 15),
    )
    clerk = Clerk(always(hits(agenda, similarity=0.7)), refusal_threshold=0.0, infer_filters=infer_nothing)
    answer = clerk.ask("What did the panel conclude about the Police and Crime Plan 2013 to 2017?")
    assert answer.refused and answer.text == f"{REFUSAL} {CLOSEST}"
    assert NOT_ANSWERED["lacks_statement"] in answer.notes
    said = make_chunk("The panel concluded that the Police and Crime Plan 2013 to 2017 was sound.", "panel-2013b",
                      committee="Police and Crime Panel", meeting_date=date(2013, 2, 15))
    answered = Clerk(always(hits(said, similarity=0.7)), refusal_threshold=0.0, infer_filters=infer_nothing).ask(
        "What did the panel conclude about the Police and Crime Plan 2013 to 2017?")
    assert not answered.refused and answered.notes == ()


def test_a_follow_up_is_searched_as_a_standalone_question():
    searcher = always(SECTION_20)
    history = [
        {"role": "user", "content": "What did Ofsted say about Section 20 in Croydon?"},
        {"role": "assistant", "content": "Members raised concern about Section 20 cases [1]."},
    ]
    answer = Clerk(searcher, infer_filters=infer_nothing).ask("What did they resolve?", history=history)
    assert answer.question == "What did they resolve?"
    assert answer.standalone_question == "What did they resolve (Croydon; Ofsted Section 20)?"
    assert searcher.calls[0][0] == answer.standalone_question
    assert "Officers circulate figures" in answer.text


def _llm_citation(hit: Hit) -> Citation:
    return Citation(n=1, chunk=hit.chunk, quote="Following a request by a Member, officers agreed to provide figures")


def test_the_llm_answer_is_used_when_it_answers():
    calls = []

    def llm(question, found):
        calls.append((question, tuple(found)))
        return "Officers agreed to provide Section 20 figures [1].", (_llm_citation(found[0]),)

    answer = Clerk(always(SECTION_20), llm_answerer=llm, infer_filters=infer_nothing).ask("What did Ofsted say about Section 20?")
    assert answer.text == "Officers agreed to provide Section 20 figures [1]."
    assert calls == [("What did Ofsted say about Section 20?", tuple(SECTION_20))]


@pytest.mark.parametrize("reply", [None, ("", ()), ("Something [1].", ())])
def test_extractive_answer_when_the_llm_gives_nothing(reply):
    answer = Clerk(always(SECTION_20), llm_answerer=lambda q, h: reply, infer_filters=infer_nothing).ask(
        "What did Ofsted say about Section 20?"
    )
    assert not answer.refused
    assert_well_formed(answer.text, answer.citations)
    assert "not backed by the papers" in answer.notes[0]


def test_extractive_answer_when_the_llm_fails():
    def broken(question, found):
        raise LLMError("connection refused")

    answer = Clerk(always(SECTION_20), llm_answerer=broken, infer_filters=infer_nothing).ask("What did Ofsted say about Section 20?")
    assert not answer.refused
    assert_well_formed(answer.text, answer.citations)
    assert "unavailable" in answer.notes[0]


def test_the_llm_is_not_asked_when_the_evidence_is_weak():
    def llm(question, found):
        raise AssertionError("the LLM must not answer from weak evidence")

    weak = hits(*UNRELATED, similarity=0.1, lexical=0.0)
    answer = Clerk(always(weak), llm_answerer=llm, infer_filters=infer_nothing).ask("What is the budget for bin collections?")
    assert answer.refused


def test_a_question_about_judgements_brings_the_reports_graded_table_forward():
    from tests.retrieval.passages import MERTON_FULL_TABLE, MERTON_OPENING, MERTON_PRACTICE

    searched = hits(MERTON_PRACTICE, *UNRELATED)

    def answer(filters):
        return searched

    searcher = FakeSearcher(answer)
    original = searcher.search

    def search(query, filters=Filters(), k=8, mode="hybrid"):
        found = original(query, filters, k, mode)
        return hits(MERTON_FULL_TABLE, MERTON_OPENING) if "Overall effectiveness" in query else found

    searcher.search = search
    clerk = Clerk(searcher, infer_filters=infer_nothing, refusal_threshold=0.0)
    r = clerk.retrieve("What were the judgements in Merton's Ofsted inspection?")
    assert [h.chunk.position for h in r.hits[:3]] == [12, 0, 1]  # after the best hit: the opening, then the table
    assert len(r.hits) == len(searched)
    assert "Overall effectiveness: Outstanding" in clerk.respond(r).text


# --- the commitments register as evidence ------------------------------------------------------------------------


@pytest.fixture()
def minutes(tmp_path):
    from retrieval.register import Register
    from tests.retrieval.minutes import minutes_catalog

    catalog = minutes_catalog(tmp_path, planning=True)
    yield Register(catalog)
    catalog.close()


AUDIT = ["Audit Committee", "Plans Panel"]


def test_a_meetings_commitments_by_its_month_as_by_the_last_meeting(minutes):
    clerk = Clerk(always([]), register=minutes, committees=AUDIT, today=date(2026, 3, 1))
    last = clerk.ask("What did the Audit Committee agree at its last meeting?")
    dated = clerk.ask("What did the Audit Committee agree at its February 2026 meeting?")
    for answer in (last, dated):
        assert not answer.refused and "10 February 2026" not in answer.text  # one meeting: no meeting headings
        assert "circulate the internal audit plan" in answer.text and "risk register" not in answer.text
        assert not any("No papers match" in note for note in answer.notes)
    # A month with no meeting: that body's newest meeting instead, said in a note, never a refusal for the filter.
    january = clerk.ask("What did the Audit Committee agree at its January 2026 meeting?")
    assert not january.refused and "circulate the internal audit plan" in january.text
    assert january.notes == ("Searched beyond what the question implies (dated 1 January 2026 to 31 January 2026): "
                             "those papers gave too little evidence.",)


def test_register_rows_off_the_topic_never_answer(minutes):
    clerk = Clerk(always(hits(*UNRELATED, similarity=0.1, lexical=0.0)), register=minutes, committees=AUDIT)
    answer = clerk.retrieve("What did the Audit Committee decide about the new Tesco superstore?")
    assert [f.commitment.text for f in answer.commitments] == [
        "planning permission for the new Tesco superstore at Kirkstall Road be refused on highway grounds."]
    # Named another council: Leeds's row does not answer for Manchester, and the search's passages are no answer.
    answer = clerk.ask("What did Manchester decide about the new Tesco superstore?")
    assert answer.refused and not any("No papers match" in note for note in answer.notes)
    assert "Tesco" not in answer.text
    assert clerk.retrieve("What did the Audit Committee decide about school meals?").commitments == ()


def test_search_wins_when_its_passages_are_more_on_topic(minutes):
    # The Croydon minutes on Section 20 carry the topic; no register row does.
    clerk = Clerk(always(SECTION_20), register=minutes, infer_filters=infer_nothing)
    r = clerk.retrieve("What did officers agree to circulate about Section 20 figures?")
    assert r.commitments == () and r.hits[0].chunk.council == "Croydon"
    assert not clerk.respond(r).refused


def test_only_the_callers_filters_can_match_nothing(minutes):
    searcher = FakeSearcher(lambda f: [] if f.council else SECTION_20)
    inferred = Clerk(searcher, infer_filters=infer_council("Birmingham")).ask("What did Ofsted say about Section 20?")
    assert inferred.refused and not any("No papers match" in note for note in inferred.notes)
    explicit = Clerk(searcher, infer_filters=infer_nothing).ask("What did Ofsted say about Section 20?",
                                                                filters=Filters(council="Birmingham"))
    assert explicit.refused and explicit.notes == ("No papers match the filters (council Birmingham).",)


@pytest.fixture(scope="module")
def small_runtime(small_index_dir, tmp_path_factory):
    import shutil

    from api.runtime import build_runtime
    from api.settings import Settings

    data = tmp_path_factory.mktemp("service") / "data"
    shutil.copytree(small_index_dir, data)
    runtime = build_runtime(Settings(data_dir=data))
    yield runtime
    runtime.close()


def test_the_tesco_question_is_not_answered_from_unrelated_resolutions(small_runtime):
    # The demo papers hold no planning decision on a Tesco superstore; they hold other councils' resolutions.
    clerk = small_runtime.clerk
    r = clerk.retrieve("What did the planning committee decide about the new Tesco superstore?")
    assert r.commitments == ()
    answer = clerk.respond(r)
    assert answer.refused or all("Tesco" in c.quote for c in answer.citations)
    # A question on a topic the register does hold is still answered from it.
    provide = clerk.retrieve("What did officers agree to provide after the Croydon meeting?")
    assert provide.commitments and all(f.chunk.council == "Croydon" for f in provide.commitments)
    assert any("Section 20" in f.commitment.text for f in provide.commitments)
