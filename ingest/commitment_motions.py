"""Motions moved and put to the vote -> the resolution each carried motion makes.

Minutes of councils often record a decision as a motion: "The Chairman MOVED and it was duly SECONDED that the
minutes … be signed as a correct record." then "The Motion was put to the vote and declared CARRIED.", or "It was
moved by Councillor A and seconded by Councillor B that," with the motion's words quoted in the next paragraph. The
motion's words are the resolution once it is carried; a motion lost, defeated or withdrawn commits nobody.
"""
from __future__ import annotations

import re

from ingest.commitment_mood import subjunctive
from ingest.commitment_phrases import BODY_TYPE, PERSON, WORDS, alternation
from ingest.commitment_votes import undotted

_V = WORDS["moved"]
# "… MOVED and it was duly SECONDED that the minutes be signed …", "It was moved by Cllr A and seconded by Cllr B that,"
_MOVED = re.compile(
    rf"\b(?:{alternation(_V['moved'])})\b[^.;“\"]{{0,120}}?\b(?:{alternation(_V['seconded'])})\b[^.;“\"]{{0,80}}?"
    r"\b(?:that|THAT)\b[\s,:–-]*(?P<clause>.*)$"
)
_OUTCOME = re.compile(
    rf"\b(?:{alternation(_V['subjects'])})\b[^.;]{{0,80}}?\b(?:was|were|being)\b[^.;]{{0,100}}?"
    rf"\b(?:(?P<lost>{alternation(_V['lost'])})|(?P<carried>{alternation(_V['carried'])}))\b"
)
_QUOTES = "“”\"'‘’ "
# "Proposed by Councillor A, Seconded by Councillor B," alone: the motion's words are the next paragraph.
_MOVED_ONLY = re.compile(
    rf"^(?:It\s+was\s+)?(?:{alternation(_V['moved'])})\s+by\s+[^.;]{{1,80}}?[,;]?\s+(?:{alternation(_V['seconded'])})\s+by\s+"
    r"[^.;]{1,80}?[,;:]?\s*$"
)
# "The Mayor also proposed that Procedure Rule 16.6(b) be suspended …" then "The Council agreed unanimously.": a
# proposal put from the chair, no seconder named, its words a resolution once the body agrees (unseen7 tuning set).
# Also after a phrase saying why ("As the item had not been decided at the meeting Cllr Pullen proposed that the
# Standing Orders … be amended …" then "This was passed unanimously", a parish's minutes, register_unseen10).
_PROPOSED_THAT = re.compile(
    rf"^[“\"‘']?(?:(?:As|Since|Because|Following|After)\b[^.;:]{{1,100}}?\s)?(?:The\s+(?:{alternation(WORDS['officers']['chairs'])}|Mayor|Leader)|{PERSON})\s+(?:also\s+)?"
    r"(?:proposed|moved)\s+that\s+(?P<clause>[^;]*\bbe\s+[a-z]+(?:ed|en)\b.*)$"
)
_VOTED = re.compile(r"\b(?:and\s+)?(?:unanimously\s+)?(?:agreed|AGREED|resolved|RESOLVED|carried|CARRIED)\b")
_MOTION_WORDS = re.compile(r"^[“\"‘']?(?:That|THAT|This\s+Council|The\s+Council|Council)\b")


def motion_words(text: str) -> bool:
    """Whether a paragraph reads as a motion's words ("“That the motion be rejected.”", "That the Committee approves
    …", "This Council …"), as they follow "Proposed by A, Seconded by B,"."""
    return bool(_MOTION_WORDS.match(text))


def moved_clause(sentence: str) -> str | None:
    """The words of a motion a sentence records as moved and seconded ("" when they follow in the next paragraph),
    or None when it records no such motion. A sentence that also records the vote ("seconded and agreed that …") is
    an agreement, read elsewhere."""
    if _MOVED_ONLY.search(sentence) and not _VOTED.search(sentence):  # "… seconded by B and resolved that …": agreed
        return ""
    # "It was proposed by Cllr. Cox and seconded by Cllr. Hawkes that …": a title's stop ends no clause of the motion.
    dotted = "." in sentence[:-1] and ("econded" in sentence or "ECONDED" in sentence)  # cheap test first
    moved = _MOVED.search(undotted(sentence) if dotted else sentence)
    m = moved or (
        _PROPOSED_THAT.match(sentence.strip())
        if ("proposed that" in sentence or "moved that" in sentence) and "econded" not in sentence
        and not _VOTED.search(sentence) else None
    )  # "proposed that …; this was seconded … and carried": the vote told in the same sentence, read elsewhere
    if m is None or re.search(r"\b(?:and|then)\s+(?:unanimously\s+)?(?:agreed|AGREED|resolved|RESOLVED|carried|CARRIED)\s+that\b",
                              sentence[: m.end()]):
        return None
    return unquoted(sentence[m.start("clause"):m.end("clause")] if moved else m.group("clause"))


# The vote alone after a motion moved and seconded: "All in favour.", "Carried unanimously.", "Agreed." (town and
# parish council minutes, NALC model minutes); who voted, and what was then done with what they approved ("It was
# proposed by Cllr Cox and seconded by Cllr Hawkes that these were accepted. All Cllrs voted in favour and they were
# signed by the Vice Chairman.", a parish's minutes, register_unseen10).
_BARE_VOTE = re.compile(
    r"^(?:All\s+(?:(?:Cllrs|Councillors|Members|members)\s+)?(?:voted\s+)?in\s+favou?r"
    r"(?:\s+and\s+(?:they|it|these|the\s+minutes)\s+(?:were|was)\s+[a-z]+ed\b[^.]*)?|(?:Motion\s+)?[Cc]arried(?:\s+unanimously|\s+nem\.?\s*con\.?)?|CARRIED|Unanimously\s+(?:agreed|carried)"
    r"|Agreed(?:\s+unanimously|\s+by\s+all)?|AGREED"
    rf"|(?:The\s+)?(?:{BODY_TYPE}|Members)\s+(?:agreed|AGREED)(?:\s+unanimously|\s+nem\.?\s*con\.?)?)\s*\.?$"
)  # "The Council agreed unanimously." after a proposal


def outcome(sentence: str) -> bool | None:
    """Whether a sentence records a motion put to the vote as carried (True) or lost (False); None if neither."""
    if _BARE_VOTE.match(sentence.strip()):
        return True
    m = _OUTCOME.search(sentence)
    if m is None:
        return None
    return m.group("carried") is not None


def unquoted(text: str) -> str:
    """A motion's words without the quotation marks around them."""
    return text.strip().strip(_QUOTES).strip()


# "moved", "proposed" as verbs: not "the proposed use" (an adjective).
_PROCEEDINGS = re.compile(
    rf"(?<!\bthe\s)(?<!\ba\s)(?<!\bthis\s)(?<!\bany\s)\b(?:{alternation(_V['moved'])}|{alternation(_V['seconded'])})\b"
    r"|\bput\s+to\s+(?:the|a)\s+(?:recorded\s+)?vote\b"
    r"|\b(?:recorded\s+vote|[Ff]ollowing\s+(?:the\s+)?debate)\b"
)


def proceedings(text: str) -> bool:
    """Whether a line under "Decision:" only tells how the motion was handled ("The Mayor moved the budget proposals.
    Councillor A seconded them.", "… were put to a recorded vote and were agreed."), the decision itself following."""
    return bool(_PROCEEDINGS.search(text)) and not subjunctive(text) and moved_clause(text) is None
