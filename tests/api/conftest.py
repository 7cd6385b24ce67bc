"""A real `clerk serve` on 127.0.0.1 over a copy of the session's small index."""
from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

from tests.servers import free_port, running

ROOT = Path(__file__).resolve().parents[2]


def server_env(**extra: str) -> dict:
    """The environment for a Clerk subprocess: offline, extractive, plus `extra`."""
    return {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "CLERK_LLM_PROVIDER": "", **extra}


@pytest.fixture(scope="session")
def live_server(small_index_dir: Path, tmp_path_factory):
    """The base URL of `clerk serve` on a free loopback port (the seeds and two Ofsted reports)."""
    data = tmp_path_factory.mktemp("live") / "data"
    shutil.copytree(small_index_dir, data)
    port = free_port()
    cmd = [sys.executable, "-m", "api", "serve", "--host", "127.0.0.1", "--port", str(port), "--data-dir", str(data)]
    with running(cmd, f"http://127.0.0.1:{port}/healthz", data.parent / "serve.log", cwd=ROOT, env=server_env()):
        yield f"http://127.0.0.1:{port}"
