"""Questions on where the money comes from (assistant/funding.py): which ones ask, which passages
answer, and the answer over the fixture index."""
from __future__ import annotations

from wsis.assistant.funding import asked_funding, asked_pay, gives_funding, unanswered_funding
from tests.conftest import bare_passage as passage


def test_which_questions_ask_where_the_money_comes_from():
    assert asked_funding("Where will the money for the council's secretariat come from?").words == (
        "where will the money for the council's secretariat come from")
    assert asked_funding("Who is expected to pay for the new cables, and by when?").words == "who is expected to pay for the new cables"
    assert asked_funding("How is the council going to be funded?") is not None
    assert asked_funding("What are the sources of financing for the hubs?") is not None
    # what money pays for, or money as the subject of another verb, asks for no source
    for question in ("What should donors pay for in rural areas?", "Who benefits from the funds?",
                     "How do the two texts each propose to fund connections?", "Who chairs the council?"):
        assert asked_funding(question) is None, question


def test_pay_for_people_is_asked_and_answered_only_by_a_word_of_pay():
    question = "The networks run on unpaid help. Does the text propose paying those volunteers or giving them an allowance?"
    assert asked_pay(question).words == "does the text propose paying those volunteers or giving them an allowance"
    assert asked_pay("Will the experts on the panel get paid?") is not None
    assert asked_pay("Who pays for the panel?") is None and asked_pay("Should users pay less for access?") is None
    assert asked_pay("How is the forum supposed to be paid for?") is None  # funded: a source of money
    # money for the networks is not pay for their volunteers; a stipend is
    funds = passage("Donors should fund the regional networks and their volunteers' training centres.")
    assert unanswered_funding(question, [funds]).named().startswith("any pay or allowance for")
    assert unanswered_funding(question, [passage("The networks' volunteers receive a small stipend.")]) is None


def test_what_speaks_of_money():
    assert gives_funding("through public funds and private capital") and gives_funding("supported by voluntary funding")
    assert gives_funding("the financing of connectivity")
    assert not gives_funding("It should run at low cost.")  # how much, not who pays
    assert gives_funding("through voluntary contributions from donors")
    assert gives_funding("The costs of the secretariat shall be borne by the host country.")
    assert not gives_funding("We welcome contributions to building trust in the use of ICTs.")
    assert not gives_funding("We note the contributions of regional networks.")  # their work, not money
    assert not gives_funding("The council shall report every year to the assembly.")


def test_funding_is_unanswered_only_when_no_first_passage_on_the_subject_speaks_of_money():
    question = "Who will pay for the council's secretariat?"
    assert unanswered_funding(question, [passage("The council shall have a small secretariat.")]).named() == (
        "a source of funding for “who will pay for the council's secretariat”")
    assert unanswered_funding(question, [passage("The secretariat is funded by voluntary contributions.")]) is None
    # money for another subject does not answer
    assert unanswered_funding(question, [passage("Donors fund rural cables.")]) is not None


def test_a_question_on_money_the_texts_do_not_give_names_it_and_shows_the_nearest_passages(assistant):
    """The fixture's compact sets up an AI panel and says nothing of its money; the Tunis Agenda says
    who pays for remote connections."""
    answer = assistant.ask("Who is going to foot the bill for the compact's scientific panel on AI?", mode="extractive")
    assert answer.abstained and answer.missing_concept.startswith("a source of funding for"), answer.answer
    assert "global-digital-compact#13" in [c.id for c in answer.citations]  # the panel: the nearest
    answer = assistant.ask("Who is meant to pay for getting rural areas connected?", mode="extractive")
    assert not answer.abstained and "tunis-agenda#3" in [c.id for c in answer.citations]


def test_money_asked_of_all_this_is_answered_by_any_first_passage_that_speaks_of_money(specimens):
    """Round 32: "ok but who pays for all this?? does the 2015 review or the compact or the pact say anything about money"
    was refused: "ok" and "about" were read as the subject, which no sentence on voluntary funding shares."""
    answer = specimens.ask("ok but who pays for all this?? does the 2015 review or the compact or the pact say anything about money",
                           mode="extractive")
    assert not answer.abstained, answer.answer
    assert {"global-digital-compact#29", "a-res-70-125#4"} & {c.id.split("(")[0] for c in answer.citations}
    assert unanswered_funding("ok, who pays for it?", [passage("The forum is supported through voluntary funding.")]) is None
    assert asked_funding("Is a concrete funding source, such as a trust fund, specified for the Forum?") is not None  # round 36


def test_stipends_proposed_without_an_article_ask_for_pay(assistant):
    """Round 35: "Does it propose stipends, insurance or any other support specifically for those volunteers?" quoted the volunteers'
    paragraph as if it answered."""
    assert asked_pay("Does it propose stipends, insurance or any other support for those volunteers?") is not None
    assert asked_pay("Do the texts mention stipends?") is None and asked_pay("What does the Plan say about allowances for roaming?") is None
    assert asked_pay("Does it propose modest stipends for those volunteers?") is not None  # review
    assert asked_pay("Does the GDC give allowances for data roaming?") is None
    answer = assistant.ask("The excerpt says the regional networks run on volunteers. Does it propose stipends, insurance or any other "
                           "support specifically for those volunteers?", mode="extractive")
    assert answer.abstained and answer.missing_concept.startswith("any pay or allowance"), answer.answer
