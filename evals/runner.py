"""Score Clerk on the gold set, in-process or against a running server's /api/chat, with the same metrics."""
from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date

from evals import metrics as m
from evals.gold import GoldQuestion

K_RECALL = 5


@dataclass(frozen=True)
class QuestionResult:
    """How Clerk did on one gold question."""

    id: str
    question: str
    kind: str
    answerable: bool
    refused: bool
    recall: float
    hit: float
    reciprocal_rank: float
    ndcg: float
    facts: float
    citations: int
    relevant_citations: int
    quotes: int
    verbatim_quotes: int
    latency_s: float
    answer: str
    problems: tuple[str, ...] = field(default_factory=tuple)


class Target:
    """Something that answers a gold question with the CONTRACT answer JSON and can show a document's text."""

    def ask(self, q: GoldQuestion) -> dict:  # pragma: no cover - interface
        raise NotImplementedError

    def document_text(self, doc_id: str) -> str:  # pragma: no cover - interface
        raise NotImplementedError


class InProcess(Target):
    """The library itself: a `Clerk` service and the catalogue, with ablation switches."""

    def __init__(self, clerk, catalog, mode: str = "hybrid", infer: bool = True, k: int = 8):
        from retrieval.wire import answer_to_json

        self._clerk, self._catalog = clerk, catalog
        self._to_json, self.mode, self.infer, self.k = answer_to_json, mode, infer, k

    def ask(self, q: GoldQuestion) -> dict:
        from retrieval.records import Filters

        f = q.filters or {}
        filters = Filters(council=f.get("council"), committee=f.get("committee"),
                          since=date.fromisoformat(f["since"]) if f.get("since") else None,
                          until=date.fromisoformat(f["until"]) if f.get("until") else None)
        answer = self._clerk.ask(q.question, history=list(q.history), filters=filters, k=self.k, mode=self.mode,
                                 infer=self.infer)
        return self._to_json(answer)

    def document_text(self, doc_id: str) -> str:
        entry = self._catalog.document(doc_id)
        return entry.document.text if entry else ""


class OverHttp(Target):
    """A running `clerk serve`: POST /api/chat and GET /api/documents/{id}."""

    def __init__(self, endpoint: str, timeout: float = 120):
        self.endpoint, self.timeout = endpoint.rstrip("/"), timeout
        self._texts: dict[str, str] = {}

    def _call(self, path: str, body: dict | None = None) -> dict:
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(self.endpoint + path, data=data, headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=self.timeout) as r:
            return json.loads(r.read())

    def ask(self, q: GoldQuestion) -> dict:
        return self._call("/api/chat", {"question": q.question, "history": list(q.history), "filters": q.filters})

    def document_text(self, doc_id: str) -> str:
        if doc_id not in self._texts:
            try:
                self._texts[doc_id] = self._call(f"/api/documents/{doc_id}")["text"]
            except urllib.error.HTTPError:
                self._texts[doc_id] = ""
        return self._texts[doc_id]


def score(q: GoldQuestion, payload: dict, latency_s: float, document_text: Callable[[str], str]) -> QuestionResult:
    """Score one answer against its gold record."""
    contexts = [(c["text"], c["source"]) for c in payload["contexts"]]
    rel = m.relevance(contexts, q.evidence)
    citations = payload["citations"] if not payload["refused"] else []
    by_chunk = {c["chunk_id"]: c for c in payload["contexts"]}
    relevant = sum(
        1 for c in citations
        if c["chunk_id"] in by_chunk and any(m.holds(by_chunk[c["chunk_id"]]["text"], c["source"], ev) for ev in q.evidence)
    )
    verbatim = sum(1 for c in payload["citations"] if m.quote_is_verbatim(c["quote"], document_text(c["doc_id"])))
    problems = []
    if q.answerable and payload["refused"]:
        problems.append("refused an answerable question")
    if not q.answerable and not payload["refused"]:
        problems.append("answered an unanswerable question")
    if q.answerable and q.evidence and not any(rel[:K_RECALL]):
        problems.append(f"no gold evidence in the top {K_RECALL}")
    facts = m.fact_share(payload["answer"], q.required_facts) if q.answerable else 1.0
    missing = [f for f in q.required_facts if m.normalise(f) not in m.normalise(payload["answer"])] if q.answerable else []
    if missing:
        problems.append("missing facts: " + ", ".join(missing))
    if verbatim < len(payload["citations"]):
        problems.append(f"{len(payload['citations']) - verbatim} quote(s) not verbatim")
    return QuestionResult(
        id=q.id, question=q.question, kind=q.kind, answerable=q.answerable, refused=bool(payload["refused"]),
        recall=m.recall_at_k(rel, len(q.evidence), K_RECALL), hit=m.hit_at_k(rel, K_RECALL),
        reciprocal_rank=m.reciprocal_rank(rel), ndcg=m.ndcg_at_k(rel, len(q.evidence), 10), facts=facts,
        citations=len(citations), relevant_citations=relevant, quotes=len(payload["citations"]), verbatim_quotes=verbatim, latency_s=latency_s,
        answer=payload["answer"], problems=tuple(problems),
    )


def run(gold: Sequence[GoldQuestion], target: Target, on_result: Callable[[QuestionResult], None] | None = None,
        on_answer: Callable[[GoldQuestion, dict], None] | None = None) -> list[QuestionResult]:
    """Ask every gold question and score the answers; `on_answer` also sees each raw answer JSON."""
    results = []
    for q in gold:
        t = time.perf_counter()
        payload = target.ask(q)
        latency = time.perf_counter() - t
        if on_answer:
            on_answer(q, payload)
        result = score(q, payload, latency, target.document_text)
        results.append(result)
        if on_result:
            on_result(result)
    return results


def _mean(values: Sequence[float]) -> float:
    return round(sum(values) / len(values), 4) if values else 0.0


def summarise(results: Sequence[QuestionResult]) -> dict:
    """The headline metrics."""
    answerable = [r for r in results if r.answerable]
    cited = sum(r.citations for r in answerable)
    all_quotes = sum(r.quotes for r in results)
    refusals = m.refusal_counts((r.answerable, r.refused) for r in results)
    latencies = [r.latency_s * 1000 for r in results]
    return {
        "questions": len(results),
        "answerable": len(answerable),
        f"recall@{K_RECALL}": _mean([r.recall for r in answerable]),
        f"hit@{K_RECALL}": _mean([r.hit for r in answerable]),
        "mrr": _mean([r.reciprocal_rank for r in answerable]),
        "ndcg@10": _mean([r.ndcg for r in answerable]),
        "fact_accuracy": _mean([r.facts for r in answerable]),
        "citation_precision": round(sum(r.relevant_citations for r in answerable) / cited, 4) if cited else 0.0,
        "quote_verbatim": round(sum(r.verbatim_quotes for r in results) / all_quotes, 4) if all_quotes else 1.0,
        "refusal_precision": round(refusals.precision, 4),
        "refusal_recall": round(refusals.recall, 4),
        "false_refusal_rate": round(refusals.false_refusal_rate, 4),
        "latency_p50_ms": round(m.percentile(latencies, 50), 1),
        "latency_p95_ms": round(m.percentile(latencies, 95), 1),
    }


def results_json(results: Sequence[QuestionResult]) -> list[dict]:
    """Per-question results as JSON-ready dicts."""
    return [asdict(r) for r in results]
