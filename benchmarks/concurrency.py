"""Several processes on one data dir (issue #14): `clerk ingest` of 60+ new PDFs while `clerk serve` answers a
bounded loop of chats and searches and a second process runs `clerk ask` in a loop, all on one data dir.

Reports, from one run: responses by status (any 5xx is a failure), documents and chunks lost or orphaned (the
catalogue's chunk ids against Chroma's, read after the run by a fresh process), whether every new paper is found
by BM25, dense search and chat before the server restarts, and chat latency p50/p95 before, during and after the
ingest. Usage: python -m benchmarks.concurrency [--papers 64] [--out benchmarks/results/concurrency.json]
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from tests.ingest.paper_samples import Paper, write_papers
from tests.servers import free_port, running

ROOT = Path(__file__).resolve().parents[1]
ENV = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "CLERK_LLM_PROVIDER": "",
       "PYTHONPATH": str(ROOT)}


@dataclass
class Traffic:
    """Requests made and what came back: (what, status, seconds) each."""

    calls: list[tuple[str, int, float]] = field(default_factory=list)

    def statuses(self) -> dict[str, int]:
        """How many responses of each status."""
        out: dict[str, int] = {}
        for _, status, _ in self.calls:
            out[str(status)] = out.get(str(status), 0) + 1
        return dict(sorted(out.items()))

    def server_errors(self) -> int:
        """Responses that are neither success nor a 4xx (0 means the connection failed)."""
        return sum(1 for _, status, _ in self.calls if not (200 <= status < 500))

    def latency(self, what: str) -> dict[str, float | int]:
        """p50 and p95 in milliseconds of the successful calls of one kind."""
        times = sorted(s * 1000 for w, status, s in self.calls if w == what and status < 400)
        if not times:
            return {"n": 0}
        return {"n": len(times), "p50_ms": round(statistics.median(times), 1),
                "p95_ms": round(times[min(len(times) - 1, int(0.95 * len(times)))], 1)}


def call(base: str, path: str, body: dict | None = None, timeout: float = 120) -> tuple[int, dict | None, float]:
    """One request: (status, JSON body or None, seconds); status 0 when the connection failed."""
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(base + path, data=data, headers={"Content-Type": "application/json"})
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=timeout) as r:
            return r.status, json.loads(r.read()), time.perf_counter() - started
    except urllib.error.HTTPError as exc:
        return exc.code, None, time.perf_counter() - started
    except OSError:
        return 0, None, time.perf_counter() - started


def search_path(query: str, mode: str, k: int = 5) -> str:
    """The /api/search address of a query."""
    return "/api/search?" + urllib.parse.urlencode({"q": query, "mode": mode, "k": k})


def ask_traffic(base: str, papers: list[Paper], traffic: Traffic, stop: threading.Event, limit: int) -> None:
    """Chats and searches in each mode, in turn over the papers, until `stop` is set or `limit` chats were made."""
    n = 0
    while not stop.is_set() and n < limit:
        p = papers[n % len(papers)]
        status, _, seconds = call(base, "/api/chat", {"question": p.question})
        traffic.calls.append(("chat", status, seconds))
        for mode in ("hybrid", "bm25", "dense"):
            status, _, seconds = call(base, search_path(p.question, mode))
            traffic.calls.append((f"search-{mode}", status, seconds))
        n += 1


def cli_ask_loop(data: Path, papers: list[Paper], stop: threading.Event, codes: list[int]) -> None:
    """A second process: `clerk ask` on the same data dir, again and again until `stop` is set."""
    n = 0
    while not stop.is_set():
        p = papers[n % len(papers)]
        r = subprocess.run([sys.executable, "-m", "api", "ask", p.question, "--data-dir", str(data)],
                           capture_output=True, text=True, env=ENV, cwd=ROOT, timeout=300)
        codes.append(r.returncode)
        n += 1


def found(base: str, p: Paper) -> dict[str, bool]:
    """Whether BM25, dense search and chat find paper p's scheme."""
    def has(results: list[dict]) -> bool:
        return any(p.scheme in r["text"] for r in results)

    out = {}
    status, body, _ = call(base, search_path(p.question, "bm25"))
    out["bm25"] = status == 200 and has(body["results"])
    status, body, _ = call(base, search_path(p.sentence, "dense"))
    out["dense"] = status == 200 and has(body["results"])
    status, body, _ = call(base, "/api/chat", {"question": p.question})
    out["chat"] = status == 200 and has(body.get("contexts") or []) and f"{p.budget:,}" in body.get("answer", "")
    return out


_STATE = """
import json, sys
from pathlib import Path
from api.runtime import open_configured_index
from api.settings import Settings
index = open_configured_index(Settings(data_dir=Path(sys.argv[1])))
rows = index.catalog.chunk_rows()
got = index.store._collection.get(include=[])
print(json.dumps({"documents": index.catalog.counts()[0], "chunks": len(rows), "leftovers": index.catalog.leftovers(),
                  "catalogue_chunks": sorted(r[0] for r in rows), "chroma_chunks": sorted(got["ids"])}))
"""


def index_state(data: Path) -> dict:
    """The catalogue's and Chroma's chunk ids as a fresh process reads them."""
    r = subprocess.run([sys.executable, "-c", _STATE, str(data)], capture_output=True, text=True, env=ENV, cwd=ROOT,
                       check=True)
    return json.loads(r.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--papers", type=int, default=64, help="new PDFs ingested while the server answers")
    parser.add_argument("--first", type=int, default=6, help="PDFs in the index before")
    parser.add_argument("--chats", type=int, default=24, help="chats in each quiet phase (before and after)")
    parser.add_argument("--limit", type=int, default=300, help="at most this many chats during the ingest")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "concurrency.json")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="clerk-concurrency-") as tmp:
        tmp_path = Path(tmp)
        data = tmp_path / "data"
        first = write_papers(tmp_path / "first", range(1000, 1000 + args.first))
        new = write_papers(tmp_path / "new", range(args.papers))
        subprocess.run([sys.executable, "-m", "api", "ingest", str(tmp_path / "first"), "--data-dir", str(data)],
                       env=ENV, cwd=ROOT, check=True, capture_output=True)
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        cmd = [sys.executable, "-m", "api", "serve", "--host", "127.0.0.1", "--port", str(port), "--data-dir", str(data)]
        with running(cmd, f"{base}/healthz", tmp_path / "serve.log", cwd=ROOT, env=ENV) as server:
            call(base, "/api/chat", {"question": first[0].question})  # warm up: the first answer loads the model
            quiet_before = Traffic()
            ask_traffic(base, first, quiet_before, threading.Event(), args.chats)

            during, stop, codes = Traffic(), threading.Event(), []
            chats = threading.Thread(target=ask_traffic, args=(base, first + new, during, stop, args.limit))
            asker = threading.Thread(target=cli_ask_loop, args=(data, first + new, stop, codes))
            started = time.perf_counter()
            chats.start()
            asker.start()
            ingest = subprocess.run([sys.executable, "-m", "api", "ingest", str(tmp_path / "new"), "--data-dir",
                                     str(data)], capture_output=True, text=True, env=ENV, cwd=ROOT)
            ingest_seconds = time.perf_counter() - started
            stop.set()
            chats.join()
            asker.join()

            answerable = {p.name: found(base, p) for p in new}  # the same server: no restart
            quiet_after = Traffic()
            ask_traffic(base, first + new, quiet_after, threading.Event(), args.chats)
            restarts = server.poll() is not None
        state = index_state(data)

    catalogue, chroma = set(state["catalogue_chunks"]), set(state["chroma_chunks"])
    results = {
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count()},
        "papers": {"before": args.first, "ingested_during": args.papers},
        "ingest": {"exit_code": ingest.returncode, "seconds": round(ingest_seconds, 1),
                   "summary": ingest.stdout.strip().splitlines()[-1:] or ingest.stderr.strip().splitlines()[-1:]},
        "server_exited": restarts,
        "responses_during_ingest": during.statuses(),
        "non_4xx_errors": quiet_before.server_errors() + during.server_errors() + quiet_after.server_errors(),
        "clerk_ask_runs": {"count": len(codes), "failed": sum(1 for c in codes if c != 0)},
        "index_after": {
            "documents": state["documents"], "expected_documents": args.first + args.papers,
            "lost_documents": args.first + args.papers - state["documents"], "pending_left": len(state["leftovers"]),
            "chunks": len(catalogue), "chunks_without_vectors": len(catalogue - chroma),
            "orphan_vectors": len(chroma - catalogue),
        },
        "new_papers_answerable_before_restart": {
            mode: sum(1 for f in answerable.values() if f[mode]) for mode in ("bm25", "dense", "chat")
        } | {"of": len(new)},
        "chat_latency": {"before_ingest": quiet_before.latency("chat"), "during_ingest": during.latency("chat"),
                         "after_ingest": quiet_after.latency("chat")},
        "search_latency_during_ingest": {m: during.latency(f"search-{m}") for m in ("hybrid", "bm25", "dense")},
        "search_latency_before_ingest": {m: quiet_before.latency(f"search-{m}") for m in ("hybrid", "bm25", "dense")},
        "missed": {name: f for name, f in answerable.items() if not all(f.values())},
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n")
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
