"""The web chat in a real browser (Debian's Chromium through Playwright) against a real `clerk serve` subprocess."""
from __future__ import annotations

import json
import re
import urllib.request
from pathlib import Path
from urllib.parse import quote as urlquote

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.server]

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / "tests" / "artifacts"
SECTION_20 = "What did Ofsted say about Section 20?"
RECOMMENDATIONS = "What were the recommendations of the Croydon report to the scrutiny sub-committee?"
SEED_002 = "002_9facc654f6be437b.txt"
ANSWER_TIMEOUT = 90_000  # ms; the first question also warms the server's model

if not CHROMIUM.exists():
    pytest.skip("/usr/bin/chromium is not installed (apt-get install chromium)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api")
expect = sync_api.expect


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="module")
def chromium_browser():
    """Debian's Chromium, headless, driven by Playwright (never a downloaded browser)."""
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                    args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        yield browser
        browser.close()


@pytest.fixture()
def page(chromium_browser):
    """A fresh desktop-sized page; console errors fail the test."""
    context = chromium_browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.on("console", lambda msg: errors.append(msg.text)
          if msg.type == "error" and not msg.text.startswith("Failed to load resource") else None)
    yield pg
    context.close()
    assert not errors, f"errors in the page: {errors}"


@pytest.fixture(scope="module")
def artifacts_dir() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


def _answer_json(base: str, question: str) -> dict:
    request = urllib.request.Request(f"{base}/api/chat", data=json.dumps({"question": question}).encode(),
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=120) as r:
        return json.load(r)


def _ask(page, question: str):
    """Type a question, press Enter, and wait until the answer is complete; the last turn's locator."""
    box = page.get_by_label("Your question")
    box.fill(question)
    box.press("Enter")
    turn = page.locator("#conversation > li.turn").last
    finished = turn.locator(".answer__actions:not([hidden]), .answer__error")
    expect(finished.first).to_be_visible(timeout=ANSWER_TIMEOUT)
    error = turn.locator(".answer__error")
    assert error.count() == 0, f"the answer failed: {error.text_content()}"
    return turn


def test_section_20_streams_an_answer_and_shows_the_cited_quote(page, live_server: str, artifacts_dir: Path):
    expected = _answer_json(live_server, SECTION_20)
    assert not expected["refused"] and expected["citations"], expected
    first = expected["citations"][0]
    page.goto(f"{live_server}/")
    expect(page.locator("#filter-council option", has_text="Croydon")).to_have_count(1)
    # Record the answer's length as it changes, to see it stream in.
    page.evaluate("""() => {
      window.__lengths = [];
      new MutationObserver(() => {
        const body = document.querySelector('#conversation .answer__body');
        if (body) window.__lengths.push(body.textContent.length);
      }).observe(document.getElementById('conversation'), {subtree: true, childList: true, characterData: true});
    }""")
    turn = _ask(page, SECTION_20)
    body = turn.locator(".answer__body")
    expect(body).to_contain_text("Section 20")
    lengths = page.evaluate("window.__lengths")
    final = len(body.text_content())
    assert final > 0 and max(lengths) == final
    assert any(0 < n < final for n in lengths), f"the answer did not stream in: {lengths}"
    expect(turn.locator(".answer__body")).to_have_attribute("aria-busy", "false")

    marker = body.locator("a.cite", has_text="[1]").first
    expect(marker).to_have_attribute("target", "_blank")
    with page.context.expect_page() as opened:
        marker.click()
    original = opened.value
    assert "/documents/" in original.url or "/file" in original.url
    original.close()

    selected = page.locator("#sources .source--selected")
    expect(selected).to_have_count(1)
    expect(selected).to_have_attribute("data-n", "1")
    expect(selected).to_contain_text("Croydon")
    if first["meeting_date"]:
        y, m, d = first["meeting_date"].split("-")
        expect(selected).to_contain_text(f"{int(d)} ")
        expect(selected).to_contain_text(y)
    mark = selected.locator("mark").first
    expect(mark).to_be_visible()
    assert _norm(first["quote"])[:80] in _norm(mark.text_content())
    page.screenshot(path=str(artifacts_dir / "browser-section20.png"), full_page=True)

    # A follow-up sends the earlier turn as history.
    with page.expect_request(lambda r: r.url.endswith("/api/chat/stream")) as sent:
        _ask(page, "What did officers agree to provide?")
    history = sent.value.post_data_json["history"]
    assert [m["role"] for m in history] == ["user", "assistant"] and history[0]["content"] == SECTION_20
    expect(page.locator("#conversation > li.turn")).to_have_count(2)
    page.get_by_role("button", name="New conversation").click()
    expect(page.locator("#conversation > li.turn")).to_have_count(0)
    expect(page.get_by_label("Your question")).to_be_focused()


def test_markup_in_a_paper_is_shown_as_text_never_as_elements(page, live_server: str, artifacts_dir: Path):
    page.goto(f"{live_server}/")
    turn = _ask(page, RECOMMENDATIONS)
    sources = page.locator("#sources")
    expect(sources.locator(".source").first).to_be_visible()
    toggles = sources.locator("button.source__toggle")
    for i in range(toggles.count()):
        toggles.nth(i).click()
        expect(toggles.nth(i)).to_have_attribute("aria-expanded", "true")
    for selector in ("b", "strong", "ul", "li li", "[style]", "script"):
        assert sources.locator(selector).count() == 0, f"<{selector}> from a paper reached the sources panel"
    for selector in ("b", "strong", "li li", "[style]", "script"):
        assert turn.locator(f".answer__body {selector}").count() == 0, f"<{selector}> from a paper reached the answer"
    shown = sources.inner_text() + turn.inner_text()
    if "<" in shown:
        assert re.search(r"</?[a-z]+", shown), "a '<' is shown but not as the literal tag text"
    page.screenshot(path=str(artifacts_dir / "browser-markup.png"), full_page=True)

    # The text view of seed 002: its text, and none of its markup as elements.
    doc = next(d for d in json.load(urllib.request.urlopen(f"{live_server}/api/documents", timeout=30))
               if d["source"].endswith(SEED_002))
    page.goto(f"{live_server}/documents/{doc['doc_id']}")
    text = page.locator("#doc-text")
    expect(text).to_contain_text("REPORT TO:")
    assert page.locator("#doc-text b, #doc-text ul, #doc-text li, #doc-text [style]").count() == 0


HOSTILE = '<b>bold</b> <ul style="color:red"><li>item</li></ul> <img src=x onerror="window.__ran=1"> <script>window.__ran=2</script>'


def _sse(event: str, data: dict) -> str:
    return f"event: {event}\ndata: {json.dumps(data)}\n\n"


def test_markup_from_the_server_is_never_run_or_rendered(page, live_server: str):
    """Whatever text the server sends (a paper's markup, a title, a quote) reaches the page as text only."""
    passage = f"Before. {HOSTILE} After the quote."
    ctx = {"rank": 1, "chunk_id": "c1", "doc_id": "0123456789abcdef", "source": "papers/x.txt", "text": passage,
           "score": 0.9, "council": "Croydon <i>x</i>", "committee": "<u>Scrutiny</u>", "meeting_date": "2017-09-19",
           "page": None, "section": "2.5", "title": "<em>Title</em>", "item": "Item 6"}
    citation = {**{k: ctx[k] for k in ("chunk_id", "doc_id", "source", "title", "council", "committee", "meeting_date",
                                       "item", "section", "page")},
                "n": 1, "quote": HOSTILE, "url": "/documents/0123456789abcdef?chunk=c1"}
    answer = f"It said {HOSTILE} [1]."
    stream = (_sse("contexts", {"contexts": [ctx], "filters": {}})
              + "".join(_sse("delta", {"text": piece}) for piece in re.findall(r"\S+\s*", answer))
              + _sse("citations", {"citations": [citation], "refused": False})
              + _sse("done", {"question": "q", "answer": answer, "refused": False, "filters": {}}))
    page.route("**/api/chat/stream", lambda route: route.fulfill(status=200, content_type="text/event-stream", body=stream))
    page.goto(f"{live_server}/")
    turn = _ask(page, "q")
    for scope in (turn.locator(".answer__body"), page.locator("#sources")):
        for selector in ("b", "ul", "li li", "img", "script", "[style]", "i", "u", "em"):
            assert scope.locator(selector).count() == 0, f"<{selector}> was rendered"
    expect(turn.locator(".answer__body")).to_contain_text("<b>bold</b>")
    expect(page.locator("#sources mark")).to_contain_text('<img src=x onerror="window.__ran=1">')
    expect(page.locator("#sources .source__title")).to_contain_text("<em>Title</em>")
    assert page.evaluate("window.__ran") is None


def test_the_text_view_highlights_the_cited_chunk_and_quote(page, live_server: str, artifacts_dir: Path):
    answer = _answer_json(live_server, SECTION_20)
    citation = next(c for c in answer["citations"] if c["url"].startswith("/documents/"))
    page.goto(f"{live_server}{citation['url']}&quote={urlquote(citation['quote'])}")
    cited = page.locator("#cited, .doc-chunk--cited").first
    expect(cited).to_be_visible()
    expect(cited).to_be_in_viewport()
    expect(page.locator("#doc-title")).not_to_have_text("Loading the paper…")
    marks = page.locator("#doc-text mark.doc-quote")
    expect(marks.first).to_be_visible()
    assert _norm(" ".join(marks.all_text_contents())) == _norm(citation["quote"])
    expect(cited).to_contain_text(_norm(citation["quote"])[:60])
    expect(page.locator("#doc-meta")).to_contain_text("Croydon")
    page.screenshot(path=str(artifacts_dir / "browser-document.png"))


def test_phone_width_has_one_column_and_no_horizontal_scroll(chromium_browser, live_server: str, artifacts_dir: Path):
    context = chromium_browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True,
                                  has_touch=True, locale="en-GB")
    page = context.new_page()
    try:
        page.goto(f"{live_server}/")
        no_scroll = "document.scrollingElement.scrollWidth <= window.innerWidth"
        assert page.evaluate(no_scroll)
        page.locator("#filters summary").click()
        expect(page.locator("#filter-council")).to_be_visible()
        assert page.evaluate(no_scroll)
        page.locator("#filters summary").click()
        _ask(page, SECTION_20)
        expect(page.locator("#sources .source").first).to_be_visible()
        assert page.evaluate(no_scroll), page.evaluate("[document.scrollingElement.scrollWidth, window.innerWidth]")
        chat = page.locator("#main").bounding_box()
        sources = page.locator("#sources").bounding_box()
        assert sources["y"] >= chat["y"] + chat["height"] - 1, "the sources panel should sit below the chat on a phone"
        turn = page.locator("#conversation > li.turn").last
        turn.scroll_into_view_if_needed()
        page.evaluate("window.scrollTo(0, 0)")
        page.screenshot(path=str(artifacts_dir / "browser-phone.png"))
        page.screenshot(path=str(artifacts_dir / "browser-phone-full.png"), full_page=True)
    finally:
        context.close()


def test_feedback_copy_and_keyboard(page, live_server: str):
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server)
    page.goto(f"{live_server}/")
    box = page.get_by_label("Your question")
    expect(box).to_be_focused()
    page.keyboard.press("Tab")
    expect(page.locator("#send")).to_be_focused()
    box.fill(SECTION_20)
    box.press("Shift+Enter")  # a new line, not a question
    expect(page.locator("#conversation > li.turn")).to_have_count(0)
    box.fill(SECTION_20)
    turn = _ask(page, SECTION_20)

    with page.expect_response(lambda r: r.url.endswith("/api/feedback")) as posted:
        turn.get_by_role("button", name="Helpful", exact=True).click()
    assert posted.value.status == 201
    assert posted.value.request.post_data_json["rating"] == "up"
    expect(turn.get_by_role("button", name="Helpful", exact=True)).to_have_attribute("aria-pressed", "true")
    expect(turn.locator(".feedback__status")).to_contain_text("Thank you")

    turn.get_by_role("button", name="Copy answer with references").click()
    expect(turn.locator(".answer__copied")).to_have_text("Copied.")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith(f"Question: {SECTION_20}")
    assert "\nReferences\n[1] " in copied and "Croydon" in copied and f"{live_server}/documents/" in copied


def test_an_api_error_is_shown_as_one_line(page, live_server: str):
    page.route("**/api/chat/stream", lambda route: route.fulfill(
        status=422, content_type="application/json",
        body=json.dumps({"error": "invalid request", "detail": [{"loc": ["body", "question"], "msg": "Value error, the question is empty"}]})))
    page.goto(f"{live_server}/")
    box = page.get_by_label("Your question")
    box.fill("anything")
    box.press("Enter")
    error = page.locator(".answer__error")
    expect(error).to_have_text("Invalid request – question: the question is empty")
    expect(page.locator("#send")).to_be_enabled()


# ---------- the commitments register (/commitments) ----------

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


def test_open_the_passage_marks_the_commitment_in_the_text_view(page, live_server: str, artifacts_dir: Path):
    page.goto(f"{live_server}/commitments")
    rows = _register_rows(page)
    row = rows.filter(has_text=UNALLOCATED)
    expect(row).to_have_count(1)
    words = _norm(row.locator(".register-row__text").text_content())
    assert words.startswith(UNALLOCATED)
    row.get_by_role("link", name="Open the passage").click()
    expect(page).to_have_url(re.compile(r"/documents/[^?]+\?chunk=[^&]+&quote="))
    cited = page.locator("#cited, .doc-chunk--cited").first
    expect(cited).to_be_visible()
    expect(cited).to_be_in_viewport()
    marks = page.locator("#doc-text mark.doc-quote")
    expect(marks.first).to_be_visible()
    expect(marks.first).to_be_in_viewport()
    assert _norm(" ".join(marks.all_text_contents())) == words
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
