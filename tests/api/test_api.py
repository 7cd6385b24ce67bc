"""Every endpoint and every bad request, through FastAPI's TestClient over a real index of real papers."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.runtimes import client_of, runtime_over

pytestmark = pytest.mark.slow
API_KEY = "test-key-123"


@pytest.fixture(scope="module")
def runtime(small_index_dir: Path, tmp_path_factory):
    with runtime_over(small_index_dir, tmp_path_factory, api_key=API_KEY, max_file_mb=1) as rt:
        yield rt


@pytest.fixture(scope="module")
def client(runtime):
    with client_of(runtime) as c:
        yield c


def _error(response, status: int) -> dict:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error", "detail"} and body["error"]
    return body


def test_healthz_reports_the_index(client, embedder):
    body = client.get("/healthz").json()
    assert body["status"] == "ok" and body["documents"] == 8 and body["chunks"] > 50
    assert body["model"] == embedder.name  # the model that built the index


def test_chat_answers_with_citations_from_the_croydon_minutes(client):
    body = client.post("/api/chat", json={"question": "What did Ofsted say about Section 20?"}).json()
    assert body["refused"] is False and "[1]" in body["answer"]
    assert "Section 20" in body["answer"]
    assert body["citations"] and body["citations"][0]["council"] == "Croydon"
    for c in body["citations"]:
        assert set(c) >= {"n", "chunk_id", "doc_id", "source", "title", "council", "committee", "meeting_date", "item",
                          "section", "page", "quote", "url"}
    assert body["contexts"][0]["rank"] == 1


def test_chat_refuses_what_the_papers_do_not_cover(client):
    body = client.post("/api/chat", json={"question": "When are the bin collections in Sutton over Christmas?"}).json()
    assert body["refused"] is True


def test_chat_reports_the_filters_it_applied(client):
    body = client.post("/api/chat", json={"question": "What were the inspection findings?",
                                          "filters": {"council": "Merton"}}).json()
    assert body["filters"]["council"] == "Merton"
    assert all(c["council"] == "Merton" for c in body["contexts"])


@pytest.mark.parametrize("payload, where", [
    ({"question": ""}, "question"),
    ({"question": "   "}, "question"),
    ({"question": "x" * 2001}, "question"),
    ({}, "question"),
    ({"question": "ok?", "filters": {"since": "2017-13-45"}}, "since"),
    ({"question": "ok?", "filters": {"since": "2020-01-01", "until": "2019-01-01"}}, "since"),
    ({"question": "ok?", "filters": {"colour": "red"}}, "colour"),
    ({"question": "ok?", "k": 0}, "k"),
    ({"question": "ok?", "history": [{"role": "wizard", "content": "hi"}]}, "role"),
])
def test_chat_rejects_bad_requests_with_a_json_422(client, payload, where):
    body = _error(client.post("/api/chat", json=payload), 422)
    assert where in json.dumps(body["detail"])


def test_malformed_json_is_a_422_not_a_500(client):
    r = client.post("/api/chat", content=b'{"question": "unterminated', headers={"content-type": "application/json"})
    _error(r, 422)


def test_stream_sends_contexts_deltas_citations_done_in_order(client):
    with client.stream("POST", "/api/chat/stream", json={"question": "How many cases were in the Assessment Service in July 2018?"}) as r:
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/event-stream")
        events = [line.split(": ", 1)[1] for line in r.iter_lines() if line.startswith("event: ")]
    assert events[0] == "contexts" and events[-2:] == ["citations", "done"]
    assert set(events[1:-2]) == {"delta"}


def test_stream_answer_equals_the_plain_answer(client):
    q = {"question": "How many cases were in the Assessment Service in July 2018?"}
    plain = client.post("/api/chat", json=q).json()
    with client.stream("POST", "/api/chat/stream", json=q) as r:
        data = [json.loads(line[6:]) for line in r.iter_lines() if line.startswith("data: ")]
    assert "".join(d["text"] for d in data if "text" in d) == plain["answer"]
    assert "1300" in plain["answer"]


def test_search_returns_ranked_passages_and_validates(client):
    body = client.get("/api/search", params={"q": "lead inspector Merton", "k": 3}).json()
    assert len(body["results"]) == 3 and body["results"][0]["council"] == "Merton"
    assert client.get("/api/search", params={"q": "x", "mode": "bm25", "council": "Croydon"}).status_code == 200
    _error(client.get("/api/search", params={"q": "x", "k": 0}), 422)
    _error(client.get("/api/search", params={"q": "x", "since": "yesterday"}), 422)
    _error(client.get("/api/search", params={"q": "x", "mode": "psychic"}), 422)
    _error(client.get("/api/search"), 422)


def test_documents_list_get_and_file(client):
    docs = client.get("/api/documents").json()
    assert len(docs) == 8 and all(d["council"] for d in docs)
    pdf = next(d for d in docs if d["source"].endswith(".pdf"))
    one = client.get(f"/api/documents/{pdf['doc_id']}").json()
    assert one["pages"] == len({c["page_start"] for c in one["chunks"]} | {one["pages"]}) or one["pages"] >= 1
    assert one["text"] and one["chunks"][0]["chunk_id"]
    f = client.get(f"/api/documents/{pdf['doc_id']}/file")
    assert f.status_code == 200 and f.headers["content-type"] == "application/pdf" and f.content.startswith(b"%PDF")
    txt = next(d for d in docs if d["source"].endswith("002_9facc654f6be437b.txt"))
    t = client.get(f"/api/documents/{txt['doc_id']}/file")
    assert t.headers["content-type"].startswith("text/plain")


@pytest.mark.parametrize("doc_id", ["0000000000000000", "nope", "..%2F..%2Fetc%2Fpasswd", "%2e%2e%2fcatalog.sqlite3"])
def test_unknown_or_escaping_document_ids_are_404(client, doc_id):
    for suffix in ("", "/file"):
        r = client.get(f"/api/documents/{doc_id}{suffix}")
        assert r.status_code == 404, (doc_id, suffix, r.status_code)


def test_uploads_need_the_api_key_and_a_supported_small_file(client):
    files = {"file": ("note.txt", b"The Committee resolved to plant 400 oak trees in Hillingdon parks.", "text/plain")}
    _error(client.post("/api/documents", files=files), 401)
    _error(client.post("/api/documents", files=files, headers={"X-API-Key": "wrong"}), 401)
    _error(client.post("/api/documents", files={"file": ("budget.xlsx", b"PK..", "application/octet-stream")},
                       headers={"X-API-Key": API_KEY}), 415)
    _error(client.post("/api/documents", files={"file": ("big.txt", b"word " * 300_000, "text/plain")},
                       headers={"X-API-Key": API_KEY}), 413)
    _error(client.post("/api/documents", files={"file": ("empty.txt", b"", "text/plain")},
                       headers={"X-API-Key": API_KEY}), 422)


def test_upload_then_ask_then_delete(client):
    text = b"Minutes:\n\nThe Committee RESOLVED that 400 oak trees be planted in the parks of Hillingdon by March 2027.\n"
    r = client.post("/api/documents", files={"file": ("trees.txt", text, "text/plain")},
                    headers={"Authorization": f"Bearer {API_KEY}"})
    assert r.status_code == 201, r.text
    doc_id = r.json()["documents"][0]["doc_id"]
    hits = client.get("/api/search", params={"q": "oak trees planted in parks", "k": 1}).json()["results"]
    assert hits[0]["doc_id"] == doc_id
    _error(client.delete(f"/api/documents/{doc_id}"), 401)
    assert client.delete(f"/api/documents/{doc_id}", headers={"X-API-Key": API_KEY}).status_code == 200
    _error(client.get(f"/api/documents/{doc_id}"), 404)
    hits = client.get("/api/search", params={"q": "oak trees planted in parks", "k": 3}).json()["results"]
    assert doc_id not in {h["doc_id"] for h in hits}


def test_feedback_is_kept(client, runtime):
    before = runtime.feedback.count().get("up", 0)
    r = client.post("/api/feedback", json={"question": "q?", "answer": "a [1]", "rating": "up", "comment": "useful"})
    assert r.status_code == 201 and runtime.feedback.count()["up"] == before + 1
    _error(client.post("/api/feedback", json={"question": "q?", "answer": "a", "rating": "meh"}), 422)


def test_openai_compatible_completions(client):
    assert client.get("/v1/models").json()["data"][0]["id"] == "clerk"
    r = client.post("/v1/chat/completions", json={"model": "clerk", "messages": [
        {"role": "user", "content": "How many cases were in the Assessment Service in July 2018?"}]}).json()
    assert "1300" in r["choices"][0]["message"]["content"] and r["clerk"]["citations"]
    with client.stream("POST", "/v1/chat/completions", json={"model": "clerk", "stream": True, "messages": [
            {"role": "user", "content": "How many cases were in the Assessment Service in July 2018?"}]}) as s:
        lines = [line for line in s.iter_lines() if line.startswith("data: ")]
    assert lines[-1] == "data: [DONE]"
    chunks = [json.loads(line[6:]) for line in lines[:-1]]
    assert "1300" in "".join(c["choices"][0]["delta"].get("content", "") for c in chunks)
    assert chunks[-1]["clerk"]["citations"]
    # Bad /v1 requests answer in OpenAI's error shape: tests/api/test_openai.py.


def test_unknown_routes_and_methods_answer_json(client):
    _error(client.get("/api/nothing-here"), 404)
    _error(client.put("/api/chat", json={}), 405)


def test_commitments_list_the_register_newest_first_with_sources(client):
    body = client.get("/api/commitments").json()
    rows = body["commitments"]
    assert body["count"] == len(rows) >= 26
    dated = [r["meeting_date"] for r in rows if r["meeting_date"]]
    assert dated == sorted(dated, reverse=True) and rows[0]["meeting_date"] == dated[0]
    for r in rows:
        assert set(r) >= {"id", "kind", "text", "actor", "due", "status", "council", "committee", "meeting_date", "item",
                          "section", "page", "source", "doc_id", "chunk_id", "url"}
        assert r["status"] == "open" and r["chunk_id"] and r["url"].startswith(("/documents/", "/api/documents/"))


def test_commitments_filters_narrow_the_register(client):
    ws = client.get("/api/commitments", params={"council": "west sussex", "kind": "resolution"}).json()["commitments"]
    assert len(ws) == 7 and {r["council"] for r in ws} == {"West Sussex"}
    officers = client.get("/api/commitments", params={"council": "Croydon", "actor": "officer"}).json()["commitments"]
    assert any("Section 20" in r["text"] for r in officers) and all("fficer" in r["actor"] for r in officers)
    later = client.get("/api/commitments", params={"since": "2017-10-01"}).json()["commitments"]
    assert later and all(r["meeting_date"] >= "2017-10-01" for r in later)


def test_commitment_links_open_the_passage_that_records_it(client):
    [row] = [r for r in client.get("/api/commitments", params={"actor": "Russell"}).json()["commitments"]]
    passage = client.get(f"/api/documents/{row['doc_id']}").json()
    chunk = next(c for c in passage["chunks"] if c["chunk_id"] == row["chunk_id"])
    assert " ".join(row["text"].split()) in " ".join(chunk["text"].split())


@pytest.mark.parametrize("params", [{"kind": "promise"}, {"since": "not-a-date"}, {"since": "2020-01-01", "until": "2019-01-01"}, {"limit": 0}])
def test_commitments_bad_filters_are_422_with_a_message(client, params):
    _error(client.get("/api/commitments", params=params), 422)


def test_chat_answers_what_officers_agreed_from_the_register(client):
    body = client.post("/api/chat", json={"question": "What did officers agree to provide after the Croydon meeting?"}).json()
    assert body["refused"] is False and "Section 20" in body["answer"] and "[1]" in body["answer"]
    first = body["citations"][0]
    assert first["council"] == "Croydon" and "officers agreed to provide figures" in first["quote"]
    assert body["contexts"][0]["chunk_id"] == first["chunk_id"]


def test_chat_lists_every_west_sussex_resolution_with_a_citation_each(client):
    body = client.post("/api/chat", json={"question": "What did the West Sussex committee resolve?"}).json()
    assert body["refused"] is False and len(body["citations"]) == 7
    assert all(c["council"] == "West Sussex" for c in body["citations"])
    assert "Will continue to monitor levels of unallocated cases" in body["answer"]
    assert [f"[{n}]" in body["answer"] for n in range(1, 8)] == [True] * 7
