"""Wire models -> library records, in one place."""
from __future__ import annotations

from fastapi import HTTPException

from api.schemas import FiltersIn, Message
from ingest.records import Chunk
from retrieval.records import Filters


def to_filters(f: FiltersIn | None) -> Filters:
    """Client filters as the library's record; a reversed date range is a 422."""
    if f is None:
        return Filters()
    if f.since and f.until and f.since > f.until:
        raise HTTPException(422, "filters.since is after filters.until")
    return Filters(council=f.council or None, committee=f.committee or None, since=f.since, until=f.until, kind=f.kind or None)


def to_history(messages: list[Message]) -> list[dict]:
    """Earlier turns in the chat-completions shape the library takes."""
    return [{"role": m.role, "content": m.content} for m in messages if m.role in ("user", "assistant")]



def url_for(chunk: Chunk) -> str:
    """Where a reader checks a passage: the PDF at its page, or the text view with the passage highlighted."""
    if chunk.source.lower().endswith(".pdf") and chunk.page_start:
        return f"/api/documents/{chunk.doc_id}/file#page={chunk.page_start}"
    return f"/documents/{chunk.doc_id}?chunk={chunk.chunk_id}"
