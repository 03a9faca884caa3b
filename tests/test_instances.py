"""Questions that ask for a name of a city, country or language (assistant/instances.py): a
sentence names one when WordNet files a capitalised word under the kind asked ("Geneva": a city),
or, unless the question asks for names, a group by an adjective ("least developed countries")."""
from __future__ import annotations

from wsis.assistant.instances import asked_instance, names_a, names_a_group, unanswered_instance
from tests.conftest import bare_passage as passage


def test_which_questions_ask_for_a_name():
    assert asked_instance("In which city was the event held?").what == "the name of a city"
    assert asked_instance("Which of the UN's official languages must the Forum publish in?").what == "the name of a language"
    assert asked_instance("The panel reports yearly; and which countries sit on it?").words == "which countries sit on it"
    assert asked_instance("In what language is the declaration?").what == "the name of a language"
    assert asked_instance("Which language is used in the Tunis Agenda?").what == "the name of a language"  # "which": a name
    assert asked_instance("What continents are covered?").what == "the name of a continent"
    assert asked_instance("The review met in 2015. Which city hosted it?").what == "the name of a city"
    assert asked_instance("Which one of the cities hosted the summit?").what == "the name of a city"
    # where a meeting takes place asks for a city or a country; a list of countries for their names (round 17)
    assert asked_instance("Where is the first meeting of the Forum supposed to take place?").what == "the name of a place"
    assert asked_instance("Where will the review be held, and who prepares it?").words == "where will the review be held"
    assert asked_instance("list of countries that signed the declaration in 2003?").what == "the name of a country"
    for question in ("Which country's regulators are mentioned?", "Which country's delegation proposed it?"):  # review
        assert asked_instance(question).what == "the name of a country", question
    for where_said in ("Where does the compact say data governance matters?", "Where are rights-based approaches discussed in the GDC?",
                       "Where does the compact mention principles based on human rights?", "Where do the commitments meet the needs of small islands?",
                       "What does the Tunis Agenda say in the name of all countries?",  # where in a text, not a meeting's place
                       "Which texts push countries to draw up national digital plans?", "Which of the documents help countries?",
                       "Which WSIS texts push countries to plan?", "Which two texts ask countries to act?",  # round 18, review
                       "What qualities should a country's regulators have?",  # a country's: its regulators asked (round 26)
                       "What qualities should the country's regulators have?", "What role should this country's parliament play?"):
        assert asked_instance(where_said) is None, where_said
    # a relative "which", or no kind with proper names, asks for none
    for question in ("What help goes to the plans which countries draw up?", "Which agency leads the review?",
                     "What do the texts say about languages?", "How many countries signed?",
                     # "language" as wording, the negotiator's sense
                     "What is the agreed language on spam?", "What exact language was used for the Forum's mandate?"):
        assert asked_instance(question) is None, question


def test_what_names_a_city_a_country_or_a_language():
    assert names_a("city", "Recalling the summit held in New York,") and names_a("city", "We met in Geneva.")
    assert names_a("country", "Support from Tunisia and Kenya.") and names_a("language", "Materials in Arabic.")
    assert not names_a("city", "We, the participants, reaffirm the vision.")
    assert not names_a("country", "The General Assembly decides to review the Internet Governance Forum.")
    assert names_a_group("country", "especially in least developed countries") and names_a_group("language", "in local languages")
    assert not names_a_group("language", "local content in many languages")
    assert not names_a_group("country", "We invite the commissions to support countries in preparing plans.")


def test_unanswered_unless_a_first_passage_on_the_subject_names_one():
    question = "In which city was the review meeting held?"
    assert unanswered_instance(question, [passage("The review meeting was held with all stakeholders.")]).named() == (
        "the name of a city for “in which city was the review meeting held”")
    assert unanswered_instance(question, [passage("The review meeting was held in Geneva.")]) is None
    # a group answers "which countries", not "which countries exactly"
    group = [passage("Connectivity for the review remains out of reach in least developed countries.")]
    assert unanswered_instance("Which countries does the review worry about?", group) is None
    assert unanswered_instance("Which countries exactly does the review name?", group) is not None
    rotate = [passage("The Forum should rotate its meetings among regions.")]  # a place said without a name answers "where"
    assert unanswered_instance("Where should the Forum's meetings take place?", rotate) is None
    assert unanswered_instance("Where is the Forum's first meeting to be held? Which host country and city?", rotate) is not None
    where = "Where is the first meeting of the Forum supposed to take place?"
    assert unanswered_instance(where, [passage("The first meeting of the Forum is to be convened next year.")]) is not None
    assert unanswered_instance(where, [passage("The first meeting of the Forum is to be convened in Athens.")]) is None


def test_a_city_the_texts_do_not_give_is_named_as_missing(specimens):
    answer = specimens.ask("Which city hosted the 2014 WSIS+10 event?", mode="extractive")
    assert answer.abstained and answer.missing_concept.startswith("the name of a city"), answer.answer
    assert any(c.doc_id.startswith("wsis10") for c in answer.citations)  # the event's own texts: the nearest
    # the Pact's preamble names the summit's city: answered
    answer = specimens.ask("In which city did the Summit of the Future take place?", mode="extractive")
    assert not answer.abstained and answer.citations[0].id == "pact-for-the-future#PP1", answer.answer


def test_a_verb_between_what_and_the_kind_asks_for_no_name():
    assert asked_instance("in the ICT4D part, what are countries committing to on broadband?") is None
    assert asked_instance("What two countries hosted the summit?") is not None


def test_which_countries_count_as_a_group_asks_for_its_members():
    question = "Which countries count as least developed for the purposes of the compact's connectivity goals?"
    group = passage("Connectivity remains out of reach in rural areas and least developed countries.")
    assert unanswered_instance(question, [group]) is not None
    assert unanswered_instance("Which countries does the compact single out for connectivity?", [group]) is None


def test_what_are_the_kind_still_asks_for_names():
    assert asked_instance("What are the official languages of the UN?") is not None
