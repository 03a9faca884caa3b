"""The concept check's phrases (assistant/concepts.py): which words of a question name concepts, cut by word class and frame words."""
from __future__ import annotations

from wsis.assistant import concepts as C
from wsis.assistant.word_presence import time_forms
from tests.concept_checks import texts


def test_indefinite_pronouns_frame_the_question():
    assert texts("Has everybody gained equally from the new technologies?") == ["new technologies"]


def test_the_emphasis_compared_is_no_concept():
    """Round 39: "Did both WSIS+10 outcome documents deal with protecting users? How do they differ in emphasis?" was refused:
    "do not mention emphasis"."""
    assert texts("How do they differ in emphasis on privacy?") == ["privacy"]


def test_a_stance_s_own_adjective_frames_the_question():
    """"a consistent line", "a clear position": how firm a stance is, no concept the texts must say
    ("The texts do not mention consistent"); a concept before a frame word stays ("multi-stakeholder")."""
    assert texts("Is there a consistent line from the 2015 review to the compact that the internet must stay open?") == \
        ["internet", "open"]
    assert texts("Do they take a clear position on encryption?") == ["encryption"]
    assert texts("What is the multi-stakeholder approach?") == ["multi-stakeholder"]
    # a thread or ground the texts share is the frame's too (round 13: "The texts do not mention common thread")
    assert texts("Is there a common thread about access between Geneva and Tunis?") == ["access"]
    assert texts("Is there common ground on AI?") == ["AI"]
    # round 23: "a thread from X to Y", without "common" ("do not mention thread")
    assert texts("Is there a thread from the ethics section to what is said about rights online?") == ["ethics section", "rights online"]
    assert texts("Are email threads covered by privacy rules?") == ["email threads", "privacy rules"]
    # round 26: "a through-line", "down the road", "in this business", "the Geneva crowd" (each "do not mention ...")
    assert texts("Is there a through-line from the old goal to the top challenge?") == ["old goal", "top challenge"]
    assert texts("Is there a thread connecting the old goal and the top challenge?") == ["old goal", "top challenge"]  # round 27
    assert texts("Is there a common thread linking the old goal and the top challenge?") == ["old goal", "top challenge"]
    # round 28: "continuity between X and Y" ("do not mention continuity"), "a lot", "but"; not "links to content"
    assert texts("Is there real continuity between WSIS and the compact on rights and dignity?") == ["rights", "dignity"]
    assert texts("Do they ban links to harmful content?") == ["links", "harmful content"]
    assert texts("our communities get watched a lot") == ["communities"]
    assert texts("What about business continuity with cloud services?") == ["business continuity", "cloud services"]  # review
    assert texts("do these un papers say anything about who is supposed to stop junk mail?") == ["junk mail"]  # round 29
    assert texts("Does the compact ask for open access to research papers?") == ["open access", "research papers"]  # second review
    assert texts("is there any funding for startups in these docs?") == ["funding", "startups"]  # round 30: "docs" as "papers"
    assert texts("are there policy docs on cloud computing?") == ["policy docs", "cloud computing"]
    assert texts("what do the UN docs say about network shutdowns?") == ["network shutdowns"]  # review: in capitals too
    assert texts("What does UN Women do?") == ["UN Women"]
    assert texts("Does the GDC mention un women?") == ["un women"] and texts("Is the 2G/3G sunset mentioned?") == ["2G 3G sunset"]
    assert "DNS" not in texts("does enhanced cooperation cover the DNS / IP address side?")  # one name, not two wordings
    assert texts("Does the compact mention parking lots for data centres?") == ["parking lots", "data centres"]
    # round 30: a body's job is its role, asked of it ("does not mention job"); not the asker's job or a job market
    assert texts("what's the IGF's job?") == ["IGF"] and texts("whose job is it to fight spam?") == ["spam"]
    assert texts("does AI threaten my job?") == ["AI", "job"] and texts("the UN's job market") == ["UN job market"]
    assert texts("What is the job of the forum?") == ["forum"] and texts("What's the forum's job exactly?") == ["forum"]  # second review
    assert texts("Does the compact protect workers whose job is threatened by AI?") == ["workers", "job", "AI"]
    assert texts("Will AI take away their job?") == ["AI", "job"]
    assert "but" not in texts("Geneva says something about everyone being able to not just consume but also add info, right?")
    assert texts("Both talk about taking another look down the road. Same horizon?") == ["horizon"]
    assert texts("Did it drift away from Tunis? Ten years is a long time in this business.") == ["long time"]
    assert texts("In 2003 the Geneva crowd admitted the gains were lopsided.") == ["gains"]
    assert texts("What about the road map for business?") == ["road map", "business"]
    assert texts("Will AI take jobs down the road?") == ["AI", "jobs"]  # not "jobs down" (review)
    assert texts("crowd surveillance at protests") == ["crowd surveillance", "protests"]  # a crowd as such (review)
    assert texts("AI crowd surveillance at protests") == ["AI crowd surveillance", "protests"]
    # "another" is a determiner, as "other" is: "another full stocktake" would need "another" in the texts (read sc-xd-decade-ahead-reviews)
    assert texts("which of these texts schedule another full stocktake a decade down the road?") == ["full stocktake"]
    # round 24: when a thing was done ("first set out") and "everything else" are the frame's
    assert texts("How did the later texts pick up the common vision first set out at Geneva?") == ["common vision"]
    assert texts("Which targets were first set in 2003?") == ["targets"]
    assert texts("What does everything else rest on?") == []
    assert texts("What about ground stations for satellites?") == ["ground stations", "satellites"]


def test_a_verb_s_particle_or_half_a_word_is_no_concept():
    """Round 13: "The texts do not mention pitch." / "countryside online"."""
    assert texts("Who is expected to pitch in on the funding?") == ["funding"]
    assert texts("Is there anything about paying for getting the countryside online?") == ["countryside"]
    assert texts("What does it say on online shopping?") == ["online shopping"]


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
    assert texts("Is swapping lessons learned part of the Forum's job?") == ["swapping lessons learned", "Forum"]  # its job: its role (round 30)
    assert texts("What part do parliaments play in the follow-up?") == ["parliaments", "follow-up"]


def test_a_plural_noun_after_a_preposition_is_no_verb():
    # the tagger reads "courts" after "about" as a verb ("he courts"): the question's subject was lost
    assert texts("Is there anything about courts going digital, say hearings by video link?")[:1] == ["courts"]
    assert texts("What about the releases?") == ["releases"]


def test_picking_a_theme_up_is_question_wording():
    # tester Y: "Does the compact pick that theme up?" after a turn on connectivity: "does not mention pick"
    assert texts("Does the compact pick that theme up? (connectivity)") == ["connectivity"]
    assert texts("Did the Pact pick up the theme of digital inclusion?")[-1:] == ["digital inclusion"]


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


def test_other_hyphens_and_scripts_keep_a_word_whole():
    """A phrase is cut from the question as typed (its text stays a substring, so its weight can be
    measured by removing it): U+2011 and en-dash hyphens, letters of other scripts."""
    for q, want in (("What should be done about e\u2011waste?", "e\u2011waste"),
                    ("Will the post\u20132015 vision be reviewed?", "post\u20132015 vision"),
                    ("What about C\u00f4te d'Ivoire?", "C\u00f4te d'Ivoire")):
        got = texts(q)
        assert got == [want] and want in q, (q, got)
    assert time_forms("post\u20112015") == ["after 2015", "beyond 2015", "since 2015"]


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


def test_a_span_of_time_and_a_names_number_are_not_concepts():
    """"twelve years later" says when: no concept the texts must name (the answer said "they do not mention
    twelve years"); a named decade stays. "WSIS+10" is a review's name, one acronym since round 37 (not
    "WSIS", a frame word, and "10"), which the concept check finds as written or as a candidate text's own name."""
    assert texts("Twelve years later, did the General Assembly still see gaps?") == ["General Assembly", "gaps"]
    assert texts("Did the WSIS+10 participants a decade later stand by the vision?") == ["WSIS+10 participants", "vision"]
    assert texts("Was it still there ten-odd years later in the Assembly text?") == ["Assembly"]  # round 27
    assert texts("Are ten-year plans asked for?") == ["ten-year plans"]
    assert texts("Was it still there 10-odd years later?") == [] and texts("What about odd years?") == ["odd years"]
    assert texts("What does the Decade of Action ask?") == ["Decade", "Action"]


def test_a_part_of_a_text_by_its_place_is_no_concept():
    """"The last action line", "the first strand": a place in a text (``regions``), not a subject to find;
    an ordinal alone stays ("its very last line"), and so does a name ("the Decade of Action")."""
    assert texts("What is the last action line of the Geneva plan about?") == []
    assert texts("What is the first strand about?") == []
    assert texts("How does the compact sign off in its very last line?") == ["sign", "last"]
    assert texts("What does the Decade of Action ask?") == ["Decade", "Action"]


def test_looking_and_a_likened_name_are_no_concepts():
    # round 20: "talk about looking again after a decade" was refused with "The texts do not mention looking";
    # "some sort of IPCC-style expert body": the body is asked about, the IPCC only likened to it
    assert "looking" not in texts("Both texts talk about looking again after a decade. What does each commit to?")
    assert texts("Is there going to be some IPCC-style expert body that puts out a yearly report?") == ["expert body", "yearly report"]
    assert texts("Does the compact set GDPR-like rules?") == ["rules"]
    assert texts("What is a look-up table?") == ["look-up table"]
    # round 21: "what is it in each case?" was refused with "The texts do not mention case"
    assert texts("Which texts call for a yearly report, and what is it in each case?") == ["yearly report"]
    assert texts("What does the compact say about case law on privacy?") == ["case law", "privacy"]  # review
    assert texts("Are there any case studies?") == ["case studies"]


def test_a_precedent_is_the_question_s_frame():
    """Round 25: "Is there precedent in both ... for setting the next review roughly a decade out?" was
    refused: "the texts do not mention precedent"."""
    found = texts("Is there precedent in both the outcome and the vision for setting the next review roughly a decade out?")
    assert found == ["vision", "next"], found
    assert texts("What do the texts say about legal precedent?") == ["legal precedent"]  # asked about, not the frame


def test_a_phrase_written_with_a_slash_is_cut_from_the_question():
    """Round 25: "a national CERT / incident response team" weighed nothing: the question without the phrase
    was the question, since the phrase's words stood apart by a slash."""
    from wsis.assistant.phrase_places import without_phrases
    phrase = C.Phrase("national CERT incident response team", ["national", "CERT", "incident", "response", "team"])
    assert without_phrases("do they want a national CERT / incident response team here?", [phrase]) == "do they want a here?"


def test_a_name_with_a_number_is_an_acronym(assistant):
    """Round 35: "what lessons regarding the COVID-19 pandemic the Global Digital Compact draws for digital health systems?" was
    answered: "COVID-19" was no acronym, so no name the texts lack."""
    from wsis.assistant.phrases import is_acronym

    assert is_acronym("COVID-19") and is_acronym("ICT4D") and not is_acronym("A-19") and not is_acronym("Covid-19")
    answer = assistant.ask("In view of the experience of recent years, could you indicate what lessons regarding the COVID-19 pandemic "
                           "the Global Digital Compact draws for digital health systems?", mode="extractive")
    assert answer.abstained and "COVID-19" in answer.missing_concept, answer.answer


def test_accessibility_is_not_access(assistant):
    """Round 34: "Do the texts mention web accessibility standards, like WCAG ...?" was answered: the stemmer made "accessibility"
    (for persons with disabilities, asked in 24 fresh questions) "access", which every text has."""
    from wsis.assistant.terms import norm_tokens

    assert norm_tokens("accessibility accessibilities") == ["accessibilit"] * 2 and norm_tokens("accessible access") == ["access"] * 2
    answer = assistant.ask("Do the texts mention web accessibility standards?", mode="extractive")
    assert answer.abstained and "accessibility" in answer.missing_concept, answer.answer
    assert not assistant.ask("Do the texts mention free access to information in libraries?", mode="extractive").abstained
