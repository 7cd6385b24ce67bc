"""A run killed mid-ingest leaves nothing half-written visible, and the next run ends as a clean ingest would."""
from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ingest.index import IndexLocation, open_index
from ingest.pipeline import Ingester, build_documents
from ingest.records import Page, Part

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]


def _snapshot(index) -> tuple[dict, set, int]:
    docs = {e.document.doc_id: (e.document.source, e.chunks) for e in index.catalog.documents()}
    chunk_ids = {cid for cid, _, _ in index.catalog.chunk_rows()}
    return docs, chunk_ids, index.store.count()


def _complete_docs(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as con:
            return con.execute("SELECT COUNT(*) FROM documents WHERE status = 'complete'").fetchone()[0]
    except sqlite3.Error:
        return 0


def test_killed_ingest_recovers_to_a_clean_state(tmp_path: Path, seeds: Path, ofsted_reports: Path, embedder):
    corpus = tmp_path / "papers"
    shutil.copytree(seeds, corpus / "seeds")
    for pdf in sorted(ofsted_reports.glob("*.pdf"))[:6]:
        shutil.copy(pdf, corpus / pdf.name)
    killed_dir, clean_dir = tmp_path / "killed", tmp_path / "clean"
    env = {**os.environ, "CLERK_DATA_DIR": str(killed_dir), "HF_HUB_OFFLINE": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "api", "ingest", str(corpus)], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    while _complete_docs(killed_dir / "catalog.sqlite3") < 3 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert proc.poll() is None, "ingest finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()

    killed = open_index(IndexLocation(killed_dir), embedder)
    partial_docs, _, _ = _snapshot(killed)
    assert 3 <= len(partial_docs) < 12
    Ingester(killed).run([corpus])
    clean = open_index(IndexLocation(clean_dir), embedder)
    Ingester(clean).run([corpus])
    assert _snapshot(killed) == _snapshot(clean)
    killed.close()
    clean.close()


def test_a_document_whose_vectors_were_half_written_is_invisible_then_cleared(data_dir: Path, embedder):
    index = open_index(IndexLocation(data_dir), embedder)
    text = "\n\n".join(f"{i}. Paragraph {i} about unallocated cases and caseloads in the service." for i in range(1, 30))
    [built] = build_documents([Part((Page(None, text),))], "half.txt", "ab" * 32, "half.txt", None, embedder.count_tokens)
    doc, chunks = built.document, built.chunks
    index.catalog.begin(doc, str(data_dir / "half.txt"), chunks)
    half = chunks[: len(chunks) // 2]
    index.store.upsert(half, embedder.embed([c.text for c in half]))
    # The process dies here. Readers see no document, and the next run clears its vectors.
    assert index.catalog.documents() == [] and doc.doc_id not in index.catalog.complete_ids()
    assert index.store.count() == len(half)
    assert index.recover() == 1
    assert index.store.count() == 0 and index.catalog.leftovers() == []
    index.close()
