"""Manifests beside the files: per-file metadata a publisher or user states, which overrides what extraction found."""
from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import date
from pathlib import Path
from types import MappingProxyType

from ingest.council_variants import canonical_council
from ingest.dates import parse_date
from ingest.metadata import item_label
from ingest.records import DocumentMeta

# Looked for in a file's directory and its parent; within a directory, later names win.
MANIFEST_NAMES = ("manifest.csv", "manifest.jsonl", "clerk-manifest.csv", "clerk-manifest.jsonl")

_FILE_KEYS = ("file", "path", "filename")
# Manifest keys -> DocumentMeta fields; the Ofsted ILACS manifest's own keys included.
_KEYS = {
    "title": "title",
    "council": "council",
    "local_authority": "council",
    "committee": "committee",
    "meeting_date": "meeting_date",
    "date": "meeting_date",
    "inspection_start_date": "meeting_date",
    "date_end": "date_end",
    "inspection_end_date": "date_end",
    "item": "item",
    "kind": "kind",
    "url": "url",
    "inspection_link": "url",
}
_DATE_FIELDS = frozenset({"meeting_date", "date_end"})
_META_FIELDS = frozenset(f.name for f in fields(DocumentMeta))

Overrides = Mapping[str, object]


class ManifestError(ValueError):
    """A manifest that cannot be read; the message names the file and line."""


@dataclass(frozen=True, slots=True)
class Manifest(Mapping[Path, Overrides]):
    """Overrides by file: resolved path -> DocumentMeta field values. Look paths up as given; they are resolved."""

    entries: Mapping[Path, Overrides] = field(default_factory=lambda: MappingProxyType({}))

    def __getitem__(self, path: Path | str) -> Overrides:
        return self.entries[Path(path).resolve()]

    def __iter__(self) -> Iterator[Path]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)


def _value(key: str, raw: object, where: str) -> object | None:
    """A manifest cell as the DocumentMeta field wants it; None for an empty cell."""
    if raw is None:
        return None
    text = str(raw).strip()
    if not text:
        return None
    if key in _DATE_FIELDS:
        if (when := parse_date(text)) is None:
            raise ManifestError(f"{where}: {key} {text!r} is not a date (use YYYY-MM-DD or DD/MM/YYYY)")
        return when
    if key == "council":
        return canonical_council(text) or text
    if key == "item":
        return item_label(text)
    return text


def _entry(row: Mapping[str, object], base: Path, where: str) -> tuple[Path, dict[str, object]]:
    row = {str(k).strip().lower(): v for k, v in row.items() if k is not None}
    name = next((str(row[k]).strip() for k in _FILE_KEYS if row.get(k) not in (None, "")), None)
    if name is None:
        raise ManifestError(f"{where}: no file, path or filename")
    overrides: dict[str, object] = {}
    for key, raw in row.items():
        if key in _KEYS and (value := _value(_KEYS[key], raw, where)) is not None:
            overrides.setdefault(_KEYS[key], value)  # the first spelling of a field wins ("council" before "local_authority")
    return (base / name).resolve(), overrides


def _read_jsonl(path: Path, text: str) -> Iterator[tuple[Path, dict[str, object]]]:
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            raise ManifestError(f"{where}: not valid JSON ({e.msg})") from None
        if not isinstance(row, dict):
            raise ManifestError(f"{where}: expected a JSON object, found {type(row).__name__}")
        yield _entry(row, path.parent, where)


def _read_csv(path: Path, text: str) -> Iterator[tuple[Path, dict[str, object]]]:
    reader = csv.DictReader(text.splitlines())
    try:
        header = [h.strip().lower() for h in reader.fieldnames or ()]
        if not any(k in header for k in _FILE_KEYS):
            raise ManifestError(f"{path}:1: the header has no file, path or filename column")
        for row in reader:
            where = f"{path}:{reader.line_num}"
            if None in row:
                raise ManifestError(f"{where}: more cells than the header has columns")
            if not any((v or "").strip() for v in row.values()):
                continue
            yield _entry(row, path.parent, where)
    except csv.Error as e:
        raise ManifestError(f"{path}:{reader.line_num}: {e}") from None


def _read(path: Path) -> dict[Path, dict[str, object]]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as e:
        raise ManifestError(f"{path}: cannot read ({e})") from None
    rows = _read_jsonl(path, text) if path.suffix == ".jsonl" else _read_csv(path, text)
    entries: dict[Path, dict[str, object]] = {}
    for file, overrides in rows:
        entries.setdefault(file, {}).update(overrides)
    return entries


def _manifests_near(paths: Iterable[Path]) -> list[Path]:
    """Manifest files for the given files and directories, the weakest first: shallower folders, then name order."""
    found: set[Path] = set()
    for given in map(Path, paths):
        if given.name in MANIFEST_NAMES and given.is_file():
            found.add(given.resolve())
            continue
        own = given if given.is_dir() else given.parent
        found.update((folder / name).resolve() for folder in (own.parent, own) for name in MANIFEST_NAMES
                     if (folder / name).is_file())
    return sorted(found, key=lambda p: (len(p.parent.parts), MANIFEST_NAMES.index(p.name), str(p)))


def load_manifests(paths: Iterable[Path]) -> Manifest:
    """Read the manifests beside the given files (their directory and its parent); deeper and clerk-named ones win."""
    entries: dict[Path, dict[str, object]] = {}
    for manifest in _manifests_near(paths):
        for file, overrides in _read(manifest).items():
            entries.setdefault(file, {}).update(overrides)
    return Manifest(MappingProxyType({p: MappingProxyType(o) for p, o in entries.items()}))


def apply_overrides(meta: DocumentMeta, overrides: Overrides) -> DocumentMeta:
    """The metadata with a manifest's values in place of extracted ones (their provenance "manifest");
    date_end follows a moved meeting_date."""
    changes: dict[str, object] = {}
    for key, value in overrides.items():
        if key not in _META_FIELDS or value is None or value == "":
            continue
        if key in _DATE_FIELDS and isinstance(value, str):
            value = parse_date(value)
            if value is None:
                continue
        changes[key] = value
    provenance = {**meta.provenance, **{key: "manifest" for key in changes}}
    start = changes.get("meeting_date")
    if isinstance(start, date) and "date_end" not in changes:
        old_end = meta.date_end
        if old_end is None or old_end == meta.meeting_date or old_end < start:
            changes["date_end"] = start
            provenance["date_end"] = "manifest"
    return replace(meta, **changes, provenance=provenance)
