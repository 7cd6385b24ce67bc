"""Weak hints from where a file sits: council, committee and date in its name and its folders.

Real collections name files "kent_2024-03-05_cabinet-minutes.pdf", "2024-03-05 Cabinet minutes.pdf" or ModernGov's
"Decisions 12th-Sep-2012 18.30 Cabinet.pdf", and keep them in folders named after a council or a committee. These
are used only where the text says nothing; a council counts only when the gazetteer knows it, or when the name is a
local council's in full ("mumby-parish-council-2020-11.pdf"): no gazetteer lists the ten thousand of them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from datetime import date
from pathlib import PurePosixPath
from urllib.parse import unquote, urlparse

from ingest.bodies import clean_committee, local_type, names_a_body, title_case, whole_body
from ingest.council_variants import canonical_council, english_local_name
from ingest.dates import DATE, parse_date

_FOLDERS = 3  # the file's folder and two above it ("Kent/Cabinet/2024-03-05/agenda.pdf")
# Not the year of a day-month-year ("DR=19-08-2021-02-09-2021": two days, not 9 February 2021).
_ISO = re.compile(r"(?<!\d)(?<!\d[-_.]\d\d[-_.])(?<!\d[-_.]\d[-_.])(\d{4})[-_.]?(\d{2})[-_.]?(\d{2})(?!\d)")
_SEPARATORS = re.compile(r"[_\-+.\s]+")
_TIME = re.compile(r"\b\d{1,2}[.:]\d{2}\s*(?:[ap]m)?\b", re.IGNORECASE)
# What a file is, not who met: "minutes", "agenda", "reports pack"; dropped before the body is read.
_PAPER_WORDS = frozenset(
    "minutes minute agenda agendas decisions decision record records report reports pack frontsheet draft printed "
    "public supplement supplementary item items notice published issue details summary document documents".split()
)
_MAX_COUNCIL_WORDS = 6
_NO_NAME = frozenset({"of", "the", "a", "an", "meeting", "meetings", "held", "on", "and"})
# A body word alone, or left alone once the occasion is dropped ("committee-report", "urgent-meeting"), names no body.
_GENERIC = frozenset({"committee", "meeting", "sub-committee"})
# Words that tell which meeting, not whose: "business-meeting-minutes" (a community council's), "minutes-of-previous-meeting"
# name no body.
_OCCASIONS = frozenset("business ordinary extraordinary extra special annual monthly general public open previous next last".split())
_SIZE_UNITS = frozenset({"kb", "mb", "bytes"})  # "53-kb-...": a download's size after its number
_JOINING = frozenset({"and", "&", "of"})  # words that carry a place on into a longer name


@dataclass(frozen=True, slots=True)
class Hint:
    """One field's value and where it was read: "file name" or "folder"."""

    value: object
    source: str


def _iso(text: str) -> tuple[date | None, str]:
    """The first year-month-day date in a name (2024-03-05, 20240305), and the name without it."""
    for m in _ISO.finditer(text):
        try:
            return date(int(m[1]), int(m[2]), int(m[3])), text[: m.start()] + " " + text[m.end():]
        except ValueError:
            continue
    return None, text


def _date(text: str) -> tuple[date | None, str]:
    found, rest = _iso(text)
    if found:
        return found, rest
    spaced = _SEPARATORS.sub(" ", _TIME.sub(" ", text))
    if m := DATE.search(spaced):
        return parse_date(m.group().strip()), spaced[: m.start()] + " " + spaced[m.end():]
    return None, text


def _words(text: str) -> list[str]:
    """The name's words after any number that comes before them: a number is an id, a size or a page, never part of a
    body's name ("docslib-10137894-west-dunbartonshire-council", "53-kb-council-minutes"); a trailing one stays
    ("licensing-sub-committee-no-5")."""
    words = [w for w in _SEPARATORS.split(text) if w]
    last = None
    for n, word in enumerate(words[:-1]):
        if names_a_body(word.title()):
            break  # numbers after a body's word are the meeting's time or serial ("cabinet-...-11-00-am")
        if word.isdigit():
            last = n
    if last is not None:
        words = words[last + 1:]
        while words[:1] and words[0].lower() in _SIZE_UNITS:
            words = words[1:]
    return words


@lru_cache(maxsize=4096)
def _known(name: str) -> str | None:
    return canonical_council(name)


def _council(words: list[str], whole: bool = False) -> tuple[str | None, list[str]]:
    """The longest run of leading words the gazetteer knows as a council (with `whole`, all of them), and the rest."""
    if whole:
        return (found, []) if words and (found := _known(" ".join(words))) else (None, words)
    for n in range(min(_MAX_COUNCIL_WORDS, len(words)), 0, -1):
        if found := _known(" ".join(words[:n])):
            if words[n:n + 1] and words[n].lower() in _JOINING:
                return None, words  # "devon-and-somerset-...": the place starts a longer name, not the council's
            return found, words[n:]
    return None, words


def _joint_body(words: list[str], later: list[str]) -> tuple[str | None, str | None] | None:
    """(the authority the gazetteer knows, or None; its body) when the words open with a joint authority's whole name
    ("devon-and-somerset-fire-and-rescue-authority" -> its type; "tees-valley-combined-authority-cabinet" -> its
    Cabinet; the body may be in the `later` parts of the name); else None."""
    words = [w for w in words if w.lower() not in _PAPER_WORDS]
    for end in range(2, len(words) + 1):
        whole = whole_body(title_case(" ".join(words[:end])))
        if whole and whole[1] != "Council":
            return _authority(whole[0]), _committee(words[end:] + later, bare_ok=True) or whole[1]
    return None


# Words before a local council's place in a file's name: "minutes-of-the-meeting-of-the-shepton-mallet-town-council",
# "agenda-for-town-council-meeting" (no place: the town council's own page).
_BEFORE_PLACE = re.compile(r"^(?:.*\b(?:of|for|the|meeting|held|on|at)\s+)", re.IGNORECASE)


def _authority(name: str | None) -> str | None:
    """A joint authority the gazetteer knows, or a local council by its own name ("mumby-parish-council" -> "Mumby
    Parish Council"), which no gazetteer lists."""
    if not name:
        return None
    if known := _known(name):
        return known
    local = _BEFORE_PLACE.sub("", name)
    if not ((kind := local_type(local)) and (whole := whole_body(local)) and whole[0] == local):
        return None
    return english_local_name(local, kind)  # "cyngor-tref-ystradgynlais-town-council": the English name


def _committee(words: list[str], bare_ok: bool) -> str | None:
    """The body the words name: up to the first body word ("planning committee minutes" -> "Planning Committee")."""
    words = [w for w in words if w.lower() not in _PAPER_WORDS]
    while words and words[0].lower() in _NO_NAME:
        words = words[1:]  # "minute-of-meeting-houston-...-local-area-committee": the paper's words before the body
    for end in range(1, len(words) + 1):
        name = " ".join(words[:end])
        last = words[end - 1].lower()
        if {w.lower() for w in words[:end]} <= _NO_NAME:
            continue  # "of-the-meeting-held-on": the paper's words, no body
        if names_a_body(name.title()) and names_a_body(last.title()):
            if last.endswith("s") and names_a_body(last[:-1].title()):
                return None  # "Committees", "Councils": a collection, not a body
            if end == 1 and not bare_ok and last not in ("cabinet", "council", "executive"):
                return None
            if end < len(words) and words[end].lower() in ("sub", "subcommittee"):
                continue
            if end > 2 and words[end - 2].lower() in ("the", "a", "an"):
                return None  # "unadopted-minutes-of-the-meeting": a phrase about the paper, no body's name
            body = clean_committee(name if any(c.isupper() for c in name) else title_case(name))
            occasion = {w.lower() for w in body.split()[:-1]} <= _OCCASIONS and last == "meeting"
            return None if body.lower() in _GENERIC or occasion else body
    return None


def hints_from_path(path: str) -> dict[str, Hint]:
    """Council, committee and meeting date that a file's name and its nearest folders suggest."""
    if "://" in path:
        path = unquote(urlparse(path).path)
    pure = PurePosixPath(path.replace("\\", "/"))
    found: dict[str, Hint] = {}
    when, rest = _date(pure.stem)
    segments = [s for s in rest.split("_") if s.strip(" -")] if "_" in pure.stem else [rest]
    council, words = None, [w for s in segments for w in _words(s)]
    committee = None
    for n, segment in enumerate(segments[:2]):  # "kent_2024-03-05_cabinet", "000_croydon_minutes"
        later = [w for s in segments[n + 1:] for w in _words(s)]
        if joint := _joint_body(_words(segment), later):  # a place inside a joint body's name is not a council
            council, committee = joint
            break
        council, after = _council(_words(segment), whole=len(segments) > 1)
        if council:
            words = after + later
            break
    committee = committee or _committee(words, bare_ok=True)
    for key, value in (("council", council), ("committee", committee), ("meeting_date", when)):
        if value:
            found[key] = Hint(value, "file name")
    for folder in list(pure.parents)[:_FOLDERS]:
        name = folder.name
        if not name or name in (".", ".."):
            continue
        folder_date, folder_rest = _date(name)
        words = _words(folder_rest)
        folder_council, after = _council(words, whole=True)
        hinted = {
            "council": folder_council if folder_council and not after else None,
            "committee": _committee(after if folder_council else words, bare_ok=False),
            "meeting_date": folder_date if folder_date and not words else None,
        }
        for key, value in hinted.items():
            if value and key not in found:
                found[key] = Hint(value, "folder")
    return found
