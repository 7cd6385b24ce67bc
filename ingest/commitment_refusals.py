"""A sentence of minutes -> whether it only looks like a commitment: a question, a forecast, a condition, a standing
rule or duty, something Government or an applicant will do, a past fact, the summons, the agenda's own business, the
meeting's arrangements (issue #12's false kinds and evals/register_gold.md's conventions; words in
commitment_phrases.toml [not_commitments]).
"""
from __future__ import annotations

import re

from ingest.commitment_phrases import BODY_TYPE, OFFICER, PERSON, WORDS, alternation

_N = WORDS["not_commitments"]

QUESTION = re.compile(
    rf"\b(?:{alternation(_N['question'])})\s+(?:\w+\s+){{0,3}}(?:{alternation(_N['question_words'])})\b|\?\s*$",
    re.IGNORECASE,
)
# Case kept: "may" forecasts, "May" is a month ("by the end of May"); a sentence's first word is read in lower case.
FORECAST = re.compile(rf"\b(?:{alternation(_N['forecast'])})\b")
CONDITION = re.compile(rf"^(?:\(?[a-z0-9]{{1,3}}[.)]\s+)?(?:{alternation(_N['conditions'])})\b", re.IGNORECASE)
CAPABILITY = re.compile(rf"\b(?:{alternation(_N['capability'])})\b", re.IGNORECASE)
_FUTURE = re.compile(r"\b(?:would|will|shall)\b")
DUTY = re.compile(rf"\b(?:{alternation(_N['duties'])})\b", re.IGNORECASE)
_OUTSIDE_NAME = alternation([*_N["outside"], *(f"The{e[3:]}" for e in _N["outside"] if e.startswith("the "))])
# "the Government had not yet …", "new guidance from the Department for Education would be published …": a clause
# whose subject is outside the council (its name, "for/of …" and what it holds aside).
OUTSIDE = re.compile(
    rf"^(?:[\w,’' -]{{0,80}}\s)?(?:{_OUTSIDE_NAME})(?:\s+(?:for|of)\s+[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*){{0,3}})?"
    r"\s+(?:(?:also|still|now|not|yet|then|already)\s+)*(?:has|have|had|was|were|is|are|would|will|did)\b"
    rf"|\bby\s+(?:{_OUTSIDE_NAME})\b"
)
PAST = re.compile(rf"\b(?:{alternation(_N['past'])})\b", re.IGNORECASE)
SUMMONS = re.compile(rf"\b(?:{alternation(_N['summons'])})\b", re.IGNORECASE)
BUSINESS = re.compile(rf"\b(?:{alternation(_N['meeting_business'])})\b", re.IGNORECASE)
ARRANGEMENT = re.compile(
    rf"^(?:(?:A|An|The)\s+)?(?:{alternation(_N['arrangements'])})\s+(?:will|would|is|are)\b"
    rf"|\b(?:{alternation(_N['on_request'])})\W*$",
    re.IGNORECASE,
)
# An agenda's notice of the meeting it is for: "A meeting of the Town Council will take place on Tuesday, 3 December
# 2019 in the Council Chamber …" (Local Government Act 1972 Sch 12 para 4(2): notice of the time and place of the
# intended meeting; a town council's agenda, unseen6 tuning set). Read only in an agenda: minutes that say "A meeting
# of the Group will be held on 12 July" record an arrangement made.
NOTICE = re.compile(r"^(?:A|An|The)\s+(?:[\w-]+\s+){0,2}?meeting\s+of\s+[^.]{3,100}?\s+will\s+(?:take\s+place|be\s+held)\b")
# "To receive any declarations of interest", "The Chair to welcome …": what an agenda item is for.
PURPOSE = re.compile(
    rf"^(?:\(?[a-z0-9]{{1,3}}[.)]\s+)?(?:(?:The\s+)?\w+\s+to\s+|To\s+)(?:{alternation(WORDS['agenda_purposes']['verbs'])})\b"
)


def framed_out(sentence: str) -> bool:
    """Whether a sentence is framed as something other than a commitment whatever its verbs: an agenda purpose, a
    condition, a capability, what an outside body does, the summons, the agenda's business, the meeting's arrangements."""
    s = sentence.strip()
    return bool(
        PURPOSE.match(sentence) or CONDITION.match(sentence) or CAPABILITY.search(sentence) or OUTSIDE.search(sentence)
        or SUMMONS.search(sentence) or BUSINESS.search(sentence) or ARRANGEMENT.search(s)
    )


def hedged(clause: str, promise_at: int | None) -> bool:
    """Whether a clause asks, forecasts or states a duty rather than promises; a forecast word inside what a promise
    before it covers ("she would look into what measures could be considered", `promise_at` its start) is no hedge."""
    if QUESTION.search(clause) or DUTY.search(clause):
        return True
    m = FORECAST.search(clause[:1].lower() + clause[1:])
    return m is not None and (promise_at is None or promise_at > m.start())


def past_only(sentence: str) -> bool:
    """Whether a sentence only states what has been done ("had been approved"), with nothing still to come."""
    return bool(PAST.search(sentence)) and not _FUTURE.search(sentence)


# Told aside, not promised (register_unseen9's blind false undertakings, evals/register_gold.md round 12): a modal
# inside an opening concession ("Whilst officers will advise on the Code …, the decision … is the responsibility of
# the Member"); a premise denied ("there was no resolution by Full Council requesting that a letter would be
# written"); a procedure rule's own text ("Standing Order (32(d)) requires a vote … to report back to a future
# meeting"; council procedure rules, as constitutions word them).
_CONCESSION = re.compile(r"^(?:Whilst|While|Although|Though)\b[^,;]*?\b(?:will|would|shall)\b[^,;]*,")
_NO_SUCH = re.compile(r"\bthere\s+(?:was|were|is|are|had\s+been|has\s+been)\s+no\s+[^.;]{0,80}?\bthat\b[^.;]*\b(?:will|would)\b")
_RULE_TEXT = re.compile(
    r"^(?:Council\s+)?(?:Standing\s+Orders?|Procedure\s+Rules?|Rules?\s+of\s+Procedure|The\s+Constitution)\b[^.]{0,30}?"
    r"\b(?:requires?|provides?|states?)\b"
)
# The new words of a rule or text being amended, quoted ("… proposed that the Standing Orders, para 10, be amended to
# read 'The Chairman will be appointed for a maximum of two years …'", a parish's minutes, register_unseen10): the
# modal is the quoted text's, not the speaker's.
# What the meeting was told someone outside it would do ("It was noted that the Town Council had been advised that a
# representative would be present.", a town council's minutes, register_unseen11): relayed news, the teller not the
# meeting's doer and the doer not at the meeting. No gold row over the tuning sets and seeds has the form.
_TOLD_THAT = re.compile(
    r"\b(?:been|was|were)\s+(?:advised|informed|told|notified)\s+that\b(?:(?!\b(?:but|that)\b)[^.;])*?\b(?:will|would)\b"
)  # the news's own clause: not "… but the Deputy Head reported that she would check …", a promise after it
_AMENDED_TO_READ = re.compile(r"^(?:(?!\b(?:will|would|shall)\b).)*?\b(?:amended|changed|altered|reworded)\s+to\s+read\b")


def aside(sentence: str) -> bool:
    """Whether a sentence's "will/would" is told aside rather than promised: inside an opening concession, after a
    denied premise ("there was no resolution … that …"), in a procedure rule's own text, in the new words of a
    text amended "to read …" or in news the meeting was told ("had been advised that a representative would …")."""
    s = sentence.strip()
    return bool(_CONCESSION.match(s) or _NO_SUCH.search(s) or _RULE_TEXT.match(s) or _AMENDED_TO_READ.search(s)
                or _TOLD_THAT.search(s))


_ATTENDANCE = re.compile(
    rf"^(?:{alternation(_N['attendance'])})\b|^(?:{PERSON})\s+[^.;]{{0,30}}\bfor\s+(?:{PERSON})"
    rf"|^(?:The\s+)?(?:{alternation(WORDS['officers']['chairs'])})\s+(?:informed|advised|reminded)\b"
)


# "The Chief Officer Legal, HR and Regulatory Services explained that Group Leaders were required …": under a
# "Decision:" label, an officer's account of the report, not the decision (ModernGov decision pages of a Welsh
# council's Standards Committee, unseen3 papers). Not "agreed" or "undertook", which may be what was decided.
_REPORTED = re.compile(
    rf"^(?:{PERSON}|{OFFICER})(?:\s+[A-Z][\w’'&-]*(?:,?\s+(?:(?:and|&)\s+)?[A-Z][\w’'&-]*)*)?(?:,\s+[^,.;]{{1,80}},)?\s+(?:also\s+)?"
    rf"(?:{alternation([v for v in WORDS['undertaking']['speech'] if v not in ('agreed', 'undertook')] + ['presented'])})\b"
)


# "The Committee welcomed the potential for increased tree cover … The impact on existing resources … was noted." then
# "It was resolved that the Council proceed …" under "Decision:" (a borough council's ModernGov decision page,
# register_unseen11): the meeting's view before its decision. No gold row over the tuning sets and seeds opens so.
_VIEW = re.compile(rf"^(?:The\s+)?(?:[A-Z][\w’'-]*\s+){{0,3}}?(?:{BODY_TYPE}|Members)\s+(?:also\s+)?(?:welcomed|commended|praised|applauded)\b")


def reported(text: str) -> bool:
    """Whether a line under "Decision:" only reports what an officer or member said or presented, or the meeting's
    view ("The Committee welcomed …")."""
    return bool(_REPORTED.match(text) or _VIEW.match(text))


def attendance(text: str) -> bool:
    """Whether a line records who attended, sent apologies or declared nothing, or the chair's notice of it."""
    return bool(_ATTENDANCE.match(text))
