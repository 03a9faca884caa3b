"""The Compare, Agreed language and Library tabs in a real browser: every control, the structure report, upload on an empty index."""
from __future__ import annotations

import re

from tests.conftest_browser import MARKS, Watched, browser, page  # noqa: F401 (fixtures)
from tests.conftest_ui import _tmp, make_settings, server, start_server, write_docx  # noqa: F401 (server: a fixture)

pytestmark = MARKS


# -- Compare and Agreed language: every control ------------------------------------------------------

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
    assert "Paste a draft paragraph" in p.locator("#agreed-out .error").inner_text()
    assert p.locator("#question textarea").get_attribute("maxlength") is None  # a long paste is refused, not cut


# -- Library: documents, structure report, layout, upload ----------------------------------------------

def test_library_tab_lists_the_documents(page, server):
    p = page.page
    page.tab("Library")
    p.wait_for_selector("#library-table")
    text = p.locator("#library-table").inner_text()
    for doc_id in server.backend.corpus().documents:
        assert doc_id in text
    # the passages column says how many are numbered, the count the structure column checks
    numbered = sum(p.numbered for p in server.backend.corpus().paragraphs if p.doc_id == "tunis-agenda")
    assert f"({numbered} numbered)" in text, text
    from wsis.assistant.ui.panels import library_rows

    row = next(r for r in library_rows(server.backend) if r[0] == "tunis-agenda")  # the Tunis Agenda's own row says it
    assert row[4].endswith(f"({numbered} numbered)"), row
    page.shot("library")


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
