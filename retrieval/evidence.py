"""Evidence strength: how far the retrieved passages answer the question, in [0, 1], before an answer is composed.

Retrieval scores (cosine, BM25) and the share of the question's words in the best sentence say the passages are on
the question's topic. A near miss is on the topic and still no answer, so the strength is also scaled down when:
the question asks for a kind of fact (a figure, a name, a date) that no sentence on its topic states; a "who"
question names a role ("lead inspector", "chair") that no sentence states together with a person's name; the
question names a year or a meeting that is not its passages' own date (a paper that only looks ahead to "the April
2015 meeting" is not that meeting's); the topic is found only in promises ("would be provided with details of
turnover" does not state the turnover); or a figure is asked of a measure ("the budget", "the turnover rate") and
no sentence stating a figure names that measure. With a fitted refusal model (`retrieval/calibration.json`, written
by `evals/calibrate.py`), the strength is that model's probability that the question is answered.
"""
from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from functools import lru_cache

from ingest.records import Chunk
from retrieval.lists import leads_into_next
from retrieval.scoring import Candidate, distinct_hits, score_sentences, topic_terms
from retrieval.filters import infer_filters
from retrieval.passing import matches
from retrieval.records import Filters, Hit
from retrieval.scope import held_then, keeps_period
from retrieval.select import FEATURES, Logistic, calibration, selector, sentence_features
from retrieval.facts import DATE_MENTION, has_name
from retrieval.vocabulary import clauses, rarity, terms, wanted

# How the parts are weighed, and where the cosine and BM25 scales saturate.
_WEIGHTS = {"similarity": 0.35, "sentence": 0.35, "passage": 0.1, "lexical": 0.2}
SIMILARITY_FLOOR = 0.25  # MiniLM cosine of a question to a passage (with its council and title) on another topic
SIMILARITY_FULL = 0.65  # ... and to a passage squarely on the question
_BM25_PER_TERM = 2.5  # BM25 score per question word that reads as a solid match
_TOP_PASSAGES = 3
_ON_TOPIC = 0.5  # share of the best sentence's topic score that puts a sentence on the question's topic
# The share of the strength kept when the passages on the topic miss what the question asks for.
FACT_MISSING = 0.4  # no sentence states the kind of fact asked for (figure, name, date, decision)
ROLE_MISSING = 0.4  # no sentence names a person in the role asked about
PERIOD_MISSING = 0.4  # no passage is from the year or meeting the question names
PROMISED_ONLY = 0.5  # the topic is found only in promises of it

# The role a "who" question asks about, and the words a sentence names that role with.
_ROLES = (
    (re.compile(r"\blead\s+inspectors?\b|\binspectors?\b", re.I), re.compile(r"\binspector", re.I)),
    (re.compile(r"\bleaders?\b", re.I), re.compile(r"\bleader\b", re.I)),
    (re.compile(r"\bchair(?:s|ed|man|woman|person)?\b", re.I), re.compile(r"\bchair", re.I)),
    (re.compile(r"\bcommissioners?\b", re.I), re.compile(r"\bcommissioner", re.I)),
    (re.compile(r"\bdirectors?\b", re.I), re.compile(r"\bdirector", re.I)),
    (re.compile(r"\bmayor\b", re.I), re.compile(r"\bmayor\b", re.I)),
    (re.compile(r"\b(?:led|leads)\b", re.I), re.compile(r"\b(?:lead|led|leads|leader)\b", re.I)),
)
_WHO = re.compile(r"^\W*(?:and\s+|so\s+)?(?:who|whom|whose)\b|\bwhich\s+(?:person|people|officer|inspector)", re.I)
# The measure a question asks a figure of, and the words (or signs) a sentence gives that measure with.
_MEASURES = (
    (re.compile(r"\b(?:budgets?|costs?|spend|spent|overspend|savings?|funding)\b", re.I),
     re.compile(r"\b(?:budget|cost|spen[dt]|overspen|saving|fund|invest)", re.I)),
    (re.compile(r"\b(?:rates?|percentage|proportion|share)\b", re.I),
     re.compile(r"\b(?:rate|percentage|proportion|share)s?\b|%|\bper\s*cent\b", re.I)),
    (re.compile(r"\baverage\b", re.I), re.compile(r"\baverage|\bmean\b", re.I)),
)
# "How many foster carers ...?": the words of the thing a count is asked of, up to the verb or preposition after them.
_COUNTED = re.compile(
    r"\bhow\s+many\s+(?:more\s+|of\s+(?:the|its|their)\s+)?((?:(?!(?:were|was|are|is|did|do|does|had|have|has|will|would"
    r"|could|can|should|in|on|at|for|of|from|by|with|to|per|that|which|who)\b)[A-Za-z][\w'’-]*\s*){1,3})", re.I)
# Capitalised words mid-question, with the "and"/"of"/"&" joining them: the names a count may be qualified by.
_NAME_RUN = re.compile(r"(?<=\w )[A-Z][\w'’-]*(?:\s+(?:and|of|&|the)\s+[A-Z][\w'’-]*|\s+[A-Z][\w'’-]*)*")
# A sentence that undertakes to give something rather than giving it.
_PROMISE = re.compile(
    r"\b(?:would|will|to|shall|be)\s+(?:be\s+)?(?:provided?|circulated?|brought|bring|submit(?:ted)?|report(?:ed)?"
    r"|present(?:ed)?|shared?|sent|send|supplied|supply|given|give)\b",
    re.I,
)
# A question about what is to come, or about an undertaking, is answered by a promise.
_ASKS_FUTURE = re.compile(r"\b(?:will|would|going\s+to|plan(?:s|ned)?|promised?|undert(?:ake|ook)|commit\w*)\b", re.I)
_MEETING_NAMED = re.compile(r"\b(?:19|20)\d\d\s+(?:[\w-]+\s+)?meeting\b|\bmeeting\s+(?:on|in|of)\s+[^?.,]*\b(?:19|20)\d\d\b", re.I)


def evidence_strength(
    question: str, hits: Sequence[Hit], today: date | None = None, named: Filters | None = None
) -> float:
    """How well the top passages answer, in [0, 1]: with a fitted refusal model (`retrieval/calibration.json`),
    its probability that the question is answered, from `strength_features` (0 when no sentence of the top passages
    holds any of the question's topic words); before one is fitted, the hand-set blend of `rule_strength`. `today` fixes "last year" in the question;
    `named` is what the question names (its parsed intent's), read from it when not given."""
    model = refusal_model()
    if model is None:
        return rule_strength(question, hits, today, named)
    if not distinct_hits(hits):
        return 0.0
    features = strength_features(question, hits, today, needed=frozenset(model.names), named=named)
    if not features["topical"]:  # no sentence holds any of the question's topic: nothing the answerer could quote
        return 0.0
    return model.probability([features[name] for name in model.names])


def refusal_model() -> Logistic | None:
    """The fitted refusal model, or None before one is fitted."""
    data = calibration().get("refusal")
    return Logistic.from_json(data) if data and set(data["names"]) <= set(STRENGTH_FEATURES) else None


def refusal_threshold(default: float) -> float:
    """The evidence strength below which Clerk refuses, as `evals/calibrate.py` chose it; `default` before then."""
    data = calibration().get("refusal")
    return float(data["threshold"]) if data and refusal_model() is not None else default


STRENGTH_FEATURES = (
    "rule_strength", "base_strength", "best_selected", "similarity", "rare", "topical", "answer_type", "lexical", "missing_share",
    "missing_max", "best_rare", "best_fact",
    "fact_missing", "role_missing", "period_missing", "promised_only",
)
_UNCHECKED = frozenset({"place"})
_SELECTED_PASSAGES = 5  # passages whose sentences the selector reads for the best one
_BEST_SENTENCES = 3  # ... and the best sentences whose words and facts count


_RULE_FEATURES = frozenset(
    {"rule_strength", "base_strength", "fact_missing", "role_missing", "period_missing", "promised_only"}
)


def strength_features(
    question: str, hits: Sequence[Hit], today: date | None = None, model: Logistic | None = None,
    needed: frozenset[str] | None = None, named: Filters | None = None,
) -> dict[str, float]:
    """The generic signals the refusal model weighs: the best sentence's selector probability, the best cosine,
    the share of the question's rare words in its best sentence, the best topical share, whether a sentence on the
    topic states the kind of fact asked for, the BM25 score per question word; and, as 0/1 flags, each near-miss
    rule of `rule_parts` (see the module's docstring), with the hand-set blend itself. `model` replaces the fitted
    selector (the calibration script passes one fitted without the question's fold). With `needed` naming only the
    hand-set ones, the rest are left out (and "topical" is the best topical share of the hand-set's passages)."""
    hits = distinct_hits(hits)
    strength, flags, most, base = rule_parts(question, hits, today, named)
    out = {"rule_strength": strength, "base_strength": base, **{k: float(v) for k, v in flags.items()}}
    if needed is not None and needed <= _RULE_FEATURES:
        out["topical"] = most
        return out
    top = hits[:_SELECTED_PASSAGES]
    candidates = score_sentences(question, top) if top else []
    rows = sentence_features(question, top, candidates)
    model = model or selector()
    probabilities = [model.probability(r) if c.score > 0 else 0.0 for c, r in zip(candidates, rows)] if model else \
        [c.score for c in candidates]
    at = {name: i for i, name in enumerate(FEATURES)}
    out["best_selected"] = max(probabilities, default=0.0)
    ranked = sorted(range(len(candidates)), key=lambda i: -probabilities[i])[:_BEST_SENTENCES]
    out["best_rare"] = max((rows[i][at["rare_global"]] for i in ranked), default=0.0)
    out["best_fact"] = max((candidates[i].seen for i in ranked), default=0.0) if _checked(question) else 1.0
    out["similarity"] = max((h.similarity for h in top), default=0.0)
    out["rare"] = max((r[at["rare"]] for r in rows), default=0.0)
    out["topical"] = most = max((c.topical for c in candidates), default=0.0)
    asked = bool(_checked(question))
    on_topic = [c for c in candidates if most and c.topical >= _ON_TOPIC * most]
    out["answer_type"] = max((c.seen for c in on_topic), default=0.0) if asked else 1.0
    question_terms = terms(question)
    bm25 = max((h.lexical_score for h in top), default=0.0)
    out["lexical"] = 1.0 - math.exp(-bm25 / (_BM25_PER_TERM * max(1, len(question_terms))))
    out["missing_share"], out["missing_max"] = _missing(question_terms, top)
    return out


def _checked(question: str) -> frozenset[str]:
    """The kinds of fact asked for whose absence shows a near miss: not a place, which papers state in too many ways
    ("from Dresden", "on the council's website") for a sentence without a venue to be no answer."""
    return wanted(question) - _UNCHECKED


def _missing(question_terms: list[str], hits: Sequence[Hit]) -> tuple[float, float]:
    """The question's words found nowhere in the passages (their text, headings or paper): their share of the
    question's words weighted by how rare each is in council papers, and the rarest one's rarity. A near miss
    on the topic ("How many prosecutions ...") lacks a rare word of the question; numbers are left out."""
    words = [t for t in dict.fromkeys(question_terms) if not t[0].isdigit()]
    if not words or not hits:
        return 0.0, 0.0
    seen = {t for h in hits for t in terms("\n".join((_metadata(h.chunk), *h.chunk.headings, h.chunk.text)))}
    gone = [rarity(t) for t in words if t not in seen]
    return sum(gone) / (sum(rarity(t) for t in words) or 1.0), max(gone, default=0.0)


def _metadata(chunk: Chunk) -> str:
    return " ".join(x for x in (chunk.council, chunk.committee, chunk.title, chunk.item) if x)


def rule_strength(
    question: str, hits: Sequence[Hit], today: date | None = None, named: Filters | None = None
) -> float:
    """The hand-set strength: the weighted blend of cosine, topic shares and BM25, scaled down by each near miss."""
    return rule_parts(question, hits, today, named)[0]


def rule_parts(
    question: str, hits: Sequence[Hit], today: date | None = None, named: Filters | None = None
) -> tuple[float, dict[str, bool], float, float]:
    """`clause_parts` of the question, or of its best-answered clause when it asks several things at once ("How
    many appeals were received, and against what?"): the answer gives what the papers hold for each clause, so a
    clause the papers do not answer leaves the rest answerable. `named` is what the whole question names (the
    council, period and kind of its parsed intent); it is read from the question when not given."""
    if named is None:
        named = infer_filters(question, today=today)[0]
    return max((clause_parts(part, hits, named) for part in clauses(question) or [question]), key=lambda parts: parts[0])


def clause_parts(question: str, hits: Sequence[Hit], named: Filters) -> tuple[float, dict[str, bool], float, float]:
    """The hand-set strength, which near-miss rules fired, the best topical share of a sentence, and the strength
    before the near-miss rules scaled it down: the best cosine similarity; the share of the
    question's topic words (its words less council and committee names) in the best sentence and in the best
    passage; and the best BM25 score per question word; scaled down when the passages on the topic miss what the
    question asks for (see the module's docstring). Parts retrieval did not measure (no dense or no BM25 ranking)
    are left out rather than counted as zero."""
    flags = dict.fromkeys(("fact_missing", "role_missing", "period_missing", "promised_only"), False)
    hits = distinct_hits(hits)[:_TOP_PASSAGES]
    if not hits:
        return 0.0, flags, 0.0, 0.0
    most = 0.0
    question_terms = list(dict.fromkeys(terms(question)))
    parts: dict[str, float] = {}
    fit = 1.0
    if any(h.dense_rank is not None or h.similarity for h in hits):
        top = max(h.similarity for h in hits)
        parts["similarity"] = _clip((top - SIMILARITY_FLOOR) / (SIMILARITY_FULL - SIMILARITY_FLOOR))
    if question_terms:
        topic = topic_terms(question_terms, hits, question)
        candidates = score_sentences(question, hits)
        stated = _unpromised(question, candidates, topic)
        most = max((c.topical for c in candidates), default=0.0)
        parts["sentence"] = best = max((c.topical for c in stated), default=0.0)
        if most and best < 0.75 * most:  # the topic is found only where the papers promise it
            fit *= PROMISED_ONLY
            flags["promised_only"] = True
        if named.council and not any(matches(Filters(council=named.council, or_unknown=True), h.chunk) for h in hits):
            named = replace(named, council=None)  # search dropped it: the papers are a body the name only resembles
        kept = {i for i, h in enumerate(hits) if keeps_period(h.chunk, named, bool(_MEETING_NAMED.search(question)))}
        if not kept:
            fit *= PERIOD_MISSING
            flags["period_missing"] = True
        on_topic = _on_topic(question, stated, kept)
        asked = _checked(question)
        if asked:  # the sentences on the question's topic, or the one after each, must state the kind of fact asked
            have = _stated(question, on_topic, candidates)
            if have < 1.0 and held_then(hits, kept, named) and (undated := _undated(question)) != question:
                again = score_sentences(undated, hits)
                have = max(have, _stated(question, _on_topic(undated, _unpromised(undated, again, topic), kept), again))
            fit *= FACT_MISSING + (1 - FACT_MISSING) * have
            flags["fact_missing"] = have < 1.0
        if not _names_role(question, [c for c in stated if c.hit_index in kept]):
            fit *= ROLE_MISSING
            flags["role_missing"] = True
        texts = ["\n".join((h.chunk.title, *h.chunk.headings, h.chunk.text)) for h in hits]
        parts["passage"] = max(_share_in(topic, text) for text in texts)
        if any(h.lexical_rank is not None for h in hits):
            bm25 = max(h.lexical_score for h in hits)
            parts["lexical"] = 1.0 - math.exp(-bm25 / (_BM25_PER_TERM * len(question_terms)))
    if not parts:
        return 0.0, flags, most, 0.0
    mean = sum(_WEIGHTS[k] * v for k, v in parts.items()) / sum(_WEIGHTS[k] for k in parts)
    return _clip(mean * fit), flags, most, _clip(mean)


def _unpromised(question: str, candidates: Sequence[Candidate], topic: list[str]) -> list[Candidate]:
    """The sentences that state rather than promise the question's topic, unless it asks what is to come."""
    return list(candidates) if _ASKS_FUTURE.search(question) else [c for c in candidates if not _promises(c, topic)]


def _stated(question: str, on_topic: Sequence[Candidate], candidates: Sequence[Candidate]) -> float:
    """How far the sentences on the question's topic, or the one after each, state the kind of fact it asks."""
    said = [*on_topic, *_following(on_topic, candidates)]
    return max((c.seen for c in said if _names_measure(question, c.readable)), default=0.0)


def _undated(question: str) -> str:
    """The question without its dates: "on 20 October 2015" says which meeting, and the meeting's date line ("TUESDAY
    20 OCTOBER 2015.") then outscores the sentence on what was asked ("Apologies ... on behalf of Councillor A
    Wright.") and leaves it off the topic."""
    return " ".join(DATE_MENTION.sub(" ", question).split())


def _on_topic(question: str, stated: Sequence[Candidate], kept: set[int]) -> list[Candidate]:
    """The sentences of the kept passages on the question's topic: at least half as topical as the best one, or
    naming the role a "who" question asks about, whatever words they have ("Presiding Chairperson: Councillor T G
    O'Hanlon" for "Who chaired ...?")."""
    best = max((c.topical for c in stated), default=0.0)
    on_topic = [c for c in stated if c.hit_index in kept and best and c.topical >= _ON_TOPIC * best]
    return on_topic + [c for c in stated if c.hit_index in kept and c not in on_topic and _role_named(question, c)]


def _following(these: Sequence[Candidate], candidates: Sequence[Candidate]) -> list[Candidate]:
    """The sentence after each of these in its passage, where it shares a word of the question's topic or the one
    before leads into it: minutes name the matter, then give its figure or outcome
    ("The Clerk reported that the Diamond Park Plinth project ... was complete." / "The total cost of the works had come
    in under budget at £3,450.")."""
    at = {id(c): i for i, c in enumerate(candidates)}
    out = []
    for c in these:
        i = at.get(id(c))
        if i is not None and i + 1 < len(candidates) and candidates[i + 1].hit_index == c.hit_index \
                and (candidates[i + 1].topical > 0 or leads_into_next(c)):
            out.append(candidates[i + 1])
    return out


def _promises(c: Candidate, topic: list[str]) -> bool:
    """Whether the sentence only undertakes to give what the question is about: the question's topic words come
    after a promise ("would be provided with details of the turnover") rather than before it."""
    m = _PROMISE.search(c.readable)
    if not m:
        return False
    before, after = set(terms(c.readable[: m.start()])), set(terms(c.readable[m.end() :]))
    return sum(t in after for t in topic) > sum(t in before for t in topic)


def _names_measure(question: str, text: str) -> bool:
    """For a question asking for a measure ("the budget for", "the turnover rate"): whether the text names that
    measure, so that a figure in it is a figure of what was asked; true for every other question."""
    asked = [said for ask, said in _MEASURES if ask.search(question)]
    if asked and not any(said.search(text) for said in asked):
        return False
    # A count must be of what was asked: "By September 2014 this figure had reached 90%" gives no number of carers.
    want = _counted(question)
    return not want or bool(want & set(terms(text)))


@lru_cache(maxsize=256)
def _counted(question: str) -> frozenset[str]:
    """The words of the thing a count is asked of, read with and without the proper names before it: "How many
    Hampshire and Isle of Wight search and rescue firefighters ...?" counts firefighters, which a sentence may give
    without the place's name."""
    found: set[str] = set()
    for text in (question, _NAME_RUN.sub(" ", question)):
        if counted := _COUNTED.search(text):
            found.update(terms(counted.group(1)))
    return frozenset(found)


def _role_named(question: str, c: Candidate) -> bool:
    """Whether a "who" question asks about a role and the sentence names it with a person."""
    return bool(_WHO.search(question)) and any(asked.search(question) and said.search(c.readable)
                                               for asked, said in _ROLES) and has_name(c.readable) >= 1.0


def _names_role(question: str, sentences: Sequence[Candidate]) -> bool:
    """For a "who" question naming a role ("the lead inspector", "who chairs"): whether a sentence on the topic
    names that role and a person; true for every other question."""
    if not _WHO.search(question):
        return True
    words = [said for asked, said in _ROLES if asked.search(question)]
    if not words:
        return True
    return any(has_name(c.readable) >= 1.0 and any(w.search(c.readable) for w in words) for c in sentences)


def _share_in(question_terms: list[str], text: str) -> float:
    found = frozenset(terms(text))
    return sum(t in found for t in question_terms) / len(question_terms)


def _clip(x: float) -> float:
    return max(0.0, min(1.0, x))
