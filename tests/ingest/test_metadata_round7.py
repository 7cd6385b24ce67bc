"""Metadata on made-up openings of the shapes round 7 generalised from the blind misses of earlier rounds (issue #12):
the last resort for a meeting's day, a date early in one of the page's first lines."""
from __future__ import annotations

from datetime import date

from ingest.meeting_day import first_dated_line
from ingest.metadata import extract_meta
from ingest.records import DocumentMeta, Page, Part

DAY = date(2024, 3, 5)


def _meta(text: str) -> DocumentMeta:
    return extract_meta(Part(pages=(Page(None, text),)), "paper.txt")


def test_a_date_early_in_a_first_line_is_the_meeting_day():
    assert first_dated_line(["Anytown Panel", "Report pack 5 March 2024 (virtual)"]) == DAY
    assert first_dated_line(["5 March 2024 – A virtual meeting of the Panel held at 10.30am."]) == DAY


def test_a_meeting_held_on_a_day_late_in_its_line_is_the_meeting_day():
    line = "Minutes of a Meeting of Anytown Parish Council held in The Old School, Long Lane on Tuesday 5 March 2024"
    assert first_dated_line([line]) == DAY


def test_a_date_late_in_a_sentence_is_no_meeting_day():
    line = "The Openness of Local Government Bodies Regulations came into force on 5 August 2014. They require ..."
    assert first_dated_line(["Officer delegated decisions", line]) is None


def test_another_meetings_minutes_or_the_papers_publication_give_no_day():
    assert first_dated_line(["Agenda item", "To agree the minutes of the meeting held on 1 February 2024."]) is None
    assert first_dated_line(["The minutes of the meeting held on 1 February 2024 are attached."]) is None
    assert first_dated_line(["Published: 1 March 2024", "Deadline for call-in: 8 March 2024"]) is None
    assert first_dated_line(["Adopted minutes of meeting held on 5 March 2024"]) == DAY


def test_a_date_below_the_first_lines_gives_no_day():
    assert first_dated_line(["Anytown Panel", "Agenda", "Venue: Town Hall", "5 March 2024"]) is None


def test_extract_meta_falls_back_on_the_first_dated_line_only():
    dated = _meta("Anytown Community Council\nGathering in the Village Hall 5 March 2024, 7pm\n"
                  "Present: Cllrs Able, Baker and Carter\n1. Apologies were received from Cllr Dee.")
    assert dated.meeting_date == DAY
    undated = _meta("Officer delegated decisions\nThe Openness of Local Government Bodies Regulations came into force "
                    "on 5 August 2014. The Regulations require officers to produce written records of decisions.")
    assert undated.meeting_date is None


def test_a_title_of_body_paper_and_day_names_the_meeting():
    for title in ("Planning Committee Minutes 5 March 2024", "Licensing Sub-Committee Minutes of the meeting held on "
                  "5 March 2024", "PLANNING COMMITTEE MINUTES OF THE MEETING HELD ON 5 MARCH 2024"):
        meta = _meta(f"{title}\nMembers present: Cllrs Able and Baker\n1. The minutes of the last meeting were approved.")
        assert (meta.committee, meta.meeting_date) in (("Planning Committee", DAY), ("Licensing Sub-Committee", DAY))


def test_one_meetings_title_repeated_is_no_list_of_meetings():
    meta = _meta("Licensing Sub-Committee Agenda 5 March 2024 (PDF 512 KB)\nLicensing Sub-Committee Agenda 5 March 2024\n"
                 "LICENSING SUB-COMMITTEE\nTUESDAY 5 MARCH 2024 AT 10.00 AM\nCOUNCIL CHAMBER, CIVIC CENTRE, ANYTOWN\n"
                 "The Councillors listed below are requested to attend the above meeting.")
    assert (meta.committee, meta.meeting_date) == ("Licensing Sub-Committee", DAY)
