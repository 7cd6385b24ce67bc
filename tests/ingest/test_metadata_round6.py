"""Metadata on made-up openings of the shapes round 6 generalised (issue #12): a heading's date run on from its
body's name, a lone "the Authority" of the type the paper calls it, and the other layouts below."""
from __future__ import annotations

from datetime import date

from ingest.metadata import extract_meta
from ingest.records import DocumentMeta, Page, Part

DAY = date(2024, 3, 5)


def _meta(text: str) -> DocumentMeta:
    return extract_meta(Part(pages=(Page(None, text),)), "paper.txt")


def test_a_date_run_on_from_the_heading_is_the_meeting_day():
    meta = _meta("Anytown Fire Authority5 March 2024\nPresent: Councillors Able, Baker and Carter\n"
                 "1 MINUTES – Resolved – That the minutes of the meeting of the Authority held on 1 February 2024 be "
                 "signed by the Chairperson.\n      1 Anytown Fire Authority\n2 BUDGET – the Authority noted the report.")
    assert (meta.committee, meta.meeting_date, meta.kind) == ("Fire Authority", DAY, "minutes")


def test_a_number_run_on_into_words_is_no_date():
    meta = _meta("Minutes of the Planning Committee\nItem 3: Covid19 measures, revised\nThe Committee noted the report.")
    assert meta.meeting_date is None


def test_minutes_noted_by_the_body_in_the_passive_name_the_meeting():
    meta = _meta("Agenda, decisions and minutes\nVenue: Town Hall\nNo. Item\nMinutes pdf icon PDF 291 KB\n"
                 "The minutes of the meeting held on 1 February 2024 were noted by the Cabinet as a true record.\n"
                 "Declarations of Interest\nNone were declared.")
    assert meta.committee == "Cabinet"


def test_minutes_signed_by_the_chair_name_no_body():
    meta = _meta("Agenda and minutes\nVenue: Town Hall\nNo. Item\nMinutes\n"
                 "The minutes of the meeting held on 1 February 2024 were signed by the Chairman.\nApologies\nNone.")
    assert meta.committee is None


def test_communications_by_the_mayor_make_the_full_councils_meeting():
    meta = _meta("Agenda and minutes\nVenue: Council Chamber\nNo. Item\nApologies were received from Councillor Able.\n"
                 "Communications by the Mayor\nThe Mayor thanked all who had contributed to meetings this year.")
    assert (meta.committee, meta.kind) == ("Council", "minutes")


def test_a_memo_to_all_members_heads_another_bodys_minutes():
    meta = _meta("To: All Members of the County Council\nFrom: County Secretary's Department\nMy Ref. ES/CAB\n\n"
                 "CABINET\n\n5 MARCH 2024\n\nMINUTES\n\nMEMBERS OF THE CABINET\nA Able (Chairman), B Baker\n"
                 "1. MINUTES\nThe minutes of the Cabinet meeting held on 6 February 2024 were confirmed.")
    assert (meta.committee, meta.meeting_date, meta.kind) == ("Cabinet", DAY, "minutes")


def test_a_summons_to_all_members_still_names_their_meeting():
    meta = _meta("To: All Members of the County Council\nYou are summoned to attend a meeting on Tuesday 5 March 2024 "
                 "at 10.00 am.\nAGENDA\n1. Apologies for absence")
    assert meta.committee == "Council"  # the whole council's meeting, as before


def test_for_meeting_on_labels_the_meeting_day_before_the_notices_own_date():
    meta = _meta("For meeting on: 5 March 2024 Agenda 2024 Anytown Council Booklet 3\n"
                 "Date: 27 February 2024 AGENDA 1a Sederunt and Apologies 1b Declarations of Interest")
    assert meta.meeting_date == DAY


def test_a_time_before_the_weekdays_date_atop_the_page_states_the_day():
    meta = _meta("8pm on Tuesday 5th March 2024 in Anytown Village Hall\n\nPresent: Parish Councillors Able (Chair), "
                 "Baker; the clerk.\n1. Village Plan. Mr Carter reported on progress.")
    assert meta.meeting_date == DAY


def test_a_few_words_before_meeting_held_on_still_state_the_day():
    meta = _meta("Adopted minutes of meeting held on 5 March 2024 COMMUNITY COUNCIL MINUTES OF THE MEETING HELD ON "
                 "5 MARCH 2024\n\nMembers present Able, Baker\nThe minutes were accepted as a true record.")
    assert meta.meeting_date == DAY


def test_the_previous_meeting_held_on_atop_the_page_is_another_meeting():
    meta = _meta("Minutes of the previous meeting held on 6 February 2024\nThe minutes were accepted as a true record.")
    assert meta.meeting_date != date(2024, 2, 6)


def test_a_moderngov_item_page_telling_nothing_done_is_the_agendas_item():
    meta = _meta("Agenda item\n\nNotice of Motion\n\nCouncillor Able to MOVE and Councillor Baker to SECOND:\n\n"
                 "Safer Streets\n\nThis Council notes that anti-social behaviour is rising in our town centres.")
    assert (meta.committee, meta.kind) == ("Council", "agenda")


def test_a_moderngov_item_page_with_its_minutes_stays_minutes():
    meta = _meta("Agenda item\n\nBudget Monitoring\n\nMinutes:\n\nThe Cabinet considered the report. It was agreed "
                 "that the forecast be noted.\n\nRESOLVED – That the report be noted.")
    assert meta.kind == "minutes"


def test_a_bodys_line_under_those_present_is_an_items_heading():
    meta = _meta("Minutes of meeting 5th Mar - Anytown Parish Council\n\nAnytown Parish Council\n\nMARCH 2024, 7.15 P.M\n\n"
                 "Present: Cllr Able (Chair), Cllr Baker.\n\nOpen Forum\n\nMr Carter reported a faulty streetlight.\n\n"
                 "RESOLVED to approve the Minutes; these were signed by the Chair.")
    assert (meta.council, meta.committee) == ("Anytown Parish Council", "Parish Council")


def test_a_meeting_held_on_line_wrapped_inside_its_date_states_the_day():
    meta = _meta("Draft\n\nANYTOWN PARISH COUNCIL\n\nMeeting Held on Tuesday 5th\nMarch 2024 at 7.30pm at Anytown Village "
                 "Hall\n\nMinutes\n\nPublic open forum – no members of the public were present")
    assert meta.meeting_date == DAY


def test_a_time_ending_the_dated_line_runs_nothing_on():
    meta = _meta("5 Mar 2024 - 09:30 to 13:00\nItems Of Business\nThere were submitted the Minutes of the following "
                 "meetings.")
    assert meta.meeting_date == DAY


def test_a_local_council_heading_its_minutes_by_its_place_alone_is_named_in_full():
    meta = _meta("Anytown Council\n\n1. Cllr Able (Mayor)\n2. Cllr Baker\n\nThe Mayor welcomed everyone to the meeting.\n"
                 "Minute 80\nThe Town Council agreed to twin with Elsewhere. The Town Council thanked the Clerk.")
    assert (meta.council, meta.committee) == ("Anytown Town Council", "Town Council")


def test_members_required_to_attend_make_a_notice_of_the_meeting():
    meta = _meta("ANYTOWN FIRE AUTHORITY TUESDAY 5 MARCH 2024 AT 10.00 HOURS MEMBERS Councillors Able, Baker and Carter. "
                 "You are required to attend this meeting to be held at Fire Headquarters at 10.00 a.m. AGENDA 394. "
                 "Apologies for absence. 395. To consider any public questions.")
    assert (meta.meeting_date, meta.kind) == (DAY, "agenda")


def test_the_last_minutes_agreed_as_a_correct_record_mark_a_meetings_record():
    meta = _meta("Cabinet - Tuesday, 5th March, 2024 10.00 am\n\nMinutes pdf icon PDF 96 KB\n\nCabinet is asked to approve "
                 "as a correct record the minutes of the last meeting.\n\nThe minutes of the last meeting held on 6 February "
                 "2024 were agreed as a correct record and signed by the Chair.\n\nSchool Places pdf icon PDF 92 KB\n\n"
                 "Report of the Strategic Director\n\nThat the funding allocations be approved.")
    assert (meta.committee, meta.meeting_date, meta.kind) == ("Cabinet", DAY, "minutes")


def test_an_agenda_asking_to_approve_the_minutes_stays_an_agenda():
    meta = _meta("Cabinet - Tuesday, 5th March, 2024 10.00 am\n\nAgenda\n\n1. Minutes\nTo approve as a correct record the "
                 "minutes of the meeting held on 6 February 2024.\n2. Apologies for absence\n3. To consider the budget")
    assert meta.kind == "agenda"


def test_a_page_of_several_decisions_names_every_maker_in_order():
    meta = _meta("Decisions\n\nDecisions published\n\n01/03/2024 - Webcasting ref: 7200 Recommendations Approved\n\n"
                 "Decision Maker: Leader of the Council\n\nDecision published: 01/03/2024\n\n"
                 "04/03/2024 - Road Order ref: 7306 Recommendations Approved\n\nDecision Maker: Cabinet Member for Resources\n\n"
                 "05/03/2024 - Local Plan ref: 7212 Recommendations Approved\n\nDecision Maker: Cabinet\n\n"
                 "Made at meeting: 05/03/2024 - Cabinet\n\nDecision published: 06/03/2024")
    assert (meta.committee, meta.kind) == ("Leader of the Council; Cabinet Member for Resources; Cabinet", "decision")


def test_a_decision_of_one_maker_made_at_a_meeting_keeps_the_meeting():
    meta = _meta("Decision details\n\nDecision Maker: Cabinet\n\nMade at meeting: 05/03/2024 - Cabinet\n\n"
                 "Decision published: 06/03/2024")
    assert (meta.committee, meta.meeting_date) == ("Cabinet", DAY)


def test_a_local_council_named_before_a_flattened_minutes_title_under_a_viewers_furniture():
    meta = _meta("Minutes of the Meeting Held on 24Th April\nTotal Page:16\nFile Type:pdf, Size:1020Kb\n1256 ANYTOWN PARISH "
                 "COUNCIL Minutes of the Parish Council meeting held on 5 March 2024 at 7.30pm. Present. Councillors Able, "
                 "Baker. 1. Apologies. There were no apologies. The Council resolved that the minutes were a true record.")
    assert (meta.council, meta.committee) == ("Anytown Parish Council", "Parish Council")
