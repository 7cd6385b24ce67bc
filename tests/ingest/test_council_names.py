"""The council gazetteer's table: every council and joint body, its official name and the variants that mean it."""
from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pytest

from ingest.council_table import successors, current_council
from ingest.council_variants import canonical_council
from ingest.councils import COUNCILS


def test_every_ofsted_local_authority_has_a_canonical_name(shared_corpus: Path):
    ilacs = shared_corpus / "ofsted-ilacs"
    with open(ilacs / "ofsted_csc_ilacs_history.csv", newline="", encoding="utf-8") as f:
        history = {row["local_authority"] for row in csv.DictReader(f)}
    manifest = {json.loads(line)["local_authority"] for line in (ilacs / "manifest.jsonl").read_text().splitlines()}
    names = history | manifest
    assert len(names) == 153
    unmapped = sorted(n for n in names if canonical_council(n) is None)
    assert unmapped == []
    # each authority maps to a different council
    assert len({canonical_council(n) for n in names}) == 153


def test_the_table_covers_the_upper_tier_and_has_no_duplicate_aliases():
    english = [c for c in COUNCILS if c.kind in ("london", "metropolitan", "unitary", "county")]
    assert len(english) == 153
    assert sum(c.kind == "london" for c in COUNCILS) == 33
    assert {c.kind for c in COUNCILS} >= {"wales", "scotland"}
    aliases = [canonical_council(a) for c in COUNCILS for a in c.aliases]
    assert aliases == [c.name for c in COUNCILS for _ in c.aliases]


@pytest.mark.parametrize(
    ("variant", "name"),
    [
        ("windsor & maidenhead", "Windsor and Maidenhead"),
        ("bournemouth, christchurch & poole", "Bournemouth, Christchurch and Poole"),
        ("BCP", "Bournemouth, Christchurch and Poole"),
        ("telford & wrekin", "Telford and Wrekin"),
        ("london corporation", "City of London"),
        ("LBTH", "Tower Hamlets"),
        ("London Borough of Tower Hamlets", "Tower Hamlets"),
        ("Royal Borough of Kensington and Chelsea", "Kensington and Chelsea"),
        ("RBKC", "Kensington and Chelsea"),
        ("Hull", "Kingston upon Hull"),
        ("Hull City Council", "Kingston upon Hull"),
        ("Bath & North East Somerset", "Bath and North East Somerset"),
        ("B&NES", "Bath and North East Somerset"),
        ("St. Helens", "St Helens"),
        ("County Durham", "Durham"),
        ("Durham County Council", "Durham"),
        ("City of York Council", "York"),
        ("Cheshire West & Chester", "Cheshire West and Chester"),
        ("north east lincolnshire", "North East Lincolnshire"),
        ("Kent County Council", "Kent"),
        ("Leicester City Council", "Leicester"),
        ("Rotherham Metropolitan Borough Council", "Rotherham"),
        ("Southend-on-Sea city council", "Southend-on-Sea"),
        ("Southend on Sea", "Southend-on-Sea"),
        ("Stoke on Trent", "Stoke-on-Trent"),
        ("the London Borough of Ealing", "Ealing"),
        ("Bristol City Council", "Bristol"),
        ("County of Herefordshire", "Herefordshire"),
        ("Cardiff Council", "Cardiff"),
        ("City of Edinburgh Council", "Edinburgh"),
    ],
)
def test_canonical_council_normalises_variants(variant: str, name: str):
    assert canonical_council(variant) == name


@pytest.mark.parametrize("not_a_council", ["West London", "Sutton Coldfield", "New York", "Kentish Town", "London", ""])
def test_canonical_council_refuses_places_that_are_not_councils(not_a_council: str):
    assert canonical_council(not_a_council) is None


def test_the_gazetteer_covers_every_uk_council_and_the_abolished_ones():
    kinds = {}
    for c in COUNCILS:
        kinds.setdefault(c.kind, set()).add(c.name)
    assert len(kinds["district"]) == 164
    assert (len(kinds["wales"]), len(kinds["scotland"]), len(kinds["northern ireland"])) == (22, 32, 11)
    assert {"Wycombe", "Hambleton", "Allerdale", "Eden", "Mendip", "Kettering", "Purbeck", "Waveney"} <= kinds["former"]
    assert {"Lancashire Police and Crime Panel", "Merseyside Fire and Rescue Authority", "Greater London Authority",
            "West Yorkshire Combined Authority", "Brecon Beacons National Park Authority"} <= kinds["joint"]
    lookups = [canonical_council(a) for c in COUNCILS for a in c.lookup_aliases]
    assert lookups == [c.name for c in COUNCILS for _ in c.lookup_aliases]


@pytest.mark.parametrize(
    ("variant", "name"),
    [
        ("East Herts", "East Hertfordshire"),
        ("Epping Forest DC", "Epping Forest"),
        ("Borough Council of King's Lynn and West Norfolk", "King's Lynn and West Norfolk"),
        ("Shepway District Council", "Folkestone and Hythe"),
        ("Wycombe District Council", "Wycombe"),
        ("Armagh City, Banbridge and Craigavon Borough Council", "Armagh City, Banbridge and Craigavon"),
        ("Cyngor Gwynedd (Gwynedd Council)", "Gwynedd"),
        ("City of Bradford Metropolitan District Council", "Bradford"),
        ("Police and Crime Panel for Lancashire", "Lancashire Police and Crime Panel"),
        ("Dyfed Powys Police & Crime Panel", "Dyfed-Powys Police and Crime Panel"),
        ("Bannau Brycheiniog National Park Authority", "Brecon Beacons National Park Authority"),
        ("GLA", "Greater London Authority"),
        ("Magherafelt District Council", "Magherafelt"),
        ("Combined Fire Authority for County Durham and Darlington", "Durham and Darlington Fire and Rescue Authority"),
        ("Fife Health and Social Care Integration Joint Board", "Fife Integration Joint Board"),
        ("Aberdeenshire IJB", "Aberdeenshire Integration Joint Board"),
        ("Metropolitan Borough of Wirral", "Wirral"),
        ("North Yorkshire Police, Fire and Crime Panel", "North Yorkshire Police and Crime Panel"),
        ("Cardiff Capital Region Corporate Joint Committee", "South East Wales Corporate Joint Committee"),
    ],
)
def test_canonical_council_knows_districts_joint_bodies_and_old_names(variant: str, name: str):
    assert canonical_council(variant) == name


@pytest.mark.parametrize(("name", "council"), [
    ("Awdurdod Parc Cenedlaethol Eryri National Park Authority", "Snowdonia National Park Authority"),
    ("Cyngor Sir Ceredigion County Council", "Ceredigion"),
    ("Cyngor Gwynedd", "Gwynedd"),
])
def test_canonical_council_reads_a_bilingual_name_by_its_english_part(name: str, council: str):
    assert canonical_council(name) == council


def test_every_successor_entry_names_a_former_council_and_a_council_of_today():
    kinds = {c.name: c.kind for c in COUNCILS}
    assert successors(), "councilsuccessors.txt is empty"
    for former, (successor, _) in successors().items():
        assert kinds.get(former) == "former", former
        assert kinds.get(successor) not in (None, "former", "joint") or successor == "Somerset West and Taunton", successor


def test_a_former_councils_paper_of_a_later_day_is_itssuccessors():
    assert current_council("Ballymena", date(2017, 1, 9)) == "Mid and East Antrim"
    assert current_council("Craigavon", date(2015, 3, 2)) == "Craigavon"  # before the 2015 councils took over
    assert current_council("Ballymena", None) == "Mid and East Antrim"
    assert current_council("Kent", None) == "Kent"
    assert current_council("Taunton Deane", date(2020, 5, 1)) == "Somerset West and Taunton"
    assert current_council("Taunton Deane", date(2024, 5, 1)) == "Somerset"
