"""Which page a quote is on: its place in the passage, matched across whitespace, read against the passage's page breaks."""
from __future__ import annotations

import re

from ingest.records import Chunk

_ELLIPSIS = re.compile(r"\s*(?:…|\.\.\.)\s*")


def quote_offset(text: str, quote: str) -> int | None:
    """Where `quote` starts in `text`, any run of whitespace matching any other (and an ellipsis ending the part
    that is matched); None when it is not there."""
    head = next((p for p in _ELLIPSIS.split(quote) if p.strip()), "")
    words = head.split()
    if not words:
        return None
    found = re.search(r"\s+".join(re.escape(w) for w in words), text)
    if found is None:
        found = re.search(r"\s+".join(re.escape(w) for w in words), text, re.IGNORECASE)
    return found.start() if found else None


def quote_page(chunk: Chunk, quote: str) -> int | None:
    """The page `quote` starts on within the chunk; the chunk's first page when the quote cannot be placed."""
    if not chunk.page_breaks:
        return chunk.page_start
    offset = quote_offset(chunk.text, quote)
    return chunk.page_at(offset) if offset is not None else chunk.page_start
