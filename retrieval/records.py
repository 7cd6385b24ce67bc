"""The records of retrieval and answering: filters, hits, citations, answers."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ingest.records import Chunk
from retrieval.pages import quote_page


@dataclass(frozen=True, slots=True)
class Filters:
    """Which papers a question is about; every field optional."""

    council: str | None = None
    committee: str | None = None
    since: date | None = None
    until: date | None = None
    kind: str | None = None  # minutes, report, inspection report, decision
    latest: bool = False  # "the latest inspection", "the last meeting": newest matching meeting only
    # Also papers whose council, committee or dates are not recorded: they cannot be shown to be outside the filters
    # (many councils' papers never state them). A paper recorded as another council's or period's stays out.
    or_unknown: bool = False

    def is_empty(self) -> bool:
        """True when nothing narrows the search."""
        return not any((self.council, self.committee, self.since, self.until, self.kind, self.latest))

    def merged(self, other: Filters) -> Filters:
        """These filters, with `other`'s fields filling the gaps (explicit filters win over inferred ones)."""
        return Filters(
            council=self.council or other.council,
            committee=self.committee or other.committee,
            since=self.since or other.since,
            until=self.until or other.until,
            kind=self.kind or other.kind,
            latest=self.latest or other.latest,
            or_unknown=self.or_unknown or other.or_unknown,
        )


@dataclass(frozen=True, slots=True)
class Clue:
    """The words of a question that gave one inferred filter: ("council", "Merton"), ("dates", "in July 2025")."""

    field: str  # council, committee, dates, kind, latest
    words: str


@dataclass(frozen=True, slots=True)
class Hit:
    """A retrieved passage and how it ranked."""

    chunk: Chunk
    score: float  # fused score (reciprocal rank fusion), higher is better
    similarity: float  # cosine similarity of the passage to the query (dense), for evidence strength
    dense_rank: int | None = None  # 1-based, None when dense search did not return it
    lexical_rank: int | None = None  # 1-based, None when BM25 did not return it
    lexical_score: float = 0.0


@dataclass(frozen=True, slots=True)
class Citation:
    """What an `[n]` marker points to: the passage, where it sits, and the verbatim quote."""

    n: int
    chunk: Chunk
    quote: str  # verbatim (up to whitespace) from chunk.text and so from the document's text

    @property
    def page(self) -> int | None:
        """The page the quote starts on (a passage may run over a page break); None for formats without pages."""
        return quote_page(self.chunk, self.quote)


@dataclass(frozen=True)
class Answer:
    """An answer with its citations and the passages retrieval returned."""

    question: str
    text: str  # with [n] markers
    refused: bool
    filters: Filters  # the filters applied (explicit and inferred)
    citations: tuple[Citation, ...]
    contexts: tuple[Hit, ...]  # ranked passages, best first, cited or not
    standalone_question: str | None = None  # the follow-up rewritten with earlier turns, when it was
    notes: tuple[str, ...] = field(default_factory=tuple)  # e.g. "filter on Merton relaxed: too little evidence"
