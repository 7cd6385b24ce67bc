"""PDF parsing: real Ofsted reports (from ../shared) and PDFs built here, checked for layout and verbatim text."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from ingest.formats import parse_file, pdf
from ingest.records import Part
from tests.ingest.pdf_samples import Text, text_pdf

MERTON = "80510_merton__childrens_services_inspection_-_27_august_2025.pdf"
GRADES = ("Outstanding", "Good", "Requires improvement to be good", "Inadequate")


def _report(ofsted_reports: Path, name: str) -> Part:
    path = ofsted_reports / name
    parts = parse_file(path, path.read_bytes())
    assert len(parts) == 1
    return parts[0]


def _lines(text: str) -> list[str]:
    return text.split("\n")


@pytest.fixture(scope="module")
def merton(ofsted_reports: Path) -> Part:
    return _report(ofsted_reports, MERTON)


def test_merton_has_one_page_per_pdf_page_numbered_from_one(merton: Part, ofsted_reports: Path) -> None:
    count = len(PdfReader(ofsted_reports / MERTON).pages)
    assert [p.number for p in merton.pages] == list(range(1, count + 1))
    assert all(p.text.strip() for p in merton.pages)


def test_merton_judgement_table_is_kept_whole_as_rows(merton: Part) -> None:
    rows = [line for line in _lines(merton.pages[0].text) if "\t" in line]
    assert rows == [
        "Judgement\tGrade",
        "The impact of leaders on social work practice with children and families\tOutstanding",
        "The experiences and progress of children who need help and protection\tGood",
        "The experiences and progress of children in care\tOutstanding",
        "The experiences and progress of care leavers\tOutstanding",
        "Overall effectiveness\tOutstanding",
    ]


def test_merton_running_headers_and_footers_are_gone(merton: Part) -> None:
    for page in merton.pages[1:]:
        assert "Inspection of Merton local authority children’s services" not in page.text
    for page in merton.pages:
        assert not re.search(r"14 to 18 July 2025 \d+", page.text)
    # the title on the first page is content, not a running header
    assert _lines(merton.pages[0].text)[0] == "# Inspection of Merton local authority children’s services"


def test_merton_numbered_paragraph_is_one_line(merton: Part) -> None:
    lines = _lines(merton.pages[1].text)
    second = [line for line in lines if line.startswith("2. When children are referred into the multi-agency")]
    assert len(second) == 1
    assert second[0].startswith(
        "2. When children are referred into the multi-agency safeguarding hub (MASH), social workers and managers "
        "ensure there is a swift and proportionate response"
    )
    assert second[0].endswith("to alleviate reliance on managers’ individual manual processes.")
    assert "3. When concerns arise out of office hours" not in second[0]


def test_merton_paragraphs_are_separated_by_one_blank_line(merton: Part) -> None:
    for page in merton.pages:
        assert "\n\n\n" not in page.text
        assert page.text == page.text.strip()
        assert not any(line.strip() == "" and line for line in _lines(page.text))


def test_merton_headings_and_bullets(merton: Part) -> None:
    page2 = _lines(merton.pages[1].text)
    assert "## What needs to improve?1" in page2  # the footnote marker is left in place
    assert "## The experiences and progress of children who need help and protection: good" in page2
    assert (
        "- Escalation and action for the small number of children whose circumstances are not improving "
        "quickly enough. (Outcome Three, National Framework)"
    ) in page2
    headings = [line for page in merton.pages for line in _lines(page.text) if line.startswith("## ")]
    assert "## The impact of leaders on social work practice with children and families: outstanding" in headings


def test_merton_line_end_hyphens_join_without_a_space(merton: Part) -> None:
    text = merton.text
    assert "Early help plans following step-down from statutory support" in text
    assert "supporting effective decision-making and safety planning" in text
    assert "step- down" not in text and "decision- making" not in text


def test_merton_text_is_verbatim_to_pypdf_words(merton: Part, ofsted_reports: Path) -> None:
    """Apart from dropped headers and added structure marks, the characters are pypdf's, in pypdf's order."""
    reader = PdfReader(ofsted_reports / MERTON)
    for number in range(3, 10):
        raw = reader.pages[number - 1].extract_text()
        raw = raw.replace("Inspection of Merton local authority children’s services", "")
        raw = re.sub(r"14 to 18 July 2025 \d+", "", raw)
        ours = re.sub(r"^(#+ |- )", "", merton.pages[number - 1].text, flags=re.MULTILINE)
        assert "".join(ours.split()) == "".join(raw.replace("◼", "").split()), number


@pytest.mark.parametrize(
    ("name", "row"),
    [
        (
            "80492_croydon",
            "The experiences and progress of children who need help and protection\tRequires improvement to be good",
        ),
        ("80492_croydon", "Overall effectiveness\tGood"),
        ("2532283_dorset", "The experiences and progress of care leavers\tGood"),
        # the label wraps just before the grade column here: still one row
        ("80418_norfolk", "The experiences and progress of children in care\tOutstanding"),
    ],
)
def test_judgement_rows_of_other_reports(ofsted_reports: Path, name: str, row: str) -> None:
    (path,) = ofsted_reports.glob(f"{name}_*.pdf")  # all three are in the demo corpus too
    part = _report(ofsted_reports, path.name)
    assert row in _lines(part.pages[0].text)


def test_norfolk_bullet_and_footnote(ofsted_reports: Path) -> None:
    (path,) = ofsted_reports.glob("80418_norfolk_*.pdf")
    page2 = _lines(_report(ofsted_reports, path.name).pages[1].text)
    assert (
        "- Stronger recognition and consideration of young carers who receive statutory services, building on "
        "existing community support. (outcome 1, national framework)"
    ) in page2
    assert any(line.startswith("1 The areas for improvement have been cross-referenced") for line in page2)


@pytest.mark.slow
def test_every_ofsted_report_parses_with_its_judgement_table(all_ofsted_reports: Path) -> None:
    ofsted_reports = all_ofsted_reports
    paths = sorted(ofsted_reports.glob("*.pdf"))
    assert len(paths) == 123
    for path in paths:
        part = _report(ofsted_reports, path.name)
        assert [p.number for p in part.pages] == list(range(1, len(part.pages) + 1)), path.name
        first = _lines(part.pages[0].text)
        assert "Judgement\tGrade" in first, path.name
        grades = [line.split("\t")[1] for line in first if "\t" in line][1:]
        assert len(grades) >= 4 and all(g in GRADES for g in grades), (path.name, grades)
        for page in part.pages[1:]:
            assert "\t" not in page.text, (path.name, page.number)  # no table outside page 1
            assert not re.search(r"^Inspection of .* children’s services$", page.text, re.MULTILINE), path.name


# PDFs built here: no ../shared needed.


def _page(number: int, body: list[Text]) -> list[Text]:
    """A page with a running header and a page-numbered footer around its body."""
    header = Text("Borough Council - Cabinet report", 800, size=9)
    return [header, *body, Text(f"Page {number} of 3", 30, x=280, size=9)]


@pytest.fixture(scope="module")
def built() -> Part:
    page1 = _page(
        1,
        [
            Text("Children's Services Improvement", 740, size=18),
            Text("1. Purpose", 700, bold=True),
            Text("1.1 This report sets out the progress made on the improvement plan since the", 680),
            Text("inspection and the decision-", 666.8),
            Text("making arrangements agreed by the Cabinet.", 653.6),
            Text("1.2 The Cabinet is asked to note the report.", 640.4),
            Text("\u2022", 610),
            Text("Caseloads have fallen in every team.", 610, x=90),
            Text("\u2022", 596.8),
            Text("Agency staff numbers are down by a third since the last", 596.8, x=90),
            Text("report to the Cabinet.", 583.6, x=90),
            Text("Judgement", 540, bold=True),
            Text("Grade", 540, x=300, bold=True),
            Text("Children who need help and", 520),
            Text("Requires improvement to be good", 520, x=300),
            Text("protection", 506.8),
            Text("Overall effectiveness", 486),
            Text("Good", 486, x=300),
            Text("After the table, a paragraph.", 450),
        ],
    )
    page2 = _page(2, [Text("Second page text (with brackets).", 700)])
    page3 = _page(3, [Text("Third page text.", 700)])
    return pdf.parse(text_pdf([page1, page2, page3]))[0]


def test_built_pdf_layout(built: Part) -> None:
    assert [p.number for p in built.pages] == [1, 2, 3]
    assert built.pages[0].text == "\n".join(
        [
            "# Children's Services Improvement",
            "",
            "## 1. Purpose",
            "",
            "1.1 This report sets out the progress made on the improvement plan since the inspection and the "
            "decision-making arrangements agreed by the Cabinet.",
            "",
            "1.2 The Cabinet is asked to note the report.",
            "",
            "- Caseloads have fallen in every team.",
            "- Agency staff numbers are down by a third since the last report to the Cabinet.",
            "",
            "Judgement\tGrade",
            "Children who need help and protection\tRequires improvement to be good",
            "Overall effectiveness\tGood",
            "",
            "After the table, a paragraph.",
        ]
    )


def test_built_pdf_drops_repeated_header_and_numbered_footer(built: Part) -> None:
    assert built.pages[1].text == "Second page text (with brackets)."
    assert built.pages[2].text == "Third page text."
    assert "Borough Council" not in built.text and "Page " not in built.text


def test_hyphen_before_a_capital_is_kept_with_its_space() -> None:
    data = text_pdf([[Text("Support for 16- and 17-year-olds and for pre-", 700), Text("COVID cases.", 686.8)]])
    assert pdf.parse(data)[0].pages[0].text == "Support for 16- and 17-year-olds and for pre- COVID cases."


def test_short_line_ending_a_sentence_ends_the_paragraph() -> None:
    data = text_pdf(
        [
            [
                Text("The first paragraph runs right across the page to the margin and on", 700),
                Text("to a second line.", 686.8),
                Text("A new paragraph starts here without any extra space above it at all and", 673.6),
                Text("it continues.", 660.4),
            ]
        ]
    )
    assert pdf.parse(data)[0].pages[0].text == (
        "The first paragraph runs right across the page to the margin and on to a second line.\n\n"
        "A new paragraph starts here without any extra space above it at all and it continues."
    )


def test_numbered_paragraph_starts_a_new_paragraph_even_without_a_gap() -> None:
    data = text_pdf(
        [
            [
                Text("26. Leaders have developed services to improve fostering sufficiency across the", 700),
                Text("whole of the borough.", 686.8, x=97),
                Text("27. While most children live in stable, long-term homes with invested carers", 673.6),
            ]
        ]
    )
    assert pdf.parse(data)[0].pages[0].text.split("\n\n") == [
        "26. Leaders have developed services to improve fostering sufficiency across the whole of the borough.",
        "27. While most children live in stable, long-term homes with invested carers",
    ]
