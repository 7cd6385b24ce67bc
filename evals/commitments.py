"""Commitment extraction scored against a hand-labelled register: the seed papers' (evals/commitments_gold.jsonl) or
the councils corpus's tuning and held-out sets (evals/register_tuning.jsonl, register_holdout.jsonl).

A found commitment matches a gold one when both come from the same paper, are of the same kind, and one's words
hold the other's (or they share most words); each gold commitment matches at most once. Actors agree when one's words
hold the other's, articles aside ("the Committee" and "the Transport Committee", "Transport Committee").

When the gold rows name a councils split (tuning, held-out), only the folder's papers of that split are read: those
the gold names and those its split rule (evals/register_gold.md) puts there, so papers with no commitments still count
against precision and the other split's papers and non-papers (SOURCES.md) are left out. Any other split
(register_tuning_unseen.jsonl's "tuning-unseen") owns its whole folder: every paper in it is read.

Run: .venv/bin/python -m evals.commitments [--seeds DIR] [--gold FILE] [--out DIR]
e.g. --gold evals/register_holdout.jsonl --seeds ../shared/corpus/councils --out evals/reports/register-holdout
     --gold evals/register_tuning_unseen.jsonl --seeds evals/unseen/papers --out /tmp/x/unseen
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from ingest.chunking import approx_tokens
from ingest.formats import parse_file
from ingest.manifest import load_manifests
from ingest.pipeline import build_documents

GOLD = Path(__file__).with_name("commitments_gold.jsonl")
# The same papers labelled again, blind to the gold and to the extractor, by a second annotator who marked borderline calls.
SECOND = Path(__file__).with_name("commitments_second_labeller.jsonl")
SEEDS = Path(__file__).resolve().parent.parent / "corpus" / "seeds"
_OVERLAP = 0.6
_NOT_PAPERS = {".jsonl", ".md", ".json", ".csv"}
# The splits evals/register_gold.md's rule cuts the councils folder into; any other split (e.g. "tuning-unseen",
# evals/unseen/papers) is a folder of its own, all of whose papers are read.
_SPLITS = {"tuning", "held-out"}


@dataclass(frozen=True, slots=True)
class Labelled:
    """A commitment as the gold set or the extractor states it, named by the file it comes from."""

    doc: str  # file name
    kind: str
    text: str
    actor: str | None = None
    due: str | None = None
    borderline: bool = False
    split: str | None = None
    procedural: bool = False


@dataclass(frozen=True)
class Score:
    """Precision and recall of extraction, overall and per kind, with how often actor and deadline agree."""

    found: int
    gold: int
    matched: int
    precision: float
    recall: float
    by_kind: dict[str, dict[str, float]]
    actor_agreement: float
    due_agreement: float
    missed: tuple[Labelled, ...]
    spurious: tuple[Labelled, ...]
    other_actor: tuple[tuple[Labelled, str | None], ...] = ()  # matched records whose actor differs: (gold, found actor)


def load_commitment_gold(path: Path = GOLD) -> list[Labelled]:
    """The hand-labelled commitments, one JSON object per line."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [
        Labelled(r["doc"], r["kind"], r["text"], r.get("actor"), r.get("due"), bool(r.get("borderline")), r.get("split"),
                 bool(r.get("procedural")))
        for r in rows
    ]


def split_of(name: str) -> str:
    """The split evals/register_gold.md puts a councils paper in: by its council slug (the file name's first field),
    "tuning" when the slug's SHA-256 is even, else "held-out"."""
    slug = name.split("_")[0]
    return "tuning" if int(hashlib.sha256(slug.encode()).hexdigest(), 16) % 2 == 0 else "held-out"


def papers(folder: Path, gold: Sequence[Labelled] = ()) -> list[Path]:
    """The folder's papers to score against `gold`: all of them, or when the gold names a split, those of that split."""
    files = sorted(
        p for p in folder.iterdir()
        if p.is_file() and p.suffix.lower() not in _NOT_PAPERS and not p.name.startswith(".")
    )
    splits = {g.split for g in gold if g.split}
    if not splits or not splits <= _SPLITS:
        return files
    named = {g.doc for g in gold}
    return [p for p in files if p.name in named or split_of(p.name) in splits]


def extract_folder(folder: Path, gold: Sequence[Labelled] = ()) -> list[Labelled]:
    """Every commitment the ingest pipeline finds in a folder's papers (its manifest applied, as at ingest); with a
    split gold set, in that split's papers only."""
    files = papers(folder, gold)
    manifest = load_manifests(files)
    found = []
    for path in files:
        data = path.read_bytes()
        parts = parse_file(path, data)
        for built in build_documents(parts, str(path), "0" * 64, path.name, manifest.get(path.resolve()), approx_tokens):
            found.extend(Labelled(path.name, c.kind, c.text, c.actor, c.due) for c in built.commitments)
    return found


def _norm(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def same_commitment(a: Labelled, b: Labelled) -> bool:
    """Whether two labels name the same commitment: same paper, same kind, and the same words."""
    if a.doc != b.doc or a.kind != b.kind:
        return False
    na, nb = _norm(a.text), _norm(b.text)
    if na in nb or nb in na:
        return True
    wa, wb = set(na.split()), set(nb.split())
    return len(wa & wb) / max(len(wa | wb), 1) >= _OVERLAP


def _agrees(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return not a and not b
    na, nb = _norm(a), _norm(b)
    return na in nb or nb in na


def _same_actor(a: str | None, b: str | None) -> bool:
    """Whether two actors name the same one: one's words hold the other's, articles aside."""
    strip = lambda x: " ".join(w for w in _norm(x).split() if w not in ("the", "a", "an")) if x else x  # noqa: E731
    return _agrees(strip(a), strip(b))


def score(found: Sequence[Labelled], gold: Sequence[Labelled]) -> Score:
    """Match found to gold one-to-one and score it."""
    free = list(gold)
    pairs: list[tuple[Labelled, Labelled]] = []
    spurious = []
    for f in found:
        g = next((g for g in free if same_commitment(f, g)), None)
        if g is None:
            spurious.append(f)
        else:
            free.remove(g)
            pairs.append((f, g))
    by_kind = {}
    for kind in sorted({x.kind for x in (*found, *gold)}):
        n_found = sum(1 for f in found if f.kind == kind)
        n_gold = sum(1 for g in gold if g.kind == kind)
        hit = sum(1 for _, g in pairs if g.kind == kind)
        actors = sum(1 for f, g in pairs if g.kind == kind and _same_actor(f.actor, g.actor))
        dues = sum(1 for f, g in pairs if g.kind == kind and _agrees(f.due, g.due))
        by_kind[kind] = {"found": n_found, "gold": n_gold, "precision": _ratio(hit, n_found), "recall": _ratio(hit, n_gold),
                         "actor": _ratio(actors, hit), "due": _ratio(dues, hit)}
    return Score(
        found=len(found),
        gold=len(gold),
        matched=len(pairs),
        precision=_ratio(len(pairs), len(found)),
        recall=_ratio(len(pairs), len(gold)),
        by_kind=by_kind,
        actor_agreement=_ratio(sum(_same_actor(f.actor, g.actor) for f, g in pairs), len(pairs)),
        due_agreement=_ratio(sum(_agrees(f.due, g.due) for f, g in pairs), len(pairs)),
        missed=tuple(free),
        spurious=tuple(spurious),
        other_actor=tuple((g, f.actor) for f, g in pairs if not _same_actor(f.actor, g.actor)),
    )


def _ratio(a: int, b: int) -> float:
    return round(a / b, 3) if b else 1.0


def to_markdown(s: Score, title: str = "the seed papers", papers_read: int | None = None) -> str:
    """The score as a short report."""
    lines = [
        f"# Commitment extraction on {title}",
        "",
        f"{s.matched} of {s.gold} hand-labelled commitments found; {s.found} found in all"
        + (f", from {papers_read} papers." if papers_read is not None else "."),
        "",
        "| kind | gold | found | precision | recall | actor agrees | due agrees |",
        "|---|---:|---:|---:|---:|---:|---:|",
        *(f"| {k} | {v['gold']} | {v['found']} | {v['precision']:.3f} | {v['recall']:.3f} | {v['actor']:.0%} | {v['due']:.0%} |"
          for k, v in s.by_kind.items()),
        f"| **all** | {s.gold} | {s.found} | **{s.precision:.3f}** | **{s.recall:.3f}** | {s.actor_agreement:.0%} | "
        f"{s.due_agreement:.0%} |",
        "",
        f"Of the matched ones, the actor agrees in {s.actor_agreement:.0%} and the deadline in {s.due_agreement:.0%}.",
    ]
    for title, rows in (("Missed", s.missed), ("Found but not in the gold", s.spurious)):
        if rows:
            lines += ["", f"## {title}", "", *(f"- {r.doc} ({r.kind}): {r.text}" for r in rows)]
    if s.other_actor:
        lines += ["", "## Found with another actor", "",
                  *(f"- {g.doc} ({g.kind}): found {actor!r}, gold {g.actor!r}: {g.text}" for g, actor in s.other_actor)]
    return "\n".join(lines) + "\n"


def without_procedural(found: Sequence[Labelled], gold: Sequence[Labelled], result: Score) -> str:
    """The figures with the gold's procedural resolutions (minutes approved, press excluded, report noted) set aside:
    they leave the gold, and found records matching them leave the count."""
    procedural = [g for g in gold if g.procedural]
    rest = [g for g in gold if not g.procedural]
    kept = [f for f in found if not any(same_commitment(f, g) for g in procedural)]
    s = score(kept, rest)
    return "\n".join([
        "## Without procedural resolutions",
        "",
        f"{len(procedural)} gold rows are procedural. Without them: {s.matched} of {s.gold} found, {s.found} found in all; "
        f"precision {s.precision:.3f}, recall {s.recall:.3f}; actor agrees in {s.actor_agreement:.0%}, deadline in "
        f"{s.due_agreement:.0%}.",
    ]) + "\n"


def second_opinion(found: Sequence[Labelled], gold: Sequence[Labelled], second: Sequence[Labelled]) -> str:
    """How the extractor and the gold fare against a second annotator: all their labels, and the firm ones only."""
    firm = [x for x in second if not x.borderline]
    lines = [
        "## Against a second, blind annotator",
        "",
        f"The same papers labelled again without sight of the gold or the extractor: {len(second)} commitments, "
        f"{len(second) - len(firm)} of them marked borderline.",
        "",
        "| scored | against | precision | recall |",
        "|---|---|---:|---:|",
    ]
    for name, labels in (("extractor", found), ("gold (first annotator)", gold)):
        for against, target in (("all second labels", second), ("firm second labels", firm)):
            s = score(labels, target)
            lines.append(f"| {name} | {against} ({len(target)}) | {s.precision:.3f} | {s.recall:.3f} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    """Score the extractor on the seeds and write evals/reports/commitments.{json,md}."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--seeds", type=Path, default=SEEDS)
    ap.add_argument("--gold", type=Path, default=GOLD, help="gold file for the papers in --seeds")
    ap.add_argument("--out", type=Path, default=Path(__file__).with_name("reports"),
                    help="an existing folder (gets commitments.json and .md) or a path stem (gets STEM.json and STEM.md)")
    args = ap.parse_args()
    gold = load_commitment_gold(args.gold)
    found = extract_folder(args.seeds, gold)
    result = score(found, gold)
    title = "the seed papers" if args.gold.resolve() == GOLD.resolve() else f"{args.gold.name} ({args.seeds.name})"
    report = to_markdown(result, title, len(papers(args.seeds, gold)))
    if any(g.procedural for g in gold):
        report += "\n" + without_procedural(found, gold, result)
    if args.gold.resolve() == GOLD.resolve() and SECOND.exists():
        report += "\n" + second_opinion(found, gold, load_commitment_gold(SECOND))
    stem = args.out / "commitments" if args.out.is_dir() else args.out
    stem.parent.mkdir(parents=True, exist_ok=True)
    stem.with_name(stem.name + ".json").write_text(json.dumps(asdict(result), indent=2, default=str) + "\n")
    stem.with_name(stem.name + ".md").write_text(report)
    print(report)


if __name__ == "__main__":
    main()
