"""Metadata extraction on short made-up openings, one for each layout councils print (issue #12)."""
from __future__ import annotations

from datetime import date

import pytest

from ingest.metadata import extract_meta
from ingest.records import DocumentMeta, Page, Part

DAY = date(2024, 3, 5)


def _meta(text: str) -> DocumentMeta:
    return extract_meta(Part(pages=(Page(None, text),)), "paper.txt")


@pytest.mark.parametrize("text, committee, kind", [
    # minutes titles
    ("MINUTES OF THE PLANNING COMMITTEE\nHELD ON 5 MARCH 2024\nPresent: Cllr A", "Planning Committee", "minutes"),
    ("Minutes of a meeting of the Cabinet\nheld on Tuesday 5 March 2024", "Cabinet", "minutes"),
    ("Meeting of the Cabinet held on 5 March 2024\nPresent: Cllr A", "Cabinet", "minutes"),
    ("At a MEETING of the EDUCATION COMMITTEE held at Dundee on 5th March, 2024.\nPresent:-", "Education Committee",
     "minutes"),
    ("Health and Wellbeing Board\nMinutes of the meeting held on Thursday 5 March 2024\nPresent: Cllr A",
     "Health and Wellbeing Board", "minutes"),
    ("Top\nTop\nLICENSING SUB-COMMITTEE\nMinutes of a meeting held on 5th March, 2024.\nPresent: Cllr A",
     "Licensing Sub-Committee", "minutes"),
    ("Audit and Governance Committee\nMinutes - 5 March 2024\nPresent: Cllr A", "Audit and Governance Committee", "minutes"),
    ("Minutes of Cabinet\nDate: 5 March 2024\nVenue: Town Hall\nPresent: Cllr A", "Cabinet", "minutes"),
    # the authority's name (or a reference) before the title, all on one line as re-hosted text keeps it
    ("SOMEWHERE NATIONAL PARK AUTHORITY MINUTES OF THE BOARD MEETING held at the Hall on 5 March 2024 at 10.30am "
     "Present: A, B", "Board", "minutes"),
    ("MM 05.03.2024 SOMEWHERE CITY COUNCIL Minutes of the Monthly Meeting of Council held in the Civic Centre, on "
     "Tuesday, 5 March 2024", "Council", "minutes"),
    # decisions
    ("Record of the decisions taken at the meeting of the Cabinet held on 5 March 2024", "Cabinet", "decision"),
    ("Decisions of the Cabinet meeting held on 5 March 2024", "Cabinet", "decision"),
    ("Executive Decision Notice\nDecision maker: Cabinet Member for Housing\nDate decision taken: 5 March 2024",
     "Cabinet Member for Housing", None),
    ("ANYTOWN COUNCIL – PROPOSED RECORD OF DECISION\nDECISION TO BE TAKEN BY: DECISION NUMBER:\n24/00108 Cabinet\n"
     "Date: 5 March 2024", "Cabinet", "decision"),
    ("ANYTOWN COUNCIL – RECORD OF DECISION\nDECISION TO BE TAKEN BY: DECISION NUMBER:\n24/00093 Mrs A Smith, Cabinet "
     "Member for Children's Services\nDate: 5 March 2024", "Cabinet Member for Children's Services", "decision"),
    # agendas, notices and summonses
    ("Agenda for Cabinet on Tuesday 5 March 2024, 7.00 pm\n1. Apologies", "Cabinet", "agenda"),
    ("Meeting documents\nTuesday, 5 March 2024\nTo Members of the Cabinet\nNotice of a Meeting of the Cabinet\n"
     "Tuesday 5 March 2024 at 2.00 pm", "Cabinet", "agenda"),
    ("Summons to and Agenda for the Budget County Council Meeting on\nTuesday, 5th March, 2024\nat 9.30 am\n"
     "To: All Members of the County Council", "Council", "agenda"),
    ("LICENSING OF ALCOHOL AND GAMBLING\nSUB-COMMITTEE\nTUESDAY 5 MARCH 2024 AT 14:30 PM\nThe Councillors listed below "
     "are requested to attend the above meeting", "Licensing of Alcohol and Gambling Sub-Committee", "agenda"),
    ("Full Council\nDate: Tuesday, 05 Mar 2024 Time: 7:00 PM\n1. The Mayor's Business\n2. Apologies\n"
     "3. Declarations of Members' Interests", "Council", "agenda"),
    ("Draft Minutes\nCabinet\nTuesday 5 March 2024", "Cabinet", "minutes"),
    ("Unconfirmed minutes of the meeting of the Planning Committee held on 5 March 2024", "Planning Committee",
     "minutes"),
    ("Minutes: Planning Committee, 5 March 2024", "Planning Committee", "minutes"),
    ("Planning Committee - 5 March 2024 - Minutes", "Planning Committee", "minutes"),
    ("Public Document Pack\nMINUTES\nCABINET\nTUESDAY, 5 MARCH 2024", "Cabinet", "minutes"),
    ("NOTICE OF MEETING\nCABINET\nTUESDAY, 5 MARCH 2024 AT 7.00 PM", "Cabinet", "agenda"),
    ("Cabinet\nDate and time: Tuesday 5 March 2024 7.00 pm\nVenue: Town Hall", "Cabinet", None),
    # report cover sheets
    ("Report of the Chief Executive to Cabinet on 5 March 2024\nBudget", "Cabinet", "report"),
    ("Meeting title: Cabinet\nMeeting date: 5 March 2024", "Cabinet", None),
    ("Report to Cabinet\n5 March 2024\nSubject: Budget", "Cabinet", "report"),
    ("Title of meeting: Cabinet\nDate of meeting: 5 March 2024\nTitle of report: Budget", "Cabinet", None),
    ("Licensing Sub-Committee Report\nItem No:\nDate: 5 March 2024\nTitle of Report: 1 High Street",
     "Licensing Sub-Committee", "report"),
    # letters and run-on records
    ("5 March 2024\nDear Councillor\nYou are invited to attend a meeting of the Council to be held in the Chamber, "
     "Council Offices, ANYTOWN, AB1 2CD on Tuesday, 5 March 2024 at 19:00 to transact the business below.\n"
     "Yours faithfully", "Council", "agenda"),
    ("Minutes Template\nSOMEWHERE COMBINED AUTHORITY PUBLICATION: 8 MARCH 2024 DEADLINE FOR CALL-IN: 15 MARCH 2024 "
     "At a meeting of the Somewhere Combined Authority held in the Chamber on Tuesday, 5th March, 2024 the following "
     "Members were present: " + "Councillor A, " * 40, "Combined Authority", "minutes"),
    ("At a meeting of the Combined Fire Authority for Somewhere and Elsewhere held at Headquarters on Tuesday "
     "5 March 2024 at 10.00 a.m.\nSomewhere Councillors:", "Combined Fire Authority", "minutes"),
    ("NOTICE OF DECISIONS AGREED AT THE SOMEWHERE COMBINED AUTHORITY HELD ON TUESDAY, 5 MARCH, 2024\nPRESENT:",
     "Combined Authority", "decision"),
    ("Notice is hereby given that a meeting of the Planning Committee will be held in the Council Chamber, Town Hall "
     "on Tuesday, 5 March 2024 at 7.00 pm.\nAGENDA\n1. Apologies", "Planning Committee", "agenda"),
    ("Dear Councillor\nI hereby give you notice that a meeting of the Cabinet will take place on Tuesday 5 March 2024 "
     "at 2pm in Committee Room 1.", "Cabinet", "agenda"),
    ("You are requested to attend the meeting of the Environment Scrutiny Panel on Tuesday, 5 March 2024 at 7.00 pm.",
     "Environment Scrutiny Panel", "agenda"),
    ("The next meeting of the Planning Committee will be held on Tuesday 5 April 2024.\nMinutes\nCabinet - 5 March 2024",
     "Cabinet", None),
    ("Supplementary Agenda\nCabinet\nTuesday, 5th March, 2024 at 7.00 pm", "Cabinet", "agenda"),
    ("Schedule of decisions taken at the meeting of the Cabinet held on Tuesday 5 March 2024", "Cabinet", "decision"),
    ("Record of Executive Decisions\nCabinet\n5 March 2024\n1. Budget\nDecision: approved", "Cabinet", "decision"),
    ("CABINET DECISION SHEET\n5 MARCH 2024\nItem 4 Budget\nDecision: That the budget be approved.", "Cabinet", "decision"),
    ("Minutes of the Planning Committee\nheld in the Council Chamber\non Tuesday 5 March 2024 at 7.00pm",
     "Planning Committee", "minutes"),
    # minutes titles councils print
    ("Minutes of a meeting of the Audit and Governance Committee of Anytown Borough Council held on 5 March 2024\n"
     "Present: Cllr A", "Audit and Governance Committee", "minutes"),
    ("Meeting of the Anytown Borough Council\nTuesday 5 March 2024\nAGENDA", "Council", "agenda"),
    ("Pwyllgor Cynllunio / Planning Committee\nDydd Mawrth, 5 Mawrth 2024 / Tuesday, 5 March 2024\nPresent: Cllr A",
     "Planning Committee", "minutes"),
    ("THE CITY OF EDINBURGH COUNCIL\nHousing, Homelessness and Fair Work Committee\n10.00am, Tuesday 5 March 2024",
     "Housing, Homelessness and Fair Work Committee", None),
    ("West Lothian Council\nEducation Executive\n5 March 2024\nMinute of meeting", "Education Executive", "minutes"),
    ("CABINET\n5 MARCH 2024\nREPORT OF THE LEADER OF THE COUNCIL\nBUDGET 2024/25", "Cabinet", "report"),
    ("MINUTES of the meeting of the Council held on Tuesday, the 5th day of March, 2024 at 7.00 p.m.\nPRESENT: The Mayor",
     "Council", "minutes"),
    ("Cyngor Sir Ceredigion County Council\nA meeting of the CABINET was held in the Council Chamber, Aberaeron on "
     "Tuesday, 5 March 2024\nPresent: Councillor A", "Cabinet", "minutes"),
    ("Surrey County Council\nDate: Tuesday 5 March 2024\nTime: 10.00 am\nPlace: Council Chamber\nMeeting: Cabinet",
     "Cabinet", None),
    ("Minutes of Proceedings of a Meeting of Anytown District Council held in the Council Chamber on Tuesday, "
     "5 March 2024. The meeting commenced at 7.30 pm.", "Council", "minutes"),
    ("A Minutes of Special Meeting of Anytown District Council held on Tuesday 5 March 2024 in the Council Offices",
     "Council", "minutes"),
    ("Docstoc\nANYTOWN\nLICENSING SUB-COMMITTEE No.5\n5 MARCH 2024 (EVE)\nMINUTES OF PROCEEDINGS",
     "Licensing Sub-Committee No.5", "minutes"),
    ("Agenda item\nItem 3\nMinutes:\nWESTMINSTER CITY COUNCIL LICENSING SUB-COMMITTEE NO.2\n(“The Committee”)\n"
     "Full Review Decision\nTuesday 5 March 2024\nMembership: Councillor A", "Licensing Sub-Committee No.2", "minutes"),
    ("Overview and Scrutiny - Tuesday, 5th March, 2024 5.00 pm, NEW\nNo. Item\nMinutes pdf icon PDF 400 KB\n"
     "The minutes of the meetings of the Overview and Scrutiny Committee from 1st February 2024 will be considered.",
     "Overview and Scrutiny Committee", "agenda"),
])
def test_layouts(text: str, committee: str, kind: str | None):
    meta = _meta(text)
    assert (meta.committee, meta.meeting_date) == (committee, DAY)
    if kind:
        assert meta.kind == kind


def test_a_remit_in_brackets_is_not_part_of_the_decision_makers_name():
    meta = _meta("Decision Maker: Cabinet member for technical services (including waste, car parking and "
                 "engineering services)\nDate of decision: 05/03/2024")
    assert meta.committee == "Cabinet member for technical services" and meta.meeting_date == DAY


def test_a_date_alone_atop_the_page_or_a_plain_date_label_is_the_day_when_nothing_else_says():
    assert _meta("5 March 2024\nTime: 14:00\n01 Apologies for Absence\n02 Disclosable Pecuniary Interests").meeting_date == DAY
    assert _meta("Venue: Town Hall\nDate: Tuesday, 5 March, 2024\nTime: 7pm").meeting_date == DAY
    # a heading's day wins over a later label
    assert _meta("Cabinet - 5 March 2024\nDate: 1 March 2024").meeting_date == DAY


def test_the_body_approving_its_own_minutes_names_the_meeting_but_not_its_day():
    meta = _meta("Agenda Items\nApologies for Absence\nTo confirm the minutes of the meeting held on 8 October 2015.\n"
                 "RESOLVED that the minutes of the meeting of the Fire Authority held on 8 October 2015 be confirmed "
                 "as a correct record and signed by the Chairman.")
    assert meta.committee == "Fire Authority" and meta.meeting_date is None and meta.kind == "minutes"


def test_a_joint_body_named_with_its_area_is_the_council_and_its_type_the_committee():
    meta = _meta("Agenda and minutes\nGloucestershire Joint Waste Committee - Thursday 5 March 2024 2.00 pm")
    assert meta.council == "Gloucestershire Joint Waste Committee" and meta.committee == "Joint Waste Committee"


@pytest.mark.parametrize("text, kind", [
    ("Planning Committee - 5 March 2024\nA meeting of the Planning Committee will be held:\nDate: 5 March 2024\n"
     "(the pack's earlier minutes follow) RESOLVED that the minutes be approved.", "agenda"),
    ("Agenda for Planning Committee on Tuesday 5 March 2024\nAgenda and minutes\nItems\n80.\nApologies\nMinutes:\n"
     "Apologies were received.", "minutes"),
    ("Agenda item\nUpdate on the plan\nMinutes: The Committee noted the update.", "minutes"),
])
def test_kind_is_read_from_the_opening_first(text: str, kind: str):
    assert _meta(text).kind == kind


def test_minutes_approved_under_an_agenda_items_capitals_are_no_minutes_title():
    meta = _meta("APPROVAL OF MINUTES OF THE MEETING HELD ON 3 JUNE 2024\nThe minutes were agreed.")
    assert meta.meeting_date is None


def test_a_list_of_meetings_whose_minutes_are_submitted_is_no_heading():
    meta = _meta("5 Mar 2024 - 09:30 to 13:00\nItems Of Business\nThere were submitted the Minutes of the following "
                 "meetings of the Council, Boards and Panels on the dates specified:\nCouncil, 1 February 2024\n"
                 "Special Council, 1 February 2024\nPlanning Board, 8 February 2024\nAudit Board, 12 February 2024\n"
                 "DECIDED: That the Minutes be approved.\nThe Provost advised of her duties since the last meeting of "
                 "the Council held on 1 February 2024.")
    assert (meta.committee, meta.meeting_date, meta.kind) == ("Council", DAY, "minutes")


def test_a_heading_that_lost_a_word_takes_the_known_body_of_its_type_the_text_names():
    meta = _meta("MINUTES OF THE MEETING OF THE GREATER COMBINED AUTHORITY HELD ON TUESDAY 5 MARCH 2024 AT THE "
                 "TOWN HALL\nPRESENT:\nGMCA - Chief Executive A Smith GMCA Treasurer B Jones\nGMCA 10/24 APOLOGIES")
    assert meta.council == "Greater Manchester Combined Authority" and meta.committee == "Combined Authority"
    # a place the gazetteer does not know still makes "X Council" the full council's meeting
    assert _meta("North Council 5 March 2024\nANYTOWN, 5 March 2024 - At a Meeting of Council").committee == "Council"


@pytest.mark.parametrize("text, committee", [
    ("Agenda and minutes\nVenue: Council Chamber - County Hall\nItems\nNo. Item\n4.\nRecycling Facility\n"
     "Minutes:\nCabinet considered proposals to develop the facility.", "Cabinet"),
    ("Issue - decisions\nExclusion of Press and Public\n05/03/2024 - Exclusion of Press and Public\nDecision made:\n"
     "That Cabinet approved that the meeting remain in public session.", "Cabinet"),
    ("Anytown Council\nAgenda and minutes\nItems\n2.\nMinute pdf icon PDF 172 KB\nConsider Minute of Scottish "
     "Borders Council held on 1 February 2024 for approval and signing by the Convener.\nMinutes:\nAGREED.", "Council"),
    ("Agenda and minutes\nVenue: Guildhall\nItems\n127.\nMinutes of Previous Planning Committee pdf icon PDF 137 KB\n"
     "of the meeting held on 1st February 2024 to be approved and signed.\nMinutes:\nRESOLVED.", "Planning Committee"),
])
def test_the_body_a_headless_minutes_page_speaks_of(text: str, committee: str):
    assert _meta(text).committee == committee


def test_a_joint_authoritys_banner_is_its_own_meeting_and_minutes_may_stand_alone_under_a_heading():
    meta = _meta("Anytown Fire Authority\nAgenda and minutes\nVenue: Fire Service Headquarters\nItems\nMinutes:\nApologies")
    assert (meta.committee, meta.kind) == ("Fire Authority", "minutes")
    meta = _meta("London Borough of Hackney\nLicensing Sub-Committee\nTuesday 5 March 2024\nMinutes\nPresent: Cllr A")
    assert (meta.committee, meta.meeting_date, meta.kind) == ("Licensing Sub-Committee", DAY, "minutes")
    # an agenda's item "Minutes" is no such word
    assert _meta("Cabinet\nTuesday 5 March 2024\nApologies\nMinutes\nTo approve the minutes of the last meeting.\n"
                 "1. To receive apologies\n2. To confirm the minutes").kind == "agenda"


def test_the_councils_civic_building_names_it_only_where_nothing_else_does():
    assert _meta("Agenda and minutes\nPlanning Committee - Tuesday 5 March 2024 7.00 pm\n"
                 "Venue: Bromley Civic Centre\nContact: A Smith").council == "Bromley"


def test_a_page_whose_line_breaks_were_lost_between_its_cells():
    meta = _meta("Anytown Council\nTranscription\nAgendaWest Dunbartonshire Health andSocial Care Partnership "
                 "BoardDate:Tuesday, 5 March 2024Time:15:00Format:Hybrid MeetingContact:A Smith")
    assert (meta.meeting_date, meta.kind) == (DAY, "agenda")
    # the heading names a joint body the gazetteer knows: it is the paper's council
    assert meta.council == "West Dunbartonshire Integration Joint Board"


def test_a_decision_record_without_a_stated_day_takes_its_signature_blocks():
    meta = _meta("ANYTOWN COUNCIL – RECORD OF DECISION\nDECISION TO BE TAKEN BY: DECISION NUMBER:\n24/00093 Cabinet\n"
                 "Decision:\nI agree to approve the contracts.\nReason(s) for decision:\nSavings.\n05/03/2024\n"
                 "......................... .........................\nsigned date")
    assert (meta.kind, meta.meeting_date) == ("decision", DAY)


@pytest.mark.parametrize("text, council, kind", [
    # the council's name alone over a nameless minute or a notice: the council's own full meeting
    ("FALKIRK COUNCIL\nMinute of Meeting held in the Municipal Buildings, Falkirk, on Tuesday 5 March 2024 at 2pm\n"
     "PRESENT Mr A Brown (Provost)", "Falkirk", "minutes"),
    ("Falkirk, 5th March 2024.\nFalkirk Council.\nPresent: The Provost (Chair).\nApologies: A Brown.", "Falkirk", "minutes"),
    ("5 March 2024\nFalkirk Council - 5 March 2024\nNotice of Meeting\nThere will be a Meeting of the Council in the "
     "Municipal Buildings on Tuesday 5 March at 2.00pm.\nAgenda\n1. Declaration of Interest\n"
     + "".join(f"{n}. Item {n}\n" for n in range(2, 40))  # a long agenda; the minute's own title closes the page
     + "Minute of Meeting\nMinute of Meeting of 5 March 2024", "Falkirk", "agenda"),
])
def test_a_councils_name_heading_its_minutes_or_notice_is_its_full_meeting(text: str, council: str, kind: str):
    meta = _meta(text)
    assert (meta.council, meta.committee, meta.kind) == (council, "Council", kind)


def test_a_joint_authoritys_own_cabinet_heading_its_minutes():
    meta = _meta("TEES VALLEY COMBINED AUTHORITY CABINET Friday 8th March 2024 at 10am\nPresent: Mayor A")
    assert (meta.council, meta.committee, meta.meeting_date) == ("Tees Valley Combined Authority", "Cabinet", DAY.replace(day=8))


@pytest.mark.parametrize("text, committee", [
    # a Scottish minute's dateline, its town before the day
    ("Falkirk, 5th March 2024.\nFalkirk Council.\nPresent: The Provost (Chair).", "Council"),
    # a weekday's date opening a line that runs on into the venue
    ("MEETING OF POLICE AND CRIME PANEL\nTuesday 5 March 2024 Council Offices, Mill Road,\nPresent: Cllr A", "Police and Crime Panel"),
    # a "Date/Time:" label, its year split by the PDF's letter spacing
    ("AGENDA\nMEETING: PLANNING COMMITTEE\nVENUE: The Hall\nDATE/TIME: Tuesday, 5 March 20 24 at 10 .30am", "Planning Committee"),
    # a note of a meeting under its body's name, under a joint authority's banner
    ("SOMEWHERE NATIONAL PARK AUTHORITY\nNATIONAL PARK FORUM\nNote of meeting held Tuesday, 5 March 2024\nPresent: A",
     "National Park Forum"),
    # a page flattened onto one line: its minutes title, the record run on after it
    ("Minutes of the Cabinet Meeting held in the Blue Room, Riverside House, Mill Park, Melton on Tuesday 5 March 2024 "
     "at 6.30 pm Members of Cabinet present: A Brown (Leader), C Dean. " + "Other business was done. " * 20, "Cabinet"),
])
def test_the_meetings_day_in_datelines_runs_on_and_split_years(text: str, committee: str):
    meta = _meta(text)
    assert (meta.committee, meta.meeting_date) == (committee, DAY)


def test_a_public_pack_title_gives_body_day_and_kind():
    meta = _meta("(Public Pack)Agenda Document for Midshire Police and Crime Panel, 05/03/2024 11:00\nTotal Page:16")
    assert (meta.committee, meta.meeting_date, meta.kind) == ("Police and Crime Panel", DAY, "agenda")


def test_a_full_council_meeting_is_a_councils_not_a_joint_bodys_it_names():
    meta = _meta("Agenda and minutes\nCouncil - Wednesday, 5 March 2024 2.00 pm\nVenue: Council Chamber\n"
                 "Members declared an interest in item 15 as members of Derbyshire Fire and Rescue Authority.")
    assert (meta.committee, meta.council) == ("Council", None)


@pytest.mark.parametrize("text, committee, day", [
    # the site's trail to the page names the body
    ("Home > Council and democracy > Meetings > Licensing Committee > Agenda\nAgenda and minutes\nVenue: Town Hall\n"
     "No. Item\n1. Apologies\nMinutes: None received.", "Licensing Committee", None),
    ("Home › Your council › Committees and meetings › Cabinet\nAttendance details", "Cabinet", None),
    # "Meeting of X on <day>", as attendance and meeting pages title themselves
    ("Attendance details\nMeeting of Cabinet on Tuesday 5 March 2024\nVenue: Town Hall", "Cabinet", DAY),
])
def test_meeting_pages_naming_the_body_in_a_trail_or_a_meeting_of_line(text: str, committee: str, day: date | None):
    meta = _meta(text)
    assert (meta.committee, meta.meeting_date) == (committee, day)


def test_a_committee_line_with_small_words_heads_its_paper():
    meta = _meta("Overview and Scrutiny Committee\nWork Programme 2024/25\nMeeting date: 5 March 2024")
    assert (meta.committee, meta.meeting_date) == ("Overview and Scrutiny Committee", DAY)


def test_a_councils_name_over_a_paper_naming_its_body_later_is_no_full_meeting():
    # the council's banner over an agenda whose body this reader does not find: no guess of "Council"
    meta = _meta("Anytown Borough Council\nAgenda\nTuesday 5 March 2024\n1. Apologies\n2. Declarations of interest")
    assert meta.committee is None


def test_a_page_tab_line_of_paper_words_in_capitals_names_no_body():
    from ingest.headings import _body
    assert _body("AGENDA, DECISIONS AND MINUTES") is None
    assert _body("DECISIONS") is None
    assert _body("CABINET MEMBER DECISIONS") == "Cabinet Member Decisions"


def test_a_date_broken_after_its_day_is_read_whole():
    from ingest.clean_lines import clean_lines
    lines = clean_lines("The Council - Thursday, 2nd\n\nOctober, 2025 1.30 pm\n\nItem 5\n\nMay 2025 budget").lines
    assert "The Council - Thursday, 2nd October, 2025 1.30 pm" in lines
    assert "Item 5" in lines  # an item's number is no day


def test_a_heading_of_many_bodies_names_none():
    from ingest.headings import _body
    assert _body("COUNCILLORS AND COMMITTEES") is None
    assert _body("Overview & Scrutiny Committees") is None
    assert _body("PLANNING COMMITTEE") == "Planning Committee"
