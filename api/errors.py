"""One exception handler per error type: every failure leaves as JSON {error, detail}, never a stack trace."""
from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from ingest.embedder import EmbedderError
from ingest.store import StoreError

log = logging.getLogger("clerk.api")


def _body(error: str, detail) -> dict:
    return {"error": error, "detail": detail}


def _validation_detail(exc: RequestValidationError) -> list[dict]:
    # Keep what a client needs (where and what), drop echoes of their input and pydantic's internals.
    return [{"loc": list(e.get("loc", ())), "msg": e.get("msg", "")} for e in exc.errors()]


def install(app: FastAPI) -> None:
    """Register the handlers on an app."""

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse(_body("invalid request", _validation_detail(exc)), status_code=422)

    @app.exception_handler(HTTPException)
    async def http(request: Request, exc: HTTPException) -> JSONResponse:
        detail = exc.detail if isinstance(exc.detail, (str, list, dict)) else str(exc.detail)
        error = {400: "bad request", 401: "unauthorized", 403: "forbidden", 404: "not found", 405: "method not allowed",
                 413: "too large", 415: "unsupported media type", 422: "invalid request"}.get(exc.status_code, "error")
        return JSONResponse(_body(error, detail), status_code=exc.status_code, headers=getattr(exc, "headers", None))

    @app.exception_handler(StoreError)
    @app.exception_handler(EmbedderError)
    async def unavailable(request: Request, exc: Exception) -> JSONResponse:
        return JSONResponse(_body("index unavailable", str(exc)), status_code=503)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return JSONResponse(_body("internal error", "something went wrong; it has been logged"), status_code=500)
