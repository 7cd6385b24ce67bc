"""The optional LLM answerer: a chat model writes from numbered passages, the claim checker keeps what they back.

This is the one module that touches LangChain: messages go out and the reply comes back as plain text here.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ingest.dates import spelt
from ingest.records import Chunk
from retrieval.claims import CheckedAnswer, Embed, check_answer
from retrieval.records import Citation, Hit

if TYPE_CHECKING:  # LangChain loads only when an LLM is configured: `clerk ask` starts without it
    from langchain_core.language_models import BaseChatModel

REFUSAL = "The papers don't say."

SYSTEM_PROMPT = f"""You answer questions about UK council committee papers.
Answer ONLY from the numbered passages in the user's message; never from anything else you know.
Cite every sentence with the number of the passage it comes from, in square brackets, like [1], or [1][3] \
when it draws on two. Use only the passage numbers given.
Copy figures, dates and names exactly as the passages give them.
Keep it short: a few sentences, plain prose.
If the passages do not answer the question, reply exactly: {REFUSAL}"""

_THINKING = re.compile(r"<think>.*?(?:</think>|$)", re.DOTALL)  # reasoning models' scratchpad


class LLMError(Exception):
    """The chat model could not be reached or failed to answer."""


@dataclass(frozen=True)
class LLMReply:
    """What the model wrote, how the checker judged it, and the citations of what survived."""

    raw: str
    checked: CheckedAnswer
    citations: tuple[Citation, ...]

    @property
    def text(self) -> str:
        """The answer to show: only the sentences the passages back, markers renumbered."""
        return self.checked.kept_text


def passage_header(n: int, chunk: Chunk) -> str:
    """The line above passage [n] in the prompt: council, committee, date, page, title."""
    parts = [x for x in (chunk.council, chunk.committee, _when(chunk), _pages(chunk)) if x]
    if chunk.title and chunk.title not in (chunk.committee, chunk.council):
        parts.append(chunk.title)
    return f"[{n}] " + " | ".join(parts)


def _when(chunk: Chunk) -> str | None:
    start, end = spelt(chunk.meeting_date), chunk.date_end
    return f"{start} to {spelt(end)}" if start and end and end != chunk.meeting_date else start


def _pages(chunk: Chunk) -> str | None:
    if chunk.page_start is None:
        return None
    if chunk.page_end and chunk.page_end != chunk.page_start:
        return f"pages {chunk.page_start}-{chunk.page_end}"
    return f"page {chunk.page_start}"


def _support_header(chunk: Chunk) -> str:
    # What the reader was told about a passage beyond its text, which a sentence may fairly rely on
    # ("Tower Hamlets" for a passage that says "LBTH"); page numbers are left out, as no claim rests on them.
    return "\n".join(x for x in (chunk.council, chunk.committee, chunk.title, _when(chunk), *chunk.headings) if x)


def user_prompt(question: str, chunks: Sequence[Chunk]) -> str:
    """The user message: the numbered passages with where each comes from, then the question."""
    passages = "\n\n".join(f"{passage_header(n, c)}\n{c.text}" for n, c in enumerate(chunks, start=1))
    return f"Passages:\n\n{passages}\n\nQuestion: {question}"


def _reply_text(content: Any) -> str:
    if isinstance(content, str):
        text = content
    else:  # a list of content blocks
        text = "".join(b if isinstance(b, str) else b.get("text", "") for b in content if isinstance(b, (str, dict)))
    return _THINKING.sub("", text).strip()


class LLMAnswerer:
    """Answers with a chat model from the top passages, keeping only sentences the cited passages back."""

    def __init__(self, chat_model: BaseChatModel, embed: Embed | None = None, max_passages: int = 6) -> None:
        self._chat = chat_model
        self._embed = embed
        self._max_passages = max_passages

    def reply(self, question: str, hits: Sequence[Hit]) -> LLMReply | None:
        """Ask the model and check its answer; None when there are no passages. Raises LLMError."""
        chunks = [h.chunk for h in hits[: self._max_passages]]
        if not chunks:
            return None
        from langchain_core.messages import HumanMessage, SystemMessage

        messages = [SystemMessage(SYSTEM_PROMPT), HumanMessage(user_prompt(question, chunks))]
        try:
            message = self._chat.invoke(messages)
        except Exception as exc:  # any provider's transport or API error
            raise LLMError(f"the chat model failed: {type(exc).__name__}: {exc}".splitlines()[0]) from exc
        raw = _reply_text(message.content)

        by_n = dict(enumerate(chunks, start=1))
        checked = check_answer(
            raw,
            {n: c.text for n, c in by_n.items()},
            self._embed,
            headers={n: _support_header(c) for n, c in by_n.items()},
        )
        return LLMReply(raw, checked, _citations(checked, by_n))

    def __call__(self, question: str, hits: Sequence[Hit]) -> tuple[str, tuple[Citation, ...]] | None:
        """The checked answer and its citations, or None when no sentence survives (the caller falls back)."""
        reply = self.reply(question, hits)
        if reply is None or not reply.text.strip() or not reply.citations:
            return None
        return reply.text, reply.citations


def _citations(checked: CheckedAnswer, chunks: dict[int, Chunk]) -> tuple[Citation, ...]:
    # The quote for [n] is the passage sentence that best backs any kept sentence citing it.
    best: dict[int, tuple[float, str]] = {}
    for verdict in checked.sentences:
        if not verdict.supported:
            continue
        for e in verdict.evidence:
            if e.sentence and (e.n not in best or e.score > best[e.n][0]):
                best[e.n] = (e.score, e.sentence)
    return tuple(
        Citation(n=new, chunk=chunks[old], quote=best[old][1] if old in best else chunks[old].text)
        for old, new in sorted(checked.renumbering.items(), key=lambda kv: kv[1])
    )


def chat_model_from_settings(
    provider: str,
    model: str,
    base_url: str | None,
    api_key: str | None,
    temperature: float = 0,
    timeout: float = 120,
) -> BaseChatModel:
    """A LangChain chat model for "openai" (any OpenAI-compatible endpoint) or "ollama"; nothing is contacted yet."""
    if provider == "openai":
        from langchain_openai import ChatOpenAI

        if api_key is None and base_url is None:
            raise ValueError("the openai provider needs an API key (or a base URL of a server that needs none)")
        # Local OpenAI-compatible servers ignore the key, but the client insists on one; passing it
        # explicitly also keeps LangChain from reading OPENAI_API_KEY behind the settings' back.
        return ChatOpenAI(
            model=model, base_url=base_url, api_key=api_key or "unused", temperature=temperature, timeout=timeout
        )
    if provider == "ollama":
        from langchain_ollama import ChatOllama

        return ChatOllama(model=model, base_url=base_url, temperature=temperature, client_kwargs={"timeout": timeout})
    raise ValueError(f"unknown LLM provider {provider!r}: use 'openai' or 'ollama'")
