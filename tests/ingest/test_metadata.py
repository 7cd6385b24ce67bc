"""Metadata extraction on real papers: the seeds, ModernGov pages, report cover sheets and Ofsted reports."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pypdf
import pytest

from ingest.council_variants import canonical_council
from ingest.dates import parse_date
from ingest.metadata import extract_meta, item_label
from ingest.records import DocumentMeta, Page, Part


def _meta(text: str, filename: str = "paper.txt", **hints: str) -> DocumentMeta:
    return extract_meta(Part(pages=(Page(None, text),), hints=hints), filename)


def _seed(seeds: Path, prefix: str) -> DocumentMeta:
    (path,) = seeds.glob(f"{prefix}_*.txt")
    return _meta(path.read_text(encoding="utf-8"), path.name)


def _first_page(pdf: Path) -> Part:
    return Part(pages=(Page(1, pypdf.PdfReader(pdf).pages[0].extract_text()),))


# --- the seeds --------------------------------------------------------------------------------------------------


def test_seed_000_croydon_minutes_take_the_agenda_item_title_and_no_guessed_date(seeds: Path):
    meta = _seed(seeds, "000")
    assert meta.council == "Croydon"
    assert meta.title == "Children's Services Improvement Arrangements"
    assert meta.kind == "minutes"
    # "July 2018" is the monitoring visit, not the meeting; no committee is named, only "the Sub-Committee"
    assert meta.meeting_date is None and meta.date_end is None and meta.committee is None


def test_seed_001_hillingdon_minutes_without_a_title_are_described(seeds: Path):
    meta = _seed(seeds, "001")
    assert meta.council == "Hillingdon"
    assert meta.kind == "minutes"
    assert meta.title == "Hillingdon committee minutes"
    assert meta.meeting_date is None and meta.committee is None


def test_seed_002_croydon_report_cover_sheet(seeds: Path):
    meta = _seed(seeds, "002")
    assert meta == DocumentMeta(
        title="OFSTED Inspection of Children's Services",
        council="Croydon",
        committee="Children and Young People Scrutiny Sub-Committee",
        meeting_date=date(2017, 9, 19),
        date_end=date(2017, 9, 19),
        item="Item 6",
        kind="report",
    )


def test_seed_003_tower_hamlets_issue_page_takes_its_first_meeting(seeds: Path):
    meta = _seed(seeds, "003")
    assert meta.council == "Tower Hamlets"
    assert meta.committee == "Overview & Scrutiny Committee"
    assert (meta.meeting_date, meta.date_end, meta.item) == (date(2017, 11, 23), date(2017, 11, 23), "Item 9")
    assert meta.title == "Children’s Services Improvement- progress report"
    assert meta.kind == "minutes"


def test_seed_003_second_meeting_as_its_own_part(seeds: Path):
    (path,) = seeds.glob("003_*.txt")
    text = path.read_text(encoding="utf-8")
    second = text[text.index("Meeting: 14/09/2017"):]
    meta = _meta(second, path.name)
    assert (meta.meeting_date, meta.item, meta.council) == (date(2017, 9, 14), "Item 8", "Tower Hamlets")
    assert meta.title == "Children’s Services Improvement- progress report"  # "8 " and "PDF 167 KB" trimmed


def test_seed_004_west_sussex_minutes(seeds: Path):
    meta = _seed(seeds, "004")
    assert meta.council == "West Sussex"  # not Hampshire, the practice partner
    assert meta.title == "Children First Improvement Programme - progress, current position and next steps"
    assert meta.kind == "minutes"
    assert meta.meeting_date is None  # "1 December 2022" is when a team moves, not the meeting
    assert meta.committee is None


# --- ModernGov, report and minutes headers ------------------------------------------------------------------------


def test_moderngov_meeting_line():
    meta = _meta("Meeting: 23/11/2017 - Overview & Scrutiny Committee (Item 9)\nMinutes:\nThe Committee noted.")
    assert (meta.meeting_date, meta.committee, meta.item) == (date(2017, 11, 23), "Overview & Scrutiny Committee", "Item 9")


def test_moderngov_decision_page(shared_corpus: Path):
    page = (shared_corpus / "moderngov" / "decision_detail_policy_committee_2015.html").read_text(encoding="utf-8")
    meta = _meta(page, "decision_detail_policy_committee_2015.html")
    assert meta.kind == "decision"
    assert (meta.meeting_date, meta.committee) == (date(2015, 10, 19), "Policy Committee")
    assert meta.title == "Minutes of Previous Meeting"  # not the page furniture "Decision details"


def test_officer_decision_is_dated_by_its_date_of_decision(shared_corpus: Path):
    page = (shared_corpus / "moderngov" / "decision_detail_holme_park_court.html").read_text(encoding="utf-8")
    meta = _meta(page, "decision.html")
    assert meta.kind == "decision"
    assert meta.meeting_date == date(2021, 7, 27)
    assert meta.committee is None  # the decision maker is an officer, not a body
    assert meta.title == "Appointment of contractor to demolish Holme Park Court"


def test_parsed_decision_headings_skip_furniture():
    text = "# Decision details\n\n## Minutes of Previous Meeting\n\nDecided at meeting: 19/10/2015 - Policy Committee"
    meta = _meta(text)
    assert (meta.title, meta.kind, meta.committee) == ("Minutes of Previous Meeting", "decision", "Policy Committee")


def test_report_cover_sheet_with_tags_and_tabs():
    text = (
        "<b>REPORT TO:</b>\t<b>Cabinet</b>  <b>Monday, 4th March 2019</b>\n"
        "<b>AGENDA ITEM NO:</b>\t<b>12a</b>\n"
        "<b>SUBJECT:</b>\t<b>Fostering &amp; Adoption Annual Report</b>\n"
    )
    meta = _meta(text)
    assert (meta.committee, meta.meeting_date, meta.item, meta.title, meta.kind) == (
        "Cabinet", date(2019, 3, 4), "Item 12a", "Fostering & Adoption Annual Report", "report"
    )


def test_minutes_header_names_committee_and_date():
    text = (
        "MINUTES of a meeting of the Children and Young People Scrutiny Sub-Committee held at Bernard Weatherill "
        "House, Croydon on 19 September 2017 at 6.30pm\n\nPresent: Councillors ..."
    )
    meta = _meta(text)
    assert (meta.committee, meta.meeting_date, meta.kind) == (
        "Children and Young People Scrutiny Sub-Committee", date(2017, 9, 19), "minutes"
    )


def test_committee_on_a_line_of_its_own_is_not_the_title():
    meta = _meta("Cabinet\n\nMinutes of the meeting held on Tuesday 19 September 2017\n\n1. Apologies")
    assert meta.committee == "Cabinet"
    assert meta.meeting_date == date(2017, 9, 19)
    assert meta.title == "Minutes of the meeting held on Tuesday 19 September 2017"


def test_a_meeting_mentioned_in_passing_is_not_the_meeting():
    text = "Budget monitoring\n\nThe Scrutiny and Overview Committee, at its meeting on 5 September 2017, agreed to lead."
    meta = _meta(text)
    assert meta.meeting_date is None and meta.committee is None
    assert meta.title == "Budget monitoring" and meta.kind == "document"


# --- hints and fallbacks ---------------------------------------------------------------------------------------


def test_hints_win_over_the_text():
    text = "REPORT TO: Cabinet 4 March 2019\nSUBJECT: From the text\nCroydon Council"
    meta = _meta(
        text,
        title="Audit Committee minutes",
        council="Manchester City Council",
        committee="Audit Committee",
        meeting_date="10/02/2026",
        item="4",
        kind="minutes",
        url="https://democracy.manchester.gov.uk/ieListDocuments.aspx?MId=4967",
    )
    assert meta == DocumentMeta(
        title="Audit Committee minutes",
        council="Manchester",
        committee="Audit Committee",
        meeting_date=date(2026, 2, 10),
        date_end=date(2026, 2, 10),
        item="Item 4",
        kind="minutes",
        url="https://democracy.manchester.gov.uk/ieListDocuments.aspx?MId=4967",
    )


def test_a_local_council_in_the_file_name_is_the_papers_not_the_county_its_text_names():
    text = ("The minutes of the meeting held on 4 October 2021 were found to be correct.\n"
            "Members discussed the letter from Gwynedd Council about the car park. Gwynedd Council will reply.")
    named = _meta(text, "papers/minutes-of-anyvillage-community-council-meeting-held-at-the-hall.txt")
    assert named.council == "Anyvillage Community Council"
    assert _meta(text, "papers/paper.txt").council == "Gwynedd"  # no file name to say whose paper it is


def test_an_unknown_council_hint_is_kept_as_stated():
    assert _meta("Text.", council="Sark Chief Pleas").council == "Sark Chief Pleas"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("# Annual Report of the Virtual School\n\nSome text.", "Annual Report of the Virtual School"),
        ("## **1. Executive Summary**\n\nShort line title\n", "Short line title"),
        ("Agenda item\n\nChildren's Services Improvement Arrangements\n\nTo review.", "Children's Services Improvement Arrangements"),
        ("Minutes:\n\nCorporate Parenting Panel update\n\nText.", "Corporate Parenting Panel update"),
        ("Minutes:\n" + "A long paragraph of minutes. " * 10, "stem"),
        ("", "stem"),
    ],
)
def test_title_fallbacks(text: str, title: str):
    assert _meta(text, "/data/papers/stem.pdf").title == title


def test_title_from_a_url_filename():
    assert _meta("", "https://example.gov.uk/documents/s7942/polc2.pdf?x=1").title == "polc2"


def test_a_single_partner_mention_is_not_enough_for_a_council():
    assert _meta("Support from the London Borough of Camden was welcome.").council is None


def test_item_label():
    assert [item_label(x) for x in ("6", "Item 9", "Agenda item 6.", "AGENDA ITEM NO. 12a", "")] == [
        "Item 6", "Item 9", "Item 6", "Item 12a", None
    ]


# --- Ofsted inspection reports ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("opening", "council", "start", "end"),
    [
        ("Inspection of Merton local authority\nchildren’s services\nInspection dates: 14 to 18 July 2025\nLead inspector: X",
         "Merton", date(2025, 7, 14), date(2025, 7, 18)),
        ("Inspection of Kent County Council\nchildren’s services\nInspection dates: 3 to 7 November 2025",
         "Kent", date(2025, 11, 3), date(2025, 11, 7)),
        ("Inspection of Bradford Children and\nFamilies Trust\nInspection dates: 12 to 23 January 2026",
         "Bradford", date(2026, 1, 12), date(2026, 1, 23)),
        ("Inspection of Warrington local authority children’s services\n10 to 14 June 2024\n\n"
         "Inspection of Warrington local\nauthority children’s services\nInspection dates: 10 to 14 June 2024",
         "Warrington", date(2024, 6, 10), date(2024, 6, 14)),
        ("# Inspection of Peterborough local authority children’s services\n\nInspection dates:  27 November to 8\n"
         "December 2023", "Peterborough", date(2023, 11, 27), date(2023, 12, 8)),
        ("Inspection of the Royal Borough of\nKensington and Chelsea local authority\nchildren’s services\n"
         "Inspection dates: 11–15 November 2024", "Kensington and Chelsea", date(2024, 11, 11), date(2024, 11, 15)),
    ],
)
def test_ofsted_first_page_shapes(opening: str, council: str, start: date, end: date):
    meta = _meta(opening, "report.pdf")
    assert (meta.council, meta.meeting_date, meta.date_end) == (council, start, end)
    assert meta.kind == "inspection report" and meta.committee is None
    assert meta.title.startswith("Ofsted inspection of ")


def test_a_report_about_an_inspection_is_not_an_inspection_report(seeds: Path):
    assert _seed(seeds, "002").kind == "report"  # it says "Ofsted Inspection of local authority services"


def test_merton_report(ofsted_reports: Path):
    (pdf,) = ofsted_reports.glob("80510_merton_*.pdf")
    meta = extract_meta(_first_page(pdf), pdf.name)
    assert meta == DocumentMeta(
        title="Ofsted inspection of Merton local authority children’s services",
        council="Merton",
        meeting_date=date(2025, 7, 14),
        date_end=date(2025, 7, 18),
        kind="inspection report",
    )


def test_devon_report_spans_both_of_its_inspection_visits(all_ofsted_reports: Path):
    (pdf,) = all_ofsted_reports.glob("80461_devon_*.pdf")
    meta = extract_meta(_first_page(pdf), pdf.name)
    assert (meta.meeting_date, meta.date_end) == (date(2024, 9, 30), date(2025, 1, 16))


@pytest.mark.slow
def test_every_ofsted_report_yields_its_council_and_dates(all_ofsted_reports: Path):
    ofsted_reports = all_ofsted_reports
    manifest = {}
    for line in (ofsted_reports.parent / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        manifest[Path(entry["path"]).name] = entry
    pdfs = sorted(ofsted_reports.glob("*.pdf"))
    assert len(pdfs) == 123
    wrong = []
    for pdf in pdfs:
        meta = extract_meta(_first_page(pdf), pdf.name)
        entry = manifest[pdf.name]
        stated = parse_date(entry["inspection_start_date"] or "-"), parse_date(entry["inspection_end_date"] or "-")
        if meta.council != canonical_council(entry["local_authority"]) or meta.kind != "inspection report":
            wrong.append((pdf.name, meta.council, meta.kind))
        elif meta.meeting_date is None or meta.date_end is None:
            wrong.append((pdf.name, "no dates"))
        elif stated[0] and meta.meeting_date != stated[0]:
            wrong.append((pdf.name, meta.meeting_date, stated[0]))
        elif stated[1] and meta.date_end != stated[1] and not pdf.name.startswith("80461_devon"):
            wrong.append((pdf.name, meta.date_end, stated[1]))
    assert wrong == []


# --- the shapes councils print (issue #12): short synthetic texts, one shape each ------------------------------


@pytest.mark.parametrize("text, committee, when", [
    ("To: Cabinet – 30 January 2025\nSubject: Budget 2025/26\n", "Cabinet", date(2025, 1, 30)),
    ("Report to: Audit Committee\nDate of meeting: 5 March 2024\nReport of: Chief Executive\n", "Audit Committee",
     date(2024, 3, 5)),
    ("Meeting: Cabinet\nDate: 5 March 2024\nTitle: Fees and charges\n", "Cabinet", date(2024, 3, 5)),
    ("Meeting: Planning Committee   Date: 4 March 2024\n", "Planning Committee", date(2024, 3, 4)),
    ("Report to:\nLicensing Sub-Committee\nDate of meeting:\n12 June 2023\n", "Licensing Sub-Committee", date(2023, 6, 12)),
    ("Meeting\tCabinet\nDate of meeting\t5 March 2024\nSubject\tFees and charges\n", "Cabinet", date(2024, 3, 5)),
])
def test_report_cover_sheets(text: str, committee: str, when: date):
    meta = _meta(text)
    assert (meta.committee, meta.meeting_date) == (committee, when)
    assert meta.provenance["committee"] == meta.provenance["meeting_date"] == "text"


def test_a_decision_maker_and_key_decision_make_a_report():
    meta = _meta("Fees and charges\n\nDecision maker: Cabinet\nKey decision: yes\nWards: all\n\n1. Purpose")
    assert (meta.committee, meta.kind) == ("Cabinet", "report")


@pytest.mark.parametrize("text, committee, when, kind", [
    ("Agenda and minutes\n\nHealth Scrutiny Committee - Thursday 1 May 2025 10.00 am\n\nVenue: Town Hall\n\n"
     "Contact: Democratic Services\n\nItems\nNo. Item\n\n1.\n\nMinutes\n\nMinutes:\n\n"
     "The minutes of the meeting held on 3 April 2025 were approved as a correct record.",
     "Health Scrutiny Committee", date(2025, 5, 1), "minutes"),
    ("Minutes of the meeting of the Planning Committee held on 4 March 2024\n\nPresent: Councillors A and B",
     "Planning Committee", date(2024, 3, 4), "minutes"),
    ("Minutes\n\nof the Meeting of the\n\nPlanning & Regulatory Committee\n\nWednesday, 11th May 2016\n\nheld at the Town Hall",
     "Planning & Regulatory Committee", date(2016, 5, 11), "minutes"),
    ("Meeting Details\n\nMeeting Summary\nScrutiny Panel\n27 Jan 2015 - 18:00\nOccurred\n\nAgenda\n\n1 Welcome",
     "Scrutiny Panel", date(2015, 1, 27), "agenda"),
    ("Agenda for Development Control Committee on Wednesday 5 February 2020, 10.00 am\n\nAgenda and minutes\n\n"
     "Minutes:\n\nApologies were received.", "Development Control Committee", date(2020, 2, 5), "minutes"),
    ("Agenda, decisions and minutes\n\nSpecial, Cabinet (Policy and Resources) Sub Committee - Tuesday, 29th August, "
     "2023 2.05 pm\n\nMinutes:\n\nNoted.", "Cabinet (Policy and Resources) Sub Committee", date(2023, 8, 29), "minutes"),
    ("Agenda and minutes\n\nMember Decisions Meeting for the Leader (Pre May 2022) - Wednesday, 26th January, 2022 "
     "10.00 am\n\nMinutes:\n\nRESOLVED to approve.", "Member Decisions Meeting for the Leader", date(2022, 1, 26), "minutes"),
    ("Non-members are reminded that this agenda is for information only\n\nPLANNING COMMITTEE\n\nWednesday 9 September "
     "2009\n\nAGENDA\n\n1.\n\nMINUTES\n\n1.1\n\nTo confirm the Minutes of the meeting of the Planning Committee held on "
     "12 August 2009.", "Planning Committee", date(2009, 9, 9), "agenda"),
    ("Decision Maker: Executive\n\nMade at meeting: 19/05/2020 - Executive\n\nDecision published: 20/05/2020\n\n"
     "Resolved – That the review be endorsed.", "Executive", date(2020, 5, 19), "decision"),
    ("MAIDSTONE BOROUGH COUNCIL\n\nRECORD OF DECISION OF THE Cabinet\n\nDecision Made:\n\n12 September 2012\n\n"
     "The Community Right to Challenge", "Cabinet", date(2012, 9, 12), "decision"),
    ("Council Plan 2022-2027\nDecision type: Key\nDecision due: 17 Feb 2022 by Cabinet\nLead member: Leader",
     "Cabinet", date(2022, 2, 17), "forward plan"),
    ("Issue - decisions\n\nAnnual Report\n\n22/04/2010 - Annual Report of the Monitoring Officer\n\n"
     "The Council considered and noted the Annual Report of the Monitoring Officer.", "Council", date(2010, 4, 22),
     "decision"),
])
def test_meeting_headings(text: str, committee: str, when: date, kind: str):
    meta = _meta(text)
    assert (meta.committee, meta.meeting_date, meta.kind) == (committee, when, kind)


def test_a_body_in_capitals_heading_the_page_is_the_committee_in_title_case():
    meta = _meta("LICENSING SUB-COMMITTEE\n\nMinutes:\n\nThe Sub-Committee heard the application.")
    assert meta.committee == "Licensing Sub-Committee"


def test_a_council_and_place_around_the_committee_in_one_heading():
    text = "2007.P.F.A.M.1\n\nTHE FIFE COUNCIL - POLICY, FINANCE & ASSET MANAGEMENT COMMITTEE - \nGLENROTHES.\n\n2nd August, 2007\n"
    meta = _meta(text)
    assert (meta.committee, meta.meeting_date, meta.council) == (
        "Policy, Finance & Asset Management Committee", date(2007, 8, 2), "Fife")


@pytest.mark.parametrize("text", [
    "Agenda\n\n1. Minutes\n\nTo confirm the minutes of the meeting of the Planning Committee held on 12 August 2009.",
    "Items\n\n3.\n\nTO SIGN AS A CORRECT RECORD THE MINUTES OF THE MEETING HELD ON THE 28TH JULY, 2017 pdf icon PDF 238 KB",
    "109.\n\nMinutes\n\nMinutes of meeting held on 7 January, 2019 (previously circulated).\n\nMinutes:\n\nSigned.",
    "That the Minutes of the meeting held on the 19 March, 2024 be agreed as a correct record.",
])
def test_the_date_of_a_meeting_referred_back_to_is_never_the_meeting_date(text: str):
    assert _meta(text).meeting_date is None


def test_a_whole_council_meeting_is_labelled_council():
    meta = _meta("Kent County Council\n1 Nov 2023 - 10:00 to 12:00\n\nPublic Items\n1 Apologies")
    assert (meta.council, meta.committee, meta.meeting_date) == ("Kent", "Council", date(2023, 11, 1))
    assert _meta("The Council - Thursday, 2nd October, 2025 1.30 pm\n\nMinutes:\n\nNoted.").committee == "Council"


def test_a_joint_body_is_the_council_not_its_partners():
    text = (
        "Agenda and minutes\n\nDyfed Powys Police and Crime Panel - Thursday, 16th November, 2017 10.30 am\n\n"
        "Minutes:\n\nApologies were received from Councillors K. Evans (Ceredigion County Council) and "
        "L. George (Powys County Council) and W. Powell (Powys County Council)."
    )
    meta = _meta(text)
    assert meta.committee == "Police and Crime Panel"
    assert meta.council is not None and "Police and Crime Panel" in meta.council
