"""`clerk ask` latency over the gold set, beside the floor measured in the same run (one query embedding + one
Chroma query), so the cost of everything Clerk adds — BM25, fusion, filters, follow-ups, composing — is a ratio.

Run: .venv/bin/python -m benchmarks.ask --data-dir DIR   (an ingested index; writes benchmarks/results/ask.json)
"""
from __future__ import annotations

import argparse
import os
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from api.runtime import build_runtime  # noqa: E402
from api.settings import Settings  # noqa: E402
from benchmarks.common import beside_floor, peak_rss_mb, write  # noqa: E402
from evals.gold import load_gold  # noqa: E402

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
        timed = beside_floor(gold, ROUNDS, lambda q: runtime.searcher.floor(q.question, 8),
                             lambda q: runtime.clerk.ask(q.question, history=list(q.history)), "ask")
        docs, chunks = runtime.index.catalog.counts()
    finally:
        runtime.close()
    write("ask", {
        "documents": docs,
        "chunks": chunks,
        **timed,
        "peak_rss_mb": round(peak_rss_mb(), 1),
    })


if __name__ == "__main__":
    main()
