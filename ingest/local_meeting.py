"""A local council's own meeting: named in its paper's title block, the council's name there or lost; its type named
as the paper's own; and the voice of its minutes (its "Parish Councillors", "parishioners", "Parish Clerk")."""
from __future__ import annotations

import re
from collections import Counter
from functools import cache

from ingest.bodies import whole_types

_TITLE_CHARS = 200  # a flattened page's title, not the business run on after it
# The title block: a status, the month or a site's link above the title line ("DRAFT" / "Minutes for Meeting Planned
# for 15 March 2021" / "Selworthy and Without Parish Council Minutes.", "Skip to main content" / "Parish Council meeting
# was held on"); those present below it begin the business.
_TITLE_LINES = 3
_PRESENT = re.compile(r"^\W*(?:present|in\s+attendance|attendance|members\s+present)\b", re.IGNORECASE)
_OCCASIONS = r"(?:business|ordinary|annual|monthly|extra-?ordinary|special|full|general)"
_OPENING_CHARS = 20000  # the paper's first pages, where it names itself


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


@cache
def _named_types() -> re.Pattern[str]:
    # "the Parish Council": the council speaking of itself, not "Houston Community Council" or "A Smith, Community
    # Council", one of several a paper lists
    # ... or the type alone, after no word or a small one ("Parish Council vacancies", "at subsequent Parish Council
    # meeting"), never after a place's capitalised name; in any case ("MINUTES OF THE PARISH COUNCIL MEETING", "since
    # last parish council in September": a parish's own minutes, round 15), never plural ("Parish Councils (Model Code")
    return re.compile(
        rf"(?P<before>\b[\w'’-]+[ \t]+)?(?P<type>(?i:{'|'.join(re.escape(t) for t in _local_types())}))\b"
        r"(?P<meeting>\s+(?i:meeting)\b)?"
    )


@cache
def _voice() -> re.Pattern[str]:
    # its members "Parish Councillors" ("Town", "Community"), its public "parishioners", its officer the "Parish Clerk"
    # (never "Town Clerk", the City of London's too)
    alternatives = "|".join(re.escape(t.removesuffix(" Council")) for t in _local_types())
    return re.compile(rf"\b(?:(?P<type>{alternatives})\s+Councillors?|Parish\s+Clerk)\b|\bparishioners\b")


def local_council_voice(text: str) -> bool:
    """Whether a paper speaks as a local council's: its members are "Parish Councillors" ("Town", "Community"), its
    public "parishioners", its officer the "Parish Clerk" (never "Town Clerk", the City of London's too)."""
    return _voice().search(text) is not None


def local_voice_type(text: str) -> str | None:
    """The type of local council a paper speaks as, by its first such word ("Present: Parish Councillors A, B",
    "8 parishioners", "the Parish Clerk" -> "Parish Council"); a named council's member ("a North Weald Parish
    Councillor", in a county's minutes) is another council's. None where it speaks as none."""
    for m in _voice().finditer(text):
        if not re.search(r"\b[A-Z][\w'’-]*[ \t]+$", text[max(0, m.start() - 40):m.start()]):
            return f"{m['type'] or 'Parish'} Council"
    return None


def local_type_named(text: str, least: int, bare: bool = True) -> str | None:
    """The local council's type a paper names as itself at least `least` times ("the Parish Council should consider",
    "the Parish Council Office"; with `bare`, "Parish Council vacancies" too), the one named most; None when none is, or
    two are named alike."""
    counts: Counter[str] = Counter()
    opening = text[:_OPENING_CHARS]
    for m in _named_types().finditer(opening):
        before = (m["before"] or "").strip()
        listed = not before and (opening[:m.start()].rstrip(" \t").endswith((",", ";"))  # "A Smith, Community Council"
                                 or opening[m.end("type"):m.end("type") + 2].lstrip(" \t").startswith(":"))  # a consultee
        if before.lower() == "the" or (bare and ((not before and not listed) or before[:1].islower())):
            # "the Parish Council meeting on the above date was held": the record speaking of its own meeting
            counts[m["type"].title()] += 2 if m["meeting"] and before.lower() == "the" else 1
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < least or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]
