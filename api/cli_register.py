"""`clerk commitments`: the commitments register on the command line, as a table or as JSON."""
from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Annotated, Optional

import typer

from api.cli_layout import Column, Record, show

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


_COLUMNS = (Column("meeting", 2), Column("kind · who · due", 2), Column("commitment", 5), Column("source", 2))


def _record(r: dict) -> Record:
    """One commitment as a table row and as a block."""
    meeting = [r["meeting_date"] or "undated", r["council"], r["committee"]]
    who = [r["kind"], r["actor"], f"due {r['due']}" if r["due"] else None]
    where = ", ".join(x for x in (Path(r["source"]).name, r["item"], f"para {r['section']}" if r["section"] else None) if x)
    return Record(
        cells=("\n".join(x for x in meeting if x), "\n".join(x for x in who if x), r["text"],
               where.replace(", ", "\n", 1)),
        heading=" · ".join(x for x in meeting if x),
        lines=(" · ".join(x for x in who if x), r["text"], where),
    )


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
    show(out, _COLUMNS, [_record(r) for r in rows], lines_between=True)
    out.print(f"{len(rows)} commitment{'' if len(rows) == 1 else 's'}")
