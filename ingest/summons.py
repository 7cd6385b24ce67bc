"""Meetings a sentence of the opening states, where no heading line does: summons and invitation letters, and
minutes whose record runs on as one paragraph.

"Notice is hereby given that a meeting of the Planning Committee will be held ... on ...", "Dear Councillor, You are
invited to attend a meeting of the Council to be held in the Chamber ... on Thursday,
26 July 2018", "You are hereby summoned to attend the monthly meeting of X District Council to be held ... on ...",
"... DEADLINE FOR CALL-IN: ... At a meeting of the X Combined Authority held in ... on Friday, 15th September, 2017",
"There will be a meeting of the Authority in the Boardroom ... on 19 October 2011 at 10 am.".
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# A body's name, perhaps with commas between its places ("Armagh City, Banbridge and Craigavon Borough Council").
_NAME = r"(?P<name>[A-Z](?:[^,;:()\n]|,\s*(?=[A-Z])){1,100}?)"
# The letter's sentence: whoever is asked to attend, the meeting, the body, and "to be held" with the rest after it
# ("You are hereby summoned to a Council Meeting of the Parish Council. To be held on ...").
_SUMMONS = re.compile(
    r"\b(?:invited|summoned|requested|required|asked)\s+to\s+(?:attend\s+)?(?:an?\s+|the\s+)?(?:[A-Za-z]+\s+){0,2}?"
    rf"(?i:meeting\s+of\s+(?:the\s+)?){_NAME}\s*[,.]?\s+(?:(?:(?:which|that)\s+will\s+be\s+|(?i:to\s+be\s+))held\b|(?=(?:on|at|in)\s))"
    r"(?P<rest>.{0,250})",
)
# The letter's sentence naming the meeting by its body: "Members of the Council are hereby summoned to attend the Parish
# Council Meeting on Tuesday 5 March 2024 at 7.30pm".
_SUMMONS_NAMED = re.compile(
    rf"\b(?:invited|summoned|requested|required)\s+to\s+attend\s+(?:an?\s+|the\s+){_NAME}\s+(?i:meeting)\s+"
    r"(?:(?:which\s+will\s+be\s+|to\s+be\s+)?held\s+)?(?=(?:on|at|in)\s)(?P<rest>.{0,250})",
)
# A notice of the meeting: "Notice is hereby given that a meeting of the Planning Committee will be held at ... on ...",
# "A meeting of the County Council will be held in ...", "... notice that a meeting of the Cabinet will take place on",
# a letter's sentence after its greeting ("Dear Sir/Madam, A meeting of Council will be held in the Chamber ...") or after a
# flattened page's heading ("SOUTH DOWNS NATIONAL PARK AUTHORITY PLANNING COMMITTEE A meeting of the Planning Committee
# will be held at 10.00 am on ..."): a capital "A" opens a sentence wherever it stands.
# "The next meeting of X will be held on ..." speaks of a later meeting, and is passed over, and so is a sentence that
# reports one ("It was noted that a special meeting of the Council will be held on ...").
_NOTICE = re.compile(
    r"(?:^|(?<=[.,:;]\s)(?=The\s)|(?<=\s)(?<![Tt][Hh][Aa][Tt]\s)(?=An?\s)|(?i:\bnotice\b)[^.]{0,40}?\bthat\s+)(?i:an?|the)\s+(?!next\b)(?:[A-Za-z]+\s+)?(?i:meeting\s+of\s+(?:the\s+)?)"
    rf"{_NAME}\s*,?\s+(?i:will|is\s+to|shall)\s+(?i:be\s+held|take\s+place)\b(?P<rest>.{{0,250}})",
)
# A notice opening the paper: "There will be a meeting of the Authority in the Boardroom ... on 5 March 2024 at 10 am."
_THERE_WILL_BE = re.compile(
    rf"^(?i:there\s+will\s+be\s+an?\s+)(?:[A-Za-z]+\s+)?(?i:meeting\s+of\s+(?:the\s+)?){_NAME}\s+(?=(?:on|at|in)\s)"
    r"(?P<rest>.{0,250})",
)
# A minutes' record sentence after something else on its line, its "At" in capitals: "... DENOTES KEY DECISION At a
# meeting of X held ...".
_AT_A_MEETING = re.compile(
    rf"(?:^|\s)(?-i:At)\s+an?\s+(?:[A-Za-z]+\s+)?meeting\s+of\s+(?:the\s+)?{_NAME}\s+(?:was\s+)?held\b(?P<rest>.{{0,250}})",
    re.IGNORECASE,
)
_WINDOW = 2000  # characters of a long line looked at: the statement opens the paper


@dataclass(frozen=True, slots=True)
class Statement:
    """A meeting a sentence states: the body as written, the text after it (where its day is), and the paper's kind."""

    name: str
    rest: str
    kind: str


def meeting_statement(line: str) -> Statement | None:
    """The meeting a line's summons or record sentence states, if it has one."""
    window = line[:_WINDOW]
    if ("attend" in window or "summoned" in window) and (m := _SUMMONS.search(window) or _SUMMONS_NAMED.search(window)):
        return Statement(m["name"], m["rest"], "agenda")
    if ("held" in window or "place" in window) and (m := _NOTICE.search(window)):
        return Statement(m["name"], m["rest"], "agenda")
    if m := _THERE_WILL_BE.search(window):
        return Statement(m["name"], m["rest"], "agenda")
    if (m := _AT_A_MEETING.search(window)) and m["name"][0].isupper():
        return Statement(m["name"], m["rest"], "minutes")
    return None
