"""A paragraph named by its neighbour reads as its number (assistant/adjacent.py)."""
import pytest

from wsis.assistant.adjacent import by_neighbour, step_alone


@pytest.mark.parametrize("asked, read", [
    ("the paragraph after Tunis Agenda para 9", "Tunis Agenda para 10"),
    ("What does the paragraph after para 9 of the Tunis Agenda say?", "What does para 10 of the Tunis Agenda say?"),
    ("paragraph 76 of the flattened excerpt and the paragraph before it", "paragraph 76 of the flattened excerpt and para 75"),
    ("the paragraph following paragraph 3 of the 2015 resolution", "paragraph 4 of the 2015 resolution"),
    # no paragraph 0; an item's neighbour; no number to count from; no neighbour asked
    ("the one right before para 1 of the Pact", "the one right before para 1 of the Pact"),
    ("What is in the one after para 72(b)?", "What is in the one after para 72(b)?"),  # the next item or paragraph?
    # tester Y: the paragraph after an item is the next paragraph; the paragraph word may be left out
    ("What is in the paragraph after para 72(b)?", "What is in para 73?"),
    ("the paragraph after GDC 29(d)", "GDC para 30"),
    ("GDC para 29(c), and the paragraph after that", "GDC para 29(c), and para 30"),
    ("the one before 28 (GDC)", "para 27, (GDC)"),  # a follow-up carries its text in brackets: no item "(gdc)"
    ("the one after 2015", "the one after 2015"),
    # review: a numbered part that is no paragraph, a count of something
    ("What does the one after Action 12 say?", "What does the one after Action 12 say?"),
    ("the paragraph before Annex 2", "the paragraph before Annex 2"),
    ("the paragraph after the 11 action lines", "the paragraph after the 11 action lines"),
    ("in the one after 10 years?", "in the one after 10 years?"),
    ("the paragraph before it", "the paragraph before it"),
    ("What happened before the summit?", "What happened before the summit?"),
    # any paragraph, one described by its subject, the neighbour of an item: no number to give
    ("any paragraph after para 10 on gender?", "any paragraph after para 10 on gender?"),
    ("the paragraph before the one on gender in paragraph 30", "the paragraph before the one on gender in paragraph 30"),
    ("para 5 and para 72(b) of the Tunis Agenda and the one after it", "para 5 and para 72(b) of the Tunis Agenda and the one after it"),
])
def test_a_neighbour_is_its_number(asked, read):
    assert by_neighbour(asked) == read


def test_a_direction_alone_is_a_step():
    for question, unit in (("And the next one?", "one"), ("the paragraph after it", "paragraph"),
                           ("what about the following paragraph?", "paragraph"), ("next item please", "item")):
        assert step_alone(question) == (1, unit), question
    for question in ("and the one before?", "Quote the previous paragraph.", "the paragraph right before that"):
        assert step_alone(question)[0] == -1, question
    for question in ("What comes next for the Forum?", "the paragraph after para 9", "And the one on gender?", "the next steps"):
        assert step_alone(question) == (0, ""), question


def test_a_direction_alone_in_french_and_spanish():
    assert step_alone("Et le suivant ?") == (1, "one") and step_alone("¿Y el siguiente?") == (1, "one")
    assert step_alone("et le paragraphe précédent ?") == (-1, "paragraph") and step_alone("¿y el párrafo anterior?") == (-1, "paragraph")
    assert step_alone("Et l'alinéa suivant ?") == (1, "item") and step_alone("Y el inciso siguiente") == (1, "item")
    for question in ("Et la suite du processus ?", "¿Qué sigue para el Foro?", "le suivi", "el año anterior"):
        assert step_alone(question) == (0, ""), question


def test_a_step_after_a_paragraph_looked_up_by_its_place_counts_from_the_one_cited(specimens):
    """Tester AB M1: "the paragraph after it" after "the first operative paragraph of the 2015
    resolution" gave para. 1 again, and "the paragraph before it" after "the last paragraph of the
    Pact" para. 5 again: the question named no number; the answer cited one."""
    for first, step, expected in [("the first operative paragraph of the 2015 resolution", "the paragraph after it", "a-res-70-125#2"),
                                  ("the first operative paragraph of the 2015 resolution", "the next one", "a-res-70-125#2"),
                                  ("the last paragraph of the Pact", "the paragraph before it", "pact-for-the-future#4")]:
        before = specimens.ask(first, mode="extractive")
        history = [{"role": "user", "content": first}, {"role": "assistant", "content": before.answer}]
        answer = specimens.ask(step, history=history, mode="extractive")
        assert [c.id for c in answer.citations] == [expected], (first, step, answer.answer)
