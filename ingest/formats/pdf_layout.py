"""A PDF page's lines laid out as blocks of structured text: paragraphs, headings, list items and tables.

The rules come from how reports are typeset (Word's output above all): a paragraph ends at a wider
gap between lines, at a new bullet or paragraph number, or after a short line that ends a sentence;
a heading is a short block set larger than the body or wholly in bold, its level set by its size;
a table is a run of lines whose text sits in columns separated by wide gaps.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ingest.formats import structure
from ingest.formats.pdf_lines import BULLETS, Line

_PARAGRAPH_GAP = 1.55  # baselines further apart than this many font sizes are in different paragraphs
_ROW_GAP = 1.3  # in a table, lines further apart than this many times the closest pair start a new row
_TITLE_SIZE = 1.6  # text this many times the body size is a level-1 heading
_HEADING_SIZE = 1.1  # text this many times the body size is a heading
_MAX_HEADING = 250  # characters; a longer block is a paragraph, however it is set
_MAX_NUMBERED_HEADING = 100  # characters; "1. Purpose" is a heading, "12. When children are referred..." is not
_COLUMN_SLACK = 2.5  # points a cell may start away from its column
_NUMBERED = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}\.)(?=\s)")  # "12.", "27.8", "1.2.3."
_LETTERED = re.compile(r"^(?:\(?(?:[a-z]|[ivx]{1,6}|\d{1,3})\)|(?:[a-z]|[ivx]{1,6})\.)(?=\s)", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.:;?!][\"'”’)\]]?\d{0,2}$")


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph, heading, list item or table of a page, before headings get their levels."""

    kind: str  # structure.PARAGRAPH, HEADING, ITEM or ROW (a table: one text per row)
    texts: tuple[str, ...]
    size: float


def page_blocks(lines: Sequence[Line], body: float) -> list[Block]:
    """A page's lines (top to bottom, furniture removed) as blocks; `body` is the document's body text size."""
    blocks: list[Block] = []
    right = _right_margin(lines)
    i = 0
    while i < len(lines):
        end = _table_end(lines, i)
        if end > i:
            blocks.append(Block(structure.ROW, _rows(lines[i:end]), lines[i].size))
            i = end
            continue
        group = [lines[i]]
        i += 1
        while i < len(lines) and _table_end(lines, i) == i and _continues(group, lines[i], right):
            group.append(lines[i])
            i += 1
        blocks.append(_block(group, body))
    return blocks


def heading_levels(blocks: Iterable[Block], body: float) -> dict[float, int]:
    """Heading level by font size: titles are level 1, the other heading sizes 2, 3, 4 from largest down."""
    sizes = {round(b.size) for b in blocks if b.kind == structure.HEADING and b.size < body * _TITLE_SIZE}
    return {size: min(2 + rank, 4) for rank, size in enumerate(sorted(sizes, reverse=True))}


def render(blocks: Iterable[Block], levels: dict[float, int], body: float) -> str:
    """The blocks of a page as structured text."""
    out: list[structure.Line] = []
    for block in blocks:
        if block.kind == structure.ROW:
            out.extend(structure.row(text.split("\t")) for text in block.texts)
        elif block.kind == structure.HEADING:
            level = 1 if block.size >= body * _TITLE_SIZE else levels.get(round(block.size), 2)
            out.append(structure.heading(block.texts[0], level))
        elif block.kind == structure.ITEM:
            out.append(structure.item(block.texts[0]))
        else:
            out.append(structure.paragraph(block.texts[0]))
    return structure.render(out)


def _right_margin(lines: Sequence[Line]) -> float:
    ends = sorted(line.x1 for line in lines if len(line.cells) == 1)
    return ends[int(len(ends) * 0.9)] if ends else 0.0


def _continues(group: list[Line], line: Line, right: float) -> bool:
    """Does `line` continue the paragraph, heading or list item that `group` has begun?"""
    prev = group[-1]
    size = max(prev.size, line.size)
    if not 0 < prev.y - line.y <= _PARAGRAPH_GAP * size:
        return False
    if abs(prev.size - line.size) > 0.15 * size or prev.bold != line.bold:
        return False
    if line.marker or _starts_item(line.text):
        return False
    ends_sentence = bool(_SENTENCE_END.search(prev.text))
    if _NUMBERED.match(line.text) and (ends_sentence or line.x0 < prev.x0 - 2):
        return False
    # a line that ends a sentence well short of the margin ends its paragraph
    return not (ends_sentence and right and prev.x1 < right - 0.25 * (right - group[0].x0))


def _starts_item(text: str) -> bool:
    return len(text) > 2 and text[1] == " " and text[0] in BULLETS and text[0] not in "o*"


def _block(group: list[Line], body: float) -> Block:
    text = _join(line.text for line in group)
    first = group[0]
    size = first.size
    if first.marker in BULLETS or (not first.marker and _starts_item(text)):
        return Block(structure.ITEM, (text[len(first.marker or text[0]):].strip(),), size)
    if _LETTERED.match(text):
        return Block(structure.ITEM, (text,), size)
    # a numbered heading ("1. Purpose") is short; a long numbered block is a paragraph however it is set
    limit = _MAX_NUMBERED_HEADING if _NUMBERED.match(text) else _MAX_HEADING
    if len(text) <= limit and (size >= body * _HEADING_SIZE or all(line.bold for line in group)):
        return Block(structure.HEADING, (text,), size)
    return Block(structure.PARAGRAPH, (text,), size)


def _join(texts: Iterable[str]) -> str:
    """Hard-wrapped lines joined into one: a hyphen at a word break joins without a space."""
    out = ""
    for text in texts:
        text = text.strip()
        if not out:
            out = text
        elif out.endswith("\u00ad"):  # a soft hyphen is only there to break the word
            out = out[:-1] + text
        elif out.endswith("-") and len(out) > 1 and out[-2].isalpha() and text[:1].islower():
            out += text
        else:
            out += " " + text
    return out


def _table_end(lines: Sequence[Line], start: int) -> int:
    """The end of the table that starts at lines[start], or `start` if none does."""
    if len(lines[start].cells) < 2:
        return start
    columns = lines[start].starts
    last_row = start
    multi = 1
    i = start + 1
    while i < len(lines):
        line, prev = lines[i], lines[i - 1]
        if prev.y - line.y > 3.5 * max(line.size, prev.size) or not _aligned(line.starts, columns):
            break
        if len(line.cells) >= 2:
            last_row = i
            multi += 1
        i += 1
    if multi < 2:
        return start  # one line with a wide gap is not a table (a tab stop, or loosely justified text)
    # lines after the last line with several cells belong to it only when no paragraph gap sets them apart
    end = last_row + 1
    while end < len(lines) and len(lines[end].cells) == 1 and _aligned(lines[end].starts, columns):
        if lines[end - 1].y - lines[end].y > _PARAGRAPH_GAP * lines[end].size:
            break
        end += 1
    return end


def _aligned(starts: Sequence[float], columns: Sequence[float]) -> bool:
    return all(any(abs(x - c) < _COLUMN_SLACK for c in columns) for x in starts)


def _rows(lines: Sequence[Line]) -> tuple[str, ...]:
    """Table lines as rows (tab-separated cells): a wider gap between lines starts a new row."""
    columns: list[float] = []
    for x in sorted(x for line in lines for x in line.starts):
        if not columns or x - columns[-1] > _COLUMN_SLACK:
            columns.append(x)
    pitch = min((a.y - b.y for a, b in zip(lines, lines[1:]) if a.y - b.y > 1), default=0.0)
    rows: list[list[list[str]]] = []
    prev: Line | None = None
    for line in lines:
        if prev is None or prev.y - line.y > pitch * _ROW_GAP + 0.5:
            rows.append([[] for _ in columns])
        for text, x in zip(line.cells, line.starts):
            column = min(range(len(columns)), key=lambda k: abs(columns[k] - x))
            rows[-1][column].append(text)
        prev = line
    return tuple("\t".join(_join(cell) for cell in row) for row in rows)
