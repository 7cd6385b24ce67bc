"""What a list answer gathers beyond its best sentences: the rest of the list they belong to (bullets, numbered items,
table rows, the lines under a lead-in), and the sentences that say the same of someone else."""
from __future__ import annotations

import re
from collections import Counter

from retrieval.scoring import Candidate, overlap, repeats
from retrieval.vocabulary import terms

LIST_MAX = 8  # sentences in an answer that lists ("What needs to improve?"): a whole list, within reason
_LISTED = ("item", "row")


def with_whole_lists(chosen: list[Candidate], candidates: list[Candidate], limit: int = LIST_MAX) -> list[Candidate]:
    """The chosen sentences plus the other items of the list (bullets, numbered items or table rows on consecutive
    lines of one passage) that the best chosen item belongs to, up to `limit` sentences in all."""
    lead = next((c for c in chosen if c.unit.kind in _LISTED or leads_in(c)), None)
    if lead is None:
        return chosen
    own = [c for c in candidates if c.hit_index == lead.hit_index]
    per_line = Counter(c.unit.line for c in own)
    # An item is a marked one or a table row; under a lead-in, also a line that holds one sentence and no more.
    lines = {c.unit.line: c for c in own
             if c.unit.kind in _LISTED or (lead.unit.kind not in _LISTED and per_line[c.unit.line] == 1
                                           and c.unit.line > lead.unit.line and not leads_in(c))}
    # The passage's lines that hold text, in order: a blank line between two items does not end their list.
    order = sorted(per_line)
    at = order.index(lead.unit.line)
    run = [lead.unit.line] if lead.unit.kind in _LISTED else []  # a lead-in ("... the following:") heads its list
    for step in (-1, 1) if run else (1,):
        i = at + step
        while 0 <= i < len(order) and order[i] in lines:
            run.append(order[i])
            i += step
    out = list(chosen)
    for line in sorted(run):
        c = lines[line]
        if len(out) >= limit:
            break
        if c not in out and not repeats(c, out):
            out.append(c)
    return out


_FOLLOWING = re.compile(r"\b(?:the\s+following|as\s+follows)\W*$", re.IGNORECASE)


def leads_in(c: Candidate) -> bool:
    """Whether the sentence introduces a list ("… the following recipients receive an award:", "The Minutes of 27
    September, subject to the following.")."""
    text = c.unit.text.rstrip()
    return text.endswith(":") or bool(_FOLLOWING.search(text))


def leads_into_next(c: Candidate) -> bool:
    """Whether the sentence stops on a colon or semicolon, so that the one after it completes it ("Apologies for
    absence were received from Councillors;" / "John Gowing and Christine Wheelan."); `leads_in` is the wider test
    of a lead-in to a whole list ("… subject to the following.")."""
    return c.unit.text.rstrip().endswith((":", ";"))


PARALLEL = 0.5  # Jaccard overlap of two sentences' words, names aside, from which they say the same of other people


def with_parallels(
    chosen: list[Candidate], candidates: list[Candidate], best_of: int, limit: int = LIST_MAX
) -> list[Candidate]:
    """For a question asking for several things: the chosen sentences plus, for each of the `best_of` best, the
    sentences of its passage that say the same of someone or something else ("Councillor J L Adams declared a
    personal interest ...", "Councillor D J Pugh also declared a personal interest ..."), in the passage's order, up
    to `limit` in all."""
    out = list(chosen)
    for best in chosen[:best_of]:
        frame = _frame(best)
        if len(frame) < 2:
            continue
        same = [c for c in candidates if c.hit_index == best.hit_index and c not in out and c.states >= best.states
                and overlap(frame, _frame(c)) >= PARALLEL]
        for c in sorted(same, key=lambda c: c.unit.start):
            if len(out) >= limit:
                return out
            if not repeats(c, out) or _names_in(c) - {n for o in out for n in _names_in(o)}:
                out.append(c)  # the same words of someone else are no repeat
    return out


_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*")


def _frame(c: Candidate) -> frozenset[str]:
    """The stems of a sentence's words less its capitalised ones (names, titles, the first word)."""
    return frozenset(terms(_CAPITALISED.sub(" ", c.readable)))


def _names_in(c: Candidate) -> frozenset[str]:
    """A sentence's capitalised words after its first: the people and things it names."""
    return frozenset(_CAPITALISED.findall(c.readable)[1:])
