"""How a question's inferred filters weigh passages: the soft rank fusion and the notes."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from retrieval.records import Filters
from retrieval.scope import describe, open_filters, soft_ranked
from tests.retrieval.passages import hits, make_chunk

BASE = make_chunk("Councillor Jane Fox was elected Chair.", "kent", council="Kent", meeting_date=date(2012, 11, 6))


def _chunk(name: str, **fields):
    return replace(BASE, chunk_id=name, doc_id=name, **fields)


def test_soft_ranking_drops_what_is_neither_recorded_nor_admitted():
    strict = hits(_chunk("a"))
    wide = hits(_chunk("b", council=None), _chunk("c", council="Surrey"), _chunk("a"))
    ranked = soft_ranked(strict, wide, lambda h: h.chunk.council == "Kent", lambda h: h.chunk.council is None, k=5,
                         weight=1.0)
    assert [h.chunk.chunk_id for h in ranked] == ["a", "b"]


def test_the_weight_sets_how_an_admitted_paper_ranks_against_a_recorded_one():
    strict = hits(_chunk("a"))
    wide = hits(_chunk("b", council=None), _chunk("a"))
    order = lambda w: [h.chunk.chunk_id for h in soft_ranked(  # noqa: E731
        strict, wide, lambda h: h.chunk.council == "Kent", lambda h: h.chunk.council is None, k=5, weight=w)]
    assert order(0.5) == ["a", "b"]  # found by both searches, the recorded paper leads
    assert order(2.0) == ["b", "a"]  # counted in full, the paper the wider search ranks first leads
    assert order(0.0) == ["a"]


def test_soft_ranking_keeps_k():
    many = hits(*(_chunk(f"x{i}", council=None) for i in range(10)))
    assert len(soft_ranked([], many, lambda h: False, lambda h: True, k=3)) == 3


def test_filters_in_words():
    assert describe(Filters(council="Kent", since=date(2012, 11, 1), until=date(2012, 11, 30))) == (
        "council Kent, dated 1 November 2012 to 30 November 2012")
    assert open_filters(Filters(council="Kent")) == Filters(council="Kent", or_unknown=True)


def test_paper_kinds_in_words_are_plural_once():
    assert describe(Filters(kind="minutes")) == "minutes only"
    assert describe(Filters(kind="decision")) == "decisions only"


def test_a_paper_read_as_a_body_of_the_same_place_bears_on_the_question():
    from retrieval.scope import about

    venue_read = _chunk("w", council="Worcester", meeting_date=date(2016, 11, 10), source="papers/p.txt")
    assert about(venue_read, Filters(council="Worcestershire"))
    assert about(replace(venue_read, council="East Hertfordshire"), Filters(council="Hertfordshire Police and Crime Panel"))
    assert not about(replace(venue_read, council="Surrey"), Filters(council="Worcestershire"))
