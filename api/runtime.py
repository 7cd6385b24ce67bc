"""Everything a running Clerk needs, built once from settings: index, searcher, answering service, feedback."""
from __future__ import annotations

import threading
from dataclasses import dataclass, field

from api.settings import Settings
from api.feedback import FeedbackStore
from ingest.index import Index, open_index, recorded_model
from ingest.models import embedder_for
from ingest.records import Chunk
from retrieval.register import Register
from retrieval.search import Searcher
from retrieval.service import Clerk
from retrieval.wire import document_url


def llm_answerer(settings: Settings, index: Index):
    """The optional LLM answerer when CLERK_LLM_PROVIDER is set, else None (answers stay extractive)."""
    if not settings.llm_provider:
        return None
    from retrieval.llm import LLMAnswerer, chat_model_from_settings

    model = chat_model_from_settings(settings.llm_provider, settings.llm_model, settings.llm_base_url, settings.llm_api_key)
    return LLMAnswerer(model, embed=index.embedder.embed)


@dataclass
class Runtime:
    """The process's open index and the services over it."""

    settings: Settings
    index: Index
    searcher: Searcher
    clerk: Clerk
    feedback: FeedbackStore
    # Serialises this server's own sync runs; every write also takes the data dir's write lock (ingest/writelock.py),
    # which is what keeps other processes' writers out.
    ingest_lock: threading.Lock = field(default_factory=threading.Lock)

    def url_for(self, chunk: Chunk) -> str:
        """Where a reader checks a passage: absolute under CLERK_PUBLIC_URL when it is set, else site-relative."""
        url = document_url(chunk)
        base = (self.settings.public_url or "").rstrip("/")
        return f"{base}{url}" if base and url.startswith("/") else url

    def close(self) -> None:
        """Release the index and the feedback store."""
        self.feedback.close()
        self.index.close()


def open_configured_index(settings: Settings) -> Index:
    """Open the index with the embedder it was built with; a new index gets the configured one, else the default."""
    embedder = embedder_for(recorded_model(settings.data_dir), settings.embedder, settings.models_dir)
    return open_index(settings.location, embedder)


def build_runtime(settings: Settings) -> Runtime:
    """Open the index and wire the services (raises StoreError/EmbedderError with a one-line message)."""
    index = open_configured_index(settings)  # a reader: what other writers left pending is theirs to clear
    searcher = Searcher(index, settings.data_dir / "bm25")
    kwargs = {"llm_answerer": llm_answerer(settings, index)}
    if settings.refusal_threshold is not None:
        kwargs["refusal_threshold"] = settings.refusal_threshold
    clerk = Clerk(searcher, register=Register(index.catalog), **kwargs)
    return Runtime(settings, index, searcher, clerk, FeedbackStore(settings.data_dir / "feedback.sqlite3"))
