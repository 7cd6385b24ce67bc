"""Council recognition measured on the councils development corpus: find_councils' top council against the labels.

Only each paper's text is read (its file name carries the council). A row counts as right when the top council
and the labelled council have the same canonical name; "stated" rows are those whose label says the text names
the council outside e-mail and web addresses. Also times find_councils over the whole corpus.

Run: .venv/bin/python -m evals.gazetteer [--corpus DIR] [--misses]
"""
from __future__ import annotations

import argparse
import json
import time
from dataclasses import dataclass
from pathlib import Path

from ingest.councils import canonical_council, find_councils

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "councils"
_REPEATS = 20  # timing repeats over the corpus, for a steadier figure


@dataclass(frozen=True, slots=True)
class Row:
    """One paper: the labelled council, what find_councils put first, and whether the text states the council."""

    file: str
    expected: str
    found: str | None
    stated: bool

    @property
    def right(self) -> bool:
        """Whether the top council is the labelled one (both read through canonical_council)."""
        want = canonical_council(self.expected) or self.expected
        return self.found is not None and (canonical_council(self.found) or self.found) == want


def score(corpus: Path) -> list[Row]:
    """One Row per labelled paper in corpus/expected_meta.jsonl."""
    rows = []
    for line in (corpus / "expected_meta.jsonl").read_text(encoding="utf-8").splitlines():
        label = json.loads(line)
        ranked = find_councils((corpus / label["file"]).read_text(encoding="utf-8"))
        rows.append(Row(label["file"], label["council"], ranked[0][0] if ranked else None,
                        bool(label["stated_in_text"]["council"])))
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


def main(argv: list[str] | None = None) -> None:
    """Print accuracy overall and on stated rows, the time per corpus pass, and optionally every miss."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--misses", action="store_true", help="list every paper whose top council is wrong")
    args = parser.parse_args(argv)
    rows = score(args.corpus)
    stated = [r for r in rows if r.stated]
    print(f"council right: {sum(r.right for r in rows)}/{len(rows)} overall, "
          f"{sum(r.right for r in stated)}/{len(stated)} where the text states it")
    print(f"find_councils: {seconds_per_pass(args.corpus) * 1000:.1f} ms per pass over the corpus")
    if args.misses:
        for r in rows:
            if not r.right:
                print(f"  {'stated' if r.stated else 'unstated'}  {r.file}: want {r.expected!r}, got {r.found!r}")


if __name__ == "__main__":
    main()
