"""A council's canonical name from any variant of it: styles, abbreviations, brackets, a joint body's area after its
type, a bilingual name's English part."""
from __future__ import annotations

import re
from functools import cache
from importlib import resources

from ingest.council_table import key, lookup_aliases, words


def canonical_council(name: str) -> str | None:
    """The canonical display name for any variant of a council's name ("LBTH", "windsor & maidenhead"), else None."""
    for variant in (name, *re.findall(r"\(([^()]*)\)", name), re.sub(r"\([^()]*\)", " ", name)):
        found = _canonical(key(variant))
        if found:
            return found
    if m := _TYPE_FOR_PLACE.fullmatch(name.strip()):
        return _canonical(key(f"{m['place']} {m['type']}"))
    return _after_welsh(name)


def _after_welsh(name: str) -> str | None:
    """A bilingual name as its English part: "Awdurdod Parc Cenedlaethol Eryri National Park Authority" -> the
    council "Eryri National Park Authority" names; the Welsh words lead, then one Welsh place name may stay."""
    ws = key(name).split()
    welsh = words("welsh name words")
    k = 0
    while k < len(ws) and ws[k] in welsh:
        k += 1
    if k < 2 or len(ws) - k < 2:
        return None  # one Welsh word is a style the lookup reads already ("Cyngor Gwynedd")
    return _canonical(" ".join(ws[k:]))


def english_local_name(name: str, kind: str) -> str | None:
    """A local council's name ("Anytown Town Council", its type `kind`) without a bilingual banner's Welsh words:
    "Cyngor Tref Penmaenmawr Penmaenmawr Town Council" -> "Penmaenmawr Town Council"; None where the English name lost
    its place ("Cyngor Tref Town Council") or the Welsh place differs from the English, no telling where one ends."""
    ws = name.split()
    if not ws or key(ws[0]) != "cyngor" or not name.lower().endswith(kind.lower()):
        return name
    welsh = words("welsh name words")
    k = 0
    while k < len(ws) and key(ws[k]) in welsh:
        k += 1
    place = ws[k:len(ws) - len(kind.split())]
    half = len(place) // 2
    if len(place) % 2 == 0 and place and [w.lower() for w in place[:half]] == [w.lower() for w in place[half:]]:
        place = place[:half]  # the place the same in both languages
    elif len(place) != 1:
        return None
    return " ".join([*place, *ws[len(ws) - len(kind.split()):]])


# A joint body's style with its area after its type: "Combined Fire Authority for County Durham and Darlington".
_TYPE_FOR_PLACE = re.compile(
    r"(?:the\s+)?(?P<type>.+?\b(?:Authority|Panel|Board|Commissioner))\s+(?:for|of)\s+(?:the\s+)?(?P<place>.+)", re.IGNORECASE
)


_PREFIXES = (
    "the ", "london borough of ", "royal borough of ", "metropolitan borough of ", "borough council of ", "borough of ",
    "city and county of ", "county of ", "city of ", "council of ", "cyngor ", "lb ", "rb ",
)
_SUFFIXES = (" metropolitan borough council", " metropolitan district council", " county borough council",
             " borough council", " county council", " city council", " district council", " council",
             " unitary authority", " local authority", " mbc", " cc", " bc", " dc", " city", " borough", " county",
             " corporation", " s")


def _canonical(k: str) -> str | None:
    table = lookup_aliases()
    seen = set()
    while k and k not in seen:
        seen.add(k)
        if k in table:
            return table[k]
        for prefix in _PREFIXES:
            if k.startswith(prefix):
                k = k[len(prefix):]
                break
        else:
            for suffix in _SUFFIXES:
                if k.endswith(suffix):
                    k = k[: -len(suffix)]
                    break
    return None


@cache
def _counties() -> dict[str, str]:
    """ingest/county_districts.txt: a district's display name -> the display name of the county it lies in."""
    table = {}
    for line in (resources.files("ingest") / "county_districts.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            county, districts = (cell.strip() for cell in line.split("|"))
            table.update({d.strip(): county for d in districts.split(";") if d.strip()})
    return table


def county_of(district: str) -> str | None:
    """The county a district (any variant of its name) lies in, as a display name; None for any other council."""
    return _counties().get(canonical_council(district) or district.strip())
