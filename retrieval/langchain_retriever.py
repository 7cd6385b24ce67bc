"""`ClerkRetriever`: the library as a LangChain retriever, in-process or over `clerk serve`'s `GET /api/search`.

The one module where LangChain's `Document` meets Clerk's records: a passage becomes a `Document` whose
`page_content` is the passage's text and whose metadata are the citation fields of `/api/search`'s results.
"""
from __future__ import annotations

from datetime import date
from typing import Any

import httpx
from langchain_core.callbacks import AsyncCallbackManagerForRetrieverRun, CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict, model_validator

from retrieval.records import Filters, Hit
from retrieval.wire import hit_to_json

# The fields of a search result that a citation needs, as `Document.metadata` carries them (CONTRACT.md's names).
METADATA_FIELDS = ("council", "committee", "meeting_date", "item", "section", "page", "title", "source", "doc_id",
                   "chunk_id", "url", "score", "rank", "kind")


class SearchFailed(RuntimeError):
    """`clerk serve` could not be reached or refused the search; the message is the server's own."""


def document_from_result(result: dict[str, Any]) -> Document:
    """A LangChain `Document` from one `/api/search` result: the passage's text, its citation fields as metadata."""
    return Document(page_content=result["text"], metadata={f: result.get(f) for f in METADATA_FIELDS},
                    id=result.get("chunk_id"))


def document_from_hit(rank: int, hit: Hit) -> Document:
    """A LangChain `Document` from an in-process hit, with the same metadata `/api/search` gives."""
    return document_from_result(hit_to_json(rank, hit))


def format_documents(documents: list[Document]) -> str:
    """Passages numbered [1], [2], ... with where each is from: the context block of a prompt that asks for [n]."""
    blocks = []
    for n, doc in enumerate(documents, 1):
        m = doc.metadata
        where = ", ".join(str(x) for x in (m.get("council"), m.get("committee") or m.get("title"),
                                           m.get("meeting_date"), m.get("item"),
                                           f"p. {m['page']}" if m.get("page") else None) if x)
        blocks.append(f"[{n}] ({where})\n{doc.page_content}")
    return "\n\n".join(blocks)


class ClerkRetriever(BaseRetriever):
    """Clerk's hybrid search as a LangChain retriever: give `searcher` (a `Searcher`, or a `Clerk` service to parse
    the question and infer filters as `clerk ask` does) or `endpoint` (the base URL of a running `clerk serve`)."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    searcher: Any = None  # retrieval.search.Searcher or retrieval.service.Clerk, used in-process
    endpoint: str | None = None  # e.g. http://127.0.0.1:8000, searched over HTTP
    api_key: str | None = None  # the server's CLERK_API_KEY, when it has one
    k: int = 8
    council: str | None = None
    committee: str | None = None
    since: date | None = None
    until: date | None = None
    kind: str | None = None
    mode: str = "hybrid"  # hybrid, dense or bm25
    timeout: float = 60.0

    @model_validator(mode="after")
    def _one_backend(self) -> ClerkRetriever:
        if (self.searcher is None) == (self.endpoint is None):
            raise ValueError("give exactly one of searcher (in-process) or endpoint (a clerk serve URL)")
        return self

    @property
    def filters(self) -> Filters:
        """The filters every search applies."""
        return Filters(council=self.council, committee=self.committee, since=self.since, until=self.until,
                       kind=self.kind)

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[Document]:
        if self.searcher is not None:
            return [document_from_hit(rank, hit) for rank, hit in enumerate(self._hits(query), 1)]
        with httpx.Client(timeout=self.timeout) as client:
            try:
                response = client.get(self._url(), params=self._params(query), headers=self._headers())
            except httpx.HTTPError as exc:
                raise SearchFailed(f"could not reach {self.endpoint}: {exc}") from exc
            return self._documents(response)

    async def _aget_relevant_documents(
        self, query: str, *, run_manager: AsyncCallbackManagerForRetrieverRun
    ) -> list[Document]:
        if self.searcher is not None:
            return await super()._aget_relevant_documents(query, run_manager=run_manager)
        async with httpx.AsyncClient(timeout=self.timeout) as client:
            try:
                response = await client.get(self._url(), params=self._params(query), headers=self._headers())
            except httpx.HTTPError as exc:
                raise SearchFailed(f"could not reach {self.endpoint}: {exc}") from exc
            return self._documents(response)

    def _hits(self, query: str) -> list[Hit]:
        if hasattr(self.searcher, "retrieve"):  # the Clerk service: the question parsed, filters inferred
            return list(self.searcher.retrieve(query, filters=self.filters, k=self.k, mode=self.mode).hits)[: self.k]
        return self.searcher.search(query, self.filters, k=self.k, mode=self.mode)

    def _url(self) -> str:
        return f"{self.endpoint.rstrip('/')}/api/search"

    def _params(self, query: str) -> dict[str, str | int]:
        params: dict[str, str | int] = {"q": query, "k": self.k, "mode": self.mode}
        for name, value in (("council", self.council), ("committee", self.committee), ("kind", self.kind),
                            ("since", self.since), ("until", self.until)):
            if value is not None:
                params[name] = value.isoformat() if isinstance(value, date) else value
        return params

    def _headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}

    def _documents(self, response: httpx.Response) -> list[Document]:
        if response.status_code != 200:
            raise SearchFailed(f"{self.endpoint} answered {response.status_code}: {_message(response)}")
        return [document_from_result(r) for r in response.json()["results"]]


def _message(response: httpx.Response) -> str:
    """The server's own words for a failed request ({error, detail} on the Clerk API)."""
    try:
        body = response.json()
    except ValueError:
        return response.text[:200]
    detail = body.get("detail") if isinstance(body, dict) else None
    if isinstance(detail, list):
        detail = "; ".join(f"{'.'.join(str(x) for x in d.get('loc', ()))}: {d.get('msg', '')}" for d in detail)
    return str(detail or body.get("error") or body)
