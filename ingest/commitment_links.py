"""A commitment linked to the passage that holds its words, for the register's link to its source."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ingest.records import Commitment


def link_chunks(commitments: Sequence[Commitment], chunks: Sequence[tuple[str, str]]) -> list[Commitment]:
    """Each commitment with the id of the chunk (chunk_id, text) that holds its words, for the link to its passage."""
    flat = [(cid, " ".join(text.split())) for cid, text in chunks]
    out = []
    for c in commitments:
        words = " ".join(c.text.split())
        home = next((cid for cid, text in flat if words in text), None)
        if home is None:  # split across chunks, or joined from two lines: the chunk holding its opening words
            opening = " ".join(words.split()[:8])
            home = next((cid for cid, text in flat if opening in text), None)
        out.append(replace(c, chunk_id=home))
    return out
