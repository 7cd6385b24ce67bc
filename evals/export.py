"""The RAGAS export: one JSON object per gold question, in the field names of RAGAS's `SingleTurnSample`."""
from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from evals.gold import GoldQuestion
from evals.metrics import normalise

RAGAS_FILE = "ragas.jsonl"
# What a correct reply to an unanswerable question says; RAGAS wants a string reference on every row.
NO_ANSWER = "The papers do not answer this question."


def reference_answer(q: GoldQuestion) -> str:
    """The gold reference answer: the written one, else the evidence spans joined, plus any fact they do not hold."""
    if q.reference:
        return q.reference
    if not q.answerable:
        return NO_ANSWER
    spans = " ".join(" ".join(e.text.split()) for e in q.evidence)
    missing = [f for f in q.required_facts if normalise(f) not in normalise(spans)]
    return spans + (f" ({'; '.join(missing)})" if missing else "")


def ragas_row(q: GoldQuestion, payload: dict) -> dict:
    """One RAGAS row from a gold question and Clerk's answer JSON (CONTRACT.md); extra keys are ignored by RAGAS."""
    return {
        "id": q.id,
        "user_input": q.question,
        "response": payload["answer"],
        "retrieved_contexts": [c["text"] for c in payload["contexts"]],
        "reference": reference_answer(q),
        "reference_contexts": [e.text for e in q.evidence] if q.answerable else [],
        # A follow-up's earlier turns (chat-completions shape); user_input stays the final question, as RAGAS's
        # single-turn metrics expect, and `standalone_question` is Clerk's reading of it in context.
        "history": [dict(turn) for turn in q.history],
        "standalone_question": payload.get("standalone_question"),
        "kind": q.kind,
        "answerable": q.answerable,
        "refused": bool(payload["refused"]),
    }


def write_jsonl(rows: Iterable[dict], path: Path) -> Path:
    """Write rows as JSON Lines (UTF-8, one object a line), creating the folder; return the path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path
