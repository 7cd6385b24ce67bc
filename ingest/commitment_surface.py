"""A block's outcome words put in the case the commitment patterns read, whatever case the paper wrote them in: the
one place surface case is normalised before matching (measured by evals/register_variants.py).

Councils write the same outcome word as "RESOLVED", "Resolved" or "resolved", "Members AGREED to" or "Members agreed
to", "action:" or "ACTION:". The rewrite keeps each text's length, so a record's words can be taken back from the
paper as written (`as_written`).
"""
from __future__ import annotations

import re

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


def _opening(m: re.Match) -> str:
    word = m.group(2)
    return m.group(1) + (word.capitalize() if word.islower() else word)


def canonical(text: str) -> str:
    """The text with its outcome words in the case the patterns read; the same length as the text."""
    text = _OPENING.sub(_opening, text)
    text = _INSIDE.sub(lambda m: (m.group(1).upper() if m.group("label") else m.group(1).lower()) + (m.group("label") or ""), text)
    return _ACTION_MARK.sub(lambda m: m.group(1).capitalize(), text)


def as_written(record: str, canonical_text: str, written: str) -> str:
    """A record's words as the paper wrote them: its span of the canonical text, taken from the written one."""
    at = canonical_text.find(record)
    return written[at:at + len(record)] if at >= 0 else record
