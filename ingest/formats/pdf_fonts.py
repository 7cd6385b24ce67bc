"""PDF fonts as the span reader uses them: weight, and strings decoded once into text and glyph widths."""
from __future__ import annotations

import re
from typing import Any

from pypdf.generic import IndirectObject
# pypdf's own font decoding and glyph widths; a private module (pypdf 7.1 here), so pypdf wants pinning to 7.x.
from pypdf.generic._font import Font

_BOLD_NAME = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)


class FontInfo:
    """A font as this reader uses it: its weight, and its strings decoded once into text and width."""

    __slots__ = ("font", "bold", "two_byte", "_glyphs")

    def __init__(self, font: Font, bold: bool) -> None:
        self.font = font
        self.bold = bold
        self.two_byte = isinstance(font.encoding, str) and "16" in font.encoding
        self._glyphs: dict[bytes, tuple[str, float, int, int]] = {}

    def glyphs(self, raw: bytes) -> tuple[str, float, int, int]:
        """(the text a string shows, its width in 1/1000 font size, its glyph count, its single-byte spaces)."""
        hit = self._glyphs.get(raw)
        if hit is None:
            hit = self._glyphs[raw] = self._decode(raw)
        return hit

    def _decode(self, raw: bytes) -> tuple[str, float, int, int]:
        font = self.font
        if isinstance(font.encoding, str):
            try:
                codes = raw.decode(font.encoding, "surrogatepass")
            except (UnicodeDecodeError, LookupError):
                codes = raw.decode("latin-1")
            keys = codes
        else:
            keys = raw.decode("latin-1")
            codes = "".join(font.encoding.get(b, chr(b)) for b in raw)
        cmap = font.character_map
        text = "".join(cmap.get(c, c) for c in codes) if cmap else codes
        widths = font.character_widths
        default = widths.get("default", 500)
        units = sum(widths.get(k, default) for k in keys)
        return text, units, len(keys), 0 if self.two_byte else raw.count(b" ")


class FontCache:
    """Fonts of one document, decoded once and shared by its pages."""

    def __init__(self) -> None:
        self._fonts: dict[Any, FontInfo | None] = {}

    def get(self, ref: Any) -> FontInfo | None:
        """The decoded font for a font resource (an indirect reference or a dictionary), None if unreadable."""
        key = (ref.idnum, ref.generation) if isinstance(ref, IndirectObject) else id(ref)
        if key not in self._fonts:
            self._fonts[key] = self._load(ref)
        return self._fonts[key]

    @staticmethod
    def _load(ref: Any) -> FontInfo | None:
        try:
            obj = ref.get_object()
            font = Font.from_font_resource(obj)
        except Exception:  # a broken font loses its text, not the page
            return None
        weight = font.font_descriptor.weight
        bold = bool(_BOLD_NAME.search(font.name)) or (isinstance(weight, (int, float)) and weight >= 600)
        bold = bold or bool(int(font.font_descriptor.flags or 0) & (1 << 18))  # ForceBold
        return FontInfo(font, bold)
