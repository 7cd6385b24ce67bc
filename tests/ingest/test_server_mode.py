"""The same ingest path against a real `chroma run` server on 127.0.0.1, started by the test."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.servers import free_port, running

pytestmark = [pytest.mark.slow, pytest.mark.server]
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture()
def chroma_server(tmp_path: Path):
    """A `chroma run` server on a free loopback port, stopped after the test."""
    exe = Path(sys.executable).with_name("chroma")
    if not exe.exists():
        pytest.skip("the chroma command is not installed")
    port = free_port()
    cmd = [str(exe), "run", "--host", "127.0.0.1", "--port", str(port), "--path", str(tmp_path / "server")]
    with running(cmd, f"http://127.0.0.1:{port}/api/v2/heartbeat", tmp_path / "chroma.log", timeout=60):
        yield port


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
