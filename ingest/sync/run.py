"""One sync of one source: list the committees and their meetings in the range, bring each meeting's record and
documents into the mirror (conditional GETs; nothing half-written), drop what the council no longer links, then let
the ingester index what is new or changed."""
from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ingest.sync.fetch import Fetcher, FetchError
from ingest.sync.mirror import RECORD_NAME, document_name, meeting_dir, write_manifest
from ingest.sync.moderngov import SourceError
from ingest.sync.records import Committee, LinkedDocument, Source


@dataclass(frozen=True, slots=True)
class SyncRange:
    """Which committees (names or ids; none: all) and which meeting dates to sync."""

    since: date
    until: date
    committees: tuple[str, ...] = ()


@dataclass
class SyncReport:
    """What a sync did, for its summary line by line."""

    council: str
    meetings: int = 0
    documents: int = 0
    outcomes: Counter = field(default_factory=Counter)  # new / changed / unchanged files
    removed: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (what, one-line reason)
    fetch_seconds: float = 0.0
    requests: int = 0
    not_modified: int = 0
    bytes: int = 0
    retries: Counter = field(default_factory=Counter)


@dataclass(frozen=True, slots=True)
class CommitteeProgress:
    """Progress within one committee: its meetings done so far and in all."""

    committee: Committee
    done: int
    total: int


def chosen(committees: Sequence[Committee], wanted: Sequence[str]) -> tuple[list[Committee], list[str]]:
    """The committees named (by id, or by title ignoring case), and the names that match none."""
    if not wanted:
        return list(committees), []
    keys = {w.strip().casefold(): w for w in wanted}
    picked = [c for c in committees if c.committee_id.casefold() in keys or c.title.casefold() in keys]
    found = {c.committee_id.casefold() for c in picked} | {c.title.casefold() for c in picked}
    return picked, [w for k, w in keys.items() if k not in found]


def fetch_source(
    source: Source,
    fetcher: Fetcher,
    mirror: Path,
    span: SyncRange,
    on_progress: Callable[[CommitteeProgress], None] | None = None,
) -> SyncReport:
    """Bring the source's meetings in the range into the mirror; one failed document or meeting is reported and
    the rest go on. Indexing is the caller's next step."""
    started = time.perf_counter()
    report = SyncReport(source.council)
    try:
        committees, unknown = chosen(source.committees(), span.committees)
    except (FetchError, SourceError) as exc:
        report.failed.append(("committees", str(exc)))
        committees, unknown = [], []
    report.failed += [(name, "no such committee on the site") for name in unknown]
    for committee in committees:
        try:
            meetings = source.meetings(committee, span.since, span.until)
        except (FetchError, SourceError) as exc:
            report.failed.append((f"{committee.title}: meetings", str(exc)))
            continue
        for n, stub in enumerate(meetings, 1):
            _one_meeting(source, fetcher, mirror, stub, report)
            if on_progress:
                on_progress(CommitteeProgress(committee, n, len(meetings)))
        if on_progress and not meetings:
            on_progress(CommitteeProgress(committee, 0, 0))
    stats = fetcher.stats
    report.requests, report.not_modified, report.bytes = stats.requests, stats.not_modified, stats.bytes
    report.retries = Counter(stats.retries)
    report.fetch_seconds = time.perf_counter() - started
    return report


def _one_meeting(source: Source, fetcher: Fetcher, mirror: Path, stub, report: SyncReport) -> None:
    label = f"{stub.committee.title} {stub.day or 'undated'}"
    folder = meeting_dir(mirror, stub)
    try:
        record = fetcher.download(stub.record_url, folder / RECORD_NAME)
        meeting = source.describe(stub, record.path.read_bytes())
    except (FetchError, SourceError) as exc:
        report.failed.append((f"{label}: meeting record", str(exc)))
        return
    report.outcomes[record.status] += 1
    report.meetings += 1
    kept: dict[str, LinkedDocument] = {}
    for doc in meeting.documents:
        name = document_name(doc)
        try:
            report.outcomes[fetcher.download(doc.url, folder / name).status] += 1
        except FetchError as exc:
            report.failed.append((f"{label}: {doc.title or doc.url}", str(exc)))
            if (folder / name).exists():
                kept[name] = doc  # the copy from an earlier sync stays until a fetch succeeds
            continue
        kept[name] = doc
        report.documents += 1
    wanted = {RECORD_NAME, "manifest.jsonl", *kept}
    for old in folder.iterdir():
        if old.is_file() and old.name not in wanted and not old.name.startswith("."):
            old.unlink()  # the council no longer links it; the ingester's prune drops it from the index
            report.removed += 1
    write_manifest(folder, source.council, meeting, kept)


def index_mirror(index, folder: Path, max_bytes: int):
    """Index a mirror folder: what is new or changed goes in, what the council no longer links comes out.
    Returns (the ingest report, the sources pruned)."""
    from ingest.pipeline import Ingester

    ingester = Ingester(index, max_bytes)
    report = ingester.run([folder])
    return report, ingester.prune(within=folder)
