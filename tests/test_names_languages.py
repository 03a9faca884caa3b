"""Catalog texts named in the other UN languages ("le Pacte pour l'avenir", "Тунисской программе",
"全球数字契约"): the catalog's ``names``, used in questions only, never to identify a file."""
from __future__ import annotations

import pytest

from wsis.assistant.mentions import not_indexed
from wsis.assistant.references import DocumentNames
from wsis.ingest.catalog import catalog_by_id
from wsis.ingest.documents import _title_entry

CATALOG = catalog_by_id()
INDEXED = {d: CATALOG[d].to_info() for d in ("tunis-agenda", "global-digital-compact", "pact-for-the-future", "geneva-declaration")}


def named(question: str) -> list[tuple[str, str]]:
    return [(m.doc_id, question[m.start:m.end]) for m in DocumentNames(INDEXED).mentions(question)]


@pytest.mark.parametrize("question, doc_id, words", [
    ("Que dit le Pacte pour l’avenir sur les données ?", "pact-for-the-future", "Pacte pour l’avenir"),
    ("Que dit l'Agenda de Tunis sur le Forum ?", "tunis-agenda", "Agenda de Tunis"),
    ("¿Qué dice la Agenda de Túnez sobre el Foro?", "tunis-agenda", "Agenda de Túnez"),
    ("¿Qué dice el pacto digital global sobre los datos?", "global-digital-compact", "pacto digital global"),
    ("Что говорится в Тунисской программе о форуме?", "tunis-agenda", "Тунисской программе"),
    ("Что говорится в Женевской декларации принципов?", "geneva-declaration", "Женевской декларации принципов"),
    ("全球数字契约关于数据说了什么？", "global-digital-compact", "全球数字契约"),
    ("ماذا يقول الميثاق الرقمي العالمي عن البيانات؟", "global-digital-compact", "الميثاق الرقمي العالمي"),
    # accents optional, a short Russian word declined, Arabic prefixes and alef without hamza
    ("que dit le pacte numerique mondial ?", "global-digital-compact", "pacte numerique mondial"),
    ("Что говорится в Пакте во имя будущего?", "pact-for-the-future", "Пакте во имя будущего"),
    ("ما موقف للميثاق الرقمي العالمي؟", "global-digital-compact", "للميثاق الرقمي العالمي"),
    ("ماذا يقول اعلان مبادئ جنيف؟", "geneva-declaration", "اعلان مبادئ جنيف"),
])
def test_a_catalog_text_is_named_in_the_other_un_languages(question, doc_id, words):
    assert named(question) == [(doc_id, words)]


REVIEWS = {d: CATALOG[d].to_info() for d in ("wsis10-statement", "wsis10-vision", "a-res-70-125", "a-res-80-173")}


@pytest.mark.parametrize("question, doc_id, words", [
    ("Que dit la Vision du SMSI+10 sur l'accès ?", "wsis10-vision", "Vision du SMSI+10"),
    ("¿Qué dice la Declaración de la CMSI+10 sobre el acceso?", "wsis10-statement", "Declaración de la CMSI+10"),
    ("Что говорится в Заявлении ВВУИО+10 о доступе?", "wsis10-statement", "Заявлении ВВУИО+10"),
    ("Que dit le document final du SMSI+20 sur le Forum ?", "a-res-80-173", "document final du SMSI+20"),
    ("¿Qué dice el documento final de la CMSI+10 sobre el Foro?", "a-res-70-125", "documento final de la CMSI+10"),
])
def test_the_review_texts_are_named_in_the_other_un_languages(question, doc_id, words):
    """The WSIS+10 statement and vision and the two review resolutions (their symbols were the only
    names a question in another language could use)."""
    assert [(m.doc_id, question[m.start:m.end]) for m in DocumentNames(REVIEWS).mentions(question)] == [(doc_id, words)]


def test_ordinary_words_of_those_languages_name_nothing():
    for question in ("国家行动计划有哪些？", "Quel agenda pour le numérique ?", "¿Qué pacto social propone?",
                     "Какая программа действий предлагается?", "Что такое декларация принципов?", "有哪些原则宣言？"):
        assert named(question) == [], question


def test_a_text_named_in_french_but_not_indexed_is_said_to_be_missing():
    absent = not_indexed("Que dit la Déclaration sur les générations futures ?", INDEXED)
    assert [d.doc_id for d in absent] == ["declaration-on-future-generations"]


def test_the_names_never_identify_a_file():
    """A French file titled "Agenda de Tunis" is a language version, told apart by its own language:
    the names of other languages are not titles the ingest step matches."""
    assert _title_entry("Agenda de Tunis pour la société de l'information") is None
    assert _title_entry("Pacte pour l'avenir") is None
    assert _title_entry("Tunis Agenda for the Information Society") == "tunis-agenda"


def test_a_title_s_hyphen_may_be_a_space_and_documents_docs():
    """Round 27: "the wsis+10 high level event outcome docs" named no text (the alias: "WSIS+10 High-Level
    Event outcome documents"); a file's slug keeps its hyphen ("team-extract" is no "team extract")."""
    from wsis.assistant.name_patterns import alias_pattern

    pattern = alias_pattern("WSIS+10 High-Level Event outcome documents")
    assert pattern.search("who published the wsis+10 high level event outcome docs?")
    assert pattern.search("the WSIS+10 High-Level Event outcome documents")
    assert not alias_pattern("team-extract").search("the negotiating team extract")
    assert alias_pattern("WSIS+10 Statement").search("how do the wsis10 statement and the compact balance")  # round 29
    assert alias_pattern("WSIS+10 Vision").search("what does the WSIS + 10 Vision say")
