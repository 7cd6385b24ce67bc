"""Probe of the commitments register by form: each common shape of a commitment written with every subject, auxiliary
and marker a council plausibly uses, one sentence per paper set in a parish council's minutes, and the forms the
extractor files no record for counted per shape.

Where evals/register_variants.py rewrites the tuning papers' own lines, this writes the shapes the blind runs lose
most (evals/register_gold.md, round 17: undertakings and narrative agreements, then action lines and requests) in
their general grammar, so a form no tuning paper happens to use is measured too. Every subject and ending names where
it comes from. A form a shape reads on purpose as no commitment (a past fact, a chair's agenda business) is listed in
`register_gold.md` beside the figures, not here: this counts what is found, not what should be.

Run: .venv/bin/python -m evals.register_forms [--missed] [--only SHAPE]
"""
from __future__ import annotations

import argparse
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from evals.commitments import Labelled, extract_folder

_HEAD = "Minutes of the Meeting of Anytown Parish Council held on Tuesday 5 March 2024 at 7.30pm\n\n" \
        "Present: Cllr A Smith (Chairman), Cllr B Jones, Cllr C Brown\n\n"
_TAIL = "The next meeting is on 2 April 2024."


@dataclass(frozen=True)
class Shape:
    """A commitment's shape: who, then what they do, every pairing one form; the kind its record should have."""

    name: str
    kind: str
    subjects: tuple[str, ...]
    endings: tuple[str, ...]
    source: str

    def forms(self) -> list[str]:
        """Every subject with every ending."""
        return [f"{s} {e}" for s in self.subjects for e in self.endings]


# The meeting as the subject of its decision: bodies (Local Government Act 1972 ss.101-102), its members as NALC model
# minutes and parish clerks name them ("Members", "Cllrs", "Those present"), and the impersonal "It was".
_BODIES = ("Members", "Councillors", "Cllrs", "All Councillors", "The members", "Members present", "Those present",
           "The meeting", "The Working Group", "The Board", "The Sub-Committee", "Full Council", "The Parish Council",
           "The Town Council", "The Council", "Council", "The Committee", "Cabinet")
_AGREEMENT_ENDINGS = (
    "agreed to purchase a new bench.", "agreed that a new bench be purchased.",
    "agreed that the Clerk would order a new bench.", "unanimously agreed to purchase a new bench.",
    "all agreed to purchase a new bench.", "agreed unanimously to purchase a new bench.",
    "were in agreement that a new bench should be purchased.", "voted to purchase a new bench.",
    "voted in favour of purchasing a new bench.", "decided to purchase a new bench.", "resolved to purchase a new bench.",
    "approved the purchase of a new bench.", "agreed the purchase of a new bench.", "agreed with the purchase of a new bench.",
    "supported the purchase of a new bench.", "agreed on the purchase of a new bench.", "also agreed to purchase a new bench.",
    "therefore agreed to purchase a new bench.", "duly agreed to purchase a new bench.",
    "agreed to defer the item to the next meeting.", "agreed not to renew the contract.", "agreed that no action be taken.",
    "further agreed to purchase a new bench.",
)
# Who promises in minutes: titles with and without their stop, officers, chairs, initials, a pronoun (the seed papers,
# the tuning sets' undertakings; commitment_phrases.toml [officers]).
_DOERS = ("The Clerk", "the clerk", "Clerk", "Cllr Brown", "Cllr. Brown", "Councillor Brown", "Mrs Smith", "The Chairman",
          "The Chair", "The Mayor", "The Vice-Chairman", "The Town Clerk", "The RFO", "JB", "The Locality Officer",
          "The Head of Planning", "The Leader", "PCSO Smith", "Cllr Smith and Cllr Jones", "She", "The Parish Clerk",
          "The Deputy Clerk")
_PROMISE_ENDINGS = (
    "would write to the landowner.", "will write to the landowner.", "agreed to write to the landowner.",
    "undertook to write to the landowner.", "offered to write to the landowner.", "is to write to the landowner.",
    "was to write to the landowner.", "said that he would write to the landowner.",
    "confirmed that she would write to the landowner.", "has agreed to write to the landowner.",
    "had agreed to write to the landowner.", "kindly agreed to write to the landowner.",
    "has been asked to write to the landowner.", "had been asked to write to the landowner.",
    "promised to write to the landowner.", "will be writing to the landowner.", "would be contacting the landowner.",
    "would look into this.", "will look into the matter.", "agreed to look into the matter.",
    "will report back to the next meeting.", "would arrange a site meeting.", "is going to write to the landowner.",
    "reported that he would be writing to the landowner.", "also agreed to write to the landowner.",
    "would then write to the landowner.", "will now write to the landowner.",
)
# A speaker's own act to come told as speech (the seeds' "indicated that she would be writing", register_unseen11's
# "stated that he would pass on", register_unseen10's "Chairman confirmed this would be done").
_SPEAKERS = ("The Clerk", "Cllr Brown", "Councillor Brown", "The Chairman", "Mrs Smith", "The Head of Planning", "The Mayor")
_SPEECH_ENDINGS = (
    "said that she would write to the landowner.", "said she would write to the landowner.",
    "stated that she would write to the landowner.", "informed the meeting that she would write to the landowner.",
    "advised the meeting that she would write to the landowner.", "advised that she would write to the landowner.",
    "informed Members that she would write to the landowner.", "told the meeting that she would write to the landowner.",
    "reported that she would write to the landowner.", "confirmed that she would write to the landowner.",
    "confirmed she would write to the landowner.", "explained that she would write to the landowner.",
    "agreed that she would write to the landowner.", "assured Members that she would write to the landowner.",
    "added that she would write to the landowner.", "replied that she would write to the landowner.",
    "said that she will write to the landowner.", "advised the Council that she would write to the landowner.",
    "said that she would be writing to the landowner.", "confirmed that a letter would be sent to the landowner.",
    "said that the matter would be looked into.", "confirmed that this would be done.", "confirmed this would be done.",
    "said that she would look into it.", "offered to write to the landowner.",
)
SHAPES = (
    Shape("agreement", "resolution", _BODIES, _AGREEMENT_ENDINGS,
          "'It was agreed …', 'Members agreed to …' (the blind runs' narrative agreements, register_gold.md)"),
    Shape("agreement, impersonal", "resolution", ("It was",), tuple(
        e for e in _AGREEMENT_ENDINGS if e.split()[0] in ("agreed", "unanimously", "decided", "resolved", "also",
                                                          "further", "therefore", "duly")),
          "'It was agreed that …', 'It was duly agreed …' (parish and ModernGov minutes)"),
    Shape("undertaking", "undertaking", _DOERS, _PROMISE_ENDINGS,
          "'The Clerk would write to …', 'X undertook to …' (the blind runs' undertakings)"),
    Shape("speech", "undertaking", _SPEAKERS, _SPEECH_ENDINGS,
          "'The Clerk stated that he would pass on …' (register_unseen11), 'Chairman confirmed this would be done' (unseen10)"),
    Shape("action line", "action", ("",), (
        "Action: Clerk to write to the landowner.", "ACTION: Clerk to write to the landowner.",
        "Clerk to write to the landowner. Action: Clerk", "Clerk to write to the landowner - ACTION Clerk",
        "Action – Clerk to write to the landowner.", "Clerk to write to the landowner (Action: Clerk).",
        "Clerk to write to the landowner. (Clerk)", "Cllr Brown to write to the landowner.",
        "Cllr. Brown to write to the landowner.", "CB to write to the landowner.", "Clerk to write to landowner re hedge",
        "Clerk to chase.", "Action Clerk: write to the landowner.", "Clerk to action.", "Write to the landowner – Clerk",
        "Clerk to write to the landowner by 1 May.", "The clerk to write to the landowner.",
        "clerk to write to the landowner.", "Clerk and Cllr Brown to write to the landowner.",
        "Cllrs Brown and Jones to meet the landowner.", "All Cllrs to review the policy.", "RFO to pay the invoice.",
        "The RFO to pay the invoice.", "b) Action RG: Parish Cottage – the Chairman would chase the third estimate.",
        "Action by Clerk: write to the landowner.", "Clerk to write to the landowner – ACTION: Clerk.",
        "Clerk to write to the landowner ACTION: CLERK", "Clerk: write to the landowner."),
          "action logs and parish clerks' action lines (register_variants.py's marker forms; unseen6-unseen11)"),
    Shape("request", "action", ("",), (
        "Members request that the Clerk write to the landowner.", "Members requested that the Clerk write to the landowner.",
        "Councillors requested that the Clerk write to the landowner.", "Cllrs requested that the Clerk write to the landowner.",
        "The Council requests that the Clerk write to the landowner.", "The Council request that the Clerk write to the landowner.",
        "Members asked the Clerk to write to the landowner.", "The Clerk was requested to write to the landowner.",
        "The Clerk was instructed to write to the landowner.", "The Clerk has been instructed to write to the landowner.",
        "Members requested a report on the costs of the play area.", "Members request a report on the costs of the play area.",
        "It was requested that the Clerk write to the landowner.", "A request was made for the Clerk to write to the landowner."),
          "'Members requested that officers …' (seeds), 'Members request sight of …' (unseen6)"),
)


def _paper(sentence: str) -> str:
    return f"{_HEAD}7. Village matters\n\n{sentence}\n\n8. Date of next meeting\n\n{_TAIL}\n"


def probe(shapes: Sequence[Shape] = SHAPES) -> dict[str, list[tuple[str, list[Labelled]]]]:
    """Each shape's forms with the records the extractor files for each (the next meeting's line left out)."""
    out: dict[str, list[tuple[str, list[Labelled]]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        forms = [(shape.name, form.strip()) for shape in shapes for form in shape.forms()]
        for i, (_, form) in enumerate(forms):
            (folder / f"minutes-{i:04d}.txt").write_text(_paper(form))
        found: dict[str, list[Labelled]] = {}
        for r in extract_folder(folder):
            if not r.text.startswith(_TAIL[:20]):
                found.setdefault(r.doc, []).append(r)
        for i, (name, form) in enumerate(forms):
            out.setdefault(name, []).append((form, found.get(f"minutes-{i:04d}.txt", [])))
    return out


def table(result: dict[str, list[tuple[str, list[Labelled]]]], shapes: Sequence[Shape] = SHAPES) -> list[str]:
    """One row per shape: forms, forms with no record, forms filed as another kind."""
    rows = ["| shape | forms | no record | another kind | source |", "|---|---:|---:|---:|---|"]
    for shape in shapes:
        got = result.get(shape.name, [])
        missed = sum(not recs for _, recs in got)
        other = sum(bool(recs) and all(r.kind != shape.kind for r in recs) for _, recs in got)
        rows.append(f"| {shape.name} | {len(got)} | {missed} | {other} | {shape.source} |")
    return rows


def main() -> None:
    """Print the table, and with --missed every form that gets no record."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--missed", action="store_true", help="list the forms with no record")
    ap.add_argument("--only", default=None, help="one shape's name")
    args = ap.parse_args()
    shapes = [s for s in SHAPES if args.only in (None, s.name)]
    result = probe(shapes)
    print("\n".join(table(result, shapes)))
    if args.missed:
        for name, got in result.items():
            for form, recs in got:
                if not recs:
                    print(f"{name}: {form}")


if __name__ == "__main__":
    main()
