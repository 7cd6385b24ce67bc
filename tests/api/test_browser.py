"""The web chat in a real browser (Debian's Chromium through Playwright) against a real `clerk serve` subprocess."""
from __future__ import annotations

import json
import re
import urllib.request
from pathlib import Path
from urllib.parse import quote as urlquote

import pytest

from tests.api.browser_kit import HOSTILE, answer_json, ask, norm, skip_without_chromium

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.server]
expect = skip_without_chromium().expect

SECTION_20 = "What did Ofsted say about Section 20?"
RECOMMENDATIONS = "What were the recommendations of the Croydon report to the scrutiny sub-committee?"
SEED_002 = "002_9facc654f6be437b.txt"


def test_section_20_streams_an_answer_and_shows_the_cited_quote(page, live_server: str, artifacts_dir: Path):
    expected = answer_json(live_server, SECTION_20)
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
    turn = ask(page, SECTION_20)
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
    # a quote over several lines is marked line by line
    assert norm(first["quote"])[:80] in norm(" ".join(selected.locator("mark").all_text_contents()))
    page.screenshot(path=str(artifacts_dir / "browser-section20.png"), full_page=True)

    # A follow-up sends the earlier turn as history.
    with page.expect_request(lambda r: r.url.endswith("/api/chat/stream")) as sent:
        ask(page, "What did officers agree to provide?")
    history = sent.value.post_data_json["history"]
    assert [m["role"] for m in history] == ["user", "assistant"] and history[0]["content"] == SECTION_20
    expect(page.locator("#conversation > li.turn")).to_have_count(2)
    page.get_by_role("button", name="New conversation").click()
    expect(page.locator("#conversation > li.turn")).to_have_count(0)
    expect(page.get_by_label("Your question")).to_be_focused()


def test_markup_in_a_paper_is_shown_as_text_never_as_elements(page, live_server: str, artifacts_dir: Path):
    page.goto(f"{live_server}/")
    turn = ask(page, RECOMMENDATIONS)
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
    turn = ask(page, "q")
    for scope in (turn.locator(".answer__body"), page.locator("#sources")):
        for selector in ("b", "ul", "li li", "img", "script", "[style]", "i", "u", "em"):
            assert scope.locator(selector).count() == 0, f"<{selector}> was rendered"
    expect(turn.locator(".answer__body")).to_contain_text("<b>bold</b>")
    expect(page.locator("#sources mark")).to_contain_text('<img src=x onerror="window.__ran=1">')
    expect(page.locator("#sources .source__title")).to_contain_text("<em>Title</em>")
    assert page.evaluate("window.__ran") is None


def test_the_text_view_highlights_the_cited_chunk_and_quote(page, live_server: str, artifacts_dir: Path):
    answer = answer_json(live_server, SECTION_20)
    citation = next(c for c in answer["citations"] if c["url"].startswith("/documents/"))
    page.goto(f"{live_server}{citation['url']}&quote={urlquote(citation['quote'])}")
    cited = page.locator("#cited, .doc-chunk--cited").first
    expect(cited).to_be_visible()
    expect(cited).to_be_in_viewport()
    expect(page.locator("#doc-title")).not_to_have_text("Loading the paper…")
    marks = page.locator("#doc-text mark.doc-quote")
    expect(marks.first).to_be_visible()
    assert norm(" ".join(marks.all_text_contents())) == norm(citation["quote"])
    expect(cited).to_contain_text(norm(citation["quote"])[:60])
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
        ask(page, SECTION_20)
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
    turn = ask(page, SECTION_20)

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
