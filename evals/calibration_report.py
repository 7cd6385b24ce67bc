"""The Markdown report of `evals/calibrate.py`: the models' weights and refusal precision and recall by threshold."""
from __future__ import annotations

from pathlib import Path

import numpy as np


def refusal_table(p: np.ndarray, answerable: np.ndarray, thresholds) -> list[str]:
    """Markdown rows: threshold, refusal precision and recall, false refusals."""
    lines = []
    for t in thresholds:
        refused = p < t
        tp = int((refused & (answerable == 0)).sum())
        fp = int((refused & (answerable == 1)).sum())
        un = int((answerable == 0).sum())
        an = int((answerable == 1).sum())
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / un if un else 1.0
        lines.append(f"| {t:.2f} | {precision:.2f} | {recall:.2f} ({tp}/{un}) | {fp / an if an else 0:.2f} ({fp}/{an}) |")
    return lines


def thresholds_around(chosen: float) -> list[float]:
    return sorted({round(chosen, 2), 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8})


def write_report(path: Path, made: dict, out: dict, tuning: list[str], held: list[str], held_names: list[str]) -> None:
    head = "| threshold | refusal precision | refusal recall | false refusals |\n|---|---|---|---|"
    sel = out["selector"]
    weights = "\n".join(f"| {n} | {w:+.2f} |" for n, w in sorted(zip(sel["names"], sel["weights"]), key=lambda t: -abs(t[1])))
    ref = out["refusal"]
    rweights = "\n".join(f"| {n} | {w:+.2f} |" for n, w in sorted(zip(ref["names"], ref["weights"]), key=lambda t: -abs(t[1])))
    text = f"""# Calibration: sentence selector and refusal

Written by `{made["script"]}` on {made["date"]} from the tuning sets {", ".join(made["tuning_sets"])}
({made["questions"]} questions, {made["groups"]} councils or documents as cross-validation groups, {made["folds"]} folds).
Held-out sets ({", ".join(held_names) or "none"}) were only scored with the final models, never fitted on.

## Sentence selector

A logistic regression on generic sentence features; a sentence is positive when it overlaps a gold evidence span.
Out of fold, the top-ranked sentence is gold evidence for **{sel["cv_top1"]:.3f}** of the {sel["questions"]} answerable
tuning questions whose evidence is among the passages (the hand-set score: {sel["hand_top1"]:.3f}).

The answerer ranks sentences by the probability raised to a `spread`, which sets how far below the best a
sentence may score and still join the answer (the answerer's relative floors stay as they were). The script tries
each and keeps the one whose extractive answers hold the most required facts on the tuning questions (in sample)
while citing passages with gold evidence at least as often as the hand-set scores did, less {sel["precision_slack"]}
(fact accuracy, citation precision): hand-set {sel["hand_facts"][0]:.3f}, {sel["hand_facts"][1]:.3f};
{"; ".join(f"spread {k}: {v[0]:.3f}, {v[1]:.3f}" for k, v in sel["spread_facts"].items())}. Kept **{sel["spread"]:g}**.

| feature (standardised) | weight |
|---|---|
{weights}

## Refusal

A logistic regression (classes balanced) of answerable vs unanswerable on evidence-strength features, fitted on
the selector's out-of-fold scores. The feature set and penalty are those with the best out-of-fold AUC:

| features | L2 | out-of-fold AUC |
|---|---|---|
{chr(10).join(f"| {c['features']} | {c['l2']:g} | {c['cv_auc']:.3f} |" for c in ref["candidates"])}

Kept: **{ref["features"]}**, L2 {ref["l2"]:g}. The threshold, **{ref["threshold"]:.3f}**, is the highest that refuses at
most {int(ref["max_false_refusal"] * 100)}% of the answerable questions of each tuning set out of fold.

| feature (standardised) | weight |
|---|---|
{rweights}

### Tuning questions, out of fold

{head}
{chr(10).join(tuning)}

### Held-out questions (final models)

{head}
{chr(10).join(held) if held else "(not run)"}
"""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
