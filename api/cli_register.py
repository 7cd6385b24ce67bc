"""`clerk commitments`: the commitments register on the command line, as a table or as JSON."""
from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.table import Table

_KINDS = "resolution, recommendation, action or undertaking"


def _day(value: str | None, name: str) -> date | None:
    from api.cli import fail
    from ingest.dates import parse_date

    if not value:
        return None
    day = parse_date(value)
    if day is None:
        raise fail(f"--{name} '{value}' is not a date (try 2018-07-01 or '1 July 2018')")
    return day


def commitments(
    council: Annotated[Optional[str], typer.Option(help="Only this council's papers (any of its names).")] = None,
    committee: Annotated[Optional[str], typer.Option(help="Only committees whose name contains this.")] = None,
    since: Annotated[Optional[str], typer.Option(help="Only meetings on or after this date.")] = None,
    until: Annotated[Optional[str], typer.Option(help="Only meetings on or before this date.")] = None,
    actor: Annotated[Optional[str], typer.Option(help="Only commitments whose actor contains this (officers, Cllr Russell).")] = None,
    kind: Annotated[Optional[str], typer.Option(help=f"Only this kind: {_KINDS}.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON, each record with its source.")] = False,
    data_dir: Annotated[Optional[Path], typer.Option("--data-dir", help="Where the index lives (env CLERK_DATA_DIR).")] = None,
) -> None:
    """List what was resolved, recommended, asked for and promised, newest meeting first."""
    from api.cli import fail, out, settings_for
    from ingest.catalog import Catalog
    from ingest.records import RegisterQuery
    from retrieval.register import Register, UnknownKind
    from retrieval.wire import commitment_to_json

    settings = settings_for(data_dir)
    path = settings.data_dir / "catalog.sqlite3"
    if not path.exists():
        raise fail(f"no index in {settings.data_dir}: run `clerk ingest` first")
    catalog = Catalog(path)
    try:
        entries = Register(catalog).list(RegisterQuery(council, committee, _day(since, "since"), _day(until, "until"), actor, kind))
    except UnknownKind as exc:
        raise fail(str(exc)) from None
    finally:
        catalog.close()
    rows = [commitment_to_json(e) for e in entries]
    if as_json:
        sys.stdout.write(json.dumps(rows, indent=2, ensure_ascii=False) + "\n")
        return
    table = Table(show_edge=False, show_lines=True, expand=True)
    table.add_column("meeting", ratio=2, overflow="fold")
    table.add_column("kind · who · due", ratio=2, overflow="fold")
    table.add_column("commitment", ratio=5, overflow="fold")
    table.add_column("source", ratio=2, overflow="fold")
    for r in rows:
        meeting = "\n".join(x for x in (r["meeting_date"] or "undated", r["council"], r["committee"]) if x)
        who = "\n".join(x for x in (r["kind"], r["actor"], f"due {r['due']}" if r["due"] else None) if x)
        where = ", ".join(x for x in (r["item"], f"para {r['section']}" if r["section"] else None) if x)
        table.add_row(meeting, who, r["text"], Path(r["source"]).name + (f"\n{where}" if where else ""))
    out.print(table)
    out.print(f"{len(rows)} commitment{'' if len(rows) == 1 else 's'}")
