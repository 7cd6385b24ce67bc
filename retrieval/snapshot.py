"""What the searcher knows about one catalogue generation: BM25 and the documents' metadata, row-aligned, which
documents and rows each set of filters lets through, and the passages and vectors read from the store so far. A
generation's papers never change, so nothing kept here goes stale; a new generation gets a new snapshot."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np

from ingest.index import Index
from ingest.records import Chunk, DocumentMeta
from ingest.store import ChunkStore
from retrieval.filters import resolve_committee, resolve_council
from retrieval.lexical import Bm25Params, LexicalIndex
from retrieval.passing import filters_to_where, matches
from retrieval.records import Filters

_SELECTION_CACHE = 256
# Selections whose passing chunks' vectors are kept (each at most 1000 x 384 floats, 1.5 MB): a question
# about an inspection's judgements searches under the same filters three times.
_VECTOR_CACHE = 16
# Passages (text, metadata and vector) kept per catalogue generation once read: each answer reads 16-30 passages from
# Chroma (4-6 ms a read), and questions about one council's papers read the same ones again. A generation's passages
# never change, so nothing kept is stale; at most this many (about 3 kB each), then the cache starts again.
_PASSAGE_CACHE = 4096


@dataclass
class Snapshot:
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
    selections: dict[Filters, Selection] = field(default_factory=dict)
    vectors: dict[bytes, tuple[list[str], np.ndarray]] = field(default_factory=dict)  # by the selection's rows
    passages: dict[str, Chunk] = field(default_factory=dict)  # chunk id -> chunk, as read
    passage_vectors: dict[str, np.ndarray] = field(default_factory=dict)  # chunk id -> stored vector

    @classmethod
    def load(cls, index: Index, directory: Path, params: Bm25Params) -> Snapshot:
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

    def select(self, filters: Filters) -> Selection:
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
        selection = Selection(doc_ok, row_ok, np.flatnonzero(row_ok), where)
        if len(self.selections) >= _SELECTION_CACHE:
            self.selections.clear()
        self.selections[filters] = selection
        return selection

    def passing_vectors(self, selection: Selection, store: ChunkStore) -> tuple[list[str], np.ndarray]:
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
class Selection:
    """What one set of filters lets through."""

    doc_ok: np.ndarray  # over the snapshot's documents
    row_ok: np.ndarray  # over the BM25 rows (the mask)
    rows: np.ndarray  # the BM25 rows passing, ascending
    where: dict[str, Any] | None  # the same for Chroma
