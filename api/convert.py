"""Wire models -> library records, in one place."""
from __future__ import annotations

from fastapi import HTTPException

from api.schemas import FiltersIn, Message
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


