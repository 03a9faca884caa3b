"""The Chat tab in a real browser: citations and the source panel, filters, year ranges, examples, Enter, export, New conversation."""
from __future__ import annotations

from pathlib import Path

from wsis.assistant.ui.app import examples_for
from tests.conftest_browser import MARKS, browser, page  # noqa: F401 (fixtures)
from tests.conftest_ui import server  # noqa: F401 (fixture)

pytestmark = MARKS


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


def test_examples_enter_export_and_new_conversation(page, server):
    p = page.page
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    # the look-up example names a paragraph the index holds (the fixture's Tunis Agenda stops before 72)
    corpus = server.backend.corpus()
    lookup = next(q for q in examples_for(corpus) if "paragraph" in q)
    assert lookup.startswith("Tunis Agenda paragraph ") and corpus.get("tunis-agenda#" + lookup.rsplit(" ", 1)[1]), lookup
    p.get_by_text(lookup, exact=True).click()  # an example fills the box
    page.wait_value("question", lookup)
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
