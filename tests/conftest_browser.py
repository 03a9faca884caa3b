"""Helpers of the browser tests (Debian chromium driven by Playwright; never a downloaded browser): the browser, a watched page.

Not a conftest: test modules import what they need, and set ``pytestmark = MARKS``. Every page fails its test if a dialog
opens or markup runs. Screenshots go to artifacts/screenshots/ (git-ignored).
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest_ui import ARTIFACTS, chromium_args

CHROMIUM = "/usr/bin/chromium"
MARKS = [
    pytest.mark.timeout(300),
    pytest.mark.skipif(not Path(CHROMIUM).exists() and not shutil.which("chromium"), reason="needs Debian chromium"),
]
sync_api = pytest.importorskip("playwright.sync_api")
TIMEOUT = 60_000


@pytest.fixture(scope="module")
def browser():
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=chromium_args())
        yield b
        b.close()


class Watched:
    """A page that records dialogs (alert/confirm) and page errors: none may happen."""

    def __init__(self, browser, url: str):
        self.context = browser.new_context(viewport={"width": 1400, "height": 1000})
        self.page = self.context.new_page()
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.set_default_timeout(TIMEOUT)
        self.page.goto(url)
        self.page.wait_for_selector("#question textarea")

    def shot(self, name: str) -> None:
        self.page.wait_for_timeout(600)  # let Gradio's update transitions finish
        self.page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)

    def tab(self, name: str) -> None:
        self.page.get_by_role("tab", name=name).click()

    def ask(self, question: str, answers: int = 1) -> None:
        self.page.fill("#question textarea", question)
        self.page.click("#ask")
        self.page.wait_for_function(  # error lines are turns without a question: not counted
            f"document.querySelectorAll('#chat-log .turn .q').length >= {answers}"
            " && !document.querySelector('#chat-log .pending')")

    def box(self, elem_id: str):
        """The text field of a Gradio Textbox (a textarea, or an input for single-line boxes)."""
        return self.page.locator(f"#{elem_id} textarea, #{elem_id} input").first

    def wait_value(self, elem_id: str, value: str) -> None:
        """Wait until a Textbox holds ``value`` (Gradio applies updates asynchronously)."""
        self.page.wait_for_function(
            "([id, v]) => { const e = document.querySelector(`#${id} textarea, #${id} input`); return e && e.value === v; }",
            arg=[elem_id, value])

    def open_filters(self) -> None:
        if not self.page.locator("#doc-filter").is_visible():
            self.page.get_by_text("Filters and answer mode").click()
            self.page.wait_for_selector("#doc-filter", state="visible")

    def toasts(self) -> list[str]:
        toasts = self.page.locator("[data-testid='toast-body']")
        return [toasts.nth(i).inner_text() for i in range(toasts.count())]

    def last_turn(self):
        return self.page.locator("#chat-log .turn").last

    def assert_nothing_ran(self) -> None:
        assert self.dialogs == [], self.dialogs
        assert self.page.evaluate("typeof window.__xss") == "undefined"
        assert self.page.locator("img[src='x'], svg[onload]").count() == 0
        assert not [e for e in self.errors if "xss" in e.lower()], self.errors

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def page(browser, server):
    watched = Watched(browser, server.url + "/")
    yield watched
    watched.assert_nothing_ran()
    watched.close()
