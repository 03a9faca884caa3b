"""Questions on how a named text numbers its paragraphs (assistant/numbering.py): which questions ask
it, the runs and gaps, the paragraph asked for, a "why" refused; end to end over the specimens'
extract, whose numbers jump (1-5, 19, 33-38, 60-64), and the negotiators' informal name for it."""
from __future__ import annotations

import pytest

from wsis.assistant.numbering import asked_numbers, asks_numbering, numbering_answer, runs_of
from wsis.types import DocumentInfo, Paragraph


@pytest.mark.parametrize("question", [
    "The briefing pack quotes paragraphs 12 to 15 and then jumps: where does it resume?",
    "Which paragraphs does the note leave out?",
    "Does the excerpt number its paragraphs in one unbroken run?",
    "Its numbering skips: which paras are missing?",
    "The pack jumps about: are those its own numbers or the resolution's?",
])
def test_numbering_questions(question):
    assert asks_numbering(question)


@pytest.mark.parametrize("question", [
    "Has the number of internet users jumped since the Tunis Agenda?",  # numbers, but no paragraph's
    "Which paragraphs of the Tunis Agenda deal with the digital gap?",  # a gap in the world
    "Does the declaration leave out civil society in its paragraphs on governance?",
    "In paragraph 5, does the Pact say we should resume negotiations?",
    "What does paragraph 12 of the compact say about skills?",  # a look-up, no gap
    "The 2003 action plan is organised into numbered work strands. What is the first strand about?",
    "Which countries were left out of the digital economy?",
    "",
])
def test_other_questions_ask_no_numbering(question):
    assert not asks_numbering(question)


def test_runs_and_the_paragraph_asked_for():
    runs = runs_of([1, 2, 3, 9, 20, 21, 22, 40])
    assert runs == [(1, 3), (9, 9), (20, 22), (40, 40)]
    assert asked_numbers("It quotes 20 to 22 and then skips ahead: where does it pick up again?", runs) == [40]
    assert asked_numbers("Which paragraph ends the opening run?", runs) == [3]
    assert asked_numbers("Where does its final run start?", runs) == [40]
    assert asked_numbers("Where does it pick up after the gaps?", runs) == [9, 20]  # at most two run starts
    assert asked_numbers("Which paragraphs after the 2005 summit are skipped?", runs) == [9, 20]  # a year is no number
    assert asked_numbers("Where does it resume?", []) == []
    # a document symbol's numbers are no paragraph numbers
    assert asked_numbers("A/RES/70/125 quotes 20 to 22 and then skips: where does it pick up?", runs) == [40]


def _pack() -> tuple[DocumentInfo, list[Paragraph]]:
    info = DocumentInfo("pack", "Briefing pack")
    paragraphs = [Paragraph("pack", "title", "Briefing pack", numbered=False, order=0),
                  Paragraph("pack", "preamble-1", "The paragraph numbers follow the original resolution.", numbered=False, order=1)]
    paragraphs += [Paragraph("pack", str(n), f"Text of item {n}.", order=i + 2) for i, n in enumerate([1, 2, 7, 8, 15])]
    return info, paragraphs


def test_the_answer_states_runs_and_gaps_quotes_the_paragraph_and_the_note():
    info, paragraphs = _pack()
    answer = numbering_answer("The pack quotes 7 and 8 and then skips: where does it pick up again?", info, paragraphs)
    assert answer.answer.startswith("Briefing pack numbers its paragraphs 1–2, 7–8 and 15; it skips 3–6 and 9–14.")
    assert [c.id for c in answer.citations] == ["pack#15", "pack#preamble-1"] and not answer.abstained
    assert "Para. 15 reads [1]:\n> Text of item 15." in answer.answer
    whose = numbering_answer("It jumps from one number to another: are those its own numbers?", info, paragraphs)
    assert [c.id for c in whose.citations] == ["pack#preamble-1"]  # the note answers


def test_why_a_text_skips_paragraphs_is_refused_with_the_runs_and_the_note():
    info, paragraphs = _pack()
    answer = numbering_answer("Why does the pack leave out paragraphs 3 to 6?", info, paragraphs)
    assert answer.abstained and answer.missing_concept
    assert answer.answer.startswith("Briefing pack does not say why its numbering skips paragraphs.")
    assert [c.id for c in answer.citations] == ["pack#preamble-1"]


def test_a_text_without_gaps_or_numbers():
    info = DocumentInfo("plan", "Plan")
    whole = [Paragraph("plan", str(n), f"Item {n}.", order=n) for n in (1, 2, 3)]
    answer = numbering_answer("Does the plan skip any paragraphs?", info, whole)
    assert answer.answer.startswith("Plan numbers its paragraphs 1–3, without a gap.")
    assert [c.id for c in answer.citations] == ["plan#1", "plan#3"]  # the run's ends: what the line rests on
    why = numbering_answer("Why does the plan skip paragraphs?", info, whole)  # it skips none: no refusal
    assert not why.abstained and why.answer.startswith("Plan numbers its paragraphs 1–3, without a gap.")
    assert numbering_answer("Does it skip paragraphs?", info, [Paragraph("plan", "preamble-1", "Intro.", numbered=False)]) is None


def test_the_extract_numbering_end_to_end(specimens):
    after = specimens.ask("The negotiators' extract has 33 to 38 and then jumps. Which paragraph comes next, and what does it quote?")
    assert [c.id for c in after.citations][:1] == ["ig-briefing-extract#60"] and not after.abstained
    assert "numbers its paragraphs 1–5, 19, 33–38 and 60–64; it skips 6–18, 20–32 and 39–59." in after.answer
    opening = specimens.ask("Which paragraph closes the first run of the negotiating team's extract?")
    assert [c.id for c in opening.citations][:1] == ["ig-briefing-extract#5"]
    why = specimens.ask("Why does the negotiators' extract skip paragraphs 20 to 32?")
    assert why.abstained and [c.id for c in why.citations] == ["ig-briefing-extract#preamble-1"]
    # "how many paragraphs does it have?": the count in the index, and the official numbering when known
    count = specimens.ask("How many paragraphs does the GDC have?")
    assert count.answer.startswith("Global Digital Compact (A/RES/79/1, annex I) has 30 numbered paragraphs in the index. "
                                   "The official text numbers its paragraphs 1 to 79."), count.answer
    assert specimens.ask("How many paragraphs does the Pact have?").answer.startswith(
        "Pact for the Future (A/RES/79/1) has 5 numbered paragraphs in the index.\n\n")
    # a question on numbers, not on the extract's numbering, is answered from the texts
    grown = specimens.ask("Has the number of people online jumped since the Tunis Agenda?")
    assert not any(c.id.startswith("ig-briefing-extract") for c in grown.citations[:2])


def test_a_long_name_between_the_paragraphs_and_the_gap():
    """"Which paragraphs does the ministerial round table summary leave out?": the text's name stands
    between the words that ask; the question is read as "Which paragraphs does it leave out?"."""
    from types import SimpleNamespace

    from wsis.assistant.numbering import numbered_answer
    from wsis.assistant.references import DocumentNames

    info = DocumentInfo("summary", "WSIS+20 Forum High-Level Event 2024- Ministerial Round Table summary")
    paragraphs = [Paragraph("summary", str(n), f"Theme {n}.", order=n) for n in (1, 2, 3, 7)]
    corpus = SimpleNamespace(documents={"summary": info}, by_doc={"summary": [0, 1, 2, 3]}, paragraphs=paragraphs,
                             allowed_docs=lambda _filters: ["summary"])
    names = DocumentNames({"summary": info})
    question = "Which paragraphs does the ministerial round table summary leave out?"
    assert not asks_numbering(question)  # six words between: too far apart as written
    answer = numbered_answer(question, question, corpus, names, None, "en")
    assert answer.answer.startswith(f"{info.short_title} numbers its paragraphs 1–3 and 7; it skips 4–6.")
    assert numbered_answer("What does the ministerial round table summary say about skills?", "", corpus, names, None, "en") is None
