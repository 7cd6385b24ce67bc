"""A fake searcher and fake filter inference for the answering service's tests."""
from __future__ import annotations

from dataclasses import dataclass, field

from retrieval.records import Filters, Hit
from tests.retrieval.passages import croydon, hits


@dataclass
class FakeSearcher:
    """Returns canned hits per filters (a function of them), recording every call."""

    answer: object  # Filters -> list[Hit]
    calls: list[tuple[str, Filters, int, str]] = field(default_factory=list)

    def search(self, query: str, filters: Filters = Filters(), k: int = 8, mode: str = "hybrid") -> list[Hit]:
        self.calls.append((query, filters, k, mode))
        return list(self.answer(filters))[:k]


def always(found: list[Hit]):
    return FakeSearcher(lambda filters: found)


def infer_nothing(question, today=None, committees=()):
    return Filters(), question


def infer_council(council):
    def infer(question, today=None, committees=()):
        return Filters(council=council), question

    return infer


SECTION_20 = hits(
    croydon("progression of cases of Section 20"),
    croydon("Further information was required"),
    croydon("Officers circulate figures"),
    croydon("8 monitoring visits"),
)


def infer_period(since, until, council=None):
    def infer(question, today=None, committees=()):
        return Filters(council=council, since=since, until=until), question

    return infer
