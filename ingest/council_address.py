"""Which council a text's e-mail and web addresses belong to ("democratic.services@eastherts.gov.uk")."""
from __future__ import annotations

import re
from collections import Counter
from functools import cache

from ingest.council_table import COUNCILS, key

# Public suffixes councils and their joint bodies publish under; police, NHS, academic and company hosts are left out
# because "kent.police.uk" is a police force and "kent.ac.uk" a university, not the council.
_SUFFIXES = ("gov.uk", "gov.wales", "llyw.cymru", "gov.scot", "org.uk", "wales", "cymru", "scot", "moderngov.co.uk")
_HOST = re.compile(
    r"(?<![\w.-])(?:[a-z0-9-]+\.)+(?:" + "|".join(re.escape(s) for s in _SUFFIXES) + r")(?![\w-]|\.[\w-])",
    re.IGNORECASE,
)
# Host labels that name a service, never a council ("democracy.kent.gov.uk", "moderngov.southampton.gov.uk").
_SERVICE = frozenset({"www", "democracy", "moderngov", "modgov", "mgov", "committees", "cmis", "council", "gov", "org",
                      "democratic", "services", "mail", "email", "services", "publications", "decisions", "meetings"})
_STYLE_WORDS = frozenset({"council", "borough", "county", "city", "district", "metropolitan", "of", "and", "the",
                          "london", "royal", "corporation", "cyngor", "upon", "on"})
ADDRESS_WEIGHT = 0.1  # an address is the weakest evidence: it decides only when the text names no council


def _slugs(name: str) -> set[str]:
    words = key(name).split()
    return {"".join(words), "-".join(words), "".join(w for w in words if w != "and"),
            "-".join(w for w in words if w != "and")}


def _initials(official: str) -> str:
    """ "Tonbridge and Malling Borough Council" -> "tmbc"; "Royal Borough of Kensington and Chelsea" -> "rbkc"."""
    return "".join(w[0] for w in key(official).split() if w not in ("and", "of", "the", "upon", "on"))


def _style(official: str, name: str) -> str:
    """Initials of the style around a name: "Epping Forest District Council" -> "dc"."""
    rest = key(official).replace(key(name), " ")
    return "".join(w[0] for w in rest.split() if w in _STYLE_WORDS and w not in ("and", "of", "the", "upon", "on"))


@cache
def domain_keys() -> dict[str, str]:
    """Host label -> council name: explicit domain keys, then slugs of names, styles and initials that are unique."""
    derived: dict[str, set[str]] = {}
    for c in COUNCILS:
        candidates = set()
        for alias in (*c.aliases, *c.lookup_aliases):
            candidates |= _slugs(alias)
        if c.official:
            style = _style(c.official, c.name)
            candidates |= {s + style for s in _slugs(c.name) if style}
            if len(_initials(c.official)) >= 3:
                candidates.add(_initials(c.official))
        for label in candidates:
            derived.setdefault(label, set()).add(c.name)
    table = {label: next(iter(names)) for label, names in derived.items() if len(names) == 1 and label not in _SERVICE}
    table.update({d.lower(): c.name for c in COUNCILS for d in c.domains})
    return table


def addressed_councils(text: str) -> list[tuple[str, int]]:
    """Each council an e-mail or web address in the text belongs to, with its start offset, in order."""
    keys = domain_keys()
    found = []
    for m in _HOST.finditer(text):
        host = m.group().lower()
        suffix = next(s for s in _SUFFIXES if host.endswith("." + s))
        labels = host[: -len(suffix) - 1].split(".")
        name = next((keys[label] for label in reversed(labels) if label in keys), None)
        if name:
            found.append((name, m.start()))
    return found


def council_from_address(text: str) -> list[tuple[str, float]]:
    """Councils named only by the text's e-mail and web addresses, with a low weight per address, best first."""
    counts = Counter(name for name, _ in addressed_councils(text))
    return [(name, n * ADDRESS_WEIGHT) for name, n in counts.most_common()]
