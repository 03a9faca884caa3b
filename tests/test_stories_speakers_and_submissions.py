"""Rounds 45 and 46: a story before "Is there anything ...?", texts named by what their city told or has ("Tunis told the
Secretary-General", "Geneva has a vision") or by what the Assembly found in a year, who is responsible for a thing,
submissions in writing, "down the line", and a deadline asked without a year that a time limit on another subject does
not answer. Each was seen in the rounds' fresh questions."""
from __future__ import annotations

from wsis.assistant.asker import without_story
from wsis.assistant.everyday import rewrites
from wsis.assistant.mentions import implied_documents
from wsis.assistant.phrases import concept_phrases
from wsis.assistant.text_years import year_named


def test_a_story_before_is_there_anything_is_no_concept(specimens):
    """"Automation is hitting our warehouse members hard. Is there anything in the Pact about safety nets ...?" was refused:
    "The texts do not mention Automation" ("there" read as pointing back to the story)."""
    told = "Automation is hitting our warehouse members hard. "
    asked = "Is there anything in the Pact about safety nets for people, and anything in the 2015 WSIS review about building up their skills?"
    assert without_story(told + asked) == asked
    for kept in ("Our village has no signal. Is there a plan for that there?", "Shutdowns happen a lot here. Is there anything on it?"):
        assert without_story(kept) == kept, kept  # pointing back: the story is the subject
    answer = specimens.ask(told + asked)
    assert not answer.abstained and answer.citations[0].id == "pact-for-the-future#5"


def test_a_city_that_told_or_has_a_vision_names_its_texts(specimens):
    """"Tunis told the Secretary-General to create the forum ... Does the compact deal with money for it?" cited the compact
    alone; "Geneva has a vision about everyone being able to produce and pass on know-how" lost the Geneva Declaration."""
    documents = specimens.retriever.corpus().documents
    assert ["tunis-agenda"] in implied_documents("Tunis told the Secretary-General to create the forum, did anybody say how it "
                                                 "gets paid for?", documents)[2]
    assert ["geneva-declaration"] in implied_documents("Geneva has a vision about everyone being able to pass on know-how.", documents)[2]
    for trip in ("I told my boss in Geneva about it.", "We met in Tunis. I told them about the forum."):
        assert implied_documents(trip, documents) == ([], [], []), trip
    answer = specimens.ask("Tunis told the Secretary-General to create the forum, but did anybody say how it gets paid for? "
                           "Does the compact deal with money for it at all?")
    assert "tunis-agenda#72" in [c.id for c in answer.citations[:3]]


def test_what_the_assembly_found_in_a_year_names_its_texts(specimens):
    """"what did the General Assembly find in 2015 about how many people are online" named no 2015 text."""
    documents = specimens.retriever.corpus().documents
    for asked in ("what did the General Assembly find in 2015 about the gaps?", "what the GA said in 2015 on skills"):
        assert [ids for _, _, ids in year_named(asked, documents)] == [["a-res-70-125"]], asked
    for other in ("the General Assembly met in 2015", "the General Assembly elected in 2015"):
        assert year_named(other, documents) == [], other


def test_who_is_responsible_asks_for_actors(specimens):
    """"What does the Geneva declaration say about who is responsible for promoting information and communication technologies
    for development?" was refused: "The texts do not mention responsible"."""
    for asked, concepts in (("who is responsible for promoting ICTs", ["ICTs"]), ("Who's in charge of the Forum?", ["Forum"]),
                            ("who has responsibility for cybersecurity", ["cybersecurity"])):
        assert [p.text for p in concept_phrases(asked, asked)] == concepts, asked
    for kept in ("responsible AI for development", "the responsibility of platforms for content"):
        assert concept_phrases(kept, kept)[0].text.startswith("responsib"), kept
    answer = specimens.ask("What does the Geneva declaration say about who is responsible for promoting information and "
                           "communication technologies for development?")
    assert not answer.abstained and answer.citations[0].id == "geneva-declaration#5"


def test_submissions_taken_in_writing_are_written_contributions(specimens):
    """"How were views gathered for the 2015 General Assembly review - did they accept submissions in writing?" was refused:
    "they do not mention submissions"."""
    for asked in ("did they accept submissions in writing?", "were submissions in writing possible?"):
        assert any("written contributions" in r for r in rewrites(asked)), asked
    answer = specimens.ask("How were views gathered for the 2015 General Assembly review - did they accept submissions in writing?")
    assert not answer.abstained and answer.citations[0].id == "a-res-70-125#PP3"


def test_down_the_line_is_later(specimens):
    """"Is there any plan to revisit the declaration on future generations down the line?" was refused: "does not mention down"."""
    assert "line" not in " ".join(p.text for p in concept_phrases("revisit the declaration down the line",
                                                               "Is there any plan to revisit the declaration down the line?"))
    answer = specimens.ask("Is there any plan to revisit the declaration on future generations down the line?")
    assert not answer.abstained and answer.citations[0].id == "declaration-on-future-generations#5"


def test_a_time_limit_on_another_subject_sets_no_deadline(specimens):
    """"does the global digital compact put an actual deadline on governments to stop internet shutdowns, like a target year by
    which they have to end?" quoted the compact's call to refrain from cutting access: "report every two years" and an annual
    forum were read as its time limit."""
    answer = specimens.ask("does the global digital compact put an actual deadline on governments to stop internet shutdowns, like a "
                           "target year by which they have to end?")
    assert answer.abstained
