"""Listings that read well at any terminal width: a table where there is room, else one block a record."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.console import Console
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

WIDE = 110  # columns a table needs before its cells stop folding into slivers


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
    for r in records:
        console.print(Text(r.heading, style="bold"), soft_wrap=False)
        for line in r.lines:
            if line:
                console.print(Padding(Text(line), (0, 0, 0, 2), expand=False))
        console.print()
