"""Metamorphic benchmark for the commitments register: the tuning sets' papers rewritten by surface transformations a
council could plausibly write, and the register's recall (of the gold records whose line was rewritten), actor and due
agreement and false records scored per transformation against the paper as written.

Each transformation rewrites every line of a paper where its shape occurs (a gold record's line or not), so one run
measures both what it costs recall (the gold lines it changed) and the false records it adds (the other lines). The
gold text is rewritten the same way where the change is inside its words (case, honorific, adverb). Each transformation
names the shape it comes from: a form seen in the tuning papers or in the blind sets' misses (evals/register_gold.md,
"blind misses by shape"). Plain-text papers only (a PDF's text cannot be rewritten in place).

Run: .venv/bin/python -m evals.register_variants [--out evals/reports/register-variants.md] [--only NAME]
"""
from __future__ import annotations

import argparse
import re
import textwrap
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from ingest.chunking import approx_tokens
from ingest.formats import parse_file
from ingest.manifest import load_manifests
from ingest.pipeline import build_documents

from evals.commitments import Labelled, _norm, _same_actor, load_commitment_gold, papers, same_commitment

_MARKER = re.compile(r"\b(resolved|agreed|action)\b", re.I)
# An outcome word used as a label: followed by punctuation, 'that', 'to', an article, a capital or the line's end
# ('RESOLVED: …', 'it was AGREED that …', 'Members agreed to …'), not an adjective ('the agreed budget').
_LABEL = re.compile(r"\b(RESOLVED|Resolved|resolved|AGREED|Agreed|agreed)\b"
                    r"(?=\s*[:\-–—,.]|\s+(?:that|That|THAT|to|To|the|The)\b|\s*$)")
_LABEL_PUNCT = re.compile(r"\b(RESOLVED|Resolved|AGREED|Agreed)(?:\s*[:–—]\s*|\s+-\s*|\s+)(?=(?:that|That|THAT)\b|[A-Z])")
_THAT = re.compile(r"\b(RESOLVED|Resolved|AGREED|Agreed)(\s*[:\-–—]?\s*)(?:that|That|THAT)\s+(\w)")
_NO_THAT = re.compile(r"\b(RESOLVED|Resolved|AGREED|Agreed)(\s*[:\-–—]\s*|\s+)(?=(?:the|The|this|This)\b)")
_HONORIFIC = re.compile(r"\b(?:Cllr\.?|Councillor)(?=\s+[A-Z])")
_HONORIFICS = re.compile(r"\b(?:Cllrs\.?|Councillors)(?=\s+[A-Z])")
_NUMBERED = re.compile(r"^\s*(?:\(?[0-9ivxIVX]{1,5}[.)]|\(?[a-zA-Z]\)|[0-9]+(?:[./][0-9]+)+|[0-9]{1,3}\s)")
# An action line: the marker before its body ('Action: Clerk to write …', 'ACTION GP: …') or after it ('… Action RG',
# '… (ACTION - Clerk)').
_ACTION_BEFORE = re.compile(r"^(?P<pre>[\s\-•*]*)(?:Action|ACTION)s?\s*[:\-–]\s*(?P<actor>[A-Z][\w.&/' ]{0,30}?) to (?P<rest>.+)$")
_WHO = r"(?!To\b)(?:[A-Z]{2,4}|(?:[Tt]he\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})(?:\s*(?:,|and|&)\s*(?:[A-Z]{2,4}|[A-Z][a-z]+)){0,3}"
_ACTION_AFTER = re.compile(rf"^(?P<body>.*?\w.*?)[\s.;]*\(?\s*(?:Action|ACTION)s?\s*[:\-–]?\s*(?P<actor>{_WHO})\s*\)?\.?\s*$")
_ENUMERATOR = re.compile(r"^[\s\-•*]*(?:\(?[0-9ivx]{1,4}(?:\.[0-9]{1,3})*[.)]|\(?[a-z]\))?\s*")


@dataclass(frozen=True)
class Variant:
    """A surface transformation of a paper's lines, and where the shape it writes comes from."""

    name: str
    source: str
    line: Callable[[str], str]
    words: Callable[[str], str] | None = None  # the same change to a gold record's text, when it is inside its words


def _case(form: Callable[[str], str]) -> Callable[[str], str]:
    return lambda s: _MARKER.sub(lambda m: form(m.group(1)), s)


def _punct(mark: str) -> Callable[[str], str]:
    return lambda s: _LABEL_PUNCT.sub(lambda m: m.group(1) + mark, s)


def _adverb(word: str) -> Callable[[str], str]:
    def put(m: re.Match) -> str:
        verb = m.group(1)
        return f"{verb} {word.upper() if verb.isupper() and word == 'unanimously' else word}"
    return lambda s: _LABEL.sub(put, s)


def _honorific(one: str, many: str) -> Callable[[str], str]:
    return lambda s: _HONORIFICS.sub(many, _HONORIFIC.sub(one, s))


def _number(prefix: str) -> Callable[[str], str]:
    def put(s: str) -> str:
        if len(s.split()) < 3 or _NUMBERED.match(s) or not s.lstrip()[:1].isalpha():
            return s
        return f"{prefix} {s.lstrip()}"
    return put


def _action(form: str) -> Callable[[str], str]:
    def put(s: str) -> str:
        if m := _ACTION_BEFORE.match(s):
            actor, body = m.group("actor").strip(), f"{m.group('actor').strip()} to {m.group('rest').strip()}"
        elif (m := _ACTION_AFTER.match(s)) and len(m.group("body").split()) >= 3:
            actor, body = m.group("actor").strip(" ,."), m.group("body").strip()
        else:
            return s
        body = body.rstrip(" .;")
        lead = _ENUMERATOR.match(body).group(0)  # "e) …": the item's letter stays in front of the label
        before = f"{lead}Action: {body[len(lead):]}." if body.startswith(f"{actor} to ") else \
            f"{lead}Action {actor}: {body[len(lead):]}."  # "Action RG: Parish Cottage – …": who, then the note
        return {"before": before, "after": f"{body}. Action: {actor}", "bare": f"{body}  ACTION {actor}",
                "next_line": f"{body}.\n(ACTION - {actor})"}[form]
    return put


def _drop_that(s: str) -> str:
    return _THAT.sub(lambda m: f"{m.group(1)}{m.group(2) if m.group(2).strip() else ': '}{m.group(3).upper()}", s)


def _add_that(s: str) -> str:
    return _NO_THAT.sub(lambda m: f"{m.group(1)}{m.group(2)}that ", s)


def _wrap(s: str) -> str:
    return textwrap.fill(s, width=60, break_long_words=False, break_on_hyphens=False) if len(s) > 70 else s


_OUTCOME = "outcome words as written across the tuning papers ('RESOLVED', 'Resolved:', 'it was resolved', 'AGREED', 'Agreed')"
VARIANTS = (
    Variant("case: UPPER", _OUTCOME, _case(str.upper), _case(str.upper)),
    Variant("case: Title", _OUTCOME, _case(str.capitalize), _case(str.capitalize)),
    Variant("case: lower", _OUTCOME + "; 'resolved that' in unseen blind misses", _case(str.lower), _case(str.lower)),
    Variant("punct: colon", "'RESOLVED: That …' (seeds, councils)", _punct(": ")),
    Variant("punct: hyphen", "'RESOLVED - that …' (round 10 blind misses: a dash for the colon)", _punct(" - ")),
    Variant("punct: en dash", "'25/07 Approval of minutes – these … were approved' (unseen8)", _punct(" – ")),
    Variant("punct: none", "'RESOLVED That …', 'Resolved the minutes …' (unseen, unseen5)", _punct(" ")),
    Variant("that: dropped", "'RESOLVED: The minutes be approved' beside 'RESOLVED that the minutes …' (councils)", _drop_that,
            _drop_that),
    Variant("that: added", "'RESOLVED that the …' (seeds, councils)", _add_that, _add_that),
    Variant("action: before", "'Action: Clerk to write …' (unseen6, unseen8)", _action("before")),
    Variant("action: after", "'… would chase up. Action: RG' (unseen6, unseen7)", _action("after")),
    Variant("action: after, no colon", "'… would chase up.        Action RG' (unseen8)", _action("bare")),
    Variant("action: next line", "'(ACTION - Clerk)' on the line after (unseen7)", _action("next_line")),
    Variant("honorific: Cllr", "'Cllr Smith' (councils, unseen)", _honorific("Cllr", "Cllrs"), _honorific("Cllr", "Cllrs")),
    Variant("honorific: Cllr.", "'Cllr. Bailey' (unseen8)", _honorific("Cllr.", "Cllrs."), _honorific("Cllr.", "Cllrs.")),
    Variant("honorific: Councillor", "'Councillor Jones' (unseen2, unseen4)", _honorific("Councillor", "Councillors"),
            _honorific("Councillor", "Councillors")),
    Variant("number: 5.2", "section numbers '5.2' (councils, unseen4)", _number("5.2")),
    Variant("number: (a)", "'a) Email addresses – …', '(a)' (unseen8, seeds)", _number("(a)")),
    Variant("number: iii.", "roman numbering 'iii.' (unseen2)", _number("iii.")),
    Variant("number: 12.", "'12. Planning' item numbers (unseen, unseen5)", _number("12.")),
    Variant("adverb: unanimously", "'RESOLVED unanimously, …' (unseen8), 'RESOLVED UNANIMOUSLY' (round 10)",
            _adverb("unanimously"), _adverb("unanimously")),
    Variant("adverb: reluctantly", "'the Council reluctantly agreed' (unseen6)", _adverb("reluctantly"),
            _adverb("reluctantly")),
    Variant("adverb: also", "'it was also agreed' (unseen, unseen7)", _adverb("also"), _adverb("also")),
    Variant("wrap: 60 columns", "a PDF's text or an e-mailed paper, lines broken mid-sentence (unseen PDFs)", _wrap),
)


@dataclass(frozen=True)
class Row:
    """One transformation's figures summed over the papers: gold records on rewritten lines and how many were found."""

    name: str
    source: str
    touched: int  # gold records whose line the transformation changed
    kept: int  # of those, found in the paper as written
    found: int  # of those, found in the rewritten paper
    actor: int  # of those found, actor agrees
    due: int  # of those found, due agrees
    recall_all: float  # recall over every gold record of the rewritten papers
    lines: int  # non-gold lines changed
    false_added: int  # false records in the rewritten papers beyond those of the papers as written


def _extract(path: Path, text: str, manifest: dict) -> list[Labelled]:
    parts = parse_file(path, text.encode("utf-8"))
    out = []
    for built in build_documents(parts, str(path), "0" * 64, path.name, manifest.get(path.resolve()), approx_tokens):
        out.extend(Labelled(path.name, c.kind, c.text, c.actor, c.due) for c in built.commitments)
    return out


def _home(lines: Sequence[str], text: str) -> int | None:
    """The line a gold record starts on: the first whose words hold its first words."""
    head = " ".join(_norm(text).split()[:6])
    return next((i for i, line in enumerate(lines) if head and head in _norm(line)), None)


def _hits(found: Sequence[Labelled], gold: Sequence[Labelled]) -> list[Labelled | None]:
    """Each gold record's matching found record (or None), matched one-to-one in found order as evals.commitments.score."""
    out: list[Labelled | None] = [None] * len(gold)
    for f in found:
        i = next((i for i, g in enumerate(gold) if out[i] is None and same_commitment(f, g)), None)
        if i is not None:
            out[i] = f
    return out


def _agree(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return not a and not b
    na, nb = _norm(a), _norm(b)
    return na in nb or nb in na


def run(sets: Sequence[tuple[str, Path, Path]], variants: Sequence[Variant] = VARIANTS) -> list[Row]:
    """Every variant's figures over every set's plain-text papers."""
    acc = {v.name: Counter() for v in variants}
    for _, gold_path, folder in sets:
        gold_all = load_commitment_gold(gold_path)
        files = [p for p in papers(folder, gold_all) if p.suffix.lower() == ".txt"]
        manifest = load_manifests(files)
        for path in files:
            text = path.read_text(encoding="utf-8", errors="replace")
            gold = [g for g in gold_all if g.doc == path.name]
            base = _extract(path, text, manifest)
            base_hits = _hits(base, gold)
            base_false = len(base) - sum(h is not None for h in base_hits)
            lines = text.split("\n")
            homes = [_home(lines, g.text) for g in gold]
            gold_lines = {h for h in homes if h is not None}
            for v in variants:
                new_lines = [v.line(line) for line in lines]
                changed = {i for i, (a, b) in enumerate(zip(lines, new_lines)) if a != b}
                if not changed:
                    continue
                new_gold = [replace(g, text=v.words(g.text), actor=g.actor and v.words(g.actor)) if v.words else g
                            for g in gold]
                found = _extract(path, "\n".join(new_lines), manifest)
                hits = _hits(found, new_gold)
                c = acc[v.name]
                for g, home, before, after in zip(new_gold, homes, base_hits, hits):
                    if home in changed:
                        c["touched"] += 1
                        c["kept"] += before is not None
                        c["found"] += after is not None
                        c["actor"] += after is not None and _same_actor(after.actor, g.actor)
                        c["due"] += after is not None and _agree(after.due, g.due)
                c["gold"] += len(gold)
                c["hit"] += sum(h is not None for h in hits)
                c["lines"] += len(changed - gold_lines)
                c["false"] += (len(found) - sum(h is not None for h in hits)) - base_false
    return [Row(v.name, v.source, c["touched"], c["kept"], c["found"], c["actor"], c["due"],
                round(c["hit"] / c["gold"], 3) if c["gold"] else 1.0, c["lines"], c["false"])
            for v in variants if (c := acc[v.name]) is not None]


def table(rows: Sequence[Row]) -> list[str]:
    """The variant table as markdown lines."""
    out = ["| transformation | gold on rewritten lines | found as written | found rewritten | recall kept | actor | due "
           "| recall, all gold | other lines rewritten | false records added | source shape |",
           "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"]
    for r in rows:
        kept = f"{r.found / r.kept:.2f}" if r.kept else "—"
        actor = f"{r.actor / r.found:.0%}" if r.found else "—"
        due = f"{r.due / r.found:.0%}" if r.found else "—"
        out.append(f"| {r.name} | {r.touched} | {r.kept} | {r.found} | {kept} | {actor} | {due} | {r.recall_all:.3f} "
                   f"| {r.lines} | {r.false_added:+d} | {r.source} |")
    return out


def main() -> None:
    """Run every variant over the tuning sets and the seeds; print the table and write it to --out."""
    from evals.commitment_rules import sets as tuning_sets
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--only", default=None, help="a set name (seeds, councils, unseen, …)")
    args = ap.parse_args()
    chosen = [s for s in tuning_sets() if args.only in (None, s[0])]
    lines = table(run(chosen))
    print("\n".join(lines))
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
