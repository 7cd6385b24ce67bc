"""Text and Markdown parsing: the five real seed papers (from ../shared) and files written here."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from ingest.formats import parse_file, text
from ingest.records import Part


def _parse(seeds: Path, prefix: str) -> list[Part]:
    (path,) = seeds.glob(f"{prefix}_*.txt")
    return parse_file(path, path.read_bytes())


def _words(s: str) -> str:
    return " ".join(s.split())


def _content(line: str) -> str:
    """A structured line's words, without its heading or list mark."""
    return re.sub(r"^(#+ |- )", "", line)


@pytest.mark.parametrize("prefix", ["000", "001", "003", "004"])
def test_seed_lines_are_verbatim_from_the_source(seeds: Path, prefix: str) -> None:
    (path,) = seeds.glob(f"{prefix}_*.txt")
    source = _words(path.read_text(encoding="utf-8"))
    for part in parse_file(path, path.read_bytes()):
        for line in part.text.split("\n"):
            for cell in _content(line).split("\t"):
                assert _words(cell) in source, cell


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_seed_structure_is_clean(seeds: Path, prefix: str) -> None:
    for part in _parse(seeds, prefix):
        assert len(part.pages) == 1 and part.pages[0].number is None
        assert "\n\n\n" not in part.text and part.text == part.text.strip()
        for line in part.text.split("\n"):
            assert line == line.strip(), line
            assert "\u00a0" not in line and "  " not in line


def test_seed_002_markup_is_dropped_and_structure_kept(seeds: Path) -> None:
    (part,) = _parse(seeds, "002")
    body = part.text
    for markup in ("<b>", "</b>", "<li>", "<ul", "</ul>", "**"):
        assert markup not in body
    lines = body.split("\n")
    assert lines[0] == "REPORT TO:\tChildren and Young People Scrutiny Sub-Committee 19 September 2017"
    assert "AGENDA ITEM:\t6" in lines
    assert "RECOMMENDATIONS\tMembers are invited to:" in lines
    recommendations = [line for line in lines if line.startswith("- i) Note that")]
    assert len(recommendations) == 2  # in the cover sheet and again in section 6
    assert recommendations[0].startswith(
        "- i) Note that the Scrutiny and Overview Committee, at its meeting on 5 September 2017, agreed to lead"
    )
    assert (
        "- iv) Note that a programme of 'deep dives' will be developed by the Improvement Board and agree that the "
        "work programme for the Sub- Committee be amended to enable Scrutiny involvement in those 'deep dives' when "
        "it is becomes available."
    ) in lines
    assert "## 1. Executive Summary" in lines and "## 6. RECOMMENDATIONS" in lines
    assert "- ii. The experiences, wishes and feelings of children and young people" in lines  # indented item
    assert "1. Children who need help and protection\tInadequate" in lines
    assert "2.2 Experiences and progress of care leavers\tRequires Improvement" in lines
    vision = "- The vision; the council's current strategic vision for children's services; 'Children and young"
    assert any(line.startswith(vision) for line in lines)  # *'...'* emphasis dropped
    assert "---" not in lines


def test_seed_003_is_two_meetings(seeds: Path) -> None:
    parts = _parse(seeds, "003")
    assert [p.hints for p in parts] == [
        {
            "committee": "Overview & Scrutiny Committee",
            "meeting_date": "2017-11-23",
            "item": "Item 9",
            "title": "Children’s Services Improvement- progress report",
            "kind": "minutes",
        },
        {
            "committee": "Overview & Scrutiny Committee",
            "meeting_date": "2017-09-14",
            "item": "Item 8",
            "title": "Children’s Services Improvement- progress report",
            "kind": "minutes",
        },
    ]
    first, second = (p.text for p in parts)
    assert "Meeting: 23/11/2017 - Overview & Scrutiny Committee (Item 9)" in first
    assert "view the full minutes text for item 9" in first and "item 8" not in first
    assert second.split("\n\n")[2] == "Meeting: 14/09/2017 - Overview & Scrutiny Committee (Item 8)"
    assert "view the full minutes text for item 8" in second and "Quarter 2" not in second
    # "·" bullets become list items
    assert (
        "- Whilst Ofsted feel LBTH are ambitious with the initial targets the longer term aim is for an outstanding "
        "service;"
    ) in second.split("\n")


def test_seed_000_bullets_labels_and_blank_lines(seeds: Path) -> None:
    (part,) = _parse(seeds, "000")
    lines = part.text.split("\n")
    assert part.hints == {}
    assert "- Reaffirmation of Management standards" in lines  # "-Reaffirmation" in the source
    assert "## Minutes:" in lines and lines[-1] == "## Supporting documents:"
    assert lines[:3] == ["Agenda item", "", "Children's Services Improvement Arrangements"]


def test_seed_004_numbered_paragraphs_are_single_lines(seeds: Path) -> None:
    (part,) = _parse(seeds, "004")
    paragraphs = part.text.split("\n\n")
    numbered = [p for p in paragraphs if re.match(r"27\.\d+ ", p)]
    assert [p.split(" ")[0] for p in numbered] == [f"27.{n}" for n in range(1, 22)]
    assert any(p.startswith("27.8 Support for 16- and 17-year-olds presenting as homeless") for p in numbered)
    assert (
        "7. Will continue to monitor levels of unallocated cases, recognising the negative impact this has on children "
        "and young people."
    ) in paragraphs


def test_seed_001_keeps_one_paragraph_per_line(seeds: Path) -> None:
    (part,) = _parse(seeds, "001")
    (path,) = seeds.glob("001_*.txt")
    source_lines = [line for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]
    assert len(part.text.split("\n\n")) == len(source_lines)


# Files written here: no ../shared needed.


def test_windows_1252_text_is_decoded() -> None:
    data = "Children\u2019s services \u2013 caf\u00e9".encode("cp1252")
    (part,) = parse_file(Path("notes.txt"), data)
    assert part.text == "Children’s services – café"


def test_utf8_bom_crlf_and_nbsp_only_lines() -> None:
    data = "\ufeffFirst line\r\n\u00a0\r\n \t \r\nSecond line\r\n".encode("utf-8")
    (part,) = text.parse(data)
    assert part.text == "First line\n\nSecond line"


def test_text_lines_are_not_joined_but_markdown_lines_are() -> None:
    data = b"A paragraph that was\nwrapped by hand.\n\n## **Heading**\n\n* one\n* two\n\n1. first\n2. second\n"
    (plain,) = parse_file(Path("a.txt"), data)
    assert plain.text == (
        "A paragraph that was\n\nwrapped by hand.\n\n## Heading\n\n- one\n- two\n\n1. first\n\n2. second"
    )
    (md,) = parse_file(Path("a.md"), data)
    # list items sit on adjacent lines, so two lists in a row read as one
    assert md.text == "A paragraph that was wrapped by hand.\n\n## Heading\n\n- one\n- two\n- 1. first\n- 2. second"


def test_markdown_links_emphasis_tables_and_rules() -> None:
    data = (
        b"# Report\n\nSee *the plan* and [the minutes](https://example.org/m.pdf) for __details__.\n\n---\n\n"
        b"| Judgement | Grade |\n|---|:---:|\n| Overall effectiveness | Good |\n"
    )
    (part,) = parse_file(Path("r.md"), data)
    assert part.text == (
        "# Report\n\nSee the plan and the minutes for details.\n\nJudgement\tGrade\nOverall effectiveness\tGood"
    )


def test_unknown_angle_brackets_are_text_not_tags() -> None:
    (part,) = text.parse(b"Children aged <5 years and a < b > c stay as written.")
    assert part.text == "Children aged <5 years and a < b > c stay as written."


def test_html_leftovers_in_text() -> None:
    data = b"<p>Intro &amp; summary</p><ul><li>i) First</li><li>ii) Second</li></ul><b>Total</b>\t<b>3</b><br>End"
    (part,) = text.parse(data)
    assert part.text == "Intro & summary\n\n- i) First\n- ii) Second\n\nTotal\t3\n\nEnd"
