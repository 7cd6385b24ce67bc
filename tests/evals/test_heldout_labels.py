"""The held-out metadata label files (evals/unseen*/meta_heldout.jsonl): well-formed, and every paper present."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

EVALS = Path(__file__).resolve().parents[2] / "evals"
LABEL_FILES = sorted(EVALS.glob("unseen*/meta_heldout.jsonl"))
KINDS = {"minutes", "agenda", "decision", "report", "other"}
FIELDS = {"council", "committee", "meeting_date"}


def test_every_held_out_set_is_found():
    assert {p.parent.name for p in LABEL_FILES} >= {"unseen", "unseen2", "unseen3"}


@pytest.mark.parametrize("labels", LABEL_FILES, ids=lambda p: p.parent.name)
def test_labels_parse_and_name_one_paper_each(labels: Path):
    rows = [json.loads(line) for line in labels.read_text(encoding="utf-8").splitlines() if line.strip()]
    papers = labels.parent / "papers"
    assert len({r["file"] for r in rows}) == len(rows) >= 35
    assert {r["file"] for r in rows} == {p.name for p in papers.iterdir()}
    for r in rows:
        assert r["council"] and r["committee"] and r["kind"] in KINDS, r["file"]
        assert r["meeting_date"] is None or date.fromisoformat(r["meeting_date"]), r["file"]
        assert set(r["stated_in_text"]) == FIELDS and all(isinstance(v, bool) for v in r["stated_in_text"].values()), r["file"]
        assert not (r["meeting_date"] is None and r["stated_in_text"]["meeting_date"]), r["file"]
