"""Filters from a question without an LLM (`retrieval.passing` applies them to papers).

Inference prefers missing a filter to inventing one: a wrong filter hides the answer, a missing one only
widens the search.
"""
from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from datetime import date, timedelta
from functools import lru_cache

from ingest.council_table import alias_words, words
from ingest.council_variants import canonical_council
from ingest.councils import find_councils
from ingest.dates import MONTH, month_number
from retrieval.records import Clue, Filters
from retrieval.vocabulary import STOPWORDS

INSPECTION_REPORT = "inspection report"
MINUTES = "minutes"


# --- councils --------------------------------------------------------------------------------------------------

# Council names that are also everyday lower-case words: never read as a council when typed in lower case.
_LOWER_CASE_WORDS = frozenset({"reading", "bury", "barking", "hull", "slough", "harrow", "highland", "derby", "poole"})
_WORD = re.compile(r"[A-Za-z]+")


def _councils_in(question: str) -> list[str]:
    """Councils the question names (by `find_councils`, which reads each name in its context), trying again with
    capitals when it names none as typed."""
    found = find_councils(question)
    if not found:
        # People type "croydon": try again with capitals on the words of council names and of the buildings and streets
        # named after places ("merton lodge"), except where the lower-case word means something else (capitals on
        # every word would make "did Croydon say" one longer proper name).
        names = _capitalised_words()

        def capitalise(m: re.Match[str]) -> str:
            word = m.group()
            return word.capitalize() if word.islower() and word in names else word

        capitalised = _WORD.sub(capitalise, question)
        found = find_councils(capitalised)
    return [name for name, _ in found]


@lru_cache(maxsize=1)
def _capitalised_words() -> frozenset[str]:
    """The lower-case words `_councils_in` capitalises when a question names no council as typed."""
    names = alias_words() | {w for entry in words("institutions") for w in entry.split()}
    # ... nor a function word, which typed in lower case is never a place ("take down the trees" is no Down)
    return frozenset(names - _LOWER_CASE_WORDS - STOPWORDS)


@lru_cache(maxsize=4096)
def council_key(name: str) -> str:
    """A council name as compared: its canonical form, case-folded."""
    return (canonical_council(name) or name).strip().casefold()


def resolve_council(name: str, known: Iterable[str]) -> str | None:
    """The stored council name that `name` means ("LBTH" -> "Tower Hamlets"), or None when no stored one does."""
    key = council_key(name)
    return next((k for k in known if k and council_key(k) == key), None)


# --- committees -------------------------------------------------------------------------------------------------

_COMMITTEE_NOISE = re.compile(r"\b(?:the|of|and|committee|sub|subcommittee|meeting)\b")


def _committee_key(name: str) -> str:
    words = re.sub(r"[^a-z0-9]+", " ", name.casefold().replace("&", " and "))
    return " ".join(_COMMITTEE_NOISE.sub(" ", words).split())


def resolve_committee(name: str, known: Iterable[str]) -> str | None:
    """The stored committee name that `name` means: an exact match, then one ignoring case, punctuation and
    words like "committee", then the shortest stored name containing it; None when none does."""
    names = [k for k in dict.fromkeys(known) if k]
    wanted = name.strip()
    if not wanted:
        return None
    if wanted in names:
        return wanted
    folded = [k for k in names if k.casefold() == wanted.casefold()]
    if folded:
        return folded[0]
    key = _committee_key(wanted)
    if not key:
        return None
    same = [k for k in names if _committee_key(k) == key]
    if same:
        return min(same, key=len)
    containing = [k for k in names if f" {key} " in f" {_committee_key(k)} " or wanted.casefold() in k.casefold()]
    return min(containing, key=len) if containing else None


# "West Sussex County Council", "Leeds City Council": an authority's own name, never its committee "County Council".
# The name before the tier is capitalised words that are not question or function words ("What County Council ...").
_AUTHORITY = re.compile(
    r"\b(?:(?:[A-Z][\w'’&.-]*|and|of|upon|on)\s+)*?[A-Z][\w'’&.-]*\s+"
    r"(?:County|City|Borough|District|Metropolitan\s+Borough|Town|Parish|Community)\s+Council\b"
)
_NOT_A_NAME = frozenset("the what which who when where why how did does do was were is are has have had at in on of "
                        "for by to from and a an".split())


def _without_authorities(question: str) -> str:
    """The question with each "<Name> County/City/... Council" blanked, so that no committee is read in it."""
    def blank(m: re.Match[str]) -> str:
        words = m.group().split()
        lead = 0
        while lead < len(words) and words[lead].casefold() in _NOT_A_NAME:
            lead += 1
        tier = 3 if words[-3:-1] == ["Metropolitan", "Borough"] else 2
        return m.group() if lead >= len(words) - tier else " ".join(words[:lead]) + " "

    return _AUTHORITY.sub(blank, question)


def _committee_in(question: str, committees: Iterable[str]) -> str | None:
    """A stored committee the question names in full; one-word names ("Council", "Cabinet") are too common to trust,
    and an authority's own name ("Kent County Council") names no committee."""
    text = f" {' '.join(_committee_words(_without_authorities(question)))} "
    named = [c for c in committees if len(words := _committee_words(c)) > 1 and f" {' '.join(words)} " in text]
    return max(named, key=len) if named else None


def _committee_words(text: str) -> list[str]:
    return re.sub(r"[^a-z0-9]+", " ", text.casefold().replace("&", " and ")).split()


# --- dates ------------------------------------------------------------------------------------------------------

# A year standing alone: not part of "2023/24", "2023-24", "£2020", "2,020", "2020.5", "2020%".
_YEAR = r"(?<![\d/£$.,-])(?P<{}>(?:19|20)\d\d)(?![\d%]|[/-]\d|[.,]\d)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_WHEN = re.compile(
    rf"(?P<iso>(?<!\d)(?P<iy>(?:19|20)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d)(?!\d))"
    rf"|(?P<numeric>(?<![\d/])(?P<nd>[0-3]?\d)/(?P<nm>[01]?\d)/(?P<ny>(?:19|20)\d\d)(?![\d/]))"
    rf"|(?:{_DAY}\s+(?:of\s+)?)?(?<![a-z])(?P<month>{MONTH})(?![a-z])\.?,?\s+{_YEAR.format('my')}"
    rf"|{_YEAR.format('year')}",
    re.IGNORECASE,
)
# The words before a date say what it bounds.
_ROLES = (
    ("span", re.compile(r"\b(?:between|from)\s*$", re.IGNORECASE)),
    ("after", re.compile(r"\b(?:after|later\s+than|post)\s*$", re.IGNORECASE)),
    ("since", re.compile(r"\b(?:since|starting(?:\s+in|\s+from)?|onwards?\s+from)\s*$", re.IGNORECASE)),
    ("before", re.compile(r"\b(?:before|prior\s+to|earlier\s+than|pre)\s*$", re.IGNORECASE)),
    ("until", re.compile(r"\b(?:until|till|up\s+to|through|to)\s*$", re.IGNORECASE)),
    ("during", re.compile(r"(?:\b(?:in|during|throughout|for|of|on|at|over|the|and)|['’]s)\s*$", re.IGNORECASE)),
)
# "2000 cases", "1800 referrals": a count, not a year (the verbs are not plurals).
_PLURAL_NEXT = re.compile(r"\s+([a-z]+[^s\W]s)\b")
_NOT_PLURAL = frozenset({"was", "has", "does", "this", "its", "thus", "plus", "his", "hers", "yes", "gas", "bus"})
_RELATIVE = re.compile(
    r"\b(?P<the>the\s+)?(?P<which>last|this|past|previous)\s+(?:(?P<n>\d{1,2}|two|three|four|five)\s+)?"
    r"(?P<unit>years?|months?)\b",
    re.IGNORECASE,
)
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5}


def _period(m: re.Match[str]) -> tuple[date, date] | None:
    """First and last day of what one date expression states: a day, a month or a year."""
    try:
        if m["iso"]:
            day = date(int(m["iy"]), int(m["im"]), int(m["id"]))
            return day, day
        if m["numeric"]:
            day = date(int(m["ny"]), int(m["nm"]), int(m["nd"]))
            return day, day
        year = int(m["my"] or m["year"])
        if m["month"]:
            month = month_number(m["month"])
            if m["day"]:
                day = date(year, month, int(m["day"]))
                return day, day
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        return date(year, 1, 1), date(year, 12, 31)
    except ValueError:  # "31 February 2024"
        return None


def _financial_year_start(day: date) -> date:
    """1 April of the financial year holding `day`: a council's year runs 1 April to 31 March (Local Government Act
    1972, s. 270: "financial year" means the period of twelve months ending with 31st March)."""
    return date(day.year if day.month >= 4 else day.year - 1, 4, 1)


def _relative(m: re.Match[str], today: date) -> tuple[date, date]:
    """"last year", "this year", "the past two years", "last month": a period ending today or before. A council's
    "this year" or "last year" may be the calendar year or the financial year, so it covers both."""
    which, unit, n = m["which"].lower(), m["unit"].lower(), m["n"]
    calendar_period = not n and not m["the"] and which != "past"
    if calendar_period and unit == "year":
        financial = _financial_year_start(today)
        if which == "this":
            return min(date(today.year, 1, 1), financial), today
        previous = financial.replace(year=financial.year - 1)
        return min(date(today.year - 1, 1, 1), previous), min(max(date(today.year - 1, 12, 31), financial - timedelta(days=1)), today)
    if calendar_period and unit == "month":
        if which == "this":
            return today.replace(day=1), today
        end = today.replace(day=1) - timedelta(days=1)
        return end.replace(day=1), end
    count = int(n) if n and n.isdigit() else _NUMBER_WORDS.get((n or "").lower(), 1)
    days = 365 * count if unit.startswith("year") else 31 * count
    return today - timedelta(days=days), today


def _role(before: str) -> str:
    return next((role for role, pattern in _ROLES if pattern.search(before)), "")


def _is_count(question: str, m: re.Match[str]) -> bool:
    nxt = _PLURAL_NEXT.match(question, m.end())
    return bool(nxt) and nxt.group(1) not in _NOT_PLURAL


# "between 24 May and 12 June 2017": the range's first day takes the year its last one states.
_YEARLESS_START = re.compile(
    rf"(?P<start>\b[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}(?![a-z]))(?=\s*(?:and|to|until|till|-|–)\s*"
    rf"(?:[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?)?{MONTH}(?![a-z])\.?,?\s+(?P<year>(?:19|20)\d\d)\b)",
    re.IGNORECASE,
)


def _dates(question: str, today: date) -> tuple[date | None, date | None, tuple[str, ...]]:
    """The period the question names, and the words that name it."""
    question = _YEARLESS_START.sub(lambda m: f"{m['start']} {m['year']}", question)
    lows: list[date] = []  # "since", "after"
    highs: list[date] = []  # "until", "before"
    spans: list[tuple[date, date]] = []  # "in 2017", "between 2018 and 2020": the periods asked about
    words: list[str] = []
    opened: date | None = None  # "between 2018" waiting for "and 2020"
    for m in _WHEN.finditer(question):
        role = _role(question[: m.start()])
        if not (m["iso"] or m["numeric"] or m["month"]):
            # A bare number is a year only when a date word governs it and no count noun follows it.
            if not role or not 1990 <= int(m["year"]) <= today.year + 1 or _is_count(question, m):
                continue
        period = _period(m)
        if period is None:
            continue
        words.append(m.group().strip())
        start, end = period
        if opened is not None and role in ("during", "until"):  # "and 2020", "to March 2021"
            spans.append((opened, end))
            opened = None
        elif role == "span":
            opened = start
        elif role == "after":
            lows.append(end + timedelta(days=1))
        elif role == "since":
            lows.append(start)
        elif role == "before":
            highs.append(start - timedelta(days=1))
        elif role == "until":
            highs.append(end)
        else:
            spans.append((start, end))
    if opened is not None:  # "from 2019" with no end
        lows.append(opened)
    for m in _RELATIVE.finditer(question):  # "this year compared with last year": both
        spans.append(_relative(m, today))
        words.append(m.group().strip())
    since = min((s for s, _ in spans), default=None)
    until = max((e for _, e in spans), default=None)
    if lows:
        since = max(lows + ([since] if since else []))
    if highs:
        until = min(highs + ([until] if until else []))
    if since and until and since > until:
        return None, None, ()  # contradictory: better no date filter than an impossible one
    return since, until, tuple(words)


# --- latest and kind --------------------------------------------------------------------------------------------

_LATEST = re.compile(
    r"\b(?:latest|most\s+recent(?:ly)?|newest|last\s+inspected|(?:the|its|their|his|her|s|our)\s+(?:very\s+)?last"
    r"(?:\s+[\w-]+){0,2}?\s+(?:meeting|meetings|inspection|report|visit|minutes|session|review|judgement|judgment))\b",
    re.IGNORECASE,
)
_INSPECTION = re.compile(
    r"\b(?:inspection\s+reports?|ofsted\s+reports?|report\s+by\s+ofsted|lead\s+inspector|ilacs"
    r"|(?:latest|last|most\s+recent|recent|ofsted|ofsted's|full|focused|standard|short|previous)\s+inspection"
    r"|inspection\s+of\s+(?-i:[A-Z])\w+|last\s+inspected|(?:19|20)\d\d\s+inspection"
    r"|(?:who|which\s+inspectors?)\s+(?:led|carried\s+out|conducted)\s+the\s+inspection"
    r"|inspectors?\s+(?:found|said|say|judged|noted|rated|concluded)"
    r"|the\s+inspection\s+(?:find|found|say|said|judge|judged|rate|rated|conclude|concluded))",
    re.IGNORECASE,
)
# The papers of a meeting about an inspection are not the inspection report.
_MEETING_WORDS = re.compile(
    r"\b(?:committee|members|councillors?|cllr|meeting|minutes|scrutiny|cabinet|panel|board|discussed|resolved"
    r"|agenda)\b",
    re.IGNORECASE,
)
_MINUTES = re.compile(r"(?<![\w-])minutes\b", re.IGNORECASE)
_DURATION_BEFORE = re.compile(
    r"(?:\d+|few|several|ten|five|twenty|thirty|fifteen|forty|sixty|many|couple\s+of|more|less|fewer)\s*$",
    re.IGNORECASE,
)


def _kind(question: str) -> tuple[str | None, str]:
    """The kind of paper the question asks about, and the words that say so."""
    for m in _MINUTES.finditer(question):
        if not _DURATION_BEFORE.search(question[: m.start()]):
            return MINUTES, m.group()
    inspection = _INSPECTION.search(question)
    if inspection and not _MEETING_WORDS.search(question):
        return INSPECTION_REPORT, inspection.group()
    return None, ""


# --- inference --------------------------------------------------------------------------------------------------


def read_filters(
    question: str, today: date | None = None, committees: Iterable[str] = ()
) -> tuple[Filters, tuple[Clue, ...]]:
    """Filters a question states (council, dates, "the latest", the kind of paper, a stored committee named in full),
    each with the words that gave it."""
    today = today or date.today()
    councils = _councils_in(question)
    since, until, when = _dates(question, today)
    committee = _committee_in(question, committees)
    kind, kind_words = _kind(question)
    latest = _LATEST.search(question)
    filters = Filters(
        council=councils[0] if len(councils) == 1 else None,  # two councils: a comparison, so neither alone
        committee=committee,
        since=since,
        until=until,
        kind=kind,
        latest=latest is not None,
    )
    clues = [
        *([Clue("council", filters.council)] if filters.council else []),
        *([Clue("committee", committee)] if committee else []),
        *(Clue("dates", w) for w in (when if since or until else ())),
        *([Clue("kind", kind_words)] if kind else []),
        *([Clue("latest", latest.group())] if latest else []),
    ]
    return filters, tuple(clues)


def infer_filters(question: str, today: date | None = None, committees: Iterable[str] = ()) -> tuple[Filters, str]:
    """Filters a question states, as `read_filters` reads them, and the question to search with, which keeps every
    word: place and date words also match the passages."""
    return read_filters(question, today, committees)[0], question
