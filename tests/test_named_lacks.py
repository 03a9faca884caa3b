""""Does the WSIS+10 Vision mention AI?": the named text lacks what other texts hold (candidates.lacked_by_named)."""
from __future__ import annotations

from types import SimpleNamespace

from wsis.assistant.candidates import family, lacked_by_named
from wsis.types import DocumentInfo, Paragraph, Passage

DOCS = {"pact": DocumentInfo("pact", "Pact for the Future", symbol="A/RES/79/1"),
        "gdc": DocumentInfo("gdc", "Global Digital Compact", symbol="A/RES/79/1, annex I"),
        "dfg": DocumentInfo("dfg", "Declaration on Future Generations", symbol="A/RES/79/1, annex II"),
        "vision": DocumentInfo("vision", "WSIS+10 Vision", symbol="WSIS+10/4/Rev.1")}


def passage(doc: str, label: str, text: str) -> Passage:
    return Passage(Paragraph(doc, label, text), DOCS[doc], score=1.0)


def test_a_resolution_and_its_annexes_are_one_text_for_what_it_mentions():
    assert family("pact", DOCS) == ["pact", "gdc", "dfg"]
    assert family("gdc", DOCS) == ["gdc"]  # an annex alone: the Pact's body does not speak for the compact
    assert family("vision", DOCS) == ["vision"]
    assert family("unknown", DOCS) == ["unknown"]


def test_the_other_texts_come_first_when_the_named_one_lacks_the_concept():
    own = [passage("vision", "1", "We set out a vision."), passage("vision", "2", "We reaffirm the action lines.")]
    other = [passage("gdc", "4", "We agree to govern artificial intelligence.")]
    def lacks(ps, *_):  # the concept check: what is asked about ("AI") present or not
        present = any("intelligence" in p.paragraph.text for p in ps)
        return SimpleNamespace(focus=SimpleNamespace(text="AI", words=["AI"], named="", present=present))
    missing, ordered = lacked_by_named(own + other, ["vision"], lacks)
    assert missing == "AI" and [p.id for p in ordered] == ["gdc#4"]  # the Vision's own would read as the others'
    # another phrase the named text lacks ("making *sure*"), not what is asked about: nothing said
    assert lacked_by_named(own + other, ["vision"], lambda ps, *_: SimpleNamespace(focus=None)) == ("", own + other)
    # the named text holds it, or either side has no candidate: nothing said, the ranking stands
    assert lacked_by_named(own + other, ["gdc"], lacks) == ("", own + other)
    assert lacked_by_named(own, ["vision"], lacks) == ("", own)
    assert lacked_by_named(other, ["vision"], lacks) == ("", other)


def test_does_not_mention_is_said_of_the_text_after_a_search_within_it():
    """The first candidates are a few of the text's paragraphs: before "the Vision does not mention AI"
    is said, the Vision's own best passages are searched; one holding it comes first instead, and a
    text with no candidate at all is searched too."""
    own = [passage("vision", "1", "We set out a vision.")]
    other = [passage("gdc", "4", "We agree to govern artificial intelligence.")]
    further = passage("vision", "9", "We will study artificial intelligence with care.")
    def lacks(ps, *_):
        present = any("intelligence" in p.paragraph.text for p in ps)
        return SimpleNamespace(focus=SimpleNamespace(text="AI", words=["AI"], named="", present=present))
    missing, ordered = lacked_by_named(own + other, ["vision"], lacks, lambda: [further, *own])
    assert missing == "" and [p.id for p in ordered] == ["vision#9", "vision#1"]  # as many as before
    assert lacked_by_named(other, ["vision"], lacks, lambda: own)[0] == "AI"  # no candidate of its own: searched, lacks it
    assert lacked_by_named(other, ["vision"], lacks, lambda: [further]) == ("", [further])
    assert lacked_by_named(other, ["vision"], lacks, list) == ("", other)  # nothing of its own anywhere: nothing said


def test_the_answer_says_the_named_text_does_not_and_quotes_those_that_do(specimens):
    answer = specimens.ask("Does the WSIS+10 Vision mention artificial intelligence?", mode="extractive")
    assert answer.answer.startswith("The WSIS+10 Vision does not mention artificial intelligence; the passages below "
                                    "that do are from other texts."), answer.answer
    assert answer.citations[0].doc_id == "global-digital-compact" and not answer.abstained
    # the compact is annex I of the Pact: the Pact holds what its annex says
    answer = specimens.ask("Does the Pact for the Future say anything about human rights online?", mode="extractive")
    assert "does not mention" not in answer.answer and "global-digital-compact" in [c.doc_id for c in answer.citations]
    # the named text holds it: answered from it as before
    answer = specimens.ask("Does the Global Digital Compact mention artificial intelligence?", mode="extractive")
    assert "does not mention" not in answer.answer and answer.citations[0].doc_id == "global-digital-compact"


def test_a_text_named_by_its_symbol_is_checked_too(specimens):
    """Tester AB H4: "Does A/RES/70/125 mention X?" quoted the Tunis Agenda's paragraphs with no line, as if
    the review said it; named by its short name it was told. (By its year, "the 2015 review", it is not
    judged: on never-read questions that moved two answers the wrong way and none the right way.)"""
    for question in ("Does A/RES/70/125 mention enhanced cooperation?",):
        answer = specimens.ask(question, mode="extractive")
        assert answer.answer.startswith("The WSIS+10 outcome does not mention enhanced cooperation; the passages below "
                                        "that do are from other texts."), (question, answer.answer)
        assert "a-res-70-125" not in [c.doc_id for c in answer.citations], answer.answer
    answer = specimens.ask("Does A/RES/70/125 mention the forum?", mode="extractive")  # it does: its own paragraph
    assert "does not mention" not in answer.answer and answer.citations[0].id == "a-res-70-125#6", answer.answer


def test_a_named_text_the_filters_exclude_is_said_not_searched(specimens):
    """The filters hold: the Vision they exclude is not searched for "does not mention", and the
    answer says the question names a text the filters leave out."""
    from wsis.types import Filters

    for filters in (Filters(doc_ids=["global-digital-compact"]), Filters(process="GDC")):
        answer = specimens.ask("Does the WSIS+10 Vision mention artificial intelligence?", mode="extractive", filters=filters)
        assert "does not mention" not in answer.answer, answer.answer
        assert {c.doc_id for c in answer.citations} == {"global-digital-compact"}
        assert answer.notice.startswith("The question names WSIS+10 Vision"), answer.notice
        assert answer.excluded_documents == ["wsis10-vision"], answer.excluded_documents
    answer = specimens.ask("Does the WSIS+10 Vision mention artificial intelligence?", mode="extractive")
    assert "The question names" not in answer.notice
    two = specimens.ask("What do the WSIS+10 Vision and the WSIS+10 Statement say on AI?", mode="extractive", filters=Filters(process="GDC"))
    assert "which the filters exclude; clear the filters to include them." in two.notice, two.notice
    # a generic phrase in lower case that happens to be a title is no text named
    generic = specimens.ask("Is there a plan of action on AI?", mode="extractive", filters=Filters(process="GDC"))
    assert "The question names" not in generic.notice, generic.notice
    lower = specimens.ask("what does the wsis+10 vision say on AI?", mode="extractive", filters=Filters(process="GDC"))
    assert lower.notice.startswith("The question names WSIS+10 Vision"), lower.notice  # a name typed in lower case


def test_a_follow_up_naming_another_text_is_told_it_lacks_the_concept(specimens):
    """"And the WSIS+10 Vision?" after "What does the GDC say about artificial intelligence?": the
    question carried over asks what the Vision says, and the Vision does not say it."""
    history = [{"role": "user", "content": "What does the Global Digital Compact say about artificial intelligence?"},
               {"role": "assistant", "content": "..."}]
    answer = specimens.ask("And the WSIS+10 Vision?", history=history, mode="extractive")
    assert answer.answer.startswith("The WSIS+10 Vision does not mention artificial intelligence"), answer.answer


def test_a_body_the_named_text_lacks_is_named_with_its_article(assistant):
    """"does not mention the Internet Governance Forum", not "... mention Internet Governance Forum"."""
    from wsis.assistant.phrases import Phrase, as_named

    answer = assistant.ask("Does the compact say anything on the Internet Governance Forum?")
    assert answer.answer.startswith("The Global Digital Compact does not mention the Internet Governance Forum;"), answer.answer[:200]
    assert as_named(Phrase("Forum", ["Forum"])) == "the Forum"
    # "data" is not said by the "Information Society" of the Tunis Agenda's title (a WordNet synonym)
    data = assistant.ask("What does the Tunis Agenda say about data governance?")
    assert data.answer.startswith("The Tunis Agenda does not mention data governance;"), data.answer[:200]
    assert data.citations and data.citations[0].id.startswith("global-digital-compact#"), data.citations
    assert [as_named(Phrase(t, t.split())) for t in ("spam", "ICANN", "Africa", "network shutdowns")] == \
        ["spam", "ICANN", "Africa", "network shutdowns"]


def test_the_users_notes_on_a_term_do_not_put_it_in_a_named_text(fixture_corpus, tmp_path):
    """Notes that use "net neutrality" make it a term of the index, not of the Tunis Agenda: the named
    text is still said not to mention it (the notes' paragraph quoted as another text's)."""
    import shutil

    from tests.conftest import make_settings
    from wsis.assistant.answering import Assistant
    from wsis.assistant.library import ingest_paths

    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copy(fixture_corpus / "tunis-agenda.html", folder)
    (folder / "team-notes.md").write_text("# Team notes on digital trust\n\n1. We support net neutrality principles "
                                          "in all negotiations.\n\n2. Our delegation favours open consultations.\n")
    settings = make_settings(tmp_path / "data")
    assert ingest_paths([folder], settings, progress=False).ok
    assistant = Assistant(settings)
    for question in ("What does the Tunis Agenda say about net neutrality?", "Does the Tunis Agenda mention net neutrality?"):
        answer = assistant.ask(question)
        assert answer.answer.startswith("The Tunis Agenda does not mention net neutrality;"), (question, answer.answer[:200])
        assert [c.doc_id for c in answer.citations] == ["team-notes"], question


def test_a_named_texts_refusal_looks_in_the_other_texts(assistant):
    """"What does the Tunis Agenda say about spam regulation?": the name ranked the Tunis Agenda's
    candidates up, and none holds it; the Geneva Plan's para. 8 does, so the answer says the named text
    does not mention it and quotes the text that does, not "the indexed texts do not mention spam regulation"."""
    answer = assistant.ask("What does the Tunis Agenda say about spam regulation?")
    assert not answer.abstained
    assert answer.answer.startswith("The Tunis Agenda does not mention spam regulation; the passages below that do are from other texts.")
    assert "geneva-plan-of-action#8" in [c.id for c in answer.citations][:3], [c.id for c in answer.citations]
    still = assistant.ask("What does the Tunis Agenda say about net neutrality?")  # no text holds it: refused
    assert still.abstained and still.answer.startswith("The Tunis Agenda does not mention net neutrality."), still.answer[:200]


def test_other_texts_that_only_come_near_the_concept_are_not_said_to_mention_it(assistant):
    """Tester W: "What does the Geneva Plan of Action say about dollars?" said "the passages below that do are
    from other texts" over donors' funds, which only paraphrase money; no text says "dollars"."""
    answer = assistant.ask("What does the Geneva Plan of Action say about dollars?", mode="extractive")
    assert answer.answer.startswith("The Geneva Plan of Action does not mention dollars; the nearest passages below are "
                                    "from other texts."), answer.answer[:200]
    assert "below that do" not in answer.answer


def test_a_follow_up_naming_another_text_drops_the_short_name_before_it(assistant):
    """"And the compact?" after "What does the Geneva Plan say about spam?" (a shortened title): the
    question carried over asks what the compact says on spam, not what the Geneva Plan says."""
    history = [{"role": "user", "content": "What does the Geneva Plan say about spam?"},
               {"role": "assistant", "content": "..."}]
    answer = assistant.ask("And the compact?", history=history, mode="extractive")
    assert answer.answer.startswith("The Global Digital Compact does not mention spam;"), answer.answer[:200]
    same = assistant.ask("what does the Tunis Agenda say on the same subject?", mode="extractive",
                         history=[{"role": "user", "content": "What does the GDC say about media literacy?"},
                                  {"role": "assistant", "content": "..."}])
    assert same.answer.startswith("The Tunis Agenda does not mention media literacy;"), same.answer[:200]
    # a follow-up that names its text by a shortened title is a follow-up too (tester W: "And the Geneva Plan?"
    # quoted the plan's objectives, with no word on shutdowns)
    short = assistant.ask("And the Geneva Plan?", mode="extractive",
                          history=[{"role": "user", "content": "What does the GDC say about network shutdowns?"},
                                   {"role": "assistant", "content": "..."}])
    assert short.answer.startswith("The Geneva Plan of Action does not mention network shutdowns;"), short.answer[:200]


def test_a_wordnet_kin_does_not_make_the_other_texts_say_it(specimens):
    """Tester Y: "And the Tunis Agenda?" after "What does the GDC say about network shutdowns?" said "the passages
    below that do are from other texts" over the specimens' "keep the network open" and "close the digital divides"
    (WordNet's "close" for "shutdown"); none says shutdowns."""
    history = [{"role": "user", "content": "What does the GDC say about network shutdowns?"}, {"role": "assistant", "content": "..."}]
    answer = specimens.ask("And the Tunis Agenda?", history=history, mode="extractive")
    assert answer.answer.startswith("The Tunis Agenda does not mention network shutdowns; the nearest passages below are "
                                    "from other texts."), answer.answer[:200]


def test_the_other_texts_say_it_in_their_words_or_an_everyday_name_s_un_form():
    """The message's own test (``candidates._says``): stemmed words across the first passages, or the UN form of an
    everyday name; WordNet's kin do not count; acronyms and other languages are left to the concept check."""
    from tests.conftest import bare_passage as passage
    from wsis.assistant.candidates import _plain_english, _says

    divides = [passage("We pledge to close the digital divides."), passage("Keep the network open and interoperable.")]
    assert not _says("network shutdowns", divides)
    assert _says("network shutdowns", [passage("Refrain from network shutdowns that cut people off.")])
    assert _says("kids", [passage("Protect children from harm in digital environments.")])  # everyday: children
    assert _says("spam regulation", [passage("Curb spam through national rules."), passage("Regulators should be independent.")])
    assert _plain_english("network shutdowns") and not _plain_english("CSTD") and not _plain_english("neutralité du net")


def test_an_annex_named_is_not_spoken_for_by_its_resolution(specimens):
    """Tester Z: "Does the GDC say anything about poverty?" quoted compact paragraphs as if they did; only
    the Pact's own paragraph 3 says it. The annex named is the compact alone."""
    answer = specimens.ask("Does the GDC say anything about poverty?", mode="extractive")
    assert answer.answer.startswith("The Global Digital Compact does not mention poverty"), answer.answer
    assert answer.citations[0].id == "pact-for-the-future#3", answer.answer


def test_headings_naming_it_do_not_make_the_named_text_lack_what_it_says_in_their_words():
    """Tester AA: "The Tunis Agenda does not mention Internet governance", though its paragraph on "the
    governance of the network" uses the very words the other texts' paragraphs use under their heading
    "Internet governance". A heading shared with none of the named text's words still lets it be said."""
    def under(doc: str, label: str, heading: str, text: str) -> Passage:
        return Passage(Paragraph(doc, label, text, section=[heading]), DOCS[doc], score=1.0)
    own = [passage("vision", "3", "We agree that the governance of the network needs attention.")]
    other = [under("gdc", "28", "Internet governance", "The forum discusses the governance of the network."),
             under("gdc", "27", "Data governance", "We pledge to share open data.")]
    def lacks(phrase):
        return lambda ps, *_: SimpleNamespace(focus=SimpleNamespace(text=phrase, words=phrase.split(), named="",
                                                                    present=False))
    missing, ordered = lacked_by_named(own + other, ["vision"], lacks("Internet governance"), lambda: own)
    assert missing == "" and ordered[0].id == "vision#3"
    assert lacked_by_named(own + other, ["vision"], lacks("data governance"), lambda: own)[0] == "data governance"
    # "the governance of the" is said of anything: a content word of its own is needed (review)
    economy = [passage("vision", "4", "Public participation in the governance of the digital economy matters.")]
    assert lacked_by_named(economy + other, ["vision"], lacks("Internet governance"), lambda: economy)[0] == "Internet governance"
    said = [*other, passage("gdc", "2", "We discuss Internet governance openly.")]  # one says it in its text
    assert lacked_by_named(own + said, ["vision"], lacks("Internet governance"), lambda: own)[0] == "Internet governance"


def test_the_founding_text_of_the_forum_is_not_said_to_lack_it(specimens):
    for question in ("Does the Tunis Agenda mention the Internet Governance Forum?",
                     "What does the Tunis Agenda say about Internet governance?"):
        answer = specimens.ask(question, mode="extractive")
        assert "does not mention" not in answer.answer, question
        assert answer.citations[0].id in ("tunis-agenda#72", "tunis-agenda#67"), question
    lacks = specimens.ask("Does the Tunis Agenda mention data governance?", mode="extractive")
    assert lacks.answer.startswith("The Tunis Agenda does not mention data governance")
    assert all("data" in c.quote.lower() for c in lacks.citations)  # "the passages below that do": only those


def test_a_named_text_that_lacks_nothing_keeps_its_candidates(specimens):
    """Every phrase's ``named`` is "" as is ``named_lacks`` when nothing lacks: the candidates were cut to those
    saying every phrase word for word ("people"), and the 2015 review's paragraph on training in local
    languages left the answer."""
    answer = specimens.ask("Does the 2015 review say anything about training people in their own language, or about "
                           "training the people who teach?", mode="extractive")
    assert answer.citations[0].id == "a-res-70-125#3", answer.answer


def test_a_question_on_two_texts_is_not_answered_from_a_third(specimens):
    """Round 26: a question naming the Pact and, by its city, the Geneva texts was answered from the
    2015 review alone: the Pact lacks "technology", so "the passages below that do are from other
    texts" replaced both. With two texts asked, each side is judged for itself (``judge_sides``)."""
    answer = specimens.ask("Is there a through-line from Geneva's goal of putting technology to work for development "
                           "to what the Pact calls its greatest challenge?", mode="extractive")
    docs = [c.doc_id for c in answer.citations[:3]]
    assert "pact-for-the-future" in docs and "geneva-declaration" in docs, docs
    assert "from other texts" not in answer.answer
    # a second text named in passing, with no link between them, leaves the named text's check as it was (review)
    answer = specimens.ask("Does the WSIS+10 Vision mention artificial intelligence, which WSIS addressed?", mode="extractive")
    assert answer.answer.startswith("The WSIS+10 Vision does not mention artificial intelligence; the passages below"), answer.answer[:200]
