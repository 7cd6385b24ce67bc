"""Evidence sentences ranked by generic signals with learned weights.

Every candidate sentence of the retrieved passages gets the same features, whatever the paper: how much of the
question's rarer words it holds, whether it states the kind of fact asked for, its passage's rank and similarity,
its place in the passage and next to the best sentence, and whether it reads like a header or a question quoted
back. A logistic regression fitted by `evals/calibrate.py` on the tuning questions (never the held-out ones) turns
them into the probability that the sentence is gold evidence; the weights are in `retrieval/calibration.json`.
"""
from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from retrieval.records import Hit
from retrieval.scoring import Candidate, topic_terms
from retrieval.facts import has_date, has_name, has_number
from retrieval.vocabulary import ASKING, REPLYING, REPORTING, rarity, terms, wanted

CALIBRATION = Path(__file__).resolve().parent / "calibration.json"

FEATURES = (
    "score", "score_share", "coverage", "topical", "rare", "rare_global", "named", "fact", "fact_missing", "any_fact",
    "attributed", "passage_rank", "fused", "similarity", "position", "first", "best", "neighbour", "boilerplate", "question",
    "reply", "words", "row", "item",
)

_EMAIL_URL_PHONE = re.compile(r"@\w|https?://|www\.|\b\d{4,5}\s?\d{3}\s?\d{3,4}\b")
_LABEL = re.compile(r"^[^.!?]{1,40}:\s*\S")  # "Report author: ...", "Wards affected: All"


@dataclass(frozen=True, slots=True)
class Logistic:
    """A fitted logistic regression over named features, standardised by the training means and scales."""

    names: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float

    def probability(self, row: Sequence[float]) -> float:
        """P(positive) for one row of features in `names` order."""
        z = self.bias + sum(w * (x - m) / s for w, x, m, s in zip(self.weights, row, self.mean, self.scale))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    @classmethod
    def from_json(cls, data: dict) -> Logistic:
        """The model as `evals/calibrate.py` writes it."""
        return cls(tuple(data["names"]), tuple(data["mean"]), tuple(data["scale"]), tuple(data["weights"]),
                   float(data["bias"]))


@lru_cache(maxsize=4)
def calibration(path: Path = CALIBRATION) -> dict:
    """The fitted models and the refusal threshold, as `evals/calibrate.py` wrote them; {} when there are none."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def selector(path: Path = CALIBRATION) -> Logistic | None:
    """The fitted sentence selector, or None before one is fitted (the hand-set scores are then used)."""
    data = calibration(path).get("selector")
    return Logistic.from_json(data) if data and tuple(data["names"]) == FEATURES else None


def boilerplate(text: str, kind: str) -> float:
    """How far a unit reads like a header or metadata line rather than a statement, 0 to 1: a table's header row,
    a contact line, a "Label: value" line, a line of capitalised words, a short line without a full stop."""
    words = text.split()
    if kind == "header":
        return 1.0
    signs = [
        bool(_EMAIL_URL_PHONE.search(text)),
        bool(_LABEL.match(text)) and len(words) < 12,
        len(words) >= 3 and sum(w[:1].isupper() for w in words) / len(words) > 0.6,
        text.rstrip()[-1:] not in ".!?;" and len(words) < 10,
    ]
    return sum(signs) / len(signs)


def sentence_features(question: str, hits: Sequence[Hit], candidates: Sequence[Candidate]) -> list[list[float]]:
    """One row of FEATURES per candidate (candidates in passage order, as `score_sentences` gives them)."""
    if not candidates:
        return []
    question_terms = list(dict.fromkeys(terms(question)))
    pool = [c.stems for c in candidates]
    idf = {t: math.log(1.0 + len(pool) / (1.0 + sum(t in s for s in pool))) for t in question_terms}
    idf_total = sum(idf.values()) or 1.0
    rare = {t: rarity(t) for t in question_terms}
    rare_total = sum(rare.values()) or 1.0
    topic = set(topic_terms(question_terms, hits, question))
    named = [t for t in _named_terms(question) if t in topic]  # not the council's name
    asked = bool(wanted(question))
    top_score = max(c.score for c in candidates) or 1.0
    top_fused = max((h.score for h in hits), default=0.0) or 1.0
    best = max(range(len(candidates)), key=lambda i: candidates[i].score)
    per_passage: dict[int, list[int]] = {}
    for i, c in enumerate(candidates):
        per_passage.setdefault(c.hit_index, []).append(i)
    rows = []
    for i, c in enumerate(candidates):
        hit = hits[c.hit_index]
        siblings = per_passage[c.hit_index]
        place = siblings.index(i)
        words = len(c.readable.split())
        rows.append([
            c.score,
            c.score / top_score,
            c.coverage,
            c.topical,
            sum(w for t, w in idf.items() if t in c.stems) / idf_total,
            sum(w for t, w in rare.items() if t in c.stems) / rare_total,
            sum(t in c.stems for t in named) / len(named) if named else 0.0,
            c.fact,
            1.0 if asked and c.fact < 1.0 else 0.0,
            _any_fact(c.readable),
            1.0 if named and c.stems & set(named) and REPORTING.search(c.readable) else 0.0,
            1.0 / (1.0 + c.hit_index),
            hit.score / top_fused,
            hit.similarity,
            place / max(1, len(siblings) - 1),
            1.0 if place == 0 else 0.0,
            1.0 if i == best else 0.0,
            1.0 if i != best and c.hit_index == candidates[best].hit_index and abs(i - best) == 1 else 0.0,
            boilerplate(c.readable, c.unit.kind),
            1.0 if ASKING.search(c.readable) else 0.0,
            1.0 if REPLYING.search(c.readable) else 0.0,
            math.log1p(words) / math.log(100.0),
            1.0 if c.unit.kind in ("row", "header") else 0.0,  # a table line; "boilerplate" tells its header
            1.0 if c.unit.kind == "item" else 0.0,
        ])
    return rows


def _any_fact(text: str) -> float:
    """The most the text states a figure, a name or a date (stopping at the first stated in full: they are slow)."""
    best = 0.0
    for detect in (has_number, has_name, has_date):
        best = max(best, detect(text))
        if best >= 1.0:
            break
    return best


def _named_terms(question: str) -> list[str]:
    """The stems of the words the question capitalises after its first (the bodies and people it names)."""
    words = re.findall(r"[A-Za-z][\w'’-]*", question)[1:]
    return list(dict.fromkeys(t for w in words if w[:1].isupper() for t in terms(w)))


def rescore(question: str, hits: Sequence[Hit], candidates: list[Candidate], model: Logistic | None = None) -> list[Candidate]:
    """The candidates with their score replaced by the selector's probability that each is evidence, raised to the
    calibrated `spread` (which sets how far below the best a sentence may score and still join the answer);
    unchanged when no selector has been fitted. A sentence holding none of the question's words keeps 0."""
    model = model or selector()
    if model is None:
        return candidates
    spread = float(calibration().get("selector", {}).get("spread", 1.0))
    rows = sentence_features(question, hits, candidates)
    return [replace(c, score=model.probability(row) ** spread if c.score > 0 else 0.0) for c, row in zip(candidates, rows)]
