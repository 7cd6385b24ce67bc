"""One sentence of minutes' prose -> the commitment it states, if any: a body's agreement, a request, an undertaking.

Narrative minutes record outcomes in sentences ("It was agreed that …", "Members requested that officers …",
"The Head of Planning undertook to …", "She indicated that she would be writing to …"). Questions, forecasts,
conditions, standing rules, statements about Government and past facts are turned down, however they are worded.
What a sentence says will be done, and what only tells a thing's effect, are read in ingest/commitment_deliveries.py;
a vote, a view or a passive to-do told in its own words in ingest/commitment_votes.py.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.commitment_actions import bare_action
from ingest.commitment_actors import actor_of, agreed_actor, clean, passive_agent, resolve
from ingest.commitment_deliveries import DELIVERY, foretold, named_will, reports_effect
from ingest.commitment_implied import (
    as_a_record, chair_elected, decided_by, minutes_approved, money_approved, to_be_moved,
)
from ingest.commitment_phrases import ACTOR, BODY_TYPE, OFFICER, PERSON, WORDS, alternation, find_due
from ingest.commitment_refusals import aside, framed_out, hedged, past_only
from ingest.commitment_votes import consensus, deferred, passive_to_do, proposed_vote, to_next_meeting

_U = WORDS["undertaking"]
_VOTE = alternation(WORDS["resolved"]["vote"])  # "by majority vote", "unanimously"
_PRONOUN = r"\b(?:[Ss]he|[Hh]e|[Tt]hey)"
# The meeting's members as a deciding subject ("Members agreed to …", "Cllrs decided that …", "Those present agreed …").
_MEMBERS = alternation(WORDS["bodies"]["members"])

# A body agrees or resolves: "The Committee agreed that the report be noted", "It was AGREED that", "Members agreed to".
AGREED_BODY = re.compile(
    rf"(?:^|\b(?:The|the)\s+|(?<=\s)(?=(?:{BODY_TYPE})\b))(?:[A-Z][\w-]*\s+){{0,4}}(?:{BODY_TYPE}|{_MEMBERS})\s+"
    # "broadly"; "Members also / further / all agreed to …" (this round's probe: filed as an undertaking of "Members all")
    r"(?:(?:unanimously|therefore|then|also|further|all|(?!previously|originally|initially|recently|already)[a-z]+ly)\s+)?"
    # "Members agreed unanimously to …", "decided not to object …": the vote after the verb, a choice not to act.
    rf"(?:agreed|resolved|decided|AGREED|RESOLVED)(?:\s+(?:{_VOTE}|by\s+a\s+majority|(?!previously|originally|initially|recently|already)[a-z]+ly))?,?\s+(?:not\s+)?(?:that|to)\b"
    # The body in lower case, as parish clerks write it: "The parish council agreed to …", "council resolved to …".
    rf"|(?:^|\b[Tt]he\s+)(?:(?:parish|town|community|full|whole)\s+)?(?:council|committee|meeting)\s+"
    rf"(?:(?:{_VOTE}|then|therefore)\s+)?(?:agreed|resolved|decided)(?:\s+(?:{_VOTE}))?,?\s+(?:not\s+)?(?:that|to)\b"
    # "All agreed that the clerk should write …", "All present agreed to …" (parish minutes' subject for the meeting).
    rf"|^All\s+(?:present\s+|members\s+|[Cc]ouncillors\s+)?(?:(?:{_VOTE})\s+)?agreed,?\s+(?:not\s+)?(?:that|to)\b"
    # "A decision was made to purchase a new bench."
    r"|^[Aa]\s+decision\s+was\s+(?:made|taken)\s+(?:not\s+)?to\b"
    # "There being no further nominations it was agreed unanimously that Councillor A be appointed as Chair".
    # "It was proposed, seconded, and unanimously resolved to elect …", "It was RESOLVED by majority vote to accept …"
    # (town and parish council minutes).
    # "It was duly agreed …": a manner adverb before the verb, as the body's own clause allows one.
    r"|\b[Ii]t\s+was\s+(?:(?:proposed|seconded|moved),?\s+(?:and\s+)?)*"
    r"(?:(?:unanimously|therefore|then|also|further|(?!previously|originally|initially|recently|already)[a-z]+ly)\s+)?"
    # "… was discussed and it was agreed not to give any grant" (a parish's minutes, register_unseen10): a choice not
    # to act, as the body's own "decided not to object" is.
    rf"(?:agreed|AGREED|resolved|RESOLVED|decided),?\s+(?:(?:{_VOTE}),?\s+)?(?:not\s+)?(?:that|to)\b"
    # "It was decided the standing orders should remain the same.", "It was decided we would …": "that" dropped after
    # "decided" as "It was agreed the …" already reads it (CARRIED; a parish's minutes, register_unseen12)
    r"|\b[Ii]t\s+was\s+(?:unanimously\s+)?decided\s+(?=(?:the|we|they|this|it|there)\s)"
    # "It was proposed by Alderman X, seconded by Councillor Y and agreed that …" (Northern Irish and Scottish minutes)
    r"|\b(?:[Pp]roposed|[Mm]oved)\s+(?:by\s+)?[^.;]{1,80}?\b[Ss]econded\s+(?:by\s+)?[^.;]{1,80}?\s+(?:and\s+)?"
    r"(?:agreed|AGREED|resolved|RESOLVED|unanimously\s+agreed)\s+(?:that|to)\b"
    # "The Committee considered the report of the Director and RESOLVED that …": the body, then what it did first;
    # "… discussed the Precept and after a debate decided to increase …" (a parish's minutes, register_unseen9; round
    # 13's pooled shape C): when, between the two.
    rf"|^(?:The\s+)?(?:[A-Z][\w-]*\s+){{0,4}}(?:{BODY_TYPE}|{_MEMBERS})\s+[^.;]{{1,150}}?\band\s+"
    r"(?:(?:after|following)\s+[^,.;]{1,40}?,?\s+)?(?:unanimously\s+)?(?:RESOLVED|AGREED|resolved|agreed|decided),?\s+(?:that|to)\b"
    # "Members voted unanimously to approve the application."
    # "Members voted 6 to 1 in favour of accepting the quotation."
    rf"|^(?:The\s+)?(?:[A-Z][\w-]*\s+){{0,4}}(?:{BODY_TYPE}|{_MEMBERS}|meeting)\s+(?:then\s+)?voted\s+"
    r"(?:\d{1,2}\s*(?:to|-|–)\s*\d{1,2}\s+)?(?:unanimously\s+|by\s+a\s+majority\s+)?(?:to|in\s+favour\s+of\s+[a-z]+ing)\b"
)
# "The Cabinet approved the recommendations set out in the report": the item's outcome told as narrative (weak, like
# "The report was noted.").
# "Following discussion the meeting accepted the findings …": an opening clause, the meeting as the body (unseen6).
# "Members of the Council noted and endorsed the stance taken by the Leader", "The Council were happy to agree to the
# placing of a bench" (district and parish minutes, register_unseen9; round 13's pooled shape C, a body's agreement
# told as narrative): the body's members as its subject, a note before the approval, a willingness that is the assent.
APPROVED_BODY = re.compile(
    r"^(?:(?:Following|After)\s+[^,.;]{1,40}?,?\s+(?=[Tt]he\s))?"
    rf"(?:[Tt]he\s+)?(?:[A-Z][\w-]*\s+){{0,4}}(?:{BODY_TYPE}|Members\s+of\s+the\s+(?:[A-Z][\w-]*\s+){{0,3}}?(?:{BODY_TYPE})|{_MEMBERS}|meeting)\s+"
    r"(?:unanimously\s+)?(?:(?:considered|noted)\s+and\s+)?"
    r"(?:approved|agreed|endorsed|adopted|accepted|supported"
    r"|(?:was|were)\s+(?:happy|content|pleased)\s+to\s+(?:agree\s+to|approve|endorse|support|accept))\s+the\b(?![^.]*\b(?:on|in)\s+\d)"
)
# "Members are asked to agree the minutes …", "Council is recommended to approve …": an agenda's recommendation stated
# in one sentence. Not "asked to receive/consider/note …", which say what an item is for, nor "asked to declare any
# interest", a standing reminder.
ASKED_TO = re.compile(
    rf"^(?P<body>(?:The\s+)?(?:[A-Z][\w-]*\s+){{0,4}}(?:{BODY_TYPE})|Members)\s+(?:is|are)\s+"
    rf"(?:{alternation(WORDS['recommendation']['asked'])})\s+to\s+(?!(?:{alternation(WORDS['recommendation']['not_asked'])})\b)[a-z]+"
)
_C = WORDS["carried"]
_NOTED_OBJECT = alternation(_C["noted_objects"])
# "The report was noted.", "The Council noted the annual report.": an item's outcome recorded as narrative. Weak: it
# counts only where no resolution stands near it (evals/register_gold.md: "the item's only outcome").
NOTED = re.compile(
    rf"^(?:The|the)\s+(?:[\w’'-]+\s+){{0,5}}?(?i:{_NOTED_OBJECT})(?:\s+(?:from|by|of)(?:\s+the)?(?:\s+[A-Z][\w’'-]*){{1,4}}?)?"
    r"\s+(?:was|were)\s+(?:duly\s+|formally\s+|otherwise\s+|received\s+and\s+)?noted\b"  # "… from District Council were …"
    # The same told whole, whatever was noted: "The result of previous applications was noted.", "The following
    # complaints were noted:" (a parish's minutes, register_unseen10); "The closing balances for March 2018 were
    # noted." (unlabelled). The object list missed a new noun in each set; a sentence that ends at "noted" is the
    # item's outcome whatever its object, not apologies (attendance, not labelled).
    r"|^(?:\(?[0-9a-z]{1,4}(?:\.\d{1,3})*[.)]?\s+)?(?:The|These)\s+(?![Aa]polog)(?:[\w’'()/-]+\s+){1,8}?(?:was|were)\s+(?:duly\s+|formally\s+)?noted\s*[.:]?$"
    # "The Cabinet had before it and NOTED a * report of …" (a district council's ModernGov minutes, unseen4 tuning).
    rf"|^(?:The\s+)?(?:[A-Z][\w-]*\s+){{0,3}}(?:{BODY_TYPE}|Members|Councillors)\s+(?:formally\s+|also\s+|had\s+before\s+it\s+and\s+)?"
    rf"(?:noted|NOTED)\s+(?:the|an?)\s+(?:(?!to\b)[\w’'*-]+\s+){{0,5}}?"  # not "the requirement to … update"
    rf"(?:{_NOTED_OBJECT})\b"
    # "The Chair thanked officers for the report, which was noted." (unseen2 tuning set's "… which was noted.")
    # "…, which were noted by Council." (a London borough's agenda-and-minutes page, unseen5 tuning set)
    rf"|^[^.]*,?\s+which\s+(?:was|were)\s+(?:duly\s+|formally\s+)?noted(?:\s+by\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){{0,3}}?(?:{BODY_TYPE}|Members))?\.?$"
)
# "Report received and acknowledged", "Reports received and noted.": a parish clerk's terse line under a councillor's
# report (register_unseen8 tuning set), the line whole.
_RECEIVED_NOTED = re.compile(rf"^(?i:{_NOTED_OBJECT})\s+(?:was\s+|were\s+)?received\s+and\s+(?:noted|acknowledged)\.?$")
# "Council NOTED that the following expenses were authorised …": a decision word in capitals marks the minute's
# outcome, as "RESOLVED" and "AGREED" do (town and parish council minutes, unseen6 tuning set); "noted that" in lower
# case reports talk.
_FORMAL_NOTED = re.compile(rf"^(?:The\s+)?(?:[A-Z][\w-]*\s+){{0,3}}?(?:{BODY_TYPE}|Members)\s+(?:also\s+)?NOTED\s+that\b")
# "The Committee RECOMMENDS to Council that the pay policy statement be adopted.": a committee's recommendation told
# in a sentence, the body it recommends to being the one asked (evals/register_gold.md: "RECOMMENDED to Council").
RECOMMENDS_TO = re.compile(
    rf"^(?:The\s+)?(?:[A-Z][\w-]*\s+){{0,4}}(?:{BODY_TYPE})\s+(?:RECOMMENDS|RECOMMENDED|recommends|recommended)\s+to\s+"
    rf"(?P<to>(?:the\s+)?(?:Full\s+)?(?:[A-Z][\w-]*\s+){{0,3}}(?:{BODY_TYPE}))\s+that\b"
)
# "This was agreed by the Council.", "The motion was carried.": the meeting's decision, recorded without "that".
CARRIED = re.compile(
    # "The recommendation was put to the vote and was CARRIED."; "The proposal to buy a bench was carried."
    # "On being put to the vote the motion was carried.", "The motion was put to the vote and declared carried."
    rf"^(?:(?:On\s+being\s+|Having\s+been\s+|Upon\s+being\s+)?put\s+to\s+(?:the|a)\s+vote,?\s+"
    rf"|(?:On|Upon)\s+a\s+(?:recorded\s+|named\s+)?vote,?\s+)?"  # "On a recorded vote the motion was carried"
    # "The Chairman declared that the recommendations, as detailed in the report were carried." (council procedure
    # rules: the chair declares the result of a vote; a district council's minutes in the unseen6 tuning set)
    rf"(?:(?:The\s+)?(?:{alternation(WORDS['officers']['chairs'])}|Mayor)\s+declared\s+(?:that\s+)?)?"
    rf"(?i:{alternation(_C['subjects'])})(?:,?\s+as\s+[^,.]{{1,60}}?,?|\s+to\s+(?!be\b)[a-z][^,.]{{1,80}}?)?\s+(?:was|were)\s+(?:then\s+)?(?:put\s+to\s+the\s+vote\s+and\s+(?:was\s+)?)?"
    rf"(?:(?:unanimously|duly|declared|thereupon|seconded\s+and)\s+)*(?:{alternation(_C['verbs'])})\b"
    rf"(?!\s+that\b)(?!\s+to\s+(?!(?:the|a|its)\s+(?:next|future|later|subsequent)\b))(?![^.]*\b(?:on|at|in)\s+\d)(?:\s+by\s+(?P<actor>(?:the\s+)?(?:{BODY_TYPE})))?"
)
_NARRATED = re.compile(r"^(?:The\s+application|Planning\s+permission|Permission|The\s+item|This\s+item|Consideration|The\s+matter)\b")
ACCEPTED = re.compile(
    rf"\b(?:{alternation(_C['proposals'])})\b[^.]*?,?\s+which\s+(?:was|were)\s+"
    r"(?:seconded\s+(?:by\s+[^.,]{1,60}?\s+)?and\s+)?(?:(?:unanimously|duly|then)\s+)?"  # "…, which were seconded by B and carried"
    rf"(?:{alternation(_C['verbs'])}|accepted|endorsed|supported)\.?$"
)
# The sentence before "This was agreed" reports a remark, not a proposal: "The Chair highlighted …".
_REMARK = re.compile(
    rf"(?:^|[.!?]\s+)(?:[A-Z][\w’'.-]*\s+){{1,6}}(?:{alternation(_C['remarks'])})\b[^.!?]*[.!?]$"
)
# Someone agrees or undertakes to act: "officers agreed to provide", "She agreed to look at", "undertook to".
PROMISE = re.compile(
    rf"\b(?:{alternation(_U['promised'])})\s+to\s+"
    r"(?!the\b|a\b|an\b|this\b|that\b|these\b|those\b|its\b|their\b)(?P<action>[a-z].*)"
)
# Who, just before the promise; "has" or a manner adverb may stand between ("Cllr. Brown has agreed to …", "Cllr Brown
# kindly/also agreed to …": the variants of issue #12's round-17 probe, where the adverb was read into the doer's
# name or the titled name lost), not a time that puts the promise in the past ("previously agreed").
_PROMISER = re.compile(
    # two or more who promise together ("Cllr Smith and Cllr Jones agreed to …": as _JOINT_MODAL reads "… will"); a
    # list ends in "and" or "&": a comma alone closes an opening clause ("Following a question from Cllr Flanagan,
    # officers agreed to …")
    rf"(?P<actor>(?:(?:{ACTOR}\s*,\s*)*{ACTOR}(?:\s+and\s+|\s*&\s*))?{ACTOR}|{_PRONOUN}|\b(?:[Hh]er|[Hh]is|[Tt]heir))\s*(?:(?:had|has|have)\s+)?"
    r"(?:(?:also|then|now|(?!previously|originally|initially|recently|only)[a-z]+ly)\s+)?$"
)
# The meeting asks someone to act: "The Committee asked that the Group monitor …", "Members requested that officers
# …", "requests the Director to investigate …". Not "requested that it be noted" (a record, not an action).
# "The Chair asked Members to note the announcements": noting is no act (evals/register_gold.md: agenda "to note").
# What an officer is asked to do at the meeting itself ("asked the Clerk to give an update"): an agenda's purposes other
# than the work done after it (commitment_phrases.toml [agenda_purposes]).
_AT_MEETING = "(?:" + alternation(
    [v for v in WORDS["agenda_purposes"]["verbs"] if v not in WORDS["agenda_purposes"]["work"]]
) + r")\b"
REQUESTED = re.compile(
    # The members in any of their forms ("Councillors requested that …"), and a plural's present ("Members request
    # that …", "The Council request that …": this round's probe of the request shape, issue #12 round 17).
    rf"\b(?:{BODY_TYPE}|{_MEMBERS}|Member|Chair(?:man)?|It\s+was)\s+(?:asked|requested|requests|asks|request|ask)\s+"
    rf"(?:that\s+(?!it\s+be\s+noted)(?P<actor>{ACTOR})\s+(?P<verb>[a-z]+)|(?P<actor2>{ACTOR})\s+to\s+(?!note\b)(?P<verb2>[a-z]+))"
    # "He attended a presentation … and asked the Clerk to arrange its circulation": a member puts the clerk or an
    # officer to work, whoever asks (town and parish council minutes, unseen6 tuning set).
    rf"|\b(?:asked|requested)\s+(?P<actor3>(?:the\s+)?{OFFICER})\s+to\s+(?!note\b|confirm\b|clarify\b|explain\b|{_AT_MEETING})"
    r"(?P<verb3>[a-z]+)"
)
# "The Board requested a report on …", "Members asked for an update at the next meeting": officers are to supply it.
# "The Clerk was asked to write to the landowner.", "Officers were requested to investigate …": the meeting asked them.
ASKED_TO_ACT = re.compile(  # also after the matter's topic and a dash ("Invoice – the Clerk was asked to check …")
    rf"^(?:[A-Z][^.:;–—]{{1,60}}?\s[–—-]\s+)?(?P<actor>{PERSON}|{OFFICER})\s+(?:was|were)\s+(?:also\s+)?(?:asked|requested|instructed|tasked)\s+to\s+"
    rf"(?!(?:{alternation(WORDS['recommendation']['not_asked'])})\b)[a-z]+"
)
REQUESTED_PAPER = re.compile(
    rf"\b(?:{BODY_TYPE}|{_MEMBERS})\s+(?:requested|request|asked\s+for|ask\s+for|requested\s+that)\s+(?:a|an|further|more)\s+"
    r"(?:\w+\s+)?(?:report|update|briefing|breakdown|paper|note|information|details|presentation)\b"
)
_TRIGGER = re.compile(
    rf"\b(?:would|will|shall|agreed|AGREED|resolved|RESOLVED|decided|carried|CARRIED|approved|adopted|endorsed|accepted|"
    rf"supported|refused|granted|deferred|REFUSED|GRANTED|DEFERRED|APPROVED|asked|asks|noted|NOTED|voted|instructed|tasked|"
    rf"requested|requests|request|back|due|It\s+was|decision\s+was|Council|Authority|to\s+be|is\s+to|are\s+to|{alternation(_U['promised'])})\b"
)
_NOUN_SUBJECT = re.compile(
    rf"^(?:[^,;:]*\b(?:that|whereby)\s+|.*[,;:]\s+)?(?P<who>(?!It\b|This\b|There\b)(?:the\s+(?=[A-Z]))?[A-Z][\w’'-]*(?:\s+(?!that\b)[\w’'-]+)*?)\s+"
    rf"(?:had\s+|have\s+|has\s+)?(?:{alternation(_U['promised'])})\s+to\s+$"
)
_SUBJECT_WORDS = 8
# "…, but she would check …"; "Members asked whether …; officers confirmed it would be reviewed annually": the answer.
# A condition opening a later clause: "…, but if anyone would like to comment …", "; where residents ask, …".
_ON_CONDITION = re.compile(r"[,;]\s+(?:but\s+|and\s+)?(?:if|where|unless|should)\s")
_BUT = re.compile(r"[;,]?\s+but\s+(?:that\s+)?(?=(?:the|she|he|they|officers|[A-Z])\b)|;\s+(?=(?:the|she|he|they|officers|[A-Z])\b)")
# "The Chair requested that a copy … be shared with the minutes", "asked that the Committee be kept advised": the
# meeting asks for something to be done; officers do it.
_ASKED_PASSIVE = re.compile(
    rf"\b(?:{BODY_TYPE}|Members?|Chair(?:man)?|It\s+was)\s+(?:also\s+|noted\s+[^.;]{{0,60}}?\s+and\s+)?(?:asked|requested)"
    r"\s+that\s+(?!it\s+be\b)"
    r"[^.]{0,120}?\bbe\s+(?:kept\s+)?(?:[a-z]+(?:ed|en|wn)|brought|sent|held|made|given|taken|put|set|sought|shown|"
    r"told|done|led|met|paid|built)\b"
)
# "Cllrs A and B agreed to accept an amendment to the wording of the Motion": the movers alter their motion at the
# meeting (council procedure rules: a motion altered with the consent of its mover and seconder), no promise.
_AMENDMENT_ACCEPTED = re.compile(r"accept\s+(?:an|the|a\s+further)\s+amendments?\b")
# "the council was committed to delivering": a state of mind, not a promise.
_STATE = re.compile(r"\b(?:is|are|was|were|remains?|remained)\s+(?:fully\s+|firmly\s+)?committed\s+to\b")
# "there was no intention to extend hours", "had not agreed to", "there were no declarations of intention to record
# the meeting": a promise denied.
_DENIED = re.compile(r"\b(?:no|not|never)\s+(?:\w+\s+){0,2}$")
# "To register your intention to speak …, please contact …": a notice to the reader, in the second person, no promise.
_ADDRESSED = re.compile(r"\b[Yy]our\s+$")
# "PT agreed to be nominated.", "agreed to be advertised": consent to be acted on; whoever acts, it is no one's to-do.
_CONSENT = re.compile(r"be\s+[a-z]+(?:ed|en)\b")
# "The Mayor had agreed to call this meeting", "Dr G had agreed to act as his Mayoress": an agreement made before,
# already acted on, unless it names a time still to come ("had agreed to scrutinise it in February 2018").
_HAD = re.compile(r"\bhad\s+(?:already\s+|previously\s+|since\s+)?$")
# "The Parish Council discussed the two quotations … and all agreed to award the work …": the body's talk, then its
# decision (parish council minutes, unseen9 tuning set).
_BODY_AGREED = re.compile(
    rf"\b(?i:the)\s+(?:[A-Z][a-z]+\s+)?(?i:{BODY_TYPE})\s+(?:(?:noted|discussed|considered)\s+[^.;]{{0,80}}?\s+and\s+(?:all\s+)?)?agreed\s+to\b"
)
# "The council agreed to …": its own; so is "All agreed to …", "Unanimously agreed to co-opt …" (the meeting, unnamed).
_BODY_ACTOR = re.compile(rf"^(?i:the\s+)?(?i:{BODY_TYPE}|members|councillors|all|all\s+members|unanimously|it\s+was\s+unanimously)$")
# Cheap words that must be present before the costlier patterns are tried.
# "Cllrs agreed that this was dangerous." (a parish's minutes, register_unseen10), "… agreed that awareness was
# crucial." (a panel's minutes, unseen tuning): what the members agreed is a state in the indicative, a view they
# share, not a decision ("agreed that the Clerk is to write", "… that a bench be bought" stay decisions).
_VIEW = re.compile(
    r"(?i:agreed),?\s+that\s+(?:[\w’'-]+\s+){1,6}?(?:was|were|is|are)\s+"
    # "… decided that no further action was necessary" is a decision about acting (unseen10 gold), as is any
    # participle's passive or "is to".
    r"(?!to\b|not\b|being\b|necessary\b|needed\b|required\b|[a-z]+ed\b|[a-z]+en\b"
    r"|(?:held|done|made|kept|put|set|cut|paid|sent|brought|left|met|bought)\b)"
    r"[a-z]+\b(?![^.;]*\brecord\b)"
)
_AGREED_WORD = re.compile(
    rf"\b(?:agreed|resolved|decided|AGREED|RESOLVED)(?:\s+by\s+a\s+majority|\s+[a-z]+ly)?,?\s+(?:(?:{_VOTE}),?\s+)?(?:not\s+)?(?:that|to)\b"
    r"|\bvoted\b|\bdecision\s+was\s+(?:made|taken)\b|\bwas\s+decided\s+(?=(?:the|we|they|this|it|there)\s)"
)
_ASKED_WORD = re.compile(r"\b(?:asked|requested|requests|asks|request|ask)\b")
_RECORD = re.compile(r"\bbe\s+(?:noted|recorded|minuted)\b")  # "requested that the apologies be noted": a record
_PERSON_FIRST = re.compile(rf"^(?P<actor>{PERSON}|{OFFICER})\s+(?:also\s+)?(?=(?:{alternation(_U['promised'])})\s+to\b)")
_M = WORDS["motion"]
# A motion: "This Council calls on the Leader to write to …", "This Council resolves to ask the Chief Executive to …".
# Not "The Council will need to find savings" or "will have to": a need, not a commitment.
MOTION = re.compile(
    rf"^(?:{alternation(_M['subjects'])})\s+(?:(?:{alternation(_M['adverbs'])})\s+)?(?:{alternation(_M['asks'])}|{alternation(_M['commits'])})\b"
    r"(?!\s+(?:need|have\s+to|be\s+able|be\s+required)\b)"
)
_MOTION_ASKS = re.compile(rf"\b(?:ask|asks|{alternation(_M['asks'])})\s+(?P<actor>{ACTOR})\s+to\b")


@dataclass(frozen=True, slots=True)
class Stated:
    """A commitment one sentence states: its kind and who is to act (None: the meeting's own body)."""

    kind: str
    actor: str | None
    weak: bool = False  # an outcome told as narrative, kept only where no resolution stands near it


# "Agreed – a tidy up group to clear the undergrowth to be arranged – AS & TD": the initials of who is to act after a
# dash, as a parish clerk's action column puts them (parish council minutes, unseen6 tuning set).
_INITIALS_AFTER = re.compile(r"\s[–—-]\s+(?P<who>[A-Z]{2,3}(?:\s*(?:&|and|,)\s*[A-Z]{2,3})*)\.?$")


def personal(text: str) -> Stated | None:
    """What a resolution's part is when it is worded as an action line ("Clerk to look into …": an action, also with
    who acts in initials after a dash at its end) or as a person's own promise ("Cllr A agreed to report back …": an
    undertaking); None for a resolution's own wording."""
    text = text.strip()
    if (who := bare_action(text)) is not None:
        return Stated("action", who)
    if initials := _INITIALS_AFTER.search(text):
        return Stated("action", initials.group("who"))
    promise = PROMISE.search(text)
    who = _PERSON_FIRST.match(text)
    if promise and who and who.end() == promise.start() and not _DENIED.search(text, 0, promise.start()):
        return Stated("undertaking", clean(who.group("actor")))
    return None


def asked_that(sentence: str) -> bool:
    """Whether a sentence asks that something be done for the meeting ("The Chair requested that a copy … be
    shared"), not that something be recorded ("requested that the apologies be noted")."""
    return bool(_ASKED_PASSIVE.search(sentence)) and not _RECORD.search(sentence)


def sentence_commitment(
    sentence: str, paragraph: str, previous_subject: str | None, agenda: bool = False
) -> Stated | None:
    """The commitment a sentence of minutes states, or None. `paragraph` holds the sentence (for whom "she" means);
    `previous_subject` is who the previous sentence was about; `agenda`: the sentence is an agenda's, whose "Clerk to
    report on …" is the item's business, not an action."""
    if (who := bare_action(sentence, work=not agenda)) is not None:
        return Stated("action", who)
    if (maker := decided_by(sentence)) or chair_elected(sentence.strip()):  # "… Councillor A was … elected as Chair …"
        return Stated("resolution", maker)  # or "it is the decision of the Director of Finance that …": the Director
    if ("inute" in sentence or "INUTE" in sentence) and minutes_approved(sentence):  # cheap test first
        return Stated("resolution", None)  # "… in due course. With these amendments the minutes were passed by resolution;"
    if money_approved(sentence) or as_a_record(sentence):
        return Stated("resolution", None)  # "… the update was accepted as a true record."
    if proposed_vote(sentence) and not to_be_moved(sentence):  # "Cllr A proposed …, Cllr B seconded, all in favour."
        return Stated("resolution", None)
    if ("NOTED" in sentence and _FORMAL_NOTED.match(sentence.strip())) or (
            "received and" in sentence and _RECEIVED_NOTED.match(sentence.strip())):  # like "The report was noted."
        return Stated("resolution", None, weak=True)
    if consensus(sentence):  # "it was felt that it was better not to …": the meeting's view, weak
        return Stated("resolution", None, weak=True)
    if not agenda and to_next_meeting(sentence):  # "To be discussed at the next meeting."
        return Stated("undertaking", None)
    if not agenda and deferred(sentence):  # "… so it was deferred until he was present."
        return Stated("resolution", None)
    if not _TRIGGER.search(sentence):
        return None  # most sentences of minutes: no modal, no agreement, no request
    if MOTION.match(sentence):
        asked = _MOTION_ASKS.search(sentence)
        return Stated("resolution", clean(asked.group("actor")) if asked else "the Council")
    if NOTED.match(sentence.strip()) or APPROVED_BODY.match(sentence.strip()):  # also a decision by the Inspectorate
        return Stated("resolution", None, weak=True)
    if framed_out(sentence):
        return None
    if to := RECOMMENDS_TO.match(sentence.strip()):
        who = " ".join(to.group("to").split())
        return Stated("recommendation", who if who.lower().startswith("the ") else f"the {who}")
    if asked := ASKED_TO.match(sentence.strip()):
        who = asked.group("body")
        return Stated("recommendation", None if who == "Members" else (who[0].lower() + who[1:] if who.startswith("The ") else f"the {who}"))
    if carried := CARRIED.match(sentence.strip()):
        if _REMARK.search(paragraph[: max(paragraph.find(sentence), 0)].rstrip()):
            return None  # "The Chair highlighted … This was agreed by the panel.": agreeing with a remark
        return Stated("resolution", clean(carried.group("actor")) if carried.group("actor") else None,
                      weak=bool(_NARRATED.match(sentence.strip())))
    if ACCEPTED.search(sentence.strip()):  # "The Chair proposed that a letter be sent …, which was agreed."
        return Stated("resolution", None)
    if _AGREED_WORD.search(sentence) and (agreed := AGREED_BODY.search(sentence)) and not _VIEW.search(sentence, agreed.start()):
        return Stated("resolution", agreed_actor(sentence[agreed.end():]))
    requested = REQUESTED.search(sentence) if _ASKED_WORD.search(sentence) else None
    if requested and not _RECORD.search(sentence):
        return Stated("action", clean(requested.group("actor") or requested.group("actor2") or requested.group("actor3")))
    if asked_to := ASKED_TO_ACT.match(sentence.strip()):
        return Stated("action", clean(asked_to.group("actor")))
    if REQUESTED_PAPER.search(sentence):
        return Stated("action", "officers")
    if asked_that(sentence):
        return Stated("action", "officers")
    if (
        (promise := PROMISE.search(sentence)) and not _STATE.search(sentence, 0, promise.end())
        and not _AMENDMENT_ACCEPTED.match(sentence, promise.start("action"))
        and not _DENIED.search(sentence, 0, promise.start())
        and not _ADDRESSED.search(sentence, 0, promise.start())
        and not _CONSENT.match(promise.group("action"))
        and not (_HAD.search(sentence, 0, promise.start()) and find_due(sentence[promise.start():]) is None)
    ):
        promiser = _PROMISER.search(sentence, 0, promise.start())
        actor = promiser.group("actor") if promiser else _noun_subject(sentence[: promise.start("action")])
        if (actor and _BODY_ACTOR.match(actor.strip())) or _BODY_AGREED.search(sentence, 0, promise.end()):
            return Stated("resolution", None)  # "the committee noted Part A … and agreed to discuss it": its own decision
        if not actor:
            return None  # no one just before the promise makes it ("… has announced its intention to …", "The
            # Monitoring Officer has, following …, agreed to grant …"): blind, such records were false 8 times in 10
        return Stated("undertaking", resolve(actor, sentence, paragraph, previous_subject))
    last = _BUT.split(sentence)[-1]  # "it was anticipated that … could …, but she would check …": the last clause
    if (cond := _ON_CONDITION.search(sentence)) and DELIVERY.search(sentence, cond.end()):
        return None  # "…, but if anyone would like to comment … these will be raised": a standing offer, on a condition
    # A named person's own act to come, whatever its verb, is the promise too: "Cllr Fytche will ask the owners if they
    # could cut it back." (a parish's minutes, register_unseen10): the "could" inside what the promise covers is no hedge.
    promise = DELIVERY.search(last) or named_will(last)
    if hedged(last, promise.start() if promise else None):
        return None
    if past_only(sentence):
        return None
    if reports_effect(sentence) or aside(sentence):
        return None
    if foretold(sentence) or (not agenda and passive_agent(sentence)):  # "… would be considered by the X Committee."
        return Stated("undertaking", actor_of(sentence, paragraph, previous_subject))
    if not agenda and passive_to_do(sentence):  # "Contractor to be advised that …"
        return Stated("action", None)
    return None






def _noun_subject(before: str) -> str | None:
    """The subject of "… agreed to …" when it is no known title: "The Chairs of the scrutiny committees had agreed
    to …" gives "The Chairs of the scrutiny committees"; None for a clause ("It was noted that …") or a long one."""
    m = _NOUN_SUBJECT.search(before)
    if not m:
        return None
    words = m.group("who").split()
    if words[-1].lower() in ("its", "our", "your"):
        return None  # "The Association has announced its intention to …": a body's plan told, no one's promise
    named = words[0][:1].isupper() or (words[0] == "the" and len(words) > 1 and words[1][:1].isupper())  # "that the Chairs"
    return " ".join(words) if 1 <= len(words) <= _SUBJECT_WORDS and named else None
