"""A block's outcome words put in the form the commitment patterns read, whatever form the paper wrote them in: the
one place surface variants are normalised before matching (measured by evals/register_variants.py).

Councils write the same outcome word as "RESOLVED", "Resolved" or "resolved", "Members AGREED to" or "Members agreed
to", "action:" or "ACTION:", and put a manner adverb after it ("RESOLVED UNANIMOUSLY that", "it was agreed also
that", "the Council agreed reluctantly to"). The read text keeps a map to the written one, so a record's words are
taken back from the paper as written (`as_written`).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

# An outcome word opening a line or a sentence (after a number or bullet): a label, in capitals unless the paper wrote
# it with a capital ("Resolved:", "Agreed –" stay).
_OPENING = re.compile(
    r"(?:^|(?<=[.!?:;]\s)|(?<=[.!?:;]\s\s))((?:[\s\-•*]*(?:\(?[0-9ivx]{1,4}(?:\.[0-9]{1,3})*[.)]?|\(?[a-z]\))\s+)?)"
    r"(resolved|agreed|decided|action|actions)\b", re.IGNORECASE | re.MULTILINE)
# An outcome word inside a sentence: the verb's lower case ("it was RESOLVED that", "Members Agreed to"), unless a
# label's mark follows it: then capitals ("… of the last meeting resolved – That …", a flattened paragraph's label;
# "it was resolved as follows:").
_INSIDE = re.compile(r"(?<=[a-z,]\s)(resolved|agreed|decided)\b(?P<label>\s*[:\-–—]|\s+as\s+follows\b)?", re.IGNORECASE)
# An action label written in lower case: "action: Clerk", "(action - Clerk)".
_ACTION_MARK = re.compile(r"\b(action|actions)(?=\s*[:\-–—])")
# A manner adverb after the outcome word ("RESOLVED unanimously that", "agreed also to", "agreed reluctantly to"):
# read as if the verb stood alone. Not a time that puts the decision in the past ("agreed previously to"), which the
# patterns read as such (ingest/commitment_prose.py), nor "only", which limits it.
# So is the vote in brackets ("Cabinet considered the report and RESOLVED (unanimous) to recommend to Council …", a
# city council's delegated decisions page, register_unseen11; a lead-in's "RESOLVED (unanimously) that" was read past
# already).
_ADVERB_AFTER = re.compile(
    r"\b(?:resolved|agreed|decided)(?P<adverb>,?\s+(?!(?:previously|originally|initially|recently|already|only)\b)"
    r"(?:[a-z]+ly|also)\b|\s+\((?:unanimous(?:ly)?|nem\.?\s*con\.?|by\s+(?:a\s+)?majority)\))"
    r"(?=\s*[,:;\-–—]?\s*(?:that|to|the|[A-Z(]|$))", re.IGNORECASE | re.MULTILINE)

# A comma slipped between an honorific and the name it belongs to ("Phone Box – Cllr, Jones to make inquiries …", a
# parish's action line, register_unseen9): a title before a name ends no clause, so the comma is read as a space. Only
# the short titles that stand before a surname ("Executive Councillor, Chair" is a list of roles).
_HONORIFIC_COMMA = re.compile(r"\b(Cllrs?|Mrs?|Ms|Dr|Miss)(\.?),(?=\s+[A-Z][a-z])")


@dataclass(frozen=True, slots=True)
class Surface:
    """A text as the patterns read it, and for each of its characters the offset of the written character it stands
    for (one more at the end: the written text's length)."""

    read: str
    where: tuple[int, ...]


def _without_adverbs(text: str) -> Surface:
    kept: list[str] = []
    where: list[int] = []
    at = 0
    for m in _ADVERB_AFTER.finditer(text):
        kept.append(text[at:m.start("adverb")])
        where.extend(range(at, m.start("adverb")))
        at = m.end("adverb")
    kept.append(text[at:])
    where.extend(range(at, len(text)))
    return Surface("".join(kept), (*where, len(text)))


def _opening(m: re.Match) -> str:
    word = m.group(2)
    return m.group(1) + (word.capitalize() if word.islower() else word)


def _cased(text: str) -> str:
    text = _OPENING.sub(_opening, text)
    text = _INSIDE.sub(lambda m: (m.group(1).upper() if m.group("label") else m.group(1).lower()) + (m.group("label") or ""),
                       text)
    text = _HONORIFIC_COMMA.sub(lambda m: m.group(1) + m.group(2) + " ", text)
    return _ACTION_MARK.sub(lambda m: m.group(1).capitalize(), text)


def surface(text: str) -> Surface:
    """The text with its outcome words in the form the patterns read, mapped back to the written text."""
    plain = _without_adverbs(text)
    return Surface(_cased(plain.read), plain.where)  # casing and the comma's space keep the length, so the map holds


def canonical(text: str) -> str:
    """The text with its outcome words in the form the patterns read."""
    return surface(text).read


def joined(texts: Sequence[str], sep: str = "\n") -> tuple[Surface, str]:
    """Several texts read and joined, with the map to the written ones joined the same way; and the written join."""
    read: list[str] = []
    where: list[int] = []
    offset = 0
    for n, text in enumerate(texts):
        s = surface(text)
        if n:
            read.append(sep)
            where.extend(range(offset - len(sep), offset))
        read.append(s.read)
        where.extend(w + offset for w in s.where[:-1])
        offset += len(text) + len(sep)
    written = sep.join(texts)
    return Surface("".join(read), (*where, len(written))), written


def as_written(record: str, read: Surface, written: str) -> str:
    """A record's words as the paper wrote them: its span of the read text, taken from the written one."""
    at = read.read.find(record)
    if at < 0 or not record:
        return record
    return written[read.where[at]:read.where[at + len(record) - 1] + 1]
