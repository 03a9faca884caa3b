"""End to end in a real headless browser (Debian chromium driven by Playwright; never a downloaded
browser). Every panel is opened and every control used at least once: ask (button, Enter, examples),
citations and the source panel (a date question's title line too), New conversation, the filters
(documents, process, empty and filled years, the answer mode), the export (copy, download); Compare
(topic, examples, slider); Agreed language (draft, slider); the Library (table, structure report,
upload incl. DOCX and a too-large file, Add, Rebuild, Re-index). Documents quoting <script> are shown as text: nothing runs.

Screenshots of every tab go to artifacts/screenshots/ (git-ignored).
"""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from tests.conftest_ui import (ARTIFACTS, _tmp, chromium_args, make_settings, server, start_server,  # noqa: F401
                               ui_index, write_docx)

CHROMIUM = "/usr/bin/chromium"
pytestmark = [
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
    documents = server.backend.corpus().documents
    docs = sorted(documents, key=lambda d: (documents[d].date or "9999", d))  # dated oldest first, undated last
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
    running = start_server(make_settings(_tmp("wsis-ui-browser-empty-"), max_file_mb=0.05))
    watched = Watched(browser, running.url + "/")
    try:
        p = watched.page
        banner = p.locator("#banner")
        assert "No documents are indexed yet" in banner.inner_text() and "wsis ingest FOLDER" in banner.inner_text()
        watched.ask("What is Internet governance?")
        assert "index is empty" in p.locator("#chat-log").inner_text()
        watched.shot("empty-index")
        watched.tab("Library")
        assert "DOCX" in p.locator("#upload").inner_text()
        # a file over the limit: refused before any upload, said once
        big = tmp_path / "big.txt"
        big.write_text("1. Large text. " * 10000, encoding="utf-8")
        p.locator("#upload input[type=file]").set_input_files(str(big))
        p.wait_for_selector("[data-testid='toast-body']")
        p.wait_for_timeout(1500)
        toasts = watched.toasts()
        assert len(toasts) == 1 and "maximum allowed size" in toasts[0], toasts
        assert p.locator("#upload .error").inner_text().strip() == "Error"
        p.locator("[data-testid='toast-close']").first.click()
        p.locator("#upload button[aria-label='Clear']").first.click()
        # Markdown and DOCX, uploaded together
        notes = tmp_path / "staff-notes.md"
        notes.write_text("# Staff notes\n\n1. Every school should have affordable broadband access.\n\n"
                         "2. <script>window.__xss=7</script> is quoted markup.\n", encoding="utf-8")
        briefing = write_docx(tmp_path / "briefing.docx")
        p.locator("#upload input[type=file]").set_input_files([str(notes), str(briefing)])
        p.wait_for_selector("#upload :text('briefing')")
        assert ".docx" in p.locator("#upload").inner_text()
        p.click("#ingest-btn")
        p.wait_for_function("document.querySelector('#ingest-log textarea').value.includes('Done:')")
        log = p.locator("#ingest-log textarea").input_value()
        assert "staff-notes.md -> staff-notes" in log and "briefing.docx -> briefing" in log, log
        p.wait_for_function("document.querySelector('#library-table').innerText.includes('briefing')")
        assert p.locator("#banner").inner_text().strip() == ""
        assert watched.toasts() == []
        watched.shot("library-upload")
        # Re-index with "Rebuild from scratch": both documents come back
        p.locator("#rebuild label, #rebuild input").first.click()
        assert p.locator("#rebuild input").is_checked()
        p.click("#reindex-btn")
        p.wait_for_function("document.querySelector('#ingest-log textarea').value.includes('Done: 2 added')")
        assert "staff-notes" in p.locator("#library-table").inner_text()
        watched.tab("Chat")
        watched.ask("Which digital public goods may countries share?", answers=2)
        assert watched.last_turn().locator("button.cite[data-pid='briefing#1']").count() >= 1
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


# -- every control of the Chat tab ------------------------------------------------------------------
def test_filters_with_empty_years_give_a_cited_answer(page):
    """Opening "Filters and answer mode" must not break asking: empty year boxes mean no bound."""
    p = page.page
    page.open_filters()
    for box in ("year-from", "year-to"):
        assert page.box(box).input_value() == ""
        assert "any" in page.box(box).get_attribute("placeholder")
    mode = p.locator("#mode")
    assert mode.locator("input[value='extractive']").is_checked()
    assert mode.locator("input[value='generative']").is_disabled()  # no LLM configured: said beside it
    assert "WSIS_LLM" in mode.inner_text()
    page.ask("What is Internet governance?")
    turn = page.last_turn()
    assert turn.locator("button.cite").count() >= 1
    assert turn.locator(".error").count() == 0 and turn.locator(".excluded").count() == 0
    assert page.toasts() == []
    page.shot("chat-filters-open")
    # documents and process filters: only the Global Digital Compact is cited
    p.locator("#doc-filter label", has_text="Global Digital Compact (2024)").click()
    p.locator("#process label", has_text="GDC").click()
    page.ask("How should everyone be connected?", answers=2)
    pids = [b.get_attribute("data-pid") for b in page.last_turn().locator("button.cite").all()]
    assert pids and all(pid.startswith("global-digital-compact#") for pid in pids), pids
    # a filter the index cannot satisfy is reported in the chat, not as a toast
    p.locator("#process label", has_text="WSIS").click()
    page.ask("How should everyone be connected?", answers=3)
    assert "filters exclude every indexed document" in page.last_turn().inner_text().lower() or \
        page.last_turn().locator(".excluded").count() == 1
    assert page.toasts() == []


def test_a_date_question_quotes_the_line_that_prints_the_date(page):
    """"When was X adopted?" is answered from the title block's printed date (assistant/dates.py), not
    from a topic paragraph; its citation opens the source panel on that line."""
    p = page.page
    page.ask("When was the Tunis Agenda adopted?")
    turn = page.last_turn()
    assert "18 November 2005" in turn.inner_text()
    cites = turn.locator("button.cite")
    assert {b.get_attribute("data-pid") for b in cites.all()} == {"tunis-agenda#title"}
    assert turn.locator(".refs li").count() == 1
    cites.first.click()
    p.wait_for_selector("#source-panel .wsis-source[data-shown='tunis-agenda#title']")
    assert "18 November 2005" in p.locator("#source-panel .para mark").inner_text()
    assert page.toasts() == []


def test_a_year_range_says_which_documents_it_excluded(page):
    p = page.page
    page.open_filters()
    page.box("year-from").fill("2020")
    page.box("year-to").fill("2030")
    page.ask("What is Internet governance?")
    turn = page.last_turn()
    excluded = turn.locator(".excluded .doc")
    assert excluded.count() >= 1
    assert "tunis-agenda" in [excluded.nth(i).get_attribute("data-doc") for i in range(excluded.count())]
    assert "Tunis Agenda (2005)" in turn.locator(".excluded").inner_text()
    assert "Tunis Agenda" in turn.locator(".notice").inner_text()
    cited = [b.get_attribute("data-pid") for b in turn.locator("button.cite").all()]
    assert cited and not any(pid.startswith("tunis-agenda#") for pid in cited)
    page.shot("chat-year-range-excluded")
    # a year out of range is a clear message in the chat naming the box
    page.box("year-from").fill("1800")
    p.fill("#question textarea", "What is Internet governance?")
    p.click("#ask")
    p.wait_for_selector("#chat-log .a.error")
    assert "From year: must be a year between 1900 and 2100" in p.locator("#chat-log .a.error").inner_text()
    assert p.locator("#question textarea").input_value() == "What is Internet governance?"  # kept to retry
    # emptied again: no bound, nothing excluded
    page.box("year-from").fill("")
    page.box("year-to").fill("")
    page.ask("What is Internet governance?", answers=2)
    assert page.last_turn().locator(".excluded").count() == 0
    assert page.last_turn().locator("button.cite[data-pid^='tunis-agenda#']").count() >= 1


def test_examples_enter_export_and_new_conversation(page):
    p = page.page
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    p.get_by_text("Tunis Agenda paragraph 72", exact=True).click()  # an example fills the box
    page.wait_value("question", "Tunis Agenda paragraph 72")
    page.box("question").fill("Tunis Agenda paragraph 4")
    page.box("question").press("Enter")  # Enter asks too
    p.wait_for_function("document.querySelectorAll('#chat-log .turn').length >= 1"
                        " && !document.querySelector('#chat-log .pending')")
    assert page.last_turn().locator("button.cite[data-pid='tunis-agenda#4']").count() >= 1
    assert page.box("question").input_value() == ""
    # the source panel: a reference in the list opens the paragraph; its neighbour opens from the panel
    page.last_turn().locator(".refs button.ref").first.click()
    p.wait_for_selector("#source-panel .wsis-source[data-shown='tunis-agenda#4']")
    p.locator("#source-panel .ctx.before button").click()
    p.wait_for_function("document.querySelector('#source-panel .wsis-source').dataset.shown !== 'tunis-agenda#4'")
    # export: the Markdown, the copy button, the download
    p.get_by_text("Copy or export the last answer").click()
    markdown = p.locator("#export-md textarea").input_value()
    assert markdown.startswith("## Tunis Agenda paragraph 4") and "Tunis Agenda, WSIS-05/TUNIS/DOC/6(Rev.1)-E, para. 4" in markdown
    p.locator("#export-md button[aria-label*='opy'], #export-md button[title*='opy']").first.click()
    p.wait_for_function("navigator.clipboard.readText().then(t => t.startsWith('## Tunis Agenda paragraph 4'))")
    with p.expect_download() as download:
        p.click("#export-file")
    assert Path(download.value.path()).read_text(encoding="utf-8") == markdown
    # layout: a wide question box, buttons on one line
    question, ask, clear = (p.locator(s).bounding_box() for s in ("#question", "#ask", "#clear"))
    assert question["width"] >= 500, question
    assert clear["height"] <= 40 and ask["height"] <= 48, (clear, ask)
    p.click("#clear")
    p.wait_for_function("document.querySelectorAll('#chat-log .turn').length === 0")
    assert "Ask about the WSIS outcome documents" in p.locator("#chat-log").inner_text()
    assert "Click a citation" in p.locator("#source-panel").inner_text()
    assert page.box("question").input_value() == ""


# -- Compare and Agreed language: every control ------------------------------------------------------
def test_compare_examples_and_paragraphs_per_document(page):
    p = page.page
    page.tab("Compare")
    p.get_by_text("digital divide", exact=True).click()
    page.wait_value("topic", "digital divide")
    slider = p.locator("#per-doc input[type='number']")
    slider.fill("1")
    slider.press("Tab")
    page.box("topic").press("Enter")  # Enter compares too
    p.wait_for_selector("#compare-table tr.cmp-row")
    assert "digital divide" in p.locator("#compare-table").inner_text()
    rows = p.locator("#compare-table tr.cmp-row")
    assert all(rows.nth(i).locator("blockquote").count() <= 1 for i in range(rows.count()))
    assert any(rows.nth(i).locator("blockquote").count() == 1 for i in range(rows.count()))
    undated = [rows.nth(i).get_attribute("data-doc") for i in range(rows.count())][-1]
    assert undated in ("script-injection", "markup-in-metadata", "flattened-excerpt")
    first = p.locator("#compare-table button.cite").first
    first.click()
    p.wait_for_selector(f"#compare-source .wsis-source[data-shown='{first.get_attribute('data-pid')}']")
    p.locator("#compare-source .ctx button").first.click()
    p.wait_for_function("document.querySelector('#compare-source .wsis-source').dataset.shown !== "
                        f"{first.get_attribute('data-pid')!r}")
    p.locator("#compare-table details summary").first.click()
    assert p.locator("#compare-table details[open]").count() == 1


def test_agreed_language_slider_and_source(page):
    p = page.page
    page.tab("Agreed language")
    page.box("draft").fill("Member States call for partnerships that are transparent, accountable and open to new members.")
    slider = p.locator("#agreed-k input[type='number']")
    slider.fill("2")
    slider.press("Tab")
    p.click("#agreed-btn")
    p.wait_for_selector("#agreed-out .card")
    assert p.locator("#agreed-out .card").count() == 2
    p.locator("#agreed-out details summary").first.click()
    assert "transparent, accountable" in p.locator("#agreed-out details[open] mark").first.inner_text()
    p.locator("#agreed-out button.cite").first.click()
    p.wait_for_selector("#agreed-source .wsis-source[data-shown='tunis-commitment#6'] mark")
    p.locator("#agreed-source .ctx.after button").click()
    p.wait_for_function("document.querySelector('#agreed-source .wsis-source').dataset.shown !== 'tunis-commitment#6'")
    # an empty draft is an error in the panel
    page.box("draft").fill("   ")
    p.click("#agreed-btn")
    p.wait_for_selector("#agreed-out .error")
    assert "draft: is empty" in p.locator("#agreed-out .error").inner_text()


# -- Library: structure report and layout ---------------------------------------------------------------
def test_library_structure_report_and_every_column_visible(page, server):
    p = page.page
    page.tab("Library")
    p.wait_for_selector("#library-table")
    headers = p.locator("#library-table th")
    names = [headers.nth(i).inner_text().strip() for i in range(headers.count())]
    assert names[-1] == "structure", names
    table = p.locator("#library-table").bounding_box()
    viewport = p.viewport_size["width"]
    for i in range(headers.count()):
        box = headers.nth(i).bounding_box()
        assert box["x"] >= table["x"] - 1 and box["x"] + box["width"] <= min(table["x"] + table["width"], viewport) + 1, \
            (names[i], box, table)
    text = p.locator("#library-table").inner_text()
    assert "1 warning" in text and "gaps" in text
    report = p.locator("#structure-report")
    assert "Structure check" in report.inner_text()
    flagged = report.locator("details[data-doc='tunis-agenda']")
    flagged.locator("summary").click()
    assert flagged.locator("li").count() >= 1 and flagged.locator("li").first.is_visible()
    page.shot("library-structure")
