"""Metadata on made-up openings of the shapes round 5 generalised (issue #12): summons wrapped over lines, notices
after a flattened heading, and the other layouts below."""
from __future__ import annotations

from datetime import date

from ingest.metadata import extract_meta
from ingest.records import DocumentMeta, Page, Part

DAY = date(2024, 3, 5)


def _meta(text: str) -> DocumentMeta:
    return extract_meta(Part(pages=(Page(None, text),)), "paper.txt")


def test_a_summons_wrapped_over_several_lines_states_the_meeting_and_its_day():
    meta = _meta("Anytown\nMetropolitan Borough Council\nYou are hereby summoned to attend a meeting of the Anytown\n"
                 "Metropolitan Borough Council, to be held at the\nCouncil House, Anytown, on Tuesday 5 th March 2024 at\n"
                 "6.00pm for the purpose of transacting the following business:-\nAgenda\n1. Apologies")
    assert (meta.committee, meta.meeting_date, meta.kind) == ("Council", DAY, "agenda")


def test_a_notice_after_a_flattened_heading_states_the_day():
    meta = _meta("Contact details Committee Officer on 01234 567890 ANYSHIRE NATIONAL PARK AUTHORITY PLANNING COMMITTEE "
                 "A meeting of the Planning Committee will be held at 10.00 am on Tuesday, 5th March, 2024 at the "
                 "Online via Zoom. Chief Executive " + "Agenda item text. " * 20)
    assert (meta.committee, meta.meeting_date) == ("Planning Committee", DAY)


def test_a_meeting_of_the_above_council_is_the_local_councils_own():
    meta = _meta("Draft Minute 03/2024\n\nA meeting of the above Council was held on Tuesday 5th March 2024 in the Hall\n"
                 "Present were: Mr A Smith (Chairman)\nThe Community Council noted the report.\n"
                 "The clerk will write to the Community Council's members.")
    assert (meta.committee, meta.meeting_date) == ("Community Council", DAY)


def test_a_councils_name_before_a_minutes_title_that_names_no_body_is_its_own_meeting():
    record = "PRESENT A Smith (Chairman) B Jones 1. APOLOGIES None 2. MINUTES The minutes of the previous meeting were " \
             "approved. " + "Item text. " * 30
    meta = _meta("Total Page:16\nFile Type:pdf, Size:1020Kb\nANYVILLE PARISH COUNCIL Minutes of the meeting held on 5 "
                 "March 2024 at the Village Hall " + record)
    assert (meta.council, meta.committee, meta.meeting_date) == ("Anyville Parish Council", "Parish Council", DAY)
    meta = _meta("27\nANYSHIRE COUNCIL. Minutes of meeting in County Buildings, Anytown, on 5th March 2024 at 10.00 a.m.")
    assert (meta.committee, meta.meeting_date) == ("Council", DAY)


def test_a_bodys_initials_in_brackets_and_an_unnamed_council_after_it_are_not_its_name():
    meta = _meta("Draft Minute of the Anyvoe Community Council (CC) meeting. Held on Tuesday 5th March 2024 at 7pm.")
    assert (meta.council, meta.committee, meta.meeting_date) == ("Anyvoe Community Council", "Community Council", DAY)
    meta = _meta("Partnership Board\n\nA meeting of the Community Planning Partnership Board of Council will be held "
                 "within the Council Chambers on Tuesday 5 March 2024 at 10:00am.")
    assert (meta.committee, meta.meeting_date) == ("Community Planning Partnership Board", DAY)


def test_a_local_councils_name_with_meeting_held_on_after_it_is_its_own_meeting():
    meta = _meta("DRAFT MINUTES\n\nANYVILLE ON SEA PARISH COUNCIL MEETING\n\nheld on 5th March 2024\n\nat 7.30pm in the Hall\n"
                 "Councillors Present")
    assert (meta.council, meta.committee, meta.meeting_date) == ("Anyville on Sea Parish Council", "Parish Council", DAY)


def test_a_day_opening_the_sentence_under_a_bodys_name_is_its_meetings():
    meta = _meta("Anyshire Police and Crime Panel\n\n5 March 2024 – A virtual meeting of the Panel held at 10.30am.\n\n"
                 "Present:\n\nCllr A Smith")
    assert (meta.committee, meta.meeting_date) == ("Police and Crime Panel", DAY)
    meta = _meta("Cabinet\n\n5 March 2024 - Minutes of the previous meeting approved\n\nPresent:")
    assert meta.meeting_date is None  # a line that refers back states no day of this meeting


def test_a_viewers_furniture_and_page_number_before_a_flattened_heading_are_passed_over():
    meta = _meta('ANYSHIRE COUNTY COUNCIL\nSize: px\nStart display at page:\nDownload "ANYSHIRE COUNTY COUNCIL"\n'
                 "Transcription\n1 ANYSHIRE COUNTY COUNCIL Agenda Tuesday 5 March 2024 For further information on any of "
                 "the agenda items listed, please contact A Smith, Head of Democratic Services at County Hall, Anytown\n"
                 "2 DATE: 5 March 2024 PLACE: County Hall")
    assert (meta.committee, meta.meeting_date) == ("Council", DAY)


def test_the_one_body_named_in_full_by_the_head_word_a_paper_calls_itself_by():
    meta = _meta("Issue - decisions\n\nGovernance Report\n\n05/03/2024 - Governance Report\n\nThe Committee received the Internal Audit report. Members "
                 "asked that the effectiveness of the Audit Committee be reviewed, as the Audit Committee reports to Council."
                 "\n\nThe Committee noted the report.")
    assert meta.committee == "Audit Committee"
    meta = _meta("Councillors A, B and C\n\n1. / Apologies\n\nThere were long-standing interests in the business of the "
                 "Authority. The Chair thanked Cllr D for his work for the Authority. THAT the press and public be "
                 "excluded from the proceedings of the North London Waste Authority on 5 March 2024.")
    assert (meta.council, meta.committee) == ("North London Waste Authority", "Waste Authority")
    meta = _meta("Issue - decisions\n\nAudit Report\n\n05/03/2024 - Audit Report\n\nThe Committee received the report, and "
                 "asked that the Audit Committee be reviewed, as the Audit Committee reports to Council.")
    assert meta.committee == "Audit Committee"  # "the Committee" once, one committee named in full twice
    meta = _meta("Minutes:\nAnother Committee Member asked about staffing. The Committee noted the report and the "
                 "Committee thanked officers.")
    assert meta.committee is None  # "Another Committee Member" names no body
    meta = _meta("Minutes:\nThe Committee noted the report. The Scrutiny Committee could help officers, and the "
                 "Committee thanked them; the Scrutiny Committee will hear more in June.")
    assert meta.committee is None  # one of a council's several scrutiny committees


def test_a_decision_pages_resolution_names_the_body_that_took_it():
    meta = _meta("Issue - decisions\n\nAdoption Update\n\n05/03/2024 - Adoption Update\n\nRESOLVED (unanimously) that the "
                 "Cabinet agreed to:\n\n1) Note the progress on this project;")
    assert (meta.committee, meta.meeting_date) == ("Cabinet", DAY)
    meta = _meta("The Cabinet has\n(a) approved the project to be funded by the use of reserves; and\n(b) delegated the "
                 "Director to make any consequential amendments.")
    assert (meta.committee, meta.kind) == ("Cabinet", "decision")
    meta = _meta("Corporate Plan update\n\nThis report sets out progress. " + "Progress on housing is good. " * 12
                 + "The Council has agreed a new plan for the town centre.")
    assert meta.kind != "minutes"  # a report saying what the council once decided is no record of a meeting


def test_a_local_councils_type_alone_or_its_meeting_names_its_own_minutes():
    meta = _meta("Minutes of the Meeting held on Tuesday 5th March 2024\nat St Julian's Church - 7:30pm\n1. Apologies\n"
                 "2. Parish Council vacancies\n3. Finances\n45. Attended by: Cllrs A Smith (Chairman), B Jones.\n"
                 "46. Apologies: Cllr C Brown.\n- Parish Council thanked by the Church warden. Action: To discuss at subsequent "
                 "Parish Council meeting.\n48. Minutes of Meeting on Thursday 1st February 2024 were approved and signed.")
    assert (meta.committee, meta.meeting_date) == ("Parish Council", DAY)
    meta = _meta("Due to Covid-19 the Parish Council meeting on the above date was held via video conference.\n\n"
                 "Present: Cllrs A Smith (Chairman), B Jones.\n\n1. APOLOGIES - None.")
    assert meta.committee == "Parish Council"
    meta = _meta("Minute of Meeting\n\nCommunity Representatives\n\nB Stewart, Anyvoe Community Council; N Barrington, "
                 "Community Council.\n\nS Clark, Community Council, J Taggart, Anyvoe Community Council.")
    assert meta.committee != "Community Council"  # a list of representatives names several


def test_a_meeting_pages_items_name_its_body_and_its_title_its_kind():
    meta = _meta("Skip to main content\n\nAgenda and decisions\n\nVenue: Council House\n\nItems\nNo. Item\n\n1.\n\n"
                 "Chair's Remarks\n\nDecision:\n\nThe Mayor welcomed new members to the Anyshire Board and thanked those "
                 "who had left.\n\n5.\n\nForward Plan pdf icon PDF 122 KB\n\nDecision:\n\nThe forward plan was noted.")
    assert (meta.committee, meta.kind) == ("Anyshire Board", "decision")
    meta = _meta("You are here:\n\nAgenda, decisions and minutes\n\nVenue: Town Hall\n\nItems\nNo. Item\n\n1.\n\n"
                 "APOLOGIES FOR ABSENCE\n\nMinutes:\n\nNone were received.\n\n3.\n\nMINUTES OF CABINET pdf icon PDF 102 KB"
                 "\n\nMinutes:\n\nThe minutes of the meeting, held on 1 February 2024, were agreed as a correct record.")
    assert meta.committee == "Cabinet"


def test_a_title_of_the_papers_words_names_no_body_but_states_its_day():
    meta = _meta("Agenda and Meeting Minutes - 05.03.2024\n- Apologies\n- Notes of the last meeting held on 5th February "
                 "2024 to be approved as the minutes\nAttended by: Cllrs A Smith (Chairman), B Jones.")
    assert (meta.committee, meta.meeting_date) == (None, DAY)


def test_a_chair_elected_names_the_body_only_where_the_paper_elects_no_other_bodys():
    meta = _meta("Election of Chairperson\n\nCouncillor A thanked staff for their input into the Environment Committee over "
                 "the past year.\n\nOn the proposal of Councillor B, Councillor C was duly elected as Chairman of the "
                 "Environment Committee.")
    assert meta.committee == "Environment Committee"
    meta = _meta("Appointments\n\nCouncillor C was elected as Chairman of the Planning Committee.\n\nCouncillor D was "
                 "elected as Chairman of the Licensing Committee.")
    assert meta.committee not in ("Planning Committee", "Licensing Committee")


def test_a_local_councils_committee_and_the_council_named_with_it():
    meta = _meta("Minutes of the Planning Committee of Anytown Town Council held on 5 March 2024 at the Guildhall\n"
                 "Present: Cllrs A, B")
    assert (meta.council, meta.committee, meta.meeting_date) == ("Anytown Town Council", "Planning Committee", DAY)
    meta = _meta("Present: Cllrs A Smith (Chair), B Jones\n1. Apologies: none\n2. Planning: no objection.\n\n"
                 "Anytown Town Council Planning Committee – 5 March 2024")
    assert (meta.council, meta.committee, meta.meeting_date) == ("Anytown Town Council", "Planning Committee", DAY)


def test_a_line_saying_the_meeting_was_held_under_the_councils_name_states_its_day():
    meta = _meta("Anyville Parish Council\nMeeting held on Monday 5th March 2024 at 7.30pm in the Village Hall\n"
                 "Present: Cllrs A, B")
    assert (meta.council, meta.committee, meta.meeting_date) == ("Anyville Parish Council", "Parish Council", DAY)


def test_a_local_councils_notice_and_agenda_state_the_meeting_and_its_day():
    meta = _meta("Anyville Parish Council\nNotice of Meeting\nMembers of the Council are hereby summoned to attend the "
                 "Parish Council Meeting on Tuesday 5 March 2024 at 7.30pm at the Village Hall\nAGENDA\n1. Apologies")
    assert (meta.council, meta.committee, meta.meeting_date) == ("Anyville Parish Council", "Parish Council", DAY)
    meta = _meta("ANYVILLE PARISH COUNCIL\nAGENDA\nFor the Meeting of the Parish Council to be held on Tuesday 5th March "
                 "2024 at 7.30pm\n1. Apologies")
    assert (meta.council, meta.committee, meta.meeting_date) == ("Anyville Parish Council", "Parish Council", DAY)


def test_a_title_in_parts_names_the_local_council_and_a_decisions_maker_may_be_an_office():
    meta = _meta("Page 1 of 4\nAnytown Town Council – Full Council – 5 March 2024\nPresent: Cllrs A, B")
    assert (meta.council, meta.committee, meta.meeting_date) == ("Anytown Town Council", "Town Council", DAY)
    meta = _meta("Executive Decision\nDecision made by: Leader of the Council\nDate: 5 March 2024")
    assert (meta.committee, meta.meeting_date, meta.kind) == ("Leader of the Council", DAY, "decision")


def test_a_running_headers_day_where_no_heading_states_one():
    page = "Present: Councillor A (Chair), Councillor B\n" + "Item text that runs on.\n" * 5
    meta = _meta(f"ANYSHIRE LEADERS 5 MARCH 2024 DRAFT MINUTE\n{page}Page 1 of 2\nANYSHIRE LEADERS 5 MARCH 2024 DRAFT "
                 f"MINUTE\n{page}Page 2 of 2")
    assert meta.meeting_date == DAY
    meta = _meta("Apologies\nNone.\nThe minutes of the previous meeting held on 5 March 2024 were agreed.\nMatters "
                 "arising\nThe minutes of the previous meeting held on 5 March 2024 were noted.")
    assert meta.meeting_date is None  # the last meeting's day, however often it is repeated


def test_an_item_pages_resolution_in_capitals_makes_it_minutes():
    meta = _meta("Agenda item\n\nWay Forward\n\nTo review the evidence gathered during the meeting.\n\nMembers discussed the "
                 "information received.\n\nAGREED – That the Chairperson writes to the Cabinet Member.")
    assert meta.kind == "minutes"


def test_a_local_councils_name_in_the_file_name_is_its_council_where_the_text_names_none():
    part = Part(pages=(Page(None, "Due to Covid-19 the Parish Council meeting on the above date was held via video.\n"
                                  "Present: Cllrs A Smith (Chairman), B Jones."),))
    meta = extract_meta(part, "papers/anyville-parish-council-2020-11.txt")
    assert (meta.council, meta.committee) == ("Anyville Parish Council", "Parish Council")


def test_a_moderngov_item_pages_meeting_line_with_its_item():
    meta = _meta("Meeting of Cabinet, Tuesday, 5th March, 2024 6.30 pm (Item 5.)\n\nHousing Strategy\n\nMinutes:\n"
                 "The Cabinet considered the report.")
    assert (meta.committee, meta.meeting_date) == ("Cabinet", DAY)


def test_a_held_on_label_under_the_papers_word_states_the_day():
    meta = _meta("Anyville Parish Council\nMinutes\nHeld on: Tuesday 5 March 2024\nPresent: Cllrs A")
    assert (meta.committee, meta.meeting_date) == ("Parish Council", DAY)
    assert _meta("Venue: Village Hall\nHeld on: Tuesday 5 March 2024\nPresent: Cllrs A").meeting_date == DAY


def test_a_bilingual_pages_english_halves_name_the_council_and_its_day():
    meta = _meta("Cyngor Tref Anytown / Anytown Town Council\nCofnodion / Minutes\nCyfarfod a gynhaliwyd ar 5 Mawrth 2024 / "
                 "Meeting held on 5 March 2024\nPresennol / Present:")
    assert (meta.council, meta.committee, meta.meeting_date) == ("Anytown Town Council", "Town Council", DAY)


def test_a_full_councils_minutes_speaking_of_parish_council_elections_stay_the_councils():
    meta = _meta("Minutes of the meeting of the Council held on 5 March 2024\nPresent: Cllrs A, B\n"
                 "1. Parish Council elections were noted.")
    assert meta.committee == "Council"


def test_a_committee_and_its_date_labelled_on_one_line():
    meta = _meta("Committee: Cabinet    Date: 5 March 2024")
    assert (meta.committee, meta.meeting_date) == ("Cabinet", DAY)


def test_a_general_meeting_of_council_stays_the_councils_own():
    meta = _meta("Minutes of the General Meeting of Council held on 5 March 2024\nPresent: Cllrs A, B")
    assert (meta.committee, meta.meeting_date) == ("Council", DAY)
    meta = _meta("Minutes of the Statutory Meeting of the Council held on 5 March 2024\nPresent: Cllrs A, B")
    assert (meta.committee, meta.meeting_date) == ("Council", DAY)


def test_an_address_a_day_alone_or_a_greeting_is_no_title():
    meta = _meta("Partnership Board\n\nCivic Centre Howden South Road ANYTOWN EH54 6FF\n\n28 January 2024\n\nA meeting of the "
                 "Partnership Board will be held within the Council Chambers on Tuesday 5 March 2024 at 10:00am.")
    assert "EH54" not in meta.title and meta.title != "January 2024"
    meta = _meta("10 October 2018\nDate:\nWednesday, 10 October, 2018\nTime:\n14:00\nDear Councillor")
    assert meta.title not in ("October 2018", "Date", "Dear Councillor")


def test_a_parish_council_consulted_is_not_the_meeting():
    meta = _meta("Minutes\n\n1. 24/0001/FUL Land at Anyville\nParish Council: Objects to the height.\nDecision: Approved.\n\n"
                 "2. 24/0002/FUL Land at Anyvale\nParish Council: No objection.\nDecision: Approved.")
    assert meta.committee != "Parish Council"
