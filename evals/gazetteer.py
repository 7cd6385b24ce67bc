"""Council recognition measured on the councils development corpus: find_councils' top council against the labels.

Only each paper's text is read (its file name carries the council). A row counts as right when the top council
and the labelled council have the same canonical name; "stated" rows are those whose label says the text names
the council outside e-mail and web addresses. Also times find_councils over the whole corpus.

--tune chooses the weights find_councils added for references ("the Council") and addresses on a tuning half of the
papers, split by council (every other council in name order), and reports the held-out half with the chosen weights.

Run: .venv/bin/python -m evals.gazetteer [--corpus DIR] [--misses] [--tune]
"""
from __future__ import annotations

import argparse
import json
import itertools
import time
from dataclasses import dataclass, replace
from pathlib import Path

from ingest.council_variants import canonical_council
from ingest.councils import WEIGHTS, Weights, find_councils

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "councils"
_SURE = 1.0  # ingest/metadata.py's bar for taking a council from the text
_REPEATS = 20  # timing repeats over the corpus, for a steadier figure


@dataclass(frozen=True, slots=True)
class Row:
    """One paper: the labelled council, what find_councils put first, and whether the text states the council."""

    file: str
    expected: str
    found: str | None
    stated: bool
    weight: float = 0.0  # the top council's weight

    @property
    def right(self) -> bool:
        """Whether the top council is the labelled one (both read through canonical_council)."""
        want = canonical_council(self.expected) or self.expected
        return self.found is not None and (canonical_council(self.found) or self.found) == want


_GRID = {"referenced": (0.0, 0.1, 0.25, 0.5, 1.0), "address": (0.01, 0.1, 0.25, 0.5, 1.0)}


def _labels(corpus: Path) -> list[dict]:
    return [json.loads(line) for line in (corpus / "expected_meta.jsonl").read_text(encoding="utf-8").splitlines()]


def score(corpus: Path, weights: Weights = WEIGHTS, files: set[str] | None = None) -> list[Row]:
    """One Row per labelled paper in corpus/expected_meta.jsonl (only those in files, when given)."""
    rows = []
    for label in _labels(corpus):
        if files is not None and label["file"] not in files:
            continue
        ranked = find_councils((corpus / label["file"]).read_text(encoding="utf-8"), weights)
        rows.append(Row(label["file"], label["council"], ranked[0][0] if ranked else None,
                        bool(label["stated_in_text"]["council"]), ranked[0][1] if ranked else 0.0))
    return rows


def seconds_per_pass(corpus: Path) -> float:
    """Mean wall time of find_councils over every paper in the corpus."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
    find_councils(texts[0])  # build the alias tables outside the timing
    started = time.perf_counter()
    for _ in range(_REPEATS):
        for text in texts:
            find_councils(text)
    return (time.perf_counter() - started) / _REPEATS


def split(corpus: Path) -> tuple[set[str], set[str]]:
    """Tuning and held-out files: councils in name order go alternately to each half, so no council is in both."""
    councils = sorted({canonical_council(label["council"]) or label["council"] for label in _labels(corpus)})
    tuning = set(councils[::2])
    halves: tuple[set[str], set[str]] = (set(), set())
    for label in _labels(corpus):
        halves[(canonical_council(label["council"]) or label["council"]) not in tuning].add(label["file"])
    return halves


def tune(corpus: Path) -> tuple[Weights, list[str]]:
    """The grid's best weights on the tuning half (ties keep the current value), and a report of the search."""
    tuning, held_out = split(corpus)
    right = {}
    for values in itertools.product(*_GRID.values()):
        weights = replace(WEIGHTS, **dict(zip(_GRID, values)))
        right[weights] = sum(r.right for r in score(corpus, weights, tuning))
    best = max(right.values())
    tied = [w for w, n in right.items() if n == best]
    chosen = WEIGHTS if WEIGHTS in tied else tied[0]
    lines = [f"tuning {len(tuning)} papers, held-out {len(held_out)} papers (split by council)",
             f"grid {_GRID}: best {best}/{len(tuning)} on tuning, reached by {len(tied)} of {len(right)} settings",
             f"chosen referenced={chosen.referenced} address={chosen.address}"
             f" ({'the current weights' if chosen == WEIGHTS else 'differs from the current weights'})"]
    for name, files in (("tuning", tuning), ("held-out", held_out)):
        rows = score(corpus, chosen, files)
        stated = [r for r in rows if r.stated]
        lines.append(f"{name}: {sum(r.right for r in rows)}/{len(rows)} overall, "
                     f"{sum(r.right for r in stated)}/{len(stated)} stated")
    return chosen, lines


def main(argv: list[str] | None = None) -> None:
    """Print accuracy overall and on stated rows, the time per corpus pass, and optionally every miss."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--misses", action="store_true", help="list every paper whose top council is wrong")
    parser.add_argument("--tune", action="store_true", help="choose the reference and address weights on a split")
    args = parser.parse_args(argv)
    if args.tune:
        print("\n".join(tune(args.corpus)[1]))
        return
    rows = score(args.corpus)
    stated = [r for r in rows if r.stated]
    print(f"council right: {sum(r.right for r in rows)}/{len(rows)} overall, "
          f"{sum(r.right for r in stated)}/{len(stated)} where the text states it")
    sure = [r for r in rows if r.weight >= _SURE]
    print(f"top weight >= {_SURE} (a named, not partner, mention): {sum(r.right for r in sure)}/{len(sure)} right")
    print(f"find_councils: {seconds_per_pass(args.corpus) * 1000:.1f} ms per pass over the corpus")
    if args.misses:
        for r in rows:
            if not r.right:
                print(f"  {'stated' if r.stated else 'unstated'}  {r.file}: want {r.expected!r}, "
                      f"got {r.found!r} ({r.weight:.2f})")


if __name__ == "__main__":
    main()
