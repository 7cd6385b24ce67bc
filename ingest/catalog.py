"""The SQLite catalogue beside the index: which documents are complete, their metadata, text and chunks.

A document is written as `pending`, its chunks go to Chroma, and only then is it marked `complete` in one
transaction that also retires the version it replaces. Readers see complete documents only; `recover()` clears
what an interrupted run left behind (under the data dir's write lock only: see ingest/writelock.py). Each document
records the INGEST_VERSION that made it, so a run after a killed or partly failed one re-parses only what is stale.
"""
from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ingest.records import Chunk, Commitment, Document, DocumentMeta, RegisterQuery

_SCHEMA = """
CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
  doc_id TEXT PRIMARY KEY, source TEXT NOT NULL, file_path TEXT NOT NULL, content_hash TEXT NOT NULL,
  status TEXT NOT NULL, title TEXT NOT NULL, council TEXT, committee TEXT, meeting_date TEXT, date_end TEXT,
  item TEXT, kind TEXT NOT NULL, url TEXT, pages INTEGER, chunks INTEGER NOT NULL DEFAULT 0, text TEXT NOT NULL,
  ingested_at REAL NOT NULL, provenance TEXT, ingest_version TEXT
);
CREATE INDEX IF NOT EXISTS documents_file ON documents (file_path);
CREATE INDEX IF NOT EXISTS documents_status ON documents (status, doc_id);
CREATE TABLE IF NOT EXISTS chunks (
  chunk_id TEXT PRIMARY KEY, doc_id TEXT NOT NULL, position INTEGER NOT NULL, text TEXT NOT NULL,
  section TEXT, headings TEXT NOT NULL, page_start INTEGER, page_end INTEGER, page_breaks TEXT
);
CREATE INDEX IF NOT EXISTS chunks_doc ON chunks (doc_id);
CREATE TABLE IF NOT EXISTS retired (doc_id TEXT PRIMARY KEY);
CREATE TABLE IF NOT EXISTS commitments (
  commitment_id TEXT PRIMARY KEY, doc_id TEXT NOT NULL, position INTEGER NOT NULL, kind TEXT NOT NULL,
  text TEXT NOT NULL, actor TEXT, due TEXT, due_date TEXT, section TEXT, page INTEGER, chunk_id TEXT,
  status TEXT NOT NULL DEFAULT 'open'
);
CREATE INDEX IF NOT EXISTS commitments_doc ON commitments (doc_id);
"""

_META_COLUMNS = (
    "doc_id, source, file_path, content_hash, title, council, committee, meeting_date, date_end, item, kind, url, "
    "pages, chunks, provenance, ingest_version"
)
# Columns added after the first release: an older catalogue gains them when opened (the values come with re-ingest).
_ADDED_COLUMNS = {
    "documents": (("provenance", "TEXT"), ("ingest_version", "TEXT")),
    "chunks": (("page_breaks", "TEXT"),),
}
_DOC_COLUMNS = f"{_META_COLUMNS}, text"


@dataclass(frozen=True, slots=True)
class DocumentEntry:
    """A complete document as the catalogue lists it."""

    document: Document
    file_path: str
    chunks: int
    ingest_version: str | None = None  # the INGEST_VERSION that made it; None when unknown (made again)


@dataclass(frozen=True, slots=True)
class StoredChunk:
    """A chunk as the catalogue keeps it (the document holds the rest of its metadata)."""

    chunk_id: str
    position: int
    text: str
    section: str | None
    headings: tuple[str, ...]
    page_start: int | None
    page_end: int | None
    page_breaks: tuple[tuple[int, int], ...] = ()  # as `Chunk.page_breaks`; () for chunks stored before they were kept


@dataclass(frozen=True, slots=True)
class CommitmentEntry:
    """A commitment in the register with the document it comes from (whose `text` is left empty)."""

    commitment: Commitment
    document: Document


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _provenance(value: str | None) -> dict[str, str]:
    """Where each field came from, as stored (JSON); {} for documents ingested before it was kept."""
    found = json.loads(value) if value else {}
    return {str(k): str(v) for k, v in found.items()} if isinstance(found, dict) else {}


def _page_breaks(value: str | None) -> tuple[tuple[int, int], ...]:
    """A chunk's page breaks as stored (JSON pairs); () for none, or for chunks stored before they were kept."""
    return tuple((int(at), int(page)) for at, page in json.loads(value)) if value else ()


def _entry(row: sqlite3.Row) -> DocumentEntry:
    meta = DocumentMeta(
        title=row["title"],
        council=row["council"],
        committee=row["committee"],
        meeting_date=_date(row["meeting_date"]),
        date_end=_date(row["date_end"]),
        item=row["item"],
        kind=row["kind"],
        url=row["url"],
        provenance=_provenance(row["provenance"]),
    )
    doc = Document(row["doc_id"], row["source"], row["content_hash"], meta, row["pages"], row["text"])
    return DocumentEntry(doc, row["file_path"], row["chunks"], row["ingest_version"])


class Catalog:
    """Documents and chunks in SQLite; safe to share between processes on one machine."""

    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path, timeout=30, check_same_thread=False, isolation_level=None)
        self._db.row_factory = sqlite3.Row
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(_SCHEMA)
        self._add_columns()

    def _add_columns(self) -> None:
        for table, columns in _ADDED_COLUMNS.items():
            have = {r["name"] for r in self._db.execute(f"PRAGMA table_info({table})")}
            for name, kind in columns:
                if name not in have:
                    self._db.execute(f"ALTER TABLE {table} ADD COLUMN {name} {kind}")
                    if name == "ingest_version":  # until now one version for the whole index, kept as a setting
                        self._db.execute(
                            "UPDATE documents SET ingest_version = (SELECT value FROM settings WHERE key = 'ingest_version')"
                        )

    def close(self) -> None:
        """Close the connection."""
        self._db.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    # settings -----------------------------------------------------------------------------------------------

    def setting(self, key: str) -> str | None:
        """A stored setting, e.g. the embedding model that built the index."""
        row = self._db.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return row["value"] if row else None

    def set_setting(self, key: str, value: str) -> None:
        """Store a setting."""
        self._db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", (key, value))

    def generation(self) -> int:
        """A counter that changes whenever the set of complete documents changes (for caches such as BM25)."""
        return int(self.setting("generation") or 0)

    def _bump(self, db: sqlite3.Connection) -> None:
        db.execute(
            "INSERT INTO settings (key, value) VALUES ('generation', '1') "
            "ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1"
        )

    # writing --------------------------------------------------------------------------------------------------

    def begin(
        self, doc: Document, file_path: str, chunks: Sequence[Chunk], commitments: Sequence[Commitment] = (),
        ingest_version: str | None = None,
    ) -> None:
        """Record a document (made by `ingest_version` of the ingester), its chunks and its commitments as pending,
        before its vectors are written."""
        m = doc.meta
        with self._transaction() as db:
            db.execute("DELETE FROM chunks WHERE doc_id = ?", (doc.doc_id,))
            db.execute("DELETE FROM commitments WHERE doc_id = ?", (doc.doc_id,))
            db.execute(
                f"INSERT OR REPLACE INTO documents ({_DOC_COLUMNS}, status, ingested_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?)",
                (
                    doc.doc_id, doc.source, file_path, doc.content_hash, m.title, m.council, m.committee,
                    _iso(m.meeting_date), _iso(m.date_end), m.item, m.kind, m.url, doc.pages, len(chunks),
                    json.dumps(m.provenance, sort_keys=True), ingest_version, doc.text, time.time(),
                ),
            )
            db.executemany(
                "INSERT INTO chunks (chunk_id, doc_id, position, text, section, headings, page_start, page_end, "
                "page_breaks) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (c.chunk_id, c.doc_id, c.position, c.text, c.section, json.dumps(c.headings), c.page_start, c.page_end,
                     json.dumps(c.page_breaks) if c.page_breaks else None)
                    for c in chunks
                ],
            )
            db.executemany(
                "INSERT INTO commitments (commitment_id, doc_id, position, kind, text, actor, due, due_date, section, "
                "page, chunk_id, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (c.commitment_id, c.doc_id, n, c.kind, c.text, c.actor, c.due, _iso(c.due_date), c.section, c.page,
                     c.chunk_id, c.status)
                    for n, c in enumerate(commitments)
                ],
            )

    def stamp_version(self, version: str | None) -> None:
        """Record every document as made by this ingester version (None: unknown, so each is made again)."""
        self._db.execute("UPDATE documents SET ingest_version = ?", (version,))

    def complete(self, doc_ids: Iterable[str], replaces: Iterable[str] = ()) -> None:
        """Make documents visible, retiring the versions they replace, in one transaction."""
        new, old = list(doc_ids), [d for d in replaces]
        with self._transaction() as db:
            db.executemany("UPDATE documents SET status = 'complete' WHERE doc_id = ?", [(d,) for d in new])
            self._retire(db, [d for d in old if d not in new])
            self._bump(db)

    def remove(self, doc_ids: Iterable[str]) -> None:
        """Retire documents: they vanish from the catalogue now and from the index at the next `recover()`."""
        with self._transaction() as db:
            self._retire(db, list(doc_ids))
            self._bump(db)

    def _retire(self, db: sqlite3.Connection, doc_ids: list[str]) -> None:
        for doc_id in doc_ids:
            db.execute("DELETE FROM chunks WHERE doc_id = ?", (doc_id,))
            db.execute("DELETE FROM commitments WHERE doc_id = ?", (doc_id,))
            db.execute("DELETE FROM documents WHERE doc_id = ?", (doc_id,))
            db.execute("INSERT OR IGNORE INTO retired (doc_id) VALUES (?)", (doc_id,))

    def leftovers(self) -> list[str]:
        """Documents whose vectors may still be in the index without a complete catalogue entry."""
        pending = [r["doc_id"] for r in self._db.execute("SELECT doc_id FROM documents WHERE status = 'pending'")]
        retired = [r["doc_id"] for r in self._db.execute("SELECT doc_id FROM retired")]
        return pending + retired

    def forget(self, doc_ids: Iterable[str]) -> None:
        """Drop the catalogue's memory of leftovers once their vectors are gone from the index."""
        ids = [(d,) for d in doc_ids]
        with self._transaction() as db:
            db.executemany("DELETE FROM retired WHERE doc_id = ?", ids)
            for table in ("chunks", "commitments"):
                db.executemany(
                    f"DELETE FROM {table} WHERE doc_id IN (SELECT doc_id FROM documents WHERE doc_id = ? AND status = 'pending')", ids
                )
            db.executemany("DELETE FROM documents WHERE doc_id = ? AND status = 'pending'", ids)

    def complete_ids(self) -> frozenset[str]:
        """Ids of the documents readers may see."""
        return frozenset(r[0] for r in self._db.execute("SELECT doc_id FROM documents WHERE status = 'complete'"))

    # reading --------------------------------------------------------------------------------------------------

    def documents(self, with_text: bool = True) -> list[DocumentEntry]:
        """Every complete document, newest meeting first; without `with_text`, each with its text left empty
        (for listings and metadata: a large index's texts are hundreds of megabytes)."""
        columns = _DOC_COLUMNS if with_text else f"{_META_COLUMNS}, '' AS text"
        rows = self._db.execute(
            f"SELECT {columns} FROM documents WHERE status = 'complete' "
            "ORDER BY meeting_date IS NULL, meeting_date DESC, source, doc_id"
        )
        return [_entry(r) for r in rows]

    def document(self, doc_id: str) -> DocumentEntry | None:
        """One complete document, or None."""
        row = self._db.execute(
            f"SELECT {_DOC_COLUMNS} FROM documents WHERE status = 'complete' AND doc_id = ?", (doc_id,)
        ).fetchone()
        return _entry(row) if row else None

    def by_file(self, file_path: str) -> list[DocumentEntry]:
        """The complete documents that came from one file."""
        rows = self._db.execute(
            f"SELECT {_DOC_COLUMNS} FROM documents WHERE status = 'complete' AND file_path = ?", (file_path,)
        )
        return [_entry(r) for r in rows]

    def has_content(self, content_hash: str) -> list[DocumentEntry]:
        """Complete documents made from these exact bytes (under any path)."""
        rows = self._db.execute(
            f"SELECT {_DOC_COLUMNS} FROM documents WHERE status = 'complete' AND content_hash = ?", (content_hash,)
        )
        return [_entry(r) for r in rows]

    def chunk_rows(self) -> list[tuple[str, str, str]]:
        """(chunk_id, doc_id, text) of every chunk of every complete document, in a stable order."""
        return [(r[0], r[1], r[2]) for r in self._chunk_rows()]

    def chunk_rows_with_headings(self) -> list[tuple[str, str, str, tuple[str, ...]]]:
        """(chunk_id, doc_id, text, heading path) of every chunk of every complete document, as `chunk_rows` orders them."""
        return [(r[0], r[1], r[2], tuple(json.loads(r[3]))) for r in self._chunk_rows()]

    def _chunk_rows(self) -> list[sqlite3.Row]:
        return self._db.execute(
            "SELECT c.chunk_id, c.doc_id, c.text, c.headings FROM chunks c JOIN documents d ON d.doc_id = c.doc_id "
            "WHERE d.status = 'complete' ORDER BY c.doc_id, c.position"
        ).fetchall()

    def chunks_of(self, doc_id: str) -> list[StoredChunk]:
        """A document's chunks in reading order."""
        rows = self._db.execute(
            "SELECT chunk_id, position, text, section, headings, page_start, page_end, page_breaks FROM chunks "
            "WHERE doc_id = ? ORDER BY position", (doc_id,)
        )
        return [
            StoredChunk(r[0], r[1], r[2], r[3], tuple(json.loads(r[4])), r[5], r[6], _page_breaks(r[7])) for r in rows
        ]

    def counts(self) -> tuple[int, int]:
        """(complete documents, their chunks)."""
        row = self._db.execute(
            "SELECT COUNT(*), COALESCE(SUM(chunks), 0) FROM documents WHERE status = 'complete'"
        ).fetchone()
        return int(row[0]), int(row[1])

    def commitments(self, query: RegisterQuery = RegisterQuery()) -> list[CommitmentEntry]:
        """The register: commitments of complete documents matching every filter given, newest meeting first.

        Council is matched exactly (ignoring case); committee and actor by the words they contain."""
        where, args = ["d.status = 'complete'"], []
        for clause, value in (
            ("d.council = ? COLLATE NOCASE", query.council),
            ("d.committee LIKE ?", f"%{query.committee}%" if query.committee else None),
            ("COALESCE(d.date_end, d.meeting_date) >= ?", _iso(query.since)),
            ("d.meeting_date <= ?", _iso(query.until)),
            ("c.actor LIKE ?", f"%{query.actor}%" if query.actor else None),
            ("c.kind = ?", query.kind),
            ("c.doc_id = ?", query.doc_id),
        ):
            if value:
                where.append(clause)
                args.append(value)
        columns = ", ".join(f"d.{c.strip()}" for c in _META_COLUMNS.split(","))
        rows = self._db.execute(
            f"SELECT {columns}, '' AS text, c.commitment_id, c.kind AS c_kind, c.text AS c_text, c.actor, c.due, "
            "c.due_date, c.section, c.page, c.chunk_id, c.status "
            f"FROM commitments c JOIN documents d ON d.doc_id = c.doc_id WHERE {' AND '.join(where)} "
            "ORDER BY d.meeting_date IS NULL, d.meeting_date DESC, d.source, d.doc_id, c.position",
            args,
        )
        return [
            CommitmentEntry(
                Commitment(
                    r["commitment_id"], r["doc_id"], r["c_kind"], r["c_text"], r["actor"], r["due"], _date(r["due_date"]),
                    r["section"], r["page"], r["chunk_id"], r["status"],
                ),
                _entry(r).document,
            )
            for r in rows
        ]
