"""Ingest files and folders into the index: discover, parse, describe, chunk, embed, store — file by file, safely."""
from __future__ import annotations

import hashlib
import json
import logging
import os
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ingest.chunking import chunk_blocks
from ingest.commitment_links import link_chunks
from ingest.commitments import extract_commitments
from ingest.formats import SUPPORTED_SUFFIXES, ParseError, parse_file
from ingest.catalog import Catalog, DocumentEntry
from ingest.index import Index
from ingest.manifest import ManifestError, apply_overrides, load_manifests
from ingest.metadata import extract_meta
from ingest.records import Chunk, Commitment, Document, Part
from ingest.structure import to_blocks

# Bump when parsing or chunking changes what an unchanged file turns into: every file is then ingested again.
INGEST_VERSION = "34"
MB = 1024 * 1024  # what the limit is set in (CLERK_MAX_FILE_MB), so the message says the number the user set
DEFAULT_MAX_BYTES = 50 * MB
_log = logging.getLogger("clerk.ingest")
_IGNORED_NAMES = {"notice", "readme", "license", "licence", "manifest", "clerk-manifest", "sources"}


@dataclass(frozen=True, slots=True)
class FileResult:
    """What happened to one file."""

    source: str
    status: str  # added, updated, unchanged, failed, skipped
    documents: int = 0
    chunks: int = 0
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class Progress:
    """A progress event after each file."""

    files_done: int
    files_total: int
    chunks_embedded: int
    last: FileResult


@dataclass(frozen=True)
class IngestReport:
    """The outcome of one `ingest` run."""

    results: tuple[FileResult, ...]
    pruned: tuple[str, ...] = ()
    recovered: int = 0
    seconds: float = 0.0
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def failed(self) -> tuple[FileResult, ...]:
        """Files that could not be ingested."""
        return tuple(r for r in self.results if r.status == "failed")

    def count(self, status: str) -> int:
        """How many files ended with this status."""
        return sum(1 for r in self.results if r.status == status)

    @property
    def chunks_embedded(self) -> int:
        """Chunks embedded and written in this run."""
        return sum(r.chunks for r in self.results if r.status in ("added", "updated"))


@dataclass(frozen=True, slots=True)
class _Candidate:
    source: str  # where the file sits for a reader: relative to the folder given, never an absolute server path
    path: Path  # resolved
    explicit: bool  # named on the command line rather than found in a folder
    hint: str = ""  # the path as the user gave it, whose folders may hint at the council, committee or date
    refused: str | None = None  # why it is listed but not read (a link out of the folder)
    root: str = ""  # the folder given it was found in (resolved), or the file itself: where it may be served from


OUTSIDE_LINK = "a link to outside the folder"


def _ignored(path: Path) -> bool:
    return path.name.startswith(".") or path.stem.lower() in _IGNORED_NAMES


def _climbs(path: Path) -> bool:
    return path.is_absolute() or ".." in path.parts


def _source_in(folder: Path, path: Path) -> str:
    """A found file's source: the path as given under a plain relative folder, else the folder's name and the path
    below it ('/srv/papers/kent/a.pdf' given '/srv/papers' is 'papers/kent/a.pdf')."""
    if not _climbs(folder):
        return path.as_posix()
    name = folder.resolve().name or "files"
    return f"{name}/{path.relative_to(folder).as_posix()}"


def _walk(folder: Path, follow_links: bool, found: dict[Path, _Candidate]) -> None:
    """Add the files under `folder`; a link whose target lies outside the folder is listed as refused unless
    `follow_links` is set (a link to /etc/passwd must not be read, nor later served)."""
    root = folder.resolve()
    seen_dirs = {root}
    for top, dirs, files in os.walk(folder, followlinks=follow_links):
        here = Path(top)
        kept = []
        for d in sorted(dirs):
            if d.startswith("."):
                continue
            p = here / d
            target = p.resolve()
            if p.is_symlink() and not target.is_relative_to(root) and not follow_links:
                found.setdefault(target, _Candidate(_source_in(folder, p), target, False, str(p), OUTSIDE_LINK))
            elif not p.is_symlink() or (follow_links and target not in seen_dirs):
                seen_dirs.add(target)  # a link inside the folder is read where it points; a loop is read once
                kept.append(d)
        dirs[:] = kept
        for name in sorted(files):
            p = here / name
            if _ignored(p):
                continue
            target = p.resolve()
            refused = OUTSIDE_LINK if not follow_links and not target.is_relative_to(root) else None
            key = p.absolute() if refused else target
            where = str(root) if target.is_relative_to(root) else str(target)
            found.setdefault(key, _Candidate(_source_in(folder, p), target, False, str(p), refused, where))


def discover(paths: Iterable[str | os.PathLike], follow_links: bool = False) -> list[_Candidate]:
    """Files named, and files found under folders named, in the order given (sorted within a folder), no repeats.
    A file found through a link that leads out of its folder is listed refused, unless `follow_links`."""
    found: dict[Path, _Candidate] = {}
    for given in paths:
        given_path = Path(given)
        if given_path.is_dir():
            _walk(given_path, follow_links, found)
        else:
            source = given_path.name if _climbs(given_path) else given_path.as_posix()
            target = given_path.resolve()
            found.setdefault(target, _Candidate(source, target, True, str(given_path), None, str(target)))
    return list(found.values())


ROOTS_SETTING = "ingest_roots"


def record_roots(catalog: Catalog, candidates: Iterable[_Candidate]) -> None:
    """Add the folders (and files named alone) this run read from to the catalogue's roots: only files under them
    are ever served back."""
    recorded = catalog.setting(ROOTS_SETTING)
    if recorded is None:  # a catalogue from before roots were recorded: the folders its documents came from
        roots = {str(Path(e.file_path).parent) for e in catalog.documents(with_text=False)}
    else:
        roots = set(json.loads(recorded))
    new = roots | {c.root for c in candidates if c.root and not c.refused}
    if new != roots:
        catalog.set_setting(ROOTS_SETTING, json.dumps(sorted(new)))


def servable(catalog: Catalog, file_path: str, also: Iterable[Path] = ()) -> Path | None:
    """The document file at `file_path` if, with every link resolved, it lies under a recorded ingest root (or one
    of `also`, the uploads folder), else None."""
    path = Path(file_path).resolve()
    recorded = catalog.setting(ROOTS_SETTING)
    if recorded is None:  # a catalogue from before roots were recorded: the file as ingested, no link swapped in
        return path if path == Path(file_path) or any(path.is_relative_to(Path(a).resolve()) for a in also) else None
    roots = [Path(r) for r in json.loads(recorded)] + [Path(a).resolve() for a in also]
    return path if any(path == r or path.is_relative_to(r) for r in roots) else None


def _hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _chunk_id(doc_id: str, position: int) -> str:
    return hashlib.sha256(f"{doc_id}:{position}".encode()).hexdigest()[:24]


@dataclass(frozen=True, slots=True)
class Built:
    """One document made from a file: its citable chunks and the commitments it records."""

    document: Document
    chunks: list[Chunk]
    commitments: list[Commitment]


def build_documents(
    parts: Sequence[Part], source: str, content_hash: str, filename: str, overrides: dict | None, count
) -> list[Built]:
    """Turn a file's parts into documents with metadata, each with its citable chunks and its commitments."""
    out = []
    for i, part in enumerate(parts):
        doc_id = content_hash[:16] if len(parts) == 1 else f"{content_hash[:16]}-{i + 1}"
        meta = extract_meta(part, filename)
        if overrides and len(parts) == 1:
            meta = apply_overrides(meta, overrides)
        elif overrides:
            # A manifest describes the file; per-meeting facts found in the file itself still win.
            meta = apply_overrides(meta, {k: v for k, v in overrides.items() if k in ("council", "url")})
        pages = [p.number for p in part.pages if p.number is not None]
        doc = Document(doc_id, source, content_hash, meta, max(pages) if pages else None, part.text)
        blocks = to_blocks(part.pages)
        pieces = chunk_blocks(blocks, count)
        chunks = [
            Chunk.of_document(
                _chunk_id(doc_id, n), doc_id, n, piece.text, source, meta,
                section=piece.section, headings=piece.headings, page_start=piece.page_start, page_end=piece.page_end,
                page_breaks=piece.page_breaks,
            )
            for n, piece in enumerate(pieces)
        ]
        found = extract_commitments(doc_id, blocks, meta.kind, meta.committee)
        commitments = link_chunks(found, [(c.chunk_id, c.text) for c in chunks])
        out.append(Built(doc, chunks, commitments))
    return out


def _same_passages(built: Sequence[Built], previous: Sequence[DocumentEntry], catalog: Catalog) -> bool:
    """Whether the file's documents come out exactly as stored: same ids, metadata and chunks (text and place)."""
    before = {e.document.doc_id: e.document.meta for e in previous}
    if sorted(before) != sorted(b.document.doc_id for b in built):
        return False
    for b in built:
        if before[b.document.doc_id] != b.document.meta:
            return False
        stored = [(c.chunk_id, c.text, c.section, c.headings, c.page_start, c.page_end) for c in catalog.chunks_of(b.document.doc_id)]
        if stored != [(c.chunk_id, c.text, c.section, c.headings, c.page_start, c.page_end) for c in b.chunks]:
            return False
    return True


def _stale(entries: Sequence[DocumentEntry]) -> bool:
    """Whether any of these documents was made by another version of the ingester (or an unknown one)."""
    return any(e.ingest_version != INGEST_VERSION for e in entries)


class Ingester:
    """Runs ingestion against one open index."""

    def __init__(self, index: Index, max_bytes: int = DEFAULT_MAX_BYTES, follow_links: bool = False,
                 wait: float | None = None, on_wait: Callable[[str], None] | None = None):
        self.index = index
        self.max_bytes = max_bytes
        self.follow_links = follow_links
        # Writes take the data dir's write lock file by file, so that uploads and other writers interleave with a
        # long run: wait up to `wait` seconds for it (None: as long as it takes), telling `on_wait` who holds it.
        self.wait, self.on_wait = wait, on_wait or _log.warning
        self._this_run: set[str] = set()
        self.timings = {"read": 0.0, "parse": 0.0, "chunk": 0.0, "embed": 0.0, "store": 0.0}

    def run(
        self,
        paths: Iterable[str | os.PathLike],
        prune: bool = False,
        on_progress: Callable[[Progress], None] | None = None,
    ) -> IngestReport:
        """Ingest every file under `paths`; one bad file is reported and skipped, never the batch."""
        started = time.perf_counter()
        catalog = self.index.catalog
        with self.index.writing(self.wait, self.on_wait):
            recovered = self.index.recover()
            self._adopt_version()
        candidates = discover(paths, self.follow_links)
        record_roots(catalog, candidates)
        try:
            manifest = load_manifests(c.path for c in candidates)
        except ManifestError as exc:
            manifest, manifest_error = None, str(exc)
        else:
            manifest_error = None
        results: list[FileResult] = []
        embedded = 0
        for n, candidate in enumerate(candidates, 1):
            if manifest_error:
                result = FileResult(candidate.source, "failed", reason=manifest_error)
            else:
                with self.index.writing(self.wait, self.on_wait):
                    result = self._one(candidate, manifest.get(candidate.path) if manifest else None)
            results.append(result)
            if result.status in ("added", "updated"):
                embedded += result.chunks
            if on_progress:
                on_progress(Progress(n, len(candidates), embedded, result))
        pruned = self.prune() if prune else ()
        return IngestReport(tuple(results), pruned, recovered, time.perf_counter() - started, dict(self.timings))

    def prune(self, within: Path | None = None) -> tuple[str, ...]:
        """Remove documents whose files are gone (only those under `within`, when given)."""
        root = within.resolve() if within is not None else None
        gone = [e for e in self.index.catalog.documents(with_text=False)
                if not Path(e.file_path).exists() and (root is None or Path(e.file_path).is_relative_to(root))]
        ids = [e.document.doc_id for e in gone]
        if ids:
            with self.index.writing(self.wait, self.on_wait):
                self.index.catalog.remove(ids)
                self.index.recover()
        return tuple(sorted({e.document.source for e in gone}))

    def _adopt_version(self) -> None:
        """Make this INGEST_VERSION the index's, at the start of a run: documents that another version made are
        stamped with it and made again as the run reaches their files, so a run cut short or with failures
        leaves only those to the next run (and a first run leaves nothing)."""
        catalog = self.index.catalog
        recorded = catalog.setting("ingest_version")
        if recorded != INGEST_VERSION:
            catalog.stamp_version(recorded)
            catalog.set_setting("ingest_version", INGEST_VERSION)

    def _one(self, c: _Candidate, overrides: dict | None) -> FileResult:
        catalog = self.index.catalog
        if c.refused:
            return FileResult(c.source, "skipped", reason=c.refused)
        suffix = c.path.suffix.lower()
        if suffix not in SUPPORTED_SUFFIXES:
            status = "failed" if c.explicit else "skipped"
            return FileResult(c.source, status, reason=f"unsupported file type '{suffix or c.path.name}'")
        t = time.perf_counter()
        try:
            size = c.path.stat().st_size
            if size > self.max_bytes:
                return FileResult(c.source, "failed", reason=f"file is {size / MB:.1f} MB, over the {self.max_bytes / MB:g} MB limit")
            data = c.path.read_bytes()
        except FileNotFoundError:
            return FileResult(c.source, "failed", reason="no such file")
        except OSError as exc:
            return FileResult(c.source, "failed", reason=f"cannot read the file: {exc.strerror or exc}")
        self.timings["read"] += time.perf_counter() - t
        content_hash = _hash(data)
        previous = catalog.by_file(str(c.path))
        if previous and not _stale(previous) and all(e.document.content_hash == content_hash for e in previous):
            return FileResult(c.source, "unchanged", len(previous), sum(e.chunks for e in previous))
        # The same bytes under another path are one document: the first path ingested keeps it.
        twins = [e for e in catalog.has_content(content_hash) if e.file_path != str(c.path)]
        if twins and (not _stale(twins) or content_hash in self._this_run):
            return FileResult(c.source, "skipped", reason=f"same content as {twins[0].document.source}")
        t = time.perf_counter()
        try:
            parts = parse_file(c.path, data)
        except ParseError as exc:
            return FileResult(c.source, "failed", reason=str(exc))
        self.timings["parse"] += time.perf_counter() - t
        t = time.perf_counter()
        # the path as given, so that the file's folders can hint at its council, committee or date
        built = build_documents(parts, c.source, content_hash, c.hint or c.source, overrides, self.index.embedder.count_tokens)
        built = [b for b in built if b.chunks]
        self.timings["chunk"] += time.perf_counter() - t
        if not built:
            return FileResult(c.source, "failed", reason="no text to index")
        if _same_passages(built, previous, catalog):
            # Re-ingested only because Clerk changed (INGEST_VERSION): the passages are as stored, so their vectors
            # are kept and only the catalogue's records (the commitments register among them) are rewritten.
            for b in built:
                self._restamp_pages(b, catalog)
                catalog.begin(b.document, str(c.path), b.chunks, b.commitments, INGEST_VERSION)
            catalog.complete([b.document.doc_id for b in built])
            return FileResult(c.source, "updated", len(built), 0)
        self._store(built, str(c.path), [e.document.doc_id for e in previous])
        self._this_run.add(content_hash)
        status = "updated" if previous else "added"
        return FileResult(c.source, status, len(built), sum(len(b.chunks) for b in built))

    def _restamp_pages(self, built: Built, catalog: Catalog) -> None:
        """Rewrite the stored chunks' page breaks, their vectors kept, when they differ (catalogues from before them)."""
        stored = {c.chunk_id: c.page_breaks for c in catalog.chunks_of(built.document.doc_id)}
        if all(stored.get(c.chunk_id) == c.page_breaks for c in built.chunks):
            return
        store = self.index.store
        store.upsert(built.chunks, store.vectors([c.chunk_id for c in built.chunks]))

    def _store(self, built: list[Built], file_path: str, replaces: list[str]) -> None:
        """Pending in the catalogue, vectors in the store, then visible — in that order, so a crash hides nothing half-done."""
        catalog, store = self.index.catalog, self.index.store
        new_ids = [b.document.doc_id for b in built]
        again = [d for d in new_ids if d in replaces]
        for b in built:
            catalog.begin(b.document, file_path, b.chunks, b.commitments, INGEST_VERSION)
        if again:
            store.delete_documents(again)  # the same bytes chunked anew: no stale positions may survive
        all_chunks = [c for b in built for c in b.chunks]
        t = time.perf_counter()
        vectors = self.index.embedder.embed([c.context for c in all_chunks])
        self.timings["embed"] += time.perf_counter() - t
        t = time.perf_counter()
        store.upsert(all_chunks, vectors)
        catalog.complete(new_ids, replaces=replaces)
        self.index.recover()
        self.timings["store"] += time.perf_counter() - t
