"""Choose how strongly a question's inferred filters hold (`retrieval.scope.ABOUT_WEIGHT`): for each weight of a
small grid, Clerk's retrieval (the service's own path: inferred filters, the wider search, rank fusion) is run on
each tuning set's answerable questions and scored by Recall@5 and MRR against the gold evidence, counting a
question only when its evidence clears the refusal threshold (a passage found and then refused helps nobody; a
refusal still lists its closest passages).

Run: .venv/bin/python -m evals.scope_grid --case evals/unseen3_questions.jsonl=DATA_DIR [--case ...]
     [--out evals/reports/scope_grid.json]

Each case is a tuning set and the data dir of an index built over its corpus. Held-out sets are refused. The sets
count equally; the best weight has the highest mean answered Recall@5, then the highest mean answered MRR, then the
fewest answerable questions below the refusal threshold, then is the smallest (a flat grid keeps the filters
strongest).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from evals import metrics as m  # noqa: E402
from evals.gold import GoldQuestion, load_gold, tuning_case, write_grid  # noqa: E402

WEIGHTS = (0.0, 0.5, 1.0, 1.5, 2.0, 3.0)
TOP_K = 5


def score_case(clerk, questions: Sequence[GoldQuestion], k: int) -> dict[str, float]:
    """Recall@5 and MRR of the questions answered (a refused one scores 0), and the share of answerable questions
    whose evidence falls below the refusal threshold."""
    from evals.calibrate import _retrieve
    from evals.runner import InProcess

    target = InProcess(clerk, None, k=k, infer=True)
    recall, mrr, weak = [], [], 0
    for q in questions:
        r = _retrieve(target, clerk, q)
        refused = r.strength < clerk.refusal_threshold and not r.commitments
        rel = m.relevance([(h.chunk.text, h.chunk.source) for h in r.hits], q.evidence)
        recall.append(0.0 if refused else m.recall_at_k(rel, len(q.evidence), TOP_K))
        mrr.append(0.0 if refused else m.reciprocal_rank(rel))
        weak += refused
    n = max(len(questions), 1)
    return {"recall@5": sum(recall) / n, "mrr": sum(mrr) / n, "weak": weak / n}


def main(argv: Sequence[str] | None = None) -> None:
    """Score every weight on the given tuning sets, print them best first, write the JSON."""
    ap = argparse.ArgumentParser(prog="python -m evals.scope_grid", description=__doc__.split("\n")[0])
    ap.add_argument("--case", action="append", required=True, metavar="SET=DATA_DIR",
                    help="a tuning question set and the data dir of an index over its corpus (repeat)")
    ap.add_argument("--out", type=Path, help="write every weight's scores here (JSON)")
    ap.add_argument("-k", type=int, default=8, help="passages retrieved per question (as clerk eval)")
    args = ap.parse_args(argv)
    from api.runtime import build_runtime
    from api.settings import Settings
    from retrieval import scope

    per_weight: dict[float, dict[str, dict[str, float]]] = {w: {} for w in WEIGHTS}
    for spec in args.case:
        gold, data_dir = tuning_case(spec)
        questions = [q for q in load_gold(gold) if q.answerable]
        runtime = build_runtime(Settings(data_dir=data_dir))
        try:
            for w in WEIGHTS:
                scope.ABOUT_WEIGHT = w
                per_weight[w][gold.stem] = got = score_case(runtime.clerk, questions, args.k)
                print(f"{gold.stem} weight {w}: {json.dumps(got)}", file=sys.stderr, flush=True)
        finally:
            runtime.close()
    rows = []
    for w, sets in per_weight.items():
        mean = {key: sum(s[key] for s in sets.values()) / len(sets) for key in ("recall@5", "mrr", "weak")}
        rows.append({"weight": w, **mean, "per_set": sets})
    rows.sort(key=lambda r: (-round(r["recall@5"], 4), -round(r["mrr"], 4), round(r["weak"], 4), r["weight"]))
    for r in rows:
        print(f"weight {r['weight']:<4} recall@5 {r['recall@5']:.4f} mrr {r['mrr']:.4f} weak {r['weak']:.4f}")
    print(f"best: ABOUT_WEIGHT = {rows[0]['weight']}")
    write_grid(args.out, args.case, rows)


if __name__ == "__main__":
    main()
