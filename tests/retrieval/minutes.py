"""A small commitments register: two Manchester Audit Committee meetings and a Leeds planning meeting, as minutes."""
from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

from ingest.catalog import Catalog
from ingest.chunking import approx_tokens
from ingest.pipeline import build_documents
from ingest.records import Page, Part

AUDIT = {
    date(2025, 11, 25): (
        "Minutes:\n\nOfficers agreed to circulate the updated risk register to Members.\n\n"
        "The Committee asked that the Head of Audit report back on unallocated audit days.\n\n"
        "RESOLVED – That the report be noted."
    ),
    date(2026, 2, 10): (
        "Minutes:\n\nFollowing a question from Cllr Flanagan, officers agreed to circulate the internal audit plan.\n\n"
        "Cllr Russell undertook to share the fraud figures with the Chair.\n\n"
        "RESOLVED – That the annual governance statement be approved."
    ),
}
PLANNING = (
    "Minutes:\n\nThe Committee considered the application for a foodstore on the former bus depot site.\n\n"
    "RESOLVED – That planning permission for the new Tesco superstore at Kirkstall Road be refused on highway grounds."
)


def _add(catalog: Catalog, council: str, committee: str, day: date, text: str) -> None:
    meta = {"council": council, "committee": committee, "meeting_date": day.isoformat(), "kind": "minutes"}
    name = f"{council}-{committee}-{day}.txt".replace(" ", "-").lower()
    [built] = build_documents([Part((Page(None, text),), meta)], name, hashlib.sha256(name.encode()).hexdigest(), name,
                              None, approx_tokens)
    assert built.document.meta.meeting_date == day
    catalog.begin(built.document, f"/papers/{name}", built.chunks, built.commitments)
    catalog.complete([built.document.doc_id])


def minutes_catalog(directory: Path, planning: bool = False) -> Catalog:
    """A catalogue of the audit minutes (and, when asked, the Leeds planning minutes); the caller closes it."""
    catalog = Catalog(directory / "catalog.sqlite3")
    for day, text in AUDIT.items():
        _add(catalog, "Manchester", "Audit Committee", day, text)
    if planning:
        _add(catalog, "Leeds", "Plans Panel", date(2025, 9, 4), PLANNING)
    return catalog
