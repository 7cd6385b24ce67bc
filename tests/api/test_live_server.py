"""A real `clerk serve` process: the `openai` client uses it as a model; `clerk serve` refuses unsafe worker counts."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.api.conftest import ROOT, server_env

pytestmark = [pytest.mark.slow, pytest.mark.server]
QUESTION = "How many cases were in the Assessment Service in July 2018?"


def test_the_openai_client_gets_an_answer_with_citations(live_server: str):
    openai = pytest.importorskip("openai")
    client = openai.OpenAI(base_url=f"{live_server}/v1", api_key="not-needed")
    assert [m.id for m in client.models.list()] == ["clerk"]
    reply = client.chat.completions.create(model="clerk", messages=[{"role": "user", "content": QUESTION}])
    text = reply.choices[0].message.content
    assert "1300" in text and "[1]" in text
    extra = reply.model_extra["clerk"]
    assert extra["citations"][0]["council"] == "Croydon" and extra["contexts"]
    streamed = client.chat.completions.create(model="clerk", stream=True, messages=[{"role": "user", "content": QUESTION}])
    pieces = [c.choices[0].delta.content or "" for c in streamed]
    assert "".join(pieces) == text


def test_several_workers_need_a_chroma_server(tmp_path: Path):
    r = subprocess.run([sys.executable, "-m", "api", "serve", "--workers", "2", "--data-dir", str(tmp_path)],
                       cwd=ROOT, env=server_env(CLERK_CHROMA_HOST=""), capture_output=True, text=True, timeout=60)
    assert r.returncode != 0 and "CLERK_CHROMA_HOST" in r.stderr and "Traceback" not in r.stderr


def test_eval_over_http_scores_as_in_process(live_server: str, small_index_dir: Path, tmp_path: Path):
    import shutil

    from api.runtime import build_runtime
    from api.settings import Settings
    from evals.gold import load_gold
    from evals.runner import InProcess, OverHttp, run, summarise

    gold = load_gold()[:25]
    data = tmp_path / "data"
    shutil.copytree(small_index_dir, data)
    runtime = build_runtime(Settings(data_dir=data))
    try:
        local = summarise(run(gold, InProcess(runtime.clerk, runtime.index.catalog)))
    finally:
        runtime.close()
    remote = summarise(run(gold, OverHttp(live_server)))
    latency = {"latency_p50_ms", "latency_p95_ms"}
    assert {k: v for k, v in remote.items() if k not in latency} == {k: v for k, v in local.items() if k not in latency}
    assert remote["fact_accuracy"] > 0.5


def test_the_openai_client_sees_real_errors_list_content_and_sources(live_server: str):
    openai = pytest.importorskip("openai")
    client = openai.OpenAI(base_url=f"{live_server}/v1", api_key="not-needed", max_retries=0)
    with pytest.raises(openai.BadRequestError) as bad:
        client.chat.completions.create(model="clerk", messages=[{"role": "system", "content": "no question"}])
    assert "user message" in str(bad.value) and "422" not in str(bad.value)
    with pytest.raises(openai.NotFoundError) as missing:
        client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": QUESTION}])
    assert missing.value.code == "model_not_found"
    assert client.models.retrieve("clerk").id == "clerk"
    parts = client.chat.completions.create(model="clerk", messages=[
        {"role": "developer", "content": "Cite the papers."},
        {"role": "user", "content": [{"type": "text", "text": QUESTION}]}])
    assert "1300" in parts.choices[0].message.content and parts.usage.completion_tokens > 0
    cited = client.chat.completions.create(model="clerk", messages=[{"role": "user", "content": QUESTION}],
                                           extra_body={"clerk_sources": True})
    assert "Sources:\n[1] Croydon" in cited.choices[0].message.content


def test_langchain_chat_openai_streams_the_plain_answer_with_its_sources(live_server: str):
    langchain_openai = pytest.importorskip("langchain_openai")
    model = langchain_openai.ChatOpenAI(model="clerk", base_url=f"{live_server}/v1", api_key="not-needed",
                                        max_retries=0, extra_body={"clerk_sources": True})
    plain = model.invoke([("user", QUESTION)]).content
    streamed = "".join(chunk.content for chunk in model.stream([("user", QUESTION)]))
    assert streamed == plain and "1300" in plain and "Sources:" in plain and "/documents/" in plain
    with pytest.raises(Exception) as bad:
        langchain_openai.ChatOpenAI(model="no-such-model", base_url=f"{live_server}/v1", api_key="x",
                                    max_retries=0).invoke("hello")
    assert "no-such-model" in str(bad.value) and "does not exist" in str(bad.value)


def test_serve_on_a_taken_port_says_so_in_one_line(tmp_path: Path):
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        r = subprocess.run([sys.executable, "-m", "api", "serve", "--port", str(port), "--data-dir", str(tmp_path)],
                           cwd=ROOT, env=server_env(), capture_output=True, text=True, timeout=60)
    assert r.returncode != 0 and "already in use" in r.stderr and "serving" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr
