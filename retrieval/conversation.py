"""Follow-up questions made standalone without an LLM: "and what about caseloads?" carries the earlier turn's
council, committee, dates and (when it refers back rather than changes the subject) topic."""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ingest.councils import find_councils
from retrieval.vocabulary import STOPWORDS

# Openings that continue the conversation; the ones in _SWITCH change its subject and keep only where and when.
_CONTINUES = re.compile(
    r"^\W*(?:and|also|but|so|then|plus|ok(?:ay)?|what\s+else|anything\s+else|tell\s+me\s+more|more\s+(?:on|about)|"
    r"same\s+(?:for|question)|how\s+so|what\s+about|how\s+about|what\s+of)\b",
    re.IGNORECASE,
)
_SWITCH = re.compile(
    r"^\W*(?:and\s+|but\s+|so\s+)?(?:what|how)\s+(?:about|of)\b|^\W*(?:and|also)\s+(?!what\b|who\b|when\b|how\b|why\b|"
    r"which\b|did\b|do\b|does\b|was\b|were\b|is\b|are\b|has\b|have\b|had\b)",
    re.IGNORECASE,
)
# "... as well?", "... too?": asks the same of someone or something else, so it leans on the turn before.
_ADDS = re.compile(r"\b(?:as\s+well|too)\s*[?.!]*\s*$", re.IGNORECASE)
_LEADING_JOINER = re.compile(r"^\W*(?:and|also|but|so|then|plus|ok(?:ay)?)\b[\s,]*", re.IGNORECASE)
# Words that point back at something named earlier: pronouns, and "the meeting" or "that report", which point
# back only when the question names no council or date of its own.
_PRONOUN = re.compile(
    r"\b(?:they|them|their|theirs|it|its|he|she|him|her|his|hers|those|these|the\s+same|such)\b|"
    r"\b(?:that|this|those|these|said)\s+(?:meetings?|committee|sub-committee|council|reports?|inspections?|visits?|"
    r"items?|decisions?|resolutions?|panel|board|cabinet|papers?|plan|authority|borough|one|issues?|topic|matter|"
    r"figures?)\b|\b(?:about|on|of|with|for)\s+(?:that|this)\s*[?.!]*$|^\W*(?:that|this)\b",
    re.IGNORECASE,
)
_DEFINITE = re.compile(
    r"\bthe\s+(?:meeting|committee|sub-committee|council|report|inspection|visit|item|decision|resolution|panel|"
    r"board|cabinet|paper|plan|authority|borough|minutes|members|officers|chair)\b",
    re.IGNORECASE,
)
# "at that meeting": the meeting is carried (council, committee, dates), not the earlier question's topic.
_MEETING = re.compile(r"\b(?:that|this|the|same)\s+(?:meeting|session)\b", re.IGNORECASE)
_QUESTION_WORDS = frozenset("what which who whom whose when where why how".split())
_SHORT = 3  # a question with this many content words or fewer leans on what came before
_COMMITTEE = re.compile(
    r"\b((?:[A-Z][\w’'-]*|&)(?:\s+(?:[A-Z][\w’'-]*|and|&|of|for|the))*?\s+"
    r"(?:Sub-Committee|Subcommittee|Committee|Panel|Board|Cabinet|Forum|Council\s+meeting))\b"
)
_NOT_IN_NAME = frozenset("at in on the by from to and what did how who when which where was were is are of for".split())
_DATE_PHRASE = re.compile(
    r"\b(?:(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\s+(?:19|20)\d\d|(?:19|20)\d\d(?:[/-]\d\d)?)\b",
    re.IGNORECASE,
)
_ANSWER_HEADING = re.compile(r"^At the (.+?) on \d{1,2} [A-Z][a-z]+ \d{4}", re.MULTILINE)
_MARKERS = re.compile(r"\[\d+(?:\s*[,;–-]\s*\d+)*\]")
_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*[A-Za-z]|\d+")
# "he", "she", "him", "her", "his": a person, named in the answer before ("Councillor Patricia Bradwell was welcomed").
_PERSONAL = re.compile(r"\b(?:he|she|him|her|his|hers|himself|herself)\b", re.IGNORECASE)
_PERSON = re.compile(
    r"\b(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Mx|Dr|Professor|Sir|Dame|Lord|Lady|Baroness)\.?\s+"
    r"((?:[A-Z]\.?\s+){0,3}[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
    r"|^(?:[A-Z][a-z'’-]+\s+){1,2}[A-Z][a-z'’-]+(?=\s+(?:was|is|had|has|joined|became|said|would|will)\b)",
    re.MULTILINE,
)
_CHAIN = 6  # a follow-up of a follow-up ... leans on at most this many earlier turns
# A question that asks something, rather than naming a new subject ("Caseloads?").
_ASKS = re.compile(
    r"\b(?:what|which|who|whom|whose|when|where|why|how|did|do|does|was|were|is|are|has|have|had|can|could|will|"
    r"would|should)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _Context:
    council: str | None
    committee: str | None
    dates: tuple[str, ...]
    topic: tuple[str, ...]


def _content(message: object) -> str:
    """A chat message's text: a string content, or the text parts of a list content."""
    content = message.get("content") if isinstance(message, Mapping) else getattr(message, "content", None)
    if isinstance(content, str):
        return content
    if isinstance(content, Sequence):
        return " ".join(p.get("text", "") for p in content if isinstance(p, Mapping))
    return ""


def _role(message: object) -> str:
    role = message.get("role") if isinstance(message, Mapping) else getattr(message, "role", None)
    return str(role or "")


def content_words(text: str) -> list[str]:
    """A question's content words as written, in order, without repeats: no stopwords or question words."""
    seen: dict[str, str] = {}
    for word in _WORD.findall(text):
        key = word.lower().replace("’", "'")
        if key.endswith("'s"):
            word, key = word[:-2], key[:-2]
        if key in STOPWORDS or key in _QUESTION_WORDS or len(key) < 2 and not key.isdigit():
            continue
        seen.setdefault(key, word)
    return list(seen.values())


def councils_in(text: str) -> list[str]:
    """Councils a text names, most prominent first."""
    return [name for name, _ in find_councils(text)]


def committee_in(text: str) -> str | None:
    """A committee a text names ("Children and Young People Scrutiny Sub-Committee"), or None."""
    for m in _COMMITTEE.finditer(text):
        words = m.group(1).split()
        while words and words[0].lower() in _NOT_IN_NAME:
            words = words[1:]
        if len(words) >= 2:
            return " ".join(words)
    return None


def is_follow_up(question: str) -> bool:
    """Whether a question leans on earlier turns: it opens with "and"/"what about", points back, ends "as well" or
    "too", or is very short."""
    if _CONTINUES.search(question) or _PRONOUN.search(question) or _ADDS.search(question):
        return True
    if councils_in(question) or _DATE_PHRASE.search(question):
        return False
    return bool(_DEFINITE.search(question)) or len(content_words(question)) <= _SHORT


def _context(previous: str, assistant: str) -> _Context:
    """Where, when and what the previous question was about; the answer to it names the place when it did not."""
    councils = councils_in(previous)
    answer = _MARKERS.sub(" ", assistant)
    council = councils[0] if councils else next(iter(councils_in(answer)), None)
    # From the answer only the meeting it was grouped under ("At the X Committee on ..."), not passing mentions.
    heading = _ANSWER_HEADING.search(answer)
    committee = committee_in(previous) or (committee_in(heading.group(1)) if heading else None)
    dates = tuple(dict.fromkeys(_DATE_PHRASE.findall(previous)))
    named = {w.lower() for w in _WORD.findall(" ".join(x for x in (*councils, council, committee, *dates) if x))}
    topic = [w for w in content_words(previous) if w.lower() not in named]
    return _Context(council, committee, dates, tuple(topic))


def _person(answer: str) -> str | None:
    """The person the earlier answer names first ("Councillor Patricia Bradwell", "Andrew Sharman was ..."), whom a
    "he" or "she" in the follow-up means; None when it names nobody."""
    m = _PERSON.search(_MARKERS.sub(" ", answer))
    return (m.group(1) or m.group()).strip() if m else None


def _entity_words(question: str) -> set[str]:
    named = [*councils_in(question), committee_in(question) or "", *_DATE_PHRASE.findall(question)]
    return {w.lower() for w in _WORD.findall(" ".join(named))}


def _with_parts(text: str, parts: Sequence[str]) -> str:
    """The question with the carried context in brackets before its question mark."""
    if not parts:
        return text
    end = text[-1] if text and text[-1] in "?.!" else "?"
    return f"{text.rstrip('?.! ')} ({'; '.join(parts)}){end}"


def _swap(previous: str, context: _Context, question: str) -> str:
    """The previous question asked again of the council, committee or dates this one names ("And Tower Hamlets?")."""
    text, parts = previous, []
    new_dates = _DATE_PHRASE.findall(question)
    replacements = [
        (context.council, next(iter(councils_in(question)), None)),
        (context.committee, committee_in(question)),
    ]
    if new_dates:  # the first earlier date gives way to the new ones, any others go
        replacements.append((context.dates[0] if context.dates else None, " and ".join(new_dates)))
        replacements.extend((old, "") for old in context.dates[1:])
    for old, new in replacements:
        if old and new is not None and re.search(re.escape(old), text, re.IGNORECASE):
            text = re.sub(re.escape(old), lambda _, new=new: new, text, flags=re.IGNORECASE)
        elif new:
            parts.append(new)
    return _with_parts(_tidy(text), parts)


def _tidy(text: str) -> str:
    """Mend what a removed phrase leaves: empty brackets, doubled separators and spaces."""
    text = re.sub(r"\(\s*(?:;\s*)+", "(", text)
    text = re.sub(r"(?:\s*;)+\s*\)", ")", text)
    text = re.sub(r";\s*(?:;\s*)+", "; ", text)
    text = re.sub(r"\s*\(\s*\)", "", text)
    text = re.sub(r"\s+([?.!,;)])", r"\1", text)
    return re.sub(r"\s{2,}", " ", text).strip()


def standalone_question(question: str, history: Sequence[object]) -> str:
    """The question made standalone with the earlier turns (chat-completions messages, oldest first); a question
    that stands on its own, or has no earlier user turn to lean on, comes back unchanged."""
    return _standalone(question.strip(), history, _CHAIN)


def _standalone(question: str, history: Sequence[object], depth: int) -> str:
    users = [(i, _content(m).strip()) for i, m in enumerate(history) if _role(m) == "user" and _content(m).strip()]
    if depth <= 0 or not users or not question or not is_follow_up(question):
        return question
    last, text = users[-1]
    previous = _standalone(text, history[:last], depth - 1)  # the earlier turn, itself made standalone
    assistant = next((_content(m) for m in reversed(history[last + 1 :]) if _role(m) == "assistant"), "")
    context = _context(previous, assistant)

    own_entities = _entity_words(question)
    rest = [w for w in content_words(question) if w.lower() not in own_entities]
    if not rest and own_entities:
        return _swap(previous, context, question)

    own = question.lower()
    own_councils = councils_in(question)
    parts: list[str] = []
    if context.council and not own_councils and context.council.lower() not in own:
        parts.append(context.council)
    # A committee belongs to its council: it is not carried to a question about another one.
    same_place = not own_councils or context.council in own_councils
    if (context.committee and same_place and not committee_in(question) and context.committee.lower() not in own
            and context.committee != context.council):
        parts.append(context.committee)
    if not _DATE_PHRASE.search(question):
        parts.extend(context.dates)
    changes_subject = _SWITCH.search(question) or not _ASKS.search(question) or _MEETING.search(question)
    person = _person(assistant) if _PERSONAL.search(question) else None
    if person and person.lower() not in own:
        parts.append(person)
    if not changes_subject:
        mine = {w.lower() for w in rest}
        topic = [w for w in context.topic if w.lower() not in mine]
        if topic:
            parts.append(" ".join(topic))
    body = _LEADING_JOINER.sub("", question).strip() or question
    return _with_parts(body[0].upper() + body[1:], parts) if parts else question
