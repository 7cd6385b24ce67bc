"""POST /api/chat and its server-sent-events twin."""
from __future__ import annotations

import json
import re
from collections.abc import Iterator

from fastapi import APIRouter
from fastapi.responses import StreamingResponse

from api.convert import to_filters, to_history
from api.deps import RuntimeDep
from api.schemas import ChatRequest
from retrieval.service import Retrieval
from retrieval.wire import answer_to_json, filters_to_json, hit_to_json

router = APIRouter(prefix="/api", tags=["chat"])

_PIECES = re.compile(r"\S+\s*")


def retrieve(runtime, body: ChatRequest) -> Retrieval:
    """The passages for a wire request, found by the runtime's service."""
    return runtime.clerk.retrieve(body.question, history=to_history(body.history), filters=to_filters(body.filters), k=body.k)


@router.post("/chat")
def chat(body: ChatRequest, runtime: RuntimeDep) -> dict:
    """Answer a question with [n] citations, or say the papers don't cover it (`refused: true`)."""
    return answer_to_json(runtime.clerk.respond(retrieve(runtime, body)), runtime.url_for)


def sse(event: str, data) -> str:
    """One server-sent event."""
    return f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"


def answer_events(runtime, found: Retrieval) -> Iterator[str]:
    """The passages as soon as they are found, then the answer piece by piece, the citations, and done."""
    contexts = [hit_to_json(rank, hit, runtime.url_for) for rank, hit in enumerate(found.hits, 1)]
    yield sse("contexts", {"contexts": contexts, "filters": filters_to_json(found.filters)})
    payload = answer_to_json(runtime.clerk.respond(found), runtime.url_for)
    for piece in _PIECES.findall(payload["answer"]):
        yield sse("delta", {"text": piece})
    yield sse("citations", {"citations": payload["citations"], "refused": payload["refused"]})
    yield sse("done", {k: v for k, v in payload.items() if k not in ("contexts", "citations")})


@router.post("/chat/stream")
def chat_stream(body: ChatRequest, runtime: RuntimeDep) -> StreamingResponse:
    """The same answer as /api/chat, as server-sent events: contexts, delta..., citations, done."""
    found = retrieve(runtime, body)  # before the response starts, so bad input still gets a 4xx
    return StreamingResponse(answer_events(runtime, found), media_type="text/event-stream",
                             headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})
