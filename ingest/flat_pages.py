"""Titles of pages that lost their line breaks or came re-hosted: a document viewer's furniture above the paper, a
heading run on into the record after it, an author's name before a minutes title on the same line."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.bodies import ends_with_body_word, whole_body
from ingest.dates import DATE

_MAX_HEADING = 300  # characters: a longer line is a paragraph
_TIME = r"\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?|hrs?\b|hours\b)?"  # "7.00 pm", "19:00", "10:00 hrs"
TIME_TAIL = rf"(?:[\s,]*(?:at\s+|from\s+|-\s*|–\s*)?{_TIME}(?:\s*(?:to|-|–)\s*{_TIME})?)?"

# A document viewer's furniture on lines of its own: "Size: px", "Start display at page:", "Download "X"", "Transcription",
# "Total Page:16", "File Type:pdf, Size:1020Kb" (re-hosting sites print these above the paper's text).
_VIEWER = re.compile(
    r"^(?:Size\s*:\s*px|Start\s+display\s+at\s+page\s*:|Download\s*:?\s*[\"“].*|Transcription|Total\s+Page\s*:\s*\d+|"
    r"File\s+Type\s*:\s*\w+,\s*Size\s*:\s*[\d.]+\s*[KMG]b)$",
    re.IGNORECASE,
)
# A body's or authority's name (or a reference) before the minutes' own title on the same line: "CAIRNGORMS NATIONAL
# PARK AUTHORITY MINUTES OF THE BOARD MEETING held ...", "MM 27.08.2019 LISBURN & CASTLEREAGH CITY COUNCIL Minutes of",
# "2423 WEST ANYSHIRE COUNCIL At the Meeting of West Anyshire Council held in ... on ..." (a Scottish minute's opening).
_TITLE_AFTER_NAME = re.compile(r"^(?P<name>[A-Z0-9](?:[^a-z]{2,80}?)?)\s+(?=(?i:Minutes?\s+of|At\s+(?:a|the)\s+meeting\s+of)\b)")
# ... or in capitalised words, a body's or authority's name only: "North Anyshire Health and Social Care Partnership
# Minute of Integration Joint Board meeting held on ..." (not "Approval of Minutes of the meeting held on ...").
_TITLE_AFTER_BODY = re.compile(r"^(?P<name>[A-Z][\w&'’-]*(?:\s+(?:(?:and|of|for|&)\s+)?[A-Z][\w&'’-]*){1,10}?)\s+(?=Minutes?\s+of\b)")
# A minutes title a flattened page opens with ("Minutes of the meeting held on ..."), or its first words lead up to:
# "To be approved by X Minutes of Anytown Board 4pm, ...".
_MINUTES_TITLE_START = re.compile(r"^(?:Minutes?|Notes?)\s+of\s+(?:the\s+|an?\s+)?(?:[A-Za-z]+\s+){0,6}?(?:meeting\s+)?held\b", re.I)
_MINUTES_TITLE_WITHIN = re.compile(r"(?:^|(?<=\s))(?:Minutes?|MINUTES?)\s+of\s+(?:(?:the|an?)\s+)?(?=[A-Z]|meeting\b)")
_TITLE_WITHIN = 120  # characters
# What a flattened page may hold before its heading: a viewer's page number ("1 SUFFOLK COUNTY COUNCIL Agenda ..."), its
# counts, the pack's name, the paper's word, the item.
_FLAT_CHROME = re.compile(
    r"^(?:\d{1,3}\s+(?=[A-Z]{2}))?(?:(?:Public\s+Document\s+Pack|Total\s+Page\s*:\s*\d+|File\s+Type\s*:\s*\w+,\s*Size\s*:\s*[\d.]+\s*[KMG]b|"
    r"(?i:agenda\s+item\s+\d{1,3}[a-z]?|agenda|minutes|notice\s+of\s+meeting|summons))\s+)*"
)
# A page flattened onto one line, its heading in capitals first: "NOTTINGHAMSHIRE POLICE AND CRIME PANEL Monday, 15 June
# 2015 at 14:00 County Hall, ... AGENDA 1 Election of Chairman ...".
_LEAD_NAME_DATE = re.compile(rf"^(?P<name>[A-Z][A-Z&'’,() -]{{2,100}}?)[\s,–-]+(?P<date>(?i:{DATE.pattern})){TIME_TAIL}\s")
# ... or in capitalised words, perhaps with the paper's word: "Planning Committee Agenda 05 March 2021 10.00am This is ...".
_LEAD_TITLE_DATE = re.compile(
    rf"^(?P<name>[A-Z][\w&'’-]*(?:\s+(?:(?:and|of|for|the|&)\s+)?[A-Z][\w&'’-]*){{0,10}}?)"
    rf"(?:\s+(?P<paper>(?i:Agenda|Minutes|Decisions)))?[\s,–-]+(?P<date>(?i:{DATE.pattern})){TIME_TAIL}\s"
)

# A title of any length atop the page, the body's name, the paper's word and its day: "Planning Committee Minutes 19 May
# 2021", "Licensing Sub-Committee Agenda - 5 March 2024", "PLANNING COMMITTEE MINUTES OF THE MEETING HELD ON 19 MAY 2021",
# "CABINET NOTES OF THE MEETING HELD ON WEDNESDAY, 14 JULY 2010".
_NAME_PAPER_DAY = re.compile(
    rf"^(?P<name>[A-Z][\w&'’-]*(?:\s+(?:(?:and|of|for|the|&)\s+)?[A-Z][\w&'’-]*){{0,10}}?)"
    rf"\s+(?i:(?:draft\s+)?(?P<paper>Agenda|Minutes|Notes|Decisions)(?:\s+of\s+(?:the\s+)?meeting)?(?:\s+held)?(?:\s+on)?)"
    rf"[\s,:–-]+(?P<date>(?i:{DATE.pattern})){TIME_TAIL}(?:\s|[.,]?$)"
)


@dataclass(frozen=True, slots=True)
class Lead:
    """A flattened page's heading: the body as written, its day as written, and the paper's word if it has one."""

    name: str
    date: str
    paper: str | None


def viewer_line(line: str) -> bool:
    """Whether a line is a document viewer's furniture, not the paper's ("Size: px", "Transcription")."""
    return _VIEWER.match(line) is not None


def _to_day(line: str) -> str:
    """A title up to the end of its day, where it states one: the record runs on after it."""
    return line[:day.end()] if (day := DATE.search(line)) else line


def author_title(line: str) -> tuple[str, str] | None:
    """(the name before it, the title) where a name precedes a minutes title on its line ("SOUTH AYRSHIRE COUNCIL.
    Minutes of meeting in ... on ..."); a title with the record run on after it ends at its day."""
    if not (m := _TITLE_AFTER_NAME.match(line)):
        m = _TITLE_AFTER_BODY.match(line)
        if not m or not (whole_body(m["name"]) or ends_with_body_word(m["name"])):
            return None
    rest = line[m.end():]
    title = rest[:_MAX_HEADING]
    return m["name"].strip(" .,"), _to_day(title) if len(rest) > _MAX_HEADING else title


def flat_minutes_title(line: str) -> str | None:
    """The minutes title a long line opens with, or its first words lead up to ("To be approved by the Board Minutes of
    ..."), ending at its day; None where it has none."""
    if _MINUTES_TITLE_START.match(line):
        return _to_day(line[:_MAX_HEADING])
    if m := _MINUTES_TITLE_WITHIN.search(line, 0, _TITLE_WITHIN):
        return _to_day(line[m.start():][:_MAX_HEADING])
    return None


def paper_lead(line: str) -> Lead | None:
    """A title atop the page naming a committee, then the paper, then its day ("Planning Committee Minutes 19 May
    2021"); a whole council's or authority's name so placed is its banner over a list of papers, left to other rules."""
    if (m := _NAME_PAPER_DAY.match(line)) and ends_with_body_word(m["name"]) and whole_body(m["name"]) is None:
        return Lead(m["name"], m["date"], m["paper"])
    return None


def flat_lead(line: str) -> Lead | None:
    """The heading a flattened page opens with, past the viewer's counts and the paper's word: a body's name ending
    with a body word, then its day."""
    lead = _FLAT_CHROME.sub("", line)
    for pattern in (_LEAD_NAME_DATE, _LEAD_TITLE_DATE):
        if (m := pattern.match(lead)) and ends_with_body_word(m["name"]):
            return Lead(m["name"], m["date"], m["paper"] if "paper" in pattern.groupindex else None)
    return None
