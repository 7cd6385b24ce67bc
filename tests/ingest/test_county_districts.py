"""ingest/county_districts.txt: every district of the gazetteer under one county, and county_of reading it."""
from __future__ import annotations

from collections import Counter
from importlib import resources

from ingest.council_table import COUNCILS
from ingest.council_variants import county_of

KIND = {c.name: c.kind for c in COUNCILS}


def _lines() -> list[tuple[str, list[str]]]:
    text = (resources.files("ingest") / "county_districts.txt").read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            county, districts = (cell.strip() for cell in line.split("|"))
            rows.append((county, [d.strip() for d in districts.split(";") if d.strip()]))
    return rows


def test_every_name_listed_is_a_gazetteer_display_name():
    names = [county for county, _ in _lines()] + [d for _, districts in _lines() for d in districts]
    assert [n for n in names if n not in KIND] == []


def test_every_district_of_the_gazetteer_is_listed_under_exactly_one_county():
    listed = Counter(d for _, districts in _lines() for d in districts)
    assert [d for d, n in listed.items() if n > 1] == []  # no district, current or former, under two counties
    districts = {c.name for c in COUNCILS if c.kind == "district"}
    assert sorted(districts - set(listed)) == []


def test_counties_are_counties_and_districts_are_districts():
    # a county is a county council, a former one, or the unitary council that went on over its whole area
    # ("North Yorkshire", "Somerset")
    assert [c for c, _ in _lines() if KIND[c] not in {"county", "former", "unitary"}] == []
    assert [d for _, ds in _lines() for d in ds if KIND[d] not in {"district", "former"}] == []
    counties = [c for c, _ in _lines()]
    assert len(counties) == len(set(counties))
    assert {c.name for c in COUNCILS if c.kind == "county"} <= set(counties)


def test_county_of_reads_any_variant_of_a_districts_name():
    assert county_of("Great Yarmouth") == "Norfolk"
    assert county_of("Great Yarmouth Borough Council") == "Norfolk"
    assert county_of("Taunton Deane") == "Somerset"  # a former district, under the county it lay in
    assert county_of("Norfolk") is None  # a county lies in no county
    assert county_of("Croydon") is None
