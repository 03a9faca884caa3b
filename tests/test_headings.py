"""Questions on which part of a text says something (assistant/headings.py): the heading of the
section the first quote stands in is cited before the quotes."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from wsis.assistant.headings import asks_part, heading_lines, section_headings
from wsis.types import DocumentInfo, Paragraph, Passage


@pytest.mark.parametrize("question", [
    "Which action line of the plan deals with culture?",
    "Under which heading does the plan put its advice on laws?",
    "Which of the 2003 plan's sections is about ethics, and what does it ask?",
    "The plan has a work strand on practical uses. What should those tools be built around?",
    "What part of the agenda covers financing?",
])
def test_which_part_questions(question):
    assert asks_part(question)


@pytest.mark.parametrize("question", ["What does the plan say about culture?", "Which countries lack access?", "",
                                      "What parts of the world lack broadband according to the Tunis Agenda?",
                                      "Which sections of society does the declaration want included?",
                                      "Under what circumstances can states restrict access to the Internet?"])
def test_other_questions_ask_for_no_part(question):
    assert not asks_part(question)


def test_the_heading_of_each_document_s_first_quote():
    plan = DocumentInfo("plan", "Plan", aliases=["Plan"])
    section = ("C. Action Lines", "C8. Cultural diversity")
    paragraphs = [Paragraph("plan", "C8", "C8. Cultural diversity", numbered=False, section=section, order=0),
                  Paragraph("plan", "11", "Local content should be encouraged.", section=section, order=1),
                  Paragraph("plan", "12", "Media should be pluralistic.", section=("C. Action Lines", "C9. Media"), order=2)]
    corpus = SimpleNamespace(paragraphs=paragraphs, by_doc={"plan": [0, 1, 2]})
    quoted = [Passage(paragraphs[1], plan), Passage(paragraphs[2], plan)]
    headings = section_headings("Which action line is about local content?", quoted, corpus)
    assert [h.id for h in headings] == ["plan#C8"]  # one per document: the first quote's section
    assert section_headings("What about local content?", quoted, corpus) == []
    assert section_headings("Which action line covers media?", [quoted[1]], corpus) == []  # no heading block of C9
    lines, citations = heading_lines(headings)
    assert lines == "Plan puts it under the heading “C8. Cultural diversity” [1]."
    assert [(c.id, c.marker) for c in citations] == [("plan#C8", 1)]


def test_the_action_line_is_cited_before_its_paragraph(assistant):
    """The fixture's Plan of Action puts heritage and local languages under C8."""
    answer = assistant.ask("Which of the Geneva plan's action lines is about keeping small languages and old collections alive?",
                           mode="extractive")
    ids = [c.id for c in answer.citations]
    assert not answer.abstained and ids[:2] == ["geneva-plan-of-action#C8", "geneva-plan-of-action#11"], ids
    assert "[1]." in answer.answer and "[2]" in answer.answer
    plain = assistant.ask("What does the Geneva plan want done for small languages and old collections?", mode="extractive")
    assert "geneva-plan-of-action#C8" not in [c.id for c in plain.citations]


def test_a_part_by_its_place(assistant):
    """"The first strand", "the last action line": the n-th section of the named text, its heading and
    its paragraphs first (the fixture's Plan of Action runs from C1 to C11)."""
    first = assistant.ask("The Geneva plan has numbered work strands. What is the first strand about, and what should "
                          "governments prepare under it?", mode="extractive")
    ids = [c.id for c in first.citations]
    assert ids[:2] == ["geneva-plan-of-action#C1", "geneva-plan-of-action#4"], ids
    last = assistant.ask("What is the last action line of the Geneva plan about?", mode="extractive")
    assert not last.abstained and [c.id for c in last.citations][:2] == ["geneva-plan-of-action#C11", "geneva-plan-of-action#14"]
