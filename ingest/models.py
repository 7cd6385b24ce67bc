"""The embedders to choose from, by name, and which one opens a given index."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ingest.embedder import MODEL_NAME, Embedder, EmbedderError, default_embedder, packaged_model_path
from ingest.onnx_embedder import INT8_NAME, OnnxEmbedder

FP32 = MODEL_NAME  # "all-MiniLM-L6-v2": the name every index built before int8 existed records
INT8 = INT8_NAME  # "all-MiniLM-L6-v2-onnx-int8"
# New indexes get int8: on the gold set it keeps fp32's recall@5 and is within 0.02 on MRR and nDCG@10, embeds 2-2.7x
# faster and needs a sixth of the memory (benchmarks/results/embedders*.json). Old indexes keep the fp32 they record.
DEFAULT = INT8
_ALIASES = {"fp32": FP32, "int8": INT8, FP32.lower(): FP32, INT8.lower(): INT8}


def model_name(choice: str) -> str:
    """The model name for a choice such as "fp32", "int8" or a full name (raises EmbedderError for others)."""
    name = _ALIASES.get(choice.strip().lower())
    if name is None:
        raise EmbedderError(f"unknown embedder '{choice}': choose fp32 ({FP32}) or int8 ({INT8})")
    return name


def load_embedder(choice: str, models_dir: Path) -> Embedder:
    """The embedder for a choice (one per process and cache); the int8 model is built into `models_dir` on first use."""
    return _load(model_name(choice), models_dir)


@lru_cache(maxsize=8)
def _load(name: str, models_dir: Path) -> Embedder:
    if name == FP32:
        return default_embedder()
    return OnnxEmbedder(packaged_model_path(), models_dir / INT8)


def embedder_for(recorded: str | None, choice: str | None, models_dir: Path, default: str = DEFAULT) -> Embedder:
    """An explicit choice; else the model an existing index recorded; else the default for a new index."""
    if choice:
        return load_embedder(choice, models_dir)  # open_index refuses it if the index records another
    if recorded:
        if recorded.lower() not in _ALIASES:
            raise EmbedderError(f"the index was built with '{recorded}', an embedder this Clerk does not have")
        return load_embedder(recorded, models_dir)
    return load_embedder(default, models_dir)
