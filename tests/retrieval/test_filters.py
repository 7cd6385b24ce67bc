"""Filters inferred from questions, their false positives, and the two ways of applying them."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from ingest.records import DocumentMeta
from retrieval.filters import infer_filters, read_filters, resolve_committee, resolve_council
from retrieval.passing import filters_to_where, matches
from retrieval.records import Filters

TODAY = date(2025, 11, 1)


def infer(question: str) -> Filters:
    filters, rewritten = infer_filters(question, TODAY)
    assert rewritten == question  # place and date words stay: they match the passages too
    return filters


@pytest.mark.parametrize(
    ("question", "council"),
    [
        ("What did the panel say about caseloads in Hillingdon?", "Hillingdon"),
        ("How many youth hubs is Tower Hamlets opening?", "Tower Hamlets"),
        ("What did LBTH decide about the youth service?", "Tower Hamlets"),
        ("What was Merton's overall judgement?", "Merton"),
        ("Croydon caseloads", "Croydon"),
        ("what did croydon say about caseloads", "Croydon"),  # typed in lower case
        ("What did Ofsted say about Section 20?", None),
        ("Schools in Kentish Town", None),
        ("Reading the minutes, what was agreed?", None),
        ("what does reading the report show", None),
        ("When was the work to take down the three trees?", None),  # a function word typed in lower case is no place
        ("What did Down District Council decide?", "Down"),
        ("what did north down council decide", "North Down"),
        ("How do Croydon and Merton compare on caseloads?", None),  # two councils: neither alone
        # A council's name in another thing's name is no council: a building, a street, an NHS body, the police.
        ("What was decided about Merton Lodge?", None),
        ("what did the committee decide about merton lodge", None),
        ("Roadworks on Croydon Road", None),
        ("What did NHS Croydon say about waiting times?", None),
        ("What did Kent Police say?", None),
        ("What did West Sussex County Council agree?", "West Sussex"),
    ],
)
def test_council(question, council):
    assert infer(question).council == council


@pytest.mark.parametrize(
    ("question", "since", "until"),
    [
        ("Caseloads in Hillingdon in 2017", date(2017, 1, 1), date(2017, 12, 31)),
        ("Who led the inspection of Merton in July 2025?", date(2025, 7, 1), date(2025, 7, 31)),
        ("What has Croydon done since 2022?", date(2022, 1, 1), None),
        ("Decisions after March 2023", date(2023, 4, 1), None),
        ("Inspections before 2020", None, date(2019, 12, 31)),
        ("Reports up to June 2021", None, date(2021, 6, 30)),
        ("Caseloads between 2018 and 2020", date(2018, 1, 1), date(2020, 12, 31)),
        ("From July 2024 to March 2025", date(2024, 7, 1), date(2025, 3, 31)),
        ("Appeals received between 24 May and 12 June 2017", date(2017, 5, 24), date(2017, 6, 12)),
        ("Decisions from 3rd March to 5 April 2024", date(2024, 3, 3), date(2024, 4, 5)),
        ("The meeting on 23 November 2017", date(2017, 11, 23), date(2017, 11, 23)),
        ("The meeting of 2017-11-23", date(2017, 11, 23), date(2017, 11, 23)),
        ("The meeting on 12/03/2024", date(2024, 3, 12), date(2024, 3, 12)),
        ("What did the 2017 inspection find?", date(2017, 1, 1), date(2017, 12, 31)),
        # A council's year is the calendar year or the financial year (1 April to 31 March): both are covered.
        ("What did the council decide last year?", date(2024, 1, 1), date(2025, 3, 31)),
        ("What did the council decide this year?", date(2025, 1, 1), TODAY),
        ("Caseloads this year against last year", date(2024, 1, 1), TODAY),  # both periods, not the first alone
        ("What did the council agree last month?", date(2025, 10, 1), date(2025, 10, 31)),
        ("What has changed in the past two years?", date(2023, 11, 2), TODAY),
        ("Since 2020 has the caseload fallen?", date(2020, 1, 1), None),
        # not dates
        ("What did Ofsted say about Section 20?", None, None),
        ("Why were there 21 recommendations?", None, None),
        ("There were 1800 cases open", None, None),
        ("In 2000 cases the plan was late", None, None),
        ("Support for 16- and 17-year-olds", None, None),
        ("The 2023/24 budget", None, None),
        ("The 2023-24 budget", None, None),
        ("A saving of £2020", None, None),
        ("Plans for 2040", None, None),  # beyond next year: a target, not a paper's date
        ("Contradictions since 2022 before 2020", None, None),
    ],
)
def test_dates(question, since, until):
    filters = infer(question)
    assert (filters.since, filters.until) == (since, until)


@pytest.mark.parametrize(
    ("question", "latest"),
    [
        ("What did the latest inspection find?", True),
        ("What was decided at the last meeting?", True),
        ("Merton's most recent Ofsted judgement", True),
        ("When was Croydon last inspected?", True),
        ("What was agreed last year?", False),
        ("At last the plan was approved", False),
        ("The last three years of caseloads", False),
    ],
)
def test_latest(question, latest):
    assert infer(question).latest is latest


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Who led the inspection of Merton in July 2025?", "inspection report"),
        ("What did the latest Ofsted inspection say about leaders?", "inspection report"),
        ("Summarise the Ofsted report on Dorset", "inspection report"),
        ("What did the minutes record about Section 20?", "minutes"),
        ("What did Ofsted say about Section 20?", None),  # committee papers quote Ofsted too
        ("What did members say about the latest inspection?", None),  # the meeting's papers, not the report
        ("Was the inspection of the premises late?", None),
        ("Visits lasted 20 minutes", None),
        ("Did the council meet within a few minutes?", None),
    ],
)
def test_kind(question, kind):
    assert infer(question).kind == kind


def test_a_committee_named_in_full_among_known_ones():
    known = ["Cabinet", "Children and Young People Scrutiny Sub-Committee"]
    filters, _ = infer_filters("What did the children and young people scrutiny sub-committee ask?", TODAY, known)
    assert filters.committee == "Children and Young People Scrutiny Sub-Committee"
    # One word: too common to trust.
    assert infer_filters("What did the cabinet decide?", TODAY, known)[0].committee is None


@pytest.mark.parametrize(
    ("today", "this_year", "last_year"),
    [
        # Before April "this year" reaches back to the financial year that began the April before, and "last year"
        # to the one before that.
        (date(2026, 2, 10), (date(2025, 4, 1), date(2026, 2, 10)), (date(2024, 4, 1), date(2025, 12, 31))),
        (date(2026, 6, 30), (date(2026, 1, 1), date(2026, 6, 30)), (date(2025, 1, 1), date(2026, 3, 31))),
        (date(2026, 12, 31), (date(2026, 1, 1), date(2026, 12, 31)), (date(2025, 1, 1), date(2026, 3, 31))),
    ],
)
def test_this_year_and_last_year_resolve_against_today(today, this_year, last_year):
    filters, _ = infer_filters("What did the Cabinet decide this year?", today)
    assert (filters.since, filters.until) == this_year
    filters, _ = infer_filters("What did the Cabinet decide last year?", today)
    assert (filters.since, filters.until) == last_year


def test_an_authoritys_own_name_is_not_its_committee():
    known = ["County Council", "Cabinet", "Planning Committee", "City Council"]
    assert infer_filters("What did West Sussex County Council decide about libraries?", TODAY, known)[0].committee is None
    assert infer_filters("Did Leeds City Council agree the budget?", TODAY, known)[0].committee is None
    # The authority's meeting of all its members is the committee when no name stands before it.
    assert infer_filters("What did the County Council resolve in May 2025?", TODAY, known)[0].committee == "County Council"
    assert infer_filters("What did Kent's Planning Committee decide?", TODAY, known)[0].committee == "Planning Committee"


def test_each_filter_comes_with_the_words_that_gave_it():
    filters, clues = read_filters("What did the Audit Committee of Merton decide at its last meeting in February 2026?",
                                  TODAY, ["Audit Committee"])
    assert filters == Filters(council="Merton", committee="Audit Committee", since=date(2026, 2, 1),
                              until=date(2026, 2, 28), latest=True)
    assert {(c.field, c.words) for c in clues} == {
        ("council", "Merton"), ("committee", "Audit Committee"), ("dates", "February 2026"),
        ("latest", "its last meeting"),
    }
    assert read_filters("How are social work caseloads measured?", TODAY) == (Filters(), ())


def test_nothing_in_a_plain_question():
    assert infer("How are social work caseloads measured?").is_empty()


def test_resolve_committee():
    known = [
        "Cabinet",
        "Cabinet Member Decisions",
        "Children and Young People Scrutiny Sub-Committee",
        "Social Care, Housing and Public Health Policy Overview Committee",
    ]
    assert resolve_committee("Cabinet", known) == "Cabinet"
    assert resolve_committee("cabinet", known) == "Cabinet"
    assert resolve_committee("children & young people scrutiny sub committee", known) == known[2]
    assert resolve_committee("Children and Young People Scrutiny", known) == known[2]
    assert resolve_committee("social care, housing", known) == known[3]
    assert resolve_committee("Planning Committee", known) is None
    assert resolve_committee("  ", known) is None


def test_resolve_council():
    known = ["Croydon", "Tower Hamlets", "Merton"]
    assert resolve_council("LBTH", known) == "Tower Hamlets"
    assert resolve_council("london borough of croydon", known) == "Croydon"
    assert resolve_council("Kent", known) is None


def _meta(**fields) -> DocumentMeta:
    base = dict(
        title="t",
        council="Dorset",
        committee="Children's Scrutiny Committee",
        meeting_date=date(2025, 3, 3),
        date_end=date(2025, 3, 7),
        kind="inspection report",
    )
    return DocumentMeta(**{**base, **fields})


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (Filters(), True),
        (Filters(council="Dorset"), True),
        (Filters(council="dorset council"), True),
        (Filters(council="Merton"), False),
        (Filters(committee="children's scrutiny"), True),  # case-insensitive substring
        (Filters(committee="Cabinet"), False),
        (Filters(kind="Inspection Report"), True),
        (Filters(kind="minutes"), False),
        # the paper spans 3-7 March 2025: any overlap with [since, until] passes
        (Filters(since=date(2025, 3, 5)), True),
        (Filters(since=date(2025, 3, 7)), True),
        (Filters(since=date(2025, 3, 8)), False),
        (Filters(until=date(2025, 3, 4)), True),
        (Filters(until=date(2025, 3, 3)), True),
        (Filters(until=date(2025, 3, 2)), False),
        (Filters(since=date(2025, 3, 4), until=date(2025, 3, 5)), True),
        (Filters(since=date(2024, 1, 1), until=date(2024, 12, 31)), False),
    ],
)
def test_matches(filters, expected):
    assert matches(filters, _meta()) is expected


def test_an_undated_paper_fails_any_date_filter():
    undated = _meta(meeting_date=None, date_end=None)
    assert matches(Filters(), undated)
    assert not matches(Filters(since=date(2000, 1, 1)), undated)
    assert not matches(Filters(until=date(2030, 1, 1)), undated)


def test_open_filters_let_through_what_a_paper_does_not_record_and_nothing_it_does():
    unknown = _meta(council=None, committee=None, meeting_date=None, date_end=None)
    asked = Filters(council="Croydon", committee="Cabinet", since=date(2020, 1, 1), until=date(2020, 12, 31))
    assert not matches(asked, unknown)
    assert matches(replace(asked, or_unknown=True), unknown)
    # A paper recorded as another council's, committee's or year's stays out.
    assert not matches(Filters(council="Merton", or_unknown=True), _meta(council="Sutton"))
    assert not matches(Filters(committee="Cabinet", or_unknown=True), _meta(committee="Planning Committee"))
    assert not matches(Filters(since=date(2024, 1, 1), or_unknown=True), _meta(meeting_date=date(2019, 5, 1),
                                                                                 date_end=None))


def test_an_open_council_filter_takes_bodies_of_the_same_place():
    panel = _meta(council="Nottinghamshire Police and Crime Panel")
    assert matches(Filters(council="Nottinghamshire", or_unknown=True), panel)
    assert not matches(Filters(council="Nottinghamshire"), panel)
    assert not matches(Filters(council="West Sussex", or_unknown=True), _meta(council="East Sussex"))
    # A shire and its county town are one place: County Hall, Worcester is Worcestershire County Council's.
    assert matches(Filters(council="Worcestershire", or_unknown=True), _meta(council="Worcester"))
    assert not matches(Filters(council="Hampshire", or_unknown=True), _meta(council="Hampton"))
    assert filters_to_where(Filters(council="Nottinghamshire", or_unknown=True),
                            councils=["Nottinghamshire Police and Crime Panel", "Nottingham", "Kent"]) == {
        "council": {"$in": ["Nottinghamshire", "Nottingham", "Nottinghamshire Police and Crime Panel", ""]}}


def test_an_open_council_filter_on_a_district_takes_its_countys_papers_not_the_reverse():
    # A district's paper that names its county is sometimes read as the county's.
    assert matches(Filters(council="Great Yarmouth", or_unknown=True), _meta(council="Norfolk"))
    assert not matches(Filters(council="Great Yarmouth"), _meta(council="Norfolk"))
    assert not matches(Filters(council="Norfolk", or_unknown=True), _meta(council="Great Yarmouth"))
    assert not matches(Filters(council="Great Yarmouth", or_unknown=True), _meta(council="Suffolk"))
    assert filters_to_where(Filters(council="Great Yarmouth", or_unknown=True),
                            councils=["Norfolk", "Suffolk", "Norwich"]) == {
        "council": {"$in": ["Great Yarmouth", "Norfolk", ""]}}


def test_a_one_day_meeting_without_an_end_date():
    meeting = _meta(meeting_date=date(2018, 9, 18), date_end=None)
    assert matches(Filters(since=date(2018, 9, 18), until=date(2018, 9, 18)), meeting)
    assert not matches(Filters(since=date(2018, 9, 19)), meeting)


def test_filters_to_where():
    assert filters_to_where(Filters()) is None
    assert filters_to_where(Filters(latest=True)) is None  # applied by the searcher
    assert filters_to_where(Filters(council="LBTH")) == {"council": {"$eq": "Tower Hamlets"}}
    assert filters_to_where(Filters(council="Croydon", since=date(2017, 1, 1), until=date(2017, 12, 31))) == {
        "$and": [
            {"council": {"$eq": "Croydon"}},
            {"date_end": {"$gte": 20170101}},
            {"date": {"$lte": 20171231}},
            {"date": {"$gt": 0}},
        ]
    }
    assert filters_to_where(Filters(until=date(2020, 1, 1))) == {
        "$and": [{"date": {"$lte": 20200101}}, {"date": {"$gt": 0}}]
    }
    assert filters_to_where(Filters(kind="minutes", committee="Cabinet")) == {
        "$and": [{"committee": {"$eq": "Cabinet"}}, {"kind": {"$eq": "minutes"}}]
    }


def test_filters_to_where_expands_a_committee_as_matches_does():
    known = ["Cabinet", "Cabinet Member Decisions", "Planning Committee"]
    assert filters_to_where(Filters(committee="cabinet"), known) == {
        "committee": {"$in": ["Cabinet", "Cabinet Member Decisions"]}
    }
    planning = filters_to_where(Filters(committee="Planning Committee"), known)
    assert planning == {"committee": {"$eq": "Planning Committee"}}
