"""Evaluation metrics as pure functions over plain data (the answer JSON of CONTRACT.md and gold records)."""
from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

_WS = re.compile(r"\s+")
_WORD = re.compile(r"\w+")
_NUMBER_COMMA = re.compile(r"(?<=\d),(?=\d{3}\b)")
# A span counts as found in a passage when this share of its words (in order-free terms) is there: spans copied from
# PDFs can straddle a chunk boundary, and a passage holding most of the span does hold the evidence.
SPAN_COVERAGE = 0.6


def normalise(text: str) -> str:
    """Lower case, single spaces, curly quotes straightened, thousands separators dropped."""
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"').replace("–", "-")
    return _WS.sub(" ", _NUMBER_COMMA.sub("", text)).strip().lower()


@dataclass(frozen=True, slots=True)
class Evidence:
    """A gold span: the file it is in (base name) and its verbatim text."""

    file: str
    text: str


def holds(passage_text: str, passage_source: str, evidence: Evidence) -> bool:
    """Whether a retrieved passage holds a gold evidence span (same file; the span, or most of its words)."""
    if passage_source.replace("\\", "/").rsplit("/", 1)[-1] != evidence.file:
        return False
    span, passage = normalise(evidence.text), normalise(passage_text)
    if span in passage:
        return True
    words = _WORD.findall(span)
    have = set(_WORD.findall(passage))
    return bool(words) and sum(w in have for w in words) / len(words) >= SPAN_COVERAGE


def relevance(contexts: Sequence[tuple[str, str]], evidence: Sequence[Evidence]) -> list[set[int]]:
    """For each (text, source) context in rank order, the indices of the evidence spans it holds."""
    return [{i for i, ev in enumerate(evidence) if holds(text, source, ev)} for text, source in contexts]


def recall_at_k(rel: Sequence[set[int]], n_evidence: int, k: int) -> float:
    """Share of the gold spans held by the top k passages."""
    if n_evidence == 0:
        return 0.0
    return len(set().union(*rel[:k])) / n_evidence if rel[:k] else 0.0


def hit_at_k(rel: Sequence[set[int]], k: int) -> float:
    """1 when any of the top k passages holds any gold span."""
    return 1.0 if any(rel[:k]) else 0.0


def reciprocal_rank(rel: Sequence[set[int]]) -> float:
    """1 / rank of the first passage holding gold evidence (0 if none)."""
    return next((1.0 / rank for rank, r in enumerate(rel, 1) if r), 0.0)


def ndcg_at_k(rel: Sequence[set[int]], n_evidence: int, k: int = 10) -> float:
    """Normalised DCG, at most 1: a passage gains 1 when it holds a span no higher passage held; ideal = min(spans, k) on top."""
    # Overlapping chunks can each hold the same span; counting every copy pushed nDCG above 1.
    dcg, seen = 0.0, set()
    for rank, r in enumerate(rel[:k], 1):
        if r - seen:
            dcg += 1.0 / math.log2(rank + 1)
        seen |= r
    ideal = sum(1.0 / math.log2(rank + 1) for rank in range(1, min(n_evidence, k) + 1))
    return dcg / ideal if ideal else 0.0


def fact_share(answer: str, facts: Iterable[str]) -> float:
    """Share of the required facts found in the answer (case, whitespace and thousands separators ignored)."""
    facts = list(facts)
    if not facts:
        return 1.0
    text = normalise(answer)
    return sum(normalise(f) in text for f in facts) / len(facts)


def quote_is_verbatim(quote: str, document_text: str) -> bool:
    """Whether a citation's quote appears in its document's text, up to whitespace."""
    squash = lambda s: _WS.sub("", s)  # noqa: E731
    return bool(quote.strip()) and squash(quote) in squash(document_text)


def percentile(values: Sequence[float], p: float) -> float:
    """The p-th percentile (0–100) by linear interpolation; 0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    pos = (len(ordered) - 1) * p / 100
    lo, hi = math.floor(pos), math.ceil(pos)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo)


@dataclass(frozen=True, slots=True)
class RefusalCounts:
    """Refusal outcomes over a gold set."""

    refused_unanswerable: int
    answered_unanswerable: int
    refused_answerable: int
    answered_answerable: int

    @property
    def precision(self) -> float:
        """Of the refusals, the share that were right."""
        refused = self.refused_unanswerable + self.refused_answerable
        return self.refused_unanswerable / refused if refused else 1.0

    @property
    def recall(self) -> float:
        """Of the unanswerable questions, the share refused."""
        total = self.refused_unanswerable + self.answered_unanswerable
        return self.refused_unanswerable / total if total else 1.0

    @property
    def false_refusal_rate(self) -> float:
        """Of the answerable questions, the share refused."""
        total = self.refused_answerable + self.answered_answerable
        return self.refused_answerable / total if total else 0.0


def refusal_counts(outcomes: Iterable[tuple[bool, bool]]) -> RefusalCounts:
    """Count (answerable, refused) pairs."""
    rows = list(outcomes)
    return RefusalCounts(
        refused_unanswerable=sum(1 for a, r in rows if not a and r),
        answered_unanswerable=sum(1 for a, r in rows if not a and not r),
        refused_answerable=sum(1 for a, r in rows if a and r),
        answered_answerable=sum(1 for a, r in rows if a and not r),
    )
