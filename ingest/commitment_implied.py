"""A paragraph -> whether it states a resolution without "RESOLVED" before it.

Pages lose their labels ("RESOLVED –" dropped by the store, a numbered minute with no lead-in) and minutes record
some resolutions in narrative: "(1) the report be noted", "(2) that a further meeting is held", "That the Assessment be
approved", "The minutes … were confirmed as a correct record", "Councillor A was elected Chair".
"""
from __future__ import annotations

import re

from ingest import commitment_phrases as phrase
from ingest.commitment_lists import ITEM, asks_that
from ingest.commitment_mood import subjunctive
from ingest.commitment_motions import moved_clause
from ingest.records import Block

_MIN_WORDS = 3
# "The minutes of the meeting held on … were confirmed as a correct record": the meeting agreed them. Not "were
# signed by the Chair" alone, which records the chair's act (evals/register_gold.md conventions).
_AGREED = phrase.alternation(phrase.WORDS["minutes_labels"]["agreed"])
_PASSIVE_AGREED = (  # "were read, approved …", "were signed and agreed as a correct record" (a city council's minutes)
    # "were moved by the Lord Mayor, taken as read, approved and signed as correct", "were taken as read, confirmed, and
    # signed" (two city and borough councils' ModernGov minutes, register_unseen10 and the unseen5 question set): how
    # the minutes were put, before the approval.
    r"(?:were|was|(?<!\bto\s)be)\s+(?:(?:duly|unanimously|read|received|considered|reviewed|signed|taken\s+as\s+read"
    rf"|moved\s+by\s+(?:the\s+)?[A-Z][^,.;]{{0,40}}),?\s+(?:and\s+)?)*(?:{_AGREED})\b"
)
_MINUTES_APPROVED = re.compile(
    # "The minutes … were read, approved and signed"; a parish clerk's "Minutes of Meeting on 4th October were approved
    # and signed", without "The".
    # "The notes of the meeting held on 18 January were approved as minutes" (a parish clerk's draft minutes).
    rf"^(?:The\s+(?:public\s+|draft\s+|open\s+|exempt\s+|confidential\s+)?(?:[Mm]inutes?|notes\s+of\s+the\s+(?:last\s+|previous\s+)?meeting)"
    # "THE MINUTES of the previous meeting were read, approved and signed." (a parish's minutes, register_unseen12)
    rf"|THE\s+MINUTES?|(?:Minutes|MINUTES)(?!\s*:))\b[^.]{{0,160}}?\b"
    rf"{_PASSIVE_AGREED}"
    # "The minutes … were amended at page 2 … and with those amendments the minutes were approved."
    rf"|^(?:The\s+[Mm]inutes?\b[^.]*\b[Ww]ith|With|Subject\s+to)\s+(?:those|these|that|this|the)\s+amendments?,?\s+the\s+"
    rf"minutes\b[^.;]{{0,40}}?\s(?:were|was)\s+(?:{_AGREED})\b"
    # "The Leader was authorised to sign the minutes of the meetings held on …": the meeting agreed them.
    rf"|^(?:{phrase.OFFICER}|{phrase.PERSON}|The\s+[A-Z][\w-]*)\s+was\s+(?:duly\s+)?authori[sz]ed\s+to\s+sign\s+the\s+minutes\b"
    # "The Council approved and signed the Minutes of the Ordinary Council Meeting … as a true record." (a parish's
    # minutes, register_unseen11)
    rf"|^(?:The\s+)?(?:[A-Z][\w-]*\s+){{0,4}}(?:{phrase.BODY_TYPE})\s+(?:{phrase.alternation(phrase.WORDS['minutes_labels']['agreed'])})"
    r"(?:\s+(?:and|&)\s+signed)?\s+the\s+(?:\w+\s+)?[Mm]inutes\b[^.]{0,120}?\bas\s+an?\s+(?:true|correct|accurate)\b"
    # "The Lead Member approved as a correct record the minutes of the meeting held on …"
    rf"|^(?:{phrase.BODY}|{phrase.OFFICER})\s+(?:{phrase.alternation(phrase.WORDS['minutes_labels']['agreed'])})\s+as\s+an?\s+"
    r"(?:true|correct|accurate)\s+record\s+the\s+(?:\w+\s+)?minutes\b"
)
# "Councillor J.W. Thomas was elected Chairman for the duration of the hearing": the meeting chose its chair.
_CHAIR_ELECTED = re.compile(
    # "Councillor Andrew Morgan was nominated, seconded and elected as Chair for the coming year."; after the item's
    # title and a dash, "15/22 Election of Vice-Chairman for the ensuing Year – Cllr. Bruce Allwright was elected Vice
    # Chairman." (a parish's minutes, register_unseen11; the dash title of round 16's minutes approvals)
    rf"^(?:[^.–—]{{3,80}}?\s[–—-]\s+)?(?:{phrase.PERSON}|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){{0,3}})\s+was\s+"
    r"(?:(?:duly|unanimously|nominated|proposed|seconded),?\s+(?:and\s+)?)*"
    rf"(?:elected|appointed)\s+(?:as\s+)?(?:the\s+)?(?:{phrase.alternation(phrase.WORDS['officers']['chairs'])})\b"
)
# "Mr Smith was co-opted onto the Council": a parish council fills a casual vacancy by co-option (Local Government Act
# 1972 s.21; "Council resolved to co-opt Mr Barber", parish minutes in the unseen6 tuning set).
_CO_OPTED = re.compile(
    rf"^(?:{phrase.PERSON}|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){{0,3}})\s+was\s+(?:(?:duly|unanimously)\s+)?co-?opted\b"
)
# "There were no other nominations and Councillor Greene took the role of Chairman": the outcome of an election.
_NOMINATED = re.compile(
    rf"\bnominations?\b[^.]{{0,80}}?\b(?:{phrase.PERSON})\s+(?:took\s+(?:up\s+)?the\s+role\s+of|became)\s+(?:the\s+)?"
    rf"(?:{phrase.alternation(phrase.WORDS['officers']['chairs'])})\b"
)
# "3. Minutes The Chairman shall propose that the minutes … be signed as a true record": an agenda's motion to come.
_TO_PROPOSE = re.compile(r"\b(?:shall|will|to|may|would)\s+(?:propose|move|PROPOSE|MOVE)\s+(?:[^.]{0,60}?\s)?that\b")
# A bare outcome alone on its line under an item: "NOTED", "Agreed." (a London borough's and a national park's minutes).
# "Agreed as recommended.", "Approved unanimously." (decision fields of ModernGov issue pages).
BARE_OUTCOME = re.compile(
    r"^(?:NOTED|Noted|AGREED|Agreed|APPROVED|Approved)(?:\s+(?:as\s+recommended|unanimously|as\s+set\s+out\s+in\s+the\s+report))?\.?$"
)
# "6. Confirmation of the minutes of the meeting on 6th August 2019 – Agreed": an agenda line with its outcome after a
# dash (town and parish council minutes that keep the agenda's wording). A line of one sentence only: a paragraph of
# narrative ending "– Agreed" is read sentence by sentence.
_DASH_OUTCOME = re.compile(r"^[^.]{8,}?\s[–—-]\s+(?:agreed|Agreed|AGREED|approved|Approved|APPROVED|resolved|RESOLVED|carried|CARRIED)\.?$")
_OUTCOME_WORDS = ("agreed", "approved", "resolved", "carried")  # a cheap test of a line's end before _DASH_OUTCOME
# "7. AGAR- signed and agreed to be advertised …", "8. Payments … £528-agreed …", "6. Accounts- accounts for 2020/21
# signed off": a parish clerk's terse numbered line, its outcome straight after a dash or "signed off" ending it
# (unseen7 tuning set); "- signed off previously" records a past act.
_DASH_LEADS = re.compile(
    r"^[A-Z][^.]*?[–—-]\s*(?:signed\s+and\s+)?(?:agreed|approved|resolved|carried|adopted)\b(?!\s+previously)"
    r"|^[A-Z][^.–—-]{1,60}?\s?[–—-]\s*[^.]*\bsigned\s+off\.?$"
)
# "- Agreed expenditure on new playground equipment,": a summary's bullet of what the meeting decided.
_DECIDED_BULLET = re.compile(r"^(?:Agreed|Approved|Resolved|Adopted|Endorsed|Accepted)\s+(?!that\b|to\b|with\b)[a-z]")
# "Minutes of the meeting held on 3 May – approved and signed.", "Minutes of the last meeting: agreed.": the minutes'
# title, a dash or colon, then their outcome, numbered or not (the terse line of _DASH_LEADS, whose title is the minutes).
_MINUTES_THEN_OUTCOME = re.compile(
    r"^(?:[A-Za-z]+\s+){0,4}?(?:[Mm]inutes|MINUTES)\b[^.:–—]{0,100}?\s?[–—:-]\s*"
    r"(?:(?:duly|unanimously)\s+)?(?:agreed|approved|confirmed|accepted|adopted|signed\s+and\s+agreed|read\s+and\s+(?:agreed|approved))\b"
    r"(?!\s+(?:previously|at|by\s+(?:the\s+)?(?:Cabinet|Committee|Executive)))", re.IGNORECASE
)
_MINUTES_SIGNED_ONLY = re.compile(r"\b(?:were|was)\s+signed\b(?![^.]*\b(?:approved|confirmed|agreed)\b)")
# Under an item titled with the minutes ("66/20 Minutes of the meetings held on 6 January" or the title run into the
# same paragraph): "These were agreed and confirmed and signed by the Chairman.", "Were agreed as a true record", and
# a title with its outcome after it, "MINUTES OF THE LAST MEETING HELD 30th January 2014 Approved and signed." (town and
# parish council minutes, whose clerks write the outcome under or after the agenda's title).
MINUTES_TITLE = re.compile(r"^(?:\S*\d\S*\s+)?(?:[A-Za-z]+\s+){0,4}?(?:[Mm]inutes|MINUTES)\b[^.]{0,120}$")
_TITLE_THEN = re.compile(
    r"^(?P<title>(?:\S*\d\S*\s+)?(?:[A-Za-z]+\s+){0,4}?(?:[Mm]inutes|MINUTES)\b[^.]{0,120}?\s)?"
    rf"(?:(?:These|They|these|they)\s+(?:had\s+been\s+(?:circulated|read|received)\s+and\s+)?{_PASSIVE_AGREED}|(?:Were|Was)\s+(?:(?:duly|unanimously),?\s+)?(?:{_AGREED})\b"
    r"|(?:Approved|Agreed|Confirmed|APPROVED|AGREED|CONFIRMED)(?:\s+(?:and|&)\s+signed)?\.?$)"
)
_TITLE_APPROVED = re.compile(
    r"^(?:\S*\d\S*\s+)?(?:[A-Za-z]+\s+){0,4}?(?:[Mm]inutes|MINUTES)\b[^.]{0,120}?(?<!\bbe)(?<!\bto)\s"
    r"(?:Approved|Agreed|Confirmed|APPROVED|AGREED|CONFIRMED)(?:\s+(?:and|&)\s+signed)?\.?$"
)


# "2. Minutes of previous meeting The minutes of the previous meeting … were reviewed and signed off": a flattened
# page's item number and title before the sentence (a parish council's minutes, unseen6 tuning set).
_TITLED_MINUTES = re.compile(r"^(?:\d{1,3}\.\s+)?[^.]{0,60}?\s(?=The\s+[Mm]inutes\b)")
# The same with the item's title in the agenda's words and the minute after a dash or a full stop with no space
# ("15/20 To approve the Minutes of the previous meeting – Minutes of the meeting held on 5 May 2015 were approved …",
# "1. Approval of Minutes of Parish Council Meeting held on … were approved and signed …", "1234 Approval of Minutes of
# last meeting.Minutes were approved for proposal by JH …": three parishes' minutes, register_unseen11 tuning set;
# round 14's shape G, minutes approved otherwise): each place "Minutes" opens after a dash, a glued stop or
# "Approval of" is tried (not "… Standing Orders, the Minutes be adopted", a resolution's own words).
_MINUTES_AT = re.compile(r"(?:\s[–—-]\s+|(?<=[a-z])\.|(?<=\b[Aa]pproval\sof)\s)(?=(?:The\s+)?[Mm]inutes\b)")


# "… there being no questions arising the update was accepted as a true record.": any paper the meeting accepts as a
# true record (a parish council's transactions report, register_unseen8 tuning set), not one that "had been" accepted,
# nor one reported ("It was reported that …"; see as_a_record).
AS_A_RECORD = re.compile(
    r"\b(?:was|were)\s+(?:duly\s+|unanimously\s+)?(?:accepted|approved|agreed|confirmed|adopted)\s+as\s+(?:a\s+)?"
    r"(?:true|correct|accurate|full)\s+record\b(?!\s+(?:at|by)\b)"  # not "… at its meeting on 3 May", "… by the auditor"
)


def as_a_record(sentence: str) -> bool:
    """Whether a sentence records the meeting accepting a paper as a true record, not reporting that someone did."""
    m = AS_A_RECORD.search(sentence) if " record" in sentence else None
    return m is not None and not re.search(r"\bthat\b", sentence[: m.start()])


# An agenda's motion still to be put: "The Minutes of the Council To be moved by the Mayor and seconded by the Deputy
# Mayor: That the Minutes … be agreed as a correct record." (a borough council's agenda, register_unseen9 tuning set;
# "To be moved by Councillor A and seconded by Councillor B", register_unseen7): what is proposed, not decided.
_TO_BE_MOVED = re.compile(r"\b[Tt]o\s+be\s+(?:moved|proposed)\s+by\b[^.:]{0,120}:\s*(?:That|that)\b")


def to_be_moved(text: str) -> bool:
    """Whether a paragraph is an agenda's motion still to be put ("To be moved by the Mayor …: That the Minutes …")."""
    return " be " in text and _TO_BE_MOVED.search(text) is not None


def minutes_approved(sentence: str) -> bool:
    """Whether a sentence records the meeting agreeing minutes ("With these amendments the minutes were passed …"),
    also after a flattened page's item number and title ("2. Minutes of previous meeting The minutes … were …")."""
    body = without_heading(sentence.strip())
    titled = _TITLED_MINUTES.match(body)
    starts = [titled.end() if titled else 0, *(m.end() for m in _MINUTES_AT.finditer(body, 0, 80))]
    return any(_minutes_agreed(body[start:]) for start in starts)


def _minutes_agreed(body: str) -> bool:
    return bool(_MINUTES_APPROVED.search(body)) and not (
        _MINUTES_SIGNED_ONLY.search(body) and body[:5].lower() in ("the m", "minut")
    ) and not to_be_moved(body)


def minutes_titled(text: str, title: str | None) -> bool:
    """Whether a paragraph records the minutes agreed under their item's title: the title on the line before
    (`title`) or run into the paragraph, the outcome told with "These were …", "Were …" or a bare "Approved"."""
    if not ("inute" in text or "INUTE" in text or (title and ("inute" in title or "INUTE" in title))):
        return False  # cheap test first: no minutes named here or in the title above
    if _TITLE_APPROVED.match(text):
        return True
    m = _TITLE_THEN.match(text)
    if m is None or _MINUTES_SIGNED_ONLY.search(text):
        return False
    return m.group("title") is not None or (title is not None and bool(MINUTES_TITLE.match(title)))


# "… it is the decision of the Executive Director for Growth in consultation with the Lead Councillor … that the
# Council purchase 50,000 shares …": a delegated decision in the third person names its maker (ModernGov delegated
# decision reports, unseen7 tuning set).
_DECISION_OF = re.compile(
    rf"\b(?:it\s+is|it\s+was|is|was)\s+the\s+decision\s+of\s+(?P<maker>{phrase.OFFICER}|{phrase.BODY}|{phrase.PERSON})"
    r"(?:,?\s+(?:in\s+consultation|having\s+consulted)\s+with\s+[^.;]{1,160}?)?,?\s+that\s+"
)


# "In accordance with Section 100B(4)(b) …, the Mayor determined that an additional item … be considered as a matter
# of urgency", "… the Worshipful the Mayor of Torbay varied the order of business …", "The Provost ruled, and the
# Council agreed, that …": the chair's ruling on the meeting's business, the chair's own decision (borough and Scottish
# council minutes, register_unseen9 and unseen2; round 13's pooled shape F). Over every tuning set, the seeds and the
# unlabelled papers the form is in these three sentences only, all labelled; where the body agrees to the ruling in
# the sentence, the body's agreement is the record, as before.
_CHAIR_RULED = re.compile(
    rf"(?P<maker>\b(?:[Tt]he\s+)?(?:Worshipful\s+the\s+)?(?:{phrase.alternation([*phrase.WORDS['officers']['chairs'], 'Mayor'])})"
    r"(?:\s+of\s+[A-Z][\w-]+)?)\s+(?:determined|ruled|varied"
    # "The Chairman agreed to bring that item for consideration forward on the agenda." (a district's executive
    # minutes, register_unseen10): the order of business, as "varied the order of business …" is.
    # "… the Chair decided to bring forward item 12A to earlier in the meeting …" (a district council, register_unseen12).
    r"|(?:agreed|decided)\s+to\s+(?:bring|take|move)\b[^.;]{0,60}?\b(?:forward|earlier)\b[^.;]{0,40}?\b(?:agenda|meeting)"
    # "… the Chairman asked for items 20 and 21 to be brought forward." (a town council's management committee,
    # register_unseen11): the same ruling
    r"|asked\s+for\s+(?:agenda\s+)?items?\s+[^.;]{0,30}?\bto\s+be\s+(?:brought|taken|moved)\s+forward)\b"
    r"(?!,\s+and\s+(?:the\s+)?[A-Z][\w-]*\s+(?:agreed|resolved|AGREED|RESOLVED)\b)"  # "ruled, and the Council agreed,": theirs
)


def decided_by(sentence: str) -> str | None:
    """Who a delegated decision told in the third person says made it ("it is the decision of the Director of
    Finance that …"), or the chair whose ruling the sentence records ("the Mayor determined that …"), or None."""
    m = _DECISION_OF.search(sentence) if "decision of" in sentence else None
    if m is None and ("determined" in sentence or "ruled" in sentence or "varied" in sentence or "agenda" in sentence
                      or "forward" in sentence):
        ruled = _CHAIR_RULED.search(sentence)
        return " ".join(ruled.group("maker").split()) if ruled else None
    return " ".join(m.group("maker").split()) if m else None


# "The schedule of payments was approved.", "Payments totalling £1,234 were approved.": a local council approves its
# payments at the meeting (Accounts and Audit Regulations 2015; NALC model financial regulations: the council approves
# the schedule of payments), and the other money matters in local_finance.items. "had been approved" stays a past fact.
_MONEY_APPROVED = re.compile(
    # "The annual accounts for 2018/19 were agreed and are to be sent on …" (a parish's minutes, register_unseen12)
    r"^(?:[A-Z][^.:;]{0,40}:\s+)?(?:The\s+)?(?:following\s+|list\s+of\s+|schedule\s+of\s+|above\s+)?"
    r"(?:annual\s+|final\s+|year[- ]end\s+)?(?:[Pp]ayments?|[Aa]ccounts?(?:\s+for\s+payment)?|"
    rf"[Ii]nvoices?|[Ss]chedule\s+of\s+payments|[Pp]ayments?\s+schedule|(?i:{phrase.alternation(phrase.WORDS['local_finance']['items'])}))\b"
    r"(?:[^.;]|\.\d){0,80}?\s+(?:was|were)\s+(?:duly\s+|unanimously\s+|checked\s+and\s+)?"
    r"(?:approved|agreed|authorised|authorized|APPROVED|AGREED)\b"
    # "… were approved by Cabinet in March 2025": someone else's approval, or one dated before the meeting.
    rf"(?![^;]*?\b(?:(?<!signed\s)by\s+(?!(?:the\s+)?(?:Parish\s+|Town\s+|Community\s+)?Council\b|all\b)(?:the\s+)?[A-Z]|(?:in|on)\s+(?:\d|{phrase.MONTH})))"
)


def money_approved(sentence: str) -> bool:
    """Whether a sentence records a local council approving its payments or another money matter at the meeting
    ("The schedule of payments was approved.", "Current balances were checked and agreed.")."""
    return (" were " in sentence or " was " in sentence) and bool(_MONEY_APPROVED.match(sentence.strip()))


def chair_elected(sentence: str) -> bool:
    """Whether a sentence records the meeting choosing its chair ("Councillor A was elected Chair", "There were no
    other nominations and Councillor B took the role of Chairman")."""
    return bool(_CHAIR_ELECTED.search(sentence) or _NOMINATED.search(sentence) or _CO_OPTED.search(sentence))


# "3 MINUTES The minutes of the previous meeting … were confirmed": a PDF's item number and heading run on into the
# item's first sentence.
# "NOTES OF THE LAST MEETINGS - The minutes …" once the item's number is read off: two capitalised words or more.
_RUN_ON_HEADING = re.compile(
    r"^(?:\d{1,3}\.?\s+(?:[A-Z][A-Z&’',/-]+\s+){1,8}|(?:[A-Z][A-Z&’',/-]+\s+){2,8})(?:[-–—]\s+)?(?=[A-Z][a-z])"
)


# "41d/19 Approval of minutes of 7th May: The minutes were read, approved and signed …", a ModernGov row flattened into
# one line "To approve … held on 22 May 2012. Minutes: The Minutes of … were approved …": the item's label or its
# agenda text before the minute that records the approval.
_LABELLED = re.compile(
    r"^(?:[^:]{0,300}?\bMinutes\s*:|(?:\S*\d\S*\s+)?[A-Z][^.:]{2,80}:)\s+(?=The\s+(?:[\w-]+\s+)?[Mm]inutes\b)"
)


def without_heading(text: str) -> str:
    """A paragraph without the item number and capitalised heading a flattened PDF runs into it, or the label or
    agenda text before a minute that records the minutes approved."""
    text = _RUN_ON_HEADING.sub("", text, count=1)
    return _LABELLED.sub("", text, count=1) if "inute" in text else text


# A numbered "That …" part states something to be done ("That the recommendations … are approved.", "… the Plan … be
# ‘made’"), not a finding: a motion's recital in the present ("This Council recognises: - That meat and dairy production
# is a significant contributor …", "- That we have a duty …", an agenda's notice of motion, register_unseen11 tuning
# set) or a code of conduct's list ("that of your family or close friends", the unseen11 question set's papers).
_RECITAL = re.compile(r"^that\s+(?:of|we|they|it)\b|^that\s+[^,;:]*?\b(?:is|are|has|have)\s+(?!(?:been\s+)?(?:[a-z-]+(?:ed|en)|held|made|paid|set|put|kept|sold|met|laid|told)\b)", re.IGNORECASE)


def implied_resolution(text: str, block: Block, after_label: bool, title: str | None = None) -> bool:
    """Whether a paragraph is a resolution stated without "RESOLVED": a numbered "(1) the report be noted" or
    "(2) that a further meeting is held" part, a paragraph "That the Assessment be approved", "The minutes … were
    confirmed as a correct record" (or "These were agreed" under the minutes' title, the line before: `title`), or
    "To approve the minutes" straight after a "Minutes:" label."""
    if block.kind not in ("paragraph", "list_item") or to_be_moved(text):
        return False
    if BARE_OUTCOME.match(text.strip()):
        return True
    if text.rstrip(" .").lower().endswith(_OUTCOME_WORDS) and _DASH_OUTCOME.match(ITEM.sub("", text.strip(), count=1)):
        return True
    if ("-" in text or "–" in text or "—" in text) and ITEM.match(text) and _DASH_LEADS.match(ITEM.sub("", text.strip(), count=1)):
        return True
    if _MINUTES_THEN_OUTCOME.match(ITEM.sub("", text.strip(), count=1)):  # "Minutes of the last meeting: approved …"
        return True
    if block.kind == "list_item" and _DECIDED_BULLET.match(ITEM.sub("", text, count=1)):
        return True
    if len(text.split()) < _MIN_WORDS:
        return False
    body = without_heading(ITEM.sub("", text, count=1))
    if moved_clause(body) is not None or _TO_PROPOSE.search(body):  # a motion moved, or one to be moved at the meeting
        return False
    if ITEM.match(text) and (subjunctive(body) or (body[:5].lower() == "that " and not _RECITAL.match(body))) and not asks_that(body):
        return True
    if body.startswith("That ") and subjunctive(body):
        return True
    if (("inute" in body or "INUTE" in body) and minutes_approved(body)) or chair_elected(body) or minutes_titled(body, title):
        return True
    return after_label and bool(re.match(r"^To\s+(?:approve|note|agree|endorse|adopt|accept|defer|refer)\b", body))
