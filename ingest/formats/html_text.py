"""An HTML tree rendered as structured text: headings, paragraphs, list items, table rows; navigation dropped."""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Comment, Declaration, Doctype, NavigableString, ProcessingInstruction, Tag

from ingest.formats import moderngov, structure

# Elements that hold no reading text: code, styling, navigation, page chrome, forms, media.
_DROP_TAGS = frozenset(
    "script style noscript nav header footer form button select option input textarea iframe svg template "
    "head title meta link object embed canvas map audio video img".split()
)
# ModernGov's navigation and footer blocks, and breadcrumbs anywhere.
_DROP_CLASSES = frozenset(
    {"mglinks", "mgfooter", "mgbreadcrumbs", "mgbreadcrumb", "breadcrumb", "breadcrumbs", "skip-link"}
)
_DROP_LINK_TEXT = frozenset({"find out more about this issue"})
_BLOCK_TAGS = frozenset(
    "p div section article main aside blockquote pre address figure figcaption center dl dt dd body html "
    "fieldset details summary hr caption".split()
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_SKIPPED_STRINGS = (Comment, Declaration, Doctype, ProcessingInstruction)


def parse_html(data: bytes | str) -> BeautifulSoup:
    """The HTML as a tree (lxml's lenient parser; the encoding is detected from the bytes and any meta tag)."""
    return BeautifulSoup(data, "lxml")


def is_dropped(tag: Tag) -> bool:
    """Is this element navigation, page chrome, hidden, or otherwise no part of the reading text?"""
    if tag.name in _DROP_TAGS:
        return True
    classes = {c.lower() for c in tag.get("class") or ()}
    ident = (tag.get("id") or "").lower()
    if classes & _DROP_CLASSES or "breadcrumb" in ident or any("breadcrumb" in c for c in classes):
        return True
    if tag.get("role") == "navigation" or tag.get("aria-hidden") == "true" or tag.has_attr("hidden"):
        return True
    if _HIDDEN_STYLE.search(tag.get("style") or ""):
        return True
    return tag.name == "a" and " ".join(tag.get_text(" ").split()).lower() in _DROP_LINK_TEXT


def render(root: Tag, label_level: int = 3) -> str:
    """The element's reading text as structured text; a paragraph that is only a ModernGov label becomes a heading."""
    renderer = _Renderer(label_level)
    renderer.walk(root)
    renderer.flush()
    return structure.render(renderer.out)


def inline_text(node: Tag | NavigableString) -> str:
    """The element's text on one line: inline markup dropped, block boundaries and line breaks become spaces."""
    parts: list[str] = []
    _collect(node, parts)
    return structure.normalize("".join(parts))


def _collect(node: Tag | NavigableString, parts: list[str]) -> None:
    if isinstance(node, NavigableString):
        if not isinstance(node, _SKIPPED_STRINGS):
            parts.append(str(node))
        return
    if is_dropped(node):
        return
    if node.name == "br":
        parts.append(" ")
        return
    block = node.name in _BLOCK_TAGS or node.name in ("li", "td", "th", "tr") or _heading_level(node)
    if block:
        parts.append(" ")
    for child in node.children:
        _collect(child, parts)
    if block:
        parts.append(" ")


def _heading_level(tag: Tag) -> int:
    name = tag.name or ""
    return int(name[1]) if len(name) == 2 and name[0] == "h" and name[1] in "123456" else 0


class _Renderer:
    """Walks the tree, gathering inline text into paragraphs and emitting a line per block."""

    def __init__(self, label_level: int) -> None:
        self.label_level = label_level
        self.out: list[structure.Line] = []
        self._buffer: list[str] = []

    def flush(self) -> None:
        """End the paragraph being gathered."""
        text = structure.normalize("".join(self._buffer))
        self._buffer = []
        if not text:
            return
        if moderngov.is_section_label(text):
            self.out.append(structure.heading(text, self.label_level))
        else:
            self.out.append(structure.paragraph(text))

    def walk(self, node: Tag | NavigableString) -> None:
        """Render a node and its descendants."""
        if isinstance(node, NavigableString):
            if not isinstance(node, _SKIPPED_STRINGS):
                self._buffer.append(str(node))
            return
        if is_dropped(node):
            return
        name = node.name
        if level := _heading_level(node):
            self.flush()
            self.out.append(structure.heading(inline_text(node), level))
        elif name == "br":
            self.flush()
        elif name in ("ul", "ol"):
            self.flush()
            self._list(node)
        elif name == "li":  # an item outside any list
            self.flush()
            self.out.append(structure.item(inline_text(node)))
        elif name == "table":
            self.flush()
            self._table(node)
        elif name in _BLOCK_TAGS:
            self.flush()
            for child in node.children:
                self.walk(child)
            self.flush()
        else:
            for child in node.children:
                self.walk(child)

    def _list(self, node: Tag) -> None:
        ordered = node.name == "ol"
        number = _int(node.get("start"), 1)
        style = node.get("type") or "1"
        for child in node.children:
            if not isinstance(child, Tag) or child.name != "li" or is_dropped(child):
                if isinstance(child, Tag) and child.name in ("ul", "ol"):
                    self._list(child)
                continue
            nested = [c for c in child.children if isinstance(c, Tag) and c.name in ("ul", "ol")]
            parts: list[str] = []
            for grandchild in child.children:
                if not (isinstance(grandchild, Tag) and grandchild.name in ("ul", "ol")):
                    _collect(grandchild, parts)
            text = structure.normalize("".join(parts))
            if ordered:
                number = _int(child.get("value"), number)
                text = f"{_ordinal(number, style)} {text}"
                number += 1
            if text:
                self.out.append(structure.item(text))
            for sub in nested:
                self._list(sub)

    def _table(self, node: Tag) -> None:
        for caption in node.find_all("caption", recursive=False):
            self.out.append(structure.paragraph(inline_text(caption)))
        for tr in node.find_all("tr"):
            if tr.find_parent("table") is not node or is_dropped(tr):
                continue  # a nested table's rows are part of its cell's text
            cells = [inline_text(cell) for cell in tr.find_all(["td", "th"], recursive=False) if not is_dropped(cell)]
            if any(cells):
                self.out.append(structure.row(cells))


def _int(value: object, default: int) -> int:
    try:
        return int(str(value))
    except (TypeError, ValueError):
        return default


def _ordinal(number: int, style: str) -> str:
    """An ordered list's marker as a browser shows it: "3.", "c.", "iii."."""
    if style in ("a", "A") and 1 <= number <= 26:
        letter = chr(ord("a") + number - 1)
        return (letter.upper() if style == "A" else letter) + "."
    if style in ("i", "I") and 1 <= number < 40:
        numerals = [(10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
        out, n = "", number
        for value, numeral in numerals:
            while n >= value:
                out, n = out + numeral, n - value
        return (out.upper() if style == "I" else out) + "."
    return f"{number}."
