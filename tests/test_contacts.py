"""Questions that ask how to reach someone (assistant/contacts.py): which ones do, and what gives a contact."""
from __future__ import annotations

from wsis.assistant.contacts import asked_contact, unanswered_contact
from tests.conftest import bare_passage as passage


def test_questions_that_ask_for_a_website_or_an_address():
    asked = asked_contact("donors funding community networks - is there a website or contact address where we can apply for a grant?")
    assert asked is not None and asked.words == "is there a website or contact address where we can apply for a grant"
    for question in ("What is the Forum's official website?", "how can I contact the Forum's secretariat?",
                     "where can a small village group apply for funding?", "Is there an e-mail address for the panel?"):
        assert asked_contact(question) is not None, question
    for question in ("What's the Forum website?", "Where can I find the IGF website?", "How do I get in touch with the Forum's secretariat?",
                     "Where can community networks apply for grants from donors?"):  # review
        assert asked_contact(question) is not None, question
    for other in ("How can we reach the unconnected in remote areas?", "How do we reach the poorest communities?",  # review: a population
                  "Where can a small group like ours apply the multistakeholder approach?", "Where can we apply the principles?",
                  "Is there a link between spam and security?", "Is there a way to address the divide?",
                  "What do the texts say about websites in local languages?", "Where do the texts apply to small states?"):
        assert asked_contact(other) is None, other


def test_a_contact_is_given_only_by_a_printed_address_or_number():
    question = "is there a website where groups running community networks can apply to donors?"
    donors = passage("We call upon donors to support community networks in remote areas.")
    assert unanswered_contact(question, [donors]) is not None
    listed = passage("Community networks may apply to donors through https://example.org/apply.")
    assert unanswered_contact(question, [listed]) is None


def test_the_answer_says_the_texts_give_no_contact(assistant):
    """Round 30: "is there a website or contact address where a little group like ours can actually apply for a grant?"
    quoted the donors' paragraph as if it answered."""
    answer = assistant.ask("there's a bit about donors funding community networks - is there a website or contact address where a "
                           "little group like ours can actually apply for a grant?")
    assert answer.abstained and answer.answer.startswith("The texts do not mention a website or contact address for “is there a website")
    assert "flattened-excerpt#78" in [c.id for c in answer.citations][:3]  # the nearest passages, cited
