"""Who a sentence of minutes says will act: the one named before "would", the one who said so, a pronoun's person,
a body acting itself, else officers (minutes record officers' answers impersonally: "It was confirmed that …").
"""
from __future__ import annotations

import re

from ingest.commitment_phrases import ACTOR, BODY_TYPE, OFFICER, WORDS, alternation, leading_actor, named_before

_U = WORDS["undertaking"]
_PRONOUN = r"\b(?:[Ss]he|[Hh]e|[Tt]hey)"

# "MDC would clear the litter": an organisation known by its initials ("MDC", "LCC"; not "IT").
# "… and the clerk would go back to the family …", "The clerk is to write …" (a parish's minutes, register_unseen11;
# issue #12's round-17 probe): a parish's officer named by its role in lower case (action_labels.roles_lower), and
# "is/are to" as the plain future of minutes.
_ROLE_LOWER = rf"\b[Tt]he\s+(?:{alternation(WORDS['action_labels']['roles_lower'])})\b"
_BEFORE_MODAL = re.compile(
    rf"(?P<actor>{ACTOR}|{_PRONOUN}|\b(?!IT\b)[A-Z]{{2,5}}\b|\b[Tt]he\s+(?i:{BODY_TYPE})|{_ROLE_LOWER})\s+"
    r"(?:would|will|is\s+to|are\s+to)\s+(?!be\s+provided\s+with)"
)  # "that the council would write to …"
# "advised that the Council, along with other organisations, would be making representations": a body, an aside.
_BODY_ASIDE_MODAL = re.compile(rf"\bthat\s+(?P<actor>[Tt]he\s+(?i:{BODY_TYPE})),\s+[^.;]{{1,120}}?\s+(?:would|will)\s+(?!be\s+(?!\w+ing\b))")
# "The village handyman has assured the Clerk that …": someone named by their role in lower case, who gave the word.
_ROLE_SPEAKER = re.compile(
    rf"^(?P<actor>The\s+(?:(?!ha[sd]\b)[a-z][\w-]*\s+){{0,3}}?"
    rf"(?!(?i:{alternation(WORDS['not_commitments']['things'])}|report|reports|has|had)\b)"
    rf"[a-z][\w-]*)\s+(?:has\s+|had\s+)?(?:{alternation(_U['assured'])})\b"
)
_SUBJECT = re.compile(
    rf"(?P<actor>{ACTOR}|{_PRONOUN}|\b(?:[Tt]he\s+)?(?:{alternation(WORDS['officers']['chairs'])}))\s+(?:also\s+)?"
    rf"(?:{alternation(_U['speech'])})\b"
)
# "Oliver Burt would liaise with Paul …", "Sarah Jones (Clerk) will write …": a person named without a title opens the
# sentence, their role in brackets perhaps after.
_NAME_MODAL = re.compile(r"^(?P<actor>[A-Z][a-z]+\s+[A-Z][a-z’'-]+)(?:\s+\([^)]{1,40}\))?\s+(?:would|will)\s+(?!be\b)")
# "The Clerk and the Chairman will …", "Cllrs Able and Baker will …", "Cllr’s Fox & Warner will …": two or more who act
# together open the sentence (council and parish minutes; unseen6 tuning set).
# "The chairman and vice-chairman will decide …": the chairs in lower case, together (parish minutes, unseen7 tuning).
_CHAIRS = rf"(?:[Tt]he\s+)?(?i:{alternation(WORDS['officers']['chairs'])})"
# "On 18 October at 11.30 am at the flag pole, the Mayor and Chairman would be raising the Centenary flag." (a town
# council's minutes, register_unseen9): when and where may come first, before a comma.
_JOINT_MODAL = re.compile(
    rf"^(?:(?:On|At|In|From|After|Following|During)\s(?:[^,;.]|(?<=\d)\.(?=\d)){{1,80}},\s+)?(?P<actor>(?:{ACTOR}|{_CHAIRS}|Cllrs\.?\s+[A-Z][\w’'-]+|Cllr[’']s\s+[A-Z][\w’'-]+)"
    rf"(?:\s*(?:,|\band\b|&)\s*(?:{ACTOR}|{_CHAIRS}|[A-Z][\w’'-]+))+)\s+(?:would|will)\s+(?!be\b(?!\s+[a-z]+ing\b))"
)  # "… would be raising …": their own act, told in the progressive
# "Kelechi would keep the Board informed of progress.": an officer named by first name alone opens the sentence.
_FIRST_NAME_MODAL = re.compile(r"^(?P<actor>[A-Z][a-z]{2,})\s+(?:would|will)\s+(?!be\b)")
# "The NHS Trust would provide an update to the Board": a partner named in capitals opens the sentence.
_PROPER_MODAL = re.compile(r"^(?P<actor>The\s+(?:[A-Z][\w&’'-]*\s+){0,4}[A-Z][\w&’'-]*)\s+(?:would|will)\s+(?!be\b|not\b)")
_NOT_NAMES = {"This", "That", "These", "Those", "They", "There", "Which", "What", "Who", "Everyone", "Members", "Officers",
              "Councillors", "Partners", "Residents", "Staff", "Each", "All", "Both", "Some", "Work", "Funding", "Consultation"}
_ACTS = re.compile(r"(?:not\s+|also\s+|now\s+)?(?!be\b|have\b|need\b|receive\b|consider\b)[a-z]+\b")  # after "will"
_BODY_NAME = re.compile(rf"\b(?:{BODY_TYPE}|Members)$", re.IGNORECASE)
_OFFICER_NAME = re.compile(rf"^{OFFICER}$")


def is_body(actor: str) -> bool:
    """Whether an actor is a body ("the Committee", "Members"), not an officer whose title ends as one does ("the
    Chief Executive")."""
    return bool(_BODY_NAME.search(actor)) and not _OFFICER_NAME.match(actor)
# "Mr R Thomas, Cabinet Member for Environment, provided an update on the following:": a title may stand between.
# "The Group Manager for Performance, Governance and Data Security outlined …": a title may run on after a comma.
_SUBJECT_START = re.compile(
    # "Mr. James Gillbody from MDC advised …": where they come from may follow the name.
    rf"^(?P<actor>{ACTOR}(?:,\s+[A-Z][\w’'-]*(?:\s+(?:and|&|[A-Z][\w’'-]*)){{0,4}})?)(?:,\s+[^,.;]{{1,80}},)?"
    r"(?:\s+(?:from|of)\s+(?:the\s+)?[A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*){0,3})?\s+"
    r"(?:[a-z]+ed|said|told|made|gave|set)\b"
)




def subject_of(sentence: str) -> str | None:
    """Who a sentence of minutes is about, when it opens with an actor ("The Scrutiny Officer advised …")."""
    m = _SUBJECT_START.match(sentence.strip())
    return clean(m.group("actor")) if m and not is_body(m.group("actor").strip()) else None


def clean(actor: str) -> str:
    """An actor's name with its whitespace collapsed."""
    return " ".join(actor.split())


# A sentence opening with a first name and surname, then a verb of saying or doing: "Leemya McKeown thanked …".
_BARE_NAME = re.compile(r"(?:^|[.!?]\s+)(?:[a-z]\.\s+)?(?P<name>[A-Z][a-z]+\s+(?:[A-Z]\.?\s+)?[A-Z][\w’'-]+)\s+(?:[a-z]+ed|said)\b")


# "MM noted that she would forward the Declaration …", "CC had agreed to speak to her neighbour …, but she would speak
# to him on his return" (two parishes' minutes, register_unseen10 and _unseen8): a member named by two initials opens
# the sentence, as parish minutes name their members; two letters only, as for "PT will make …" (three are bodies').
# The matter's topic and a dash may come first ("c) Vacancy on the Council – CC had agreed …").
_INITIALS_START = re.compile(
    r"^(?:\(?[a-z0-9]{1,3}[.)]\s+)?(?:[A-Z][^.:;–—]{1,60}?\s[–—-]\s+)?(?P<actor>[A-Z]{2})\s+(?:had\s+|has\s+)?(?:[a-z]+ed|said)\b"
)


def resolve(actor: str, sentence: str, paragraph: str, previous_subject: str | None) -> str:
    """A pronoun resolved to the person it stands for: this sentence's subject, the previous sentence's, else the
    last person named before it."""
    actor = clean(actor)
    if actor.lower() not in ("she", "he", "they", "her", "his", "their"):
        return actor
    own = subject_of(sentence) or ((m := _INITIALS_START.match(sentence.strip())) and m.group("actor"))
    if own:
        return own
    if previous_subject:
        return previous_subject
    start = max(paragraph.find(sentence), 0)
    named = named_before(paragraph, start + len(sentence) // 2)
    if named:
        return named
    # "Leemya McKeown thanked the team … She mentioned her intention to report …": a name without a title.
    bare = [m.group("name") for m in _BARE_NAME.finditer(paragraph, 0, start)]
    return bare[-1] if bare else actor


def the_body(name: str) -> str:
    """A body as an actor, with its article: "Parish Council" -> "the Parish Council"."""
    name = clean(name)
    return "the " + name[4:] if name.lower().startswith("the ") else f"the {name}"


def agreed_actor(clause: str) -> str | None:
    """Who an agreement puts to work: "It was agreed that the Director be asked to …", "… that officers would write
    …"; None for the body itself ("It was agreed that the report be noted")."""
    clause = clause.strip()
    named = leading_actor(clause, None)
    if named:
        return named
    m = _BEFORE_MODAL.match(clause)
    if m and not is_body(m.group("actor").strip()) and m.group("actor").lower() not in ("she", "he", "they"):
        return clean(m.group("actor"))
    return None


# "The other items would be considered by the Harbour Committee.", "… will be reviewed by the Head of Planning": what
# is put to another body or an officer, its agent named (parish and council minutes, unseen7 tuning set).
_BY_AGENT = re.compile(
    rf"\b(?:would|will)\s+(?:then\s+|now\s+|also\s+)?be\s+[a-z]+(?:ed|en)\b(?:\s+(?:on|up|further))?\s+by\s+"
    rf"(?P<actor>{OFFICER}|(?:the\s+)?(?:[A-Z][\w’'-]*\s+(?:(?:and|&)\s+)?){{0,6}}(?:{BODY_TYPE})\b)"
)  # "the Woodrolfe Hard and Marine Assets Committee": "and" inside a body's name


def passive_agent(sentence: str) -> str | None:
    """Who a sentence says something will be done by: "would be considered by the Harbour Committee" gives "the Harbour
    Committee"; None without a named body or officer."""
    m = _BY_AGENT.search(sentence)
    if m is None:
        return None
    actor = m.group("actor")
    return the_body(actor) if is_body(actor) else clean(actor)


def actor_of(sentence: str, paragraph: str, previous_subject: str | None) -> str:
    """Who a sentence of minutes says will act: the agent of "would be considered by …", the actor before "would",
    the one who said so, else officers (minutes record officers' answers impersonally: "It was confirmed that …")."""
    if agent := passive_agent(sentence):
        return agent
    if aside := _BODY_ASIDE_MODAL.search(sentence):  # "that the Council, along with …, would be making …"
        return the_body(aside.group("actor"))
    if (joint := _JOINT_MODAL.match(sentence)) and not is_body(joint.group("actor")):
        return clean(joint.group("actor"))
    for pattern in (_BEFORE_MODAL, _SUBJECT):
        for m in pattern.finditer(sentence):
            actor = resolve(m.group("actor"), sentence, paragraph, previous_subject)
            if pattern is _BEFORE_MODAL and is_body(actor) and _ACTS.match(sentence, m.end()):
                return the_body(actor)  # "The Parish Council will not comment on …": the body's own act
            if not is_body(actor) and actor.lower() not in ("she", "he", "they"):
                return actor  # the chair too: "The Chair shared that she would send …" is the chair's own promise
    if role := _ROLE_SPEAKER.match(sentence):
        return role.group("actor")[0].lower() + role.group("actor")[1:]
    named = _NAME_MODAL.match(sentence) or _FIRST_NAME_MODAL.match(sentence) or _PROPER_MODAL.match(sentence)
    if named and named.group("actor").split()[-1] not in _NOT_NAMES and not is_body(named.group("actor")):
        return named.group("actor")
    # "The Commissioner explained that … Shortlisting … would take place in May": the one whose account the paragraph
    # goes on reporting; but "It was intended to …" is the minutes' own impersonal record of officers' answers.
    start = paragraph.find(sentence)
    if previous_subject and start > 0 and previous_subject in paragraph[:start] and not sentence.startswith("It "):
        return previous_subject
    return "officers"
