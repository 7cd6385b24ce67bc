"""Hybrid search on a real index: ranking, filters in every mode, latest, visibility, near-duplicates, reloads."""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import date

import numpy as np
import pytest

from retrieval.filters import infer_filters
from retrieval.passing import filters_to_where, matches
import retrieval.search as search_module
from retrieval.records import Filters
from retrieval.search import MODES, Fusion, Searcher, UnknownMode, fuse, jaccard
from tests.retrieval.papers import (
    COMPLETE,
    CROYDON_CASELOADS,
    CROYDON_OFSTED,
    CROYDON_SECTION_20,
    DORSET,
    HILLINGDON,
    KENT_UNDATED,
    MERTON,
    PENDING,
    TOWER_HAMLETS,
    add,
    begin,
)

pytestmark = pytest.mark.slow

BOILERPLATE = {MERTON.chunk_ids()[0], CROYDON_OFSTED.chunk_ids()[0], DORSET.chunk_ids()[0]}


def _docs(hits) -> list[str]:
    return [h.chunk.doc_id for h in hits]


def test_who_led_the_inspection_of_merton(searcher):
    question = "Who led the inspection of Merton in July 2025?"
    hits = searcher.search(question)
    # Merton's two passages lead; the short judgement one can outrank the one naming the lead inspector.
    assert _docs(hits[:2]) == [MERTON.doc_id, MERTON.doc_id]
    assert MERTON.chunk_ids()[0] in [h.chunk.chunk_id for h in hits[:2]]
    # The other councils' copies of the paragraph are near-duplicates of Merton's, so they are left out.
    assert not {CROYDON_OFSTED.chunk_ids()[0], DORSET.chunk_ids()[0]} & {h.chunk.chunk_id for h in hits}
    filters, query = infer_filters(question, date(2025, 11, 1))
    hits = searcher.search(query, filters)
    assert set(_docs(hits)) == {MERTON.doc_id}
    assert "Amanda Quist" in " ".join(h.chunk.text for h in hits)


@pytest.mark.parametrize("mode", MODES)
def test_a_council_filter_excludes_every_other_council(searcher, mode):
    query = "lead inspector caseloads children social workers"
    hits = searcher.search(query, Filters(council="Croydon"), k=8, mode=mode)
    assert hits
    assert {h.chunk.council for h in hits} == {"Croydon"}
    lbth = searcher.search("youth service caseloads inspection", Filters(council="LBTH"), k=8, mode=mode)
    assert _docs(lbth) == [TOWER_HAMLETS.doc_id]


@pytest.mark.parametrize("mode", MODES)
def test_a_committee_filter_matches_the_stored_name(searcher, mode):
    hits = searcher.search("caseloads Section 20", Filters(committee="children & young people scrutiny"), mode=mode)
    assert set(_docs(hits)) == {CROYDON_SECTION_20.doc_id, CROYDON_CASELOADS.doc_id}
    assert searcher.search("caseloads", Filters(committee="Planning Committee"), mode=mode) == []


@pytest.mark.parametrize("mode", MODES)
def test_dates_select_papers_whose_span_overlaps(searcher, mode):
    query = "lead inspector children's services inspection"
    # Dorset was inspected 3-7 March 2025: a window inside that span finds it; nothing else overlaps.
    inside = searcher.search(query, Filters(since=date(2025, 3, 5), until=date(2025, 3, 6)), mode=mode)
    assert set(_docs(inside)) == {DORSET.doc_id}
    assert searcher.search(query, Filters(since=date(2025, 3, 8), until=date(2025, 7, 6)), mode=mode) == []
    until = searcher.search("caseloads social workers", Filters(until=date(2018, 12, 31)), mode=mode)
    assert set(_docs(until)) <= {HILLINGDON.doc_id, CROYDON_SECTION_20.doc_id} and HILLINGDON.doc_id in _docs(until)
    since = searcher.search("caseloads social workers", Filters(since=date(2024, 12, 13)), k=8, mode=mode)
    assert set(_docs(since)) <= {MERTON.doc_id, CROYDON_OFSTED.doc_id, DORSET.doc_id}


@pytest.mark.parametrize("mode", MODES)
def test_latest_keeps_only_the_newest_matching_meeting(searcher, mode):
    query = "inspection judgement caseloads Section 20"
    assert set(_docs(searcher.search(query, Filters(latest=True), mode=mode))) == {MERTON.doc_id}
    croydon = searcher.search(query, Filters(council="Croydon", latest=True), mode=mode)
    assert set(_docs(croydon)) == {CROYDON_OFSTED.doc_id}
    minutes = searcher.search(query, Filters(council="Croydon", kind="minutes", latest=True), mode=mode)
    assert set(_docs(minutes)) == {CROYDON_CASELOADS.doc_id}
    assert searcher.search(query, Filters(council="Essex", latest=True), mode=mode) == []
    # Kent's only paper is undated: with no date to compare, "latest" leaves it in.
    assert set(_docs(searcher.search("school transport", Filters(council="Kent", latest=True), mode=mode))) == {
        KENT_UNDATED.doc_id
    }


@pytest.mark.parametrize("mode", MODES)
def test_a_pending_document_never_appears(searcher, mode):
    hits = searcher.search("zanzibarite procurement contract tender", k=20, mode=mode)
    assert PENDING.doc_id not in _docs(hits)
    assert PENDING.doc_id not in _docs(searcher.search("zanzibarite", Filters(council="Sutton"), mode=mode))


FILTER_GRID = [
    Filters(council="Croydon"),
    Filters(council="LBTH"),
    Filters(committee="scrutiny"),
    Filters(committee="Cabinet", kind="report"),
    Filters(kind="inspection report", since=date(2025, 1, 1)),
    Filters(since=date(2025, 3, 5), until=date(2025, 3, 6)),
    Filters(since=date(2024, 12, 13), until=date(2024, 12, 13)),
    Filters(since=date(2024, 12, 14), until=date(2025, 3, 2)),
    Filters(until=date(2018, 9, 18)),
    Filters(since=date(2019, 3, 12)),
    Filters(council="Kent", until=date(2030, 1, 1)),
    Filters(council="Kent", since=date(2000, 1, 1)),
    # Open to papers that do not record the field (and, for a council, to bodies of the same place).
    Filters(council="Kent", until=date(2030, 1, 1), or_unknown=True),
    Filters(council="Croydon", committee="scrutiny", or_unknown=True),
    Filters(since=date(2019, 3, 12), or_unknown=True),
]


@pytest.mark.parametrize("filters", FILTER_GRID, ids=repr)
def test_chroma_and_python_apply_filters_alike(papers_index, searcher, filters):
    snapshot = searcher._current()
    resolved = snapshot.resolve(filters)
    where = filters_to_where(resolved, snapshot.committees, snapshot.councils)
    every = papers_index.store.query(searcher.embed_query("children"), papers_index.store.count(), where)
    by_chroma = {h.chunk_id for h in every}
    chunks = papers_index.store.get([cid for paper in (*COMPLETE, PENDING) for cid in paper.chunk_ids()])
    by_python = {c.chunk_id for c in chunks if matches(resolved, c)}
    assert by_chroma == by_python
    assert {h.chunk.chunk_id for h in searcher.search("children", filters, k=50, mode="bm25")} <= by_python


@pytest.mark.parametrize("route", ["exact", "wide", "filtered"])
@pytest.mark.parametrize("filters", FILTER_GRID, ids=repr)
def test_every_route_of_filtered_dense_search_finds_what_chroma_filtering_does(
    papers_index, searcher, monkeypatch, route, filters
):
    """Few passing chunks are scored from their stored vectors; more, from a wide unfiltered query filtered in
    Python; Chroma filters only when that holds too few. Each route ranks the snapshot's chunks as Chroma does."""
    if route != "exact":
        monkeypatch.setattr(search_module, "_EXACT_SCAN", 0)
    if route == "filtered":
        monkeypatch.setattr(search_module, "_WIDE_QUERY", 1)  # one neighbour can never hold enough
    snapshot = searcher._current()
    selection = snapshot.select(snapshot.resolve(filters))
    query = searcher.embed_query("children in care")
    n = 4
    by_chroma = papers_index.store.query(query, 50, selection.where)
    expected = [h for h in by_chroma if h.chunk_id in snapshot.chunk_row]  # the pending paper's are never shown
    got = searcher._dense(query, n, selection, snapshot)
    # Chroma, filtering, may also return the pending paper's chunks (search never shows them).
    chroma_filters = route == "filtered" and selection.rows.size > 0
    assert len(got) == min(n, len(by_chroma if chroma_filters else expected))
    shown = [h for h in got if h.chunk_id in snapshot.chunk_row]
    assert [h.chunk_id for h in shown] == [h.chunk_id for h in expected[: len(shown)]]
    for mine, chroma in zip(shown, expected):
        assert mine.similarity == pytest.approx(chroma.similarity, abs=1e-5)


def test_stored_vectors_leave_out_unknown_ids(papers_index):
    ids = MERTON.chunk_ids()[:2]
    found, vectors = papers_index.store.stored_vectors([ids[1], "no-such-chunk", ids[0]])
    assert found == [ids[1], ids[0]] and vectors.shape == (2, papers_index.embedder.dimension)
    assert np.array_equal(vectors, papers_index.store.vectors([ids[1], ids[0]]))
    assert papers_index.store.stored_vectors(["no-such-chunk"])[0] == []
    with pytest.raises(KeyError):
        papers_index.store.vectors([ids[0], "no-such-chunk"])


def test_near_duplicate_passages_are_kept_once(searcher):
    chunks = {c.chunk_id: c for c in searcher.index.store.get(sorted(BOILERPLATE))}
    tokens = [frozenset(c.text.casefold().split()) for c in chunks.values()]
    assert len(tokens) == 3
    for mode in MODES:
        question = "What framework were the children's services inspections carried out under?"
        hits = searcher.search(question, k=8, mode=mode)
        assert len({h.chunk.chunk_id for h in hits} & BOILERPLATE) == 1, mode
    # Under a filter only one council's copy is a candidate, so it is the one returned.
    dorset = searcher.search("children's services inspection framework", Filters(council="Dorset"))
    assert dorset[0].chunk.chunk_id == DORSET.chunk_ids()[0]


def test_fusion_weighs_bm25s_ranks_and_breaks_ties_by_dense_rank():
    dense = [("a", "d1", 0.9), ("b", "d1", 0.8), ("c", "d2", 0.7)]
    lexical = [("c", "d2", 9.0), ("b", "d1", 5.0)]
    even = fuse(dense, lexical, Fusion(rrf_k=60, lexical_weight=1.0))
    assert [c.chunk_id for c in even] == ["c", "b", "a"]  # 1/63 + 1/61 > 1/62 + 1/62 > 1/61
    assert even[1].score == pytest.approx(2 / 62) and (even[1].dense_rank, even[1].lexical_rank) == (2, 2)
    assert even[2].lexical_rank is None and even[2].similarity == 0.9
    dense_first = fuse(dense, lexical, Fusion(rrf_k=1, lexical_weight=0.1))
    assert [c.chunk_id for c in dense_first] == ["a", "b", "c"]
    tied = fuse([("a", "d1", 0.9), ("b", "d1", 0.8)], [("b", "d1", 1.0), ("a", "d1", 1.0)], Fusion(lexical_weight=1.0))
    assert [c.chunk_id for c in tied] == ["a", "b"]


def test_jaccard():
    assert jaccard(frozenset("abc"), frozenset("abc")) == 1.0
    assert jaccard(frozenset("ab"), frozenset("cd")) == 0.0
    assert jaccard(frozenset(), frozenset()) == 1.0


def test_hits_carry_their_ranks_and_similarity(searcher):
    hits = searcher.search("Section 20 accommodated children", k=5)
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    top = hits[0]
    assert top.chunk.chunk_id == CROYDON_SECTION_20.chunk_ids()[0]
    assert top.dense_rank == 1 and top.lexical_rank == 1 and top.lexical_score > 0
    assert top.score == pytest.approx((1 + Fusion().lexical_weight) / (Fusion().rrf_k + 1))
    query = searcher.embed_query("Section 20 accommodated children")
    for mode in MODES:
        for hit in searcher.search("Section 20 accommodated children", k=5, mode=mode):
            vector = searcher.index.embedder.embed([hit.chunk.context])[0]
            assert hit.similarity == pytest.approx(float(vector @ query), abs=1e-3), mode
            if mode == "bm25":
                assert hit.dense_rank is None and hit.lexical_rank is not None
            if mode == "dense":
                assert hit.lexical_rank is None and hit.lexical_score == 0.0


class CountingEmbedder:
    """The real embedder, counting what it is asked to embed."""

    def __init__(self, real):
        self.real, self.queries, self.passages = real, 0, 0

    def embed_query(self, text):
        self.queries += 1
        return self.real.embed_query(text)

    def embed(self, texts):
        self.passages += len(texts)
        return self.real.embed(texts)


@pytest.fixture()
def counting(papers_index):
    """A searcher over the shared index whose embedder counts its calls."""
    embedder = CountingEmbedder(papers_index.embedder)
    return Searcher(replace(papers_index, embedder=embedder), papers_index.location.data_dir / "bm25"), embedder


def test_bm25_only_hits_take_their_similarity_from_the_stored_vectors(counting):
    searcher, embedder = counting
    hits = searcher.search("zanzibarite Hillingdon workforce", k=8, mode="bm25")
    assert _docs(hits) == [HILLINGDON.doc_id]
    assert -1.0 <= hits[0].similarity <= 1.0 and hits[0].similarity != 0.0
    assert (embedder.queries, embedder.passages) == (1, 0)  # the query only; no passage embedded again
    searcher.search("Section 20 accommodated children", k=8)
    assert (embedder.queries, embedder.passages) == (2, 0)


def test_floor_embeds_the_query_once(counting):
    searcher, embedder = counting
    assert len(searcher.floor("Section 20", k=3)) == 3
    assert (embedder.queries, embedder.passages) == (1, 0)


def test_one_question_embeds_its_query_once_for_all_its_searches(counting):
    searcher, embedder = counting
    with searcher.one_question():
        strict = searcher.search("Section 20 accommodated children", Filters(council="Croydon"))
        wide = searcher.search("Section 20 accommodated children", k=16)
    assert embedder.queries == 1 and strict and wide
    # Nothing is kept for the next question.
    searcher.search("Section 20 accommodated children")
    assert embedder.queries == 2
    assert [h.chunk.chunk_id for h in searcher.search("Section 20 accommodated children", k=16)] == [
        h.chunk.chunk_id for h in wide]


class CountingStore:
    """A chunk store that counts the passages and vectors read from it."""

    def __init__(self, real):
        self.real, self.read = real, 0

    def get(self, chunk_ids):
        self.read += len(chunk_ids)
        return self.real.get(chunk_ids)

    def stored_vectors(self, chunk_ids):
        self.read += len(chunk_ids)
        return self.real.stored_vectors(chunk_ids)

    def __getattr__(self, name):
        return getattr(self.real, name)


def test_a_passage_is_read_from_the_store_once_per_catalogue_generation(papers_index):
    store = CountingStore(papers_index.store)
    searcher = Searcher(replace(papers_index, store=store), papers_index.location.data_dir / "bm25")
    first = searcher.search("Section 20 accommodated children", k=8)
    read = store.read
    assert read >= len(first)
    again = searcher.search("Section 20 accommodated children", k=8)
    assert store.read == read and again == first  # the same passages, none read again


def test_edge_cases(searcher):
    with pytest.raises(UnknownMode):
        searcher.search("caseloads", mode="sparse")
    assert searcher.search("caseloads", k=0) == []
    assert searcher.search("   ") == []
    assert searcher.search("the of and", mode="bm25") == []  # stopwords only
    assert len(searcher.search("caseloads", k=3)) == 3


def test_safe_to_share_between_threads(searcher):
    questions = ["Section 20", "caseloads in Hillingdon", "youth hubs", "lead inspector Merton"] * 6
    expected = {q: [h.chunk.chunk_id for h in searcher.search(q)] for q in set(questions)}
    with ThreadPoolExecutor(max_workers=8) as pool:
        got = list(pool.map(lambda q: (q, [h.chunk.chunk_id for h in searcher.search(q)]), questions))
    assert all(ids == expected[q] for q, ids in got)


def test_follows_the_catalogue_through_removal_and_reingest(make_index):
    index = make_index(MERTON, CROYDON_SECTION_20, HILLINGDON)
    searcher = Searcher(index, index.location.data_dir / "bm25")
    section_20 = CROYDON_SECTION_20.chunk_ids()[0]
    for mode in MODES:
        assert section_20 in [h.chunk.chunk_id for h in searcher.search("Section 20 accommodated", mode=mode)]

    # Re-ingesting: pending again while its vectors are rewritten, so invisible though the generation is unchanged.
    begin(index, CROYDON_SECTION_20)
    for mode in MODES:
        assert CROYDON_SECTION_20.doc_id not in _docs(searcher.search("Section 20 accommodated", mode=mode))
    index.catalog.complete([CROYDON_SECTION_20.doc_id])
    assert searcher.search("Section 20 accommodated")[0].chunk.chunk_id == section_20

    # Removed: gone at once (its vectors linger until recover), and BM25 is rebuilt without it.
    index.catalog.remove([CROYDON_SECTION_20.doc_id])
    for mode in MODES:
        assert CROYDON_SECTION_20.doc_id not in _docs(searcher.search("Section 20 accommodated", mode=mode))
    index.recover()
    assert not searcher._current().lexical.is_stale(index.catalog)
    assert section_20 not in searcher._current().lexical.chunk_ids
    for mode in MODES:
        assert CROYDON_SECTION_20.doc_id not in _docs(searcher.search("Section 20 accommodated", mode=mode))

    # Added: found by a searcher that was already running.
    add(index, TOWER_HAMLETS)
    assert searcher.search("youth hubs", mode="bm25")[0].chunk.doc_id == TOWER_HAMLETS.doc_id


def test_queries_go_on_while_another_thread_reloads(make_index):
    index = make_index(HILLINGDON)
    searcher = Searcher(index, index.location.data_dir / "bm25")
    searcher.refresh()
    add(index, TOWER_HAMLETS)
    with searcher._lock:  # as if another thread were rebuilding BM25 for the new generation
        during = searcher.search("youth hubs", mode="bm25")
    assert TOWER_HAMLETS.doc_id not in _docs(during)  # the previous snapshot: not yet, and no waiting
    assert searcher.search("youth hubs", mode="bm25")[0].chunk.doc_id == TOWER_HAMLETS.doc_id


def test_an_empty_index(make_index):
    index = make_index()
    searcher = Searcher(index, index.location.data_dir / "bm25")
    for mode in MODES:
        assert searcher.search("caseloads", mode=mode) == []
    assert searcher.search("caseloads", Filters(latest=True)) == []


def test_selections_are_cached_per_filters(searcher):
    snapshot = searcher._current()
    searcher.search("caseloads", Filters(council="Croydon"))
    resolved = snapshot.resolve(Filters(council="croydon"))
    assert resolved.council == "Croydon" and resolved in snapshot.selections
    selection = snapshot.selections[resolved]
    assert selection.row_ok.dtype == np.bool_ and len(selection.row_ok) == len(snapshot.lexical)
    assert selection.doc_ok.sum() == 3  # Croydon's inspection and two sets of minutes
    assert selection.where == {"council": {"$eq": "Croydon"}}
    latest = snapshot.select(snapshot.resolve(Filters(council="Croydon", kind="minutes", latest=True)))
    assert latest.where == {
        "$and": [
            {"council": {"$eq": "Croydon"}},
            {"kind": {"$eq": "minutes"}},
            {"doc_id": {"$in": [CROYDON_CASELOADS.doc_id]}},
        ]
    }
    assert snapshot.select(Filters(council="Kent", latest=True)).where == {"council": {"$eq": "Kent"}}
