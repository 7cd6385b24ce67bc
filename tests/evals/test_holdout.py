"""The held-out gold set: its shape, and every evidence span found verbatim in Clerk's parsed text of its document."""
from __future__ import annotations

import re
from collections import defaultdict
from functools import cache
from pathlib import Path

import pytest

from evals.gold import GOLD, load_gold
from evals.metrics import normalise
from ingest.formats import parse_file

HOLDOUT = GOLD.parent / "holdout.jsonl"
DEMO_CORPUS = Path(__file__).resolve().parents[2] / "corpus"
KINDS = {"fact", "list", "number", "name", "date", "commitment", "follow-up", "time-scoped", "unanswerable"}
_WS = re.compile(r"\s+")


def _squash(text: str) -> str:
    return _WS.sub(" ", text).strip()


def _spans_by_file() -> dict[str, list[tuple[str, str, tuple[str, ...]]]]:
    """file -> (question id, span, required facts) for every evidence span in the holdout set."""
    out = defaultdict(list)
    for q in load_gold(HOLDOUT):
        for e in q.evidence:
            out[e.file].append((q.id, e.text, q.required_facts))
    return dict(out)


@cache
def _parsed_text(path: Path) -> str:
    """A document's text as Clerk ingests it (the parts of a file joined), whitespace collapsed."""
    return _squash("\n\n".join(part.text for part in parse_file(path, path.read_bytes())))


def test_the_holdout_set_is_well_formed_and_separate_from_the_tuning_set():
    holdout, tuning = load_gold(HOLDOUT), load_gold()
    assert len(holdout) >= 30 and len({q.id for q in holdout}) == len(holdout)
    assert not {q.id for q in holdout} & {q.id for q in tuning}
    assert not {normalise(q.question) for q in holdout} & {normalise(q.question) for q in tuning}
    assert {q.kind for q in holdout} <= KINDS and {"follow-up", "time-scoped", "commitment", "list"} <= {q.kind for q in holdout}
    assert sum(not q.answerable for q in holdout) >= 6
    for q in holdout:
        assert q.answerable == (q.kind != "unanswerable"), q.id
        assert bool(q.evidence and q.required_facts) == q.answerable, q.id
        assert bool(q.history) == (q.kind == "follow-up"), q.id
        assert q.reference, q.id


def _path(file: str, request) -> Path:
    """The document in corpus/, else in the shared corpus (skipping the test when that is absent)."""
    found = sorted(DEMO_CORPUS.rglob(file))
    path = found[0] if found else request.getfixturevalue("all_ofsted_reports") / file
    assert path.is_file(), f"{file} is in neither corpus/ nor the shared corpus"
    return path


def _in_demo(file: str) -> bool:
    return any(DEMO_CORPUS.rglob(file))


def _assert_spans_verbatim(file: str, path: Path) -> None:
    text = _parsed_text(path)
    for qid, span, _ in _spans_by_file()[file]:
        assert _squash(span) in text, f"{qid}: not verbatim in {file}: {span[:80]}"


@pytest.mark.parametrize("file", sorted(f for f in _spans_by_file() if _in_demo(f)))
def test_every_span_is_verbatim_in_the_parsed_document(file: str, request):
    _assert_spans_verbatim(file, _path(file, request))


def test_every_span_in_the_shared_reports_is_verbatim(request):
    """The questions on Ofsted reports the demo corpus lacks: one test, skipped as one without ../shared."""
    for file in sorted(f for f in _spans_by_file() if not _in_demo(f)):
        _assert_spans_verbatim(file, _path(file, request))


def test_every_required_fact_is_in_an_evidence_span_or_its_document(request):
    for q in load_gold(HOLDOUT):
        spans = normalise(" ".join(e.text for e in q.evidence))
        missing = [f for f in q.required_facts if normalise(f) not in spans]
        if not missing:
            continue
        try:
            paths = [_path(e.file, request) for e in q.evidence]
        except pytest.skip.Exception:
            continue  # a shared-corpus document, and no shared corpus here
        assert all(normalise(f) in normalise(" ".join(_parsed_text(p) for p in paths)) for f in missing), (q.id, missing)
