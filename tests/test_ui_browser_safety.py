"""In a real browser nothing a document quotes runs (markup is shown as text), and configured credentials require a login."""
from __future__ import annotations

from tests.conftest_browser import MARKS, TIMEOUT, browser, page  # noqa: F401 (fixtures)
from tests.conftest_ui import server, start_server, ui_index  # noqa: F401 (server: a fixture)

pytestmark = MARKS


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
