"""OpenAI-compatible chat completions, so Open WebUI, promptfoo, LangChain's `ChatOpenAI` or the `openai` client can
use Clerk as a model: OpenAI's errors, content parts, usage in tokens, streams that join to the plain answer."""
from __future__ import annotations

import json
import re
import time
import uuid
from collections.abc import Iterator

from fastapi import APIRouter
from fastapi.responses import StreamingResponse

from api.deps import RuntimeDep
from api.openai_wire import MAX_CONTENT, MODEL_ID, CompletionRequest, OpenAIError
from api.schemas import MAX_QUESTION
from retrieval.records import Filters
from retrieval.wire import answer_to_json

router = APIRouter(prefix="/v1", tags=["openai"])

_PIECES = re.compile(r"\s*\S+\s*")  # a word with the spaces around it: the pieces join back to the text exactly
_MODEL = {"id": MODEL_ID, "object": "model", "created": 0, "owned_by": "clerk"}


@router.get("/models")
def models() -> dict:
    """The one model Clerk offers."""
    return {"object": "list", "data": [_MODEL]}


@router.get("/models/{model_id}")
def model(model_id: str) -> dict:
    """The model's card, or 404 model_not_found."""
    _known_model(model_id)
    return _MODEL


def _known_model(name: str) -> None:
    if name != MODEL_ID:
        raise OpenAIError(404, f"The model '{name}' does not exist; this server offers '{MODEL_ID}'.", "model",
                          "model_not_found")


def _question(body: CompletionRequest) -> tuple[str, list[dict]]:
    """The last user message as the question, the user and assistant turns before it as history."""
    for i, m in enumerate(body.messages):
        if len(m.text) > MAX_CONTENT:
            raise OpenAIError(400, f"messages[{i}] is over {MAX_CONTENT} characters", f"messages[{i}].content")
    users = [i for i, m in enumerate(body.messages) if m.role == "user"]
    if not users:
        raise OpenAIError(400, "messages must include a user message", "messages")
    last = users[-1]
    question = body.messages[last].text.strip()
    if not question:
        raise OpenAIError(400, "the last user message is empty", f"messages[{last}].content")
    if len(question) > MAX_QUESTION:
        raise OpenAIError(400, f"the question is over {MAX_QUESTION} characters", f"messages[{last}].content")
    history = [{"role": m.role, "content": m.text} for m in body.messages[:last] if m.role in ("user", "assistant")]
    return question, history


def sources_block(payload: dict) -> str:
    """The citations as a Markdown list under "Sources:", for clients that drop the extra `clerk` field."""
    if not payload["citations"]:
        return ""
    lines = ["", "", "Closest material:" if payload["refused"] else "Sources:"]
    for c in payload["citations"]:
        where = ", ".join(x for x in (c["council"], c["committee"] or c["title"], c["meeting_date"], c["item"],
                                      f"para {c['section']}" if c["section"] else None,
                                      f"p. {c['page']}" if c["page"] else None) if x)
        quote = " ".join(c["quote"].split())
        quote = quote if len(quote) <= 240 else quote[:237].rstrip() + "…"
        lines.append(f"[{c['n']}] {where}: “{quote}” <{c['url']}>")
    return "\n".join(lines)


def _limited(text: str, limit: int | None, count) -> tuple[str, str]:
    """The text cut to at most `limit` tokens at a word boundary, with the finish reason ("stop" or "length")."""
    if limit is None or count(text) <= limit:
        return text, "stop"
    pieces = _PIECES.findall(text)
    low, high = 0, len(pieces)  # the longest prefix of pieces within the limit
    while low < high:
        mid = (low + high + 1) // 2
        if count("".join(pieces[:mid])) <= limit:
            low = mid
        else:
            high = mid - 1
    return "".join(pieces[:low]).rstrip(), "length"


def _chunk(cid: str, created: int, delta: dict | None, finish: str | None = None, **extra) -> str:
    choices = [] if delta is None else [{"index": 0, "delta": delta, "finish_reason": finish}]
    payload = {"id": cid, "object": "chat.completion.chunk", "created": created, "model": MODEL_ID, "choices": choices,
               **extra}
    return f"data: {json.dumps(payload, ensure_ascii=False)}\n\n"


@router.post("/chat/completions", response_model=None)
def completions(body: CompletionRequest, runtime: RuntimeDep) -> dict | StreamingResponse:
    """The answer text with [n] markers as the message (plus a "Sources" block when asked); citations and contexts
    in the extra field `clerk`; usage counted in the embedder's tokens."""
    _known_model(body.model)
    question, history = _question(body)
    payload = answer_to_json(runtime.clerk.ask(question, history=history, filters=Filters()), runtime.url_for)
    wanted = runtime.settings.sources_block if body.clerk_sources is None else body.clerk_sources
    text = payload["answer"] + (sources_block(payload) if wanted else "")
    count = runtime.index.embedder.count_tokens
    text, finish = _limited(text, body.token_limit, count)
    prompt_tokens = sum(count(m.text) for m in body.messages)
    completion_tokens = count(text)
    usage = {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
             "total_tokens": prompt_tokens + completion_tokens}
    cid, created = f"chatcmpl-{uuid.uuid4().hex[:24]}", int(time.time())
    if body.stream:
        include_usage = bool(body.stream_options and body.stream_options.include_usage)

        def events() -> Iterator[str]:
            yield _chunk(cid, created, {"role": "assistant", "content": ""})
            for piece in _PIECES.findall(text):
                yield _chunk(cid, created, {"content": piece})
            yield _chunk(cid, created, {}, finish, clerk=payload)
            if include_usage:
                yield _chunk(cid, created, None, usage=usage)
            yield "data: [DONE]\n\n"

        return StreamingResponse(events(), media_type="text/event-stream")
    return {
        "id": cid, "object": "chat.completion", "created": created, "model": MODEL_ID,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": finish}],
        "usage": usage,
        "clerk": payload,
    }
