"""A gazetteer of UK local authorities: canonical names, their variants, and which council a text is about."""
from __future__ import annotations

import re
import unicodedata
from importlib import resources
from dataclasses import dataclass
from functools import cache


# Names that are also ordinary words or first names: in running text they count only when qualified
# ("Reading Borough Council", "London Borough of Brent") or capitalised mid-sentence ("children in Reading").
_AMBIGUOUS = frozenset({"reading", "bury", "dudley", "brent", "angus", "highland", "stirling", "moray", "sutton", "halton"})
# A council name followed by these words is another place ("Sutton Coldfield" is in Birmingham).
_NOT_BEFORE = {
    "sutton": ("coldfield", "in ashfield", "bonington", "valence", "courtenay"),
    "newcastle": ("under lyme",),
    "newport": ("pagnell",),
    "bradford": ("on avon",),
    "richmond": ("north yorkshire", "yorkshire"),
}
# ... or preceded by these ("New York").
_NOT_AFTER = {"york": ("new",), "hampshire": ("new",)}

# Words of a council's style that sit between a name and what governs it ("support from the London Borough of Camden").
_STYLE_WORDS = frozenset(
    "the london royal borough of city county council metropolitan district corporation lb rb mbc".split()
)
_QUALIFIERS = frozenset({"council", "borough", "county", "city", "metropolitan", "district", "corporation"})
# A mention governed by one of these is a partner, a comparator or a helper, not the author.
_PARTNER_WORDS = frozenset(
    "with from by alongside neighbouring neighbour neighbours than versus vs including".split()
)
# These re-anchor the sentence on the place itself ("working with children in Croydon").
_ANCHOR_WORDS = frozenset({"in", "at", "across", "within", "throughout", "for"})
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "cllr", "councillor", "sir", "dame", "lord", "lady", "judge"})
_POSTCODE = re.compile(r"^[\s,]*[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")  # "Manchester M1 2WD" is an address
_AS_PARTNER = re.compile(r"^(?:\W*(?:county|city|borough|metropolitan|council)\b)*\W*as\s+(?:\w+\s+){0,2}partners?\b", re.I)

_PLAIN, _PARTNER, _OPENING = 1.0, 0.25, 2.0  # weights: a plain mention, a partner mention, the opening's multiplier
_OPENING_CHARS = 400

_TOKEN = re.compile(r"[A-Za-z]+|&")
_GAP = re.compile(r"[\s,.\-]{0,4}")
_BREAK = re.compile(r"[.;:!?\n]")  # a sentence or line break: partnership words do not reach across it


@dataclass(frozen=True, slots=True)
class Council:
    """One local authority: the name it calls itself, its tier or nation, and the variants it goes by."""

    name: str
    kind: str  # london, metropolitan, unitary, county, former (abolished), wales, scotland
    aliases: tuple[str, ...]  # matched in running text
    lookup_aliases: tuple[str, ...]  # accepted by canonical_council only


def _parse_table(table: str) -> tuple[Council, ...]:
    councils = []
    for line in table.strip().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, kind, aliases = (cell.strip() for cell in line.split("|"))
        found = [a.strip() for a in aliases.split(";") if a.strip()]
        councils.append(
            Council(
                name=name,
                kind=kind,
                aliases=(name, *(a for a in found if not a.startswith("="))),
                lookup_aliases=tuple(a[1:] for a in found if a.startswith("=")),
            )
        )
    return tuple(councils)


# The table (ingest/councils.txt): one council a line, "display name | kind | aliases separated by ;".
COUNCILS: tuple[Council, ...] = _parse_table((resources.files("ingest") / "councils.txt").read_text(encoding="utf-8"))


def _key(text: str) -> str:
    """A matching key: lower case, words only, accents dropped, "&" read as "and"."""
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " ".join("and" if t == "&" else t.lower() for t in _TOKEN.findall(text))


@cache
def _text_aliases() -> dict[str, tuple[str, tuple[str, ...]]]:
    """Key -> (council name, the alias's all-capital words, which must appear in capitals)."""
    table: dict[str, tuple[str, tuple[str, ...]]] = {}
    for council in COUNCILS:
        for alias in council.aliases:
            capitals = tuple(t for t in _TOKEN.findall(alias) if len(t) > 1 and t.isupper())
            table[_key(alias)] = (council.name, capitals)
    return table


@cache
def _lookup_aliases() -> dict[str, str]:
    table = {key: name for key, (name, _) in _text_aliases().items()}
    for council in COUNCILS:
        for alias in council.lookup_aliases:
            table[_key(alias)] = council.name
    return table


_PREFIXES = ("the ", "london borough of ", "royal borough of ", "borough of ", "city and county of ",
             "county of ", "city of ", "lb ", "rb ")
_SUFFIXES = (" metropolitan borough council", " metropolitan district council", " borough council",
             " county council", " city council", " district council", " council", " unitary authority",
             " local authority", " mbc", " cc", " bc", " city", " borough", " county", " corporation", " s")


def canonical_council(name: str) -> str | None:
    """The canonical display name for any variant of a council's name ("LBTH", "windsor & maidenhead"), else None."""
    key = _key(name)
    table = _lookup_aliases()
    seen = set()
    while key and key not in seen:
        seen.add(key)
        if key in table:
            return table[key]
        for prefix in _PREFIXES:
            if key.startswith(prefix):
                key = key[len(prefix):]
                break
        else:
            for suffix in _SUFFIXES:
                if key.endswith(suffix):
                    key = key[: -len(suffix)]
                    break
    return None


@dataclass(frozen=True, slots=True)
class _Word:
    lower: str
    start: int
    end: int


def _words(text: str) -> list[_Word]:
    return [_Word("and" if m.group() == "&" else m.group().lower(), m.start(), m.end())
            for m in _TOKEN.finditer(text)]


def _joined(text: str, words: list[_Word]) -> bool:
    """True when consecutive words are separated only by spaces, hyphens, commas or a full stop."""
    return all(_GAP.fullmatch(text[a.end:b.start]) for a, b in zip(words, words[1:]))


def _sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t\"'“‘(")
    return not before or before[-1] in ".!?:;\n-•*#|"


def _accepted(text: str, words: list[_Word], i: int, j: int, capitals: tuple[str, ...]) -> bool:
    """Whether words[i:j], which spell an alias, name the council here rather than something else."""
    matched = text[words[i].start:words[j - 1].end]
    if not matched[0].isupper() or any(c not in matched for c in capitals):
        return False
    if _POSTCODE.match(text[words[j - 1].end:words[j - 1].end + 12]):
        return False
    key = " ".join(w.lower for w in words[i:j])
    before = [w.lower for w in words[max(0, i - 2):i]]
    after = " ".join(w.lower for w in words[j:j + 3]) + " "
    if before and before[-1] in _HONORIFICS:
        return False
    if any(" ".join(before[-len(p.split()):]) == p for p in _NOT_AFTER.get(key, ())):
        return False
    if any(after.startswith(p + " ") for p in _NOT_BEFORE.get(key, ())):
        return False
    if key in _AMBIGUOUS:
        qualified = (j < len(words) and words[j].lower in _QUALIFIERS) or (before and before[-1] == "of")
        return bool(qualified) or not _sentence_start(text, words[i].start)
    return True


def _governed_by_partner(text: str, words: list[_Word], i: int, j: int) -> bool:
    """Whether a mention reads as a partner's: "relationship with Camden", "Hampshire County Council as practice partner"."""
    if _AS_PARTNER.match(text[words[j - 1].end:words[j - 1].end + 80]):
        return True
    k = i - 1
    while k >= 0 and words[k].lower in _STYLE_WORDS and _joined(text, words[k:k + 2]):
        k -= 1
    looked = 0
    while k >= 0 and looked < 3:
        if _BREAK.search(text[words[k].end:words[k + 1].start]):
            return False
        if words[k].lower in _ANCHOR_WORDS:
            return False
        if words[k].lower in _PARTNER_WORDS:
            return True
        k -= 1
        looked += 1
    return False


def find_councils(text: str) -> list[tuple[str, float]]:
    """Councils mentioned in a text with a weight, best first; partners, helpers and comparators weigh little.

    A plain mention weighs 1, one governed by a partnership word ("support from", "with", "as practice
    partner") 0.25, and either counts double in the opening lines, where a paper names its own council.
    """
    words = _words(text)
    aliases = _text_aliases()
    longest = max(len(key.split()) for key in aliases)
    scores: dict[str, float] = {}
    first_seen: dict[str, int] = {}
    i = 0
    while i < len(words):
        for j in range(min(len(words), i + longest), i, -1):
            key = " ".join(w.lower for w in words[i:j])
            if key in aliases and _joined(text, words[i:j]):
                name, capitals = aliases[key]
                if _accepted(text, words, i, j, capitals):
                    weight = _PARTNER if _governed_by_partner(text, words, i, j) else _PLAIN
                    if words[i].start < _OPENING_CHARS:
                        weight *= _OPENING
                    scores[name] = scores.get(name, 0.0) + weight
                    first_seen.setdefault(name, words[i].start)
                    i = j - 1
                    break
        i += 1
    return sorted(scores.items(), key=lambda kv: (-kv[1], first_seen[kv[0]]))
