"""Where metadata comes from when the text says nothing (the file name and folders, ingest/file_hints.py), and the
provenance each field records (text, format, file name, folder)."""
from __future__ import annotations

from datetime import date

import pytest

from ingest.metadata import extract_meta
from ingest.records import DocumentMeta, Page, Part


def _meta(text: str, filename: str = "paper.txt", **hints: str) -> DocumentMeta:
    return extract_meta(Part(pages=(Page(None, text),), hints=hints), filename)


def test_the_file_name_fills_what_the_text_does_not_say():
    meta = _meta("1. Apologies\n\nNone were received.", "kent_2024-03-05_cabinet-minutes.txt")
    assert (meta.council, meta.committee, meta.meeting_date) == ("Kent", "Cabinet", date(2024, 3, 5))
    assert {meta.provenance[k] for k in ("council", "committee", "meeting_date")} == {"file name"}


def test_the_text_wins_over_the_file_name():
    meta = _meta("Planning Committee - Tuesday 4 June 2024 7.00 pm\n\nMinutes:\n\nNoted.", "kent_2024-03-05_cabinet.txt")
    assert (meta.committee, meta.meeting_date, meta.council) == ("Planning Committee", date(2024, 6, 4), "Kent")
    assert meta.provenance == {**meta.provenance, "committee": "text", "meeting_date": "text", "council": "file name"}


@pytest.mark.parametrize("path, council, committee, when", [
    ("2024-03-05 Cabinet minutes.pdf", None, "Cabinet", date(2024, 3, 5)),
    ("Decisions 12th-Sep-2012 18.30 Cabinet.pdf", None, "Cabinet", date(2012, 9, 12)),
    ("papers/Kent/Planning Committee/2024-03-05/agenda.pdf", "Kent", "Planning Committee", date(2024, 3, 5)),
    ("Committees/Councils/paper.txt", None, None, None),  # folders of papers, not a body
])
def test_file_name_and_folder_shapes(path: str, council, committee, when):
    meta = _meta("Nothing here says who met.", path)
    assert (meta.council, meta.committee, meta.meeting_date) == (council, committee, when)


def test_a_format_hint_is_marked_format():
    meta = _meta("Text.", committee="Cabinet", meeting_date="2024-03-05")
    assert meta.provenance["committee"] == meta.provenance["meeting_date"] == "format"
