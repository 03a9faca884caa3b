"""Questions that ask whether something binds (assistant/legal_force.py), and their answers over the
fixture index: the texts' commitments do not say whether they bind."""
from __future__ import annotations

from wsis.assistant.legal_force import asked_force, asked_liability, gives_force, unanswered_force
from tests.conftest import bare_passage as passage


def test_which_questions_ask_for_legal_force():
    assert asked_force("Is the charter a legally binding agreement?").words == "is the charter a legally binding agreement"
    # a clause is cut at a sentence end too: the statement before the question is not what it asks
    assert asked_force("The board meets yearly. Are members obliged to act on its advice?").words == "are members obliged to act on its advice"
    assert asked_force("Can the council take decisions that members then have to follow?") is not None
    assert asked_force("Are its findings enforceable, and by whom?").words == "are its findings enforceable"
    # a duty the texts state as a commitment is asked of the texts' substance, not of their force
    assert asked_force("Are states obliged to respect privacy online?") is None
    assert asked_force("What does the charter say about privacy?") is None
    assert asked_force("Should an e-signature carry the same legal weight as one on paper?") is None
    # round 32: how a text is worded, which its quote shows; not whether the language binds in law
    assert asked_force("Does the charter envisage principles, and is that language mandatory or hortatory?") is None
    assert asked_force("Is the language on data protection legally binding?") is not None
    for question in ("Is the compact mandatory for states or is it just hortatory?",  # review: force asked in the wording's words
                     "Are countries obliged to implement the national strategies drafted under the action lines?",
                     "Do the texts make it mandatory to offer e-government services in every official language?",
                     "Is that language mandatory or hortatory, and is the compact legally binding at all?"):
        assert asked_force(question) is not None, question


def test_what_speaks_of_force():
    assert gives_force("This declaration is not legally binding.") and gives_force("a non-binding outcome")
    assert gives_force("consistent with their obligations under international law")
    assert gives_force("The forum would have no oversight function.") and gives_force("on a voluntary basis")
    assert not gives_force("Support the forum, including through voluntary contributions.")
    assert not gives_force("We commit to protect privacy online.")


def test_force_is_unanswered_only_when_no_first_passage_on_the_subject_speaks_of_it():
    question = "Is the charter legally binding on its members?"
    commitments = [passage("We commit to the charter's aims."), passage("The charter shall guide our members.")]
    assert unanswered_force(question, commitments).named().startswith("any legal force or obligation for “is the charter")
    assert unanswered_force(question, [passage("The charter is a voluntary framework for members.")]) is None
    # a word on force about another subject does not answer
    assert unanswered_force(question, [passage("Trade treaties bind exporters.")]) is not None
    # the words that ask for force are no subject the nearest passages are "on" ("on binding")
    asked = unanswered_force(question, commitments)
    assert asked.asks_only("binding") and asked.asks_only("legally binding") and not asked.asks_only("charter")


def test_liability_in_law_is_a_legal_duty_the_commitments_do_not_settle():
    question = "Are social media companies legally responsible for what their users post?"
    assert asked_liability(question).words == "are social media companies legally responsible for what their users post"
    assert asked_liability("Can platforms be sued over hateful posts?") and asked_liability("Who bears liability for outages?")
    assert asked_liability("Who is responsible for the forum's secretariat?") is None  # a role, not liability in law
    commitments = [passage("Social media companies should promote information integrity and moderate posts by users.")]
    assert unanswered_force(question, commitments).named().startswith("any legal liability for “are social media")
    assert unanswered_force(question, [passage("Social media companies are liable for unlawful posts by their users.")]) is None
    assert unanswered_force(question, [passage("Social media companies must be held accountable for the posts they host.")]) is None
    # accountability in general is no liability in law; "liable to" is "likely to"
    assert unanswered_force(question, [passage("Social media companies should be accountable to users.")]) is not None
    assert asked_liability("Are small island states liable to be left behind?") is None


def test_a_question_on_legal_force_names_it_and_shows_the_nearest_passages(assistant):
    """Over the fixture texts, which commit but never say whether they bind."""
    answer = assistant.ask("Is what the Tunis Agenda agreed legally binding on the governments that adopted it?",
                           mode="extractive")
    assert answer.abstained and "legal force or obligation" in answer.missing_concept
    assert answer.citations  # the nearest passages, cited
    # a question on the same texts' substance is answered
    answer = assistant.ask("What should governments do to help the forum, according to the Tunis Agenda?", mode="extractive")
    assert not answer.abstained and answer.citations
