"""Word documents (.docx) -> one Part of structured text: paragraphs, headings, list items, tables, in order."""
from __future__ import annotations

import io
import re
import zipfile

import docx
from docx.document import Document as WordDocument
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml import etree

from ingest.formats import ParseError, structure
from ingest.formats.limits import check_zip
from ingest.records import Page, Part

_HEADING_STYLE = re.compile(r"^heading\s*([1-9])$", re.IGNORECASE)
_LIST_STYLE = re.compile(r"\blist\b", re.IGNORECASE)


def parse(data: bytes) -> list[Part]:
    """Parse a .docx file's bytes into one Part; raise ParseError if it is not a readable Word document."""
    if not data.strip():
        raise ParseError("the file is empty")
    check_zip(data, "DOCX")
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, etree.XMLSyntaxError) as e:
        raise ParseError(f"not a readable DOCX file: {e or type(e).__name__}") from e
    text = structure.render(_lines(document))
    if not text:
        raise ParseError("the document has no text")
    return [Part(pages=(Page(number=None, text=text),))]


def _lines(document: WordDocument) -> list[structure.Line]:
    """The body's paragraphs and tables in document order (headers and footers are page furniture)."""
    out: list[structure.Line] = []
    for element in document.element.body.iterchildren():
        if element.tag == qn("w:p"):
            if line := _paragraph(Paragraph(element, document)):
                out.append(line)
        elif element.tag == qn("w:tbl"):
            out.extend(_table(Table(element, document)))
    return out


def _paragraph(paragraph: Paragraph) -> structure.Line | None:
    text = paragraph.text
    if not structure.normalize(text):
        return None
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    if heading := _HEADING_STYLE.match(style):
        return structure.heading(text, int(heading.group(1)))
    if style.lower() == "title":
        return structure.heading(text, 1)
    if _LIST_STYLE.search(style) or _numbered(paragraph):
        return structure.item(text)
    if "\t" in text.strip():  # tab stops laying out label and value, as in a report's cover sheet
        return structure.row(cell for cell in text.strip().split("\t") if cell.strip())
    return structure.paragraph(text)


def _numbered(paragraph: Paragraph) -> bool:
    """Is the paragraph in a Word bullet or numbered list (its own numbering, not inherited from a heading style)?"""
    properties = paragraph._p.pPr
    return properties is not None and properties.numPr is not None


def _table(table: Table) -> list[structure.Line]:
    rows = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue  # a merged cell is listed once per grid column it spans
            seen.add(id(cell._tc))
            cells.append(cell.text)
        if any(structure.normalize(c) for c in cells):
            rows.append(structure.row(cells))
    return rows
