"""Encrypted PDFs: one with an empty user password (common: 'protected' against editing only) opens and is read;
one that needs a password is refused in one line."""
from __future__ import annotations

import io

import pytest
from pypdf import PdfReader, PdfWriter

from ingest.formats import ParseError, pdf
from tests.ingest.pdf_samples import Text, text_pdf

pytestmark = pytest.mark.reliability  # issue #14's reliability suite: ./test.sh -m reliability


def _encrypted(user_password: str, algorithm: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(text_pdf([[Text("Minutes of the Licensing Committee", 760),
                                                                    Text("The Committee granted the licence.", 730)]]))))
    writer.encrypt(user_password=user_password, owner_password="owner-secret", algorithm=algorithm)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize("algorithm", ["RC4-128", "AES-128", "AES-256"])
def test_a_pdf_with_an_empty_user_password_is_read(algorithm: str):
    (part,) = pdf.parse(_encrypted("", algorithm))
    assert "granted the licence" in part.pages[0].text


def test_a_pdf_that_needs_a_password_is_refused_in_one_line():
    with pytest.raises(ParseError) as refused:
        pdf.parse(_encrypted("let-me-in", "AES-256"))
    assert str(refused.value) == "the PDF is encrypted with a password"
