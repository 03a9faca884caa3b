"""The part of a text a question asks about (assistant/regions.py): "in its preamble", "the operative
paragraphs". Its passages rank first; over the specimens of the real layouts (preambular "PP"
labels, "A. Preamble" headings) the answer quotes them."""
from __future__ import annotations

from wsis.assistant.regions import OPERATIVE, PREAMBLE, asked_region, in_region, region_first
from wsis.types import DocumentInfo, Paragraph, Passage


def para(label: str, section: tuple[str, ...] = (), doc: str = "res") -> Paragraph:
    return Paragraph(doc_id=doc, label=label, text=f"Text of {label}.", section=list(section))


def test_which_questions_ask_for_a_part():
    for question in ("What does the preamble of A/RES/70/125 recall?", "In their preambles, what do both texts restate?",
                     "What is in the preambular part of the Pact?",
                     # as lawyers say it (dev b13-top-s-pact-recitals)
                     "What does the Assembly restate in its opening clauses?", "What do the recitals recall?"):
        assert asked_region(question) == PREAMBLE, question
    for question in ("What do the operative paragraphs of the Pact decide?", "Summarise the operative part."):
        assert asked_region(question) == OPERATIVE, question
    # a numbered paragraph is a reference, not a part; no part, or both, is none
    for question in ("What does preambular paragraph 2 say?", "What do operative paragraphs 3 and 4 say?",
                     "What does the resolution say on finance?", "How do the preamble and the operative part differ?",
                     "What does its opening section say?", "What does recital 3 say?"):
        assert asked_region(question) == "", question


def test_what_is_in_the_preamble():
    assert in_region(para("PP2"), PREAMBLE) and in_region(para("preamble-1"), PREAMBLE)
    assert in_region(para("2", ("A. Preamble",)), PREAMBLE)
    assert not in_region(para("5"), PREAMBLE) and in_region(para("5"), OPERATIVE)
    assert not in_region(para("PP1"), OPERATIVE) and not in_region(para("title"), OPERATIVE)


def test_the_part_asked_about_comes_first_the_named_texts_first_within_it():
    def passage(label: str, doc: str) -> Passage:
        return Passage(para(label, doc=doc), DocumentInfo(doc, doc.upper()), 0.0, {})

    ranked = [passage("5", "res"), passage("PP1", "pact"), passage("3", "pact"), passage("PP2", "res")]
    assert [p.id for p in region_first(ranked, PREAMBLE, ["res"])] == ["res#PP2", "pact#PP1", "res#5", "pact#3"]
    assert [p.id for p in region_first(ranked, OPERATIVE)] == ["res#5", "pact#3", "pact#PP1", "res#PP2"]
    assert region_first(ranked[:1], PREAMBLE) == ranked[:1]  # none in the part: as it was


def test_a_question_on_a_preamble_quotes_preambular_paragraphs(specimens):
    answer = specimens.ask("What does the 2015 resolution recall in its preamble about the summit?", mode="extractive")
    preambular = [in_region(specimens.store.corpus().get(c.id), PREAMBLE) for c in answer.citations[:3]]
    assert answer.citations[0].id.startswith("a-res-70-125#PP") and all(preambular), [c.id for c in answer.citations]
    answer = specimens.ask("What do the operative paragraphs of A/RES/70/125 reaffirm?", mode="extractive")
    assert answer.citations and not any(c.paragraph.startswith("PP") for c in answer.citations[:3]), [c.id for c in answer.citations]



def test_a_section_named_by_its_heading():
    headings = lambda: [("C. Action Lines", "C8. Cultural diversity and identity"), ("Objectives",), ("Principles",)]  # noqa: E731
    assert asked_region("What does the compact put under its objectives heading?", headings) == "section:Objectives"
    assert asked_region("What is in the section on cultural diversity?", headings) == "section:C8. Cultural diversity and identity"
    assert asked_region("What does its 'Principles' part say?", headings) == ""  # "its ... part" without under/in
    assert asked_region("What does it say in its 'Principles' part?", headings) == "section:Principles"
    assert asked_region("What is under its financing heading?", headings) == ""  # no such heading
    assert asked_region("What does the plan say on culture?", headings) == ""
    # a heading's very words after "among/in the compact's" (or "its list of")
    assert asked_region("Among the compact's principles, does open data come up?", headings) == "section:Principles"
    assert asked_region("In the compact's list of objectives, where are rights?", headings) == "section:Objectives"
    assert asked_region("In the compact's view, what matters?", headings) == ""  # no such heading
    assert asked_region("What about women in the principles of the compact?", headings) == ""  # "in the", not "in its"
    # a part by its place: the n-th section at the deepest level
    paths = lambda: [(), ("C. Action Lines", "C1. Governance"), ("C. Action Lines", "C1. Governance"), ("C. Action Lines", "C2. Access")]  # noqa: E731
    assert asked_region("What is the first strand about?", paths) == "section:C1. Governance"
    assert asked_region("And the last action line?", paths) == "section:C2. Access"
    assert asked_region("What does the third section say?", paths) == ""  # there are two
    # a part, section or chapter is a top-level division (a lettered part), not the finest numbered one
    declaration = lambda: [("A. Our Common Vision",), ("A. Our Common Vision",), ("B. Key Principles", "1) Role of governments"),  # noqa: E731
                           ("B. Key Principles", "2) Infrastructure"), ("C. Shared Knowledge",)]
    assert asked_region("Give me the gist of the first part of the declaration, in three points.", declaration) == "section:A. Our Common Vision"
    assert asked_region("What does its last section say?", declaration) == "section:C. Shared Knowledge"
    assert asked_region("What is the first strand about?", declaration) == "section:1) Role of governments"
    section = Paragraph("gdc", "7", "We commit to open data.", section=("Objectives",))
    assert in_region(section, "section:Objectives") and not in_region(section, "section:Principles")


def test_a_named_section_is_quoted_first(specimens):
    """The specimen compact puts paragraphs 7 and 8 under "Objectives"; its others share their words."""
    answer = specimens.ask("What does the compact actually list under its objectives heading?", mode="extractive")
    ids = [c.id for c in answer.citations]
    assert set(ids[:2]) == {"global-digital-compact#7", "global-digital-compact#8"}, ids


def test_a_part_named_by_its_letter_or_number():
    declaration = lambda: [("A. Our Common Vision",), ("B. Key Principles", "1) Role of governments"),  # noqa: E731
                           ("C. Shared Knowledge",), ("Chapter II. Peace",)]
    assert asked_region("What is under section B of the Geneva Declaration?", declaration) == "section:B. Key Principles"
    assert asked_region("Summarise part C", declaration) == "section:C. Shared Knowledge"
    assert asked_region("What does chapter II say?", declaration) == "section:Chapter II. Peace"
    assert asked_region("What does section D say?", declaration) == ""  # no such part
    assert asked_region("What does section 3 say?", declaration) == ""
    assert asked_region("What does action line C5 say?", declaration) == ""  # an action line is a reference


def test_a_part_asked_for_whole_is_quoted_whole_in_order(specimens):
    """"What is under section B?" was refused ("they do not mention section"); now the part's
    paragraphs, each quoted, in the text's order, and only they."""
    answer = specimens.ask("What is under section B of the WSIS+10 Statement?", mode="extractive")
    assert not answer.abstained and [c.id for c in answer.citations] == [f"wsis10-statement#{n}" for n in (4, 5, 6, 7)], answer.answer
    answer = specimens.ask("Section A of the WSIS+10 Vision", mode="extractive")
    assert [c.id for c in answer.citations] == ["wsis10-vision#1", "wsis10-vision#2"], answer.answer
    # a subject inside the part is a topic question there
    answer = specimens.ask("What does section B of the WSIS+10 Statement say about affordability?", mode="extractive")
    assert answer.citations[0].id == "wsis10-statement#4", answer.answer
