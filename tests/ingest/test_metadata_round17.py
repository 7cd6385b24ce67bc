"""Metadata on made-up papers of the shapes round 17 found giving a WRONG council where the paper does not state it
(issue #12): a council one person holds office in, and two councils each named once on a cut page, one ahead only
by a reference. Leaving the council empty is the right answer here, not a guess."""
from __future__ import annotations

from ingest.metadata import extract_meta
from ingest.records import DocumentMeta, Page, Part

_CUT = "Venue: Council Chamber\n\nContact: A Officer\n\n" + "1. Apologies\n\nNone were received. " * 20


def _meta(text: str) -> DocumentMeta:
    return extract_meta(Part(pages=(Page(None, text),)), "paper.txt")


def test_a_council_a_member_sits_on_is_not_the_papers():
    meta = _meta(_CUT + "\n\n2. Declarations\n\nCouncillor Atkins declared an interest as an Elected Member of West "
                 "Sussex County Council.\n")
    assert meta.council is None


def test_two_councils_named_once_each_past_the_opening_give_no_council():
    # a police and crime panel's cut page: two member councils named once, one also as "the County Council"
    meta = _meta(_CUT + "\n\n2. Membership\n\nCumbria County Council and Allerdale Borough Council "
                 "nominated members. Officers of the County Council supported the Panel.\n")
    assert meta.council is None


def test_a_council_named_more_often_past_the_opening_is_still_the_papers():
    meta = _meta(_CUT + "\n\n2. Budget\n\nCumbria County Council set its budget. Cumbria County Council consulted "
                 "Allerdale Borough Council on it.\n")
    assert meta.council == "Cumbria"
