"""How well each sentence of the retrieved passages answers a question: the scores the extractive answerer
chooses by and the evidence check judges by.

A sentence scores by the question's content words it contains (stemmed, weighted by how rare they are among
the candidate sentences), with partial credit for words found in the heading it sits under, in the sentence
just before it when it refers back ("this", "they") or sits under it as a title, or only in its paper's metadata or elsewhere in its
passage; it is boosted when it holds what the question asks for (digits for "how many", names for "who", dates
for "when", a decision for "what did they resolve") and by its passage's rank.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ingest.records import Chunk
from retrieval.acronyms import aliases, with_aliases
from retrieval.records import Hit
from retrieval.sentences import Unit, is_title, label_of, labelled, split_units
from retrieval.facts import DATE_MENTION, DETECTORS, names_person
from retrieval.vocabulary import ANAPHOR, RELATED, heading_terms_asked, office_terms, related_for, terms, wanted

NEAR_DUPLICATE = 0.7  # Jaccard overlap of content stems above which two sentences say the same

# Partial credit for a question word found near the sentence rather than in it.
_IN_HEADING = 0.8  # the heading it sits under ("What needs to improve?") describes every sentence below it
_UNDER_ASKED_HEADING = 1.0  # ... and answers for it in full when the question asks what the heading says
_IN_METADATA = 0.4  # its paper's council, committee, title, item or date
_IN_PREVIOUS = 0.5  # in the sentence before, when this one refers back to it or sits under it as a title
_IN_PASSAGE = 0.2
_FOCUS = 2.0  # weight of a follow-up's own words ("resolve" in "What did they resolve?") over carried-over ones
_RELATED_CREDIT = 0.6


def _metadata_text(chunk: Chunk) -> str:
    when = chunk.meeting_date.strftime("%B %Y") if chunk.meeting_date else ""
    return " ".join(x for x in (chunk.council, chunk.committee, chunk.title, chunk.item, when) if x)


@dataclass(frozen=True, slots=True)
class Candidate:
    hit_index: int
    unit: Unit
    readable: str
    stems: frozenset[str]
    coverage: float  # weighted share of the question's words found, with partial credit for words nearby
    topical: float  # weighted share of the question's topic words in the sentence itself (or the one it refers to)
    fact: float  # how far it states the kind of fact asked for (figure, name, date, decision), 0 when none is
    score: float
    states: frozenset[str] = frozenset()  # the kinds of fact asked for that it states in full
    seen: float = 0.0  # as `fact`, with any capitalised words mid-sentence a name: what the refusal model was fitted on


def _weights(question_terms: list[str], pool: list[frozenset[str]]) -> dict[str, float]:
    """Rarer words among the candidate sentences weigh more; a word in none of them weighs most."""
    n = len(pool)
    return {t: 1.0 + math.log(1.0 + n / (1.0 + sum(t in s for s in pool))) for t in dict.fromkeys(question_terms)}


def _direct_credit(
    term: str, own: frozenset[str], previous: frozenset[str], heading: frozenset[str], heading_credit: float,
    related_words: Mapping[str, tuple[str, ...]] = RELATED,
) -> float:
    """Credit for a question word in the sentence, a related word in it, in the sentence it refers back to, or in
    the heading it sits under: what the sentence itself says."""
    if term in own:
        return 1.0
    related = _RELATED_CREDIT if any(r in own for r in related_words.get(term, ())) else 0.0
    return max(related, _IN_PREVIOUS if term in previous else 0.0, heading_credit if term in heading else 0.0)


def _heading_credit(headings: tuple[str, ...], question_terms: set[str]) -> float:
    """Full credit under a heading the question restates ("What needs to improve?"), partial under any other."""
    last = {t for t in terms(headings[-1]) if not t[0].isdigit()} if headings else set()  # "improve?1": a footnote
    return _UNDER_ASKED_HEADING if last and last <= question_terms else _IN_HEADING


def _around(chunk: Chunk, passage_terms: frozenset[str]) -> dict[str, float]:
    """Credit for words found about a passage rather than in its sentence: its paper's metadata, its other sentences."""
    credit = dict.fromkeys(passage_terms, _IN_PASSAGE)
    credit.update(dict.fromkeys(terms(_metadata_text(chunk)), _IN_METADATA))
    return credit


def _where(chunk: Chunk) -> str:
    year = str(chunk.meeting_date.year) if chunk.meeting_date else ""
    return " ".join(x for x in (chunk.council, chunk.committee, year) if x)


def topic_terms(question_terms: list[str], hits: Sequence[Hit], question: str = "") -> list[str]:
    """The question's words less those naming the passages' papers (council, committee, title, year), which say
    where to look, not what the answer is ("What did Croydon say about Section 20?" -> section, 20;
    "What needs to improve according to Ofsted's 2024 inspection?" -> need, improve); all of them if that is all."""
    where = {t for h in hits for t in terms(_where(h.chunk))}
    # A title word says where to look when most passages' papers bear it: one other paper called "Apologies"
    # does not make "apologies" the place rather than the topic of "Who sent apologies to ...?"
    titled = Counter(t for h in hits for t in set(terms(h.chunk.title or "")))
    where |= {t for t, n in titled.items() if 2 * n >= len(hits)}
    where -= office_terms(question)  # ... except the words that name an office: "City Mayor", "director of finance"
    topic = [t for t in question_terms if t not in where]
    return topic or question_terms


# A deputy's office ("Vice Chairman", "Deputy Mayor", "Vice-Chair"), which is not the office itself.
_DEPUTY = re.compile(r"\b(?:vice|deputy)\b", re.IGNORECASE)
_DEPUTY_OF = re.compile(r"\b(?:vice|deputy)[\s-]+\w+", re.IGNORECASE)


def _quality(unit: Unit, text: str, stated: bool = False) -> float:
    """Down-weight fragments: very short lines, lead-ins to a list, very long run-ons. A short line that states in
    full the kind of fact asked for is no fragment ("K W Finch (Treasurer to the Authority)" for "Who was treasurer?")."""
    words = len(text.split())
    if unit.kind == "header":
        return 0.4
    if unit.kind == "row" or (stated and words <= 70):
        return 1.0
    if words < 4:
        return 0.4
    if unit.text.rstrip().endswith(":"):
        return 0.6
    if unit.text.rstrip()[-1:] not in ".!?;)\"'’”" and words < 8 and ":" not in text:
        return 0.5  # a title, not a statement ("Lead inspector: Jane Smith" is one)
    return 0.85 if words > 70 else 1.0


def score_sentences(question: str, hits: Sequence[Hit], focus: str | None = None) -> list[Candidate]:
    question_terms = terms(question)
    bigrams = set(zip(question_terms, question_terms[1:]))
    kinds = sorted(wanted(question))
    detectors = [DETECTORS[k] for k in kinds]
    related = related_for(frozenset(kinds))
    asked = {t for t in question_terms if t[0].isdigit()}
    passages = []
    own_office = not _DEPUTY.search(question)  # "Who was chairman?" asks for the office, not for its deputy
    # "TVCA" where the passages spell out "Tees Valley Combined Authority": either answers for the other
    table = aliases([question, *(t for h in hits for t in (_metadata_text(h.chunk), *h.chunk.headings, h.chunk.text))])
    for hit in hits:
        units = split_units(hit.chunk.text)
        texts = labelled(units, label_of(hit.chunk.headings))
        stems = [terms(_DEPUTY_OF.sub("deputy", t) if own_office else t) for t in texts]
        passages.append((hit, units, texts, [with_aliases(s, table) for s in stems]))
    weights = _weights(question_terms, [frozenset(s) for *_, stems in passages for s in stems])
    if focus:  # the words the user typed weigh more than those a follow-up carried over from earlier turns
        typed = set(terms(focus))
        weights = {t: w * (_FOCUS if t in typed else 1.0) for t, w in weights.items()}
    total = sum(weights.values())
    topic = {t: weights[t] for t in topic_terms(question_terms, hits, question)}
    topic_total = sum(topic.values())
    cap = {t: _IN_METADATA for t in weights if t not in topic}  # a council's name says where, not what
    top = max((h.score for h in hits), default=0.0)
    out = []
    for i, (hit, units, texts, stems) in enumerate(passages):
        around = _around(hit.chunk, frozenset(t for s in stems for t in s))
        aliased = heading_terms_asked(question, hit.chunk.headings[-1]) if hit.chunk.headings else frozenset()
        heading = frozenset(terms(" ".join(hit.chunk.headings))) | aliased
        heading_credit = _UNDER_ASKED_HEADING if aliased else _heading_credit(hit.chunk.headings, set(question_terms))
        prior = hit.score / top if top > 0 else 1.0 / (1.0 + i)
        for j, (unit, text, sentence_terms) in enumerate(zip(units, texts, stems)):
            own = frozenset(sentence_terms)
            under = j > 0 and unit.kind not in ("row", "header")
            # ... by a word that points back, under a title, as an aside in brackets ("(Moved by Cllr Arkey)"), or as
            # the rest of a sentence a parser cut at the end of a line
            opening = unit.text.lstrip()[:1]  # "(" opens an aside; a small letter, the rest of a sentence a line cut
            refers_back = under and (ANAPHOR.search(text) or is_title(units[j - 1]) or opening == "(" or opening.islower())
            previous = frozenset(stems[j - 1]) if refers_back else frozenset()
            direct = {t: _direct_credit(t, own, previous, heading, heading_credit, related) for t in weights}
            credits = {t: min(max(direct[t], around.get(t, 0.0)), cap.get(t, 1.0)) for t in weights}
            coverage = sum(w * credits[t] for t, w in weights.items()) / total if total else 0.0
            topical = sum(w * direct[t] for t, w in topic.items()) / topic_total if topic else 0.0
            phrase = len(bigrams & set(zip(sentence_terms, sentence_terms[1:]))) / len(bigrams) if bigrams else 0.0
            seen = _facts(text, detectors, asked)
            # A name is surer when it is a person's (an honorific, initials): capitalised words alone may name a body.
            facts = [(names_person(text) or f) if kind == "name" else f for kind, f in zip(kinds, seen)]
            boost = 1.0 + 0.35 * sum(facts)
            states = frozenset(k for k, f in zip(kinds, facts) if f >= 1.0)
            score = (coverage + 0.15 * phrase) * boost * _quality(unit, text, bool(states)) * (0.75 + 0.25 * prior)
            out.append(Candidate(i, unit, text, own, coverage, topical, max(facts, default=0.0), score, states,
                                 max(seen, default=0.0)))
    return out


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """The Jaccard overlap of two sets of stems, 0 when either is empty."""
    return len(a & b) / len(a | b) if a and b else 0.0


def _near_duplicate(a: frozenset[str], b: frozenset[str]) -> bool:
    if not a or not b:
        return a == b
    return overlap(a, b) >= NEAR_DUPLICATE


def _facts(text: str, detectors: list, asked: set[str]) -> list[float]:
    """How far the sentence states each kind of fact asked for; the question's own numbers ("Section 20") don't count,
    except inside a date, which stays whole: a year taken out of "Thursday, 28th October, 2010" leaves a figure."""
    if asked:
        pieces, at = [], 0
        for m in DATE_MENTION.finditer(text):
            pieces += [_without(text[at:m.start()], asked), m.group()]
            at = m.end()
        text = "".join([*pieces, _without(text[at:], asked)])
    return [detect(text) for detect in detectors]


def _without(text: str, numbers: set[str]) -> str:
    """The text less the question's own numbers where they stand alone: not inside a code joined by slashes, which
    cut up would leave a stray figure ("BCa/19/3" for a question about 2018/19)."""
    for number in numbers:
        text = re.sub(rf"(?<![\d.,/]){re.escape(number)}(?![\d/])", " ", text)
    return text


def repeats(c: Candidate, chosen: Sequence[Candidate]) -> bool:
    """Whether the sentence says what one already chosen says (the same words, or nearly the same content)."""
    return any(c.readable == o.readable or _near_duplicate(c.stems, o.stems) for o in chosen)


def distinct_hits(hits: Sequence[Hit]) -> list[Hit]:
    """The hits without repeats of a passage, in order."""
    seen: set[str] = set()
    out = []
    for hit in hits:
        if hit.chunk.chunk_id not in seen:
            seen.add(hit.chunk.chunk_id)
            out.append(hit)
    return out
