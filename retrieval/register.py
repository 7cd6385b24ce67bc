"""Questions about what was resolved, agreed or promised, answered from the commitments register first.

"What did officers agree to provide after the Croydon meeting?" -> the register's undertakings and resolutions
for Croydon whose words are about providing -> an answer that lists each, cited to the passage that records it.
A question the register cannot answer (nothing on its topic) goes to ordinary search instead.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ingest.catalog import Catalog, CommitmentEntry
from ingest.councils import canonical_council, find_councils
from ingest.commitments import KINDS
from ingest.records import Chunk, Commitment, RegisterQuery
from retrieval.filters import matches
from retrieval.records import Citation, Filters
from retrieval.vocabulary import terms

# A question about commitments names one of these acts.
_ASKS = re.compile(
    r"\b(?:resolv\w*|resolutions?|decid\w*|decisions?|agree[sd]?|agreements?|promis\w*|undert(?:ake|akes|ook|aking|akings)"
    r"|commit(?:ted|ments?)|pledge[sd]?|actions?|recommend(?:ed|s|ations?)?"
    r"|ask(?:ed)?\s+(?:for|that|officers?|the\s+[\w\s]{1,40}?\s+to)|ask(?:ed)?\s+about)\b",
    re.IGNORECASE,
)
# Ofsted's recommendations and decisions are an inspection's findings, not the council's commitments.
_INSPECTION = re.compile(r"\b(?:ofsted|inspect\w*)\b", re.IGNORECASE)
# Nor is what government recommended or decided: a question whose subject (named before the act) is one of these
# asks about that body ("What did the DfE commissioner recommend?"), unlike "What did officers agree to send the DfE?"
_GOVERNMENT = re.compile(
    r"\b(?:commissioners?|ministers?|secretary\s+of\s+state|department\s+for\s+\w+|dfe|government)\b", re.IGNORECASE
)
_KINDS_ASKED = (
    (re.compile(r"\brecommend", re.IGNORECASE), ("recommendation", "resolution")),
    (re.compile(r"\b(?:resolv|resolution|decid|decision)", re.IGNORECASE), ("resolution",)),
    (re.compile(r"\bactions?\b", re.IGNORECASE), ("action", "undertaking", "resolution")),
)
_PROMISED = ("undertaking", "action", "resolution")
_OFFICERS = re.compile(r"\bofficers?\b", re.IGNORECASE)
_PERSON = re.compile(r"\b(?:Cllr\.?|Councillor|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+([A-Z][\w’'-]+)")
# Words of the question that say what is asked about commitments rather than what they are about.
_FRAME = frozenset(terms(
    "resolve resolved resolution resolutions decide decided decision decisions agree agreed agreement promise "
    "promised undertake undertook undertaking commit committed commitment pledge action actions recommend "
    "recommended recommendations follow up officer officers committee sub-committee meeting meetings last next "
    "council councillor members member we do did done ask asked"
))
# Verbs of handing something to the committee answer for one another ("agreed to provide" ~ "circulate figures").
_DELIVER = frozenset(terms("provide circulate send share supply bring submit give"))
_RELEVANT = 0.6  # of the best match's weight: a commitment sharing only a common word with the question is left out


class UnknownKind(ValueError):
    """A kind of commitment the register does not know."""


@dataclass(frozen=True, slots=True)
class Found:
    """A commitment from the register that answers the question, with the passage that records it."""

    commitment: Commitment
    chunk: Chunk


def asks_about_commitments(question: str) -> bool:
    """Whether a question asks what was resolved, agreed, promised or recommended by the council's side (not what
    Ofsted found or a minister decided)."""
    act = _ASKS.search(question)
    if act is None or _INSPECTION.search(question):
        return False
    return _GOVERNMENT.search(question, 0, act.start()) is None  # the act's subject is not government


def _topic(question: str, filters: Filters) -> set[str]:
    named = " ".join(n for n, _ in find_councils(question))
    noise = _FRAME | set(terms(" ".join(x for x in (filters.council, filters.committee, named) if x)))
    return {_deliver(t) for t in terms(question) if t not in noise}


def _deliver(stem: str) -> str:
    return "deliver" if stem in _DELIVER else stem


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


def _newest_meeting(catalog: Catalog, filters: Filters) -> tuple[str, ...] | None:
    """The documents of the newest meeting among those passing the filters: what "the last meeting" means."""
    docs = [e.document for e in catalog.documents(with_text=False)
            if matches(filters, e.document.meta) and e.document.meta.meeting_date]
    if not docs:
        return None
    newest = max(d.meta.meeting_date for d in docs)
    return tuple(d.doc_id for d in docs if d.meta.meeting_date == newest)


def _scores(entries: Sequence[CommitmentEntry], topic: set[str], titles: bool) -> list[float]:
    """Each entry's shared words with the topic, each weighted by its rarity in the register."""
    words = [
        {_deliver(t) for t in terms(f"{e.commitment.text} {e.commitment.actor or ''} {e.document.meta.title if titles else ''}")}
        for e in entries
    ]
    df = Counter(w for ws in words for w in ws)
    weight = {w: math.log(1 + len(entries) / df[w]) for w in topic if df[w]}
    return [sum(weight.get(w, 0.0) for w in ws & topic) for ws in words]


def _ranked(entries: Sequence[CommitmentEntry], topic: set[str]) -> list[CommitmentEntry]:
    """The entries on the question's topic, best first, by their own words or else by their paper's title
    ("What was decided about Holme Park Court?"); every entry, in register order, when the question names no topic."""
    if not topic:
        return list(entries)
    scores = _scores(entries, topic, titles=False)
    if max(scores, default=0.0) <= 0:
        scores = _scores(entries, topic, titles=True)
    best = max(scores, default=0.0)
    if best <= 0:
        return []
    keep = [(s, n) for n, s in enumerate(scores) if s >= _RELEVANT * best]
    return [entries[n] for _, n in sorted(keep, key=lambda x: (-x[0], x[1]))]


class Register:
    """The commitments register of one index, searched for a question's filters and topic."""

    def __init__(self, catalog: Catalog, limit: int = 8):
        self.catalog = catalog
        self.limit = limit

    def list(self, query: RegisterQuery = RegisterQuery()) -> list[CommitmentEntry]:
        """The register, newest meeting first, narrowed by each filter given (a council by any of its names)."""
        if query.kind is not None and query.kind not in KINDS:
            raise UnknownKind(f"unknown kind '{query.kind}': use one of {', '.join(KINDS)}")
        council = query.council and (canonical_council(query.council) or query.council.strip())
        return self.catalog.commitments(replace(query, council=council))

    def find(self, question: str, filters: Filters) -> list[Found]:
        """The register's answer to a question about commitments, or [] when it has none (search instead)."""
        if not asks_about_commitments(question):
            return []
        plain = Filters(council=filters.council, committee=filters.committee, since=filters.since, until=filters.until)
        kinds = _kinds(question)
        entries = [e for e in self.catalog.commitments() if e.commitment.kind in kinds and matches(plain, e.document.meta)]
        if filters.latest:
            newest = _newest_meeting(self.catalog, plain)
            if newest is not None:
                entries = [e for e in entries if e.document.doc_id in newest]
        chosen = _ranked(_actor_wanted(question, entries), _topic(question, filters))[: self.limit]
        return [Found(e.commitment, chunk) for e in chosen if (chunk := self._chunk(e)) is not None]

    def _chunk(self, entry: CommitmentEntry) -> Chunk | None:
        stored = next((c for c in self.catalog.chunks_of(entry.document.doc_id) if c.chunk_id == entry.commitment.chunk_id), None)
        if stored is None:
            return None
        doc = entry.document
        return Chunk.of_document(
            stored.chunk_id, doc.doc_id, stored.position, stored.text, doc.source, doc.meta,
            section=stored.section, headings=stored.headings, page_start=stored.page_start, page_end=stored.page_end,
        )


_LABEL = {"resolution": "Resolved", "recommendation": "Recommended", "action": "Asked", "undertaking": "Undertaken"}


def _meeting(chunk: Chunk) -> str:
    when = f"{chunk.meeting_date.day} {chunk.meeting_date.strftime('%B %Y')}" if chunk.meeting_date else "undated"
    return ", ".join(x for x in (chunk.council, chunk.committee, when) if x)


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
        citations.append(Citation(n=n, chunk=f.chunk, quote=c.text))
    intro = "The papers record these commitments:" if len(found) > 1 else "The papers record this commitment:"
    return "\n".join([intro, *lines]), tuple(citations)
