"""One exception handler per error type: every failure leaves as JSON, never a stack trace: {error, detail} on the
Clerk API, OpenAI's {"error": {message, type, param, code}} under /v1, where SDKs read that shape."""
from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from api.openai_wire import OpenAIError, error_body
from ingest.embedder import EmbedderError
from ingest.store import StoreError
from ingest.writelock import IndexBusy

log = logging.getLogger("clerk.api")


def _body(error: str, detail) -> dict:
    return {"error": error, "detail": detail}


def _openai(request: Request) -> bool:
    return request.url.path.startswith("/v1/")


def _respond(request: Request, status: int, error: str, detail, headers=None, param: str | None = None,
             code: str | None = None) -> JSONResponse:
    """The error in the shape the path's clients read."""
    if _openai(request):
        message = detail if isinstance(detail, str) else "; ".join(f"{p}: {m}" for p, m in _pairs(detail)) or error
        return JSONResponse(error_body(status, message, param, code), status_code=status, headers=headers)
    return JSONResponse(_body(error, detail), status_code=status, headers=headers)


def _pairs(detail) -> list[tuple[str, str]]:
    if not isinstance(detail, list):
        return [("", str(detail))]
    return [(".".join(str(x) for x in d.get("loc", ()) if x != "body"), d.get("msg", "")) for d in detail]


def _validation_detail(exc: RequestValidationError) -> list[dict]:
    # Keep what a client needs (where and what), drop echoes of their input and pydantic's internals.
    return [{"loc": list(e.get("loc", ())), "msg": e.get("msg", "")} for e in exc.errors()]


def install(app: FastAPI) -> None:
    """Register the handlers on an app."""

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        detail = _validation_detail(exc)
        if _openai(request):  # SDKs expect 400 for a malformed request, naming the parameter
            return _respond(request, 400, "invalid request", detail, param=_pairs(detail)[0][0] or None)
        return JSONResponse(_body("invalid request", detail), status_code=422)

    @app.exception_handler(OpenAIError)
    async def openai_error(request: Request, exc: OpenAIError) -> JSONResponse:
        return JSONResponse(error_body(exc.status, exc.message, exc.param, exc.code), status_code=exc.status)

    @app.exception_handler(HTTPException)
    async def http(request: Request, exc: HTTPException) -> JSONResponse:
        detail = exc.detail if isinstance(exc.detail, (str, list, dict)) else str(exc.detail)
        error = {400: "bad request", 401: "unauthorized", 403: "forbidden", 404: "not found", 405: "method not allowed",
                 413: "too large", 415: "unsupported media type", 422: "invalid request"}.get(exc.status_code, "error")
        return _respond(request, exc.status_code, error, detail, getattr(exc, "headers", None))

    @app.exception_handler(IndexBusy)
    async def busy(request: Request, exc: IndexBusy) -> JSONResponse:
        # another process (an ingest, a sync) holds the data dir's write lock
        return _respond(request, 503, "index busy", str(exc), headers={"Retry-After": "10"})

    @app.exception_handler(StoreError)
    @app.exception_handler(EmbedderError)
    async def unavailable(request: Request, exc: Exception) -> JSONResponse:
        return _respond(request, 503, "index unavailable", str(exc))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return _respond(request, 500, "internal error", "something went wrong; it has been logged")
