"""The whole ingest path on real files: counts, idempotence, change, prune, bad input, model mismatch."""
from __future__ import annotations

import shutil
from dataclasses import fields
from pathlib import Path

import pytest

from ingest.index import IndexLocation, open_index
from ingest.pipeline import Ingester
from ingest.records import RegisterQuery
from ingest.store import ModelMismatch

pytestmark = pytest.mark.slow

OFSTED_SAMPLE = ("80510_merton", "2532283_dorset")


@pytest.fixture()
def corpus(tmp_path: Path, seeds: Path, ofsted_reports: Path) -> Path:
    """A small corpus of real papers: the five seeds and two Ofsted reports."""
    root = tmp_path / "papers"
    shutil.copytree(seeds, root / "seeds")
    (root / "ofsted").mkdir()
    for prefix in OFSTED_SAMPLE:
        for pdf in ofsted_reports.glob(f"{prefix}_*.pdf"):
            shutil.copy(pdf, root / "ofsted" / pdf.name)
    return root


@pytest.fixture()
def index(data_dir: Path, embedder):
    idx = open_index(IndexLocation(data_dir), embedder)
    yield idx
    idx.close()


def _state(index) -> tuple[dict, int]:
    docs = {e.document.doc_id: e.chunks for e in index.catalog.documents()}
    return docs, index.store.count()


def test_ingests_real_papers_with_citation_metadata(corpus: Path, index):
    report = Ingester(index).run([corpus])
    assert not report.failed, report.failed
    docs = index.catalog.documents()
    assert len(docs) == 8  # five seeds, seed 003 holding two meetings, two reports
    assert all(e.document.meta.council for e in docs)
    by_council = {e.document.meta.council for e in docs}
    assert {"Croydon", "Hillingdon", "Tower Hamlets", "West Sussex", "Merton", "Dorset"} <= by_council
    tower = sorted(e.document.meta.meeting_date.isoformat() for e in docs if e.document.meta.council == "Tower Hamlets")
    assert tower == ["2017-09-14", "2017-11-23"]
    merton = next(e for e in docs if e.document.meta.council == "Merton")
    assert merton.document.pages == 11 and merton.document.meta.kind == "inspection report"
    # Chunks carry pages, and every stored chunk belongs to a listed document.
    doc_chunks, stored = _state(index)
    assert stored == sum(doc_chunks.values()) == report.chunks_embedded
    hits = index.store.query(index.embedder.embed_query("Who was the lead inspector for Merton?"), 3)
    chunk = index.store.get([hits[0].chunk_id])[0]
    assert chunk.council == "Merton" and chunk.page_start == 1


def test_reingest_of_an_unchanged_corpus_embeds_nothing(corpus: Path, index):
    Ingester(index).run([corpus])
    before = _state(index)
    again = Ingester(index).run([corpus])
    assert again.chunks_embedded == 0
    assert again.count("unchanged") == again.count("unchanged") + again.count("added") == len(again.results)
    assert _state(index) == before


def test_a_changed_file_replaces_its_old_chunks(corpus: Path, index):
    Ingester(index).run([corpus])
    paper = corpus / "seeds" / "001_f87258b63b75509e.txt"
    old_ids = {e.document.doc_id for e in index.catalog.by_file(str(paper.resolve()))}
    old_register = {c.commitment.commitment_id for c in index.catalog.commitments(RegisterQuery(council="Hillingdon"))}
    resolved = "3. The report be noted.\n4. Officers circulate the Sustainability Plan to Members."
    paper.write_text(paper.read_text(encoding="utf-8").replace("3. The report be noted.", resolved), encoding="utf-8")
    report = Ingester(index).run([corpus])
    assert report.count("updated") == 1 and report.count("unchanged") == len(report.results) - 1
    new = index.catalog.by_file(str(paper.resolve()))
    assert len(new) == 1 and new[0].document.doc_id not in old_ids
    docs, stored = _state(index)
    assert stored == sum(docs.values())
    assert "circulate the Sustainability Plan" in new[0].document.text
    # The register is rebuilt with the document: the new resolution is in it, nothing of the old version is.
    register = index.catalog.commitments(RegisterQuery(council="Hillingdon"))
    assert "Officers circulate the Sustainability Plan to Members." in [c.commitment.text for c in register]
    assert {c.document.doc_id for c in register} == {new[0].document.doc_id}
    assert not old_register & {c.commitment.commitment_id for c in register}


def test_prune_removes_documents_whose_files_are_gone(corpus: Path, index):
    Ingester(index).run([corpus])
    gone = corpus / "seeds" / "003_2f11d8ed7809beb6.txt"
    gone.unlink()
    report = Ingester(index).run([corpus], prune=True)
    assert report.pruned == (f"{corpus.name}/seeds/003_2f11d8ed7809beb6.txt",)  # under the folder given, by its name
    docs, stored = _state(index)
    assert len(docs) == 6 and stored == sum(docs.values())
    assert not [e for e in index.catalog.documents() if e.document.meta.council == "Tower Hamlets"]
    assert index.catalog.commitments(RegisterQuery(council="Tower Hamlets")) == [] and index.catalog.commitments()


def test_bad_files_are_reported_and_the_rest_still_go_in(corpus: Path, index, ofsted_reports: Path):
    bad = corpus / "bad"
    bad.mkdir()
    real = next(ofsted_reports.glob("80492_croydon_*.pdf")).read_bytes()
    (bad / "truncated.pdf").write_bytes(real[: len(real) // 2])
    (bad / "empty.txt").write_bytes(b"")
    (bad / "junk.txt").write_bytes(bytes(range(256)) * 40)
    (bad / "budget.xlsx").write_bytes(b"PK\x03\x04 not really")
    (bad / "huge.txt").write_text("word " * 400_000, encoding="utf-8")
    report = Ingester(index, max_bytes=1_000_000).run([corpus])
    reasons = {Path(r.source).name: r.reason for r in report.results if r.status in ("failed", "skipped")}
    assert set(reasons) == {"truncated.pdf", "empty.txt", "junk.txt", "budget.xlsx", "huge.txt"}
    assert all(reason and "\n" not in reason for reason in reasons.values())
    assert "limit" in reasons["huge.txt"] and "unsupported" in reasons["budget.xlsx"]
    assert report.count("added") == 7
    assert len(index.catalog.documents()) == 8


def test_an_index_built_by_another_model_is_refused(data_dir: Path, embedder, corpus: Path):
    idx = open_index(IndexLocation(data_dir), embedder)
    Ingester(idx).run([corpus / "seeds" / "000_d30d108b706bb908.txt"])
    idx.close()

    class OtherModel(type(embedder)):
        @property
        def name(self) -> str:
            return "another-model"

    other = OtherModel(**{f.name: getattr(embedder, f.name) for f in fields(embedder)})
    with pytest.raises(ModelMismatch, match="all-MiniLM-L6-v2"):
        open_index(IndexLocation(data_dir), other)


def test_the_same_bytes_under_two_paths_are_one_document(corpus: Path, index):
    copy = corpus / "copies"
    copy.mkdir()
    shutil.copy(corpus / "seeds" / "000_d30d108b706bb908.txt", copy / "croydon-minutes.txt")
    report = Ingester(index).run([corpus / "seeds", copy])
    skipped = [r for r in report.results if r.status == "skipped"]
    assert [Path(r.source).name for r in skipped] == ["croydon-minutes.txt"]
    assert "same content as" in skipped[0].reason and "000_d30d108b706bb908.txt" in skipped[0].reason
    docs, stored = _state(index)
    assert len(docs) == 6 and stored == sum(docs.values())


def test_a_new_ingest_version_rewrites_the_records_but_keeps_unchanged_vectors(corpus: Path, index):
    Ingester(index).run([corpus])
    docs_before, stored_before = _state(index)
    with index.catalog._transaction() as db:  # an index built by an older Clerk: no register yet
        db.execute("DELETE FROM commitments")
    index.catalog.set_setting("ingest_version", "1")
    report = Ingester(index).run([corpus])
    assert report.count("updated") == len(report.results) and report.chunks_embedded == 0
    assert _state(index) == (docs_before, stored_before)
    assert len(index.catalog.commitments()) >= 26
