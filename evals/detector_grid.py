"""Choose three constants of the fact detectors (`retrieval.facts.COUNT_IN_WORDS`, how far a count in words states a
figure; `retrieval.facts.COMMON_SHARE`, the passage share from which a capitalised word is a word of the papers' own
business, not a name; `retrieval.facts.NAME_PAIR`, how surely capitalised words alone, without an honorific or
initials, name a person): for each point of a small grid, Clerk answers every question of each tuning set in
process, as `clerk eval` does, and the point is scored by the share of questions handled right: the facts of each
answerable question's answer (a refusal scores 0) plus each unanswerable question refused, over all questions.

Run: .venv/bin/python -m evals.detector_grid --case evals/unseen3_questions.jsonl=DATA_DIR [--case ...]
     [--vary name_pair] [--out evals/reports/detector_grid.json]

Each case is a tuning set and the data dir of an index built over its corpus. Held-out sets are refused. `--vary`
names the constants to vary (repeat; all three when not given); the others keep the values in use. The sets count
equally; the best point handles the most questions right on average, then is closest to the values in use (so that
a flat grid changes nothing).
"""
from __future__ import annotations

import argparse
import itertools
import os
import sys
from collections.abc import Sequence
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from evals.gold import load_gold, tuning_case, write_grid  # noqa: E402

# The values tried for each constant, by the name of its grid axis.
GRID = {
    "count_in_words": (0.4, 0.7, 0.9, 1.0),
    "common_share": (1.01, 0.05, 0.02, 0.01),  # 1.01: no word is common enough, the rule is off
    "name_pair": (1.0, 0.85, 0.7, 0.55),
}
CONSTANTS = {"count_in_words": "COUNT_IN_WORDS", "common_share": "COMMON_SHARE", "name_pair": "NAME_PAIR"}


def handled(results) -> float:
    """The share of questions handled right: facts of the answerable ones, refusals of the others."""
    right = sum(r.facts if r.answerable else float(r.refused) for r in results)
    return right / max(len(results), 1)


def set_constants(values: dict[str, float]) -> None:
    """Set the constants (by grid axis) and forget what the detectors remembered under the old ones."""
    from retrieval import facts

    for axis, value in values.items():
        setattr(facts, CONSTANTS[axis], value)
    for detect in {*facts.DETECTORS.values(), facts.has_number, facts.has_name, facts.names_person}:
        if hasattr(detect, "cache_clear"):  # the detectors that remember what they read
            detect.cache_clear()


def main(argv: Sequence[str] | None = None) -> None:
    """Score every pair on the given tuning sets, print them best first, write the JSON."""
    ap = argparse.ArgumentParser(prog="python -m evals.detector_grid", description=__doc__.split("\n")[0])
    ap.add_argument("--case", action="append", required=True, metavar="SET=DATA_DIR",
                    help="a tuning question set and the data dir of an index over its corpus (repeat)")
    ap.add_argument("--vary", action="append", choices=sorted(GRID), help="a constant to vary (repeat; default all)")
    ap.add_argument("--out", type=Path, help="write every point's scores here (JSON)")
    args = ap.parse_args(argv)
    from api.runtime import build_runtime
    from api.settings import Settings
    from evals.runner import InProcess, run, summarise
    from retrieval import facts

    in_use = {axis: getattr(facts, name) for axis, name in CONSTANTS.items()}
    varied = args.vary or sorted(GRID)
    axes = [GRID[axis] if axis in varied else (in_use[axis],) for axis in CONSTANTS]
    grid = [tuple(point) for point in itertools.product(*axes)]
    per_point: dict[tuple[float, ...], dict[str, dict]] = {point: {} for point in grid}
    try:
        for spec in args.case:
            gold, data_dir = tuning_case(spec)
            questions = load_gold(gold)
            runtime = build_runtime(Settings(data_dir=data_dir))
            try:
                target = InProcess(runtime.clerk, runtime.index.catalog)
                for point in grid:
                    set_constants(dict(zip(CONSTANTS, point)))
                    results = run(questions, target)
                    summary = summarise(results)
                    per_point[point][gold.stem] = got = {
                        "handled": round(handled(results), 4), "fact_accuracy": summary["fact_accuracy"],
                        "refusal_recall": summary["refusal_recall"],
                        "false_refusal_rate": summary["false_refusal_rate"]}
                    print(f"{gold.stem} {point}: {got}", file=sys.stderr, flush=True)
            finally:
                runtime.close()
    finally:
        set_constants(in_use)
    rows = []
    for point, sets in per_point.items():
        mean = {key: round(sum(s[key] for s in sets.values()) / len(sets), 4)
                for key in ("handled", "fact_accuracy", "refusal_recall", "false_refusal_rate")}
        rows.append({**dict(zip(CONSTANTS, point)), **mean, "per_set": sets})
    rows.sort(key=lambda r: (-r["handled"], sum(abs(r[axis] - in_use[axis]) for axis in CONSTANTS)))
    for r in rows:
        print(" ".join(f"{axis} {r[axis]:<5}" for axis in CONSTANTS), f"handled {r['handled']:.4f} "
              f"facts {r['fact_accuracy']:.4f} refused {r['refusal_recall']:.4f} "
              f"false refusals {r['false_refusal_rate']:.4f}")
    print("best: " + ", ".join(f"{name} = {rows[0][axis]}" for axis, name in CONSTANTS.items()))
    write_grid(args.out, args.case, rows)


if __name__ == "__main__":
    main()
