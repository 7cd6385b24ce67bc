"""A passage split into citable units (sentences, list items, table rows) kept as verbatim spans, and how each reads.

A unit's `text` is always `passage[start:end]`, so a quote taken from it can be found in the source as it is;
`readable` is what an answer shows: list markers, paragraph numbers and HTML tags gone, a table row as "cell: cell".
"""
from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass

# A sentence ends at . ! ? or ; (perhaps closed by a quote or bracket) before a space and something that starts one.
_END = re.compile(r"[.!?;][\"'”’)\]]*(?=\s+[\"'‘“(\[]?[A-Z0-9£])")
# Words after which a full stop does not end a sentence ("Cllr. Smith", "e.g. The", "No. 5").
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr cllr cllrs st no nos e.g eg i.e ie etc approx para paras vs cf prof rev jr sr fig ref
    inc ltd co dept vol pp p a.m p.m jan feb mar apr jun jul aug sep sept oct nov dec est tel""".split()
)
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")
# HTML list items inside a line of text ("<li>i) Note that ...</li>") are units of their own.
_LI = re.compile(r"<li\b[^>]*>|</li>|</?ul\b[^>]*>|</?ol\b[^>]*>", re.IGNORECASE)
_BLOCK_TAG = re.compile(r"</?(?:br|p|div|li|ul|ol|tr|td|th|table|h\d)\b[^>]{0,200}>", re.IGNORECASE)
_TAG = re.compile(r"</?[a-z][^>]{0,200}>", re.IGNORECASE)
_SPACE_BEFORE_STOP = re.compile(r"\s+([.,;:!?])(?=\s|$)")
# What opens a list item or a numbered paragraph: "- ", "-Reaffirmation", "◼ ", "• ", "1. ", "27.8 ", "(ii) ", "a) ".
_MARKER = re.compile(
    r"^(?:[-–—•·◼▪●■◦*]\s*)?"
    r"(?:(?:\d{1,2}\.\d{1,2}(?:\.\d{1,2})?\.?|\d{1,2}[.)]|\(\d{1,2}\)|\(?[ivx]{1,4}\)|\(?[a-h]\))\s+(?=\S))?"
)
_FOOTNOTE = re.compile(r"\[(\d{1,3})\]")  # "[1]" in a source would read as a citation marker
_SPACE = re.compile(r"\s+")
_HAS_WORD = re.compile(r"[A-Za-z]{2}")
_MARKDOWN = re.compile(r"^#{1,6}\s+|\*\*|__")
_GENERIC_LABELS = frozenset(
    """minutes minute decision decisions notes note summary details purpose background supporting documents
    agenda item report""".split()
)


@dataclass(frozen=True, slots=True)
class Unit:
    """One citable span of a passage."""

    start: int
    end: int
    text: str  # passage[start:end], verbatim
    kind: str  # sentence, item (a list item or numbered paragraph, first sentence), row (a table row), header
    line: int  # which line of the passage it sits on
    header: tuple[str, ...] = ()  # for a row of a table with three or more columns: the table's first row


def _is_abbreviation(text_before: str) -> bool:
    m = _WORD_BEFORE.search(text_before)
    if not m:
        return False
    word = m.group(1).lower().rstrip(".")
    # an initial ("J. Smith"), or initials run together ("Councillor R.G. Watts", "D.C. Jones (Mayor)")
    return word in _ABBREVIATIONS or all(len(part) == 1 for part in word.split("."))


def _sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans of text[start:end], trimmed of whitespace."""
    spans = []
    cut = start
    for m in _END.finditer(text, start, end):
        if text[m.start()] == "." and _is_abbreviation(text[cut : m.start() + 1]):
            continue
        if not _HAS_WORD.search(text, cut, m.start()):  # "1." or "(ii)." opening a numbered item
            continue
        spans.append((cut, m.end()))
        cut = m.end()
    spans.append((cut, end))
    out = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            out.append((a, b))
    return out


def _pieces_of_line(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A line cut at HTML list tags, which separate items even when a parser left them on one line."""
    cuts = [start]
    for m in _LI.finditer(text, start, end):
        cuts.extend((m.start(), m.end()))
    cuts.append(end)
    return [(a, b) for a, b in zip(cuts[::2], cuts[1::2]) if text[a:b].strip()]


def split_units(text: str) -> list[Unit]:
    """The passage's units in order: each table row, and each sentence of each line (a list item's first marked)."""
    units: list[Unit] = []
    offset = 0
    table: list[str] = []
    lines = text.split("\n")
    for number, line in enumerate(lines):
        begin, finish = offset, offset + len(line)
        offset = finish + 1
        stripped = line.strip()
        if not stripped:
            table = []
            continue
        lead = len(line) - len(line.lstrip())
        a, b = begin + lead, begin + len(line.rstrip())
        if "\t" in stripped:
            cells = [c.strip() for c in stripped.split("\t")]
            header = tuple(table[0].split("\t")) if table and len(cells) >= 3 else ()
            # A table's first row, with rows after it and no figures, names the columns rather than stating a fact.
            heads = not table and number + 1 < len(lines) and "\t" in lines[number + 1] and not re.search(r"\d", stripped)
            table.append(stripped)
            kind = "header" if heads else "row"
            units.append(Unit(a, b, text[a:b], kind, number, tuple(h.strip() for h in header)))
            continue
        table = []
        last = units[-1] if units else None
        at = number
        if (last and last.kind in ("sentence", "item") and text.count("\n", last.end, a) == 1 and not text[last.end : a].strip()
                and _wrapped(text[last.start : last.end], stripped)):
            # the rest of a sentence a fixed-width page carried to the next line: one unit, not two fragments
            a, at = last.start, units.pop().line
        for pa, pb in _pieces_of_line(text, a, b):
            for i, (sa, sb) in enumerate(_sentence_spans(text, pa, pb)):
                marked = i == 0 and bool(_MARKER.match(text[sa:sb]).group())
                units.append(Unit(sa, sb, text[sa:sb], "item" if marked else "sentence", at))
    return units


# Words no English sentence ends on: articles, prepositions, conjunctions (a closed class of the grammar).
_CARRIED_ON = frozenset("a an the and or nor of to at by for from in into on onto with as than that".split())


def _wrapped(before: str, line: str) -> bool:
    """Whether a line carries on the sentence the line before broke off: that one ends without a stop, colon or
    closing bracket, and this one starts with a small letter ("... a light buffet will be" / "provided at 6pm"), or
    that one ends on a word no sentence ends on ("... on Wednesday 22nd February at" / "7pm in the hall") or on a comma
    ("APOLOGIES: Councillors Alex Baird, Raymond Farrell," / "Brendan Gallagher and Bert Johnston")."""
    end = before.rstrip()
    if end[-1:] in ".!?;:)]\"'”’" or _LI.search(before):
        return False
    last = end.rsplit(None, 1)[-1]
    # a comma carries the sentence on, unless it closes an item of a list with "and," or "or," ("...; and," / "Item 6")
    return line[:1].islower() or end[-1:] == "," and last not in ("and,", "or,") or last in _CARRIED_ON


def first_sentence(text: str) -> str:
    """The passage's first unit, verbatim (the whole text when it has none)."""
    units = split_units(text)
    return units[0].text if units else text.strip()


def label_of(headings: tuple[str, ...]) -> str | None:
    """The label a list sits under ("The Sub-Committee RESOLVED to recommend that:"), unless it is a generic one."""
    if not headings:
        return None
    label = headings[-1].strip()
    if not label.endswith(":"):
        return None
    words = re.findall(r"[a-z]+", label.lower())
    if not words or all(w in _GENERIC_LABELS for w in words):
        return None
    return clean(label)


def labelled(units: Sequence[Unit], label: str | None) -> list[str]:
    """Each unit as `readable` gives it, the label read before the list items that open the passage and no others:
    the list under "Apologies for absence:" ends at the first line that is not one of its items."""
    out, listing, item_line = [], True, -1
    for unit in units:
        if unit.kind == "item":
            item_line = unit.line
        elif unit.line != item_line:
            listing = False
        out.append(readable(unit, label if listing else None))
    return out


def clean(text: str) -> str:
    """Text as a reader sees it: tags and list markers gone, entities decoded, whitespace single."""
    text = html.unescape(_MARKDOWN.sub("", _TAG.sub("", _BLOCK_TAG.sub(" ", text))))
    text = _SPACE_BEFORE_STOP.sub(r"\1", _SPACE.sub(" ", text)).strip()
    m = _MARKER.match(text)
    if m and m.group():
        text = text[m.end() :]
    text = _FOOTNOTE.sub(r"(\1)", text)
    return text.strip(" -–—")


def readable(unit: Unit, label: str | None = None) -> str:
    """How a unit reads in an answer: without its list marker or number, a table row as "cell: cell, cell",
    a list item after the label it sits under; ending in a full stop."""
    if unit.kind in ("row", "header"):
        cells = [clean(c).rstrip(":") for c in unit.text.split("\t")]
        cells = [c for c in cells if c]
        if len(unit.header) == len(cells) and len(cells) >= 3:
            text = f"{cells[0]} — " + "; ".join(f"{clean(h)}: {c}" for h, c in zip(unit.header[1:], cells[1:]))
        elif len(cells) >= 2:
            text = f"{cells[0]}: " + ", ".join(cells[1:])
        else:
            text = cells[0] if cells else ""
    else:
        text = clean(unit.text)
        if unit.kind == "item" and label:
            text = f"{label} {text}"
    text = text.rstrip(" ;,:")
    if text[:1].islower():  # a line a parser cut mid-sentence ("permanence: These are ...")
        text = text[0].upper() + text[1:]
    if text and text[-1] not in ".!?":
        text += "."
    return text


TITLE_WORDS = 12  # at most this many words in a title or label line


def is_title(unit: Unit) -> bool:
    """Whether a unit is a title or label that the line after it sits under: short, and not a finished sentence
    ("Increasing Skills for the Economy - College Extension", "Questions from Members of the Public:")."""
    body = unit.text.rstrip()
    return unit.kind != "row" and len(body.split()) <= TITLE_WORDS and body[-1:] not in ".!?;"
