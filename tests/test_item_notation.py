"""Items of a paragraph written without brackets read as the texts write them."""
import pytest

from wsis.assistant.item_notation import bracket_items, expand, spelled_numbers, un_paragraph_words


@pytest.mark.parametrize("typed, read", [
    ("para 72 b of the Tunis Agenda", "para 72(b) of the Tunis Agenda"),
    ("TA para 72, sub-paragraph b", "TA para 72(b)"),
    ("Tunis Agenda 72.b", "Tunis Agenda 72(b)"),
    ("What does TA 72 b say?", "What does TA 72(b) say?"),
    ("GDC 29 c)", "GDC 29(c)"),
    ("para 8 b ii of the Geneva Plan of Action", "para 8(b)(ii) of the Geneva Plan of Action"),
    ("A/RES/70/125 OP 3 b ii", "A/RES/70/125 OP 3(b)(ii)"),
    ("para 8, item (d)", "para 8(d)"),
    ("para 72 a, b and c of the TA", "para 72(a), (b) and (c) of the TA"),
    ("para 72 a to c", "para 72(a) to (c)"),
    # not items: an article, a count, a version, the bracketed form itself
    ("Is para 5 a commitment?", "Is para 5 a commitment?"),
    ("In 2005 a summit was held", "In 2005 a summit was held"),
    ("We need 2 a day", "We need 2 a day"),
    ("version 2.5 of it", "version 2.5 of it"),
    ("paragraph 72(b)", "paragraph 72(b)"),
    ("para 72(a) and c", "para 72(a) and (c)"),  # the next item after one already bracketed
    ("TA 72b", "TA 72(b)"),  # the letter glued to the number
    ("para 72 b TA", "para 72(b) TA"),  # the text's acronym last (tester X)
    ("para 72 a The", "para 72 a The"),  # a capitalised word is no acronym
    ("para 72bis", "para 72bis"),
    # abbreviations and compounds after a number, a dotted number without a paragraph word or name
    ("What does para 5 e.g. say on gender?", "What does para 5 e.g. say on gender?"),
    ("para 12 i.e. the one on gender", "para 12 i.e. the one on gender"),
    ("Is para 5 a to-do item?", "Is para 5 a to-do item?"),
    ("SDG target 9.c", "SDG target 9.c"),
    # a whole question of a short name typed in lower case, a number and a letter
    ("ta 9 c", "ta 9(c)"), ("tc 5 b ii?", "tc 5(b)(ii)"), ("gdc 9.b", "gdc 9(b)"),
    ("what is 5 a", "what is 5 a"),
    # French and Spanish (tester Y: the whole paragraph was quoted)
    ("Agenda de Túnez párrafo 72 b", "Agenda de Túnez párrafo 72(b)"),
    ("paragraphe 72 b de l'Agenda de Tunis", "paragraphe 72(b) de l'Agenda de Tunis"),
    ("Agenda de Tunis paragraphe 72, alinéa b", "Agenda de Tunis paragraphe 72(b)"),
    ("párrafo 72, inciso b", "párrafo 72(b)"),
    ("Quelle portée le paragraphe 72 a ?", "Quelle portée le paragraphe 72 a ?"),  # review: the verb "a" (has)
    ("paragraphe 72, alinéa a", "paragraphe 72(a)"),
])
def test_bracketless_items(typed, read):
    assert bracket_items(typed) == read


@pytest.mark.parametrize("typed, read", [
    ("What does paragraph seventy-two of the Tunis Agenda say?", "What does paragraph 72 of the Tunis Agenda say?"),
    ("Quote para sixty nine", "Quote para 69"),
    ("paras nine and ten of the GDC", "paras 9 and 10 of the GDC"),
    ("paragraphs sixty-nine to seventy-one", "paragraphs 69 to 71"),
    ("paragraph one hundred and twelve", "paragraph 112"),
    # words that are no number, a number with no paragraph word before it
    ("para tenacious", "para tenacious"),
    ("paragraph one-off", "paragraph one-off"),
    ("the paragraph on seven days", "the paragraph on seven days"),
    ("Is there a paragraph one could cite on this?", "Is there a paragraph one could cite on this?"),  # a pronoun
    ("a photo op one day", "a photo op one day"),  # "op" before a spelled number with no reference's end after it
    ("What does op two of A/RES/70/125 say?", "What does op 2 of A/RES/70/125 say?"),
    ("Tunis Agenda paragraph seventy-two (b)", "Tunis Agenda paragraph 72 (b)"),
    ("paragraph seventy-two b of the Tunis Agenda", "paragraph 72 b of the Tunis Agenda"),
    ("Does paragraph twelve mention AI?", "Does paragraph 12 mention AI?"),
    ("paragraph seventy-two's wording", "paragraph 72's wording"),
    ("Is there a paragraph one is able to cite?", "Is there a paragraph one is able to cite?"),
    ("What does PP two say?", "What does PP 2 say?"),
])
def test_spelled_numbers_after_a_paragraph_word(typed, read):
    assert spelled_numbers(typed) == read


def test_contractions_typed_without_an_apostrophe():
    from wsis.assistant.everyday import with_apostrophes

    assert with_apostrophes("whats the gdc position on the igf") == "what's the gdc position on the igf"
    assert with_apostrophes("Doesnt it say?") == "Doesn't it say?"
    assert with_apostrophes("its own plan, the hows and whys") == "its own plan, the hows and whys"


def test_acronyms_typed_in_lower_case():
    from wsis.assistant.everyday import acronyms_in_case
    from wsis.index_store.glossary import STANDARD

    shorts = [s for s, _ in STANDARD]
    assert acronyms_in_case("whats the gdc position on the igf", shorts) == "whats the GDC position on the IGF"
    assert acronyms_in_case("is the ict sector covered? and ngos?", shorts) == "is the ICT sector covered? and NGOs?"
    assert acronyms_in_case("c'est moi, the certs", shorts) == "c'est moi, the certs"  # words they spell


def test_a_misspelt_word_is_read_as_the_texts_spell_it():
    """One edit from exactly one word of the texts, unknown to them and to WordNet: "fragmentaion" is
    "fragmentation"; "disinformation" (a real word, one letter from "misinformation") is left alone."""
    from wsis.assistant.everyday import corrected_spelling

    from wsis.index_store.glossary import Glossary

    texts = Glossary([], ["fragmentation", "misinformation", "governance", "stakeholders"])
    def spelt(question: str) -> str:
        return corrected_spelling(question, texts.words, texts.words_starting)
    assert spelt("what does the GDC say about fragmentaion") == "what does the GDC say about fragmentation"
    assert spelt("Governnace and the stakholders") == "Governance and the stakeholders"
    assert spelt("disinformation and cryptocurrencies") == "disinformation and cryptocurrencies"
    # a word WordNet knows with an ending ("texting", "enablers", "properly") or a quoted one stays as typed
    texts = Glossary([], ["testing", "influences", "property", "enables", "fragmentation"])
    assert spelt("texting, AI enablers, influencers, properly") == "texting, AI enablers, influencers, properly"
    assert spelt("the word 'fragmentaion'") == "the word 'fragmentaion'"
    # a question's own wording, which the texts need not use (tester Z: "they do not mention diffrence")
    assert spelt("whats the diffrence between them") == "whats the difference between them"
    # a word of five or six letters: two letters swapped only (tester AB M5: "human rigths" was refused)
    texts = Glossary([], ["rights", "right", "cables", "gaps", "women"])
    assert spelt("human rigths and womne") == "human rights and women"
    assert spelt("capes and rigts") == "capes and rigts"  # another edit of a short word: as typed


def test_a_question_is_read_as_the_texts_would_write_it():
    from wsis.assistant.everyday import read_as_typed
    from wsis.index_store.glossary import STANDARD, Glossary

    texts = Glossary([], ["fragmentation"])
    read, respelt = read_as_typed("whats the igf view on fragmentaion? cant say", [s for s, _ in STANDARD], ["WHO", "STEM"],
                                  texts.words, texts.words_starting)
    assert read == "what's the IGF view on fragmentation? can't say" and respelt == [("fragmentaion", "fragmentation")]
    # an acronym the texts define that is also an English word stays a word
    assert read_as_typed("who adopted it and where does it stem from?", [], ["WHO", "STEM"], texts.words, texts.words_starting)[0] == \
        "who adopted it and where does it stem from?"


def test_the_first_paragraphs_are_a_range():
    from wsis.assistant.item_notation import first_paragraphs

    assert first_paragraphs("Give me the first three paragraphs of the GDC") == "Give me paragraphs 1 to 3 of the GDC"
    assert first_paragraphs("the first 2 paras") == "paras 1 to 2"
    assert first_paragraphs("the first paragraph") == "the first paragraph"  # one: a place (``places``)


def test_a_pasted_text_is_not_searched_word_by_word_for_spellings():
    """Only the first ``MAX_RESPELT`` unknown words of a question are looked up: a long paste of words
    the texts do not know costs a few milliseconds, not one look-up per word."""
    from wsis.assistant.everyday import MAX_RESPELT, corrected_spelling
    from wsis.index_store.glossary import Glossary

    texts = Glossary([], ["fragmentation"])
    looked: list[str] = []
    def starting(start: str, length: int) -> list[str]:
        looked.append(start)
        return texts.words_starting(start, length)
    corrected_spelling(" ".join(f"zzunknown{chr(97 + i % 26)}x" for i in range(40)) + " fragmentaion", texts.words, starting)
    assert len(looked) == MAX_RESPELT


def test_chinese_and_arabic_paragraph_numbers_are_references():
    assert un_paragraph_words("突尼斯议程第72段说了什么？").split() == ["突尼斯议程", "paragraph", "72", "说了什么？"]
    assert "paragraph 72(b)" in un_paragraph_words("突尼斯议程第72段（b）说了什么？")
    assert un_paragraph_words("ماذا تقول الفقرة ٧٢ من برنامج عمل تونس؟") == "ماذا تقول paragraph 72 من برنامج عمل تونس؟"
    assert un_paragraph_words("What does paragraph 72 say?") == "What does paragraph 72 say?"  # no other script: untouched
    assert "paragraphs 71 and 72" in un_paragraph_words("突尼斯议程第71和72段") and "paragraphs 72 to 75" in un_paragraph_words("第72至75段")
    assert "paragraph 71 and 72" in un_paragraph_words("برنامج عمل تونس الفقرتين ٧١ و٧٢")


def test_a_nested_item_list_stays_under_its_letter():
    assert expand("3(b)(i) and (ii)") == [("3", "b/i"), ("3", "b/ii")]
    assert expand("72(a) and (c)") == [("72", "a"), ("72", "c")]
