"""Which papers a question's filters admit: the filters in words, the part of them the question inferred, a
search open to papers that do not record what the filters ask, and whether a passage from beyond them still
bears on them."""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache

from ingest.council_table import place_words
from ingest.councils import find_councils
from ingest.dates import spelt
from ingest.records import Chunk
from retrieval.passing import matches
from retrieval.filters import INSPECTION_REPORT
from retrieval.records import Filters, Hit


def describe(filters: Filters) -> str:
    """Filters in words: "council Merton, dated 1 July 2018 to 31 July 2018"."""
    if filters.since and filters.until:
        dates = f"dated {spelt(filters.since)} to {spelt(filters.until)}"
    elif filters.since or filters.until:
        dates = f"dated from {spelt(filters.since)}" if filters.since else f"dated up to {spelt(filters.until)}"
    else:
        dates = ""
    parts = [
        f"council {filters.council}" if filters.council else "",
        f"committee {filters.committee}" if filters.committee else "",
        dates,
        f"{_plural(filters.kind)} only" if filters.kind else "",
        "the latest only" if filters.latest else "",
    ]
    return ", ".join(p for p in parts if p)


def _plural(kind: str) -> str:
    """A paper kind in the plural: "minutes only", "decisions only", "inspection reports only"."""
    return kind if kind.endswith("s") else f"{kind}s"


def beyond(inferred: Filters) -> str:
    """The note for an answer found by dropping inferred filters."""
    return f"Searched beyond what the question implies ({describe(inferred)}): those papers gave too little evidence."


def also_beyond(inferred: Filters) -> str:
    """The note for an answer whose passages include some from papers not recorded as the question implies."""
    return (f"Also searched papers not recorded as the question implies ({describe(inferred)}): many papers do "
            "not state their council, committee or date.")


def elsewhere(inferred: Filters) -> str:
    """The note for a refusal whose closest material is all from papers recorded as outside the question's scope."""
    return f"No paper is about what the question names ({describe(inferred)}); the closest material is from others."


def opened(filters: Filters) -> str:
    """The note for an answer found among papers that do not record what the caller's filters ask."""
    return (f"Also searched papers that do not record their council, committee or date ({describe(filters)}): "
            "those that do gave too little evidence.")


def inferred_only(applied: Filters, explicit: Filters) -> Filters:
    """The part of the applied filters that came from the question rather than from the caller."""
    return Filters(
        council=applied.council if not explicit.council else None,
        committee=applied.committee if not explicit.committee else None,
        since=applied.since if not explicit.since else None,
        until=applied.until if not explicit.until else None,
        kind=applied.kind if not explicit.kind else None,
        latest=applied.latest and not explicit.latest,
    )


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_WORDS = re.compile(r"[A-Za-z]+")


def about(chunk: Chunk, wanted: Filters) -> bool:
    """Whether a passage from beyond the inferred filters still bears on them: its council is theirs or named in
    it (or the place words of the asked body's name all are: a paper read as "East Hertfordshire" that speaks of
    Hertfordshire's police and crime panel), or unknown (many papers never state their council: it cannot be shown to be another's); and its date or a
    year it names falls in their years (minutes of September 2018 on "the July 2018 visit"), or it is undated."""
    # The paper's file name counts as its words: "north-somerset_2016-05-11_planning-minutes.txt".
    name = re.sub(r"[-_.]+", " ", (chunk.source or "").replace("\\", "/").rsplit("/", 1)[-1])
    text = "\n".join((chunk.title, *chunk.headings, chunk.text, name))
    if wanted.council and not matches(Filters(council=wanted.council, or_unknown=True), chunk):
        if wanted.council.casefold() not in text.casefold() and wanted.council.casefold() not in _councils_named(text):
            places = place_words(wanted.council)
            if not (places and places <= {w.casefold() for w in _WORDS.findall(text)}):
                return False
    # An undated paper cannot be shown to be outside the period; its passages are shown under "undated".
    if (wanted.since or wanted.until) and chunk.meeting_date is not None:
        low = wanted.since.year if wanted.since else 0
        high = wanted.until.year if wanted.until else 9999
        years = {int(y) for y in _YEAR.findall(text)}
        years.update(d.year for d in (chunk.meeting_date, chunk.date_end) if d)
        if not any(low <= year <= high for year in years):
            return False
    return True


@lru_cache(maxsize=4096)
def _councils_named(text: str) -> frozenset[str]:
    """The councils a passage names, casefolded: the wider search of every question with an inferred council reads
    the same passages again."""
    return frozenset(name.casefold() for name, _ in find_councils(text))


# How a question's inferred filters weigh a passage (reciprocal-rank fusion of the filtered search and a wider one):
# the filtered search's rank counts in full; in the wider search a paper recorded as asked counts in full too, one
# that cannot be shown to be outside the filters (`about`) by ABOUT_WEIGHT. Chosen by evals/scope_grid.py on the
# tuning sets.
_RANK_K = 60
ABOUT_WEIGHT = 2.0  # evals/reports/scope_grid.json: best mean answered Recall@5 over the four tuning sets
WIDE_FACTOR = 2  # the wider search looks this many times as deep


def open_filters(filters: Filters) -> Filters:
    """The filters, also letting through papers that do not record what they ask."""
    return replace(filters, or_unknown=True)


def soft_ranked(
    strict: Sequence[Hit], wide: Sequence[Hit], recorded: Callable[[Hit], bool], admitted: Callable[[Hit], bool],
    k: int, weight: float | None = None,
) -> list[Hit]:
    """The best k passages of a filtered search (`strict`) and a wider one, fused by reciprocal rank: a wider hit
    counts in full when `recorded` as the filters ask, by `weight` when merely `admitted`, not at all otherwise."""
    weight = ABOUT_WEIGHT if weight is None else weight
    score: dict[str, float] = {}
    best: dict[str, Hit] = {}
    ranked = [(h, 1.0) for h in strict], [(h, 1.0 if recorded(h) else weight if admitted(h) else 0.0) for h in wide]
    for hits in ranked:
        for rank, (hit, w) in enumerate(hits, start=1):
            if w:
                key = hit.chunk.chunk_id
                score[key] = score.get(key, 0.0) + w / (_RANK_K + rank)
                best.setdefault(key, hit)
    return sorted(best.values(), key=lambda h: -score[h.chunk.chunk_id])[:k]


# Words before a date that make it something to come ("be brought to the April 2015 meeting", "due by spring 2023").
_AHEAD = re.compile(
    r"\b(?:to|until|by|before|due|expected|planned|scheduled|next|between\s+now\s+and|will|would|in\s+time\s+for)"
    r"(?:\s+[\w’'-]+){0,5}\s*$",
    re.I,
)


def keeps_period(chunk: Chunk, named: Filters, meeting: bool) -> bool:
    """Whether a passage is from the council and period the question names: its paper dated in the period (or, for
    minutes about an event the question dates, after it); undated, unless it only looks ahead to the period. A
    meeting the question dates must be the paper's own date, and so must an inspection, for an inspection report."""
    if not (named.since or named.until):
        return True
    if named.council and not matches(Filters(council=named.council, or_unknown=True), chunk):
        return False  # a paper that does not record its council cannot be shown to be another's
    start = chunk.meeting_date
    if start is None:  # an inspection's or a meeting's own paper must be dated in the period; other papers may be
        if named.kind == INSPECTION_REPORT:
            return False
        return not _only_ahead(chunk.text, named)
    if matches(Filters(since=named.since, until=named.until), chunk):
        return True
    reports_on = not meeting and chunk.kind != INSPECTION_REPORT  # a later paper may report on the period
    return reports_on and (named.since is None or start >= named.since)


def _only_ahead(text: str, named: Filters) -> bool:
    """Whether every mention of the named period's years in the text looks ahead to it ("due by spring 2023")."""
    low = named.since.year if named.since else 0
    high = named.until.year if named.until else 9999
    ahead = [bool(_AHEAD.search(text[max(0, m.start() - 80) : m.start()]))
             for m in _YEAR.finditer(text) if low <= int(m.group()) <= high]
    return bool(ahead) and all(ahead)


def held_then(hits: Sequence[Hit], kept: set[int], named: Filters) -> bool:
    """Whether a kept passage's paper is of a meeting held in the period the question names, so that its dates say
    which meeting rather than what was asked ("minutes of 3 February 2021" approved at a later meeting are the topic)."""
    period = Filters(since=named.since, until=named.until)
    return bool(named.since or named.until) and any(
        hits[i].chunk.meeting_date and matches(period, hits[i].chunk) for i in kept)
