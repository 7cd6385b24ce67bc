"""DOCX parsing on Word documents built here with python-docx."""
from __future__ import annotations

from pathlib import Path

import docx
import pytest

from ingest.formats import parse_file
from ingest.records import Part


@pytest.fixture
def report(tmp_path: Path) -> Part:
    document = docx.Document()
    document.add_heading("Children's Services Improvement", level=1)
    document.add_paragraph("REPORT TO:\tCabinet\t19 September 2017")
    document.add_heading("1. Executive Summary", level=2)
    paragraph = document.add_paragraph("The inspection took place between ")
    paragraph.add_run("19 June").bold = True
    paragraph.add_run(" and 14 July 2017.")
    document.add_paragraph("")  # an empty paragraph is spacing, not text
    document.add_paragraph("Caseloads have fallen.", style="List Bullet")
    document.add_paragraph("i) Note the report.", style="List Number")
    document.add_heading("Judgements", level=3)
    table = document.add_table(rows=3, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Judgement", "Grade"
    table.cell(1, 0).text, table.cell(1, 1).text = "Children who need help and protection", "Inadequate"
    merged = table.cell(2, 0).merge(table.cell(2, 1))
    merged.text = "Overall effectiveness: Inadequate"
    document.add_paragraph("After the table.")
    document.sections[0].header.paragraphs[0].text = "Borough Council - running header"
    path = tmp_path / "report.docx"
    document.save(path)
    (part,) = parse_file(path, path.read_bytes())
    return part


def test_docx_blocks_in_document_order(report: Part) -> None:
    assert report.text == "\n".join(
        [
            "# Children's Services Improvement",
            "",
            "REPORT TO:\tCabinet\t19 September 2017",
            "",
            "## 1. Executive Summary",
            "",
            "The inspection took place between 19 June and 14 July 2017.",
            "",
            "- Caseloads have fallen.",
            "- i) Note the report.",
            "",
            "### Judgements",
            "",
            "Judgement\tGrade",
            "Children who need help and protection\tInadequate",
            "Overall effectiveness: Inadequate",
            "",
            "After the table.",
        ]
    )


def test_docx_is_one_unpaged_part_without_header_text(report: Part) -> None:
    assert len(report.pages) == 1 and report.pages[0].number is None
    assert "running header" not in report.text
    assert report.hints == {}


def test_docx_with_no_text_is_an_error(tmp_path: Path) -> None:
    from ingest.formats import ParseError

    path = tmp_path / "empty.docx"
    docx.Document().save(path)
    with pytest.raises(ParseError, match="no text"):
        parse_file(path, path.read_bytes())
