"""Blocks -> chunks: structure first (paragraphs, list items, tables, headings), size second, never mid-sentence."""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ingest.records import Block

TokenCounter = Callable[[str], int]

# MiniLM sees 256 word pieces; the heading path prefix takes some, so a passage stays well under.
MAX_TOKENS = 200
# Blocks are merged with their neighbours until a chunk reaches this size.
TARGET_TOKENS = 150
# A passage this small under its own heading joins what follows: a page of "Label:" lines over one value each
# ("Councillors:" / "78", "Wards:" / "76") would otherwise make passages of a number alone, which match any question
# naming the paper's body and crowd out the passages that answer.
MIN_TOKENS = 8

_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=[\"'‘“(\[]?[A-Z0-9])")
# "Cllr. Sweeting", "Mr. Smith", "No. 3", "2. The report": a full stop that ends a title or a number, not a sentence.
_TITLE_END = re.compile(r"(?:^|\s)(?:Cllr|Mr|Mrs|Ms|Dr|No|St|Prof|Rev|Cllrs)\.$|^\s*\d{1,2}(?:\.\d{1,2})*\.$")


def approx_tokens(text: str) -> int:
    """A tokenizer-free estimate of MiniLM word pieces (measured ~1.2 per word on council papers)."""
    return int(len(text.split()) * 1.25) + 1


@dataclass(frozen=True, slots=True)
class Piece:
    """A chunk's text and where it sits, before it becomes a `Chunk` with document metadata."""

    text: str
    page_start: int | None
    page_end: int | None
    section: str | None
    headings: tuple[str, ...]
    # (offset in `text`, page) where each later page begins, so a quote inside the passage finds its own page.
    page_breaks: tuple[tuple[int, int], ...] = ()


def _page_breaks(group: Sequence[Block]) -> tuple[tuple[int, int], ...]:
    """Where the blocks joined by newlines move to another page: (offset of the block, its page), after the first page."""
    breaks: list[tuple[int, int]] = []
    offset, page = 0, None
    for block in group:
        if block.page is not None:
            if page is not None and block.page != page:
                breaks.append((offset, block.page))
            page = block.page
        offset += len(block.text) + 1
    return tuple(breaks)


def sentences(text: str) -> list[str]:
    """A paragraph's sentences, split after . ! ? or ; before a capital or digit, never after a title ("Cllr.")."""
    out: list[str] = []
    for piece in _SENTENCE_END.split(text):
        if not piece.strip():
            continue
        if out and _TITLE_END.search(out[-1]):
            out[-1] = f"{out[-1]} {piece}"
        else:
            out.append(piece)
    return out


def _split_long(block: Block, count: TokenCounter, max_tokens: int) -> list[Block]:
    """Split an oversized block at sentence ends (table rows for tables); a lone giant sentence is cut at words."""
    if count(block.text) <= max_tokens:
        return [block]
    units = block.text.split("\n") if block.kind == "table" else sentences(block.text)
    joiner = "\n" if block.kind == "table" else " "
    if len(units) == 1:
        words = block.text.split()
        step = max(1, int(len(words) * max_tokens / max(count(block.text), 1)))
        units = [" ".join(words[i : i + step]) for i in range(0, len(words), step)]
    out: list[Block] = []
    current: list[str] = []
    for unit in units:
        if current and count(joiner.join([*current, unit])) > max_tokens:
            out.append(Block(joiner.join(current), block.kind, block.page, block.section, block.headings))
            current = []
        current.append(unit)
    if current:
        out.append(Block(joiner.join(current), block.kind, block.page, block.section, block.headings))
    return out


def _section_span(sections: Sequence[str | None]) -> str | None:
    named = [s for s in sections if s]
    if not named:
        return None
    return named[0] if named[0] == named[-1] else f"{named[0]}–{named[-1]}"


def _is_item(block: Block) -> bool:
    """A bulleted line, or a plainly numbered one ("1. Officers circulate ...")."""
    return block.kind == "list_item" or (block.kind == "paragraph" and bool(block.section) and "." not in block.section)


def _is_lead_in(block: Block) -> bool:
    return block.kind == "paragraph" and block.text.rstrip().endswith(":")


def _list_start(group: Sequence[Block]) -> int:
    """Where the list ending the group starts: its lead-in (a line ending in ":") when it has one, else its first item."""
    i = len(group)
    while i > 0 and _is_item(group[i - 1]):
        i -= 1
    if i > 0 and _is_lead_in(group[i - 1]):
        i -= 1
    return i


def _continues_list(group: Sequence[Block], part: Block) -> bool:
    """Whether `part` is the next item of a list the group ends with: bullets after bullets or a lead-in, numbered
    items only under a lead-in (numbered paragraphs of a report are not a list)."""
    if not _is_item(part):
        return False
    start = _list_start(group)
    if start == len(group):
        return False
    if part.kind == "list_item":
        return True
    return _is_lead_in(group[start])


def _headings(group: Sequence[Block], count: TokenCounter) -> tuple[str, ...]:
    """A passage's heading path: its blocks', or where a small passage ran on through a heading, its biggest block's."""
    first = group[0].headings
    if all(b.headings == first for b in group):
        return first
    return max(group, key=lambda b: count(b.text)).headings


def chunk_blocks(
    blocks: Sequence[Block],
    count: TokenCounter = approx_tokens,
    max_tokens: int = MAX_TOKENS,
    target_tokens: int = TARGET_TOKENS,
) -> list[Piece]:
    """Pack blocks into passages: a heading starts a new passage, small neighbours merge, big blocks split by sentence."""
    pieces: list[Piece] = []
    group: list[Block] = []
    size = 0

    def flush() -> None:
        nonlocal group, size
        if group:
            pages = [b.page for b in group if b.page is not None]
            pieces.append(
                Piece(
                    text="\n".join(b.text for b in group),
                    page_start=min(pages) if pages else None,
                    page_end=max(pages) if pages else None,
                    section=_section_span([b.section for b in group]),
                    headings=_headings(group, count),
                    page_breaks=_page_breaks(group),
                )
            )
        group, size = [], 0

    for block in blocks:
        if block.kind == "heading":
            if size >= MIN_TOKENS:
                flush()
            elif group:  # the small passage runs on through the heading, which stays in its text: quotes stay verbatim
                group.append(block)
                size += count(block.text)
            continue
        for part in _split_long(block, count, max_tokens):
            n = count(part.text)
            # A numbered minute paragraph ("27.8") is a citable unit of its own once the group has some body;
            # plain-numbered items (resolutions "1.", Ofsted paragraphs "12.") merge a little further.
            if part.section is not None and part.kind == "paragraph":
                starts_section = size >= (target_tokens // 3 if "." in part.section else target_tokens // 2)
            else:
                starts_section = False
            # A list stays with its lead-in ("... actions had been taken, which included the following:") and
            # its other items while they fit: the question it answers names the lead-in, not the items.
            continues_list = bool(group) and _continues_list(group, part)
            if continues_list:
                starts_section = False
            if continues_list and part.headings == group[0].headings and size + n > max_tokens:
                # The list does not fit after what precedes it: start the new passage at its lead-in instead.
                lead = _list_start(group)
                carried = group[lead:]
                if lead > 0 and sum(count(b.text) for b in carried) + n <= max_tokens:
                    group = group[:lead]
                    flush()
                    group, size = carried, sum(count(b.text) for b in carried)
            if group and (
                (part.headings != group[0].headings and size >= MIN_TOKENS)
                or size + n > max_tokens
                or (size >= target_tokens and not continues_list)
                or starts_section
                or part.kind == "table"
                or group[-1].kind == "table"
            ):
                heads = []  # a heading a small passage ran on through belongs to what follows it
                while group and group[-1].kind == "heading":
                    heads.insert(0, group.pop())
                flush()
                group, size = heads, sum(count(b.text) for b in heads)
            group.append(part)
            size += n
    flush()
    return pieces
