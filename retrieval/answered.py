"""Whether a composed answer answers its question, read from its quotes after they are chosen.

Evidence strength (`retrieval.evidence`) weighs the passages before an answer is composed; these checks read the
quotes the answer would cite. An answer answers nothing when its quotes:
- only restate the question ("Ledbury Towers Arup Structural Survey Report" for "What did the Arup structural
  survey of Ledbury Towers find?");
- give no figure where one is asked ("How much did the group expect to save?" quoted "Budget and Finance - Report
  by Director"), no sum of money or share where that is asked;
- state nothing where a statement is asked ("What did the Mayor announce for Black History Month?" quoted the
  agenda headings "Announcements" and "Black History Month").
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from ingest.phrases import alternation
from retrieval.facts import COUNT_IN_WORDS, DETECTORS
from retrieval.intent import answer_type, frame_terms
from retrieval.vocabulary import ROLE_WORDS, asked_after, asks_figure, clauses, terms, wanted

_NEGATION = re.compile(r"\b(?:no|not|none|nil|nothing|never|neither|nor)\b|n[’']t\b", re.IGNORECASE)
# A question after what someone said, showed or decided: "What did the panel conclude about ...?" (active: "What was
# the cabinet asked to do?" asks for a request, which a recommendation's heading-like line may state)
_ASKS_STATEMENT = asked_after([*ROLE_WORDS["view"]["verbs"], *ROLE_WORDS["statement"]["verbs"]])
# An ordinal ("the 105th anniversary", "the 36th Division") counts nothing.
_ORDINAL = re.compile(r"\b\d+(?:st|nd|rd|th)\b", re.IGNORECASE)
_IRREGULAR_PAST = [entry.split()[0] for entry in ROLE_WORDS["irregular_verbs"]["forms"]]
# A finite verb: an auxiliary, a common irregular past form, or a past form in -ed ("noted", "agreed").
_FINITE = re.compile(
    rf"\b(?:{alternation([*ROLE_WORDS['auxiliaries']['words'], *ROLE_WORDS['auxiliaries']['past'], *_IRREGULAR_PAST])})"
    r"\b|\b[a-z]{3,}ed\b|n[’']t\b",
    re.IGNORECASE,
)


# Why an answer was withheld, as a note for the reader, by the check that withheld it.
NOT_ANSWERED = {
    "adds_nothing": "The closest passages only name what was asked about.",
    "lacks_figure": "The closest passages give no figure for this.",
    "lacks_statement": "The closest passages name this topic but say nothing about it.",
}


def why_unanswered(question: str, quotes: Sequence[str], shown: Sequence[str] = ()) -> str | None:
    """The note saying why quotes do not answer the question, or None when they do: they add to it, and state a
    figure or a statement where one is asked. `shown` is the answer's text as the reader sees it, whose list items
    carry their lead-in ("There were four core objectives to the strategy: To provide ...") where the quote is the
    item alone: a figure there is given."""
    checks = (("adds_nothing", adds_nothing, quotes), ("lacks_figure", lacks_figure, [*quotes, *shown]),
              ("lacks_statement", lacks_statement, quotes))
    return next((NOT_ANSWERED[name] for name, check, read in checks if check(question, read)), None)


def adds_nothing(question: str, quotes: Sequence[str]) -> bool:
    """Whether the quotes of an answer hold no word the question lacks, beyond the frame of questions and the words
    papers call themselves by: a paper's title restating the question answers nothing. A quote that says no where
    the question does not ("had no special announcements") answers it."""
    if any(_NEGATION.search(q) for q in quotes) and not _NEGATION.search(question):
        return False  # "The Mayor had no special announcements." answers "Did the Mayor have any ...?"
    said = set(terms(" ".join(quotes)))
    return not said - set(terms(question)) - frame_terms() - _paper_terms()


def lacks_figure(question: str, quotes: Sequence[str]) -> bool:
    """Whether a question that asks for one figure alone ("How many ...?", "How much ...?") is answered by quotes
    that state none: no figure in digits (an ordinal is none) or a count in words, no sum of money or share where
    money is asked."""
    if answer_type(question) != "number" or not asks_figure(question) or len(clauses(question)) > 1:
        return False
    detector = DETECTORS["money" if "money" in wanted(question) else "number"]
    return max((detector(_ORDINAL.sub(" ", q)) for q in quotes), default=0.0) < COUNT_IN_WORDS


def lacks_statement(question: str, quotes: Sequence[str]) -> bool:
    """Whether a question after what was said, found or decided is answered by quotes none of which states
    anything: headings and titles that only name its topic."""
    if not _ASKS_STATEMENT.search(question) or len(clauses(question)) > 1:
        return False
    return not any(_FINITE.search(q) for q in quotes)


@cache
def _paper_terms() -> frozenset[str]:
    return frozenset(terms(" ".join(ROLE_WORDS["papers"]["words"])))
