"""The wording of commitments in council minutes: who is to act, by when, and which sentences promise something.

Phrasing, not meaning: each pattern is a way minutes record a resolution, a request or an undertaking, and each
exclusion is a way they record something that only looks like one (a question, a forecast, a past fact).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ingest.dates import DATE, MONTH, month_number, parse_date

# Who acts: officers, a named councillor or officer, a body of the council.
_PERSON = r"(?:Cllr\.?|Councillor|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+[A-Z][\w’'-]+"
_BODY = (
    r"(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,5}(?:Committee|Sub-Committee|Panel|Board|Group|Team|Cabinet|Council|Service)"
    r"(?:’s|'s)?(?:\s+(?:[A-Z][\w’'-]*\s+){0,4}(?:Group|Panel|Board|Team))?"
)
_OFFICER = r"(?:(?:the\s+)?(?:[A-Z][\w-]*\s+){0,4}(?:Officers?|Director|Head|Manager|Chief\s+Executive|Leader|Cabinet\s+Member)(?:\s+(?:of|for)\s+[A-Z][\w\s,’'-]{0,40}?)?|officers|Officers)"
ACTOR = rf"(?:{_PERSON}|{_OFFICER}|{_BODY}|Internal\s+Audit|[Tt]hat\s+team|Members)"

# "by the end of the year", "to the April 2015 meeting", "at its next meeting", "in June 2023", "from 1 December 2022".
_MEETING = r"meeting(?:\s+of\s+the\s+(?:[A-Z][\w&-]*\s*)+)?"
DUE = re.compile(
    rf"\b(?i:(?P<keep>by|before|after|from|within)|in|at|to|during)\s+(?P<when>"
    rf"the\s+end\s+of\s+(?:the\s+)?(?:year|month|{MONTH}(?:\s+\d{{4}})?)"
    rf"|the\s+(?:week|month)\s+following\s+the\s+(?:[\w-]+\s+)?meeting"
    rf"|(?:its|the)\s+next\s+(?:[A-Z][\w’'-]*\s+){{0,4}}(?:{_MEETING}|Group|Panel|Board|Committee)"
    rf"|the\s+(?:{MONTH}\s+)?\d{{4}}\s+{_MEETING}"
    rf"|the\s+meeting"
    rf"|the\s+New\s+Year"
    rf"|(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{MONTH},?\s+\d{{4}}"
    rf"|(?:19|20)\d\d(?!\d))",
)

# A question, a forecast or a wish is not a commitment, however it is worded.
QUESTION = re.compile(
    r"\b(?:asked|queried|questioned|enquired|wondered|sought\s+clarification)\s+(?:\w+\s+){0,3}"
    r"(?:whether|why|what|how|if|when|who|which|about)\b|\?\s*$",
    re.IGNORECASE,
)
FORECAST = re.compile(r"\b(?:anticipated|projected|expected|likely|forecast|predicted)\b", re.IGNORECASE)

# Body agrees or resolves: a resolution ("The Committee agreed that the report be noted", "It was AGREED that").
AGREED_BODY = re.compile(
    r"(?:^|\b(?:The|the)\s+)(?:[A-Z][\w-]*\s+){0,4}(?:Committee|Sub-Committee|Panel|Board|Cabinet|Members)\s+"
    r"(?:agreed|resolved|decided)\s+(?:that|to)\b|\bIt\s+was\s+(?:agreed|AGREED|resolved|RESOLVED)\b"
)
# Someone agrees or undertakes to act: "officers agreed to provide", "She agreed to look at", "undertook to".
UNDERTOOK = re.compile(
    rf"(?P<actor>{ACTOR}|\b[Ss]he|\b[Hh]e|\b[Tt]hey)?\s*(?:had\s+)?\b(?:agreed|undertook|undertakes|undertake|promised|offered|pledged|"
    r"committed)\s+to\s+(?!the\b|a\b|an\b|this\b|that\b|these\b|those\b|its\b|their\b)(?P<action>[a-z].*)"
)
# The committee asks someone to act: "The Committee asked that the Business Planning Group monitor progress",
# "requests the Director to investigate ... and report back". Not "requested that it be noted".
REQUESTED = re.compile(
    rf"\b(?:Committee|Sub-Committee|Panel|Board|Members?|Chair(?:man)?)\s+(?:asked|requested|requests|asks)\s+"
    rf"(?:that\s+(?!it\s+be\s+noted)(?P<actor>{ACTOR})\s+(?P<verb>[a-z]+)|(?P<actor2>{ACTOR})\s+to\s+(?P<verb2>[a-z]+))"
)
# Something is to be delivered to the committee: provided, circulated, brought to a meeting, fed back.
_DELIVER = (
    r"(?:provide|provided|circulate|circulated|bring|brought|present|presented|report\s+back|reported\s+back|"
    r"feed\s*back|submit|submitted|share|shared|send|sent|supply|supplied)"
)
DELIVERY = re.compile(
    rf"\b(?:would|will|shall)\s+(?:be\s+)?{_DELIVER}\b|\bwould\s+be\s+provided\s+with\b|\bdue\s+to\s+be\s+{_DELIVER}\b"
    r"|\bto\s+(?:be\s+able\s+to\s+)?(?:report|feed)\s*back\b"
)
# An impersonal record of an officer's answer: "It was intended to revisit", "It was confirmed that ... would".
STATED = re.compile(
    r"\bIt\s+was\s+(?:hoped|intended|planned|proposed)\s+to\s+\w+"
    r"|\b(?:It\s+was|[Oo]fficers|[A-Z][\w-]+\s+[A-Z][\w-]+)\s+(?:confirmed|undertook|promised)\s+that\b[^.]*\b(?:would|will|was\s+due\s+to)\b"
)
# A council-side actor will act by a stated time: "that team would move ... from 1 December 2022",
# "all cases to be reviewed by the end of the year".
DATED = re.compile(
    r"\b(?:[Tt]eam|[Ss]ervice|[Oo]fficers|[Cc]ouncil|[Dd]irectorate|[Dd]epartment)\s+(?:would|will)\s+"
    r"(?!be\b|have\b|need\b|help\b|improve\b|continue\b)[a-z]+"
    r"|\bto\s+be\s+[a-z]+ed\s+by\s+(?:the\s+end|\d)"
)

_LEADING_ACTOR = re.compile(rf"^(?P<actor>{_PERSON}|{_OFFICER}|Internal\s+Audit)\s+(?=[a-z])")
_ASKS = re.compile(rf"^(?:Asks|Ask|Requests|Request|Instructs|Invites)\s+(?P<actor>{ACTOR})\s+to\b")
_NAMED = re.compile(_PERSON)
_SENTENCE_START = re.compile(r"(?:^[\d.\s]*|[.;:]\s+)$")


@dataclass(frozen=True, slots=True)
class Due:
    """When something is due, as the paper states it, and as a date when it names one."""

    text: str
    day: date | None


def find_due(text: str) -> Due | None:
    """The first deadline a sentence states ("by the end of the year", "the April 2015 meeting"), or None."""
    m = DUE.search(text)
    if not m:
        return None
    when = " ".join(m.group("when").split())
    stated = f"{m.group('keep').lower()} {when}" if m.group("keep") else when
    return Due(stated, _day(when))


def _day(when: str) -> date | None:
    full = DATE.search(when)
    if full:
        return parse_date(full.group(0))
    month = re.search(rf"({MONTH}),?\s+(\d{{4}})", when, re.IGNORECASE)
    if month:
        return date(int(month.group(2)), month_number(month.group(1)), 1)
    return None


def leading_actor(text: str, default: str | None) -> str | None:
    """Who a resolution's item puts to work: "Officers circulate ...", "Asks the Group to ...", else the body."""
    m = _ASKS.match(text) or _LEADING_ACTOR.match(text)
    return " ".join(m.group("actor").split()) if m else default


def named_before(text: str, end: int) -> str | None:
    """Whom "She agreed to look at ..." means: the last person named before `end` as a sentence's subject
    ("Cllr Russell thanked Mr Coughlan ... She agreed" is Cllr Russell), else the last person named."""
    names = list(_NAMED.finditer(text, 0, end))
    subjects = [m for m in names if _SENTENCE_START.search(text[: m.start()])]
    chosen = (subjects or names)[-1:]
    return chosen[0].group(0) if chosen else None
