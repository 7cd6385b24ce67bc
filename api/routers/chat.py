"""POST /api/chat and its server-sent-events twin."""
from __future__ import annotations

import json
import re
from collections.abc import Iterator

from fastapi import APIRouter
from fastapi.responses import StreamingResponse

from api.convert import to_filters, to_history, url_for
from api.deps import RuntimeDep
from api.schemas import ChatRequest
from retrieval.records import Answer
from retrieval.wire import answer_to_json

router = APIRouter(prefix="/api", tags=["chat"])

_PIECES = re.compile(r"\S+\s*")


def ask(runtime, body: ChatRequest) -> Answer:
    """Answer a wire request with the runtime's service."""
    return runtime.clerk.ask(body.question, history=to_history(body.history), filters=to_filters(body.filters), k=body.k)


@router.post("/chat")
def chat(body: ChatRequest, runtime: RuntimeDep) -> dict:
    """Answer a question with [n] citations, or say the papers don't cover it (`refused: true`)."""
    return answer_to_json(ask(runtime, body), url_for)


def sse(event: str, data) -> str:
    """One server-sent event."""
    return f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"


def answer_events(payload: dict) -> Iterator[str]:
    """The answer as events: the passages first, the text piece by piece, then the citations, then done."""
    yield sse("contexts", {"contexts": payload["contexts"], "filters": payload["filters"]})
    for piece in _PIECES.findall(payload["answer"]):
        yield sse("delta", {"text": piece})
    yield sse("citations", {"citations": payload["citations"], "refused": payload["refused"]})
    yield sse("done", {k: v for k, v in payload.items() if k not in ("contexts", "citations")})


@router.post("/chat/stream")
def chat_stream(body: ChatRequest, runtime: RuntimeDep) -> StreamingResponse:
    """The same answer as /api/chat, as server-sent events: contexts, delta..., citations, done."""
    payload = answer_to_json(ask(runtime, body), url_for)
    return StreamingResponse(answer_events(payload), media_type="text/event-stream",
                             headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})
