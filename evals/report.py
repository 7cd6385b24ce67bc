"""The eval report: JSON for machines, Markdown for people (headline table, ablations, failing questions)."""
from __future__ import annotations

from collections.abc import Mapping, Sequence

from evals.runner import QuestionResult

HEADLINE = (
    ("recall@5", "Recall@5"), ("mrr", "MRR"), ("ndcg@10", "nDCG@10"), ("citation_precision", "Citation precision"),
    ("quote_verbatim", "Quotes verbatim"), ("fact_accuracy", "Fact accuracy"), ("refusal_recall", "Refusals of unanswerable"),
    ("false_refusal_rate", "False refusals"), ("refusal_precision", "Refusal precision"),
    ("latency_p50_ms", "Latency p50 (ms)"), ("latency_p95_ms", "Latency p95 (ms)"),
)


def _fmt(value) -> str:
    return f"{value:.3f}" if isinstance(value, float) and value <= 1.0 else str(value)


def markdown(summaries: Mapping[str, dict], results: Sequence[QuestionResult], title: str = "Clerk evaluation") -> str:
    """A readable report: one column per configuration, then what went wrong question by question."""
    names = list(summaries)
    first = summaries[names[0]]
    lines = [f"# {title}", "", f"{first['questions']} gold questions ({first['answerable']} answerable).", ""]
    lines += ["| metric | " + " | ".join(names) + " |", "|---|" + "---|" * len(names)]
    for key, label in HEADLINE:
        lines.append(f"| {label} | " + " | ".join(_fmt(summaries[n].get(key, "")) for n in names) + " |")
    failing = [r for r in results if r.problems]
    lines += ["", f"## Questions with problems ({len(failing)} of {len(results)}, first configuration)", ""]
    for r in failing:
        lines.append(f"- **{r.id}** ({r.kind}) {r.question}")
        for p in r.problems:
            lines.append(f"  - {p}")
        short = r.answer if len(r.answer) < 300 else r.answer[:297] + "…"
        lines.append(f"  - answer: {short}")
    return "\n".join(lines) + "\n"
