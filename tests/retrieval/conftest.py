"""Retrieval fixtures: small real indexes of the hand-written papers in `papers`, and a searcher over one."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from ingest.index import Index, IndexLocation, open_index
from tests.retrieval.papers import COMPLETE, PENDING, Paper, add, begin


@pytest.fixture(scope="session")
def make_index(tmp_path_factory, embedder) -> Callable[..., Index]:
    """Open a fresh index in its own temp dir holding the given papers (closed at the end of the session)."""
    opened: list[Index] = []

    def make(*papers: Paper, pending: tuple[Paper, ...] = ()) -> Index:
        index = open_index(IndexLocation(tmp_path_factory.mktemp("index")), embedder)
        opened.append(index)
        if papers:
            add(index, *papers)
        for paper in pending:
            begin(index, paper)
        return index

    yield make
    for index in opened:
        index.close()


@pytest.fixture(scope="session")
def papers_index(make_index) -> Index:
    """The shared index: every complete paper, and the pending one. Tests must not write to it."""
    return make_index(*COMPLETE, pending=(PENDING,))


@pytest.fixture(scope="session")
def searcher(papers_index: Index):
    """One searcher over the shared index, as the API holds one."""
    from retrieval.search import Searcher

    return Searcher(papers_index, papers_index.location.data_dir / "bm25")


@pytest.fixture()
def bm25_dir(tmp_path: Path) -> Path:
    """A fresh directory for a BM25 index."""
    return tmp_path / "bm25"
