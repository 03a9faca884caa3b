"""Questions that ask which organisation does something (assistant/actors.py): a sentence on the
asking clause's task names one by a capitalised name, an acronym or a word for a body."""
from __future__ import annotations

import pytest

from wsis.assistant.actors import asked_actor, names_an_organisation, unanswered_actor
from tests.conftest import bare_passage as passage


@pytest.mark.parametrize("question, clause", [
    ("The plan wants yearly surveys. Which organisation actually runs them?", "which organisation actually runs them"),
    ("Which UN body keeps the register of experts?", "which UN body keeps the register of experts"),
    ("Training is promised, but which agencies deliver it?", "which agencies deliver it"),
])
def test_which_organisation_questions(question, clause):
    assert asked_actor(question).words == clause


@pytest.mark.parametrize("question", [
    "Who chairs the Forum?",  # a place in a body: roles
    "What do the bodies of the system do about spam?",  # no which-organisation clause
    "The organisations which the plan names should cooperate: how?",  # a relative "which"
    "",
])
def test_other_questions_ask_for_no_organisation(question):
    assert asked_actor(question) is None


def test_what_names_an_organisation():
    assert names_an_organisation("We invite the United Nations to convene the meeting.")
    assert names_an_organisation("Support will come from ITU and the regional commissions.")
    assert names_an_organisation("We ask the coordinating body to report.")
    assert names_an_organisation("We will promote cooperation among governments, the private sector and civil society.")
    assert not names_an_organisation("We therefore commit to surveying the gap each year.")
    assert not names_an_organisation("Access to the Internet and ICTs should be affordable.")
    assert not names_an_organisation("We build a people-centred Information Society for all.")


def test_unanswered_unless_a_sentence_on_the_asked_task_names_a_body():
    question = "Countries pledge to count the unconnected every year. Which organisation actually does the counting?"
    vague = [passage("We will count the unconnected every year."),
             passage("We ask the coordinating body to convene a meeting every year.")]  # another task's body
    assert unanswered_actor(question, vague).named() == (
        "any organisation for “which organisation actually does the counting”")
    named = [passage("We invite the statistical commission to count the unconnected each year.")]
    assert unanswered_actor(question, named) is None
    # the candidates do not speak of the task: their silence on who does it says nothing
    assert unanswered_actor("Which organisation keeps the register of experts?", vague) is None
    assert unanswered_actor("What is counted every year?", vague) is None  # no organisation asked


def test_the_texts_name_no_body_for_the_yearly_measuring(assistant):
    answer = assistant.ask("The Tunis Commitment pledges to size up the divide each year. Which organisation is in charge of that measuring?")
    assert answer.abstained and "any organisation" in answer.answer
    convener = assistant.ask("Which body does the 2005 agenda ask to set up the new policy forum?")
    assert not convener.abstained and "tunis-agenda#9" in [c.id for c in convener.citations][:3]
    # a task the candidates put in other words ("create" for "convene") is left to the concept check
    assert not assistant.ask("Which body did the Tunis Agenda create?").abstained
