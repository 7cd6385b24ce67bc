"""What the browser tests share: Debian's Chromium through Playwright, and helpers to drive the chat page.

Import this only from a module that runs `skip_without_chromium()` first."""
from __future__ import annotations

import json
import re
import urllib.request
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
ANSWER_TIMEOUT = 90_000  # ms; the first question also warms the server's model
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
# Markup a paper or the server might carry; the pages must show it as text and never run it.
HOSTILE = '<b>bold</b> <ul style="color:red"><li>item</li></ul> <img src=x onerror="window.__ran=1"> <script>window.__ran=2</script>'


def skip_without_chromium():
    """Skip the calling test module when Debian's Chromium or Playwright is missing; Playwright's sync API."""
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is not installed (apt-get install chromium)", allow_module_level=True)
    return pytest.importorskip("playwright.sync_api")


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def answer_json(base: str, question: str) -> dict:
    request = urllib.request.Request(f"{base}/api/chat", data=json.dumps({"question": question}).encode(),
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=120) as r:
        return json.load(r)


def ask(page, question: str):
    """Type a question, press Enter, and wait until the answer is complete; the last turn's locator."""
    from playwright.sync_api import expect

    box = page.get_by_label("Your question")
    box.fill(question)
    box.press("Enter")
    turn = page.locator("#conversation > li.turn").last
    finished = turn.locator(".answer__actions:not([hidden]), .answer__error")
    expect(finished.first).to_be_visible(timeout=ANSWER_TIMEOUT)
    error = turn.locator(".answer__error")
    assert error.count() == 0, f"the answer failed: {error.text_content()}"
    return turn



def _sse(event: str, data: dict) -> str:
    return f"event: {event}\ndata: {json.dumps(data)}\n\n"


def fake_answer(page, answer: str, contexts: list[dict], citations: list[dict], refused: bool = False) -> None:
    """Make the page's next /api/chat/stream answer `answer` with these contexts and citations, streamed word by word."""
    stream = (_sse("contexts", {"contexts": contexts, "filters": {}})
              + "".join(_sse("delta", {"text": piece}) for piece in re.findall(r"\S+\s*", answer))
              + _sse("citations", {"citations": citations, "refused": refused})
              + _sse("done", {"question": "q", "answer": answer, "refused": refused, "filters": {}}))
    page.route("**/api/chat/stream", lambda route: route.fulfill(status=200, content_type="text/event-stream", body=stream))


def passage(n: int, text: str, *, page: int | None = None, source: str = "papers/minutes.txt", **meta) -> dict:
    """A context as the server sends one: passage `text` of a paper (chunk c{n} of doc d{n})."""
    return {"rank": n, "chunk_id": f"c{n}", "doc_id": f"d{n:015d}", "source": source, "text": text, "score": 0.5,
            "council": "Croydon", "committee": "Scrutiny Sub-Committee", "meeting_date": None, "page": page,
            "section": None, "title": f"Paper {n}", "item": None, "kind": "minutes", **meta}


def citation_of(context: dict, n: int, quote: str, **changes) -> dict:
    """The citation [n] of a context, quoting `quote`, its url built the way the server builds it."""
    keys = ("chunk_id", "doc_id", "source", "title", "council", "committee", "meeting_date", "item", "section", "page")
    url = f"/documents/{context['doc_id']}?chunk={context['chunk_id']}"
    return {**{k: context[k] for k in keys}, "n": n, "quote": quote, "url": url, **changes}
