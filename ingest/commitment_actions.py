"""Action lines and what kind of paper records decisions: "ACTION: JS to circulate …", "ACTION BY: Head of Finance",
"Clerk to write to the landowner." without its label; a forward plan (decisions still to be taken), a proposed
record of decision (its decision a recommendation).
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.commitment_phrases import CHAIR, OFFICER, PERSON, WORDS, alternation
from ingest.commitment_refusals import PURPOSE
from ingest.records import Block

_W = WORDS
_ACTION_LABEL = re.compile(rf"^(?:{alternation(_W['action_labels']['labels'])})\s*:\s*$")
_ACTION = re.compile(
    rf"^(?:{alternation(_W['action_labels']['labels'])})(?:\s+(?:{alternation(_W['action_labels']['qualifiers'])}))?\s*:\s*(?P<rest>.+)$"
)
# Who an action label names before "to <do>": "JS to circulate", "Head of Finance to review".
ACTION_WHO = r"[A-Z][\w’'.&/, -]{0,60}?"
# Not "Need to update the schedule": a need names no doer.
_ACTION_TO = re.compile(rf"^(?!(?:Need|Needs|Needed|Continue|Remember|Try)\b)(?P<who>{ACTION_WHO})\s+to\s+[a-z]")
_BULLET_MARK = re.compile(r"^[-•·▪*]\s+")
# "ACTION – LC to circulate the draft terms": a dash for the colon, only where "<who> to <do>" follows.
_ACTION_DASH = re.compile(r"^(?:ACTIONS?|Actions?)\s*[–—-]\s*(?P<rest>[A-Z].+)$")
# "Action: To discuss at the next meeting.", "Action: To be put on the notice board.": what is to be done, no one named
# (a parish clerk's action lines). The active one is the meeting's own to do; the passive names no doer.
TO_DO = re.compile(r"^To\s+[a-z]")
OWN_TO_DO = re.compile(r"^To\s+(?!be\b)[a-z]")
# "… to the village.Action 2.01: CP": the label may be numbered and run on without a space (unseen7 tuning set).
_ACTION_AT_END = re.compile(
    # the note may end at its last word, a dash perhaps before the label ("… to the landowner – ACTION: Clerk.", "…
    # to the landowner ACTION: CLERK": the marker's forms on one line, issue #12's round-17 probe)
    rf"^(?P<text>.+?(?:[.;]|[A-Za-z)](?=\s+(?:[–—-]\s+)?(?:ACTION|Action)(?:\s+BY|\s+by)?\s*:)))\s*(?:[–—-]\s+)?"
    rf"(?:ACTION|Action)(?:\s+\d{{1,3}}(?:\.\d{{1,3}})*)?(?:\s+BY|\s+by)?\s*:\s*(?P<who>[^.]{{1,60}}?)\.?$"
)
_LAST_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_FORWARD = re.compile(rf"^(?:{alternation(_W['forward_plan']['labels'])})\b", re.IGNORECASE)
_DECIDED = re.compile(rf"^(?:{alternation(_W['forward_plan']['decided_labels'])})\s*:", re.IGNORECASE)
_PROPOSED = re.compile(rf"\b(?:{alternation(_W['decision_labels']['proposed'])})\b", re.IGNORECASE)
_TITLE_WORDS = 8
# An action recorded without its "ACTION:" label: "Carole Brown and Ross Jones to produce a paragraph …", "Officers to
# circulate the slides." (an agenda's "The Chair to welcome …" is a purpose, turned down before this is tried).
# "All Cllrs. to review the current site" (a parish council's minutes, unseen6 tuning set): every member.
# "Members AGREED to suspend standing orders …" (a town council's minutes, register_unseen8 tuning set): a body's
# outcome word is no surname, so "Members AGREED" names no one who is to act.
_NOT_OUTCOME = rf"(?!(?:{alternation(_W['resolved']['words'])})\b)"
_NAMED = (
    rf"(?:{PERSON}(?:\s+[A-Z][a-z][\w’'-]*)?|[A-Z][a-z]+\s+(?:[A-Z]\.?\s+)?{_NOT_OUTCOME}[A-Z][\w’'-]+|{OFFICER}|[A-Z]{{2,4}}"
    r"|All\s+(?:Cllrs\.?|Councillors|[Mm]embers))"
)
# "Cllr. Sanderson": a title's full stop ends no sentence.
_TITLE_STOP = "|".join(rf"(?<=\b{re.escape(p[:-1])})\." for p in WORDS["officers"]["persons"] if p.endswith("."))
_BARE_ACTION = re.compile(
    rf"^(?P<actor>{_NAMED}(?:(?:,\s+|\s+(?:and|&)\s+){_NAMED}){{0,3}})\s+to\s+"
    rf"(?!be\b|have\b|the\b|a\b|(?:{alternation(WORDS['agenda_purposes']['verbs'])})\b)[a-z]+\b(?:[^.]|{_TITLE_STOP})*\.?$"
)

# "Action: Clerk – write to the landowner.", "Action Clerk: write to the landowner.": who (a person, an officer,
# initials), then the task in the imperative after a dash or colon (action columns that name the doer first; the same
# logs as the labels). Not "Action Plan: see appendix".
_WHO_THEN_TASK = re.compile(rf"^(?P<who>{_NAMED}(?:(?:,\s+|\s+(?:and|&)\s+){_NAMED}){{0,3}})\s*[–—:-]\s*[a-z]+\b.{{3,}}$")
# "ACTION: The Chair will organise this work.": who, then what they will do, as the label's own sentence (a parish
# council's action lines, register_unseen9 tuning set); not a name for the record above.
_WHO_WILL = re.compile(rf"^(?P<who>{_NAMED}(?:\s+(?:and|&)\s+{_NAMED})?)\s+(?:will|shall|would)\s+(?:also\s+)?[a-z]+\b.{{3,}}$")
_LABEL_WHO = re.compile(
    rf"^(?:ACTIONS?|Actions?)\s+(?:(?:BY|by)\s+)?(?P<who>{_NAMED}(?:(?:,\s+|\s+(?:and|&)\s+){_NAMED}){{0,3}})\s*:\s*[A-Za-z]+\b.{{3,}}$"
)  # the note after the colon may open with its topic's capital ("Action RG: Parish Cottage – … would chase up.")
# An item's number or letter before an action label ("b) Action RG: …", "3. ACTION: Clerk to …"): the marker's form
# before the note under a lettered item (register_variants.py "action: before" on a parish's minutes, unseen8).
_ENUMERATED_ACTION = re.compile(r"^(?:\(?[0-9]{1,3}(?:\.[0-9]{1,3})*[.)]?|\(?[a-z]\))\s+(?=(?:ACTIONS?|Actions?)\b)")

# "… which he would chase up.        Action RG", "A QR code will be produced … (ACTION - Clerk)": a parish clerk's action
# column run onto the line's end, with no colon: who acts (a person, an officer, initials) after "Action", a dash or
# brackets (parish council minutes, register_unseen8 tuning set). Alone on its line it names who does the record above.
_STRICT = rf"(?:{PERSON}(?:\s+[A-Z][a-z][\w’'-]*)?|{OFFICER}|[A-Z]{{2,4}})"
_WHO_LIST = rf"{_NAMED}(?:(?:,\s+|\s+(?:and|&)\s+){_NAMED}){{0,3}}"
_MARKER_AT_END = re.compile(
    # the column may follow the sentence with no full stop ("… would chase up    Action RG": the gap is lost in the text)
    # a dash or a bracket may stand between ("… to the landowner - ACTION Clerk", "… to the landowner (Action: Clerk).":
    # the marker's forms of register_variants.py on one line, issue #12's round-17 probe)
    rf"^(?P<text>.+?(?:[.;]|\w(?=\s+(?:[–—-]\s+)?\(?\s*(?:ACTIONS?|Actions?)\b)))\s*(?:[–—-]\s+)?"
    rf"(?:\(\s*(?:ACTIONS?|Actions?)\s*[–—:-]?\s*(?P<who1>{_WHO_LIST})\s*\)"
    rf"|(?:ACTIONS?|Actions?)\s*(?:[–—-]\s*(?P<who2>{_WHO_LIST})|\s+(?P<who3>{_STRICT}(?:(?:,\s+|\s+(?:and|&)\s+){_STRICT}){{0,3}})))\.?$"
)  # without a dash only initials, a title or an officer: "… Action Plan Update" names no one
_MARKER_ALONE = re.compile(
    rf"^(?:\(\s*(?:ACTIONS?|Actions?)\s*[–—:-]?\s*(?P<who1>{_WHO_LIST})\s*\)|(?:ACTIONS?|Actions?)\s*[–—-]\s*(?P<who2>{_WHO_LIST}))\.?$"
)

# "SS to discuss …", "All Cllrs. to review …": work after the meeting, for anyone but the chair.
_WORK_ACTION = re.compile(
    rf"^(?P<actor>{_NAMED}(?:(?:,\s+|\s+(?:and|&)\s+){_NAMED}){{0,3}})\s+to\s+"
    rf"(?:{alternation(WORDS['agenda_purposes']['work'])})\b(?:[^.]|{_TITLE_STOP})*\.?$"
)


# "Actions: Clerk to write to the landowner; Cllr Brown to speak to the school.": one label, several doers' actions.
_NEXT_ACTION = re.compile(rf";\s+(?:and\s+)?(?={_NAMED}(?:(?:,\s+|\s+(?:and|&)\s+){_NAMED}){{0,3}}\s+to\s+[a-z])")


def split_actions(text: str) -> list[tuple[str, str | None]]:
    """An action line's actions, each with who does it: one for each "<who> to <do>" after a semicolon."""
    parts = _NEXT_ACTION.split(text)
    if len(parts) == 1:
        return []
    out = []
    for part in parts:
        to = _ACTION_TO.match(part.strip())
        out.append((part.strip(), " ".join(to.group("who").split()) if to else None))
    return out


def forward_plan(blocks: Sequence[Block]) -> bool:
    """Whether a paper is a forward plan or issue notice: decisions due, none recorded as taken."""
    return any(_FORWARD.match(b.text) for b in blocks) and not any(_DECIDED.match(b.text) for b in blocks)


def proposed(blocks: Sequence[Block]) -> bool:
    """Whether a paper records a decision still to be taken ("Proposed record of decision"): its decision is a
    recommendation to the decision maker."""
    return any(
        (b.kind == "heading" or len(b.text.split()) <= _TITLE_WORDS) and _PROPOSED.search(b.text) for b in blocks[:12]
    )  # a heading, or a title line a text page keeps as a paragraph ("PROPOSED RECORD OF DECISION")


# "(3.2) Communication with Villagers – Clerk to draft the newsletter.", "Actions from last meeting: SS to discuss …": a
# matter's number and topic, or a label, then its action after a dash or colon (parish council minutes, unseen5 and
# unseen6 tuning sets).
_TOPIC = re.compile(r"^(?:\(?\d{1,3}(?:\.\d{1,3})*\)?\.?\s+)*[A-Z][^.:;–—]{1,60}?(?:\s[–—-]|:)\s+(?=[A-Z])")


# The same in lower case, as a parish clerk's terse minutes put it after the topic and a dash, or as the agent of a
# passive to-do ("12. Park inspection- clerk to get quotes …", "church footpath blocked to be chased up by clerk",
# "Drainage – our lengthsman has been instructed to action this matter";
# action_labels.roles_lower's source). "The minutes to be signed by the Chairman" leaves the chair's business out.
_ROLE = rf"(?:[Tt]he\s+|our\s+)?(?:{alternation(_W['action_labels']['roles_lower'])})"
_TOPIC_DASH = re.compile(r"^(?:\(?\d{1,3}(?:\.\d{1,3})*\)?\.?\s+)*[A-Z][^.:;–—]{1,60}?\s?[–—-]\s*(?=[a-z])")
_LOWER_ACTION = re.compile(
    rf"^(?P<actor>{_ROLE}(?:(?:,\s+|\s+(?:and|&)\s+){_ROLE}){{0,3}})\s+"
    r"(?:(?:has|have|had)\s+been\s+(?:instructed|asked|tasked)\s+)?to\s+(?!be\b|have\b)[a-z]+\b[^.]*\.?$"
)
_BY_WHOM = re.compile(
    rf"\bto\s+be\s+[a-z]+(?:\s+(?:up|out|on|back|in|into|at))?\s+by\s+"
    rf"(?P<actor>{_NAMED}|(?:the\s+)?(?:[A-Z]\w+\s+){{0,3}}(?:{OFFICER})|{_ROLE})(?=\s*(?:[,.;]|$|\s+(?:and|who|to|before|by|in)\b))"
)


# "… use of which are to be authorised by the Chief Executive …" (a budget recommendation's part, register_unseen10):
# a relative clause telling how a thing is governed, not the sentence's to-do ("The replacement sign is to be ordered
# by the Clerk.", "… blocked to be chased up by clerk" stay). The rule's only false record on the sets labelled after
# it (round 14).
_FINITE_TO_BE = re.compile(r"\bwhich\s+(?:is|are|was|were)\s+to\s+be\b")


def _terse_action(text: str) -> str | None:
    """Who a parish clerk's lower-case action line or passive to-do names, or None."""
    head = text[:90]
    topic = _TOPIC_DASH.match(text) if "-" in head or "–" in head or "—" in head else None  # cheap test first
    # … and alone, the line or the sentence opening with the role ("the clerk to write to the landowner.")
    m = _LOWER_ACTION.match(text[topic.end():] if topic else text) if topic or text[:1].islower() or text[:4] == "The " else None
    if m is None and " by " in text and " to be " in text and not _FINITE_TO_BE.search(text):
        m = _BY_WHOM.search(text)
    who = " ".join(m.group("actor").split()) if m else None
    return who if who and not CHAIR.match(who) else None


# A doer's "<who> to <verb>" after what is already done, in the same topic line: "Tree Felling – Clerk obtaining one
# quote & Cllr. Jones to obtain a further quote.", "Playground – … Report has been circulated, Cllr’s to review …" (a
# parish's minutes, register_unseen9; round 13's pooled shape D, action lines with a slip). The members in the plural
# ("Cllr’s", "Cllrs", "Councillors") count as doers here, as "All Cllrs." does.
_LATER_DOER = re.compile(
    rf"(?:,|\s&)\s+(?P<actor>{_NAMED}|Cllrs\.?|Cllr[’']s|Councillors)\s+to\s+(?!be\b|have\b|the\b|a\b)[a-z]+\b"
)  # minutes only (an agenda's "…, Clerk to report" is the item's business), so a purpose verb ("review") is work here


def bare_action(text: str, work: bool = True) -> str | None:
    """Who an action recorded without its "ACTION:" label names ("Clerk to write to the landowner.", also after a
    matter's topic and a dash, or in lower case there: "Park inspection- clerk to get quotes"), or None; an agenda's
    purpose ("The Chair to welcome …") is none, and so is work an agenda names for the meeting itself ("Clerk to
    report on correspondence") unless `work` (minutes, not an agenda)."""
    text = text.strip()
    if work and " to " in text and (who := _terse_action(text)):
        return who
    topic = _TOPIC.match(text) if " to " in text else None
    rest = text[topic.end():] if topic else text
    m = _BARE_ACTION.match(rest)
    if m and not PURPOSE.match(rest):
        return " ".join(m.group("actor").split())
    m = _WORK_ACTION.match(rest) if work else None
    if m is None and work and topic is not None and (later := _LATER_DOER.search(rest)):
        m = later
    return " ".join(m.group("actor").split()) if m and not CHAIR.match(m.group("actor")) else None


def action_label(text: str) -> bool:
    """Whether a line is an action label alone ("ACTION BY:"), whose next line names who acts."""
    return bool(_ACTION_LABEL.match(text))


# "(ACTION – SW to contact Parish Steward Scheme regarding list of new jobs)." alone on its line (a parish partnership's
# notes, register_unseen11): the action line in brackets, read as without them; "(ACTION - Clerk)" alone names who
# does the record above (_MARKER_ALONE).
_BRACKETED = re.compile(r"^\((?P<inner>(?:ACTIONS?|Actions?)\s*[:–—-]\s*[A-Z][^()]*?\s+to\s+[a-z][^()]*)\)\.?$")


# "• BW still had not repaired the sunken grave in the Cemetery." then "Action: BW" on the next line (a parish council's
# minutes, register_unseen12): the note the label names a doer for is the action, where no record was read from it.
_NOTE = re.compile(r"^(?:[-•·▪*]\s+)?(?P<note>[A-Z][^\n]*?\w[^\n]*[.!?)])$")


def note_above(text: str | None) -> str | None:
    """The note a lone action label ("Action: BW") follows as its task: a sentence of four words or more, not a label."""
    m = _NOTE.match(text.strip()) if text else None
    if m is None or len(m.group("note").split()) < 4 or "ction" in m.group("note")[:10] or "CTION" in m.group("note")[:10]:
        return None
    return m.group("note")


def action_line(text: str) -> tuple[str, str | None] | None:
    """An action-log line: ("JS to circulate the paper", "JS") for "ACTION: JS to circulate the paper";
    ("", "Head of Finance") for "ACTION BY: Head of Finance" (naming who does the record above); None otherwise.
    A paragraph ending "… ACTION: KB" is an action of KB's; a bullet before the label is no part of it."""
    text = _BULLET_MARK.sub("", text, count=1) if text[:1] in "-•·▪*" else text
    text = _ENUMERATED_ACTION.sub("", text, count=1) if "ction" in text[:12] or "CTION" in text[:12] else text
    if text[:1] == "(" and (bracketed := _BRACKETED.match(text)) is not None:
        text = bracketed.group("inner")
    m = _ACTION.match(text) or _ACTION_DASH.match(text)
    if m and (m.re is _ACTION or _ACTION_TO.match(m.group("rest").strip())):
        rest = m.group("rest").strip()
        if will := _WHO_WILL.match(rest):  # "The Chair will write a notice … to remind …": who, before any "to"
            return rest, " ".join(will.group("who").split())
        to = _ACTION_TO.match(rest) if not TO_DO.match(rest) else None  # "To discuss how to help": no one named
        if to:
            return rest, " ".join(to.group("who").split())
        if task := _WHO_THEN_TASK.match(rest):  # "Clerk – write to the landowner."
            return rest, " ".join(task.group("who").split())
        return ("", rest.rstrip(".")) if len(rest.split()) <= 8 and not TO_DO.match(rest) else (rest, None)
    if (labelled := _LABEL_WHO.match(text)) is not None:  # "Action Clerk: write to the landowner."
        return text, " ".join(labelled.group("who").split())
    m = _ACTION_AT_END.match(text) if "ction" in text or "CTION" in text else None  # cheap test first
    who = m.group("who").strip() if m else ""
    if m and not _ACTION_TO.match(who) and not TO_DO.match(who):  # "… Action: Clerk to write to X." is its own
        return _LAST_SENTENCE.split(m.group("text"))[-1], who  # the sentence the label ends, not its paragraph
    if "ction" in text or "CTION" in text:  # cheap test first
        if m := _MARKER_ALONE.match(text):  # "(ACTION - Clerk)": who does the record above
            return "", " ".join((m.group("who1") or m.group("who2")).split())
        if m := _MARKER_AT_END.match(text):  # "… which he would chase up.   Action RG"
            who = m.group("who1") or m.group("who2") or m.group("who3")
            return _LAST_SENTENCE.split(m.group("text"))[-1], " ".join(who.split())
    return None
