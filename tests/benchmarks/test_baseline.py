"""The afternoon baseline: LangChain's 1000/200 character chunks, dense and BM25 rankings, and their fusion."""
from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.baseline import CHUNK_OVERLAP, CHUNK_SIZE, Baseline, fuse, split
from ingest.formats import parse_file

# Distinct words, so that where one chunk's text reappears in the next is unambiguous.
LONG = " ".join(f"item{n:04d}" for n in range(600))  # 5,399 characters, one paragraph

PAPERS = {
    "library.txt": "The refurbishment of Elm Street library will cost 2.4 million pounds and the library reopens in "
                   "spring.",
    "hours.txt": "Opening hours: the central library opens at nine on weekdays and at ten on Saturdays.",
    "parking.txt": "Parking charges in the town centre car parks will rise by twenty pence from April.",
    "long.txt": LONG,
}


def _overlap(before: str, after: str) -> int:
    """Length of the longest end of `before` that `after` starts with."""
    return max((n for n in range(1, min(len(before), len(after)) + 1) if after.startswith(before[-n:])), default=0)


def test_long_text_is_cut_into_chunks_of_at_most_1000_characters_each_repeating_up_to_200_of_the_last():
    chunks = split(LONG)
    assert len(chunks) == 7
    assert all(len(c) <= CHUNK_SIZE for c in chunks)
    assert all(len(c) > CHUNK_SIZE - 20 for c in chunks[:-1])  # full but for a word's width
    for before, after in zip(chunks, chunks[1:]):
        assert CHUNK_OVERLAP - 20 < _overlap(before, after) <= CHUNK_OVERLAP
    assert set(" ".join(chunks).split()) == set(LONG.split())


def test_short_text_is_one_chunk_and_paragraphs_are_split_between_not_within():
    assert split("A short paper.") == ["A short paper."]
    paragraphs = [f"Paragraph {n}. " + "word " * 120 for n in range(4)]  # about 630 characters each
    chunks = split("\n\n".join(p.strip() for p in paragraphs))
    assert chunks == [p.strip() for p in paragraphs]


def test_fusion_puts_first_what_both_rankings_hold_over_what_one_ranks_first():
    assert fuse([[1, 2, 3], [4, 2, 5]]) == [2, 1, 4, 3, 5]
    assert fuse([[7], []]) == [7]
    assert fuse([[1, 2], [2, 1]])[0] == 1  # a tie goes to the first ranking's order


@pytest.mark.slow
def test_real_run_over_parsed_papers(tmp_path: Path, embedder):
    for name, text in PAPERS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    docs = []
    for path in sorted(tmp_path.iterdir()):
        (part,) = parse_file(path, path.read_bytes())
        docs.append((path.stem, str(path), part.text))
    baseline = Baseline(docs, embedder)

    long_chunks = [p.text for p in baseline.passages if p.doc_id == "long"]
    assert long_chunks == split(LONG)
    assert [p.doc_id for p in baseline.passages if p.doc_id != "long"] == ["hours", "library", "parking"]

    question = "How much will the Elm Street library refurbishment cost?"
    library = next(i for i, p in enumerate(baseline.passages) if p.doc_id == "library")
    dense, lexical = baseline.dense(question), baseline.lexical(question)
    assert dense[0] == library and lexical[0] == library  # both retrievers like it best
    top = baseline.search(question, "rrf")
    assert top[0].doc_id == "library" and top[0].source.endswith("library.txt")
    assert len(top) == 5
    # BM25 leaves out passages sharing no term with the question; dense ranks every passage.
    assert [baseline.passages[i].doc_id for i in lexical] == ["library", "hours"]
    assert len(dense) == len(baseline.passages)
    with pytest.raises(ValueError):
        baseline.search(question, "colbert")
