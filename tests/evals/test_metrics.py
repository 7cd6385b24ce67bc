"""The eval metrics against values computed by hand."""
from __future__ import annotations

import math

import pytest

from evals import metrics as m
from evals.gold import GoldQuestion, load_gold
from evals.runner import score, summarise

EV = [m.Evidence("a.txt", "At the end of July there were 1800 cases in the Assessment Service"),
      m.Evidence("a.txt", "which had now been reduced to 1300")]


def test_a_span_is_held_verbatim_or_by_most_of_its_words_in_the_same_file():
    assert m.holds("At the end of July there were 1,800 cases in the Assessment  Service, which", "x/a.txt", EV[0])
    assert m.holds("there were 1800 cases in the Assessment Service (July)", "a.txt", EV[0])  # 9 of 12 words
    assert not m.holds("At the end of July there were 1800 cases in the Assessment Service", "b.txt", EV[0])
    assert not m.holds("There were cases.", "a.txt", EV[0])


def test_ranking_metrics_by_hand():
    rel = [set(), {1}, set(), {0, 1}, set()]
    assert m.recall_at_k(rel, 2, 2) == 0.5 and m.recall_at_k(rel, 2, 5) == 1.0
    assert m.hit_at_k(rel, 1) == 0.0 and m.hit_at_k(rel, 2) == 1.0
    assert m.reciprocal_rank(rel) == 0.5
    dcg = 1 / math.log2(3) + 1 / math.log2(5)
    ideal = 1 / math.log2(2) + 1 / math.log2(3)
    assert m.ndcg_at_k(rel, 2, 10) == pytest.approx(dcg / ideal)
    assert m.ndcg_at_k([set()] * 3, 2) == 0.0 and m.recall_at_k([], 0, 5) == 0.0
    # Three overlapping passages holding the one span: a copy adds nothing, so a perfect ranking scores 1, not 2.1.
    assert m.ndcg_at_k([{0}, {0}, {0}], 1) == 1.0
    assert m.ndcg_at_k([set(), {0}, {0}], 1) == pytest.approx(1 / math.log2(3))


def test_facts_quotes_and_percentiles_by_hand():
    assert m.fact_share("There were 1,800 cases; now 1300 [1].", ["1800", "1300", "Camden"]) == pytest.approx(2 / 3)
    assert m.fact_share("anything", []) == 1.0
    assert m.quote_is_verbatim("reduced to\n1300", "which had now been reduced to 1300.")
    assert not m.quote_is_verbatim("reduced to 1200", "which had now been reduced to 1300.")
    assert not m.quote_is_verbatim("  ", "text")
    assert m.percentile([10, 20, 30, 40], 50) == 25 and m.percentile([10, 20, 30, 40], 95) == pytest.approx(38.5)
    assert m.percentile([], 50) == 0.0


def test_refusal_counts_by_hand():
    counts = m.refusal_counts([(False, True), (False, False), (True, True), (True, False), (True, False), (False, True)])
    assert (counts.refused_unanswerable, counts.answered_unanswerable, counts.refused_answerable, counts.answered_answerable) == (2, 1, 1, 2)
    assert counts.precision == pytest.approx(2 / 3) and counts.recall == pytest.approx(2 / 3)
    assert counts.false_refusal_rate == pytest.approx(1 / 3)


def _payload(answer: str, refused: bool, quote: str) -> dict:
    ctx = {"chunk_id": "c1", "doc_id": "d1", "source": "corpus/a.txt", "text": "At the end of July there were 1800 cases in "
           "the Assessment Service, which had now been reduced to 1300."}
    cit = {"n": 1, "chunk_id": "c1", "doc_id": "d1", "source": "corpus/a.txt", "quote": quote}
    return {"answer": answer, "refused": refused, "contexts": [ctx], "citations": [cit]}


def test_scoring_one_answer_and_the_summary():
    text = {"d1": "At the end of July there were 1800 cases in the Assessment Service, which had now been reduced to 1300."}
    q = GoldQuestion("q1", "How many cases?", "number", True, tuple(EV), ("1800", "1300"))
    good = score(q, _payload("There were 1800, now 1300 [1].", False, "which had now been reduced to 1300"), 0.02, text.get)
    assert (good.recall, good.hit, good.reciprocal_rank, good.facts, good.relevant_citations, good.verbatim_quotes) == (1, 1, 1, 1, 1, 1)
    assert good.problems == ()
    bad = score(q, _payload("The papers don't say.", True, "invented words"), 0.04, text.get)
    assert bad.facts == 0 and "refused an answerable question" in bad.problems and bad.verbatim_quotes == 0
    unanswerable = GoldQuestion("q2", "Budget?", "unanswerable", False, (), ())
    answered = score(unanswerable, _payload("1800 [1].", False, "1800 cases"), 0.01, text.get)
    s = summarise([good, bad, answered])
    assert s["false_refusal_rate"] == 0.5 and s["refusal_recall"] == 0.0 and s["refusal_precision"] == 0.0
    assert s["quote_verbatim"] == round(2 / 3, 4) and s["latency_p50_ms"] == 20.0


def test_the_gold_set_is_well_formed():
    gold = load_gold()
    assert len(gold) >= 80 and len({q.id for q in gold}) == len(gold)
    assert sum(not q.answerable for q in gold) >= 15
    assert all(q.evidence and q.required_facts for q in gold if q.answerable)
    assert all(q.history for q in gold if q.kind == "follow-up")
