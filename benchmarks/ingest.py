"""Ingest throughput over the shared corpus (seeds + 123 Ofsted reports), beside the raw embedder on the same chunks.

Run: .venv/bin/python -m benchmarks.ingest   (writes benchmarks/results/ingest.json)
"""
from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from benchmarks.common import peak_rss_mb, require_shared, write  # noqa: E402
from ingest.index import IndexLocation, open_index  # noqa: E402
from ingest.models import DEFAULT, load_embedder  # noqa: E402
from ingest.pipeline import Ingester  # noqa: E402


def main() -> None:
    """Ingest, re-ingest, then time the bare embedder on the very chunks ingested."""
    shared = require_shared()
    paths = [shared / "seeds", shared / "ofsted-ilacs" / "inspection_reports"]
    with tempfile.TemporaryDirectory() as tmp:
        embedder = load_embedder(DEFAULT, Path(tmp) / "models")  # the int8 model, when default, is exported here
        t = time.perf_counter()
        embedder.embed(["warm up"])
        load_s = time.perf_counter() - t
        index = open_index(IndexLocation(Path(tmp)), embedder)
        first = Ingester(index).run(paths)
        rss_after_ingest = peak_rss_mb()
        again = Ingester(index).run(paths)
        rows = index.catalog.chunk_rows()
        docs, chunks = index.catalog.counts()
        # The floor: the same number of passages of the same texts through the bare model, nothing else.
        ids = [cid for cid, _, _ in rows]
        contexts = [c.context for i in range(0, len(ids), 500) for c in index.store.get(ids[i : i + 500])]
        t = time.perf_counter()
        embedder.embed(contexts)
        raw_s = time.perf_counter() - t
        index.close()
    tm = first.timings
    result = {
        "model": embedder.name,
        "files": len(first.results),
        "failed": [f"{r.source}: {r.reason}" for r in first.failed],
        "documents": docs,
        "chunks": chunks,
        "model_load_s": round(load_s, 2),
        "parse_s": round(tm["read"] + tm["parse"], 2),
        "chunk_s": round(tm["chunk"], 2),
        "embed_s": round(tm["embed"], 2),
        "store_s": round(tm["store"], 2),
        "total_s": round(first.seconds, 2),
        "embed_chunks_per_s": round(chunks / tm["embed"], 1),
        "pipeline_chunks_per_s": round(chunks / first.seconds, 1),
        "raw_embedder_chunks_per_s": round(chunks / raw_s, 1),
        "pipeline_vs_raw_embedder": round((chunks / first.seconds) / (chunks / raw_s), 3),
        "reingest_unchanged_s": round(again.seconds, 2),
        "reingest_chunks_embedded": again.chunks_embedded,
        "peak_rss_mb": round(rss_after_ingest, 1),
    }
    write("ingest", result)


if __name__ == "__main__":
    main()
