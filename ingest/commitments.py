"""A document's blocks -> the commitments it records: resolutions, recommendations, actions and undertakings.

Resolutions and recommendations are read from their lists ("RESOLVED – That the Committee:" then numbered or
lettered parts, each its own record; "Cabinet is asked to:" then i), ii)…; a decision page's "Decision:" or its
numbered "That … be approved" parts; a "Recommendation" heading), actions from action lines ("ACTION: JS to …"), and
actions and undertakings sentence by sentence from the minutes' prose (ingest/commitment_prose.py). The actor of a
resolution is the deciding body (ingest/commitment_bodies.py) unless the part puts someone else to work. An
inspection report records no commitments of the council's, a forward plan only notices of decisions still to be
taken, and a report's own plans ("the plan will be updated") are not commitments until a committee adopts them.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from ingest import commitment_phrases as phrase
from ingest.commitment_actions import (
    OWN_TO_DO, action_label, action_line, forward_plan, note_above, proposed, split_actions,
)
from ingest.commitment_actors import subject_of
from ingest.commitment_blocks import ENUMERATOR_ONLY, GOES_ON, prose_sentences, split_resolved, title_line, unwrapped
from ingest.commitment_bodies import deciding_body, local_council, maker_named
from ingest.commitment_implied import BARE_OUTCOME, implied_resolution, minutes_approved, without_heading
from ingest.commitment_lists import (
    ITEM, Lead, closes_list, decision_line, decisive, detailed_part, ends_list, inline_parts, lead_in, listed_text,
    numbering, recommended_part, that_body, unlabelled_decision,
)
from ingest.commitment_mood import decides, to_the_following
from ingest.commitment_motions import motion_words, moved_clause, outcome, proceedings, unquoted
from ingest.commitment_prose import personal, sentence_commitment
from ingest.commitment_refusals import NOTICE, attendance, reported
from ingest.commitment_surface import as_written, canonical, joined
from ingest.commitment_tables import table_commitments
from ingest.commitment_twins import distinct, shared_tail, without_weak
from ingest.records import Block, Commitment

KINDS = ("resolution", "recommendation", "action", "undertaking")

_MIN_WORDS = 3
_MINUTES = re.compile(rf"^(?:{phrase.alternation(phrase.WORDS['minutes_labels']['labels'])})\s*:$")
_COLON_DASH = re.compile(r"(?::\s*|\s)[-–—]$")  # "The Committee agreed:-", "be invited to –": a colon
_FIRST_PART = re.compile(r"^((?:to|that)\s+)\(?(?:1|a|i)\)\s+(?!.*\(\s*(?:2|b|ii)\s*\))", re.IGNORECASE)
_SPACED_THAT = re.compile(r"\bT H A T\b")
_BULLET = re.compile(r"^[-•·▪*]\s+(?!\(?(?:\d{1,2}|[a-z]|[ivx]{1,5})[.)]\s)")
_RUNS_ON = re.compile(r"(?:,|\b(?:and|or|of|the|to|for|in|by|with|a|an|on|at|from|that))\s*$")
_ITEM_NUMBER = re.compile(r"^(?:\d{1,3}\.?|\d{1,3}/\d{2,4}|[A-Z]{1,4}\s?\d{1,3}/\d{1,3})$")  # "5.", "131/19", "LA 17/29"
_NAME_WORDS = 10
# An agenda item's number and capitalised title on one line: "7 WORK PROGRAMME (Agenda item 7)".
_ITEM_HEADING = re.compile(r"^\d{1,3}\.?\s+(?=[A-Z])[^a-z]{4,}?(?:\s*\([Aa]genda\s+item[^)]*\))?$")
_SENTENCE_END = re.compile(r"(?<=[a-z)”\"]\.)\s+(?=[A-Z])")
_DECIDES = re.compile(r"\b(?:agreed|resolved|decided|approved|AGREED|RESOLVED|DECIDED|APPROVED|Agreed|Resolved|Approved)\b")
_OWN_WORD = re.compile(r"\b(?!(?:[Tt]hat|[Tt]he|[Tt]o|and)\b)[A-Za-z]{3,}")


@dataclass(slots=True)
class _Reader:
    """What is open while reading a paper's blocks in order: its records, a list, the record that may run on."""

    body: str
    prose: bool  # whether sentences of prose are read (not in a report, whose prose states plans)
    before_minutes: bool  # an agenda item's text above its "Minutes:", whose prose is not minuted
    has_minutes: bool  # an agenda-and-minutes page: each item's agenda text, then "Minutes:"
    unlabelled: bool  # a decision page whose "Decision:" label the store dropped
    proposed: bool = False  # a proposed record of decision: its decision is a recommendation
    agenda: bool = False  # an agenda, whose notice of the meeting ("A meeting of … will take place on …") binds no one
    found: list[Commitment] = field(default_factory=list)
    open_list: Lead | None = None
    last: int | None = None  # index in `found` of the record a following line may continue
    pending: str | None = None  # an enumerator alone on its line ("(1) |"): the next line is its part
    stem: tuple[str, int | None] | None = None  # a part ending in ":" and the record its bullets joined, if any
    stem_actor: tuple[str, str] | None = None  # who a stem asks to act ("Council be invited to:"), and its numbering
    conditions: str | None = None  # the numbering of the part that listed conditions; its own numbering resumes the list
    action_by: int | None = None  # the record an "ACTION BY:" label on its own line gives an actor to
    subject: str | None = None  # who the last sentence of prose was about
    lister: str | None = None  # who introduced the list being read ("Mr R Thomas … provided an update on the following:")
    local: bool = False  # a parish, town or community council's minutes: an unowned act to come is the council's
    after_minutes: bool = False  # the line straight after "Minutes:"
    weak: set[int] = field(default_factory=set)  # records of outcomes told as narrative ("The report was noted.")
    moved: str | None = None  # a motion moved and seconded, awaiting its vote ("": its words are the next paragraph)
    previous: str | None = None  # the block before, an item's title a clerk's outcome may follow ("Were agreed …")


_THAT_THE = re.compile(r"^That\s+the\b")


def _id(doc_id: str, n: int) -> str:
    return hashlib.sha256(f"{doc_id}:commitment:{n}".encode()).hexdigest()[:24]


def _record(kind: str, text: str, actor: str | None, block: Block, section: str | None = None) -> Commitment:
    text = " ".join(text.split()).strip(" |").lstrip(",; ")  # "That, for the reasons …": the comma stays with "That"
    due = phrase.find_due(text)
    return Commitment(
        commitment_id="", doc_id="", kind=kind, text=text, actor=actor, due=due.text if due else None,
        due_date=due.day if due else None, section=section or block.section, page=block.page,
    )


def _with_due(c: Commitment, due: str) -> Commitment:
    """A record with the deadline its table's column gives, as a date where it names one."""
    when = phrase.find_due(f"by {due}")
    return replace(c, due=due, due_date=when.day if when else None)


def _part(kind: str, text: str, lead: Lead, block: Block) -> Commitment:
    """One part of a resolution or recommendation list, with who it puts to work; a part worded as an action line
    ("Agreed: Clerk to look into …") or as someone's own promise ("Agreed: Cllr A agreed to look into …") is that;
    under a formal "RESOLVED" the action-worded part stays a resolution, of the one it puts to work."""
    if kind == "resolution" and (to := recommended_part(text)) is not None:  # "1.5 Recommended that Council approve …"
        return _record("recommendation", text, to, block, lead.section or block.section)
    if kind == "resolution" and (own := personal(text)) is not None and not (lead.formal and own.kind == "action"):
        return _record(own.kind, text, own.actor, block, lead.section or block.section)
    said = _SENTENCE_END.split(text) if kind == "resolution" and ". " in text else []
    if (len(said) > 1 and not any(_DECIDES.search(s) for s in said[:-1]) and (own := personal(said[-1])) is not None
            and not (lead.formal and own.kind == "action")):
        # "48.2 Following discussion … the Lead Member requested an amendment … Officers agreed to replace the wording
        # …": a part that tells the talk, then someone's promise; the promise is the record.
        return _record(own.kind, said[-1], own.actor, block, lead.section or block.section)
    if kind == "recommendation":
        actor = that_body(text) or lead.body
    else:
        actor = phrase.leading_actor(text, that_body(text) or lead.body)
    return _record(kind, text, actor, block, lead.section or block.section)


def extract_commitments(
    doc_id: str, blocks: Sequence[Block], doc_kind: str, committee: str | None = None
) -> list[Commitment]:
    """Every commitment a document records, in reading order, each with a stable id; `committee` is the meeting body
    the paper's metadata names, if any (the deciding body of its resolutions unless a decision maker is named)."""
    written = blocks
    blocks = [replace(b, text=canonical(b.text)) for b in blocks]  # outcome words in one case, as the patterns read
    canon, paper = joined([b.text for b in written])
    if doc_kind == "inspection report" or forward_plan(blocks):
        return []
    minutes = any(_MINUTES.match(b.text) for b in blocks)
    body = deciding_body(blocks, committee)
    reader = _Reader(
        # A report's prose, and a proposed record of decision's, state plans, not what anyone undertook.
        body, prose=doc_kind != "report" and not proposed(blocks), before_minutes=False,
        has_minutes=minutes, unlabelled=unlabelled_decision(blocks), proposed=proposed(blocks), agenda=doc_kind == "agenda",
        local=local_council(blocks, body),
    )
    blocks = unwrapped(split_resolved(blocks))
    at: list[int] = []  # the block each record was found in
    for n_block, block in enumerate(blocks):
        # Scottish minutes' "The Committee agreed:-"; Welsh minutes' letter-spaced "RESOLVED - T H A T …".
        _read(reader, block, _SPACED_THAT.sub("That", _COLON_DASH.sub(":", block.text.strip())))
        reader.previous = block.text.strip()
        at.extend([n_block] * (len(reader.found) - len(at)))
    item_of = _items(blocks)
    found, at = without_weak(reader.found, reader.weak, at, item_of)
    kept = distinct(found, at, item_of)
    return [replace(c, commitment_id=_id(doc_id, n), doc_id=doc_id, text=as_written(c.text, canon, paper))
            for n, c in enumerate(kept)]


def _read(reader: _Reader, block: Block, text: str) -> None:
    """Read one block: the labels and action lines that steer, then a list's part, a lead-in, a resolution stated
    without one, or the prose's sentences."""
    found = reader.found
    if _MINUTES.match(text):
        reader.before_minutes, reader.after_minutes, reader.open_list, reader.pending = False, True, None, None
        return
    if block.kind == "heading":
        reader.subject, reader.moved, reader.lister = None, None, None
    if maker := maker_named(text):  # a list of decisions: each entry's own decision maker
        reader.body = maker
    if reader.moved == "" and not motion_words(text):
        reader.moved = None  # "moved by A, seconded by B and" then a resolution read as one ("The minutes … be approved")
    if reader.has_minutes and _ITEM_NUMBER.match(text):
        # A new agenda item of an agenda-and-minutes page: its agenda text runs until its "Minutes:".
        reader.before_minutes, reader.open_list, reader.pending, reader.last = True, None, None, None
        return
    if reader.action_by is not None:  # "ACTION BY:" on its own line: this line names who
        last, reader.action_by = reader.action_by, None
        if len(text.split()) <= _NAME_WORDS and not ITEM.match(text) and lead_in(text, block, reader.body) is None:
            found[last] = replace(found[last], actor=text.rstrip("."))
            return
    if action_label(text) and found and reader.last is not None:
        reader.action_by = reader.last
        return
    if _continues(reader, found, block):
        return
    after_minutes, reader.after_minutes = reader.after_minutes, False
    if ENUMERATOR_ONLY.match(text):
        reader.pending = text.rstrip(" |")
        return
    if block.kind == "table":
        for row in table_commitments(block.text):
            record = _record(row.kind, row.text, row.actor or reader.body, block)
            found.append(_with_due(record, row.due) if row.due else record)
    if reader.pending is not None:
        text, reader.pending = f"{reader.pending} {text}", None
    if reader.conditions is not None and _skips_condition(text, block, reader):
        return
    if (act := action_line(text)) is not None:
        _add_action(found, act, block, reader)
        return
    if reader.moved and block.kind == "paragraph" and outcome(text) is not None:
        _read_prose(reader, block, text)  # "The motion was put to the vote and AGREED.": the motion moved just above
        return
    lead = lead_in(text, block, reader.body, reader.open_list)
    if lead is None and reader.open_list is not None:
        item = listed_text(text, block, reader.open_list) if not title_line(text) else None
        if item is not None and reader.open_list.decision and (
            attendance(item) or proceedings(item) or reported(item) or not (decisive(item) or BARE_OUTCOME.match(item))
        ):
            if not reader.open_list.bare:
                return  # "Decision:" under the apologies item, the motion moved, the chair's welcome: not a decision
            item = None  # "Decisions" atop a ModernGov listing, then its blurb: a title, and its list ends here
        if item is not None:
            _add_part(found, item, block, reader, text)
            return
        reader.open_list = None
    if lead is not None:
        _open(reader, lead, block)
        return
    reader.last = None
    if reader.unlabelled and block.kind == "paragraph" and decision_line(text):
        reader.open_list = Lead("resolution", reader.body, block.section, implied=True)
        _add_part(found, text, block, reader, text)
    elif implied_resolution(text, block, after_minutes, reader.previous):
        reader.open_list = Lead("resolution", reader.body, block.section, implied=True)
        _add_part(found, without_heading(ITEM.sub("", text, count=1)).strip(), block, reader, text)
    elif reader.prose and not reader.before_minutes and block.kind in ("paragraph", "list_item"):
        before = len(found)
        # "1. a) The following payment was approved: …" (a parish's minutes, register_unseen11): a sub-item's letter
        # after its item's number is no part of the sentence either
        _read_prose(reader, block, ITEM.sub("", ITEM.sub("", text, count=1), count=1))
        if len(found) > before:  # "ACTION: Councillor Rice" on the next line names who does it
            reader.last = len(found) - 1


def _open(reader: _Reader, lead: tuple[Lead, str], block: Block) -> None:
    """Open a lead-in's list, recording any part stated on its own line ("RESOLVED – That the report be noted.")."""
    if reader.proposed and lead[0].decision:
        lead = (replace(lead[0], kind="recommendation"), lead[1])
    reader.open_list, stated = lead
    reader.last, reader.stem_actor = None, None
    first = _FIRST_PART.match(stated)  # "RESOLVED to (1) agree …;" then "(2) agree …": the list's first part
    stated = stated[first.end(1):] if first else stated
    if BARE_OUTCOME.match(block.text.strip()) and " " in block.text.strip():  # "Agreed as recommended.": the outcome
        reader.found.append(_part(lead[0].kind, block.text.strip(), lead[0], block))
        reader.last = len(reader.found) - 1
        return
    if stated.endswith(":") and minutes_approved(_THAT_THE.sub("The", stated, count=1)):  # "DECISION: That the Minutes … were
        reader.found.append(_part(lead[0].kind, stated, lead[0], block))  # approved …, subject to … as set out below:"
        reader.last, reader.open_list = len(reader.found) - 1, None  # then the wording: quoted, no part (unseen12)
        return
    following = to_the_following(stated)  # "RESOLVED to receive the minutes of the following meetings:" then their names
    if len(stated.split()) < _MIN_WORDS or (stated.endswith(":") and not (decides(stated) or following)):
        return
    parts = inline_parts(stated)
    for part in parts if len(parts) > 1 else [ITEM.sub("", stated, count=1)]:  # "RESOLVED – (1) That …"
        reader.found.append(_part(lead[0].kind, part, lead[0], block))
    reader.last = len(reader.found) - 1
    if stated.endswith(":") and not following:  # "be approved and signed as a correct record:" then "1) Cabinet held on …"
        reader.stem = (stated, reader.last)
    if first:
        reader.open_list = replace(lead[0], style=numbering(stated))
    elif not stated.endswith(":"):  # a stated part may still run on over a hard-wrapped line
        reader.open_list = replace(lead[0], implied=True)
    elif closes_list(stated) or following:  # the numbered lines that follow are what it covers, not parts of their own
        reader.conditions = "none"


def _read_prose(reader: _Reader, block: Block, text: str) -> None:
    """The actions, undertakings and agreements a paragraph of minutes states, sentence by sentence, and the motions
    it records as moved, carried or lost."""
    if block.kind != "list_item":
        reader.lister = subject_of(text) if text.rstrip().endswith(":") else None
    if reader.moved == "":  # "moved … that," then the motion's words
        reader.moved = unquoted(text)
        return
    for s in prose_sentences(text):
        if (clause := moved_clause(s)) is not None:
            reader.moved = clause
            continue
        if reader.moved and (carried := outcome(s)) is not None:
            if carried:
                stated_by = sentence_commitment(reader.moved, reader.moved, None)
                actor = stated_by.actor if stated_by and stated_by.kind == "resolution" else None
                reader.found.append(_record("resolution", reader.moved, actor or phrase.leading_actor(reader.moved, reader.body), block))
            reader.moved = None
            continue
        if reader.agenda and NOTICE.match(s):
            continue
        stated_by = sentence_commitment(s, text, reader.subject, reader.agenda)
        reader.subject = subject_of(s) or reader.subject
        if stated_by is not None and stated_by.kind == "undertaking" and stated_by.actor == "officers" and reader.lister:
            stated_by = replace(stated_by, actor=reader.lister)  # an item of the update someone gave: theirs
        elif stated_by is not None and stated_by.kind == "undertaking" and stated_by.actor == "officers" and reader.local:
            stated_by = replace(stated_by, actor=reader.body)  # "The vacancy would be advertised.": the parish's own
        if stated_by is not None:
            if stated_by.weak:
                reader.weak.add(len(reader.found))
            own = that_body(s) if stated_by.kind == "resolution" else None  # "The Committee decided to exclude …"
            reader.found.append(_record(stated_by.kind, s, stated_by.actor or own or reader.body, block))


def _continues(reader: _Reader, found: list[Commitment], block: Block) -> bool:
    """Whether a line runs on from the last part (a hard-wrapped line, a part's second paragraph); if so, join it."""
    if reader.last is None or reader.open_list is None or reader.pending is not None or block.kind != "paragraph":
        return False
    prior, text = found[reader.last].text, block.text.strip()
    if prior.endswith((".", ":")) or ITEM.match(text) or ENUMERATOR_ONLY.match(text) or _MINUTES.match(text):
        return False
    if action_line(text) is not None or lead_in(text, block, reader.body) is not None or ends_list(text):
        return False
    if reader.open_list.decision and prior.endswith(";"):
        return False
    if not (GOES_ON.match(text) or _RUNS_ON.search(prior)):
        return False  # "That the report be noted" then "That the plan be approved": two parts, no full stops
    if not reader.open_list.decision and listed_text(text, block, reader.open_list) is not None:
        return False  # a part of its own
    c = found[reader.last]
    found[reader.last] = replace(_record(c.kind, f"{prior} {text}", c.actor, block, c.section), page=c.page)
    return True


def _skips_condition(text: str, block: Block, reader: _Reader) -> bool:
    """Whether a line is one of the conditions or reasons a part listed (skipped), rather than the list's next part
    (numbered as the part was) or the end of them (an unnumbered line, a heading, a new lead-in, "Minutes:")."""
    if block.kind == "heading" or lead_in(text, block, reader.body) is not None or ends_list(text):
        reader.conditions = None
        return False
    if not ITEM.match(text) or numbering(text) == reader.conditions:
        reader.conditions = None
        return False
    return True


def _add_part(found: list[Commitment], item: str, block: Block, reader: _Reader, raw: str = "") -> None:
    """One part of the open list as a record; a stem that only introduces sub-parts is held, and bullets under it
    are its details, so stem and bullets make one record (numbered or lettered sub-parts are records of their own)."""
    lead = reader.open_list
    assert lead is not None
    if lead.fresh:
        lead = reader.open_list = replace(lead, fresh=False)
    stem, reader.stem = reader.stem, None
    if reader.last is not None:
        item = shared_tail(found, reader.last, item)
    # Bullets under a stem are its details; so are plain items under a stem that decided ("1) Cabinet held on …").
    if stem is not None and (_BULLET.match(raw) or (stem[1] is not None and not decisive(item))):
        if stem[1] is None:
            found.append(_part(lead.kind, f"{stem[0]} {item}", lead, block))
            reader.stem, reader.last = (stem[0], len(found) - 1), len(found) - 1
        else:
            c = found[stem[1]]
            found[stem[1]] = replace(c, text=f"{c.text} {' '.join(item.split())}")
            reader.stem, reader.last = stem, stem[1]
        return
    reader.last = None
    if len(item.split()) >= _MIN_WORDS and closes_list(item):  # "to approve … subject to the following conditions:"
        found.append(_part(lead.kind, item, lead, block))
        reader.conditions = numbering(block.text.strip())
        return
    if detailed_part(item) and ITEM.match(raw):  # "e) Approves the proposal …:" then "a. 2.99% …", its details
        found.append(_part(lead.kind, item, lead, block))
        reader.conditions = numbering(raw)
        return
    if item.endswith(":") and not decides(item) and not lead.implied:  # "were approved, subject to:" decides
        reader.stem = (item, None)
        asked = phrase.leading_actor(item, None)
        reader.stem_actor = (asked, numbering(raw)) if asked else None
        return
    if (len(item.split()) < _MIN_WORDS or not _OWN_WORD.search(item)) and not BARE_OUTCOME.match(item):
        return  # "That the f", cut off by the page store; but "NOTED" alone is the item's outcome
    if reader.stem_actor is not None and numbering(raw) == reader.stem_actor[1]:
        reader.stem_actor = None  # numbered as the stem was: its sub-parts have ended
    asked = lead if reader.stem_actor is None else replace(lead, body=reader.stem_actor[0])
    for part in inline_parts(item):
        found.append(_part(lead.kind, part, asked, block))
    reader.last = len(found) - 1
    if lead.style is None and ITEM.match(raw):
        reader.open_list = replace(lead, style=numbering(raw))
    if closes_list(item):
        reader.open_list = None


def _add_action(found: list[Commitment], act: tuple[str, str | None], block: Block, reader: _Reader) -> None:
    """An action line: "ACTION: JS to circulate …" is an action; "ACTION BY: Head of Finance" names who does the
    record just above."""
    text, who = act
    if text and (several := split_actions(text)):  # "Clerk to write …; Cllr Brown to speak …": one record each
        found.extend(_record("action", part, doer or who, block) for part, doer in several)
    elif text:
        found.append(_record("action", text, who or (reader.body if OWN_TO_DO.match(text) else None), block))
    elif who and found and reader.last is not None:
        above = found[reader.last]  # "A QR code will be produced …" then "(ACTION - Clerk)": the doer's action
        impersonal = above.kind == "undertaking" and above.actor in (None, "officers", reader.body if reader.local else None)
        found[reader.last] = replace(above, actor=who, kind="action" if impersonal else above.kind)
    elif who and (note := note_above(reader.previous)):  # "• BW had not repaired the grave." then "Action: BW"
        found.append(_record("action", note, who, block))
    reader.last = None


def _items(blocks: Sequence[Block]) -> list[int]:
    """For each block (and one past the last), the agenda item it stands in: the count of item openings so far (a
    ModernGov item number on its own line, "7 WORK PROGRAMME (Agenda item 7)")."""
    out, n = [], 0
    for b in blocks:
        n += bool(_ITEM_NUMBER.match(b.text.strip()) or _ITEM_HEADING.match(b.text.strip()))
        out.append(n)
    return [*out, n]
