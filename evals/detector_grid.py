"""Choose two constants of the fact detectors (`retrieval.facts.COUNT_IN_WORDS`, how far a count in words states a
figure; `retrieval.facts.COMMON_SHARE`, the passage share from which a capitalised word is a word of the papers' own
business, not a name): for each pair of a small grid, Clerk answers every question of each tuning set in process, as
`clerk eval` does, and the pair is scored by the share of questions handled right: the facts of each answerable
question's answer (a refusal scores 0) plus each unanswerable question refused, over all questions.

Run: .venv/bin/python -m evals.detector_grid --case evals/unseen3_questions.jsonl=DATA_DIR [--case ...]
     [--out evals/reports/detector_grid.json]

Each case is a tuning set and the data dir of an index built over its corpus. Held-out sets are refused. The sets
count equally; the best pair handles the most questions right on average, then is closest to the values in use (so
that a flat grid changes nothing).
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

COUNTS_IN_WORDS = (0.4, 0.7, 0.9, 1.0)
COMMON_SHARES = (1.01, 0.05, 0.02, 0.01)  # 1.01: no word is common enough, the rule is off


def handled(results) -> float:
    """The share of questions handled right: facts of the answerable ones, refusals of the others."""
    right = sum(r.facts if r.answerable else float(r.refused) for r in results)
    return right / max(len(results), 1)


def set_constants(count_in_words: float, common_share: float) -> None:
    """Set both constants and forget what the detectors remembered under the old ones."""
    from retrieval import facts

    facts.COUNT_IN_WORDS, facts.COMMON_SHARE = count_in_words, common_share
    for detect in {*facts.DETECTORS.values(), facts.has_number, facts.has_name}:
        if hasattr(detect, "cache_clear"):  # the detectors that remember what they read
            detect.cache_clear()


def main(argv: Sequence[str] | None = None) -> None:
    """Score every pair on the given tuning sets, print them best first, write the JSON."""
    ap = argparse.ArgumentParser(prog="python -m evals.detector_grid", description=__doc__.split("\n")[0])
    ap.add_argument("--case", action="append", required=True, metavar="SET=DATA_DIR",
                    help="a tuning question set and the data dir of an index over its corpus (repeat)")
    ap.add_argument("--out", type=Path, help="write every pair's scores here (JSON)")
    args = ap.parse_args(argv)
    from api.runtime import build_runtime
    from api.settings import Settings
    from evals.runner import InProcess, run, summarise
    from retrieval import facts

    in_use = (facts.COUNT_IN_WORDS, facts.COMMON_SHARE)
    grid = list(itertools.product(COUNTS_IN_WORDS, COMMON_SHARES))
    per_pair: dict[tuple[float, float], dict[str, dict]] = {pair: {} for pair in grid}
    try:
        for spec in args.case:
            gold, data_dir = tuning_case(spec)
            questions = load_gold(gold)
            runtime = build_runtime(Settings(data_dir=data_dir))
            try:
                target = InProcess(runtime.clerk, runtime.index.catalog)
                for pair in grid:
                    set_constants(*pair)
                    results = run(questions, target)
                    summary = summarise(results)
                    per_pair[pair][gold.stem] = got = {
                        "handled": round(handled(results), 4), "fact_accuracy": summary["fact_accuracy"],
                        "refusal_recall": summary["refusal_recall"],
                        "false_refusal_rate": summary["false_refusal_rate"]}
                    print(f"{gold.stem} {pair}: {got}", file=sys.stderr, flush=True)
            finally:
                runtime.close()
    finally:
        set_constants(*in_use)
    rows = []
    for (count, share), sets in per_pair.items():
        mean = {key: round(sum(s[key] for s in sets.values()) / len(sets), 4)
                for key in ("handled", "fact_accuracy", "refusal_recall", "false_refusal_rate")}
        rows.append({"count_in_words": count, "common_share": share, **mean, "per_set": sets})
    rows.sort(key=lambda r: (-r["handled"], abs(r["count_in_words"] - in_use[0]) + abs(r["common_share"] - in_use[1])))
    for r in rows:
        print(f"count_in_words {r['count_in_words']:<4} common_share {r['common_share']:<5} handled {r['handled']:.4f} "
              f"facts {r['fact_accuracy']:.4f} refused {r['refusal_recall']:.4f} "
              f"false refusals {r['false_refusal_rate']:.4f}")
    print(f"best: COUNT_IN_WORDS = {rows[0]['count_in_words']}, COMMON_SHARE = {rows[0]['common_share']}")
    write_grid(args.out, args.case, rows)


if __name__ == "__main__":
    main()
