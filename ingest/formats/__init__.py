"""Format parsers: a file's bytes -> `Part`s of structured plain text, chosen by the file's suffix."""
from __future__ import annotations

import importlib
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ingest.records import Part


class ParseError(Exception):
    """A file that cannot be read as its format; str(e) is a one-line reason for a person."""

    def __init__(self, reason: str) -> None:
        super().__init__(" ".join(str(reason).split()))  # one line, whatever a library put in it


class UnsupportedFormat(ParseError):
    """A file whose type has no parser."""


# suffix -> the module in this package that parses it
_PARSERS = {
    ".pdf": "pdf",
    ".html": "html",
    ".htm": "html",
    ".xml": "moderngov_xml",
    ".txt": "text",
    ".md": "text",
    ".docx": "docx",
}
SUPPORTED_SUFFIXES: frozenset[str] = frozenset(_PARSERS)


log = logging.getLogger("clerk.ingest")


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(" ".join(record.getMessage().split()))


@contextmanager
def _library_warnings(name: str) -> Iterator[None]:
    """The PDF library's warnings while one file is read, logged as one line that names the file (they named none:
    "Ignoring wrong pointing object 6 0 (offset 0)")."""
    library = logging.getLogger("pypdf")
    collect, propagate = _Collect(), library.propagate
    library.addHandler(collect)
    library.propagate = False
    try:
        yield
    finally:
        library.removeHandler(collect)
        library.propagate = propagate
        if collect.messages:
            more = f" (and {len(collect.messages) - 1} more)" if len(collect.messages) > 1 else ""
            log.warning("%s: read despite damage: %s%s", name, collect.messages[0][:200], more)


def parse_file(path: Path, data: bytes) -> list[Part]:
    """Parse a file's bytes into one or more Parts; raise ParseError with a one-line reason."""
    suffix = Path(path).suffix.lower()
    if suffix not in _PARSERS:
        raise UnsupportedFormat(f"unsupported file type '{suffix or Path(path).name}'")
    # imported on first use, so reading text files never loads the PDF or DOCX libraries
    module = importlib.import_module(f"{__name__}.{_PARSERS[suffix]}")
    try:
        with _library_warnings(Path(path).name):
            if suffix in (".txt", ".md"):
                return module.parse(data, markdown=suffix == ".md")
            return module.parse(data)
    except ParseError:
        raise
    except Exception as e:  # a parser bug or a library failure on odd input is still a file we could not read
        raise ParseError(f"could not read the {suffix} file: {type(e).__name__}: {e}") from e
