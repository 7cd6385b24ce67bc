"""A citation's page is the page its quote is on, in the record, the answer JSON and the PDF link."""
from __future__ import annotations

from pathlib import Path

import pytest

from ingest.chunking import approx_tokens
from ingest.formats import parse_file
from ingest.pipeline import build_documents
from retrieval.pages import quote_offset
from retrieval.records import Answer, Citation, Filters, Hit
from retrieval.wire import answer_to_json, source_line

CROYDON = "ofsted-ilacs/inspection_reports/80492_croydon__childrens_services_inspection_-_03_december_2024.pdf"


@pytest.fixture(scope="module")
def spanning(demo_corpus: Path):
    """A passage of a real Ofsted report that runs from one page onto the next."""
    path = demo_corpus / CROYDON
    [built] = build_documents(parse_file(path, path.read_bytes()), "papers/croydon.pdf", "c" * 64, str(path), None,
                              approx_tokens)
    return next(c for c in built.chunks if c.page_breaks)


def _words(text: str, n: int) -> str:
    return " ".join(text.split()[:n])


def test_the_quote_offset_allows_any_whitespace_and_an_ellipsis():
    text = "The service\nhas improved.  Leaders   know it well."
    assert quote_offset(text, "Leaders know it") == text.index("Leaders")
    assert quote_offset(text, "service has … well") == text.index("service")
    assert quote_offset(text, "not there") is None


def test_a_quote_after_the_break_cites_the_later_page(spanning):
    at, page = spanning.page_breaks[0]
    before = Citation(1, spanning, _words(spanning.text, 8))
    after = Citation(2, spanning, "  \n".join(_words(spanning.text[at:], 10).split(" ")))
    assert before.page == spanning.page_start
    assert after.page == page > spanning.page_start
    assert Citation(3, spanning, "words that are not in the passage").page == spanning.page_start
    assert f"p. {page}" in source_line(after)


def test_the_answer_json_gives_the_quotes_page_and_links_the_pdf_there(spanning):
    at, page = spanning.page_breaks[0]
    quote = _words(spanning.text[at:], 12)
    answer = Answer("q", "It said so [1].", False, Filters(), (Citation(1, spanning, quote),),
                    (Hit(spanning, 0.5, 0.5),))
    [cited] = answer_to_json(answer)["citations"]
    assert cited["page"] == page
    assert cited["url"].endswith(f"/file#page={page}")
    [context] = answer_to_json(answer)["contexts"]
    assert context["page"] == spanning.page_start  # a context is the whole passage: its first page
