"""The council question sets and the unseen3-13 sets: shape, split by council, every span verbatim in its paper."""
from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest

from evals.gold import GOLD, GoldQuestion, load_gold
from evals.metrics import normalise

SETS = {"tuning": GOLD.parent / "councils_tuning.jsonl", "holdout": GOLD.parent / "councils_holdout.jsonl"}
UNSEEN3 = GOLD.parent / "unseen3_questions.jsonl"  # over evals/unseen3/papers, which are in the repo
UNSEEN3_DIR = GOLD.parent / "unseen3"
UNSEEN = {
    "unseen3": (UNSEEN3, UNSEEN3_DIR),
    "unseen4": (GOLD.parent / "unseen4_questions.jsonl", GOLD.parent / "unseen4"),
    "unseen5": (GOLD.parent / "unseen5_questions.jsonl", GOLD.parent / "unseen5"),
    "unseen6": (GOLD.parent / "unseen6_questions.jsonl", GOLD.parent / "unseen6"),
    "unseen7": (GOLD.parent / "unseen7_questions.jsonl", GOLD.parent / "unseen7"),
    "unseen8": (GOLD.parent / "unseen8_questions.jsonl", GOLD.parent / "unseen8"),
    "unseen9": (GOLD.parent / "unseen9_questions.jsonl", GOLD.parent / "unseen9"),
    "unseen10": (GOLD.parent / "unseen10_questions.jsonl", GOLD.parent / "unseen10"),
    "unseen11": (GOLD.parent / "unseen11_questions.jsonl", GOLD.parent / "unseen11"),
    "unseen12": (GOLD.parent / "unseen12_questions.jsonl", GOLD.parent / "unseen12"),
    "unseen13": (GOLD.parent / "unseen13_questions.jsonl", GOLD.parent / "unseen13"),
}
PREFIX = {
    "tuning": "t", "holdout": "u", "unseen3": "n", "unseen4": "m", "unseen5": "f", "unseen6": "s", "unseen7": "v", "unseen8": "w", "unseen9": "x",
    "unseen10": "y", "unseen11": "z", "unseen12": "q", "unseen13": "k",
}
PATHS = {**SETS, **{name: path for name, (path, _) in UNSEEN.items()}}
KINDS = {"fact", "list", "number", "name", "date", "commitment", "follow-up", "time-scoped", "unanswerable"}
_WS = re.compile(r"\s+")


def _squash(text: str) -> str:
    return _WS.sub(" ", text).strip()


def _side(slug: str) -> str:
    """The split rule: a council's slug goes to the held-out set when its SHA-1, read as a number, is odd."""
    return "holdout" if int(hashlib.sha1(slug.encode()).hexdigest(), 16) % 2 else "tuning"


def _slugs(q: GoldQuestion) -> set[str]:
    return {e.file.split("_")[0] for e in q.evidence}


@pytest.mark.parametrize("name", sorted(PATHS))
def test_each_set_is_well_formed(name: str):
    qs = load_gold(PATHS[name])
    assert len(qs) >= 55 and len({q.id for q in qs}) == len(qs)
    assert all(re.fullmatch(PREFIX[name] + r"\d{3}", q.id) for q in qs)
    assert {q.kind for q in qs} <= KINDS
    assert sum(not q.answerable for q in qs) >= 10
    for q in qs:
        assert q.answerable == (q.kind != "unanswerable"), q.id
        assert bool(q.evidence and q.required_facts) == q.answerable, q.id
        assert bool(q.history) == (q.kind == "follow-up"), q.id
        assert q.reference, q.id


def test_the_sets_are_split_by_council_and_share_no_question():
    tuning, holdout = load_gold(SETS["tuning"]), load_gold(SETS["holdout"])
    for name, qs in (("tuning", tuning), ("holdout", holdout)):
        slugs = set().union(*(_slugs(q) for q in qs))
        assert len(slugs) >= 20, name
        assert {_side(s) for s in slugs} == {name}, name
    assert not {normalise(q.question) for q in tuning} & {normalise(q.question) for q in holdout}


def _check_spans_and_facts(qs: list[GoldQuestion], folder: Path, once: bool = False) -> None:
    """Every span is in its paper (exactly once when `once`), and every required fact is in a span or the reference."""
    for q in qs:
        for e in q.evidence:
            path = folder / e.file
            assert path.is_file(), f"{q.id}: no such paper {e.file}"
            found = _squash(path.read_text(encoding="utf-8")).count(_squash(e.text))
            assert (found == 1) if once else (found >= 1), f"{q.id}: not verbatim (or not once): {e.text[:80]}"
        backing = normalise(" ".join([*(e.text for e in q.evidence), q.reference or ""]))
        assert all(normalise(f) in backing for f in q.required_facts), q.id


@pytest.mark.parametrize("name", sorted(SETS))
def test_every_span_is_verbatim_in_its_paper_and_every_fact_is_backed(name: str, shared_corpus: Path):
    _check_spans_and_facts(load_gold(SETS[name]), shared_corpus / "councils")


@pytest.mark.parametrize("name", sorted(UNSEEN))
def test_unseen_spans_occur_once_in_the_repo_papers_and_every_fact_is_backed(name: str):
    path, folder = UNSEEN[name]
    _check_spans_and_facts(load_gold(path), folder / "papers", once=True)


@pytest.mark.parametrize("name", sorted(UNSEEN))
def test_unseen_covers_25_bodies_with_20_unanswerable_and_shares_no_question(name: str):
    """Each unseen set's brief: 100+ questions, 20+ unanswerable, 20+ bodies (25+ for unseen3), new questions only."""
    path, folder = UNSEEN[name]
    qs = load_gold(path)
    labels = (folder / "meta_heldout.jsonl").read_text(encoding="utf-8").splitlines()
    body = {r["file"]: r["council"] for r in map(json.loads, labels)}
    assert len(qs) >= 100 and sum(not q.answerable for q in qs) >= 20
    assert len({body[e.file] for q in qs for e in q.evidence}) >= (25 if name == "unseen3" else 20)
    others = [p for n, p in PATHS.items() if n != name]
    older = {normalise(q.question) for p in others for q in load_gold(p)}
    assert not {normalise(q.question) for q in qs} & older
