"""Hybrid retrieval: dense (Chroma) and BM25 candidates under the same filters, fused by reciprocal rank.

Only complete documents are ever returned, near-duplicate passages (the boilerplate every Ofsted report shares)
are kept once, and `latest` narrows to the newest matching meeting.
"""
from __future__ import annotations

import math
import re
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ingest.index import Index
from ingest.records import Chunk
from ingest.store import VectorHit
from retrieval.lexical import Bm25Params
from retrieval.passing import matches
from retrieval.records import Filters, Hit
from retrieval.snapshot import Selection, Snapshot

MODES = ("hybrid", "dense", "bm25")


@dataclass(frozen=True, slots=True)
class Fusion:
    """How the two rankings are fused and repeats dropped; the defaults come from `python -m evals.retrieval_grid`."""

    # The fused score is a feature of the calibrated selector (retrieval/calibration.json): change these two only
    # with a recalibration (evals/calibrate.py). The grid's best fusion (k 10, weight 2) left uncalibrated cost the
    # service 0.026 Recall@5 and more false refusals on evals/holdout.jsonl.
    rrf_k: int = 60  # the constant of reciprocal rank fusion (Cormack et al. 2009)
    # BM25's ranks count more than dense ones: council papers are asked about in their own words (names, places,
    # terms of art), which the lexical ranking matches more reliably than the small embedding model.
    lexical_weight: float = 5.0
    duplicate_jaccard: float = 0.8  # token-set overlap at which a passage repeats a better-ranked one


# Chroma's filtered query costs what its broadest clause matches: at 100k chunks, 300-900 ms for a year or a kind
# (about 1 ms unfiltered) even when few chunks pass them all. So filtered dense search avoids it: up to this many
# passing chunks are scored exactly from their stored vectors (about 40 ms for 1000 at 100k) ...
_EXACT_SCAN = 1000
# ... and beyond, an unfiltered query of up to this many neighbours (15 ms at 100k) is filtered here.
_WIDE_QUERY = 4000
_WIDE_MARGIN = 2.0  # the wide query asks for this many times the neighbours that should pass on average
_TOKEN = re.compile(r"\w+")


@dataclass
class _Question:
    """What the searches of one question share (`Searcher.one_question`): query vectors and chunks read."""

    vectors: dict[str, np.ndarray] = field(default_factory=dict)
    chunks: dict[str, Chunk] = field(default_factory=dict)


# The question being answered, per thread and task.
_QUESTION: ContextVar[_Question | None] = ContextVar("question", default=None)


class UnknownMode(ValueError):
    """A search mode other than hybrid, dense or bm25."""


def candidates_for(k: int) -> int:
    """How many candidates each retriever contributes to the fusion for k results."""
    return max(50, 5 * k)


def tokens_of(text: str) -> frozenset[str]:
    """A passage's case-folded word set, as near-duplicates are compared."""
    return frozenset(_TOKEN.findall(text.casefold()))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """Token-set overlap of two passages, 0 to 1."""
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


@dataclass
class Candidate:
    """A passage in the fused ranking: its fused score and what each retriever said of it."""

    chunk_id: str
    doc_id: str
    score: float = 0.0
    similarity: float | None = None
    dense_rank: int | None = None
    lexical_rank: int | None = None
    lexical_score: float = 0.0


class Searcher:
    """Searches one open index; safe to share between threads (reloads BM25 when the catalogue changes)."""

    def __init__(self, index: Index, bm25_dir: Path, bm25: Bm25Params = Bm25Params(), fusion: Fusion = Fusion()):
        self.index = index
        self.bm25_dir = bm25_dir
        self.bm25 = bm25
        self.fusion = fusion
        self._lock = threading.Lock()
        self._snapshot: Snapshot | None = None

    # state -------------------------------------------------------------------------------------------------------

    def _current(self) -> Snapshot:
        """The snapshot for the catalogue's current generation, loading it once when the catalogue has changed.

        While one thread reloads, the others go on with the previous snapshot rather than wait: visibility is
        checked against the catalogue on every query, so that can only hide a just-added paper, never show a
        removed one.
        """
        snapshot = self._snapshot
        if snapshot is not None and snapshot.generation == self.index.catalog.generation():
            return snapshot
        if not self._lock.acquire(blocking=snapshot is None):
            return snapshot
        try:
            snapshot = self._snapshot
            if snapshot is None or snapshot.generation != self.index.catalog.generation():
                snapshot = Snapshot.load(self.index, self.bm25_dir, self.bm25)
                if self._snapshot is not None:
                    # Another process may have written the change: reopen the vectors too, after the load, so
                    # that they hold every chunk the new snapshot can return.
                    self.index.store.reopen()
                self._snapshot = snapshot
            return snapshot
        finally:
            self._lock.release()

    def refresh(self) -> None:
        """Load the BM25 index now (at startup) rather than on the first query."""
        self._current()

    def committees(self) -> tuple[str, ...]:
        """The committee names the catalogue stores (for inferring a committee from a question)."""
        return self._current().committees

    # searching ---------------------------------------------------------------------------------------------------

    def embed_query(self, query: str) -> np.ndarray:
        """The query's vector (exposed so callers can time it)."""
        return self.index.embedder.embed_query(query)

    @contextmanager
    def one_question(self) -> Iterator[None]:
        """While one question is answered, each query text is embedded once and each passage read once, however many
        searches use them (the filtered search and the wider one of `retrieval.scope`). Nothing is kept between
        questions."""
        token = _QUESTION.set(_Question())
        try:
            yield
        finally:
            _QUESTION.reset(token)

    def _embedded(self, query: str) -> np.ndarray:
        question = _QUESTION.get()
        if question is None:
            return self.embed_query(query)
        if query not in question.vectors:
            question.vectors[query] = self.embed_query(query)
        return question.vectors[query]

    def _chunks(self, chunk_ids: Sequence[str]) -> dict[str, Chunk]:
        question = _QUESTION.get()
        known = question.chunks if question is not None else {}
        missing = [c for c in chunk_ids if c not in known]
        read = {c.chunk_id: c for c in self._current().read(missing, self.index.store)}
        known.update(read)
        return {c: known[c] for c in chunk_ids if c in known}

    def floor(self, query: str, k: int = 8) -> list[VectorHit]:
        """The cheapest possible retrieval, for latency benchmarks: one query embedding and one Chroma query."""
        return self.index.store.query(self.embed_query(query), k)

    def search(self, query: str, filters: Filters = Filters(), k: int = 8, mode: str = "hybrid") -> list[Hit]:
        """Up to k passages for the query from complete documents passing the filters, best first."""
        if mode not in MODES:
            raise UnknownMode(f"unknown search mode '{mode}': use one of {', '.join(MODES)}")
        if k <= 0 or not query.strip():
            return []
        snapshot = self._current()
        filters = snapshot.resolve(filters)
        selection = snapshot.select(filters)
        n = candidates_for(k)
        visible = self.index.catalog.complete_ids()  # per query: a document being re-ingested is pending now

        def shown(chunk_id: str) -> str | None:
            row = snapshot.chunk_row.get(chunk_id)
            doc_id = None if row is None else snapshot.lexical.doc_ids[row]
            return doc_id if doc_id is not None and doc_id in visible else None

        embedding = None
        dense: list[tuple[str, str, float]] = []
        if mode in ("hybrid", "dense") and selection.doc_ok.any():
            embedding = self._embedded(query)
            for hit in self._dense(embedding, n, selection, snapshot):
                if (doc_id := shown(hit.chunk_id)) is not None:
                    dense.append((hit.chunk_id, doc_id, hit.similarity))
        lexical: list[tuple[str, str, float]] = []
        if mode in ("hybrid", "bm25"):
            for chunk_id, score in snapshot.lexical.search(query, n, selection.row_ok):
                if (doc_id := shown(chunk_id)) is not None:
                    lexical.append((chunk_id, doc_id, score))

        fused = fuse(dense, lexical, self.fusion)
        hits = self._distinct(fused, k)
        return self._with_similarity(query, embedding, hits)

    def _dense(self, embedding: np.ndarray, n: int, selection: Selection, snapshot: Snapshot) -> list[VectorHit]:
        """The n stored chunks nearest the query among those the selection passes, best first, without Chroma's
        filtered query where a cheaper route gives the same: few passing chunks are scored exactly; for more, one
        wide unfiltered query is filtered here, and Chroma filters only when that holds fewer than n of them."""
        store = self.index.store
        if selection.where is None:
            return store.query(embedding, n)
        if len(selection.rows) <= _EXACT_SCAN:
            return _nearest(embedding, *snapshot.passing_vectors(selection, store), n)
        wide = min(_WIDE_QUERY, math.ceil(_WIDE_MARGIN * n * len(snapshot.lexical) / len(selection.rows)))
        got = store.query(embedding, wide)
        kept = [h for h in got if (row := snapshot.chunk_row.get(h.chunk_id)) is not None and selection.row_ok[row]]
        if len(kept) >= n or len(got) < wide:  # n passed, or the query returned every stored chunk
            return kept[:n]
        return store.query(embedding, n, selection.where)

    def _distinct(self, fused: list[Candidate], k: int) -> list[tuple[Candidate, Chunk]]:
        """The best k candidates with their chunks, leaving out any that repeats a better one."""
        kept: list[tuple[Candidate, Chunk, frozenset[str]]] = []
        window = max(2 * k, 16)
        for start in range(0, len(fused), window):
            part = fused[start : start + window]
            chunks = self._chunks([c.chunk_id for c in part])
            for candidate in part:
                chunk = chunks.get(candidate.chunk_id)
                if chunk is None:  # its vectors were removed since the snapshot
                    continue
                tokens = tokens_of(chunk.text)
                if any(jaccard(tokens, seen) >= self.fusion.duplicate_jaccard for _, _, seen in kept):
                    continue
                kept.append((candidate, chunk, tokens))
                if len(kept) == k:
                    return [(c, ch) for c, ch, _ in kept]
        return [(c, ch) for c, ch, _ in kept]

    def _with_similarity(
        self, query: str, embedding: np.ndarray | None, hits: Sequence[tuple[Candidate, Chunk]]
    ) -> list[Hit]:
        """Hits with cosine similarity for all, including those dense search did not return (BM25's alone)."""
        missing = [chunk for c, chunk in hits if c.similarity is None]
        computed: dict[str, float] = {}
        if missing:
            if embedding is None:
                embedding = self._embedded(query)
            stored = self._current().stored_vectors([c.chunk_id for c in missing], self.index.store)
            found = _nearest(embedding, *stored, len(missing))
            computed = {h.chunk_id: h.similarity for h in found}
            rest = [chunk for chunk in missing if chunk.chunk_id not in computed]
            if rest:
                vectors = self.index.embedder.embed([chunk.context for chunk in rest])
                computed.update({chunk.chunk_id: float(v @ embedding) for chunk, v in zip(rest, vectors)})
        return [
            Hit(
                chunk=chunk,
                score=c.score,
                similarity=c.similarity if c.similarity is not None else computed[chunk.chunk_id],
                dense_rank=c.dense_rank,
                lexical_rank=c.lexical_rank,
                lexical_score=c.lexical_score,
            )
            for c, chunk in hits
        ]


def _nearest(query: np.ndarray, ids: Sequence[str], vectors: np.ndarray, n: int) -> list[VectorHit]:
    """The n of these stored vectors (row i is ids[i]'s) most cosine-similar to the query, best first."""
    if not len(ids):
        return []
    norms = np.linalg.norm(vectors, axis=1) * float(np.linalg.norm(query))
    similarity = (vectors @ query.astype(np.float32)) / np.maximum(norms, 1e-12)
    best = np.argsort(-similarity, kind="stable")[:n]
    return [VectorHit(ids[i], float(similarity[i])) for i in best]


def fuse(dense: Sequence[tuple[str, str, float]], lexical: Sequence[tuple[str, str, float]],
         fusion: Fusion = Fusion()) -> list[Candidate]:
    """Weighted reciprocal rank fusion of the two ranked (chunk_id, doc_id, score) lists, best first (ties: dense
    rank, then BM25 rank)."""
    by_id: dict[str, Candidate] = {}
    for rank, (chunk_id, doc_id, similarity) in enumerate(dense, 1):
        c = by_id.setdefault(chunk_id, Candidate(chunk_id, doc_id))
        c.dense_rank, c.similarity = rank, similarity
        c.score += 1.0 / (fusion.rrf_k + rank)
    for rank, (chunk_id, doc_id, score) in enumerate(lexical, 1):
        c = by_id.setdefault(chunk_id, Candidate(chunk_id, doc_id))
        c.lexical_rank, c.lexical_score = rank, score
        c.score += fusion.lexical_weight / (fusion.rrf_k + rank)
    far = len(dense) + len(lexical) + 1
    return sorted(by_id.values(), key=lambda c: (-c.score, c.dense_rank or far, c.lexical_rank or far))
