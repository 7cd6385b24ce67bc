"""A real `clerk serve` on 127.0.0.1 over a copy of the session's small index."""
from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

from tests.servers import free_port, running

ROOT = Path(__file__).resolve().parents[2]


def server_env(**extra: str) -> dict:
    """The environment for a Clerk subprocess: offline, extractive, plus `extra`."""
    return {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "CLERK_LLM_PROVIDER": "", **extra}


@pytest.fixture(scope="session")
def live_server(small_index_dir: Path, tmp_path_factory):
    """The base URL of `clerk serve` on a free loopback port (the seeds and two Ofsted reports)."""
    data = tmp_path_factory.mktemp("live") / "data"
    shutil.copytree(small_index_dir, data)
    port = free_port()
    cmd = [sys.executable, "-m", "api", "serve", "--host", "127.0.0.1", "--port", str(port), "--data-dir", str(data)]
    with running(cmd, f"http://127.0.0.1:{port}/healthz", data.parent / "serve.log", cwd=ROOT, env=server_env()):
        yield f"http://127.0.0.1:{port}"


@pytest.fixture(scope="session")
def chromium_browser():
    """Debian's Chromium, headless, driven by Playwright (never a downloaded browser); one for the whole session."""
    from tests.api.browser_kit import CHROMIUM, CHROMIUM_ARGS, skip_without_chromium

    sync_api = skip_without_chromium()
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
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
    from tests.api.browser_kit import ARTIFACTS

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS
