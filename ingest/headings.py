"""Meeting headings at the top of a paper: which body met, and on what day.

The shapes councils' systems print (ModernGov, CMIS, minutes titles, decision records), each read from the opening
lines only. A heading states THIS meeting; a date the paper refers back to ("the minutes of the meeting held on
3 June", "To confirm the minutes of ...") sits in an agenda item's line, never in a heading shape, and lines that
read as such references are passed over.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ingest.bodies import clean_committee, ends_with_body_word, names_a_body
from ingest.dates import DATE, search_date

_MAX_HEADING = 300  # characters: a longer line is a paragraph
_MAX_NAME = 160  # characters of a line that is a body's name alone ("THE FIFE COUNCIL - POLICY ... - GLENROTHES.")
_DIGIT = re.compile(r"\d")
HEAD_LINES = 60  # non-empty lines looked at: navigation chrome comes before some ModernGov headings

_TIME = r"\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?)?"
_TIME_TAIL = rf"(?:[\s,]*(?:at\s+|from\s+|-\s*|–\s*)?{_TIME}(?:\s*(?:to|-|–)\s*{_TIME})?)?"
# "Planning Committee - Thursday, 16th August, 2018 10.00 am", "Health Scrutiny Committee - Thursday 1 May 2025".
# Without a dash, as running headers print it ("Cabinet 5 March 2024"), the name must end with the body's word.
_NAME_DATE = re.compile(
    rf"^(?P<name>[A-Z].*?)(?P<sep>\s*[-–—,]\s*|\s+)(?P<date>{DATE.pattern}){_TIME_TAIL}\s*\.?$", re.IGNORECASE
)
# A line that is only a date, perhaps with a time: "27 Jan 2015 - 18:00", "Wednesday 9 September 2009".
_DATE_LINE = re.compile(rf"^(?P<date>{DATE.pattern}){_TIME_TAIL}\s*\.?$", re.IGNORECASE)
# "Meeting Date : 29/07/2020", "Date of meeting: 5 March 2024", "Date: 5 March 2024".
_DATE_LABEL = re.compile(r"^(?:(?:meeting\s+)?date(?:\s+of\s+(?:the\s+)?meeting)?|meeting\s+date)\s*:\s*(?P<rest>.+)$", re.I)
# ModernGov's page title: "Agenda for Development Control Committee on Wednesday 5 February 2020, 10.00 am".
_AGENDA_FOR = re.compile(
    rf"^(?:Agenda|Minutes|Decisions|Agenda and minutes|Agenda and draft minutes)\s+for\s+(?P<name>.+?)\s+on\s+"
    rf"(?P<date>{DATE.pattern})",
    re.IGNORECASE,
)
# "Minutes of the meeting of the Planning Committee held on 4 March 2024"; "MINUTES of a meeting of X held at Y on
# 19 September 2017"; "Minutes of the Meeting of the Planning & Regulatory Committee Wednesday, 11th May 2016".
_MINUTES_OF = re.compile(
    r"^Minutes?\s+of\s+(?:an?\s+|the\s+)?(?:(?:extraordinary|special|ordinary|annual|reconvened|adjourned)\s+)?"
    r"(?:meeting|proceedings)\s+(?:of\s+(?:the\s+)?(?P<name>[A-Z][^\n]{2,100}?)\s*(?=held\b|on\b|[-–]\s|"
    + rf"{DATE.pattern}))?(?P<rest>.{{0,200}})",
    re.IGNORECASE,
)
# "Minutes of the Cabinet meeting held on 5 March 2024", "Minutes of Planning Committee, 4 March 2024".
_MINUTES_OF_NAMED = re.compile(
    rf"^Minutes?\s+of\s+(?:the\s+)?(?P<name>[A-Z][^\n]{{2,100}}?)(?:\s+meeting)?\s*(?:held\b|on\b|[-–,]\s|(?={DATE.pattern}))"
    r"(?P<rest>.{0,200})",
)
# "RECORD OF DECISION OF THE Cabinet", "Record of decisions of the Executive".
_RECORD_OF = re.compile(r"^Record\s+of\s+(?:the\s+)?decisions?\s+(?:of|taken\s+by)\s+(?:the\s+)?(?P<name>.+)$", re.I)
# "Decision Made: 12 September 2012" (the day of a decision record), "Date of decision: 21/01/2015".
_DECISION_DATE = re.compile(r"^(?:Date\s+of\s+decision|Decision\s+made|Date\s+decision\s+made)\s*:?\s*(?P<rest>.+)$", re.I)
# Lines that refer to another meeting: approving its minutes, what it decided, what was circulated.
_REFERS_BACK = re.compile(
    r"\b(?:previous|last|preceding|correct\s+record|true\s+record|circulated|confirm|approve|approval|sign(?:ed)?|"
    r"pdf\s+icon|held\s+since|submitted|for\s+noting)\b|\b(?:PDF|KB)\s*\d|\d+\s*KB\b",
    re.IGNORECASE,
)
# Labels whose value a PDF table or a web page puts on the next line.
_LABEL_ALONE = re.compile(
    r"^(?:Decision\s+made|Date\s+of\s+(?:the\s+)?meeting|Meeting\s+date|Date|Meeting|Report\s+to|To|Committee|"
    r"Decision\s+maker|Date\s+of\s+decision)\s*:$",
    re.IGNORECASE,
)
_SEGMENTS = re.compile(r"\s+[-–—]\s+")
_WEEKDAY_TAIL = re.compile(r"[\s,]+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Heading:
    """What one heading states: the body (as written), the day, and where it sits among the opening lines."""

    at: int
    committee: str | None = None
    meeting_date: date | None = None
    kind: str | None = None


def head_lines(lines: tuple[str, ...]) -> list[str]:
    """The opening's non-empty lines, a heading broken after a dash or a label left alone on its line joined again."""
    out: list[str] = []
    for line in lines:
        line = line.strip().lstrip("#•*· ").strip()
        if not line:
            continue
        if out and (out[-1].endswith((" -", " –", " —")) or _LABEL_ALONE.match(out[-1])):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
        if len(out) >= HEAD_LINES:
            break
    return out


def _body(name: str) -> str | None:
    """The meeting body in a heading's name part; "THE FIFE COUNCIL - POLICY ... COMMITTEE - GLENROTHES" -> the committee."""
    name = _WEEKDAY_TAIL.sub("", name)
    segments = [s.strip(" .,") for s in _SEGMENTS.split(name) if s.strip(" .,")]
    bodies = [s for s in segments if names_a_body(s)]
    if not bodies:
        return None
    # With several, the council's own name is the least specific ("THE FIFE COUNCIL"): prefer a body that is not one.
    specific = [s for s in bodies if not re.search(r"\bcouncil\s*$", s, re.IGNORECASE)]
    return clean_committee((specific or bodies)[-1] if len(segments) > 1 else bodies[0])


def refers_back(line: str) -> bool:
    """Whether a line speaks of another meeting or a linked paper ("the minutes of the previous meeting", "PDF 48 KB")."""
    return _REFERS_BACK.search(line) is not None


def _names_a_council(name: str) -> bool:
    """A council's own name heading its paper ("MAIDSTONE BOROUGH COUNCIL") says who wrote it, not which body met."""
    return len(name.split()) > 1 and re.search(r"\bcouncil$", name, re.IGNORECASE) is not None


def _date_after(rest: str) -> date | None:
    """The first date in a heading's tail, unless the tail has moved on to another meeting."""
    m = DATE.search(rest)
    if not m or _REFERS_BACK.search(rest[: m.start()]):
        return None
    return search_date(m.group())


def find_headings(head: list[str]) -> list[Heading]:
    """Every meeting heading among the opening lines, in reading order."""
    found: list[Heading] = []
    for at, line in enumerate(head):
        if len(line) > _MAX_HEADING or _REFERS_BACK.search(line):
            continue  # paragraphs are not headings: each shape below is tried only where it could start
        nxt = head[at + 1] if at + 1 < len(head) else ""
        start = line[:16].lower()
        dated = _DIGIT.search(line) is not None
        if start.startswith(("agenda", "minutes", "decisions")) and (m := _AGENDA_FOR.match(line)):
            found.append(Heading(at, _body(m["name"]), search_date(m["date"])))
        elif start.startswith("minute") and (m := _MINUTES_OF.match(" ".join(head[at:at + 4]))) and (m["name"] or at < 3):
            name = _body(m["name"]) if m["name"] else None
            when = _date_after(m["rest"]) or (_date_after(nxt) if _DATE_LINE.match(nxt) else None)
            found.append(Heading(at, name, when, "minutes"))
        elif start.startswith("minute") and (m := _MINUTES_OF_NAMED.match(line)) and (name := _body(m["name"])):
            found.append(Heading(at, name, _date_after(m["rest"]), "minutes"))
        elif start.startswith("record") and (m := _RECORD_OF.match(line)):
            found.append(Heading(at, _body(m["name"]) or clean_committee(m["name"]), None, "decision"))
        elif dated and start.startswith(("date", "decision")) and (m := _DECISION_DATE.match(line)):
            found.append(Heading(at, None, search_date(m["rest"])))
        elif dated and (m := _NAME_DATE.match(line)) and (name := _body(m["name"])) and (
            m["sep"].strip() or ends_with_body_word(m["name"])
        ):
            found.append(Heading(at, name, search_date(m["date"])))
        elif len(line) <= _MAX_NAME and (name := _body(line)) and not _DATE_LABEL.match(line):
            if m := _DATE_LINE.match(nxt):
                found.append(Heading(at, name, search_date(m["date"])))
            elif (m := _DATE_LABEL.match(nxt)) and (when := search_date(m["rest"])):
                found.append(Heading(at, name, when))
            elif line == line.upper() and at < 8 and len(line.split()) <= 8 and not _names_a_council(name):
                found.append(Heading(at, name))  # a body in capitals heading the page: "LICENSING SUB-COMMITTEE"
    return found


def minutes_title_at_top(head: list[str]) -> bool:
    """Whether the paper opens with a minutes title ("Minutes", "Minutes of the meeting ...")."""
    return any(re.match(r"^Minutes?\b(?!\s*:)", line, re.IGNORECASE) for line in head[:3])
