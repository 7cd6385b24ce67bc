"""Questions about what was resolved, agreed or promised, answered from the commitments register first.

"What did officers agree to provide after the Croydon meeting?" -> the register's undertakings and resolutions
for Croydon whose words are about providing -> an answer that lists each, cited to the passage that records it.
A question the register cannot answer (nothing on its topic) goes to ordinary search instead.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ingest.catalog import Catalog, CommitmentEntry, StoredChunk
from ingest.commitments import KINDS
from ingest.council_variants import canonical_council
from ingest.dates import spelt
from ingest.records import Chunk, Commitment, RegisterQuery
from retrieval.passing import matches
from retrieval.intent import QuestionIntent, parse_question, topic_share, topic_weights
from retrieval.records import Citation, Filters, Hit
from retrieval.vocabulary import RELATED, terms

_KINDS_ASKED = (
    (re.compile(r"\brecommend", re.IGNORECASE), ("recommendation", "resolution")),
    (re.compile(r"\b(?:resolv|resolution|decid|decision)", re.IGNORECASE), ("resolution",)),
    (re.compile(r"\bactions?\b", re.IGNORECASE), ("action", "undertaking", "resolution")),
)
_PROMISED = ("undertaking", "action", "resolution")
_OFFICERS = re.compile(r"\bofficers?\b", re.IGNORECASE)
_PERSON = re.compile(r"\b(?:Cllr\.?|Councillor|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+([A-Z][\w’'-]+)")
# Verbs of handing something to the committee answer for one another ("agreed to provide" ~ "circulate figures").
_DELIVER = frozenset(terms("provide circulate send share supply bring submit give"))
# A row answers only when it carries at least this share of the topic's weight (its words, rarest heaviest): the
# topic, not a word of it ("the new Tesco superstore" is not answered by a resolution on a new plan).
CARRIES = 0.5
_RELEVANT = 0.6  # of the best row's share: a row sharing less of the topic than that is left out
_PAPERS_KEPT = 512  # papers whose passages the register keeps in memory between questions
_ROWS_KEPT = 100_000  # ... and commitments whose words it keeps


class UnknownKind(ValueError):
    """A kind of commitment the register does not know."""


@dataclass(frozen=True, slots=True)
class Found:
    """A commitment from the register that answers the question, with the passage that records it."""

    commitment: Commitment
    chunk: Chunk
    share: float = 1.0  # of the question's topic it carries (1.0 when the question names no topic)


def _deliver(stem: str) -> str:
    return "deliver" if stem in _DELIVER else stem


def _words(text: str) -> frozenset[str]:
    """A text's stems, each with the stems that answer for it ("staff" carries "workforce", vocabulary.RELATED)."""
    stems = {_deliver(t) for t in terms(text)}
    return frozenset(stems.union(*(RELATED.get(t, ()) for t in stems)))


def passage_words(chunk: Chunk) -> frozenset[str]:
    """The words a passage is matched on for a topic: its paper's council, committee and title, its headings, its text."""
    return _words("\n".join(x for x in (chunk.council, chunk.committee, chunk.title, *chunk.headings, chunk.text) if x))


_FIGURE = re.compile(r"\d")


def _states(commitment: Commitment, answer_type: str) -> bool:
    """Whether a commitment can state the kind of fact asked for: a date needs its due date, a number a figure."""
    if answer_type == "date":
        return bool(commitment.due or commitment.due_date)
    if answer_type == "number":
        return bool(_FIGURE.search(commitment.text))
    return True


def _kinds(question: str) -> tuple[str, ...]:
    return next((kinds for pattern, kinds in _KINDS_ASKED if pattern.search(question)), _PROMISED)


def _actor_wanted(question: str, entries: Sequence[CommitmentEntry]) -> list[CommitmentEntry]:
    """Only the named councillor's or the officers' commitments when the question names them and any exist."""
    person = _PERSON.search(question)
    wanted = person.group(1).lower() if person else "officer" if _OFFICERS.search(question) else None
    if not wanted:
        return list(entries)
    theirs = [e for e in entries if e.commitment.actor and wanted in e.commitment.actor.lower()]
    return theirs or list(entries)


def _newest_meeting(entries: Sequence[CommitmentEntry]) -> tuple[str, ...]:
    """The papers of the newest dated meeting among those that recorded commitments: what "the last meeting" means
    (an inspection report or a paper with no minutes is no meeting)."""
    dated = [e.document for e in entries if e.document.meta.meeting_date]
    if not dated:
        return ()
    newest = max(d.meta.meeting_date for d in dated)
    return tuple(d.doc_id for d in dated if d.meta.meeting_date == newest)


class Register:
    """The commitments register of one index, searched for a question's filters and topic."""

    def __init__(self, catalog: Catalog, limit: int = 8):
        self.catalog = catalog
        self.limit = limit
        self._passages: dict[str, dict[str, StoredChunk]] = {}  # by doc_id, a hash of the paper: never stale
        self._words: dict[str, frozenset[str]] = {}  # by commitment_id, likewise

    def list(self, query: RegisterQuery = RegisterQuery()) -> list[CommitmentEntry]:
        """The register, newest meeting first, narrowed by each filter given (a council by any of its names)."""
        if query.kind is not None and query.kind not in KINDS:
            raise UnknownKind(f"unknown kind '{query.kind}': use one of {', '.join(KINDS)}")
        council = query.council and (canonical_council(query.council) or query.council.strip())
        return self.catalog.commitments(replace(query, council=council))

    def find(self, question: str | QuestionIntent, filters: Filters, against: Sequence[Hit] = ()) -> list[Found]:
        """The register's answer to a question about commitments: the rows that pass the filters and carry the
        question's topic (in their words and their passage's) at least as well as the best of the search's passages
        `against`; [] when none does (search instead). A question that names no topic beyond asking what was
        resolved or promised gets every row that passes, newest meeting first."""
        intent = question if isinstance(question, QuestionIntent) else parse_question(question, infer=False)
        if not intent.commitments:
            return []
        plain = Filters(council=filters.council, committee=filters.committee, since=filters.since, until=filters.until)
        kinds = _kinds(intent.standalone)
        register = self.catalog.commitments()
        passing = [e for e in register if matches(plain, e.document.meta)]
        if filters.latest:
            newest = _newest_meeting(passing)
            passing = [e for e in passing if e.document.doc_id in newest]
        entries = [e for e in passing if e.commitment.kind in kinds and _states(e.commitment, intent.answer_type)]
        rows = self._rows(_actor_wanted(intent.standalone, entries))
        topic = tuple(dict.fromkeys(_deliver(t) for t in intent.subject))
        if not topic:
            return rows[: self.limit]
        own = [self._own(f.commitment) for f in rows]
        words = [w | passage_words(f.chunk) for w, f in zip(own, rows)]
        rivals = [passage_words(h.chunk) for h in against]
        # A word's weight is its rarity among the whole register, the rows' passages and search's passages: the
        # words every meeting uses ("new", "plan", "report") weigh little beside the topic's own.
        seen = {f.commitment.commitment_id for f in rows}
        others = [self._own(e.commitment) for e in register if e.commitment.commitment_id not in seen]
        weights = topic_weights(topic, [*words, *rivals, *others])
        shares = [topic_share(w, weights) for w in words]
        own_shares = [topic_share(w, weights) for w in own]
        rival = max((topic_share(w, weights) for w in rivals), default=0.0)
        # A row answers when it carries the topic at least as well as any passage; one that carries it only through
        # its passage ("the minutes be agreed" beside the item asked about) must do better than the passages, since
        # the passage itself, not the row, is then the answer.
        shares = [s if s >= CARRIES and (s > rival or s == rival and o > 0) else 0.0 for s, o in zip(shares, own_shares)]
        best = max(shares, default=0.0)
        if best <= 0:
            return []
        # Rows whose own words carry the topic come first, and alone when any does; else rows by their passages.
        own_shares = [o if s else 0.0 for s, o in zip(shares, own_shares)]
        ranking = own_shares if max(own_shares) >= CARRIES else shares
        top = max(ranking)
        kept = sorted((n for n, s in enumerate(ranking) if s >= _RELEVANT * top), key=lambda n: (-ranking[n], -shares[n], n))
        return [replace(rows[n], share=shares[n]) for n in kept[: self.limit]]

    def _own(self, commitment: Commitment) -> frozenset[str]:
        """A commitment's own words and its actor's."""
        words = self._words.get(commitment.commitment_id)
        if words is None:
            if len(self._words) >= _ROWS_KEPT:
                self._words.clear()
            words = self._words[commitment.commitment_id] = _words(f"{commitment.text} {commitment.actor or ''}")
        return words

    def _rows(self, entries: Sequence[CommitmentEntry]) -> list[Found]:
        """Each entry with the passage that records it (reading each paper's passages once)."""
        rows = []
        for e in entries:
            doc = e.document
            if doc.doc_id not in self._passages:
                if len(self._passages) >= _PAPERS_KEPT:
                    self._passages.clear()
                self._passages[doc.doc_id] = {c.chunk_id: c for c in self.catalog.chunks_of(doc.doc_id)}
            chunk = self._passages[doc.doc_id].get(e.commitment.chunk_id)
            if chunk is not None:
                rows.append(Found(e.commitment, Chunk.of_document(
                    chunk.chunk_id, doc.doc_id, chunk.position, chunk.text, doc.source, doc.meta, section=chunk.section,
                    headings=chunk.headings, page_start=chunk.page_start, page_end=chunk.page_end)))
        return rows


_LABEL = {"resolution": "Resolved", "recommendation": "Recommended", "action": "Asked", "undertaking": "Undertaken"}


def _meeting(chunk: Chunk) -> str:
    when = spelt(chunk.meeting_date) or "undated"
    return ", ".join(x for x in (chunk.council, chunk.committee, when) if x)


_WORD = re.compile(r"\w+")


def verbatim_span(text: str, passage: str) -> str:
    """The passage's own span that says `text`: a commitment joined from a lead-in and its list items ("relating to:
    his scrutiny ... the work ...") is quoted with the markers and numbers between them as the paper has them. The
    text itself when the passage does not hold its words in order."""
    words = _WORD.findall(text)
    if not words:
        return text
    m = re.search(r"[\W_]*".join(map(re.escape, words)), passage)
    return passage[m.start():m.end()] if m else text


def compose(found: Sequence[Found]) -> tuple[str, tuple[Citation, ...]]:
    """The answer: one line per commitment, grouped by meeting, each quoting the paper and cited [n]."""
    lines: list[str] = []
    citations: list[Citation] = []
    meeting = None
    several = len({_meeting(f.chunk) for f in found}) > 1
    for n, f in enumerate(found, start=1):
        c = f.commitment
        if several and _meeting(f.chunk) != meeting:
            meeting = _meeting(f.chunk)
            lines.append(f"{meeting}:")
        who = f" ({c.actor})" if c.actor else ""
        due = f"; due {c.due}" if c.due else ""
        lines.append(f"- {_LABEL.get(c.kind, c.kind.title())}{who}{due}: “{c.text}” [{n}]")
        citations.append(Citation(n=n, chunk=f.chunk, quote=verbatim_span(c.text, f.chunk.text)))
    intro = "The papers record these commitments:" if len(found) > 1 else "The papers record this commitment:"
    return "\n".join([intro, *lines]), tuple(citations)
