"""What one sentence of minutes says will be done for the meeting, and what only tells a thing's effect.

"would be brought to", "will write to", "It was confirmed that … would", "a meeting would be held on 12 July 2017" are
things to be done; "This would provide an up-to-date policy framework", "He explained that the new system would replace
…" say what a thing will do, which is no one's promise.
"""
from __future__ import annotations

import re

from ingest.commitment_phrases import OFFICER, PERSON, WORDS, alternation, find_due, verb_forms
from ingest.dates import MONTH

_U = WORDS["undertaking"]
_FOLLOW = alternation([f for e in _U["follow_up"] for f in verb_forms(e)])
# Something is to be done for the meeting: "would be brought to", "will write to", "would be writing", "would be held".
# Not "will continue to": what someone goes on doing is standing practice, not a follow-up ("MKS Groundcare has confirmed
# that they will continue to cut the grass as per contract", "X County Council will only continue to carry out the
# services …": outside bodies' statements, the only undertakings it read on the tuning sets, all false; round 9).
_MODAL = r"\b(?:would|will|shall|is\s+to|are\s+to)\s+(?:also\s+|then\s+|now\s+|further\s+|shortly\s+|soon\s+)?"
DELIVERY = re.compile(
    rf"{_MODAL}(?:be\s+(?:also\s+|then\s+)?|need\s+to\s+be\s+|be\s+able\s+to\s+)?(?:{_FOLLOW})\b"
    rf"|{_MODAL}be\s+asked\s+to\s+(?:{_FOLLOW})\b"  # "The Head of Service would be asked to respond …"
    rf"|\bdue\s+to\s+be\s+(?:{_FOLLOW})\b|\bto\s+(?:be\s+able\s+to\s+)?(?:report|feed)\s*back\b"
    rf"|{_MODAL}keep\s+(?:[\w’'-]+\s+){{1,4}}?(?:{alternation(_U['kept'])})\b"
    rf"|{_MODAL}be\s+kept\s+(?:{alternation(_U['kept'])})\b"  # "Members would be kept informed of progress"
    rf"|{_MODAL}receive\s+(?:an?\s+)?(?:written\s+|full\s+|further\s+)?(?:{alternation(_U['replies'])})\b"
)
SCHEDULED = re.compile(rf"{_MODAL}(?:be\s+)?(?:{alternation([f for e in _U['scheduled'] for f in verb_forms(e)])})\b")
_CHAIRS = alternation(WORDS["officers"]["chairs"])
# An impersonal record of an officer's answer: "It was intended to revisit", "It was confirmed that … would".
STATED = re.compile(
    rf"\bIt\s+was\s+(?:{alternation(_U['impersonal'])})\s+to\s+\w+"
    rf"|\b(?:It\s+was|[Oo]fficers|[A-Z][\w-]+\s+[A-Z][\w-]+)\s+(?:{alternation(_U['assured'])})\s+that\b"
    r"[^.]*\b(?:would|will|was\s+due\s+to)\b"
    # … with "that" dropped before "this/it would", and a chair, officer or member named by the title alone ("Chairman
    # confirmed this would be done as soon as Cllr Rolph returned.", a parish's minutes, register_unseen10; "The Clerk
    # confirmed that this would be done." was read)
    rf"|(?:^|(?<=\s))(?:[Tt]he\s+)?(?:{_CHAIRS}|{OFFICER}|{PERSON})\s+(?:{alternation(_U['assured'])})\s+(?:that\s+)?"
    r"(?:this|it)\s+(?:would|will)\b"
)
# A council-side actor will act by a stated time: "that team would move … from 1 December 2022".
DATED = re.compile(
    r"\b(?:[Tt]eam|[Ss]ervice|[Oo]fficers|[Cc]ouncil|[Dd]irectorate|[Dd]epartment)\s+(?:would|will)\s+"
    r"(?!be\b|have\b|need\b|help\b|improve\b|continue\b)[a-z]+"
    # "to be completed by the end of March", "job to be advertised till the next meeting" (parish minutes, unseen7);
    # "To be confirmed at the next meeting." (a parish's minutes, unseen9).
    r"|\b[Tt]o\s+be\s+[a-z]+(?:ed|en)\b[^.;]{0,40}?\b(?:by|before|until|till|at)\s+(?:the\s+(?:end|next)\b|\d)"
    # A passive act to come with when it will be done, whoever does it: "These minutes will be formalised at the next
    # official face to face Parish Council meeting", "The Minutes would be signed by the Chairman as soon as possible"
    # (round 13's pooled misses, shape A: future facts and passive undertakings with no doer; parish minutes of
    # unseen7 and unseen9). Over every tuning set the form's other sentences are all labelled undertakings or a
    # resolution's own part ("… were agreed and would be signed by the Chair … at the next opportunity").
    r"|\b(?:will|would|is\s+to|are\s+to)\s+be\s+[a-z]+(?:ed|en)\b[^.;]{0,60}?\b(?:at|by|before|until|till|to)\s+the\s+next\s+"
    r"(?:[\w-]+\s+){0,6}?(?:meeting|opportunity)\b"
    r"|\b(?:will|would)\s+be\s+[a-z]+(?:ed|en)\b[^.;]{0,40}?\bas\s+soon\s+as\s+possib"
)
# A named person's or officer's own act to come, whatever the verb: "The Parish Clerk would apply to the District for
# the Precept", "The Chair said he would be donating the money …" (the blind runs' "someone will do something" misses,
# each for a verb the follow-up list lacked: 7 over unseen5-7, round 8; 6 of 5 bodies on register_unseen9, round 12).
# Only a person or an officer (outside bodies' statements are the family's false records); not a denial ("would no
# longer be a Member") nor leaving the meeting over an interest ("said he would withdraw"; members' codes of conduct).
# The pronoun after a verb of saying with "that" ("The Clerk stated that he would pass on the comments to County
# Council.", a town council's minutes, register_unseen11), an act and not a stance ("stated that she would be viewing
# the application … with an open mind", councils) nor news of someone outside ("the owner … has indicated he will …").
# A parish's clerk in lower case ("This was the preferred option and the clerk would go back to the family …",
# register_unseen11).
_NAMED_WILL = re.compile(
    rf"(?:(?:(?:^|[,;:]\s+|\b(?:and|but|that)\s+)(?:{PERSON}|{OFFICER}|[Tt]he\s+clerk)|\bsaid\s+(?:he|she)|\b(?:said|stated|confirmed|added|explained)\s+(?:that\s+)?(?:he|she)(?=\s+(?:will|would)\s+(?!be\b)))"
    r"\s+(?:also\s+|therefore\s+|then\s+)?"
    # A member's two initials, as parish minutes name doers ("… but PT will make an informal approach …", "SS will
    # report to Highways"; round 13's pooled shape B). Two letters only: three are bodies' ("KCC would support",
    # "EDF will invest": round 12's false records); not "will therefore", a consequence ("PT will therefore start as Chair").
    r"|(?:^|[,;:]\s+|\b(?:and|but|that)\s+)[A-Z]{2}\s+(?:also\s+|then\s+)?(?=(?:will|would)\s+(?!therefore\b)))"
    r"(?:will|would)\s+(?:be\s+(?=[a-z]+ing\b))?"
    r"(?!be\b|have\b|need\b|like\b|not\b|no\b|never\b|continue\b|also\b|hope\b|expect\b|withdraw\b|leave\b)[a-z]+"
)
_FUTURE_MEETING = re.compile(r"\b(?:at|to)\s+a\s+(?:future|later|subsequent|forthcoming)\s+meeting\b")
_MONTH = re.compile(rf"\b{MONTH}\b")
_IN_MONTH = re.compile(rf"[^.;]{{0,40}}?\b(?:in|during)\s+(?:(?:early|late|mid)[\s-]+)?{MONTH}\b")
_DAY_MONTH = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+")  # "on 18 January": a day, its year left to the meeting
_RELATIVE = re.compile(r"\b(?:which|that)\s*$")
# "This would provide an up-to-date policy framework …": what a thing will do, not anyone's promise (an active verb
# after "This/It would"; "It would be brought back …" is still one).
_EFFECT = re.compile(
    r"^(?:This|It|That|These|Which)\s+(?:would|will)\s+(?!be\b)[a-z]+"
    rf"|^(?:(?:The|This|That|These|Those|Such|A|An|Any|Each|Its|Their)\s+)?(?:[\w’'-]+\s+){{0,3}}?"
    rf"(?i:{alternation(WORDS['not_commitments']['things'])})\b[^,.;]{{0,60}}?\s+(?:would|will)\s+(?:also\s+)?(?!be\b)[a-z]+"
)
# "The report would provide Members with a clear picture": what a paper will hold, not anyone's promise to deliver it
# ("A report would be provided", passive, still is one).
_CONTENT = re.compile(
    r"^(?:The|This|That|A|An|Each|Its|Their)\s+(?:[\w’'-]+\s+){0,2}?(?:report|paper|document|presentation|briefing|plan|"
    r"update|strategy|policy)\s+(?:would|will)\s+(?:also\s+)?(?!be\b)(?:provide|set\s+out|include|give|show|outline|cover|explain|"
    r"detail|contain|describe|highlight|summarise|summarize|address)\b"
)
# "He explained that the new system would replace …": what a thing will do, reported.
_SAID_THAT = re.compile(r"^[^,;]{0,80}?\b(?:that|whereby)\s+")


def reports_effect(sentence: str) -> bool:
    """Whether a sentence tells only what a thing will do ("This would provide …", "He explained that the new system
    would replace …", "The report would provide Members with …"), not anyone's promise."""
    return bool(_EFFECT.match(sentence)) or _reported_effect(sentence)


def foretold(sentence: str) -> bool:
    """Whether a sentence says something will be done for the meeting: a delivery, an impersonal assurance, a
    council-side act by a stated time, or an event with when it will be held."""
    return _delivered(sentence) or bool(_NAMED_WILL.search(sentence)) or bool(STATED.search(sentence)) or bool(DATED.search(sentence)) or _scheduled(sentence)


def _reported_effect(sentence: str) -> bool:
    """Whether a sentence reports what a thing will do ("He explained that the new system would replace the old
    one"), not what must be done to it ("… that the Action Plan would need to be recalibrated")."""
    said = _SAID_THAT.search(sentence)
    clause = sentence[said.end():] if said else ""
    effect = _EFFECT.match(clause[:1].upper() + clause[1:]) if clause else None
    if effect is not None and not effect.group(0).endswith(("need", "have", "require")):
        return True
    return bool(_CONTENT.match(sentence) or _CONTENT.match(clause[:1].upper() + clause[1:]))


def _delivered(sentence: str) -> bool:
    """Whether a sentence says something will be delivered, not what a thing will do in a relative clause ("a
    presentation … which will provide an update": the presentation's content, not anyone's promise)."""
    m = DELIVERY.search(sentence)
    return m is not None and not (_RELATIVE.search(sentence, 0, m.start()) and not re.search(r"\bbe\b", m.group(0)))


def _scheduled(sentence: str) -> bool:
    """An event the minutes say will be held, with when: "a meeting would be held on 12 July 2017"."""
    event = SCHEDULED.search(sentence)
    when = find_due(sentence[event.start():]) if event else None
    dated = when is not None and (
        when.day is not None or "meeting" in when.text or bool(_DAY_MONTH.search(when.text)) or bool(_MONTH.search(when.text))
    )  # "would take place at the beginning of May": a month is when enough
    in_month = event is not None and bool(_IN_MONTH.match(sentence, event.end()))  # "would be held virtually in November"
    return dated or in_month or bool(_FUTURE_MEETING.search(sentence))


def named_will(clause: str) -> re.Match | None:
    """Where a named person or officer says they will do something in a clause ("Cllr Fytche will ask the owners if
    they could …"), or None."""
    return _NAMED_WILL.search(clause)
