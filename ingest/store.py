"""The Chroma index: the one module that maps chunks and their vectors to and from Chroma."""
from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np

from ingest.records import Chunk

COLLECTION = "clerk_chunks"
_READ_ATTEMPTS = 3  # a read that fails is tried again on a reopened store this many times in all


class StoreError(Exception):
    """The index cannot be opened or used as asked."""


def _from_chroma(exc: Exception) -> bool:
    """Whether an exception was raised by Chroma (its errors, or others from inside its package)."""
    from chromadb.errors import ChromaError

    return isinstance(exc, ChromaError) or type(exc).__module__.startswith("chromadb")


class ModelMismatch(StoreError):
    """The index was built by another embedding model; its vectors must not be mixed."""


def date_to_int(value: date | None) -> int:
    """Chroma filters compare numbers only: 2017-11-23 -> 20171123 (0 when unknown)."""
    return value.year * 10000 + value.month * 100 + value.day if value else 0


def int_to_date(value: int | None) -> date | None:
    """The inverse of `date_to_int`."""
    if not value:
        return None
    return date(value // 10000, value // 100 % 100, value % 100)


def _metadata(chunk: Chunk) -> dict[str, Any]:
    # Chroma metadata is flat scalars; None is not allowed, so absent strings are "" and absent numbers 0.
    return {
        "doc_id": chunk.doc_id,
        "position": chunk.position,
        "source": chunk.source,
        "title": chunk.title,
        "council": chunk.council or "",
        "committee": chunk.committee or "",
        "date": date_to_int(chunk.meeting_date),
        "date_end": date_to_int(chunk.date_end or chunk.meeting_date),
        "item": chunk.item or "",
        "kind": chunk.kind,
        "section": chunk.section or "",
        "headings": "\x1f".join(chunk.headings),
        "page_start": chunk.page_start or 0,
        "page_end": chunk.page_end or 0,
        # "offset:page" pairs joined by spaces, "" when the passage sits on one page
        "page_breaks": " ".join(f"{at}:{page}" for at, page in chunk.page_breaks),
        "url": chunk.url or "",
    }


def chunk_from_chroma(chunk_id: str, text: str, meta: dict[str, Any]) -> Chunk:
    """Rebuild a `Chunk` from what Chroma returns."""
    return Chunk(
        chunk_id=chunk_id,
        doc_id=meta["doc_id"],
        position=int(meta["position"]),
        text=text,
        source=meta["source"],
        title=meta["title"],
        council=meta["council"] or None,
        committee=meta["committee"] or None,
        meeting_date=int_to_date(meta["date"]),
        date_end=int_to_date(meta["date_end"]),
        item=meta["item"] or None,
        kind=meta["kind"],
        section=meta["section"] or None,
        headings=tuple(h for h in meta["headings"].split("\x1f") if h),
        page_start=meta["page_start"] or None,
        page_end=meta["page_end"] or None,
        url=meta["url"] or None,
        # absent from chunks stored before page breaks were kept
        page_breaks=tuple((int(at), int(page)) for at, page in (p.split(":") for p in meta.get("page_breaks", "").split())),
    )


@dataclass(frozen=True, slots=True)
class VectorHit:
    """One nearest neighbour: the chunk id and its cosine similarity to the query."""

    chunk_id: str
    similarity: float


def connect(data_dir: Path, host: str | None = None, port: int | None = None, fresh: bool = False):
    """An embedded Chroma under the data dir, or a `chroma run` server when a host is given.

    `fresh` reads the embedded index from disk anew rather than sharing this process's open copy, which does not
    see what other processes have written since it was opened (their vectors are "not found" in it)."""
    import chromadb
    from chromadb.api.shared_system_client import SharedSystemClient
    from chromadb.config import Settings

    settings = Settings(anonymized_telemetry=False)
    try:
        if host:
            return chromadb.HttpClient(host=host, port=port or 8000, settings=settings)
        data_dir.mkdir(parents=True, exist_ok=True)
        path = str(data_dir / "chroma")
        if fresh:
            # Chroma keeps one open system per path and process; forget ours (not stopped: searches in other threads
            # may still be using it, and it is released when they drop it) so that the client below opens a new one.
            with SharedSystemClient._refcount_lock:
                SharedSystemClient._identifier_to_system.pop(path, None)
                SharedSystemClient._identifier_to_refcount.pop(path, None)
        return chromadb.PersistentClient(path=path, settings=settings)
    except Exception as exc:  # chromadb raises bare ValueError/ConnectionError variants
        where = f"the Chroma server at {host}:{port}" if host else f"the index in {data_dir}"
        raise StoreError(f"cannot open {where}: {exc}") from exc


class ChunkStore:
    """Chunks and their vectors in one Chroma collection that records which model built it."""

    def __init__(self, client, model_name: str, dimension: int, collection: str = COLLECTION,
                 reconnect: Callable[[], Any] | None = None):
        self._client = client
        self._name, self._model = collection, model_name
        self._dimension = dimension
        self._reconnect = reconnect  # a fresh embedded client; None for a Chroma server (always current)
        self._reopening = threading.Lock()
        self._collection = self._open(client)
        self._batch = max(1, min(client.get_max_batch_size(), 1000))

    def _open(self, client):
        collection = client.get_or_create_collection(
            self._name,
            metadata={"embedding_model": self._model, "dimension": self._dimension},
            configuration={"hnsw": {"space": "cosine"}},
            embedding_function=None,
        )
        built_by = (collection.metadata or {}).get("embedding_model")
        if built_by != self._model:
            raise ModelMismatch(
                f"the index was built with the embedding model '{built_by}', not '{self._model}'; "
                "ingest into a new --data-dir to change models"
            )
        return collection

    def reopen(self) -> None:
        """See what other processes wrote since this store was opened (an embedded Chroma's open copy does not)."""
        if self._reconnect is None:
            return
        seen = self._collection
        with self._reopening:
            if self._collection is seen:  # another thread may have reopened it meanwhile
                try:
                    client = self._reconnect()
                    self._collection, self._client = self._open(client), client
                except ModelMismatch:
                    raise
                except Exception as exc:
                    raise StoreError(f"cannot reopen the index: {exc}") from exc

    def _read(self, operation: Callable[[Any], Any]) -> Any:
        """Run a read on the collection; when Chroma fails (another process wrote what this copy has not seen,
        or it is mid-write), reopen and try again, then give up with a StoreError."""
        for attempt in range(_READ_ATTEMPTS):
            collection = self._collection
            try:
                return operation(collection)
            except Exception as exc:
                if not _from_chroma(exc):
                    raise
                if attempt + 1 == _READ_ATTEMPTS or self._reconnect is None:
                    raise StoreError(f"the index could not be read: {exc}") from exc
                if self._collection is collection:
                    self.reopen()
        raise AssertionError("unreachable")

    def count(self) -> int:
        """Number of chunks stored."""
        return self._read(lambda col: col.count())

    def upsert(self, chunks: Sequence[Chunk], embeddings: np.ndarray) -> None:
        """Write chunks and their vectors, in batches under Chroma's limit; re-writing a chunk id replaces it."""
        for i in range(0, len(chunks), self._batch):
            part = chunks[i : i + self._batch]
            self._collection.upsert(
                ids=[c.chunk_id for c in part],
                embeddings=embeddings[i : i + self._batch],
                documents=[c.text for c in part],
                metadatas=[_metadata(c) for c in part],
            )

    def delete_documents(self, doc_ids: Iterable[str]) -> None:
        """Remove every chunk of these documents."""
        ids = list(doc_ids)
        for i in range(0, len(ids), 100):
            self._collection.delete(where={"doc_id": {"$in": ids[i : i + 100]}})

    def doc_ids(self) -> set[str]:
        """Every document id that has chunks in the index."""
        got = self._read(lambda col: col.get(include=["metadatas"]))
        return {m["doc_id"] for m in got["metadatas"] or []}

    def query(self, embedding: np.ndarray, k: int, where: dict[str, Any] | None = None) -> list[VectorHit]:
        """The k nearest chunks to a query vector, optionally filtered on metadata (fewer when fewer are stored)."""
        # No count() first: Chroma answers an empty collection or a k beyond its size with what it has, and a
        # count costs ten times the query itself over 100k chunks.
        if k <= 0:
            return []
        got = self._read(lambda col: col.query(
            query_embeddings=[embedding.tolist()], n_results=k, where=where or None, include=["distances"]
        ))
        return [VectorHit(cid, 1.0 - float(dist)) for cid, dist in zip(got["ids"][0], got["distances"][0])]

    def vectors(self, chunk_ids: Sequence[str]) -> np.ndarray:
        """The stored vectors of these chunks, one row each in the order asked (every id must be stored)."""
        found, vectors = self.stored_vectors(chunk_ids)
        if len(found) != len(chunk_ids):
            stored = set(found)
            raise KeyError(next(c for c in chunk_ids if c not in stored))
        return vectors

    def stored_vectors(self, chunk_ids: Sequence[str]) -> tuple[list[str], np.ndarray]:
        """Those of these chunks that are stored, in the order asked, and their vectors (one row each)."""
        if not chunk_ids:
            return [], np.empty((0, self._dimension), dtype=np.float32)
        got = self._read(lambda col: col.get(ids=list(chunk_ids), include=["embeddings"]))
        if not got["ids"]:
            return [], np.empty((0, self._dimension), dtype=np.float32)
        row = {cid: i for i, cid in enumerate(got["ids"])}
        found = [c for c in chunk_ids if c in row]
        vectors = np.asarray(got["embeddings"], dtype=np.float32).reshape(len(got["ids"]), -1)
        return found, vectors[[row[c] for c in found]]

    def get(self, chunk_ids: Sequence[str]) -> list[Chunk]:
        """Chunks by id, in the order asked (missing ids are left out)."""
        if not chunk_ids:
            return []
        got = self._read(lambda col: col.get(ids=list(chunk_ids), include=["documents", "metadatas"]))
        by_id = {cid: chunk_from_chroma(cid, text, meta) for cid, text, meta in zip(got["ids"], got["documents"], got["metadatas"])}
        return [by_id[c] for c in chunk_ids if c in by_id]
