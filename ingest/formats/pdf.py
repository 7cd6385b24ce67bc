"""PDF files -> one Part with a Page per PDF page, its text laid out as paragraphs, headings, lists and tables."""
from __future__ import annotations

import io

from pypdf import PasswordType, PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

from ingest.formats import ParseError, pdf_layout, pdf_lines
from ingest.formats.limits import Budget
from ingest.formats.pdf_fonts import FontCache
from ingest.formats.pdf_spans import page_spans
from ingest.records import Page, Part


def parse(data: bytes) -> list[Part]:
    """Parse a PDF's bytes into one Part, one Page per page (numbered from 1); raise ParseError if unreadable."""
    reader = _open(data)
    budget = Budget()
    budget.check_pages(len(reader.pages))
    fonts = FontCache()
    pages: list[list[pdf_lines.Line]] = []
    try:
        for page in reader.pages:
            pages.append(pdf_lines.page_lines(page_spans(page, fonts)))
            budget.check_time(len(pages))
    except (FileNotDecryptedError, DependencyError) as e:
        raise ParseError("the PDF is encrypted") from e
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, AssertionError) as e:
        raise ParseError(f"not a readable PDF: page {len(pages) + 1}: {e or type(e).__name__}") from e
    if not pages:
        raise ParseError("not a readable PDF: it has no pages")
    if not any(pages):
        raise ParseError("the PDF has no text layer (scanned?); OCR is not supported")

    furniture = pdf_lines.furniture(pages)
    body = pdf_lines.body_size(pages)
    blocks = [pdf_layout.page_blocks(pdf_lines.drop_furniture(lines, furniture), body) for lines in pages]
    levels = pdf_layout.heading_levels((b for page in blocks for b in page), body)
    rendered = tuple(
        Page(number=number, text=pdf_layout.render(page, levels, body)) for number, page in enumerate(blocks, start=1)
    )
    if not any(page.text.strip() for page in rendered):  # marks on the page, but no words among them
        raise ParseError("the PDF has no text layer (scanned?); OCR is not supported")
    # No hints: a PDF's /Title is too often a template's leftover ("LA NAME - ... - INSPECTION DATE").
    return [Part(pages=rendered)]


def _open(data: bytes) -> PdfReader:
    if not data.strip():
        raise ParseError("the file is empty")
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED:
            raise ParseError("the PDF is encrypted with a password")
        len(reader.pages)  # reads the page tree, where a damaged file usually fails
    except ParseError:
        raise
    except DependencyError as e:
        raise ParseError(f"the PDF is encrypted in a way this install cannot open ({e})") from e
    except (FileNotDecryptedError, NotImplementedError) as e:
        raise ParseError("the PDF is encrypted") from e
    except Exception as e:  # pypdf raises many types (PdfReadError, ValueError, KeyError...) on damaged files
        raise ParseError(f"not a readable PDF: {e or type(e).__name__}") from e
    return reader
