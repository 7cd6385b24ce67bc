"""Which council a text is about: councils recognised in context and weighed (canonical names for any variant are
ingest/council_variants.py's job)."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ingest.council_address import ADDRESS_WEIGHT, addressed_councils, council_from_address
from ingest.council_people import holds_office, in_member_list, listed_member
from ingest.council_table import (
    COUNCILS, STYLE_WORDS as _STYLE_WORDS, Council, alias_lengths, key, text_aliases, words,
)
from ingest.council_tokens import Word as _Word, joined as _joined, tokens as _words

__all__ = ["COUNCILS", "WEIGHTS", "Council", "Weights", "council_from_address", "find_councils", "referred_council"]

# Words of a council's style that sit between a name and what governs it ("support from the London Borough of Camden").
# A bare name followed by these, ending in an authority word, is qualified ("Reading Borough Council").
_QUALIFIERS = frozenset({"borough", "county", "city", "metropolitan", "district"})
_AUTHORITY = frozenset({"council", "councils", "corporation"})
# ... and so is one preceded by "London Borough of", "Borough of", "City of", "County of", "Council of".
_OF_STYLE = frozenset({"borough", "city", "county", "council", "corporation"})
_POSTCODE = re.compile(r"^[\s,]*[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")  # "Maidstone, Kent, ME14 1XQ" is an address
_AS_PARTNER = re.compile(
    r"^(?:\W*(?:county|city|borough|metropolitan|council)\b)*\W*as\s+(?:\w+\s+){0,2}partners?\b", re.IGNORECASE
)
# "the County Council", "this Council": the council the text has named, whose style fits.
_REFERENCE = re.compile(
    r"\b(?:the|this)\s+(?P<style>(?:county\s+borough|metropolitan\s+borough|county|borough|city|district)\s+)?"
    r"council\b(?!\s+(?:of|for|tax)\b)(?!['’]?s\s+(?:area|boundary))", re.IGNORECASE
)

_OPENING_CHARS = 400
_ADDRESS_PARTS = 4  # "Room, Building, Street, Park, Town": the parts of a postal address before its town
_RUN = 6  # words of a proper name looked at either side of a mention
_LISTED = 8  # words of names listed before a mention that a partnership word before them still governs

_NAME_GAP = re.compile(r"[ \t\-]{1,3}")  # inside one proper name ("Sutton Hospital", "Arden-Herefordshire")
_BREAK = re.compile(r"[.;:!?\n]")  # a sentence or line break: partnership words do not reach across it


@dataclass(frozen=True, slots=True)
class Weights:
    """What each kind of evidence adds to a council's score in find_councils."""

    plain: float = 1.0  # a mention
    partner: float = 0.25  # a mention governed by a partnership word, or a member's council in brackets
    venue: float = 0.25  # a mention that only ends a venue's postal address ("Bredbury, Stockport")
    opening: float = 2.0  # multiplier for mentions in the opening, where a paper names its own council
    referenced: float = 0.25  # "the County Council", "this Council"
    address: float = ADDRESS_WEIGHT  # an e-mail or web address


# plain, partner and opening predate the gazetteer's tuning script. referenced and address are searched by
# `python -m evals.gazetteer --tune` (councils corpus, split by council): every setting on its grid scored the same,
# so these values only keep the order of evidence: a reference or an address counts less than any name.
WEIGHTS = Weights()


def _sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 40):start].rstrip(" \t\"'“‘(")
    return not before or before[-1] in ".!?:;\n-•*#|"


def _name_run(text: str, ws: list[_Word], start: int, step: int,
              joiners: tuple[str, ...] = ("and", "of")) -> list[str]:
    """The proper name's words from ws[start] on, going by step: capitalised words, and joiners ("and", "of") inside."""
    run, k = [], start
    while 0 <= k < len(ws) and len(run) < _RUN:
        a, b = (ws[k - step], ws[k]) if step > 0 else (ws[k], ws[k - step])
        if (not _NAME_GAP.fullmatch(text[a.end:b.start]) or ws[k].lower == "the"
                or not (ws[k].capital or ws[k].lower in joiners)):
            break
        run.append(ws[k].lower)
        k += step
    while run and run[-1] in joiners:
        run.pop()
    return run[::step]


def _in_other_name(text: str, ws: list[_Word], i: int, j: int) -> bool:
    """Whether words[i:j] sit inside a building's, street's, institution's or company's name ("Kent Street")."""
    institutions = words("institutions")
    for run in (_name_run(text, ws, j, 1), _name_run(text, ws, i - 1, -1)):
        phrase = " " + " ".join(run) + " "
        if any(w in institutions for w in run) or any(" " + p + " " in phrase for p in institutions if " " in p):
            return True
    return False


def _inside_longer_name(text: str, ws: list[_Word], i: int, j: int) -> bool:
    """Whether words[i:j] sit inside a longer proper name, capitalised words on both sides ("the North York Moors
    Local Access Forum"): a place inside another body's or place's name is not the council."""
    before = _name_run(text, ws, i - 1, -1, ())
    after = _name_run(text, ws, j, 1, ())
    return bool(before) and bool(after) and before[-1] not in _STYLE_WORDS


def _qualified(ws: list[_Word], i: int, j: int) -> bool:
    """Whether a bare name carries its council style: "Reading Borough Council", "London Borough of Brent"."""
    k = j
    while k < len(ws) and k < j + 3 and ws[k].lower in _QUALIFIERS:
        k += 1
    if k < len(ws) and ws[k].lower in _AUTHORITY:
        return True
    return i >= 2 and ws[i - 1].lower == "of" and ws[i - 2].lower in _OF_STYLE


def _named_person(text: str, ws: list[_Word], i: int) -> bool:
    """Whether the name follows a title or a given name ("Mr John Angus", "Cllr Brent", "Richard Kent"), or sits in a
    list of members' surnames ("Councillors Churton, Dawber and Wakefield")."""
    if i > 0 and ws[i - 1].capital and ws[i - 1].lower in words("given names") and (
            text[ws[i - 1].end:ws[i].start] == " "):
        return True
    titles = words("titles")
    k = i - 1
    while k >= 0 and i - k <= 3 and ws[k].capital and re.fullmatch(r"\.?\s{1,2}", text[ws[k].end:ws[k + 1].start]):
        if ws[k].lower in titles:
            return True
        k -= 1
    return in_member_list(text, ws[i].start)



def _accepted(text: str, ws: list[_Word], i: int, j: int, capitals: tuple[str, ...], ambiguous: bool,
              official: bool) -> bool:
    """Whether words[i:j], which spell an alias, name the council here rather than something else."""
    matched = text[ws[i].start:ws[j - 1].end]
    if not matched[0].isupper() or any(c not in matched for c in capitals):
        return False
    if official or _qualified(ws, i, j):
        return True
    if _named_person(text, ws, i) or listed_member(text, ws[i].start, ws[j - 1].end):
        return False
    if _in_other_name(text, ws, i, j) or _inside_longer_name(text, ws, i, j):
        return False
    if not ambiguous:
        return True
    # a name that is also a word or another thing stands alone, mid-sentence ("children in Reading", "the Cabinet
    # of Reading"), never inside a longer proper name ("Bath Rugby", "Eden Project")
    beside = _name_run(text, ws, i - 1, -1, ()) + [w for w in _name_run(text, ws, j, 1, ()) if w not in _QUALIFIERS]
    return not beside and not _sentence_start(text, ws[i].start)


def _in_address(text: str, ws: list[_Word], i: int) -> bool:
    """Whether a mention ends a postal address after a building or street ("City Hall, Belfast")."""
    line = text[text.rfind("\n", 0, ws[i].start) + 1:ws[i].start]
    if not line.rstrip().endswith(","):
        return False
    # the address is the run of comma-separated parts before the mention, inside its sentence: a long line that
    # flattened a page holds a venue's building far before a later mention ("..., agenda item 8, Suffolk Coastal")
    sentence = re.split(r"[.;:!?]\s", line)[-1]
    institutions = words("institutions")
    return any(w in institutions for part in sentence.split(",")[:-1][-_ADDRESS_PARTS:] for w in key(part).split())


def _affiliation(text: str, ws: list[_Word], i: int, j: int) -> bool:
    """Whether a mention fills a bracket after a person ("Councillor K. Evans (Ceredigion County Council)")."""
    if not text[max(0, ws[i].start - 40):ws[i].start].rstrip().endswith("("):
        return False
    while j < len(ws) and ws[j].lower in _STYLE_WORDS and not text[ws[j - 1].end:ws[j].start].strip():
        j += 1
    return text[ws[j - 1].end:ws[j - 1].end + 40].lstrip().startswith(")")


def _evidence(text: str, ws: list[_Word], i: int, j: int, council: str) -> str:
    """What a mention is evidence of, as a field of Weights: "venue" where it only ends a venue's postal address (the
    venue's place, not the author), "partner" where it is governed by a partnership word or is a two-tier county in a
    postal address away from a county seat ("Swale House, Sittingbourne, Kent, ME10 3HT": the post's county, one of
    whose districts holds the venue; "County Hall, Maidstone, Kent" is the county's own), else "plain"."""
    if _in_address(text, ws, i) or _POSTCODE.match(text[ws[j - 1].end:ws[j - 1].end + 12]):
        line = key(text[text.rfind("\n", 0, ws[i].start) + 1:ws[i].start])
        seat = any(f" {s} " in f" {line} " for s in words("county seats"))
        return "partner" if _KIND[council] == "county" and not seat else "venue"
    if _governed_by_partner(text, ws, i, j):
        return "partner"
    return "place" if _county_as_place(text, ws, i, j, council) else "plain"


def _county_as_place(text: str, ws: list[_Word], i: int, j: int, council: str) -> bool:
    """Whether a two-tier county's bare name, past the opening, names its land rather than its council ("the moor
    fires in Lancashire", "Safer Gloucestershire", "Norfolk is required to adopt"): in its districts' and parishes'
    papers the county is where they are, named in passing, while its own papers call it by its style, name it in
    their title or name it again and again (_named weighs a place as a partner's mention only where it is the county's
    one mention)."""
    return (ws[i].start >= _OPENING_CHARS and _KIND[council] == "county" and not _qualified(ws, i, j)
            and " ".join(w.lower for w in ws[i:j]) == key(council))


def _governed_by_partner(text: str, ws: list[_Word], i: int, j: int) -> bool:
    """Whether a mention weighs as a partner's: "relationship with Camden", "Hampshire as practice partner", a
    member's council in brackets."""
    if _AS_PARTNER.match(text[ws[j - 1].end:ws[j - 1].end + 80]) or _affiliation(text, ws, i, j):
        return True
    if holds_office(text, ws, i, _qualified(ws, i, j) or ws[j - 1].lower in _AUTHORITY):
        return True
    partners, anchors = words("partners"), words("anchors")
    k = i - 1
    while k >= 0 and ws[k].lower in _STYLE_WORDS and _joined(text, ws[k:k + 2]):
        k -= 1
    # a later item of a list of names shares the word governing the list ("with National Highways, Gloucestershire
    # County Council and South Gloucestershire Council"): the names listed before it are passed over
    listed = k >= 0 and (ws[k].lower == "and" or text[ws[k].end:ws[k + 1].start].strip().startswith(","))
    looked = skipped = 0
    while k >= 0 and looked < 3 and skipped < _LISTED:
        if _BREAK.search(text[ws[k].end:ws[k + 1].start]):
            return False
        if ws[k].lower in anchors:
            return False
        if ws[k].lower in partners:
            return True
        if listed and (ws[k].capital or ws[k].lower == "and"):
            skipped += 1
        else:
            looked += 1
        k -= 1
    return False


def _other_place(text: str, ws: list[_Word], i: int) -> bool:
    """Whether the name at ws[i] is part of a larger place's ("Greater Manchester") or the town a county's seat sits in
    ("Venue: County Hall, Oxford"), which names neither the town's council nor any other."""
    if i > 0 and ws[i - 1].capital and ws[i - 1].lower in words("place prefixes") and _joined(text, ws[i - 1:i + 1]):
        return True
    line = text[text.rfind("\n", 0, ws[i].start) + 1:ws[i].start].rstrip()
    if not line.endswith(","):
        return False
    building = " " + key(line[:-1].split(",")[-1])  # the part right before the town: "Kent" after "Maidstone" is named
    return any(building.endswith(" " + seat) for seat in words("county seats"))


def _mentions(text: str) -> list[tuple[str, int, bool]]:
    """Each council named in the text: (name, offset, what the mention is evidence of: see _evidence, "place" a
    county's bare name past the opening); and each council whose
    civic building the text names ("Venue: Bromley Civic Centre"): (name, offset)."""
    ws = _words(text)
    aliases, lengths = text_aliases(), alias_lengths()
    found, seats = [], []
    i = 0
    while i < len(ws):
        for n in lengths.get(ws[i].lower, ()):
            j = i + n
            if j > len(ws):
                continue
            alias = aliases.get(" ".join(w.lower for w in ws[i:j]))
            if alias is None or not _joined(text, ws[i:j]):
                continue
            if alias.council is None or _other_place(text, ws, i):  # "Sutton Coldfield", "Greater Manchester",
                i = j - 1                                             # "County Hall, Oxford"
                break
            if _accepted(text, ws, i, j, alias.capitals, alias.ambiguous, alias.official):
                found.append((alias.council, ws[i].start, _evidence(text, ws, i, j, alias.council)))
                i = j - 1
                break
            if ws[i].capital and _civic_seat(text, ws, j):
                seats.append((alias.council, ws[i].start))
                i = j - 1
                break
        i += 1
    return found, seats


def _civic_seat(text: str, ws: list[_Word], j: int) -> bool:
    """Whether the words from ws[j] on are a civic building's name ("Civic Centre", "Town Hall")."""
    phrase = " ".join(_name_run(text, ws, j, 1, ())[:2]) + " "
    return any(phrase.startswith(seat + " ") for seat in words("civic buildings"))


_KIND = {c.name: c.kind for c in COUNCILS}
# every style a council goes by ("north yorkshire council | north yorkshire county council")
_STYLE = {c.name: " | ".join(key(a) for a in (c.official, *c.aliases) if key(a).endswith("council")) for c in COUNCILS}


def _referent(style: str, ranked: list[str]) -> str | None:
    """The first council in ranked whose style fits a reference ("the County Council" -> a county council)."""
    wanted = key(style)
    for name in ranked:
        if _KIND[name] != "joint" and (not wanted or f" {wanted} council" in f" {_STYLE[name]}"):
            return name
    return None


_TITLE_LEAD = re.compile(r"^(?:(?:agenda|minutes?|notes?|meeting)\s+(?:of|for)\s+)?(?:the\s+|a\s+)?")


def _headed_by_joint_title(text: str) -> bool:
    """Whether a line of the opening starts with a joint body's generic title ("National Park Authority - ...")."""
    titles = words("joint titles")
    for line in text[:_OPENING_CHARS].splitlines():
        k = _TITLE_LEAD.sub("", key(line))  # "Meeting of Police and Crime Panel", "Minutes of the Fire Authority"
        if any(k == t or k.startswith(t + " ") for t in titles):
            return True
    return False


@dataclass(frozen=True, slots=True)
class _Named:
    """What a text names: each council's score from names and addresses, where first seen, and the opening's."""

    scores: dict[str, float]
    first_seen: dict[str, int]
    opening: frozenset[str]
    heading: str | None  # a joint body that heads its paper: the first body named, in the opening
    partnered: frozenset[str]  # councils named only as partners: "the Council" never means one of them

    def referents(self) -> list[str]:
        """Councils a reference may mean, in order: the opening's as they come (the header's first), then the
        best-named."""
        opening = sorted(self.opening, key=self.first_seen.__getitem__)
        rest = sorted(set(self.scores) - self.opening, key=lambda n: (-self.scores[n], self.first_seen[n]))
        return [n for n in opening + rest if n not in self.partnered]


def _named(text: str, weights: Weights) -> _Named:
    scores: dict[str, float] = {}
    first_seen: dict[str, int] = {}
    mentions, seats = _mentions(text)
    counts = Counter(name for name, _, _ in mentions)
    # A county the paper keeps naming is its subject, and so is one it names alone, with no other council beside it.
    named_once = {name for name, count in counts.items() if count == 1} if len(counts) > 1 else set()
    mentions = [(name, start, kind if kind != "place" else "partner" if name in named_once else "plain")
                for name, start, kind in mentions]
    if _headed_by_joint_title(text) and not any(_KIND[name] == "joint" for name, _, _ in mentions):
        mentions = [(name, start, "partner" if kind == "plain" else kind) for name, start, kind in mentions]
    first = mentions[0] if mentions and mentions[0][1] < _OPENING_CHARS else None
    for name, start, kind in mentions:
        weight = getattr(weights, kind)
        if start < _OPENING_CHARS:
            weight *= weights.opening
        scores[name] = scores.get(name, 0.0) + weight
        first_seen.setdefault(name, start)
    for name, start in [*addressed_councils(text), *seats]:  # a civic building weighs as an address does
        scores[name] = scores.get(name, 0.0) + weights.address
        first_seen.setdefault(name, start)
    opening = frozenset(name for name, start, _ in mentions if start < _OPENING_CHARS)
    partnered = frozenset(name for name, _, _ in mentions) - {name for name, _, kind in mentions if kind != "partner"}
    partnered -= {name for name, _ in [*addressed_councils(text), *seats]}
    return _Named(scores, first_seen, opening, first[0] if first and _KIND[first[0]] == "joint" else None, partnered)


def find_councils(text: str, weights: Weights = WEIGHTS) -> list[tuple[str, float]]:
    """Councils a text names, with a weight, best first; partners, helpers and comparators weigh little.

    A plain mention weighs 1 and one governed by a partnership word ("support from", "with", "as practice
    partner", a member's council in brackets, the end of a venue's address) 0.25; either counts double in the
    opening lines, where a paper names its own council. A joint body (a police and crime panel, a fire authority)
    named first, in the opening, is its own paper's council and outranks the partner councils its members come
    from; under a joint body's generic title ("National Park Authority") every council named is a partner.
    "The County Council" and "the Council" add a little to the council they mean (see referred_council); an
    e-mail or web address adds least of all (see council_address), and so does a council's civic building named as a
    venue ("Bromley Civic Centre"), which otherwise names no council.
    """
    named = _named(text, weights)
    scores = named.scores
    if scores:
        ranked = named.referents()
        for m in _REFERENCE.finditer(text):
            referent = _referent(m.group("style") or "", ranked)
            if referent:
                scores[referent] += weights.referenced
    if named.heading:
        scores[named.heading] += max((w for n, w in scores.items() if n != named.heading), default=0.0)
    return sorted(scores.items(), key=lambda kv: (-kv[1], named.first_seen[kv[0]]))


def referred_council(reference: str, text: str) -> str | None:
    """The council "the County Council", "the Council" or "this Council" means in a text: the council its opening
    names whose style fits, else the best-named one; None when the reference is not one or nothing fits."""
    m = _REFERENCE.fullmatch(re.sub(r"\s+", " ", reference.strip()))
    if not m:
        m = _REFERENCE.fullmatch("the " + re.sub(r"\s+", " ", reference.strip()))
    return _referent(m.group("style") or "", _named(text, WEIGHTS).referents()) if m else None
