"""Questions on who holds a place in a body (assistant/roles.py): which ones ask, which passages
answer, and the answer over the fixture index."""
from __future__ import annotations

from wsis.assistant.roles import asked_place, unanswered_place
from tests.conftest import bare_passage as passage


def test_which_questions_ask_for_a_place_in_a_body():
    assert asked_place("Who chairs the council, and how is the chair chosen?").words == "who chairs the council"
    assert asked_place("Who is going to chair the council?").place == "chair"
    assert asked_place("So who chairs the council?").words == "who chairs the council"  # a leading "so" is no part
    assert asked_place("Who sits on the council's advisory board?").place == "members"
    assert asked_place("Who gets a seat on the science body?").place == "members"
    assert asked_place("How are the members of the expert panel chosen?").place == "appointed"
    assert asked_place("How will the board be selected?").named() == "an appointment for “how will the board be selected”"
    assert asked_place("Who should pay for rural links?") is None  # no place in a body
    assert asked_place("What does the council do?") is None


def test_a_place_is_answered_only_by_a_sentence_on_the_subject_that_speaks_of_it():
    question = "Who sits on the council?"
    assert unanswered_place(question, [passage("The council meets every year.")]).named().startswith("members for")
    assert unanswered_place(question, [passage("The council is composed of twelve experts.")]) is None
    assert unanswered_place(question, [passage("Members of the public may attend the forum.")]) is not None  # another subject
    # "draw its members from" says how members are chosen; "electronic" is no election
    chosen = "How are the members of the council chosen?"
    assert unanswered_place(chosen, [passage("The council shall draw its members from all regions.")]) is None
    assert unanswered_place(chosen, [passage("The council members use electronic tools.")]) is not None
    # "who picks" asks for an actor: where the members come from names none
    picks = "Who picks the experts for the council: governments or the scientists themselves?"
    assert asked_place(picks).place == "appointer"
    assert unanswered_place(picks, [passage("The council shall draw its members from all regions.")]).named().startswith("an appointment")
    assert unanswered_place(picks, [passage("The Secretary-General appoints the council's experts.")]) is None


def test_who_chairs_a_body_the_texts_set_up_without_a_chair_is_not_answered(assistant):
    """The fixture's Forum has a mandate, a cost and meetings, no chair; its AI panel draws its
    members from all regions."""
    answer = assistant.ask("Who is going to preside over the Forum, according to the Tunis Agenda?", mode="extractive")
    assert answer.abstained and answer.missing_concept.startswith("a chair for"), answer.missing_concept
    assert answer.citations
    answer = assistant.ask("How are the members of the compact's AI panel chosen?", mode="extractive")
    assert not answer.abstained and "global-digital-compact#13" in [c.id for c in answer.citations][:3]


def test_a_chair_s_summary_is_a_kind_of_document_not_a_place_asked():
    assert asked_place("What does the chair's summary say about AI?") is None
    assert asked_place("Who is the chair of the forum?").place == "chair"


def test_how_seats_are_allocated_asks_how_they_are_chosen():
    question = "How are civil society seats on the forum's advisory group allocated?"
    assert unanswered_place(question, [passage("The advisory group advises the forum on its programme.")]) is not None
    assert unanswered_place(question, [passage("Seats on the advisory group are allocated by region.")]) is None


def test_allocated_asks_of_seats_not_of_spectrum():
    assert asked_place("How is spectrum allocated?") is None
    question = "How are vacancies on the panel filled?"
    assert unanswered_place(question, [passage("Vacancies on the panel are filled in rotation among regions.")]) is None
