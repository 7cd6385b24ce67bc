"""The calibration script's labels, fits and threshold, on small made-up data."""
from __future__ import annotations

import numpy as np

from evals.calibrate import auc, choose_threshold, fit_logistic, fit_ranker, is_evidence, predict
from evals.gold import GoldQuestion
from evals.metrics import Evidence

_GOLD = GoldQuestion(
    id="t1", question="When did the meeting start?", kind="date", answerable=True,
    evidence=(Evidence("minutes.txt", "Meeting Commenced: 2.30pm Meeting Concluded: 4.38pm"),), required_facts=("2.30pm",),
)


def test_a_sentence_is_evidence_when_it_overlaps_a_gold_span_of_its_own_file():
    assert is_evidence("Meeting Commenced: 2.30pm Meeting Concluded: 4.38pm", "corpus/minutes.txt", _GOLD)
    assert is_evidence("held at the Town Hall. Meeting Commenced: 2.30pm Meeting Concluded: 4.38pm", "minutes.txt", _GOLD)
    assert not is_evidence("Meeting Commenced: 2.30pm Meeting Concluded: 4.38pm", "other.txt", _GOLD)
    assert not is_evidence("The Committee noted the report.", "minutes.txt", _GOLD)


def test_the_logistic_fit_separates_what_the_data_separates():
    rng = np.random.default_rng(0)
    x = rng.normal(size=(200, 2))
    y = (x[:, 0] > 0).astype(float)
    p = predict(fit_logistic(x, y), x)
    assert auc(p, y) > 0.95


def test_the_ranker_puts_each_questions_evidence_first():
    rng = np.random.default_rng(1)
    data = []
    for _ in range(30):
        x = rng.normal(size=(6, 2))
        y = np.zeros(6)
        y[int(np.argmax(x[:, 1]))] = 1.0  # the evidence is the sentence highest on the second feature
        data.append((x, y))
    model = fit_ranker(data)
    assert all(y[int(np.argmax(predict(model, x)))] == 1.0 for x, y in data)
    assert all(0.0 <= v <= 1.0 for x, _ in data for v in predict(model, x))


def test_the_threshold_refuses_at_most_a_tenth_of_the_answerable_questions():
    answerable = np.array([1.0] * 20 + [0.0] * 5)
    p = np.concatenate([np.linspace(0.3, 0.9, 20), np.linspace(0.1, 0.35, 5)])
    t = choose_threshold(p, answerable)
    assert (p[answerable == 1] < t).sum() <= 2
    assert (p[answerable == 0] < t).sum() >= 3


def test_held_out_questions_are_never_fitted_on(tmp_path):
    import pickle

    import pytest

    from evals.calibrate import Case, main

    cache = tmp_path / "held.pkl"
    cache.write_bytes(pickle.dumps([Case("councils_holdout", _GOLD, _GOLD.question, None, (), False)]))
    with pytest.raises(SystemExit, match="held-out questions in a --cache"):
        main(["fit", "--cache", str(cache), "--dry-run"])
