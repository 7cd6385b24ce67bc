"""The meeting's body from what a paper's text says of it, when no heading or cover sheet names it.

Four shapes: the body that acted ("The Health and Wellbeing Board considered the strategy"), the body approving
its own earlier minutes ("the minutes of the meeting of the Fire Authority held on 8 October 2015 be confirmed as
a correct record"): a body approves only its own minutes, so the name is this meeting's body though the date is not;
the body whose last meeting the paper counts from ("since the last meeting of the Council held on ..."); and, for a
decision, the body its report went to ("Report Item 12 to the Cabinet").
"""
from __future__ import annotations

import re

from ingest.bodies import clean_committee, ends_with_body_word, names_a_body

_NAME = r"[A-Z][\w&'’-]*(?:\s+(?:(?:and|of|for|&)\s+)?[A-Z][\w&'’-]*){0,7}"
# "The Council considered and noted the report", "Minutes: The Health and Wellbeing Board considered ...", "Cabinet
# considered proposals", "That Cabinet approved ...".
_ACTING = re.compile(
    rf"(?:^|[.:]\s+)(?:That\s+)?(?:The\s+)?(?P<body>{_NAME})\s+(?:considered|noted|resolved|RESOLVED|agreed|approved|received|stood|"
    r"adopted|decided)\b",
    re.MULTILINE,
)
# "the minutes of the (last) meeting of the Fire Authority held on ...", "The minutes of the Overview Scrutiny
# Committee held on ...", "Minute of Scottish Borders Council held on ..."; the sentence must approve them ("correct
# record", "agreed", "signed", "confirmed", "for approval and signing").
_OWN_MINUTES = re.compile(
    r"\b(?i:minutes?\s+of\s+(?:the\s+)?(?:(?:last|previous)\s+)?(?:meeting\s+of\s+(?:the\s+)?)?)"
    rf"(?P<body>{_NAME})(?i:\s+meeting)?\s+(?i:held)\b[^.\n]*"
)
# "... since the last meeting of the Council held on 24 October 2024": a body counts time from its own last meeting.
_SINCE_CHARS = 20000  # the paper's first pages: a chair's or officer's update comes early
_SINCE_LAST = re.compile(rf"(?:since|Since|SINCE) the (?:last|previous) meeting of the (?P<body>{_NAME})")  # spaces collapsed
# An item titled with the body's own earlier minutes: "Minutes of Previous Planning Committee".
_PREVIOUS_MINUTES = re.compile(rf"\b(?i:minutes?\s+of\s+(?:the\s+)?(?:previous|last)\s+)(?P<body>{_NAME})")
# A decision's report and the body it went to: "Appendix 1 to Report Item 12 to the Cabinet, be approved".
_REPORTED_TO = re.compile(rf"\b[Rr]eport\s+(?:[Ii]tem\s+[\w.]+\s+)?to\s+(?:the\s+)?(?P<body>{_NAME})")
_APPROVED = re.compile(
    r"\b(?:correct|true|accurate)\s+record\b|\b(?:agreed|approv(?:ed|al)|sign(?:ed|ing)|confirm(?:ed|ation))\b", re.I
)
# Bodies a lone word names well enough: the authority's executive, its full meeting, and an authority that is
# itself the body ("The Authority considered", resolved against the authority's own name by the caller).
_LONE = frozenset({"council", "cabinet", "executive", "authority"})


def _named(name: str) -> str | None:
    name = clean_committee(name)
    if not names_a_body(name) or not ends_with_body_word(name):
        return None
    return name if len(name.split()) > 1 or name.lower() in _LONE else None


def as_authority_body(name: str, authority_type: str | None) -> str | None:
    """A lone "Authority" as the body whose type the authority's own name gives ("Fire and Rescue Authority"); None
    when the authority is of no such type. Any other name is returned as it is."""
    if name.lower() != "authority":
        return name
    return authority_type if authority_type and authority_type.lower().endswith("authority") else None


def acting_body(text: str) -> str | None:
    """The body minutes say acted: "The Council considered ..." -> "Council" ("The Committee noted" names none)."""
    return next((name for m in _ACTING.finditer(text) if (name := _named(m["body"]))), None)


def body_since_last(text: str) -> str | None:
    """The body a paper counts time from the last meeting of: "since the last meeting of the Council" -> "Council"."""
    text = text[:_SINCE_CHARS]
    return next((name for m in _SINCE_LAST.finditer(text) if (name := _named(m["body"]))), None)


def reported_to(text: str) -> str | None:
    """The body a decision's report went to: "... Report Item 12 to the Cabinet, be approved" -> "Cabinet"."""
    return next((name for m in _REPORTED_TO.finditer(text[:_SINCE_CHARS]) if (name := _named(m["body"]))), None)


def approving_body(text: str) -> str | None:
    """The body approving its own minutes: "the minutes of the meeting of the Fire Authority held on 8 October 2015
    be confirmed as a correct record" -> "Fire Authority"."""
    for line in text.splitlines():
        if "inute" not in line and "INUTE" not in line:
            continue
        for m in _OWN_MINUTES.finditer(line):
            if _APPROVED.search(line, 0, m.end()) and (name := _named(m["body"])):
                return name
        for m in _PREVIOUS_MINUTES.finditer(line):
            if name := _named(m["body"]):
                return name
    return None
