"""Lexicon terms in the concept check (assistant/terms.py): terms no paragraph uses, verbs naming them, their minimum and forms."""
from __future__ import annotations

from wsis.assistant import concepts as C
from wsis.assistant import terms as T
from tests.concept_checks import texts


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
    # a user's name for CERTs: "a national incident response team" (round 25)
    assert C.unused_term(phrase("national incident response team"), mentioned) == "incident response team"
    assert C.unused_term(phrase("Forum secretariat"), mentioned) == "secretariat"
    assert C.unused_term(phrase("national parliaments"), lambda text: text.lower() == "parliamentarians") == ""
    # round 30: a user's words for two topics' lines ("gig workers on delivery apps", "protecting undersea cables")
    assert C.unused_term(phrase("gig workers"), mentioned) == "gig workers"
    assert C.unused_term(phrase("protecting undersea cables"), mentioned) == "undersea cables"
    assert C.unused_term(phrase("gig workers"), lambda text: text.lower() == "platform workers") == ""
    assert C.unused_term(phrase("startups"), mentioned) == "startups"
    assert C.unused_term(phrase("subsea cables"), mentioned) == "subsea cables"  # review
    assert C.unused_term(phrase("national web archiving"), mentioned) == "web archiving"  # round 30
    assert C.unused_term(phrase("legal deposit"), lambda text: text.lower() == "web archiving") == "legal deposit"  # lines of their own
    assert C.unused_term(phrase("gig workers"), lambda text: text.lower() == "automation") == "gig workers"  # automation: a line of its own


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
    # round 27: "account for" is to consider ("does not mention accountability"); a verb in the asker's remark names nothing
    assert T.verb_terms("How do their choices account for people born later?", never) == []
    assert [p.term for p in T.verb_terms("Who should account to the public?", never)] == ["accountability"]
    assert [p.term for p in T.verb_terms("Must platforms be held to account for harms?", never)] == ["accountability"]  # review
    assert T.verb_terms("Do the texts ask states to account for future generations?", never) == []  # second review
    hoping = "What does it say? I hope folks produce, not just consume it."
    assert [p.term for p in T.verb_terms(hoping, never)] == ["consumers"]
    assert T.verb_terms(hoping, never, within="What does it say?") == []
    # round 28: what a text recommends is what it says ("does not mention recommendations"); "not just X but Y" contrasts X
    assert T.verb_terms("What does the plan recommend against junk messages?", never) == []
    assert T.verb_terms("Can everyone not just consume but also add info?", never) == []
    assert [p.term for p in T.verb_terms("Should platforms be not only taxed but also regulated?", never)] == ["taxes", "regulation"]  # review


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


def test_one_of_two_wordings_joined_by_a_slash_is_enough():
    """Round 28: "open data / open shareable software for govts" was refused ("do not mention software"):
    the slash offers two wordings of one thing; "and" joins two things, each of which must be there."""
    assert [p.text for p in C.concept_phrases("open data / open shareable software for govts")][:2] == ["open data", "open shareable software"]
    def settled(topic: str) -> C.ConceptCheck:
        data = C.Phrase("open data", ["open", "data"])  # found word for word
        software = C.Phrase("open shareable software", ["open", "shareable", "software"], checked=True, similarity=0.8, importance=0.9)
        return C.settle(C.ConceptCheck([data, software]), [software], topic, None, threshold=0.9, importance_min=0.7, weigh_together=False)
    assert settled("open data / open shareable software for govts").missing == ""
    assert settled("open data and open shareable software for govts").missing == "open shareable software"
    # second review: a wording found word for word does not vouch for a lexicon term no paragraph uses ("AI / climate change")
    ai, climate = C.Phrase("AI", ["AI"]), C.Phrase("climate change", ["climate", "change"], checked=True, similarity=0.5, importance=0.2, term="climate change")
    check = C.settle(C.ConceptCheck([ai, climate]), [climate], "link AI / climate change", None, threshold=0.9, importance_min=0.7,
                     weigh_together=False, term_min=0.88)
    assert check.missing == "climate change"


def test_a_phrase_ending_in_an_adjective_names_no_term():
    """"keep users safe": "safe" is in the lexicon ("trustworthy;safe;secure") but says how users
    should be kept, not what the question is about."""
    assert C.ends_in_adjective(C.Phrase("users safe", ["users", "safe"]), "keep users safe compare with the line")
    assert not C.ends_in_adjective(C.Phrase("electronic waste", ["electronic", "waste"]), "What is said about electronic waste?")
    # round 32: a long object's predicate, which the tagger reads as a noun ("does not mention safe")
    assert C.ends_in_adjective(C.Phrase("private information safe", ["private", "information", "safe"]),
                               "anything about keeping users and their private information safe?")
    assert not C.ends_in_adjective(C.Phrase("information", ["information"]), "anything about keeping users and their private information?")
    assert not C.ends_in_adjective(C.Phrase("harmful content", ["harmful", "content"]), "What about making progress against harmful content?")  # review


def test_a_lexicon_term_written_with_frame_words_is_one_phrase():
    """"Internet of Things" is one concept (not "Internet" alone, found everywhere); a reflexive
    pronoun is no part of a concept; a participle with its object is a verb ("terrorists using the
    internet"), and the unused term is named as the lexicon spells it."""
    assert [(p.text, p.words) for p in C.concept_phrases("the Internet of Things covered anywhere")] == \
        [("Internet of Things", ["Internet", "Things"])]
    assert texts("Will the post-2015 vision itself be looked at again?") == ["post-2015 vision"]
    assert texts("terrorists using the internet") == ["terrorists", "internet"]
    # a UN term's variant: not "people" and "disabilities" ("the Plan does not mention people")
    assert texts("What does the Plan of Action say about people with disabilities?")[-1] == "people with disabilities"
    phrase = C.concept_phrases("the Internet of Things covered anywhere")[0]
    assert C.unused_term(phrase, lambda text: False) == "Internet of Things"


def test_a_term_in_the_singular_and_its_longest_written_form():
    never = lambda text: False  # noqa: E731  (no paragraph uses anything)
    assert T._same_word("cable", "cables") and T._same_word("services", "service") and T._same_word("country", "countries")
    assert not T._same_word("account", "accountability")
    assert C.unused_term(C.Phrase("submarine cable", ["submarine", "cable"]), never) == "submarine cable"
    assert C.unused_term(C.Phrase("local languages", ["local", "languages"]), never) == "local languages"


def test_a_term_the_index_lacks_is_not_found_for_two_words_of_three():
    """Round 23: "gender digital divide" is no "digital divide" with a word to spare: a long phrase may
    lack one word of three only when it is no lexicon term the index lacks."""
    from tests.concept_checks import passage
    none = lambda phrase: []  # noqa: E731
    passages = [passage("1", "We resolve to bridge the digital divide.")]
    uses = {"digital divide"}
    mentioned = lambda text: text.lower() in uses  # noqa: E731
    found = C.check("What do the texts say on the gender digital divide?", passages, none, embed=None,
                    mentioned=mentioned, term_min=0.9)
    assert found.missing == "gender digital divide"
    # without the index, or with the term used, two words of three still do
    assert not C.check("What do the texts say on the gender digital divide?", passages, none, embed=None, term_min=0.9).missing
    uses.add("gender")
    assert not C.check("What do the texts say on the gender digital divide?", passages, none, embed=None,
                       mentioned=mentioned, term_min=0.9).missing


def test_disabilities_are_no_accessibility_in_the_lexicon():
    """Round 23: "accessibility" stems to "access", which every text uses; on the disabilities line it
    made "persons with disabilities" a used term. Now each has its own line, and a user's words
    for disabilities ("deaf people", "sign language") are on it."""
    phrase = lambda text: C.Phrase(text, text.split())  # noqa: E731
    mentioned = lambda text: text.lower() in {"accessibility", "access"}  # noqa: E731
    assert C.unused_term(phrase("persons with disabilities"), mentioned) == "persons with disabilities"
    assert C.unused_term(phrase("blind or deaf people"), mentioned) == "deaf people"
    assert C.unused_term(phrase("sign language"), mentioned) == "sign language"
    assert C.unused_term(phrase("accessibility"), mentioned) == ""


def test_an_unused_term_before_the_phrase_s_last_words_is_marked():
    """Round 23: "spectrum allocation" asks about spectrum, "encryption standards" about encryption,
    though their last word is no term or one the texts use: a rule or measure on the term. A thing or
    body the term qualifies is the user's own paraphrase ("science body" for a scientific panel, "education
    ministry" in the asker's introduction, "software tools"); a used term inside marks nothing."""
    phrase = lambda text: C.Phrase(text, text.split())  # noqa: E731
    mentioned = lambda text: text.lower() in {"standards", "internet", "access", "data protection"}  # noqa: E731
    assert C.unused_term(phrase("spectrum allocation"), mentioned) == "spectrum"
    assert C.unused_term(phrase("encryption standards"), mentioned) == "encryption"
    assert C.unused_term(phrase("open source software licences"), mentioned) == "open source"
    assert C.unused_term(phrase("energy-efficiency rules"), mentioned) == "energy"  # a hyphenated word's part
    for paraphrase in ("IPCC-style science body", "education ministry", "shared software tools", "multilateral lenders"):
        assert C.unused_term(phrase(paraphrase), mentioned) == "", paraphrase
    assert C.unused_term(phrase("data protection law"), mentioned) == ""
    assert C.unused_term(phrase("internet access"), mentioned) == ""
