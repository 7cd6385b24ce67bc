"""A paper's opening as lines a heading can be read from: empty lines dropped, a heading that a PDF or web page broke
over lines joined again, and labels that a page glued on or a flattened PDF ran on put on lines of their own."""
from __future__ import annotations

import re

from ingest.bodies import ends_with_body_word, names_a_body

HEAD_LINES = 60  # non-empty lines looked at: navigation chrome comes before some ModernGov headings
_MAX_HEADING = 300  # characters: a longer line is a paragraph
_MAX_NAME = 160  # characters of a line that is a body's name alone
_DIGIT = re.compile(r"\d")
# A heading's second line: "MINUTES OF THE PLANNING COMMITTEE" / "HELD ON 5 MARCH 2024".
# ... or a summons' "To be held on", or the day alone: "HELD 20TH May 2024".
_HELD = re.compile(r"^(?:to\s+be\s+)?held\s+(?:on(?!\s*:)|at|in\b|\d)", re.IGNORECASE)  # "Held on:" is a label
# A title broken after the paper's word: "Minutes" / "of the Planning Committee".
_OF_THE = re.compile(r"^of\s+the\s+[A-Z]", re.IGNORECASE)
# Lines a PDF or web page broke after a joining word: "Summons to and Agenda for the Budget County Council Meeting on".
_UNFINISHED = re.compile(r"\s(?:on|of|held|for|at|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)$", re.IGNORECASE)
# Labels whose value a PDF table or a web page puts on the next line.
# A table's row of labels ("DECISION TO BE TAKEN BY: DECISION NUMBER:") puts the values on the next line too.
_LABEL_ALONE = re.compile(
    r"^(?:Decision\s+made|Date\s+of\s+(?:the\s+)?meeting|Meeting\s+date|Date|Meeting|Report\s+to|To|Committee|"
    r"Decision\s+maker|Decision\s+(?:to\s+be\s+)?taken\s+by|Date\s+of\s+decision|Date\s+and\s+time)\s*:(?:\s*[A-Za-z ]{2,30}:)?$",
    re.IGNORECASE,
)


def head_lines(lines: tuple[str, ...]) -> list[str]:
    """The opening's non-empty lines, a heading broken after a dash or a label left alone on its line joined again."""
    out: list[str] = []
    for line in (part for raw in lines for part in _unglued(raw)):
        line = line.strip().lstrip("#•*· ").strip()
        if not line:
            continue
        if out and (out[-1].endswith((" -", " –", " —")) or _LABEL_ALONE.match(out[-1])
                    or (len(out[-1]) < _MAX_NAME and _UNFINISHED.search(out[-1]) and _DIGIT.search(line))
                    or _body_word_below(out[-1], line) or _HELD.match(line) or _day_below_held(out[-1], line)
                    or (PAPER_ALONE.fullmatch(out[-1]) and _OF_THE.match(line))):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
        if len(out) >= HEAD_LINES:
            break
    return out


# Text whose line breaks were lost between a page's cells ("AgendaWest Dunbartonshire Health andSocial Care Partnership
# BoardDate:Monday, 27 June 2022Time:15:00"): a label glued to the value before it starts a line again, as does the
# name after a paper's word, and a joining word glued to the next name gets its space back.
_LABELS = r"(?:Date|Time|Venue|Format|Contact|Location|Place)\s*:"
_GLUED_LABEL = re.compile(rf"(?<=[a-z0-9)])(?={_LABELS})")
# A PDF flattened onto one line ("Norfolk County Council Date: Monday 12 February 2018 Time: 10.00 am Venue: ..."): its
# labelled fields start lines again, as they stood on the page.
# A cover sheet's labels too: "MINUTES Meeting: Economy Committee Date: Tuesday 2 March 2021 Time: ...", "Committee:
# Planning Committee Date of meeting: 5 March 2024 Title of report: ...".
_COVER_LABELS = (
    r"(?:Meeting|Committee|Date\s+of\s+(?:the\s+)?meeting|Meeting\s+date|Report\s+(?:to|of|by|title|author)|"
    r"Title(?:\s+of\s+(?:the\s+)?report)?|Subject|Wards?(?:\s+affected)?)\s*:"
)
_RUN_ON_LABEL = re.compile(rf"\s+(?=(?:{_LABELS}|{_COVER_LABELS})\s)")
_GLUED_PAPER = re.compile(r"^(?:Agenda|Minutes)(?=[A-Z][a-z])")
_GLUED_JOINER = re.compile(r"\b(and|of|the|for)(?=[A-Z][a-z])")


def _unglued(line: str) -> list[str]:
    """A line as the lines it was, where a page's labels were glued on without breaks (see _GLUED_LABEL) or a flattened
    page ran them on after spaces (see _RUN_ON_LABEL)."""
    if len(line) > _MAX_HEADING and _RUN_ON_LABEL.search(line):
        return [part for piece in _RUN_ON_LABEL.split(line) for part in _unglued(piece)]
    if not _GLUED_LABEL.search(line):
        return [line]
    parts = []
    for part in _GLUED_LABEL.split(line):
        part = _GLUED_JOINER.sub(r"\1 ", part)
        if m := _GLUED_PAPER.match(part):
            parts += [m.group(), part[m.end():]]
        else:
            parts.append(part)
    return parts


def _day_below_held(above: str, line: str) -> bool:
    """A heading's third line: "Minutes of the Planning Committee" / "held in the Council Chamber" / "on 5 March 2024"."""
    return (len(above) < _MAX_HEADING and " held " in f" {above.lower()} " and line.lower().startswith("on ")
            and _DIGIT.search(line) is not None)


PAPER_ALONE = re.compile(r"(?:draft\s+)?(?:minutes|agenda|decisions)|public\s+document\s+pack", re.IGNORECASE)


def _body_word_below(above: str, line: str) -> bool:
    """A name in capitals broken before its body word: "LICENSING OF ALCOHOL AND GAMBLING" / "SUB-COMMITTEE"."""
    return (line.isupper() and len(line.split()) <= 2 and ends_with_body_word(line) and above.isupper()
            and not PAPER_ALONE.fullmatch(above)
            and len(above.split()) <= 10 and not _DIGIT.search(above) and not names_a_body(above)
            and ":" not in above)
