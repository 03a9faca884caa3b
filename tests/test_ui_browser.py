"""End to end in a real headless browser (Debian chromium driven by Playwright; never a downloaded
browser): ask, see cited answers, open a citation in the source panel; compare; agreed language;
the library (empty index, upload); and documents quoting <script> are shown as text, nothing runs.

Screenshots of every tab go to artifacts/screenshots/ (git-ignored).
"""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from tests.conftest_ui import ARTIFACTS, _tmp, chromium_args, make_settings, start_server, ui_index

CHROMIUM = "/usr/bin/chromium"
pytestmark = [
    pytest.mark.timeout(300),
    pytest.mark.skipif(not Path(CHROMIUM).exists() and not shutil.which("chromium"), reason="needs Debian chromium"),
]
sync_api = pytest.importorskip("playwright.sync_api")
TIMEOUT = 60_000


@pytest.fixture(scope="module")
def server():
    running = start_server(ui_index())
    yield running
    running.stop()


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
        self.page.wait_for_function(
            f"document.querySelectorAll('#chat-log .turn').length >= {answers}"
            " && !document.querySelector('#chat-log .pending')")

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


def test_chat_answer_citation_opens_source_panel(page):
    p = page.page
    page.ask("What is Internet governance?")
    cites = p.locator("#chat-log button.cite")
    assert cites.count() >= 1
    refs = p.locator("#chat-log .refs li")
    assert refs.count() == cites.count() and "Tunis Agenda" in refs.first.inner_text()
    first = cites.first
    pid = first.get_attribute("data-pid")
    quote = first.get_attribute("data-quote")
    first.click()
    p.wait_for_selector(f"#source-panel .wsis-source[data-shown='{pid}']")
    panel = p.locator("#source-panel")
    text = panel.inner_text()
    assert "Tunis Agenda for the Information Society" in text
    assert "WSIS-05/TUNIS/DOC/6(Rev.1)-E" in text and "2005-11-18" in text
    assert "Section:" in text and "Paragraph" in text
    marked = panel.locator(".para mark").inner_text()
    assert marked.strip() and " ".join(marked.split()) == " ".join(quote.split())
    assert panel.locator(".ctx.before").count() == 1 and panel.locator(".ctx.after").count() == 1
    official = panel.locator("a", has_text="Official text")
    assert official.get_attribute("href").startswith("https://") and official.get_attribute("target") == "_blank"
    page.shot("chat")
    # the paragraph after it opens in the panel too
    panel.locator(".ctx.after button").click()
    p.wait_for_function(f"document.querySelector('#source-panel .wsis-source').dataset.shown !== {pid!r}")
    # a follow-up keeps the conversation; the Markdown export holds the references
    page.ask("And what does the Global Digital Compact say about it?", answers=2)
    assert p.locator("#chat-log .turn").count() == 2
    p.get_by_text("Copy or export the last answer").click()
    export = p.locator("#export-md textarea").input_value()
    assert export.startswith("## And what does the Global Digital Compact say about it?") and "### References" in export


def test_compare_tab_shows_one_row_per_document(page, server):
    p = page.page
    page.tab("Compare")
    p.fill("#topic textarea", "Internet governance")
    p.click("#compare-btn")
    p.wait_for_selector("#compare-table tr.cmp-row")
    docs = list(server.backend.corpus().documents)
    rows = p.locator("#compare-table tr.cmp-row")
    assert rows.count() == len(docs)
    assert [rows.nth(i).get_attribute("data-doc") for i in range(rows.count())] == docs
    tunis = p.locator("#compare-table tr[data-doc='tunis-agenda']")
    assert tunis.locator("blockquote").count() >= 1
    assert "not addressed" in p.locator("#compare-table tr[data-doc='script-injection']").inner_text()
    tunis.locator("button.cite").first.click()
    p.wait_for_selector("#compare-source .wsis-source[data-shown^='tunis-agenda#'] mark")
    page.shot("compare")


def test_agreed_language_tab_highlights_shared_wording(page):
    p = page.page
    page.tab("Agreed language")
    p.fill("#draft textarea", "We call for partnerships that are transparent, accountable and open to new members, "
                              "with yearly reporting.")
    p.click("#agreed-btn")
    p.wait_for_selector("#agreed-out .card")
    first = p.locator("#agreed-out .card").first
    assert "Tunis Commitment, para. 6" in first.inner_text()
    assert "transparent, accountable and open to new members" in first.locator(".text mark").first.inner_text()
    assert re.search(r"similarity\s+0\.\d\d", first.inner_text())
    page.shot("agreed-language")


def test_library_tab_lists_the_documents(page, server):
    p = page.page
    page.tab("Library")
    p.wait_for_selector("#library-table")
    text = p.locator("#library-table").inner_text()
    for doc_id in server.backend.corpus().documents:
        assert doc_id in text
    page.shot("library")


def test_documents_quoting_markup_are_shown_as_text(page):
    p = page.page
    page.ask('Which markup is quoted as plain text, like a script tag or an image tag? <img src=x onerror="window.__xss=9">')
    chat = p.locator("#chat-log")
    text = chat.inner_text()
    assert '<img src=x onerror="window.__xss=9">' in text  # the user's own markup, as text
    assert "<script>" in text or "<img src=x" in text
    targets = chat.locator("button.cite[data-pid^='script-injection#'], button.cite[data-pid^='markup-in-metadata#']")
    assert targets.count() >= 1
    for i in range(targets.count()):
        targets.nth(i).click()
        pid = targets.nth(i).get_attribute("data-pid")
        p.wait_for_selector(f"#source-panel .wsis-source[data-shown='{pid}']")
    page.ask("Show the quoted markup of script-injection paragraph 1 and markup-in-metadata paragraph 1", answers=2)
    panel_texts = []
    for pid in ("script-injection#1", "markup-in-metadata#1", "markup-in-metadata#2"):
        button = chat.locator(f"button[data-pid='{pid}']").first
        if button.count():
            button.click()
            p.wait_for_selector(f"#source-panel .wsis-source[data-shown='{pid}']")
            panel_texts.append(p.locator("#source-panel").inner_text())
    joined = "\n".join(panel_texts)
    assert "<script>" in joined and "</script>" in joined
    page.shot("chat-markup-as-text")
    # titles with markup: library table, filters, compare rows
    page.tab("Library")
    assert 'onerror="window.__xss=1"' in p.locator("#library-table").inner_text()
    page.tab("Compare")
    p.fill("#topic textarea", "quoted markup shown as text")
    p.click("#compare-btn")
    p.wait_for_selector("#compare-table tr[data-doc='markup-in-metadata']")
    page.tab("Chat")
    p.get_by_text("Filters and answer mode").click()
    assert "Markup In Metadata" in p.locator("#doc-filter").inner_text()
    p.wait_for_timeout(500)
    page.assert_nothing_ran()


def test_empty_index_page_explains_and_upload_fills_it(browser, tmp_path):
    running = start_server(make_settings(_tmp("wsis-ui-browser-empty-")))
    watched = Watched(browser, running.url + "/")
    try:
        p = watched.page
        banner = p.locator("#banner")
        assert "No documents are indexed yet" in banner.inner_text() and "wsis ingest FOLDER" in banner.inner_text()
        watched.ask("What is Internet governance?")
        assert "index is empty" in p.locator("#chat-log").inner_text()
        watched.shot("empty-index")
        watched.tab("Library")
        notes = tmp_path / "staff-notes.md"
        notes.write_text("# Staff notes\n\n1. Every school should have affordable broadband access.\n\n"
                         "2. <script>window.__xss=7</script> is quoted markup.\n", encoding="utf-8")
        p.locator("#upload input[type=file]").set_input_files(str(notes))
        p.wait_for_selector("#upload :text('staff-notes.md')")
        p.click("#ingest-btn")
        p.wait_for_function("document.querySelector('#ingest-log textarea').value.includes('Done:')")
        assert "added" in p.locator("#ingest-log textarea").input_value()
        p.wait_for_function("document.querySelector('#library-table').innerText.includes('staff-notes')")
        assert p.locator("#banner").inner_text().strip() == ""
        watched.shot("library-upload")
        watched.assert_nothing_ran()
    finally:
        watched.close()
        running.stop()


def test_login_is_required_when_credentials_are_configured(browser):
    running = start_server(ui_index(), auth=[("staff", "s3cret")])
    context = browser.new_context(viewport={"width": 1000, "height": 700})
    try:
        p = context.new_page()
        p.set_default_timeout(TIMEOUT)
        p.goto(running.url + "/")
        p.wait_for_selector("input[type=password]")
        assert p.locator("#question").count() == 0
        p.fill("input[type=text]", "staff")
        p.fill("input[type=password]", "wrong")
        p.keyboard.press("Enter")
        p.wait_for_selector("text=/Incorrect|invalid/i")
        p.fill("input[type=text]", "staff")
        p.fill("input[type=password]", "s3cret")
        p.keyboard.press("Enter")
        p.wait_for_selector("#question textarea")
    finally:
        context.close()
        running.stop()
