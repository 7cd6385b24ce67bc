"""The API's own documentation, served offline: Swagger UI from bundled assets (the `fastapi-offline` package ships
them; no CDN), and an OpenAPI document whose error responses are the ones Clerk really sends."""
from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.openapi.utils import get_openapi
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

ASSETS_URL = "/static-docs"

# What every 4xx of the Clerk API carries (api/errors.py); FastAPI would otherwise document its own 422 shape.
ERROR_SCHEMA = {
    "title": "Error",
    "type": "object",
    "required": ["error", "detail"],
    "properties": {
        "error": {"type": "string", "description": "what kind of error, e.g. \"invalid request\""},
        "detail": {
            "description": "a message, or for a malformed request the fields at fault",
            "anyOf": [
                {"type": "string"},
                {"type": "array", "items": {"type": "object", "properties": {
                    "loc": {"type": "array", "items": {"anyOf": [{"type": "string"}, {"type": "integer"}]}},
                    "msg": {"type": "string"}}}},
            ],
        },
    },
}
# ... and what /v1 sends instead, in OpenAI's shape.
OPENAI_ERROR_SCHEMA = {
    "title": "OpenAIError",
    "type": "object",
    "required": ["error"],
    "properties": {"error": {"type": "object", "required": ["message", "type"], "properties": {
        "message": {"type": "string"}, "type": {"type": "string"},
        "param": {"type": ["string", "null"]}, "code": {"type": ["string", "null"]}}}},
}


def _assets() -> Path | None:
    try:
        import fastapi_offline
    except ImportError:
        return None
    return Path(fastapi_offline.__file__).resolve().parent / "static"


def _with_real_errors(schema: dict) -> dict:
    """The OpenAPI document with each route's 422 as Clerk sends it (400 in OpenAI's shape under /v1)."""
    schemas = schema.setdefault("components", {}).setdefault("schemas", {})
    schemas.pop("HTTPValidationError", None)
    schemas.pop("ValidationError", None)
    schemas["Error"], schemas["OpenAIError"] = ERROR_SCHEMA, OPENAI_ERROR_SCHEMA
    for path, operations in schema.get("paths", {}).items():
        openai = path.startswith("/v1/")
        ref = {"$ref": "#/components/schemas/" + ("OpenAIError" if openai else "Error")}
        for operation in operations.values():
            responses = operation.setdefault("responses", {})
            invalid = responses.pop("422", None)
            if invalid is not None:
                status, text = ("400", "Bad request") if openai else ("422", "Invalid request")
                responses[status] = {"description": text, "content": {"application/json": {"schema": ref}}}
    return schema


def install(app: FastAPI, docs_url: str = "/docs") -> None:
    """Serve `docs_url` (Swagger UI from local assets, when the bundle is installed) and the corrected OpenAPI."""

    def openapi() -> dict:
        if app.openapi_schema is None:
            app.openapi_schema = _with_real_errors(get_openapi(
                title=app.title, version=app.version, description=app.description, routes=app.routes))
        return app.openapi_schema

    app.openapi = openapi
    assets = _assets()
    if assets is None or not assets.is_dir():
        return
    app.mount(ASSETS_URL, StaticFiles(directory=assets), name="docs-assets")

    @app.get(docs_url, include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(openapi_url=app.openapi_url or "/openapi.json", title=f"{app.title} API",
                                   swagger_js_url=f"{ASSETS_URL}/swagger-ui-bundle.js",
                                   swagger_css_url=f"{ASSETS_URL}/swagger-ui.css",
                                   swagger_favicon_url=f"{ASSETS_URL}/favicon.png")
