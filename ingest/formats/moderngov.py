"""What ModernGov pages state in their own conventions: section labels, dd/mm/yyyy dates, decision makers."""
from __future__ import annotations

import re
from datetime import date

# Labels ModernGov sets on a line of their own above a section of a page.
SECTION_LABELS = frozenset(
    label.lower()
    for label in (
        "Minutes:",
        "Decision:",
        "Decisions:",
        "Supporting documents:",
        "Accompanying Documents:",
        "Reasons for the decision:",
        "Reason for the decision:",
        "Alternative options considered:",
        "Alternative options considered and rejected:",
        "Purpose:",
        "Content:",
        "Recommendations:",
        "Resolved:",
    )
)
_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")
# A decision maker that is a body (a committee, the cabinet) rather than a person or post
_BODY = re.compile(
    r"\b(committee|cabinet|council|board|panel|forum|commission|assembly|executive|partnership|group)\b", re.I
)
_PERSON = re.compile(
    r"\b(member|director|officer|leader|head|manager|chief|holder|mayor|chair|chairman|secretary|lead)\b", re.I
)


def is_section_label(text: str) -> bool:
    """Is this line one of ModernGov's section labels ("Minutes:", "Decision:", "Supporting documents:")?"""
    return " ".join(text.split()).lower() in SECTION_LABELS


def iso_date(text: str) -> str | None:
    """The first dd/mm/yyyy date in the text as YYYY-MM-DD, or None if there is no valid one."""
    match = _DATE.search(text)
    if match is None:
        return None
    day, month, year = (int(g) for g in match.groups())
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def is_body(decision_maker: str) -> bool:
    """Is a decision maker a body (e.g. "Policy Committee", "Cabinet") rather than an officer or a member?"""
    return bool(_BODY.search(decision_maker)) and not _PERSON.search(decision_maker)
