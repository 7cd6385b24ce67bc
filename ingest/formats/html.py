"""HTML pages (ModernGov's above all) -> structured text; an "Issue - meetings" page gives one Part per meeting."""
from __future__ import annotations

import re

from ingest.formats import ParseError, html_text, issue_meetings, moderngov, text
from ingest.formats.limits import check_markup
from ingest.records import Page, Part

_DECIDED_AT = re.compile(r"^Decided at meeting: (?P<date>\d{1,2}/\d{1,2}/\d{4}) - (?P<committee>.+)$", re.MULTILINE)
_DATE_OF_DECISION = re.compile(r"^Date of decision: (?P<date>.+)$", re.MULTILINE)
_DECISION_MAKER = re.compile(r"^Decision Maker: (?P<maker>.+)$", re.MULTILINE)
_DECISION_PAGE = re.compile(
    r"^(?:# Decision details|Decision status: .*|Decided at meeting: .*|Decision Maker: .*)$", re.MULTILINE
)


def parse(data: bytes) -> list[Part]:
    """Parse an HTML page's bytes into Parts (one per meeting on an issue page); raise ParseError if unreadable."""
    if not data.strip():
        raise ParseError("the file is empty")
    if text.is_binary(data):
        raise ParseError("not an HTML file (binary content)")
    check_markup(data, "HTML page")
    soup = html_text.parse_html(data)
    rendered = html_text.render(soup.body or soup)
    if not rendered:
        raise ParseError("the HTML page has no text")
    hints = _hints(soup, rendered)
    meetings = issue_meetings.split(rendered)
    return [Part(pages=(Page(number=None, text=m.text),), hints={**hints, **m.hints}) for m in meetings]


def _hints(soup, rendered: str) -> dict[str, str]:
    """What the page states about itself: its title, canonical URL, and a decision's date and deciding body."""
    hints: dict[str, str] = {}
    title_tag = soup.select_one(".mgSubTitleTxt") or soup.title or soup.find("h1")
    if title_tag is not None and (title := html_text.inline_text(title_tag)):
        hints["title"] = title
    canonical = soup.find("link", rel="canonical") or soup.find("meta", property="og:url")
    url = canonical.get("href") or canonical.get("content") if canonical is not None else None
    if isinstance(url, str) and url.startswith(("http://", "https://")):
        hints["url"] = url
    if _DECISION_PAGE.search(rendered):
        hints["kind"] = "decision"
    if match := _DECIDED_AT.search(rendered):
        if iso := moderngov.iso_date(match["date"]):
            hints["meeting_date"] = iso
        hints["committee"] = match["committee"].strip()
    elif match := _DATE_OF_DECISION.search(rendered):
        if iso := moderngov.iso_date(match["date"]):
            hints["meeting_date"] = iso
    if "committee" not in hints and (match := _DECISION_MAKER.search(rendered)):
        if moderngov.is_body(match["maker"]):
            hints["committee"] = match["maker"].strip()
    return hints
