"""A running `clerk serve` and a `clerk ingest` in another process on one data dir (issue #14, finding 2): the server
answers throughout without a 5xx, and finds the new papers by BM25, dense search and chat before any restart."""
from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest

from benchmarks.concurrency import Traffic, ask_traffic, call, found, index_state
from tests.api.conftest import ROOT, server_env
from tests.ingest.paper_samples import write_papers
from tests.servers import free_port, running

pytestmark = [pytest.mark.slow, pytest.mark.server, pytest.mark.reliability]


def test_a_server_answers_throughout_another_process_ingest_and_finds_the_new_papers(tmp_path: Path):
    data = tmp_path / "data"
    first = write_papers(tmp_path / "first", range(500, 503))
    new = write_papers(tmp_path / "new", range(10))
    subprocess.run([sys.executable, "-m", "api", "ingest", str(tmp_path / "first"), "--data-dir", str(data)],
                   env=server_env(), cwd=ROOT, check=True, capture_output=True)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    cmd = [sys.executable, "-m", "api", "serve", "--host", "127.0.0.1", "--port", str(port), "--data-dir", str(data)]
    with running(cmd, f"{base}/healthz", tmp_path / "serve.log", cwd=ROOT, env=server_env()) as server:
        assert call(base, "/api/chat", {"question": first[0].question})[0] == 200
        traffic, stop = Traffic(), threading.Event()
        asking = threading.Thread(target=ask_traffic, args=(base, first + new, traffic, stop, 200))
        asking.start()
        try:
            ingest = subprocess.run([sys.executable, "-m", "api", "ingest", str(tmp_path / "new"), "--data-dir", str(data)],
                                    capture_output=True, text=True, env=server_env(), cwd=ROOT, timeout=240)
        finally:
            stop.set()
            asking.join()
        assert ingest.returncode == 0, ingest.stderr[-2000:]
        assert len(traffic.calls) >= 8
        assert traffic.server_errors() == 0, traffic.statuses()
        answerable = {p.name: found(base, p) for p in new}  # the same server process, never restarted
        assert server.poll() is None
    assert {name: f for name, f in answerable.items() if not all(f.values())} == {}
    state = index_state(data)
    assert state["documents"] == 13 and state["leftovers"] == []
    assert state["catalogue_chunks"] == state["chroma_chunks"]
