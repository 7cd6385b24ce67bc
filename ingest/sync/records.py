"""What a sync moves: committees, meetings and their documents, as the source describes them."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Protocol


@dataclass(frozen=True, slots=True)
class Committee:
    """A committee (body) of the council."""

    committee_id: str
    title: str


@dataclass(frozen=True, slots=True)
class LinkedDocument:
    """A document a meeting links to (a report, the minutes PDF): where to fetch it and what it is."""

    doc_id: str
    title: str
    url: str
    item: str | None = None  # "Item 5"
    item_title: str | None = None


@dataclass(frozen=True, slots=True)
class Meeting:
    """One meeting: its own record (the GetMeeting XML) and the documents it links to."""

    meeting_id: str
    committee: Committee
    day: date | None
    page_url: str  # the council's public page for the meeting
    record_url: str  # where the meeting's own record (agenda items, minutes text) is fetched
    documents: tuple[LinkedDocument, ...] = field(default=())


class Fetch(Protocol):
    """What a source needs of the fetcher: a URL's body as bytes (raises FetchError)."""

    def text(self, url: str) -> bytes: ...


class Source(Protocol):
    """A council's committee system, as a sync reads it."""

    council: str
    base_url: str

    def committees(self) -> list[Committee]: ...

    def meetings(self, committee: Committee, since: date, until: date) -> list[Meeting]: ...

    def describe(self, stub: Meeting, body: bytes) -> Meeting: ...
