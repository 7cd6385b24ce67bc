"""What kind of fact a sentence states, and how far: a figure, a person's name, a date, a time of day, a place, how
often, a decision. Each detector gives 0 to 1; `DETECTORS` maps the kinds `retrieval.vocabulary.wanted` reads from a
question to them."""
from __future__ import annotations

import re
from functools import lru_cache

from ingest.dates import DATE, MONTH
from ingest.phrases import alternation
from retrieval.vocabulary import FACT_CACHE, ROLE_WORDS, common_share

# A figure in digits: "3,000", "45%", "£250,000", "12th", and money with its magnitude ("£20K", "£1.5m", "£2bn").
_DIGITS = re.compile(r"(?<![\w.])£\d[\d,]*(?:\.\d+)?(?:[kKmM]|bn)?(?![\w])|(?<![\w.])£?\d[\d,]*(?:\.\d+)?%?(?![\w])"
                     r"|\b\d+(?:st|nd|rd|th)\b")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
# A number that labels rather than counts: an agenda item's or a paragraph's opening a line ("19 Review of ..."), or
# one after the word for what it numbers ("Minute 53", "ref: 1318", "Appendix 2", "Section 20"); a financial year.
_REFERENCE = re.compile(
    r"\bpages?\s*\d+\s*[-–]\s*\d+|"  # a page range first ("(Pages 73 - 86)"): "Pages 73" alone would leave the 86
    rf"^\s*\d{{1,3}}(?:\.\d+)*\.?\s+(?=(?-i:[A-Z]))|\b(?:{alternation(ROLE_WORDS['references']['words'])})\.?:?\s*\d[\w./-]*"
    r"|\b(?:19|20)\d\d\s*/\s*\d\d(?:\d\d)?\b"  # and a financial year ("2023/24")
    # ... a file's size ("PDF 121 KB"), a telephone number, a reference code ("E/18/48", "23/05927/FUL")
    r"|\b\d+(?:\.\d+)?\s*(?:KB|MB|kb|mb|Kb)\b|\b0\d{3,4}\s?\d{3}\s?\d{3,4}\b|\b\w+(?:/\w+){2,}\b",
    re.IGNORECASE | re.MULTILINE,
)
_NUMBER_WORDS = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|"
    r"thousand|million|dozen|per\s*cent|percent|one\s+(?:year|month|week|day|hour)s?)\b",  # counts, not ordinals
    # ("the third visit" is no figure); "one" only of a period ("extended for one year"), not "one of the members"
    re.IGNORECASE,
)
# A day of a month with no year, as minutes give the next meeting ("on Wednesday 22nd February", "on 11thMarch",
# a flattened PDF's glued ordinal): a day, stated in full for a meeting of the year the paper is of.
_DAY_MONTH = rf"(?<!\d)\d{{1,2}}(?:\s?(?:st|nd|rd|th))?\s*(?:of\s+)?(?-i:{MONTH}|{MONTH.upper()})(?![a-z])"
# A date, a day of a month, a month and year, or a year: when, not how many.
DATE_MENTION = re.compile(
    rf"{DATE.pattern}|{_DAY_MONTH}|\b{MONTH}\s+(?:19|20)\d\d\b|\b(?:19|20)\d\d\b", re.IGNORECASE
)
_DAY = re.compile(_DAY_MONTH, re.IGNORECASE)
_VAGUE_DATE = re.compile(
    rf"\b{MONTH}\b|\b(?:next|last|this|the\s+end\s+of\s+the)\s+(?:week|month|year|quarter|spring|summer|autumn|winter)\b"
    r"|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
)
_DECISION = re.compile(
    # a line labelled with its outcome, as action-minute tables and decision sheets set it ("Decision: Letter to be
    # written to ...", "Outcome: Approved")
    r"^\W*(?:decisions?|outcomes?)\s*[:–—-]\s*\S|"
    r"\b(?:resolved|decided|agreed|recommended|approved|endorsed|resolution|committed|promised|undertook|"
    # in the present, as decision notices and resolutions write them ("Cabinet agrees to ...", "RESOLVES that ...")
    r"resolves|decides|agrees|recommends|approves|endorses|"
    # the minutes of a meeting taken as its record ("confirmed as a correct record", "signed as a true record")
    r"(?:confirmed|signed)\s+as\s+(?:an?\s+)?(?:correct|true|accurate)\b|"
    # the outcomes minutes record a motion or an application with (a motion "carried", a licence "granted")
    r"accepted|adopted|carried|deferred|refused|granted|rejected|ratified|authori[sz]ed|delegated)\b|"
    r"\b(?:be|would|will)\s+(?:noted|brought|approved|circulated|provided|presented|submitted|reported|"
    r"provide|circulate|bring|present|submit|report)\b",
    re.IGNORECASE,
)
# Titles before a person's name, civic ones included: Scottish councils' Provost and Bailie, Northern Ireland's and the
# City of London's Alderman (Local Government Act (Northern Ireland) 2014 s.21; Local Government (Scotland) Act 1994).
# Police ranks, as community councils' minutes name the officers who report to them ("Sgt Ball", "Inspector Wilson",
# "PCSO Walker"; the ranks of the Police Regulations 2003, reg. 4, and of the Police Service of Scotland).
_HONORIFICS = ("Cllr Councillor Mr Mrs Ms Miss Mx Dr Professor Prof Sir Dame Lord Lady Baroness Provost Bailie Alderman "
               "Rev Reverend Sgt Sergeant PCSO Insp Inspector Supt Superintendent Constable").split()
# "PC" is a police constable before a name ("PC Arthur") and a parish council before its business ("PC Minutes"):
# a name only when the word after it is no common word of council papers.
_PC_NAME = re.compile(r"\bPC\s+([A-Z][a-z'’-]+)")
# As written or in capitals: a paper in capitals names "CLLR. MARIE-THERESE ROSSI" too.
# The name's first letter may carry an accent, as Irish and Welsh names do ("Councillor Ó hOisín", "Cllr Ŵyn Jones").
_HONORIFIC_NAME = re.compile(
    rf"\b(?:{'|'.join(h for w in _HONORIFICS for h in (w, w.upper()))})\.?\s+[A-ZÀ-ÖØ-ÞŴŶ]")
_NAME_PAIR = re.compile(r"(?<=[a-z,;:(] )[A-Z][a-z]+(?:\s+[A-Z][a-z'’-]+)+")
# Initials and a surname, as attendance lists and signatures give names: "P R Lewis", "R.G. Watts", "J W Parry".
_INITIALS_NAME = re.compile(
    r"(?<![\w.])(?:[A-Z]\.\s?|[A-Z]\s){1,3}([A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?|[A-Z]{2,}(?:-[A-Z]{2,})?)\b"
)  # ... or in capitals, as a signature: "H. W. T. MOORE"
# An office as a label before a name: "Lead inspector: Jane Smith", "Clerk: Gavin Mitchell", "MINUTE TAKER: Rhea Kay".
_OFFICE_LABEL = re.compile(
    r"\b(?:chair|chairman|chairwoman|chairperson|director|inspector|officer|leader|mayor|clerk|treasurer|secretary|"
    r"executive|manager|solicitor|provost|convener|commissioner|taker)\s*:\s*[A-Z][A-Za-z'’-]+\s+[A-Z][A-Za-z'’-]+",
    re.IGNORECASE)
_ROLE = re.compile(r"\b(?:chair|chairman|director|inspector|cabinet member|lead member|officer|leader|mayor)\b", re.IGNORECASE)
# Capitalised words that do not name a person.
_NOT_NAMES = frozenset(
    """Committee Sub-Committee Council County Borough Service Services Children Children's Board Panel Ofsted
    Cabinet Scrutiny Members Member Officers Chair Director Improvement Plan Local Authority Safeguarding
    Partnership Social Care Team Teams Assessment Section Corporate Parenting Young People London The""".split()
)


# Chosen by `evals/detector_grid.py` on the tuning sets (evals/reports/detector_grid.json): how far a count in words
# ("six years") states a figure, and the share of council papers' passages from which a capitalised word is a word of
# their own business ("Full Council", "Monitoring Officer") rather than a name; and (detector_grid_name_pair.json)
# how surely capitalised words alone, without an honorific or initials, name a person.
COUNT_IN_WORDS = 0.9
COMMON_SHARE = 0.02
NAME_PAIR = 0.85


@lru_cache(maxsize=FACT_CACHE)
def has_number(text: str) -> float:
    """1 when the text states a figure in digits (not a year or a date), 0.9 for a count in words ("six years"), else
    0: a count in words is a figure, if a less exact one than digits."""
    undated = DATE_MENTION.sub(" ", _REFERENCE.sub(" ", text))
    digits = [d for d in _DIGITS.findall(undated) if not _YEAR.match(d)]
    if digits:
        return 1.0
    return COUNT_IN_WORDS if _NUMBER_WORDS.search(undated) else 0.0


# A sum of money or a share: "£250,000", "£1.5m", "250 pounds", "45p", "2.99%", "4 per cent", "£3 million".
_MONEY = re.compile(
    r"£\s?\d|\b\d[\d,]*(?:\.\d+)?\s*(?:pounds?|pence|p|%|per\s*cent|percent|m|bn|k|million|billion)(?![\w])|%",
    re.IGNORECASE,
)


@lru_cache(maxsize=FACT_CACHE)
def has_money(text: str) -> float:
    """1 when the text states a sum of money or a percentage, 0.4 for another figure (a table's cell in £000), else 0."""
    if _MONEY.search(_REFERENCE.sub(" ", text)):
        return 1.0
    return 0.4 if has_number(text) >= 1.0 else 0.0


@lru_cache(maxsize=FACT_CACHE)
def has_name(text: str) -> float:
    """1 when the text names a person (an honorific, or capitalised words mid-sentence), 0.4 for a role."""
    if _titled_or_initialled(text):
        return 1.0
    for m in _NAME_PAIR.finditer(text):
        if not all(w in _NOT_NAMES or _common_word(w) for w in m.group().split()):
            return 1.0
    return 0.4 if _ROLE.search(text) else 0.0


@lru_cache(maxsize=FACT_CACHE)
def names_person(text: str) -> float:
    """How surely the text names a person: 1 for an honorific or initials and a surname ("Cllr Reid", "P R Lewis") or
    an office as a label before capitalised words ("Lead inspector: Jane Smith"), NAME_PAIR for capitalised words alone
    ("Lake District Local Access Forum" reads as a name too), else 0."""
    if _titled_or_initialled(text) or _OFFICE_LABEL.search(text):
        return 1.0
    return NAME_PAIR if has_name(text) >= 1.0 else 0.0


def _titled_or_initialled(text: str) -> bool:
    """Whether the text names a person by an honorific or by initials and a surname ("Cllr Reid", "P R Lewis", "PC
    Arthur")."""
    return bool(_HONORIFIC_NAME.search(text)) or any(
        m.group(1) not in _NOT_NAMES and not re.match(r"[AI]\s", m.group())  # "A Meeting", "I Report"
        for m in _INITIALS_NAME.finditer(text)) or any(
        not _common_word(m.group(1)) for m in _PC_NAME.finditer(text))


def _common_word(word: str) -> bool:
    """Whether a capitalised word is one council papers use often in their own business ("Full Council", "Monitoring
    Officer", "Chief Executive"), by the passage shares of `evals/rarity.py`; given names and surnames are rarer."""
    return common_share(word) >= COMMON_SHARE


@lru_cache(maxsize=FACT_CACHE)
def has_date(text: str) -> float:
    """1 when the text states a full date or a day of a month, 0.6 for a month and year or a year, 0.5 for a month or
    a relative time."""
    if DATE.search(text) or _DAY.search(text):
        return 1.0
    if DATE_MENTION.search(text):
        return 0.6
    return 0.5 if _VAGUE_DATE.search(text) else 0.0


_CLOCK = re.compile(
    r"\b\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)(?!\w)|\b\d{1,2}:\d{2}\b|\b\d{4}\s*hrs\b|\b(?:noon|midday)\b",
    re.IGNORECASE,
)


def has_time(text: str) -> float:
    """1 when the text states a time of day ("6.45pm", "10:00", "noon"), else 0."""
    return 1.0 if _CLOCK.search(text) else 0.0


_PLACES = ROLE_WORDS["places"]
_PLACE_LABEL = re.compile(rf"\b(?:{alternation(_PLACES['labels'])})\s*:|\bheld\s+(?:at|in)\s+(?:the\s+)?[A-Z]")
# A capitalised name ending in a building's or street's head noun ("Council Chamber", "Beecroft Road"), or a postcode.
_BUILDING = re.compile(
    rf"\b[A-Z][\w'’&-]*\s+(?:[A-Z][\w'’&-]*\s+)*(?=[A-Z])(?i:{alternation(_PLACES['buildings'])})\b"
)
_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")
_REMOTE = re.compile(rf"\b(?:{alternation(_PLACES['remote'])})\b", re.IGNORECASE)


@lru_cache(maxsize=FACT_CACHE)
def has_place(text: str) -> float:
    """1 when the text states where something was held (a venue label, a building's or street's name, a postcode),
    0.5 for a meeting held remotely, else 0."""
    if _PLACE_LABEL.search(text) or _POSTCODE.search(text):
        return 1.0
    if _BUILDING.search(text):
        return 1.0
    return 0.5 if _REMOTE.search(text) else 0.0


_FREQUENCY = re.compile(
    rf"\b(?:{alternation(ROLE_WORDS['frequencies']['words'])})\b|\b(?:every|each|per)\s+(?:\w+\s+)?"
    rf"(?:{alternation(ROLE_WORDS['frequencies']['periods'])})\b",
    re.IGNORECASE,
)


def has_frequency(text: str) -> float:
    """1 when the text says how often ("monthly", "twice a year", "every six months", "on a quarterly basis", "the
    frequency of meetings should be six"), else 0."""
    if _FREQUENCY.search(text):
        return 1.0
    return 1.0 if re.search(r"\bfrequen", text, re.IGNORECASE) and has_number(text) > 0 else 0.0


def has_decision(text: str) -> float:
    """1 when the text records a decision or an undertaking ("RESOLVED", "agreed to", "be brought to"), else 0."""
    return 1.0 if _DECISION.search(text) else 0.0


# How far a text states each kind of fact, 0 to 1.
DETECTORS = {"number": has_number, "money": has_money, "name": has_name, "date": has_date, "decision": has_decision,
             "time": has_time, "place": has_place, "frequency": has_frequency}
