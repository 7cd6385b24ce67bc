"""Bounds on what one file may cost to read, checked before the work: a ZIP-based file's declared sizes (a DOCX
"zip bomb" inflates a few MB into gigabytes), a PDF's pages and reading time. Hitting one is a one-line ParseError,
and the batch goes on."""
from __future__ import annotations

import io
import time
import zipfile

from ingest.formats import ParseError

MAX_MEMBER_BYTES = 64 * 1024 * 1024  # one part of a DOCX, inflated (document.xml of a 500-page report is ~10 MB)
MAX_TOTAL_BYTES = 256 * 1024 * 1024
MAX_MEMBERS = 5_000
MAX_RATIO = 200  # inflated / compressed, for a part over 1 MB (text XML compresses 5-20x; bombs 1000x)
MAX_MARKUP_TAGS = 500_000  # tags in an HTML or XML file (a 500-page report as HTML has ~50,000; parsing costs ~2 KB a tag)
MAX_PDF_PAGES = 3_000
PDF_SECONDS = 120.0  # reading one PDF's pages


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):,.0f} MB" if n >= 1024 * 1024 else f"{n / 1024:,.0f} KB"


def check_zip(data: bytes, what: str) -> None:
    """Refuse a ZIP-based file whose parts would inflate past the limits (from the sizes its directory declares,
    which bound what Python's zipfile will inflate)."""
    try:
        infos = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as e:
        raise ParseError(f"not a readable {what} file: {e or type(e).__name__}") from e
    if len(infos) > MAX_MEMBERS:
        raise ParseError(f"the {what} has {len(infos):,} parts (limit {MAX_MEMBERS:,}); not read")
    total = sum(i.file_size for i in infos)
    if total > MAX_TOTAL_BYTES:
        raise ParseError(f"the {what} would inflate to {_mb(total)} (limit {_mb(MAX_TOTAL_BYTES)}); not read")
    for i in infos:
        if i.file_size > MAX_MEMBER_BYTES:
            raise ParseError(f"the {what}'s {i.filename} would inflate to {_mb(i.file_size)} "
                             f"(limit {_mb(MAX_MEMBER_BYTES)}); not read")
        if i.file_size > 1024 * 1024 and i.file_size > MAX_RATIO * max(i.compress_size, 1):
            raise ParseError(f"the {what}'s {i.filename} is compressed {i.file_size // max(i.compress_size, 1):,} "
                             f"to 1 (limit {MAX_RATIO}); not read")


def check_markup(data: bytes, what: str) -> None:
    """Refuse an HTML or XML file with more tags than a parser should build a tree of (counted before parsing:
    every element opens with '<')."""
    tags = data.count(b"<")
    if tags > MAX_MARKUP_TAGS:
        raise ParseError(f"the {what} has {tags:,} tags (limit {MAX_MARKUP_TAGS:,}); not read")


class Budget:
    """A PDF's reading budget: at most `pages` pages and `seconds` of work, checked page by page."""

    def __init__(self, pages: int = MAX_PDF_PAGES, seconds: float = PDF_SECONDS) -> None:
        self.pages, self.seconds = pages, seconds
        self._started = time.monotonic()

    def check_pages(self, count: int) -> None:
        """Refuse a PDF with more pages than the budget."""
        if count > self.pages:
            raise ParseError(f"the PDF has {count:,} pages (limit {self.pages:,}); not read")

    def check_time(self, done: int) -> None:
        """Refuse a PDF whose reading has run past the budget, after `done` pages."""
        if time.monotonic() - self._started > self.seconds:
            raise ParseError(f"reading the PDF took over {self.seconds:.0f} s ({done} pages read); not read")
