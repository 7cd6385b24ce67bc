"""Distinct small committee papers as real PDFs, for the concurrency tests and benchmark: each has its own council,
committee, date and a scheme named after its own street, so that a question about paper n finds paper n only."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from tests.ingest.pdf_samples import Text, text_pdf

# Made-up names: no paper of the demo or shared corpus shares them.
_PLACES = ("Ashcombe", "Brindle", "Corrow", "Dunmere", "Eskford", "Fallowby", "Garth", "Hollin", "Ivesley",
           "Jarrow Vale", "Kelbrook", "Lanyon", "Marlow Fen", "Netherby", "Oakhanger", "Pellworth")
_STREETS = ("Quarry", "Rookery", "Saltings", "Tanner", "Upland", "Vicarage", "Wharf", "Yew Tree", "Zion", "Abbey",
            "Barley", "Chantry", "Dovecote", "Elmbank", "Foundry", "Granary", "Hayward", "Ironside")
_COMMITTEES = ("Planning Committee", "Cabinet", "Licensing Committee", "Audit Committee", "Housing Board")
_TOPICS = ("a new depot", "a flood defence wall", "a community library", "a cycle route", "a solar farm",
           "a school extension", "a bus interchange", "a sports pavilion")


@dataclass(frozen=True)
class Paper:
    """One generated paper: its file name, what it is about, and a question only it answers."""

    name: str
    council: str
    scheme: str  # e.g. "the Quarry Lane scheme 7" (unique to the paper)
    budget: int
    question: str
    sentence: str  # the paper's sentence that answers the question


def paper(n: int) -> Paper:
    """Paper n (any n >= 0; different n give different councils, schemes and budgets)."""
    place = _PLACES[n % len(_PLACES)]  # (place, street) pairs repeat only after 144 papers
    council = f"{place} Borough Council"
    street = _STREETS[n % len(_STREETS)]
    scheme = f"the {street} Lane scheme {n}"
    budget = 100_000 + 7_919 * n
    topic = _TOPICS[n % len(_TOPICS)]
    sentence = f"The Committee approved a budget of {budget:,} pounds for {scheme} in {place}, which builds {topic}."
    question = f"What budget did {council} approve for the {street} Lane scheme?"
    return Paper(f"paper-{n:03d}.pdf", council, scheme, budget, question, sentence)


def paper_pdf(n: int) -> bytes:
    """Paper n as a two-page PDF of minutes."""
    p = paper(n)
    committee = _COMMITTEES[n % len(_COMMITTEES)]
    held = date(2021, 1, 4) + timedelta(days=3 * n)
    first = [
        Text(p.council, 790, size=14, bold=True),
        Text(f"Minutes of the {committee}", 770, bold=True),
        Text(f"held on {held.day} {held:%B %Y} at the Town Hall", 752),
        Text("1. Apologies for absence", 720, bold=True),
        Text(f"Apologies were received from Councillor {_STREETS[n % len(_STREETS)]}.", 704),
        Text(f"2. {scheme_title(p)}", 672, bold=True),
        Text(f"The Head of Property presented a report on {p.scheme} in {p.council.split(' Borough')[0]}.", 656),
        Text(p.sentence, 640),
        Text("Members asked about the timetable and were told that work would start within the year.", 624),
    ]
    second = [
        Text("3. Date of next meeting", 790, bold=True),
        Text(f"The next meeting of the {committee} will be held in {(held + timedelta(days=42)):%B %Y}.", 774),
        Text(f"Item {n} of the forward plan for {p.council} was noted without comment.", 758),
    ]
    return text_pdf([first, second])


def scheme_title(p: Paper) -> str:
    """The agenda heading of the paper's scheme."""
    return p.scheme.removeprefix("the ").title()


def write_papers(folder: Path, numbers: range) -> list[Paper]:
    """Write papers `numbers` into folder as PDFs; returns them."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for n in numbers:
        p = paper(n)
        (folder / p.name).write_bytes(paper_pdf(n))
        out.append(p)
    return out
