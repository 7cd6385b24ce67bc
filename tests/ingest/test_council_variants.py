"""A council's canonical name from a variant: styles, abbreviations, brackets, a joint body's area, a Welsh name."""
from __future__ import annotations

import pytest

from ingest.council_variants import canonical_council, english_local_name


@pytest.mark.parametrize(("variant", "canonical"), [
    ("London Borough of Camden", "Camden"),
    ("Reading Borough Council", "Reading"),
    ("windsor & maidenhead", "Windsor and Maidenhead"),
    ("LBTH", "Tower Hamlets"),
    ("Kent County Council (KCC)", "Kent"),
    ("Cyngor Gwynedd", "Gwynedd"),
])
def test_a_council_style_or_abbreviation_gives_the_canonical_name(variant, canonical):
    assert canonical_council(variant) == canonical


def test_a_joint_body_styled_with_its_area_after_its_type_is_found():
    name = "Combined Fire Authority for County Durham and Darlington"
    assert canonical_council(name) == "Durham and Darlington Fire and Rescue Authority"


def test_a_bilingual_name_is_read_by_its_english_part():
    name = "Awdurdod Parc Cenedlaethol Eryri National Park Authority"
    assert canonical_council(name) == "Snowdonia National Park Authority"


def test_a_name_no_council_goes_by_gives_none():
    assert canonical_council("Nowhere Town Council") is None


@pytest.mark.parametrize("name, english", [
    ("Cyngor Tref Penmaenmawr Penmaenmawr Town Council", "Penmaenmawr Town Council"),  # the place alike in both
    ("Cyngor Tref Ystradgynlais Town Council", "Ystradgynlais Town Council"),
    ("Cyngor Tref Town Council", None),  # the place lost
    ("Cyngor Tref Yr Wyddgrug Mold Town Council", None),  # two places: no telling where the Welsh one ends
    ("Anytown Town Council", "Anytown Town Council"),
])
def test_a_bilingual_local_council_is_named_in_english(name: str, english: str | None):
    assert english_local_name(name, "Town Council") == english
