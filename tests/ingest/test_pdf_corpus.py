"""Hard and broken PDFs from the pdf.js and pypdf test corpora (tests/ingest/pdf_corpus/SOURCES.md): each is read
or skipped with its one-line reason, as expected.tsv records; a truncated copy of each readable one is too; none
crashes or hangs, and the PDF library's warnings come out as one line naming the file."""
from __future__ import annotations

import logging
from pathlib import Path

import pytest

from ingest.formats import ParseError, parse_file

pytestmark = pytest.mark.reliability  # issue #14's reliability suite: ./test.sh -m reliability

CORPUS = Path(__file__).resolve().parent / "pdf_corpus"
EXPECTED = dict(line.split("\t", 1) for line in (CORPUS / "expected.tsv").read_text(encoding="utf-8").splitlines())
REASONS = ("not a readable PDF", "the PDF has no text layer", "the PDF is encrypted", "the file is empty",
           "the PDF has ", "reading the PDF took over")


def _outcome(name: str, data: bytes) -> str:
    try:
        parts = parse_file(Path(name), data)
    except ParseError as e:
        reason = str(e)
        assert "\n" not in reason and reason.startswith(REASONS), reason
        return reason
    assert parts and all(p.text.strip() for p in parts)
    return "ok"


def test_the_corpus_is_big_enough_and_every_file_has_an_expectation():
    pdfs = sorted(p.name for p in CORPUS.glob("*.pdf"))
    assert len(pdfs) >= 50 and set(pdfs) == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_file_is_read_or_skipped_with_its_reason(name: str):
    assert _outcome(name, (CORPUS / name).read_bytes()) == EXPECTED[name]


@pytest.mark.parametrize("name", sorted(n for n, e in EXPECTED.items() if e == "ok"))
def test_a_truncated_copy_is_read_or_skipped_never_a_crash(name: str):
    data = (CORPUS / name).read_bytes()
    for cut in (len(data) // 2, len(data) - 200):
        _outcome(name, data[:cut])


def test_library_warnings_are_one_line_naming_the_file(caplog):
    noisy = next(n for n, e in EXPECTED.items() if e == "ok" and n.startswith("pdfjs-"))
    data = (CORPUS / noisy).read_bytes()
    damaged = data.replace(b"startxref", b"startxreF")  # pypdf warns and rebuilds the cross-reference table
    with caplog.at_level(logging.WARNING):
        try:
            parse_file(Path("damaged minutes.pdf"), damaged)
        except ParseError:
            pass
    ours = [r for r in caplog.records if r.name == "clerk.ingest"]
    assert not [r for r in caplog.records if r.name.startswith("pypdf")]
    assert len(ours) <= 1 and all(r.getMessage().startswith("damaged minutes.pdf: ") for r in ours)
