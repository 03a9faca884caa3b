"""Language detection of the six UN languages and the fusion weights for a question's language."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from wsis.assistant.languages import UN_LANGUAGES, detect_language, fusion_weights

ROOT = Path(__file__).resolve().parents[1]

# Short specimen sentences written for these tests (not taken from any official text).
SPECIMENS = {
    "en": ["The Forum meets once a year and publishes its proceedings.",
           "what does the text say about affordable connectivity"],
    "fr": ["Le Forum se réunit une fois par an et publie ses travaux.",
           "Que dit le texte sur l'accès abordable à l'Internet ?",
           "quel est le role du forum"],
    "es": ["El Foro se reúne una vez al año y publica sus actas.",
           "¿Qué dice el texto sobre la conectividad asequible?",
           "como se mide la brecha digital"],
    "ar": ["يجتمع المنتدى مرة في السنة وينشر أعماله.", "ما دور الإنترنت في التنمية؟ ICT"],
    "zh": ["论坛每年举行一次会议并公布其议事录。", "ICT 和 Internet 治理是什么？"],
    "ru": ["Форум собирается раз в год и публикует свои материалы.", "Что сказано об ИКТ и Internet?"],
}


@pytest.mark.parametrize("lang", UN_LANGUAGES)
def test_specimens_are_detected(lang):
    for text in SPECIMENS[lang]:
        assert detect_language(text) == lang, text


def test_every_question_of_the_multilingual_suite_is_detected():
    questions = yaml.safe_load((ROOT / "eval" / "suites" / "multilingual.yaml").read_text(encoding="utf-8"))["questions"]
    assert {q["lang"] for q in questions} == set(UN_LANGUAGES)
    for lang in UN_LANGUAGES:
        assert sum(q["lang"] == lang for q in questions) >= 10, lang
    wrong = [(q["id"], detect_language(q["question"])) for q in questions if detect_language(q["question"]) != q["lang"]]
    assert not wrong, wrong


def test_no_evidence_falls_back_to_the_default():
    assert detect_language("") == "en"
    assert detect_language("12 (b) 2005 ¶ 72", default="fr") == "fr"
    assert detect_language("ICT4D", default="es") == "es"  # no stop word: the default
    # the citation abbreviation alone is no Spanish ("para" is Spanish for "for", and what a user types before a number)
    assert detect_language("para") == "en"
    assert detect_language("economía") == "es" and detect_language("Pourquoi ?") == "fr"  # other single words still tell


def test_a_paragraph_reference_is_no_spanish():
    """"para 72" is the citation abbreviation, not the Spanish "para": the answer stays in English."""
    for q in ("Tunis Agenda para 72", "GDC para. 29(d)", "Tunis Agenda para 72 and GDC paras 28-29", "TA para -3"):
        assert detect_language(q) == "en", q
    for q in ("¿Qué dice la Agenda de Túnez para el Foro?", "¿Qué se prevé para 2015 en la Agenda?", "Objetivos para 2030"):
        assert detect_language(q) == "es", q
    # the word naming the paragraph tells a French or Spanish look-up (a title alone ties "de" with "de")
    assert detect_language("Agenda de Tunis, paragraphe 70") == "fr" and detect_language("Agenda de Túnez, parrafo 70") == "es"


def test_fusion_weights_follow_the_question_language():
    assert fusion_weights("en", 1.2, 0.8) == {"bm25": 1.2, "dense": 0.8}
    assert fusion_weights("fr", 1.0, 1.0, texts_lang="fr") == {"bm25": 1.0, "dense": 1.0}
    for lang in ("ar", "zh", "ru"):
        assert fusion_weights(lang, 1.0, 1.0) == {"bm25": 0.0, "dense": 1.0}
    fr = fusion_weights("fr", 1.0, 1.0)
    assert 0 < fr["bm25"] < 1.0 and fr["dense"] == 1.0
