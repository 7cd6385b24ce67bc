"""Metadata on made-up papers of the shapes round 10 found still missed on every tuning set (issue #12): a local
council's own meeting named only in the title line."""
from __future__ import annotations

from ingest.metadata import extract_meta
from ingest.records import DocumentMeta, Page, Part


def _meta(text: str, name: str = "paper.txt") -> DocumentMeta:
    return extract_meta(Part(pages=(Page(None, text),)), name)


def test_a_bare_community_council_title_is_its_meetings_body():
    meta = _meta("Adopted minutes of meeting held on 3 May 2021 COMMUNITY COUNCIL MINUTES OF THE MEETING HELD ON 3 MAY "
                 "2021\n\nMembers present A Smith, B Jones (Chair)\n\nDue to the pandemic, the WCC meeting was held via "
                 "Zoom.\n\nCC101 - MINUTES OF MEETING HELD ON 21 APRIL 2021\n\nThe minutes were accepted.\n")
    assert meta.committee == "Community Council"


def test_a_local_councils_heading_with_its_papers_words_gives_the_meeting_too():
    meta = _meta("ANYHAVEN AND DISTRICT COMMUNITY COUNCIL BUSINESS MEETING MINUTES 7:00 to 9:30pm, 13th August 2019 "
                 "Village Hall\n\n1. Attendance: members, and Jo Bloggs, Committee Officer at Aberdeenshire Council.\n")
    assert meta.committee == "Community Council"


def test_a_parish_council_named_in_passing_below_the_title_is_not_the_meeting():
    meta = _meta("Minutes of the Planning Committee held on 4 June 2024\n\nThe Parish Council meeting had objected to "
                 "the application.\n")
    assert meta.committee != "Parish Council"
