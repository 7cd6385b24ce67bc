"""A paper's blocks made ready for reading commitments: a resolution run on inside a flattened paragraph split off,
hard-wrapped lines joined, and a paragraph's sentences mended where a title's full stop cut one ("Mr. James …").
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ingest import commitment_phrases as phrase
from ingest.chunking import sentences
from ingest.commitment_actions import ACTION_WHO
from ingest.commitment_lists import ITEM
from ingest.commitment_motions import moved_clause
from ingest.records import Block

# "… No other nominations were received. RESOLVED that Mr M Hill be elected Chairman …" (a flattened PDF's minutes).
# "Proposed Cllr A, seconded Cllr B. Resolved to accept the quote.": a parish minute's resolution after its mover.
_RUN_ON_RESOLVED = re.compile(
    r"(?<=\S)\s+(?=RESOLVED\s*[-–—:]|\d{1,3}\.\s+Agreed[,:]\s)|(?<=[.!?”\"])\s+(?=(?:RESOLVED|Resolved)\s+(?:[Tt]hat|to)\b)"
    # After a label's colon: ModernGov's "Minutes: Resolved That Council noted …", "Minutes: RESOLVED that …" (the
    # agenda-and-minutes pages of every ModernGov council; register_unseen9 tuning set).
    r"|(?<=\bMinutes:)\s+(?=(?:RESOLVED|Resolved|AGREED|Agreed)\s+(?:[Tt]hat|THAT|to)\b)"
    # "Future expenditure would be on a mower Resolved – to approve expenditure up to £400.": a clerk's note, then the
    # resolution after its dash (a parish council's minutes, unseen6 tuning set).
    r"|(?<=\S)\s+(?=Resolved\s*[-–—:]\s*(?:[Tt]hat|to)\b)"
    # … with no colon, or no "that" after it ("… held on 18 March 2013 Resolved that the Minutes …", "… Resolved: NYCC
    # be requested …": round 16's flattened town-council minutes as the variant benchmark rewrites them); the outcome
    # word inside a sentence is in lower case by now ("the Council resolved that"), so it splits nothing; in capitals
    # after a vote's labels too ("PROPOSED; SECONDED; RESOLVED to co-opt …", a parish's minutes, register_unseen10; the
    # same in title case was read)
    r"|(?<=\S)\s+(?=(?:Resolved|RESOLVED)\s+(?:[Tt]hat|THAT|to)\b|Resolved\s*[-–—:]\s*[A-Z])"
    # "… an AMENDMENT which was agreed … and it was RESOLVED as follows:" then the resolution's words as the next
    # paragraph (a borough council's minutes, register_unseen8 tuning set).
    r"|(?<=\S)\s+(?=RESOLVED\s+as\s+follows\s*:\s*$)"
)
# A flattened page's numbered paragraphs run on in one line: "… a delay in expenditure. 4. The Convener reported …".
_RUN_ON_PARAGRAPH = re.compile(r"(?<=[a-z)”\"]\.)\s+(?=\d{1,3}\.\s+[A-Z])")
_FLATTENED = 400  # characters: a paragraph this long that holds numbered paragraphs was flattened
_TITLE_STOP = re.compile(
    rf"(?:^|[\s.])({phrase.alternation([p for p in phrase.WORDS['officers']['persons'] if p.endswith('.')])})$"
)  # "Cllr.", "Mr.": a sentence cut after a title runs on
_TITLE_ENDS = tuple(p for p in phrase.WORDS["officers"]["persons"] if p.endswith("."))  # cheap test first
# "… was proposed by Mr D. Berry and seconded by Mr. M. Lake and was unanimously agreed …" (a parish's minutes,
# register_unseen10): a person's initial with its full stop after a title ends no sentence either.
_INITIAL_STOP = re.compile(
    rf"(?:^|\s)(?:{phrase.alternation(sorted({p.rstrip('.') for p in phrase.WORDS['officers']['persons']}))})\.?\s+[A-Z]\.$"
)
GOES_ON = re.compile(r"^[a-z(£]")
# A line that stops on a word no sentence ends with ("… the Overview Scrutiny Committee held on" / "Thursday, 6 July
# 2023 were agreed …", "… and Councillor" / "Greene took the role …"): hard-wrapped text (a PDF's, a 60-column e-mail's)
# goes on in the next line whatever its first letter.
_WRAPS = re.compile(r"\b(?:and|or|of|the|to|for|in|by|with|a|an|on|at|from|that|was|were|be|been|is|are|Councillor|Cllr\.?|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s*$")
_STARTS_OWN = re.compile(rf"^\s*(?:[\"“‘'(]|(?:{phrase.alternation(phrase.WORDS['resolved']['words'])}|ACTIONS?|Actions?)\b)")
_PART_END = re.compile(r"[;,]\s*(?:and|or)\s*$")  # "approve the places; and" ends a part, not a wrapped line
# "Decision:" then "(Key decision):" on the next line (a borough's ModernGov decision field, register_unseen12): the
# label's qualifier on a line of its own, read as on the label's line ("Decision made (Unanimously):").
_LABEL = re.compile(r"^(?P<label>[A-Z][A-Za-z ]{1,40}?)\s*:\s*$")
_QUALIFIER = re.compile(r"^\((?P<tag>[^()]{1,40})\)\s*:\s*$")
ENUMERATOR_ONLY = re.compile(r"^\(?(?:\d{1,2}|[a-z]|[ivx]{1,5})[.)]?\s*\|?$")
# "9. Date of Next Scheduled Meeting", "Exclusion of Press and Public": an agenda item's title, every word but the small
# ones capitalised and no verb's full stop, is no part of the list above it (an agenda's recommendations run on into
# the next items' titles: register_unseen8 tuning set).
_TITLE_LINE = re.compile(
    r"^(?:\(?(?:\d{1,3}|[a-z]|[ivx]{1,5})[.)]\s+)?[A-Z][\w’'-]*(?:\s+(?:of|and|the|for|to|in|on|at|by|&|[A-Z][\w’'-]*)){1,7}$"
)


_OUTCOME_FIRST = re.compile(rf"^(?:{phrase.alternation(phrase.WORDS['decision_verbs']['past'])})\b", re.IGNORECASE)


def title_line(text: str) -> bool:
    """Whether a line is a title in capitals ("Date of Next Scheduled Meeting"), not a list's part (nor an outcome
    word, "(i) Noted", or an outcome with its vote, "Agreed Unanimously")."""
    return bool(_TITLE_LINE.match(text.strip())) and not _OUTCOME_FIRST.match(ITEM.sub("", text.strip(), count=1))


# "2283/01 TO CONSIDER PLANNING APPLICATIONS … ISSUES The following decisions from District Council were noted:": an
# agenda item's number and title in capitals run into its first sentence on one line (flattened parish and town minutes,
# register_unseen5 to _unseen8 tuning sets); the sentence starts after the title. Not an outcome word or label in
# capitals ("RESOLVED THAT Council …", "ACTION GP The Clerk …"), which is the sentence's own.
_CAPITALS = r"[A-Z][A-Z0-9’'&,/()-]*"
_RUN_IN_TITLE = re.compile(rf"^(?:\d{{1,4}}(?:[/.]\d{{1,3}})*\.?\s+)?{_CAPITALS}(?:\s+{_CAPITALS}){{2,}}\s+(?=[A-Z][a-z])")
_OWN_CAPITALS = re.compile(rf"\b(?:{phrase.alternation(phrase.WORDS['resolved']['words'])}|THAT|ACTIONS?|NOTED)\b")


# A vote told as a sentence of its own after the proposal: "Mrs Bate proposed and Mr Bonar seconded their approval.
# There were no objections." (a parish council's minutes, register_unseen9 tuning set), as "…, all in favour." is told
# in one (the proposal, seconder and vote of NALC model minutes; round 8's votes told in prose). A motion moved
# "that …" keeps its own reading: moved, then carried.
_VOTE_ALONE = re.compile(
    r"^(?:All\s+(?:were\s+)?in\s+favou?r|(?:Motion\s+)?[Cc]arried(?:\s+unanimously)?|Unanimously\s+(?:agreed|carried)"
    r"|Agreed(?:\s+unanimously|\s+by\s+all)?|There\s+(?:were|was)\s+no\s+objections?|No\s+objections?)\s*\.?$"
)
_PROPOSAL = re.compile(r"\b(?:[Pp]roposed|[Mm]oved)\b[^.]*\b[Ss]econded\b|\b[Ss]econded\b")


def prose_sentences(text: str) -> list[str]:
    """A paragraph's sentences, a title's full stop ending none ("Mr. James Gillbody advised …" is one sentence), an
    item's title in capitals run into the first one left out, and a vote's own sentence kept with its proposal."""
    out: list[str] = []
    if (title := _RUN_IN_TITLE.match(text)) is not None and not _OWN_CAPITALS.search(title.group(0)):
        text = text[title.end():]
    for s in sentences(text):
        if out and _VOTE_ALONE.match(s) and _PROPOSAL.search(out[-1]) and moved_clause(out[-1]) is None:
            # "… seconded their approval." "All in favour." (a motion moved "that …" meets its vote as before)
            out[-1] = f"{out[-1]} {s}"
            continue
        if out and out[-1][-3:-2] == " " and _INITIAL_STOP.search(out[-1]):  # "… by Mr D." then "Berry and …"
            out[-1] = f"{out[-1]} {s}"
            continue
        title = _TITLE_STOP.search(out[-1]) if out and out[-1].endswith(_TITLE_ENDS) else None
        if title is None:
            out.append(s)
            continue
        head = out[-1][: title.start(1)].rstrip()
        if head.endswith((".", "!", "?")):  # "… the discussion ended.Mr." then "James Gillbody advised …"
            out[-1:] = [head, f"{title.group(1)} {s}"]
        else:
            out[-1] = f"{out[-1]} {s}"
    return out


# An action label's sentence after another sentence of the same paragraph: "… on behalf of Council. Action: Cllr Leone
# to place the approved minutes on the website. It was also resolved …" (the split keeps the action's sentence whole).
# So is "Action: To be put on the village notice board." after a list item's sentence.
_RUN_ON_ACTION = re.compile(rf"(?<=[.;!?])\s+((?:ACTION|Action)\s*:\s*(?:{ACTION_WHO}\s+to|To)\s+[a-z][^.]*\.?)")


def split_resolved(blocks: Sequence[Block]) -> list[Block]:
    """Blocks with a paragraph split where "RESOLVED –" runs on inside it ("… 68. MINUTES OF THE MEETING HELD ON 18
    AUGUST 2017 RESOLVED – That the minutes … be approved", "… Minutes of Last Meeting 2. Agreed, subject to …"): the
    resolution starts a paragraph of its own. So does an action label's sentence run on inside one ("… signed the
    Minutes. Action: Clerk to obtain quotes. Council agreed to …"), the rest after it another."""
    out: list[Block] = []
    for b in blocks:
        texts = _RUN_ON_PARAGRAPH.split(b.text) if b.kind == "paragraph" and len(b.text) > _FLATTENED else [b.text]
        if b.kind in ("paragraph", "list_item"):
            texts = [piece.strip() for text in texts for piece in _RUN_ON_ACTION.split(text) if piece and piece.strip()]
        for text in texts:
            m = _RUN_ON_RESOLVED.search(text) if b.kind == "paragraph" else None
            if m is None:
                out.append(replace(b, text=text))
                continue
            out.append(replace(b, text=text[: m.start()].rstrip()))
            rest = text[m.end():]
            while (m := _RUN_ON_RESOLVED.search(rest)) is not None:
                out += [replace(b, text=piece) for piece in _sentence_alone(rest[: m.start()].rstrip())]
                rest = rest[m.end():]
            out += [replace(b, text=piece) for piece in _sentence_alone(rest)]
    return out


# "C263 Open Forum Resolved: that standing orders be suspended. Mrs Konieczny attended the meeting … The Clerk stated
# that he would pass on the comments …", "… Resolved: that NYCC be requested to … repaint where necessary. (b) HDC Cllr
# Robinson queried …" (a town council's minutes flattened from PDF, register_unseen11 tuning set): a resolution run on
# inside a paragraph is its first sentence; the minutes' narrative after it is a paragraph of its own (read for its
# own commitments), as is the next run-on resolution. Not before a part of its own list ("… be noted. 2. approve …",
# "(b) that …": a part in lower case), nor after a title's or an initial's stop.
_SENTENCE_STOP = re.compile(r"(?<=[a-z0-9)%’”\"]\.)\s+(?=[A-Z(]|\d)")
_OWN_PART = re.compile(r"^(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,5})[.)]\s+)+[a-z]")


def _sentence_alone(text: str) -> list[str]:
    """A run-on resolution cut off from the narrative after it: up to its first sentence's full stop, then the rest."""
    for m in _SENTENCE_STOP.finditer(text):
        head = text[: m.start()]
        if _TITLE_STOP.search(head) or _OWN_PART.match(text[m.end():]):
            continue
        return [head, text[m.end():]]
    return [text]


def unwrapped(blocks: Sequence[Block]) -> list[Block]:
    """Blocks with hard-wrapped lines joined: a paragraph line that stops mid-sentence and a next line that goes on in
    lower case ("The Head of Planning undertook to" / "report back …") are one paragraph, as in PDF text, also where
    the sentence runs over onto the next page."""
    out: list[Block] = []
    for b in blocks:
        prior = out[-1] if out else None
        if prior is not None and (tag := _QUALIFIER.match(b.text.strip())) and (label := _LABEL.match(prior.text.strip())):
            out[-1] = replace(prior, text=f"{label.group('label')} ({tag.group('tag')}):")
        elif (
            prior is not None and prior.kind == "paragraph" and b.kind == "paragraph"
            and (prior.page == b.page or (prior.page is not None and b.page == prior.page + 1))  # a sentence over a page
            and not prior.text.rstrip().endswith((".", ":", ";", "?", "!", "|", ":-", ":–", ":—"))  # "Title:-" (parish)
            and (GOES_ON.match(b.text) or (_WRAPS.search(prior.text) and not title_line(b.text) and not _STARTS_OWN.match(b.text)))
            and not _PART_END.search(prior.text)
            and not ITEM.match(b.text) and not ENUMERATOR_ONLY.match(prior.text.strip())
        ):
            out[-1] = replace(prior, text=f"{prior.text.rstrip()} {b.text.strip()}")
        else:
            out.append(b)
    return out
