"""Which rule of the commitment extractor filed each record, and each rule's true and false records on every tuning
set, with its figures on the sets labelled after the rule was written (its blind figures).

A record's rule is found by tracing the extractor while it reads a paper (the public record carries no rule): the
path that made the record (a table row, an action line, a list opened by a lead-in, a resolution implied without one,
a sentence of prose, a motion moved then carried) and the branch of the reading function that decided it (the `if`
whose `return` fired in `lead_in`, `action_line`, `sentence_commitment`, `implied_resolution`, …). A rule's commit is
the first commit that added its pattern's name under ingest/ (`git log -S`); a set is blind to the rule when its
labels were committed after that commit (the commit is an ancestor of the labels' first commit). Later widenings of
a rule are not dated, so blind figures are the rule as it stands now on papers its first form never saw.

Run: .venv/bin/python -m evals.commitment_rules [--out evals/reports/register-rules.md]
"""
from __future__ import annotations

import argparse
import inspect
import json
import linecache
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import ingest.commitments as extractor
from evals.commitments import GOLD, SEEDS, Labelled, extract_folder, load_commitment_gold, same_commitment

REPO = Path(__file__).resolve().parent.parent
# Patterns that a size split gave a new name, with the names they had before (from the split commits' messages:
# b32492f "the delivery, scheduled, stated, dated and effect rules … now behind foretold() and reports_effect()",
# cab3042 "the vote, view and passive to-do sentences (proposed_vote, consensus, passive_to_do) move").
_RENAMED = {"_delivered": ("DELIVERY",), "_scheduled": ("SCHEDULED",),
            "foretold": ("DELIVERY", "SCHEDULED", "_scheduled", "_delivered"), "reports_effect": ("_reported_effect",),
            "proposed_vote": ("_PROPOSED_VOTE", "_proposed_vote"), "consensus": ("_CONSENSUS", "_FELT"),
            "passive_to_do": ("_PASSIVE_TO_DO", "_TO_BE_DONE"),
            # f3bde13 "an action line without its label (bare_action) moves"; the implied minutes approval became
            # minutes_approved() beside chair_elected() in one condition (55d937b, "Kind (issue #12)").
            "bare_action": ("BARE_ACTION",), "minutes_approved": ("_MINUTES_APPROVED", "chair_elected")}
_PRESENT = {old: new for new, olds in _RENAMED.items() for old in olds}
# Functions whose branch (the `if` above the `return` that fired) names the rule that decided a record.
_IMPLIED = ("implied_resolution", "_implied_resolution", "decision_line")
# The parts of "something will be done" (foretold): which of them fired within the sentence names the part.
_FORETOLD = ("_delivered", "_scheduled", "passive_agent")
_DECIDERS = {"sentence_commitment", "lead_in", "action_line", "implied_resolution", "decision_line", "personal",
             "bare_action", "outcome", "_resolved", "_implied_resolution", *_FORETOLD}
_INGEST = str(REPO / "ingest")
_COMMITMENTS = inspect.getsourcefile(extractor)
_SKIP = {"ITEM", "rstrip", "match", "search", "strip", "group", "startswith", "endswith", "len", "any", "sub", "lower", "split", "bool"}


@dataclass
class _Trace:
    """What the tracer has seen while one paper is read: the last decisive branch of each function, the list opener
    and each record's rule by its text."""

    last: dict[str, str] = field(default_factory=dict)
    when: dict[str, int] = field(default_factory=dict)  # the order in which each function last decided
    tick: int = 0
    sentence: int = 0  # the tick at which the sentence being read began
    opener: str = "?"
    rule_of: dict[str, str] = field(default_factory=dict)


def _branch(code, lineno: int) -> str:
    """The condition of the `if` whose block holds line `lineno` of a function (the nearest one above, less
    indented than the line): its pattern, in words."""
    path, first = code.co_filename, code.co_firstlineno
    ret = linecache.getline(path, lineno)
    depth = len(ret) - len(ret.lstrip())
    for n in range(lineno, first - 1, -1):
        raw = linecache.getline(path, n)
        line = raw.strip()
        inner = n != lineno and len(raw) - len(raw.lstrip()) >= depth
        if line.startswith(("if ", "elif ", "if(")) and not inner:
            cond, k = line, n
            while not cond.split("#")[0].rstrip().endswith(":") and k < lineno:
                k += 1
                cond += " " + linecache.getline(path, k).strip()
            return f"{code.co_name}: {' '.join(cond.split('  #')[0].split())[:110]}"
    return f"{code.co_name}: (its last return)"


def _caller_line(frame) -> str:
    return linecache.getline(frame.f_code.co_filename, frame.f_lineno).strip()


def _rule(frame, t: _Trace) -> str | None:
    """The rule of a record `_record` is about to make (None: a continuation, keeping its record's rule)."""
    up = frame.f_back
    name = up.f_code.co_name
    if name == "_continues":
        return t.rule_of.get(up.f_locals["c"].text, "?")
    if name == "_read":
        return "table row"
    if name == "_add_action":
        return f"action line | {t.last.get('action_line', '?')}"
    if name == "_read_prose":
        if "reader.moved" in _caller_line(up):
            return f"motion moved, then carried | {t.last.get('outcome', '?')}"
        said = t.last.get("sentence_commitment", "?")
        if "foretold(" in said:
            fired = [n for n in _FORETOLD if t.when.get(n, -1) > t.sentence]
            return f"prose | {said} | {fired[0] if fired else 'STATED or DATED'}"
        return f"prose | {said}" + (f" | {t.last['bare_action']}" if "bare_action" in said and "bare_action" in t.last else "")
    if name == "_part":
        if "own.kind" in _caller_line(up):
            return f"list part read as someone's own to-do | {t.opener}"
        via = up.f_back.f_code.co_name
        return f"{'lead-in stated' if via == '_open' else 'list part'} | {t.opener}"
    return f"other: {name}"


def _tracer(t: _Trace):
    def local(frame, event, arg):
        if event != "return":
            return local
        if arg:  # a decisive branch: a match, a lead, a record's kind
            t.last[frame.f_code.co_name] = _branch(frame.f_code, frame.f_lineno)
            t.tick += 1
            t.when[frame.f_code.co_name] = t.tick
        return local

    def call(frame, event, arg):
        code = frame.f_code
        if not code.co_filename.startswith(_INGEST):
            return None
        if code.co_filename == _COMMITMENTS:
            if code.co_name == "_open":
                t.opener = t.last.get("lead_in", "?")
                if "_resolved" in t.opener.split(":")[0] or "return _resolved" in t.opener:
                    t.opener += f" | {t.last.get('_resolved', '')}"
            elif code.co_name == "_add_part" and frame.f_back.f_code.co_name == "_read":
                if "(found, item," not in _caller_line(frame.f_back):  # a resolution implied without a lead
                    which = max(_IMPLIED, key=lambda n: t.when.get(n, -1))
                    t.opener = f"{'unlabelled decision page' if which == 'decision_line' else 'implied'} | {t.last.get(which, '?')}"
            elif code.co_name == "_record":
                frame.f_trace_lines = False
                return _made(t, _rule(frame, t) or "?")
        if code.co_name == "sentence_commitment":
            t.sentence = t.tick
        if code.co_name in _DECIDERS:
            frame.f_trace_lines = False
            return local
        return None

    return call


def _made(t: _Trace, rule: str):
    """A tracer for one `_record` call: the record it returns is filed under `rule` (the first rule of its text)."""
    def on(frame, event, arg):
        if event == "return" and arg is not None:
            t.rule_of.setdefault(arg.text, rule)
        return on
    return on


def traced(folder: Path, gold: Sequence[Labelled]) -> list[tuple[Labelled, str]]:
    """Every record extracted from a folder's papers, with the rule that filed it."""
    out: list[tuple[Labelled, str]] = []
    t = _Trace()
    sys.settrace(_tracer(t))
    try:
        found = extract_folder(folder, gold)
    finally:
        sys.settrace(None)
    for f in found:
        text = " ".join(f.text.split())
        rule = t.rule_of.get(text)
        if rule is None:  # a stem joined with its bullets: the longest record text it starts with
            keys = [k for k in t.rule_of if text.startswith(k)]
            rule = t.rule_of[max(keys, key=len)] if keys else "?"
        out.append((f, rule))
    return out


def matched(found: Sequence[Labelled], gold: Sequence[Labelled]) -> list[bool]:
    """For each found record, whether it matches a gold one (one to one, in reading order, as evals.commitments.score)."""
    free, out = list(gold), []
    for f in found:
        g = next((g for g in free if same_commitment(f, g)), None)
        if g is not None:
            free.remove(g)
        out.append(g is not None)
    return out


def _git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=REPO, capture_output=True, text=True, check=False).stdout.strip()


def labelled_at(gold: Path) -> str:
    """The commit that first added a gold file (under any earlier name)."""
    rows = _git("log", "--follow", "--diff-filter=A", "--format=%h", "--", str(gold.relative_to(REPO))).splitlines()
    return rows[-1] if rows else ""


def pattern_name(rule: str) -> str | None:
    """The name a rule's pattern goes by in the code: the first constant or function its condition names (strings
    and the generic enumerator `ITEM` aside)."""
    parts = rule.split(" | ")
    if parts[-1] in (*_FORETOLD, "STATED or DATED"):  # a part of foretold
        return parts[-1].split()[0]
    cond = parts[-1]
    cond = cond.split(": ", 1)[1] if ": " in cond else cond
    cond = re.sub(r"#.*$", "", re.sub(r'"[^"]*"', "", cond))
    names = [m.group(1) or m.group(2) for m in re.finditer(r"\b(_?[A-Z][A-Z0-9_]{2,})\b|\b([a-z_][a-z0-9_]{3,})\(", cond)]
    names = [n for n in names if n not in _SKIP]
    return names[0] if names else None


def introduced(name: str) -> str:
    """The first commit that added `name` (or an older name it had, `_RENAMED`) under ingest/."""
    stamped = []
    for n in (name, *_RENAMED.get(name, ())):
        rows = _git("log", "-S", n, "--reverse", "--format=%ct %h", "--", "ingest/").splitlines()
        stamped += rows[:1]
    return min(stamped).split()[1] if stamped else ""


def before(rule_commit: str, label_commit: str) -> bool:
    """Whether a rule's commit came before the labels' (is its ancestor)."""
    if not rule_commit or not label_commit or rule_commit == label_commit:
        return False
    ok = subprocess.run(["git", "merge-base", "--is-ancestor", rule_commit, label_commit], cwd=REPO, check=False)
    return ok.returncode == 0


def sets() -> list[tuple[str, Path, Path]]:
    """The seed gold and every tuning set: (name, gold file, papers folder)."""
    from evals.commitment_constants import TUNING  # not imported at the top: an older tree runs --trace without it

    named = [(g.stem.removeprefix("register_tuning").lstrip("_") or "councils", g, f) for g, f in TUNING]
    return [("seeds", GOLD, SEEDS), *named]


def scored(gold_path: Path, folder: Path, records: Sequence[tuple[Labelled, str]]) -> list[tuple[Labelled, str, bool]]:
    """Each record with its rule and whether it matches the gold."""
    hits = matched([f for f, _ in records], load_commitment_gold(gold_path))
    return [(f, rule, hit) for (f, rule), hit in zip(records, hits, strict=True)]


def blind_records(gold_path: Path, folder: Path, commit: str) -> list[tuple[Labelled, str]]:
    """The records the extractor as of `commit` (blind to labels committed there) files on a folder, with their rules:
    that commit's ingest/ and evals/ in a scratch folder, traced by this module's --trace."""
    with tempfile.TemporaryDirectory(prefix="clerk-rules-") as tmp:
        archive = subprocess.run(["git", "archive", commit, "ingest", "evals"], cwd=REPO, capture_output=True, check=True)
        subprocess.run(["tar", "-x", "-C", tmp], input=archive.stdout, check=True)
        shutil.copy(Path(__file__), Path(tmp) / "evals" / "commitment_rules.py")
        out = subprocess.run([sys.executable, "-m", "evals.commitment_rules", "--trace", str(gold_path), str(folder)],
                             cwd=tmp, capture_output=True, text=True, check=True, env={**os.environ, "PYTHONPATH": tmp})
    rows = [json.loads(line) for line in out.stdout.splitlines() if line.startswith("{")]
    return [(Labelled(r["doc"], r["kind"], r["text"], r["actor"], r["due"]), r["rule"]) for r in rows]


def family(rule: str) -> str:
    """A rule named so that it reads the same in older code: its path and its pattern's name."""
    path = rule.split(" | ")[0]
    if " | implied | " in rule or " | unlabelled decision page | " in rule:
        path += " (" + rule.split(" | ")[1] + ")"
    name = pattern_name(rule) or rule.split(" | ")[-1].split(":")[0]
    name = "foretold" if name in (*_FORETOLD, "STATED") else name  # its parts: older code read them in one branch
    return f"{path}: {_PRESENT.get(name, name)}"


def _blind_table(blind: dict[str, list[tuple[Labelled, str, bool]]], now: dict[str, list[tuple[Labelled, str, bool]]]) -> list[str]:
    per: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for name, rows in blind.items():
        for _, rule, hit in rows:
            per[family(rule)][name]["true" if hit else "false"] += 1
    current: dict[str, Counter] = defaultdict(Counter)
    for rows in now.values():
        for _, rule, hit in rows:
            current[family(rule)]["true" if hit else "false"] += 1
    lines = ["| rule family (path: pattern) | blind true / false per set | blind true / false | now, all sets |",
             "|---|---|---:|---:|"]
    order = sorted(per, key=lambda k: -sum(c["true"] + c["false"] for c in per[k].values()))
    for key in order:
        t = sum(c["true"] for c in per[key].values())
        f = sum(c["false"] for c in per[key].values())
        flag = " **false > true**" if f > t else ""
        sets_ = ", ".join(f"{s} {c['true']}/{c['false']}" for s, c in per[key].items())
        now_ = f"{current[key]['true']} / {current[key]['false']}" if key in current else "gone"
        lines.append(f"| {key} | {sets_} | {t} / {f}{flag} | {now_} |")
    return lines


def main() -> None:
    """Count each rule's true and false records on every tuning set and the seeds; write the table."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=REPO / "evals" / "reports" / "register-rules.md")
    ap.add_argument("--false", action="store_true", help="also list each rule's false records")
    ap.add_argument("--blind", action="store_true", help="also score each set with the code as of its labels' commit")
    ap.add_argument("--trace", nargs=2, type=Path, metavar=("GOLD", "FOLDER"),
                    help="print each record of FOLDER with its rule, one JSON object a line (used by --blind)")
    args = ap.parse_args()
    if args.trace:
        for f, rule in traced(args.trace[1], load_commitment_gold(args.trace[0])):
            print(json.dumps({"doc": f.doc, "kind": f.kind, "text": f.text, "actor": f.actor, "due": f.due, "rule": rule}))
        return
    falses: dict[str, list[str]] = defaultdict(list)
    tally: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    figures, now, blind, blind_figures = [], {}, {}, []
    for name, gold_path, folder in sets():
        gold = load_commitment_gold(gold_path)
        now[name] = rows = scored(gold_path, folder, traced(folder, gold))
        for f, rule, hit in rows:
            tally[rule][name]["true" if hit else "false"] += 1
            if not hit:
                falses[rule].append(f"{name}: {f.doc} ({f.kind}, {f.actor}): {f.text[:160]}")
        n = sum(hit for _, _, hit in rows)
        figures.append((name, len(gold), len(rows), n, labelled_at(gold_path)))
        if args.blind and name not in ("seeds", "councils"):  # the first two sets predate the present reader
            blind[name] = b = scored(gold_path, folder, blind_records(gold_path, folder, figures[-1][4]))
            nb = sum(hit for _, _, hit in b)
            blind_figures.append((name, figures[-1][4], len(gold), len(b), nb))
    at = {name: commit for name, _, _, _, commit in figures}
    lines = ["# Commitment rules: true and false records per tuning set, and on the sets labelled after each rule", "",
             "Written by `evals/commitment_rules.py` (see its docstring for how a record's rule is found and dated).", "",
             "| set | labels committed | gold | found | matched | precision | recall |", "|---|---|---:|---:|---:|---:|---:|"]
    for name, n_gold, n_found, n, commit in figures:
        lines.append(f"| {name} | {commit} | {n_gold} | {n_found} | {n} | {n / n_found if n_found else 1:.3f} | "
                     f"{n / n_gold if n_gold else 1:.3f} |")
    lines += ["", "| rule (path \\| branch) | pattern | added | true / false per set | all true / false | blind sets | "
              "blind true / false |", "|---|---|---|---|---:|---|---:|"]
    table = []
    for rule, per in tally.items():
        name = pattern_name(rule)
        commit = introduced(name) if name else ""
        later = [s for s in per if s != "seeds" and before(commit, at[s])]
        bt, bf = sum(per[s]["true"] for s in later), sum(per[s]["false"] for s in later)
        t, f = sum(c["true"] for c in per.values()), sum(c["false"] for c in per.values())
        per_set = ", ".join(f"{s} {c['true']}/{c['false']}" for s, c in per.items())
        table.append((-(t + f), rule, name, commit, per_set, t, f, later, bt, bf))
    for _, rule, name, commit, per_set, t, f, later, bt, bf in sorted(table):
        flag = " **(false > true blind)**" if bf > bt else ""
        lines.append(f"| {rule.replace('|', chr(92) + '|')} | `{name}` | {commit} | {per_set} | {t} / {f} | "
                     f"{', '.join(later) or '—'} | {bt} / {bf}{flag} |")
    if blind:
        lines += ["", "## Blind: each set scored with the code as of its labels' commit", "",
                  "Each set is read by the extractor as it stood when the set's labels were committed (before any rule "
                  "was tuned on it), traced the same way; rules are grouped by their path and pattern name so that "
                  "older code's rules meet their present form. \"now, all sets\" is the same family's true / false on "
                  "all sets with the present code.", "",
                  "| set | code (labels' commit) | gold | found | matched | precision | recall |",
                  "|---|---|---:|---:|---:|---:|---:|",
                  *(f"| {n} | {c} | {g} | {fd} | {m} | {m / fd if fd else 1:.3f} | {m / g if g else 1:.3f} |"
                    for n, c, g, fd, m in blind_figures), "", *_blind_table(blind, now)]
        lines += ["", "### False records of the blind runs, by rule family", ""]
        for key in sorted({family(r) for rows in blind.values() for _, r, h in rows if not h}):
            lines += ["", f"#### {key}", "", *(f"- {n}: {f.doc} ({f.kind}, {f.actor}): {f.text[:160]}"
                                              for n, rows in blind.items() for f, r, h in rows if not h and family(r) == key)]
    if args.false:
        lines += ["", "## False records by rule", ""]
        for rule, said in sorted(falses.items(), key=lambda x: -len(x[1])):
            lines += ["", f"### {rule}", "", *(f"- {r}" for r in said)]
    args.out.write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
