"""The tuning grids (filter weight, BM25 and fusion) tune on tuning sets only."""
from __future__ import annotations

from pathlib import Path

import pytest

from evals.gold import is_held_out
from evals import retrieval_grid, scope_grid


@pytest.mark.parametrize("grid", [scope_grid, retrieval_grid])
@pytest.mark.parametrize("name", ["holdout.jsonl", "councils_holdout.jsonl", "unseen13_questions.jsonl"])
def test_held_out_sets_are_refused(tmp_path, grid, name):
    assert is_held_out(Path("evals") / name)
    with pytest.raises(SystemExit, match="held-out"):
        grid.main(["--case", f"evals/{name}={tmp_path}"])


def test_a_missing_data_dir_is_a_clear_error(tmp_path):
    with pytest.raises(SystemExit, match="existing data dir"):
        scope_grid.main(["--case", f"evals/gold.jsonl={tmp_path / 'absent'}"])


def test_tuning_sets_are_not_held_out():
    for name in ("gold.jsonl", "councils_tuning.jsonl", "unseen3_questions.jsonl", "unseen4_questions.jsonl",
                 "unseen5_questions.jsonl", "unseen6_questions.jsonl",
                 "unseen7_questions.jsonl", "unseen8_questions.jsonl", "unseen9_questions.jsonl",
                 "unseen10_questions.jsonl", "unseen11_questions.jsonl", "unseen12_questions.jsonl"):
        assert not is_held_out(Path("evals") / name)


def test_a_grid_writes_every_result_with_its_cases(tmp_path):
    import json

    from evals.gold import write_grid

    out = tmp_path / "reports" / "grid.json"
    write_grid(out, ["evals/gold.jsonl=/x"], [{"weight": 2.0, "recall@5": 0.9}])
    assert json.loads(out.read_text()) == {"cases": ["evals/gold.jsonl=/x"], "results": [{"weight": 2.0, "recall@5": 0.9}]}
    write_grid(None, [], [])  # no --out: nothing written
