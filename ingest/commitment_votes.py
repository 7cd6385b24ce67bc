"""A vote, a view or a to-do that one sentence of minutes tells in its own words: a proposal, its seconder and the vote
("Cllr A proposed …, Cllr B seconded, all in favour."), the meeting's view of what to do ("it was felt that it was
better not to …"), a parish clerk's passive to-do line ("Contractor to be advised that …").
"""
from __future__ import annotations

import re

from ingest.commitment_phrases import PERSON, WORDS, alternation

_VOTE = alternation(WORDS["resolved"]["vote"])  # "by majority vote", "unanimously"

# "After discussion it was felt that it was better not to replace the sign": the meeting's view of what to do (weak).
_CONSENSUS = re.compile(
    rf"\b[Ii]t\s+was\s+(?:{alternation(WORDS['consensus']['views'])})\b(?!\s+(?:by|at|in)\b)[^.;]*?"
    rf"\b(?:{alternation(WORDS['consensus']['judgements'])})\b"
)
# "Cllr A proposed the minutes be agreed, Cllr B seconded, all in favour.": a parish minute's motion and its vote in
# one sentence (NALC model minutes record the proposer, seconder and vote; unseen6 tuning set).
# "Cllr A proposed that the grant be awarded; this was seconded by Cllr B and carried unanimously." Also after a number
# or opening clause ("135.1 Cllr A proposed and Cllr B seconded all in favour of …", "Having been circulated, Cllr A
# proposed …; … seconded by Cllr B and unanimously agreed"; unseen7 tuning set).
_PROPOSED_VOTE = re.compile(
    rf"^(?:\d{{1,3}}(?:\.\d{{1,3}})*\.?\s+)?(?:[A-Z][^,.;]{{0,60}},\s+)?(?:{PERSON}|The\s+Chair(?:man)?)\s+proposed\s+"
    rf"(?!by\b)(?:[^,;.]{{3,}}?[,;][^.]{{0,80}}?\b(?:{_VOTE}|carried|CARRIED)"
    rf"|[^.]{{0,200}}?\bseconded\b[^.]{{0,80}}?(?<!\bnot\s)\b(?:{_VOTE}|carried|CARRIED|agreed|AGREED))\b"
)
# Any sentence that tells a proposal, its seconder and then the vote, in whatever order and wording ("It was proposed by
# A and seconded by B to accept the quotation; all agreed.", "Cllr A proposed accepting the quote, Cllr B seconded and
# all were in favour.", "The quote was accepted (proposed A, seconded B, unanimous)."): the one general form behind
# the 18 vote sentences the blind runs missed (evals/register_gold.md, blind misses by shape). Not "… but not agreed",
# not a count of votes ("6 in favour", which may lose), not a lead-in ending in ":".
_SECONDED_VOTE = re.compile(
    rf"\b(?:[Pp]roposed|[Mm]oved|[Pp]roposal|PROPOSED)\b[^.]{{0,200}}?\b(?:[Ss]econded|SECONDED)\b(?:[^.]|\.\s+(?=[A-Z])){{0,120}}?(?<!\bnot\s)"
    rf"\b(?:{_VOTE}|unanimous|[Aa]ll\s+(?:\w+\s+)?(?:were\s+)?in\s+favour|no\s+objections?|carried|CARRIED|agreed|AGREED|resolved|"
    r"RESOLVED|approved|APPROVED)\b(?![^.]*:\s*$)"
)
# A vote's own words, which say nothing of what was decided: "Proposed by Cllr A, seconded by Cllr B, all in favour."
# before "Resolved to buy a bench." is the vote for that resolution, not one of its own.
_VOTE_WORDS = {"proposed", "proposal", "seconded", "moved", "carried", "agreed", "resolved", "approved", "unanimous",
               "unanimously", "favour", "were", "with", "majority", "vote", "voted", "then", "duly", "also"}
_REFERS_BACK = re.compile(r"(?:[Tt]his|[Ii]t)\s+was\s+(?:\w+\s+)?(?:agreed|carried|approved|resolved)")


def _seconded_vote(sentence: str) -> bool:
    """Whether a sentence tells a proposal, its seconder and its vote carried, and what was decided (or "this was
    agreed" of the proposal before it)."""
    if not _SECONDED_VOTE.search(sentence):
        return False
    content = [w for w in re.findall(r"\b[a-z]{4,}\b", sentence) if w not in _VOTE_WORDS]
    return bool(content) or bool(_REFERS_BACK.search(sentence))


# "Cllr. Brine proposed Cllr. Davies as Chairman, seconded Cllr. Claxton and carried unanimously." (a parish council's
# minutes, register_unseen8 tuning set): a title's full stop ends no clause of the vote.
_TITLE_DOT = re.compile(rf"\b({alternation([p[:-1] for p in WORDS['officers']['persons'] if p.endswith('.')])})\.(?=\s)")


_INITIAL_DOT = re.compile(r"(?<=\s)([A-Z])\.(?=\s+[A-Z][a-z])")  # "Mr D. Berry" (a parish's minutes, register_unseen10)


def undotted(sentence: str) -> str:
    """A sentence with a title's or an initial's full stop read as a space ("Cllr. Cox", "Mr D. Berry"), its length
    kept so a match's offsets hold in the sentence as written."""
    return _INITIAL_DOT.sub(r"\1 ", _TITLE_DOT.sub(r"\1 ", sentence))


def proposed_vote(sentence: str) -> bool:
    """Whether a sentence records a proposal with its seconder or vote carried, and what was decided."""
    if "." in sentence[:-1]:  # "Cllr. Brine", "Mr D. Berry": a title's or an initial's stop ends no clause
        sentence = _INITIAL_DOT.sub(r"\1", _TITLE_DOT.sub(r"\1", sentence))
    if "proposed" in sentence and _PROPOSED_VOTE.match(sentence.strip()):
        return True
    return ("econded" in sentence or "ECONDED" in sentence) and _seconded_vote(sentence)  # cheap test first


def consensus(sentence: str) -> bool:
    """Whether a sentence tells the meeting's view of what to do ("it was felt that it was better not to …")."""
    cheap = "felt" in sentence or "consider" in sentence or "thought" in sentence or " view" in sentence
    return cheap and _CONSENSUS.search(sentence) is not None


# "Contractor to be advised that the area is to be left clear.": a parish clerk's to-do line, a short noun phrase and
# nothing finite before its passive infinitive, ending as a sentence (not a heading's "Items to be considered"). The
# wide form, any passive to-do, cost precision on every tuning set (evals/register_gold.md, round 7); this one names
# the thing to be done to first, as an action line names its doer (parish minutes, unseen6 tuning set). The thing may
# be named ("Fire and Ambulance Services to be contacted …") and the line may open with a connective ("Additionally, …",
# [connectives]); round 10, from the register_unseen8 tuning set: no other record moved on the tuning or unlabelled papers.
_PASSIVE_TO_DO = re.compile(
    rf"^(?:(?:{alternation(WORDS['connectives']['openers'])}),\s+)?"
    # not a schedule's adjective for the subject ("Due to be carried out 18th July – …", a parish's minutes on
    # highway works, register_unseen11: the works' date, nobody's to-do)
    r"(?:The\s+|A\s+|An\s+)?(?!(?:This|That|It|There|These|Those|Due|Set|Likely|About|Yet|Going)\b)[A-Z][a-z]+"
    r"(?:\s+(?!(?:was|were|is|are|has|have|had|will|would|been|being|due|set|likely|needs?|needed|seems?|seemed|"
    r"continues?|continued|appears?|appeared|going|yet)\b)(?:[a-z]+|[A-Z][a-z]+|&)){0,3}\s+to\s+be\s+(?!able\b)(?:[a-z]+(?:ed|en|t)|made|paid|held|told|sold|laid)\b[^.;:]*\.$"
)


def passive_to_do(sentence: str) -> bool:
    """Whether a sentence is a short passive to-do line ("Contractor to be advised that …")."""
    return " to be " in sentence and _PASSIVE_TO_DO.match(sentence.strip()) is not None


# "To be confirmed at the next meeting.", "To be discussed at the next meeting." (two parishes' minutes,
# register_unseen9 and _unseen10; round 13's pooled shape E, passive to-dos with no doer): a sentence of its own that
# puts the matter on a meeting to come, the council's own undertaking. Not an agenda's "To be circulated separately."
# nor "To be presented by …" (no meeting named).
_TO_NEXT_MEETING = re.compile(
    r"^To\s+be\s+[a-z]+(?:ed|en)\s+(?:further\s+)?(?:at|by)\s+the\s+(?:next|following|[A-Z][a-z]+)\s+(?:[A-Za-z]+\s+)?meeting\.?$"
)


def to_next_meeting(sentence: str) -> bool:
    """Whether a sentence alone puts its matter on a meeting to come ("To be discussed at the next meeting.")."""
    return sentence.startswith("To be ") and _TO_NEXT_MEETING.match(sentence.strip()) is not None


# "… DS was not available for this item so it was deferred until he was present.", "Were deferred until the next
# meeting" under "MATTERS ARISING" (two parishes' minutes, register_unseen8 and _unseen10; round 13's pooled shape C,
# a body's decision told as narrative): the meeting put its business off, a procedural resolution. Over every tuning
# set, the seeds and the unlabelled papers this finite "was/were deferred until/to" is in these two sentences only
# (an agenda's "a motion will be proposed that all items … will be deferred" is a notice, and minutes only).
_DEFERRED = re.compile(
    r"(?:^|\b(?:so|and|therefore|but)\s+)(?:(?:it|this|they|these|[Tt]he\s+(?:[a-z]+\s+){0,3}?[a-z]+)\s+)?"
    r"(?:[Ww]as|[Ww]ere|had\s+been)\s+(?:therefore\s+|again\s+)?(?:deferred|postponed)\s+(?:until|till|to)\b"
)


def deferred(sentence: str) -> bool:
    """Whether a sentence of minutes says the meeting put a matter off ("so it was deferred until he was present")."""
    return ("deferred" in sentence or "postponed" in sentence) and _DEFERRED.search(sentence) is not None
