"""Structured plain text (what every parser produces) -> Blocks: headings, numbered paragraphs, list items, tables."""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ingest.records import Block, Page

# "27.8 Support ...", "2.5 The overall ...", "12. When children ...", "1) Officers ..."; not "2017 was" or "1800 cases".
_SECTION = re.compile(r"^(?:- )?(?:(\d{1,2}(?:\.\d{1,2}){1,2})\.?|(\d{1,2})[.)])\s+(?=\S)")
_HEADING = re.compile(r"^(#{1,6})\s+(.*\S)\s*$")
_LABEL_MAX_WORDS = 8


def section_number(line: str) -> str | None:
    """The paragraph number a line starts with ("27.8", "2.5", "12"), or None."""
    m = _SECTION.match(line)
    return (m.group(1) or m.group(2)) if m else None


def _is_label(line: str) -> bool:
    # Short lines ending in a colon ("Minutes:", "Resolved: That:") head what follows in committee papers.
    return line.endswith(":") and len(line.split()) <= _LABEL_MAX_WORDS and not line.startswith("- ")


def _lines(pages: Iterable[Page]) -> Iterator[tuple[int | None, str]]:
    for page in pages:
        for raw in page.text.splitlines():
            yield page.number, raw.strip()


def to_blocks(pages: Iterable[Page]) -> list[Block]:
    """Split a document's pages into structural blocks, each with its page, paragraph number and heading path."""
    blocks: list[Block] = []
    headings: list[tuple[int, str]] = []
    table: list[str] = []
    table_page: int | None = None

    def path() -> tuple[str, ...]:
        return tuple(h for _, h in headings)

    def flush_table() -> None:
        nonlocal table, table_page
        if table:
            blocks.append(Block("\n".join(table), "table", table_page, None, path()))
        table, table_page = [], None

    for page, line in _lines(pages):
        if not line:
            continue
        if "\t" in line and not line.startswith("#"):
            if not table:
                table_page = page
            table.append(line)
            continue
        flush_table()
        heading = _HEADING.match(line)
        if heading or _is_label(line):
            level = len(heading.group(1)) if heading else 7
            title = heading.group(2) if heading else line
            while headings and headings[-1][0] >= level:
                headings.pop()
            headings.append((level, title))
            blocks.append(Block(title, "heading", page, section_number(title), path()[:-1]))
            continue
        kind = "list_item" if line.startswith("- ") else "paragraph"
        blocks.append(Block(line, kind, page, section_number(line), path()))
    flush_table()
    return blocks
