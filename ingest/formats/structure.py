"""Structured plain text, the one form every parser produces: headings, list items, table rows, paragraphs.

A heading is a line starting with "#" (one per level), a list item a line starting with "- ", a table row
one line with its cells separated by a tab, and a paragraph a single line. Consecutive list items and
consecutive table rows sit on adjacent lines; every other block is separated by one blank line.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

HEADING = "heading"
ITEM = "item"
ROW = "row"
PARAGRAPH = "paragraph"

# Unicode spaces (no-break, thin, ideographic...) and stray control characters all become one space.
_SPACES = re.compile(r"[ \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\ufeff\x00-\x08\x0b-\x1f\x7f]+")
_TAB_OR_BREAK = re.compile(r"[\t\r\n\u2028\u2029]+")
_ZERO_WIDTH = re.compile(r"[\u200b-\u200d\u00ad]")


@dataclass(frozen=True, slots=True)
class Line:
    """One rendered line of structured text and the kind of block it is."""

    kind: str
    text: str


def normalize(text: str) -> str:
    """The text on one line: line breaks and tabs become spaces, runs of spaces one space, no zero-width characters."""
    text = _ZERO_WIDTH.sub("", text)
    text = _TAB_OR_BREAK.sub(" ", text)
    return _SPACES.sub(" ", text).strip()


def heading(text: str, level: int = 1) -> Line:
    """A heading line: "#" repeated `level` times (1 to 6), a space, the heading."""
    return Line(HEADING, "#" * max(1, min(level, 6)) + " " + normalize(text))


def item(text: str) -> Line:
    """A list item line: "- " then the item (with its own marker, like "i)", when it carries meaning)."""
    return Line(ITEM, "- " + normalize(text))


def row(cells: Iterable[str]) -> Line:
    """A table row: its cells on one line, separated by single tabs."""
    return Line(ROW, "\t".join(normalize(cell) for cell in cells))


def paragraph(text: str) -> Line:
    """A paragraph on one line."""
    return Line(PARAGRAPH, normalize(text))


def render(lines: Iterable[Line]) -> str:
    """The structured text of a sequence of lines; empty lines are dropped."""
    out: list[str] = []
    previous: str | None = None
    for line in lines:
        if not line.text.strip("#-\t "):
            continue
        if out:
            tight = line.kind == previous and line.kind in (ITEM, ROW)
            out.append("\n" if tight else "\n\n")
        out.append(line.text)
        previous = line.kind
    return "".join(out)
