"""The RAGAS export: one JSON object per gold question, in the field names of RAGAS's `SingleTurnSample`.

Every row of the RAGAS file can be scored: an unanswerable question has no reference passages for a context metric
to compare with, so its row goes to a file beside it instead (`ragas-unanswerable.jsonl`), never into a mean.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from evals.gold import GoldQuestion
from evals.metrics import normalise

RAGAS_FILE = "ragas.jsonl"
UNANSWERABLE_SUFFIX = "-unanswerable"  # ragas.jsonl -> ragas-unanswerable.jsonl
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


def conversation(q: GoldQuestion) -> str:
    """The question as one self-contained text: a follow-up's earlier turns ("User: ...", "Assistant: ...") first."""
    if not q.history:
        return q.question
    turns = [f"{str(t.get('role', 'user')).capitalize()}: {t.get('content', '')}" for t in q.history]
    return "\n".join([*turns, f"User: {q.question}"])


def ragas_row(q: GoldQuestion, payload: dict) -> dict:
    """One RAGAS row from a gold question and Clerk's answer JSON (CONTRACT.md); extra keys are ignored by RAGAS."""
    retrieved = [c["text"] for c in payload["contexts"]]
    return {
        "id": q.id,
        # SingleTurnSample has no field for earlier turns, so a follow-up's user_input is the whole conversation,
        # as written in the gold set (not Clerk's own standalone reading of it, which is the thing being measured).
        "user_input": conversation(q),
        "response": payload["answer"],
        # Nothing retrieved is a context recall of 0, not a row to skip: one empty passage scores so.
        "retrieved_contexts": retrieved or [""],
        "reference": reference_answer(q),
        "reference_contexts": [e.text for e in q.evidence] if q.answerable else [],
        "question": q.question,  # the final turn alone
        "history": [dict(turn) for turn in q.history],  # chat-completions shape, oldest first
        "standalone_question": payload.get("standalone_question"),  # Clerk's reading of a follow-up, or null
        "kind": q.kind,
        "answerable": q.answerable,
        "refused": bool(payload["refused"]),
    }


def scorable(row: dict) -> bool:
    """True when RAGAS's context metrics can score the row: it has reference passages to compare with."""
    return bool(row["reference_contexts"])


def unanswerable_path(path: Path) -> Path:
    """Where the rows that cannot be scored go: beside `path`, e.g. ragas-unanswerable.jsonl."""
    return path.with_name(f"{path.stem}{UNANSWERABLE_SUFFIX}{path.suffix}")


def write_ragas(rows: Iterable[dict], path: Path) -> tuple[Path, Path]:
    """Write the scorable rows to `path` and the unanswerable ones beside it; return both paths."""
    rows = list(rows)
    return (write_jsonl((r for r in rows if scorable(r)), path),
            write_jsonl((r for r in rows if not scorable(r)), unanswerable_path(path)))


def write_jsonl(rows: Iterable[dict], path: Path) -> Path:
    """Write rows as JSON Lines (UTF-8, one object a line), creating the folder; return the path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path
