"""OpenAI-compatible chat completions, so Open WebUI, promptfoo or the `openai` client can use Clerk as a model."""
from __future__ import annotations

import json
import time
import uuid
from collections.abc import Iterator

from fastapi import APIRouter, HTTPException
from fastapi.responses import StreamingResponse

from api.convert import to_history
from api.deps import RuntimeDep
from api.schemas import MAX_QUESTION, CompletionRequest
from retrieval.records import Filters
from retrieval.wire import answer_to_json

router = APIRouter(prefix="/v1", tags=["openai"])
MODEL_ID = "clerk"


@router.get("/models")
def models() -> dict:
    """The one model Clerk offers."""
    return {"object": "list", "data": [{"id": MODEL_ID, "object": "model", "created": 0, "owned_by": "clerk"}]}


def _question(body: CompletionRequest) -> tuple[str, list[dict]]:
    users = [i for i, m in enumerate(body.messages) if m.role == "user"]
    if not users:
        raise HTTPException(422, "messages must include a user message")
    last = users[-1]
    question = body.messages[last].content.strip()
    if not question:
        raise HTTPException(422, "the last user message is empty")
    if len(question) > MAX_QUESTION:
        raise HTTPException(422, f"the question is over {MAX_QUESTION} characters")
    return question, to_history(body.messages[:last])


def _chunk(cid: str, created: int, delta: dict, finish: str | None = None, extra: dict | None = None) -> str:
    payload = {"id": cid, "object": "chat.completion.chunk", "created": created, "model": MODEL_ID,
               "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
    if extra:
        payload["clerk"] = extra
    return f"data: {json.dumps(payload, ensure_ascii=False)}\n\n"


@router.post("/chat/completions", response_model=None)
def completions(body: CompletionRequest, runtime: RuntimeDep) -> dict | StreamingResponse:
    """The answer text with [n] markers as the message; citations and contexts in the extra field `clerk`."""
    question, history = _question(body)
    payload = answer_to_json(runtime.clerk.ask(question, history=history, filters=Filters()))
    cid, created = f"chatcmpl-{uuid.uuid4().hex[:24]}", int(time.time())
    if body.stream:
        def events() -> Iterator[str]:
            yield _chunk(cid, created, {"role": "assistant", "content": ""})
            for word in payload["answer"].split(" "):
                yield _chunk(cid, created, {"content": word + " "})
            yield _chunk(cid, created, {}, "stop", payload)
            yield "data: [DONE]\n\n"

        return StreamingResponse(events(), media_type="text/event-stream")
    words = len(payload["answer"].split())
    return {
        "id": cid, "object": "chat.completion", "created": created, "model": MODEL_ID,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": payload["answer"]}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": len(question.split()), "completion_tokens": words, "total_tokens": len(question.split()) + words},
        "clerk": payload,
    }
