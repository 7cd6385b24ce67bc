"""A PDF page's content stream read into positioned runs of text (`Span`s), with font size and weight.

pypdf reads the file, its streams and its fonts; this module interprets the page's text operators
itself, because pypdf's own `extract_text` is several times slower and drops the positions and fonts
that paragraphs, headings and tables are recovered from. Page furniture that the PDF marks as an
`/Artifact` (running headers, footers, page numbers) is dropped here.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

from pypdf import PageObject
from pypdf.generic import DictionaryObject, StreamObject

from ingest.formats.pdf_fonts import FontCache, FontInfo


@dataclass(frozen=True, slots=True)
class Span:
    """A run of text on one baseline in one font; points from the bottom left of the page as displayed."""

    text: str
    x0: float
    x1: float
    y: float  # baseline
    size: float  # the font size as drawn
    bold: bool


# One token of a content stream: a comment, a string (one level of nested parentheses), a hex string,
# a dictionary or array delimiter, a name, a number, or an operator.
_TOKEN = re.compile(
    rb"%[^\r\n]*"
    rb"|(?P<str>\((?:[^()\\]|\\.|\((?:[^()\\]|\\.)*\))*\))"
    rb"|(?P<dict><<|>>)"
    rb"|(?P<hex><[0-9A-Fa-f\s]*>)"
    rb"|(?P<arr>[\[\]])"
    rb"|(?P<name>/[^\s/\[\]()<>{}%]*)"
    rb"|(?P<num>[+-]?(?:\d+\.?\d*|\.\d+))"
    rb"|(?P<op>[^\s/\[\]()<>{}%0-9+\-.][^\s/\[\]()<>{}%]*)",
    re.DOTALL,
)
_INLINE_IMAGE = re.compile(rb"(?<![^\s])BI\s.*?\sID\s.*?\sEI(?=\s|$)", re.DOTALL)
_ESCAPE = re.compile(rb"\\([nrtbf()\\]|[0-7]{1,3}|\r\n|\r|\n)")
_ESCAPES = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f", b"(": b"(", b")": b")", b"\\": b"\\"}
_SHOW_TEXT = frozenset((b"Tj", b"TJ", b"'", b'"'))
# The operators this reader interprets; every other operator only ends its operands.
_TEXT_OPERATORS = _SHOW_TEXT | frozenset(
    (b"Tf", b"Tm", b"Td", b"TD", b"T*", b"BT", b"ET", b"cm", b"q", b"Q", b"Tc", b"Tw", b"Tz", b"TL", b"Ts")
    + (b"BDC", b"BMC", b"EMC", b"Do")
)
_IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
_MAX_FORM_DEPTH = 8


def _unescape(match: re.Match[bytes]) -> bytes:
    code = match.group(1)
    if code in _ESCAPES:
        return _ESCAPES[code]
    if code[:1].isdigit():
        return bytes((int(code, 8) & 0xFF,))
    return b""  # an escaped line break continues the string


def _mult(m: tuple[float, ...], n: tuple[float, ...]) -> tuple[float, ...]:
    """m x n for PDF's row-vector matrices [a b c d e f]."""
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (
        a * a2 + b * c2,
        a * b2 + b * d2,
        c * a2 + d * c2,
        c * b2 + d * d2,
        e * a2 + f * c2 + e2,
        e * b2 + f * d2 + f2,
    )


def _rotation(page: PageObject) -> tuple[float, ...]:
    """The matrix from user space to the page as displayed (its /Rotate applied, origin bottom left)."""
    box = page.cropbox
    x0, y0, x1, y1 = float(box.left), float(box.bottom), float(box.right), float(box.top)
    rotate = int(page.get("/Rotate", 0) or 0) % 360
    if rotate == 90:
        return (0.0, -1.0, 1.0, 0.0, -y0, x1)
    if rotate == 180:
        return (-1.0, 0.0, 0.0, -1.0, x1, y1)
    if rotate == 270:
        return (0.0, 1.0, -1.0, 0.0, y1, -x0)
    return (1.0, 0.0, 0.0, 1.0, -x0, -y0)


def page_spans(page: PageObject, fonts: FontCache) -> list[Span]:
    """The page's text as spans in drawing order, skipping /Artifact page furniture and non-upright text."""
    reader = _ContentReader(fonts)
    resources = page.get("/Resources")
    resources = resources.get_object() if resources is not None else DictionaryObject()
    # Starting from the page's rotation puts every position in the page's displayed frame.
    reader.run(_content_bytes(page.get("/Contents")), resources, _rotation(page), 0)
    reader.flush()
    return reader.spans


def _content_bytes(contents: Any) -> bytes:
    if contents is None:
        return b""
    contents = contents.get_object()
    if isinstance(contents, StreamObject):
        return contents.get_data()
    return b"\n".join(part.get_object().get_data() for part in contents if part is not None)


class _ContentReader:
    """Interprets the text-showing operators of a content stream; the graphics state tracked is what text needs."""

    def __init__(self, fonts: FontCache) -> None:
        self.fonts = fonts
        self.spans: list[Span] = []
        self._pending: list[Any] | None = None  # [text, x0, x1, y, size, bold] of the span being built

    def flush(self) -> None:
        """End the span being built."""
        p = self._pending
        if p is not None and p[0].strip():
            self.spans.append(Span(text=p[0], x0=p[1], x1=p[2], y=p[3], size=p[4], bold=p[5]))
        self._pending = None

    def run(self, data: bytes, resources: DictionaryObject, ctm: tuple[float, ...], depth: int) -> None:
        """Interpret one content stream (a page's, or a form XObject's) under the given matrix."""
        if b"BI" in data:
            data = _INLINE_IMAGE.sub(b" ", data)
        font_dict = resources.get("/Font")
        font_dict = font_dict.get_object() if font_dict is not None else {}
        stack: list[tuple[Any, ...]] = []
        marks: list[bool] = []  # per open marked-content sequence: is it an artifact
        artifact_depth = 0
        font: FontInfo | None = None
        size = 0.0
        char_space = word_space = rise = leading = 0.0
        scale = 1.0
        tm = tlm = _IDENTITY
        operands: list[Any] = []
        arrays: list[list[Any]] = []
        dict_depth = 0

        for m in _TOKEN.finditer(data):
            kind = m.lastgroup
            # numbers and operators that text does not need are most of a stream: they go first and fast
            if kind == "num":
                if not dict_depth:
                    (arrays[-1] if arrays else operands).append(float(m.group("num")))
                continue
            if kind == "op":
                if dict_depth:
                    continue
                op = m.group("op")
                if op not in _TEXT_OPERATORS:
                    operands.clear()
                    arrays.clear()
                    continue
            elif kind is None:
                continue  # a comment
            elif kind == "dict":
                dict_depth += 1 if m.group("dict") == b"<<" else -1
                if dict_depth == 0:
                    operands.append(None)  # the dictionary itself is never needed
                continue
            elif dict_depth:
                continue
            else:
                tok = m.group(kind)
                if kind == "str":
                    value: Any = tok[1:-1]
                    if b"\\" in value:
                        value = _ESCAPE.sub(_unescape, value)
                elif kind == "hex":
                    digits = re.sub(rb"\s", b"", tok[1:-1])
                    value = bytes.fromhex((digits + b"0" * (len(digits) % 2)).decode())
                elif kind == "name":
                    value = tok.decode("latin-1")
                elif tok == b"[":
                    arrays.append([])
                    continue
                else:  # "]"
                    if not arrays:
                        continue
                    value = arrays.pop()
                (arrays[-1] if arrays else operands).append(value)
                continue

            try:
                if op in _SHOW_TEXT:
                    if op == b"'" or op == b'"':  # these move to the next line first
                        if op == b'"' and len(operands) >= 3:
                            word_space, char_space = float(operands[0]), float(operands[1])
                        tlm = _mult((1.0, 0.0, 0.0, 1.0, 0.0, -leading), tlm)
                        tm = tlm
                    if font is not None and operands:
                        items = operands[-1] if isinstance(operands[-1], list) else [operands[-1]]
                        if artifact_depth:
                            tm = self._advance(items, font, size, char_space, word_space, scale, tm)
                        else:
                            tm = self._show(items, font, size, char_space, word_space, scale, rise, tm, ctm)
                elif op == b"Tf":
                    if len(operands) >= 2:
                        ref = font_dict.get(operands[-2]) if isinstance(operands[-2], str) else None
                        font = self.fonts.get(ref) if ref is not None else None
                        size = float(operands[-1])
                elif op == b"Tm":
                    if len(operands) >= 6:
                        tm = tlm = tuple(float(v) for v in operands[-6:])
                elif op == b"Td":
                    tlm = _mult((1.0, 0.0, 0.0, 1.0, float(operands[-2]), float(operands[-1])), tlm)
                    tm = tlm
                elif op == b"TD":
                    leading = -float(operands[-1])
                    tlm = _mult((1.0, 0.0, 0.0, 1.0, float(operands[-2]), float(operands[-1])), tlm)
                    tm = tlm
                elif op == b"T*":
                    tlm = _mult((1.0, 0.0, 0.0, 1.0, 0.0, -leading), tlm)
                    tm = tlm
                elif op == b"BT":
                    tm = tlm = _IDENTITY
                elif op == b"ET":
                    pass
                elif op == b"cm":
                    if len(operands) >= 6:
                        ctm = _mult(tuple(float(v) for v in operands[-6:]), ctm)
                elif op == b"q":
                    stack.append((ctm, font, size, char_space, word_space, scale, rise, leading))
                elif op == b"Q":
                    if stack:
                        ctm, font, size, char_space, word_space, scale, rise, leading = stack.pop()
                elif op == b"Tc":
                    char_space = float(operands[-1])
                elif op == b"Tw":
                    word_space = float(operands[-1])
                elif op == b"Tz":
                    scale = float(operands[-1]) / 100.0
                elif op == b"TL":
                    leading = float(operands[-1])
                elif op == b"Ts":
                    rise = float(operands[-1])
                elif op == b"BDC" or op == b"BMC":
                    is_artifact = bool(operands) and operands[0] == "/Artifact"
                    marks.append(is_artifact)
                    artifact_depth += is_artifact
                elif op == b"EMC":
                    if marks and marks.pop():
                        artifact_depth -= 1
                elif op == b"Do" and operands and depth < _MAX_FORM_DEPTH and not artifact_depth:
                    self._form(operands[-1], resources, ctm, depth)
            except (ValueError, TypeError, IndexError, ZeroDivisionError):
                pass  # a malformed operator is skipped, as viewers do
            operands = []
            arrays.clear()

    def _form(self, name: Any, resources: DictionaryObject, ctm: tuple[float, ...], depth: int) -> None:
        xobjects = resources.get("/XObject")
        if xobjects is None or not isinstance(name, str):
            return
        xobj = xobjects.get_object().get(name)
        if xobj is None:
            return
        xobj = xobj.get_object()
        if not isinstance(xobj, StreamObject) or xobj.get("/Subtype") != "/Form":
            return
        matrix = tuple(float(v) for v in xobj.get("/Matrix", _IDENTITY))
        form_resources = xobj.get("/Resources")
        form_resources = form_resources.get_object() if form_resources is not None else resources
        self.run(xobj.get_data(), form_resources, _mult(matrix, ctm), depth + 1)

    @staticmethod
    def _advance(
        items: list[Any], info: FontInfo, size: float, cs: float, ws: float, scale: float, tm: tuple[float, ...]
    ) -> tuple[float, ...]:
        """The text matrix after showing items without recording them (text in an artifact)."""
        dx = 0.0
        for item in items:
            if isinstance(item, bytes):
                _, units, count, spaces = info.glyphs(item)
                dx += (units / 1000.0 * size + cs * count + ws * spaces) * scale
            elif isinstance(item, float):
                dx -= item / 1000.0 * size * scale
        a, b, c, d, e, f = tm
        return (a, b, c, d, e + dx * a, f + dx * b)

    def _show(
        self,
        items: list[Any],
        info: FontInfo,
        size: float,
        cs: float,
        ws: float,
        scale: float,
        rise: float,
        tm: tuple[float, ...],
        ctm: tuple[float, ...],
    ) -> tuple[float, ...]:
        """Add the strings of a Tj/TJ as spans; returns the text matrix after them."""
        a, b, c, d, e, f = _mult(tm, ctm)
        shown_size = size * math.hypot(c, d)
        if abs(b) > 1e-3 * abs(a) or a <= 0 or shown_size <= 0:
            self.flush()  # rotated or mirrored text is not part of the running text
            return self._advance(items, info, size, cs, ws, scale, tm)
        # Every string of one show operator sits on the same baseline: only the advance along it changes.
        x0 = e + c * rise
        y = f + d * rise
        advance = 0.0
        texts: list[str] = []
        start = 0.0
        for item in items:
            if isinstance(item, bytes):
                text, units, count, spaces = info.glyphs(item)
                if not texts:
                    start = advance
                texts.append(text)
                advance += (units / 1000.0 * size + cs * count + ws * spaces) * scale
            elif isinstance(item, float):
                shift = -item / 1000.0 * size * scale
                if texts and not -0.05 * size < shift < 0.1 * size:  # more than kerning: a gap in the text
                    self._add("".join(texts), x0 + start * a, x0 + advance * a, y, shown_size, info.bold)
                    texts = []
                advance += shift
        if texts:
            self._add("".join(texts), x0 + start * a, x0 + advance * a, y, shown_size, info.bold)
        ta, tb, tc, td, te, tf = tm
        return (ta, tb, tc, td, te + advance * ta, tf + advance * tb)

    def _add(self, text: str, x0: float, x1: float, y: float, size: float, bold: bool) -> None:
        p = self._pending
        if (
            p is not None
            and abs(p[3] - y) < 0.01 * size
            and abs(p[4] - size) < 0.01 * size
            and p[5] == bold
            and -0.05 * size < x0 - p[2] < 0.1 * size
        ):
            p[0] += text
            p[2] = x1
            return
        self.flush()
        self._pending = [text, x0, x1, y, size, bold]

