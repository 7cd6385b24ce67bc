"""Report cover sheets and decision pages: the labelled lines that say which meeting a paper goes to, and when.

"REPORT TO: Cabinet 19 September 2017", "To: Cabinet – 30 January 2025", "Report to: Audit Committee",
"Meeting: Cabinet  Date: 5 March 2024", "Date of meeting: …", "Decision maker: Cabinet", "Key decision: yes",
ModernGov's "Meeting: 23/11/2017 - Overview & Scrutiny Committee (Item 9)", "Decided at meeting: …",
"Made at meeting: …", and a forward plan's "Decision due: 17 Feb 2022 by Cabinet".
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from ingest.bodies import clean_committee, names_a_body
from ingest.dates import DATE, parse_date, search_date

# ModernGov: "Meeting: 23/11/2017 - Overview & Scrutiny Committee (Item 9)", "Made at meeting: 19/05/2020 - Executive".
MODERNGOV_MEETING = re.compile(
    r"^(?P<label>Meeting|Decided at meeting|Made at meeting)\s*:\s*(?P<date>\d{1,2}/\d{1,2}/\d{2,4})\s*[-–]\s*"
    r"(?P<committee>.+?)(?:\s*\((?P<item>Item\s+[\w.]+)\))?\s*$",
    re.IGNORECASE,
)
_REPORT_TO = re.compile(
    r"^(?:Report\s+to|To|Report\s+of\s+the\s+\w+\s+to|Submitted\s+to|Committee|Meeting|Meeting\s+of|"
    r"(?:Decision[\s-]making\s+)?Body|Name\s+of\s+"
    r"(?:committee|meeting)|(?P<minutes>(?:Minutes?|Notes)\s+of\s+(?:the\s+)?meeting\s+of)|Name\s+of\s+"
    r"(?:committee|meeting)|Title\s+of\s+(?:the\s+)?meeting|Meeting\s+(?:title|name))\s*:\s*(?P<rest>.+)$",
    re.IGNORECASE,
)
# Without its colon, as a report's heading: "Report to Cabinet", "Report to the Planning Committee".
_REPORT_TO_BARE = re.compile(r"^Report\s+to\s+(?:the\s+)?(?P<rest>[A-Z].*)$")
# "Meeting: Cabinet Date: 5 March 2024", "Committee: Cabinet    Date: 5 March 2024": a row of two labels.
_MEETING_AND_DATE = re.compile(r"^(?:Meeting|Committee)\s*:\s*(?P<name>.+?)\s+Date\s*:\s*(?P<date>.+)$", re.IGNORECASE)
_MEETING_DATE = re.compile(
    r"^(?:Date\s+of\s+(?:the\s+)?meeting|Meeting\s+date|Committee\s+date|(?:For\s+)?(?:the\s+)?meeting\s+on)\s*:\s*(?P<date>.+)$", re.I
)  # "For meeting on: 6 June 2019"
_PLAIN_DATE = re.compile(r"^Date\s*:\s*(?P<date>.+)$", re.IGNORECASE)
# "Decision Maker: Cabinet", "Decision made by: Leader of the Council"; a decision record's table row "DECISION TO BE TAKEN BY: DECISION NUMBER: 24/00108 Cabinet".
_DECISION_MAKER = re.compile(
    r"^Decision[\s-]+(?:Maker|Taker|(?:to\s+be\s+)?taken\s+by|made\s+by)\s*:\s*(?:[A-Za-z ]{2,30}:\s*)?(?P<who>.+)$", re.IGNORECASE
)
# What comes before the body in a decision maker's cell: the decision's number, the member's own name.
_DECISION_NUMBER = re.compile(r"^\d+/\d+\s+")
_DECISION_DUE = re.compile(rf"^Decision\s+due\s*:\s*(?P<date>{DATE.pattern}|\w+\s+\d{{4}})\s+by\s+(?P<who>.+)$", re.I)
_KEY_DECISION = re.compile(r"^(?:Is\s+)?key\s+decision\s*\??\s*:\s*(?:yes|no)\b", re.IGNORECASE)
_DECISION_DATE = re.compile(
    r"^(?:Date\s+of\s+decision|Decision\s+(?:made|date|taken)(?:\s+on)?|Date\s+decision\s+(?:made|taken))\s*:\s*(?P<date>.+)$",
    re.IGNORECASE,
)
# "To: All Members of the County Council": a summons to a meeting, not a report to it.
_ADDRESSEES = re.compile(r"^(?:all\s+)?members\s+of\b", re.IGNORECASE)
_BODY_WORDS = re.compile(r"\b(?:Cabinet|Committee|Council|Board|Panel|Executive|Authority|Forum)\b")


@dataclass(frozen=True, slots=True)
class CoverSheet:
    """What a cover sheet or decision page states, each value with the line it was read from."""

    values: dict[str, tuple[object, int]] = field(default_factory=dict)


def _put(found: dict[str, tuple[object, int]], key: str, value: object, at: int) -> None:
    if value not in (None, "") and key not in found:
        found[key] = (value, at)


def _body_and_date(rest: str) -> tuple[str | None, date | None]:
    """"Cabinet – 30 January 2025" -> ("Cabinet", 30 January 2025); the date is the last one stated."""
    when = list(DATE.finditer(rest))
    day = parse_date(when[-1].group()) if when else None
    if when:
        rest = rest[: when[-1].start()]
    name = rest.strip(" ,-–—\t")
    return (clean_committee(name) if name and names_a_body(clean_committee(name)) else None), day


# A cover sheet laid out as a table: the label in one cell, its value in the next ("Date of meeting<TAB>5 March 2024").
_TABLE_LABEL = re.compile(
    r"^\s*(?P<label>Report\s+to|To|Meeting|Committee|Date\s+of\s+(?:the\s+)?meeting|Meeting\s+date|Date|"
    r"Decision[\s-]+maker|Key\s+decision|Subject|Title|Report\s+title|Agenda\s+item(?:\s+no\.?)?)\s*\t+\s*(?P<value>\S.*)$",
    re.IGNORECASE,
)


def label_cells(line: str) -> str:
    """A table row of a label and its value as the labelled line it stands for: "Meeting<TAB>Cabinet" -> "Meeting: Cabinet"."""
    m = _TABLE_LABEL.match(line) if "\t" in line else None
    return f"{m['label']}: {m['value']}" if m else line


def is_labelled_line(line: str) -> bool:
    """Whether a line is one of a cover sheet's labelled lines (never a paper's title)."""
    return any(p.match(line) for p in (MODERNGOV_MEETING, _MEETING_AND_DATE, _DECISION_DUE, _REPORT_TO, _MEETING_DATE,
                                       _DECISION_MAKER, _DECISION_DATE, _PLAIN_DATE, _KEY_DECISION))


# A later label on a labelled line: a capitalised word, up to two more in lower case, and a colon ("… Decision
# published: 20/05/2020", "… Effective from: …", "… Date: …"), as a cover sheet's table comes out of a PDF on one line.
_NEXT_LABEL = re.compile(r"(?<=\S)\s+(?=[A-Z][a-z]+(?:\s+[a-z]+){0,2}\s*:\s)")


def label_row(line: str) -> list[str]:
    """A labelled line's cells, each label with its value ("Decision Maker: Executive  Made at meeting: 19/05/2020 -
    Executive" -> two); a line that opens with no cover sheet's label, or a label with no value before the next,
    stays whole."""
    colon = line.find(": ")
    if colon < 0 or not (parts := _NEXT_LABEL.split(line[colon + 2:]))[1:]:
        return [line]
    cells = [line[:colon + 2] + parts[0]]
    if not is_labelled_line(cells[0]):  # "Item 11: To establish a Remuneration Committee: …" is a sentence, no row
        return [line]
    for part in parts[1:]:
        if cells[-1].rstrip().endswith(":"):
            cells[-1] += " " + part
        else:
            cells.append(part)
    return cells


def read_cover_sheet(head: list[str]) -> CoverSheet:
    """The labelled lines among the opening's lines, a row of several labels read cell by cell (each found once:
    the first wins)."""
    found: dict[str, tuple[object, int]] = {}
    for at, line in ((at, cell) for at, row in enumerate(head) for cell in label_row(row)):
        if m := MODERNGOV_MEETING.match(line):
            _put(found, "meeting_date", parse_date(m["date"]), at)
            _put(found, "committee", clean_committee(m["committee"]), at)
            if m["item"]:
                _put(found, "item", m["item"], at)
            if not m["label"].lower().startswith("meeting"):
                _put(found, "kind", "decision", at)
        elif m := _MEETING_AND_DATE.match(line):
            _put(found, "committee", _body_and_date(m["name"])[0], at)
            _put(found, "meeting_date", search_date(m["date"]), at)
        elif m := _DECISION_DUE.match(line):
            _put(found, "meeting_date", search_date(m["date"]), at)
            if names_a_body(m["who"].strip()):
                _put(found, "committee", clean_committee(m["who"]), at)
            _put(found, "kind", "forward plan", at)
        elif m := _REPORT_TO.match(line) or _REPORT_TO_BARE.match(line):
            name, day = _body_and_date(m["rest"])
            addressees = line.lower().startswith("to") and _ADDRESSEES.match(m["rest"])
            if name:  # "To: All Members of the County Council" names whom the paper goes to, a heading its meeting
                _put(found, "addressees" if addressees else "committee", name, at)
                _put(found, "meeting_date", day, at)
                if line.lower().startswith(("report", "to")) and not addressees:
                    _put(found, "kind", "report", at)
                elif m.re is _REPORT_TO and m["minutes"]:  # a minutes form's label: "Minutes of Meeting of: Council"
                    _put(found, "kind", "minutes", at)
        elif m := _MEETING_DATE.match(line):
            _put(found, "meeting_date", search_date(m["date"]), at)
        elif m := _DECISION_MAKER.match(line):
            # "Mrs Sue Chandler, Cabinet Member for Integrated Children's Services": the office, not the person.
            who = next((c for c in reversed(_DECISION_NUMBER.sub("", m["who"]).split(", ")) if _BODY_WORDS.search(c)), "")
            if who:
                who = clean_committee(who)
                _put(found, "decision_maker", who, at)
                makers, first = found.get("decision_makers", ((), at))
                if who not in makers:  # a page of several decisions: every maker, in order, at the first one's line
                    found["decision_makers"] = ((*makers, who), first)
        elif m := _DECISION_DATE.match(line):
            _put(found, "decision_date", search_date(m["date"]), at)
        elif (m := _PLAIN_DATE.match(line)) and "committee" in found:
            _put(found, "meeting_date", search_date(m["date"]), at)
        elif _KEY_DECISION.match(line):
            _put(found, "key_decision", True, at)
    return CoverSheet(found)
