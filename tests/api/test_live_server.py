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
    assert "".join(pieces).strip() == text.strip()


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
