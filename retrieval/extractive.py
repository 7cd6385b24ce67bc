"""The default answerer, without an LLM: the sentences of the retrieved passages that best answer, each cited.

Sentences are scored in `retrieval.scoring`; the best few that are not near-duplicates are chosen, completed
where the question asks for more than one thing (every item of a list, each clause of a compound question, an
inspection's graded table, figures told together), and composed, grouped by meeting newest first.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.dates import spelt
from ingest.records import Chunk
from retrieval.records import Citation, Hit
from retrieval.lists import leads_into_next, with_parallels, with_whole_lists
from retrieval.sentences import is_title
from retrieval.scoring import Candidate, distinct_hits, repeats as _repeats, score_sentences, topic_terms
from retrieval.select import rescore
from retrieval.vocabulary import (
    ANAPHOR, FIGURES, REPORTING, SINCE_INSPECTION, clauses, has_judgement, terms, view_asked_of, wanted,
    wants_judgement, wants_list,
)

MAX_PER_PASSAGE = 2
STRONG_TOPICAL = 0.9  # ... unless a sentence holds this share of the topic
STRONG_SHARE = 0.8  # ... and scores this share of the best sentence
OTHER_FACT_FLOOR = 0.3  # share of the best score a sentence needs to answer the second kind of fact asked for
SINGLE_FACTS = frozenset({"name", "date"}) | FIGURES  # kinds of fact one sentence can answer in full
CLOSE_SHARE = 0.8  # ... unless another sentence, bringing topic words of its own, scores this share of it
DEPTH_BONUS = 0.1  # per further strongly on-topic sentence of the same document: depth over passing mentions
DEPTH_MAX = 3  # ... counting at most this many further sentences
# A chosen sentence after the first must score at least this share of the best one.
RELATIVE_FLOOR = 0.5
FACT_FLOOR = 0.65  # ... or this share, when the question asks for a kind of fact and the best one states it
ADJACENT_FROM = 2  # the best chosen sentences whose neighbouring figures join them, for "how many"
JUDGEMENT_REPORTS = 2  # inspection reports whose judgement tables an answer about grades shows (then and now)
JUDGEMENT_MAX = 12  # sentences in such an answer: two tables of five or six rows, their dates, the best sentences
_INSPECTION_DATES = re.compile(r"^inspection\s+dates?\b", re.IGNORECASE)
_OVERALL = re.compile(r"\boverall\b|\beffectiveness\b|\bjudge?ments?\b|\bgraded?\b", re.IGNORECASE)  # of all, not a part
def _choose(
    candidates: list[Candidate],
    max_sentences: int,
    kinds: frozenset[str] = frozenset(),
    as_list: bool = False,
    asked: frozenset[str] = frozenset(),
    topic: frozenset[str] = frozenset(),
    doc_of=None,
) -> list[Candidate]:
    """The best-scoring sentences, best first: each with a topic word, at most two a passage, no repeats;
    fewer when the best states the kind of fact asked for. A question asking for two kinds of fact ("when ... and
    who ...") gets a sentence stating each; one asking for a list gets every item of the list its best item is in."""
    depth = _depth(candidates, doc_of) if doc_of is not None else {}
    weight = lambda c: c.score * depth.get(id(c), 1.0)  # noqa: E731
    ranked = sorted(candidates, key=lambda c: (-weight(c), c.hit_index, c.unit.start))
    floor = RELATIVE_FLOOR
    chosen: list[Candidate] = []
    per_passage: dict[int, int] = {}
    single = bool(topic) and bool(kinds) and kinds <= SINGLE_FACTS
    for c in ranked:
        if len(chosen) >= max_sentences:
            break
        if c.score <= 0 or (c.topical <= 0 and not (kinds and kinds <= c.states)):
            continue  # a sentence must hold some of what the question is about, or state all it asks for
        if chosen and weight(c) < floor * weight(chosen[0]):
            break
        if single and chosen and chosen[0].fact >= 1.0 and not _adds_to(c, chosen[0], topic):
            continue
        if per_passage.get(c.hit_index, 0) >= MAX_PER_PASSAGE and not _strongly_on_topic(c, chosen[0]):
            continue
        if _repeats(c, chosen if not as_list else [o for o in chosen if o.hit_index == c.hit_index]):
            continue  # a list ("Which inspections did she lead?") may repeat a line from another paper
        chosen.append(c)
        per_passage[c.hit_index] = per_passage.get(c.hit_index, 0) + 1
        if len(chosen) == 1 and c.fact >= 1.0:
            floor = FACT_FLOOR
    if not chosen:
        return chosen
    if len(kinds) > 1:
        for kind in sorted(kinds - {k for c in chosen for k in c.states}):
            # The paper's own words count here ("Inspection dates: ..." for "When was Westminster inspected?").
            best = next((c for c in ranked if kind in c.states and c.stems & asked and not _repeats(c, chosen)), None)
            if best is not None and best.score >= OTHER_FACT_FLOOR * chosen[0].score:
                chosen.append(best)
    if as_list or any(leads_into_next(c) for c in chosen):  # a lead-in answers nothing without its list
        chosen = with_whole_lists(chosen, candidates)
    if as_list:
        chosen = with_parallels(chosen, candidates, ADJACENT_FROM + 1)
    return chosen


def _adds_to(c: Candidate, best: Candidate, topic: frozenset[str]) -> bool:
    """For a question asking for one name, date or figure that the best sentence states: whether another sentence
    still belongs in the answer. One bringing topic words of its own must score close to the best; one holding
    only topic words the best holds must state the kind of fact asked for too, and share more than one word with
    the question ("leading to defined actions" shares only the stem of "led" and is no answer to "who led")."""
    own, theirs = c.stems & topic, best.stems & topic
    if own - theirs:
        return c.score >= CLOSE_SHARE * best.score
    return c.fact >= 1.0 and len(own) > 1


def _depth(candidates: list[Candidate], doc_of) -> dict[int, float]:
    """A boost for the sentences of a document (a meeting's minutes, a report) that holds several sentences squarely
    on the question's topic: depth over breadth, so that a paper dealing with the topic outweighs passing mentions
    elsewhere. Sentences that repeat one another count once."""
    strong: dict[str, list[Candidate]] = {}
    for c in candidates:
        if c.topical >= STRONG_TOPICAL and c.score > 0:
            same = strong.setdefault(doc_of(c), [])
            if not _repeats(c, same):
                same.append(c)
    out = {}
    for c in candidates:
        further = len(strong.get(doc_of(c), ())) - 1
        if further > 0 and c.topical >= STRONG_TOPICAL:
            out[id(c)] = 1.0 + DEPTH_BONUS * min(further, DEPTH_MAX)
    return out


def _strongly_on_topic(c: Candidate, best: Candidate) -> bool:
    """Whether a sentence holds nearly all of the question's topic and scores close to the best: one passage may
    then give more than MAX_PER_PASSAGE sentences, when it is where the whole answer is."""
    return c.topical >= STRONG_TOPICAL and c.score >= STRONG_SHARE * best.score


def _with_adjacent_figures(chosen: list[Candidate], candidates: list[Candidate]) -> list[Candidate]:
    """For "how many": the chosen sentences that state a figure, each followed by its neighbours in the passage
    that state one too and share a topic word ("... reduced to 6 visits. Croydon has had 3 visits to date."),
    whatever the limit per passage: figures told together answer together."""
    by_place = {(c.hit_index, c.unit.start): c for c in candidates}
    ordered = {c.hit_index: sorted((o for o in candidates if o.hit_index == c.hit_index), key=lambda o: o.unit.start)
               for c in chosen}
    out = list(chosen)
    for c in chosen[:ADJACENT_FROM]:
        if c.fact < 1.0:
            continue
        units = ordered[c.hit_index]
        i = units.index(by_place[(c.hit_index, c.unit.start)])
        for n in (units[i - 1] if i else None, units[i + 1] if i + 1 < len(units) else None):
            if n is not None and n.fact >= 1.0 and n.topical > 0 and n not in out and not _repeats(n, out):
                out.append(n)
    return out


def _with_neighbours(chosen: list[Candidate], candidates: list[Candidate]) -> list[Candidate]:
    """The chosen sentences plus, for each of the best ones, the neighbour it cannot be read without: the title line
    before it that it refers back to ("the above group had folded" under "Ballymagorry & District Development
    Association"), the sentence after it on its line that continues it ("He said that it should be done
    fortnightly.", "All issued with Recorded Police Warnings."), and the one a sentence ending on a colon or
    semicolon leads into ("Apologies for absence were received from Councillors;" / "John Gowing and ...")."""
    out = list(chosen)
    for c in chosen[:ADJACENT_FROM]:
        before, after = _next_to(c, candidates, -1), _next_to(c, candidates, 1)
        if before is not None and (ANAPHOR.search(c.readable) and is_title(before.unit) or _cut_off(c, before)):
            out = _joined(before, out)
        if after is not None and (after.unit.line == c.unit.line and _CONTINUES.match(after.readable) or leads_into_next(c)):
            out = _joined(after, out)
    return out


# A sentence opening with a word that points back continues the one before it.
_CONTINUES = re.compile(r"^\W*(?:he|she|it|they|this|these|that|those|all|both|each|the\s+(?:latter|former))\b",
                        re.IGNORECASE)


def _cut_off(c: Candidate, before: Candidate) -> bool:
    """Whether the sentence is the rest of the one on the line before, which a parser cut at the line's end ("Mrs
    Roden and Mr Usborne to attend the Conference" / "organized by the Highland Council on 24th February.")."""
    return c.unit.text.lstrip()[:1].islower() and before.unit.line < c.unit.line \
        and before.unit.text.rstrip()[-1:] not in ".!?;:"


def _next_to(c: Candidate, candidates: list[Candidate], step: int) -> Candidate | None:
    """The unit just before (step -1) or after (step 1) a sentence in its passage, or None."""
    side = [o for o in candidates if o.hit_index == c.hit_index and (o.unit.start - c.unit.start) * step > 0]
    return min(side, key=lambda o: o.unit.start * step, default=None)


def _joined(c: Candidate, out: list[Candidate]) -> list[Candidate]:
    return out if c in out or _repeats(c, out) else [*out, c]


def _with_each_clause(chosen: list[Candidate], parts: list[str], hits: Sequence[Hit]) -> list[Candidate]:
    """The chosen sentences plus the best answer to each clause of a compound question ("Who led the inspection,
    and what needs to improve?") that they leave out: a clause's own best sentence (or list), scored on its own."""
    out = list(chosen)
    for part in parts:
        found = _choose(rescore(part, hits, score_sentences(part, hits)), 1, wanted(part), wants_list(part), frozenset(terms(part)))
        for c in found:
            if not any(c.hit_index == o.hit_index and c.unit.start == o.unit.start for o in out) and not _repeats(c, out):
                out.append(c)
    return out


def _with_view(chosen: list[Candidate], candidates: list[Candidate], who: frozenset[str]) -> list[Candidate]:
    """For "What did Ofsted say about ...": the chosen sentences plus the best one in which the body or person
    asked about is the one reporting ("the last Ofsted monitoring visit had also raised this ..."), when it holds
    some of the question's topic (itself or in the sentence it refers back to) and is not chosen already. Like
    the other completions, it may take the answer past `max_sentences`: it is what the question asks for."""
    said = [c for c in candidates if c.stems & who and c.topical > 0 and c.score > 0 and REPORTING.search(c.readable)]
    best = max(said, key=lambda c: (c.topical, c.score), default=None)
    return chosen if best is None or best in chosen or _repeats(best, chosen) else [*chosen, best]


def _with_judgements(chosen: list[Candidate], candidates: list[Candidate], hits: Sequence[Hit]) -> list[Candidate]:
    """The chosen sentences plus the graded rows ("Overall effectiveness: Good") of the judgement tables of up to
    two inspection reports among the passages, best-ranked first, each with its "Inspection dates" line, which
    says when the grades were given, and its best sentence on what changed "since the last inspection"; the
    weakest chosen sentences give way to keep within JUDGEMENT_MAX."""
    rows = sorted((c for c in candidates if c.unit.kind == "row" and has_judgement(c.readable)),
                  key=lambda c: (c.hit_index, c.unit.start))
    if not rows:
        return chosen
    doc_of = lambda c: hits[c.hit_index].chunk.doc_id  # noqa: E731
    extra: list[Candidate] = []
    for doc in list(dict.fromkeys(doc_of(c) for c in rows))[:JUDGEMENT_REPORTS]:
        dates = next((c for c in candidates if doc_of(c) == doc and _INSPECTION_DATES.match(c.readable)), None)
        moved = max((c for c in candidates if doc_of(c) == doc and SINCE_INSPECTION.search(c.readable)),
                    key=lambda c: (bool(_OVERALL.search(c.readable)), c.score), default=None)
        for c in [*(x for x in (dates, moved) if x), *(c for c in rows if doc_of(c) == doc)]:
            if c not in chosen and not _repeats(c, chosen + extra):
                extra.append(c)
    keep = max(1, JUDGEMENT_MAX - len(extra))
    return chosen[:keep] + extra


def _with_topic_grade(chosen: list[Candidate], candidates: list[Candidate]) -> list[Candidate]:
    """The chosen sentences plus the grade an inspection gave the question's very topic ("The experiences and
    progress of care leavers: Outstanding" for "What does Ofsted say about care leavers?"), when one is there."""
    rows = [c for c in candidates if c.unit.kind == "row" and c.topical >= STRONG_TOPICAL and has_judgement(c.readable)]
    best = max(rows, key=lambda c: (c.topical, c.score), default=None)
    return chosen if best is None or best in chosen or _repeats(best, chosen) else [*chosen, best]


def _meeting_key(chunk: Chunk) -> tuple:
    return (chunk.meeting_date, chunk.council, chunk.committee or chunk.title)


def meeting_heading(chunk: Chunk) -> str:
    """How an answer introduces one meeting's or paper's sentences ("At the Cabinet on 14 March 2023 (Tower Hamlets)")."""
    when = spelt(chunk.meeting_date)
    if chunk.committee and "inspection" not in chunk.kind:
        head = f"At the {chunk.committee}" + (f" on {when}" if when else "")
        return head + (f" ({chunk.council})" if chunk.council else "")
    where = ", ".join(x for x in (chunk.council, when or "undated") if x)
    return f"In “{chunk.title}” ({where})"


def _with_marker(text: str, n: int) -> str:
    """The sentence with its [n] before the closing full stop: "... reduced to 1300 [1]."."""
    body = text.rstrip()
    end = body[-1] if body and body[-1] in ".!?" else "."
    body = body[:-1].rstrip() if body and body[-1] in ".!?" else body
    return f"{body} [{n}]{end}"


def _order(chosen: list[Candidate], hits: Sequence[Hit], fact_first: bool) -> list[list[Candidate]]:
    """Groups of sentences, one per meeting (newest first, undated last), each in document order; with
    `fact_first` (the question asks for a kind of fact) each group leads with its best sentence stating that fact in
    full (a figure in digits before a count in words), or its best sentence."""
    groups: dict[tuple, list[Candidate]] = {}
    for c in chosen:  # best first
        groups.setdefault(_meeting_key(hits[c.hit_index].chunk), []).append(c)

    def newest_first(key: tuple) -> tuple:
        day = key[0]
        return (day is None, -day.toordinal() if day else 0, chosen.index(groups[key][0]))

    ordered = []
    for key in sorted(groups, key=newest_first):
        members = groups[key]
        doc_rank: dict[str, int] = {}
        for c in members:
            doc_rank.setdefault(hits[c.hit_index].chunk.doc_id, len(doc_rank))

        def in_document(c: Candidate) -> tuple:
            return (doc_rank[hits[c.hit_index].chunk.doc_id], hits[c.hit_index].chunk.position, c.unit.start)

        lead = [next((c for c in members if c.fact >= 1.0), members[0])] if fact_first else []
        ordered.append(lead + sorted((c for c in members if c not in lead), key=in_document))
    return ordered


def answer_extractively(
    question: str,
    hits: Sequence[Hit],
    max_sentences: int = 4,
    *,
    focus: str | None = None,
    headings: bool = False,
) -> tuple[str, tuple[Citation, ...]]:
    """An answer built from the passages' own sentences, every sentence ending in an [n] marker, and its citations
    (n numbers the cited passages in order of first citation; each quote is verbatim from its passage).

    `focus` is what the user typed when `question` is a follow-up made standalone: its words weigh double.
    Sentences from several meetings are grouped under a heading per meeting; `headings` asks for that heading
    even for one meeting (when the papers searched were not the ones the question named)."""
    hits = distinct_hits(hits)
    candidates = rescore(question, hits, score_sentences(question, hits, focus))
    chosen = _choose(
        candidates, max_sentences, wanted(question), wants_list(focus or question),
        frozenset(terms(question)), frozenset(topic_terms(terms(question), hits, question)),
        lambda c: hits[c.hit_index].chunk.doc_id,
    )
    if not chosen:
        return "", ()
    if wanted(question) & FIGURES:
        chosen = _with_adjacent_figures(chosen, candidates)
    chosen = _with_neighbours(chosen, candidates)
    who = view_asked_of(focus or question)
    if who:
        chosen = _with_view(chosen, candidates, who)
    parts = clauses(question)
    if len(parts) > 1:
        chosen = _with_each_clause(chosen, parts, hits)
    if wants_judgement(focus or question) or wants_judgement(question):
        chosen = _with_judgements(chosen, candidates, hits)
    else:
        chosen = _with_topic_grade(chosen, candidates)
    groups = _order(chosen, hits, fact_first=bool(wanted(question)) or wants_judgement(question))
    # An undated paper may be the newest, so "most recent" is said only when every group has a date.
    all_dated = all(hits[c.hit_index].chunk.meeting_date is not None for c in chosen)
    numbers: dict[int, int] = {}
    spans: dict[int, tuple[int, int]] = {}
    paragraphs = []
    for g, members in enumerate(groups):
        sentences = []
        for c in members:
            n = numbers.setdefault(c.hit_index, len(numbers) + 1)
            a, b = spans.get(c.hit_index, (c.unit.start, c.unit.end))
            spans[c.hit_index] = (min(a, c.unit.start), max(b, c.unit.end))
            sentences.append(_with_marker(c.readable, n))
        body = " ".join(sentences)
        if len(groups) > 1 or headings:
            heading = meeting_heading(hits[members[0].hit_index].chunk)
            recent = ", the most recent of these" if g == 0 and all_dated and len(groups) > 1 else ""
            body = f"{heading}{recent}:\n{body}"
        paragraphs.append(body)
    citations = tuple(
        Citation(n=n, chunk=hits[i].chunk, quote=hits[i].chunk.text[spans[i][0] : spans[i][1]])
        for i, n in sorted(numbers.items(), key=lambda kv: kv[1])
    )
    return "\n\n".join(paragraphs), citations
