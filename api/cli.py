"""The `clerk` command line: a thin edge over the library; errors become one line and a non-zero exit."""
from __future__ import annotations

import json
import os
import sys
from datetime import datetime
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.markup import escape
from rich.table import Table

from api.cli_layout import Column, Record, show
from api.cli_register import commitments
from api.cli_sync import sync
from api.settings import Settings
from api.wire_docs import document_json

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Clerk: answers about council committee papers, with sources.")
out = Console()
err = Console(stderr=True)

DataDir = Annotated[Optional[Path], typer.Option("--data-dir", help="Where the index lives (env CLERK_DATA_DIR, default ./.clerk).")]


def settings_for(data_dir: Path | None) -> Settings:
    """Settings from the environment, with the command line's --data-dir on top."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    settings = Settings()
    return settings.model_copy(update={"data_dir": data_dir}) if data_dir else settings


def fail(message: str, code: int = 2) -> typer.Exit:
    """Print one line to stderr and exit non-zero."""
    err.print(f"[bold red]error:[/] {escape(message)}", highlight=False, soft_wrap=True)
    return typer.Exit(code)


@app.command()
def ingest(
    paths: Annotated[Optional[list[Path]], typer.Argument(help="Files and folders (default: corpus/).")] = None,
    prune: Annotated[bool, typer.Option("--prune", help="Remove documents whose files are gone.")] = False,
    max_file_mb: Annotated[Optional[float], typer.Option(help="Skip files larger than this (env CLERK_MAX_FILE_MB).")] = None,
    follow_links: Annotated[bool, typer.Option("--follow-links", help="Read links that lead out of the folder given.")] = False,
    data_dir: DataDir = None,
) -> None:
    """Ingest files and folders into the index; a bad file is reported and skipped, the rest go in."""
    from api.runtime import open_configured_index
    from ingest.embedder import EmbedderError
    from ingest.pipeline import Ingester
    from ingest.store import StoreError

    settings = settings_for(data_dir)
    if max_file_mb is not None:
        settings = settings.model_copy(update={"max_file_mb": max_file_mb})
    targets = [str(p) for p in (paths or [Path("corpus")])]
    missing = [t for t in targets if not Path(t).exists()]
    if missing and len(missing) == len(targets):
        raise fail(f"no such file or folder: {', '.join(missing)}")
    try:
        index = open_configured_index(settings)
    except (StoreError, EmbedderError) as exc:
        raise fail(str(exc))
    progress = Progress(
        TextColumn("[bold]ingest[/]"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("files · {task.fields[chunks]} chunks · {task.fields[rate]} chunks/s"),
        TimeElapsedColumn(),
        console=err,
        transient=False,
    )
    with progress:
        task = progress.add_task("ingest", total=None, chunks=0, rate="–")

        def on_progress(p) -> None:
            elapsed = progress.tasks[0].elapsed or 1e-9
            progress.update(task, total=p.files_total, completed=p.files_done, chunks=p.chunks_embedded,
                            rate=f"{p.chunks_embedded / elapsed:.0f}")
            if p.last.status in ("failed", "skipped"):
                colour = "red" if p.last.status == "failed" else "yellow"
                # One line a file whatever the width; a file's name is never read as markup ("Agenda [draft].txt").
                progress.console.print(f"[{colour}]{p.last.status}[/] {escape(p.last.source)}: {escape(p.last.reason or '')}",
                                       highlight=False, soft_wrap=True)

        try:
            report = Ingester(index, settings.max_bytes, follow_links).run(targets, prune=prune, on_progress=on_progress)
        finally:
            index.close()
    for t in missing:
        err.print(f"[red]failed[/] {escape(t)}: no such file or folder", highlight=False, soft_wrap=True)
    table = Table(title="Ingest summary", show_edge=False)
    for col in ("added", "updated", "unchanged", "skipped", "failed", "pruned", "chunks embedded", "seconds"):
        table.add_column(col, justify="right")
    table.add_row(*(str(report.count(s)) for s in ("added", "updated", "unchanged", "skipped")),
                  str(report.count("failed") + len(missing)), str(len(report.pruned)),
                  str(report.chunks_embedded), f"{report.seconds:.1f}")
    err.print(table)
    if report.failed or missing:
        raise typer.Exit(1)


_DOC_COLUMNS = (Column("council", 2), Column("committee", 3), Column("date", 2), Column("item"), Column("kind", 2),
                Column("title", 4), Column("pages"), Column("chunks"), Column("source", 3))


def _doc_record(d: dict) -> Record:
    """One document as a table row and as a block: where and when, then what, then the file."""
    cells = tuple(str(d[k] or "") for k in ("council", "committee", "meeting_date", "item", "kind", "title", "pages",
                                            "chunks", "source"))
    size = f"{d['pages']} pages, {d['chunks']} chunks" if d["pages"] else f"{d['chunks']} chunks"
    heading = " · ".join(str(x) for x in (d["meeting_date"] or "undated", d["council"], d["committee"]) if x)
    return Record(cells, heading, (" · ".join(x for x in (d["kind"], d["item"], d["title"]) if x),
                                   f"{d['source']} ({size})"))


@app.command()
def docs(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    data_dir: DataDir = None,
) -> None:
    """List ingested documents with their metadata."""
    from ingest.catalog import Catalog

    settings = settings_for(data_dir)
    catalog = Catalog(settings.data_dir / "catalog.sqlite3")
    try:
        entries = catalog.documents(with_text=False)
    finally:
        catalog.close()
    if as_json:
        sys.stdout.write(json.dumps([document_json(e) for e in entries], indent=2, ensure_ascii=False) + "\n")
        return
    show(out, _DOC_COLUMNS, [_doc_record(document_json(e)) for e in entries])
    out.print(f"{len(entries)} documents, {sum(e.chunks for e in entries)} chunks")


@app.command()
def ask(
    question: Annotated[str, typer.Argument(help="The question, in quotes.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the answer JSON (CONTRACT.md).")] = False,
    council: Annotated[Optional[str], typer.Option(help="Only this council's papers.")] = None,
    committee: Annotated[Optional[str], typer.Option(help="Only this committee's papers.")] = None,
    since: Annotated[Optional[datetime], typer.Option(formats=["%Y-%m-%d"], help="Meetings on or after YYYY-MM-DD.")] = None,
    until: Annotated[Optional[datetime], typer.Option(formats=["%Y-%m-%d"], help="Meetings on or before YYYY-MM-DD.")] = None,
    k: Annotated[int, typer.Option("-k", min=1, max=50, help="Passages to retrieve.")] = 8,
    data_dir: DataDir = None,
) -> None:
    """Answer one question from the papers, with numbered sources."""
    from api.runtime import build_runtime
    from ingest.embedder import EmbedderError
    from ingest.store import StoreError
    from retrieval.records import Filters
    from retrieval.wire import answer_to_json, format_for_terminal

    if not question.strip():
        raise fail("the question is empty")
    if since and until and since > until:
        raise fail("--since is after --until")
    settings = settings_for(data_dir)
    try:
        runtime = build_runtime(settings)
    except (StoreError, EmbedderError) as exc:
        raise fail(str(exc))
    try:
        if runtime.index.catalog.counts()[0] == 0:
            raise fail(f"the index in {settings.data_dir} is empty: run `clerk ingest` first")
        filters = Filters(council=council, committee=committee, since=since.date() if since else None,
                          until=until.date() if until else None)
        answer = runtime.clerk.ask(question, filters=filters, k=k)
    finally:
        runtime.close()
    if as_json:
        sys.stdout.write(json.dumps(answer_to_json(answer), indent=2, ensure_ascii=False) + "\n")
    else:
        out.print(format_for_terminal(answer), highlight=False, markup=False)


def _unbindable(host: str, port: int) -> str | None:
    """Why the address cannot be listened on (taken, not ours), or None when it can."""
    import errno
    import socket

    try:
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        with socket.socket(family, socket.SOCK_STREAM) as s:
            s.bind((host, port))
    except OSError as exc:
        return "the port is already in use" if exc.errno == errno.EADDRINUSE else (exc.strerror or str(exc))
    return None


SHUTDOWN_SECONDS = 5  # open requests get this long to finish after SIGTERM


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    workers: Annotated[int, typer.Option(help="Worker processes (more than 1 needs CLERK_CHROMA_HOST).")] = 1,
    data_dir: DataDir = None,
) -> None:
    """Serve the API and the web chat."""
    import uvicorn

    settings = settings_for(data_dir)
    if workers > 1 and not settings.chroma_host:
        raise fail("an embedded index belongs to one process: set CLERK_CHROMA_HOST (a `chroma run` server) for --workers > 1")
    if (problem := _unbindable(host, port)) is not None:
        raise fail(f"cannot listen on {host}:{port}: {problem} (choose another with --port)")
    os.environ["CLERK_DATA_DIR"] = str(settings.data_dir)
    if host not in ("0.0.0.0", "::") and host not in settings.allowed_host_list:
        os.environ["CLERK_ALLOWED_HOSTS"] = ",".join([*settings.allowed_host_list, host])  # the address it serves on
    err.print(f"Clerk is serving {escape(str(settings.data_dir))} on http://{host}:{port}", highlight=False)
    if host in ("0.0.0.0", "::") and "*" not in settings.allowed_host_list:
        err.print("note: answering only for the hosts in CLERK_ALLOWED_HOSTS "
                  f"({settings.allowed_hosts}); add the name clients use to reach this machine", highlight=False)
    # SIGTERM stops the server within seconds: requests still open then are cut (an upload's ingest runs in a daemon
    # job thread, and the index's pending-then-complete writes leave it consistent for the next writer).
    uvicorn.run("api.app:create_app", factory=True, host=host, port=port, workers=workers, log_level="warning",
                timeout_graceful_shutdown=SHUTDOWN_SECONDS)


@app.command("eval")
def evaluate(
    gold: Annotated[Optional[Path], typer.Option("--set", help="Gold JSONL (default: evals/gold.jsonl).")] = None,
    endpoint: Annotated[Optional[str], typer.Option(help="Score a running server (http://host:port) instead.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the metrics as JSON.")] = False,
    out_dir: Annotated[Optional[Path], typer.Option("--out", help="Write results.json, report.md and ragas.jsonl here.")] = None,
    ragas: Annotated[Optional[Path], typer.Option("--ragas", help="Write the RAGAS JSONL to this file instead (evals/README.md).")] = None,
    ablations: Annotated[bool, typer.Option(help="Also score dense-only, BM25-only and no inferred filters (in-process).")] = False,
    check: Annotated[Optional[str], typer.Option(help="Exit 1 when a metric breaks this profile of evals/thresholds.toml (e.g. demo).")] = None,
    data_dir: DataDir = None,
) -> None:
    """Score retrieval, citations, facts, refusals and latency on the gold set."""
    from evals.thresholds import ThresholdError, broken, load_thresholds

    from evals.export import RAGAS_FILE, ragas_row, write_ragas
    from evals.gold import GOLD, GoldError, load_gold
    from evals.report import markdown
    from evals.runner import InProcess, OverHttp, results_json, run, summarise

    try:
        questions = load_gold(gold or GOLD)
        limits = load_thresholds(profile=check) if check else {}
    except (GoldError, ThresholdError) as exc:
        raise fail(str(exc))
    summaries, first_results, runtime, rows = {}, None, None, []
    try:
        if endpoint:
            configs = {"server": OverHttp(endpoint)}
        else:
            from api.runtime import build_runtime

            runtime = build_runtime(settings_for(data_dir))
            make = lambda **kw: InProcess(runtime.clerk, runtime.index.catalog, **kw)  # noqa: E731
            configs = {"hybrid": make()}
            if ablations:
                configs |= {"dense": make(mode="dense"), "bm25": make(mode="bm25"), "hybrid, no inferred filters": make(infer=False)}
        for name, target in configs.items():
            with err.status(f"scoring {len(questions)} questions ({name})"):
                keep = (lambda q, p: rows.append(ragas_row(q, p))) if first_results is None else None
                results = run(questions, target, on_answer=keep)
            summaries[name] = summarise(results)
            first_results = first_results or results
    except OSError as exc:
        raise fail(f"cannot reach {endpoint}: {exc}")
    finally:
        if runtime:
            runtime.close()
    report = markdown(summaries, first_results)
    try:
        if out_dir:
            out_dir.mkdir(parents=True, exist_ok=True)
            (out_dir / "results.json").write_text(json.dumps({"summaries": summaries, "results": results_json(first_results)}, indent=2))
            (out_dir / "report.md").write_text(report)
        if ragas or out_dir:
            write_ragas(rows, ragas or out_dir / RAGAS_FILE)
    except OSError as exc:
        raise fail(f"cannot write the report: {exc}")
    if as_json:
        sys.stdout.write(json.dumps(summaries if len(summaries) > 1 else next(iter(summaries.values())), indent=2) + "\n")
    else:
        out.print(report, markup=False, highlight=False)
    failures = broken(next(iter(summaries.values())), limits)
    for line in failures:
        err.print(f"[bold red]threshold broken:[/] {escape(line)}", highlight=False)
    if failures:
        raise typer.Exit(1)


app.command("commitments")(commitments)
app.command("sync")(sync)


def main() -> None:  # pragma: no cover - console entry
    """Entry point."""
    app()
