"""A sync's mirror folder: every meeting's record and documents as files, with a `manifest.jsonl` per meeting that
carries what the council's system says of each (council, committee, date, item, title, public URL), which the
ingester reads as authoritative metadata.

    <mirror>/<committee>/<YYYY-MM-DD>_<meeting id>/meeting.xml           the GetMeeting record: agenda items, minutes
    <mirror>/<committee>/<YYYY-MM-DD>_<meeting id>/<id>-<title>.pdf      each linked document
    <mirror>/<committee>/<YYYY-MM-DD>_<meeting id>/manifest.jsonl
"""
from __future__ import annotations

import json
import re
from pathlib import Path, PurePosixPath
from urllib.parse import urlparse

from ingest.sync.fetch import write_atomically
from ingest.sync.records import LinkedDocument, Meeting

RECORD_NAME = "meeting.xml"
_SLUG = re.compile(r"[^a-z0-9]+")
_KNOWN_SUFFIXES = frozenset({".pdf", ".docx", ".html", ".htm", ".txt", ".md", ".xml"})


def slug(text: str, limit: int = 60) -> str:
    """A file-name-safe form of a title: lower case, words joined by hyphens."""
    return _SLUG.sub("-", text.lower()).strip("-")[:limit].rstrip("-") or "untitled"


def meeting_dir(mirror: Path, meeting: Meeting) -> Path:
    """Where a meeting's files live."""
    day = meeting.day.isoformat() if meeting.day else "undated"
    return mirror / slug(meeting.committee.title) / f"{day}_{slug(meeting.meeting_id, 20)}"


def document_name(doc: LinkedDocument) -> str:
    """A linked document's file name: its id and title, with the suffix its URL names (ModernGov's converted
    papers, mgConvert2PDF.aspx, are PDFs)."""
    suffix = PurePosixPath(urlparse(doc.url).path).suffix.lower()
    if suffix not in _KNOWN_SUFFIXES:
        suffix = ".pdf"
    return f"{slug(doc.doc_id, 20)}-{slug(doc.title, 50)}{suffix}"


def write_manifest(folder: Path, council: str, meeting: Meeting, documents: dict[str, LinkedDocument]) -> None:
    """The meeting's manifest: one line for its record, one per document fetched (file name -> document)."""
    day = meeting.day.isoformat() if meeting.day else None
    base = {"council": council, "committee": meeting.committee.title, "meeting_date": day}
    rows = [{"file": RECORD_NAME, **base, "url": meeting.page_url}]
    for name, doc in sorted(documents.items()):
        row = {"file": name, **base, "title": doc.title, "url": doc.url}
        if doc.item:
            row["item"] = doc.item
        rows.append(row)
    body = "".join(json.dumps({k: v for k, v in r.items() if v is not None}, ensure_ascii=False) + "\n" for r in rows)
    write_atomically(folder / "manifest.jsonl", body.encode("utf-8"))
