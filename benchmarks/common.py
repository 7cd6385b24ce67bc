"""What every benchmark shares: where the shared corpus is, the machine's description, writing results."""
from __future__ import annotations

import json
import os
import platform
import resource
import sys
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
