"""Whether a paper passes a question's filters: in Python (`matches`) and as a Chroma where clause
(`filters_to_where`), with the same meaning, open to what a paper does not record when the filters say so."""
from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from ingest.council_table import place_words
from ingest.council_variants import canonical_council, county_of
from ingest.records import Chunk, DocumentMeta
from ingest.store import date_to_int
from retrieval.filters import council_key
from retrieval.records import Filters


def filters_to_where(
    filters: Filters, committees: Iterable[str] | None = None, councils: Iterable[str] = ()
) -> dict[str, Any] | None:
    """A Chroma where clause for the filters (None when nothing narrows): council, committee and kind equal,
    and the paper's dates overlapping [since, until]; `latest` is applied by the searcher, not here. With
    `or_unknown`, a paper whose council, committee or dates are not recorded ("" and 0 in the store) passes too,
    and so does a stored council of the same place (`same_place`).

    Given the stored committee names, the committee matches every stored name containing it, as `matches` does.
    """
    unknown = [""] if filters.or_unknown else []
    clauses: list[dict[str, Any]] = []
    if filters.council:
        asked = canonical_council(filters.council) or filters.council.strip()
        alike = sorted({c for c in councils if c != asked and same_place(filters.council, c)}) if unknown else []
        clauses.append(_one_of("council", [asked, *alike, *unknown]))
    if filters.committee:
        wanted = filters.committee.casefold()
        names = sorted({c for c in committees or () if c and wanted in c.casefold()}) or [filters.committee]
        clauses.append(_one_of("committee", [*names, *unknown]))
    if filters.kind:
        clauses.append({"kind": {"$eq": filters.kind}})
    if filters.since:
        since = {"date_end": {"$gte": date_to_int(filters.since)}}
        clauses.append({"$or": [since, {"date_end": {"$eq": 0}}]} if filters.or_unknown else since)
    if filters.until:
        # 0 is an unknown date, which cannot be shown to fall before `until` (but passes with `or_unknown`).
        clauses.append({"date": {"$lte": date_to_int(filters.until)}})
        if not filters.or_unknown:
            clauses.append({"date": {"$gt": 0}})
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}


def _one_of(key: str, values: list[str]) -> dict[str, Any]:
    return {key: {"$in": values}} if len(values) > 1 else {key: {"$eq": values[0]}}


@lru_cache(maxsize=4096)  # read for every paper a filter is tried on, and every passage weighed
def same_place(asked: str, recorded: str) -> bool:
    """Whether a recorded body is of every place the asked council's name says ("Nottinghamshire" and the
    "Nottinghamshire Police and Crime Panel"; not "West Sussex" and "East Sussex"). A shire and its county town
    count as one place ("Worcestershire" and "Worcester"): a county council sits in its county town, and a paper
    that names only its venue is read as the town's. A district and the county it lies in count as one place too, one
    way only: a paper asked of "Great Yarmouth" may be recorded as "Norfolk" (a district's paper names its county, and
    is sometimes read as the county's), but a question of the county does not take in its districts' papers."""
    places = _shire_less(place_words(asked))
    if bool(places) and places <= _shire_less(place_words(recorded)):
        return True
    county = county_of(asked)
    return county is not None and county == (canonical_council(recorded) or recorded.strip())


def _shire_less(places: frozenset[str]) -> frozenset[str]:
    return frozenset(w[: -len("shire")] if w.endswith("shire") and len(w) > len("shire") + 2 else w for w in places)


def matches(filters: Filters, item: Chunk | DocumentMeta) -> bool:
    """Whether a chunk (or a document's metadata) passes the filters, with the semantics of `filters_to_where`
    except that the committee matches case-insensitively as a substring; `latest` is not tested here."""
    open_ = filters.or_unknown
    if filters.council and not (
        (council_key(item.council) == council_key(filters.council) or open_ and same_place(filters.council, item.council))
        if item.council else open_
    ):
        return False
    if filters.committee and (
        filters.committee.casefold() not in item.committee.casefold() if item.committee else not open_
    ):
        return False
    if filters.kind and (item.kind or "").casefold() != filters.kind.casefold():
        return False
    start = item.meeting_date
    end = item.date_end or item.meeting_date
    if filters.since and (end < filters.since if end is not None else not open_):
        return False
    if filters.until and (start > filters.until if start is not None else not open_):
        return False
    return True
