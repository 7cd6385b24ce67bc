"""The shapes that hold resolutions and recommendations: lead-ins and their numbered and lettered parts.

"RESOLVED – That the Committee:", "The Cabinet agreed:", "Decision:", "Cabinet is asked to:", "Recommendation",
"This Council resolves to:", "That Council be RECOMMENDED to:" open a list; "(a) …", "(ii) …", "3. …" are its parts
(action lines are read by ingest/commitment_actions.py).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ingest.commitment_mood import decides, subjunctive
from ingest.commitment_phrases import ACTOR, BODY_TYPE, OFFICER, WORDS, alternation
from ingest.records import Block

_W = WORDS
# A paragraph's number before a label: "5.2", "12.", and a letter or roman numeral ("(a) RESOLVED: To approve …",
# "iii. Resolved that …", "b) Agreed:"), as minutes number their items' parts.
_NUMBER = r"(?:(?:\d{1,2}(?:\.\d{1,2})*\.?|\(?[a-z]\)|\(?[ivx]{1,5}[.)]|\(\d{1,2}\))\s+)?"
_RESOLUTION_LABEL = re.compile(r"^Resolution(?=\s*:)")  # "Resolution: That …", a label as "RESOLVED:" is; not a title
_ENUM_LEAD = r"\(?(?:\d{1,2}|[a-z]|[ivx]{1,5})[.)]\s+"  # "1) That it be recommended …"
_BODY = rf"(?:The\s+|the\s+)?(?:[A-Z][\w’'-]*\s+){{0,4}}(?:{BODY_TYPE})"
# "The Leader and Lead Member RESOLVED to:": a member or officer taking executive decisions resolves as a body does.
_RESOLVED = re.compile(
    rf"^{_NUMBER}(?:(?P<body>{_BODY}|{OFFICER})\s+)?(?:unanimously\s+)?"
    rf"(?P<word>{alternation(_W['resolved']['words'])})\b(?P<rest>.*)$"
)
# "The Cabinet agreed:", "It was RESOLVED that:": a narrative lead-in, only when a list follows.
# "The Cabinet Member for Housing agreed to:": a member taking a delegated decision agrees as a body does.
_AGREED_LEAD = re.compile(
    # "After discussion, the Board agreed:-" (Scottish minutes: what led to it, then the lead-in)
    rf"^{_NUMBER}(?:(?:After|Following)\s+(?:a\s+|the\s+|further\s+)?(?:discussion|debate|consideration|deliberation)[^,:;]{{0,40}},\s+)?"
    # "The following additional actions were agreed:" then "- To replace a broken stile …" (a parish's footpaths
    # committee, register_unseen12): the list's subject before the passive, as "It was agreed:" reads.
    rf"(?:It\s+was\s+|The\s+following\s+(?:[a-z]+\s+){{0,2}}(?:were|was)\s+|(?P<body>{_BODY}|{OFFICER})\s+)"
    rf"(?:unanimously\s+)?(?:agreed|decided|resolved)\b(?P<rest>.*):$",
    re.IGNORECASE,
)
# "RESOLVED ITEMS (SUBJECT TO QUESTIONS ONLY)", "RECOMMENDED ITEMS (REQUIRING A DECISION)": a cabinet agenda's
# sections, the outcome word an adjective of the items under it ([resolved].sections), not a lead-in.
_ITEMS_HEADING = re.compile(
    rf"^{_NUMBER}(?:{alternation(_W['resolved']['words'])}|RECOMMENDED|Recommended)\s+"
    rf"(?:{alternation(_W['resolved']['sections'])})\s*(?:\([^)]*\))?\s*$"
)
_RECOMMENDED = re.compile(rf"^{_NUMBER}(?:(?P<body>{_BODY})\s+)?RECOMMENDED\b(?:\s+to\s+(?P<to>{ACTOR}))?(?P<rest>.*)$")
# "Decision:", "Decision made (Unanimously):", "DECISION".
_DECISION = re.compile(
    rf"^(?:{alternation(_W['decision_labels']['labels'])})(?:\s*\([^)]{{1,40}}\))?\s*(?P<colon>(?::|\s[–—-])\s*(?P<rest>.*))?$",
    re.IGNORECASE,  # "Decision – That the report be noted."
)
# "Publication date: …", or the label alone on its line with or without its colon ("Reasons for the decision").
_DECISION_FIELD = re.compile(rf"^(?:{alternation(_W['decision_fields']['labels'])})\s*\??\s*(?::|$)", re.IGNORECASE)
_DECISION_NOTE = re.compile(rf"^(?:{alternation(_W['decision_fields']['notes'])})\b", re.IGNORECASE)
_DECISION_MAKER = re.compile(rf"^(?:{alternation(_W['decision_makers']['labels'])})\s*:\s*(?P<who>.+)$", re.IGNORECASE)
_RECOMMEND = re.compile(
    rf"(?:^|\t)(?P<lead>[^\t]*?\b(?:is|are)\s+(?:{alternation(_W['recommendation']['asked'])})\s+to)\s*:\s*$", re.IGNORECASE
)
_RECOMMENDATION_HEADING = re.compile(
    rf"^{_NUMBER}(?:{alternation(_W['recommendation']['headings'])}|{alternation(_W['recommendation']['impersonal'])})"
    r"(?:\s+that)?\s*(?::\s*(?P<rest>.*)|:?\s*)$",  # "RECOMMENDATION that:" (an agenda's, register_unseen8 tuning set)
    re.IGNORECASE,
)
# "That Council be RECOMMENDED to:", "That the Council be recommended that the:": a committee's recommendation carried
# to the body that must act, on that body's agenda (ModernGov "Minutes of committees" items).
_BE_RECOMMENDED = re.compile(
    rf"^{_NUMBER}(?:{_ENUM_LEAD})?That\s+(?P<to>(?:the\s+)?(?:Full\s+)?(?:[A-Z][\w-]*\s+){{0,3}}(?:{BODY_TYPE}))\s+be\s+"
    r"(?i:recommended)\b(?P<rest>.*)$"
)
# "1) That it be recommended to Council that it:" then its lettered parts: a meeting resolving what another body must
# do, the resolution's actor that body (evals/register_gold.md: a committee's "recommend to Council" inside a resolution).
_IT_BE_RECOMMENDED = re.compile(
    rf"^{_NUMBER}(?:{_ENUM_LEAD})?That\s+it\s+be\s+(?i:recommended|recommend)\s+to\s+"
    rf"(?P<to>(?:the\s+)?(?:Full\s+)?(?:[A-Z][\w-]*\s+){{0,3}}(?:{BODY_TYPE}))\b(?P<rest>.*)$"
)
# "Proposed by Cllr A, seconded by Cllr B, by unanimous vote, that …" after "Resolve:": who moved it, and the vote.
_MOVER = re.compile(
    r"^(?i:proposed|moved)\s+by\s+[^,;:]{1,60}?,?\s+(?:and\s+)?(?i:seconded)\s+by\s+[^,;:]{1,60}?,?\s+"
    rf"(?:(?:{alternation(_W['resolved']['vote'])}),?\s+)?(?=(?i:that)\b)"
)
# "Recommendations to Council", "RECOMMENDATIONS TO COUNCIL" (a heading in capitals, a district's minutes in unseen6).
_HEADING_TO = re.compile(rf"\b(?i:to)\s+(?P<to>(?i:the\s+)?(?i:Full\s+)?(?i:{BODY_TYPE}))\s*:?\s*(?::.*)?$")
_IMPERATIVE = re.compile(rf"^(?:{alternation(_W['recommendation']['imperative'])})\b")
_LEAD_BODY = re.compile(rf"(?P<body>(?:the\s+)?(?:[A-Z][\w-]*\s+){{0,4}}(?:{BODY_TYPE}|Members))\s+(?:is|are)\b")
# "That the Committee:", "that the Panel approves …"; not "that the Council Tax be set" or "that the report of the
# Committee be noted", where no body is named as the one resolving.
_THAT_BODY = re.compile(
    rf"^(?i:that)\b\s*:?\s*(?:(?P<body>(?i:the)\s+(?:(?:[A-Z][\w’'-]*|and|&)\s+){{0,4}}?(?:{BODY_TYPE})|(?:{BODY_TYPE}))"
    r"(?=\s*[:,]|\s+[a-z(]|\s*$)\s*[:,]?)?\s*"  # "That the Council, (a) notes …", "That the Panel (a) note …"
)
# "The Committee:-" (Scottish minutes) then its parts "(i) noted …", "(ii) instructed …".
# Also a decision page's "The Cabinet has" over its lettered parts "(a) approved …", "(b) delegated …" (a district
# council's ModernGov decision page, unseen6 tuning set).
_BODY_LEAD = re.compile(
    # "The Cabinet Member for Customer Services:" over "i) approved the award …" (the same page): a decision maker.
    rf"^{_NUMBER}The\s+(?P<body>(?:[A-Z][\w’'-]*\s+){{0,4}}(?:{BODY_TYPE})|Cabinet\s+Member\s+for\s+[A-Z][\w ,&’'-]{{2,60}})"
    rf"(?:\s*:|\s+(?:has|have)\s*:?)$"
)
# "The recommendation as set out in the report was moved, seconded, voted on and carried." then its parts.
_CARRIED_LEAD = re.compile(
    rf"^(?:The\s+)?(?:{alternation(_W['carried']['list_subjects'])})\b(?P<a>[^.]{{0,80}}?)\b(?:was|were)\b(?P<b>[^.]{{0,60}}?)"
    rf"\b(?:{alternation(_W['carried']['verbs'])})\s*[.:]?$"
)  # words between ("as set out …", "moved, seconded, voted on and"): a bare "The motion was carried." is a record
# A decision record's decision: "The Cabinet agree to:", "As Cabinet Member … I agree to:".
# "The Leader approved the decision to:" over its numbered parts (a district's delegated decisions page, register_unseen12).
_AGREE_TO = re.compile(r"\b(?:agrees?|decides?|resolves?|approved\s+the\s+decision)\s+to\s*:$")
# "A Note the contents of the report.": a capital letter for an enumerator, its bracket dropped by the page.
_BARE_LETTER = re.compile(r"^[A-H]\s+(?=[A-Z][a-z])")
_DECIDED_PART = re.compile(rf"^(?i:{alternation(_W['decision_verbs']['past'])})\b(?!\s+that\b)")
# "The Chair requested that a copy … be shared", "asked that the Committee be kept advised": an action asked of
# officers, not a resolution.
_ASKS_THAT = re.compile(r"\b(?:asked|requested|requests|asks)\s+that\b")
# "That Cabinet:", "That the Committee:" then its parts.
_THAT_LEAD = re.compile(  # "That Cabinet agreed;" over its parts (a district council's minutes, register_unseen12)
    rf"^{_NUMBER}That\s+(?P<body>{_BODY}|Cabinet\s+Member)(?:\s+(?:agreed|resolved|RESOLVED|AGREED))?\s*(?::|(?<=d);)$"
)
_M = _W["motion"]
_MOTION_LEAD = re.compile(
    rf"^(?:{alternation(_M['subjects'])})\s+(?:{alternation(_M['commits'])}|{alternation(_M['asks'])})\b(?P<rest>.*):$"
)
_DECIDED = re.compile(rf"^(?:{alternation(_W['forward_plan']['decided_labels'])})\s*:", re.IGNORECASE)
_ENUM = r"(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,5})(?:\)\.?|\.)\s+|\([A-Z]\)\s+|\d{1,2}\.\d{1,2}\.?\s+|\d{1,4}/\d{1,3}\.?\s+(?=[A-Z]))"  # "(a).": a stray full stop
ITEM = re.compile(rf"^(?:[-•·▪*]\s+{_ENUM}?|{_ENUM}|\(?(?:[A-H]|[IVX]{{1,4}})[.)]\s+(?=[A-Za-z]))")
_INLINE = re.compile(r"(?:^|(?<=[\s;:,]))\((?P<n>[a-z]|[ivx]{1,5}|\d{1,2})\)\s+|(?:^|(?<=[.;]\s))(?P<h>[A-Ha-h])\)\s+")
_CONDITIONS = re.compile(
    rf"\b(?:{alternation(_W['decision_fields']['conditions'])})\s*(?:\([^)]*\))?\s*:$", re.IGNORECASE
)
_RECOMMEND_TO = re.compile(
    rf"^(?:to\s+)?recommends?\b(?:\s+to\s+(?P<to>(?:the\s+)?(?:Full\s+)?(?:[A-Z][\w-]*\s+){{0,3}}(?:{BODY_TYPE})))?"
    r"(?:\s+that\b)?",
    re.IGNORECASE,
)
_DECIDES = re.compile(
    rf"^(?:To\s+(?:{alternation(_W['decision_verbs']['infinitive'])})\b|(?:{alternation(_W['decision_verbs']['past'])})\b)"
)
_FIRST = {"a": "b", "i": "ii", "1": "2"}
_EXHORTED = re.compile(r"^(?:Members|Councillors|All\s+present)\s+(?:were|are)\s+(?:requested|asked|reminded|encouraged)\s+to\b")
_DECISION_WORD = re.compile(
    rf"\b(?i:{alternation(_W['decision_verbs']['past'])}|{alternation(_W['resolved']['words'])}|agrees?|approves?|notes?|"
    r"decided|supported|recommended|confirmed|carried|accepted|endorses?|adopts?|is\s+the\s+decision\s+of)\b"
)  # "… it is the decision of the Executive Director … that the Council purchase …" (a delegated decision)
_MIN_WORDS = 3
# A Scottish minute's reference and title opening the next item ("CL32. List of Applications Granted …"): never a part.
_MINUTE_REF = re.compile(r"^[A-Z]{1,4}\d{1,3}\.\s+[A-Z][a-z]")
# An entry of a ModernGov list of decisions ("Decisions published", "Issue - decisions"): its date, then its title.
_ENTRY = re.compile(r"^\d{1,2}/\d{1,2}/\d{4}\s+[-–]\s+\S")


@dataclass(frozen=True, slots=True)
class Lead:
    """An open list of resolutions or recommendations: its kind, who resolves, where its lead-in stood, its shape."""

    kind: str
    body: str | None
    section: str | None
    decision: bool = False  # a decision page's "Decision:": every line is the decision until its fields begin
    implied: bool = False  # parts that say "be approved" without a lead-in: only such parts continue it
    heading: bool = False  # a "Recommendation" heading: "That …" paragraphs and numbered parts
    verbs: bool = False  # "The Committee:-": only parts that open with a verb of decision ("(ii) instructed …")
    style: str | None = None  # the numbering of its first numbered part: a part numbered otherwise must read as one
    fresh: bool = False  # a bare "RESOLVED:" label: the line after it is its resolution, whatever its form
    bare: bool = False  # a decision label without its colon ("DECISION", "Decisions"): a title unless a decision follows
    formal: bool = False  # "RESOLVED …", not "Agreed: …": a part naming who acts ("Cllr A to buy …") stays a resolution


def decisive(text: str) -> bool:
    """Whether a line under "Decision:" states a decision: "That …", "… be approved", "To approve …", "Approve …",
    "Noted the report", "The Committee agreed to defer …". ModernGov repeats the minutes there for items that decided
    nothing ("The Chair welcomed everyone …", "The meeting was streamed live"), which are not decisions."""
    first, _, rest = text.partition(" ")
    opening = f"{first.title()} {rest}" if first.isupper() else text  # "DELEGATE authority to …"
    return (
        text[:5].lower() == "that " or subjunctive(text) or bool(_DECIDES.match(opening)) or bool(_IMPERATIVE.match(opening))
        or bool(_DECISION_WORD.search(text)) or bool(_RESOLVED.match(text))
    ) and not _EXHORTED.match(text)


def asks_that(text: str) -> bool:
    """Whether a text records that someone asked that something be done ("The Chair requested that … be shared")."""
    return bool(_ASKS_THAT.search(text))


# A part of a decision list with its own outcome word "Recommended that Council approve …" (a cabinet's delegated
# decisions page, register_unseen10: "1.4 Agreed that …", "1.5 Recommended that Council approve …"): the part
# recommends, as a "RECOMMENDED to Council" lead-in does.
_OWN_RECOMMENDED = re.compile(r"^(?:Recommended|RECOMMENDED)\s+(?:that|THAT)\s+(?P<rest>.+)$")


def recommended_part(text: str) -> str | None:
    """The body a list part opening with its own "Recommended that …" recommends to, or None for other parts."""
    m = _OWN_RECOMMENDED.match(text.strip())
    return (_the(that_body(m.group("rest")) or "Council")) if m else None


def that_body(text: str) -> str | None:
    """The body a part names as its subject ("That the Committee note …", "the board approves …"), or None."""
    m = re.match(
        rf"^(?i:That\s+)?(?:(?P<body>(?:the\s+)?(?:[A-Z][\w-]*\s+){{0,4}}(?:{BODY_TYPE}))\s+(?!be\b)[a-z]"
        rf"|(?P<lower>[Tt]he\s+(?i:{BODY_TYPE}))\s+(?!be\b)[a-z]+s\b)",
        text,
    )
    return _body(m.group("body") or m.group("lower")) if m else None


def _the(name: str) -> str:
    """A body's name with its article: "Cabinet" -> "the Cabinet"."""
    name = " ".join(name.split())
    name = name.title() if name.isupper() else name  # "TO COUNCIL" in a heading in capitals
    name = re.sub(r"^The\s+", "the ", name)
    return name if name.lower().startswith("the ") else f"the {name}"


def _body(text: str | None) -> str | None:
    if not text:
        return None
    text = " ".join(text.split())
    return text[0].lower() + text[1:] if text.startswith("The ") else text


def lead_in(text: str, block: Block, body: str, within: Lead | None = None) -> tuple[Lead, str] | None:
    """Whether a block opens a list of resolutions or recommendations, and any part stated in the block itself
    (`within`: the list already open, whose kind a bare "That the Committee:" keeps)."""
    if ends_list(text):
        return None
    if m := _THAT_LEAD.match(text):
        kind = within.kind if within is not None else "resolution"
        return Lead(kind, _the(m.group("body")), block.section), ""
    if (m := _DECISION.match(text)) and not _DECISION_MAKER.match(text):
        return Lead("resolution", body, block.section, decision=True, bare=not m.group("colon")), (m.group("rest") or "").strip()
    if _ITEMS_HEADING.match(text):
        return None
    if m := _RESOLVED.match(_RESOLUTION_LABEL.sub("RESOLVED:", text, count=1)):
        if m.group("rest").startswith(", subject to"):  # "Agreed, subject to two changes …": the words are the decision
            return Lead("resolution", _body(m.group("body")) or body, block.section), ITEM.sub("", text, count=1)
        lead, rest = _resolved(m.group("rest"), _body(m.group("body")) or body, block, "resolution")
        return replace(lead, formal=m.group("word").lower().startswith("resol")), rest
    if m := _IT_BE_RECOMMENDED.match(text):
        rest = re.sub(r"^\s*that\s+it\b", "", m.group("rest").strip(), flags=re.IGNORECASE)
        return _resolved(rest, _the(m.group("to")), block, "resolution")
    if m := _BE_RECOMMENDED.match(text):
        return _resolved(m.group("rest"), _the(m.group("to")), block, "recommendation")
    if m := _RECOMMENDED.match(text):
        who = _body(m.group("to")) or that_body(m.group("rest").strip(" :–—-")) or "the Council"
        return _resolved(m.group("rest"), who, block, "recommendation")
    if m := _AGREED_LEAD.match(text):
        return Lead("resolution", _body(m.group("body")) or body, block.section), ""
    if m := _BODY_LEAD.match(text):
        return Lead("resolution", _the(m.group("body")), block.section, verbs=True), ""
    if (m := _CARRIED_LEAD.match(text)) and (m.group("a").strip() or m.group("b").strip()):
        return Lead("resolution", body, block.section), ""
    if m := _MOTION_LEAD.match(text):
        return Lead("resolution", "the Council", block.section), ""
    if m := _RECOMMENDATION_HEADING.match(text):
        rest = (m.group("rest") or "").strip()
        to = _HEADING_TO.search(text)  # "Recommendations to Council": the body that must act
        return Lead("recommendation", that_body(rest) or (_the(to.group("to")) if to else body), block.section, heading=True), rest
    if r := _RECOMMEND.search(text):
        who = _LEAD_BODY.search(r.group("lead"))
        return Lead("recommendation", _body(who.group("body")) if who else body, block.section), ""
    return None


_AS_FOLLOWS = re.compile(r"^(?:as\s+follows|in\s+the\s+following\s+terms)\s*:?\s*$")


def _resolved(rest: str, body: str, block: Block, kind: str) -> tuple[Lead, str]:
    rest = re.sub(r"^\s*(?:\((?!(?:[a-z]|[ivx]{1,5}|\d{1,2})\))[^)]{1,40}\)|(?i:unanimously)\b)", "", rest)  # "(unanimously)"
    rest = rest.strip().lstrip(":–—- ").strip()
    rest = _AS_FOLLOWS.sub("", rest)  # "RESOLVED as follows:" then the resolution's words, quoted or not
    rest = _MOVER.sub("", rest, count=1)  # "Resolve: Proposed by Cllr A, seconded by Cllr B, that …"
    to = _RECOMMEND_TO.match(rest)
    if to:  # "RESOLVED to RECOMMEND to Council that …": the body that must act is the actor
        body = _the(to.group("to").title() if to.group("to").isupper() else to.group("to")) if to.group("to") else body
        rest = rest[to.end():].strip().lstrip(":–—- ")
    that = _THAT_BODY.match(rest)
    if that:
        named = that.group("body")
        body = (_body(named) if named.lower().startswith("the ") else _the(named)) if named else body
        rest = rest[that.end():]
        to = _RECOMMEND_TO.match(rest.strip())
        if to and to.group("to"):  # "That the Committee recommends to Cabinet that:"
            body = _the(to.group("to").title() if to.group("to").isupper() else to.group("to"))
            rest = rest.strip()[to.end():].strip().lstrip(":–—- ")
    return Lead(kind, body, block.section, fresh=not rest.strip()), rest.strip()


def unlabelled_decision(blocks: Sequence[Block]) -> bool:
    """Whether a paper is a decision record (it names its decision maker or the meeting that decided) with no
    "Decision:" label left to say where its decision is."""
    named = any(_DECISION_MAKER.match(b.text) or _DECIDED.match(b.text) for b in blocks)
    return named and not any(_DECISION.match(b.text) and not _DECISION_MAKER.match(b.text) for b in blocks)


# A decision page's line may number its decision or name its maker first: "1. Approved the award of grant agreements
# …", "The Cabinet Member authorised the works order …" (a city council's ModernGov delegated decisions page, its
# "Decision:" label dropped, register_unseen11 tuning set).
_MAKER_FIRST = re.compile(
    r"^(?:The\s+(?:Cabinet\s+Member|Portfolio\s+Holder|Executive\s+Member|Lead\s+Member|Leader)"
    r"(?:\s+for\s+[A-Z][\w’'&,-]*(?:\s+(?:and|&|of|the|[A-Z][\w’'&,-]*)){0,6})?\s+)"
)


def decision_line(text: str) -> bool:
    """Whether a line of such a page states the decision: "To approve the strategy.", "Approved the award …", its
    number or its maker first ("1. Approved …", "The Cabinet Member authorised …")."""
    if len(text.split()) < _MIN_WORDS:
        return False
    text = ITEM.sub("", text, count=1)
    return bool(_DECIDES.match(text) or ((m := _MAKER_FIRST.match(text)) and _DECIDES.match(text[m.end():].capitalize())))


# "Approves the proposal to increase Council Tax by 4.99% in 2023/24:" then "a. 2.99% general increase …": a part that
# decides, whose sub-items only give its details. Not "Approve the following:", whose sub-items are what it decides.
_INTRODUCES = re.compile(r"\b(?:following|as\s+follows|below)\b|\b(?:to|that|namely)\s*:?$", re.IGNORECASE)
_RUNS_ON_WORD = re.compile(r"\b(?:by|of|for|in|at|from|with)$")  # cut mid-phrase; not "…; and"


def detailed_part(text: str) -> bool:
    """Whether a part decides something itself and goes on into sub-items that only give its details: it opens with a
    verb of decision ("Approves the proposal to increase Council Tax by 4.99%:", "Notes the assumptions … by") and ends
    in a colon or mid-phrase, without introducing what it decides ("Approve the following:")."""
    first = text.split()[0] if text.split() else ""
    verb = first[:-1] if first.endswith("s") and not first.endswith("ss") else first
    opens = bool(_IMPERATIVE.match(verb.title())) or bool(_DECIDED_PART.match(first))
    return opens and (text.endswith(":") or bool(_RUNS_ON_WORD.search(text))) and not _INTRODUCES.search(text)


def closes_list(text: str) -> bool:
    """Whether a part introduces conditions or reasons ("be granted subject to the following conditions:"), whose
    items bind an applicant or explain the decision rather than commit anyone."""
    return bool(_CONDITIONS.search(text))


def numbering(text: str) -> str:
    """The style of a line's enumerator: "(1)", "1.", "(a)", "a)", "(i)", "-"; "none" when it has none."""
    m = ITEM.match(text)
    if not m:
        return "none"
    mark = m.group(0).strip()
    return re.sub(r"[ivx]+", "i", re.sub(r"\d+", "1", re.sub(r"(?<![ivx])[a-hj-uwyz](?![ivx])", "a", mark)))


def ends_list(text: str) -> bool:
    """Whether a line is a decision page's field ("Publication date: …"), note ("This decision was …") or the next
    entry of a list of decisions ("17/01/2019 - 17 Elm Grove … ref: 5107 Item Deferred") or a minute's reference and
    title ("CL32. List of Applications …"), which ends its decision."""
    return bool(
        _DECISION_FIELD.match(text) or _DECISION_MAKER.match(text) or _DECISION_NOTE.match(text) or _ENTRY.match(text)
        or _MINUTE_REF.match(text)
    )


def listed_text(text: str, block: Block, lead: Lead) -> str | None:
    """The text of a block that continues an open list (its enumerator removed), or None when the list has ended."""
    # A short numbered line ending in a colon reads as a label ("(i) approve the following changes:"), but is a part.
    label_part = block.kind == "heading" and ITEM.match(text) is not None and text.endswith(":")
    if block.kind == "table" or (block.kind == "heading" and not lead.decision and not label_part) or ends_list(text):
        return None
    if lead.decision:
        part_heading = block.kind == "heading" and (label_part or _decision_heading(text))
        return None if (block.kind == "heading" and not part_heading) or _RESOLVED.match(text) else ITEM.sub("", text, count=1).strip()
    if not ITEM.match(text) and block.kind != "list_item":
        if (letter := _BARE_LETTER.match(text)) and _IMPERATIVE.match(text[letter.end():]):
            return text[letter.end():]
        if lead.verbs and _DECIDED_PART.match(text):
            return text  # "The Council:-" then "Noted the contents of the report." unnumbered
        return text if lead.fresh or (not lead.implied and _plain_part(text)) else None
    item = ITEM.sub("", text, count=1).strip()
    if lead.implied and not (subjunctive(item) or item[:5].lower() == "that "):
        return None
    if lead.verbs and not _DECIDED_PART.match(item):
        return None  # "- Noted that Ofsted had stated …", "- Expressed concern …": what was said, not decided
    if ITEM.match(text) and lead.style is not None and not _same_style(numbering(text), lead.style) and not _plain_part(item):
        return None  # "89. Draft Revenue Budget" after "- e) Agree …": the next agenda item, not a part
    return item


def _same_style(mark: str, style: str) -> bool:
    """Whether a part's enumerator continues a list's numbering: the same style, or "i)" after "h)" in a lettered list
    (a lone "i" reads as a roman numeral, but there it is the ninth letter)."""
    return mark == style or (mark.replace("i", "a") == style and "i" in mark and "ii" not in mark)


def _decision_heading(text: str) -> bool:
    """Whether a heading inside a decision states it: a line in capitals that opens with a verb ("APPROVE the
    proposal …") or the decision's stem ("The Cabinet agree to:")."""
    first = text.split()[0] if text.split() else ""
    return bool(_AGREE_TO.search(text)) or (first.isupper() and len(first) > 2 and bool(_IMPERATIVE.match(first.title())))


def _plain_part(text: str) -> bool:
    """Whether an unnumbered line under a lead-in is one of its parts: "That …", "the report be noted", "Approve …"."""
    return text.startswith("That ") or text[:1].islower() or bool(_IMPERATIVE.match(text)) or subjunctive(text)


def inline_parts(text: str) -> list[str]:
    """A resolution's lettered or numbered parts run together in one paragraph ("(a) … ; (b) …"), each its own
    record; a text without such parts is one record."""
    marks = list(_INLINE.finditer(text))
    mark = [(m.group("n") or m.group("h")).lower() for m in marks]
    if len(marks) < 2 or _FIRST.get(mark[0]) != mark[1]:
        return [text]
    stem = text[: marks[0].start()].strip()
    parts = [text[a.end(): b.start() if b else None].strip() for a, b in zip(marks, [*marks[1:], None])]
    keep = [stem] if stem and not stem.endswith(":") and decides(stem) else []
    return keep + [p for p in parts if len(p.split()) >= _MIN_WORDS]
