"""Metadata on made-up papers of the shapes round 11 found giving a wrong council (issue #12): councils a paper names
as partners in a list, and the member councils of a joint body's meeting."""
from __future__ import annotations

from ingest.councils import WEIGHTS, find_councils
from ingest.metadata import extract_meta
from ingest.records import DocumentMeta, Page, Part

_OPENING = ("Agenda and minutes\n\nCabinet - Tuesday, 4th March, 2025 6.00 pm\n\nVenue: Council Chamber.\n\n"
            "1. Apologies\n\nApologies were received from Councillors Adams and Brook.\n\n" + "Noted. " * 60 + "\n\n")


def _meta(text: str, name: str = "paper.txt") -> DocumentMeta:
    return extract_meta(Part(pages=(Page(None, text),)), name)


def test_councils_listed_after_a_partnership_word_are_all_partners():
    text = "Officers will work with Highways England, Wiltshire Council and Swindon Borough Council on the scheme."
    weights = dict(find_councils(text))
    assert weights["Wiltshire"] == weights["Swindon"] == WEIGHTS.partner * WEIGHTS.opening


def test_a_paper_naming_only_partners_has_no_council_though_it_speaks_of_the_council():
    meta = _meta(_OPENING + "2. Flood plan\n\nThe Leader said the Council would meet with Wiltshire County Council "
                 "tomorrow and Swindon Borough Council next week. The Council agreed the plan.\n")
    assert meta.council is None


def test_a_council_named_plainly_still_takes_the_councils_references():
    meta = _meta(_OPENING + "2. Flood plan\n\nSwindon Borough Council agreed the plan. The Council thanked officers.\n")
    assert meta.council == "Swindon"


def test_a_joint_boards_meeting_is_not_its_member_councils():
    meta = _meta("Minutes of the Joint Waste Management Board held on 5 May 2021\n\nPresent: A Smith (Chair)\n\n"
                 "The report of the Head of Waste, Staffordshire County Council, was noted. Staffordshire County "
                 "Council would procure the contract.\n")
    assert meta.committee == "Joint Waste Management Board"
    assert meta.council is None


def test_a_joint_board_the_gazetteer_knows_keeps_its_own_name():
    meta = _meta("Minutes of the Integration Joint Board held on 5 May 2021\n\nPresent: A Smith (Chair)\n\n"
                 "The Argyll and Bute Integration Joint Board noted the report. The Argyll and Bute Integration Joint "
                 "Board agreed the budget.\n")
    assert meta.council == "Argyll and Bute Integration Joint Board"


def test_a_two_tier_county_ending_a_districts_postal_address_is_no_author():
    weights = dict(find_councils("Venue: Council Chamber, Swale House, East Street, Sittingbourne, Kent, ME10 3HT\n\n"
                                 "The Council approved the minutes."))
    assert weights["Kent"] == WEIGHTS.partner * WEIGHTS.opening  # no reference to "the Council" goes to it


def test_a_county_hall_in_the_address_keeps_the_county_as_the_venues_council():
    weights = dict(find_councils("Venue: Council Chamber, County Hall, Maidstone, Kent, ME14 1XQ\n\n"
                                 "The Council approved the minutes."))
    assert weights["Kent"] == WEIGHTS.venue * WEIGHTS.opening + WEIGHTS.referenced
