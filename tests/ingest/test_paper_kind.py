"""What kind of paper a text is, from the marks councils' systems print."""
from __future__ import annotations

import pytest

from ingest.paper_kind import paper_kind


@pytest.mark.parametrize("text, kind", [
    # ModernGov's minutes page keeps each item's minutes in its table row
    ("No. | Item |\nApologies for Absence Minutes: Apologies were received from Cllr A. |\n"
     "Chair's Announcements Minutes: The Chair welcomed the new Head of Finance. |", "minutes"),
    # the same table with no minutes in it is the meeting's agenda
    ("Cabinet - Tuesday, 5th March, 2024 5.00 pm\nNo. Item\nApologies\nDeclarations of Interest\nMinutes pdf icon PDF 40 KB",
     "agenda"),
    # Scottish minutes record decisions as "DECIDED:"
    ("Items Of Business\nThere was submitted a report by the Director.\nDECIDED: That the report be noted.", "minutes"),
    # a minute's place and day before "At a Meeting of ..."
    ("Council 5 March 2024\nANYTOWN, 5 March 2024 - At a Meeting of Council at 5.00 p.m.\nPresent A, B, C", "minutes"),
])
def test_kinds(text: str, kind: str):
    head = [line for line in text.splitlines() if line]
    assert paper_kind(text, head, key_decision=False) == kind


def test_an_agendas_own_item_for_minutes_is_no_minutes_row():
    text = ("No. | Item |\nPrevious meeting | Minutes: To approve the minutes of the last meeting. |\n"
            "Board minutes | Minutes: To note the minutes of the Board. |")
    assert paper_kind(text, text.splitlines(), key_decision=False) == "agenda"


def test_a_record_in_the_past_tense_is_minutes_when_nothing_else_marks_the_paper():
    item = ("Agenda item\nPublic Minutes\nThe public minutes of the meeting held on 4 June 2024 were approved as a "
            "correct record.\nThe recommendation was moved, seconded, voted on and carried.")
    assert paper_kind(item, item.splitlines(), key_decision=False) == "minutes"
    # one past-tense mention is a paper's history, not its record
    report = "Housing strategy\nThe strategy was approved in 2021 and is now being refreshed."
    assert paper_kind(report, report.splitlines(), key_decision=False) == "document"


@pytest.mark.parametrize("text, kind", [
    # a paper for one agenda item, headed with the item's number
    ("<<\nItem 7 Somewhere Moors\n5 March 2024\n1. Committee Dates\nA copy of the dates appears at Appendix 1.", "report"),
    # minutes that call themselves so
    ("ANYTOWN COMBINED AUTHORITY CABINET Friday 5th March 2024\nThese minutes are in draft form until approved at "
     "the next meeting.\nATTENDEES Mayor A", "minutes"),
    # an item page whose decisions open "Agreed that ..."
    ("Agenda item\nUrgent business\nThe Lead Officer reported on the research.\nAgreed that the Board take part in the "
     "research.", "minutes"),
    # a bilingual title's English half
    ("Cofnodion / Minutes\nPwyllgor Cynllunio / Planning Committee\nDydd Mawrth, 5 Mawrth 2024 / Tuesday, 5 March 2024",
     "minutes"),
    # an individual decision's record
    ("Anytown Council\nCabinet Member Decision\nDecision taken on: 5 March 2024\nDecision maker: Cabinet Member",
     "decision"),
    # a notice of meeting whose capitals the PDF spaced apart
    ("R HYBUDD O GYFARFOD / NOTICE OF M EETING\nMeeting: Planning Committee\nDate: Wednesday 5 March 2024", "agenda"),
])
def test_kinds_from_item_numbers_self_reference_and_spaced_capitals(text: str, kind: str):
    head = [line for line in text.splitlines() if line]
    assert paper_kind(text, head, key_decision=False) == kind


@pytest.mark.parametrize("text, kind", [
    # a meeting page's layout holds minutes when what it tells is the meeting's record
    ("Meeting Details\nMeeting Summary\nAnytown Integration Joint Board\n5 Mar 2024 - 09:30 to 12:40\nPublic Items\n"
     "1 Welcome and Apologies\nThere were no declarations of interest intimated.\nIt was agreed that the report be "
     "noted.\nCouncillor A, Chair, presided.", "minutes"),
    ("Meeting Details\nAnytown Integration Joint Board\nPublic Items\n1 Apologies\nMembers are asked to declare any "
     "interests.\n2 Minutes\nTo confirm the minutes of the meeting held on 1 February 2024.", "agenda"),
    # an agenda's items in the infinitive, with no other mark of its paper
    ("Authority - 5 March 2024\nBusiness Part One\n  1. Apologies - To receive and record apologies from members.\n"
     "  2. Minutes - To confirm the Minutes of the meeting held on 1 February 2024.\n  3. Chair's Announcements",
     "agenda"),
    # a resolution's bullets are no agenda
    ("Agenda item\nUpdate on the plan\nThe report was presented by the Head of Service.\nThe recommendation was moved, "
     "seconded and carried.\n- To note the update.\n- To approve the terms of reference.\n- To approve the milestones.",
     "minutes"),
    # a body acting or spoken to, in the past tense, is the meeting's record
    ("Agenda item\nCreation of a Combined Authority\nThe Cabinet considered a report of the Corporate Director.", "minutes"),
    ("Announcements from the Mayor:\nThe Mayor informed the Council of the recent by-election.", "minutes"),
    # what members did at the meeting, told in the past tense
    ("Agenda item\nCabinet Members' portfolio reports\nThe Cabinet Members each gave a report on their portfolio. "
     "Members answered questions thereon.\nSupporting documents:", "minutes"),
    # a decision notice's own fields
    ("Issue - decisions\nPlan progress\nRESOLVED - That progress be noted.\nREASONS FOR DECISION - An information "
     "report.\nOTHER OPTIONS CONSIDERED AND REJECTED - None.", "decision"),
    ("Minutes of the Cabinet held on 5 March 2024\nRESOLVED - That progress be noted.\nReasons for decision: to keep "
     "the plan.\nAlternative options considered: none.", "minutes"),
])
def test_kinds_from_what_the_text_tells(text: str, kind: str):
    head = [line for line in text.splitlines() if line]
    assert paper_kind(text, head, key_decision=False) == kind


def test_a_pages_tabs_are_no_agenda_heading_over_its_minutes():
    text = "Meeting Details\nAgenda\nMinutes\nAttendance\nPlanning Committee\nPresent: Cllr A\nApologies were received."
    assert paper_kind(text, text.splitlines(), key_decision=False) == "minutes"


def test_a_reports_own_sections_make_it_a_report_though_its_background_tells_of_a_meeting():
    text = ("Housing Strategy 2024-2029\n1. Purpose of the report\n1.1 This report seeks approval.\n2. Recommendations\n"
            "2.1 That the strategy be approved.\n3. Background\n3.1 The Cabinet considered a draft in June 2023. It was "
            "agreed that consultation would take place. Members were informed of the results.\n4. Financial implications")
    assert paper_kind(text, text.splitlines(), key_decision=False) == "report"
