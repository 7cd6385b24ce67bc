"""The one place an `Answer` becomes the answer JSON of CONTRACT.md, and the text `clerk ask` prints."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from ingest.catalog import CommitmentEntry
from ingest.dates import spelt
from ingest.records import Chunk
from retrieval.records import Answer, Citation, Filters, Hit
from retrieval.sentences import clean

UrlFor = Callable[[Chunk], str]


def public_source(source: str) -> str:
    """A source as a reader may see it: a web address or a path inside the ingest folder as it is, else (an absolute
    path, one that climbs out with "..") the file's name: never where the server keeps its files."""
    if source.startswith(("http://", "https://")):
        return source
    path = source.replace("\\", "/")
    if path.startswith("/") or ":" in path[:3] or ".." in path.split("/"):
        return path.rstrip("/").rsplit("/", 1)[-1]
    return path


def viewer_url(source: str, doc_id: str, chunk_id: str | None, page: int | None) -> str:
    """Clerk's own view of a passage: a PDF opened at its page, or else the document's text at the passage."""
    if source.lower().endswith(".pdf") and page:
        return f"/api/documents/{doc_id}/file#page={page}"
    return f"/documents/{doc_id}?chunk={chunk_id}" if chunk_id else f"/documents/{doc_id}"


def passage_url(source: str, doc_id: str, chunk_id: str | None, page: int | None, public: str | None = None) -> str:
    """Where a reader checks a passage: at the council's own copy when the paper came with its public address
    (a synced document, a manifest's url; a PDF at the page), else in Clerk's view. Only http(s) addresses count:
    a `javascript:` or `file:` link from a paper is never handed to a reader."""
    if public and public.lower().startswith(("http://", "https://")):
        if source.lower().endswith(".pdf") and page:
            return f"{public.split('#', 1)[0]}#page={page}"
        return public
    return viewer_url(source, doc_id, chunk_id, page)


def document_url(chunk: Chunk) -> str:
    """Where a reader checks a chunk (see `passage_url`)."""
    return passage_url(chunk.source, chunk.doc_id, chunk.chunk_id, chunk.page_start, chunk.url)


def chunk_viewer_url(chunk: Chunk, page: int | None = None) -> str:
    """Clerk's own view of a chunk, for the web chat (see `viewer_url`)."""
    return viewer_url(chunk.source, chunk.doc_id, chunk.chunk_id, page or chunk.page_start)


def commitment_to_json(entry: CommitmentEntry) -> dict[str, Any]:
    """One record of the commitments register as the wire has it, with its source and a link to its passage."""
    c, doc = entry.commitment, entry.document
    m = doc.meta
    return {
        "id": c.commitment_id,
        "kind": c.kind,
        "text": c.text,
        "actor": c.actor,
        "due": c.due,
        "due_date": _iso(c.due_date),
        "status": c.status,
        "council": m.council,
        "committee": m.committee,
        "meeting_date": _iso(m.meeting_date),
        "item": m.item,
        "section": c.section,
        "page": c.page,
        "title": m.title,
        "source": public_source(doc.source),
        "doc_id": doc.doc_id,
        "chunk_id": c.chunk_id,
        "url": passage_url(doc.source, doc.doc_id, c.chunk_id, c.page, m.url),
        "viewer_url": viewer_url(doc.source, doc.doc_id, c.chunk_id, c.page),
    }


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def filters_to_json(filters: Filters) -> dict[str, Any]:
    """Filters as the wire has them: ISO dates or null, plus kind and latest."""
    return {
        "council": filters.council,
        "committee": filters.committee,
        "since": _iso(filters.since),
        "until": _iso(filters.until),
        "kind": filters.kind,
        "latest": filters.latest,
    }


def _at_page(url: str, page: int | None) -> str:
    """A PDF link moved to `page` (a passage's link opens its first page; a quote may be on a later one)."""
    head, sep, _ = url.partition("#page=")
    return f"{head}#page={page}" if sep and page else url


def _citation(citation: Citation, url_for: UrlFor) -> dict[str, Any]:
    chunk = citation.chunk
    page = citation.page
    return {
        "n": citation.n,
        "chunk_id": chunk.chunk_id,
        "doc_id": chunk.doc_id,
        "source": public_source(chunk.source),
        "title": chunk.title,
        "council": chunk.council,
        "committee": chunk.committee,
        "meeting_date": _iso(chunk.meeting_date),
        "item": chunk.item,
        "section": chunk.section,
        "page": page,
        "quote": citation.quote,
        "url": _at_page(url_for(chunk), page),
        "viewer_url": chunk_viewer_url(chunk, page),
    }


def hit_to_json(rank: int, hit: Hit, url_for: UrlFor | None = None) -> dict[str, Any]:
    """One ranked passage as the wire has it (an answer's `contexts`, `/api/search`'s `results`)."""
    url_for = url_for or document_url
    chunk = hit.chunk
    return {
        "rank": rank,
        "chunk_id": chunk.chunk_id,
        "doc_id": chunk.doc_id,
        "source": public_source(chunk.source),
        "text": chunk.text,
        "score": hit.score,
        "similarity": hit.similarity,
        "lexical_score": hit.lexical_score,
        "council": chunk.council,
        "committee": chunk.committee,
        "meeting_date": _iso(chunk.meeting_date),
        "page": chunk.page_start,
        "section": chunk.section,
        "title": chunk.title,
        "item": chunk.item,
        "kind": chunk.kind,
        "dense_rank": hit.dense_rank,
        "lexical_rank": hit.lexical_rank,
        "url": url_for(chunk),
        "viewer_url": chunk_viewer_url(chunk),
    }


def answer_to_json(answer: Answer, url_for: UrlFor | None = None) -> dict[str, Any]:
    """The answer as CONTRACT.md's JSON object (plus standalone_question and notes); `url_for` builds citation links."""
    url_for = url_for or document_url
    return {
        "question": answer.question,
        "answer": answer.text,
        "refused": answer.refused,
        "filters": filters_to_json(answer.filters),
        "citations": [_citation(c, url_for) for c in answer.citations],
        "contexts": [hit_to_json(rank, hit, url_for) for rank, hit in enumerate(answer.contexts, start=1)],
        "standalone_question": answer.standalone_question,
        "notes": list(answer.notes),
    }


def source_line(citation: Citation) -> str:
    """One numbered source as `clerk ask` lists it: council — committee, date, item, para, page, file."""
    chunk = citation.chunk
    where = " — ".join(x for x in (chunk.council, chunk.committee or chunk.title) if x)
    when = spelt(chunk.meeting_date)
    page = f"p. {citation.page}" if citation.page else None  # the quote's page, not the passage's span
    para = f"para {chunk.section}" if chunk.section else None
    details = ", ".join(x for x in (where or chunk.title, when, chunk.item, para, page, public_source(chunk.source)) if x)
    return f"[{citation.n}] {details}"


def format_for_terminal(answer: Answer) -> str:
    """The answer, then its numbered sources with their quotes, then any notes: what `clerk ask` prints."""
    lines = [answer.text]
    if answer.standalone_question:
        lines += ["", f"(Read as: {answer.standalone_question})"]
    if answer.citations:
        lines += ["", "Closest material:" if answer.refused else "Sources:"]
        for citation in answer.citations:
            quote = clean(citation.quote)
            if len(quote) > 300:
                quote = quote[:297].rstrip() + "…"
            lines += [source_line(citation), f"    “{quote}”"]
    for note in answer.notes:
        lines += ["", f"Note: {note}"]
    return "\n".join(lines)

