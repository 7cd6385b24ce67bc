"""Phrase lists kept as data, turned into regular expressions."""
from __future__ import annotations

import re


def alternation(entries: list[str]) -> str:
    """A regex alternation of words or phrases, longest first, a space matching any run of spaces."""
    return "|".join(re.escape(e).replace(r"\ ", r"\s+") for e in sorted(set(entries), key=len, reverse=True))
