"""Where a passage moves to its next page: kept at chunking, in the catalogue (old ones gain the column) and in Chroma."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from ingest.catalog import Catalog
from ingest.chunking import approx_tokens, chunk_blocks
from ingest.formats import parse_file
from ingest.pipeline import build_documents
from ingest.records import Block, Chunk, Document, DocumentMeta

CROYDON = "ofsted-ilacs/inspection_reports/80492_croydon__childrens_services_inspection_-_03_december_2024.pdf"


def _squash(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def croydon(demo_corpus: Path):
    path = demo_corpus / CROYDON
    parts = parse_file(path, path.read_bytes())
    [built] = build_documents(parts, str(path), "c" * 64, str(path), None, approx_tokens)
    return parts[0].pages, built.chunks


def test_blocks_on_two_pages_give_a_break_at_the_second_pages_first_block():
    blocks = [Block("First line on page two.", "paragraph", 2, None, ()),
              Block("Still page two.", "paragraph", 2, None, ()),
              Block("Now page three.", "paragraph", 3, None, ())]
    [piece] = chunk_blocks(blocks)
    assert (piece.page_start, piece.page_end) == (2, 3)
    [(at, page)] = piece.page_breaks
    assert page == 3 and piece.text[at:].startswith("Now page three.")
    chunk = Chunk.of_document("c", "d", 0, piece.text, "x.pdf", DocumentMeta(title="t"), page_start=2, page_end=3,
                              page_breaks=piece.page_breaks)
    assert [chunk.page_at(o) for o in (0, at - 1, at, len(piece.text) - 1)] == [2, 2, 3, 3]


def test_a_passage_on_one_page_has_no_breaks():
    [piece] = chunk_blocks([Block("One.", "paragraph", 4, None, ()), Block("Two.", "paragraph", 4, None, ())])
    assert piece.page_breaks == () and piece.page_start == 4


def test_every_break_in_a_real_pdf_sits_where_the_pdf_turns_the_page(croydon):
    pages, chunks = croydon
    spanning = [c for c in chunks if c.page_breaks]
    assert spanning, "a multi-page Ofsted report should have passages that run over a page break"
    page_text = {p.number: _squash(p.text) for p in pages}
    for chunk in spanning:
        assert chunk.page_end > chunk.page_start
        previous = chunk.page_start
        for at, page in chunk.page_breaks:
            assert 0 < at < len(chunk.text) and page > previous
            before = _squash(chunk.text[:at])[-40:]
            after = _squash(chunk.text[at:])[:40]
            assert before in page_text[previous], (chunk.chunk_id, before)
            assert after in page_text[page], (chunk.chunk_id, after)
            previous = page
        assert previous == chunk.page_end


def test_page_breaks_survive_the_catalogue_and_an_older_catalogue_gains_the_column(tmp_path: Path, croydon):
    _, chunks = croydon
    path = tmp_path / "catalog.sqlite"
    old = sqlite3.connect(path)  # a catalogue from before page breaks were kept
    old.execute("CREATE TABLE chunks (chunk_id TEXT PRIMARY KEY, doc_id TEXT NOT NULL, position INTEGER NOT NULL, "
                "text TEXT NOT NULL, section TEXT, headings TEXT NOT NULL, page_start INTEGER, page_end INTEGER)")
    old.execute("INSERT INTO chunks VALUES ('old', 'd0', 0, 'text', NULL, '[]', 1, 2)")
    old.commit()
    old.close()
    catalog = Catalog(path)
    try:
        assert [c.page_breaks for c in catalog.chunks_of("d0")] == [()]
        doc = Document(chunks[0].doc_id, "x.pdf", "h", DocumentMeta(title="t"), 9, "text")
        catalog.begin(doc, "x.pdf", chunks)
        stored = catalog.chunks_of(doc.doc_id)
        assert [c.page_breaks for c in stored] == [c.page_breaks for c in chunks]
        assert any(c.page_breaks for c in stored)
    finally:
        catalog.close()


def test_page_breaks_survive_chroma(croydon):
    chromadb = pytest.importorskip("chromadb")
    import numpy as np

    from ingest.store import ChunkStore

    _, chunks = croydon
    store = ChunkStore(chromadb.EphemeralClient(), "test-model", 3, collection="page-breaks")
    store.upsert(chunks, np.ones((len(chunks), 3), dtype=np.float32))
    back = store.get([c.chunk_id for c in chunks])
    assert [c.page_breaks for c in back] == [c.page_breaks for c in chunks]


@pytest.mark.slow
def test_an_index_from_before_page_breaks_gains_them_without_embedding_again(tmp_path: Path, demo_corpus: Path, embedder):
    import dataclasses
    import shutil

    from ingest.index import IndexLocation, open_index
    from ingest.pipeline import Ingester

    papers = tmp_path / "papers"
    papers.mkdir()
    shutil.copy(demo_corpus / CROYDON, papers / "croydon.pdf")
    index = open_index(IndexLocation(tmp_path / "data"), embedder)
    try:
        Ingester(index).run([papers])
        [entry] = index.catalog.documents(with_text=False)
        ids = [c.chunk_id for c in index.catalog.chunks_of(entry.document.doc_id)]
        fresh = index.store.get(ids)
        assert any(c.page_breaks for c in fresh)
        # What an older Clerk left: no page breaks in the catalogue or in Chroma, and an older ingest version.
        index.store.upsert([dataclasses.replace(c, page_breaks=()) for c in fresh], index.store.vectors(ids))
        index.catalog.begin(entry.document, entry.file_path, [dataclasses.replace(c, page_breaks=()) for c in fresh])
        index.catalog.complete([entry.document.doc_id])
        index.catalog.set_setting("ingest_version", "old")
        assert not any(c.page_breaks for c in index.store.get(ids))

        report = Ingester(index).run([papers])
        assert [r.status for r in report.results] == ["updated"] and report.chunks_embedded == 0
        assert [c.page_breaks for c in index.store.get(ids)] == [c.page_breaks for c in fresh]
        assert [c.page_breaks for c in index.catalog.chunks_of(entry.document.doc_id)] == [c.page_breaks for c in fresh]
    finally:
        index.close()
