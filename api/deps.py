"""Named FastAPI dependencies: the runtime, the API key check, a known document."""
from __future__ import annotations

import hmac
import re
from typing import Annotated

from fastapi import Depends, Header, HTTPException, Path, Request

from api.runtime import Runtime
from ingest.catalog import DocumentEntry

_DOC_ID = re.compile(r"^[0-9a-f]{16}(?:-\d{1,4})?$")


def get_runtime(request: Request) -> Runtime:
    """The process's runtime, built by the app factory."""
    return request.app.state.runtime


RuntimeDep = Annotated[Runtime, Depends(get_runtime)]


def require_api_key(
    runtime: RuntimeDep,
    x_api_key: Annotated[str | None, Header()] = None,
    authorization: Annotated[str | None, Header()] = None,
) -> None:
    """Writes need CLERK_API_KEY, given as `X-API-Key: KEY` or `Authorization: Bearer KEY`."""
    expected = runtime.settings.api_key
    if not expected:
        raise HTTPException(403, "uploads and deletions are disabled: set CLERK_API_KEY on the server")
    given = x_api_key or (authorization[7:] if authorization and authorization.lower().startswith("bearer ") else None)
    if not given or not hmac.compare_digest(given.encode(), expected.encode()):
        raise HTTPException(401, "a valid API key is required (X-API-Key header)", headers={"WWW-Authenticate": "Bearer"})


ApiKey = Depends(require_api_key)


def known_document(runtime: RuntimeDep, doc_id: Annotated[str, Path(max_length=40)]) -> DocumentEntry:
    """The document with this id, or 404."""
    entry = runtime.index.catalog.document(doc_id) if _DOC_ID.match(doc_id) else None
    if entry is None:
        raise HTTPException(404, f"no document with id '{doc_id}'")
    return entry


DocumentDep = Annotated[DocumentEntry, Depends(known_document)]
