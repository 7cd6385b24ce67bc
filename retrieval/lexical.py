"""BM25 over the catalogue's chunks, persisted beside the index and rebuilt whenever the catalogue changes.

The index on disk is a set of built versions under one directory and a `CURRENT` file naming the live one, so
that replacing it is a single atomic rename and a reader never sees a half-written index.
"""
from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import time
import uuid
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path

import numpy as np

from ingest.catalog import Catalog
from ingest.dates import spelt
from ingest.records import DocumentMeta
from retrieval.vocabulary import SAME_STEM

_CURRENT = "CURRENT"
_ROWS = "rows.json"
_ABANDONED_AFTER = 3600.0  # seconds after which a temporary build dir is a crash's leftover
_FORMAT = 5  # bump when the tokenisation or the saved layout changes, so old builds are rebuilt

log = logging.getLogger(__name__)


class LexicalError(Exception):
    """The BM25 index cannot be built or saved."""


@cache
def _stemmer():
    import Stemmer

    return Stemmer.Stemmer("english")


def _quiet() -> None:
    # bm25s logs "the query is empty" at INFO for stopword-only queries; that is a normal case here.
    logging.getLogger("bm25s").setLevel(logging.WARNING)


def tokenize(texts: list[str]) -> list[list[str]]:
    """Lower-cased, English-stopword-free, Snowball-stemmed word lists (the same for passages and queries)."""
    import bm25s

    _quiet()
    tokens = bm25s.tokenize(texts, stopwords="en", stemmer=_stemmer(), return_ids=False, show_progress=False)
    # Irregular forms the stemmer leaves apart ("led" and "lead inspector", "judgment" and "judgement").
    return [[SAME_STEM.get(t, t) for t in words] for words in tokens]


# What a passage's BM25 text may carry from its document besides its own words.
# Questions name the meeting ("Cumbria's Health and Wellbeing Board in April 2019") while most passages of its paper
# do not: only the paper's heading does, and BM25 then ranked that short heading above the passage that answers.
FIELDS = ("council", "committee", "date", "kind", "title", "headings")
DEFAULT_FIELDS = FIELDS


@dataclass(frozen=True, slots=True)
class Bm25Params:
    """How passages are scored: BM25's term saturation (k1) and length normalisation (b), and which of its
    document's FIELDS each passage's text carries. The defaults come from `python -m evals.retrieval_grid`; on six
    tuning sets (session 8) it ranked k1 1.5, b 0.5 a shade higher (MRR@5 0.839 against 0.822), but answers refitted
    on it held fewer facts (0.796 against 0.801), so these stay."""

    k1: float = 1.2
    b: float = 0.9
    fields: tuple[str, ...] = DEFAULT_FIELDS




def passage_text(text: str, meta: DocumentMeta | None, headings: tuple[str, ...] = (),
                 fields: tuple[str, ...] = DEFAULT_FIELDS) -> str:
    """What BM25 indexes for a chunk: the chosen fields of its document (its council, title, the headings it sits
    under, ...), then the passage ("Merton" finds Merton's; "What needs to improve?" finds the list under it)."""
    found = {"headings": " ".join(headings)}
    if meta is not None:
        found |= {"council": meta.council, "committee": meta.committee, "date": spelt(meta.meeting_date),
                  "kind": meta.kind, "title": meta.title}
    head = " ".join(v for f in fields if (v := found.get(f)))
    return f"{head}\n{text}" if head else text


@dataclass(frozen=True)
class LexicalIndex:
    """A BM25 index over every chunk of the complete documents at one catalogue generation."""

    generation: int
    chunk_ids: tuple[str, ...]  # row i of the index
    doc_ids: tuple[str, ...]  # the document of row i
    retriever: object | None  # a bm25s.BM25, None when there are no chunks
    params: Bm25Params = Bm25Params()

    def __len__(self) -> int:
        return len(self.chunk_ids)

    @classmethod
    def build(cls, catalog: Catalog, params: Bm25Params = Bm25Params()) -> LexicalIndex:
        """Index every chunk of the complete documents, recording the generation read before the rows."""
        import bm25s

        generation = catalog.generation()  # read first: if a write lands meanwhile, the index merely looks stale
        meta = {e.document.doc_id: e.document.meta for e in catalog.documents(with_text=False)}
        rows = catalog.chunk_rows_with_headings()
        texts = [passage_text(text, meta.get(doc_id), headings, params.fields) for _, doc_id, text, headings in rows]
        retriever = None
        if rows:
            retriever = bm25s.BM25(k1=params.k1, b=params.b)
            retriever.index(tokenize(texts), show_progress=False)
        return cls(generation, tuple(r[0] for r in rows), tuple(r[1] for r in rows), retriever, params)

    @classmethod
    def load(cls, directory: Path, params: Bm25Params = Bm25Params()) -> LexicalIndex | None:
        """The live saved index under `directory`, or None when there is none, it cannot be read, or it was built
        with other parameters."""
        import bm25s

        try:
            current = json.loads((directory / _CURRENT).read_text())
            if current.get("format") != _FORMAT or current.get("params") != _saved_params(params):
                return None
            path = directory / current["path"]
            rows = json.loads((path / _ROWS).read_text())
            retriever = None
            if rows["chunk_ids"]:
                _quiet()
                retriever = bm25s.BM25.load(str(path / "bm25"), load_corpus=False)
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.info("BM25 index under %s not loaded: %s", directory, exc)
            return None
        return cls(int(rows["generation"]), tuple(rows["chunk_ids"]), tuple(rows["doc_ids"]), retriever, params)

    def save(self, directory: Path) -> None:
        """Write this index as a new version, then switch `CURRENT` to it in one rename and drop older versions."""
        token = uuid.uuid4().hex[:12]
        name = f"gen-{self.generation}-{token}"
        tmp = directory / f".tmp-{token}"
        try:
            tmp.mkdir(parents=True)
            if self.retriever is not None:
                self.retriever.save(str(tmp / "bm25"))
            rows = {"generation": self.generation, "chunk_ids": list(self.chunk_ids), "doc_ids": list(self.doc_ids)}
            (tmp / _ROWS).write_text(json.dumps(rows))
            tmp.rename(directory / name)
            pointer = directory / f".current-{token}"
            saved = {"format": _FORMAT, "params": _saved_params(self.params), "generation": self.generation, "path": name}
            pointer.write_text(json.dumps(saved))
            os.replace(pointer, directory / _CURRENT)
        except OSError as exc:
            shutil.rmtree(tmp, ignore_errors=True)
            with contextlib.suppress(OSError):
                (directory / f".current-{token}").unlink(missing_ok=True)
            raise LexicalError(f"cannot save the BM25 index under {directory}: {exc}") from exc
        for old in directory.iterdir():
            # Another process may still be loading an older version (it then rebuilds), or writing a new one:
            # leave temporary dirs alone unless a crash left them behind long ago.
            if not old.is_dir() or old.name == name:
                continue
            abandoned = old.name.startswith(".tmp-") and time.time() - old.stat().st_mtime > _ABANDONED_AFTER
            if old.name.startswith("gen-") or abandoned:
                shutil.rmtree(old, ignore_errors=True)

    @classmethod
    def load_or_build(cls, catalog: Catalog, directory: Path, params: Bm25Params = Bm25Params()) -> LexicalIndex:
        """The saved index if it is at the catalogue's generation and built with `params`, else a fresh build
        (saved for next time)."""
        saved = cls.load(directory, params)
        if saved is not None and not saved.is_stale(catalog):
            return saved
        built = cls.build(catalog, params)
        try:
            built.save(directory)
        except LexicalError as exc:  # a read-only data dir: search still works, the next start rebuilds
            log.warning("%s", exc)
        return built

    def is_stale(self, catalog: Catalog) -> bool:
        """True when documents were completed or removed since this index was built."""
        return catalog.generation() != self.generation

    def search(self, query: str, k: int, allowed: np.ndarray | None = None) -> list[tuple[str, float]]:
        """Up to k (chunk_id, BM25 score) pairs, best first; `allowed` is a boolean mask over the rows."""
        if self.retriever is None or k <= 0:
            return []
        if allowed is not None and not allowed.any():
            return []
        tokens = tokenize([query])
        if not tokens[0]:
            return []
        mask = None if allowed is None else allowed.astype(np.float32)
        docs, scores = self.retriever.retrieve(
            tokens, k=min(k, len(self.chunk_ids)), show_progress=False, weight_mask=mask, n_threads=0
        )
        return [(self.chunk_ids[int(i)], float(s)) for i, s in zip(docs[0], scores[0]) if s > 0]


def _saved_params(params: Bm25Params) -> dict:
    return {**asdict(params), "fields": list(params.fields)}
