"""A paper's records -> one per commitment: the same decision stated twice (a summary and the body, a decision page's
"Decision:" and "Minutes:", a narrative "The report was noted." beside "RESOLVED – That the report be noted.") is kept
once. Records of different agenda items are never the same one. Parts that only name what a later part decides
("1. the public minutes …; and" "2. the confidential minute … be confirmed …") are one record with it.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from ingest import commitment_phrases as phrase
from ingest.records import Commitment

# _SAME, _NEAR, _WEAK_NEAR: scanned on the register's tuning sets by evals/commitment_constants.py
# (evals/reports/register-constants.md); no other value nets two records more.
_SAME = 0.85  # word overlap at which two records are the same one stated twice (summary and body, Decision and Minutes)
_NEAR = 30  # blocks within which a resolution stated again is the same one (two items may each note a report)
_AUXILIARIES = {"be", "is", "are", "was", "were", "been"}
_WEAK_NEAR = 8  # blocks: a narrative "The report was noted." this close to a resolution is the same outcome
_SAME_RUN = 6  # words of one record found running on inside another's: the same record
# Words any outcome may use, whatever it is about: a narrative outcome and a resolution sharing only these differ.
_OUTCOME_WORDS = {
    *re.findall(r"[a-z]+", " ".join(phrase.WORDS["bodies"]["types"]).lower()),
    "members", "that", "this", "these", "those", "with", "were", "been", "being", "also", "otherwise", "duly", "formally", "unanimously", "considered", "received", "note", "noted",
    "notes", "approve", "approved", "agree", "agreed", "resolved", "endorsed", "adopted", "accepted", "supported",
    "confirmed", "chair", "chairman", "meeting", "from", "into", "upon",
}


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", text.lower()))


def _names(text: str) -> set[str]:
    """The names a record holds: capitalised words after its first ("Stephen", "Brooker"), lower-cased."""
    return {w for name in re.findall(r"(?<=\s)[A-Z][a-z][\w’'-]*", text) for w in _words(name)}


def same(a: str, b: str) -> bool:
    """Whether two records state the same thing: most words shared, or one's words running on inside the other's
    ("RESOLVED – That the report be noted." under "Decision:" and again under "Minutes:"); not where the two differ
    only in whom they name (the same dispensation granted to two councillors in turn)."""
    wa, wb = _words(a), _words(b)
    if not (wa and wb):
        return False
    if len(wa & wb) / len(wa | wb) < _SAME:
        sa, sb = (" ".join(w for w in re.findall(r"[a-z0-9]+", t.lower()) if w not in _AUXILIARIES) for t in (a, b))
        short, long_ = sorted((sa, sb), key=len)
        if not (len(short.split()) >= _SAME_RUN and short in long_):
            return False
    na, nb = _names(a) - wb, _names(b) - wa
    return not (na and nb and wa - na == wb - nb)


def holds(a: str, b: str) -> bool:
    """Whether record `a` says all `b` says and more: "The minutes … were agreed." inside "RESOLVED that the minutes
    … be agreed and that matters outstanding be noted" (auxiliaries aside)."""
    wa, wb = (" ".join(w for w in re.findall(r"[a-z0-9]+", t.lower()) if w not in _AUXILIARIES) for t in (a, b))
    return len(wa) > len(wb) and wb in wa


def without_weak(
    found: Sequence[Commitment], weak: set[int], at: Sequence[int], item_of: Sequence[int]
) -> tuple[list[Commitment], list[int]]:
    """The records with each narrative outcome dropped where a resolution about the same thing stands within a few
    blocks of it (the item's formal resolution says the same: "The report was noted." beside "RESOLVED – That the
    report be noted."; not "The Chair's Announcement was noted." beside the next item's minutes confirmed)."""
    keep = [
        (c, b) for i, (c, b) in enumerate(zip(found, at))
        if i not in weak or not any(
            j not in weak and o.kind == "resolution" and abs(ob - b) <= _WEAK_NEAR and item_of[ob] == item_of[b]
            and _subjects(c.text) & _subjects(o.text)
            for j, (o, ob) in enumerate(zip(found, at))
        )
    ]
    return [c for c, _ in keep], [b for _, b in keep]


def _subjects(text: str) -> set[str]:
    """What an outcome is about: its words, less the words of deciding ("noted", "approved") and the bodies."""
    return {w for w in _words(text) if len(w) > 3 and w.isalpha() and w not in _OUTCOME_WORDS}  # not "2024"


def distinct(found: Sequence[Commitment], at: Sequence[int], item_of: Sequence[int]) -> list[Commitment]:
    """One record per commitment: one stated twice (a summary and the body, a decision page's "Decision:" and
    "Minutes:") is kept once, where it has a paragraph number to cite."""
    out: list[Commitment] = []
    where: list[int] = []
    for c, block in zip(found, at):
        twin = next(
            (i for i, o in enumerate(out)
             if o.kind == c.kind and same(o.text, c.text)
             and (c.kind == "recommendation" or (block - where[i] <= _NEAR and item_of[block] == item_of[where[i]]))),
            None,
        )
        if twin is None:
            out.append(c)
            where.append(block)
        elif (out[twin].section is None and c.section is not None) or holds(c.text, out[twin].text):
            out[twin] = c
    return out


# Parts that name only what the tail after them decides ("1. the public minutes …; and 2. the confidential minute …"
# then "of the annual meeting … be confirmed …": an agenda's minutes recommendation, register_unseen8 tuning set).
_PREDICATE = re.compile(r"\b(?:be|is|are|was|were|has|have|will|shall)\b")
_NOUN_PHRASE = re.compile(r"^(?:the|a|an|all|any)\s")


def _fragment(text: str) -> bool:
    """Whether a part only names something, for the parts after it to decide ("the public minutes …; and")."""
    return text.endswith(("; and", "; or")) and bool(_NOUN_PHRASE.match(text)) and not _PREDICATE.search(text)


def shared_tail(found: list[Commitment], last: int, item: str) -> str:
    """A part that completes the parts before it which name only what it decides ("1. the public minutes …; and" then
    "2. the confidential minute … be confirmed …"): those parts, now taken out of `found`, joined before it."""
    if not _PREDICATE.search(item):
        return item
    first = last + 1
    while first > 0 and _fragment(found[first - 1].text):
        first -= 1
    if first > last or last != len(found) - 1 or not _NOUN_PHRASE.match(item):
        return item
    joined = " ".join([*(c.text for c in found[first:]), item])
    del found[first:]
    return joined
