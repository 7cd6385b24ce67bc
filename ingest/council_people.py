"""Place words that are people's names in running text: the surnames of a list of members after a plural title."""
from __future__ import annotations

import re
from functools import cache

from ingest.council_table import words

_LIST_CHARS = 2000  # of the line before a mention: a full council's list of members present is that long at most


@cache
def _member_list() -> re.Pattern[str]:
    titles = "|".join(re.escape(t) for t in sorted(words("list titles")))
    # a surname or an initial ("C. BENNETT"), perhaps with its role in brackets ("O'Donovan (Chair)")
    name = r"[A-Z][\w'’-]*\.?(?:\s*\([^()\n]{1,40}\))?"
    # "Councillors Churton, Dawber and Wakefield"; "Councillors: Diana Armstrong; ... Victor Warrington"; "Present:
    # Councillor D O'Donovan (Chair), Akhtar, ..."; "Present –The Chairman (Councillor Knowles-Fitton)and ..."
    return re.compile(rf"\b(?i:{titles})\s*[:\-–]?\s*(?:{name}(?:\s*[,;]\s*(?:and\s+)?|\s*\band\s+|\s+))*$")


def in_member_list(text: str, start: int) -> bool:
    """Whether the name at `start` ends or sits in a list of surnames after a plural title on its line ("Apologies:
    Councillors Churton, Dawber, Rehman and Wakefield"): capitalised words joined by commas, semicolons and "and",
    back to it."""
    line = text[max(text.rfind("\n", 0, start) + 1, start - _LIST_CHARS):start]
    return _member_list().search(line) is not None


_GIVEN_BEFORE = re.compile(r"[ \t]*[A-Z][a-z'’-]+[ \t]+$")  # the line so far is one capitalised word: a given name
_ROLE_AFTER = re.compile(r"[ \t]*\([^()\n]{1,40}\)[ \t]*(?:\n|$)")  # a bracketed role ends the line


def listed_member(text: str, start: int, end: int) -> bool:
    """Whether the name from `start` to `end` is a member's surname on a line of its own after a given name, with a
    role in brackets ("Sara Bedford (Health)" under "Councillors Ann Shaw OBE (Chairman), ...")."""
    return (_GIVEN_BEFORE.match(text, text.rfind("\n", 0, start) + 1, start) is not None
            and _ROLE_AFTER.match(text[end:end + 48]) is not None)

