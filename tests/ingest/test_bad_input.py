"""Bad input: every unreadable file raises ParseError with a one-line reason, never another exception."""
from __future__ import annotations

import io
import random
from pathlib import Path

import docx
import pytest
from pypdf import PdfWriter

from ingest.formats import SUPPORTED_SUFFIXES, ParseError, UnsupportedFormat, parse_file
from tests.ingest.pdf_samples import Text, text_pdf

SAMPLE_PDF = text_pdf([[Text(f"Line {n} of a sample committee report.", 780 - 14 * n) for n in range(40)]] * 3)


def _junk(size: int = 4000, seed: int = 7) -> bytes:
    return random.Random(seed).randbytes(size)


def _parse_error(name: str, data: bytes) -> ParseError:
    """Parse, expecting a ParseError whose message is one non-empty line."""
    with pytest.raises(ParseError) as caught:
        parse_file(Path(name), data)
    message = str(caught.value)
    assert message and "\n" not in message and "\r" not in message
    return caught.value


def _writer_bytes(writer: PdfWriter) -> bytes:
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_the_sample_pdf_itself_parses() -> None:
    (part,) = parse_file(Path("sample.pdf"), SAMPLE_PDF)
    assert [p.number for p in part.pages] == [1, 2, 3]


def test_truncated_pdf() -> None:
    error = _parse_error("report.pdf", SAMPLE_PDF[: len(SAMPLE_PDF) // 2])
    assert str(error).startswith("not a readable PDF")


def test_truncated_real_pdf(ofsted_reports: Path) -> None:
    data = next(iter(sorted(ofsted_reports.glob("*.pdf")))).read_bytes()
    assert str(_parse_error("report.pdf", data[: len(data) // 2])).startswith("not a readable PDF")


@pytest.mark.parametrize("data", [b"this is not a PDF", b"%PDF-1.7\n" + _junk(), _junk()])
def test_corrupt_bytes_named_pdf(data: bytes) -> None:
    assert str(_parse_error("report.pdf", data)).startswith("not a readable PDF")


def test_encrypted_pdf() -> None:
    writer = PdfWriter(clone_from=io.BytesIO(SAMPLE_PDF))
    writer.encrypt("secret")
    assert str(_parse_error("report.pdf", _writer_bytes(writer))) == "the PDF is encrypted with a password"


def test_pdf_encrypted_with_an_empty_user_password_is_read() -> None:
    writer = PdfWriter(clone_from=io.BytesIO(SAMPLE_PDF))
    writer.encrypt(user_password="", owner_password="owner")
    (part,) = parse_file(Path("report.pdf"), _writer_bytes(writer))
    assert "Line 1 of a sample committee report." in part.text


def test_pdf_without_a_text_layer() -> None:
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    writer.add_blank_page(width=595, height=842)
    assert str(_parse_error("scan.pdf", _writer_bytes(writer))) == (
        "the PDF has no text layer (scanned?); OCR is not supported"
    )


@pytest.mark.parametrize("suffix", sorted(SUPPORTED_SUFFIXES))
@pytest.mark.parametrize("data", [b"", b"   \n\t\n"])
def test_empty_file(suffix: str, data: bytes) -> None:
    assert str(_parse_error(f"empty{suffix}", data)) == "the file is empty"


@pytest.mark.parametrize("data", [_junk(), b"Looks like text\x00\x00\x00\x01\x02 then NULs", bytes(range(256)) * 8])
def test_binary_junk_named_txt(data: bytes) -> None:
    assert str(_parse_error("minutes.txt", data)) == "not a text file (binary content)"


def test_binary_junk_named_html() -> None:
    assert str(_parse_error("page.html", _junk())) == "not an HTML file (binary content)"


@pytest.mark.parametrize(("name", "suffix"), [("budget.xlsx", ".xlsx"), ("REPORT.DOC", ".doc"), ("notes", "notes")])
def test_unsupported_extension(name: str, suffix: str) -> None:
    error = _parse_error(name, b"PK\x03\x04 some bytes")
    assert isinstance(error, UnsupportedFormat)
    assert str(error) == f"unsupported file type '{suffix}'"


def test_suffixes_are_case_insensitive() -> None:
    (part,) = parse_file(Path("REPORT.PDF"), SAMPLE_PDF)
    assert part.pages[0].text.startswith("Line 0 of a sample committee report.")


@pytest.mark.parametrize(
    "data",
    [
        b"<?xml version='1.0'?><feed><entry>Not a meeting</entry></feed>",
        b"<meeting><meetingdate>01/01/2024</meetingdate></meeting>",  # a meeting element, but no agenda items
    ],
)
def test_xml_that_is_not_getmeeting(data: bytes) -> None:
    assert str(_parse_error("meeting.xml", data)) == "not a ModernGov GetMeeting XML document"


@pytest.mark.parametrize("data", [b"<meeting><agendaitems>", b"not xml at all", _junk()])
def test_malformed_xml(data: bytes) -> None:
    assert str(_parse_error("meeting.xml", data)).startswith("not well-formed XML")


def test_corrupt_docx(tmp_path: Path) -> None:
    path = tmp_path / "good.docx"
    document = docx.Document()
    document.add_paragraph("Some text.")
    document.save(path)
    good = path.read_bytes()
    for data in (b"PK\x03\x04 not really a zip", _junk(), good[: len(good) // 2]):
        assert str(_parse_error("report.docx", data)).startswith("not a readable DOCX file")


def test_zip_that_is_not_a_word_document(tmp_path: Path) -> None:
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("hello.txt", "hello")
    assert str(_parse_error("report.docx", out.getvalue())).startswith("not a readable DOCX file")


def test_html_with_nothing_to_read() -> None:
    page = b"<html><head><title>x</title><script>var a;</script></head><body><nav>Home</nav></body></html>"
    assert str(_parse_error("page.html", page)) == "the HTML page has no text"
