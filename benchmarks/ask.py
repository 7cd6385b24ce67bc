"""`clerk ask` latency over the gold set, beside the floor measured in the same run (one query embedding + one
Chroma query), so the cost of everything Clerk adds — BM25, fusion, filters, follow-ups, composing — is a ratio.

Run: .venv/bin/python -m benchmarks.ask --data-dir DIR   (an ingested index; writes benchmarks/results/ask.json)
"""
from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from api.runtime import build_runtime  # noqa: E402
from api.settings import Settings  # noqa: E402
from benchmarks.common import peak_rss_mb, write  # noqa: E402
from evals.gold import load_gold  # noqa: E402
from evals.metrics import percentile  # noqa: E402

ROUNDS = 3


def main() -> None:
    """Warm up, then per question alternate floor and full answer so both see the same machine state."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--data-dir", type=Path, required=True)
    args = ap.parse_args()
    gold = load_gold()
    runtime = build_runtime(Settings(data_dir=args.data_dir))
    try:
        runtime.clerk.ask(gold[0].question)  # loads the model and the BM25 snapshot
        floor_ms, ask_ms = [], []
        for _ in range(ROUNDS):
            for q in gold:
                t = time.perf_counter()
                runtime.searcher.floor(q.question, 8)
                floor_ms.append((time.perf_counter() - t) * 1000)
                t = time.perf_counter()
                runtime.clerk.ask(q.question, history=list(q.history))
                ask_ms.append((time.perf_counter() - t) * 1000)
        docs, chunks = runtime.index.catalog.counts()
    finally:
        runtime.close()
    p = lambda xs, q: round(percentile(xs, q), 1)  # noqa: E731
    write("ask", {
        "documents": docs,
        "chunks": chunks,
        "questions": len(gold) * ROUNDS,
        "floor_p50_ms": p(floor_ms, 50),
        "floor_p95_ms": p(floor_ms, 95),
        "ask_p50_ms": p(ask_ms, 50),
        "ask_p95_ms": p(ask_ms, 95),
        "ask_vs_floor_p50": round(percentile(ask_ms, 50) / percentile(floor_ms, 50), 2),
        "ask_vs_floor_p95": round(percentile(ask_ms, 95) / percentile(floor_ms, 95), 2),
        "peak_rss_mb": round(peak_rss_mb(), 1),
    })


if __name__ == "__main__":
    main()
