"""The API's own documentation (/docs) renders in Chromium with no network: Swagger UI from bundled assets."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.api.browser_kit import skip_without_chromium

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.server]
expect = skip_without_chromium().expect


def test_docs_render_offline_with_every_endpoint(page, live_server: str, artifacts_dir: Path):
    outside: list[str] = []
    page.route("**/*", lambda route: (outside.append(route.request.url), route.abort())
               if not route.request.url.startswith(live_server) else route.continue_())
    page.goto(f"{live_server}/docs")
    expect(page.locator(".swagger-ui .info .title")).to_contain_text("Clerk", timeout=30_000)
    expect(page.locator(".opblock-summary-path").filter(has_text="/v1/chat/completions")).to_have_count(1)
    expect(page.locator(".opblock-summary-path").filter(has_text="/api/chat")).not_to_have_count(0)
    page.screenshot(path=str(artifacts_dir / "docs-offline.png"))
    assert outside == []  # nothing was asked of any other host
