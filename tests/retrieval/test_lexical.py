"""BM25 over the catalogue: what it indexes, masks, persistence at a generation, rebuilds when stale."""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from retrieval.lexical import Bm25Params, LexicalIndex
from tests.retrieval.papers import (
    CROYDON_CASELOADS,
    CROYDON_OFSTED,
    CROYDON_SECTION_20,
    DORSET,
    HILLINGDON,
    MERTON,
    PENDING,
    TOWER_HAMLETS,
    add,
)

pytestmark = pytest.mark.slow


def _saved(directory: Path) -> dict:
    return json.loads((directory / "CURRENT").read_text())


def test_finds_the_passage_that_shares_the_rare_words(papers_index, bm25_dir):
    lexical = LexicalIndex.load_or_build(papers_index.catalog, bm25_dir)
    hits = lexical.search("Section 20 accommodated children", 3)
    assert hits[0][0] == CROYDON_SECTION_20.chunk_ids()[0]
    assert all(score > 0 for _, score in hits)
    assert [s for _, s in hits] == sorted((s for _, s in hits), reverse=True)


def test_stemming_and_the_document_title_and_council_prefix(papers_index, bm25_dir):
    lexical = LexicalIndex.load_or_build(papers_index.catalog, bm25_dir)
    # Hillingdon's passage never names Hillingdon, nor says "workforce": both come from its document.
    assert [c for c, _ in lexical.search("Hillingdon", 5)] == HILLINGDON.chunk_ids()
    assert lexical.search("workforce", 5)[0][0] == HILLINGDON.chunk_ids()[0]
    assert lexical.search("hubs opened", 5)[0][0] == TOWER_HAMLETS.chunk_ids()[0]  # "hubs", "opening"


def test_a_mask_keeps_only_the_allowed_rows(papers_index, bm25_dir):
    lexical = LexicalIndex.load_or_build(papers_index.catalog, bm25_dir)
    allowed = np.array([d == DORSET.doc_id for d in lexical.doc_ids])
    hits = lexical.search("lead inspector children's services", 10, allowed)
    assert hits and {c for c, _ in hits} <= set(DORSET.chunk_ids())
    assert lexical.search("lead inspector", 10, np.zeros(len(lexical), dtype=bool)) == []


def test_only_complete_documents_are_indexed(papers_index, bm25_dir):
    lexical = LexicalIndex.load_or_build(papers_index.catalog, bm25_dir)
    assert lexical.search("zanzibarite procurement", 5) == []
    assert not set(PENDING.chunk_ids()) & set(lexical.chunk_ids)


def test_nothing_to_match_gives_nothing(papers_index, bm25_dir, make_index, tmp_path):
    lexical = LexicalIndex.load_or_build(papers_index.catalog, bm25_dir)
    assert lexical.search("the and of it", 5) == []  # stopwords only
    assert lexical.search("", 5) == []
    assert lexical.search("xyzzy plugh", 5) == []  # no word in the vocabulary
    assert lexical.search("Merton", 0) == []
    empty = LexicalIndex.load_or_build(make_index().catalog, tmp_path / "empty")
    assert len(empty) == 0 and empty.search("Merton", 5) == []
    assert LexicalIndex.load(tmp_path / "empty") is not None  # an empty index is saved and loads too


def test_saved_at_its_generation_and_loaded_while_current(papers_index, bm25_dir):
    built = LexicalIndex.load_or_build(papers_index.catalog, bm25_dir)
    saved = _saved(bm25_dir)
    assert saved["generation"] == papers_index.catalog.generation() == built.generation
    loaded = LexicalIndex.load_or_build(papers_index.catalog, bm25_dir)
    assert _saved(bm25_dir) == saved  # loaded, not rebuilt
    assert loaded.chunk_ids == built.chunk_ids and not loaded.is_stale(papers_index.catalog)
    assert loaded.search("Section 20", 3) == built.search("Section 20", 3)


def test_rebuilt_when_the_catalogue_changes(make_index, bm25_dir):
    index = make_index(MERTON)
    first = LexicalIndex.load_or_build(index.catalog, bm25_dir)
    assert first.search("Section 20 accommodated", 5) == []
    add(index, CROYDON_SECTION_20)
    assert first.is_stale(index.catalog)
    second = LexicalIndex.load_or_build(index.catalog, bm25_dir)
    assert second.search("Section 20 accommodated", 5)[0][0] == CROYDON_SECTION_20.chunk_ids()[0]
    assert _saved(bm25_dir)["generation"] == index.catalog.generation()
    # The superseded version is gone; only the live one and its pointer remain.
    assert sorted(p.name for p in bm25_dir.iterdir()) == sorted(["CURRENT", _saved(bm25_dir)["path"]])

    index.catalog.remove([CROYDON_SECTION_20.doc_id])
    index.recover()
    third = LexicalIndex.load_or_build(index.catalog, bm25_dir)
    assert third.search("Section 20 accommodated", 5) == []
    assert not set(CROYDON_SECTION_20.chunk_ids()) & set(third.chunk_ids)


def test_an_unreadable_saved_index_is_rebuilt(papers_index, bm25_dir):
    LexicalIndex.load_or_build(papers_index.catalog, bm25_dir)
    (bm25_dir / "CURRENT").write_text("{not json")
    assert LexicalIndex.load(bm25_dir) is None
    rebuilt = LexicalIndex.load_or_build(papers_index.catalog, bm25_dir)
    assert rebuilt.search("Section 20", 1)[0][0] == CROYDON_SECTION_20.chunk_ids()[0]
    assert _saved(bm25_dir)["generation"] == papers_index.catalog.generation()


def test_an_unwritable_directory_still_searches(papers_index, tmp_path, caplog):
    blocked = tmp_path / "not-a-dir"
    blocked.write_text("")
    lexical = LexicalIndex.load_or_build(papers_index.catalog, blocked / "bm25")
    assert lexical.search("Section 20", 1)[0][0] == CROYDON_SECTION_20.chunk_ids()[0]
    assert "cannot save the BM25 index" in caplog.text


def test_a_passage_is_indexed_with_the_headings_it_sits_under():
    from retrieval.lexical import passage_text, tokenize

    text = passage_text("- Services to children out of hours.", CROYDON_OFSTED.meta,
                        ("Inspection of Croydon local authority children's services", "What needs to improve?"))
    words = set(tokenize([text])[0])
    assert {"croydon", "improv", "hour"} <= words


def test_a_passage_carries_its_meetings_committee_and_date_as_questions_say_them():
    from retrieval.lexical import passage_text, tokenize

    meeting = ("council", "committee", "date", "headings")
    text = passage_text("The Sub-Committee noted the figures.", CROYDON_CASELOADS.meta, ("Minutes:",), meeting)
    assert text.startswith("Croydon Children and Young People Scrutiny Sub-Committee 12 March 2019 ")
    assert {"scrutini", "march", "2019", "12", "note"} <= set(tokenize([text])[0])
    assert passage_text("Just the text.", CROYDON_CASELOADS.meta, ("Minutes:",), fields=()) == "Just the text."
    assert passage_text("No document.", None, ("Minutes:",), meeting) == "Minutes:\nNo document."


def test_the_meeting_named_by_date_finds_its_passage(papers_index, bm25_dir):
    fields = ("council", "committee", "date", "title", "headings")
    lexical = LexicalIndex.load_or_build(papers_index.catalog, bm25_dir, Bm25Params(fields=fields))
    # Croydon's and Hillingdon's minutes both speak of caseloads; only the date says which meeting is meant.
    assert lexical.search("caseloads in March 2019", 5)[0][0] == CROYDON_CASELOADS.chunk_ids()[0]
    assert lexical.search("caseloads in November 2017", 5)[0][0] == HILLINGDON.chunk_ids()[0]


def test_an_index_built_with_other_parameters_is_rebuilt(papers_index, bm25_dir):
    other = Bm25Params(k1=0.5, b=0.1, fields=("council",))
    LexicalIndex.load_or_build(papers_index.catalog, bm25_dir, other)
    assert _saved(bm25_dir)["params"] == {"k1": 0.5, "b": 0.1, "fields": ["council"]}
    assert LexicalIndex.load(bm25_dir, other) is not None and LexicalIndex.load(bm25_dir) is None
    rebuilt = LexicalIndex.load_or_build(papers_index.catalog, bm25_dir)
    assert rebuilt.params == Bm25Params() and LexicalIndex.load(bm25_dir) is not None


def test_irregular_forms_meet_in_one_stem():
    from retrieval.lexical import tokenize

    # "Who led the inspection?" must find "Lead inspector: ..."
    assert "lead" in tokenize(["Who led the inspection?"])[0]
    assert set(tokenize(["judgment"])[0]) == set(tokenize(["judgement"])[0])
