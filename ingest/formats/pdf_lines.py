"""A PDF page's spans grouped into lines (split into cells at wide gaps), and running headers and footers found."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ingest.formats import structure
from ingest.formats.pdf_spans import Span

CELL_GAP = 0.9  # a horizontal gap wider than this many font sizes separates table cells (or columns)
_SPACE_GAP = 0.12  # a gap wider than this many font sizes is a space between words
_HANGING_INDENT = 3.5  # a bullet or number this many font sizes or less before its text belongs to it
BULLETS = frozenset("◼■□▪▫●○•◦‣∙·➢➤►▶✓✔-–—−*o\uf0a7\uf0b7\uf0d8\uf076\uf0fc")
# A list or paragraph marker standing apart from its text: a bullet, "12.", "27.8", "a)", "(iv)", "ii."
_MARKER = re.compile(
    r"(?:\d{1,3}(?:\.\d{1,3})*\.?|\(?(?:\d{1,3}|[a-z]|[ivx]{1,6})\))|(?:[a-z]|[ivx]{1,6})\.", re.IGNORECASE
)
_DIGITS = re.compile(r"\d+")
_SPACE_RUN = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Line:
    """The spans on one baseline, split into cells where a wide gap separates them."""

    cells: tuple[str, ...]
    starts: tuple[float, ...]  # x where each cell starts
    x1: float  # where the last visible character ends
    y: float  # baseline
    size: float  # the font size most of the line is set in
    bold: bool  # every span is bold
    marker: str  # a bullet or number set apart from the text after it, else ""

    @property
    def x0(self) -> float:
        """Where the line starts."""
        return self.starts[0]

    @property
    def text(self) -> str:
        """The line's cells joined by single spaces."""
        return " ".join(self.cells)


def is_marker(text: str) -> bool:
    """Is this a list bullet or a paragraph or item number ("◼", "12.", "27.8", "a)", "(iv)")?"""
    return text in BULLETS or _MARKER.fullmatch(text) is not None


def page_lines(spans: Sequence[Span]) -> list[Line]:
    """The spans of a page grouped into lines, top to bottom; superscripts join the line they sit on."""
    groups: list[list[Span]] = []
    for span in sorted(spans, key=lambda s: -s.y):
        for group in reversed(groups[-4:]):
            if _same_line(group[0], span):
                group.append(span)
                break
        else:
            groups.append([span])
    lines = [_line(group) for group in groups]
    return sorted((line for line in lines if line.cells), key=lambda line: -line.y)


def _same_line(first: Span, span: Span) -> bool:
    if abs(first.y - span.y) <= 0.3 * min(first.size, span.size):
        return True
    # a footnote marker or other superscript: smaller, and raised by less than the larger text's height
    small, large = (span, first) if span.size < first.size else (first, span)
    return small.size < 0.85 * large.size and 0 < small.y - large.y < 0.6 * large.size


def _line(group: list[Span]) -> Line:
    group.sort(key=lambda s: s.x0)
    sizes: Counter[float] = Counter()
    for s in group:
        sizes[round(s.size, 1)] += len(s.text)
    size = sizes.most_common(1)[0][0]
    cells: list[str] = []
    starts: list[float] = []
    text, start, end = "", group[0].x0, group[0].x0
    for span in group:
        gap = span.x0 - end
        if gap > CELL_GAP * size and not (len(cells) == 0 and is_marker(text.strip()) and gap < _HANGING_INDENT * size):
            if text.strip():
                cells.append(text)
                starts.append(start)
            text, start = span.text, span.x0
        else:
            if gap > _SPACE_GAP * size and text and not text.endswith(" ") and not span.text.startswith(" "):
                text += " "
            text += span.text
        # trailing spaces are drawn but empty: measure gaps from the last visible character
        trailing = len(span.text) - len(span.text.rstrip())
        end = max(end, span.x1 - trailing * 0.25 * span.size)
    if text.strip():
        cells.append(text)
        starts.append(start)
    first = group[0].text.strip()
    marker = first if len(group) > 1 and is_marker(first) and group[1].x0 - group[0].x1 > 0.2 * size else ""
    return Line(
        cells=tuple(structure.normalize(c) for c in cells),
        starts=tuple(starts),
        x1=end,
        y=max(group, key=lambda s: s.size).y,
        size=size,
        bold=all(s.bold for s in group),
        marker=marker,
    )


def furniture(pages: Sequence[Sequence[Line]]) -> set[tuple[str, float]]:
    """Lines at the top or bottom of most pages of a document: running headers, footers, page numbers.

    Lines are compared by their text without digits (page numbers differ) and their size (a title
    set large on the first page is not the running header that repeats its words). A line whose
    like appears more than once on a page is a pattern of the content, not furniture.
    """
    if len(pages) < 3:
        return set()
    counts: Counter[tuple[str, float]] = Counter()
    for lines in pages:
        on_page = Counter(_key(line) for line in lines)
        counts.update({key for line in (*lines[:3], *lines[-3:]) if on_page[key := _key(line)] == 1})
    return {key for key, n in counts.items() if n >= 3 and n > len(pages) / 2}


def drop_furniture(lines: Sequence[Line], keys: set[tuple[str, float]]) -> list[Line]:
    """The page's lines without running headers and footers (looked for only in its first and last three lines)."""
    if not keys:
        return list(lines)
    edge = {*range(min(3, len(lines))), *range(max(0, len(lines) - 3), len(lines))}
    return [line for i, line in enumerate(lines) if not (i in edge and _key(line) in keys)]


def _key(line: Line) -> tuple[str, float]:
    """A line's text without digits or spacing, so "Page 2 of 9" and "Page 3 of 9" compare equal, and its size."""
    return _SPACE_RUN.sub(" ", _DIGITS.sub("", line.text)).strip().lower(), round(line.size)


def body_size(pages: Sequence[Sequence[Line]]) -> float:
    """The font size most of the document's text is set in."""
    sizes: Counter[float] = Counter()
    for lines in pages:
        for line in lines:
            sizes[line.size] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 10.0
