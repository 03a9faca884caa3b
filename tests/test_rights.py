"""Questions that ask whether the texts make something a right (assistant/rights.py), and their
answers over the fixture index: "human rights apply online" does not make access a right."""
from __future__ import annotations

from wsis.assistant.rights import asked_right, gives_right, unanswered_right
from tests.conftest import bare_passage as passage


def test_which_questions_ask_for_a_right():
    assert asked_right("Is access to the network a human right for everyone?").words == (
        "is access to the network a human right for everyone")
    assert asked_right("Do the charters declare clean water itself to be a basic right?") is not None
    assert asked_right("Is there a right to be forgotten, and who enforces it?").words == "is there a right to be forgotten"
    assert asked_right("Are pupils entitled to free lessons?") is not None
    # "right" as an adjective, or rights asked of the texts' substance, asks for no right
    for question in ("Is this the right time to act?", "Was that a right move by the council?",
                     "Do human rights apply online?", "Are they right?",
                     # a question on the substance, not yes or no: its passages answer it without "right to"
                     "What does the charter say about the right to privacy?", "How do the texts protect the right to privacy?",
                     "Who is entitled to attend the council?"):
        assert asked_right(question) is None, question


def test_what_states_a_right():
    assert gives_right("Everyone has the right to education.") and gives_right("We recognize access as a basic right.")
    assert gives_right("Users are entitled to clear terms.") and gives_right("the rights of persons with disabilities to access")
    assert not gives_right("We undertake to protect human rights online.")
    assert not gives_right("Strike the right balance between openness and security.")
    assert not gives_right("We respect human rights to the fullest extent.")
    assert not gives_right('Recalling its resolution 70/125, entitled "Outcome document", we decide to act.')


def test_a_right_is_unanswered_only_when_no_first_passage_on_the_subject_states_one():
    question = "Is clean water a human right?"
    assert unanswered_right(question, [passage("We will protect human rights everywhere."),
                                       passage("Clean water matters.")]).named() == "a right for “is clean water a human right”"
    assert unanswered_right(question, [passage("We recognize the right to clean water.")]) is None
    # a right to another thing does not answer
    assert unanswered_right(question, [passage("Everyone has the right to education.")]) is not None


def test_a_question_on_a_right_the_texts_do_not_state_names_it_and_shows_the_nearest_passages(assistant):
    """The fixture's compact affirms that human rights apply online; it makes no right of access."""
    answer = assistant.ask("Does the compact make being online a human right in itself?", mode="extractive")
    assert answer.abstained and answer.missing_concept.startswith("a right for"), answer.answer
    assert "global-digital-compact#8" in [c.id for c in answer.citations]  # human rights online: the nearest
    # the same texts' substance is answered
    answer = assistant.ask("Does the compact say human rights hold online just as offline?", mode="extractive")
    assert not answer.abstained and "global-digital-compact#8" in [c.id for c in answer.citations]
