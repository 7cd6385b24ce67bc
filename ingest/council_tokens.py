"""The words of a text as the council finder reads them: letters only, lower-cased, with where each stands."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.council_table import key

_TOKEN = re.compile(r"[^\W\d_]+|&")  # letters, accented ones too ("Cyngor Sir Gâr")
_GAP = re.compile(r"[\s,.'’\-]{0,4}")


@dataclass(frozen=True, slots=True)
class Word:
    """One word of a text: lower-cased ("&" read as "and"), where it starts and ends, and whether it is capitalised."""

    lower: str
    start: int
    end: int
    capital: bool


def _lower(token: str) -> str:
    return "and" if token == "&" else token.lower() if token.isascii() else key(token)


def tokens(text: str) -> list[Word]:
    """The text's words in order."""
    return [Word(_lower(m.group()), m.start(), m.end(), m.group()[0].isupper()) for m in _TOKEN.finditer(text)]


def joined(text: str, ws: list[Word]) -> bool:
    """True when consecutive words are separated only by spaces, hyphens, commas, apostrophes or a full stop."""
    return all(_GAP.fullmatch(text[a.end:b.start]) for a, b in zip(ws, ws[1:]))
