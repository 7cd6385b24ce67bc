"""GET /api/search: retrieval only, for evaluation and debugging."""
from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from fastapi import APIRouter, Query

from api.convert import to_filters
from api.deps import RuntimeDep
from api.schemas import FiltersIn
from retrieval.wire import hit_to_json

router = APIRouter(prefix="/api", tags=["search"])


@router.get("/search")
def search(
    runtime: RuntimeDep,
    q: Annotated[str, Query(min_length=1, max_length=2000)],
    k: Annotated[int, Query(ge=1, le=100)] = 10,
    council: Annotated[str | None, Query(max_length=200)] = None,
    committee: Annotated[str | None, Query(max_length=300)] = None,
    since: date | None = None,
    until: date | None = None,
    kind: Annotated[str | None, Query(max_length=50)] = None,
    mode: Literal["hybrid", "dense", "bm25"] = "hybrid",
) -> dict:
    """The ranked passages for a query, best first, with their metadata."""
    filters = to_filters(FiltersIn(council=council, committee=committee, since=since, until=until, kind=kind))
    hits = runtime.searcher.search(q, filters, k=k, mode=mode)
    return {"query": q, "mode": mode, "results": [hit_to_json(rank, h, runtime.url_for) for rank, h in enumerate(hits, 1)]}
