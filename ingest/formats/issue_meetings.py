"""A ModernGov "Issue - meetings" page split into one text per meeting, with its date, committee and item.

The page lists every meeting that considered an issue, each under a line like
"Meeting: 23/11/2017 - Overview & Scrutiny Committee (Item 9)". The same split serves the page saved
as HTML and as plain text, since both are first rendered to structured text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.formats import moderngov

_MEETING = re.compile(
    r"^(?:#{1,6} )?Meeting: (?P<date>\d{1,2}/\d{1,2}/\d{4}) - (?P<committee>.+?)(?: \((?P<item>Item [^)]+)\))?\s*$",
    re.MULTILINE,
)
_ISSUE_PAGE = re.compile(r"^(?:#{1,6} )?Issue - meetings\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Meeting:
    """One meeting's share of the page: its structured text and the hints its "Meeting:" line states."""

    text: str
    hints: dict[str, str] = field(default_factory=dict)


def split(text: str) -> list[Meeting]:
    """Split structured text at its "Meeting: dd/mm/yyyy - Committee (Item N)" lines; one Meeting if there are none.

    The lines before the first meeting (the page and issue titles) begin every meeting's text,
    so each stands on its own.
    """
    matches = list(_MEETING.finditer(text))
    if not matches:
        return [Meeting(text=text)]
    preamble = text[: matches[0].start()].strip()
    title = _issue_title(preamble)
    meetings = []
    for match, following in zip(matches, [*matches[1:], None]):
        body = text[match.start() : following.start() if following else len(text)].strip()
        hints = {"committee": match["committee"].strip()}
        if iso := moderngov.iso_date(match["date"]):
            hints["meeting_date"] = iso
        if match["item"]:
            hints["item"] = match["item"].strip()
        if title:
            hints["title"] = title
        if any(_is_minutes_label(line) for line in body.splitlines()):
            hints["kind"] = "minutes"
        meetings.append(Meeting(text=f"{preamble}\n\n{body}" if preamble else body, hints=hints))
    return meetings


def _is_minutes_label(line: str) -> bool:
    return moderngov.is_section_label(line.lstrip("# ")) and "minutes" in line.lower()


def _issue_title(preamble: str) -> str | None:
    """The issue's title: the first line after the "Issue - meetings" page title."""
    lines = [line for line in preamble.splitlines() if line.strip()]
    if len(lines) >= 2 and _ISSUE_PAGE.match(lines[0]):
        return lines[1].lstrip("# ").strip() or None
    return None
