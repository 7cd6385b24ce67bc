"""A catalogue entry in the shape `clerk docs --json` and GET /api/documents promise."""
from __future__ import annotations

from ingest.catalog import DocumentEntry
from retrieval.wire import public_source


def document_json(entry: DocumentEntry) -> dict:
    """doc_id, source, title, council, committee, meeting_date, item, kind, pages, chunks (and date_end, url), and
    provenance: where each field was read ("text", "format", "manifest", "file name", "folder")."""
    doc, m = entry.document, entry.document.meta
    return {
        "doc_id": doc.doc_id,
        "source": public_source(doc.source),  # never an absolute server path, whatever an older catalogue holds
        "title": m.title,
        "council": m.council,
        "committee": m.committee,
        "meeting_date": m.meeting_date.isoformat() if m.meeting_date else None,
        "date_end": m.date_end.isoformat() if m.date_end else None,
        "item": m.item,
        "kind": m.kind,
        "url": m.url,
        "pages": doc.pages,
        "chunks": entry.chunks,
        "provenance": dict(m.provenance),
    }
