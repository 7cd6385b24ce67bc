"""The meeting's body from what a paper's text says of it, when no heading or cover sheet names it.

Shapes: the body that acted ("The Health and Wellbeing Board considered the strategy"), the body approving
its own earlier minutes ("the minutes of the meeting of the Fire Authority held on 8 October 2015 be confirmed as
a correct record"): a body approves only its own minutes, so the name is this meeting's body though the date is not;
the body whose last meeting the paper counts from ("since the last meeting of the Council held on ..."); for a
decision, the body its report went to ("Report Item 12 to the Cabinet"); and the body a meeting's own business
names as itself: the body a report asks to decide ("The Planning Committee is recommended to:"), the body electing
its chair ("be elected Chairman of the Thames Valley Police and Crime Panel for the ensuing year"), the body a new
member is welcomed to ("welcomed Ms Smith to her first meeting of the Cabinet").
"""
from __future__ import annotations

import re
from collections import Counter
from functools import cache

from ingest.bodies import (
    activity_only,
    body_words,
    civic_heads,
    clean_committee,
    ends_with_body_word,
    local_type,
    names_a_body,
    plenary_business,
    whole_body,
    whole_types,
)
from ingest.council_variants import canonical_council, english_local_name
from ingest.councils import COUNCILS
from ingest.dates import DATE
from ingest.flat_pages import author_title, viewer_line

# A body's name: capitalised words, small joining words between them, and commas between the places of a joint
# body's area ("Leicester, Leicestershire and Rutland Police and Crime Panel").
_NAME = r"[A-Z][\w&'’-]*(?:(?:,\s*|\s+(?:(?:and|of|for|&)\s+)?)[A-Z][\w&'’-]*){0,7}"
# "The Council considered and noted the report", "Minutes: The Health and Wellbeing Board considered ...", "Cabinet
# considered proposals", "That Cabinet approved ...", "The Cabinet had before it ...", "The Council wished him well",
# "RESOLVED (unanimously) that the Cabinet agreed to:", a decision page's "The Cabinet has" / "(a) approved the project".
_ACTING = re.compile(
    rf"(?:^(?:\d+(?:\.\d+)*\s+|\((?:[ivx]{{1,4}}|\d{{1,2}}|[a-z])\)\s+)?|[.:]\s+)(?:RESOLVED\s+(?:\([^()\n]{{1,30}}\)\s+)?(?i:that)\s+|That\s+)?(?:[Tt]he\s+)?"
    rf"(?P<body>{_NAME})\s+(?P<has>(?:has|have)\s+(?:\([a-z]\)\s+)?)?(?:considered|noted|resolved|RESOLVED|agreed|"
    r"approved|received|stood|adopted|decided|confirmed|CONFIRMED|NOTED|AGREED|DECIDED|endorsed|accepted|discussed|"
    r"debated|welcomed|thanked|wished|heard|had\s+before\s+it|(?:was|were)\s+(?:informed|advised|asked|updated))\b",
    re.MULTILINE,
)
# "the minutes of the (last) meeting of the Fire Authority held on ...", "The minutes of the Overview Scrutiny
# Committee held on ...", "Minute of Scottish Borders Council held on ..."; the sentence must approve them ("correct
# record", "agreed", "signed", "confirmed", "for approval and signing").
_OWN_MINUTES = re.compile(
    r"\b(?i:(?:minutes?|decisions)\s+of\s+(?:the\s+)?(?:(?:last|previous)\s+)?"
    r"(?:(?:[a-z]+\s+(?:and\s+[a-z]+\s+)?)?meetings?\s+of\s+(?:the\s+)?)?)"  # "the Annual and Ordinary meetings of the"
    rf"(?P<body>{_NAME})(?i:\s+meeting)?\s+(?i:held)\b[^.\n]*"
)
# "... since the last meeting of the Council held on 24 October 2024": a body counts time from its own last meeting.
_SINCE_CHARS = 20000  # the paper's first pages: a chair's or officer's update comes early
_SINCE_LAST = re.compile(rf"(?:since|Since|SINCE) the (?:last|previous) meeting of the (?P<body>{_NAME})")  # spaces collapsed
# The body's own minutes approved, told in the passive: "The minutes of the meeting held on 11 March 2021 were noted by
# the Cabinet as a true record", "... were approved by the Committee" (a chair signing them names no body).
_APPROVED_BY = re.compile(
    rf"\b(?i:minutes)\b[^.\n]{{0,120}}?\b(?:were|was|be|being)\s+(?:(?:duly|unanimously)\s+)?(?:approved|agreed|"
    rf"confirmed|noted|signed|accepted|adopted)\s+by\s+the\s+(?P<body>{_NAME})"
)
# An item titled with the body's own earlier minutes: "Minutes of Previous Planning Committee".
_PREVIOUS_MINUTES = re.compile(rf"\b(?i:minutes?\s+of\s+(?:the\s+)?(?:previous|last)\s+)(?P<body>{_NAME})")
# An item titled with the body's own minutes, alone on its line or with its link: "MINUTES OF CABINET pdf icon PDF 102 KB".
_MINUTES_ITEM = re.compile(rf"^(?i:minutes?\s+of\s+(?:the\s+)?)(?P<body>{_NAME})(?:\s+(?i:pdf\s+icon\b|PDF\s+\d).*)?$")
# A decision's report and the body it went to: "Appendix 1 to Report Item 12 to the Cabinet, be approved".
_REPORTED_TO = re.compile(rf"\b[Rr]eport\s+(?:[Ii]tem\s+[\w.]+\s+)?to\s+(?:the\s+)?(?P<body>{_NAME})")
# The item's own minutes on the lines under its title ("Minutes of the Planning Committee held on 7 December" /
# "Minutes:" / "RESOLVED that the minutes ... be approved as a correct record"), before the next item's number.
_ITEM_LINES = 3
_ITEM_NUMBER = re.compile(r"^\d{1,3}[a-z]?[.)]?(?:\s|$)")
_RECORD_WORDS = re.compile(r"\b(?:minutes|decisions|record)\b", re.I)
# A meeting's own business names its body: a report's recommendation to it, its chair's election, a new member's
# welcome. "The Planning Committee is recommended to:", "be elected Chairman of the Thames Valley Police and Crime
# Panel for the ensuing year", "welcomed Ms Smith to her first meeting of the Cabinet", "The Chair welcomed everyone
# to the meeting of the Licensing Committee", "The Mayor welcomed new members to the WMCA Board".
_OWN_BUSINESS = (
    re.compile(rf"(?:^|[.:]\s+)(?:The\s+)?(?P<body>{_NAME})\s+(?:is|are)\s+(?:recommended|asked|requested|invited)\s+to\b", re.M),
    re.compile(rf"\b(?:re-?)?elected\s+(?:as\s+)?(?:Vice[- ])?Chair(?:man|person|woman)?\s+of\s+the\s+(?P<body>{_NAME})"
               r"\s+for\s+the\s+(?:ensuing|coming|forthcoming|municipal|following|period|year|remainder)\b"),
    re.compile(rf"\b(?:his|her|their)\s+first\s+meeting\s+of\s+the\s+(?P<body>{_NAME})"),
    re.compile(rf"\bwelcomed\b[^.]{{0,80}}?\bto\s+(?:the|this)\s+(?:first\s+|inaugural\s+)?meeting\s+of\s+the\s+(?P<body>{_NAME})"),
    re.compile(rf"\bwelcomed\s+(?:new|the\s+new)\s+members?\s+to\s+the\s+(?P<body>{_NAME})"),
)
_ELECTED = re.compile(rf"\b(?:re-?)?elected\s+(?:as\s+)?(?:Vice[- ])?Chair(?:man|person|woman)?\s+of\s+the\s+(?P<body>{_NAME})")
# The body spoken to at its meeting: "The Mayor informed the Council of the recent by-election".
# A lone body word may go without its article: "The Chair advised Council that ...", "updated Cabinet on the
# recommendations" (never "thanked Council officers", "informed Council Tax payers").
_ADDRESSED = re.compile(
    rf"\b(?:informed|advised|updated|addressed|reminded|told|thanked)\s+(?:the\s+(?P<body>{_NAME})|"
    r"(?P<lone>Council|Cabinet|Executive)(?=\s+(?:that|on|of|about)\b|\s*[,.;]))"
)
# Minutes approved by a list under the resolution: "... the Minutes of the meeting(s) listed below be approved and signed
# as a correct record:" / "1) Cabinet held on 18 April 2024."
_LISTED_BELOW = re.compile(r"\bminutes\b[^\n]*\blisted\s+below\b", re.IGNORECASE)
_LISTED = re.compile(rf"^(?:\(?\w{{1,3}}[.)]\s*|[•·-]\s*)?(?P<body>{_NAME})\s+(?i:meeting\s+)?(?i:held)\b")
_APPROVED = re.compile(
    r"\b(?:correct|true|accurate)\s+record\b|\b(?:agreed|approv(?:ed|al)|sign(?:ed|ing)|confirm(?:ed|ation))\b", re.I
)
# Bodies a lone word names well enough: the authority's executive, its full meeting, and an authority that is
# itself the body ("The Authority considered", resolved against the authority's own name by the caller).
_LONE = frozenset({"council", "cabinet", "executive", "authority"})


def _named(name: str) -> str | None:
    name = re.split(r"\n[ \t]*\n", name)[-1]  # "Cabinet Member for Finance / (blank) / Cabinet considered": a heading above
    words = name.split()
    starts = [n for n in range(1, len(words)) if words[n] == "The" and words[n - 1][:1].isupper()]
    if starts:  # "Chair's Remarks / The Committee was advised": a heading, then a sentence; not "Leader of The Council"
        name = " ".join(words[starts[-1]:])
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


def acting_body(text: str, decided: bool = False) -> str | None:
    """The body minutes say acted: "The Council considered ..." -> "Council" ("The Committee noted" names none); with
    `decided`, a decision page's "The Cabinet has approved ..." too (a report's "The Council has agreed a plan" is no
    record of its meeting)."""
    return next((name for m in _ACTING.finditer(text) if (decided or not m["has"]) and (name := _named(m["body"]))), None)


_STATEMENT_CHARS = 300  # a decision page opens with its statement


def decision_statement(text: str) -> str | None:
    """The body a decision page's opening statement says decided: "The Cabinet has / (a) approved the project ..."."""
    return next((name for m in _ACTING.finditer(text, 0, _STATEMENT_CHARS) if m["has"] and (name := _named(m["body"]))), None)


def body_since_last(text: str) -> str | None:
    """The body a paper counts time from the last meeting of: "since the last meeting of the Council" -> "Council"."""
    text = text[:_SINCE_CHARS]
    return next((name for m in _SINCE_LAST.finditer(text) if (name := _named(m["body"]))), None)


def reported_to(text: str) -> str | None:
    """The body a decision's report went to: "... Report Item 12 to the Cabinet, be approved" -> "Cabinet"."""
    return next((name for m in _REPORTED_TO.finditer(text[:_SINCE_CHARS]) if (name := _named(m["body"]))), None)


def own_business_body(text: str) -> str | None:
    """The body a meeting's own business names: "The Planning Committee is recommended to:" -> "Planning Committee";
    "was duly elected as Chairman of the Environment Committee" where the paper elects no other body's chair."""
    lines = text[:_SINCE_CHARS].splitlines()
    for pattern in _OWN_BUSINESS:
        if name := next((name for x in lines for m in pattern.finditer(x) if (name := _named(m["body"]))), None):
            return name
    # a chair elected, with no term said: the body's own where every chair the paper elects is of that one body (a
    # council's annual meeting elects the chairs of several)
    elected = {name for x in lines for m in _ELECTED.finditer(x) if (name := _named(m["body"]))}
    return elected.pop() if len(elected) == 1 else None


@cache
def _civic_announcements() -> re.Pattern[str]:
    heads = "|".join(re.escape(h) for h in sorted(civic_heads(), key=len, reverse=True))
    said = r"(?:announcements|communications)"  # "Mayor's Announcements", "Communications by the Mayor"
    return re.compile(rf"\b(?:{heads})(?:'s|’s|al)?\s+{said}\b|\b{said}\s+(?:from|by|of)\s+the\s+(?:{heads})\b",
                      re.IGNORECASE)


@cache
def _plenary() -> re.Pattern[str]:
    phrases = "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in plenary_business())
    return re.compile(rf"\b(?:{phrases})\b", re.IGNORECASE)


def full_meeting_body(text: str) -> str | None:
    """"Council" where the meeting's business is a full council's: the civic head's announcements ("Mayor's
    Announcements", "Communications by the Mayor": the mayor, provost or speaker chairs it), notices of motion, its committees' minutes received."""
    opening = text[:_SINCE_CHARS]
    return "Council" if _civic_announcements().search(opening) or _plenary().search(opening) else None


def addressed_body(text: str) -> str | None:
    """The body spoken to at its meeting: "The Mayor informed the Council of ..." -> "Council"."""
    return next((name for m in _ADDRESSED.finditer(text[:_SINCE_CHARS]) if (name := _named(m["body"] or m["lone"]))), None)


def _listed_body(lines: list[str]) -> str | None:
    """The body of the first minutes listed under a resolution approving them ("1) Cabinet held on 18 April 2024")."""
    for line in [x.strip() for x in lines if x.strip()][:_ITEM_LINES]:
        if m := _LISTED.match(line):
            return _named(m["body"])
    return None


_RECURRING_LEAST = 2  # a type named once may be any body's; named again, it is the paper's own


@cache
def _type_names() -> re.Pattern[str]:
    # every council paper names "the Council", and a principal council's papers name the parish councils they consult
    types = [t for t in whole_types() if not t.endswith("Council")]
    alternatives = "|".join(re.escape(t) for t in types)
    return re.compile(rf"(?P<place>(?:[A-Z][\w'’&-]*\s+(?:(?:and|&)\s+)?){{0,4}})(?P<type>\b(?:{alternatives}))\b")


def recurring_type(text: str) -> str | None:
    """The joint authority a paper names again and again as itself ("left the Fire Authority", "The Fire Authority will
    also welcome ..."): its name as the gazetteer knows it where the text gives it ("Tees Valley Combined Authority"),
    else its type ("Fire Authority"); None when no type recurs."""
    found = [(m["type"], f"{m['place']}{m['type']}") for m in _type_names().finditer(text[:_SINCE_CHARS])]
    ranked = Counter(kind for kind, _ in found).most_common(2)
    if not ranked or ranked[0][1] < _RECURRING_LEAST or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    named = Counter(name for kind, name in found if kind == ranked[0][0] and canonical_council(name))
    return named.most_common(1)[0][0] if named else ranked[0][0]


def _item_approves(lines: list[str]) -> bool:
    """Whether the lines under an item's title approve its minutes, before the next item begins."""
    for line in [x for x in lines if x.strip()][:_ITEM_LINES]:
        if _ITEM_NUMBER.match(line.strip()):
            return False
        if _RECORD_WORDS.search(line) and _APPROVED.search(line):
            return True
    return False


def approving_body(text: str) -> str | None:
    """The body approving its own minutes: "the minutes of the meeting of the Fire Authority held on 8 October 2015
    be confirmed as a correct record" -> "Fire Authority"; the approval may be the item's minutes under its title."""
    lines = text.splitlines()
    for at, line in enumerate(lines):
        if not re.search(r"inute|INUTE|ecision", line):
            continue
        for m in _OWN_MINUTES.finditer(line):
            approved = _APPROVED.search(line, 0, m.end()) or _item_approves(lines[at + 1:at + 1 + 2 * _ITEM_LINES])
            if approved and (name := _named(m["body"])):
                return name
        for m in _APPROVED_BY.finditer(line):
            if name := _named(m["body"]):
                return name
        for m in _PREVIOUS_MINUTES.finditer(line):
            if name := _named(m["body"]):
                return name
        if (m := _MINUTES_ITEM.match(line.strip())) and _item_approves(lines[at + 1:at + 1 + 2 * _ITEM_LINES]) and (
            name := _named(m["body"])
        ):
            return name  # "MINUTES OF CABINET" / "Minutes:" / "The minutes of the meeting ... were agreed"
        if _LISTED_BELOW.search(line) and _APPROVED.search(line) and (name := _listed_body(lines[at + 1:at + 1 + 2 * _ITEM_LINES])):
            return name
    return None


_COUNCILS = frozenset(c.name for c in COUNCILS if c.kind != "joint")
_HEAD_NAME_LINES = 3
# A heading line's day and punctuation after the name: "Comhairle nan Eilean Siar - 1 May 2024", "Glasgow City Council."
_NAME_TAIL = re.compile(rf"(?:\s*[-–,]?\s*{DATE.pattern})?[\s.,:;-]*$", re.IGNORECASE)


# The paper's own title under the council's name, naming no body: "Minute of Meeting held in ...", "Present:",
# "Notice of Meeting", Scottish minutes' "Sederunt".
_NAMELESS_MEETING = re.compile(
    r"^(?:Minutes?\s+of\s+(?:the\s+|a\s+)?Meeting\s+held\b|Present\b|Sederunt\b|Notice\s+of\s+(?:a\s+|the\s+)?Meeting$)",
    re.IGNORECASE,
)


def council_heading(head: list[str]) -> str | None:
    """The council whose name alone heads a paper's first lines, right over a title naming no body ("COMHAIRLE NAN
    EILEAN SIAR" over "Minute of Meeting held in the Council Offices ...", "Glasgow City Council." over "Present:"):
    minutes or a notice that name no other body are that council's own full meeting."""
    for at, line in enumerate(head[:_HEAD_NAME_LINES]):
        name = _NAME_TAIL.sub("", line).strip()
        below = head[at + 1] if at + 1 < len(head) else ""
        if name and _NAMELESS_MEETING.match(below) and (council := canonical_council(name)) in _COUNCILS:
            return council
    return None


_LOCAL_NAME = 120  # characters of a local council's name alone
_VIEWER_LINES = 3  # a document viewer's furniture above the paper ("Total Page:16", "File Type:pdf, Size:1020Kb")
_PAGE_NUMBER = re.compile(r"^\d{1,5}\s+")  # a flattened page's number before its heading
_TITLE_SEGMENTS = re.compile(r"\s+[-–—|/]\s+")  # a title's parts: "Anytown Town Council – Full Council – 5 March 2024"


# A council's name in capitals, then the paper's words before the rest of its title line: "ANYHAVEN AND DISTRICT
# COMMUNITY COUNCIL BUSINESS MEETING MINUTES 7:00 to 9:30pm, 13th August 2019" (not a blog's "Posted in Parish Council
# Meeting minutes").
_COUNCIL_THEN_PAPER = re.compile(
    r"^(?P<name>[^a-z\n]{3,100}?\bCOUNCIL)\s+(?=(?i:(?:(?:business|ordinary|annual|monthly|extra-?ordinary|special|full|"
    r"general)\s+)*(?:meeting\s+)?(?:minutes|agenda|notes)\b))"
)


def local_council_heading(head: list[str]) -> str | None:
    """The local council whose name heads a paper's first lines ("WELTON LE MARSH PARISH COUNCIL" over "MINUTES OF THE
    ANNUAL COUNCIL MEETING"): the paper's council, whichever of its meetings it records."""
    lines = [x for x in head[:_HEAD_NAME_LINES + _VIEWER_LINES] if not viewer_line(x)][:_HEAD_NAME_LINES]
    for line in lines:
        named = author_title(line)  # a flattened page's "1256 ANYTOWN PARISH COUNCIL Minutes of the ... meeting held on"
        before = [_PAGE_NUMBER.sub("", named[0])] if named else []
        if m := _COUNCIL_THEN_PAPER.match(line):  # "ANYHAVEN COMMUNITY COUNCIL BUSINESS MEETING MINUTES 7:00pm, 13th ..."
            before.append(_PAGE_NUMBER.sub("", m["name"]))
        for name in [*before, *_TITLE_SEGMENTS.split(_NAME_TAIL.sub("", line).strip())]:  # "Anytown Town Council – Full Council"
            name = name.rsplit(": ", 1)[-1].strip()  # a label's value: "Meeting: Parish Council" names no council
            if (name.lower().endswith(" council") and len(name) <= _LOCAL_NAME and (whole := whole_body(name)) and whole[0]
                    and (kind := local_type(whole[0])) and (english := english_local_name(whole[0], kind))):
                return english  # a bilingual banner's English name: "Cyngor Tref Penmaenmawr Penmaenmawr Town Council"
    for line in lines:  # "Minutes of the Planning Committee of Anytown Town Council held on ...", "Minutes of a meeting of the
        # Full Council of Anytown Town Council"
        for m in _OF_LOCAL.finditer(line):
            if (whole := whole_body(m["name"])) and whole[0] and local_type(whole[0]):
                return whole[0]
    return None


# A body of a local council, the council named after it: "... Committee of Anyville Parish Council held on ...", "the
# Full Council of Anytown Town Council" (a town council's full meeting).
_OF_LOCAL = re.compile(
    r"\b(?i:Committee|Sub-Committee|Group|Panel|Board|Working\s+Party|Full\s+Council)\s+of\s+(?:the\s+)?"
    r"(?P<name>(?:[A-Z][\w'’-]*\s+(?:(?:on|upon|le|by|in|under|and|&)\s+)?){1,5}(?i:Parish|Town|Community|City|Village|"
    r"Neighbourhood)\s+(?i:Council))\b(?!['’])"
)


# A local council named as its own paper's author: "Minutes of Anyville Parish Council’s Leisure Committee", "the Parish
# Council Meeting of Anyville Parish Council that was held in ...", or, in the title block, "Anyville Parish Council
# Minutes." (round 15: register_unseen8, unseen10, register_unseen9).
_LOCAL_NAME_WORDS = r"(?:[A-Z][\w'’-]*\s+(?:(?:on|upon|le|by|in|under|and|&)\s+)?){1,5}(?i:Parish|Town|Community)\s+(?i:Council)"
_MINUTES_OF_LOCAL = re.compile(
    rf"\b(?i:minutes|meeting)\s+of\s+(?:the\s+)?(?P<name>{_LOCAL_NAME_WORDS})"
    r"(?=['’]s\b|\s+(?:(?:that|which)\s+was\s+)?held\b)"
)
_LOCAL_THEN_PAPER = re.compile(rf"^\W*(?P<name>{_LOCAL_NAME_WORDS})\s+(?i:minutes|agenda)\b")


def own_local_council(text: str, head: list[str]) -> str | None:
    """The local council a paper names as its author: its minutes "of" it, held or its own ("Minutes of Anyville Parish
    Council’s Leisure Committee held on ..."), or its name then the paper's word atop it ("Anyville Parish Council
    Minutes."); None where none is, or the name is no local council's."""
    found = [m["name"] for x in head[:_HEAD_NAME_LINES] if (m := _LOCAL_THEN_PAPER.match(x.strip()))]
    found += [m["name"] for m in _MINUTES_OF_LOCAL.finditer(text[:_SINCE_CHARS])]
    for name in found:
        if (whole := whole_body(name)) and whole[0] and (kind := local_type(whole[0])):
            return english_local_name(whole[0], kind)
    return None


_SELF_LEAST = 2  # the body named in full this often (a committee named once may be any the paper mentions)
_NOT_SELF = frozenset({"council", "meeting", "decisions", "scrutiny", "partnership", "body"})  # any paper's words


@cache
def _self_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    heads = "|".join(re.escape(w) for w in sorted(body_words(), key=len, reverse=True) if w.lower() not in _NOT_SELF)
    bare = re.compile(rf"\b[Tt]he\s+(?P<head>{heads})\b(?!\s+[A-Z])")
    # a name on one line, its words capitalised, joined by "and", "for" or "&" ("the Health and Wellbeing Board")
    full = re.compile(rf"\b(?P<name>(?:[A-Z][\w&'’-]*[ ]+(?:(?:and|for|&)[ ]+)?){{1,6}}(?P<head>{heads}))\b(?![ ]+[A-Z])")  # "Another Committee Member" names none
    return bare, full


def self_named_body(text: str) -> str | None:
    """The body a paper speaks of as itself by its head word ("The Committee received the report", "the Board would
    benefit", "the business of the Authority"), the head word it uses most, where the paper names one body of that word
    in full ("the Audit Committee" twice, "North London Waste Authority" once as a whole authority), and only one; None
    otherwise."""
    bare_pattern, full_pattern = _self_patterns()
    opening = text[:_SINCE_CHARS]
    ranked = Counter(m["head"] for m in bare_pattern.finditer(opening)).most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    head = ranked[0][0]
    names = Counter(name for m in full_pattern.finditer(opening)
                    if m["head"] == head and (name := _named(m["name"])) and len(name.split()) > 1
                    and not activity_only(name))  # "the Scrutiny Committee": one of a council's several
    if len(names) != 1:
        return None
    name, times = names.most_common(1)[0]
    return name if times >= _SELF_LEAST or whole_body(name) else None  # a committee named once may be any
