"""The sources of an answer in a real browser (Debian's Chromium through Playwright) against a real `clerk serve`:
only the quoted words marked, the quote's page, meeting dates, a refusal's closest material, and a phone's layout."""
from __future__ import annotations

import json
import re
import urllib.request
from datetime import date
from pathlib import Path

import pytest

from tests.api.browser_kit import answer_json, ask, citation_of, fake_answer, norm, passage, skip_without_chromium

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.server]
expect = skip_without_chromium().expect

SECTION_20 = "What did Ofsted say about Section 20?"
CARE_LEAVERS = "What did the latest Croydon inspection say about care leavers?"
MINUTES = ("The panel met in June. Officers agreed to review all cases by March. The chair thanked the officers. "
           "Members asked for a report on costs. The meeting closed at 9pm.")
CLAIMS = ("Officers agreed to review all cases by March", "Members asked for a report on costs")


def _day(iso: str) -> str:
    d = date.fromisoformat(iso)
    return f"{d.day} {d.strftime('%b')} {d.year}"


def _unmarked(locator) -> str:
    """The text of an element outside its <mark>s."""
    return locator.evaluate("""node => { const copy = node.cloneNode(true);
      copy.querySelectorAll('mark').forEach(m => m.remove()); return copy.textContent; }""")


def test_only_the_words_behind_each_sentence_are_marked(page, live_server: str):
    ctx = passage(1, MINUTES)
    quote = "Officers agreed to review all cases by March. The chair thanked the officers. Members asked for a report on costs."
    fake_answer(page, f"{CLAIMS[0]} [1]. {CLAIMS[1]} [1].", [ctx], [citation_of(ctx, 1, quote)])
    page.goto(f"{live_server}/")
    turn = ask(page, "q")
    card = page.locator("#sources .source").first
    marks = card.locator("mark")
    expect(marks).to_have_text(list(CLAIMS))
    rest = norm(_unmarked(card.locator(".source__passage")))
    for context_words in ("The panel met in June.", "The chair thanked the officers.", "The meeting closed at 9pm."):
        assert context_words in rest  # in the quote's span or not, words no sentence rests on stay unmarked

    turn.locator("a.cite").nth(1).evaluate("a => a.removeAttribute('href')")  # select without opening a tab
    turn.locator("a.cite").nth(1).click()
    expect(card).to_have_class(re.compile("source--selected"))
    expect(card.locator("mark.source__quote--current")).to_have_text(CLAIMS[1])
    expect(card.locator("mark.source__quote--current")).to_have_count(1)
    href = turn.locator("a.cite").first.get_attribute("href")
    assert href.count("quote=") == 2 and "closest" not in href


def test_a_sentence_not_in_the_passage_falls_back_to_the_quote(page, live_server: str):
    ctx = passage(1, MINUTES)
    fake_answer(page, "They promised a full review [1].", [ctx], [citation_of(ctx, 1, CLAIMS[0])])
    page.goto(f"{live_server}/")
    ask(page, "q")
    expect(page.locator("#sources mark")).to_have_text([CLAIMS[0]])


def test_a_real_answer_marks_its_sentences_and_the_text_view_marks_the_same(page, live_server: str, artifacts_dir: Path):
    expected = answer_json(live_server, SECTION_20)
    page.goto(f"{live_server}/")
    turn = ask(page, SECTION_20)
    answer = norm(re.sub(r"\[\d+(?:,\s*\d+)*\]", " ", expected["answer"]))
    cards = page.locator("#sources .source")
    expect(cards).to_have_count(len(expected["citations"]))
    context_left = False
    for i, citation in enumerate(expected["citations"]):
        card = cards.nth(i)
        texts = [norm(t) for t in card.locator("mark").all_text_contents()]
        assert texts, f"source {citation['n']} has nothing marked"
        for text in texts:  # each marked stretch is what the answer says, or the citation's quote
            assert text in answer or text in norm(citation["quote"]), text
        context_left = context_left or bool(re.search(r"\w", _unmarked(card.locator(".source__passage"))))
    assert context_left, "every passage is marked from end to end: the context is lost"
    page.screenshot(path=str(artifacts_dir / "browser-sources-desktop.png"))

    marker = turn.locator("a.cite").first
    href = marker.get_attribute("href")
    if not href.startswith("/documents/"):
        pytest.skip("the first citation opens a PDF")
    n = marker.get_attribute("data-n")
    card_marks = norm(" ".join(page.locator(f"#sources .source[data-n='{n}'] mark").all_text_contents()))
    page.goto(f"{live_server}{href}")
    cited = page.locator("#cited")
    expect(cited).to_be_visible()
    assert norm(" ".join(page.locator("#doc-text mark.doc-quote").all_text_contents())) == card_marks
    assert cited.evaluate("n => getComputedStyle(n).backgroundColor") == "rgba(0, 0, 0, 0)", "the passage is filled"
    rest = cited.evaluate("""n => { const c = n.cloneNode(true);
      c.querySelectorAll('mark, .doc-cited__label, .visually-hidden').forEach(m => m.remove()); return c.textContent; }""")
    assert re.search(r"\w", rest), "the cited passage is marked from end to end"
    page.screenshot(path=str(artifacts_dir / "browser-document-quote.png"))


def test_a_source_gives_the_page_its_quote_is_on(page, live_server: str):
    ctx = passage(1, "Page two ends here.\nPage three starts here. Leaders know their services well.",
                  page=2, source="papers/report.pdf")
    url = f"/api/documents/{ctx['doc_id']}/file#page=3"
    fake_answer(page, "Leaders know their services well [1].", [ctx],
                [citation_of(ctx, 1, "Leaders know their services well.", page=3, url=url)])
    page.goto(f"{live_server}/")
    ask(page, "q")
    card = page.locator("#sources .source").first
    expect(card.locator(".source__where")).to_have_text("page 3")
    opener = card.get_by_role("link", name=re.compile("Open the PDF at page 3"))
    expect(opener).to_have_attribute("href", url)


def test_real_pdf_citations_link_to_their_quotes_page(page, live_server: str):
    expected = answer_json(live_server, CARE_LEAVERS)
    pdfs = [c for c in expected["citations"] if "#page=" in c["url"]]
    assert pdfs, "the Croydon inspection question should cite the Ofsted PDF"
    page.goto(f"{live_server}/")
    ask(page, CARE_LEAVERS)
    for c in pdfs:
        assert c["page"] and c["url"].endswith(f"#page={c['page']}")  # the council's copy or Clerk's, at the page
        card = page.locator(f"#sources .source[data-n='{c['n']}']")
        expect(card.locator(".source__where")).to_contain_text(f"page {c['page']}")
        expect(card.locator(".source__open a")).to_have_attribute("href", re.compile(f"#page={c['page']}$"))


def test_meeting_dates_show_on_the_sources_and_in_the_text_view(page, live_server: str, artifacts_dir: Path):
    expected = answer_json(live_server, CARE_LEAVERS)
    dated = [c for c in expected["citations"] if c["meeting_date"]]
    assert dated, "the Croydon inspection report has a known date"
    page.goto(f"{live_server}/")
    ask(page, CARE_LEAVERS)
    for c in dated:
        expect(page.locator(f"#sources .source[data-n='{c['n']}'] .source__meta")).to_contain_text(_day(c["meeting_date"]))
    page.screenshot(path=str(artifacts_dir / "browser-sources-dates.png"))
    doc = json.load(urllib.request.urlopen(f"{live_server}/api/documents/{dated[0]['doc_id']}", timeout=30))
    page.goto(f"{live_server}/documents/{doc['doc_id']}?chunk={dated[0]['chunk_id']}")
    expect(page.locator("#doc-meta")).to_contain_text(_day(doc["meeting_date"]))

    ctx = passage(1, MINUTES, meeting_date="2017-09-19")
    fake_answer(page, f"{CLAIMS[0]} [1].", [ctx], [citation_of(ctx, 1, CLAIMS[0])])
    page.goto(f"{live_server}/")
    ask(page, "q")
    expect(page.locator("#sources .source__meta")).to_contain_text("Meeting 19 Sep 2017")


def test_a_refusal_lists_the_closest_material_unmarked(page, live_server: str):
    ctxs = [passage(1, MINUTES), passage(2, "Budget monitoring for the quarter showed an overspend.")]
    citations = [citation_of(ctxs[0], 1, CLAIMS[0]), citation_of(ctxs[1], 2, "Budget monitoring for the quarter")]
    fake_answer(page, "The papers I have don't answer that. The closest material is listed below.", ctxs, citations,
                refused=True)
    page.goto(f"{live_server}/")
    turn = ask(page, "q")
    expect(turn.locator(".refusal")).to_be_visible()
    expect(page.locator("#sources-title")).to_have_text("Closest material")
    cards = page.locator("#sources .source")
    expect(cards).to_have_count(2)
    expect(page.locator("#sources mark")).to_have_count(0)
    for i in range(2):
        expect(cards.nth(i).locator(".source__label")).to_have_text("Closest material, not evidence")
        href = cards.nth(i).locator(".source__title a").get_attribute("href")
        assert "quote=" not in href and "closest=1" in href
    expect(page.locator("#sources-empty")).to_contain_text("don’t answer")
    assert turn.locator(".answer__tools").get_by_role("button", name="Copy answer with references").count() == 0

    # The text view of a real paper opened as closest material frames the passage and marks nothing.
    real = answer_json(live_server, SECTION_20)["citations"][0]
    page.goto(f"{live_server}/documents/{real['doc_id']}?chunk={real['chunk_id']}&closest=1")
    expect(page.locator("#cited")).to_have_attribute("aria-label", "Closest passage (not an answer)")
    expect(page.locator("#doc-status")).to_contain_text("nothing in it is marked")
    expect(page.locator("#doc-text mark")).to_have_count(0)


def test_on_a_phone_the_sources_follow_the_answer_with_the_question_box_at_the_foot(chromium_browser, live_server: str,
                                                                                    artifacts_dir: Path):
    context = chromium_browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True,
                                           has_touch=True, locale="en-GB")
    page = context.new_page()
    try:
        page.goto(f"{live_server}/")
        turn = ask(page, SECTION_20)
        composer = page.locator("#composer")
        assert composer.evaluate("n => getComputedStyle(n).position") == "fixed"
        box = composer.bounding_box()
        assert abs(box["y"] + box["height"] - 844) <= 1 and box["height"] < 844 * 0.15, box
        # In the page's flow the sources come straight after the answer: the question box is not between them.
        flow = page.evaluate("""() => {
          const top = n => n.getBoundingClientRect().top + window.scrollY;
          const turn = document.querySelector('#conversation > li.turn:last-child');
          return {turnEnd: top(turn) + turn.offsetHeight, sources: top(document.getElementById('sources'))}; }""")
        assert -1 <= flow["sources"] - flow["turnEnd"] < 80, flow  # a pixel of sub-pixel rounding either way

        turn.get_by_role("button", name=re.compile(r"Show \d+ sources?")).click()
        first = page.locator("#sources .source").first
        title = page.locator("#sources-title")
        expect(title).to_be_in_viewport()
        page.wait_for_function("() => Math.abs(document.getElementById('sources').getBoundingClientRect().top) < 12")
        top = composer.bounding_box()["y"]
        assert title.bounding_box()["y"] + title.bounding_box()["height"] <= top
        assert first.bounding_box()["y"] < top, "the first source should show above the question box"
        expect(first.locator("mark").first).to_be_visible()
        assert page.evaluate("document.scrollingElement.scrollWidth <= window.innerWidth")
        page.screenshot(path=str(artifacts_dir / "browser-phone-sources.png"))

        page.get_by_role("button", name="Back to the answer").click()
        expect(turn.locator(".turn__text")).to_be_in_viewport()
        page.screenshot(path=str(artifacts_dir / "browser-phone-answer.png"))
    finally:
        context.close()
