"""Hand-written papers for the retrieval tests, and writing them straight through the catalogue and the store.

Three near-identical Ofsted inspection paragraphs (Merton, Croydon, Dorset) that name different lead inspectors,
Croydon minutes on Section 20 and on caseloads, Hillingdon minutes on caseloads, a Tower Hamlets (LBTH) report,
an undated Kent policy, and one Sutton paper that is begun but never completed.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date

from ingest.index import Index
from ingest.records import Chunk, Document, DocumentMeta


@dataclass(frozen=True)
class Paper:
    """A hand-written paper: its metadata and its passages."""

    name: str
    meta: DocumentMeta
    passages: tuple[str, ...]

    @property
    def doc_id(self) -> str:
        return hashlib.sha256(self.name.encode()).hexdigest()[:16]

    def chunk_ids(self) -> list[str]:
        return [hashlib.sha256(f"{self.doc_id}:{n}".encode()).hexdigest()[:24] for n in range(len(self.passages))]


def _inspection_boilerplate(council: str, lead: str) -> str:
    return (
        f"This inspection of {council} local authority children's services was carried out under the inspection of "
        "local authority children's services (ILACS) framework. Inspectors spoke with children and young people, "
        "their families and carers, social workers, managers and leaders, and looked at a range of evidence, "
        "including electronic case records, performance data and the local authority's self-evaluation. "
        f"The lead inspector was {lead}, His Majesty's Inspector, supported by two further inspectors."
    )


def _inspection(council: str, full: str, lead: str, start: date, end: date, judgement: str) -> Paper:
    return Paper(
        name=f"ofsted-{council.lower()}",
        meta=DocumentMeta(
            title=f"Ofsted inspection of {full}",
            council=council,
            meeting_date=start,
            date_end=end,
            kind="inspection report",
        ),
        passages=(
            _inspection_boilerplate(full, lead),
            f"The overall effectiveness of children's services in {council} is judged to be {judgement}.",
        ),
    )


MERTON = _inspection(
    "Merton", "London Borough of Merton", "Amanda Quist", date(2025, 7, 7), date(2025, 7, 11), "outstanding"
)
CROYDON_OFSTED = _inspection(
    "Croydon", "London Borough of Croydon", "Brendan Okafor", date(2024, 12, 2), date(2024, 12, 13), "good"
)
DORSET = _inspection(
    "Dorset", "Dorset Council", "Catriona Pell", date(2025, 3, 3), date(2025, 3, 7), "requires improvement"
)

CROYDON_SECTION_20 = Paper(
    name="croydon-cyp-2018-09",
    meta=DocumentMeta(
        title="Children's Services Improvement Arrangements",
        council="Croydon",
        committee="Children and Young People Scrutiny Sub-Committee",
        meeting_date=date(2018, 9, 18),
        date_end=date(2018, 9, 18),
        kind="minutes",
    ),
    passages=(
        "Members raised concern about the progression of cases of Section 20 accommodated children, where parents "
        "consent to their child being looked after. The Director agreed to report back on the number of children "
        "accommodated under Section 20 for more than six months.",
    ),
)
CROYDON_CASELOADS = Paper(
    name="croydon-cyp-2019-03",
    meta=DocumentMeta(
        title="Social Work Caseloads Update",
        council="Croydon",
        committee="Children and Young People Scrutiny Sub-Committee",
        meeting_date=date(2019, 3, 12),
        date_end=date(2019, 3, 12),
        kind="minutes",
    ),
    passages=(
        "The Sub-Committee noted that average social work caseloads in the assessment teams had fallen from 24 to "
        "17 children per worker following the recruitment of permanent staff.",
    ),
)
HILLINGDON = Paper(
    name="hillingdon-policy-2017-11",
    meta=DocumentMeta(
        title="Children's Social Care Workforce",
        council="Hillingdon",
        committee="Social Care, Housing and Public Health Policy Overview Committee",
        meeting_date=date(2017, 11, 23),
        date_end=date(2017, 11, 23),
        kind="minutes",
    ),
    passages=(
        "The Committee heard that caseloads for social workers in the children in need teams averaged 21, and that "
        "the council relied on agency social workers for a third of its posts.",
    ),
)
TOWER_HAMLETS = Paper(
    name="lbth-cabinet-2023-03",
    meta=DocumentMeta(
        title="Youth Service Review",
        council="Tower Hamlets",
        committee="Cabinet",
        meeting_date=date(2023, 3, 14),
        date_end=date(2023, 3, 14),
        kind="report",
    ),
    passages=(
        "LBTH will bring the youth service back in house, opening four new youth hubs and extending detached youth "
        "work in the evenings to reduce serious violence among young people.",
    ),
)
KENT_UNDATED = Paper(
    name="kent-transport",
    meta=DocumentMeta(title="Home to School Transport Policy", council="Kent"),
    passages=(
        "Children of statutory school age who live beyond the walking distance from their nearest suitable school "
        "are entitled to free home to school transport.",
    ),
)
# Begun but never completed: an interrupted ingest. Its one word "zanzibarite" occurs nowhere else.
PENDING = Paper(
    name="sutton-pending",
    meta=DocumentMeta(title="Zanzibarite Procurement", council="Sutton", meeting_date=date(2025, 1, 1), kind="report"),
    passages=("The zanzibarite procurement contract was awarded to the lowest bidder after a zanzibarite tender.",),
)

COMPLETE = (
    MERTON, CROYDON_OFSTED, DORSET, CROYDON_SECTION_20, CROYDON_CASELOADS, HILLINGDON, TOWER_HAMLETS, KENT_UNDATED
)


def chunks_of(paper: Paper) -> list[Chunk]:
    """The paper's passages as chunks with its metadata."""
    return [
        Chunk.of_document(chunk_id, paper.doc_id, n, text, f"papers/{paper.name}.txt", paper.meta)
        for n, (chunk_id, text) in enumerate(zip(paper.chunk_ids(), paper.passages))
    ]


def begin(index: Index, paper: Paper) -> None:
    """Write a paper as pending with its vectors in the store, as an ingest does before completing it."""
    chunks = chunks_of(paper)
    text = "\n\n".join(paper.passages)
    digest = hashlib.sha256(text.encode()).hexdigest()
    doc = Document(paper.doc_id, f"papers/{paper.name}.txt", digest, paper.meta, None, text)
    index.catalog.begin(doc, f"/papers/{paper.name}.txt", chunks)
    index.store.upsert(chunks, index.embedder.embed([c.context for c in chunks]))


def add(index: Index, *papers: Paper) -> None:
    """Write papers and make them visible."""
    for paper in papers:
        begin(index, paper)
    index.catalog.complete([p.doc_id for p in papers])


