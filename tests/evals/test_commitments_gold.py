"""Commitment extraction against the hand-labelled seed register, and the scorer's own arithmetic."""
from __future__ import annotations

import re

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
    assert s.by_kind["resolution"] == {"found": 2, "gold": 1, "precision": 0.5, "recall": 1.0, "actor": 1.0, "due": 1.0}
    assert [m.kind for m in s.missed] == ["action"]


def test_same_commitment_needs_the_same_paper():
    a = Labelled("a.txt", "resolution", "The report be noted.")
    assert same_commitment(a, Labelled("a.txt", "resolution", "RESOLVED that the report be noted."))
    assert not same_commitment(a, Labelled("b.txt", "resolution", "The report be noted."))


def test_actors_agree_articles_aside_and_when_one_names_the_other():
    from evals.commitments import _same_actor

    assert _same_actor("the Committee", "the Transport Committee")
    assert _same_actor("Transport Committee", "the Transport Committee")
    assert not _same_actor("the Cabinet", "the Committee")
    assert _same_actor(None, None) and not _same_actor("officers", None)


def test_a_split_gold_set_reads_its_splits_papers_only(tmp_path):
    from evals.commitments import papers, split_of

    names = ["alpha_2020-01-01_minutes.txt", "beta_2020-01-01_minutes.txt", "gamma_2020-01-01_minutes.txt", "SOURCES.md"]
    for name in names:
        (tmp_path / name).write_text("Minutes:\n\nRESOLVED – That the report be noted.\n", encoding="utf-8")
    split = split_of(names[0])
    gold = [Labelled(names[0], "resolution", "the report be noted", split=split)]
    expected = [n for n in names[:3] if split_of(n) == split]
    assert [p.name for p in papers(tmp_path, gold)] == expected
    assert [p.name for p in papers(tmp_path)] == names[:3]  # no split named: every paper, never SOURCES.md


def test_each_register_split_reads_its_own_councils_papers_and_every_gold_row_is_in_its_paper(shared_corpus):
    from pathlib import Path

    from evals.commitments import papers

    councils = shared_corpus / "councils"
    evals = Path(__file__).resolve().parents[2] / "evals"
    read = {}
    for name, expected in (("register_tuning.jsonl", 24), ("register_holdout.jsonl", 29)):
        gold = load_commitment_gold(evals / name)
        read[name] = {p.name for p in papers(councils, gold)}
        assert len(read[name]) == expected and "SOURCES.md" not in read[name]
        for g in gold:
            paper = " ".join((councils / g.doc).read_text(encoding="utf-8").split())
            assert g.doc in read[name]
            assert " ".join(g.text.split())[:40] in paper, g.text
    assert not read["register_tuning.jsonl"] & read["register_holdout.jsonl"]


def test_a_gold_split_of_its_own_folder_reads_every_paper_in_it(tmp_path):
    from evals.commitments import papers

    names = ["alpha_2020-01-01_minutes.txt", "beta_2020-01-01_minutes.txt", "report.pdf", "SOURCES.md"]
    for name in names:
        (tmp_path / name).write_text("Minutes:\n\nRESOLVED – That the report be noted.\n", encoding="utf-8")
    gold = [Labelled(names[0], "resolution", "the report be noted", split="tuning-unseen")]
    assert [p.name for p in papers(tmp_path, gold)] == sorted(names[:3])


def test_every_unseen_tuning_row_names_a_paper_of_the_unseen_folder_and_is_in_its_text():
    from pathlib import Path

    from evals.commitments import papers
    from ingest.formats import parse_file

    evals = Path(__file__).resolve().parents[2] / "evals"
    gold = load_commitment_gold(evals / "register_tuning_unseen.jsonl")
    folder = evals / "unseen" / "papers"
    read = {p.name: p for p in papers(folder, gold)}
    assert len(read) == 40 and len(gold) == 97
    words = lambda t: " ".join(re.findall(r"[a-z0-9]+", t.lower()))  # noqa: E731
    texts = {}
    for g in gold:
        path = read[g.doc]
        if g.doc not in texts:
            texts[g.doc] = words(" ".join(p.text for p in parse_file(path, path.read_bytes())))
        assert words(g.text) in texts[g.doc], g.text


def test_every_unseen4_tuning_row_names_a_paper_of_its_folder_and_is_in_its_text():
    from pathlib import Path

    from evals.commitments import papers

    evals = Path(__file__).resolve().parents[2] / "evals"
    gold = load_commitment_gold(evals / "register_tuning_unseen4.jsonl")
    read = {p.name: p for p in papers(evals / "unseen4" / "papers", gold)}
    assert len(read) == 40 and len(gold) == 46 and {g.split for g in gold} == {"tuning-unseen4"}
    words = lambda t: " ".join(re.findall(r"[a-z0-9]+", t.lower()))  # noqa: E731
    for g in gold:
        assert words(g.text) in words(read[g.doc].read_text(encoding="utf-8")), g.text
