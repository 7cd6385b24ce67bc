"""Uploads: the key is checked before the body is read, the size limit while it streams, the ingest runs as a job
(201 within the bound, else 202 and GET /api/jobs/{id}), and a held ingest lock answers 503, never hangs."""
from __future__ import annotations

import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.routers import documents
from tests.runtimes import runtime_over
from tests.ingest.test_limits import docx_bomb
from tests.servers import run_async

pytestmark = [pytest.mark.slow, pytest.mark.reliability]
API_KEY = "upload-key-456"
MB = 1024 * 1024
BOUNDARY = b"clerk-test-boundary"


@pytest.fixture(scope="module")
def runtime(small_index_dir: Path, tmp_path_factory):
    with runtime_over(small_index_dir, tmp_path_factory, api_key=API_KEY, max_file_mb=1) as rt:
        yield rt


@pytest.fixture(scope="module")
def app(runtime):
    return create_app(runtime=runtime)


@pytest.fixture(scope="module")
def client(app):
    with TestClient(app, raise_server_exceptions=False, base_url="http://localhost") as c:
        yield c


def _multipart_head(name: str) -> bytes:
    return (b"--" + BOUNDARY + b'\r\nContent-Disposition: form-data; name="file"; filename="' + name.encode()
            + b'"\r\nContent-Type: application/octet-stream\r\n\r\n')


def _post_raw(app, headers: dict[str, str], body_mb: int) -> tuple[int, int]:
    """POST /api/documents straight to the ASGI app with a body of `body_mb` MB offered 1 MB at a time; the status
    and how many body bytes the app asked for."""
    read = 0
    chunks = iter([_multipart_head("big.txt")] + [b"a" * MB] * body_mb)
    status: list[int] = []

    async def receive() -> dict:
        nonlocal read
        chunk = next(chunks, None)
        if chunk is None:
            return {"type": "http.request", "body": b"--" + BOUNDARY + b"--\r\n", "more_body": False}
        read += len(chunk)
        return {"type": "http.request", "body": chunk, "more_body": True}

    async def send(message: dict) -> None:
        if message["type"] == "http.response.start":
            status.append(message["status"])

    head = {"host": "localhost", "content-type": f"multipart/form-data; boundary={BOUNDARY.decode()}", **headers}
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST", "scheme": "http",
             "path": "/api/documents", "raw_path": b"/api/documents", "query_string": b"", "root_path": "",
             "headers": [(k.encode(), v.encode()) for k, v in head.items()], "client": ("127.0.0.1", 50000),
             "server": ("localhost", 80)}
    run_async(app(scope, receive, send))
    return status[0], read


def test_an_upload_without_a_key_is_refused_before_its_body_is_read(app):
    status, read = _post_raw(app, {}, body_mb=1024)
    assert (status, read) == (401, 0)
    status, read = _post_raw(app, {"x-api-key": "wrong"}, body_mb=1024)
    assert (status, read) == (401, 0)


def test_the_size_limit_holds_while_the_body_streams(app):
    status, read = _post_raw(app, {"x-api-key": API_KEY}, body_mb=1024)  # 1 GB offered, no length declared
    assert status == 413 and read <= 3 * MB
    status, read = _post_raw(app, {"x-api-key": API_KEY, "content-length": str(1024 * MB)}, body_mb=1024)
    assert (status, read) == (413, 0)  # a declared length over the limit is refused before reading


def test_an_upload_answers_201_with_its_documents_and_a_file_name_as_source(client):
    text = b"Minutes:\n\nThe Committee RESOLVED that 300 lime trees be planted in the parks of Sutton by May 2027.\n"
    r = client.post("/api/documents", files={"file": ("limes.txt", text, "text/plain")},
                    headers={"X-API-Key": API_KEY})
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["status"] == "added" and body["job_id"]
    (doc,) = body["documents"]
    assert doc["source"] == "limes.txt"
    assert client.get(f"/api/jobs/{body['job_id']}").json()["status"] == "done"
    assert client.get(f"/api/documents/{doc['doc_id']}/file").content == text


def test_a_zip_bomb_upload_is_refused_in_one_line_and_frees_the_lock(client, runtime):
    data = docx_bomb(256 * MB)  # a 256 MB document.xml in well under the 1 MB limit
    assert len(data) < MB
    started = time.monotonic()
    r = client.post("/api/documents", files={"file": ("bomb.docx", data, "application/octet-stream")},
                    headers={"X-API-Key": API_KEY})
    assert r.status_code == 422 and "would inflate" in r.json()["detail"] and "\n" not in r.json()["detail"]
    assert time.monotonic() - started < documents.UPLOAD_WAIT_SECONDS
    assert runtime.ingest_lock.acquire(timeout=1)
    runtime.ingest_lock.release()
    assert not list((runtime.settings.data_dir / "uploads").rglob("bomb.docx"))


def test_a_held_ingest_lock_answers_503_not_a_hang(client, runtime, monkeypatch):
    monkeypatch.setattr(documents, "LOCK_WAIT_SECONDS", 0.5)
    with runtime.ingest_lock:
        r = client.post("/api/documents", files={"file": ("busy.txt", b"The Board AGREED the plan.", "text/plain")},
                        headers={"X-API-Key": API_KEY})
    assert r.status_code == 503 and "busy" in r.json()["detail"]


def test_a_slow_ingest_answers_202_and_its_job_reports_the_result(client, runtime, monkeypatch):
    monkeypatch.setattr(documents, "UPLOAD_WAIT_SECONDS", 0.3)
    text = b"Minutes:\n\nThe Cabinet AGREED that the library in Cheam reopen on Saturdays from April 2027.\n"
    runtime.ingest_lock.acquire()
    try:
        r = client.post("/api/documents", files={"file": ("cheam.txt", text, "text/plain")},
                        headers={"Authorization": f"Bearer {API_KEY}"})
        assert r.status_code == 202, r.text
        job_url = r.json()["url"]
        assert r.headers["location"] == job_url and client.get(job_url).json()["status"] == "running"
    finally:
        runtime.ingest_lock.release()
    deadline = time.monotonic() + 60
    while (job := client.get(job_url).json())["status"] == "running" and time.monotonic() < deadline:
        time.sleep(0.2)
    assert job["status"] == "done", job
    assert job["result"]["documents"][0]["source"] == "cheam.txt"
    assert client.get("/api/jobs/0123456789abcdef").status_code == 404
