"""Reading the dates that committee papers, inspection reports and manifests state, the UK way round."""
from __future__ import annotations

import re
from datetime import date

_MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)
MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_WEEKDAY = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)"
_WRITTEN = rf"(?<!\d)\d{{1,2}}(?:\s?(?:st|nd|rd|th))?\s*(?:(?:day\s+)?of\s+)?{MONTH}(?![a-z])\.?,?\s*\d{{4}}(?!\d)"
_NUMERIC = r"(?<![\d/.-])\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})(?![\d/-])"
_ISO = r"(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)"
# One date stated in full: "Tuesday 19th September 2017" (a PDF may space its ordinal: "15 th October 2019"), "the 5th day of March, 2024", "19/10/2015", "09/05/25", "2025-07-14".
DATE = re.compile(rf"{_WEEKDAY}?(?:{_WRITTEN}|{_ISO}|{_NUMERIC})", re.IGNORECASE)

# The month first, as ModernGov's American-set fields print it: "Date of Decision: February 12, 2025" (the comma is
# required; kept apart from DATE, which the rest of Clerk reads the UK way round).
_MONTH_FIRST = re.compile(rf"{_WEEKDAY}?({MONTH})(?![a-z])\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,\s*(\d{{4}})(?!\d)", re.IGNORECASE)
_WRITTEN_PARTS = re.compile(rf"(\d{{1,2}})(?:\s?(?:st|nd|rd|th))?\s*(?:(?:day\s+)?of\s+)?({MONTH})(?![a-z])\.?,?\s*(\d{{4}})", re.IGNORECASE)
_NUMERIC_PARTS = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})")
_ISO_PARTS = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
# A stated range is days, months, years and joining words: "30 September to 11 October 2024 and 13 to 16 January 2025".
RANGE = re.compile(
    rf"(?:(?<!\d)\d{{1,4}}(?!\d)(?:st|nd|rd|th)?|{MONTH}(?![a-z])\.?|(?<![a-z])(?:to|and|until|till)(?![a-z])|[-–—&,]|\s)+",
    re.IGNORECASE,
)
_RANGE_DAY = re.compile(
    rf"(?<!\d)(\d{{1,2}})(?!\d)(?:st|nd|rd|th)?(?:\s*({MONTH})(?![a-z])\.?)?(?:,?\s*(\d{{4}})(?!\d))?", re.IGNORECASE
)


def month_number(name: str) -> int:
    """1–12 for a month's name or abbreviation ("Sept", "july")."""
    return next(i for i, full in enumerate(_MONTH_NAMES, 1) if full.startswith(name.lower()[:3]))


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:  # "09/05/25": committee papers are of this century or the end of the last
        year += 2000 if year < 70 else 1900
    return year


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _parse_one(text: str) -> date | None:
    if m := _ISO_PARTS.fullmatch(text):
        return _make(int(m[1]), int(m[2]), int(m[3]))
    if m := _NUMERIC_PARTS.fullmatch(text):
        return _make(_year(m[3]), int(m[2]), int(m[1]))
    if m := _WRITTEN_PARTS.search(text):
        return _make(int(m[3]), month_number(m[2]), int(m[1]))
    return None


def parse_date(text: str) -> date | None:
    """The date a string states, if it is one date and nothing else (ISO, dd/mm/yyyy, dd/mm/yy, "19 September 2017",
    "February 12, 2025")."""
    text = text.strip()
    if m := DATE.fullmatch(text):
        return _parse_one(m.group().strip())
    m = _MONTH_FIRST.fullmatch(text)
    return _make(int(m[3]), month_number(m[1]), int(m[2])) if m else None


def search_date(text: str) -> date | None:
    """The first full date stated anywhere in a string (one the UK way round first), or None."""
    for m in DATE.finditer(text):
        if (found := _parse_one(m.group().strip())) is not None:
            return found
    m = _MONTH_FIRST.search(text)
    return _make(int(m[3]), month_number(m[1]), int(m[2])) if m else None


def parse_date_range(text: str) -> tuple[date, date] | None:
    """First and last day of a stated span ("14 to 18 July 2025", "27 November to 8 December 2023"), or None.

    Days without a month or year take them from the next day that states them, as people write ranges;
    a single full date is a one-day span.
    """
    days = [(int(d), m, y) for d, m, y in _RANGE_DAY.findall(text)]
    resolved: list[tuple[date, bool]] = []  # (day, whether the year was borrowed from a later day)
    month: str = ""
    year: str = ""
    for day, own_month, own_year in reversed(days):
        month, borrowed = own_month or month, not own_year
        year = own_year or year
        if not month or not year:
            continue
        found = _make(int(year), month_number(month), day)
        if found is None:
            return None
        if resolved and borrowed and found > resolved[-1][0]:  # "30 December to 3 January 2025"
            found = _make(found.year - 1, found.month, found.day) or found
        resolved.append((found, borrowed))
    if not resolved:
        return None
    start, end = resolved[-1][0], resolved[0][0]
    return (start, end) if start <= end else None


def spelt(day: date | None) -> str | None:
    """A date the way people write it ("11 May 2016"); None for none."""
    return f"{day.day} {day:%B %Y}" if day else None
