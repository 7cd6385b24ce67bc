"""/v1 as OpenAI's clients expect it: their error shape, content parts, the developer role, model lookup, usage in
tokens, finish reasons, streams that join to the plain answer, a Sources block, absolute links, CORS, offline docs."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.runtimes import client_of, runtime_over

pytestmark = pytest.mark.slow
QUESTION = "How many cases were in the Assessment Service in July 2018?"
PUBLIC = "https://clerk.example.gov.uk"


@pytest.fixture(scope="module")
def runtime(small_index_dir: Path, tmp_path_factory):
    with runtime_over(small_index_dir, tmp_path_factory, public_url=PUBLIC + "/", cors_origins="https://chat.example.org") as rt:
        yield rt


@pytest.fixture(scope="module")
def client(runtime):
    with client_of(runtime) as c:
        yield c


def _ask(client, content, **extra) -> dict:
    r = client.post("/v1/chat/completions", json={"model": "clerk", "messages": [{"role": "user", "content": content}],
                                                 **extra})
    assert r.status_code == 200, r.text
    return r.json()


def _openai_error(response, status: int) -> dict:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"message", "type", "param", "code"}
    assert body["error"]["message"]
    return body["error"]


def _stream(client, **body) -> list[dict]:
    with client.stream("POST", "/v1/chat/completions", json={"model": "clerk", "stream": True, **body}) as s:
        lines = [line for line in s.iter_lines() if line.startswith("data: ")]
    assert lines[-1] == "data: [DONE]"
    return [json.loads(line[6:]) for line in lines[:-1]]


def test_errors_come_in_openais_shape_with_the_real_message(client):
    e = _openai_error(client.post("/v1/chat/completions", json={"messages": [{"role": "system", "content": "hi"}]}), 400)
    assert "user message" in e["message"] and e["type"] == "invalid_request_error"
    e = _openai_error(client.post("/v1/chat/completions", json={"messages": []}), 400)
    assert e["param"] == "messages"
    e = _openai_error(client.post("/v1/chat/completions", json={"messages": [{"role": "wizard", "content": "x"}]}), 400)
    assert "role" in e["message"]
    e = _openai_error(client.post("/v1/chat/completions", json={"model": "gpt-4o", "messages": [
        {"role": "user", "content": QUESTION}]}), 404)
    assert e["code"] == "model_not_found" and "gpt-4o" in e["message"]
    e = _openai_error(client.post("/v1/chat/completions", json={"messages": [{"role": "user", "content": [
        {"type": "image_url", "image_url": {"url": "http://x/y.png"}}]}]}), 400)
    assert "image_url" in e["message"]
    _openai_error(client.get("/v1/nothing"), 404)
    # The Clerk API keeps its own shape.
    assert set(client.post("/api/chat", json={}).json()) == {"error", "detail"}


def test_models_can_be_listed_and_retrieved(client):
    assert [m["id"] for m in client.get("/v1/models").json()["data"]] == ["clerk"]
    assert client.get("/v1/models/clerk").json()["id"] == "clerk"
    assert _openai_error(client.get("/v1/models/gpt-4o"), 404)["code"] == "model_not_found"


def test_content_parts_and_the_developer_role_are_read(client):
    plain = _ask(client, QUESTION)
    parts = client.post("/v1/chat/completions", json={"model": "clerk", "messages": [
        {"role": "developer", "content": "Answer from the papers."},
        {"role": "user", "content": [{"type": "text", "text": QUESTION}]}]}).json()
    assert parts["choices"][0]["message"]["content"] == plain["choices"][0]["message"]["content"]
    assert "1300" in plain["choices"][0]["message"]["content"]


def test_usage_counts_the_embedders_tokens_and_a_limit_cuts_with_finish_reason_length(client, runtime):
    full = _ask(client, QUESTION)
    text = full["choices"][0]["message"]["content"]
    count = runtime.index.embedder.count_tokens
    assert full["choices"][0]["finish_reason"] == "stop"
    assert full["usage"]["completion_tokens"] == count(text) != len(text.split())
    assert full["usage"]["prompt_tokens"] == count(QUESTION)
    assert full["usage"]["total_tokens"] == full["usage"]["prompt_tokens"] + full["usage"]["completion_tokens"]
    cut = _ask(client, QUESTION, max_tokens=8)
    short = cut["choices"][0]["message"]["content"]
    assert cut["choices"][0]["finish_reason"] == "length" and text.startswith(short) and 0 < count(short) <= 8


def test_a_stream_joins_to_the_plain_answer_and_reports_usage_when_asked(client):
    plain = _ask(client, QUESTION)
    chunks = _stream(client, messages=[{"role": "user", "content": QUESTION}], stream_options={"include_usage": True})
    deltas = [c for c in chunks if c["choices"]]
    assert "".join(c["choices"][0]["delta"].get("content", "") for c in deltas) == plain["choices"][0]["message"]["content"]
    assert deltas[-1]["choices"][0]["finish_reason"] == "stop" and deltas[-1]["clerk"]["citations"]
    assert all(c["choices"][0]["finish_reason"] is None for c in deltas[:-1])
    assert chunks[-1]["choices"] == [] and chunks[-1]["usage"] == plain["usage"]
    no_usage = _stream(client, messages=[{"role": "user", "content": QUESTION}])
    assert all("usage" not in c for c in no_usage)


def test_citations_reach_clients_that_drop_extra_fields(client):
    answer = _ask(client, QUESTION, clerk_sources=True)
    text = answer["choices"][0]["message"]["content"]
    citations = answer["clerk"]["citations"]
    assert "\n\nSources:\n[1] Croydon" in text
    for c in citations:
        assert c["url"].startswith(PUBLIC + "/") and f"<{c['url']}>" in text
        assert not c["source"].startswith("/") and ".." not in c["source"]  # never a server path
    assert "Sources:" not in _ask(client, QUESTION)["choices"][0]["message"]["content"]


def test_cors_allows_only_the_configured_origins(client):
    pre = {"Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type"}
    ok = client.options("/v1/chat/completions", headers={"Origin": "https://chat.example.org", **pre})
    assert ok.status_code == 200 and ok.headers["access-control-allow-origin"] == "https://chat.example.org"
    other = client.options("/v1/chat/completions", headers={"Origin": "https://evil.example", **pre})
    assert "access-control-allow-origin" not in other.headers


def test_no_cors_by_default(small_index_dir, tmp_path_factory):
    with runtime_over(small_index_dir, tmp_path_factory) as rt, client_of(rt) as c:
        r = c.options("/api/chat", headers={"Origin": "https://chat.example.org", "Access-Control-Request-Method": "POST"})
        assert "access-control-allow-origin" not in r.headers
        assert c.get("/api/search", params={"q": "Section 20"}).json()["results"][0]["url"].startswith("/")


def test_docs_are_served_from_local_assets_with_the_real_error_schema(client):
    html = client.get("/docs").text
    assert "/static-docs/swagger-ui-bundle.js" in html and "cdn" not in html.lower()
    assert client.get("/static-docs/swagger-ui-bundle.js").status_code == 200
    spec = client.get("/openapi.json").json()
    chat = spec["paths"]["/api/chat"]["post"]["responses"]
    assert chat["422"]["content"]["application/json"]["schema"]["$ref"] == "#/components/schemas/Error"
    v1 = spec["paths"]["/v1/chat/completions"]["post"]["responses"]
    assert "422" not in v1 and v1["400"]["content"]["application/json"]["schema"]["$ref"].endswith("/OpenAIError")
    assert "HTTPValidationError" not in spec["components"]["schemas"]


def test_every_answer_carries_the_security_headers_and_unknown_hosts_are_refused(client):
    r = client.get("/")
    csp = r.headers["content-security-policy"]
    assert "script-src 'self';" in csp and "unsafe-inline" not in csp and "frame-ancestors 'self'" in csp
    assert r.headers["x-content-type-options"] == "nosniff" and r.headers["x-frame-options"] == "SAMEORIGIN"
    assert "unsafe-inline" in client.get("/docs").headers["content-security-policy"]  # Swagger UI's own start-up
    evil = client.get("/api/documents", headers={"Host": "rebind.attacker.example"})
    assert evil.status_code == 400 and "rebind.attacker.example" in evil.json()["detail"]
    assert client.get("/healthz", headers={"Host": "127.0.0.1:8000"}).status_code == 200


def test_feedback_is_rate_limited_per_client_and_bounded_in_size(client):
    big = client.post("/api/feedback", json={"question": "q?", "answer": "a" * 20_000, "rating": "up"})
    assert big.status_code == 422
    codes = [client.post("/api/feedback", json={"question": "q?", "answer": "a", "rating": "up"}).status_code
             for _ in range(25)]
    assert codes[:19] == [201] * 19 and set(codes[19:]) == {429}  # 20 posts a minute, the refused big one included
