"""The Commitments register page (/commitments) in a real browser against a real `clerk serve` subprocess."""
from __future__ import annotations

import json
import re
import urllib.request
from pathlib import Path
from urllib.parse import quote as urlquote

import pytest

from tests.api.browser_kit import HOSTILE, norm, skip_without_chromium

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.server]
expect = skip_without_chromium().expect

UNALLOCATED = "Will continue to monitor levels of unallocated cases"
COUNT = re.compile(r"^(\d+) commitments?$")


def _register_rows(page):
    """Wait until the register has loaded; its rows."""
    expect(page.locator("#register-status")).to_have_text(COUNT, timeout=30_000)
    return page.locator("#register-rows > tr")


def _shown_count(page) -> int:
    return int(COUNT.match(page.locator("#register-status").text_content().strip()).group(1))


def _register_api(base: str, **params: str) -> dict:
    query = "&".join(f"{k}={urlquote(v)}" for k, v in {**params, "limit": "1000"}.items())
    with urllib.request.urlopen(f"{base}/api/commitments?{query}", timeout=30) as r:
        return json.load(r)


def test_the_register_lists_every_commitment_newest_first(page, live_server: str, artifacts_dir: Path):
    page.goto(f"{live_server}/commitments")
    expect(page.get_by_role("heading", level=1)).to_have_text("Commitments register")
    rows = _register_rows(page)
    count = _shown_count(page)
    assert count >= 26 and count == _register_api(live_server)["count"]
    expect(rows).to_have_count(count)

    table = page.get_by_role("table")
    expect(table.locator("caption")).to_contain_text("newest meeting first")
    assert table.locator("thead th[scope=col]").all_text_contents() == ["Meeting", "Kind", "Who", "Due", "Commitment"]

    # Newest meeting first, and the undated after every dated one.
    dates = rows.evaluate_all("rs => rs.map(r => r.querySelector('td time')?.getAttribute('datetime') ?? null)")
    dated = [d for d in dates if d]
    assert dated and dated == sorted(dated, reverse=True), dates
    assert dates == dated + [None] * (len(dates) - len(dated)), "an undated row sits among the dated ones"
    y, m, d = dated[0].split("-")
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    expect(rows.first.locator("td").first.locator("time")).to_have_text(f"{int(d)} {months[int(m) - 1]} {y}")

    # Every row links to the passage that records it (a PDF at its page).
    links = rows.locator("td:last-child a")
    expect(links).to_have_count(count)
    for link in links.all():
        href, name = link.get_attribute("href"), link.text_content()
        if "/file#page=" in href:
            assert re.fullmatch(r"Open the PDF at page \d+", name), (href, name)
        else:
            assert href.startswith("/documents/") and "chunk=" in href and "quote=" in href and name == "Open the passage"
    page.screenshot(path=str(artifacts_dir / "commitments.png"), full_page=True)


def test_register_filters_narrow_the_rows_and_live_in_the_address(page, live_server: str):
    page.goto(f"{live_server}/commitments")
    rows = _register_rows(page)
    everything = _shown_count(page)
    expect(page.locator("#filter-council option", has_text="West Sussex")).to_have_count(1)
    page.get_by_label("Council").select_option("West Sussex")
    page.get_by_label("Kind").select_option("resolution")
    expect(rows).to_have_count(7)
    expect(page.locator("#register-status")).to_have_text("7 commitments")
    for row in rows.all():
        expect(row.locator("td").first).to_contain_text("West Sussex")
        expect(row.locator("td").nth(1)).to_have_text("Resolution")
    expect(page).to_have_url(f"{live_server}/commitments?council=West+Sussex&kind=resolution")

    # The address is a shareable link to the same register.
    page.goto(page.url)
    expect(page.get_by_label("Council")).to_have_value("West Sussex")
    expect(page.get_by_label("Kind")).to_have_value("resolution")
    expect(rows).to_have_count(7)

    # "Who" waits for typing to stop, then narrows.
    who = "Business Planning"
    wanted = _register_api(live_server, council="West Sussex", kind="resolution", actor=who)["count"]
    assert 0 < wanted < 7
    page.get_by_label("Who").press_sequentially(who, delay=20)
    expect(rows).to_have_count(wanted)
    expect(page).to_have_url(re.compile(r"actor=Business\+Planning"))
    page.get_by_label("Who").fill("nobody by this name")
    expect(page.locator("#register-status")).to_have_text("No commitments match these filters.")
    expect(page.get_by_role("table")).to_be_hidden()

    page.get_by_role("button", name="Clear filters").click()
    expect(page.locator("#register-status")).to_have_text(f"{everything} commitments")
    expect(rows).to_have_count(everything)
    expect(page).to_have_url(f"{live_server}/commitments")


def test_meeting_dates_narrow_the_register_and_a_backwards_range_is_one_line(page, live_server: str):
    every = _register_api(live_server)["commitments"]
    year = min(c["meeting_date"] for c in every if c["meeting_date"])[:4]  # the oldest: later meetings must go
    in_year = [c for c in every if (c["meeting_date"] or "").startswith(year)]
    assert 0 < len(in_year) < len(every)
    page.goto(f"{live_server}/commitments?since={year}-01-01&until={year}-12-31")
    rows = _register_rows(page)
    expect(rows).to_have_count(len(in_year))
    expect(page.get_by_label("Meetings up to")).to_have_value(f"{year}-12-31")
    for row in rows.all():
        expect(row.locator("time")).to_have_attribute("datetime", re.compile(rf"^{year}-"))

    # A range that ends before it starts is said in one line, and nothing is listed.
    page.get_by_label("Meetings up to").fill(f"{int(year) - 1}-06-30")
    expect(page.locator("#register-status")).to_have_text("“Meetings from” is after “Meetings up to”: change one of the dates.")
    expect(page.get_by_role("table")).to_be_hidden()
    expect(page).to_have_url(re.compile(rf"until={int(year) - 1}-06-30"))
    page.get_by_label("Meetings up to").fill("")
    expect(page.locator("#register-status")).to_have_text(re.compile(r"^\d+ commitments?$"))
    assert _shown_count(page) == sum(1 for c in every if (c["meeting_date"] or "") >= f"{year}-01-01")


def test_open_the_passage_marks_the_commitment_in_the_text_view(page, live_server: str, artifacts_dir: Path):
    page.goto(f"{live_server}/commitments")
    rows = _register_rows(page)
    row = rows.filter(has_text=UNALLOCATED)
    expect(row).to_have_count(1)
    words = norm(row.locator(".register-row__text").text_content())
    assert words.startswith(UNALLOCATED)
    row.get_by_role("link", name="Open the passage").click()
    expect(page).to_have_url(re.compile(r"/documents/[^?]+\?chunk=[^&]+&quote="))
    cited = page.locator("#cited, .doc-chunk--cited").first
    expect(cited).to_be_visible()
    expect(cited).to_be_in_viewport()
    marks = page.locator("#doc-text mark.doc-quote")
    expect(marks.first).to_be_visible()
    expect(marks.first).to_be_in_viewport()
    assert norm(" ".join(marks.all_text_contents())) == words
    page.screenshot(path=str(artifacts_dir / "commitments-passage.png"))
    page.go_back()
    expect(_register_rows(page).filter(has_text=UNALLOCATED)).to_have_count(1)


def test_the_register_shows_server_text_as_text_and_errors_as_one_line(page, live_server: str):
    row = {"id": "x", "kind": "undertaking", "text": f"Officers agreed {HOSTILE}", "actor": "<i>officers</i>",
           "due": "<b>soon</b>", "due_date": None, "status": "open", "council": "Croydon <u>x</u>",
           "committee": "<em>Scrutiny</em>", "meeting_date": "2017-09-19", "item": "Item 6", "section": "2.5",
           "page": None, "title": "<em>Title</em>", "source": "papers/x.txt", "doc_id": "0123456789abcdef",
           "chunk_id": "c1", "url": "/documents/0123456789abcdef?chunk=c1"}
    page.route("**/api/commitments?*", lambda route: route.fulfill(
        status=200, content_type="application/json", body=json.dumps({"count": 1, "commitments": [row]})))
    page.goto(f"{live_server}/commitments")
    rows = _register_rows(page)
    expect(rows).to_have_count(1)
    for selector in ("b", "ul", "li", "img", "script", "[style]", "i", "u", "em"):
        assert rows.locator(selector).count() == 0, f"<{selector}> was rendered"
    expect(rows).to_contain_text('<img src=x onerror="window.__ran=1">')
    expect(rows).to_contain_text("<em>Title</em>")
    assert page.evaluate("window.__ran") is None

    page.unroute("**/api/commitments?*")
    page.route("**/api/commitments?*", lambda route: route.fulfill(
        status=422, content_type="application/json",
        body=json.dumps({"error": "invalid request", "detail": "since must not be after until"})))
    page.get_by_label("Kind").select_option("action")
    expect(page.locator("#register-status")).to_have_text("Invalid request – since must not be after until")
    expect(page.get_by_role("table")).to_be_hidden()


def test_the_register_at_phone_width_is_cards_without_horizontal_scroll(chromium_browser, live_server: str,
                                                                         artifacts_dir: Path):
    context = chromium_browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True,
                                           has_touch=True, locale="en-GB")
    page = context.new_page()
    try:
        page.goto(f"{live_server}/commitments")
        rows = _register_rows(page)
        expect(rows.first).to_be_visible()
        no_scroll = "document.scrollingElement.scrollWidth <= window.innerWidth"
        assert page.evaluate(no_scroll), page.evaluate("[document.scrollingElement.scrollWidth, window.innerWidth]")
        assert rows.first.evaluate("r => getComputedStyle(r).display") == "flex", "rows should be stacked cards"
        assert "Who" in rows.first.locator("td[data-label=Who]").evaluate("td => getComputedStyle(td, '::before').content")
        box = rows.first.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 390
        expect(page.get_by_label("Council")).to_be_hidden()  # the filters fold behind their summary on a phone
        page.locator("#register-filters-panel summary").click()
        expect(page.get_by_label("Council")).to_be_visible()
        assert page.evaluate(no_scroll)
        page.locator("#register-filters-panel summary").click()
        page.screenshot(path=str(artifacts_dir / "commitments-phone.png"))
    finally:
        context.close()


def test_the_site_header_links_the_chat_and_the_register(page, live_server: str):
    page.goto(f"{live_server}/")
    page.get_by_role("navigation", name="Clerk").get_by_role("link", name="Commitments").click()
    expect(page).to_have_url(f"{live_server}/commitments")
    expect(page.get_by_role("heading", level=1)).to_have_text("Commitments register")
    nav = page.get_by_role("navigation", name="Clerk")
    expect(nav.get_by_role("link", name="Commitments")).to_have_attribute("aria-current", "page")
    _register_rows(page)
    for _ in range(3):  # the skip link, the site's name, then the first header link
        page.keyboard.press("Tab")
    ask = nav.get_by_role("link", name="Ask a question")
    expect(ask).to_be_focused()
    assert ask.evaluate("a => getComputedStyle(a).backgroundColor") == "rgb(255, 221, 0)", "focus should be visible"
    ask.press("Enter")
    expect(page).to_have_url(f"{live_server}/")
    expect(page.get_by_label("Your question")).to_be_visible()
