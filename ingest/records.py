"""The records that flow out of ingestion: what a parser finds, a document, a chunk."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True, slots=True)
class Page:
    """One page of extracted text (or the whole text for formats without pages).

    `text` is structured plain text, the one form every parser produces:
    headings start with "#", list items with "- ", table rows hold cells separated by a tab,
    and paragraphs are separated by a blank line.
    """

    number: int | None  # 1-based page number; None for formats without pages
    text: str


@dataclass(frozen=True, slots=True)
class Part:
    """One document found inside a file; most files hold one, a ModernGov issue page may hold several meetings."""

    pages: tuple[Page, ...]
    # Metadata the format states outright (a ModernGov XML field, an HTML <title>); keys are DocumentMeta field names.
    hints: dict[str, str] = field(default_factory=dict)

    @property
    def text(self) -> str:
        """The part's whole text, pages joined by blank lines."""
        return "\n\n".join(p.text for p in self.pages)


@dataclass(frozen=True, slots=True)
class DocumentMeta:
    """Who said it, where and when: the metadata a citation needs."""

    title: str
    council: str | None = None
    committee: str | None = None
    meeting_date: date | None = None  # the meeting, or the first day of an inspection
    date_end: date | None = None  # the last day of an inspection; equals meeting_date for a meeting
    item: str | None = None  # agenda item, e.g. "Item 9"
    kind: str = "document"  # minutes, agenda, report, decision, forward plan, inspection report, document
    url: str | None = None
    # Where each field's value was read: "text", "format" (a ModernGov XML or HTML field), "manifest", "file name",
    # "folder". Not part of equality: the same facts read from another place are the same metadata.
    provenance: dict[str, str] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True, slots=True)
class Document:
    """One ingested document: a file, or one meeting within a file."""

    doc_id: str  # content hash of the file bytes, with the part number when a file holds several
    source: str  # the path as given to `clerk ingest`, or the URL
    content_hash: str  # sha256 of the file bytes
    meta: DocumentMeta
    pages: int | None  # number of pages, None for unpaged formats
    text: str  # the extracted text that quotes are taken from


@dataclass(frozen=True, slots=True)
class Block:
    """A structural unit of a document: a numbered paragraph, a list item, a table, a heading's body."""

    text: str
    kind: str  # paragraph, list_item, table, heading
    page: int | None
    section: str | None  # paragraph number, e.g. "27.8" or "2.5"
    headings: tuple[str, ...]  # heading path above this block


@dataclass(frozen=True, slots=True)
class Chunk:
    """A retrievable, citable passage of a document."""

    chunk_id: str  # hash of doc_id + position, so re-ingest is idempotent
    doc_id: str
    position: int
    text: str  # verbatim from the document's text (up to whitespace)
    source: str
    title: str
    council: str | None
    committee: str | None
    meeting_date: date | None
    date_end: date | None
    item: str | None
    kind: str
    section: str | None
    headings: tuple[str, ...]
    page_start: int | None
    page_end: int | None
    url: str | None = None
    # (offset in `text`, page) where each page after the passage's first begins; () when it sits on one page.
    page_breaks: tuple[tuple[int, int], ...] = ()

    @classmethod
    def of_document(
        cls,
        chunk_id: str,
        doc_id: str,
        position: int,
        text: str,
        source: str,
        meta: DocumentMeta,
        *,
        section: str | None = None,
        headings: tuple[str, ...] = (),
        page_start: int | None = None,
        page_end: int | None = None,
        page_breaks: tuple[tuple[int, int], ...] = (),
    ) -> Chunk:
        """A passage of a document, carrying the document's citation metadata."""
        return cls(
            chunk_id=chunk_id,
            doc_id=doc_id,
            position=position,
            text=text,
            source=source,
            title=meta.title,
            council=meta.council,
            committee=meta.committee,
            meeting_date=meta.meeting_date,
            date_end=meta.date_end or meta.meeting_date,
            item=meta.item,
            kind=meta.kind,
            section=section,
            headings=headings,
            page_start=page_start,
            page_end=page_end,
            url=meta.url,
            page_breaks=page_breaks,
        )

    def page_at(self, offset: int) -> int | None:
        """The page the character at `offset` of the passage's text is on (its first page before any break)."""
        page = self.page_start
        for at, number in self.page_breaks:
            if at > offset:
                break
            page = number
        return page

    @property
    def context(self) -> str:
        """The text the embedder and BM25 see: where the passage sits, then the passage."""
        where = " | ".join(x for x in (self.council, self.title, *self.headings) if x)
        return f"{where}\n{self.text}" if where else self.text


@dataclass(frozen=True, slots=True)
class Commitment:
    """A resolution, recommendation, action or undertaking a paper records: who is to do what, and by when."""

    commitment_id: str  # hash of doc_id + position, stable across re-ingest of the same bytes
    doc_id: str
    kind: str  # resolution, recommendation, action, undertaking
    text: str  # verbatim from the document's text (up to whitespace)
    actor: str | None  # officers, a named councillor, the committee, a board
    due: str | None  # as the paper states it: "by the end of the year", "the April 2015 meeting"
    due_date: date | None  # when `due` names a date or a month
    section: str | None  # paragraph number, e.g. "27.21"
    page: int | None
    chunk_id: str | None = None  # the passage that holds it
    status: str = "open"


@dataclass(frozen=True, slots=True)
class RegisterQuery:
    """Which of the register's commitments to list: every filter given must hold (None lets everything through)."""

    council: str | None = None  # the council as the catalogue spells it, ignoring case
    committee: str | None = None  # words the committee's name contains
    since: date | None = None  # meetings on or after (an inspection counts by its last day)
    until: date | None = None  # meetings on or before
    actor: str | None = None  # words the actor contains: "officers", "Cllr Russell"
    kind: str | None = None  # resolution, recommendation, action, undertaking
    doc_id: str | None = None
