"""/api/chat at 1k, 10k and 100k chunks (and 100k against a `chroma run` server), each beside the floor — one query
embedding + one Chroma query — measured in the same process and run, with the serving process's peak RSS.

The indexes are scaled copies of a real ingested one (see benchmarks/scaled_index.py). Each size is served by a fresh
process: the app under uvicorn in a thread, so that the floor, timed in the main thread between the chats, shares
the one Chroma client an embedded index allows.

Run: .venv/bin/python -m benchmarks.scale [--base-dir DIR] [--work-dir /tmp/clerk-scale] [--rounds 3] [--rebuild]
--base-dir is a real ingested data dir (copied, never written); without it the corpus is ingested first (about 7
minutes). Scaled indexes under --work-dir are reused while their base is unchanged, unless --rebuild. Writes
benchmarks/results/scale.json.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import shutil
import subprocess
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from benchmarks.common import ROOT, beside_floor, peak_rss_mb, require_shared, write  # noqa: E402
from benchmarks.scaled_index import BUILD_FILE, SIGMA, build  # noqa: E402
from ingest.catalog import Catalog  # noqa: E402
from tests.servers import free_port, running  # noqa: E402

SIZES = {"1k": 1_000, "10k": 10_000, "100k": 100_000}
SERVER_SIZE = "100k"
NOTE = ("Scaled indexes: copy 0 of each document is the real ingested one; every further copy names another "
        "council from the gazetteer and earlier dates, with new ids and sources. Texts duplicated; vectors reused "
        f"from the real chunk with Gaussian noise σ={SIGMA} per component, renormalised (cosine to the source ~0.98). "
        "Other jobs may share this 2-core machine (load_avg_1m is the load before and after each size), so absolute "
        "times are noisy: compare chat with the floor measured interleaved in the same process and run.")


def measure(data_dir: Path, chroma_port: int | None, rounds: int) -> dict:
    """In a fresh process: serve the index over HTTP from a thread, then per gold question time the floor and a chat."""
    import uvicorn

    from api.app import create_app
    from api.runtime import build_runtime
    from api.settings import Settings
    from evals.gold import load_gold
    from evals.runner import OverHttp

    gold = load_gold()
    host = "127.0.0.1" if chroma_port else None
    settings = Settings(data_dir=data_dir, chroma_host=host, chroma_port=chroma_port or 8000)
    t = time.perf_counter()
    runtime = build_runtime(settings)
    runtime.searcher.refresh()  # the BM25 snapshot and the documents' metadata
    startup_s = time.perf_counter() - t
    port = free_port()
    config = uvicorn.Config(create_app(runtime=runtime), host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 60
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"uvicorn did not start on port {port}")
            time.sleep(0.05)
        target = OverHttp(f"http://127.0.0.1:{port}")
        for q in gold[:5]:  # warm: the model, the HTTP stack, the selection cache
            runtime.searcher.floor(q.question, 8)
            target.ask(q)
        load_before = os.getloadavg()[0]
        timed = beside_floor(gold, rounds, lambda q: runtime.searcher.floor(q.question, 8), target.ask, "chat")
        docs, chunks = runtime.index.catalog.counts()
        vectors = runtime.index.store.count()
    finally:
        server.should_exit = True
        thread.join(30)
        runtime.close()
    return {
        "documents": docs,
        "chunks": chunks,
        "vectors": vectors,
        **timed,
        "startup_s": round(startup_s, 1),
        "peak_rss_mb": round(peak_rss_mb(), 1),
        "load_avg_1m": [round(load_before, 2), round(os.getloadavg()[0], 2)],
    }


def in_fresh_process(fn, *args):
    """fn(*args) in a new process of its own (a clean peak RSS, and no Chroma client left open in this one)."""
    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as pool:
        return pool.submit(fn, *args).result()


def base_index(work: Path, given: Path | None) -> Path:
    """A real index at work/base — a copy of --base-dir, else new — brought up to date by `clerk ingest` over the
    corpus (the demo seeds with their manifest, the shared Ofsted reports, the ModernGov pages): a copy built by an
    older Clerk is re-read without re-embedding passages that come out the same; a current one is left unchanged."""
    base = work / "base"
    if given is not None and not base.exists():
        shutil.copytree(given, base)
    shared = require_shared()
    paths = [ROOT / "corpus" / "seeds", shared / "ofsted-ilacs" / "inspection_reports", ROOT / "corpus" / "moderngov"]
    cmd = [sys.executable, "-m", "api", "ingest", *map(str, paths), "--data-dir", str(base)]
    subprocess.run(cmd, cwd=ROOT, check=True)
    return base


def scaled(base: Path, out: Path, chunks: int, rebuild: bool) -> dict:
    """The figures of a scaled index of `chunks` chunks at `out`, building it unless one from this base is there."""
    catalog = Catalog(base / "catalog.sqlite3")
    generation = catalog.generation()
    catalog.close()
    if not rebuild and (out / BUILD_FILE).exists():
        figures = json.loads((out / BUILD_FILE).read_text())
        if figures.get("base_generation") == generation:
            return figures
    shutil.rmtree(out, ignore_errors=True)
    return in_fresh_process(build, base, out, chunks)


def peak_rss_of(pid: int) -> float:
    """Another process's peak resident memory so far, in MB (Linux)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def main() -> None:
    """Build (or reuse) the scaled indexes, measure each embedded, then the largest behind a chroma server."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--base-dir", type=Path)
    ap.add_argument("--work-dir", type=Path, default=Path("/tmp/clerk-scale"))
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--rebuild", action="store_true")
    args = ap.parse_args()
    args.work_dir.mkdir(parents=True, exist_ok=True)
    base = base_index(args.work_dir, args.base_dir)
    runs = []
    for label, chunks in SIZES.items():
        built = scaled(base, args.work_dir / label, chunks, args.rebuild)
        run = in_fresh_process(measure, args.work_dir / label, None, args.rounds)
        runs.append({"size": label, "chroma": "embedded", "build_s": built["build_s"], **run})
        print(json.dumps(runs[-1]), flush=True)
    data = args.work_dir / SERVER_SIZE
    port = free_port()
    cmd = [str(Path(sys.executable).with_name("chroma")), "run", "--path", str(data / "chroma"), "--host", "127.0.0.1",
           "--port", str(port)]
    with running(cmd, f"http://127.0.0.1:{port}/api/v2/heartbeat", args.work_dir / "chroma.log", timeout=300) as chroma:
        run = in_fresh_process(measure, data, port, args.rounds)
        chroma_rss = peak_rss_of(chroma.pid)
    built = json.loads((data / BUILD_FILE).read_text())
    runs.append({"size": SERVER_SIZE, "chroma": "chroma run server", "build_s": built["build_s"], **run,
                 "chroma_server_peak_rss_mb": round(chroma_rss, 1)})
    print(json.dumps(runs[-1]), flush=True)
    write("scale", {
        "note": NOTE,
        "rounds": args.rounds,
        "builds": {label: json.loads((args.work_dir / label / BUILD_FILE).read_text()) for label in SIZES},
        "runs": runs,
    })


if __name__ == "__main__":
    main()
