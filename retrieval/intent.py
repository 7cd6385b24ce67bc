"""A question parsed once: its standalone form, what it asks for, the filters it implies and the words that gave
them, its topic, and whether it asks about commitments. Everything after search reads this record.

"What did the planning committee decide about the new Tesco superstore?" -> answer type "decision", commitments
asked, topic (plan, new, tesco, superstor): the frame ("what did the committee decide") is not the topic.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources

from ingest.councils import find_councils
from retrieval.conversation import standalone_question
from retrieval.filters import read_filters
from retrieval.records import Clue, Filters
from retrieval.vocabulary import FIGURES, terms, wanted, wants_list

ANSWER_TYPES = ("number", "name", "date", "decision", "list", "fact")

# A question about commitments names one of these acts: what was resolved, decided, agreed, promised, undertaken,
# committed, pledged, recommended or asked for (the register's kinds, README "The commitments register").
_ASKS = re.compile(
    r"\b(?:resolv\w*|resolutions?|decid\w*|decisions?|agree[sd]?|agreements?|promis\w*|undert(?:ake|akes|ook|aking|akings)"
    r"|commit(?:ted|ments?)|pledge[sd]?|actions?|recommend(?:ed|s|ations?)?"
    r"|ask(?:ed)?\s+(?:for|that|officers?|the\s+[\w\s]{1,40}?\s+to)|ask(?:ed)?\s+about)\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?:19|20)\d\d")
# Ofsted's recommendations and decisions are an inspection's findings, not the council's commitments.
_INSPECTION = re.compile(r"\b(?:ofsted|inspect\w*)\b", re.IGNORECASE)

ReadFilters = Callable[[str, "date | None", Iterable[str]], "tuple[Filters, tuple[Clue, ...]]"]


@cache
def frame_terms() -> frozenset[str]:
    """The stems of the frame words in retrieval/frame.txt: what a question asks, not what it is about."""
    text = (resources.files("retrieval") / "frame.txt").read_text(encoding="utf-8")
    words = " ".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))
    return frozenset(terms(words))


@dataclass(frozen=True)
class QuestionIntent:
    """One question as Clerk reads it, parsed once and passed from search to answer."""

    question: str  # as typed
    standalone: str  # with a follow-up's context carried in; the question itself when it stands alone
    answer_type: str  # one of ANSWER_TYPES: the kind of fact asked for, "fact" when none in particular
    wants: frozenset[str]  # every kind of fact asked for ("number", "name", "date", "decision")
    filters: Filters  # inferred from the question, not the caller's; none when inference is off
    named: Filters  # what the question names (council, period, kind), read whether or not it filters the search
    clues: tuple[Clue, ...]  # the words that gave each inferred filter
    topic: tuple[str, ...]  # stems of the content words less the frame and the filters' own words
    focus: tuple[str, ...]  # the topic of the question as typed: a follow-up's own words, without the carried ones
    commitments: bool  # asks what was resolved, agreed, promised, recommended or asked for

    @property
    def followed_up(self) -> bool:
        """Whether the standalone form differs from the question as typed (a follow-up)."""
        return self.standalone != self.question.strip()

    @property
    def subject(self) -> tuple[str, ...]:
        """What an answer must be about: a follow-up's own topic when it names one ("and what did they resolve about
        unallocated cases?"), else the whole topic, carried words included."""
        return self.focus if self.followed_up and self.focus else self.topic


def asks_about_commitments(question: str) -> bool:
    """Whether a question asks what was resolved, agreed, promised or recommended by the council's side (not what
    Ofsted found)."""
    return _ASKS.search(question) is not None and _INSPECTION.search(question) is None


def answer_type(question: str) -> str:
    """The kind of fact a question asks for: a single figure, name or date first, then a decision, a list, a fact."""
    kinds = wanted(question)
    if kinds & FIGURES:
        kinds |= {"number"}  # a sum of money is a figure
    single = next((k for k in ("number", "name", "date") if k in kinds), None)
    if single:
        return single
    if "decision" in kinds:
        return "decision"
    return "list" if wants_list(question) else "fact"


def topic_of(question: str, clues: Sequence[Clue] = ()) -> tuple[str, ...]:
    """The question's topic: the stems of its content words less the frame, the councils it names, the words that
    gave its filters and any year."""
    named = " ".join(name for name, _ in find_councils(question))
    noise = frame_terms() | set(terms(" ".join([named, *(c.words for c in clues)])))
    # A year is when, not what, whether or not it became a filter ("in autumn 2021").
    return tuple(dict.fromkeys(t for t in terms(question) if t not in noise and not _YEAR.fullmatch(t)))


def parse_question(
    question: str,
    history: Sequence[object] = (),
    today: date | None = None,
    committees: Iterable[str] = (),
    infer: bool = True,
    read: ReadFilters = read_filters,
) -> QuestionIntent:
    """Parse a question (a follow-up of `history`, chat-completions messages, or not) into its intent; `today` fixes
    "this year"; `committees` are the stored names a question may name; no filters are inferred unless `infer`."""
    standalone = standalone_question(question, history)
    filters, clues = read(standalone, today, committees)  # where and when are no topic, inferred or not
    return QuestionIntent(
        question=question,
        standalone=standalone,
        answer_type=answer_type(standalone),
        wants=wanted(standalone),
        filters=filters if infer else Filters(),
        named=filters,
        clues=tuple(clues) if infer else (),
        topic=topic_of(standalone, clues),
        focus=topic_of(question, clues),
        commitments=asks_about_commitments(standalone),
    )


def topic_weights(topic: Sequence[str], texts: Sequence[frozenset[str]]) -> dict[str, float]:
    """Each topic word's weight among the texts compared: the rarer, the heavier; a word none of them holds is the
    most specific of all."""
    df = Counter(t for words in texts for t in set(topic) & words)
    n = len(texts)
    return {t: math.log(1 + (n + 1) / (df[t] + 1)) for t in topic}


def topic_share(words: frozenset[str], weights: Mapping[str, float]) -> float:
    """The share of the topic's weight that a text's words carry, in [0, 1]."""
    total = sum(weights.values())
    return sum(w for t, w in weights.items() if t in words) / total if total else 0.0
