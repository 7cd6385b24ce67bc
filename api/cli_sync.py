"""`clerk sync`: bring a council's papers from its committee system into the index, and keep them current."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

Day = Annotated[Optional[datetime], typer.Option(formats=["%Y-%m-%d"], help="YYYY-MM-DD")]


def sync(
    source_type: Annotated[Optional[str], typer.Argument(help="The kind of site: moderngov.")] = None,
    url: Annotated[Optional[str], typer.Argument(help="The site's address, e.g. https://democracy.example.gov.uk")] = None,
    council: Annotated[Optional[str], typer.Option(help="The council (read from the address when left out).")] = None,
    committee: Annotated[Optional[list[str]], typer.Option(help="A committee's name or id; repeat for several (default: all).")] = None,
    since: Day = None,
    until: Day = None,
    mirror: Annotated[Optional[Path], typer.Option(help="Where fetched files are kept (default: <data dir>/mirror/<council>).")] = None,
    sources: Annotated[Optional[Path], typer.Option(help="The sources file synced when no site is given (env CLERK_SOURCES).")] = None,
    data_dir: Annotated[Optional[Path], typer.Option("--data-dir", help="Where the index lives (env CLERK_DATA_DIR).")] = None,
) -> None:
    """Fetch every meeting since a date from a council's ModernGov site (or every site in sources.toml) into a
    mirror folder with a manifest, and index what is new or changed."""
    from api.cli import err, fail, settings_for
    from ingest.sync.config import SourcesError, load_sources, spec

    settings = settings_for(data_dir)
    try:
        if source_type or url:
            if not (source_type and url):
                raise SourcesError("give both the kind of site and its address: clerk sync moderngov URL")
            specs = [spec(source_type, url, council, committee or (), _date(since), _date(until))]
        else:
            specs = load_sources(sources or settings.sources)
    except SourcesError as exc:
        raise fail(str(exc)) from None
    if since and until and since > until:
        raise fail("--since is after --until")
    failed = 0
    for s in specs:
        failed += run_one(s, settings, mirror if len(specs) == 1 else None, err.print)
    if failed:
        raise typer.Exit(1)


def _date(value: datetime | None) -> date | None:
    return value.date() if value else None


def run_one(s, settings, mirror: Path | None, say: Callable[..., None]) -> int:
    """Sync one source and index its mirror; print progress and a summary; return how many things failed."""
    from api.cli import err, fail
    from api.runtime import open_configured_index
    from ingest.embedder import EmbedderError
    from ingest.store import StoreError
    from ingest.sync.config import prepare
    from ingest.sync.run import fetch_source, index_mirror

    job = prepare(s, settings.data_dir / "mirror", settings.sync_rate, date.today(), mirror)
    say(f"Syncing {escape(s.council)} from {escape(s.url)}: meetings {job.span.since} to {job.span.until}",
        highlight=False)
    progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TextColumn("meetings"),
                        TimeElapsedColumn(), console=err)
    tasks: dict[str, int] = {}

    def on_progress(p) -> None:
        if p.committee.committee_id not in tasks:
            tasks[p.committee.committee_id] = progress.add_task(escape(p.committee.title[:40]), total=p.total or 1)
        progress.update(tasks[p.committee.committee_id], completed=p.done if p.total else 1)

    with progress:
        report = fetch_source(job.source, job.fetcher, job.folder, job.span, on_progress)
    try:
        index = open_configured_index(settings)
    except (StoreError, EmbedderError) as exc:
        raise fail(str(exc)) from None
    try:
        ingested, pruned = index_mirror(index, job.folder, settings.max_bytes)
    finally:
        index.close()
    _summary(report, ingested, pruned)
    for what, why in report.failed:
        err.print(f"[red]failed[/] {escape(what)}: {escape(why)}", highlight=False, soft_wrap=True)
    for r in ingested.failed:
        err.print(f"[red]failed[/] {escape(r.source)}: {escape(r.reason or '')}", highlight=False, soft_wrap=True)
    return len(report.failed) + len(ingested.failed)


def _summary(report, ingested, pruned) -> None:
    from api.cli import err

    table = Table(title=f"Sync summary: {escape(report.council)}", show_edge=False)
    columns = ("meetings", "documents", "new", "changed", "unchanged", "removed", "failed", "chunks embedded",
               "requests", "304s", "retries", "fetch s")
    for col in columns:
        table.add_column(col, justify="right")
    retries = ", ".join(f"{n} {why}" for why, n in sorted(report.retries.items())) or "0"
    failed = len(report.failed) + len(ingested.failed)
    table.add_row(str(report.meetings), str(report.documents), str(report.outcomes["new"]),
                  str(report.outcomes["changed"]), str(report.outcomes["unchanged"]),
                  str(report.removed), str(failed), str(ingested.chunks_embedded), str(report.requests),
                  str(report.not_modified), retries, f"{report.fetch_seconds:.1f}")
    err.print(table)
