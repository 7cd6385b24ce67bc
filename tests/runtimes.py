"""A Clerk runtime over a copy of a test index, and a TestClient on it: what the API tests share."""
from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from fastapi.testclient import TestClient

from api.app import create_app
from api.runtime import Runtime, build_runtime
from api.settings import Settings


@contextmanager
def runtime_over(index_dir: Path, tmp_path_factory, **settings) -> Iterator[Runtime]:
    """A runtime over a fresh copy of `index_dir` (writes never reach the original), with these settings."""
    data = tmp_path_factory.mktemp("runtime") / "data"
    shutil.copytree(index_dir, data)
    runtime = build_runtime(Settings(data_dir=data, **settings))
    try:
        yield runtime
    finally:
        runtime.close()


@contextmanager
def client_of(runtime: Runtime) -> Iterator[TestClient]:
    """A TestClient on the app over `runtime`, as a browser on localhost would call it."""
    with TestClient(create_app(runtime=runtime), raise_server_exceptions=False, base_url="http://localhost") as client:
        yield client
