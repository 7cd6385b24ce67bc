"""Meeting headings at the top of a paper: which body met, and on what day.

The shapes councils' systems print (ModernGov, CMIS, minutes titles, decision records), each read from the opening
lines only. A heading states THIS meeting; a date the paper refers back to ("the minutes of the meeting held on
3 June", "To confirm the minutes of ...") sits in an agenda item's line, never in a heading shape, and lines that
read as such references are passed over.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ingest.bodies import (
    body_line,
    clean_committee,
    crumb_body,
    ends_with_body_word,
    names_a_body,
    names_many,
    styled_council,
    whole_body,
    whole_body_line,
)
from ingest.council_variants import canonical_council
from ingest.dates import DATE, parse_date, search_date
from ingest.opening import PAPER_ALONE
from ingest.flat_pages import TIME_TAIL as _TIME_TAIL
from ingest.flat_pages import author_title, flat_lead, flat_minutes_title, paper_lead, viewer_line
from ingest.summons import meeting_statement

_MAX_HEADING = 300  # characters: a longer line is a paragraph
_MAX_NAME = 160  # characters of a line that is a body's name alone ("THE FIFE COUNCIL - POLICY ... - GLENROTHES.")
_DIGIT = re.compile(r"\d")
_TOP_LINES = 5  # the title's lines, under a document viewer's furniture ("Total Page:16", "File Type:pdf, Size:1020Kb")
_BANNER_LINES = 3  # a joint authority's name atop its page is its own meeting's (a council's banner may head others')
_STATEMENT_LINES = 15  # lines where a summons or a run-on record states the meeting in a sentence
_STATED = re.compile(r"\battend\b|\bsummoned\b|\bwill\s+(?:be\s+held|take\s+place)\b|^there\s+will\s+be\s+an?\s", re.IGNORECASE)

# "Planning Committee - Thursday, 16th August, 2018 10.00 am", "Health Scrutiny Committee - Thursday 1 May 2025", a page
# title's "Planning Committee | 5 March 2024".
# Without a dash, as running headers print it ("Cabinet 5 March 2024", "Cabinet on 5 March 2024", "Planning Committee
# held on 5 March 2024"), the name must end with the body's word.
# The paper's word may follow: "Planning Committee - 5 March 2024 - Minutes".
_NAME_DATE = re.compile(
    rf"^(?P<name>[A-Z].*?)(?P<sep>\s*[-–—,|]\s*|\s+(?:(?:meeting\s+)?held\s+)?(?:on\s+)?)(?P<date>{DATE.pattern}){_TIME_TAIL}"
    r"(?:\s*[-–—,:]\s*(?:draft\s+)?(?P<paper>minutes|agenda|decisions))?"
    r"(?:\s*[,(]?\s*(?:NEW|CANCELLED|POSTPONED|RESCHEDULED|MOVED)\)?)?"
    r"(?:\s*\((?:agenda\s+)?item\s+[\w.]{1,6}\)\.?)?"  # ModernGov's item page: "Meeting of Cabinet, ... 6.30 pm (Item 5.)"
    r"(?:\s*[-–|]?\s*Page\s+\d+(?:\s+of\s+\d+)?)?"  # a running header or footer: "Cabinet 5 March 2024 Page 3"
    r"(?:\s*\|\s*[^|\d]{2,80})?"  # a page title's site after a bar: "... 5 March 2024 | Anytown Council"
    r"\s*\.?$",
    re.IGNORECASE,
)
# The day first, then the body: "11 September 2023 National Park Authority Board Meeting", "5 March 2024 - Cabinet".
_DATE_NAME = re.compile(rf"^(?P<date>{DATE.pattern})\s*[-–—,:|]?\s+(?P<name>(?-i:[A-Z])[^\d:;.]{{2,100}}?)\s*$", re.IGNORECASE)
# A minutes title's status before it ("Draft Minutes", "Unconfirmed minutes of ..."), and a paper's word labelling a
# heading ("Minutes: Planning Committee, 5 March 2024"): neither is part of the heading's shape.
_STATUS = re.compile(
    r"^(?:these\s+are\s+the\s+)?(?:(?:draft|unconfirmed|confirmed|approved|unapproved|printed|signed)\s+)?(?=minutes?\b)", re.I
)  # ... or a sentence presenting them: "These are the Draft Minutes of the Parish Meeting held on ..."
_PAPER_LABEL = re.compile(r"^(?:Minutes|Agenda|Decisions)\s*[:–-]\s*(?=[A-Z])")
# A line that is only a date, perhaps with a time: "27 Jan 2015 - 18:00", "Wednesday 9 September 2009".
_LEAD_TIME = r"\d{1,2}(?:[.:]\d{2}\s*(?:[ap]\.?m\.?)?|\s*[ap]\.?m\.?)"  # "10.00am, Tuesday 5 March 2024"
DATE_LINE = re.compile(
    rf"^(?:{_LEAD_TIME}\s*,?\s+)?(?P<date>{DATE.pattern}){_TIME_TAIL}(?:\s*\([A-Za-z ]{{1,20}}\))?\s*\.?$", re.IGNORECASE
)
# "Meeting Date : 29/07/2020", "Date of meeting: 5 March 2024", "Date: 5 March 2024".
# A table's label may lose its colon: "Date Tuesday 5 March 2024".
DATE_LABEL = re.compile(
    r"^(?:(?:meeting\s+|hearing\s+)?date(?:\s*(?:and|&|/)\s*time)?(?:\s+of\s+(?:the\s+)?(?:meeting|hearing))?|meeting\s+date|"
    r"held(?:\s+on)?(?=\s*:))"  # "Held on: Tuesday 5 March 2024"
    r"(?:\s*:\s*|\s+(?=(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\d))(?P<rest>.+)$",
    re.I,
)
# "Report of the Chief Executive to Cabinet on 5 March 2024": a report's heading naming where it goes, and when.
_REPORT_OF_TO = re.compile(
    rf"^Report\s+(?:of|by|from)\s+.{{2,80}}?\s+to\s+(?:the\s+)?(?P<name>[A-Z].+?)(?:\s+(?:on|[-–,])\s*(?P<date>{DATE.pattern}))?\.?$"
)
# A report headed with the body it goes to: "Licensing Sub-Committee Report", "Cabinet Report".
_BODY_REPORT = re.compile(r"^(?P<name>[A-Z][^:]{2,80}?)\s+Report$")
# ModernGov's page title: "Agenda for Development Control Committee on Wednesday 5 February 2020, 10.00 am" (or "Agenda
# for a meeting of the Licensing Sub-Committee to be held on ..."); its
# PDF pack's title: "(Public Pack)Agenda Document for West Mercia Police and Crime Panel, 05/02/2020 11:00".
_PACK = re.compile(r"^\((?:Public|Private)\s+Pack\)\s*", re.IGNORECASE)
_AGENDA_FOR = re.compile(
    rf"^(?P<paper>(?:Summons\s+to|Notice\s+of\s+meeting)\s+and\s+agenda|Agenda and(?: draft)? minutes|Agenda|Minutes|"
    rf"Decisions)(?:\s+(?P<pack>Document|Pack))?\s+for\s+(?:(?:an?|the)\s+(?:\w+\s+)?meeting\s+of\s+(?:the\s+)?)?"
    rf"(?P<name>.+?)(?:\s+(?:to\s+be\s+held\s+)?on\s+|,\s*)"
    rf"(?P<date>{DATE.pattern})",
    re.IGNORECASE,
)
# "Minutes of the meeting of the Planning Committee held on 4 March 2024"; "MINUTES of a meeting of X held at Y on
# 19 September 2017"; "Minutes of the Meeting of the Planning & Regulatory Committee Wednesday, 11th May 2016".
_MINUTES_OF = re.compile(
    r"^(?:Minutes?|Notes?|Record)\s+of\s+(?:(?:the\s+)?proceedings\s+of\s+)?(?:an?\s+|the\s+)?"
    r"(?:(?:extraordinary|special|ordinary|annual|monthly|reconvened|adjourned)\s+)?"
    r"(?:meeting|proceedings)\s+(?:of\s+(?:the\s+)?(?P<name>[A-Z][^\n]{2,100}?)(?:\s+(?=held\b|on\b)|\s*(?=[-–]\s|\n|"
    + rf"{DATE.pattern})))?(?P<rest>(?s:.{{0,200}}))",
    re.IGNORECASE,
)
# "Minutes of the Cabinet meeting held on 5 March 2024", "Minutes of Planning Committee, 4 March 2024", "Notes of the
# Youth Forum held on 5 March 2024".
_MINUTES_OF_NAMED = re.compile(
    rf"^(?i:(?:Minutes?|Notes?)\s+of\s+(?:the\s+)?)(?!(?i:meeting)\b)(?P<name>[A-Z][^\n]{{2,100}}?)(?:\s+meeting)?(?:\s+(?i:held|on)\b|\s*[-–,]\s|\s*(?={DATE.pattern})|\s+{_LEAD_TIME}\s*,?\s*(?={DATE.pattern}))"
    r"(?P<rest>.{0,200})",
)
# Scottish minutes: "At a MEETING of the EDUCATION COMMITTEE held at Dundee on 21st April, 2014."; a meeting's
# record headed "Meeting of the Cabinet held on 5 March 2024"; "A meeting of the CABINET was held in ... on ..."; "A meeting
# of the above Council was held on ...", its body named in a heading above (lost from the copy): the body's type; an
# agenda's "For the Meeting of the Parish Council to be held on ...".
_AT_A_MEETING = re.compile(
    r"^(?:(?P<at>At)\s+|For\s+)?(?:an?\s+|the\s+)?(?:(?!next\b|last\b|previous\b)\w+\s+)?meeting\s+of\s+(?:the\s+)?"
    rf"(?:(?:above|above-named|said|aforesaid|aforementioned)\s+)?(?P<name>[A-Z].{{2,100}}?)\s+"
    rf"(?:(?P<was>was\s+)?held\b|to\s+be\s+held\b|(?=on\s+{DATE.pattern}))"
    r"(?P<rest>.{0,200})",
    re.I,
)
# Under a body's name, the paper and its day: "Minutes - 5 March 2024", "Agenda: Tuesday 5 March 2024".
# ... or "Minutes held on: 5 March 2024", its label run on ("Minutes" / "Held on: Tuesday 5 March 2024").
_PAPER_DAY = re.compile(
    rf"^(?P<paper>Minutes|Agenda|Decisions)(?:\s+(?:of\s+(?:the\s+)?meeting\s+)?held(?:\s+on)?)?\s*[-–:,]?\s*"
    rf"(?P<date>{DATE.pattern}){_TIME_TAIL}\s*\.?$",
    re.I,
)
# "RECORD OF DECISION OF THE Cabinet", "Record of decisions of the Executive".
# "Record of the decisions taken at the meeting of the Cabinet held on 5 March 2024", "Decisions of the Cabinet
# meeting held on ...".
# "Notice of decisions agreed at the Combined Authority held on 26 June 2020", "Decisions of Cabinet made on 30th January 2024".
_RECORD_OF = re.compile(
    r"^(?:(?:Record|Notice|Schedule|Summary)\s+of\s+(?:the\s+)?)?decisions?\s+(?:of|(?:taken|agreed|made)\s+(?:by|at))\s+"
    r"(?:the\s+)?"
    r"(?:meeting\s+of\s+(?:the\s+)?)?"
    r"(?P<name>.+?)(?:\s+meeting)?(?:\s+(?:(?:held|made|taken)\b|on\s+)(?P<rest>.*))?$",
    re.I,
)
# "Decision Made: 12 September 2012" (the day of a decision record), "Date of decision: 21/01/2015".
_DECISION_DATE = re.compile(
    r"^(?:Date\s+of\s+decision|Decision\s+(?:made|date|taken)(?:\s+on)?|Date\s+decision\s+(?:made|taken))\s*:?\s*(?P<rest>.+)$",
    re.I,
)
# Lines that refer to another meeting: approving its minutes, what it decided, what was circulated.
_REFERS_BACK = re.compile(
    r"\b(?:previous|last|preceding|correct\s+record|true\s+record|circulated|confirm(?:ed)?|approve[ds]?|approval|sign(?:ed)?|"
    r"pdf\s+icon|held\s+since|submitted|for\s+noting)\b|\b(?:PDF|KB)\s*\d|\d+\s*KB\b",
    re.IGNORECASE,
)
# Minutes that open on who of the body was there: "Regional Cabinet Members Present:", "Licensing Committee Members present:".
_MEMBERS_PRESENT = re.compile(r"^(?P<name>[A-Z][\w'’&, -]{2,80}?)\s+(?:Members|Councillors)\s+(?i:present)\s*:")
_PAPER_WORD_TAIL = re.compile(r"\s((?:draft\s+)?(?:minutes|agenda))$", re.IGNORECASE)
_SEGMENTS = re.compile(r"\s+[-–—/]\s+")  # "Pwyllgor Cynllunio / Planning Committee": a Welsh page's two names
# The council's name before its body, with no dash between: "WESTMINSTER CITY COUNCIL LICENSING SUB-COMMITTEE NO.2".
_AUTHORITY_AFTER = re.compile(r"^(?P<body>.+?)\s+(?i:of)\s+(?:(?i:the)\s+)?(?:[A-Z][\w'’&-]*\s+){1,6}?(?:COUNCIL|Council)$")
# "Meeting of the Anytown Council" is the council's own meeting, not a body called "Meeting".
_NO_BODY = re.compile(r"(?:council|(?:\w+\s+)?meetings?)", re.IGNORECASE)
_AUTHORITY_FIRST = re.compile(r"^(?P<authority>(?:[A-Z][\w'’&-]*\s+){1,6}?(?:COUNCIL|Council))\s+(?P<rest>[A-Z].*)$")
# A body named with its area after it: "Combined Fire Authority for County Durham and Darlington".
_FOR_PLACE = re.compile(r"\s+for\s+(?:the\s+)?[A-Z][\w&' ,-]*$")
# "... Meeting of Anytown Council", "Special Meeting of the Cabinet": what follows names the body, whatever comes before.
_MEETING_OF = re.compile(r"\bmeeting\s+of\s+(?:the\s+)?(?=[A-Z])", re.IGNORECASE)
_OWN_FILE = re.compile(r"\s+(?:pdf\s+icon\s+)?(?:PDF|DOCX?)\s+[\d.,]+\s*[KM]B\s*$", re.IGNORECASE)
# A web page's field label on a line of its own, the value on the next, without a colon (HTML's term and description).
_FIELD_LABEL = re.compile(r"(?:Meeting|Committee|Meeting\s+name|Decision\s+maker)", re.IGNORECASE)
_DAY_TAIL = re.compile(rf"[\s,–-]*(?:{DATE.pattern})\s*$", re.IGNORECASE)
# Under a body's name, its day opening a sentence on the meeting: "5 March 2024 – A virtual meeting of the Panel held ...".
_DAY_LEAD = re.compile(rf"^(?P<date>{DATE.pattern})\s*[-–—]\s+[A-Z]", re.IGNORECASE)
# The paper's own words: a name of these alone names no body ("Agenda and Minutes", a ModernGov page's
# "AGENDA, DECISIONS AND MINUTES" tab line; "Decisions" names a body only with its maker's words, "Member Decisions").
_PAPER_WORDS = frozenset({"meeting", "meetings", "minutes", "minute", "agenda", "notes", "and", "of", "the", "draft",
                          "decisions"})
# ... or a line saying the meeting was held, and when: "Meeting held on Monday 5th March 2024 at 7.30pm in the Hall".
_MEETING_HELD = re.compile(
    rf"^(?:(?:an?|the)\s+)?(?:[A-Za-z]+\s+)?meeting\s+held\s+(?:[^\d\n]{{0,60}}?\s)?on\s+(?P<date>{DATE.pattern})", re.I
)
_MEETING_SEP = re.compile(r"\s+meeting\s", re.IGNORECASE)
_WEEKDAY_TAIL = re.compile(r"[\s,]+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Heading:
    """What one heading states: the body (as written), the day, and where it sits among the opening lines."""

    at: int
    committee: str | None = None
    meeting_date: date | None = None
    kind: str | None = None


def _after_authority(segment: str) -> str:
    """A body's name without the council's name before or after it ("WESTMINSTER CITY COUNCIL LICENSING
    SUB-COMMITTEE", "Anytown Borough Council Planning Committee", "the Audit Committee of Anytown Borough Council")."""
    m = _AUTHORITY_FIRST.match(segment)
    if (m and (canonical_council(m["authority"]) or styled_council(m["authority"])) and names_a_body(m["rest"])
            and ends_with_body_word(m["rest"])):
        return m["rest"]
    m = _AUTHORITY_AFTER.match(segment)
    if m and names_a_body(m["body"]) and ends_with_body_word(m["body"]) and not _NO_BODY.fullmatch(m["body"]):
        return m["body"]
    return segment


def _body(name: str) -> str | None:
    """The meeting body in a heading's name part; "THE FIFE COUNCIL - POLICY ... COMMITTEE - GLENROTHES" -> the committee."""
    name = _WEEKDAY_TAIL.sub("", name)
    if m := _MEETING_OF.search(name):
        name = name[m.end():]  # "Kilncraigs, Alloa (Tel. ...) Meeting of Clackmannanshire Council": the body met
    segments = [_after_authority(s.strip(" .,")) for s in _SEGMENTS.split(name) if s.strip(" .,")]
    bodies = [s for s in segments if names_a_body(s)]
    if not bodies:
        return None
    # With several, the council's own name is the least specific ("THE FIFE COUNCIL"): prefer a body that is not one.
    specific = [s for s in bodies if not re.search(r"\bcouncil\s*$", s, re.IGNORECASE)]
    name = clean_committee((specific or bodies)[-1] if len(segments) > 1 else bodies[0])
    # "NOTICE OF MEETING", "Agenda and Meeting Minutes", and "COUNCILLORS AND COMMITTEES" (many bodies) name none
    return None if set(re.findall(r"[a-z]+", name.lower())) <= _PAPER_WORDS or names_many(name) else name


def _above(head: list[str], at: int) -> str | None:
    """The body the line above names, if it is a name alone (perhaps with the paper's day: "Cabinet Minutes 5 May 2024")."""
    if not at or len(head[at - 1]) > _MAX_NAME or re.match(r"(?i)minutes?\b", head[at - 1]):
        return None  # "Minute of Meeting" over "Minute of Meeting of 1 May 2024" is the same title, not a body
    return _body(_DAY_TAIL.sub("", head[at - 1]))


def _paper_kind(paper: str) -> str | None:
    """The kind a page title's first words give: "Agenda and minutes" -> minutes; none for "Agenda", which ModernGov
    prints above minutes too ("Agenda for X on ..." over "Agenda and minutes")."""
    paper = paper.lower()
    return "minutes" if "minutes" in paper or paper == "notes" else "decision" if paper.startswith("decision") else None


def refers_back(line: str) -> bool:
    """Whether a line speaks of another meeting or a linked paper ("the minutes of the previous meeting", "PDF 48 KB")."""
    return _REFERS_BACK.search(line) is not None


def _names_a_council(name: str) -> bool:
    """A council's own name heading its paper ("MAIDSTONE BOROUGH COUNCIL") says who wrote it, not which body met."""
    return len(name.split()) > 1 and re.search(r"\bcouncil$", name, re.IGNORECASE) is not None


def _date_after(rest: str) -> date | None:
    """The first date in a heading's tail, unless the tail has moved on to another meeting."""
    m = DATE.search(rest)
    if not m or _REFERS_BACK.search(rest[: m.start()]):
        return None
    return search_date(m.group())


_RUN_ON_LINES = 3  # lines a letter's sentence may wrap over: "... a meeting of the Sandwell" / "Metropolitan Borough ..."


def _run_on(head: list[str], at: int, line: str) -> str:
    """A sentence's line with the lines it wraps onto, where it is short enough to have been wrapped (tried only where
    the line alone states no meeting)."""
    if len(line) > _MAX_HEADING:
        return line
    return " ".join([line, *head[at + 1:at + 1 + _RUN_ON_LINES]])


def find_headings(head: list[str]) -> list[Heading]:
    """Every meeting heading among the opening lines, in reading order."""
    found: list[Heading] = []
    chrome = 0  # a document viewer's lines above the paper ("Size: px", "Download ...", "Transcription")
    for at, line in enumerate(head):
        if viewer_line(line):
            chrome += 1
            continue
        top = at - chrome < _TOP_LINES  # among the title's lines, the viewer's passed over
        if at == 0:
            line = _OWN_FILE.sub("", line)  # a document viewer's title: the paper's own link ("... 4 March 2013 PDF 94 KB")
        author = None  # a body or whole authority named before the title: its meeting where the title names none
        if top and (split := author_title(line)) and not _REFERS_BACK.search(split[0]):
            # The title proper, its author's name before it dropped; text kept without line breaks runs on after it.
            author = split[0] if whole_body(split[0]) or ends_with_body_word(split[0]) else None
            line = split[1]
        line = _PAPER_LABEL.sub("", _STATUS.sub("", _PACK.sub("", line)))
        if top and len(line) > _MAX_HEADING and (title := flat_minutes_title(line)):
            line = title  # a page flattened onto one line: its minutes title, ending at its day, the record after it
        if at < _STATEMENT_LINES and (len(line) > _MAX_HEADING or _STATED.search(line)) and (
            (said := meeting_statement(line) or meeting_statement(_run_on(head, at, line))) and (name := _body(said.name))
        ):
            found.append(Heading(at, name, _date_after(said.rest), said.kind))
            continue
        lead = ((flat_lead(line) if len(line) > _MAX_NAME else None) or paper_lead(line)) if top else None
        if lead and (name := _body(lead.name)):
            found.append(Heading(at, name, search_date(lead.date), _paper_kind(lead.paper) if lead.paper else None))
            continue  # a flattened page's heading, run on into the rest
        if len(line) > _MAX_HEADING or _REFERS_BACK.search(line):
            continue  # paragraphs are not headings: each shape below is tried only where it could start
        nxt = head[at + 1] if at + 1 < len(head) else ""
        start = line[:16].lower()
        dated = _DIGIT.search(line) is not None
        if start.startswith(("agenda", "minutes", "decisions", "summons", "notice")) and (m := _AGENDA_FOR.match(line)):
            kind = "agenda" if m["pack"] and m["paper"].lower() == "agenda" else _paper_kind(m["paper"])  # a pack is the paper
            found.append(Heading(at, _body(m["name"]), search_date(m["date"]), kind))
        elif start.startswith(("minute", "note", "record")) and (m := _MINUTES_OF.match("\n".join([line, *head[at + 1:at + 4]]))) and (
            m["name"] or at < 3 or author or (above := _above(head, at))  # nameless, under the body's own heading
        ):
            name = _body(m["name"]) if m["name"] else (_above(head, at) or (author and _body(author)))
            when = _date_after(m["rest"]) or (_date_after(nxt) if DATE_LINE.match(nxt) else None)
            found.append(Heading(at, name, when, "minutes"))
        elif start.startswith(("minute", "note")) and (m := _MINUTES_OF_NAMED.match(line)) and (
            (name := _body(m["name"])) or top  # a title atop the page states its day, whatever it names
        ):
            found.append(Heading(at, name, _date_after(m["rest"]), "minutes"))
        elif (m := _AT_A_MEETING.match(line)) and (name := _body(m["name"])) and (
            ends_with_body_word(_FOR_PLACE.sub("", m["name"]))
        ):
            found.append(Heading(at, name, _date_after(m["rest"]), "minutes" if m["at"] or m["was"] else None))
        elif start.startswith("report") and (m := _REPORT_OF_TO.match(line)) and (name := _body(m["name"])):
            found.append(Heading(at, name, search_date(m["date"]) if m["date"] else None, "report"))
        elif start.startswith(("record", "decision", "notice", "schedule", "summary")) and (m := _RECORD_OF.match(line)) and (
            name := _body(m["name"]) or (clean_committee(m["name"]) if not start.startswith("decision") else None)
        ):
            found.append(Heading(at, name, _date_after(m["rest"] or ""), "decision"))
        elif dated and start.startswith(("date", "decision")) and (m := _DECISION_DATE.match(line)):
            found.append(Heading(at, None, search_date(m["rest"])))
        elif dated and (m := _NAME_DATE.match(line)) and (name := _body(m["name"])) and (
            (body_line(m["name"]) or (_MEETING_SEP.match(m["sep"]) and whole_body_line(m["name"])))
            if re.search(r"[a-z]", m["sep"]) else (m["sep"].strip() or ends_with_body_word(m["name"]))
        ):  # "held on"/"on" after a name alone, never after a sentence ("... presented to Cabinet on 5 March"); a whole
            # authority's name only with "meeting" after it ("ANYVILLE PARISH COUNCIL MEETING held on 5 March 2024")
            found.append(Heading(at, name, search_date(m["date"]), _paper_kind(m["paper"]) if m["paper"] else None))
        elif dated and (m := _DATE_NAME.match(line)) and ends_with_body_word(clean_committee(m["name"])) and (
            name := _body(m["name"])
        ):
            found.append(Heading(at, name, search_date(m["date"])))
        elif (m := _MEMBERS_PRESENT.match(line)) and ends_with_body_word(m["name"]) and (name := _body(m["name"])):
            found.append(Heading(at, name, None, "minutes"))
        elif (m := _BODY_REPORT.match(line)) and ends_with_body_word(m["name"]) and (name := _body(m["name"])):
            found.append(Heading(at, name, None, "report"))
        elif _FIELD_LABEL.fullmatch(line) and len(nxt) <= _MAX_NAME and (name := _body(nxt)):
            found.append(Heading(at + 1, name))  # a page's field, its label above its value: "Meeting" / "Cabinet - Anytown"
        elif (name := crumb_body(line)) is not None:
            # the site's trail to the page: "Home > Meetings > Planning Committee > ...", perhaps to the meeting's day
            found.append(Heading(at, name, parse_date(re.split(r"\s+[>›»]\s+", line.strip())[-1])))
        elif len(line) <= _MAX_NAME and (name := _body(line)) and not DATE_LABEL.match(line):
            if m := DATE_LINE.match(nxt) or _PAPER_DAY.match(nxt) or DATE_LINE.match(nxt.rsplit(" / ", 1)[-1]) or (
                None if _REFERS_BACK.search(nxt) else _DAY_LEAD.match(nxt) or (_MEETING_HELD.match(nxt) if top and not _DIGIT.search(line) else None)
            ):
                paper = _PAPER_WORD_TAIL.search(line)  # "Cabinet Minutes" / "Thursday, 28th October, 2010"
                found.append(Heading(at, name, search_date(m["date"]), _paper_kind(paper[1]) if paper else None))
            elif (m := DATE_LABEL.match(nxt)) and (when := search_date(m["rest"])):
                found.append(Heading(at, name, when))
            elif (not _names_a_council(name) and PAPER_ALONE.fullmatch(nxt)
                  and (m := DATE_LINE.match(head[at + 2] if at + 2 < len(head) else ""))):
                # "Housing Committee" / "Minutes" / "5/3/2024": the paper's word on its own line between
                found.append(Heading(at, name, search_date(m["date"]), _paper_kind(nxt)))
            elif line == line.upper() and not _names_a_council(name) and (when := _date_below(head, at)):
                found.append(Heading(at, name, when))
            elif line == line.upper() and at < 8 and len(line.split()) <= 8 and not _names_a_council(name):
                found.append(Heading(at, name))  # a body in capitals heading the page: "LICENSING SUB-COMMITTEE"
            elif at < _BANNER_LINES and (whole := whole_body(name)) and not whole[1].endswith("Council"):
                # a joint authority's own banner ("Cheshire Fire Authority"); a council's, parish's or town's heads its
                # committees' papers too
                found.append(Heading(at, name))
    return _without_lists(found)


_LIST_RUN = 3  # dated bodies on this many lines in a row are a list of meetings, none of them this one


def _without_lists(found: list[Heading]) -> list[Heading]:
    """Headings less any run of dated bodies line after line: the meetings whose minutes are submitted ("Council,
    26 September 2024" / "Special Council, 26 September 2024" / ...), or a calendar; a paper has one heading."""
    runs: list[list[Heading]] = []
    for heading in found:
        dated = heading.committee is not None and heading.meeting_date is not None and heading.kind is None
        if dated and runs and runs[-1] and runs[-1][-1].at == heading.at - 1:
            runs[-1].append(heading)
        else:
            runs.append([heading] if dated else [])
    listed = {h.at for run in runs if len({(str(h.committee).lower(), h.meeting_date) for h in run}) > 1  # not one
              and len(run) >= _LIST_RUN for h in run}  # meeting's title repeated (a viewer's over the paper's)
    return [h for h in found if h.at not in listed]


_BELOW = 3  # lines a body's heading in capitals may stand above its day, with short lines between
_SHORT = 40  # characters of a line between them: a subtitle ("Full Review Decision"), never a paragraph


def _date_below(head: list[str], at: int) -> date | None:
    """The day a date line states a few lines under a heading, past short undated lines ("(The Committee)")."""
    for line in head[at + 1:at + 1 + _BELOW]:
        if m := DATE_LINE.match(line):
            return search_date(m["date"])
        if len(line) > _SHORT or _DIGIT.search(line) or names_a_body(line):
            return None
    return None


def minutes_title_at_top(head: list[str]) -> bool:
    """Whether the paper opens with a minutes title ("Minutes", "Minutes of the meeting ...")."""
    lines = [_OWN_FILE.sub("", x) if at == 0 else x for at, x in enumerate(head[:3])]  # a viewer's title: its own file
    return any(re.match(r"^Minutes?\b(?!\s*:)", _STATUS.sub("", line), re.IGNORECASE) and not _LINK.search(line)
               for line in lines)  # "Minutes pdf icon PDF 40 KB" further down is an agenda's link to earlier minutes


_LINK = re.compile(r"pdf\s+icon|\b(?:PDF|KB)\s*\d|\d+\s*KB\b", re.IGNORECASE)
