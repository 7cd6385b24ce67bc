"""Dates as UK papers write them: single dates, and inspection spans across months and years."""
from __future__ import annotations

from datetime import date

import pytest

from ingest.dates import parse_date, parse_date_range, search_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2017-11-23", date(2017, 11, 23)),
        ("23/11/2017", date(2017, 11, 23)),
        ("09/05/25", date(2025, 5, 9)),
        ("19 September 2017", date(2017, 9, 19)),
        ("Tuesday, 19th September 2017", date(2017, 9, 19)),
        ("19 Sept 2017", date(2017, 9, 19)),
        (" 5 July2017 ", date(2017, 7, 5)),
        ("5th day of March, 2024", date(2024, 3, 5)),
    ],
)
def test_parse_date_reads_one_stated_date(text: str, expected: date):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["July 2018", "December 2022", "31/02/2017", "19 September 2017 at 10am", "", "2017"])
def test_parse_date_refuses_partial_impossible_or_padded_dates(text: str):
    assert parse_date(text) is None


def test_search_date_finds_the_first_full_date():
    assert search_date("held at County Hall on Tuesday 19 September 2017 at 10.30 am") == date(2017, 9, 19)
    assert search_date("the July 2018 visit") is None


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("14 to 18 July 2025", date(2025, 7, 14), date(2025, 7, 18)),
        ("27 November to 8 December 2023", date(2023, 11, 27), date(2023, 12, 8)),
        ("30 June to 11 July 2025", date(2025, 6, 30), date(2025, 7, 11)),
        ("17–21 March 2025", date(2025, 3, 17), date(2025, 3, 21)),
        ("2 to 13 December 2024", date(2024, 12, 2), date(2024, 12, 13)),
        ("26 February 2024 to 8 March 2024", date(2024, 2, 26), date(2024, 3, 8)),
        ("30 December to 3 January 2025", date(2024, 12, 30), date(2025, 1, 3)),
        ("30 September to 11 October 2024 and 13 to 16 January 2025", date(2024, 9, 30), date(2025, 1, 16)),
        ("14th - 18th July 2025", date(2025, 7, 14), date(2025, 7, 18)),
        ("14to18 July2025", date(2025, 7, 14), date(2025, 7, 18)),
        ("14 July 2025", date(2025, 7, 14), date(2025, 7, 14)),
    ],
)
def test_parse_date_range_fills_months_and_years_from_the_right(text: str, start: date, end: date):
    assert parse_date_range(text) == (start, end)


@pytest.mark.parametrize("text", ["July 2018", "14 to 18", "no dates here", "31 to 33 July 2025"])
def test_parse_date_range_refuses_what_is_not_a_span(text: str):
    assert parse_date_range(text) is None


def test_a_spaced_ordinal_and_a_month_first_field_are_read():
    assert search_date("on Tuesday 15 th October 2019 at 6.00pm") == date(2019, 10, 15)
    assert parse_date("February 12, 2025") == date(2025, 2, 12)
    assert search_date("Date of Decision: February 12, 2025") == date(2025, 2, 12)
    assert search_date("held on 5 March 2024; see February 12, 2025") == date(2024, 3, 5)  # the UK way round first
