"""The gold set: questions written by reading the papers, with verbatim evidence and required facts."""
from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from evals.metrics import Evidence

GOLD = Path(__file__).resolve().parent / "gold.jsonl"


class GoldError(Exception):
    """A gold file that cannot be read."""


@dataclass(frozen=True, slots=True)
class GoldQuestion:
    """One gold question."""

    id: str
    question: str
    kind: str
    answerable: bool
    evidence: tuple[Evidence, ...]
    required_facts: tuple[str, ...]
    history: tuple[dict, ...] = ()
    filters: dict | None = None
    reference: str | None = None  # a written reference answer, where the gold file has one


def load_gold(path: Path = GOLD) -> list[GoldQuestion]:
    """Read a gold JSONL file; a bad line raises GoldError naming it."""
    out = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise GoldError(f"cannot read the gold set {path}: {exc.strerror}") from exc
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            r = json.loads(line)
            out.append(GoldQuestion(
                id=r["id"], question=r["question"], kind=r["kind"], answerable=bool(r["answerable"]),
                evidence=tuple(Evidence(e["file"], e["text"]) for e in r.get("evidence", [])),
                required_facts=tuple(r.get("required_facts", [])),
                history=tuple(r.get("history", [])), filters=r.get("filters") or None,
                reference=r.get("reference") or None,
            ))
        except (ValueError, KeyError, TypeError) as exc:
            raise GoldError(f"{path}:{n}: not a gold question ({exc})") from exc
    return out


# Question sets that measure the work and are never tuned on (each set's README or header says so); the tuning
# scripts refuse them. unseen4 was held out until session 6, unseen5 until session 7, unseen6 until session 8, unseen7
# until its blind run in session 8, unseen8 until its blind run in session 9, unseen9 until its blind run in session
# 10, unseen10 until its blind run in session 11, unseen11 until its blind run in session 12 and unseen12 until its
# blind run in session 13; each was tuned on once the next set replaced it.
HELD_OUT_STEMS = ("holdout", "councils_holdout", "unseen13_questions")


def is_held_out(path: Path) -> bool:
    """Whether a question set is one of the held-out ones."""
    return path.stem in HELD_OUT_STEMS or "holdout" in path.stem


def tuning_case(spec: str) -> tuple[Path, Path]:
    """A tuning script's `--case SET=DATA_DIR`: the question set and the data dir of an index over its corpus. Exits
    with a one-line message when the data dir is missing or the set is held out."""
    gold, _, data_dir = spec.partition("=")
    if not data_dir or not Path(data_dir).exists():
        raise SystemExit(f"--case wants SET=DATA_DIR with an existing data dir, got '{spec}'")
    if is_held_out(Path(gold)):
        raise SystemExit(f"{gold} is a held-out set: tune on tuning sets only")
    return Path(gold), Path(data_dir)


def write_grid(out: Path | None, cases: Sequence[str], results: Sequence[dict]) -> None:
    """A tuning grid's every result, best first, with the cases it was scored on, as JSON (nothing without `out`)."""
    if out is None:
        return
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"cases": list(cases), "results": list(results)}, indent=1) + "\n")
