"""The council question sets: their shape, the split by council, and every span verbatim in its paper."""
from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from evals.gold import GOLD, GoldQuestion, load_gold
from evals.metrics import normalise

SETS = {"tuning": GOLD.parent / "councils_tuning.jsonl", "holdout": GOLD.parent / "councils_holdout.jsonl"}
PREFIX = {"tuning": "t", "holdout": "u"}
KINDS = {"fact", "list", "number", "name", "date", "commitment", "follow-up", "time-scoped", "unanswerable"}
_WS = re.compile(r"\s+")


def _squash(text: str) -> str:
    return _WS.sub(" ", text).strip()


def _side(slug: str) -> str:
    """The split rule: a council's slug goes to the held-out set when its SHA-1, read as a number, is odd."""
    return "holdout" if int(hashlib.sha1(slug.encode()).hexdigest(), 16) % 2 else "tuning"


def _slugs(q: GoldQuestion) -> set[str]:
    return {e.file.split("_")[0] for e in q.evidence}


@pytest.mark.parametrize("name", sorted(SETS))
def test_each_set_is_well_formed(name: str):
    qs = load_gold(SETS[name])
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


@pytest.mark.parametrize("name", sorted(SETS))
def test_every_span_is_verbatim_in_its_paper_and_every_fact_is_backed(name: str, shared_corpus: Path):
    folder = shared_corpus / "councils"
    for q in load_gold(SETS[name]):
        for e in q.evidence:
            path = folder / e.file
            assert path.is_file(), f"{q.id}: no such paper {e.file}"
            assert _squash(e.text) in _squash(path.read_text(encoding="utf-8")), f"{q.id}: not verbatim: {e.text[:80]}"
        backing = normalise(" ".join([*(e.text for e in q.evidence), q.reference or ""]))
        assert all(normalise(f) in backing for f in q.required_facts), q.id
