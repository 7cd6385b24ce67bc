"""The FastAPI app factory: routers, error handlers, the web chat."""
from __future__ import annotations

from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

from api import errors, openapi_docs
from api.security import Guard
from api.routers import chat, commitments, documents, jobs, misc, openai_compat, search
from api.runtime import Runtime, build_runtime
from api.settings import Settings, get_settings

WEB = Path(__file__).resolve().parents[1] / "web"


def create_app(settings: Settings | None = None, runtime: Runtime | None = None) -> FastAPI:
    """An app over the index the settings name (or over a runtime the caller built and owns)."""

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        owned = runtime is None
        app.state.runtime = runtime or build_runtime(settings or get_settings())
        schedule = None
        if app.state.runtime.settings.sync_every_hours:
            from api.scheduler import SyncSchedule

            schedule = SyncSchedule(app.state.runtime, app.state.runtime.settings.sync_every_hours)
            schedule.start()
        try:
            yield
        finally:
            if schedule is not None:
                schedule.stop()
            if owned:
                app.state.runtime.close()

    app = FastAPI(title="Clerk", version="0.1.0", lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="Answers about council committee papers, with citations a reader can check.")
    configured = settings or (runtime.settings if runtime else get_settings())
    origins = configured.cors_origin_list
    if origins:  # none by default: a chat UI on another origin is allowed only by CLERK_CORS_ORIGINS
        app.add_middleware(CORSMiddleware, allow_origins=origins, allow_methods=["GET", "POST", "DELETE", "OPTIONS"],
                           allow_headers=["Authorization", "Content-Type", "X-API-Key"], max_age=600)
    if runtime is not None:
        app.state.runtime = runtime  # usable before startup too (test clients that skip the lifespan)
    errors.install(app)
    openapi_docs.install(app)
    app.add_middleware(Guard, allowed_hosts=configured.allowed_host_list,
                       feedback_per_minute=configured.feedback_per_minute)
    for module in (chat, search, commitments, documents, jobs, misc, openai_compat):
        app.include_router(module.router)

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(WEB / "index.html")

    @app.get("/documents/{doc_id}", include_in_schema=False)
    def document_page(doc_id: str) -> FileResponse:
        return FileResponse(WEB / "document.html")

    @app.get("/commitments", include_in_schema=False)
    def commitments_page() -> FileResponse:
        return FileResponse(WEB / "commitments.html")

    app.mount("/static", StaticFiles(directory=WEB), name="static")
    return app
