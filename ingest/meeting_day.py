"""A meeting's day where no heading names its body: a date alone atop the page (or after the paper's words alone:
"Agenda and Meeting Minutes - 14.10.2020"), a Scottish minute's dateline, a weekday's date opening or closing one of the
first lines, else a plain "Date:" label."""
from __future__ import annotations

import re
from collections import Counter
from datetime import date

from ingest.dates import DATE, search_date
from ingest.flat_pages import TIME_TAIL, viewer_line
from ingest.headings import DATE_LABEL, DATE_LINE, refers_back

_DAY_LINES = 3  # a date alone among the first lines heads a meeting's page ("10 October 2018")
_LABEL_LINES = 30


# A Scottish minute's dateline, its town before the day: "Glasgow, 8th December 2016."; a weekday's date opening a
# line that runs on into the venue: "Thursday 25 October 2012 Council Offices, Wallfields".
_DATELINE = re.compile(rf"^[A-Z][A-Za-z'’ -]{{2,30}},\s+(?P<date>{DATE.pattern})\s*\.?$", re.IGNORECASE)
# Its time may come first: "8pm on Tuesday 6th January 2009 in Churton Village Hall".
_WEEKDAY_LEAD = re.compile(
    r"^(?:(?:at\s+)?\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)\s+on\s+)?"
    rf"(?P<date>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+{DATE.pattern})(?:\s|,|$)", re.IGNORECASE
)
# ... or a weekday's date closing a line that says where and when: "Cavendish House, Stockton at 9.00am on Wednesday,
# 22nd March, 2017".
_WEEKDAY_END = re.compile(
    rf"\bon\s+(?P<date>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+{DATE.pattern})\s*\.?$", re.IGNORECASE
)
# A title of the paper's words and its day: "Agenda and Meeting Minutes - 14.10.2020", "Minutes 5 March 2024".
_PAPER_TITLE = re.compile(
    rf"^(?:(?:agenda|minutes?|notes|meeting|and|of|the|draft)\b[\s,&-]*)+[-–:,]?\s*(?P<date>{DATE.pattern})\s*\.?$",
    re.IGNORECASE,
)
# A line opening the page on the meeting held: "Meeting held on 5 March 2024 at 7pm", "Adopted minutes of meeting held
# on 19 May 2021" (a few words before it; the line must not refer back to another meeting).
_HELD_LINE = re.compile(rf"^(?:[A-Za-z]+\s+){{0,3}}meeting\s+held\s+(?:[^\d\n]{{0,60}}?\s)?on\s+(?P<date>{DATE.pattern})", re.I)
# A PDF's letter spacing splits a year: "Tuesday, 25 June 20 19 at 10 .30am".
_SPLIT_YEAR = re.compile(r"\b(19|20) (\d\d)\b")


# A line wrapped inside its date: "Meeting Held on Wednesday 6th" / "September 2017 at 7.30pm at Salt Village Hall".
_CUT_DATE = re.compile(r"(?:\bon|day,?|(?<![\d:.])\d{1,2}(?:\s?(?:st|nd|rd|th))?)$", re.IGNORECASE)


def _unwrapped(head: list[str]) -> list[str]:
    """The first lines, each followed by itself run on into the next where it breaks off inside a date."""
    lines = head[:_DAY_LINES + 1]
    return [y for at, x in enumerate(lines[:_DAY_LINES])
            for y in ((x, f"{x} {lines[at + 1]}") if _CUT_DATE.search(x) and at + 1 < len(lines) else (x,))]


def day_stated(head: list[str]) -> date | None:
    """A meeting's day where no heading names its body: a date alone atop the page (or its dateline, or a weekday's
    date opening or closing a line, perhaps wrapped onto the next), else a plain "Date:" label."""
    for line in (half for x in _unwrapped(head) for half in dict.fromkeys((x, x.rsplit(" / ", 1)[-1]))):
        # a bilingual line's English half too: "Cyfarfod a gynhaliwyd ar 5 Mawrth 2024 / Meeting held on 5 March 2024"
        if m := DATE_LINE.match(line) or (None if refers_back(line) else _HELD_LINE.match(line)) or _DATELINE.match(line) or _WEEKDAY_LEAD.match(line) or _PAPER_TITLE.match(line) or (
            None if refers_back(line) else _WEEKDAY_END.search(line)
        ):
            return search_date(m["date"])
    for line in head[:_LABEL_LINES]:
        if (m := DATE_LABEL.match(line)) and not refers_back(line) and (
            when := search_date(_SPLIT_YEAR.sub(r"\1\2", m["rest"]))
        ):
            return when
    return None


_RUNNING_LEAST = 2  # a header or footer printed again on the next page: a repeat, the least there is
_RUNNING_CHARS = 30000  # the first pages: a running header is on each
_RUNNING_CONTEXT = 24  # characters before a date that must repeat with it
_REFERENCE_CONTEXT = 60  # characters before a date where a reference to another meeting would say so
_HELD = re.compile(r"\bheld\b|\bmeeting\s+(?:of|on)\b|\bnext\b", re.IGNORECASE)  # another meeting's day


def running_day(text: str) -> date | None:
    """The day a running header or footer prints page after page ("COSLA SPECIAL LEADERS 16 APRIL 2021 DRAFT MINUTE",
    "Planning Committee - 5 March 2024 - Page 3"): a date repeated with the same words before or after it, never after
    words referring to another meeting, the one repeated most; None where none is or two days tie."""
    seen: Counter[tuple[str, str]] = Counter()
    for m in DATE.finditer(text, 0, _RUNNING_CHARS):
        window = text[max(0, m.start() - _REFERENCE_CONTEXT):m.start()]
        if refers_back(window) or _HELD.search(window):
            continue  # "the minutes of the previous meeting held on ...", repeated item after item
        day = " ".join(m.group().lower().split())
        seen[("before", _words(text[max(0, m.start() - _RUNNING_CONTEXT):m.start()]), day)] += 1
        seen[("after", _words(text[m.end():m.end() + _RUNNING_CONTEXT]), day)] += 1
    ranked = seen.most_common()
    if not ranked or ranked[0][1] < _RUNNING_LEAST:
        return None
    days = {day for _, context, day in (key for key, n in ranked if n == ranked[0][1]) if context}
    return search_date(days.pop()) if len(days) == 1 else None


_FIRST_LINES = 3  # the page's own heading; below it an agenda's items and a minute's business name other days
# ... or a flattened cover's field label right before it: "SUMMONS TO COUNCIL date Thursday, 20 December 2012 venue ...".
_DATE_FIELD = re.compile(r"\b(?:meeting\s+)?date\s*:?\s*$", re.IGNORECASE)
# ... or the paper's word in a title, perhaps with its hours: "... COMMUNITY COUNCIL BUSINESS MEETING MINUTES 7:00 to
# 9:30pm, 13th August 2019".
_PAPER_THEN_DAY = re.compile(rf"\b(?:minutes|agenda)\b{TIME_TAIL}[\s,:–-]*$", re.IGNORECASE)
_TITLE_CHARS = 200  # characters of a line read as its title
_FIRST_AT = 60  # a heading's day comes early in its line; later, a sentence's ("The Regulations came into force on ...")
# ... unless the line says the meeting was held on it: "Meeting of Highnam Parish Council held in The Old School on".
_MEETING_HELD_ON = re.compile(r"meeting\b.*\bheld\b[^.]*\bon\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*)?$",
                              re.IGNORECASE)
# A line whose date is not the meeting's: its minutes of a meeting held on another day, named by the business ("To
# agree the minutes of the meeting held on 24 June 2014", "The minutes of the meeting held on ... are attached"; a
# title opening the line, "Adopted minutes of meeting held on 19 May 2021", is the paper's own), or a paper's
# publication, deadline or next meeting ("Published: 15 September 2017"), or a body's meeting told in passing.
_OTHER_MINUTES = re.compile(r"^(?!(?:(?!the\b)[a-z]\w*\s+){0,2}minutes\b)(?=.*\bminutes?\b.*\bheld\b)", re.IGNORECASE)
_OTHER_DAY = re.compile(r"\b(?:next|publi(?:shed|cation)|despatch(?:ed)?|dispatch(?:ed)?|issued|deadline|printed|call-in|"
                        r"(?:its|their)\s+meeting)\b", re.IGNORECASE)  # "The Committee, at its meeting on ..., agreed"


def first_dated_line(head: list[str]) -> date | None:
    """The last resort where nothing states the meeting's day: the first date early in one of the page's first lines,
    unless that line speaks of another meeting's minutes, an earlier meeting or the paper's publication."""
    for line in [x for x in head if not viewer_line(x)][:_FIRST_LINES]:  # a document viewer's furniture is not the page's
        line = line[:_TITLE_CHARS]  # a page flattened onto one line: its title, not the business run on after it
        if refers_back(line) or _OTHER_MINUTES.match(line):
            continue
        for m in DATE.finditer(line):
            if _OTHER_DAY.search(line[:m.start()]):
                break  # "Date of next meeting: ...", "Published on ...": this day and the line's later ones are not it
            if m.start() >= _FIRST_AT and not any(
                    p.search(line[:m.start()]) for p in (_MEETING_HELD_ON, _DATE_FIELD, _PAPER_THEN_DAY)):
                continue
            if when := search_date(m.group()):
                return when
    return None


def _words(context: str) -> str:
    """A header's words around its day, page numbers and spacing aside."""
    return re.sub(r"[\d\s]+", " ", context).strip().lower()
