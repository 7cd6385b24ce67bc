"""SIGTERM stops a real `clerk serve` promptly while an upload is being ingested, and the index it leaves is
consistent: every complete document has its vectors, no vector lacks its document, nothing half-done remains."""
from __future__ import annotations

import shutil
import signal
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from ingest.index import IndexLocation, open_index
from tests.api.conftest import ROOT, server_env
from tests.servers import free_port, running

pytestmark = [pytest.mark.slow, pytest.mark.server, pytest.mark.reliability]
API_KEY = "sigterm-key"
BOUND_SECONDS = 15  # the server's shutdown grace is 5 s


def _slow_paper() -> bytes:
    """A 1.5 MB text of distinct numbered paragraphs: thousands of passages to embed, minutes of work."""
    lines = ["Minutes of the Highways Committee", ""]
    for n in range(6_000):
        lines += [f"{n}. The Committee noted that road {n} in ward {n % 97} needs resurfacing at a cost of "
                  f"£{n * 37 % 9000 + 1000} and RESOLVED that officers report back on item {n} by {1 + n % 28} June.", ""]
    return "\n".join(lines).encode()


def _state(data: Path, embedder) -> tuple[set[str], set[str], list]:
    index = open_index(IndexLocation(data), embedder)
    try:
        with index.writing(30):
            index.recover()  # the server is gone: what it left pending is cleared
        return set(index.catalog.complete_ids()), index.store.doc_ids(), index.catalog.leftovers()
    finally:
        index.close()


def test_sigterm_stops_the_server_during_an_upload_and_leaves_the_index_consistent(small_index_dir: Path,
                                                                                    tmp_path: Path, embedder):
    data = tmp_path / "data"
    shutil.copytree(small_index_dir, data)
    before, _, _ = _state(data, embedder)
    port = free_port()
    cmd = [sys.executable, "-m", "api", "serve", "--host", "127.0.0.1", "--port", str(port), "--data-dir", str(data)]
    outcome: dict = {}

    def upload() -> None:
        try:
            r = httpx.post(f"http://127.0.0.1:{port}/api/documents", headers={"X-API-Key": API_KEY}, timeout=120,
                           files={"file": ("highways.txt", _slow_paper(), "text/plain")})
            outcome["status"] = r.status_code
        except httpx.HTTPError as exc:
            outcome["error"] = type(exc).__name__

    with running(cmd, f"http://127.0.0.1:{port}/healthz", tmp_path / "serve.log", cwd=ROOT,
                 env=server_env(CLERK_API_KEY=API_KEY)) as proc:
        sender = threading.Thread(target=upload, daemon=True)
        sender.start()
        deadline = time.monotonic() + 60
        while not list((data / "uploads").glob("*/highways.txt")) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert list((data / "uploads").glob("*/highways.txt")), "the upload never arrived"
        time.sleep(3)  # the job is parsing, chunking or embedding by now
        assert proc.poll() is None and "status" not in outcome  # still ingesting
        started = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=60)
        took = time.monotonic() - started
    sender.join(timeout=10)
    assert took < BOUND_SECONDS, f"the server took {took:.1f} s to stop"
    assert outcome, "the upload request neither answered nor failed"
    complete, stored, leftovers = _state(data, embedder)
    assert before <= complete and complete == stored and not leftovers
