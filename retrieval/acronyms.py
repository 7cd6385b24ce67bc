"""Initialisms and the names they stand for, read from the text at hand: "TVCA" is the "Tees Valley Combined
Authority" where the same passages spell that name out, so a sentence saying one answers a question saying the
other. Nothing is listed: an initialism counts only where words of the passages (or the question) spell it, each
capitalised word giving its first letter, and "and", "of", "for", "the", "&" giving theirs or being passed over
("Police and Crime Commissioner" for PCC, "Convention of Scottish Local Authorities" for COSLA)."""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from retrieval.vocabulary import terms

# Three to six capitals, a plural "s" allowed ("IJBs"); two ("CC", "PC") stand for too many names to read.
_INITIALISM = re.compile(r"\b([A-Z]{3,6})s?\b")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|&")
_JOINING = frozenset({"and", "of", "for", "the", "&", "on", "in"})
_LONGEST = 10  # words in a spelt-out name


def aliases(texts: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Each initialism the texts use (its stem, "tvca") mapped to the stems of a name the texts spell it with
    ("tee", "valley", "combin", "author"), for the initialisms some text spells. The table is shared: read it only."""
    return _aliases(tuple(texts))  # one question's passages are read several times (selection, refusal, lists)


@lru_cache(maxsize=64)
def _aliases(texts: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    joined = "\n".join(texts)
    wanted = {m.group(1) for m in _INITIALISM.finditer(joined)}
    if not wanted:
        return {}
    words = tuple(m.group(0) for m in _WORD.finditer(joined))
    out = {}
    for initials in sorted(wanted):  # in one order, whatever the hash seed
        name = _spelt(initials, words)
        if name:
            out[initials.lower()] = tuple(terms(" ".join(name)))
    return out


def with_aliases(stems: list[str], table: dict[str, tuple[str, ...]]) -> list[str]:
    """A sentence's stems followed by what its initialisms stand for, and by the initialism of a name it spells in
    full."""
    if not table:
        return stems
    own = set(stems)
    extra: list[str] = []
    for initials, name in table.items():
        if initials in own:
            extra += [t for t in name if t not in own]
        elif name and own.issuperset(name):
            extra.append(initials)
    return stems + extra if extra else stems


def _spelt(initials: str, words: tuple[str, ...]) -> tuple[str, ...] | None:
    """The first run of words spelling the initials, or None. A word all in capitals spells nothing by itself
    ("TVCA" does not spell "T..."), and the run must start and end on a capitalised word."""
    letters = initials.lower()
    for start, word in enumerate(words):
        if word[0] == initials[0] and not word.isupper():
            end = _match(letters, words, start)
            if end:
                return words[start:end]
    return None


@lru_cache(maxsize=4096)
def _fits(word: str) -> bool:
    return word[:1].isupper() and not (len(word) > 1 and word.isupper())


def _match(letters: str, words: tuple[str, ...], at: int) -> int | None:
    """The end of a run from `at` spelling `letters`, or None: capitalised words each give their first letter,
    joining words give theirs or are passed over."""
    def go(i: int, j: int, used: int) -> int | None:
        if j == len(letters):
            return i if _fits(words[i - 1]) else None
        if i >= len(words) or used >= _LONGEST:
            return None
        word = words[i]
        if word.lower() in _JOINING and i > at:
            if word[0].lower() == letters[j] and word != "&":
                found = go(i + 1, j + 1, used + 1)
                if found:
                    return found
            return go(i + 1, j, used + 1)
        if _fits(word) and word[0].lower() == letters[j]:
            return go(i + 1, j + 1, used + 1)
        return None
    return go(at, 0, 0)
