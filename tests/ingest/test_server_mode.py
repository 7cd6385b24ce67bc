"""The same ingest path against a real `chroma run` server on 127.0.0.1, started by the test."""
from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.server]
ROOT = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture()
def chroma_server(tmp_path: Path):
    """A `chroma run` server on a free loopback port, stopped after the test."""
    exe = Path(sys.executable).with_name("chroma")
    if not exe.exists():
        pytest.skip("the chroma command is not installed")
    port = _free_port()
    proc = subprocess.Popen([str(exe), "run", "--host", "127.0.0.1", "--port", str(port), "--path", str(tmp_path / "server")],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=1)
            break
        except OSError:
            time.sleep(0.2)
    else:
        proc.kill()
        pytest.fail("chroma run did not start")
    yield port
    proc.terminate()
    proc.wait(timeout=20)


def test_ingest_and_docs_through_a_chroma_server(chroma_server: int, tmp_path: Path, seeds: Path):
    import chromadb
    from chromadb.config import Settings

    corpus = tmp_path / "papers"
    shutil.copytree(seeds, corpus)
    env = {**os.environ, "CLERK_DATA_DIR": str(tmp_path / "data"), "CLERK_CHROMA_HOST": "127.0.0.1",
           "CLERK_CHROMA_PORT": str(chroma_server), "HF_HUB_OFFLINE": "1"}
    run = lambda *args: subprocess.run([sys.executable, "-m", "api", *args], cwd=ROOT, env=env,  # noqa: E731
                                       capture_output=True, text=True, timeout=600)
    first = run("ingest", str(corpus))
    assert first.returncode == 0, first.stderr
    docs = json.loads(run("docs", "--json").stdout)
    assert len(docs) == 6
    # The vectors are in the server, not in the local data dir.
    assert not (tmp_path / "data" / "chroma").exists()
    client = chromadb.HttpClient(host="127.0.0.1", port=chroma_server, settings=Settings(anonymized_telemetry=False))
    assert client.get_collection("clerk_chunks").count() == sum(d["chunks"] for d in docs)
    again = run("ingest", str(corpus))
    assert again.returncode == 0 and client.get_collection("clerk_chunks").count() == sum(d["chunks"] for d in docs)
