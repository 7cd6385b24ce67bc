"""Choose the commitment extractor's structural constants on the register's tuning sets, never the held-out one.

The constants are distances and an overlap that decide when two records are one commitment stated twice:
`_NEAR` (blocks within which a resolution stated again is the same one), `_WEAK_NEAR` (blocks within which a
narrative "The report was noted." gives way to a formal resolution) and `_SAME` (the word overlap at which two records
are the same); they live in ingest/commitment_twins.py. Each is scanned over a grid, the others held, on
evals/register_tuning.jsonl (councils, tuning split), evals/register_tuning_unseen.jsonl (evals/unseen/papers) and
evals/register_tuning_unseen2.jsonl (evals/unseen2/papers), evals/register_tuning_unseen4.jsonl (evals/unseen4/papers),
evals/register_tuning_unseen5.jsonl (evals/register_unseen5/papers), evals/register_tuning_unseen6.jsonl
(evals/register_unseen6/papers), evals/register_tuning_unseen7.jsonl (evals/register_unseen7/papers),
evals/register_tuning_unseen8.jsonl (evals/register_unseen8/papers), evals/register_tuning_unseen9.jsonl
(evals/register_unseen9/papers), evals/register_tuning_unseen10.jsonl (evals/register_unseen10/papers),
evals/register_tuning_unseen11.jsonl (evals/register_unseen11/papers) and evals/register_tuning_unseen12.jsonl
(evals/register_unseen12/papers) together. The score is the net count over all: records
matched minus false records found. A constant moves only when another value nets at least `MIN_GAIN` more (one record
either way is one paper's accident, not a shape), and then to the best value closest to the one in use. The seed gold is scored for the chosen values as a
check that it does not regress.

Run: .venv/bin/python -m evals.commitment_constants [--councils ../shared/corpus/councils]
"""
from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import ingest.commitment_twins as twins
import ingest.commitments as extractor
from evals.commitments import GOLD, SEEDS, Labelled, load_commitment_gold, papers, score
from ingest.formats import parse_file
from ingest.manifest import apply_overrides, load_manifests
from ingest.metadata import extract_meta
from ingest.records import Block
from ingest.structure import to_blocks

HERE = Path(__file__).parent
TUNING = (
    (HERE / "register_tuning.jsonl", HERE.parent.parent / "shared" / "corpus" / "councils"),
    (HERE / "register_tuning_unseen.jsonl", HERE / "unseen" / "papers"),
    (HERE / "register_tuning_unseen2.jsonl", HERE / "unseen2" / "papers"),
    (HERE / "register_tuning_unseen4.jsonl", HERE / "unseen4" / "papers"),
    (HERE / "register_tuning_unseen5.jsonl", HERE / "register_unseen5" / "papers"),
    (HERE / "register_tuning_unseen6.jsonl", HERE / "register_unseen6" / "papers"),
    (HERE / "register_tuning_unseen7.jsonl", HERE / "register_unseen7" / "papers"),
    (HERE / "register_tuning_unseen8.jsonl", HERE / "register_unseen8" / "papers"),
    (HERE / "register_tuning_unseen9.jsonl", HERE / "register_unseen9" / "papers"),
    (HERE / "register_tuning_unseen10.jsonl", HERE / "register_unseen10" / "papers"),
    (HERE / "register_tuning_unseen11.jsonl", HERE / "register_unseen11" / "papers"),
    (HERE / "register_tuning_unseen12.jsonl", HERE / "register_unseen12" / "papers"),
)
MIN_GAIN = 2
GRID = {
    "_NEAR": (5, 10, 15, 20, 30, 40, 60, 100),
    "_WEAK_NEAR": (2, 4, 6, 8, 12, 16, 24),
    "_SAME": (0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95),
}


@dataclass(frozen=True)
class Paper:
    """A paper read once: its name, its kind and its blocks, ready for extraction with any constants."""

    name: str
    kind: str
    blocks: tuple[tuple[Block, ...], ...]
    committee: str | None = None  # the meeting body its metadata names, passed to the extractor as at ingest


def read(folder: Path, gold: Sequence[Labelled]) -> list[Paper]:
    """The folder's papers that `gold` scores, parsed into blocks, their kind as at ingest (manifest applied)."""
    files = papers(folder, gold)
    manifest = load_manifests(files)
    out = []
    for path in files:
        parts = parse_file(path, path.read_bytes())
        overrides = manifest.get(path.resolve())
        for part in parts:
            meta = extract_meta(part, path.name)
            if overrides and len(parts) == 1:
                meta = apply_overrides(meta, overrides)
            out.append(Paper(path.name, meta.kind, (tuple(to_blocks(part.pages)),), meta.committee))
    return out


def found(read_papers: Sequence[Paper]) -> list[Labelled]:
    """Every commitment the extractor finds in the papers with the constants as they stand now."""
    return [
        Labelled(p.name, c.kind, c.text, c.actor, c.due)
        for p in read_papers for blocks in p.blocks
        for c in extractor.extract_commitments("x", blocks, p.kind, p.committee)
    ]


def net(sets: Sequence[tuple[list[Labelled], list[Paper]]]) -> tuple[int, int, int, int]:
    """Matched minus false records over all sets pooled, with matched, found and gold counts."""
    matched = n_found = n_gold = 0
    for gold, read_papers in sets:
        s = score(found(read_papers), gold)
        matched, n_found, n_gold = matched + s.matched, n_found + s.found, n_gold + s.gold
    return matched - (n_found - matched), matched, n_found, n_gold


def choose(sets: Sequence[tuple[list[Labelled], list[Paper]]]) -> dict[str, object]:
    """Each constant's best value on the tuning sets, the others held at their current values."""
    chosen = {}
    for name, values in GRID.items():
        current = getattr(twins, name)
        results = []
        for v in values:
            setattr(twins, name, v)
            results.append((net(sets), v))
        setattr(twins, name, current)
        now = next(r[0][0] for r in results if r[1] == current)
        best = max(r[0][0] for r in results)
        pick = current if best - now < MIN_GAIN else min(
            (v for (n, *_), v in results if n == best), key=lambda v: abs(v - current)
        )
        print(f"{name}: in use {current}; " + ", ".join(f"{v}: net {n} ({m} of {g} matched, {f} found)"
                                                         for (n, m, f, g), v in results) + f" -> {pick}")
        chosen[name] = pick
    return chosen


def main() -> None:
    """Print each constant's scan and the values the tuning sets choose; check the seeds with them."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--councils", type=Path, default=TUNING[0][1])
    args = ap.parse_args()
    sets = []
    for gold_path, folder in ((TUNING[0][0], args.councils), *TUNING[1:]):
        gold = load_commitment_gold(gold_path)
        sets.append((gold, read(folder, gold)))
    chosen = choose(sets)
    for name, v in chosen.items():
        setattr(twins, name, v)
    seeds_gold = load_commitment_gold(GOLD)
    seeds = score(found(read(SEEDS, seeds_gold)), seeds_gold)
    print(f"chosen {chosen}; tuning net {net(sets)[0]}; seeds P {seeds.precision:.3f} R {seeds.recall:.3f}")


if __name__ == "__main__":
    main()
