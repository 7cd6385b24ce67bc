"""A scaled index for latency benchmarks: a real ingested index's documents copied under other councils and dates.

Copy 0 of each document is the real one, text and vectors untouched. Every further copy names another council from
the gazetteer (in its title too), moves its dates back by one to ten years, and gets new document, chunk, commitment
and source ids; its passages and commitments keep the real text, and each vector is the real chunk's vector plus
Gaussian noise (σ per component), renormalised — embedding 100k chunks would take 90 minutes here. Documents are
taken whole, the ones the gold set cites first, until the size asked for (the last one cut short). Everything is
written through the catalogue, the Chroma store and the BM25 index as ingestion writes it, so `build_runtime` opens
the result like any other index.

Run: .venv/bin/python -m benchmarks.scaled_index --base DIR --out DIR --chunks N   (prints the build's figures)
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import time
from dataclasses import dataclass, replace
from datetime import timedelta
from pathlib import Path

import numpy as np

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from ingest.catalog import DocumentEntry, StoredChunk  # noqa: E402
from ingest.councils import COUNCILS  # noqa: E402
from ingest.index import Index, IndexLocation, open_index, recorded_model  # noqa: E402
from ingest.models import embedder_for  # noqa: E402
from ingest.pipeline import _chunk_id as chunk_id  # noqa: E402  (the pipeline's own id scheme)
from ingest.records import Chunk, Commitment, Document, RegisterQuery  # noqa: E402
from retrieval.lexical import LexicalIndex  # noqa: E402

SIGMA = 0.01  # per component; MiniLM's unit vectors have components of about 0.05, so a copy sits at cosine ~0.98
WRITE_BATCH = 4000  # chunks per catalogue-then-store-then-complete step, as the pipeline does per file
BUILD_FILE = "scaled.json"
_COUNCILS = tuple(c.name for c in COUNCILS if c.kind != "former")


@dataclass(frozen=True)
class _Copy:
    """One document's copy as it goes into the index."""

    document: Document
    file_path: str
    chunks: list[Chunk]
    commitments: list[Commitment]
    vectors: np.ndarray


def _gold_first(entries: list[DocumentEntry]) -> list[DocumentEntry]:
    """The documents the gold set cites, then the rest, each group in catalogue order."""
    from evals.gold import load_gold

    cited = {e.file for q in load_gold() for e in q.evidence}
    return sorted(entries, key=lambda e: Path(e.document.source).name not in cited)


def plan(entries: list[DocumentEntry], chunks: int) -> list[tuple[DocumentEntry, int, int]]:
    """(document, copy number, chunks taken) until `chunks` are planned: every document's copy 0, then copy 1, ..."""
    out, left, copy = [], chunks, 0
    while left > 0:
        for entry in entries:
            take = min(entry.chunks, left)
            out.append((entry, copy, take))
            left -= take
            if left == 0:
                break
        copy += 1
    return out


def copy_of(doc: Document, copy: int) -> Document:
    """The document itself for copy 0, else a copy under another council, dated earlier, with its own ids."""
    if copy == 0:
        return doc
    m = doc.meta
    rng = random.Random(f"{doc.content_hash}:{copy}")  # the parts of one file move to the same council and dates
    council = rng.choice([c for c in _COUNCILS if c != m.council])
    title = m.title.replace(m.council, council) if m.council and m.council in m.title else m.title
    back = timedelta(days=rng.randint(365, 3650))
    meta = replace(m, council=council, title=title, url=None,
                   meeting_date=m.meeting_date and m.meeting_date - back, date_end=m.date_end and m.date_end - back)
    # Parts of one file share its content hash and differ in doc id: so do their copies.
    doc_id = hashlib.sha256(f"{doc.doc_id}:{copy}".encode()).hexdigest()[:16]
    content_hash = hashlib.sha256(f"{doc.content_hash}:{copy}".encode()).hexdigest()
    return replace(doc, doc_id=doc_id, source=f"scaled/{copy:03d}/{Path(doc.source).name}", content_hash=content_hash,
                   meta=meta)


def records(
    doc: Document, copy: int, rows: list[StoredChunk], found: list[Commitment]
) -> tuple[list[Chunk], list[Commitment]]:
    """A copy's chunks (of the stored `rows`) and the commitments whose passage is among them, under the copy's ids."""
    ids = {r.chunk_id: chunk_id(doc.doc_id, r.position) if copy else r.chunk_id for r in rows}
    chunks = [Chunk.of_document(ids[r.chunk_id], doc.doc_id, r.position, r.text, doc.source, doc.meta,
                                section=r.section, headings=r.headings, page_start=r.page_start, page_end=r.page_end)
              for r in rows]
    commitments = [
        replace(c, doc_id=doc.doc_id, chunk_id=ids[c.chunk_id], commitment_id=c.commitment_id if copy == 0 else
                hashlib.sha256(f"{c.commitment_id}:{copy}".encode()).hexdigest()[:24])
        for c in found if c.chunk_id in ids
    ]
    return chunks, commitments


def _noisy(vectors: np.ndarray, sigma: float, rng: np.random.Generator) -> np.ndarray:
    moved = vectors + rng.normal(0.0, sigma, vectors.shape).astype(np.float32)
    return moved / np.linalg.norm(moved, axis=1, keepdims=True)


def build(base_dir: Path, out: Path, chunks: int, sigma: float = SIGMA, seed: int = 5) -> dict:
    """Write a scaled index of `chunks` chunks into the empty dir `out` from the index in `base_dir`; its figures."""
    started = time.perf_counter()
    if out.exists() and any(out.iterdir()):
        raise SystemExit(f"{out} is not empty")
    # The model the base index records; opening an index reads the vector size only, the model is never loaded.
    embedder = embedder_for(recorded_model(base_dir), None, base_dir / "models")
    base = open_index(IndexLocation(base_dir), embedder)
    generation = base.catalog.generation()
    index = open_index(IndexLocation(out), embedder)
    noise = np.random.default_rng(seed)
    copies, cosines = 0, []
    try:
        pending: list[_Copy] = []
        stored: dict[str, tuple] = {}
        for entry, copy, take in plan(_gold_first(base.catalog.documents()), chunks):
            doc_id = entry.document.doc_id
            if doc_id not in stored:
                rows = base.catalog.chunks_of(doc_id)
                found = [e.commitment for e in base.catalog.commitments(RegisterQuery(doc_id=doc_id))]
                stored[doc_id] = (rows, base.store.vectors([r.chunk_id for r in rows]), found)
            rows, vectors, found = stored[doc_id]
            doc = copy_of(entry.document, copy)
            part, commitments = records(doc, copy, rows[:take], found)
            moved = vectors[:take] if copy == 0 else _noisy(vectors[:take], sigma, noise)
            if copy:
                cosines.extend(np.einsum("ij,ij->i", moved, vectors[:take]).tolist())
                copies += 1
            pending.append(_Copy(doc, entry.file_path if copy == 0 else doc.source, part, commitments, moved))
            if sum(len(p.chunks) for p in pending) >= WRITE_BATCH:
                _write(index, pending)
        _write(index, pending)
        index.catalog.set_setting("ingest_version", base.catalog.setting("ingest_version") or "")
        write_s = time.perf_counter() - started
        t = time.perf_counter()
        LexicalIndex.load_or_build(index.catalog, out / "bm25")
        bm25_s = time.perf_counter() - t
        docs, total = index.catalog.counts()
        stored_vectors, registered = index.store.count(), len(index.catalog.commitments())
    finally:
        index.close()
        base.close()
    if (base_dir / "models").is_dir():  # the base's exported int8 model: serving the copy must not export it again
        shutil.copytree(base_dir / "models", out / "models", dirs_exist_ok=True)
    figures = {
        "chunks": total, "documents": docs, "vectors": stored_vectors, "synthetic_documents": copies,
        "real_documents": docs - copies, "commitments": registered, "noise_sigma": sigma, "base_generation": generation,
        "copy_cosine_mean": round(float(np.mean(cosines)), 4) if cosines else None,
        "write_s": round(write_s, 1), "bm25_s": round(bm25_s, 1), "build_s": round(time.perf_counter() - started, 1),
    }
    (out / BUILD_FILE).write_text(json.dumps(figures, indent=2) + "\n")
    return figures


def _write(index: Index, pending: list[_Copy]) -> None:
    """Pending in the catalogue, vectors in the store, then complete (the pipeline's order); empties `pending`."""
    if not pending:
        return
    for p in pending:
        index.catalog.begin(p.document, p.file_path, p.chunks, p.commitments)
    index.store.upsert([c for p in pending for c in p.chunks], np.concatenate([p.vectors for p in pending]))
    index.catalog.complete([p.document.doc_id for p in pending])
    pending.clear()


def main() -> None:
    """Build one scaled index from the command line."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", type=Path, required=True, help="a real ingested data dir (it is opened, so use a copy)")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--chunks", type=int, required=True)
    ap.add_argument("--sigma", type=float, default=SIGMA)
    args = ap.parse_args()
    print(json.dumps(build(args.base, args.out, args.chunks, args.sigma)))


if __name__ == "__main__":
    main()
