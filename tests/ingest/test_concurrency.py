"""Several processes on one data dir (issue #14, findings 1 and 10): one writer at a time, readers that never clear
another's pending work, and an ingest version that survives failures and kills."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from ingest.catalog import Catalog
from ingest.index import IndexLocation, open_index
from ingest.pipeline import INGEST_VERSION, Ingester
from ingest.writelock import IndexBusy, WriteLock
from tests.ingest.paper_samples import paper, write_papers

pytestmark = pytest.mark.reliability  # issue #14's reliability suite: ./test.sh -m reliability

ROOT = Path(__file__).resolve().parents[2]
_ENV = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "PYTHONPATH": str(ROOT)}

_HOLD = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from ingest.writelock import WriteLock
    with WriteLock.for_dir(Path(sys.argv[1])).hold():
        print("held", flush=True)
        time.sleep(float(sys.argv[2]))
""")


def _holding(data_dir: Path, seconds: float) -> subprocess.Popen:
    """Another process holding the data dir's write lock for `seconds`."""
    proc = subprocess.Popen([sys.executable, "-c", _HOLD, str(data_dir), str(seconds)], stdout=subprocess.PIPE,
                            text=True, env=_ENV, cwd=ROOT)
    assert proc.stdout.readline().strip() == "held"
    return proc


def test_a_second_writer_waits_for_the_first_and_is_told_who_it_is(tmp_path: Path):
    holder = _holding(tmp_path, 1.5)
    told: list[str] = []
    lock = WriteLock.for_dir(tmp_path)
    with pytest.raises(IndexBusy, match=f"pid {holder.pid}"):
        with lock.hold(wait=0.3):
            pass
    started = time.monotonic()
    with lock.hold(on_wait=told.append):  # waits as long as it takes
        waited = time.monotonic() - started
        assert lock.held
    holder.wait()
    assert waited > 0.5
    assert len(told) == 1 and f"pid {holder.pid}" in told[0]
    assert not lock.held


def test_the_lock_is_reentrant_in_its_thread_and_freed_when_its_holder_dies(tmp_path: Path):
    lock = WriteLock.for_dir(tmp_path)
    with lock.hold(), lock.hold(wait=0):
        assert lock.held
    holder = _holding(tmp_path, 60)
    holder.kill()
    holder.wait()
    with lock.hold(wait=2):  # the kill released it
        assert lock.held


@pytest.mark.slow
def test_readers_never_clear_a_live_writers_pending_documents(tmp_path: Path, embedder):
    data = tmp_path / "data"
    index = open_index(IndexLocation(data), embedder)
    write_papers(tmp_path / "papers", range(1))
    Ingester(index).run([tmp_path / "papers"])
    entry = index.catalog.documents()[0]
    # a writer in another process is halfway through a document: pending in the catalogue, vectors written
    index.catalog.begin(entry.document, entry.file_path, [], ingest_version=INGEST_VERSION)
    holder = _holding(data, 60)
    try:
        from api.runtime import build_runtime
        from api.settings import Settings

        runtime = build_runtime(Settings(data_dir=data))  # what `clerk ask` and a server start do
        runtime.clerk.ask(paper(0).question)
        runtime.close()
        assert index.catalog.leftovers() == [entry.document.doc_id]  # still there: its writer is alive
        with pytest.raises(IndexBusy):
            with index.writing(wait=0.2):
                pass
    finally:
        holder.kill()
        holder.wait()
    assert index.recover() == 1  # its writer is gone: now it is cleared
    index.close()


_ASK_LOOP = textwrap.dedent("""
    import sys
    from pathlib import Path
    from api.runtime import build_runtime
    from api.settings import Settings
    stop, asked = Path(sys.argv[2]), 0
    while not stop.exists() or asked < 2:
        runtime = build_runtime(Settings(data_dir=Path(sys.argv[1])))
        runtime.clerk.ask(sys.argv[3])
        runtime.close()
        asked += 1
    print(asked)
""")


def _state(data: Path, embedder) -> tuple[int, int, set[str], set[str], list[str]]:
    index = open_index(IndexLocation(data), embedder)
    try:
        docs, chunks = index.catalog.counts()
        return docs, chunks, set(index.catalog.complete_ids()), index.store.doc_ids(), index.catalog.leftovers()
    finally:
        index.close()


@pytest.mark.slow
def test_an_ingest_racing_an_ask_loop_loses_nothing_and_orphans_nothing(tmp_path: Path, embedder):
    papers = tmp_path / "papers"
    write_papers(papers, range(12))
    clean = tmp_path / "clean"
    Ingester(open_index(IndexLocation(clean), embedder)).run([papers])
    data = tmp_path / "data"
    write_papers(tmp_path / "first", range(100, 102))
    first = open_index(IndexLocation(data), embedder)
    Ingester(first).run([tmp_path / "first"])  # readers have an index to open
    first_docs, first_chunks = first.catalog.counts()
    first.close()

    stop = tmp_path / "stop"
    reader = subprocess.Popen([sys.executable, "-c", _ASK_LOOP, str(data), str(stop), paper(3).question],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_ENV, cwd=ROOT)
    try:
        ingest = subprocess.run([sys.executable, "-m", "api", "ingest", str(papers), "--data-dir", str(data)],
                                capture_output=True, text=True, env=_ENV, cwd=ROOT, timeout=240)
    finally:
        stop.touch()
        out, err = reader.communicate(timeout=120)
    assert ingest.returncode == 0, ingest.stderr[-2000:]
    assert reader.returncode == 0, err[-2000:]
    assert int(out.strip()) >= 2

    want_docs, want_chunks, *_ = _state(clean, embedder)
    docs, chunks, complete, stored, leftovers = _state(data, embedder)
    assert (docs, chunks - first_chunks) == (want_docs + first_docs, want_chunks)
    assert leftovers == []
    assert stored == complete  # no orphan vectors, no document without its vectors


@pytest.mark.slow
def test_a_first_run_with_a_failure_records_the_version(tmp_path: Path, embedder):
    papers = tmp_path / "papers"
    write_papers(papers, range(2))
    (papers / "broken.pdf").write_bytes(b"%PDF-1.4 not really")
    index = open_index(IndexLocation(tmp_path / "data"), embedder)
    first = Ingester(index).run([papers])
    assert (first.count("added"), first.count("failed")) == (2, 1)
    again = Ingester(index).run([papers])
    assert (again.count("unchanged"), again.count("failed"), again.chunks_embedded) == (2, 1, 0)
    index.close()


class _Killed(BaseException):
    """Stands for a kill between two files."""


def _kill_after(files: int):
    def on_progress(p) -> None:
        if p.files_done == files:
            raise _Killed

    return on_progress


@pytest.mark.slow
def test_a_run_after_a_killed_first_run_parses_only_what_it_had_not_reached(tmp_path: Path, embedder):
    papers = tmp_path / "papers"
    write_papers(papers, range(3))
    index = open_index(IndexLocation(tmp_path / "data"), embedder)
    with pytest.raises(_Killed):
        Ingester(index).run([papers], on_progress=_kill_after(1))
    again = Ingester(index).run([papers])
    assert [r.status for r in again.results] == ["unchanged", "added", "added"]
    index.close()


@pytest.mark.slow
def test_a_new_version_killed_halfway_leaves_only_the_rest_to_make_again(tmp_path: Path, embedder):
    papers = tmp_path / "papers"
    write_papers(papers, range(3))
    index = open_index(IndexLocation(tmp_path / "data"), embedder)
    Ingester(index).run([papers])
    index.catalog.set_setting("ingest_version", "an older one")  # as if Clerk changed since
    with pytest.raises(_Killed):
        Ingester(index).run([papers], on_progress=_kill_after(1))
    assert [e.ingest_version for e in sorted(index.catalog.documents(), key=lambda e: e.file_path)] == [
        INGEST_VERSION, "an older one", "an older one"]
    again = Ingester(index).run([papers])
    assert [r.status for r in again.results] == ["unchanged", "updated", "updated"]
    assert Ingester(index).run([papers]).count("unchanged") == 3
    index.close()


def test_an_older_catalogue_takes_its_documents_version_from_the_setting(tmp_path: Path):
    import sqlite3

    path = tmp_path / "catalog.sqlite3"
    Catalog(path).close()
    db = sqlite3.connect(path)
    db.execute("ALTER TABLE documents DROP COLUMN ingest_version")
    db.execute("INSERT INTO settings VALUES ('ingest_version', '5')")
    db.execute("INSERT INTO documents (doc_id, source, file_path, content_hash, status, title, kind, text, ingested_at) "
               "VALUES ('d', 's', 'f', 'h', 'complete', 't', 'other', '', 0)")
    db.commit()
    db.close()
    catalog = Catalog(path)
    assert catalog.documents()[0].ingest_version == "5"
    catalog.close()
