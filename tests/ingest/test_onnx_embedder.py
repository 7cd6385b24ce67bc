"""The int8 ONNX embedder: built offline from the packaged weights, close to fp32, cached, and recorded by the index."""
from __future__ import annotations

import hashlib
import json
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from api.cli import app
from api.runtime import open_configured_index
from api.settings import Settings
from ingest.embedder import EmbedderError, TorchEmbedder, default_embedder, packaged_model_path
from ingest.formats import parse_file
from ingest.models import FP32, INT8, embedder_for, load_embedder, model_name
from ingest.onnx_embedder import OnnxEmbedder
from ingest.onnx_model import RECORD_FILE, int8_model
from ingest.pipeline import Ingester, build_documents
from ingest.store import ModelMismatch

ROOT = Path(__file__).resolve().parents[2]
runner = CliRunner()


@pytest.fixture(scope="module")
def models_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("int8") / "models"


@pytest.fixture(scope="module")
def built(models_dir: Path):
    """The int8 model exported once for this module, with every network connection refused while it builds."""

    def refuse(*args, **kwargs):
        raise OSError("network access during the int8 export")

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(socket.socket, "connect", refuse)
        mp.setattr(socket, "create_connection", refuse)
        return int8_model(packaged_model_path(), models_dir / INT8)


@pytest.fixture(scope="module")
def int8(built, models_dir: Path) -> OnnxEmbedder:
    return OnnxEmbedder(packaged_model_path(), models_dir / INT8)


@pytest.fixture(scope="module")
def fp32() -> TorchEmbedder:
    """The reference: the packaged MiniLM in fp32 through torch (whichever embedder is the default)."""
    return default_embedder()


@pytest.fixture(scope="module")
def passages(demo_corpus: Path, fp32: TorchEmbedder) -> list[str]:
    """Real chunks, as ingest embeds them: two seed papers and an Ofsted report from the demo corpus."""
    files = [*sorted((demo_corpus / "seeds").glob("*.txt"))[:2],
             *(demo_corpus / "ofsted-ilacs" / "inspection_reports").glob("80510_merton_*.pdf")]
    texts = []
    for path in files:
        data = path.read_bytes()
        for built in build_documents(parse_file(path, data), str(path), "0" * 64, path.name, None, fp32.count_tokens):
            texts += [c.context for c in built.chunks]
    assert len(texts) > 40
    return texts


# -- choosing an embedder: no model is loaded for these ----------------------------------------------------------

@pytest.mark.parametrize("choice, name", [("fp32", FP32), ("INT8", INT8), (FP32, FP32), (INT8, INT8), (" int8 ", INT8)])
def test_choices_name_a_model(choice: str, name: str):
    assert model_name(choice) == name


def test_an_unknown_choice_is_a_clear_error():
    with pytest.raises(EmbedderError, match="unknown embedder 'fp16': choose fp32"):
        model_name("fp16")


def test_an_existing_index_opens_with_the_model_it_records_whatever_the_default(tmp_path: Path):
    assert embedder_for(FP32, None, tmp_path, default="int8").name == FP32
    assert embedder_for(INT8, None, tmp_path, default="fp32").name == INT8
    assert embedder_for(None, None, tmp_path, default="int8").name == INT8  # a new index takes the default
    assert embedder_for(FP32, "int8", tmp_path).name == INT8  # an explicit choice is kept, for open_index to refuse
    assert not (tmp_path / INT8).exists()  # choosing builds nothing


@pytest.mark.parametrize("built_with", [FP32, INT8])
def test_an_index_reopens_with_its_own_embedder_when_none_is_configured(tmp_path: Path, built_with: str):
    open_configured_index(Settings(data_dir=tmp_path, embedder=built_with)).close()  # records the name, embeds nothing
    index = open_configured_index(Settings(data_dir=tmp_path, embedder=None))
    try:
        assert index.embedder.name == built_with
    finally:
        index.close()


def test_an_index_recording_an_unknown_model_is_refused(tmp_path: Path):
    with pytest.raises(EmbedderError, match="built with 'e5-large'"):
        embedder_for("e5-large", None, tmp_path)


def test_a_failed_export_is_a_clear_error_and_leaves_nothing_behind(tmp_path: Path):
    source = tmp_path / "broken-model"
    shutil.copytree(packaged_model_path(), source, ignore=shutil.ignore_patterns("*.safetensors"))
    with pytest.raises(EmbedderError, match=r"cannot build the int8 ONNX embedding model in .*models/"):
        int8_model(source, tmp_path / "models" / INT8)
    assert list((tmp_path / "models").iterdir()) == []


# -- the built model ----------------------------------------------------------------------------------------------

@pytest.mark.slow
def test_the_model_is_exported_from_the_packaged_weights(built, models_dir: Path):
    record = json.loads((models_dir / INT8 / RECORD_FILE).read_text())
    weights = packaged_model_path() / "model.safetensors"
    assert built.built_now and built.path == models_dir / INT8 / "model.onnx" and built.path.stat().st_size > 10e6
    assert record["source"] == str(packaged_model_path())
    assert record["source_sha256"] == hashlib.sha256(weights.read_bytes()).hexdigest()
    assert record["agreement_with_fp32"] > 0.98
    assert record["export_seconds"] == pytest.approx(built.export_seconds, abs=0.01)
    assert [p.name for p in models_dir.iterdir()] == [INT8]  # no temporary folder left beside it


@pytest.mark.slow
def test_a_second_call_and_a_second_process_reuse_the_cache(built, models_dir: Path):
    again = int8_model(packaged_model_path(), models_dir / INT8)
    assert not again.built_now and again.path == built.path
    code = ("import sys; from pathlib import Path; from ingest.embedder import packaged_model_path; "
            "from ingest.onnx_model import int8_model; "
            "print(int8_model(packaged_model_path(), Path(sys.argv[1])).built_now)")
    out = subprocess.run([sys.executable, "-c", code, str(models_dir / INT8)], cwd=ROOT, capture_output=True, text=True,
                         timeout=120, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.slow
def test_int8_vectors_agree_with_fp32_on_real_chunks(int8: OnnxEmbedder, fp32: TorchEmbedder, passages: list[str]):
    reference, q = fp32.embed(passages), int8.embed(passages)
    assert q.shape == reference.shape == (len(passages), 384) and q.dtype == np.float32
    assert np.allclose(np.linalg.norm(q, axis=1), 1.0, atol=1e-4)
    cosine = np.sum(reference * q, axis=1)
    assert cosine.min() > 0.98 and cosine.mean() > 0.99
    # A text gets one vector however it is asked for: among passages at ingest, or alone as a query.
    assert float(int8.embed_query(passages[3]) @ q[3]) > 0.9999


@pytest.mark.slow
def test_int8_reads_text_exactly_as_fp32_does(int8: OnnxEmbedder, fp32: TorchEmbedder, passages: list[str]):
    assert (int8.dimension, int8.max_tokens) == (fp32.dimension, fp32.max_tokens) == (384, 256)
    assert [int8.count_tokens(t) for t in passages] == [fp32.count_tokens(t) for t in passages]
    long = " ".join(passages[:6])  # past the 256-piece window: both cut it at the same place
    assert int8.count_tokens(long) > 256 and float(int8.embed_query(long) @ fp32.embed_query(long)) > 0.98
    assert int8.embed([]).shape == (0, 384)


# -- the index records the model that built it ------------------------------------------------------------------

@pytest.fixture(scope="module")
def int8_index_dir(built, models_dir: Path, seeds_dir: Path, tmp_path_factory) -> Path:
    """A data dir ingested with CLERK_EMBEDDER=int8 (its model cache seeded from the module's build)."""
    data = tmp_path_factory.mktemp("int8-index") / "data"
    shutil.copytree(models_dir, data / "models")
    index = open_configured_index(Settings(data_dir=data, embedder="int8"))
    report = Ingester(index).run([seeds_dir])
    index.close()
    assert not report.failed and report.chunks_embedded > 0
    return data


@pytest.fixture(scope="module")
def seeds_dir(demo_corpus: Path) -> Path:
    return demo_corpus / "seeds"


@pytest.mark.slow
def test_an_int8_index_reopens_with_int8_without_being_told(int8_index_dir: Path):
    index = open_configured_index(Settings(data_dir=int8_index_dir, embedder=None))
    try:
        assert index.embedder.name == INT8 and index.catalog.setting("embedding_model") == INT8
        vector = index.embedder.embed_query("How many cases were in the Assessment Service in July 2018?")
        assert vector.shape == (384,)
    finally:
        index.close()


@pytest.mark.slow
def test_an_explicit_other_model_is_refused(int8_index_dir: Path):
    with pytest.raises(ModelMismatch, match=f"built with '{INT8}', not '{FP32}'"):
        open_configured_index(Settings(data_dir=int8_index_dir, embedder="fp32"))


@pytest.mark.slow
def test_the_cli_answers_from_an_int8_index_and_refuses_a_mismatch_in_one_line(int8_index_dir: Path, monkeypatch):
    monkeypatch.delenv("CLERK_EMBEDDER", raising=False)
    question = "How many cases were in the Assessment Service in July 2018?"
    r = runner.invoke(app, ["ask", question, "--json", "--data-dir", str(int8_index_dir)])
    assert r.exit_code == 0, r.output
    assert "1300" in json.loads(r.stdout)["answer"]
    monkeypatch.setenv("CLERK_EMBEDDER", "fp32")
    r = runner.invoke(app, ["ask", question, "--data-dir", str(int8_index_dir)])
    lines = r.output.strip().splitlines()
    assert r.exit_code == 2 and len(lines) == 1 and f"built with '{INT8}', not '{FP32}'" in lines[0]


@pytest.mark.slow
def test_load_embedder_gives_one_embedder_per_process(models_dir: Path):
    assert load_embedder("int8", models_dir) is load_embedder(INT8, models_dir)
