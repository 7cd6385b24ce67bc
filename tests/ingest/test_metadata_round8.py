"""Metadata on made-up papers of the shapes round 8 found giving a WRONG council or committee where the paper does
not state it (issue #12): a member council of a joint body, the district a parish's minutes name, a file's name read
as a body. Leaving the field empty is the right answer here, not a guess."""
from __future__ import annotations

from ingest.local_meeting import local_council_voice
from ingest.bodies import whole_body
from ingest.councils import find_councils
from ingest.file_hints import hints_from_path
from ingest.metadata import extract_meta
from ingest.records import DocumentMeta, Page, Part


def _meta(text: str, name: str = "paper.txt") -> DocumentMeta:
    return extract_meta(Part(pages=(Page(None, text),)), name)


def test_a_parish_councils_minutes_are_not_the_districts_they_mention():
    meta = _meta("Minutes of the Parish Council meeting held on Tuesday 5 March 2024\n\n1. Apologies\n\nNone.\n\n"
                 "2. Vacancy\n\nThe vacancy would be reported to Cheshire East Council. The Parish Council agreed to "
                 "advertise it.\n")
    assert meta.committee == "Parish Council"
    assert meta.council is None


def test_a_police_and_crime_panels_member_council_is_not_its_council():
    meta = _meta("MEETING OF POLICE AND CRIME PANEL\n\nThursday 25 October 2012\n\nPresent: Cllr M Alexander, East "
                 "Herts District Council; Cllr B Smith, Stevenage Borough Council\n\n1. Minutes\n\nThe Panel agreed "
                 "the minutes.\n")
    assert meta.committee == "Police and Crime Panel"
    assert meta.council != "East Hertfordshire"


def test_a_councils_own_paper_still_names_its_council():
    meta = _meta("Cheshire East Council\n\nMinutes of a meeting of the Cabinet held on Tuesday 5 March 2024\n\n"
                 "1. Apologies\n\nNone.\n")
    assert meta.council == "Cheshire East"


def test_a_paper_word_before_a_local_councils_type_is_no_place():
    assert whole_body("Minutes for Parish Council") == (None, "Parish Council")
    assert whole_body("Minutes for Lea Parish Council") == ("Lea Parish Council", "Parish Council")


def test_a_files_name_without_a_body_gives_no_committee_or_council():
    assert "council" not in hints_from_path("x/agenda-for-town-council-meeting-3rd-december-2019.pdf")
    assert hints_from_path("x/agenda-for-wedmore-parish-council-meeting.pdf")["council"].value == "Wedmore Parish Council"
    assert "committee" not in hints_from_path("x/committee-report-6-june-2019.pdf")
    assert "committee" not in hints_from_path("x/unadopted-minutes-of-the-meeting-held-on-15-january-2014.pdf")
    assert "committee" not in hints_from_path("x/urgent-meeting-update.pdf")
    assert hints_from_path("x/minutes-of-the-planning-committee-2020-01-01.pdf")["committee"].value == "Planning Committee"


def test_a_county_halls_town_and_a_greater_places_name_are_no_council():
    assert find_councils("Venue: County Hall, Worcester\n\nContact: A Officer\n\nThe Members had before them the agenda.") == []
    assert find_councils("To press the Mayor of Greater Manchester to resolve the difficulties.") == []
    assert [n for n, _ in find_councils("Sessions House, County Hall, Maidstone, Kent")] == ["Kent"]
    assert [n for n, _ in find_councils("The vacancy was reported to Manchester City Council.")] == ["Manchester"]


def test_two_councils_named_alike_give_no_council():
    meta = _meta("Regional Cabinet Members Present:\n\nCllr A Jones - Bridgend Council\n\nCllr B Evans - Caerphilly "
                 "Council\n\n1. Minutes\n\nThe Regional Cabinet agreed the minutes of the last meeting.\n")
    assert meta.council is None
    meta = _meta("Cabinet\n\nThe Cabinet considered a report of Bridgend Council on its budget; the report had been "
                 "shared with Caerphilly Council. Bridgend Council will consult on it.\n")
    assert meta.council == "Bridgend"


def test_a_range_of_days_in_a_files_name_is_not_read_as_a_year_month_day():
    assert "meeting_date" not in hints_from_path("x/mgDelegatedDecisions.aspx_DR=19-08-2021-02-09-2021.txt")
    assert hints_from_path("x/210-2015-10-26.txt")["meeting_date"].value.isoformat() == "2015-10-26"


def test_minutes_in_a_local_councils_voice_are_not_the_countys_they_mention():
    meta = _meta("8pm on Tuesday 6th January 2009 in Anytown Village Hall\n\nPresent: Parish Councillors A Palmer "
                 "(Chair), H Dearden; the clerk.\n\n1. Grants\n\n£250 had been received from the Cheshire Community "
                 "Action Group, and Cheshire County Council Transport will attend.\n")
    assert meta.council is None
    assert local_council_voice("Also present were 8 parishioners.") and local_council_voice("The Parish Clerk reported")
    assert not local_council_voice("The Town Clerk reported to the Court of Common Council.")
