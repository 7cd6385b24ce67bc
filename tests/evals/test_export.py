"""The RAGAS export: rows built from gold and answer JSON by hand, written by `clerk eval` in-process and over HTTP,
and scored by RAGAS's own non-LLM context metrics."""
from __future__ import annotations

import json
import math
import shutil
import socket
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from evals.export import NO_ANSWER, conversation, ragas_row, reference_answer, unanswerable_path, write_jsonl, write_ragas
from evals.gold import GoldQuestion, load_gold
from evals.metrics import Evidence

RAGAS_KEYS = {"user_input", "response", "retrieved_contexts", "reference", "reference_contexts"}
SPANS = (Evidence("000_d30d108b706bb908.txt", "At the end of July there were 1800 cases in the Assessment Service,"),
         Evidence("000_d30d108b706bb908.txt", "which had now been reduced to 1300."))
# A few gold questions of every shape: numbers, a name from a PDF, a follow-up, two unanswerable.
SAMPLE_IDS = ("q002", "q034", "q063", "q071", "q078")


def _payload(answer: str, refused: bool, texts: list[str]) -> dict:
    contexts = [{"rank": n, "chunk_id": f"c{n}", "source": "corpus/seeds/000_d30d108b706bb908.txt", "text": t}
                for n, t in enumerate(texts, 1)]
    return {"answer": answer, "refused": refused, "contexts": contexts, "citations": [], "standalone_question": None}


def test_a_row_carries_the_question_answer_passages_in_rank_order_and_the_gold_spans():
    q = GoldQuestion("h1", "How many cases?", "number", True, SPANS, ("1800", "1300"))
    row = ragas_row(q, _payload("There were 1800, now 1300 [1].", False, ["second passage", "first passage"]))
    assert RAGAS_KEYS <= set(row) and row["id"] == "h1"
    assert (row["user_input"], row["response"]) == ("How many cases?", "There were 1800, now 1300 [1].")
    assert row["retrieved_contexts"] == ["second passage", "first passage"]
    assert row["reference_contexts"] == [e.text for e in SPANS]
    assert row["reference"] == "At the end of July there were 1800 cases in the Assessment Service, which had now been reduced to 1300."
    assert row["history"] == [] and row["question"] == "How many cases?" and row["refused"] is False
    assert json.loads(json.dumps(row)) == row


def test_the_reference_is_the_written_one_else_the_spans_plus_facts_they_lack_and_a_refusal_for_unanswerable():
    written = GoldQuestion("h1", "How many?", "number", True, SPANS, ("1800",), reference="1800, then 1300.")
    assert reference_answer(written) == "1800, then 1300."
    extra_fact = GoldQuestion("h2", "How many?", "number", True, SPANS[:1], ("1800", "1300"))
    assert reference_answer(extra_fact).endswith("Assessment Service, (1300)")
    unanswerable = GoldQuestion("h3", "Budget?", "unanswerable", False, (), ())
    row = ragas_row(unanswerable, _payload("The papers do not say.", True, ["a passage"]))
    assert row["reference"] == NO_ANSWER and row["reference_contexts"] == [] and row["refused"] is True
    assert row["retrieved_contexts"] == ["a passage"]


def test_a_follow_up_is_the_whole_conversation_as_user_input_with_its_turns_beside_it():
    history = ({"role": "user", "content": "What did Croydon discuss?"}, {"role": "assistant", "content": "Ofsted [1]."})
    q = GoldQuestion("h4", "And what did they resolve?", "follow-up", True, SPANS, ("1300",), history=history)
    row = ragas_row(q, {**_payload("They resolved [1].", False, ["p"]), "standalone_question": "What did Croydon resolve?"})
    assert row["user_input"] == "User: What did Croydon discuss?\nAssistant: Ofsted [1].\nUser: And what did they resolve?"
    assert row["question"] == "And what did they resolve?" and row["history"] == list(history)
    assert row["standalone_question"] == "What did Croydon resolve?"  # Clerk's reading, kept beside, never the input


def test_nothing_retrieved_is_one_empty_passage_so_context_recall_is_zero_not_a_crash():
    q = GoldQuestion("h5", "How many cases?", "number", True, SPANS, ("1800",))
    assert ragas_row(q, _payload("No papers match.", True, []))["retrieved_contexts"] == [""]


def test_unanswerable_rows_go_beside_the_ragas_file_and_every_row_in_it_can_be_scored(tmp_path: Path):
    answerable = ragas_row(GoldQuestion("h1", "How many?", "number", True, SPANS, ("1800",)), _payload("1800 [1].", False, ["p"]))
    unanswerable = ragas_row(GoldQuestion("h3", "Budget?", "unanswerable", False, (), ()), _payload("No.", True, ["p"]))
    scored, beside = write_ragas([unanswerable, answerable], tmp_path / "ragas.jsonl")
    assert beside == unanswerable_path(scored) == tmp_path / "ragas-unanswerable.jsonl"
    assert [json.loads(line)["id"] for line in scored.read_text().splitlines()] == ["h1"]
    assert [json.loads(line)["id"] for line in beside.read_text().splitlines()] == ["h3"]


def test_rows_are_written_one_json_object_a_line(tmp_path: Path):
    rows = [{"user_input": "é?", "retrieved_contexts": ["a\nb"]}, {"user_input": "x", "retrieved_contexts": []}]
    path = write_jsonl(rows, tmp_path / "deep" / "ragas.jsonl")
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == rows and "é" in lines[0]


def test_ragas_reads_the_rows_as_single_turn_samples(tmp_path: Path):
    ragas = pytest.importorskip("ragas")
    q = GoldQuestion("h1", "How many cases?", "number", True, SPANS, ("1800",))
    path = write_jsonl([ragas_row(q, _payload("1800 [1].", False, ["p"]))], tmp_path / "ragas.jsonl")
    sample = ragas.EvaluationDataset.from_jsonl(str(path))[0]
    assert sample.user_input == "How many cases?" and sample.reference_contexts == [e.text for e in SPANS]


def _sample_gold(tmp_path: Path) -> tuple[Path, list[GoldQuestion]]:
    lines = [line for line in (Path(__file__).resolve().parents[2] / "evals" / "gold.jsonl").read_text().splitlines()
             if json.loads(line)["id"] in SAMPLE_IDS]
    path = tmp_path / "sample.jsonl"
    path.write_text("\n".join(lines) + "\n")
    return path, load_gold(path)


def _exported(path: Path) -> list[dict]:
    """The rows of a RAGAS file and of the unanswerable file beside it, if there is one."""
    paths = [p for p in (path, unanswerable_path(path)) if p.exists()]
    return [json.loads(line) for p in paths for line in p.read_text(encoding="utf-8").splitlines()]


def _check_rows(path: Path, gold: list[GoldQuestion], chunk_texts: set[str]) -> list[dict]:
    by_id = {r["id"]: r for r in _exported(path)}
    assert sorted(by_id) == sorted(q.id for q in gold)
    rows = [by_id[q.id] for q in gold]
    for q, row in zip(gold, rows):
        assert RAGAS_KEYS <= set(row) and all(isinstance(row[k], str) for k in ("user_input", "response", "reference"))
        assert row["user_input"] == conversation(q) and row["question"] == q.question and row["response"]
        assert row["retrieved_contexts"] and all(t in chunk_texts for t in row["retrieved_contexts"])  # verbatim passages
        assert row["reference_contexts"] == ([e.text for e in q.evidence] if q.answerable else [])
        assert row["history"] == [dict(t) for t in q.history]
    return rows


@pytest.fixture(scope="module")
def eval_data(small_index_dir: Path, tmp_path_factory) -> tuple[Path, set[str]]:
    """A copy of the small index and the text of every chunk in it."""
    from ingest.catalog import Catalog

    data = tmp_path_factory.mktemp("export") / "data"
    shutil.copytree(small_index_dir, data)
    catalog = Catalog(data / "catalog.sqlite3")
    try:
        texts = {text for _, _, text in catalog.chunk_rows()}
    finally:
        catalog.close()
    return data, texts


@pytest.mark.slow
def test_clerk_eval_writes_ragas_jsonl_beside_its_report_or_where_asked(eval_data, tmp_path: Path):
    from api.cli import app

    data, texts = eval_data
    gold_path, gold = _sample_gold(tmp_path)
    r = CliRunner().invoke(app, ["eval", "--set", str(gold_path), "--out", str(tmp_path / "out"), "--json", "--data-dir", str(data)])
    assert r.exit_code == 0, r.output
    assert {"results.json", "report.md", "ragas.jsonl"} <= {p.name for p in (tmp_path / "out").iterdir()}
    rows = _check_rows(tmp_path / "out" / "ragas.jsonl", gold, texts)
    by_id = {row["id"]: row for row in rows}
    assert "1300" in by_id["q002"]["response"] and by_id["q063"]["history"]
    # Whether Clerk refuses is the eval's business; the export says so and gives the row no reference passages.
    assert isinstance(by_id["q071"]["refused"], bool) and by_id["q071"]["reference"] == NO_ANSWER
    r = CliRunner().invoke(app, ["eval", "--set", str(gold_path), "--ragas", str(tmp_path / "elsewhere.jsonl"), "--json",
                                 "--data-dir", str(data)])
    assert r.exit_code == 0, r.output
    assert _exported(tmp_path / "elsewhere.jsonl") == _exported(tmp_path / "out" / "ragas.jsonl")


@pytest.mark.slow
@pytest.mark.server
def test_clerk_eval_over_http_writes_the_same_rows(eval_data, tmp_path: Path):
    import subprocess

    from tests.api.conftest import ROOT, server_env
    from tests.servers import free_port, running

    data, texts = eval_data
    gold_path, gold = _sample_gold(tmp_path)
    port = free_port()
    serve = [sys.executable, "-m", "api", "serve", "--host", "127.0.0.1", "--port", str(port), "--data-dir", str(data)]
    with running(serve, f"http://127.0.0.1:{port}/healthz", tmp_path / "serve.log", cwd=ROOT, env=server_env()):
        remote = subprocess.run([sys.executable, "-m", "api", "eval", "--set", str(gold_path), "--endpoint",
                                 f"http://127.0.0.1:{port}", "--ragas", str(tmp_path / "remote.jsonl"), "--json"],
                                cwd=ROOT, env=server_env(), capture_output=True, text=True, timeout=600)
    assert remote.returncode == 0, remote.stderr
    from api.cli import app

    local = CliRunner().invoke(app, ["eval", "--set", str(gold_path), "--data-dir", str(data), "--ragas",
                                     str(tmp_path / "local.jsonl"), "--json"])
    assert local.exit_code == 0, local.output
    assert _check_rows(tmp_path / "remote.jsonl", gold, texts) == _check_rows(tmp_path / "local.jsonl", gold, texts)


@pytest.fixture()
def offline(monkeypatch):
    """RAGAS's usage tracking off, and any connection beyond 127.0.0.1 an error: the metrics must not need one."""
    monkeypatch.setenv("RAGAS_DO_NOT_TRACK", "true")
    connect = socket.socket.connect

    def loopback_only(sock, address):
        host = address[0] if isinstance(address, tuple) else address
        if isinstance(host, str) and host not in ("127.0.0.1", "::1", "localhost") and sock.family != socket.AF_UNIX:
            raise OSError(f"the test is offline: a connection to {address} was attempted")
        return connect(sock, address)

    monkeypatch.setattr(socket.socket, "connect", loopback_only)


@pytest.mark.slow
def test_ragas_scores_the_export_of_a_real_eval_run_with_its_non_llm_context_metrics(eval_data, tmp_path: Path, offline):
    ragas = pytest.importorskip("ragas")
    from ragas.metrics import NonLLMContextPrecisionWithReference, NonLLMContextRecall

    from api.runtime import build_runtime
    from api.settings import Settings
    from evals.runner import InProcess, run

    data, texts = eval_data
    _, gold = _sample_gold(tmp_path)
    rows: list[dict] = []
    runtime = build_runtime(Settings(data_dir=data))
    try:
        run(gold, InProcess(runtime.clerk, runtime.index.catalog), on_answer=lambda q, p: rows.append(ragas_row(q, p)))
    finally:
        runtime.close()
    scored, beside = write_ragas(rows, tmp_path / "ragas.jsonl")
    answerable = [q for q in gold if q.answerable]
    assert [json.loads(line)["id"] for line in beside.read_text().splitlines()] == [q.id for q in gold if not q.answerable]

    dataset = ragas.EvaluationDataset.from_jsonl(str(scored))
    assert [s.user_input for s in dataset] == [conversation(q) for q in answerable]
    assert any(s.user_input.startswith("User: ") for s in dataset)  # the follow-up, with its earlier turns
    result = ragas.evaluate(dataset, metrics=[NonLLMContextRecall(), NonLLMContextPrecisionWithReference()],
                            raise_exceptions=True, show_progress=False)
    scores = result.scores
    assert len(scores) == len(answerable)
    for row in scores:
        assert set(row) == {"non_llm_context_recall", "non_llm_context_precision_with_reference"}
        assert all(isinstance(v, float) and not math.isnan(v) and 0.0 <= v <= 1.0 for v in row.values())
    # Levenshtein similarity of whole texts: a gold span as long as its passage scores, a short fragment may not.
    assert max(row["non_llm_context_recall"] for row in scores) == 1.0
