"""Titles of flattened or re-hosted pages (ingest/flat_pages.py): an author's name before a minutes title."""
from __future__ import annotations

from ingest.flat_pages import author_title


def test_a_name_in_capitals_before_a_minutes_title():
    assert author_title("SOUTH ANYSHIRE COUNCIL. Minutes of meeting held on 5 March 2020") == (
        "SOUTH ANYSHIRE COUNCIL", "Minutes of meeting held on 5 March 2020")


def test_a_bodys_name_in_capitalised_words_before_a_minutes_title():
    split = author_title("North Anyshire Health and Social Care Partnership Minute of Integration Joint Board meeting held on "
                         "Thursday 13 February 2020 at 10.00 a.m.")
    assert split == ("North Anyshire Health and Social Care Partnership",
                     "Minute of Integration Joint Board meeting held on Thursday 13 February 2020 at 10.00 a.m.")


def test_words_that_are_no_bodys_name_before_minutes_are_no_author():
    assert author_title("Approval of Minutes of the meeting held on 5 March 2020") is None
    assert author_title("Matters Arising Minutes of the last meeting") is None


def test_a_name_in_capitals_before_a_scottish_minutes_opening():
    split = author_title("2423 WEST ANYSHIRE COUNCIL At the Meeting of West Anyshire Council held in the Council Chambers "
                         "on Wednesday, 16 December 2009 at 6.00 p.m.")
    assert split is not None and split[0] == "2423 WEST ANYSHIRE COUNCIL"
    assert split[1].startswith("At the Meeting of West Anyshire Council")
