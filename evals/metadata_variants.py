"""Metamorphic benchmark for metadata: the tuning sets' papers rewritten by surface transformations real councils'
papers show (evals/metadata_transforms.py), and how many of the council, committee and meeting-date values the
extractor gets right as written stay right, turn empty or turn WRONG, per transformation.

Only values right in the paper as written are counted (label not empty, extractor's value the same by
evals/metadata.py's matching), so a figure says what the surface change alone costs. Text transformations are read
under a neutral file name (the paper's hash, as the primary score reads papers), so the file's name cannot make up for
the text; the 'file name: neutral' transformation measures what the real name gave. A transformation that leaves a
paper's text unchanged (no shape to rewrite) does not count that paper. Each transformation is a named function with
the real layouts that motivate it. Plain-text papers only (a PDF's text cannot be rewritten in place).

The tuning sets only (named one by one in SETS); no held-out set is read.

Run: .venv/bin/python -m evals.metadata_variants [--out evals/reports/metadata-variants.md] [--only SET]
"""
from __future__ import annotations

import argparse
import hashlib
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ingest.formats import ParseError, parse_file
from ingest.metadata import extract_meta
from ingest.records import DocumentMeta

from evals.metadata import DEV_LABELS, ROOT, Label, _same, load_labels
from evals.metadata_transforms import VARIANTS, Variant

_EVALS = ROOT / "evals"
# The tuning sets, each named (never a glob: held-out folders sit beside them).
SETS: tuple[tuple[str, Path, Path | None], ...] = (
    ("dev", DEV_LABELS, None),
    *((n, _EVALS / n / "meta_heldout.jsonl", _EVALS / n / "papers") for n in (
        "unseen", "unseen2", "unseen3", "unseen4", "unseen5", "unseen6", "unseen7", "unseen8", "unseen9", "unseen10",
        "unseen11", "unseen12")),
    *((n, _EVALS / n / "meta.jsonl", _EVALS / n / "papers") for n in (
        "register_unseen5", "register_unseen6", "register_unseen7", "register_unseen8", "register_unseen9",
        "register_unseen10", "register_unseen11", "register_unseen12")),
)
FIELDS = ("council", "committee", "meeting_date")


@dataclass(frozen=True, slots=True)
class Paper:
    """A labelled plain-text paper and its text."""

    name: str  # set/file
    label: Label
    text: str


@dataclass(frozen=True, slots=True)
class Row:
    """One transformation's figures over the papers it changed: right values as written, and what became of them."""

    name: str
    source: str
    papers: int
    counts: dict  # field -> Counter(right=, empty=, wrong=)


@dataclass(frozen=True, slots=True)
class Flip:
    """A value right as written and wrong after a transformation."""

    variant: str
    paper: str
    field: str
    expected: str
    got: str


def _describe(text: str, name: str) -> DocumentMeta | None:
    try:
        parts = parse_file(Path(name), text.encode("utf-8"))
    except ParseError:
        return None
    return extract_meta(parts[0], name) if parts else None


def _neutral(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16] + ".txt"


def load_papers(sets: Sequence[tuple[str, Path, Path | None]] = SETS) -> list[Paper]:
    """The plain-text labelled papers of the given sets."""
    out = []
    for name, labels, folder in sets:
        for label in load_labels(labels, folder):
            if label.path.suffix.lower() == ".txt" and label.path.is_file():
                out.append(Paper(f"{name}/{label.file}", label, label.path.read_text(encoding="utf-8", errors="replace")))
    return out


def _right(label: Label, meta: DocumentMeta | None) -> list[str]:
    return [f for f in FIELDS if getattr(label, f) is not None and meta is not None
            and _same(f, getattr(label, f), getattr(meta, f), label.council)]


def _tally(label: Label, fields: Sequence[str], meta: DocumentMeta | None, counts: dict, flips: list, where: tuple) -> None:
    for f in fields:
        got = getattr(meta, f) if meta else None
        outcome = "right" if _same(f, getattr(label, f), got, label.council) else "empty" if got is None else "wrong"
        counts[f][outcome] += 1
        if outcome == "wrong":
            flips.append(Flip(where[0], where[1], f, str(getattr(label, f)), str(got)))


def run(papers: Sequence[Paper], variants: Sequence[Variant] = VARIANTS) -> tuple[list[Row], list[Flip]]:
    """Every variant's figures over the papers, and every value a variant turned wrong."""
    counts = {name: {f: Counter() for f in FIELDS} for name in (*(v.name for v in variants), None)}
    touched: Counter = Counter()
    flips: list[Flip] = []
    for paper in papers:
        label, text = paper.label, paper.text
        neutral = _neutral(text)
        base = _describe(text, neutral)
        right = _right(label, base)
        named_right = _right(label, _describe(text, f"{label.path.parent.name}/{label.path.name}"))
        if named_right:
            touched[None] += 1
            _tally(label, named_right, base, counts[None], flips, ("file name: neutral", paper.name))
        if not right:
            continue
        for v in variants:
            new = v.rewrite(text, label)
            if new == text:
                continue
            touched[v.name] += 1
            _tally(label, right, _describe(new, neutral), counts[v.name], flips, (v.name, paper.name))
    rows = [Row(v.name, v.source, touched[v.name], counts[v.name]) for v in variants]
    rows.append(Row("file name: neutral", "the file's real name ('council-141222.txt', 'cabinet-november-2021.txt', "
                    "ModernGov's 'ieListDocuments.aspx_CId=…') for its hash: values right as ingested",
                    touched[None], counts[None]))
    return rows, flips


def _cell(c: Counter) -> str:
    return f"{c['right']}/{c['empty']}/{c['wrong']}"


def table(rows: Sequence[Row]) -> list[str]:
    """The variant table as markdown lines, with a total row."""
    out = ["| transformation | papers rewritten | council | committee | meeting date | all: right/empty/wrong | kept "
           "| source layouts |", "|---|---:|---:|---:|---:|---:|---:|---|"]
    total = {f: Counter() for f in FIELDS}
    for r in rows:
        every = sum(r.counts.values(), Counter())
        n = sum(every.values())
        kept = f"{every['right'] / n:.3f}" if n else "—"
        out.append(f"| {r.name} | {r.papers} | " + " | ".join(_cell(r.counts[f]) for f in FIELDS)
                   + f" | {_cell(every)} | {kept} | {r.source} |")
        for f in FIELDS:
            total[f] += r.counts[f]
    every = sum(total.values(), Counter())
    n = sum(every.values())
    out.append(f"| **total** | | " + " | ".join(_cell(total[f]) for f in FIELDS)
               + f" | {_cell(every)} | {every['right'] / n if n else 0:.3f} | |")
    return out


def flip_rows(flips: Sequence[Flip]) -> list[str]:
    """Every value a transformation turned wrong, as markdown lines."""
    if not flips:
        return ["None."]
    return ["| transformation | paper | field | label | got |", "|---|---|---|---|---|",
            *(f"| {f.variant} | {f.paper} | {f.field} | {f.expected} | {f.got.replace('|', '/')} |" for f in flips)]


_ABOUT = (
    "Each tuning paper (dev ../shared/corpus/councils, unseen .. unseen12, register_unseen5 .. register_unseen12;",
    "plain text only) is rewritten by one transformation at a time and read again under a neutral file name. Counted: the",
    "council, committee and meeting-date values the extractor gets right in the paper as written (label not empty), and",
    "after the rewrite how many stay right / turn empty / turn WRONG (cells read right/empty/wrong). A paper the",
    "transformation leaves unchanged is not counted. 'file name: neutral' compares the real file name with a neutral",
    "one on the unchanged text. Title and cover forms rewrite the opening line that names the labelled committee (the",
    "label finds the line; the extractor never sees it). 'kept' is right / all. Wrong is worse than empty: retrieval",
    "filters by council and committee.",
)


def main() -> None:
    """Run every variant over the tuning sets' plain-text papers; print the table and the wrong values."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=None, help="write the tables (markdown) here")
    ap.add_argument("--only", default=None, help="a set name (dev, unseen, …, register_unseen12)")
    args = ap.parse_args()
    started = time.monotonic()
    papers = load_papers([s for s in SETS if args.only in (None, s[0])])
    rows, flips = run(papers)
    lines = ["# Metadata: invariance to how councils write (metamorphic benchmark, round 13)", "",
             "Written by `.venv/bin/python -m evals.metadata_variants --out evals/reports/metadata-variants.md`"
             f" ({len(papers)} plain-text papers of the tuning sets; {time.monotonic() - started:.0f} s).", "",
             *_ABOUT, "", *table(rows), "", "## Values turned wrong", "", *flip_rows(flips)]
    print("\n".join(lines))
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
