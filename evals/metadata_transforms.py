"""The surface transformations of evals/metadata_variants.py: each a named rewrite of a paper's text with the real
layouts that motivate it (heading case, date forms, a date on its own line or split, title forms, cover labels, running
headers and footers, web boilerplate before the title, 60-column wraps)."""
from __future__ import annotations

import re
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from evals.metadata import Label, _words

_HEAD = 40  # lines of a paper's opening a heading transformation rewrites
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_MONTH_AT = {m.lower(): i + 1 for i, m in enumerate(_MONTHS)} | {m[:3].lower(): i + 1 for i, m in enumerate(_MONTHS)} \
    | {"sept": 9}
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?"
# A date written in words: "Thursday 1 May 2025", "Thursday, 1st May, 2025", "1 May 2025", "the 1st of May 2025".
_TEXT_DATE = re.compile(
    rf"\b(?:(?:{_WEEKDAY}),?\s+)?(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+"
    rf"(?P<m>{'|'.join(sorted(_MONTH_AT, key=len, reverse=True))})\.?,?\s+(?P<y>(?:19|20)\d{{2}})(?!\d)",
    re.IGNORECASE)
_TIME_AFTER = re.compile(r"^\s*(?:,|at|from|commencing at|-|–)?\s*\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|hours)?"
                         r"(?=\W|$)", re.IGNORECASE)
# A cover sheet's label line: "Meeting: Cabinet", "Date of meeting: 1 May 2025", "Report to: Council".
_LABEL_LINE = re.compile(r"^\s*[A-Z][A-Za-z /&'()-]{1,40}:\s*\S")
_SMALL = frozenset("a an and at by for from in of on or the to with".split())


@dataclass(frozen=True, slots=True)
class Variant:
    """A surface transformation of a paper's text (given its label, to find the line naming its meeting) and the
    real layouts that motivate it."""

    name: str
    source: str
    rewrite: Callable[[str, Label], str]


def _parse(m: re.Match) -> date | None:
    try:
        return date(int(m.group("y")), _MONTH_AT[m.group("m").lower().rstrip(".")], int(m.group("d")))
    except (ValueError, KeyError):
        return None


def _ordinal(day: int) -> str:
    return f"{day}{'th' if 10 <= day % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"


def _long(day: date) -> str:
    return f"{day:%A} {day.day} {_MONTHS[day.month - 1]} {day.year}"


def _dates(form: Callable[[date], str], with_time: bool = False) -> Callable[[str, Label], str]:
    def rewrite(text: str, label: Label) -> str:
        def put(m: re.Match) -> str:
            day = _parse(m)
            if day is None:
                return m.group(0)
            timed = with_time and not _TIME_AFTER.match(text[m.end():m.end() + 30])
            return form(day) + (" at 7.00 pm" if timed else "")
        return _TEXT_DATE.sub(put, text)
    return rewrite


def _date_lines(split: bool) -> Callable[[str, Label], str]:
    """The meeting's date, where written in words in the opening, on a line of its own (or its line broken after the day)."""
    def rewrite(text: str, label: Label) -> str:
        lines = text.split("\n")
        for i, line in enumerate(lines[:_HEAD]):
            m = next((m for m in _TEXT_DATE.finditer(line) if _parse(m) == label.meeting_date), None)
            if m is None:
                continue
            if split:  # the line broken after the date's day, as a narrow title block wraps: "… Thursday 1" / "May 2025 …"
                cut = m.start("m")
                lines[i] = line[:cut].rstrip() + "\n" + line[cut:]
            else:
                parts = [line[:m.start()].rstrip(), m.group(0), line[m.end():].strip()]
                lines[i] = "\n".join(p for p in parts if p.strip())
            break
        return "\n".join(lines)
    return rewrite


def _heading(line: str) -> bool:
    s = line.strip()
    return 0 < len(s) <= 80 and not s.endswith((".", ",", ";")) and any(c.isalpha() for c in s)


def _title_case(s: str) -> str:
    words = s.lower().split(" ")
    return " ".join(w if i and w in _SMALL else w[:1].upper() + w[1:] for i, w in enumerate(words))


def _headings(form: Callable[[str], str]) -> Callable[[str, Label], str]:
    def rewrite(text: str, label: Label) -> str:
        lines = text.split("\n")
        return "\n".join(form(ln) if i < _HEAD and _heading(ln) else ln for i, ln in enumerate(lines))
    return rewrite


def _body_line(text: str, label: Label) -> int | None:
    """The first opening line naming the labelled committee (its words in order, case and punctuation aside)."""
    want = _words(label.committee or "")
    if not want:
        return None
    return next((i for i, ln in enumerate(text.split("\n")[:_HEAD]) if f" {want} " in f" {_words(ln)} "), None)


def _titled(form: Callable[[str, str], str]) -> Callable[[str, Label], str]:
    """The line naming the meeting's body replaced by another title form of it; the council's name, where that line
    had it, kept on a line above (the form's job is the body and day, not dropping the council)."""
    def rewrite(text: str, label: Label) -> str:
        at = _body_line(text, label)
        if at is None or label.meeting_date is None:
            return text
        lines = text.split("\n")
        council = label.council if label.council and _words(label.council) in _words(lines[at]) else None
        new = form(label.committee or "", _long(label.meeting_date))
        lines[at] = (f"{council}\n" if council and _words(council) not in _words(new) else "") + new
        return "\n".join(lines)
    return rewrite


def _flatten_labels(text: str, label: Label) -> str:
    """Runs of two or more cover-sheet label lines in the opening ('Meeting: …', 'Date: …', blank lines between)
    joined onto one line, as a table's cells come out of a flattened PDF."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        run, j = [], i
        while j < len(lines) and j < _HEAD and (_LABEL_LINE.match(lines[j]) or (run and not lines[j].strip())):
            if lines[j].strip():
                run.append(lines[j].strip())
            j += 1
        if len(run) >= 2:
            out.append("  ".join(run))
            i = j
        else:
            out.append(lines[i])
            i += 1
    return "\n".join(out)


def _running(furniture: Callable[[int, Label], str], top: bool, every: int = 45) -> Callable[[str, Label], str]:
    """A line of page furniture at the top (a header) or foot (a footer) of every page of `every` lines."""
    def rewrite(text: str, label: Label) -> str:
        lines = text.split("\n")
        out: list[str] = []
        for start in range(0, len(lines), every):
            page = lines[start:start + every]
            mark = furniture(start // every + 1, label)
            out += [mark, *page] if top else [*page, mark]
        return "\n".join(out)
    return rewrite


def _printed(page: int, label: Label) -> str:
    day = (label.meeting_date or date(2025, 6, 12)) + timedelta(days=14)
    return f"Printed on {day:%d/%m/%Y} at 10:15          Page {page}"


_BANNER = ("Skip to content\nSkip to main content\nCookies on this site\nWe use some essential cookies to make this "
           "website work. We'd like to set additional cookies to understand how you use the site and improve our "
           "services.\nAccept additional cookies   Reject additional cookies   View cookies\nMenu\nSearch\nSign in\n"
           "Home > Your council > Councillors, meetings and committees > Meetings\n")


def _wrap(text: str, label: Label) -> str:
    return "\n".join(textwrap.fill(ln, width=60, break_long_words=False, break_on_hyphens=False) if len(ln) > 70 else ln
                     for ln in text.split("\n"))


VARIANTS: tuple[Variant, ...] = (
    Variant("case: UPPER headings", "'MINUTES OF THE MEETING OF THE CABINET', 'BELHELVIE COMMUNITY COUNCIL' "
            "(unseen9, councils)", _headings(str.upper)),
    Variant("case: lower headings", "web pages' lower-case headings and ModernGov menu text ('meeting details', "
            "'minutes of the planning committee')", _headings(str.lower)),
    Variant("case: Title headings", "'Minutes of the Meeting of the Cabinet', 'Police and Crime Panel' (unseen9, councils)",
            _headings(_title_case)),
    Variant("date: Thursday 1 May 2025", "'Friday 23 January 2015' (unseen9), CMIS and ModernGov pages",
            _dates(_long)),
    Variant("date: Thursday, 1st May, 2025", "ModernGov titles 'Thursday, 25th July, 2024 5.00 pm' (blind misses TL)",
            _dates(lambda d: f"{d:%A}, {_ordinal(d.day)} {_MONTHS[d.month - 1]}, {d.year}")),
    Variant("date: 01/05/2025", "'(Public Pack)Agenda Document for …, 05/02/2020 11:00' (blind misses TL), cover sheets",
            _dates(lambda d: f"{d:%d/%m/%Y}")),
    Variant("date: 1.5.25", "'WHPC Minutes 5.12.13' (blind misses D3), parish minutes",
            _dates(lambda d: f"{d.day}.{d.month}.{d:%y}")),
    Variant("date: 1 May 2025 at 7.00 pm", "'… held on 1 May 2025 at 7.00 pm' (councils, unseen5 parish minutes)",
            _dates(lambda d: f"{d.day} {_MONTHS[d.month - 1]} {d.year}", with_time=True)),
    Variant("date: own line", "the date alone on a line of a flattened PDF's title block (blind misses D1)",
            _date_lines(split=False)),
    Variant("date: split across lines", "'Thursday 1' / 'May 2025': a PDF's title block broken across lines "
            "(blind misses D1)", _date_lines(split=True)),
    Variant("title: Minutes of the meeting of X held on", "'MINUTES of the Meeting of the DERBYSHIRE FIRE & RESCUE "
            "AUTHORITY … on Thursday 7 December 2023' (unseen9), blind misses R",
            _titled(lambda body, day: f"Minutes of the meeting of the {body} held on {day}")),
    Variant("title: X - Thursday 1 May 2025", "'Full Council - 14 December 2022' (unseen9), ModernGov titles",
            _titled(lambda body, day: f"{body} - {day}")),
    Variant("title: Meeting: X", "'Meeting: Economy Committee' (blind misses C), cover sheets",
            _titled(lambda body, day: f"Meeting: {body}\nDate: {day}")),
    Variant("title: Report to: X", "report cover sheets 'Report to: Cabinet' (councils, unseen4)",
            _titled(lambda body, day: f"Report to: {body}\nDate of meeting: {day}")),
    Variant("cover: labels on one line", "a cover sheet's label table flattened ('Meeting: Cabinet Date: …') "
            "(blind misses C: 'Date:Monday, 27 June 2022' glued)",
            _titled(lambda body, day: f"Meeting: {body}  Date: {day}  Report of: Chief Executive")),
    Variant("cover: label lines joined", "the paper's own label lines ('Meeting:', 'Date:', 'Venue:') joined as a "
            "table's cells come out of a PDF", _flatten_labels),
    Variant("running header: page", "'Page 3' at each page's top, from the first (PDF text of councils, unseen)",
            _running(lambda page, label: f"Page {page}", top=True)),
    Variant("running footer: printed", "'Printed on 15/05/2025 at 10:15 Page 3' (ModernGov and CMIS prints)",
            _running(_printed, top=False)),
    Variant("lead: web boilerplate", "'Skip to main content' / 'Link to Search' before the title (unseen9), "
            "cookie banners, breadcrumbs", lambda text, label: _BANNER + text),
    Variant("wrap: 60 columns", "a PDF's or an e-mailed paper's lines broken mid-sentence", _wrap),
)
