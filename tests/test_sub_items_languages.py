"""Sub-items of the other UN language versions (ingest.sub_markers): Arabic "(أ)" / "أ -" in the abjad
order, Russian Cyrillic "а)" "б)" in the drafting order (and Latin letters typed with Cyrillic
look-alikes), Chinese "（a）" / "(a)" without a space and ㈠ ㈡; every one keyed by the English letter,
so that the Arabic 2(b) is linked to the English 2(b).

The specimen paragraphs are our own words, laid out as the language versions print them; they are
parsed by the real parser (and, for the linked pair, ingested into a real index)."""
from __future__ import annotations

from pathlib import Path

from tests.conftest import make_settings
from wsis.ingest.parsers import parse_file
from wsis.ingest.structure import structure
from wsis.ingest.sub_markers import letter_keys
from wsis.types import Paragraph

ABJAD = ["أ", "ب", "ج", "د", "هـ", "و", "ز", "ح", "ط", "ي", "ك", "ل", "م", "ن"]
CYRILLIC = ["а", "б", "в", "г", "д", "е", "ж", "з", "и", "к", "л", "м", "н", "о"]  # no ё, й
LATIN = "abcdefghijklmn"


def _parse(tmp_path: Path, text: str, name: str = "specimen.txt") -> dict[str, Paragraph]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return {p.label: p for p in structure(parse_file(path), "specimen")}


def _list(marks: list[str], fmt: str, item: str, end: str) -> str:
    return "\n".join(fmt.format(m) + f" {item} {i + 1}{end if i + 1 < len(marks) else '.'}" for i, m in enumerate(marks))


# -- Arabic ---------------------------------------------------------------------------------------
ARABIC = """تقرير تجريبي عن التعاون الرقمي

1. تشير اللجنة إلى أهمية العمل المشترك بين البلدان.

2. تطلب اللجنة من الأمانة ما يلي:
(أ) إعداد تقرير سنوي قصير عن التقدم المحرز؛
(ب) تنظيم حلقات عمل إقليمية للخبراء والطلاب؛
(ج) نشر النتائج على موقع شبكي مفتوح للجميع؛
(د) تشجيع الجامعات على المشاركة في الدراسات؛
(هـ) تقديم توصيات موجزة إلى الدورة المقبلة.

3. تدعو الدول إلى ما يلي: (أ) تبادل البيانات بصورة منتظمة؛ (ب) دعم المدارس الريفية؛ (ج) حماية خصوصية المستخدمين.

4. تقرر اللجنة ما يلي:
أ - أن تواصل النظر في المسألة؛
ب - أن تعقد اجتماعاً إضافياً في الربيع.

5. تبقي اللجنة هذه المسألة قيد نظرها.
"""


def test_arabic_letters_are_keyed_by_the_english_letter(tmp_path):
    p = _parse(tmp_path, ARABIC)
    assert list(p) == ["title", "1", "2", "3", "4", "5"]
    assert list(p["2"].sub_items) == ["a", "b", "c", "d", "e"]
    assert p["2"].sub_items["b"] == "تنظيم حلقات عمل إقليمية للخبراء والطلاب؛"
    assert p["2"].sub_items["e"].startswith("تقديم توصيات")
    assert "\n(ب) تنظيم" in p["2"].text and "\n(هـ) تقديم" in p["2"].text  # the text keeps the printed marker
    assert list(p["3"].sub_items) == ["a", "b", "c"]  # inside a flattened line, after "؛"
    assert p["3"].sub_items["b"] == "دعم المدارس الريفية؛"
    assert list(p["4"].sub_items) == ["a", "b"]  # "أ -" at the start of a right-to-left line
    assert p["5"].sub_items == {}


def test_arabic_abjad_order_and_mirrored_brackets(tmp_path):
    text = "نص تجريبي\n\n1. تطلب اللجنة ما يلي:\n" + _list(ABJAD, "({})", "البند", "؛") + "\n\n2. تنتهي الوثيقة هنا.\n"
    assert list(_parse(tmp_path, text)["1"].sub_items) == list(LATIN)
    mirrored = "نص تجريبي\n\n1. تطلب اللجنة ما يلي:\n)أ( البند الأول؛\n)ب( البند الثاني.\n"
    assert list(_parse(tmp_path, mirrored, "m.txt")["1"].sub_items) == ["a", "b"]


def test_arabic_letters_out_of_order_stay_text(tmp_path):
    text = "نص تجريبي\n\n1. تطلب اللجنة ما يلي:\n(أ) البند الأول؛\n(د) ليس هذا البند التالي.\n"
    p = _parse(tmp_path, text)["1"]
    assert list(p.sub_items) == ["a"] and "(د) ليس" in p.sub_items["a"]


# -- Russian --------------------------------------------------------------------------------------
RUSSIAN = """ПРОБНЫЙ ДОКЛАД О ЦИФРОВОМ СОТРУДНИЧЕСТВЕ

1. Совещание рекомендует государствам:
а) укреплять сотрудничество в области связи;
б) поддерживать открытые данные;
в) развивать навыки молодежи;
г) сообщать о ходе работы ежегодно.

2. Совещание также просит:
(а) подготовить краткую записку;
(б) распространить ее среди участников.

3. Совещание предлагает: a) обмениваться опытом; b) поддерживать школы; с) защищать пользователей.
"""


def test_russian_cyrillic_and_latin_letters(tmp_path):
    p = _parse(tmp_path, RUSSIAN)
    assert list(p["1"].sub_items) == ["a", "b", "c", "d"]
    assert p["1"].sub_items["c"] == "развивать навыки молодежи;"
    assert "\nв) развивать" in p["1"].text
    assert list(p["2"].sub_items) == ["a", "b"]
    # Latin letters with a Cyrillic look-alike "с" for c, inside a flattened line
    assert list(p["3"].sub_items) == ["a", "b", "c"] and p["3"].sub_items["c"] == "защищать пользователей."


def test_russian_drafting_order_skips_yo_and_short_i(tmp_path):
    text = "ПРОБНЫЙ ТЕКСТ\n\n1. Совещание решает:\n" + _list(CYRILLIC, "{})", "пункт", ";") + "\n"
    assert list(_parse(tmp_path, text)["1"].sub_items) == list(LATIN)
    assert letter_keys("е") == ("f", "e") and letter_keys("к") == ("j",) and letter_keys("й") == ()


# -- Chinese --------------------------------------------------------------------------------------
CHINESE = """数字合作试验报告

1. 会议请各方：
（a） 加强区域合作；
（b）分享良好做法；
(c)支持青年参与。

2. 会议建议：(a)加强统计能力；(b)改进数据共享；(c)定期报告进展。

3. 会议决定：
㈠ 设立一个工作组；
㈡ 在明年审查结果。
"""


def test_chinese_full_width_unspaced_and_roman_ideographs(tmp_path):
    p = _parse(tmp_path, CHINESE)
    assert list(p["1"].sub_items) == ["a", "b", "c"]
    assert p["1"].sub_items["b"] == "分享良好做法；" and "\n（b） 分享" in p["1"].text  # the printed marker kept
    assert list(p["2"].sub_items) == ["a", "b", "c"] and p["2"].sub_items["b"] == "改进数据共享；"
    assert list(p["3"].sub_items) == ["i", "ii"]


def test_english_letters_are_unchanged(tmp_path):
    text = "A Specimen Text\n\n1. The meeting asks:\n(a) First item;\n(b) Second item;\n(c) Third item.\n"
    assert list(_parse(tmp_path, text)["1"].sub_items) == ["a", "b", "c"]


# -- an English + Arabic pair, ingested: the Arabic 2(b) is linked to the English 2(b) -------------
ENGLISH = """Specimen Report on Digital Cooperation

1. The committee notes the value of joint work between countries.

2. The committee asks its secretariat:
(a) To prepare a short yearly progress report;
(b) To organise regional workshops for experts and students;
(c) To publish the results on an open website.

3. The committee keeps the matter under review.
"""
ARABIC_PAIR = """تقرير تجريبي عن التعاون الرقمي

1. تشير اللجنة إلى قيمة العمل المشترك بين البلدان.

2. تطلب اللجنة من أمانتها ما يلي:
(أ) إعداد تقرير سنوي قصير عن التقدم المحرز؛
(ب) تنظيم حلقات عمل إقليمية للخبراء والطلاب؛
(ج) نشر النتائج على موقع شبكي مفتوح.

3. تبقي اللجنة هذه المسألة قيد نظرها.
"""


def test_ingested_arabic_sub_item_is_linked_to_the_english_one(tmp_path):
    from wsis.assistant.library import ingest_paths
    from wsis.index_store.store import IndexStore

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "specimen-report.txt").write_text(ENGLISH, encoding="utf-8")
    (corpus / "specimen-report.ar.txt").write_text(ARABIC_PAIR, encoding="utf-8")
    settings = make_settings(tmp_path / "data")
    report = ingest_paths([corpus], settings, progress=False)
    assert report.ok, report.to_dict()
    live = IndexStore(settings).corpus()
    english = live.get("specimen-report#2")
    assert english is not None and live.documents["specimen-report.ar"].parallel_of == "specimen-report"
    versions = live.parallel("specimen-report#2")
    assert list(versions) == ["en", "ar"]
    arabic = versions["ar"]
    assert arabic.id == "specimen-report.ar#2"
    assert list(arabic.sub_items) == list(english.sub_items) == ["a", "b", "c"]
    assert arabic.sub_items["b"].startswith("تنظيم حلقات عمل") and english.sub_items["b"].startswith("To organise")


def test_arabic_roman_digits_in_quotes(tmp_path):
    text = ("نص تجريبي\n\n1. تقرر اللجنة ما يلي:\n'1' أن تجتمع مرتين في السنة؛\n'2' أن تنشر تقريراً موجزاً.\n\n"
            "2. تطلب اللجنة ما يلي:\n(أ) إعداد دراسة تشمل:\n'1' البيانات المتاحة؛\n'2' الثغرات القائمة؛\n(ب) عرضها في الدورة المقبلة.\n")
    p = _parse(tmp_path, text)
    assert list(p["1"].sub_items) == ["i", "ii"]  # Roman items of a paragraph without letters: top-level keys
    assert list(p["2"].sub_items) == ["a", "b"] and "'2' الثغرات القائمة؛" in p["2"].sub_items["a"]  # nested: inside (a)
