"""Passages for the answerer tests, no model needed: the Croydon Section 20 minutes (the committed seed, chunked
by the real ingest code), two Tower Hamlets meetings, an Ofsted judgement table, and passages about other things."""
from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

from ingest.chunking import chunk_blocks
from ingest.records import Chunk, Page
from ingest.structure import to_blocks
from retrieval.records import Hit

SEEDS = Path(__file__).resolve().parents[2] / "corpus" / "seeds"
CROYDON_SEED = SEEDS / "000_d30d108b706bb908.txt"
CROYDON_COMMITTEE = "Children and Young People Scrutiny Sub-Committee"


def make_chunk(
    text: str,
    doc: str,
    position: int = 0,
    *,
    council: str | None = "Croydon",
    committee: str | None = CROYDON_COMMITTEE,
    meeting_date: date | None = date(2018, 9, 18),
    title: str = "Children's Services Improvement Arrangements",
    source: str | None = None,
    section: str | None = None,
    headings: tuple[str, ...] = (),
    kind: str = "minutes",
    item: str | None = None,
    page: int | None = None,
) -> Chunk:
    """A chunk with citation metadata; ids are hashes of the document name and position, as ingest makes them."""
    doc_id = hashlib.sha256(doc.encode()).hexdigest()[:16]
    return Chunk(
        chunk_id=hashlib.sha256(f"{doc_id}:{position}".encode()).hexdigest()[:24],
        doc_id=doc_id,
        position=position,
        text=text,
        source=source or f"corpus/{doc}.txt",
        title=title,
        council=council,
        committee=committee,
        meeting_date=meeting_date,
        date_end=meeting_date,
        item=item,
        kind=kind,
        section=section,
        headings=headings,
        page_start=page,
        page_end=page,
    )


def croydon_chunks() -> list[Chunk]:
    """The Croydon minutes of 18 September 2018, chunked as `clerk ingest` chunks them."""
    pieces = chunk_blocks(to_blocks([Page(None, CROYDON_SEED.read_text(encoding="utf-8"))]))
    return [
        make_chunk(
            p.text,
            "seeds/000_d30d108b706bb908",
            i,
            source="corpus/seeds/000_d30d108b706bb908.txt",
            section=p.section,
            headings=p.headings,
            item="Children's Services Improvement Arrangements",
        )
        for i, p in enumerate(pieces)
    ]


def croydon(phrase: str) -> Chunk:
    """The Croydon chunk containing a phrase."""
    found = [c for c in croydon_chunks() if phrase in c.text]
    assert len(found) == 1, f"{phrase!r} is in {len(found)} chunks"
    return found[0]


def hits(*chunks: Chunk, similarity: float = 0.55, lexical: float = 9.0, step: float = 0.03) -> list[Hit]:
    """Hits ranked in the order given, with fused scores, cosines and BM25 scores falling by rank."""
    return [
        Hit(
            chunk=c,
            score=2.0 / (60 + rank),
            similarity=similarity - step * (rank - 1),
            dense_rank=rank,
            lexical_rank=rank,
            lexical_score=max(0.0, lexical - rank + 1),
        )
        for rank, c in enumerate(chunks, start=1)
    ]


_LBTH = dict(council="Tower Hamlets", committee="Overview & Scrutiny Committee", title="Children’s Services Improvement- progress report")
TOWER_HAMLETS_NOVEMBER = make_chunk(
    "- Expressed concern with regarding (i) caseloads and were they being managed effectively; (ii) the number of "
    "agency workers being employed by LBTH and (iii) how many permanent staff left social services. In response it "
    "was noted that LBTH is improving from a very low starting point and there is still a considerable amount of work "
    "that needs to be done.",
    "seeds/003-1",
    3,
    meeting_date=date(2017, 11, 23),
    item="Item 9",
    headings=("The Committee:",),
    **_LBTH,
)
TOWER_HAMLETS_SEPTEMBER = make_chunk(
    "· Supervision audits give social workers the support that they need and the recruitment is in hand to establish "
    "a stable work force and to lower of individual caseloads e.g. the volume of caseloads coming through the front "
    "door has surged after the Ofsted judgement and that this increase is working its way through the system;",
    "seeds/003-2",
    4,
    meeting_date=date(2017, 9, 14),
    item="Item 8",
    headings=("Noted that:",),
    **_LBTH,
)
OFSTED_TABLE = make_chunk(
    "Judgement\tGrade\nThe impact of leaders on social work practice with children and families\tGood\n"
    "Overall effectiveness\tOutstanding",
    "ofsted-merton",
    1,
    council="Merton",
    committee=None,
    meeting_date=date(2025, 7, 7),
    title="Ofsted inspection of London Borough of Merton",
    source="corpus/ofsted-ilacs/inspection_reports/80510_merton__ilacs.pdf",
    kind="inspection report",
    page=2,
)
OFSTED_LEAD = make_chunk(
    "Inspectors looked at a range of evidence, including electronic case records. The inspection was carried out "
    "between 7 and 11 July 2025. The lead inspector was Amanda Quist, His Majesty's Inspector.",
    "ofsted-merton",
    0,
    council="Merton",
    committee=None,
    meeting_date=date(2025, 7, 7),
    title="Ofsted inspection of London Borough of Merton",
    source="corpus/ofsted-ilacs/inspection_reports/80510_merton__ilacs.pdf",
    kind="inspection report",
    page=1,
)
UNRELATED = (
    make_chunk(
        "The Planning Committee granted permission for the extension of the library at Thornton Heath, subject to "
        "conditions on opening hours and the protection of the trees on the site.",
        "planning-2019",
        committee="Planning Committee",
        title="Planning applications",
        meeting_date=date(2019, 2, 7),
    ),
    make_chunk(
        "Members welcomed the refurbished swimming pool and asked officers to publish the new timetable of "
        "lessons for schools.",
        "leisure-2020",
        committee="Cabinet",
        title="Leisure centres",
        meeting_date=date(2020, 1, 20),
    ),
)


# A Merton inspection report's opening, judgement table and one practice paragraph (hand-written).
_MERTON = dict(council="Merton", committee=None, meeting_date=date(2025, 7, 7), kind="inspection report",
               title="Ofsted inspection of London Borough of Merton")
MERTON_OPENING = make_chunk("Inspection dates: 7 to 11 July 2025\nLead inspector: Amanda Quist, His Majesty’s Inspector",
                            "ofsted-merton", 0, **_MERTON)
MERTON_FULL_TABLE = make_chunk(
    "Judgement\tGrade\nThe impact of leaders on social work practice with children and families\tOutstanding\n"
    "The experiences and progress of children in care\tGood\nThe experiences and progress of care leavers\tOutstanding\n"
    "Overall effectiveness\tOutstanding", "ofsted-merton", 1, **_MERTON)
MERTON_PRACTICE = make_chunk(
    "12. Leaders know their services well. Practice with care leavers is strong, and personal advisers visit often.",
    "ofsted-merton", 12, **_MERTON)
