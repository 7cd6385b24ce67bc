"""Clerk's filters inferred from the question: applied when they find the answer, dropped with a note when they
leave too little, never beyond what the question is about (over a fake searcher)."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from retrieval.records import Filters, Hit
from retrieval.service import Clerk
from tests.retrieval.answers import assert_well_formed
from tests.retrieval.fake_search import SECTION_20, FakeSearcher, always, infer_council, infer_period
from tests.retrieval.passages import UNRELATED, croydon, hits


def test_inferred_filters_apply_when_they_find_the_answer():
    searcher = FakeSearcher(lambda f: SECTION_20 if f.council == "Croydon" else [])
    answer = Clerk(searcher, infer_filters=infer_council("Croydon")).ask("What did Croydon say about Section 20?")
    assert not answer.refused
    assert answer.filters == Filters(council="Croydon") and answer.notes == ()
    # The inferred filter is searched, then everything (twice as deep) for papers that do not record a council.
    assert [call[1:3] for call in searcher.calls] == [(Filters(council="Croydon"), 8), (Filters(), 16)]


def test_an_inferred_filter_that_finds_nothing_is_dropped_with_a_note():
    # "in July 2018": the minutes that discuss July 2018 are of a September meeting.
    searcher = FakeSearcher(lambda f: [] if f.until else SECTION_20)
    clerk = Clerk(searcher, infer_filters=infer_period(date(2018, 7, 1), date(2018, 7, 31)))
    answer = clerk.ask("What did Ofsted say about Section 20 in July 2018?")
    assert not answer.refused
    assert answer.filters == Filters()
    assert [call[1] for call in searcher.calls] == [Filters(since=date(2018, 7, 1), until=date(2018, 7, 31)), Filters()]
    assert answer.notes == (
        "Searched beyond what the question implies (dated 1 July 2018 to 31 July 2018): those papers gave too little "
        "evidence.",
    )
    # The answer says which meeting it is from, since that is not the period asked about.
    assert answer.text.startswith(
        "At the Children and Young People Scrutiny Sub-Committee on 18 September 2018 (Croydon):\n"
    )
    assert_well_formed(answer.text, answer.citations)


def test_an_inferred_filter_that_finds_only_weak_evidence_is_dropped():
    weak = hits(*UNRELATED, similarity=0.1, lexical=0.5)
    searcher = FakeSearcher(lambda f: weak if f.kind else SECTION_20)

    def infer(question, today=None, committees=()):
        return Filters(council="Croydon", kind="inspection report"), question

    answer = Clerk(searcher, infer_filters=infer).ask("What did Ofsted say about Section 20 in Croydon?")
    assert not answer.refused and answer.filters == Filters()


def test_papers_beyond_an_inferred_council_must_be_about_it():
    # Nothing from Birmingham: Croydon's passages on the same topic are no answer.
    searcher = FakeSearcher(lambda f: [] if f.council == "Birmingham" else SECTION_20)
    answer = Clerk(searcher, infer_filters=infer_council("Birmingham")).ask("What did Ofsted say about Section 20 in Birmingham?")
    # Refused, listing Croydon's passages as the closest material, and saying so.
    assert answer.refused and {c.chunk.council for c in answer.citations} == {"Croydon"}
    assert answer.notes == ("No paper is about what the question names (council Birmingham); the closest material "
                            "is from others.",)
    assert [call[1] for call in searcher.calls] == [Filters(council="Birmingham"), Filters()]


def test_a_paper_that_never_states_its_council_may_answer_a_question_naming_one():
    # Many papers never say whose they are; nothing shows this one is another council's, so it is not ruled out.
    from tests.retrieval.passages import make_chunk

    chunk = make_chunk("The Convener, Councillor Harvey Johnston, took the chair. Apologies were received from "
                       "Councillor Steven Heddle.", "ork", council=None, committee="General Meeting",
                       meeting_date=date(2020, 12, 8), source="papers/page-07.txt")
    searcher = FakeSearcher(lambda f: [] if f.council else hits(chunk))
    r = Clerk(searcher, infer_filters=infer_council("Orkney")).retrieve("Who gave apologies at Orkney's meeting?")
    assert [h.chunk for h in r.hits] == [chunk] and r.widened
    # ... while a paper known to be another council's still is (see the Birmingham test above).


def test_a_paper_read_as_another_council_may_answer_when_it_names_the_asked_bodys_place():
    # Read as Surrey's, the minutes speak of Hertfordshire's police and crime panel throughout; a paper read as a
    # body of the same place (East Hertfordshire) would bear on it even without (test_scope).
    from tests.retrieval.passages import make_chunk

    panel = make_chunk("Hertfordshire's Police and Crime Panel elected Councillor Jane Fox as its Chairman.", "ph",
                       council="Surrey", committee="Police and Crime Panel", meeting_date=date(2012, 10, 25))
    other = replace(panel, chunk_id="other", doc_id="other", text="The Panel elected Councillor Jane Fox as Chairman.")
    searcher = FakeSearcher(lambda f: [] if f.council else hits(panel, other))
    r = Clerk(searcher, infer_filters=infer_council("Hertfordshire Police and Crime Panel")).retrieve(
        "Who chaired the Hertfordshire Police and Crime Panel?")
    assert [h.chunk for h in r.hits] == [panel] and r.widened


def test_a_paper_that_names_the_asked_council_in_one_passage_bears_on_it_in_all():
    # Misread as another county's (not Cheltenham's own, which a widened search takes in as the district's county),
    # the minutes name Cheltenham once; their passage on kitchens does not, and answers.
    from tests.retrieval.passages import make_chunk

    named = make_chunk("The Leader reported that Cheltenham has secured the most new homes in the county.", "ch",
                       council="Wiltshire", committee="Council", meeting_date=None)
    kitchens = replace(named, chunk_id="ch-2", position=1, text="The Council will fit 400 replacement kitchens in "
                       "its homes this year.")
    other = replace(kitchens, chunk_id="other", doc_id="other")  # the same words in another council's paper
    searcher = FakeSearcher(lambda f: [] if f.council else hits(other, kitchens, named))
    r = Clerk(searcher, infer_filters=infer_council("Cheltenham")).retrieve(
        "How many replacement kitchens will Cheltenham fit?")
    assert {h.chunk.chunk_id for h in r.hits} == {"ch-2", named.chunk_id} and r.widened


def test_a_papers_file_name_says_what_it_is_about():
    # Its council was read as "Somerset"; its file name, like its heading, says North Somerset.
    from tests.retrieval.passages import make_chunk

    chunk = make_chunk("Councillors: P Peter Crew (Chairman) P Jill Iles (Vice-Chairman)", "ns", council="Somerset",
                       committee="Planning & Regulatory Committee", meeting_date=date(2016, 5, 11),
                       source="councils/north-somerset_2016-05-11_planning-regulatory-committee-minutes.txt")
    searcher = FakeSearcher(lambda f: [] if f.council else hits(chunk))
    r = Clerk(searcher, infer_filters=infer_council("North Somerset")).retrieve("Who chaired North Somerset's meeting?")
    assert [h.chunk for h in r.hits] == [chunk] and r.widened


def test_papers_beyond_an_inferred_period_must_be_about_it():
    later = hits(croydon("progression of cases of Section 20"))
    later = [Hit(replace(h.chunk, meeting_date=date(2024, 1, 10), date_end=date(2024, 1, 10)), h.score, h.similarity,
                 h.dense_rank, h.lexical_rank, h.lexical_score) for h in later]
    searcher = FakeSearcher(lambda f: [] if f.until else later)
    clerk = Clerk(searcher, infer_filters=infer_period(date(2017, 1, 1), date(2017, 12, 31)))
    assert clerk.ask("What did Ofsted say about Section 20 in 2017?").refused


def test_explicit_filters_win_and_let_through_only_papers_that_do_not_record_the_field():
    searcher = FakeSearcher(lambda f: SECTION_20 if f.council is None else [])
    clerk = Clerk(searcher, infer_filters=infer_council("Merton"))
    answer = clerk.ask("What did Ofsted say about Section 20?", filters=Filters(council="Sutton", since=date(2020, 1, 1)))
    assert answer.refused
    assert answer.filters == Filters(council="Sutton", since=date(2020, 1, 1))
    # The inferred council gave way to the explicit one, so there was nothing inferred to relax; the explicit
    # filters were tried once more open to papers that do not record a council or date, and found nothing.
    assert [call[1] for call in searcher.calls] == [
        Filters(council="Sutton", since=date(2020, 1, 1)),
        Filters(council="Sutton", since=date(2020, 1, 1), or_unknown=True),
    ]
    assert any("No papers match" in note for note in answer.notes)


def test_a_paper_that_does_not_record_its_council_may_answer_an_explicit_council_filter():
    from tests.retrieval.passages import make_chunk

    chunk = make_chunk("The Cabinet Member for Children reported the death of former Councillor Ann Smith.", "dl",
                       council=None, committee="Council", meeting_date=None, source="papers/mgAi.aspx_ID=5325.txt")
    searcher = FakeSearcher(lambda f: hits(chunk) if f.or_unknown else [])
    answer = Clerk(searcher, infer_filters=lambda q, today=None, committees=(): (Filters(), q)).ask(
        "Whose death did the Cabinet Member for Children report?", filters=Filters(council="Darlington"))
    assert not answer.refused and answer.citations[0].chunk == chunk
    assert answer.notes == (
        "Also searched papers that do not record their council, committee or date (council Darlington): those that "
        "do gave too little evidence.",
    )


def test_papers_that_record_nothing_compete_with_those_recorded_as_the_question_implies():
    from tests.retrieval.passages import make_chunk

    recorded = make_chunk("Councillor Jane Fox was elected Chair.", "kent", council="Kent",
                          meeting_date=date(2012, 11, 6))
    recorded = replace(recorded, chunk_id="kent")
    unknown = replace(recorded, chunk_id="unknown", doc_id="unknown", council=None, source="papers/page-01.txt")
    other = replace(recorded, chunk_id="other", doc_id="other", council="Surrey", source="papers/page-02.txt")
    searcher = FakeSearcher(lambda f: hits(recorded) if f.council else hits(unknown, other, recorded))
    r = Clerk(searcher, infer_filters=infer_council("Kent")).retrieve("Who was elected Chair at Kent?")
    # Surrey's paper is shown to be outside the filter; the one that records no council cannot be.
    assert {h.chunk.chunk_id for h in r.hits} == {"kent", "unknown"}
    assert r.widened and r.filters == Filters()
    assert r.notes == ("Also searched papers not recorded as the question implies (council Kent): many papers do not "
                       "state their council, committee or date.",)


def test_only_the_inferred_part_is_relaxed():
    searcher = FakeSearcher(lambda f: SECTION_20 if f.until is None else [])

    def infer(question, today=None, committees=()):
        return Filters(council="Croydon", until=date(2018, 7, 31)), question

    answer = Clerk(searcher, infer_filters=infer).ask("What did Croydon say in July 2018?", filters=Filters(council="Croydon"))
    assert answer.filters == Filters(council="Croydon")
    assert [call[1] for call in searcher.calls[:2]] == [Filters(council="Croydon", until=date(2018, 7, 31)),
                                                         Filters(council="Croydon")]
    assert answer.notes == (
        "Searched beyond what the question implies (dated up to 31 July 2018): those papers gave too little evidence.",
    )


def test_no_inference_when_asked_not_to():
    searcher = always(SECTION_20)
    answer = Clerk(searcher, infer_filters=infer_council("Merton")).ask("What did Ofsted say about Section 20?", infer=False)
    assert answer.filters == Filters() and searcher.calls[0][1] == Filters()


def test_the_default_inference_is_retrieval_filters():
    searcher = FakeSearcher(lambda f: SECTION_20 if f.council == "Croydon" else [])
    answer = Clerk(searcher).ask("What did Croydon say about Section 20?")
    assert answer.filters.council == "Croydon" and not answer.refused


def test_committees_come_from_the_searcher_unless_given():
    seen = []

    def infer(question, today=None, committees=()):
        seen.append(tuple(committees))
        return Filters(), question

    class WithCommittees(FakeSearcher):
        def committees(self):
            return ("Cabinet", "Children and Young People Scrutiny Sub-Committee")

    Clerk(WithCommittees(lambda f: SECTION_20), infer_filters=infer).ask("What did Ofsted say about Section 20?")
    Clerk(always(SECTION_20), committees=["Cabinet"], infer_filters=infer).ask("What did Ofsted say about Section 20?")
    assert seen == [("Cabinet", "Children and Young People Scrutiny Sub-Committee"), ("Cabinet",)]
