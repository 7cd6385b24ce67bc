"""A part's text as clean lines for metadata to read: tags, entities and markdown emphasis gone, spaces collapsed, a
date a PDF glued to the word before it or broke over two lines made whole."""
from __future__ import annotations

import html
import re
from dataclasses import dataclass

from ingest.coversheet import label_cells
from ingest.dates import MONTH

_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_EMPHASIS = re.compile(r"\*\*|__")
_SPACES = re.compile(r"[ \t\u00a0]+")
# A PDF's text run on from a word into the date after it: "Humberside Fire Authority24 June 2011".
_GLUED_DATE = re.compile(rf"(?<=[a-z])(?=\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}(?![a-z])\.?,?\s*\d{{4}}(?!\d))", re.IGNORECASE)

# A date a flattened PDF broke after its day, the month and year on the next line: "Thursday 1st" / "May 2025",
# "held on 1" / "May 2025" (a blank line between where the text parser made each line a paragraph); the day after a
# weekday, "on" or alone on its line, so an item's number is not read as one.
_SPLIT_DATE = re.compile(
    rf"(?P<day>(?:\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+|\bon[ \t]+|^[ \t]*)\d{{1,2}}(?:st|nd|rd|th)?,?)"
    rf"[ \t]*\n(?:[ \t]*\n)?[ \t]*(?={MONTH}\.?,?[ \t]+\d{{4}}(?!\d))", re.IGNORECASE | re.MULTILINE)

_OPENING_CHARS = 4000  # where the header of a paper or report sits


@dataclass(frozen=True, slots=True)
class Lines:
    """A part's text as clean lines: tags, entities and markdown emphasis gone, spaces collapsed."""

    lines: tuple[str, ...]

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    @property
    def opening(self) -> str:
        """The opening as one line, for headers that PDFs wrap over several."""
        return " ".join(" ".join(self.lines)[:_OPENING_CHARS].split())


def clean_lines(text: str) -> Lines:
    """The text's lines, cleaned (see the module's docstring)."""
    text = _SPLIT_DATE.sub(r"\g<day> ", _GLUED_DATE.sub(" ", html.unescape(_TAG.sub(" ", text))))
    lines = (_SPACES.sub(" ", label_cells(_EMPHASIS.sub("", line))).strip() for line in text.splitlines())
    return Lines(tuple(lines))
