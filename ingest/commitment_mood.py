"""A text's mood: whether it decides in the resolution mood ("the report be noted", "That, the motion, as amended,
be approved"), and whether a part ending in a colon decides itself or only introduces its sub-parts.
"""
from __future__ import annotations

import re

# "Should Kent County Council be accepted into …", "whether the plan be …": a condition or a question, not a decision.
_CONDITIONAL = re.compile(r"\b(?i:should|if|whether|unless)\s+(?:[\w’'-]+\s+){0,5}$")
_MODALS = {"will", "would", "to", "may", "might", "must", "should", "can", "could", "shall", "not", "cannot", "also"}
# "That, the motion, as amended, be approved": a clause between commas before "be".
_BE = re.compile(r"\b(?P<pre>[\w’']+),?\s+be\s+(?:\w+ly\s+)?(?P<verb>[A-Za-z-]+)\b")
_PARTICIPLE = re.compile(
    r"(?:ed|en|wn)$|^(?:set|held|made|sent|given|taken|kept|put|met|sought|brought|paid|led|built|done|read|cut|spent|"
    r"lent|sold|bought|won|told|left|shown|split|let|dealt)$"
)


def subjunctive(text: str) -> bool:
    """Whether a text decides in the resolution mood: "the report be noted", "that authority be delegated"."""
    return any(
        m.group("pre").lower() not in _MODALS and _PARTICIPLE.search(m.group("verb").lower())
        and not _CONDITIONAL.search(text[: m.start("pre")])
        for m in _BE.finditer(text)
    )


# "RESOLVED to receive the minutes of the following Committee meetings held between …:": a decision in the
# infinitive whose list only names what it covers (a town council's minutes, unseen6 tuning set).
_TO_THE_FOLLOWING = re.compile(r"^(?:[Tt]o\s+)?[a-z]+\b[^:;]{0,120}?\b(?:the\s+following|as\s+follows)\b[^:;]{0,120}:$")


def decides(text: str) -> bool:
    """Whether a part that ends in a colon decides something itself ("the following grants be approved:") rather than
    only introducing its sub-parts ("That the Committee:", "that Council be invited to:", whose sub-parts say what)."""
    return subjunctive(text) and not re.search(r"\bto\s*:$", text)


def to_the_following(text: str) -> bool:
    """Whether a resolution's own words, after its "RESOLVED", decide in the infinitive on a list that follows ("to
    receive the minutes of the following meetings:"): the list names what it covers."""
    return bool(_TO_THE_FOLLOWING.match(text)) and not re.search(r"\bto\s*:$", text)
