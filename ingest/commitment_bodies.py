"""A paper's blocks -> the body whose resolutions it records ("the Committee", "the Cabinet", a named decision maker).

Resolutions are the meeting's own acts, so their actor is the deciding body. A decision page names it ("Decision
Maker: Cabinet", "Decided at meeting: … - Mayor and Cabinet"); minutes name it in their title ("Planning Committee -
Monday, 4th February 2019") or as the subject of their sentences ("The Authority considered …"). Only the text is
read: the file name and the catalogue's metadata are not needed.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from ingest.commitment_phrases import BODY_TYPE, OFFICER, WORDS, alternation
from ingest.records import Block

_D = WORDS["decision_makers"]
_MAKER = re.compile(rf"^(?:{alternation(_D['labels'])})\s*:\s*(?P<who>.+?)\s*$", re.IGNORECASE)
_AT_MEETING = re.compile(
    rf"^(?:{alternation(_D['meeting_labels'])})\s*:\s*[\d/.-]+\s*[-–]\s*(?P<who>.+?)(?:\s*\(Item[^)]*\))?\s*$", re.IGNORECASE
)
# ModernGov titles: "Planning Committee - Monday, 4th February 2019 10.30 a.m.", "Cabinet - Tuesday, 9th October 2012";
# minutes titles: "Minutes of the meeting of the Planning Committee held on 4 March 2024", Scottish "At a MEETING of
# the EDUCATION COMMITTEE held at Dundee on 21st April, 2014"; cover sheets: "Report to:
# Audit Committee", "To: Cabinet – 30 January 2025", "Meeting: Cabinet".
_TITLE = re.compile(
    r"^(?P<who>[A-Z][\w&’' ,()-]{2,80}?)\s+[-–]\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
    r"|^(?:Minutes|Agenda|Record|Notes|Proceedings|At)\s+(?:of\s+)?(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?[Mm]eeting\s+of\s+(?:the\s+)?"
    r"(?P<who2>[A-Z][\w&’' ,()-]{2,80}?)\s+(?:held|on|at|which)\b"
    rf"|^(?:{alternation(_D['cover_labels'])})\s*:\s*(?P<who3>[A-Z][\w&’' ,()-]{{2,80}}?)\s*(?:[-–,]\s*\d.*|\d.*)?$",
    re.IGNORECASE,
)
_TYPE_AT_END = re.compile(rf"\b(?P<type>Cabinet\s+Member|Mayor\s+and\s+Cabinet|{BODY_TYPE})\W*$", re.IGNORECASE)
_OFFICER = re.compile(rf"^{OFFICER}")
# "The Authority considered …", "The Cabinet Member considered a report", "The Council stood in silence".
_SUBJECT = re.compile(
    rf"(?:^(?:\(?[a-z0-9]{{1,3}}[.)]\s+)?|[.:;]\s+)(?:The\s+|the\s+|Full\s+)?(?P<type>Cabinet\s+Member|{BODY_TYPE})\s+"
    r"(?:considered|received|noted|agreed|resolved|approved|"
    r"discussed|stood|decided|welcomed|was\s+(?:advised|informed|asked|requested)|is\s+(?:asked|requested|recommended)|"
    r"heard|thanked|endorsed|supported|reviewed|RESOLVED|AGREED|"
    r"had\s+before\s+it|wished|asked)\b"  # "The Cabinet had before it and NOTED …", "The Council wished him …"
)
# "Members of the Board were provided with an update …": the meeting's members named by their body.
_MEMBERS_OF = re.compile(rf"(?:^|[.:;]\s+)Members\s+of\s+the\s+(?P<type>{BODY_TYPE})\s+(?:were|was|asked|noted|agreed|received|considered|discussed)\b")
_OF_HOST = re.compile(rf"^(?P<body>.+?\b(?:{BODY_TYPE}))\s+of\s+(?:the\s+)?[A-Z][\w&’' ,()-]*\b(?:{BODY_TYPE})\s*$", re.IGNORECASE)
# The meeting confirms its own last minutes: "the minutes of the meeting of the Fire Authority held on … be confirmed".
_OWN_MINUTES = re.compile(
    # "the Minutes of the Annual and Ordinary meetings of the Authority held on … be signed".
    rf"\b[Mm]inutes\s+of\s+the\s+(?:last\s+|previous\s+)?(?:[A-Z][\w-]*\s+(?:and\s+)?){{0,3}}meetings?\s+of\s+(?:the\s+)?"
    rf"(?:[A-Z][\w&’'-]*\s+){{0,5}}?"
    rf"(?P<type>{BODY_TYPE})\s+held\b[^.]{{0,80}}?\b(?:be|were|was)\s+(?:duly\s+)?(?:confirmed|approved|agreed|signed)\b"
)
# "Cabinet Minutes", "Planning Committee Agenda": a title naming the paper after its body.
_PAPER_WORDS = re.compile(rf"\s+(?:{alternation(WORDS['bodies']['paper_words'])})\s*$", re.IGNORECASE)
_CIVIC_CHAIR = re.compile(rf"\b(?:{alternation(WORDS['bodies']['civic_chairs'])})\b", re.IGNORECASE)
_NAMED_TYPE = re.compile(rf"\b(?!Council\b)(?:{BODY_TYPE})\b")
_LOCAL = re.compile(rf"\b(?:{alternation([n.lower() for n in WORDS['bodies']['local_councils']])})\b")  # read in lower case
_OFTEN = 3
_TITLE_CASE = re.compile(r"^(?:(?:[A-Z][\w&’'-]*|and|of|for|the|&)\s+){0,7}[A-Z][\w-]*$")  # "Cumbria Health and Wellbeing Board"
_CANONICAL = {t.lower(): t for t in [*WORDS["bodies"]["types"], "Cabinet Member", "Mayor and Cabinet"]}
_HEAD_LINES = 12
_DEFAULT = "the Committee"


def maker_named(text: str) -> str | None:
    """The decision maker a line names ("Decision Maker: Cabinet Member for Resources"), or None: on a list of
    decisions each entry names its own."""
    m = _MAKER.match(text) if ":" in text else None
    return _as_actor(m.group("who"), named=True) if m else None


def deciding_body(blocks: Sequence[Block], committee: str | None = None) -> str:
    """Who the paper's resolutions are by: its named decision maker, else the meeting body its metadata names
    (`committee`, as ingest/metadata.py reads it: "Planning Committee" -> "the Committee"), else its title's body
    type, else the body its sentences make the subject, else the council when a civic chair presides ("The
    Worshipful the Mayor"), else "the Committee"."""
    for block in blocks:
        m = _MAKER.match(block.text) or _AT_MEETING.match(block.text)
        if m:
            return _as_actor(m.group("who"), named=True)
    committee = _PAPER_WORDS.sub("", committee) if committee else committee
    if committee and _TYPE_AT_END.search(committee):  # "Member Decisions Meeting for the Leader" names no body type
        return _as_actor(committee, named=False)
    titled = []
    for block in blocks[:_HEAD_LINES]:
        m = _TITLE.match(block.text)
        who = (m.group("who") or m.group("who2") or m.group("who3")) if m else (block.text if block.text.isupper() else None)
        if who and (host := _OF_HOST.match(who)):  # "the Planning Committee of North Somerset Council": the committee
            who = host.group("body")
        if who and (kind := _TYPE_AT_END.search(who)):
            titled.append((kind.group("type").lower() == "council", who))
    if titled:  # "KENT COUNTY COUNCIL" above "CABINET": the council hosts, its cabinet meets
        return _as_actor(min(titled, key=lambda t: t[0])[1], named=False)
    for block in blocks:  # "RESOLVED that the minutes of the meeting of the Fire Authority held on …": its own
        if own := _OWN_MINUTES.search(block.text):
            return f"the {_CANONICAL.get(own.group('type').lower(), own.group('type'))}"
    subjects = Counter(
        m.group("type") for b in blocks for pattern in (_SUBJECT, _MEMBERS_OF) for m in pattern.finditer(b.text.strip())
    )
    if subjects:
        return f"the {' '.join(subjects.most_common(1)[0][0].split())}"
    if any(_CIVIC_CHAIR.search(b.text) for b in blocks):  # "The Worshipful the Mayor", "Mayoral Announcements"
        return "the Council"
    for block in blocks[:_HEAD_LINES]:
        if _TITLE_CASE.match(block.text) and _TYPE_AT_END.search(block.text):
            return _as_actor(block.text, named=False)
    return _most_named(blocks) or _local_council(blocks) or _DEFAULT


def local_council(blocks: Sequence[Block], body: str) -> bool:
    """Whether a paper is a parish, town or community council's own minutes: its deciding body is the council and it
    names such a council. There no officers answer for the meeting; what is to be done unowned is the council's."""
    return body == "the Council" and _local_council(blocks) is not None


def _local_council(blocks: Sequence[Block]) -> str | None:
    """"the Council" when a paper that names no meeting body names a parish, town or community council: such a
    council's papers are its own minutes (it holds no executive, and few committees)."""
    return "the Council" if _LOCAL.search("\n".join(b.text for b in blocks).lower()) else None


def _most_named(blocks: Sequence[Block]) -> str | None:
    """The body type a paper names most ("Cabinet" in a cabinet decision), if named often enough to be its own; the
    council is named in every paper, so it never wins this way."""
    counts = Counter(m.group(0) for b in blocks for m in _NAMED_TYPE.finditer(b.text))
    if not counts:
        return None
    kind, n = counts.most_common(1)[0]
    return f"the {kind}" if n >= _OFTEN else None


def _as_actor(name: str, named: bool) -> str:
    """A body's name as an actor: a person or officer as named; a body as "the <type>" ("Licensing and Regulatory
    Committee" -> "the Committee"), except that a decision maker's own name is kept when it is short."""
    name = " ".join(name.split()).strip(" .,;")
    m = _TYPE_AT_END.search(name)
    if named and (m is None or (_OFFICER.match(name) and re.search(r"\b(?:of|for)\b", name))):
        return name  # "Director of Resources", "Leader of the Council", "Cabinet Member for Housing"
    if named:
        return name if name.lower().startswith("the ") else f"the {name}"  # "the Licensing Committee"
    if m is None:
        return _DEFAULT
    kind = " ".join(m.group("type").split())
    return f"the {_CANONICAL.get(kind.lower(), kind)}"
