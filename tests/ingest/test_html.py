"""HTML parsing: ModernGov pages built here (agenda item, issue meetings) and the real decision pages from ../shared."""
from __future__ import annotations

from pathlib import Path

import pytest

from ingest.formats import html, parse_file

AGENDA_ITEM_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
  <title>Agenda item - Children's Services Improvement - progress report | LBTH</title>
  <link rel="canonical" href="https://democracy.example.gov.uk/mgAi.aspx?ID=1234">
  <style>.mgHeader { color: red; }</style>
  <script>var tracking = "do not index me";</script>
</head>
<body>
<header><a href="/">Skip to content</a> Council logo</header>
<nav><ul><li><a href="/">Home</a></li><li><a href="/meetings">Committee meetings</a></li></ul></nav>
<div id="modgov">
  <div class="mgBreadCrumbs"><a href="/">Home</a> &gt; <a href="/c">Committees</a> &gt; Agenda item</div>
  <div class="mgHeader"><h1 class="mgMainTitleTxt">Agenda item</h1></div>
  <div class="mgSubTitle"><h2 class="mgSubTitleTxt">Children&#39;s Services Improvement - progress report</h2></div>
  <div class="mgLinks"><ul class="mgActionList">
    <li><a href="mgIssueHistoryHome.aspx?IId=1">Find out more about this issue</a></li>
  </ul></div>
  <div class="mgContent">
    <h2>Meeting: 23/11/2017 - Overview &amp; Scrutiny Committee (Item 9)</h2>
    <div class="mgWordPara"><p>The Committee will receive a
       <b>presentation</b> on the night.</p></div>
    <h3 class="mgSubSubTitleTxt">Minutes:</h3>
    <div class="mgWordPara">
      <p>The Committee received a report that provided an update on progress.<br>It was noted that
      the plan aims to achieve a standard of &lsquo;good&rsquo; by April 2019.</p>
      <p>The Committee:</p>
      <ul>
        <li>Noted the widespread failures;</li>
        <li>Expressed concern regarding caseloads:
          <ul><li>agency workers;</li><li>permanent staff turnover.</li></ul>
        </li>
      </ul>
      <table>
        <tr><th>Judgement</th><th>Grade</th></tr>
        <tr><td>Children who need help and protection</td><td>Inadequate</td></tr>
        <tr><td><p>Overall</p><p>effectiveness</p></td><td>Inadequate</td></tr>
      </table>
      <p>&nbsp;</p>
      <p><strong>Resolved:</strong> That the report be noted.</p>
      <ol>
        <li>Officers circulate figures.</li>
        <li>The report be noted.</li>
      </ol>
    </div>
    <h3 class="mgSubSubTitleTxt">Decision:</h3>
    <p>Noted.</p>
    <p class="mgLabel">Supporting documents:</p>
    <ul class="mgBulletList">
      <li><a href="documents/s1.pdf">Progress report Q2 <span class="mgFileSize">PDF 167 KB</span></a></li>
      <li><a href="documents/s2.pdf">Appendix A</a></li>
    </ul>
    <p style="display:none">hidden text</p>
  </div>
  <div class="mgFooter"><p>Page last updated 1 January 2018</p></div>
</div>
<footer>Copyright Borough Council. Accessibility statement.</footer>
<form action="/search"><input name="q"><button>Search</button></form>
</body>
</html>
"""

ISSUE_MEETINGS_PAGE = """<html><head><title>Issue - meetings - Children's Services</title></head><body>
<div id="modgov">
<div class="mgHeader"><h1 class="mgMainTitleTxt">Issue - meetings</h1></div>
<div class="mgSubTitle"><h2 class="mgSubTitleTxt">Children&rsquo;s Services Improvement- progress report</h2></div>
<div class="mgContent">
<h2 class="mgSectionTitle">Meeting: 23/11/2017 - Overview &amp; Scrutiny Committee (Item 9)</h2>
<p>Children's Services Improvement - Progress Report Quarter 2</p>
<h3>Minutes:</h3>
<p>The Committee received a report in November.</p>
<h2 class="mgSectionTitle">Meeting: 14/09/2017 - Overview &amp; Scrutiny Committee (Item 8)</h2>
<p>8 Children's Services Improvement- progress report</p>
<h3>Minutes:</h3>
<p>The Committee received a report in September.</p>
</div></div></body></html>
"""


@pytest.fixture(scope="module")
def agenda_item():
    parts = html.parse(AGENDA_ITEM_PAGE.encode("utf-8"))
    assert len(parts) == 1
    return parts[0]


def test_navigation_chrome_and_hidden_text_are_dropped(agenda_item) -> None:
    text = agenda_item.text
    for dropped in (
        "Skip to content",
        "Committee meetings",
        "Committees",
        "Find out more about this issue",
        "do not index me",
        "color: red",
        "Page last updated",
        "Copyright Borough Council",
        "Search",
        "hidden text",
    ):
        assert dropped not in text


def test_headings_labels_paragraphs_lists_and_tables(agenda_item) -> None:
    lines = agenda_item.text.split("\n")
    assert lines[:3] == ["# Agenda item", "", "## Children's Services Improvement - progress report"]
    assert "## Meeting: 23/11/2017 - Overview & Scrutiny Committee (Item 9)" in lines
    assert "The Committee will receive a presentation on the night." in lines  # inline <b> dropped, one line
    assert "### Minutes:" in lines and "### Decision:" in lines
    assert "### Supporting documents:" in lines  # a label paragraph is heading-like too
    # <br> breaks a paragraph; curly quotes come through as characters
    assert "The Committee received a report that provided an update on progress." in lines
    assert "It was noted that the plan aims to achieve a standard of ‘good’ by April 2019." in lines
    assert "- Noted the widespread failures;" in lines
    assert "- Expressed concern regarding caseloads:" in lines
    assert "- agency workers;" in lines and "- permanent staff turnover." in lines
    assert "- 1. Officers circulate figures." in lines and "- 2. The report be noted." in lines
    assert "Resolved: That the report be noted." in lines
    assert "- Progress report Q2 PDF 167 KB" in lines and "- Appendix A" in lines
    rows = [line for line in lines if "\t" in line]
    assert rows == [
        "Judgement\tGrade",
        "Children who need help and protection\tInadequate",
        "Overall effectiveness\tInadequate",
    ]
    assert "\n\n\n" not in agenda_item.text
    assert all(line == line.strip() for line in lines)


def test_agenda_item_hints(agenda_item) -> None:
    assert agenda_item.hints == {
        "title": "Children's Services Improvement - progress report",
        "url": "https://democracy.example.gov.uk/mgAi.aspx?ID=1234",
        "meeting_date": "2017-11-23",
        "committee": "Overview & Scrutiny Committee",
        "item": "Item 9",
        "kind": "minutes",
    }
    assert agenda_item.pages[0].number is None


def test_issue_meetings_page_is_one_part_per_meeting() -> None:
    parts = parse_file(Path("issue.html"), ISSUE_MEETINGS_PAGE.encode("utf-8"))
    assert [(p.hints["meeting_date"], p.hints["item"], p.hints["committee"]) for p in parts] == [
        ("2017-11-23", "Item 9", "Overview & Scrutiny Committee"),
        ("2017-09-14", "Item 8", "Overview & Scrutiny Committee"),
    ]
    assert all(p.hints["title"] == "Children’s Services Improvement- progress report" for p in parts)
    assert "in November" in parts[0].text and "in September" not in parts[0].text
    assert "in September" in parts[1].text and "in November" not in parts[1].text
    assert parts[1].text.startswith("# Issue - meetings\n\n## Children’s Services Improvement- progress report\n\n")


def test_windows_1252_page_is_decoded_from_its_meta_charset() -> None:
    page = (
        b'<html><head><meta charset="windows-1252"></head>'
        b"<body><p>Children\x92s services \x96 caf\xe9</p></body></html>"
    )
    (part,) = html.parse(page)
    assert part.text == "Children’s services – café"


def test_policy_committee_decision_page(moderngov: Path) -> None:
    path = moderngov / "decision_detail_policy_committee_2015.html"
    (part,) = parse_file(path, path.read_bytes())
    assert part.hints == {
        "title": "Minutes of Previous Meeting",
        "kind": "decision",
        "meeting_date": "2015-10-19",
        "committee": "Policy Committee",
    }
    lines = part.text.split("\n")
    assert lines[:3] == ["# Decision details", "", "## Minutes of Previous Meeting"]
    assert "### Decision:" in lines
    decision = "The Minutes of the Policy Committee meeting on 23 September 2015 were approved as a correct record."
    assert decision in lines
    assert "Decided at meeting: 19/10/2015 - Policy Committee" in lines
    assert "### Accompanying Documents:" in lines
    assert "Find out more about this issue" not in part.text


def test_officer_decision_page_has_no_committee(moderngov: Path) -> None:
    path = moderngov / "decision_detail_holme_park_court.html"
    (part,) = parse_file(path, path.read_bytes())
    assert part.hints == {
        "title": "Appointment of contractor to demolish Holme Park Court",
        "kind": "decision",
        "meeting_date": "2021-07-27",  # from "Date of decision:", there being no meeting
    }
    paragraphs = part.text.split("\n\n")
    assert "Decision Maker: Service Director - Homes & Neighbourhoods" in paragraphs
    decision = "The demolition of the existing tower blocks has been approved to support the regeneration of Berry"
    decision += " Brow."
    assert decision in paragraphs
    assert "This decision was authorised by the Cabinet at its meeting on Tuesday, 27 July 2021." in paragraphs
