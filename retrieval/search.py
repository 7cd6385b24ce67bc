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
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np

from ingest.index import Index
from ingest.records import Chunk, DocumentMeta
from ingest.store import ChunkStore, VectorHit
from retrieval.filters import resolve_committee, resolve_council
from retrieval.lexical import Bm25Params, LexicalIndex
from retrieval.passing import filters_to_where, matches
from retrieval.records import Filters, Hit

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


_SELECTION_CACHE = 256
# Chroma's filtered query costs what its broadest clause matches: at 100k chunks, 300-900 ms for a year or a kind
# (about 1 ms unfiltered) even when few chunks pass them all. So filtered dense search avoids it: up to this many
# passing chunks are scored exactly from their stored vectors (about 40 ms for 1000 at 100k) ...
_EXACT_SCAN = 1000
# ... and beyond, an unfiltered query of up to this many neighbours (15 ms at 100k) is filtered here.
_WIDE_QUERY = 4000
_WIDE_MARGIN = 2.0  # the wide query asks for this many times the neighbours that should pass on average
# Selections whose passing chunks' vectors are kept (each at most _EXACT_SCAN x 384 floats, 1.5 MB): a question
# about an inspection's judgements searches under the same filters three times.
_VECTOR_CACHE = 16
# Passages (text, metadata and vector) kept per catalogue generation once read: each answer reads 16-30 passages from
# Chroma (4-6 ms a read), and questions about one council's papers read the same ones again. A generation's passages
# never change, so nothing kept is stale; at most this many (about 3 kB each), then the cache starts again.
_PASSAGE_CACHE = 4096
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
class _Snapshot:
    """What the searcher knows about one catalogue generation: BM25 and the documents' metadata, row-aligned."""

    generation: int
    lexical: LexicalIndex
    docs: dict[str, DocumentMeta]  # complete documents at load time
    doc_order: tuple[str, ...]
    row_doc: np.ndarray  # lexical row -> index into doc_order, len(doc_order) when unknown
    chunk_row: dict[str, int]  # chunk id -> lexical row, for every chunk of the snapshot
    councils: tuple[str, ...]
    committees: tuple[str, ...]
    kinds: tuple[str, ...]
    selections: dict[Filters, _Selection] = field(default_factory=dict)
    vectors: dict[bytes, tuple[list[str], np.ndarray]] = field(default_factory=dict)  # by the selection's rows
    passages: dict[str, Chunk] = field(default_factory=dict)  # chunk id -> chunk, as read
    passage_vectors: dict[str, np.ndarray] = field(default_factory=dict)  # chunk id -> stored vector

    @classmethod
    def load(cls, index: Index, directory: Path, params: Bm25Params) -> _Snapshot:
        lexical = LexicalIndex.load_or_build(index.catalog, directory, params)
        docs = {e.document.doc_id: e.document.meta for e in index.catalog.documents(with_text=False)}
        doc_order = tuple(docs)
        position = {d: i for i, d in enumerate(doc_order)}
        unknown = len(doc_order)
        row_doc = np.fromiter((position.get(d, unknown) for d in lexical.doc_ids), dtype=np.int64, count=len(lexical))
        return cls(
            generation=lexical.generation,
            lexical=lexical,
            docs=docs,
            doc_order=doc_order,
            row_doc=row_doc,
            chunk_row={chunk_id: row for row, chunk_id in enumerate(lexical.chunk_ids)},
            councils=tuple(sorted({m.council for m in docs.values() if m.council})),
            committees=tuple(sorted({m.committee for m in docs.values() if m.committee})),
            kinds=tuple(sorted({m.kind for m in docs.values() if m.kind})),
        )

    def resolve(self, filters: Filters) -> Filters:
        """The filters with council, committee and kind spelt as the catalogue stores them, where it does."""
        council = filters.council and (resolve_council(filters.council, self.councils) or filters.council)
        committee = filters.committee and (resolve_committee(filters.committee, self.committees) or filters.committee)
        kind = filters.kind and next((k for k in self.kinds if k.casefold() == filters.kind.casefold()), filters.kind)
        return replace(filters, council=council, committee=committee, kind=kind)

    def select(self, filters: Filters) -> _Selection:
        """Which documents and BM25 rows pass the resolved filters, `latest` included; cached per filters."""
        found = self.selections.get(filters)
        if found is not None:
            return found
        plain = replace(filters, latest=False)
        doc_ok = np.fromiter((matches(plain, self.docs[d]) for d in self.doc_order), bool, len(self.doc_order))
        newest_ids = None
        if filters.latest:
            dates = [self.docs[d].meeting_date if ok else None for d, ok in zip(self.doc_order, doc_ok)]
            newest = max((d for d in dates if d is not None), default=None)
            if newest is not None:  # with no dates to compare, "latest" cannot narrow anything
                doc_ok = np.fromiter((d == newest for d in dates), dtype=bool, count=len(dates))
                newest_ids = tuple(d for d, ok in zip(self.doc_order, doc_ok) if ok)
        where = filters_to_where(plain, committees=self.committees, councils=self.councils)
        if newest_ids is not None:
            by_id = {"doc_id": {"$in": list(newest_ids)}}
            where = by_id if where is None else {"$and": [*where.get("$and", [where]), by_id]}
        row_ok = np.append(doc_ok, False)[self.row_doc]
        selection = _Selection(doc_ok, row_ok, np.flatnonzero(row_ok), where)
        if len(self.selections) >= _SELECTION_CACHE:
            self.selections.clear()
        self.selections[filters] = selection
        return selection

    def passing_vectors(self, selection: _Selection, store: ChunkStore) -> tuple[list[str], np.ndarray]:
        """The stored chunks the selection passes and their vectors, kept for the next few searches."""
        key = selection.rows.tobytes()
        found = self.vectors.get(key)
        if found is None:
            found = store.stored_vectors([self.lexical.chunk_ids[row] for row in selection.rows])
            if len(self.vectors) >= _VECTOR_CACHE:
                self.vectors.clear()
            self.vectors[key] = found
        return found

    def read(self, chunk_ids: Sequence[str], store: ChunkStore) -> list[Chunk]:
        """These chunks (those stored), read from the store once per generation."""
        missing = [c for c in chunk_ids if c not in self.passages]
        if missing:
            if len(self.passages) + len(missing) > _PASSAGE_CACHE:
                self.passages.clear()
            self.passages.update((c.chunk_id, c) for c in store.get(missing))
        return [self.passages[c] for c in chunk_ids if c in self.passages]

    def stored_vectors(self, chunk_ids: Sequence[str], store: ChunkStore) -> tuple[list[str], np.ndarray]:
        """Those of these chunks that are stored and their vectors, read from the store once per generation."""
        missing = [c for c in chunk_ids if c not in self.passage_vectors]
        if missing:
            found, vectors = store.stored_vectors(missing)
            if len(self.passage_vectors) + len(found) > _PASSAGE_CACHE:
                self.passage_vectors.clear()
            self.passage_vectors.update(zip(found, vectors))
        found = [c for c in chunk_ids if c in self.passage_vectors]
        if not found:
            return store.stored_vectors([])
        return found, np.stack([self.passage_vectors[c] for c in found])


@dataclass(frozen=True)
class _Selection:
    """What one set of filters lets through."""

    doc_ok: np.ndarray  # over the snapshot's documents
    row_ok: np.ndarray  # over the BM25 rows (the mask)
    rows: np.ndarray  # the BM25 rows passing, ascending
    where: dict[str, Any] | None  # the same for Chroma


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
        self._snapshot: _Snapshot | None = None

    # state -------------------------------------------------------------------------------------------------------

    def _current(self) -> _Snapshot:
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
                snapshot = _Snapshot.load(self.index, self.bm25_dir, self.bm25)
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

    def _dense(self, embedding: np.ndarray, n: int, selection: _Selection, snapshot: _Snapshot) -> list[VectorHit]:
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
