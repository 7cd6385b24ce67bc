"""Feedback and health."""
from __future__ import annotations

from fastapi import APIRouter, status

from api.deps import RuntimeDep
from api.schemas import FeedbackIn

router = APIRouter(tags=["service"])


@router.post("/api/feedback", status_code=status.HTTP_201_CREATED)
def feedback(body: FeedbackIn, runtime: RuntimeDep) -> dict:
    """Keep a reader's thumbs up or down on an answer."""
    return {"id": runtime.feedback.add(body.question, body.answer, body.rating, body.comment)}


@router.get("/healthz")
def health(runtime: RuntimeDep) -> dict:
    """Liveness and what is indexed."""
    documents, chunks = runtime.index.catalog.counts()
    return {"status": "ok", "documents": documents, "chunks": chunks, "model": runtime.index.embedder.name,
            "vector_store": "chroma-server" if runtime.settings.chroma_host else "chroma-embedded",
            "answerer": "llm" if runtime.settings.llm_provider else "extractive"}
