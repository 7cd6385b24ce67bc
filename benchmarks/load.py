"""Load: 50 concurrent chats against a real `clerk serve` on 127.0.0.1 — throughput, p50/p95, errors.

Run: .venv/bin/python -m benchmarks.load [--data-dir DIR] [--chats 50] [--concurrency 50]
Without --data-dir it ingests the demo corpus/ into a temporary data dir first. Requests are bounded in count and time.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from benchmarks.common import ROOT, write
from evals.gold import load_gold
from evals.metrics import percentile
from tests.servers import free_port, running

REQUEST_TIMEOUT_S = 120


def chat(base: str, question: str) -> tuple[float, int | str]:
    """One POST /api/chat: (seconds, status or error)."""
    body = json.dumps({"question": question}).encode()
    req = urllib.request.Request(f"{base}/api/chat", data=body, headers={"Content-Type": "application/json"})
    t = time.perf_counter()
    try:
        with urllib.request.urlopen(req, timeout=REQUEST_TIMEOUT_S) as r:
            json.load(r)
            return time.perf_counter() - t, r.status
    except urllib.error.HTTPError as exc:
        return time.perf_counter() - t, exc.code
    except OSError as exc:
        return time.perf_counter() - t, type(exc).__name__


def main() -> None:
    """Start a server, warm it, fire the chats at once, report."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--data-dir", type=Path)
    ap.add_argument("--chats", type=int, default=50)
    ap.add_argument("--concurrency", type=int, default=50)
    args = ap.parse_args()
    questions = [q.question for q in load_gold()]
    with tempfile.TemporaryDirectory() as tmp:
        data = args.data_dir
        if data is None:
            data = Path(tmp) / "data"
            subprocess.run([sys.executable, "-m", "api", "ingest", "corpus", "--data-dir", str(data)], cwd=ROOT, check=True,
                           stderr=subprocess.DEVNULL)
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        cmd = [sys.executable, "-m", "api", "serve", "--port", str(port), "--data-dir", str(data)]
        with running(cmd, f"{base}/healthz", Path(tmp) / "serve.log", cwd=ROOT):
            chat(base, questions[0])  # warm: the first question loads the BM25 snapshot
            single = [chat(base, q)[0] for q in questions[:10]]
            t = time.perf_counter()
            with ThreadPoolExecutor(max_workers=args.concurrency) as pool:
                results = list(pool.map(lambda i: chat(base, questions[i % len(questions)]), range(args.chats)))
            wall = time.perf_counter() - t
            health = json.load(urllib.request.urlopen(f"{base}/healthz", timeout=10))
    latencies = [s * 1000 for s, _ in results]
    errors = [status for _, status in results if status != 200]
    result = {
        "chats": args.chats,
        "concurrency": args.concurrency,
        "documents": health["documents"],
        "chunks": health["chunks"],
        "errors": len(errors),
        "error_kinds": sorted({str(e) for e in errors}),
        "wall_s": round(wall, 2),
        "throughput_chats_per_s": round(args.chats / wall, 2),
        "p50_ms": round(percentile(latencies, 50), 1),
        "p95_ms": round(percentile(latencies, 95), 1),
        "single_chat_p50_ms": round(percentile([s * 1000 for s in single], 50), 1),
    }
    write("load", result)


if __name__ == "__main__":
    main()
