"""The CI gate: the gold set over the demo corpus must hold every limit in evals/thresholds.toml."""
from __future__ import annotations

from pathlib import Path

import pytest

from evals.gold import load_gold
from evals.runner import InProcess, run, summarise
from evals.thresholds import ThresholdError, broken, load_thresholds


def test_a_lowered_metric_breaks_its_limit():
    limits = {"fact_accuracy": {"min": 0.72}, "false_refusal_rate": {"max": 0.16}}
    assert broken({"fact_accuracy": 0.80, "false_refusal_rate": 0.10}, limits) == []
    assert broken({"fact_accuracy": 0.70, "false_refusal_rate": 0.10}, limits) == ["fact_accuracy = 0.700, below the floor 0.720"]
    assert broken({"fact_accuracy": 0.80, "false_refusal_rate": 0.20}, limits) == ["false_refusal_rate = 0.200, above the ceiling 0.160"]
    assert broken({}, {"mrr": {"min": 0.5}}) == ["mrr: not measured"]


def test_the_thresholds_file_reads_and_a_missing_profile_is_a_clear_error(tmp_path: Path):
    limits = load_thresholds()
    assert limits["quote_verbatim"] == {"min": 1.0} and "recall@5" in limits
    with pytest.raises(ThresholdError, match=r"no \[nightly\] profile"):
        load_thresholds(profile="nightly")
    bad = tmp_path / "t.toml"
    bad.write_text("[demo\n")
    with pytest.raises(ThresholdError, match="cannot read"):
        load_thresholds(bad)


@pytest.mark.slow
def test_the_demo_corpus_holds_every_threshold(tmp_path: Path, demo_corpus: Path, embedder):
    from api.runtime import build_runtime
    from api.settings import Settings
    from ingest.index import IndexLocation, open_index
    from ingest.pipeline import Ingester

    index = open_index(IndexLocation(tmp_path), embedder)
    assert not Ingester(index).run([demo_corpus]).failed
    index.close()
    runtime = build_runtime(Settings(data_dir=tmp_path))
    try:
        summary = summarise(run(load_gold(), InProcess(runtime.clerk, runtime.index.catalog)))
    finally:
        runtime.close()
    limits = load_thresholds()
    assert broken(summary, limits) == [], summary
    # The gate bites: the same run with its fact accuracy a fifth lower fails.
    assert broken({**summary, "fact_accuracy": summary["fact_accuracy"] - 0.2}, limits)
