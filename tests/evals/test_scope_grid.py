"""The filter-weight grid tunes on tuning sets only."""
from __future__ import annotations

from pathlib import Path

import pytest

from evals.gold import is_held_out
from evals.scope_grid import main


@pytest.mark.parametrize("name", ["holdout.jsonl", "councils_holdout.jsonl", "unseen5_questions.jsonl"])
def test_held_out_sets_are_refused(tmp_path, name):
    assert is_held_out(Path("evals") / name)
    with pytest.raises(SystemExit, match="held-out"):
        main(["--case", f"evals/{name}={tmp_path}"])


def test_tuning_sets_are_not_held_out():
    for name in ("gold.jsonl", "councils_tuning.jsonl", "unseen3_questions.jsonl", "unseen4_questions.jsonl"):
        assert not is_held_out(Path("evals") / name)
