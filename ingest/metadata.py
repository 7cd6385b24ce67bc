"""Document metadata from what a part states: council, committee, meeting date, item, kind and title."""
from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import date
from pathlib import PurePosixPath
from urllib.parse import urlparse

from ingest.councils import canonical_council, find_councils
from ingest.dates import DATE, RANGE, parse_date, parse_date_range, search_date
from ingest.records import DocumentMeta, Part

_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_EMPHASIS = re.compile(r"\*\*|__")
_SPACES = re.compile(r"[ \t\u00a0]+")

_OPENING_CHARS = 4000  # where the header of a paper or report sits
_HEADER_LINES = 40
_MAX_TITLE = 120
_MIN_COUNCIL_WEIGHT = 1.0  # at least one mention that is not a partner's

# ModernGov: "Meeting: 23/11/2017 - Overview & Scrutiny Committee (Item 9)", "Decided at meeting: 19/10/2015 - Policy Committee".
_MODERNGOV_MEETING = re.compile(
    r"^(?P<label>Meeting|Decided at meeting)\s*:\s*(?P<date>\d{1,2}/\d{1,2}/\d{2,4})\s*[-–]\s*(?P<committee>.+?)"
    r"(?:\s*\((?P<item>Item\s+[\w.]+)\))?\s*$",
    re.IGNORECASE | re.MULTILINE,
)
# Report cover sheets: "REPORT TO: Children and Young People Scrutiny Sub-Committee 19 September 2017".
_REPORT_TO = re.compile(r"^REPORT\s+TO\s*:\s*(?P<rest>.+)$", re.IGNORECASE | re.MULTILINE)
_AGENDA_ITEM = re.compile(r"^AGENDA\s+ITEM(?:\s+(?:NO\.?|NUMBER))?\s*:?\s*(?P<item>[\w.]+)\s*$", re.IGNORECASE | re.MULTILINE)
_SUBJECT = re.compile(r"^(?:SUBJECT|TITLE|REPORT\s+TITLE)\s*:\s*(?P<title>.+)$", re.IGNORECASE | re.MULTILINE)
_MEETING_DATE = re.compile(r"^(?:DATE\s+OF\s+MEETING|MEETING\s+DATE)\s*:\s*(?P<date>.+)$", re.IGNORECASE | re.MULTILINE)
_REPORT_DATE = re.compile(r"^DATE\s*:\s*(?P<date>.+)$", re.IGNORECASE | re.MULTILINE)
# Minutes headers: "Minutes of the meeting of the Cabinet held on Tuesday 19 September 2017".
_MINUTES_OF = re.compile(
    r"Minutes\s+of\s+(?:an?\s+|the\s+)?(?:(?:extraordinary\s+|special\s+|ordinary\s+)?(?:meeting|proceedings)\s+"
    r"(?:of\s+(?:the\s+)?(?P<committee>[A-Z][^\n]{2,100}?)\s+)?)?held\s+(?P<rest>[^\n]{0,160})",
    re.IGNORECASE,
)
_COMMITTEE_LINE = re.compile(
    r"^(?:[A-Z][\w&'’,-]*\s+){0,10}(?:Committee|Sub-Committee|Panel|Board|Cabinet|Forum)$"
)
_DECISION_DATE = re.compile(r"^Date\s+of\s+decision\s*:\s*(?P<date>.+)$", re.IGNORECASE | re.MULTILINE)
_DECISION_MAKER = re.compile(r"^Decision\s+Maker\s*:\s*(?P<who>.+)$", re.IGNORECASE | re.MULTILINE)
_BODY_WORDS = re.compile(r"\b(?:Cabinet|Committee|Council|Board|Panel|Executive)\b")
# Ofsted: "Inspection of Merton local authority children’s services  Inspection dates: 14 to 18 July 2025".
_INSPECTION_DATES = re.compile(r"Inspection\s+dates?\s*:?\s*", re.IGNORECASE)
_INSPECTION_OF = re.compile(r"Inspection\s+of\s+", re.IGNORECASE)
_AUTHORITY_TAIL = re.compile(r"\s*(?:local\s+authority\s+)?children[’']s\s+services\s*$", re.IGNORECASE)

_MINUTES = re.compile(r"^\s*(?:Minutes\s*:?\s*$|Minutes\s+of\s+)|\bRESOLVED\b|^\s*Resolved\b", re.MULTILINE)
_DECISION = re.compile(r"^(?:#+\s*)?(?:Decision details|Decided at meeting\s*:|Date of decision\s*:|Decision Maker\s*:)",
                       re.IGNORECASE | re.MULTILINE)

# Lines that introduce the title on the next line, on ModernGov pages and agenda extracts.
_INTRODUCERS = frozenset({"agenda item", "issue meetings", "decision details"})
# Headings and lines that are a page's furniture, never its title.
_FURNITURE = _INTRODUCERS | frozenset({
    "minutes", "agenda", "contents", "table of contents", "executive summary", "summary", "introduction",
    "background", "recommendations", "recommendation", "purpose", "purpose of report", "supporting documents",
    "appendix", "appendices", "decision", "public", "official", "official sensitive", "not protectively marked",
    "part a", "part", "report", "judgement grade",
})
_NUMBERED = re.compile(r"^\d+(?:\.\d+)*\.?\s")
_ITEM_NUMBER = re.compile(r"^\d{1,3}[a-z]?\.?\s+(?=[A-Z‘'\"“])")
_FILE_SIZE = re.compile(r"\s+(?:PDF|DOCX?|XLSX?|HTML?)\s+[\d.,]+\s*[KMG]B\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Lines:
    """A part's text as clean lines: tags, entities and markdown emphasis gone, spaces collapsed."""

    lines: tuple[str, ...]

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    @property
    def opening(self) -> str:
        """The opening as one line, for headers that PDFs wrap over several."""
        return " ".join(" ".join(self.lines)[:_OPENING_CHARS].split())


def _clean_lines(text: str) -> _Lines:
    text = html.unescape(_TAG.sub(" ", text))
    lines = (_SPACES.sub(" ", _EMPHASIS.sub("", line)).strip() for line in text.splitlines())
    return _Lines(tuple(lines))


def _clean_title(text: str) -> str:
    text = _SPACES.sub(" ", text.lstrip("#").replace("*", "").strip()).strip(" :-–")
    return _FILE_SIZE.sub("", _ITEM_NUMBER.sub("", text)).strip()


def _words_key(text: str) -> str:
    return " ".join(re.findall(r"[a-z]+", text.lower()))


def item_label(text: str) -> str | None:
    """An agenda item as citations show it: "6", "Item 6", "Agenda item 6." -> "Item 6"; None for nothing."""
    number = re.sub(r"^(?:agenda\s+)?item\s*(?:no\.?\s*)?", "", text.strip(), flags=re.IGNORECASE).strip(" .:")
    return f"Item {number}" if number else None


def _ofsted(opening: str) -> dict[str, object]:
    """An Ofsted inspection report's first page: who was inspected, and when."""
    dates_at = _INSPECTION_DATES.search(opening)
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


def _moderngov(text: str) -> dict[str, object]:
    """ModernGov's "Meeting:" and "Decided at meeting:" lines, and a decision's date and maker."""
    found: dict[str, object] = {}
    if m := _MODERNGOV_MEETING.search(text):
        found["meeting_date"] = parse_date(m["date"])
        found["committee"] = m["committee"].strip()
        if m["item"]:
            found["item"] = item_label(m["item"])
        if m["label"].lower().startswith("decided"):
            found["kind"] = "decision"
    if "meeting_date" not in found and (m := _DECISION_DATE.search(text)):
        found["meeting_date"] = search_date(m["date"])
    if "committee" not in found and (m := _DECISION_MAKER.search(text)) and _BODY_WORDS.search(m["who"]):
        found["committee"] = m["who"].strip()
    return found


def _report_header(lines: _Lines) -> dict[str, object]:
    """A report's cover sheet: REPORT TO (committee and date), AGENDA ITEM, SUBJECT, DATE OF MEETING."""
    head = "\n".join(lines.lines[:_HEADER_LINES])
    found: dict[str, object] = {}
    if m := _REPORT_TO.search(head):
        found["kind"] = "report"
        rest = m["rest"]
        if when := list(DATE.finditer(rest)):
            found["meeting_date"] = parse_date(when[-1].group())
            rest = rest[: when[-1].start()]
        if committee := rest.strip(" ,-–\t"):
            found["committee"] = committee
    if m := _AGENDA_ITEM.search(head):
        found["item"] = item_label(m["item"])
    if m := _SUBJECT.search(head):
        found["title"] = _clean_title(m["title"])
    if "meeting_date" not in found:
        m = _MEETING_DATE.search(head) or ("kind" in found and _REPORT_DATE.search(head))
        if m:
            found["meeting_date"] = search_date(m["date"])
    return found


def _minutes_header(lines: _Lines) -> dict[str, object]:
    """Minutes headed "Minutes of the meeting of X held on <date>", or a committee's name on a line of its own."""
    head = "\n".join(lines.lines[:_HEADER_LINES])
    found: dict[str, object] = {}
    if m := _MINUTES_OF.search(head):
        found["kind"] = "minutes"
        if m["committee"]:
            found["committee"] = m["committee"].strip()
        if when := search_date(m["rest"]):
            found["meeting_date"] = when
    if "committee" not in found:
        for line in [x for x in lines.lines if x][:8]:
            if _COMMITTEE_LINE.match(_clean_title(line)):
                found["committee"] = _clean_title(line)
                break
    return found


def _kind(text: str) -> str:
    if _DECISION.search(text):
        return "decision"
    if _MINUTES.search(text):
        return "minutes"
    return "document"


def _is_furniture(line: str) -> bool:
    return _words_key(line) in _FURNITURE or _NUMBERED.match(line) is not None


def _is_metadata_line(line: str) -> bool:
    return any(p.match(line) for p in (_MODERNGOV_MEETING, _REPORT_TO, _AGENDA_ITEM, _SUBJECT, _MEETING_DATE,
                                       _REPORT_DATE, _DECISION_DATE, _DECISION_MAKER, _INSPECTION_DATES))


def _title_from_lines(lines: _Lines, skip: set[str]) -> str | None:
    """The first heading of the opening; else the line an "Agenda item" introduces; else a short first line."""
    for line in lines.lines[:_HEADER_LINES]:
        if line.startswith("#") and (title := _clean_title(line)) and not _is_furniture(title) and title not in skip:
            return title[:_MAX_TITLE * 2]
    non_empty = [x for x in lines.lines if x]
    for at, line in enumerate(non_empty[:3]):
        if _words_key(line) in _INTRODUCERS and at + 1 < len(non_empty):
            return _clean_title(non_empty[at + 1])[:_MAX_TITLE * 2] or None
    for line in non_empty[:5]:
        title = _clean_title(line)
        if not title or _is_metadata_line(line) or _is_furniture(title) or title in skip or title.endswith(":"):
            continue
        if not re.search(r"[A-Za-z]{2}", title):
            continue
        return title if len(title) <= _MAX_TITLE else None
    return None


def _stem(filename: str) -> str:
    path = urlparse(filename).path if "://" in filename else filename
    return PurePosixPath(path.replace("\\", "/")).stem or filename


def _described(kind: str, council: object, committee: object) -> str | None:
    """A title from what is known when the paper states none: "Hillingdon committee minutes"."""
    if kind not in ("minutes", "report", "agenda") or not (council or committee):
        return None
    body = str(committee) if committee else f"{council} committee"
    return f"{body} {kind}"


def _from_hints(hints: dict[str, str]) -> dict[str, object]:
    """The format's own statements, typed: dates parsed, council made canonical, item as "Item n"."""
    found: dict[str, object] = {}
    for key, value in hints.items():
        value = (value or "").strip()
        if not value:
            continue
        if key in ("meeting_date", "date_end"):
            if (when := parse_date(value) or search_date(value)) is not None:
                found[key] = when
        elif key == "council":
            found[key] = canonical_council(value) or value
        elif key == "item":
            found[key] = item_label(value)
        elif key in ("title", "committee", "kind", "url"):
            found[key] = value
    return found


def _str_or_none(value: object) -> str | None:
    return str(value) if value else None


def extract_meta(part: Part, filename: str) -> DocumentMeta:
    """Metadata for one part: what the format states (hints) wins, then recognised headers, then the text."""
    lines = _clean_lines(part.text)
    text = lines.text
    found: dict[str, object] = {}
    for source in (_minutes_header(lines), _report_header(lines), _moderngov(text), _ofsted(lines.opening)):
        found.update({k: v for k, v in source.items() if v is not None})
    found.update(_from_hints(part.hints))

    if "council" not in found:
        ranked = find_councils(text)
        if ranked and ranked[0][1] >= _MIN_COUNCIL_WEIGHT:
            found["council"] = ranked[0][0]
    kind = found.get("kind") or _kind(text)
    title = (
        found.get("title")
        or _title_from_lines(lines, {str(found.get("committee", ""))})
        or _described(str(kind), found.get("council"), found.get("committee"))
        or _stem(filename)
    )
    meeting_date = found.get("meeting_date")
    date_end = found.get("date_end") or meeting_date
    if isinstance(date_end, date) and isinstance(meeting_date, date) and date_end < meeting_date:
        date_end = meeting_date  # a hint moved the start past an end read from the text
    return DocumentMeta(
        title=str(title),
        council=_str_or_none(found.get("council")),
        committee=_str_or_none(found.get("committee")),
        meeting_date=meeting_date if isinstance(meeting_date, date) else None,
        date_end=date_end if isinstance(date_end, date) else None,
        item=_str_or_none(found.get("item")),
        kind=str(kind),
        url=_str_or_none(found.get("url")),
    )
