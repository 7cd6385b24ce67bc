"""Plain text and Markdown files -> structured text (a Part per meeting for an issue page saved as text).

Council papers saved as text often carry leftovers of the HTML or Markdown they came from (`<b>`,
`<ul><li>`, `## **1. Summary**`): that markup is dropped and its structure kept. A .txt file already
has one paragraph per line; in Markdown, consecutive lines are one paragraph.
"""
from __future__ import annotations

import html
import re
import unicodedata

from ingest.formats import ParseError, issue_meetings, moderngov, structure
from ingest.records import Page, Part

# Only known tags are markup: "<5 years" or "a < b" in running text stay as they are.
_TAG = re.compile(
    r"<(/?)(b|strong|i|em|u|span|font|a|sup|sub|small|p|div|br|ul|ol|li|table|thead|tbody|tr|td|th|h[1-6])\b[^<>]*?/?>",
    re.IGNORECASE,
)
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_RULE = re.compile(r"^\s*([-*_])(?:\s*\1){2,}\s*$")
_BULLET = re.compile(r"^\s*(?:[-*+•·▪◼●◦‣−–]\s+|-(?=[^\W\d_]))")
_BOLD = re.compile(r"\*\*(.+?)\*\*")
_MD_BOLD = re.compile(r"(?<!\w)__(?=\S)(.+?)(?<=\S)__(?!\w)")
_MD_NUMBERED = re.compile(r"^\s*\d{1,3}[.)]\s+")
_ITALIC = re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")
_PIPE_ROW = re.compile(r"^\s*\|(.*)\|\s*$")
_PIPE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_FENCE = re.compile(r"^\s*(```|~~~)")


def parse(data: bytes, markdown: bool = False) -> list[Part]:
    """Parse a text (or, with markdown=True, Markdown) file's bytes into Parts; raise ParseError if it is not text."""
    rendered = structure.render(lines(decode(data), markdown=markdown))
    if not rendered:
        raise ParseError("the file is empty")
    return [
        Part(pages=(Page(number=None, text=meeting.text),), hints=meeting.hints)
        for meeting in issue_meetings.split(rendered)
    ]


def is_binary(data: bytes) -> bool:
    """Does this look like binary data rather than text (NUL bytes, or many control or undecodable characters)?"""
    sample = data[:65536]
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False  # UTF-16 text has NUL bytes of its own
    if b"\x00" in sample:
        return True
    text = _decode_lenient(sample)
    bad = sum(1 for ch in text if ch == "\ufffd" or (unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f"))
    return bad > max(8, len(text) // 50)


def decode(data: bytes) -> str:
    """The file's text: UTF-8 (UTF-16 with a byte-order mark), else Windows-1252; ParseError if binary or empty."""
    if not data.strip():
        raise ParseError("the file is empty")
    if is_binary(data):
        raise ParseError("not a text file (binary content)")
    text = _decode_lenient(data)
    if not structure.normalize(text):
        raise ParseError("the file is empty")
    return text


def _decode_lenient(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        if e.start >= len(data) - 3:  # a character cut in two where a sample ends
            return data[: e.start].decode("utf-8-sig")
        return data.decode("cp1252", errors="replace")


def lines(text: str, markdown: bool = False) -> list[structure.Line]:
    """The text's lines as structured lines: markup dropped, headings, list items and tab-separated rows kept."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _TAG.search(text):
        text = html.unescape(_TAG.sub(_tag_break, text))
    out: list[structure.Line] = []
    pending: list[str] = []  # Markdown: the lines of the paragraph being gathered

    def flush() -> None:
        """Close the Markdown paragraph being gathered."""
        if pending:
            out.append(_line(" ".join(pending), markdown))
            pending.clear()

    in_fence = False
    for raw in text.split("\n"):
        if markdown and _FENCE.match(raw):
            in_fence = not in_fence
            flush()
            continue
        line = raw.rstrip()
        if not structure.normalize(line) or _RULE.match(line) or (markdown and _PIPE_RULE.match(line)):
            flush()
            continue
        if in_fence:  # code keeps its lines as they are
            out.append(structure.paragraph(line))
            continue
        structured = _line(line, markdown)
        if markdown and structured.kind == structure.PARAGRAPH:
            pending.append(line)
            continue
        flush()
        out.append(structured)
    flush()
    return out


def _tag_break(match: re.Match[str]) -> str:
    """What an HTML tag leaves behind in text: a list item marker, a line or paragraph break, a cell gap, or nothing."""
    closing, name = match.group(1), match.group(2).lower()
    if name == "li":
        return "\n" if closing else "\n- "
    if name in ("p", "table"):
        return "\n\n"
    if name in ("br", "ul", "ol", "div", "tr", "thead", "tbody") or name[0] == "h":
        return "\n"
    if name in ("td", "th"):
        return "\t" if closing else ""
    return ""


def _line(line: str, markdown: bool = False) -> structure.Line:
    line = _strip_emphasis(line, markdown)
    if heading := _HEADING.match(line):
        return structure.heading(heading.group(2), len(heading.group(1)))
    if markdown and (pipe := _PIPE_ROW.match(line)):
        return structure.row(cell.strip() for cell in pipe.group(1).split("|"))
    if "\t" in line.strip():
        return structure.row(cell for cell in line.strip().split("\t") if cell.strip())
    if bullet := _BULLET.match(line):
        return structure.item(line[bullet.end() :])
    if markdown and _MD_NUMBERED.match(line):
        return structure.item(line)  # Markdown list syntax; the number stays as the item's marker
    if moderngov.is_section_label(line):
        return structure.heading(line, 2)
    return structure.paragraph(line)


def _strip_emphasis(line: str, markdown: bool) -> str:
    """Bold and italic markers (and, in Markdown, link syntax) are markup, not words."""
    line = _BOLD.sub(r"\1", line).replace("**", "")
    line = _ITALIC.sub(r"\1", line)
    if markdown:
        line = _LINK.sub(r"\1", _MD_BOLD.sub(r"\1", line))
    return line
