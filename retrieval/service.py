"""Question -> answer: parse the question once (standalone form, filters, topic), search, weigh the register's rows
against the passages, judge the evidence, answer or refuse."""
from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Sequence
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from retrieval.answered import why_unanswered
from retrieval.evidence import evidence_strength, refusal_threshold
from retrieval.extractive import answer_extractively
from retrieval.filters import read_filters
from retrieval.intent import QuestionIntent, parse_question
from retrieval.llm import LLMError
from retrieval.passing import matches
from retrieval.records import Answer, Citation, Filters, Hit
from retrieval.register import Found, compose
from retrieval.scope import (
    WIDE_FACTOR, about, also_beyond, beyond, describe, elsewhere, inferred_only, open_filters, opened, soft_ranked,
)
from retrieval.sentences import first_sentence
from retrieval.vocabulary import SINCE_INSPECTION, has_judgement, wants_judgement

# Below this evidence strength Clerk refuses: the threshold evals/calibrate.py chose on the tuning sets
# (retrieval/calibration.json: the highest that refuses at most 10% of each set's answerable questions out of fold);
# 0.38, the hand-set strength's old threshold, only if that file is missing.
DEFAULT_REFUSAL_THRESHOLD = refusal_threshold(0.38)
REFUSAL = "The papers I have don't answer that."
CLOSEST = "The closest material is listed below."
CLOSEST_CITED = 3
# Words of an Ofsted report's judgement table, searched for when a question asks for grades the passages lack.
JUDGEMENT_QUERY = "Judgement Grade Overall effectiveness Inspection dates Lead inspector"
VERDICT_QUERY = "since the previous last inspection services judged improved declined"  # ... and its verdict in words
SUMMARY_SEARCHED = 12
_INSPECTION_DATES = re.compile(r"\s*inspection\s+dates?\b", re.IGNORECASE)
# The report's verdict in words, which opens its summary: "Since the previous inspection in 2021 when Dorset was
# judged to be good, ...", "the overall effectiveness of services ... has declined since the last inspection".
_VERDICT = re.compile(r"(?:^|[.\n]\s*)Since\s+the\s+(?:[\w-]+\s+){0,2}inspection\b|\boverall\s+effectiveness\b[^.\n]*"
                      + SINCE_INSPECTION.pattern, re.IGNORECASE)

LLMAnswer = Callable[[str, Sequence[Hit]], "tuple[str, tuple[Citation, ...]] | None"]
InferFilters = Callable[..., "tuple[Filters, str]"]  # retrieval.filters.infer_filters, or a test's own

log = logging.getLogger(__name__)


class CommitmentsBackend(Protocol):
    """Where questions about commitments are answered first: `retrieval.register.Register`, or a test's fake."""

    def find(self, question: str | QuestionIntent, filters: Filters, against: Sequence[Hit] = ...) -> list[Found]: ...


class SearchBackend(Protocol):
    """What Clerk searches with: `retrieval.search.Searcher`, or a test's fake."""

    def search(self, query: str, filters: Filters = ..., k: int = ..., mode: str = ...) -> list[Hit]: ...


def _register_widenings(intent: QuestionIntent, explicit: Filters, applied: Filters) -> list[Filters]:
    """Filters to ask the register with when the applied ones leave no row. A question on a topic gets every
    meeting of the council it names (the topic still has to match). A question about one meeting's commitments and
    nothing else ("What did the Audit Committee decide at its February 2026 meeting?") gets that body's newest
    meeting, as "at its last meeting" would, and no more: a list of every meeting's resolutions answers nothing.
    Only inferred filters give way, and never the council."""
    if intent.subject:
        steps = [explicit.merged(Filters(council=applied.council))]
    elif (applied.since, applied.until) != (explicit.since, explicit.until):
        steps = [explicit.merged(Filters(council=applied.council, committee=applied.committee, latest=True))]
    else:
        steps = []
    return [f for f in steps if f != applied]


@dataclass(frozen=True)
class Retrieval:
    """What `Clerk.retrieve` found: the passages for a question and how strongly they answer it."""

    question: str
    standalone: str  # the question with a follow-up's context carried in
    hits: tuple[Hit, ...]
    strength: float
    filters: Filters  # the filters applied
    notes: tuple[str, ...]
    widened: bool  # inferred filters were dropped for too little evidence
    commitments: tuple[Found, ...] = ()  # what the commitments register answers with, when it does
    intent: QuestionIntent | None = None  # the question as parsed


class Clerk:
    """Answers questions about the papers: every sentence cited, or a plain refusal with the closest material."""

    def __init__(
        self,
        searcher: SearchBackend,
        llm_answerer: LLMAnswer | None = None,
        refusal_threshold: float = DEFAULT_REFUSAL_THRESHOLD,
        committees: Iterable[str] | Callable[[], Iterable[str]] | None = None,
        infer_filters: InferFilters | None = None,
        today: date | None = None,
        max_sentences: int = 4,
        register: CommitmentsBackend | None = None,
    ) -> None:
        """`committees` are the stored committee names a question may name (by default the searcher's own);
        `infer_filters` (question, today, committees) -> (filters, query) replaces `retrieval.filters.read_filters`;
        `today` fixes "this year" (by default the day of each question);
        `register` answers questions about what was resolved or promised before search does."""
        self.searcher = searcher
        self.llm_answerer = llm_answerer
        self.refusal_threshold = refusal_threshold
        self._committees = committees
        self._infer = infer_filters
        self._today = today
        self.max_sentences = max_sentences
        self.register = register

    def committees(self) -> tuple[str, ...]:
        """The committee names filters may be inferred to."""
        source = self._committees
        if source is None:
            source = getattr(self.searcher, "committees", None)
        if source is None:
            return ()
        return tuple(source() if callable(source) else source)

    def ask(
        self,
        question: str,
        history: Sequence[object] = (),
        filters: Filters = Filters(),
        k: int = 8,
        mode: str = "hybrid",
        infer: bool = True,
    ) -> Answer:
        """Answer one question, a follow-up of `history` (chat-completions messages, oldest first) or not.

        Filters the caller gives always apply; filters inferred from the question apply unless they leave too
        little evidence, in which case the search runs again without them and a note says so.
        """
        return self.respond(self.retrieve(question, history, filters, k, mode, infer))

    def retrieve(
        self,
        question: str,
        history: Sequence[object] = (),
        filters: Filters = Filters(),
        k: int = 8,
        mode: str = "hybrid",
        infer: bool = True,
    ) -> Retrieval:
        """The first half of `ask`: the passages and how strongly they answer (a stream can show them at once)."""
        scope = getattr(self.searcher, "one_question", None)  # each query embedded once for all its searches
        with scope() if scope is not None else nullcontext():
            return self._retrieve(question, history, filters, k, mode, infer)

    def _retrieve(
        self, question: str, history: Sequence[object], filters: Filters, k: int, mode: str, infer: bool
    ) -> Retrieval:
        intent = self.parse(question, history, infer)
        standalone, notes = intent.standalone, []
        applied = filters.merged(intent.filters)
        inferred = inferred_only(applied, filters)
        searched = applied  # the filters the passages were found with
        hits = self.searcher.search(standalone, applied, k, mode)
        beyond_note, wide = None, []
        if not inferred.is_empty():
            # Filters read from the question are a strong hint, not a wall: papers that do not record what they
            # ask, or are recorded as another body of the same place, or name it, compete too (`about`). The
            # caller's own filters still hold.
            strict = hits
            wide = self.searcher.search(standalone, filters, WIDE_FACTOR * k, mode)
            # A paper one of whose passages bears on the filters (names the council) bears on them in all of them.
            bearing = {h.chunk.doc_id for h in wide if about(h.chunk, inferred)}
            hits = soft_ranked(strict, wide, lambda h: matches(applied, h.chunk), lambda h: h.chunk.doc_id in bearing, k)
            if any(not matches(applied, h.chunk) for h in hits):
                beyond_note = beyond(inferred) if not strict else also_beyond(inferred)
        if intent.commitments and self.register is not None:
            found, used = self._commitments(intent, filters, applied, hits)
            if found:
                # The register's commitments are the answer; their passages lead the contexts, search fills the rest.
                if used != applied:
                    notes.append(beyond(inferred_only(applied, used)))
                shown = {f.chunk.chunk_id: Hit(f.chunk, score=1.0, similarity=1.0) for f in found}
                rest = [h for h in hits if h.chunk.chunk_id not in shown]
                hits = [*shown.values(), *rest][: max(k, len(shown))]
                return Retrieval(question, standalone, tuple(hits), 1.0, used, tuple(notes), used != applied,
                                 tuple(found), intent)
        strength = evidence_strength(standalone, hits, self._today, intent.named)

        widened = beyond_note is not None
        if widened:
            # The answer says which meeting each sentence is from: not all are recorded as the question implies.
            notes.append(beyond_note)
            searched = applied = filters
        if not filters.is_empty() and not filters.or_unknown and (not hits or strength < self.refusal_threshold):
            # Nor may a caller's filter on a field a paper does not record turn a findable answer into a refusal.
            scope = open_filters(filters)
            wider = [h for h in self.searcher.search(standalone, scope, k, mode) if about(h.chunk, inferred)]
            wider_strength = evidence_strength(standalone, wider, self._today, intent.named)
            if wider and (not hits or wider_strength > strength):
                notes.append(opened(filters))
                hits, strength, applied, searched, widened = wider, wider_strength, filters, scope, True
        if not hits and wide:
            # Nothing is about what the question names: the refusal lists the nearest passages of other papers.
            notes.append(elsewhere(inferred))
            hits, strength = wide[:k], 0.0
        if hits and wants_judgement(standalone):
            found = [h for q in (f"{standalone} {JUDGEMENT_QUERY}", f"{standalone} {VERDICT_QUERY}")
                     for h in self.searcher.search(q, searched, SUMMARY_SEARCHED, mode)]
            hits = _with_summary(hits, found)
        if not hits and not filters.is_empty():
            # Only the caller's own filters can leave nothing: inferred ones were dropped above.
            notes.append(f"No papers match the filters ({describe(filters)}).")
        return Retrieval(question, standalone, tuple(hits), strength, applied, tuple(notes), widened, (), intent)

    def parse(self, question: str, history: Sequence[object] = (), infer: bool = True) -> QuestionIntent:
        """The question parsed once, with this service's inference, committees and today."""
        if self._infer is None:
            read = read_filters
        else:
            custom = self._infer

            def read(q: str, today: date | None, committees: Iterable[str]) -> tuple[Filters, tuple]:
                return custom(q, today=today, committees=committees)[0], ()

        return parse_question(question, history, self._today, self.committees() if infer else (), infer, read)

    def _commitments(
        self, intent: QuestionIntent, explicit: Filters, applied: Filters, hits: Sequence[Hit]
    ) -> tuple[list[Found], Filters]:
        """The register's rows that answer, and the filters they were found with: the applied ones, or when those
        leave no row, fewer inferred ones (`_register_widenings`); rows from another council never answer."""
        assert self.register is not None
        for wider in (applied, *_register_widenings(intent, explicit, applied)):
            found = self.register.find(intent, wider, hits)
            if found:
                return found, wider
        return [], applied

    def respond(self, r: Retrieval) -> Answer:
        """The second half of `ask`: compose a cited answer from the passages, or refuse."""
        notes = list(r.notes)
        text, citations, refused = "", (), True
        standalone, hits = r.standalone, r.hits
        if r.commitments:
            (text, citations), refused = compose(r.commitments), False
        elif hits and r.strength >= self.refusal_threshold:
            typed = r.question if standalone != r.question.strip() else None
            text, citations = self._compose(standalone, typed, hits, notes, r.widened)
            withheld = why_unanswered(standalone, [c.quote for c in citations], _shown(text)) if text else None
            refused = not text or withheld is not None
            if withheld:
                notes.append(withheld)
        if refused:
            text = f"{REFUSAL} {CLOSEST}" if hits else REFUSAL
            citations = _closest(hits)
        return Answer(
            question=r.question,
            text=text,
            refused=refused,
            filters=r.filters,
            citations=citations,
            contexts=hits,
            standalone_question=standalone if standalone != r.question.strip() else None,
            notes=tuple(notes),
        )

    def _compose(
        self, question: str, typed: str | None, hits: Sequence[Hit], notes: list[str], widened: bool
    ) -> tuple[str, tuple[Citation, ...]]:
        """The LLM's checked answer when one is configured and it answers; the extractive answer otherwise,
        saying which meeting each sentence is from when the search went beyond the papers the question named."""
        if self.llm_answerer is not None:
            try:
                result = self.llm_answerer(question, hits)
            except LLMError as exc:
                log.warning("LLM answerer failed, answering extractively: %s", exc)
                notes.append("The language model was unavailable; the answer is quoted from the papers.")
            else:
                if result and result[0].strip() and result[1]:
                    return result[0], tuple(result[1])
                notes.append("The language model's answer was not backed by the papers; the answer is quoted from them.")
        return answer_extractively(question, hits, self.max_sentences, focus=typed, headings=widened)


def _grades(text: str) -> bool:
    """Whether a passage holds a judgement table's graded rows ("Overall effectiveness\tGood")."""
    return any("\t" in line and has_judgement(line.replace("\t", ": ")) for line in text.split("\n"))


def _summary(hit: Hit) -> bool:
    """Whether a passage is part of an inspection report's summary: its dates and lead inspector, its graded
    table, or its verdict in words on the overall effectiveness since the last inspection."""
    return _grades(hit.chunk.text) or bool(_INSPECTION_DATES.match(hit.chunk.text) or _VERDICT.search(hit.chunk.text))


def _with_summary(hits: Sequence[Hit], found: Sequence[Hit]) -> list[Hit]:
    """For a question about an inspection's judgements: the hits with the summary passages (graded table, dates
    and lead inspector, verdict) of the first report among them that has any, moved or put just after the best hit, which
    they answer for; the weakest hits give way."""
    docs = [h.chunk.doc_id for h in hits]
    pool = {h.chunk.chunk_id: h for h in [*hits, *found] if h.chunk.doc_id in docs and _summary(h)}
    if not pool:
        return list(hits)
    doc = min((h.chunk.doc_id for h in pool.values()), key=docs.index)
    summary = sorted((h for h in pool.values() if h.chunk.doc_id == doc), key=lambda h: h.chunk.position)
    ids = {h.chunk.chunk_id for h in summary}
    rest = [h for h in hits[1:] if h.chunk.chunk_id not in ids]
    first = [] if hits[0].chunk.chunk_id in ids else [hits[0]]
    return [*first, *summary, *rest][: len(hits)]


_MARKER = re.compile(r"\s*\[\d+\]")


def _shown(text: str) -> list[str]:
    """The answer's sentences as the reader sees them, without their [n] markers and the meetings' headings."""
    return [_MARKER.sub("", line) for line in text.splitlines() if line.strip() and not line.rstrip().endswith(":")]


def _closest(hits: Sequence[Hit]) -> tuple[Citation, ...]:
    """The closest passages as citations, each quoting its first sentence: what a refusal lists."""
    return tuple(
        Citation(n=n, chunk=hit.chunk, quote=first_sentence(hit.chunk.text))
        for n, hit in enumerate(hits[:CLOSEST_CITED], start=1)
    )
