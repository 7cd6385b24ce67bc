"""Checks shared by the answerer's tests: every sentence cited, markers and citations one to one, quotes verbatim."""
from __future__ import annotations

import re

from retrieval.records import Citation

_MARKER = re.compile(r"\[(\d+)\]")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“(]?[A-Z0-9])")


def sentences(text: str) -> list[str]:
    """The answer's sentences, leaving out the meeting headings (lines ending in a colon)."""
    lines = [line.strip() for line in text.splitlines() if line.strip() and not line.rstrip().endswith(":")]
    return [s for line in lines for s in _SENTENCE_END.split(line)]


def assert_well_formed(text: str, citations: tuple[Citation, ...]) -> None:
    """Every sentence ends with a marker; markers and citations match one to one, numbered in order of first use;
    every quote is in its passage verbatim (up to whitespace)."""
    assert text
    for sentence in sentences(text):
        assert re.search(r"\S \[\d+\][.!?]$", sentence), f"uncited sentence: {sentence!r}"
    used = list(dict.fromkeys(int(n) for n in _MARKER.findall(text)))
    assert used == list(range(1, len(used) + 1))
    assert [c.n for c in citations] == used
    for c in citations:
        assert " ".join(c.quote.split()) in " ".join(c.chunk.text.split())
    assert len({c.chunk.chunk_id for c in citations}) == len(citations)


def cited(citations, phrase: str) -> Citation:
    found = [c for c in citations if phrase in c.quote]
    assert found, f"no quote contains {phrase!r}: {[c.quote for c in citations]}"
    return found[0]
