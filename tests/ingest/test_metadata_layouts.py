"""Metadata from layouts that earlier rounds read wrong: invented snippets of each general shape (issue #12)."""
from __future__ import annotations

from datetime import date

import pytest

from ingest.bodies import clean_committee, whole_body
from ingest.body_mentions import full_meeting_body, own_business_body
from ingest.local_meeting import local_type_named
from ingest.metadata import extract_meta
from ingest.paper_kind import paper_kind
from ingest.records import DocumentMeta, Page, Part
from ingest.summons import meeting_statement

DAY = date(2024, 3, 5)


def _meta(text: str) -> DocumentMeta:
    return extract_meta(Part(pages=(Page(None, text),)), "paper.txt")


def test_what_follows_meeting_of_is_the_body_whatever_comes_before_it():
    meta = _meta("Town Hall, High Street, Anytown, AB1 2CD (Tel. 01234-567890) Meeting of Anytown Borough Council "
                 "Tuesday 5 March 2024 at 7.00 pm\nVenue: Council Chamber")
    assert (meta.committee, meta.meeting_date) == ("Council", DAY)


def test_a_letters_notice_after_its_greeting_states_the_meeting():
    said = meeting_statement("Date: 20th February 2024 Dear Sir/Madam, A meeting of Council will be held in the Council "
                             "Chamber, Town Hall on Tuesday, 5th March, 2024 at 5.00 pm to consider the agenda.")
    assert said is not None and said.name == "Council" and "5th March, 2024" in said.rest
    assert meeting_statement("It was noted that a meeting of the Council will be held on 5 March 2024.") is None


def test_a_chairs_election_for_a_period_names_the_panel():
    text = "That Ms A Smith be re-elected Chairman of the Anyshire Police and Crime Panel for the period up to June 2025."
    assert own_business_body(text) == "Anyshire Police and Crime Panel"


def test_a_meetings_serial_number_is_no_part_of_the_bodys_name():
    assert clean_committee("Council Meeting No 907") == "Council"
    meta = _meta("Anytown Borough Council\n\nMinutes of Council Meeting No 868 held in the Council Chamber on Tuesday "
                 "5th March 2024 at 7.00 pm\n\nPRESENT: Councillors A, B")
    assert (meta.committee, meta.meeting_date, meta.kind) == ("Council", DAY, "minutes")


def test_a_joint_waste_authority_meets_as_itself():
    assert whole_body("North Anyshire Waste Authority") == ("North Anyshire Waste Authority", "Waste Authority")


def test_a_viewers_title_with_the_papers_own_file_size_is_its_heading():
    meta = _meta("Minutes of the Cabinet Meeting held on 5 March 2024 PDF 94 KB\n\nanytown.gov.uk\n\nPRESENT Councillor A")
    assert (meta.committee, meta.meeting_date, meta.kind) == ("Cabinet", DAY, "minutes")


def test_a_flattened_cover_sheets_meeting_label_is_read():
    meta = _meta("Printed Minutes PDF 147 KB\n\nPrinted Minutes PDF 147 KB MINUTES Meeting: Economy Committee Date: "
                 "Tuesday 5 March 2024 Time: 10.00 am Place: Virtual Meeting Present: A (Chair) 1 Apologies for Absence "
                 "1.1 The Chair explained the arrangements for the meeting and thanked the members of the Committee. 1.2 The "
                 "meeting was held on a virtual basis, with Members and guests taking part remotely.")
    assert (meta.committee, meta.meeting_date, meta.kind) == ("Economy Committee", DAY, "minutes")


def test_the_civic_heads_announcements_are_the_full_councils_meeting():
    assert full_meeting_body("4. To receive announcements from the Mayor.") == "Council"
    assert full_meeting_body("2. Provost's Announcements") == "Council"
    assert full_meeting_body("2. Chairman's Announcements") is None  # any committee's chair makes announcements
    assert full_meeting_body("9. Notices of Motion\nCouncillor A moved the following motion") == "Council"
    assert full_meeting_body("To receive the Minutes of the following Committees:\n(i) Audit Committee") == "Council"
    meta = _meta("Council and democracy > Agenda\n\nVenue: Council Chamber, Town Hall\n\nNo. Item\n\nTo receive apologies "
                 "for absence.\n\nMayoral Announcements\n\nTo receive petitions.")
    assert meta.committee == "Council"


@pytest.mark.parametrize("text, kind", [
    # a ModernGov page of agenda and minutes without its title: what was done, in the passive of the past
    ("Anyshire Fire Authority - Tuesday 5 March 2024 10.30 am\nApologies for Absence\nTo receive any apologies.\n"
     "Apologies were received from Cllr A.\nMinutes of Previous Meeting\nTo approve the minutes.\n"
     "The minutes were reviewed and agreed\nMembers were reminded to declare interests.\nDeputations\nTo receive any deputations.\nNo deputations were made.", "minutes"),
    # ... and in the past perfect
    ("Apologies\nTo receive any apologies.\nApologies had been received from Cllr A.\nUpdates\nTo receive updates.\n"
     "Firefighters had been deployed abroad. An exercise had been arranged by the Forum and had been completed.", "minutes"),
    # an agenda sets out the resolution it asks the meeting to pass
    ("Meeting Details\nCabinet\n5 Mar 2024 - 10:00 to 12:00\nAgenda\nPublic Agenda\n1 Apologies\nTo receive any apologies.\n"
     "2 Exempt Information\nTo formally pass the following resolution:-\nRESOLVED - That the public be excluded.", "agenda"),
    # each item's record under the label "Minutes" on its own line
    ("Agenda\n1\nApologies for Absence\nTo receive any apologies.\nMinutes\nAll Councillors were present.\n2\n"
     "Declarations of Interest\nTo disclose interests.\nMinutes\nNone were disclosed.", "minutes"),
    # the body's name and the paper's word as the title
    ("Anyshire Council Minutes\nDate:\nThursday 5 March 2024\nItem Number Item/Description\n1 SEDERUNT", "minutes"),
    # ModernGov's agenda with its decisions
    ("Agenda and decisions\nCouncil - Tuesday 5 March 2024 7.00 pm\n1.\nApologies\nDecision:\nRESOLVED: agreed.", "decision"),
])
def test_kinds_from_general_marks(text: str, kind: str):
    head = [line for line in text.splitlines() if line]
    assert paper_kind(text, head, key_decision=False) == kind


def test_a_flattened_pages_title_in_capitalised_words_with_the_papers_word():
    meta = _meta("Planning Committee Agenda 05 March 2024 10.00am This is a remote meeting held under the Authority's "
                 "Standing Orders. Participants: you will be sent a link to join the meeting. Members of the public: we "
                 "will publish a live stream link two days before the meeting. 1. To receive apologies for absence 2. To "
                 "receive declarations of interest 3. To confirm the minutes of the meeting held on 5 February 2024")
    assert (meta.committee, meta.meeting_date, meta.kind) == ("Planning Committee", DAY, "agenda")


def test_a_title_with_the_day_before_the_body():
    meta = _meta("Skip to navigation\n\n05 March 2024 Anyshire Licensing Committee Meeting\n\n1. Welcome and Apologies")
    assert (meta.committee, meta.meeting_date) == ("Anyshire Licensing Committee", DAY)


def test_a_date_label_under_a_sites_chrome():
    chrome = "\n".join(f"Statistic {n}:\n{n * 7}" for n in range(1, 9))
    meta = _meta(f"Anytown Council\n{chrome}\nMeeting Status\nConfirmed\nDate:\n5 Mar 2024\nLocation:\nTown Hall")
    assert meta.meeting_date == DAY


def test_a_flattened_minutes_title_after_a_note_on_its_status():
    meta = _meta("To be approved by the Transition Board Minutes of Anyshire Transition Board 4pm, Tuesday 5 March 2024 Council "
                 "Chambers, London Road, Anytown Present: Councillor A, Chair; Councillor B; Mr C, Director of Health and "
                 "Social Care; Ms D, Non-Executive Member In Attendance: Mr E, Planning Manager 1. WELCOME 1.1 The Chair "
                 "welcomed everyone to the meeting. 2. APOLOGIES 2.1 Apologies were received from F and G.")
    assert (meta.committee, meta.meeting_date, meta.kind) == ("Anyshire Transition Board", DAY, "minutes")


def test_a_page_titles_bar_and_a_trail_to_the_meetings_day():
    meta = _meta("Planning Committee | 5 March 2024\nMinutes\nPresent: Cllr A")
    assert (meta.committee, meta.meeting_date) == ("Planning Committee", DAY)
    meta = _meta("Home > Council and democracy > Meetings > Cabinet > 5 March 2024\nAgenda\n1. Apologies")
    assert (meta.committee, meta.meeting_date) == ("Cabinet", DAY)


_ITEMS = (" Members: Councillors A (Chair), B, C, D and E. Officers: F, G. 1. Apologies for absence. 2. Declarations of "
          "interest. 3. Minutes of the previous meeting held on 6 February 2024. 4. Budget monitoring report of the "
          "Director of Finance. 5. Housing strategy update. 6. Any other business the Chair considers urgent.")


@pytest.mark.parametrize("opening, committee, kind", [
    ("Public Document Pack Cabinet Tuesday 5 March 2024 at 7.00 pm Council Chamber, Town Hall", "Cabinet", "agenda"),
    ("NOTICE OF MEETING Cabinet TUESDAY, 5 MARCH 2024 at 7.00 pm Council Chamber", "Cabinet", "agenda"),
    ("AGENDA PLANNING COMMITTEE Date: Tuesday 5 March 2024 Time: 7pm Venue: Town Hall", "Planning Committee", "agenda"),
    ("Total Page:16 File Type:pdf, Size:1020Kb Licensing Committee Minutes Tuesday 5 March 2024", "Licensing Committee",
     "minutes"),
    ("PLANNING COMMITTEE MINUTES 5 MARCH 2024", "Planning Committee", "minutes"),
    ("Anytown Borough Council Minutes of the Licensing Committee held on Tuesday 5 March 2024 at 7pm",
     "Licensing Committee", "minutes"),
    ("Minutes of a meeting of the Audit and Standards Committee of Anytown Borough Council held on 5 March 2024",
     "Audit and Standards Committee", "minutes"),
    ("Audit Committee Tuesday, 5th March, 2024 at 7.00 pm", "Audit Committee", "agenda"),
])
def test_a_page_flattened_onto_one_line(opening: str, committee: str, kind: str):
    meta = _meta(opening + _ITEMS)
    assert (meta.committee, meta.meeting_date, meta.kind) == (committee, DAY, kind)


def test_a_field_label_above_its_value_without_a_colon():
    meta = _meta("Anyshire County Council\nCommittees:\n49\nMeeting\nAnyshire Fire and Rescue Authority - Anyshire\n"
                 "Meeting Times\nDate:\n5 Mar 2024\nAgenda\n1\nApologies for Absence\nMinutes\nNone were received.")
    assert (meta.committee, meta.council, meta.meeting_date) == (
        "Fire and Rescue Authority", "Anyshire Fire and Rescue Authority", DAY)


def test_a_local_council_meets_as_itself_labelled_by_its_type():
    assert whole_body("Anyville Parish Council") == ("Anyville Parish Council", "Parish Council")
    assert whole_body("Youth Council") is None  # a remit is no place
    meta = _meta("ANYVILLE PARISH COUNCIL\nMINUTES OF THE ANNUAL COUNCIL MEETING\nHELD 5TH March 2024\nPresent: Cllr A")
    assert (meta.council, meta.committee, meta.kind) == ("Anyville Parish Council", "Parish Council", "minutes")
    meta = _meta("Minutes of the Meeting of Anyville Town Council held on 5 March 2024 at 6:30pm.\nCllrs A, B")
    assert (meta.council, meta.committee, meta.meeting_date) == ("Anyville Town Council", "Town Council", DAY)


def test_a_parish_summons_without_attend():
    meta = _meta("ANYVILLE PARISH COUNCIL\nYou are hereby summoned to a Council Meeting of the Parish Council.\nTo be held on "
                 "Tuesday 5TH March 2024 commencing at 7.00pm in the Village Hall\nA G E N D A\n- Apologies")
    assert (meta.council, meta.committee, meta.meeting_date, meta.kind) == (
        "Anyville Parish Council", "Parish Council", DAY, "agenda")


def test_a_local_council_speaking_of_itself_names_its_type():
    text = "the Parish Council should consider it. Election of the Chairman of the Parish Council. Brookfield Community Council"
    assert local_type_named(text, 2) == "Parish Council"
    assert local_type_named("A Smith, Community Council; B Jones, Houston Community Council", 1) is None
    meta = _meta("Extra-ordinary Full Council meeting, 05/03/2024 – minutes\nMinutes for an Extra-ordinary meeting of the "
                 "Council on Tuesday 5th March 2024 at 7.15pm at the Parish Council Office\nPresent: Cllr A\n1. Welcome")
    assert (meta.committee, meta.meeting_date) == ("Parish Council", DAY)


def test_a_parish_meeting_in_its_parish_councils_papers():
    meta = _meta("March 2024 Minutes\nThese are the Draft Minutes of the Parish Meeting held via zoom on Tuesday 5th March "
                 "2024 at 6.55pm.\nThe Council were asked whether the Parish Council should consider the plan.")
    assert (meta.committee, meta.meeting_date, meta.kind) == ("Parish Council", DAY, "minutes")


def test_a_title_whose_day_is_on_the_next_line_without_on():
    meta = _meta("ANYVILLE PARISH COUNCIL\nMINUTES OF THE ANNUAL COUNCIL MEETING\nHELD 5TH March 2024\nPresent: Cllr A")
    assert meta.meeting_date == DAY


def test_a_nameless_minutes_title_under_a_page_title_with_its_day():
    meta = _meta("Browse By\nLicensing Committee Minutes 5 March 2024\nDraft minutes of meeting held on 5th March 2024 at "
                 "7.30 pm in the Vestry Room.\nPresent: Cllrs A, B")
    assert (meta.committee, meta.meeting_date) == ("Licensing Committee", DAY)


def test_a_principal_councils_minutes_speaking_of_a_town_council_stay_its_own():
    meta = _meta("Minutes of the meeting of Anytown District Council held on 5 March 2024\nPresent: The Chairman\n"
                 "The Council noted the Town Council's request. The Town Council will be consulted.")
    assert meta.committee == "Council"


def test_a_local_councils_name_atop_its_committees_paper_is_its_council_not_the_meeting():
    meta = _meta("Anyville Town Council\nPlanning Committee\nMinutes of the meeting held on 5 March 2024\nPresent: Cllr A")
    assert (meta.council, meta.committee) == ("Anyville Town Council", "Planning Committee")
    meta = _meta("Cyngor Cymuned Anyville Community Council\nCofnodion / Minutes\n5 March 2024\nPresent: Cllr A")
    # a bilingual banner's council is its English name, as the labels and the gazetteer give Welsh councils
    assert (meta.council, meta.committee) == ("Anyville Community Council", "Community Council")
    assert whole_body("Contact your Parish Council") is None  # a sentence, not a council's name
    assert whole_body("Stratford-upon-Avon Town Council") == ("Stratford-upon-Avon Town Council", "Town Council")


def test_a_page_titles_site_after_a_bar():
    meta = _meta("Planning Committee - 5 March 2024 | Anytown Council\nAgenda\n1. Apologies")
    assert (meta.committee, meta.meeting_date) == ("Planning Committee", DAY)


def test_a_committee_of_a_council_in_capitals():
    meta = _meta("MINUTES OF PROCEEDINGS OF THE MEETING OF THE PLANNING COMMITTEE OF ANYTOWN BOROUGH COUNCIL HELD IN THE "
                 "CIVIC CENTRE ON TUESDAY 5 MARCH 2024 AT 7.00PM\nIN THE CHAIR: Councillor A")
    assert (meta.committee, meta.meeting_date) == ("Planning Committee", DAY)


_SECTIONS = (" 1. Purpose of the report 1.1 This report sets out the budget for 2024/25 and asks members to agree it. 2. "
             "Recommendations 2.1 That the budget be approved. 3. Background 3.1 The council must set a balanced budget "
             "each year. 4. Financial implications 4.1 As set out in the report.")


@pytest.mark.parametrize("opening, committee", [
    ("Committee: Planning Committee Date of meeting: 5 March 2024 Title of report: Land at Mill Lane", "Planning Committee"),
    ("Meeting: Cabinet Date: 5 March 2024 Title: Budget 2024/25 Report of: Director of Finance Wards: All", "Cabinet"),
    ("Agenda Item 7 CABINET 5 MARCH 2024 REPORT OF THE DIRECTOR OF FINANCE BUDGET 2024/25", "Cabinet"),
])
def test_a_report_flattened_onto_one_line(opening: str, committee: str):
    meta = _meta(opening + _SECTIONS)
    assert (meta.committee, meta.meeting_date, meta.kind) == (committee, DAY, "report")


def test_untitled_minutes_with_parishioners_are_the_parish_councils_meeting():
    meta = _meta("Minutes of the meeting held 6th November 2006.\nTHOSE PRESENT :- The Chairman, Cllrs A and B. Also "
                 "present were 8 parishioners.\nThe minutes of the meeting held 3rd July 2006 were read and signed.")
    assert meta.committee == "Parish Council"


def test_untitled_minutes_naming_their_local_council_once_are_its_meeting():
    text = ("Minute of meeting held on 8th June 2015 at the Church Hall.\nPresent: A Smith Chairman, B Jones Secretary,"
            " C Brown Treasurer.\nD Green reported that he had been updating the Community Council website.")
    assert _meta(text).committee == "Community Council"
    agenda = _meta("AGENDA for the meeting to be held on 8th June 2015 at the Church Hall.\n1. Apologies\n2. To note "
                   "updates to the Community Council website.")
    assert (agenda.kind, agenda.committee) == ("agenda", None)  # an agenda's single mention stays too weak: two are wanted


@pytest.mark.parametrize("mention", [
    "4. MINUTES OF THE PARISH COUNCIL MEETING HELD ON 7th September 2015",
    "Nothing to report as no meeting held since last parish council in September.",
])
def test_a_local_councils_type_in_capitals_or_lower_case_names_its_own_minutes(mention: str):
    meta = _meta("Minutes of the meeting held on Monday 5th October 2015\nPresent: Cllr. A. Parker (Chair), Cllr. J. "
                 f"Skinner and I Plowman (Clerk)\n1. Apologies: none\n{mention}")
    assert meta.committee == "Parish Council"
    assert local_type_named("Anytown Parish Councils (Model Code of Conduct) Order", 1) is None


@pytest.mark.parametrize("opening", [
    "Leisure & Amenities Minutes August 2024\nMinutes of Anyville Parish Council’s\nLeisure & Amenities Committee held on "
    "Monday 12th August 2024 at 19:00\nChair of the Committee Cllr Mrs Burge",
    "DRAFT\nMinutes for Meeting Planned for 15 March 2021\nAnyville and Without Parish Council Minutes.\nThese items were "
    "dealt with by email.",
    "Page 9 Public Session The Chairman welcomed the Guest Speaker. Minutes Minutes of the Parish Council Meeting of "
    "Anyville Parish Council that was held in the Memorial Hall on 5 March.\nPresent: Cllrs A (Chairman), B\n"
    "Apologies for absence: none\nThe minutes of the meeting held on 5 February were approved.",
])
def test_a_local_council_named_as_its_papers_author_is_its_council(opening: str):
    assert _meta(opening).council.startswith("Anyville")


def test_a_parish_councils_minutes_noted_in_another_paper_name_no_author():
    meta = _meta("Minutes of the Planning Committee\nPresent: Cllrs A, B\nThe minutes of Anyville Parish Council were noted.")
    assert meta.council is None
