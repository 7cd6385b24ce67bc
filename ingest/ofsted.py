"""Ofsted inspection reports: who was inspected and when, from a report's first page."""
from __future__ import annotations

import re

from ingest.council_variants import canonical_council
from ingest.councils import find_councils
from ingest.dates import RANGE, parse_date_range

# "Inspection of Merton local authority children’s services  Inspection dates: 14 to 18 July 2025".
INSPECTION_DATES = re.compile(r"Inspection\s+dates?\s*:?\s*", re.IGNORECASE)
_INSPECTION_OF = re.compile(r"Inspection\s+of\s+", re.IGNORECASE)
_AUTHORITY_TAIL = re.compile(r"\s*(?:local\s+authority\s+)?children[’']s\s+services\s*$", re.IGNORECASE)


def ofsted_report(opening: str) -> dict[str, object]:
    """An Ofsted inspection report's first page: who was inspected, and when."""
    dates_at = INSPECTION_DATES.search(opening)
    if not dates_at:
        return {}
    heads = list(_INSPECTION_OF.finditer(opening, 0, dates_at.start()))
    if not heads:
        return {}
    who = opening[heads[-1].end():dates_at.start()].strip()
    if not who or len(who) > 150:
        return {}
    found: dict[str, object] = {"kind": "inspection report", "title": f"Ofsted inspection of {who}"}
    authority = _AUTHORITY_TAIL.sub("", who)
    council = canonical_council(authority) or next(iter(find_councils(authority)), (None, 0.0))[0]
    if council:
        found["council"] = council
    span = RANGE.match(opening, dates_at.end())
    if span and (days := parse_date_range(span.group())):
        found["meeting_date"], found["date_end"] = days
    return found
