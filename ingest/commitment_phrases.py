"""The wording of commitments, read from commitment_phrases.toml: who acts, by when, and what only looks like a promise.

Phrasing, not meaning: each pattern is a way papers record a resolution, a request or an undertaking, and each
exclusion a way they record something that only looks like one (a question, a forecast, a rule, a past fact).
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import date
from importlib import resources

from ingest.dates import DATE, MONTH, month_number, parse_date
from ingest.phrases import alternation

WORDS = tomllib.loads((resources.files("ingest") / "commitment_phrases.toml").read_text(encoding="utf-8"))


def verb_forms(entry: str) -> list[str]:
    """A verb's forms for "would/will (be) …": write, writes, writing, wrote, written; "base/participle" for irregulars."""
    base, _, participle = entry.partition("/")
    head, sep, rest = base.partition(" ")
    stem = head[:-1] if head.endswith("e") and not head.endswith("ee") else head
    ed = head + "d" if head.endswith("e") else (head[:-1] + "ied" if head.endswith("y") and head[-2] not in "aeiou" else head + "ed")
    forms = {head, head + "s", stem + "ing", ed}
    if head.endswith("y") and head[-2] not in "aeiou":
        forms.add(head[:-1] + "ies")
    if re.search(r"[^aeiou][aeiou][bdgklmnprt]$", head):  # "submitted", "referred": a final consonant doubled
        forms |= {head + head[-1] + "ed", head + head[-1] + "ing"}
    out = [f"{f}{sep}{rest}" for f in forms]
    if participle:
        out.append(participle)
    return out


_W = WORDS
BODY_TYPE = alternation(_W["bodies"]["types"])
_GROUP = alternation(_W["bodies"]["groups"])
_CAP = r"[A-Z][\w’'&-]*"
# "Mr. James Gillbody from …": a first name and surname after the title, when lower case or a bracket follows.
_PERSON = (
    rf"(?:{alternation(_W['officers']['persons'])})\s+(?:[A-Z]\.?\s+)?[A-Z][\w’'-]+"
    r"(?:\s+[A-Z][a-z][\w’'-]*(?=\s+(?:[a-z]|\())(?<!\bThe)(?<!\bAnd))?"
)
PERSON = _PERSON
_TITLE = alternation(_W["officers"]["titles"])
_OF = (
    r"(?:\s*\([A-Z][^()]{1,40}\)"  # "Assistant Director (Legal)"
    r"|\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:and|&|of|for|the|[A-Z][\w’'-]*)){0,6}"
    r"|,\s+[A-Z][\w’'-]*(?:\s+(?:and|&|[A-Z][\w’'-]*)){0,4}(?=\s*(?:,|\bbe\b|\bto\b|\bwould\b|\bwill\b)))?"  # "Strategic Director, Place"
)
# "the Police and Crime Commissioner", "the Chief Executive": capitalised words, "and" between them, before the title.
# "the Council's Section 151 Officer": an owner before the title, and numbers inside it.
OFFICER = (
    rf"(?:(?:the\s+)?(?:[A-Z][\w-]*(?:’s|'s)\s+)?(?:(?:{_CAP}|\d{{1,4}})\s+(?:(?:and|&)\s+(?=[A-Z]))?){{0,4}}"
    rf"(?:{_TITLE})\b{_OF}|officers|Officers)"
)
BODY = (
    rf"(?:the\s+)?(?:[Ff]ull\s+)?(?:{_CAP}\s+){{0,5}}(?:{BODY_TYPE}|{_GROUP})\b(?:’s|'s)?"
    rf"(?:\s+(?:{_CAP}\s+){{0,4}}(?:{_GROUP}))?"
)
ACTOR = rf"(?:{_PERSON}|{OFFICER}|(?:the\s+)?(?:{BODY_TYPE})\s+[Mm]embers?\b|{BODY}|Internal\s+Audit|[Tt]hat\s+team|Members)"
CHAIR = re.compile(rf"^(?:the\s+)?(?:{alternation(_W['officers']['chairs'])})\b", re.IGNORECASE)

# "by the end of the year", "to the April 2015 meeting", "at its next meeting", "in June 2023", "from 1 December 2022",
# "on 12 July 2017" (a date with its year), "to come into force on 7 January 2011".
_MEETING = r"meeting(?:\s+of\s+the\s+(?:[A-Z][\w&-]*\s*)+)?"
# "12 July 2017", "June 2023", "early March 2026", "mid/late June 2022".
_PART_OF_MONTH = r"(?:(?:early|mid|late|end\s+of)(?:\s*[/-]\s*(?:early|mid|late))?[\s-]+)?"
# "Thursday 12 October 2023", "the 7 July 2017": a weekday or an article may come first.
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+(?:the\s+)?|the\s+(?=\d))?"
_FULL_DATE = rf"{_WEEKDAY}(?:\d{{1,2}}(?:st|nd|rd|th)?\s+|{_PART_OF_MONTH}){MONTH},?\s+\d{{4}}"
_WHEN = (
    rf"the\s+(?:end|beginning|start|middle)\s+of\s+(?:the\s+)?(?:year|month|{MONTH}(?:\s+\d{{4}})?)"
    rf"|the\s+(?:week|month)\s+following\s+the\s+(?:[\w-]+\s+)?meeting"
    rf"|(?:its|the)\s+next\s+(?:[A-Z][\w’'-]*\s+){{0,4}}(?:{_MEETING}|Group|Panel|Board|Committee)"
    rf"|the\s+(?:{MONTH}(?:\s+\d{{4}})?|\d{{4}})\s+{_MEETING}"
    rf"|the\s+New\s+Year|the\s+(?i:spring|summer|autumn|winter)\b"  # "in the autumn"
    r"|(?:(?:early|late)\s+)?(?i:spring|summer|autumn|winter)\s+(?:of\s+)?(?:19|20)\d\d\b"  # "in summer 2017"
    rf"|{_FULL_DATE}"
    r"|(?:19|20)\d\d(?![\d/-])"
    # "within 15 days", "in 12 months", "in six months' time"
    r"|(?:\d{1,3}|two|three|four|five|six|nine|twelve|eighteen)\s+(?:working\s+|calendar\s+|clear\s+)?(?:days|weeks|months)"
    r"(?:[’']\s*time|\s+time)?\b"
)
_KEEP = r"by|before|after|within|to\s+come\s+into\s+force\s+on|with\s+effect\s+from|no\s+later\s+than"
DUE = re.compile(
    rf"\b(?:(?P<keep>(?i:{_KEEP}))|(?i:in|at|to|during|until|till))\s+(?P<when>{_WHEN})"
    rf"|\b(?P<keep2>(?i:after|before))\s+(?P<when2>the\s+meeting)"
    rf"|\b(?P<keep3>(?i:from|on))\s+(?P<when3>{_FULL_DATE}|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}\b)"  # "on 18 January"
    rf"|\b(?P<keep4>(?i:by|before|no\s+later\s+than))\s+(?P<when4>\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}\b)"  # "by 31st October"
)
# "the meeting held on 14 March 2017", "the report dated 1 May 2020": a date the paper refers back to.
_PAST_DATE = re.compile(
    r"\b(?:held|meetings?|dated|made|published|received|took\s+place|approved|agreed|considered)\s*$", re.IGNORECASE
)
_FUTURE = re.compile(r"\b(?:would|will|shall|be|to\s+come\s+into\s+force)\b", re.IGNORECASE)
_FUTURE_DATE = re.compile(r"\b(?:would|will|to)\s+be\s+held\s*$", re.IGNORECASE)
_WILL = re.compile(r"\b(?:would|will)\b")  # "would … attend the Board meeting on 7 July 2017": a meeting to come


@dataclass(frozen=True, slots=True)
class Due:
    """When something is due, as the paper states it, and as a date when it names one."""

    text: str
    day: date | None


def find_due(text: str) -> Due | None:
    """The first deadline a sentence states ("by the end of the year", "on 12 July 2017"), or None for past dates."""
    for m in DUE.finditer(text):
        before = text[: m.start()]
        past = _PAST_DATE.search(before)
        if past and not _FUTURE_DATE.search(before) and not (past.group(0).strip().lower() == "meeting" and _WILL.search(before)):
            continue
        if m.group("keep3") and m.group("keep3").lower() == "on" and not _FUTURE.search(text):
            continue
        keep = m.group("keep") or m.group("keep2") or m.group("keep3") or m.group("keep4")
        when = " ".join((m.group("when") or m.group("when2") or m.group("when3") or m.group("when4")).split())
        stated = f"{' '.join(keep.lower().split())} {when}" if keep else when
        return Due(stated, _day(when))
    return None


def _day(when: str) -> date | None:
    full = DATE.search(when)
    if full:
        return parse_date(full.group(0))
    month = re.search(rf"({MONTH}),?\s+(\d{{4}})", when, re.IGNORECASE)
    if month:
        return date(int(month.group(2)), month_number(month.group(1)), 1)
    return None


_R = _W["resolution_asks"]
_LEADING = re.compile(
    rf"^(?:[Tt]hat\s+)?(?:[Tt]o\s+)?(?:the\s+(?:{BODY_TYPE})\s+)?(?:(?i:agrees?|resolves?|decides?)\s+to\s+)?"
    rf"(?i:{alternation(_R['leading'])})\s+(?:that\s+)?(?P<actor>{ACTOR})"
    r"(?:\s+to\b|\s+that\b|,|\s+in\s+consultation\b|\s+\(|\s+[a-z]|\s+[-–]\s)"  # "the Corporate Director - Finance …"
)
# "that Council at its meeting on 21 September be invited to …": when the one asked is to act may stand between.
_AT_MEETING = r"(?:,?\s+at\s+(?:its|their)\s+(?:next\s+)?meeting(?:\s+(?:on|in)\s+[^,;]{1,40}?)?,?)?"
_PASSIVE = re.compile(
    rf"(?:^|\b[Tt]hat\s+|\band\s+)(?P<actor>{ACTOR}){_AT_MEETING},?(?:\s+in\s+consultation\s+with\s+[^,;]{{1,100}},)?\s+be\s+"
    rf"(?:{alternation(_R['passive'])})\b"
    # Any one named as asked to act, an outside body's initials or one word ("Resolved: that NYCC be requested to carry
    # out a check …", "that the Police be formally requested to send a representative …", a town council's minutes,
    # register_unseen11): only a verb that asks someone to act, not "recommended" (a report may be)
    r"|(?:^|\b[Tt]hat\s+)(?P<asked>[A-Z]{2,6}|the\s+[A-Z][a-z]+)\s+be\s+(?:formally\s+|also\s+)?(?:asked|requested|invited|instructed)\s+to\b"
)
_TO_WHOM = re.compile(rf"\b(?:{alternation(_R['to_whom'])})\s+(?P<actor>{ACTOR})")
_AGENT = re.compile(
    rf"\bbe\s+(?:[\w-]+(?:\s+(?:up|out))?\s+and\s+)?(?:{alternation(_R['agent_verbs'])})\s+by\s+"
    rf"(?P<actor>{_PERSON}|{OFFICER}|{BODY})"
)
# "DELEGATE any activity requiring capital spend … to the Director of Infrastructure".
_DELEGATE_TO = re.compile(rf"^(?i:delegates?)\b[^.;]{{0,120}}?\bto\s+(?P<actor>{_PERSON}|{OFFICER})")
# Not "Cllr A be appointed Chair", "Cllr A was nominated …", "that Cllr A remain as Chairman": the body elects.
_LEADING_ACTOR = re.compile(
    rf"^(?P<actor>{_PERSON}|{OFFICER}|Internal\s+Audit)\s+(?=[a-z])"
    r"(?!be\s|remains?\s|become\s|continue\s+as\b|was\s+(?:duly\s+)?(?:elected|appointed|nominated|co-?opted)\b)"  # "Cllr A remain as Chairman"
)
_NAMED = re.compile(_PERSON)
# "… be agreed as a correct record and the Mayor be authorised to sign them": the chair signs for the body.
_SIGNS_MINUTES = re.compile(r"\bauthori[sz]ed\s+to\s+sign\s+(?:the\s+minutes|them|the\s+same)\b")
_SENTENCE_START = re.compile(r"(?:^[\d.\s]*|[.;:]\s+)$")


def _clean(actor: str) -> str:
    return " ".join(actor.split())


def leading_actor(text: str, default: str | None) -> str | None:
    """Who a resolution's part puts to work: "Asks the Group to …", "the Director be authorised to …", "delegated
    authority be given to the Head of …", "led by the Portfolio Holder", "Officers circulate …"; else the body.
    The chair acts for the body, so "authorise the Chair to sign" leaves the body as the actor. Only the first clause
    is read: in "that Cabinet agree to transfer …; and that delegated authority be given to the Director …" the
    Cabinet decides, and the delegation only carries its decision out."""
    text = text.split(";", 1)[0].lstrip(",–—- ")  # "RESOLVED unanimously, Cllr A would go and strim …": the part
    if _SIGNS_MINUTES.search(text):  # "The Leader was authorised to sign the minutes": whoever chairs signs for the body
        return default
    for pattern in (_LEADING, _PASSIVE, _TO_WHOM, _AGENT, _DELEGATE_TO, _LEADING_ACTOR):
        if pattern is _LEADING_ACTOR:  # "that the Clerk obtain three quotes": who the part puts to work
            text = re.sub(r"^(?i:that)\s+", "", text)
        m = pattern.search(text) if pattern in (_TO_WHOM, _AGENT, _PASSIVE) else pattern.match(text)
        if m and pattern is _PASSIVE and m.group("asked"):
            return m.group("asked")
        if m and not CHAIR.match(m.group("actor")):
            return _clean(m.group("actor"))
    return default


def named_before(text: str, end: int) -> str | None:
    """Whom "She agreed to look at ..." means: the last person named before `end` as a sentence's subject
    ("Cllr Russell thanked Mr Coughlan ... She agreed" is Cllr Russell), else the last person named."""
    names = list(_NAMED.finditer(text, 0, end))
    subjects = [m for m in names if _SENTENCE_START.search(text[: m.start()])]
    chosen = (subjects or names)[-1:]
    return chosen[0].group(0) if chosen else None
