"""A local council's own meeting named in its paper's title line, the council's name there or lost."""
from __future__ import annotations

import re
from functools import cache

from ingest.bodies import whole_types

_TITLE_CHARS = 200  # a flattened page's title, not the business run on after it
# The title block: a status, the month or a site's link above the title line ("DRAFT" / "Minutes for Meeting Planned
# for 15 March 2021" / "Selworthy and Without Parish Council Minutes.", "Skip to main content" / "Parish Council meeting
# was held on"); those present below it begin the business.
_TITLE_LINES = 3
_PRESENT = re.compile(r"^\W*(?:present|in\s+attendance|attendance|members\s+present)\b", re.IGNORECASE)
_OCCASIONS = r"(?:business|ordinary|annual|monthly|extra-?ordinary|special|full|general)"


@cache
def _local_types() -> tuple[str, ...]:
    return tuple(t for t in whole_types() if t.endswith(" Council") and t != "Council")


@cache
def _title_body() -> re.Pattern[str]:
    # "COMMUNITY COUNCIL MINUTES OF THE MEETING HELD ON ...", "ANYHAVEN COMMUNITY COUNCIL BUSINESS MEETING MINUTES",
    # "Minutes of ordinary meeting of Anyville Parish Council held at ...", "the Parish Council meeting will go ahead"
    types = "|".join(re.escape(t) for t in _local_types())
    return re.compile(rf"\b(?P<type>{types})\s+(?:{_OCCASIONS}\s+)*(?:meeting|minutes|agenda|held)\b", re.IGNORECASE)


def local_title_body(head: list[str]) -> str | None:
    """The local council type ("Parish Council") a paper's title block (its first three lines, above those present)
    names as the meeting's own body, then the paper's or meeting's word ("... COMMUNITY COUNCIL MINUTES OF THE MEETING
    ...", "... Parish Council held on ..."); None when it names none."""
    for line in [x for x in head if x.strip()][:_TITLE_LINES]:
        if _PRESENT.match(line):
            return None
        if m := _title_body().search(line[:_TITLE_CHARS]):
            return next(t for t in _local_types() if t.casefold() == m["type"].casefold())
    return None
