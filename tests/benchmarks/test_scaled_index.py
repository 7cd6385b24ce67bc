"""The scaled benchmark index: the exact size asked for, new ids and councils per copy, opened like a real index."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import numpy as np
import pytest

from benchmarks.scaled_index import build, plan

pytestmark = pytest.mark.slow


def test_plan_takes_every_document_before_copying_any_and_stops_at_the_size(small_index_dir: Path, tmp_path: Path):
    from ingest.catalog import Catalog

    base = tmp_path / "base"
    shutil.copytree(small_index_dir, base)
    catalog = Catalog(base / "catalog.sqlite3")
    entries = catalog.documents()
    catalog.close()
    total = sum(e.chunks for e in entries)
    planned = plan(entries, total * 2 + 3)
    assert sum(take for *_, take in planned) == total * 2 + 3
    assert [copy for _, copy, _ in planned[: len(entries)]] == [0] * len(entries)
    assert {copy for _, copy, _ in planned} == {0, 1, 2}


def test_a_scaled_index_opens_like_a_real_one(small_index_dir: Path, tmp_path: Path):
    from api.runtime import build_runtime
    from api.settings import Settings

    base = tmp_path / "base"
    shutil.copytree(small_index_dir, base)
    (base / "models").mkdir(exist_ok=True)
    (base / "models" / "export.txt").write_text("the base's exported model")
    figures = build(base, tmp_path / "scaled", 1500)
    assert figures["chunks"] == figures["vectors"] == 1500
    assert (tmp_path / "scaled" / "models" / "export.txt").read_text() == "the base's exported model"  # not again
    assert 0.95 < figures["copy_cosine_mean"] < 1.0
    runtime = build_runtime(Settings(data_dir=tmp_path / "scaled"))
    try:
        entries = runtime.index.catalog.documents()
        assert len(entries) == figures["documents"] and runtime.index.store.count() == 1500
        assert all(re.fullmatch(r"[0-9a-f]{16}(-\d+)?", e.document.doc_id) for e in entries)
        copies = [e for e in entries if e.document.source.startswith("scaled/")]
        assert len(copies) == figures["synthetic_documents"] > 0
        real = {Path(e.document.source).name: e.document.meta for e in entries if e not in copies}
        for e in copies:
            original = real[Path(e.document.source).name]
            assert e.document.meta.council != original.council
            assert original.meeting_date is None or e.document.meta.meeting_date < original.meeting_date
        registered = runtime.index.catalog.commitments()
        assert len(registered) == figures["commitments"] > 0
        assert any(e.document.source.startswith("scaled/") for e in registered)
        for e in registered:
            assert e.commitment.chunk_id in {c.chunk_id for c in runtime.index.catalog.chunks_of(e.document.doc_id)}
        chunks = runtime.index.catalog.chunks_of(copies[0].document.doc_id)
        vectors = runtime.index.store.vectors([c.chunk_id for c in chunks])
        assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-3)
        hits = runtime.searcher.search("children's services inspection", k=8)
        assert hits and all(runtime.index.catalog.document(h.chunk.doc_id) for h in hits)
    finally:
        runtime.close()
