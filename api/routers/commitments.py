"""GET /api/commitments: the commitments register — what was resolved, recommended, asked for and promised."""
from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from fastapi import APIRouter, HTTPException, Query

from api.deps import RuntimeDep
from ingest.records import RegisterQuery
from retrieval.register import Register
from retrieval.wire import commitment_to_json

router = APIRouter(prefix="/api", tags=["commitments"])

Kind = Literal["resolution", "recommendation", "action", "undertaking"]


@router.get("/commitments")
def commitments(
    runtime: RuntimeDep,
    council: Annotated[str | None, Query(max_length=200)] = None,
    committee: Annotated[str | None, Query(max_length=300)] = None,
    since: date | None = None,
    until: date | None = None,
    actor: Annotated[str | None, Query(max_length=200)] = None,
    kind: Kind | None = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 200,
) -> dict:
    """The register's records, newest meeting first, each with its source and a link to the passage."""
    if since and until and since > until:
        raise HTTPException(422, "since must not be after until")
    entries = Register(runtime.index.catalog).list(RegisterQuery(council, committee, since, until, actor, kind))
    return {"count": len(entries), "commitments": [commitment_to_json(e) for e in entries[:limit]]}
