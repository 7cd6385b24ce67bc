"""Which councils to sync, as data: a `sources.toml` with one `[[source]]` table a site.

    [[source]]
    type = "moderngov"                       # the kind of committee system (one module in ingest/sync/ each)
    url = "https://democracy.example.gov.uk" # the site's address
    council = "Example"                      # optional: read from the address when the gazetteer knows it
    committees = ["Cabinet", "Audit Committee"]  # optional: names or ids; all committees when left out
    since = 2024-01-01                       # optional: meetings from this date (default: a year ago)
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urlparse

from ingest.council_address import council_from_address
from ingest.sync.moderngov import ModernGovSource

SOURCE_TYPES = {"moderngov": ModernGovSource}
DEFAULT_DAYS = 365


class SourcesError(ValueError):
    """A sources file or source that cannot be used; the message is one line."""


@dataclass(frozen=True, slots=True)
class SourceSpec:
    """One site to sync and what to take from it."""

    kind: str
    url: str
    council: str
    committees: tuple[str, ...] = ()
    since: date | None = None
    until: date | None = None


def council_for(url: str, given: str | None) -> str:
    """The council a site belongs to: as given, else read from its address ("democracy.kent.gov.uk" -> Kent)."""
    if given:
        return given
    found = council_from_address(urlparse(url).netloc or url)
    if not found:
        raise SourcesError(f"cannot tell which council {url} belongs to: name it (--council, or council = in sources.toml)")
    return found[0][0]


def spec(kind: str, url: str, council: str | None = None, committees=(), since=None, until=None) -> SourceSpec:
    """A checked source: a known type and an http(s) address."""
    if kind not in SOURCE_TYPES:
        raise SourcesError(f"unknown source type '{kind}': choose {', '.join(sorted(SOURCE_TYPES))}")
    if urlparse(url).scheme not in ("http", "https") or not urlparse(url).netloc:
        raise SourcesError(f"'{url}' is not an http(s) address")
    for name, value in (("since", since), ("until", until)):
        if value is not None and not isinstance(value, date):
            raise SourcesError(f"{name} = {value!r} is not a date (write it as 2024-01-01)")
    return SourceSpec(kind, url, council_for(url, council), tuple(str(c) for c in committees or ()), since, until)


def load_sources(path: Path) -> list[SourceSpec]:
    """The sources a sources.toml lists (raises SourcesError naming the file)."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise SourcesError(f"cannot read {path}: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise SourcesError(f"{path}: {exc}") from None
    tables = data.get("source", [])
    if not isinstance(tables, list) or not tables:
        raise SourcesError(f"{path} lists no [[source]]")
    out = []
    for n, t in enumerate(tables, 1):
        if not isinstance(t, dict) or "url" not in t:
            raise SourcesError(f"{path}: source {n} has no url")
        try:
            out.append(spec(t.get("type", "moderngov"), t["url"], t.get("council"), t.get("committees", ()),
                            t.get("since"), t.get("until")))
        except SourcesError as exc:
            raise SourcesError(f"{path}: source {n}: {exc}") from None
    return out


def default_since(today: date) -> date:
    """Where a sync starts when no date is given."""
    return today - timedelta(days=DEFAULT_DAYS)


@dataclass(frozen=True)
class Prepared:
    """A source ready to sync: the source object, its fetcher, the date range and its mirror folder."""

    source: object
    fetcher: object
    span: object
    folder: Path


def prepare(s: SourceSpec, mirror_root: Path, rate: float, today: date, folder: Path | None = None) -> Prepared:
    """The fetcher, source and range for a spec, mirrored under `mirror_root/<council>` unless `folder` is given."""
    from ingest.sync.fetch import Fetcher, Validators
    from ingest.sync.mirror import slug
    from ingest.sync.run import SyncRange

    folder = folder or mirror_root / slug(s.council)
    folder.mkdir(parents=True, exist_ok=True)
    fetcher = Fetcher(Validators(folder / ".sync-state.jsonl"), rate=rate)
    source = SOURCE_TYPES[s.kind](s.url, s.council, fetcher)
    return Prepared(source, fetcher, SyncRange(s.since or default_since(today), s.until or today, s.committees), folder)
