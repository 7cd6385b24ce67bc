"""Metadata extraction scored against hand labels: council, committee, meeting date and kind, no index needed.

Each labelled file is parsed with Clerk's own parsers and described by `extract_meta`, the same path ingestion
takes (the first part of a file that holds several meetings, as labels describe the first listed meeting).

Two scores:
- primary: only the fields the labels mark as stated in the text (`stated_in_text`), and kind, read from a copy of the
  file under a neutral name (its hash), so neither the file name nor its folder can give the answer away;
- secondary: every labelled field (a null label wants no value), read with the real file name and folder.

A third table, over ALL papers and read as ingested (real file name and folder): per field, how many values are
right, empty or WRONG (a value other than the label's, or any value where the label has none), split by whether the
text states the field. A wrong council or committee is worse than none: retrieval filters by them.

Matching rules, written down so that a figure means one thing:
- council: both sides through `canonical_council` (also tried on a parenthesised part, "Cyngor Gwynedd (Gwynedd
  Council)"); where the gazetteer knows neither, their words must be equal (case, "&"/"and" and punctuation aside).
- committee: equal after lower-casing, reading "&" as "and", dropping punctuation (hyphens are spaces), a leading
  "the" and a trailing "meeting". Two conventions for one body also match (`same_body`, round 10, with the paper's
  own council from its label): (1) the whole council's meeting: "Council", "Full Council" and the end of the council's
  own name from its type ("Town Council" of Aberystwyth Town Council; "Full Authority" and "Fire and Rescue Authority"
  of an authority of that name), an occasion in brackets aside ("Parish Council (Annual Meeting)"):
  the labels themselves write local councils' meetings "Town/Parish/Community Council" (70 papers) or "Full
  Council" (1) and principal councils' "Council" (107); (2) a name that differs only by leading words of the
  paper's own council's name ("West Dunbartonshire Health and Social Care Partnership Board" of the West
  Dunbartonshire HSCP Board). Nothing else: "Cumbria Health and Wellbeing Board" is not "Health and Wellbeing
  Board" in another council's paper, and "Planning Committee" is not "Planning Applications Committee".
- meeting date: the same day. kind: the same word, except that the labels' "other" (forward plans, notices of key
  decisions) matches Clerk's kinds that are neither minutes, agenda, decision, report nor inspection report.

Run: .venv/bin/python -m evals.metadata [--labels FILE] [--papers DIR] [--out DIR] [--report NAME] [--role TEXT]
(--role says what the set is to Clerk's rules, e.g. "tuning (seen)" or "held-out", and is printed in the report).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path

from ingest.council_variants import canonical_council
from ingest.formats import ParseError, parse_file
from ingest.metadata import extract_meta
from ingest.records import DocumentMeta

ROOT = Path(__file__).resolve().parent.parent
DEV_LABELS = ROOT.parent / "shared" / "corpus" / "councils" / "expected_meta.jsonl"
REPORTS = Path(__file__).with_name("reports")
FIELDS = ("council", "committee", "meeting_date", "kind")
STATED = ("council", "committee", "meeting_date")
_NAMED_KINDS = frozenset({"minutes", "agenda", "decision", "report", "inspection report"})  # the fields labels say the text states, or not


@dataclass(frozen=True, slots=True)
class Label:
    """One labelled paper: the true values and which of them its text states."""

    file: str
    path: Path
    council: str | None
    committee: str | None
    meeting_date: date | None
    kind: str | None
    stated: dict[str, bool]


@dataclass(frozen=True, slots=True)
class Miss:
    """A field extraction got wrong: what was wanted, what came out, and where Clerk found it."""

    file: str
    field: str
    expected: str | None
    got: str | None
    provenance: str | None
    stated_in_text: bool | None


def load_labels(path: Path, papers: Path | None = None) -> list[Label]:
    """The labels file's rows; `file` is relative to `papers`, else to the labels file's folder."""
    base = papers or path.parent
    labels = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        when = row.get("meeting_date")
        labels.append(Label(
            file=row["file"], path=base / row["file"], council=row.get("council"), committee=row.get("committee"),
            meeting_date=date.fromisoformat(when) if when else None, kind=row.get("kind"),
            stated={k: bool(v) for k, v in (row.get("stated_in_text") or {}).items()},
        ))
    return labels


def _words(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower().replace("&", " and ")))


def _council_key(name: str | None) -> str | None:
    if not name:
        return None
    for candidate in (name, *re.findall(r"\(([^)]+)\)", name), re.sub(r"\s*\([^)]*\)", "", name)):
        if found := canonical_council(candidate):
            return found
    return _words(name)


def committee_key(name: str | None) -> str | None:
    """A committee's name for comparison: case, "&", punctuation, a leading "the" and a trailing "meeting" aside."""
    if not name:
        return None
    words = _words(name).split()
    if words[:1] == ["the"]:
        words = words[1:]
    if words[-1:] == ["meeting"]:
        words = words[:-1]
    return " ".join(words) or None


def _plenary(name: str, council: str | None) -> bool:
    """Whether a committee name is the whole meeting of the paper's own council or authority: "Council", "Full
    Council", or the end of its own name from its type ("Town Council" of Anytown Town Council, "Fire and Rescue
    Authority" and "Full Authority" of West Anyshire Fire and Rescue Authority)."""
    words = (committee_key(re.sub(r"\s*\([^)]*\)\s*$", "", name)) or "").split()
    if words[:1] == ["full"]:
        words = words[1:]
    own = _words(council or "").split()
    return words == ["council"] or (bool(words) and own[-1:] in (["council"], ["authority"]) and own[-len(words):] == words)


def same_body(expected: str | None, got: str | None, council: str | None) -> bool:
    """Whether two committee names are one body of the paper's council: equal keys, both its whole meeting, or
    the same name but for leading words of the council's own name."""
    if not expected or not got:
        return committee_key(expected) == committee_key(got)
    want, have = committee_key(expected) or "", committee_key(got) or ""
    if want == have or (_plenary(expected, council) and _plenary(got, council)):
        return True
    short, long = sorted((want.split(), have.split()), key=len)
    extra = long[: len(long) - len(short)]
    named = len(short) > 1 or short[:1] in (["cabinet"], ["executive"], ["council"], ["authority"])  # not "Committee"
    return named and long[len(extra):] == short and set(extra) <= set(_words(council or "").split())


def _same(field: str, expected: object, got: object, council: str | None = None) -> bool:
    if field == "council":
        return _council_key(expected) == _council_key(got)  # type: ignore[arg-type]
    if field == "committee":
        return same_body(expected, got, council)  # type: ignore[arg-type]
    if field == "kind" and expected == "other":
        return got not in _NAMED_KINDS
    return expected == got


def describe(path: Path, name: str) -> DocumentMeta:
    """The metadata ingestion gives a file's first part when it is ingested under `name` (a path or a file name)."""
    parts = parse_file(Path(name), path.read_bytes())
    return extract_meta(parts[0], name)


def _neutral(path: Path, folder: Path) -> Path:
    """A copy of the file named by its hash, keeping the suffix the parser is chosen by."""
    copy = folder / (hashlib.sha256(path.read_bytes()).hexdigest()[:16] + path.suffix.lower())
    shutil.copyfile(path, copy)
    return copy


def _as_text(value: object) -> str | None:
    return value.isoformat() if isinstance(value, date) else (str(value) if value is not None else None)


def _score(labels: Sequence[Label], metas: Sequence[DocumentMeta | None], stated_only: bool) -> tuple[dict, list[Miss]]:
    counts = {f: [0, 0] for f in FIELDS}  # field -> [right, scored]
    misses: list[Miss] = []
    for label, meta in zip(labels, metas):
        for field in FIELDS:
            stated = label.stated.get(field) if field in STATED else None
            if stated_only and field in STATED and not stated:
                continue  # kind has no such flag: it is always read from the text
            expected = getattr(label, field)
            if field == "kind" and expected is None:
                continue
            got = getattr(meta, field) if meta else None
            counts[field][1] += 1
            if _same(field, expected, got, label.council):
                counts[field][0] += 1
            else:
                where = (getattr(meta, "provenance", None) or {}).get(field) if meta else "unreadable"
                misses.append(Miss(label.file, field, _as_text(expected), _as_text(got), where, stated))
    scores = {f: {"right": r, "scored": n, "accuracy": round(r / n, 3) if n else None} for f, (r, n) in counts.items()}
    return scores, misses


def outcomes(labels: Sequence[Label], metas: Sequence[DocumentMeta | None]) -> tuple[dict, list[Miss]]:
    """Right / empty / wrong per stated field over every paper, split by whether the text states it; the wrong ones."""
    counts = {f: {side: {"right": 0, "empty": 0, "wrong": 0} for side in ("stated", "unstated")} for f in STATED}
    wrong: list[Miss] = []
    for label, meta in zip(labels, metas):
        for field in STATED:
            stated = bool(label.stated.get(field))
            expected = getattr(label, field)
            got = getattr(meta, field) if meta else None
            if _same(field, expected, got, label.council):
                outcome = "right"
            elif got is None:
                outcome = "empty"
            else:
                outcome = "wrong"
                where = (getattr(meta, "provenance", None) or {}).get(field)
                wrong.append(Miss(label.file, field, _as_text(expected), _as_text(got), where, stated))
            counts[field]["stated" if stated else "unstated"][outcome] += 1
    return counts, wrong


def evaluate(labels: Sequence[Label]) -> dict:
    """Both scores over the labelled papers, with every miss."""
    neutral_metas: list[DocumentMeta | None] = []
    named_metas: list[DocumentMeta | None] = []
    with tempfile.TemporaryDirectory(prefix="clerk-meta-") as tmp:
        for label in labels:
            try:
                neutral = _neutral(label.path, Path(tmp))
                neutral_metas.append(describe(neutral, neutral.name))
                named_metas.append(describe(label.path, f"{label.path.parent.name}/{label.path.name}"))
            except (OSError, ParseError):
                neutral_metas.append(None)
                named_metas.append(None)
    primary, primary_misses = _score(labels, neutral_metas, stated_only=True)
    secondary, secondary_misses = _score(labels, named_metas, stated_only=False)
    counts, wrong = outcomes(labels, named_metas)
    return {
        "papers": len(labels),
        "primary": {"scores": primary, "misses": [asdict(m) for m in primary_misses]},
        "secondary": {"scores": secondary, "misses": [asdict(m) for m in secondary_misses]},
        "outcomes": {"counts": counts, "wrong": [asdict(m) for m in wrong]},
    }


def _table(scores: dict) -> list[str]:
    lines = ["| field | right | scored | accuracy |", "|---|---:|---:|---:|"]
    for field, s in scores.items():
        accuracy = f"{s['accuracy']:.3f}" if s["accuracy"] is not None else "–"
        lines.append(f"| {field} | {s['right']} | {s['scored']} | {accuracy} |")
    return lines


def _totals(counts: dict) -> dict:
    return {f: {k: sum(side[k] for side in sides.values()) for k in ("right", "empty", "wrong")}
            for f, sides in counts.items()}


def _outcome_table(counts: dict) -> list[str]:
    lines = ["| field | text | right | empty | wrong |", "|---|---|---:|---:|---:|"]
    for field, sides in counts.items():
        for side, tally in sides.items():
            lines.append(f"| {field} | {side} | {tally['right']} | {tally['empty']} | {tally['wrong']} |")
    return lines


def _wrong_rows(wrong: list[dict]) -> list[str]:
    return _listed(wrong, ("file", "field", "text", "expected", "got", "provenance"))


def _miss_rows(misses: list[dict]) -> list[str]:
    return _listed(misses, ("file", "field", "expected", "got", "provenance"))


def _listed(rows: list[dict], columns: tuple[str, ...]) -> list[str]:
    """A markdown table of misses or wrong values, one row each ("text" says whether the paper states the field)."""
    if not rows:
        return ["None."]
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    for m in rows:
        cell = {"file": m["file"], "field": m["field"], "expected": m["expected"] or "(none)",
                "got": m["got"] or "(none)", "provenance": m["provenance"] or "–",
                "text": "stated" if m.get("stated_in_text") else "unstated"}
        lines.append("| " + " | ".join(cell[c].replace("|", "\\|") for c in columns) + " |")
    return lines


def render(result: dict, labels_path: Path, command: str = "python -m evals.metadata", role: str | None = None) -> str:
    """The report as Markdown: both score tables and every miss; `command` reproduces it, `role` says what the set is."""
    lines = [
        "# Metadata extraction",
        "",
        f"Labels: `{labels_path.name}` ({result['papers']} papers)" + (f", a {role} set" if role else "")
        + f". Reproduce with `{command}`.",
        "",
        "Matching (see evals/metadata.py): council through the gazetteer's canonical names; committee equal after case,",
        "\"&\"/\"and\", punctuation, a leading \"the\" and a trailing \"meeting\", or one body of the paper's council in two",
        "conventions (its whole meeting: \"Council\" / \"Full Council\" / \"Town Council\"; its own name's leading words kept);",
        "the same meeting date; the same kind.",
        "",
        "## Primary: fields the text states, file under a neutral name",
        "",
        *_table(result["primary"]["scores"]),
        "",
        "## Secondary: every labelled field, real file name and folder as hints",
        "",
        *_table(result["secondary"]["scores"]),
        "",
        "## Misses (primary)",
        "",
        *_miss_rows(result["primary"]["misses"]),
        "",
        "## Misses (secondary)",
        "",
        *_miss_rows(result["secondary"]["misses"]),
        "",
    ]
    if "outcomes" in result:
        lines += [
            "## All papers as ingested: right, empty or wrong, by whether the text states the field",
            "",
            "A value other than the label's (or any value where the label has none) is wrong; a wrong council or",
            "committee filters a paper's passages out of answers, an empty one does not.",
            "",
            *_outcome_table(result["outcomes"]["counts"]),
            "",
            "### Wrong values",
            "",
            *_wrong_rows(result["outcomes"]["wrong"]),
            "",
        ]
    return "\n".join(lines)


def _command(args: argparse.Namespace) -> str:
    """The command line that writes this report again, paths relative to the repository where they lie inside it."""
    def shown(path: Path) -> str:
        resolved = path.resolve()
        return str(resolved.relative_to(ROOT)) if resolved.is_relative_to(ROOT) else str(path)
    words = ["python -m evals.metadata"]
    if args.labels.resolve() != DEV_LABELS.resolve():
        words.append(f"--labels {shown(args.labels)}")
    if args.papers:
        words.append(f"--papers {shown(args.papers)}")
    if args.out.resolve() != REPORTS.resolve():
        words.append(f"--out {shown(args.out)}")
    if args.report:
        words.append(f"--report {args.report}")
    if args.role:
        words.append(f"--role '{args.role}'")
    return " ".join(words)


def main(argv: Sequence[str] | None = None) -> int:
    """Score metadata extraction on a labels file and write the report (Markdown and JSON)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labels", type=Path, default=DEV_LABELS, help="labels JSONL (default: the dev set)")
    parser.add_argument("--papers", type=Path, help="folder the labels' file names are relative to")
    parser.add_argument("--out", type=Path, default=REPORTS, help="folder for the report")
    parser.add_argument("--report", default=None, help="report name (default: metadata for the dev set)")
    parser.add_argument("--role", default=None, help='what the set is to the rules, e.g. "tuning (seen)", "held-out"')
    args = parser.parse_args(argv)
    if not args.labels.is_file():
        parser.error(f"no labels file at {args.labels}")
    labels = load_labels(args.labels, args.papers)
    result = evaluate(labels)
    name = args.report or ("metadata" if args.labels.resolve() == DEV_LABELS.resolve() else f"metadata-{args.labels.stem}")
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / f"{name}.json").write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    (args.out / f"{name}.md").write_text(render(result, args.labels, _command(args), args.role), encoding="utf-8")
    for title in ("primary", "secondary"):
        scores = result[title]["scores"]
        print(title + ": " + ", ".join(f"{f} {s['accuracy']}" for f, s in scores.items()))
    print("all papers (right/empty/wrong): " + ", ".join(
        f"{f} {t['right']}/{t['empty']}/{t['wrong']}" for f, t in _totals(result["outcomes"]["counts"]).items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
