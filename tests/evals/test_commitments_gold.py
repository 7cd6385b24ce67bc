"""Commitment extraction against the hand-labelled seed register, and the scorer's own arithmetic."""
from __future__ import annotations

from evals.commitments import SEEDS, Labelled, extract_folder, load_commitment_gold, same_commitment, score


def test_extraction_on_the_seed_papers_meets_the_issue_bar():
    result = score(extract_folder(SEEDS), load_commitment_gold())
    assert result.gold == 26
    assert result.precision >= 0.9 and result.recall >= 0.9, (result.missed, result.spurious)


def test_every_gold_commitment_is_verbatim_in_its_paper():
    for g in load_commitment_gold():
        paper = " ".join((SEEDS / g.doc).read_text(encoding="utf-8").split())
        assert " ".join(g.text.split()) in paper, g.text


def test_score_counts_each_gold_commitment_once_and_requires_the_same_kind():
    gold = [Labelled("a.txt", "resolution", "The report be noted."), Labelled("a.txt", "action", "Officers circulate figures.")]
    found = [
        Labelled("a.txt", "resolution", "the report be noted."),
        Labelled("a.txt", "resolution", "The report be noted"),  # a duplicate: spurious
        Labelled("a.txt", "undertaking", "Officers circulate figures."),  # wrong kind: spurious, and the action missed
    ]
    s = score(found, gold)
    assert (s.matched, s.precision, s.recall) == (1, 0.333, 0.5)
    assert s.by_kind["resolution"] == {"found": 2, "gold": 1, "precision": 0.5, "recall": 1.0}
    assert [m.kind for m in s.missed] == ["action"]


def test_same_commitment_needs_the_same_paper():
    a = Labelled("a.txt", "resolution", "The report be noted.")
    assert same_commitment(a, Labelled("a.txt", "resolution", "RESOLVED that the report be noted."))
    assert not same_commitment(a, Labelled("b.txt", "resolution", "The report be noted."))
