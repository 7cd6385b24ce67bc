"""A paper's title: its first heading, the line an "Agenda item" introduces, or a short first line that is no label or
page furniture; else one made from what is known, else the file's name."""
from __future__ import annotations

import re
from pathlib import PurePosixPath
from urllib.parse import urlparse

from ingest.coversheet import is_labelled_line
from ingest.dates import parse_date
from ingest.ofsted import INSPECTION_DATES

_SPACES = re.compile(r"[ \t\u00a0]+")
MAX_TITLE = 120
AGENDA_ITEM = re.compile(r"^AGENDA\s+ITEM(?:\s+(?:NO\.?|NUMBER))?\s*:?\s*(?P<item>[\w.]+)\s*$", re.IGNORECASE | re.MULTILINE)
SUBJECT = re.compile(r"^(?:SUBJECT|TITLE|REPORT\s+TITLE)\s*:\s*(?P<title>.+)$", re.IGNORECASE | re.MULTILINE)

# Lines that introduce the title on the next line, on ModernGov pages and agenda extracts.
_INTRODUCERS = frozenset({"agenda item", "issue meetings", "decision details"})
# Headings and lines that are a page's furniture, never its title.
_FURNITURE = _INTRODUCERS | frozenset({
    "minutes", "agenda", "contents", "table of contents", "executive summary", "summary", "introduction",
    "background", "recommendations", "recommendation", "purpose", "purpose of report", "supporting documents",
    "appendix", "appendices", "decision", "public", "official", "official sensitive", "not protectively marked",
    "part a", "part", "report", "judgement grade",
    # the chrome of ModernGov and CMIS meeting pages
    "agenda and minutes", "agenda decisions and minutes", "agenda and draft minutes", "agenda decisions and draft minutes",
    "meeting details", "meeting summary", "issue decisions", "issue details", "accompanying documents", "calendar",
    "items", "no item", "media", "documents", "decisions published",
})
# "Decision status: Recommendations Approved", "Venue: ...", "Contact: ...": a labelled line, never a title.
_LABELLED = re.compile(r"^[A-Z][A-Za-z ?']{1,40}\??:\s")
_NUMBERED = re.compile(r"^\d+(?:\.\d+)*\.?\s")
_ITEM_NUMBER = re.compile(r"^\d{1,3}[a-z]?\.?\s+(?=[A-Z‘'\"“])")
_FILE_SIZE = re.compile(r"\s+(?:PDF|DOCX?|XLSX?|HTML?)\s+[\d.,]+\s*[KMG]B\s*$", re.IGNORECASE)


def clean_title(text: str) -> str:
    """A heading or line as a title: markdown marks, an item's number and a link's file size gone."""
    text = _SPACES.sub(" ", text.lstrip("#").replace("*", "").strip()).strip(" :-–")
    return _FILE_SIZE.sub("", _ITEM_NUMBER.sub("", text)).strip()


def words_key(text: str) -> str:
    """A text's words in lower case, for comparing headings."""
    return " ".join(re.findall(r"[a-z]+", text.lower()))


def _is_furniture(line: str) -> bool:
    return words_key(line) in _FURNITURE or _NUMBERED.match(line) is not None


def _is_metadata_line(line: str) -> bool:
    return is_labelled_line(line) or any(p.match(line) for p in (AGENDA_ITEM, SUBJECT, INSPECTION_DATES))


# A label alone or a letter's greeting: "Date", "Venue", "Dear Councillor".
_NO_TITLE = re.compile(r"^(?:(?:date|time|venue|location|place)\s*:?$|dear\b)", re.IGNORECASE)
# An address, the day alone (tested with parse_date) and these are no title.
_POSTCODE_END = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\.?$")  # "... LIVINGSTON EH54 6FF"


def title_from_lines(lines: tuple[str, ...], skip: set[str], header_lines: int) -> str | None:
    """The first heading of the opening; else the line an "Agenda item" introduces; else a short first line."""
    for line in lines[:header_lines]:
        if line.startswith("#") and (title := clean_title(line)) and not _is_furniture(title) and title not in skip:
            return title[:MAX_TITLE * 2]
    non_empty = [x for x in lines if x]
    for at, line in enumerate(non_empty[:3]):
        if words_key(line) in _INTRODUCERS and at + 1 < len(non_empty):
            return clean_title(non_empty[at + 1])[:MAX_TITLE * 2] or None
    for line in non_empty[:5]:
        title = clean_title(line)
        if (not title or _is_metadata_line(line) or _is_furniture(title) or title in skip or title.endswith(":")
                or _LABELLED.match(title) or _POSTCODE_END.search(title) or parse_date(line) or _NO_TITLE.match(title)):
            continue
        if not re.search(r"[A-Za-z]{2}", title):
            continue
        return title if len(title) <= MAX_TITLE else None
    return None


def file_stem(filename: str) -> str:
    """A file's name without its folders and suffix (a URL's path too)."""
    path = urlparse(filename).path if "://" in filename else filename
    return PurePosixPath(path.replace("\\", "/")).stem or filename


def described(kind: str, council: object, committee: object) -> str | None:
    """A title from what is known when the paper states none: "Hillingdon committee minutes"."""
    if kind not in ("minutes", "report", "agenda") or not (council or committee):
        return None
    body = str(committee) if committee else f"{council} committee"
    return f"{body} {kind}"
