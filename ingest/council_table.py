"""The gazetteer's data: councils and joint bodies (councils.txt), and the words read around them (council_words.txt)."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources

_TOKEN = re.compile(r"[A-Za-z]+|&")
# The words of a council's style rather than its place ("London Borough of", "County Council").
STYLE_WORDS = frozenset(
    "the london royal borough of city county council metropolitan district corporation lb rb mbc".split()
)
_AMBIGUOUS, _LOOKUP_ONLY = "~", "="


@dataclass(frozen=True, slots=True)
class Council:
    """One local authority or joint body: the name Clerk shows, its tier or nation, and the names it goes by."""

    name: str
    kind: str  # london, metropolitan, unitary, county, district, wales, scotland, northern ireland, former, joint
    official: str  # the council's style, "" when not recorded
    aliases: tuple[str, ...]  # matched in running text: the name, the official name, short forms
    lookup_aliases: tuple[str, ...]  # accepted by canonical_council only
    ambiguous: tuple[str, ...]  # aliases that are also ordinary words or other things: need qualification
    domains: tuple[str, ...]  # explicit host labels of its web and e-mail addresses


@dataclass(frozen=True, slots=True)
class Alias:
    """What a matching key stands for: a council (or None for a place that is not one) and how it must appear."""

    council: str | None
    capitals: tuple[str, ...]  # all-capital words that must appear in capitals ("LBTH")
    ambiguous: bool  # needs qualification or a mid-sentence capital
    official: bool  # the full style ("Kent County Council"): qualified by itself


def key(text: str) -> str:
    """A matching key: lower case, words only, accents dropped, "&" read as "and"."""
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " ".join("and" if t == "&" else t.lower() for t in _TOKEN.findall(text))


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.split("|")] + [""] * 4


def _items(cell: str) -> list[str]:
    return [a.strip() for a in cell.split(";") if a.strip()]


def _parse(table: str) -> tuple[tuple[Council, ...], tuple[str, ...]]:
    councils, places = [], []
    for line in table.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, kind, official, aliases, domains = _cells(line)[:5]
        if kind == "place":
            places += [name, *_items(aliases)]
            continue
        found = [name, *([official] if official else []), *_items(aliases)]
        plain = {key(a): a.lstrip(_AMBIGUOUS) for a in reversed(found) if not a.startswith(_LOOKUP_ONLY)}
        councils.append(Council(
            name=name.lstrip(_AMBIGUOUS),
            kind=kind,
            official=official,
            aliases=tuple(reversed(plain.values())),
            lookup_aliases=tuple(a[1:] for a in found if a.startswith(_LOOKUP_ONLY)),
            ambiguous=tuple(a[1:] for a in found if a.startswith(_AMBIGUOUS)),
            domains=tuple(_items(domains)),
        ))
    return tuple(councils), tuple(places)


COUNCILS, PLACES = _parse((resources.files("ingest") / "councils.txt").read_text(encoding="utf-8"))


def _text_key(alias: str) -> str:
    """The key matched in running text: a leading "The" is left to the text ("the Highland Council")."""
    k = key(alias)
    return k[4:] if k.startswith("the ") else k


@cache
def text_aliases() -> dict[str, Alias]:
    """Key of every alias matched in running text -> what it stands for; places that are not councils map to None."""
    table = {_text_key(p): Alias(None, (), False, False) for p in PLACES}
    for council in COUNCILS:
        official = _text_key(council.official) if council.official else ""
        ambiguous = {key(a) for a in council.ambiguous}
        for alias in council.aliases:
            capitals = tuple(t for t in _TOKEN.findall(alias) if len(t) > 1 and t.isupper())
            k = _text_key(alias)
            table[k] = Alias(council.name, capitals, key(alias) in ambiguous, k == official)
    return table


@cache
def alias_words() -> frozenset[str]:
    """Every word (lower case) of a name matched in running text: what a question typed in lower case may name."""
    return frozenset(w for k in text_aliases() for w in k.split())


@cache
def place_words(name: str) -> frozenset[str]:
    """The words of a body's name that say where it is, less council styles and joint bodies' generic titles
    ("Hertfordshire Police and Crime Panel" -> hertfordshire; "London Borough of Tower Hamlets" -> tower, hamlets)."""
    generic = STYLE_WORDS | {w for title in words("joint titles") for w in title.split()} | {"and"}
    return frozenset(w for w in _TOKEN.findall(name.lower()) if w not in generic)


@cache
def lookup_aliases() -> dict[str, str]:
    """Key of every alias, lookup-only ones included -> the council's name."""
    table = {k: a.council for k, a in text_aliases().items() if a.council}
    for council in COUNCILS:
        for alias in (*council.aliases, *council.lookup_aliases):
            table[key(alias)] = council.name
    return table


@cache
def alias_lengths() -> dict[str, tuple[int, ...]]:
    """First word of an alias key -> the word counts of the aliases it starts, longest first."""
    lengths: dict[str, set[int]] = {}
    for k in text_aliases():
        words = k.split()
        lengths.setdefault(words[0], set()).add(len(words))
    return {w: tuple(sorted(n, reverse=True)) for w, n in lengths.items()}


@cache
def words(section: str) -> frozenset[str]:
    """The entries of one [section] of ingest/council_words.txt, as matching keys."""
    text = (resources.files("ingest") / "council_words.txt").read_text(encoding="utf-8")
    found, current = set(), None
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
        elif current == section:
            found.add(key(line))
    if not found:
        raise KeyError(f"no [{section}] words in council_words.txt")
    return frozenset(found)


@cache
def successors() -> dict[str, tuple[str, date]]:
    """ingest/council_successors.txt: a former council's display name -> (its successor's, the day it took over)."""
    table = {}
    for line in (resources.files("ingest") / "council_successors.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            former, successor, day = (cell.strip() for cell in line.split("|"))
            table[former] = (successor, date.fromisoformat(day))
    return table


def current_council(name: str, when: date | None) -> str:
    """The council a paper of day `when` is by, named `name`: a former council's successor once it took over, or when
    the day is unknown; any other council as named."""
    while (successor := successors().get(name)) and (when is None or when >= successor[1]):
        name = successor[0]  # Taunton Deane -> Somerset West and Taunton (2019) -> Somerset (2023)
    return name
