"""Where a subject comes up in a text (assistant/occurrences.py): every place, or the first one, found
by the text's own wording for it and quoted in the text's order."""
from __future__ import annotations

import pytest

from wsis.assistant.occurrences import EVERY, FIRST, WHOLE, asked_places, places_first, subject_of, under_heading, wording_of
from wsis.types import DocumentInfo, Paragraph, Passage

DOC = DocumentInfo("plan", "Plan of Action")
TEXTS = ["We will build digital skills in schools.", "We will protect human rights online in every country.",
         "The information society needs trust.", "Content should be created in many languages.",
         "The information society must protect human rights online, above all for children.",
         "The information society grows.", "Learning resources should exist in local languages."]


def plan() -> list[Paragraph]:
    return [Paragraph("plan", str(i + 1), text, order=i) for i, text in enumerate(TEXTS)]


def ranked(*labels: str, dense: dict[str, float] | None = None) -> list[Passage]:
    by_label = {p.label: p for p in plan()}
    return [Passage(by_label[x], DOC, score=1.0 / (i + 1), scores={"dense": (dense or {}).get(x, 0.5)})
            for i, x in enumerate(labels)]


def make(pid: str, score: float) -> Passage:
    label = pid.split("#")[1]
    return Passage(next(p for p in plan() if p.label == label), DOC, score=score)


@pytest.mark.parametrize("question, mode", [
    ("Where does language come up in the plan?", EVERY),
    ("Where is privacy mentioned in the Tunis Agenda?", EVERY),
    ("Where does the compact mention open data?", EVERY),
    ("I need every line on human rights, not just the first.", EVERY),
    ("Does open data come up, and how many times?", EVERY),
    ("How many paragraphs mention AI?", EVERY),
    ("Everything the GDC says about artificial intelligence, with paragraph numbers", EVERY),  # tester Z
    ("Give me all the GDC language on open data", EVERY),
    ("Give me all the agreed language on open data in the GDC", EVERY),  # tester AB H2
    ("How many provisions on human rights are there?", EVERY),
    ("At what point does the gap first come up, and how is it worded?", FIRST),
    ("Where is trust first mentioned?", FIRST),
    ("What does the plan say about languages?", ""),
    ("How many times a year does the Forum meet?", ""),  # a rhythm, not the places of a subject
    ("Does every country have a plan?", ""),
    # a count of events, a scope, a place of money, a historic first: not where the texts say something
    ("How many times has the IGF met?", ""),
    ("Does it cover all ICTs, not just one technology?", ""),
    ("Where are the funds raised?", ""),
    ("Is this the first time the UN has agreed on AI governance?", ""),
    ("Which country first raised the issue?", ""),
    ("Is everything the forum says on AI binding?", ""), ("Does it cover all the technical language?", ""),
    ("everything the GDC says about AI is non-binding, right?", ""), ("Is all text on data protection binding?", ""),
    # the whole list or part a subject is in
    ("What does the vision single out? I'd like the full list, not just one item.", WHOLE),
    ("What does its part on the internet say? Summarise all of it for me.", WHOLE),
    ("Does it apply to all of them?", ""),
    # a plural "which paragraphs" or "list the provisions" asks for each one; a singular, or parts of the world, not
    ("Which paragraphs of the GDC deal with artificial intelligence?", EVERY),
    ("In which provisions does the Tunis Agenda talk about financing?", EVERY),
    ("List the paragraphs on human rights online.", EVERY),
    ("Which GDC paragraphs mention digital skills?", EVERY),
    ("Which Tunis Agenda provisions are on financing?", EVERY),
    ("Which paragraph deals with artificial intelligence?", ""),
    ("list all GDC paras on digital skills", EVERY),
    ("show me all the Tunis Agenda paragraphs on finance", EVERY),
    ("give me the paragraph on AI", ""),
    ("How many times does the Tunis Agenda use the word 'forum'?", EVERY),
    ("What do paragraphs 3 and 4 say?", ""),
    # a part by its letter, asked for whole; a subject inside it is no such request
    ("What is under section B of the Plan of Action?", WHOLE),
    ("What does chapter II of the Pact say?", WHOLE),
    ("Section A of the WSIS+10 Vision", WHOLE),
    ("geneva declaration section B", WHOLE),  # the name first
    ("Geneva Declaration, section B", WHOLE),
    ("How are funds handled in section B?", ""),
    ("What does section B say about affordability?", ""),
    ("What is in section B about funding?", ""),
    ("Section A of my report cites the GDC; is that right?", ""),
    ("What is in part a response to the crisis?", ""),
    ("Which parts of the world are furthest behind?", ""),
])
def test_questions_asking_where_a_subject_comes_up(question, mode):
    assert asked_places(question) == mode


def test_the_wording_is_the_question_s_word_or_a_run_said_again():
    text = plan()
    # the question's own word, which the best paragraph uses
    assert wording_of(text[3], text, {"languag", "peopl"}) == (["languag"], False)
    # in other words: the longest run of the best paragraph said again elsewhere ("protect human rights online")
    assert wording_of(text[1], text, {"basic", "freedom"}) == (["protect", "human", "right", "onlin"], True)
    # a wording in more than half of the paragraphs says nothing of the subject
    more = text + [Paragraph("plan", "8", "The information society is for all."), Paragraph("plan", "9", "An information society.")]
    assert wording_of(text[2], more, {"inform", "societi"}) == ([], False)
    assert wording_of(text[2], text, {"inform", "societi"}) == (["inform", "societi"], False)  # three of seven


def test_every_place_comes_first_in_the_text_s_order_and_the_first_alone_for_a_first_mention():
    text_of = lambda doc: plan()  # noqa: E731
    passages = ranked("4", "1", "3")
    out, places, every = places_first("Where does language come up in the plan?", passages, text_of, make, topic="language")
    assert places == every == ["plan#4", "plan#7"] and [p.id for p in out][:3] == ["plan#4", "plan#7", "plan#1"]
    # the best candidate by meaning picks the wording: BM25 put the skills line first
    passages = ranked("1", "5", dense={"1": 0.80, "5": 0.86})
    out, places, every = places_first("Where do basic freedoms online first come up?", passages, text_of, make, topic="basic freedoms online")
    assert places == ["plan#2"] and out[0].id == "plan#2" and every == []  # a first mention counts nothing
    _, places, _ = places_first("I need every line on basic freedoms online.", passages, text_of, make, topic="basic freedoms online")
    assert places == ["plan#2", "plan#5"]
    # not such a question, or a single place of part of the words asked: the ranking stands
    assert places_first("What does the plan say on basic freedoms?", passages, text_of, make)[1] == []
    assert places_first("Where does trust in networks come up?", ranked("3"), text_of, make, topic="trust in networks")[1] == []
    # counted when every word asked is the wording; a pronoun's subject is the topic's, a text's kind and a request's words ask nothing
    for question, topic in [("How many times does it come up?", "What does the plan say about human rights online"),
                            ("Which paragraphs of the plan are about human rights online?", ""),
                            ("please give me every paragraph on human rights online", "")]:
        assert places_first(question, ranked("2", "5", "1"), text_of, make, topic=topic or question)[2] == ["plan#2", "plan#5"], question
    # a part of the words asked ("online" of "basic freedoms online") is shown first, not counted as saying it
    assert places_first("I need every line on basic freedoms online.", passages, text_of, make, topic="basic freedoms online")[2] == []
    # a single place using every word asked is the answer ("which paragraphs deal with human rights?": one)
    assert places_first("Where does trust come up?", ranked("3"), text_of, make, topic="trust")[1:] == (["plan#3"], ["plan#3"])


def test_the_subject_a_where_question_names():
    assert subject_of("Does the plan think of minorities? Where does language come up in it?") == "language"
    assert subject_of("Where is multi-stakeholder first mentioned?") == "multi-stakeholder"
    assert subject_of("Where does the compact first talk about human rights?") == "human rights"
    assert subject_of("I need every line, not just the first.") == ""


def test_a_first_mention_across_texts_is_in_the_earliest_that_uses_the_wording():
    """No text named: the texts in the order they were adopted; the wording as one run of words
    ("multi-stakeholder"), not its words anywhere in a paragraph."""
    old = [Paragraph("old", "1", "All stakeholders should act, each in a multi-level way."),
           Paragraph("old", "2", "A multi-stakeholder approach is needed.")]
    new = [Paragraph("plan", str(i + 1), t, order=i) for i, t in enumerate(
        ["We welcome multi-stakeholder partnerships.", "Skills matter.", "Trust matters.", "Multi-stakeholder dialogue helps."])]
    texts = {"old": old, "plan": new}
    made = lambda pid, score: Passage(next(p for t in texts.values() for p in t if p.id == pid), DOC, score=score)  # noqa: E731
    first = [Passage(new[3], DOC, score=1.0, scores={"dense": 0.9}), Passage(new[0], DOC, score=0.5, scores={"dense": 0.8})]
    question = "Where is multi-stakeholder first mentioned?"
    assert places_first(question, first, texts.get, made, chronology=["old", "plan"])[1] == ["old#2"]
    assert places_first(question, first, texts.get, made)[1] == ["plan#1"]  # a text named: its own first place


def test_the_whole_part_most_first_candidates_stand_in_is_quoted_in_order():
    sections = [("A. Preamble",), ("A. Preamble",), ("B. Priorities",), ("B. Priorities",), ("B. Priorities",), ("C. Review",)]
    text = [Paragraph("plan", str(i + 1), f"Line {i + 1}.", order=i, section=list(s)) for i, s in enumerate(sections)]
    made = lambda pid, score: Passage(next(p for p in text if p.id == pid), DOC, score=score)  # noqa: E731
    first = [Passage(text[i], DOC, score=1.0 / (n + 1), scores={"dense": d})
             for n, (i, d) in enumerate([(0, 0.9), (3, 0.8), (4, 0.7), (2, 0.6)])]
    out, places, _ = places_first("I'd like the full list, not just one item.", first, lambda doc: text, made)
    assert places == ["plan#3", "plan#4", "plan#5"] and [p.id for p in out][:4] == places + ["plan#1"]
    # a part of one paragraph is no list: the ranking stands
    single = [Passage(text[5], DOC, score=1.0, scores={"dense": 0.9})]
    assert places_first("Summarise all of it for me.", single, lambda doc: text, made)[1] == []


def test_each_line_of_a_repeated_commitment_in_a_named_part_is_quoted(specimens):
    """The specimen compact repeats five template commitments over thirty lines under three headings;
    "among its principles" is the Principles part, and each line there using the wording is quoted,
    though the same words again are otherwise dropped as a repeat."""
    answer = specimens.ask("Where among the compact's principles is protecting human rights on the internet said? "
                           "Every line please.", mode="extractive")
    assert [c.id for c in answer.citations][:3] == ["global-digital-compact#13", "global-digital-compact#18",
                                                    "global-digital-compact#23"], answer.answer
    answer = specimens.ask("Where does the compact first speak of closing the digital divides?", mode="extractive")
    assert answer.citations[0].id == "global-digital-compact#5", answer.answer


def test_every_place_is_counted_and_quoted(specimens):
    """"Where does it mention X?", "how many times?": the count and the paragraphs' numbers, then each
    place quoted, though the same words again are otherwise dropped as a repeat."""
    answer = specimens.ask("Where does the compact mention sharing open data?", mode="extractive")
    assert "Global Digital Compact says this in 6 paragraphs: 2, 7, 12, 17, 22 and 27." in answer.answer, answer.answer
    assert [c.paragraph for c in answer.citations] == ["2", "7", "12", "17", "22", "27"], answer.answer
    answer = specimens.ask("Which paragraphs of the GDC deal with artificial intelligence?", mode="extractive")
    # the count first, then the places and no other quote (the fixture's answer also quoted para. 1)
    assert answer.answer.startswith("Global Digital Compact says this in 5 paragraphs: 4, 9, 14, 19 and 24.\n\n"), answer.answer
    assert [c.paragraph for c in answer.citations] == ["4", "9", "14", "19", "24"], answer.answer
    # "how many paragraphs ...?" asks for the places, not for a figure the texts would state (it was refused)
    counted = specimens.ask("How many paragraphs of the GDC deal with open data?", mode="extractive")
    assert not counted.abstained and "Global Digital Compact says this in 6 paragraphs" in counted.answer, counted.answer


def test_everything_the_texts_say_counts_every_text_and_the_request_s_wording_changes_nothing(specimens):
    """Tester AB H1/H2: "Everything the texts say on X" (no text named) counted one text's paragraphs;
    "Give me all the agreed language on X in the GDC" quoted one paragraph where "all the GDC language
    on X" quoted five."""
    answer = specimens.ask("Everything the texts say on the governance of the network", mode="extractive")
    assert answer.answer.startswith("The texts say this in 4 paragraphs: Tunis Agenda: 67 and 72; WSIS+10 outcome: 5; "
                                    "Global Digital Compact: 28."), answer.answer
    answer = specimens.ask("Everything the texts say about affordable access", mode="extractive")
    assert {"wsis10-vision#3", "a-res-70-125#2"} <= {c.id for c in answer.citations[:2]}, answer.answer
    for question in ("all the GDC language on human rights online",
                     "Give me all the agreed language on human rights online in the Global Digital Compact"):
        answer = specimens.ask(question, mode="extractive")
        assert answer.answer.startswith("Global Digital Compact says this in 5 paragraphs: 3, 8, 13, 18 and 23."), (question, answer.answer)
    answer = specimens.ask("Give me all the agreed language on open data in the GDC", mode="extractive")
    assert answer.answer.startswith("Global Digital Compact says this in 6 paragraphs: 2, 7, 12, 17, 22 and 27."), answer.answer


def test_the_paragraphs_that_deal_with_a_subject_include_those_under_its_heading(specimens):
    """Tester AB H9: "Which paragraphs of the GDC deal with Internet governance?" listed the five that
    "govern artificial intelligence"; the paragraphs under the compact's "Internet governance" heading
    deal with it, shown first and not counted as saying it."""
    text = [Paragraph("plan", str(i + 1), t, order=i, section=[s]) for i, (t, s) in enumerate(
        [("We govern AI.", "Principles"), ("We share data.", "Internet governance"), ("Keep it open.", "Internet governance")])]
    assert [p.label for p in under_heading(text, {"internet", "govern"})] == ["2", "3"]
    assert under_heading(text, {"govern"}) == []  # a heading of other words
    answer = specimens.ask("Which paragraphs of the GDC deal with Internet governance?", mode="extractive")
    assert {c.id for c in answer.citations[:4]} == {f"global-digital-compact#{n}" for n in (26, 27, 28, 29)}, answer.answer
    assert "says this in" not in answer.answer, answer.answer


def test_a_quoted_phrase_is_found_word_for_word(specimens):
    """"Where does the phrase 'people-centred' appear?": the paragraph that says it, a preambular one
    too, first; "Which document says 'nobody is left behind'?" is answered from it, not refused."""
    from wsis.assistant.candidates import quoted_phrases

    assert quoted_phrases("Where does the phrase 'people-centred' appear?") == ["people-centred"]
    assert quoted_phrases("What's the GDC's view on “open data”?") == ["open data"]
    assert quoted_phrases("Don't the texts' authors say 'AI'?") == []  # apostrophes, a one-word quote
    answer = specimens.ask("Where does the phrase 'people-centred' appear?", mode="extractive")
    assert answer.citations[0].id == "a-res-70-125#PP2", answer.answer
    answer = specimens.ask("Which document says 'nobody is left behind'?", mode="extractive")
    assert not answer.abstained and answer.citations[0].id == "a-res-70-125#PP2", answer.answer
    # a word counted: every paragraph that uses it, counted and numbered, though more than are quoted
    counted = specimens.ask("how many times is 'digital' used in the GDC", mode="extractive")
    assert ("Global Digital Compact says this in 12 paragraphs: 1, 5, 6, 10, 11, 15, 16, 20, 21, 25, 26 and 30. "
            "The first 8 are quoted below.") in counted.answer, counted.answer  # tester Z: 12 counted, 8 quoted, unsaid
    assert len(counted.citations) == 8 and not counted.abstained


def test_a_single_place_is_said_and_quoted_alone(assistant):
    """"Which paragraphs of the GDC deal with human rights?" over a compact that says it once: that
    paragraph, said to be the only one, not padded with four quotes that never say it."""
    answer = assistant.ask("Which paragraphs of the GDC deal with human rights?", mode="extractive")
    assert answer.answer.startswith("Global Digital Compact says this in one paragraph: 8.\n\n"), answer.answer
    assert [c.id for c in answer.citations] == ["global-digital-compact#8"], answer.answer


def test_an_unnumbered_place_is_named_as_its_citation_names_it(specimens):
    """Tester Y: "says this in one paragraph: unnumbered-1" printed the index's own label."""
    answer = specimens.ask('Where does the phrase "invented briefing" appear?', mode="extractive")
    first = answer.answer.split("\n")[0]
    assert first.endswith("says this in one paragraph: preamble, unnumbered para. 1."), first


def test_a_quoted_phrase_with_no_text_named_is_found_in_every_text():
    """Tester Y: "Where does the phrase 'people-centred' appear?" said "one paragraph: PP2" and missed
    the summary that says it too. A phrase and no text named: each text's places, by date; a text
    named keeps its own."""
    other = DocumentInfo("summary", "Summary")
    extra = [Paragraph("summary", "unnumbered-1", "They protect human rights online and offline.", order=0, numbered=False),
             Paragraph("summary", "title", "Summary on human rights online", order=0, numbered=False)]
    texts = {"plan": plan(), "summary": extra}
    passages = ranked("2", "1")

    def make_any(pid: str, score: float) -> Passage:
        doc, label = pid.split("#")
        return Passage(next(p for p in texts[doc] if p.label == label), DOC if doc == "plan" else other, score=score)

    question = "Where does the phrase 'human rights online' appear?"
    _, shown, counted = places_first(question, passages, texts.__getitem__, make_any, chronology=["plan", "summary"])
    assert counted == ["plan#2", "plan#5", "summary#unnumbered-1"], counted  # the title says it, and is no place
    assert shown == counted
    _, _, named = places_first(question, passages, texts.__getitem__, make_any, chronology=[], named=["plan"])
    assert named == ["plan#2", "plan#5"], named
