"""MiniLM quantised to int8, run by onnxruntime with the packaged tokenizer: no torch at run time."""
from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import numpy as np

from ingest.embedder import MODEL_NAME, EmbedderError, pooled_dimension
from ingest.onnx_model import BuiltModel, int8_model

INT8_NAME = f"{MODEL_NAME}-onnx-int8"


@dataclass(frozen=True)
class OnnxEmbedder:
    """The packaged MiniLM's int8 ONNX export, built into `model_dir` on first use and reused after."""

    source: Path  # the packaged sentence-transformers folder: weights to export, tokenizer, window, pooling
    model_dir: Path  # the cache, e.g. <data dir>/models/all-MiniLM-L6-v2-onnx-int8
    # One text per run: dynamic quantisation scales activations over the whole batch, padding included, so in a
    # batch a text's vector would depend on its neighbours (cosine 0.995 with itself alone). Unpadded, it is also
    # the fastest on CPU: 2.3x fp32 at batch 1 against 1.3x at 64, measured interleaved on the demo corpus.
    batch_size: int = 1

    @property
    def name(self) -> str:
        """The name the index records, so that vectors of different models never mix."""
        return INT8_NAME

    def prepare(self) -> BuiltModel:
        """Build the int8 model unless it is cached already (raises EmbedderError); safe to call again."""
        return int8_model(self.source, self.model_dir)

    @cached_property
    def _session(self):
        import onnxruntime as ort

        path = self.prepare().path
        try:
            return ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
        except Exception as exc:
            raise EmbedderError(f"cannot load the int8 embedding model {path}: {exc}") from exc

    @cached_property
    def _tokenizer(self):
        """The tokenizer as the model sees text: cut at the window, padded to the longest in a batch."""
        tokenizer = self._counter_tokenizer()
        tokenizer.enable_truncation(self.max_tokens)
        tokenizer.enable_padding(pad_id=tokenizer.token_to_id("[PAD]"), pad_token="[PAD]")
        return tokenizer

    @cached_property
    def _counter(self):
        return self._counter_tokenizer()

    def _counter_tokenizer(self):
        from tokenizers import Tokenizer

        try:
            tokenizer = Tokenizer.from_file(str(self.source / "tokenizer.json"))
        except Exception as exc:
            raise EmbedderError(f"cannot load the tokenizer from {self.source}: {exc}") from exc
        tokenizer.no_truncation()  # tokenizer.json ships cut at 128 and padded to 128; counting needs neither
        tokenizer.no_padding()
        return tokenizer

    @property
    def dimension(self) -> int:
        """Length of each vector (read from the model's files: opening an index neither builds nor loads the model)."""
        declared = pooled_dimension(self.source)
        if declared is None:
            raise EmbedderError(f"{self.source} does not declare its vector size (1_Pooling/config.json)")
        return declared

    @cached_property
    def max_tokens(self) -> int:
        """The model's window in word pieces (sentence-transformers' max_seq_length); text beyond it is cut off."""
        return int(json.loads((self.source / "sentence_bert_config.json").read_text())["max_seq_length"])

    def count_tokens(self, text: str) -> int:
        """Word pieces the model would see for this text (without the special tokens)."""
        return len(self._counter.encode(text, add_special_tokens=False).ids)

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Embed passages: one unit-length float32 row per text."""
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        # Longest first, as sentence-transformers does, so that a batch (when there are batches) pads little.
        order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
        for start in range(0, len(order), self.batch_size):
            rows = order[start : start + self.batch_size]
            encodings = self._tokenizer.encode_batch([texts[i] for i in rows])
            feed = {
                "input_ids": np.array([e.ids for e in encodings], dtype=np.int64),
                "attention_mask": np.array([e.attention_mask for e in encodings], dtype=np.int64),
                "token_type_ids": np.array([e.type_ids for e in encodings], dtype=np.int64),
            }
            out[rows] = self._session.run(None, feed)[0]
        return out

    def embed_query(self, text: str) -> np.ndarray:
        """Embed one question."""
        return self.embed([text])[0]
