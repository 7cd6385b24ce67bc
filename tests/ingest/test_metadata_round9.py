"""Metadata on made-up papers of the shapes round 9 found in the session-9 blind misses (issue #12): page furniture
and a paper's words read as the body. A wrong committee filters good passages away, so empty beats wrong."""
from __future__ import annotations

from ingest.metadata import extract_meta
from ingest.records import DocumentMeta, Page, Part


def _meta(text: str, name: str = "paper.txt") -> DocumentMeta:
    return extract_meta(Part(pages=(Page(None, text),)), name)


def test_a_moderngov_item_approving_the_last_minutes_names_no_body():
    meta = _meta("Apologies for Absence\n\nApologies were received from Councillor A Smith.\n\n"
                 "Minutes of Previous Meeting pdf icon PDF 111 KB\n\n"
                 "The minutes of the previous meeting held on 18th July 2024 were approved as a correct record.\n")
    assert meta.committee != "Previous Meeting"


def test_decisions_of_a_body_made_on_a_day_name_the_body_alone():
    meta = _meta("Agenda and decisions\n\nVenue: Council Chamber, Town Hall\n\nItems\n\n3.\n\nMinutes pdf icon PDF 271 KB\n\n"
                 "Decisions of Cabinet made on 30th January 2024\n\n5.\n\nAnnual Complaints Report\n")
    assert meta.committee == "Cabinet"
