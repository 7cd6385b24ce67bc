"""Metadata extraction on made-up pages of shapes met in unseen papers: flattened PDFs, untitled minutes pages, notices."""
from __future__ import annotations

from datetime import date

import pytest

from ingest.metadata import extract_meta
from ingest.records import DocumentMeta, Page, Part

DAY = date(2024, 3, 5)
_VIEWER = "Anytown Licensing Committee\nTotal Page:12\nFile Type:pdf, Size:900Kb\n"  # a document site's furniture


def _meta(text: str) -> DocumentMeta:
    return extract_meta(Part(pages=(Page(None, text),)), "paper.txt")


_RUN_ON = " Members of the public are welcome to attend. The meeting may be filmed and recorded." * 5


@pytest.mark.parametrize("text, committee, kind", [
    # a PDF flattened onto one line: its labelled fields start lines again
    ("Anytown County Council Date: Tuesday 5 March 2024 Time: 10.00 am Venue: Council Chamber, County Hall" + _RUN_ON,
     "Council", None),
    # under a document viewer's furniture, the title runs on into the record
    (_VIEWER + "ANYTOWN BOROUGH COUNCIL MINUTES OF COUNCIL MEETING HELD IN THE COUNCIL CHAMBER, TOWN HALL, ANYTOWN ON "
     "TUESDAY 5 MARCH 2024 AT 7.00PM PRESENT: The Mayor, Councillor A" + _RUN_ON, "Council", "minutes"),
    (_VIEWER + "ANYTOWN COUNCIL LICENSING COMMITTEE MINUTES of a meeting of the Licensing Committee held in the Blue "
     "Room, Town Hall, Anytown on Tuesday, 5 March 2024. PRESENT: Cllr A" + _RUN_ON, "Licensing Committee", "minutes"),
    # the heading in capitals and the day first, the agenda run on after them
    (_VIEWER + "ANYTOWN POLICE AND CRIME PANEL Tuesday, 5 March 2024 at 14:00 County Hall, There will be a pre-meeting "
     "for Panel Members only AGENDA 1 Election of Chairman 2 Minutes of last meeting held on 1 February 2024" + _RUN_ON,
     "Police and Crime Panel", "agenda"),
    ("Anytown County Council Date: Tuesday 5 March 2024 Time: 10.00 am Venue: Council Chamber, County Hall. Prayers "
     "AGENDA 1. Minutes To confirm the minutes of the meeting of the Council held on: 1 February 2024" + _RUN_ON,
     "Council", "agenda"),
])
def test_flattened_pages(text: str, committee: str, kind: str | None):
    meta = _meta(text)
    assert (meta.committee, meta.meeting_date) == (committee, DAY)
    if kind:
        assert meta.kind == kind


@pytest.mark.parametrize("text, committee, kind", [
    # a minutes form's label names the body
    ("Minutes of Meeting of: Council\nDate and Time: Tuesday 5 March 2024 at 7.00 pm\nLocation: Council Chamber",
     "Council", "minutes"),
    # the paper's word after the body's name is no part of it
    ("Anytown Borough Council\nCabinet Minutes\nTuesday, 5th March, 2024\nAttendance Details", "Cabinet", "minutes"),
    # a bound volume's title names no body; the first minute in it does
    ("Council\nVOLUME OF COUNCIL AND COMMITTEE MINUTES\nVOLUME 1 2024/2025 INDEX\nMinute of meeting of the Civic "
     "Licensing Committee held in the Municipal Buildings on Tuesday 5 March 2024 at 9.30 a.m.", "Civic Licensing Committee",
     "minutes"),
])
def test_labelled_and_titled_minutes(text: str, committee: str, kind: str):
    meta = _meta(text)
    assert (meta.committee, meta.meeting_date, meta.kind) == (committee, DAY, kind)


def test_the_bodys_members_present_open_its_minutes():
    meta = _meta("\n\nRegional Cabinet Members Present:\nCllr A Jones, Leader - Anytown Council\n1. Welcome and Apologies")
    assert (meta.committee, meta.kind) == ("Regional Cabinet", "minutes")


def test_a_joint_body_its_minutes_name_in_full_is_the_council_over_a_place_its_name_holds():
    meta = _meta("ELECTION OF CHAIR Additional documents: Minutes: The Monitoring Officer welcomed those present.\n"
                 "RESOLVED: That Ms A Smith be elected as Chair of the Leicester, Leicestershire and Rutland Police and "
                 "Crime Panel for the municipal year 2024/25. |\nAPOLOGIES FOR ABSENCE Minutes: None.")
    assert meta.committee == "Police and Crime Panel"
    assert meta.council == "Leicester, Leicestershire and Rutland Police and Crime Panel"


@pytest.mark.parametrize("text, committee, kind", [
    ("Minutes of a meeting of the Health and Wellbeing Board\nDate: 5 March 2024\nPresent: Cllr A",
     "Health and Wellbeing Board", "minutes"),  # the title ends at its line's end
    ("Notes of the Anytown Youth Forum held on 5 March 2024", "Anytown Youth Forum", "minutes"),
    ("Agenda for a meeting of the Licensing Sub-Committee to be held on Tuesday, 5 March 2024", "Licensing Sub-Committee",
     "agenda"),
    ("Public Document Pack\n\nPlanning Committee\n\nDate: Tuesday, 5 March 2024\nTime: 7.00 pm\nVenue: Town Hall",
     "Planning Committee", "agenda"),  # its time and place given, nothing it did told: a notice
    ("Audit Committee – 5 March 2024\nReport title: Internal audit plan\nReport author: Head of Audit", "Audit Committee",
     "report"),
    ("Meeting: Executive\nMeeting date: 5 March 2024\nReport of: Director of Finance", "Executive", "report"),
])
def test_more_title_and_cover_shapes(text: str, committee: str, kind: str):
    meta = _meta(text)
    assert (meta.committee, meta.meeting_date, meta.kind) == (committee, DAY, kind)


def test_a_title_naming_the_decision_maker_and_the_word_decision_is_a_decision_record():
    assert _meta("Cabinet Member Decision\nDate: 5 March 2024\nSubject: Parking charges").kind == "decision"


@pytest.mark.parametrize("text, committee", [
    # a name whose first word ends in "on" is no "held on"
    ("Minute of Meeting of the Education, Children and Families Committee held in the Chambers on Tuesday, 5th March "
     "2024", "Education, Children and Families Committee"),
    # the council's style before its body, known to the gazetteer or not
    ("Minutes of the Anytown Borough Council Planning Committee held on 5 March 2024", "Planning Committee"),
    # the paper's word on its own line between the body and its day
    ("Anytown Council\nHousing Committee\nMinutes\n5/3/2024\nPresent: Cllr A", "Housing Committee"),
    ("Local Review Body\nMinute of meeting held on 5 March 2024", "Local Review Body"),
    # an area in brackets after the name; a table's date label without its colon
    ("Area Planning Committee (Central and East)\nDate Tuesday 5 March 2024\nTime 9.30 am",
     "Area Planning Committee (Central and East)"),
    ("Minutes of the Planning Committee (5 March 2024)", "Planning Committee"),
])
def test_more_heading_shapes(text: str, committee: str):
    meta = _meta(text)
    assert (meta.committee, meta.meeting_date) == (committee, DAY)


def test_a_running_footer_names_the_meeting_and_a_minutes_line_referring_back_does_not():
    meta = _meta("The minutes of the meeting held on 1 February 2024 were approved.\nThe Committee noted the report.\n"
                 "Planning Committee – 5 March 2024 – Page 2")
    assert (meta.committee, meta.meeting_date) == ("Planning Committee", DAY)
    meta = _meta("1. Apologies\n2. To approve the minutes of the meeting held on 1 February 2024\n\nCabinet 5 March 2024 Page 1")
    assert (meta.committee, meta.meeting_date) == ("Cabinet", DAY)


def test_a_hearings_date_label():
    assert _meta("Licensing Sub-Committee\nHearing date: 5 March 2024\nApplication received: 10 January 2024").meeting_date == DAY


@pytest.mark.parametrize("text, committee, kind", [
    ("Body: Cabinet\nDate: 5 March 2024\nSubject: Budget", "Cabinet", None),
    ("Agenda - Planning Committee - 5 March 2024", "Planning Committee", "agenda"),
    ("Cabinet on Tuesday 5 March 2024\nMinutes", "Cabinet", "minutes"),
    ("Planning Committee held on 5 March 2024\nPresent: Cllr A", "Planning Committee", "minutes"),
    ("Planning Committee\nHeld on Tuesday 5 March 2024 at 7pm\nPresent: Cllr A", "Planning Committee", "minutes"),
    ("Minutes\nof the Planning Committee\nheld on 5 March 2024", "Planning Committee", "minutes"),
    ("Record of the meeting of the Schools Forum held on 5 March 2024", "Schools Forum", "minutes"),
])
def test_names_and_days_joined_by_on_or_held_on(text: str, committee: str, kind: str | None):
    meta = _meta(text)
    assert (meta.committee, meta.meeting_date) == (committee, DAY)
    if kind:
        assert meta.kind == kind


def test_a_sentence_ending_in_a_body_and_a_day_is_no_heading():
    assert _meta("The report will be presented to Cabinet on 5 March 2024 for decision.").committee is None


def test_an_agenda_pack_with_the_last_meetings_minutes_attached_is_an_agenda():
    meta = _meta("Public Document Pack\nAnytown Borough Council\nPlanning Committee\nTuesday, 5th March, 2024 at 7.00 pm\n"
                 "Council Chamber, Town Hall\nAGENDA\n1. Apologies for absence\n2. Declarations of interest\n"
                 "3. Minutes of the meeting held on 6 February 2024 (Pages 1 - 6)\nPage 1\nAgenda Item 3\n"
                 "PLANNING COMMITTEE\nMinutes of the meeting held on 6 February 2024\nPresent: Councillors A, B, C\n"
                 "RESOLVED that the minutes of the meeting held on 9 January 2024 be approved as a correct record.")
    assert (meta.committee, meta.meeting_date, meta.kind) == ("Planning Committee", DAY, "agenda")


def test_a_lone_authority_of_no_known_council_is_the_kind_of_authority_its_text_names():
    meta = _meta("Authority - 5 March 2024\nTime: 10:00 am\n  1. Apologies - To receive apologies.\n  2. Minutes - To "
                 "confirm the Minutes of the meeting held on 1 February 2024.\n  3. Anytown National Park Partnership")
    assert (meta.committee, meta.meeting_date, meta.kind) == ("National Park Authority", DAY, "agenda")
    meta = _meta("Minutes:\nThe Authority considered the budget.\nAnytown Borough Council, Town Hall")
    assert meta.committee is None  # a council's text calling it "the Authority" names no body


def test_a_day_with_its_time_in_hours():
    assert _meta("Planning Committee\n5th March, 2024 at 10:00 hrs\nPresent: Cllr A").meeting_date == DAY


def test_a_weekdays_date_closing_the_line_that_says_where_and_when():
    meta = _meta("Anytown House, Business Park, Anytown at 9.00am on Tuesday, 5th March, 2024\nCllr A (Chair)")
    assert meta.meeting_date == DAY
    assert _meta("The report was approved at the meeting on Tuesday, 5th March, 2024").meeting_date is None


def test_a_councils_agenda_speaking_of_the_fire_authority_is_not_the_fire_authoritys():
    meta = _meta("Kent County Council\nItems\n1. To appoint members to the Fire Authority.\n2. To note the Fire "
                 "Authority's budget.\n3. To receive apologies.")
    assert meta.committee != "Fire Authority"
    meta = _meta("Items\n01 Apologies\n02 Welcome\nCllr A left the Fire Authority in September. The Fire Authority will "
                 "also welcome Cllr B.\n03 To receive apologies.")
    assert meta.committee == "Fire Authority"
