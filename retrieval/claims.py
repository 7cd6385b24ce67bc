"""The claim checker: keeps only the sentences of an answer that their [n] passages back, renumbered."""
from __future__ import annotations

import re
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import Stemmer

from retrieval.sentences import split_units
from retrieval.vocabulary import STOPWORDS

Embed = Callable[[Sequence[str]], np.ndarray]

# Thresholds, chosen on the calibration set in tests/retrieval/test_claims.py: 18 sentences a chat model
# might write faithfully from real seed passages (verbatim-ish or paraphrased) and 17 it might invent
# (facts on the passage's topic, passage words recombined into a false claim). Numbers are checked
# exactly first; the thresholds below only judge the words. Where the two sets overlap, each threshold
# leans towards dropping, since a dropped true sentence costs less than a kept false one.
#
# Without an embedder: faithful paraphrases score lexical 0.60-1.00, invented claims up to 0.89 (short
# claims with one novel verb, "The Director resigned after the monitoring visit", score 0.75). 0.8 keeps
# 15/18 faithful and lets 3/17 invented through; word overlap cannot see a recombination, so give an embedder.
LEXICAL_MIN = 0.8
# With an embedder (all-MiniLM-L6-v2) a sentence needs some of each signal and plenty of both: faithful
# sentences score lexical >= 0.60 and cosine >= 0.68 (except one that needs the header to know "LBTH" is
# Tower Hamlets) with a sum >= 1.44; the invented ones that clear both floors sum to <= 1.35, bar one
# negation ("progress was quick enough" against "not quickly enough"), which neither signal can catch.
LEXICAL_FLOOR = 0.6  # share of content words found in the cited passages
SEMANTIC_FLOOR = 0.6  # cosine with the best cited passage sentence (or pair of neighbouring sentences)
SUPPORT_MIN = 1.4  # lexical + semantic: strength on one signal makes up for a little weakness on the other

# How much better a pair of sentences must back a claim than the best single one to be quoted instead.
_PAIR_MARGIN_LEXICAL = 0.2  # a fifth of the claim's words
_PAIR_MARGIN_SEMANTIC = 0.05

_MARKER = re.compile(r"\[(\d+(?:\s*[,;–-]\s*\d+)*)\]")
# A sentence ends at . ! or ?, perhaps closed by a quote or bracket and followed by its markers,
# then a space before something that is not lower case (so "e.g. the" and "£4.5m" do not end one).
_ANSWER_END = re.compile(r"[.!?]+[\"'’”)]*(?:\s*\[\d+(?:\s*[,;–-]\s*\d+)*\])*(?=\s+[^a-z\s]|\s*$)")
_BULLET = re.compile(r"^\s*(?:[-*•]|\d{1,2}[.)])\s+")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_THOUSANDS = re.compile(r"^\d{1,3}(?:,\d{3})+$")
_WORD = re.compile(r"[^\W\d_]+")

_NUMBER_WORDS = {
    w: str(i)
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty".split()
    )
}

# Function words, and the words a model uses to frame a claim rather than make one ("the minutes say").
_STOPWORDS = STOPWORDS | frozenset(
    "according paper papers passage passages document documents minutes note notes noted record records recorded "
    "mentioned report reports reported state states stated".split()
)

_local = threading.local()


@dataclass(frozen=True, slots=True)
class Evidence:
    """The sentence of passage [n] that best supports a claim, and how well (cosine, or word overlap)."""

    n: int
    sentence: str  # verbatim from the passage text
    score: float


@dataclass(frozen=True, slots=True)
class SentenceVerdict:
    """One sentence of an answer and whether its citations back it."""

    text: str  # as written, markers included
    markers: tuple[int, ...]  # the [n] it cites, in order, without repeats
    supported: bool
    reason: str  # "supported", "uncited", "unknown citation [7]", "number not in cited passages: 4", ...
    unknown: tuple[int, ...] = ()  # markers with no passage
    lexical: float = 0.0  # share of its content words found in the cited passages
    semantic: float | None = None  # cosine with the best cited passage sentence; None without an embedder
    evidence: tuple[Evidence, ...] = ()  # one per marker kept, in the order cited


@dataclass(frozen=True, slots=True)
class CheckedAnswer:
    """An answer sentence by sentence, and the text that survives the check."""

    sentences: tuple[SentenceVerdict, ...]
    kept_text: str  # supported sentences only, markers renumbered 1.. in order of first use
    renumbering: dict[int, int] = field(default_factory=dict)  # old n -> new n, for the markers kept

    @property
    def dropped(self) -> tuple[SentenceVerdict, ...]:
        """The sentences left out of `kept_text`."""
        return tuple(s for s in self.sentences if not s.supported)


@dataclass(frozen=True, slots=True)
class _Vectors:
    claims: np.ndarray  # one unit row per answer sentence
    passages: dict[int, np.ndarray]  # n -> one unit row per candidate sentence of passage n


@dataclass(frozen=True, slots=True)
class _Piece:
    prefix: str  # a bullet, kept in front of the line's first kept sentence
    line: int
    text: str


def _stem(words: Sequence[str]) -> list[str]:
    # PyStemmer objects must not be shared between threads, and the API answers in a thread pool.
    stemmer = getattr(_local, "stemmer", None)
    if stemmer is None:
        stemmer = _local.stemmer = Stemmer.Stemmer("english")
    return stemmer.stemWords(list(words))


def content_words(text: str) -> set[str]:
    """The stems of a text's content words: lower-cased, without markers, stopwords or numbers."""
    text = _MARKER.sub(" ", text).lower().replace("’", "'")
    text = re.sub(r"'s\b", "", text)
    words = [w for w in _WORD.findall(text) if len(w) > 1 and w not in _STOPWORDS and w not in _NUMBER_WORDS]
    return set(_stem(words))


def numbers(text: str) -> set[str]:
    """The numbers a text states, as digits: "1,800" -> "1800", "three" -> "3", "4th" -> "4"."""
    text = _MARKER.sub(" ", text)
    found = set()
    for raw in _NUMBER.findall(text):
        raw = raw.rstrip(".,")
        found.add(raw.replace(",", "") if _THOUSANDS.match(raw) else raw)
    found.update(_NUMBER_WORDS[w] for w in _WORD.findall(text.lower()) if w in _NUMBER_WORDS)
    return found


def markers(text: str) -> tuple[int, ...]:
    """The [n] markers in a text, in order of first appearance; "[2, 3]" and "[2–4]" are read too."""
    seen: dict[int, None] = {}
    for m in _MARKER.finditer(text):
        for n in _expand(m.group(1)):
            seen.setdefault(n, None)
    return tuple(seen)


def _expand(group: str) -> list[int]:
    out: list[int] = []
    for part in re.split(r"\s*[,;]\s*", group):
        ends = re.split(r"\s*[–-]\s*", part)
        if len(ends) == 2 and int(ends[0]) <= int(ends[1]) <= int(ends[0]) + 20:
            out.extend(range(int(ends[0]), int(ends[1]) + 1))
        else:
            out.extend(int(e) for e in ends)
    return out


def answer_sentences(text: str) -> list[str]:
    """Split an answer into sentences, each with the markers that follow it."""
    return [p.text for p in _pieces(text)]


def _pieces(text: str) -> list[_Piece]:
    pieces: list[_Piece] = []
    for i, line in enumerate(text.splitlines()):
        bullet = _BULLET.match(line)
        prefix = bullet.group(0).strip() + " " if bullet else ""
        body = line[bullet.end():] if bullet else line
        start = 0
        for m in _ANSWER_END.finditer(body):
            if body[start:m.end()].strip():
                pieces.append(_Piece(prefix, i, body[start:m.end()].strip()))
            start = m.end()
        if body[start:].strip():
            pieces.append(_Piece(prefix, i, body[start:].strip()))
    return pieces


def passage_sentences(text: str) -> list[str]:
    """A passage's sentences, list items and table rows, each verbatim from it (as the extractive answer cuts them)."""
    return [u.text for u in split_units(text)]


def _candidates(text: str) -> tuple[list[str], int]:
    # A claim often sums up two neighbouring sentences ("found X, but said Y"), so pairs compete too;
    # each candidate is a verbatim span of the passage, fit to be quoted. Returns them, singles first,
    # and how many singles there are.
    spans = [(u.start, u.end) for u in split_units(text)]
    pairs = [(a, d) for (a, _), (_, d) in zip(spans, spans[1:])]
    return [text[a:b] for a, b in spans + pairs], len(spans)


def check_answer(
    text: str,
    passages: Mapping[int, str],
    embed: Embed | None = None,
    *,
    headers: Mapping[int, str] | None = None,
) -> CheckedAnswer:
    """Judge each sentence of `text` against the passages its [n] markers cite, and keep the supported ones.

    `passages` maps n to the passage text (quotes come from it); `headers` maps n to what else the reader
    was shown about that passage (council, committee, date), which counts as support but is never quoted.
    """
    headers = headers or {}
    pieces = _pieces(text)
    cited = {n for p in pieces for n in markers(p.text) if n in passages}
    candidates = {n: _candidates(passages[n]) for n in sorted(cited)}
    sentences = {n: c for n, (c, _) in candidates.items()}
    singles = {n: k for n, (_, k) in candidates.items()}
    stems = {n: content_words(f"{headers.get(n, '')}\n{passages[n]}") for n in cited}
    nums = {n: numbers(f"{headers.get(n, '')}\n{passages[n]}") for n in cited}
    vectors = _embed_all(embed, pieces, sentences) if embed is not None else None
    verdicts = [
        _judge(i, p.text, passages, sentences, singles, stems, nums, vectors) for i, p in enumerate(pieces)
    ]
    kept_text, renumbering = _kept(text, pieces, verdicts)
    return CheckedAnswer(tuple(verdicts), kept_text, renumbering)


def _embed_all(embed: Embed, pieces: Sequence[_Piece], sentences: Mapping[int, list[str]]) -> _Vectors:
    claims = [_MARKER.sub("", p.text).strip() for p in pieces]
    matrix = np.asarray(embed(claims + [s for ss in sentences.values() for s in ss]), dtype=np.float32)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    matrix = matrix / np.where(norms == 0, 1, norms)
    by_passage: dict[int, np.ndarray] = {}
    offset = len(claims)
    for n, ss in sentences.items():
        by_passage[n] = matrix[offset: offset + len(ss)]
        offset += len(ss)
    return _Vectors(matrix[: len(claims)], by_passage)


def _judge(
    index: int,
    text: str,
    passages: Mapping[int, str],
    sentences: Mapping[int, list[str]],
    singles: Mapping[int, int],
    stems: Mapping[int, set[str]],
    nums: Mapping[int, set[str]],
    vectors: _Vectors | None,
) -> SentenceVerdict:
    written = markers(text)
    unknown = tuple(n for n in written if n not in passages)
    known = [n for n in written if n in passages]
    if not written:
        return SentenceVerdict(text, written, False, "uncited")
    unknown_note = f"unknown citation {''.join(f'[{n}]' for n in unknown)}" if unknown else ""
    if not known:
        return SentenceVerdict(text, written, False, unknown_note, unknown)

    words, claim_numbers = content_words(text), numbers(text)
    relevant = [n for n in known if _adds_support(n, known, words, claim_numbers, stems, nums)] or known
    notes = [unknown_note] if unknown_note else []
    if len(relevant) < len(known):
        notes.append(f"irrelevant citation {''.join(f'[{n}]' for n in known if n not in relevant)}")

    scores = {n: _scores(index, words, n, sentences[n], vectors) for n in relevant}
    evidence = tuple(_evidence(n, sentences[n], singles[n], scores[n], vectors is not None) for n in relevant)
    covered = set().union(*(stems[n] for n in relevant))
    lexical = len(words & covered) / len(words) if words else 0.0
    semantic = max((float(s.max()) for s in scores.values() if len(s)), default=0.0) if vectors is not None else None
    base = dict(text=text, markers=written, unknown=unknown, lexical=lexical, semantic=semantic, evidence=evidence)

    missing = claim_numbers - set().union(*(nums[n] for n in relevant))
    if missing:
        reason = f"number not in cited passages: {', '.join(sorted(missing))}"
        return SentenceVerdict(supported=False, reason="; ".join([reason, *notes]), **base)
    if not words:
        return SentenceVerdict(supported=False, reason="; ".join(["nothing to check", *notes]), **base)
    if semantic is None and lexical < LEXICAL_MIN:
        reason = f"too few words in cited passages ({lexical:.2f} < {LEXICAL_MIN})"
        return SentenceVerdict(supported=False, reason="; ".join([reason, *notes]), **base)
    if semantic is not None:
        weak = (
            f"too few words in cited passages ({lexical:.2f} < {LEXICAL_FLOOR})" if lexical < LEXICAL_FLOOR
            else f"unlike any cited sentence ({semantic:.2f} < {SEMANTIC_FLOOR})" if semantic < SEMANTIC_FLOOR
            else f"weak support (words {lexical:.2f} + meaning {semantic:.2f} < {SUPPORT_MIN})"
            if lexical + semantic < SUPPORT_MIN else None
        )
        if weak:
            return SentenceVerdict(supported=False, reason="; ".join([weak, *notes]), **base)
    return SentenceVerdict(supported=True, reason="; ".join(["supported", *notes]), **base)


def _adds_support(
    n: int, known: Sequence[int], words: set[str], claim_numbers: set[str], stems: Mapping, nums: Mapping
) -> bool:
    # A second citation earns its place by backing something the others do not, or by backing most of the
    # sentence on its own; otherwise "[2][3]" with a stray [3] would send the reader to the wrong page.
    own_words, own_numbers = words & stems[n], claim_numbers & nums[n]
    others = [m for m in known if m != n]
    other_words = set().union(*(stems[m] for m in others))
    other_numbers = set().union(*(nums[m] for m in others))
    if own_words - other_words or own_numbers - other_numbers:
        return True
    return bool(words) and len(own_words) / len(words) >= 0.5 and not (claim_numbers - own_numbers)


def _scores(index: int, words: set[str], n: int, sentences: list[str], vectors: _Vectors | None) -> np.ndarray:
    if vectors is not None:
        return vectors.passages[n] @ vectors.claims[index]
    return np.array([len(words & content_words(s)) / (len(words) or 1) for s in sentences])


def _evidence(n: int, sentences: list[str], singles: int, scores: np.ndarray, semantic: bool) -> Evidence:
    # The quote is one sentence unless a pair of them backs the claim clearly better.
    if not sentences:
        return Evidence(n, "", 0.0)
    best = int(np.argmax(scores[:singles]))
    if len(sentences) > singles:
        pair = singles + int(np.argmax(scores[singles:]))
        if scores[pair] >= scores[best] + (_PAIR_MARGIN_SEMANTIC if semantic else _PAIR_MARGIN_LEXICAL):
            best = pair
    return Evidence(n, sentences[best], float(scores[best]))


def _kept(text: str, pieces: Sequence[_Piece], verdicts: Sequence[SentenceVerdict]) -> tuple[str, dict[int, int]]:
    renumbering: dict[int, int] = {}
    lines: dict[int, list[str]] = {}
    prefixes: dict[int, str] = {}
    for piece, verdict in zip(pieces, verdicts):
        if not verdict.supported:
            continue
        keep = [e.n for e in verdict.evidence]
        for n in keep:
            renumbering.setdefault(n, len(renumbering) + 1)
        lines.setdefault(piece.line, []).append(_renumber(piece.text, set(keep), renumbering))
        prefixes[piece.line] = piece.prefix
    # Lines keep their bullets, and paragraphs the blank line between them.
    original = text.splitlines()
    out, previous = "", None
    for i, parts in sorted(lines.items()):
        if previous is not None:
            out += "\n\n" if any(not line.strip() for line in original[previous + 1: i]) else "\n"
        out += prefixes[i] + " ".join(parts)
        previous = i
    return out, renumbering


def _renumber(text: str, keep: set[int], renumbering: Mapping[int, int]) -> str:
    def replace(m: re.Match) -> str:
        kept = [renumbering[n] for n in dict.fromkeys(_expand(m.group(2))) if n in keep]
        # A group that empties goes with the space before it, so "staff [7]." becomes "staff.".
        return m.group(1) + "".join(f"[{n}]" for n in kept) if kept else ""

    return re.sub(r"(\s*)" + _MARKER.pattern, replace, text)
