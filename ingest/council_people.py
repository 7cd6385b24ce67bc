"""Council names that belong to people in running text: the surnames of a list of members after a plural title, and the
council a person holds office in."""
from __future__ import annotations

import re
from functools import cache

from ingest.council_table import key, words
from ingest.council_tokens import Word, joined

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


def holds_office(text: str, ws: list[Word], i: int, styled: bool) -> bool:
    """Whether a mention from ws[i], `styled` as a council ("... County Council"), names the council one person holds
    office in ("as the Leader of Hampshire County Council", "an Elected Member of West Sussex County Council", "Mr
    Steve Parker, Head of Environmental Services, Denbighshire County Council"): that person's other council or
    employer, not the paper's."""
    if not styled:
        return False
    if _after_post(text, ws[i].start):
        return True
    k = i - 1
    if k >= 0 and ws[k].lower == "the":
        k -= 1
    if k < 1 or ws[k].lower != "of" or not joined(text, ws[k:i + 1]):
        return False
    offices = words("offices")
    return any(" ".join(w.lower for w in ws[s:k]) in offices and joined(text, ws[s:k + 1])
               for s in (k - 1, k - 2) if s >= 0)


def _after_post(text: str, start: int) -> bool:
    """Whether a mention follows a person's post and a comma ("Mr Steve Parker, Head of Environmental Services,
    Denbighshire County Council"): the visitor's employer."""
    before = text[max(0, start - 80):start]
    if not before.rstrip(" ").endswith(","):
        return False
    post = re.split(r"[,.;:()\n]", before.rstrip(" ")[:-1])[-1].split()
    roles = words("roles")
    return 0 < len(post) <= 6 and any(
        key(" ".join(part)) in roles for part in (post[:1], post[-1:], post[:2], post[-2:]))
