"""A document's blocks -> the commitments it records: resolutions, recommendations, actions and undertakings.

Resolutions and recommendations are read from their lists ("RESOLVED – That the Committee:" then numbered items;
"Members are invited to:" then i), ii)...; a decision page's "Decision:"), actions and undertakings sentence by
sentence from the minutes' prose. An inspection report records no commitments of the council's, and a report's
own plans ("the plan will be updated") are not commitments until a committee adopts them: only its recommendations count.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ingest import commitment_phrases as phrase
from ingest.chunking import sentences
from ingest.records import Block, Commitment

KINDS = ("resolution", "recommendation", "action", "undertaking")

_NUMBER = r"(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?"
_RESOLVED = re.compile(
    rf"^{_NUMBER}(?:(?P<body>(?:The\s+)?(?:[A-Z][\w-]*\s+){{0,4}}(?:Committee|Sub-Committee|Panel|Board|Cabinet|Council))\s+)?"
    r"(?:RESOLVED|Resolved|resolved|AGREED|DECIDED)\b(?P<rest>.*)$"
)
_DECISION = re.compile(r"^Decisions?\s*:?$", re.IGNORECASE)
_DECISION_MAKER = re.compile(r"^Decision\s+Maker:\s*(?P<who>.+)$", re.IGNORECASE)
_DECISION_NOISE = re.compile(r"^(?:Publication date|Date of decision|Decided at meeting|This decision was)\b", re.IGNORECASE)
_RECOMMEND = re.compile(
    r"(?:^|\n|\t)(?P<lead>[^\n\t]*?\b(?:is|are)\s+(?:asked|invited|recommended|requested)\s+to)\s*:\s*$", re.IGNORECASE
)
_LEAD_BODY = re.compile(r"(?P<body>(?:the\s+)?(?:[A-Z][\w-]*\s+){0,4}(?:Committee|Sub-Committee|Panel|Board|Cabinet|Members))\s+(?:is|are)\b")
_THAT_BODY = re.compile(
    r"^that\b\s*:?\s*(?:(?P<body>the\s+(?:[\w’'-]+\s+){0,4}?(?:Committee|Sub-Committee|Panel|Board|Cabinet))\s*:?)?\s*",
    re.IGNORECASE,
)
_ENUMERATOR = re.compile(r"^(?:-\s+)?(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,5})[.)]\s+|\d{1,2}\.\d{1,2}\s+)?")
_ITEM = re.compile(r"^(?:-\s+|\(?(?:\d{1,2}|[a-z]|[ivx]{1,5})[.)]\s+)")
_INFINITIVE = re.compile(r"^To\s+(?:approve|note|agree|endorse|receive|adopt|accept|defer|refer|recommend|request)\b")
_MIN_WORDS = 3
_MINUTES = "Minutes:"
_SAME = 0.85  # word overlap at which two recommendations are the same one stated twice (summary and body)


@dataclass(frozen=True, slots=True)
class _List:
    """An open list of resolutions or recommendations: its kind, who resolves, where its lead-in stood."""

    kind: str
    body: str | None
    section: str | None
    decision: bool = False


def _id(doc_id: str, n: int) -> str:
    return hashlib.sha256(f"{doc_id}:commitment:{n}".encode()).hexdigest()[:24]


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", text.lower()))


def _same(a: str, b: str) -> bool:
    wa, wb = _words(a), _words(b)
    return bool(wa and wb) and len(wa & wb) / len(wa | wb) >= _SAME


def _body(text: str | None) -> str | None:
    if not text:
        return None
    text = " ".join(text.split())
    return text[0].lower() + text[1:] if text.startswith("The ") else text


def _lead_in(block: Block, decision_maker: str | None) -> tuple[_List, str] | None:
    """Whether a block opens a list of resolutions or recommendations, and any resolution stated in the block itself."""
    if _DECISION.match(block.text):
        return _List("resolution", decision_maker or "the decision maker", block.section, decision=True), ""
    m = _RESOLVED.match(block.text)
    if m:
        rest = m.group("rest").strip().lstrip(":–—- ").strip()
        if rest.lower().startswith("to recommend"):
            rest = rest[len("to recommend"):].strip().lstrip(":–—- ")
        that = _THAT_BODY.match(rest)
        body = m.group("body")
        if that:
            body = that.group("body") or body
            rest = rest[that.end():]
        return _List("resolution", _body(body) or "the Committee", block.section), rest.strip()
    r = _RECOMMEND.search(block.text)
    if r:
        who = _LEAD_BODY.search(r.group("lead"))
        return _List("recommendation", _body(who.group("body")) if who else "the Committee", block.section), ""
    return None


def _listed(block: Block, open_list: _List) -> str | None:
    """The text of a block that continues an open list (its enumerator removed), or None when the list has ended."""
    if block.kind == "heading" or block.kind == "table":
        return None
    if open_list.decision:
        return None if _DECISION_NOISE.match(block.text) else block.text
    if block.kind == "list_item" or _ITEM.match(block.text):
        return _ENUMERATOR.sub("", block.text, count=1).strip()
    return None


def _record(kind: str, text: str, actor: str | None, block: Block, section: str | None = None) -> Commitment:
    due = phrase.find_due(text)
    return Commitment(
        commitment_id="", doc_id="", kind=kind, text=text.strip(), actor=actor, due=due.text if due else None,
        due_date=due.day if due else None, section=section or block.section, page=block.page,
    )


def _sentence_commitment(sentence: str, block: Block) -> Commitment | None:
    """An action or undertaking (or a body's agreement, a resolution) stated in one sentence of minutes, or None."""
    if phrase.FORECAST.search(sentence):
        return None
    undertook = phrase.UNDERTOOK.search(sentence)
    if phrase.QUESTION.search(sentence) and not undertook:
        return None
    if phrase.AGREED_BODY.search(sentence):
        return _record("resolution", sentence, "the Committee", block)
    requested = phrase.REQUESTED.search(sentence)
    if requested:
        actor = requested.group("actor") or requested.group("actor2")
        return _record("action", sentence, " ".join(actor.split()), block)
    if undertook:
        actor = undertook.group("actor")
        if actor and actor.strip().lower() in ("she", "he", "they"):
            start = block.text.find(sentence)
            actor = phrase.named_before(block.text, start + undertook.start()) or actor
        return _record("undertaking", sentence, " ".join(actor.split()) if actor else "officers", block)
    if phrase.DELIVERY.search(sentence) or phrase.STATED.search(sentence) or phrase.DATED.search(sentence):
        return _record("undertaking", sentence, _actor_of(sentence), block)
    return None


_BEFORE_MODAL = re.compile(rf"(?P<actor>{phrase.ACTOR})\s+(?:would|will)\s+(?!be\s+provided\s+with)")
_SUBJECT = re.compile(rf"(?P<actor>{phrase.ACTOR})\s+(?:confirmed|stated|advised|agreed|undertook)\b")
_COMMITTEE = re.compile(r"\b(?:Committee|Sub-Committee|Members)$")


def _actor_of(sentence: str) -> str:
    """Who a sentence of minutes says will act: the actor before "would", the one who confirmed it, else officers
    (minutes record officers' answers impersonally: "It was confirmed that ...")."""
    for pattern in (_BEFORE_MODAL, _SUBJECT):
        for m in pattern.finditer(sentence):
            actor = " ".join(m.group("actor").split())
            if not _COMMITTEE.search(actor):
                return actor
    return "officers"


def extract_commitments(doc_id: str, blocks: Sequence[Block], doc_kind: str) -> list[Commitment]:
    """Every commitment a document records, in reading order, each with a stable id."""
    if doc_kind == "inspection report":
        return []
    prose = doc_kind != "report"  # a report's prose states plans; its commitments are its recommendations
    # Where minutes follow an agenda item's summary ("The Committee will receive a presentation"), only they count.
    before_minutes = any(b.text == _MINUTES for b in blocks)
    found: list[Commitment] = []
    open_list: _List | None = None
    decision_maker = None
    for block in blocks:
        if maker := _DECISION_MAKER.match(block.text):
            decision_maker = maker.group("who").strip()
        if before_minutes:
            before_minutes = block.text != _MINUTES
            continue
        if open_list is not None:
            item = _listed(block, open_list)
            if item is not None and len(item.split()) >= _MIN_WORDS:
                actor = open_list.body if open_list.kind == "recommendation" else phrase.leading_actor(item, open_list.body)
                found.append(_record(open_list.kind, item, actor, block, open_list.section or block.section))
                continue
            if item is None:
                open_list = None
        lead = _lead_in(block, decision_maker)
        if lead is not None:
            open_list, stated = lead
            if len(stated.split()) >= _MIN_WORDS and not stated.endswith(":"):
                found.append(_record("resolution", stated, phrase.leading_actor(stated, open_list.body), block))
                open_list = None
            continue
        if prose and block.kind in ("paragraph", "list_item"):
            text = _ENUMERATOR.sub("", block.text, count=1) if block.kind == "list_item" else block.text
            if _INFINITIVE.match(text) and block.headings and block.headings[-1].rstrip(":").lower() in ("minutes", "decision"):
                found.append(_record("resolution", text, "the Committee", block))
                continue
            found.extend(c for s in sentences(text) if (c := _sentence_commitment(s, block)))
    return [replace(c, commitment_id=_id(doc_id, n), doc_id=doc_id) for n, c in enumerate(_distinct(found))]


def _distinct(found: list[Commitment]) -> list[Commitment]:
    """One record per commitment: a recommendation stated in the summary and again in the body is kept once, where
    it has a paragraph number to cite."""
    out: list[Commitment] = []
    for c in found:
        twin = next((i for i, o in enumerate(out) if o.kind == c.kind and _same(o.text, c.text)), None)
        if twin is None:
            out.append(c)
        elif out[twin].section is None and c.section is not None:
            out[twin] = c
    return out


def link_chunks(commitments: Sequence[Commitment], chunks: Sequence[tuple[str, str]]) -> list[Commitment]:
    """Each commitment with the id of the chunk (chunk_id, text) that holds its words, for the link to its passage."""
    flat = [(cid, " ".join(text.split())) for cid, text in chunks]
    out = []
    for c in commitments:
        words = " ".join(c.text.split())
        home = next((cid for cid, text in flat if words in text), None)
        if home is None:  # split across chunks: the chunk holding its opening words
            opening = " ".join(words.split()[:8])
            home = next((cid for cid, text in flat if opening in text), None)
        out.append(replace(c, chunk_id=home))
    return out
