"""What kind of paper a text is: minutes, agenda, decision record, forward plan, report, or a document of no such kind."""
from __future__ import annotations

import re

from ingest.body_mentions import acting_body, addressed_body, decision_statement
from ingest.headings import minutes_title_at_top, refers_back

_MINUTES = re.compile(
    r"^(?:#+\s*)?(?i:Minutes\s*:|Agenda,?\s+(?:decisions\s+)?and\s+(?:draft\s+)?minutes$|Issue\s*-\s*meetings$)"
    r"|\bRESOLVED\b|^\s*Resolved\b|^DECIDED\b|^AGREED\b|^Agreed\s+that\s+(?:the\s+)?[A-Z]|^Agreed\s*[-–:]\s*[Tt]hat\b",
    # "Agreed that the Board take part ...", "AGREED – That the Chairperson writes ..."
    re.MULTILINE,
)
# The opening of minutes: who was present, "At a meeting of X held ..." (perhaps after its place and day, "IRVINE,
# 29 March 2001 - At a Meeting of ..."), "Minute of the meeting ...".
_MINUTES_OPENING = re.compile(
    r"^(?:(?:[A-Z][\w'’&-]*\s+){0,6}?(?:Members|Councillors)\s+)?Present\s*:|"  # "Regional Cabinet Members Present:"
    r"^(?:[^-–]{3,60}\s[-–]\s+)?At\s+an?\s+(?:\w+\s+)?meeting\s+of\b|"
    r"^Minutes?\s*:|^Agenda,?\s+(?:decisions\s+)?and\s+(?:draft\s+)?minutes$|"
    r"^These\s+(?:draft\s+)?minutes\s+(?:are|were|will|have|remain)\b",  # "These minutes are in draft form until ..."
    re.IGNORECASE,
)
# The opening of an agenda: a notice or summons to a meeting still to come.
_AGENDA_OPENING = re.compile(
    r"\b(?:will\s+be\s+held|(?:(?:requested|required)\s+to|please)\s+attend|(?:hereby\s+)?summoned|summons\s+to|"
    r"notice\s+of\s+(?:a\s+|the\s+)?meeting)\b"
    r"|^A G E N D A$|^Agenda\s+for\b|^Agenda\s*[-–:]\s+[A-Z]"  # "Agenda - Planning Committee - 5 March 2024"
    r"|(?-i:\bAGENDA\s+1[.)]?\s)",  # a flattened agenda's heading before its first item
    re.IGNORECASE,
)
_MINUTES_TITLE = re.compile(r"^(?:#+\s*)?Minutes?\s+of\s+", re.IGNORECASE)
# An agenda's items: "1. To receive apologies for absence", "3 To confirm the minutes of ...".
_AGENDA_ENTRY = re.compile(
    r"^\d{1,2}[a-z]?[.)]?\s+(?:To\s+(?:receive|consider|confirm|approve|note|agree|elect|appoint)\b|Apologies(?:\s+for\s+absence)?$|"
    r"(?:Declarations?\s+of|Disclos\w+(?:\s+of)?)\s+(?:\w+[’']?\s+)?Interests?$)",
    re.I,
)
# ... as a page flattened onto one line runs them on: "... 1. Apologies for absence. 2. Declarations of interest. 3. ..."
_INLINE_ENTRY = re.compile(
    r"(?:^|\s)\d{1,2}[a-z]?[.)]?\s+(?:To\s+(?:receive|consider|confirm|approve|note|agree|elect|appoint)\b|"
    r"Apologies(?:\s+for\s+absence)?\b|(?:Declarations?\s+of|Disclos\w+(?:\s+of)?)\s+(?:\w+[’']?\s+)?Interests?\b)",
    re.I,
)
# A decision record's own title, perhaps after its council's name: "KENT COUNTY COUNCIL – PROPOSED RECORD OF DECISION".
# ... or its own name for the paper: "Record of Executive Decisions", "CABINET DECISION SHEET", "Decision Notice".
# ... or a title naming the decision's maker and the word alone: "Cabinet Member Decision", "Executive Decision".
_RECORD_TITLE = re.compile(
    r"\b(?:record|schedule|summary)\s+of\s+(?:the\s+)?(?:[A-Za-z]+\s+)?decisions?\b|\bdecision\s+(?:sheet|notice|list)s?\b"
    r"|^(?:[A-Z][\w&'’-]*\s+){1,4}(?-i:Decision)$",
    re.IGNORECASE,
)
# ModernGov's page title for a meeting's agenda with its decisions and no minutes.
_DECISIONS_PAGE = re.compile(r"^Agenda\s+and\s+decisions$", re.IGNORECASE)
# A title naming the body, the paper's word closing it: "Anyshire Council Minutes", "Planning Committee Draft Minutes".
_NAME_MINUTES = re.compile(r"^(?:[A-Z][\w&'’,-]*\s+(?:(?:and|of|for|the|&)\s+)?){1,10}(?:Draft\s+)?Minutes$")
_NAME_MINUTES_LINES = 2
_DECISION = re.compile(
    r"^(?:#+\s*)?(?:Decision details|Decided at meeting\s*:|Made at meeting\s*:|Date of decision\s*:|Decision status\s*:|"
    r"Issue\s*-\s*decisions|Decisions published|Record of decisions?\b|Decision\s+taken\s+on\s*:|Date\s+decision\s+taken\s*:)",
    re.IGNORECASE | re.MULTILINE,
)
# The fields of a decision notice (the Local Authorities (Executive Arrangements) (Meetings and Access to Information)
# (England) Regulations 2012, reg. 13: the decision, the reasons for it, the alternative options considered and rejected):
# "REASONS FOR DECISION - ...", "OTHER OPTIONS CONSIDERED AND REJECTED - ...".
_DECISION_FIELDS = (
    re.compile(r"^(?:#+\s*)?Reasons?\s+for\s+(?:the\s+)?decisions?\b", re.IGNORECASE | re.MULTILINE),
    re.compile(r"^(?:#+\s*)?(?:Other|Alternative)\s+options?\s+considered\b", re.IGNORECASE | re.MULTILINE),
)
_FORWARD_PLAN = re.compile(
    r"^(?:#+\s*)?(?:Forthcoming (?:Key )?Decisions|Forward Plan\b|Notice of (?:proposed|forthcoming|key) decisions?|"
    r"Decision due\s*:|Issue details$)",
    re.IGNORECASE | re.MULTILINE,
)
# An agenda: its own heading near the top, or a meeting page listing items ("Meeting Details", "Public Items", the
# "No. Item" header of ModernGov's table of items).
_AGENDA = re.compile(
    r"^(?:(?:Supplementary\s+)?Agenda(?:\s+Supplement)?|Agenda frontsheet|Meeting Details|Public Items|Standard Items|"
    r"No\.?\s*\|?\s*Item\s*\|?)$", re.IGNORECASE
)
# A report's own heading: "REPORT OF THE LEADER OF THE COUNCIL", "Report by the Director of Finance".
# ... or a report's cover sheet: "Report title: ...", "Report author: ...", "Report of: Director of Finance".
_REPORT_OF = re.compile(
    r"^Report\s+(?:of|by|from)\s+(?:the\s+)?[A-Z]|^(?:Report\s+(?:title|author|of|by|from|number|no\.?|reference)|"
    r"Title\s+of\s+(?:the\s+)?report|Lead\s+officer)\s*:",
    re.IGNORECASE,
)
_REPORT_LINES = 8
# A paper for one item of an agenda, headed with the item's number: "Item 12", "Agenda Item 5", "AGENDA ITEM NO. 7".
_ITEM_LINES = 2  # the item's number heads the paper, perhaps under a stray mark of the PDF's conversion ("<<")
_ITEM_PAPER = re.compile(r"^(?:Agenda\s+)?Item\s+(?:No\.?\s*)?\d{1,3}[a-z]?\b", re.IGNORECASE)
# A PDF's letter spacing in a heading in capitals: "NOTICE OF M EETING" (not "A MEETING", where "A" is a word).
_SPACED_CAPITAL = re.compile(r"\b([B-HJ-Z]) (?=[A-Z]{3,}\b)")
# ModernGov's minutes page keeps each item's minutes in its table row: "... the meeting. Minutes: Members were ...".
# ... or the label on its own line, as a page that dropped its colons prints it ("Minutes" / "All Councillors were present").
_ROW_MINUTES = re.compile(r"(?:^|\s)Minutes:\s+(?!To\b)|^Minutes\n(?!To\b)", re.MULTILINE)
_ROW_MINUTES_LEAST = 2
# A meeting's record in the past tense: "The minutes ... were approved", "the recommendation was moved, seconded ...",
# "Apologies were received", "The minutes were reviewed and agreed".
# "There were no declarations of interest", "It was agreed that ...", "Councillor A, Convener, presided.", "Members
# answered questions on their portfolio".
_RECORDED = re.compile(
    # any passive of the past: "were approved", "was seconded", "were reviewed", "was deferred", "were disclosed"
    r"\b(?:was|were|had\s+been)\s+(?:(?:duly|unanimously|then|also)\s+)?(?:made|[a-z]{3,}ed)\b"
    r"|\b[Ii]t\s+was\s+(?:agreed|noted|resolved|proposed|moved)\b|\bpresided\b|\b[Tt]here\s+(?:were|was)\s+no\b"
    # what members and officers did at the meeting: "answered questions", "advised Members", "gave a presentation"
    r"|\banswered\s+(?:questions|members)\b|\b(?:advised|informed|updated|assured)\s+(?:Members|the\s+meeting)\b"
    r"|\bgave\s+(?:a|an)\s+(?:\w+\s+)?(?:report|update|presentation|overview)\b|\bobserved\s+a\s+(?:\w+\s+)?silence\b"
)
# What an agenda asks of the meeting to come: "1. Apologies - To receive apologies ...", "To confirm the Minutes of
# the meeting held on ...", "Members are asked to declare ..." (not a resolution's bullets: "RESOLVED: - To note ...").
_TO_COME = re.compile(
    r"(?:^|[.:]\s+|\d[.)]?\s+|[^\S\n][-–][^\S\n]+)To\s+(?:receive|consider|confirm|approve|note|agree|elect|appoint|answer|"
    r"determine)\b"
    r"|\b(?:Members|Councillors)\s+are\s+(?:asked|requested|invited)\b",
    re.MULTILINE,
)
_RECORDED_LEAST = 2
# The last meeting's minutes approved at this one, told in the past: "The minutes of the last meeting held on 22
# November 2022 were agreed as a correct record and signed by the Chair" (an agenda asks "to approve" them).
_MINUTES_APPROVED = re.compile(
    r"\b[Mm]inutes\b[^.\n]{0,150}?\b(?:were|was)\s+(?:(?:duly|unanimously)\s+)?(?:agreed|approved|confirmed|accepted|"
    r"adopted)\s+as\s+(?:a\s+)?(?:correct|true|accurate)\s+record\b"
)
_RECORDED_CHARS = 6000
# A meeting's notice gives its day, time and place: "Date: 5 March 2024", "Time: 7.00 pm", "Venue: Town Hall".
_NOTICE_LABEL = re.compile(r"^(Date|Time|Venue|Place|Location)\s*:", re.IGNORECASE)
_NOTICE_LINES = 15
_MINUTES_WORD = re.compile(r"^(?:(?:draft|approved|confirmed|unconfirmed)\s+)?minutes$", re.IGNORECASE)
_MINUTES_WORD_LINES = 6


# An agenda's resolution for the meeting to pass, set out in full: "To formally pass the following resolution:-
# RESOLVED - That ... the public be excluded" (Local Government Act 1972, s. 100A(4)).
_PROPOSED = re.compile(r"\bresolution\s*[:;]?[-–]?\s*$", re.IGNORECASE)


def _record_mark(text: str) -> bool:
    """Whether the text holds a mark of a meeting's record ("RESOLVED", "Minutes:"), not one an agenda proposes."""
    return any(not _PROPOSED.search(text, max(0, m.start() - 40), m.start()) for m in _MINUTES.finditer(text))


def _minutes_word_under_heading(head: list[str]) -> bool:
    """Whether the word "Minutes" stands alone under a page's heading ("Licensing Sub-Committee / Tuesday 5 March 2024 /
    Minutes"), and is no agenda item's title ("Minutes" / "To approve the minutes of ...")."""
    for at, line in enumerate(head[:_MINUTES_WORD_LINES]):
        if _AGENDA.match(line):
            return False  # under an agenda's own heading, "Minutes" is one of its items
        if _MINUTES_WORD.match(line):
            after = next((x for x in head[at + 1:] if not re.fullmatch(r"[\d.]+", x)), "")
            return not after.lower().startswith("to ") and not refers_back(after)
    return False


# A report's own sections, as the councils' report templates head them: "1. Purpose of the report", "Recommendations",
# "Background", "Financial implications", "Legal implications", "Risk management", "Equality impact".
_REPORT_SECTION = re.compile(
    r"^(?:\d+(?:\.\d+)*\.?\s+)?(?P<section>Purpose(?:\s+of\s+(?:the\s+)?report)?|Recommendations?|Background|"
    r"Financial\s+implications|Legal\s+implications|Risk\s+(?:management|implications|assessment)|"
    r"Equalit(?:y|ies)\s+(?:impact|implications)(?:\s+assessment)?|Background\s+papers|Executive\s+summary)\s*:?\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_REPORT_SECTIONS_LEAST = 3
_REPORT_CHARS = 20000


# ... numbered as a page flattened onto one line runs them on: "... 1. Purpose of the report 1.1 This report ... 2.
# Recommendations 2.1 That ...".
_INLINE_SECTION = re.compile(
    r"(?:^|\s)\d+\.?\s+(?P<section>Purpose\s+of\s+(?:the\s+)?report|Recommendations?|Background|Financial\s+implications|"
    r"Legal\s+implications|Risk\s+(?:management|implications|assessment)|Equalit(?:y|ies)\s+(?:impact|implications)|"
    r"Background\s+papers|Executive\s+summary)\b",
    re.IGNORECASE,
)


def _report_sections(text: str) -> int:
    """How many of a report's own sections the text heads (each counted once), on lines of their own or numbered in a
    flattened page's run."""
    headed = {m["section"].lower().split()[0] for m in _REPORT_SECTION.finditer(text, 0, _REPORT_CHARS)}
    numbered = {m["section"].lower().split()[0] for m in _INLINE_SECTION.finditer(text, 0, _REPORT_CHARS)}
    return max(len(headed), len(numbered))


_BILINGUAL_LINES = 6
_BILINGUAL = re.compile(r"\s+/\s+")


def _bilingual(head: list[str]) -> list[str]:
    """The opening lines with a bilingual line's halves as lines of their own: "Cofnodion / Minutes"."""
    return [part for at, x in enumerate(head) for part in (_BILINGUAL.split(x) if at < _BILINGUAL_LINES else [x])]


_AGENDA_LINES = 12
_AGENDA_WORD = re.compile(r"^(?:Supplementary\s+)?Agenda$", re.IGNORECASE)
_NUMBERED_ITEM = re.compile(r"^\d{1,2}[a-z]?[.)]?\s+[A-Z]")
_ITEM_PAGE = re.compile(r"^Agenda\s+item$", re.IGNORECASE)  # ModernGov's item page's title, no number
_PAGE_TITLE = re.compile(r"^Agenda\s+for\b", re.IGNORECASE)  # ModernGov's page title, over its minutes too


def _agenda_heading(line: str, below: list[str]) -> bool:
    """Whether a line opens an agenda: a summons or notice, ModernGov's "Agenda for ...", the word "Agenda" alone over
    its first numbered item (not a page's tab among "Agenda", "Minutes", "Attendance")."""
    if _AGENDA_WORD.match(line):
        return any(_NUMBERED_ITEM.match(x) for x in below)
    return bool(_AGENDA_OPENING.search(_SPACED_CAPITAL.sub(r"\1", line)))


def paper_kind(text: str, head: list[str], key_decision: bool) -> str:
    """What a paper is, from its text and opening lines: forward plan, decision, minutes, agenda, report or document."""
    head = _bilingual(head)
    if any(_RECORD_TITLE.search(x) or _DECISIONS_PAGE.match(x) for x in head[:3]):
        return "decision"  # the page's own title, whatever its items are ("Forward Plan" among "Agenda and decisions")
    if _FORWARD_PLAN.search(text):
        return "forward plan"
    if _DECISION.search(text):
        return "decision"
    agenda_at = next((at for at, x in enumerate(head[:_AGENDA_LINES]) if _agenda_heading(x, head[at + 1:at + 3])), None)
    own_agenda = agenda_at is not None and not _PAGE_TITLE.match(head[agenda_at])
    minutes_at = next((at for at, x in enumerate(head) if (_MINUTES_TITLE.match(x) and not refers_back(x))
                       or _MINUTES_OPENING.match(x)), None)
    if own_agenda and minutes_at is not None and agenda_at < minutes_at and not minutes_title_at_top(head):
        return "agenda"  # an agenda pack, the last meeting's minutes attached after its own heading
    if (minutes_title_at_top(head) or minutes_at is not None or _minutes_word_under_heading(head)
            or any(_NAME_MINUTES.match(x) for x in head[:_NAME_MINUTES_LINES])):
        return "minutes"
    if agenda_at is not None and not _AGENDA_WORD.match(head[agenda_at]):
        return "agenda"  # a summons or notice; the word "Agenda" alone is weighed below, against the record
    if all(p.search(text) for p in _DECISION_FIELDS):
        return "decision"  # a decision notice's own fields, with no minutes' title over them
    if _record_mark(text) or len(_ROW_MINUTES.findall(text)) >= _ROW_MINUTES_LEAST or _MINUTES_APPROVED.search(
            text, 0, _RECORDED_CHARS):
        return "minutes"
    recorded = len(_RECORDED.findall(text, 0, _RECORDED_CHARS))
    to_come = len(_TO_COME.findall(text, 0, _RECORDED_CHARS))
    told = recorded >= _RECORDED_LEAST and recorded > to_come  # the meeting's record outweighs its agenda's asks
    entries = sum(1 for x in head if _AGENDA_ENTRY.match(x)) or len(_INLINE_ENTRY.findall(text, 0, _RECORDED_CHARS))
    if not told and (any(_AGENDA.match(line) for line in head[:12]) or entries >= 2):
        return "agenda"  # a meeting page's layout ("Meeting Details", "Public Items") holds its minutes too
    if key_decision or any(_REPORT_OF.match(x) for x in head[:_REPORT_LINES]) or any(
            _ITEM_PAPER.match(x) for x in head[:_ITEM_LINES]) or _report_sections(text) >= _REPORT_SECTIONS_LEAST:
        return "report"
    if told:
        return "minutes"  # what a meeting did, told in the past tense, with no other mark of its paper
    if to_come >= _RECORDED_LEAST and to_come > recorded:
        return "agenda"  # what a meeting is to do, its items in the infinitive
    opening = text[:_RECORDED_CHARS]
    if decision_statement(opening):
        return "decision"  # "The Cabinet has / (a) approved the project ...": a decision page's statement
    if acting_body(opening) or addressed_body(opening):
        return "minutes"  # "The Cabinet considered a report ...", "The Mayor informed the Council ..."
    labels = [m[1].lower() for x in head[:_NOTICE_LINES] if (m := _NOTICE_LABEL.match(x))]
    if not recorded and len(labels) >= 2 and set(labels) - {"date"}:
        return "agenda"  # a meeting's time and place given, nothing it did told: its notice
    if head and _ITEM_PAGE.match(head[0]):
        return "agenda"  # ModernGov's page for one item, "Agenda item" over its text, telling nothing the meeting did
    return "document"
