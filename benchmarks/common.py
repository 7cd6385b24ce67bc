"""What every benchmark shares: where the shared corpus is, the machine's description, writing results."""
from __future__ import annotations

import json
import os
import platform
import resource
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus"
RESULTS = ROOT / "benchmarks" / "results"


def require_shared() -> Path:
    """The shared corpus, or exit with a one-line message."""
    if not SHARED.is_dir():
        sys.exit(f"benchmarks need the shared corpus at {SHARED}")
    return SHARED


def machine() -> dict:
    """The machine the figures were measured on."""
    return {
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "processor": platform.processor() or platform.machine(),
    }


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def write(name: str, result: dict) -> Path:
    """Save a result as benchmarks/results/<name>.json, print it, and return the path."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{name}.json"
    path.write_text(json.dumps({"machine": machine(), **result}, indent=2) + "\n")
    width = max(map(len, result)) + 2
    for key, value in result.items():
        print(f"{key:{width}} {value}")
    print(f"written to {path}")
    return path


def beside_floor(questions: Sequence, rounds: int, floor: Callable, answer: Callable, name: str) -> dict:
    """Time `answer` and the `floor` on every question, `rounds` times, alternating the two so that both see the same
    machine state; their p50 and p95 in ms, and the ratios of answer to floor (the figures to quote)."""
    from evals.metrics import percentile

    floor_ms, answer_ms = [], []
    for _ in range(rounds):
        for q in questions:
            for timings, fn in ((floor_ms, floor), (answer_ms, answer)):
                started = time.perf_counter()
                fn(q)
                timings.append((time.perf_counter() - started) * 1000)
    p = lambda xs, q: round(percentile(xs, q), 1)  # noqa: E731
    return {
        "questions": len(answer_ms),
        f"{name}_p50_ms": p(answer_ms, 50),
        f"{name}_p95_ms": p(answer_ms, 95),
        "floor_p50_ms": p(floor_ms, 50),
        "floor_p95_ms": p(floor_ms, 95),
        f"{name}_vs_floor_p50": round(percentile(answer_ms, 50) / percentile(floor_ms, 50), 2),
        f"{name}_vs_floor_p95": round(percentile(answer_ms, 95) / percentile(floor_ms, 95), 2),
    }
