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
