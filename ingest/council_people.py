"""Place words that are people's names in running text: the surnames of a list of members after a plural title."""
from __future__ import annotations

import re
from functools import cache

from ingest.council_table import words

_LIST_CHARS = 2000  # of the line before a mention: a full council's list of members present is that long at most


@cache
def _member_list() -> re.Pattern[str]:
    titles = "|".join(re.escape(t) for t in sorted(words("list titles")))
    name = r"[A-Z][\w'’-]*\.?"  # a surname or an initial ("C. BENNETT")
    # "Councillors Churton, Dawber and Wakefield"; "Councillors: Diana Armstrong; ... Victor Warrington"
    return re.compile(rf"\b(?i:{titles}):?\s+(?:{name}(?:\s*[,;]\s*(?:and\s+)?|\s+and\s+|\s+))*$")


def in_member_list(text: str, start: int) -> bool:
    """Whether the name at `start` ends or sits in a list of surnames after a plural title on its line ("Apologies:
    Councillors Churton, Dawber, Rehman and Wakefield"): capitalised words joined by commas, semicolons and "and",
    back to it."""
    line = text[max(text.rfind("\n", 0, start) + 1, start - _LIST_CHARS):start]
    return _member_list().search(line) is not None
