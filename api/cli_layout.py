"""Listings that read well at any terminal width: a table where there is room, else one block a record."""
from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

from rich.console import Console
from rich.table import Table
from rich.text import Text

WIDE = 110  # columns a table needs before its cells stop folding into slivers
INDENT = 2


@dataclass(frozen=True, slots=True)
class Column:
    """A table column: its heading and its share of the width."""

    heading: str
    ratio: int = 1


@dataclass(frozen=True, slots=True)
class Record:
    """One listed item: its cells for the table, and as a block its heading line and its indented lines."""

    cells: tuple[str, ...]
    heading: str
    lines: tuple[str, ...]


def show(console: Console, columns: Sequence[Column], records: Sequence[Record], lines_between: bool = False) -> None:
    """Print the records as a table on a wide terminal, else as blocks that wrap at the terminal's width."""
    if console.width >= WIDE:
        table = Table(show_edge=False, show_lines=lines_between, expand=True)
        for c in columns:
            table.add_column(c.heading, ratio=c.ratio, overflow="fold")
        for r in records:
            table.add_row(*(Text(cell) for cell in r.cells))
        console.print(table)
        return
    width = max(20, console.width - INDENT)
    for r in records:
        for row in textwrap.wrap(r.heading, console.width, break_on_hyphens=False) or [""]:
            console.print(Text(row, style="bold"), soft_wrap=True)
        for line in r.lines:
            for row in textwrap.wrap(line, width, break_on_hyphens=False):
                console.print(Text(" " * INDENT + row), soft_wrap=True)
        console.print()
