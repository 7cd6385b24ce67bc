"""What the commitment tests share: a paper's text in, its extracted commitments out."""
from __future__ import annotations

from ingest.commitments import extract_commitments
from ingest.records import Page
from ingest.structure import to_blocks


def blocks_of(text: str):
    """A one-page paper's blocks, as ingest makes them."""
    return to_blocks([Page(None, text)])


def found(text: str, kind: str = "minutes", committee: str | None = None):
    """The commitments extracted from a paper with this text (and the meeting body its metadata names)."""
    return extract_commitments("doc", blocks_of(text), kind, committee)


def only(text: str, kind: str = "minutes", committee: str | None = None):
    """The one commitment extracted from a paper with this text."""
    [commitment] = found(text, kind, committee)
    return commitment
