"""Where was a named text adopted? (assistant/venues.py): the question, the line that names the place."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from wsis.assistant.venues import asks_for_venue, cities, is_venue_question, venue_answer, venue_line
from wsis.types import DocumentInfo, Paragraph


@pytest.mark.parametrize("stripped", [
    "Where was  adopted?", "Where were the summits held that produced  and ?", "In which city was  agreed?",
    "What venue hosted the summit that adopted ?", "When and where was  adopted?", "where did the Assembly adopt ?",
])
def test_venue_questions(stripped):
    assert asks_for_venue(stripped) and is_venue_question(stripped)


@pytest.mark.parametrize("stripped", [
    "Where does  say the forum meets?", "Where did things stand on getting people online when the Assembly took stock?",
    "Where did 's description of internet governance come from?", "In which city did the ITU hold the high-level event?",
    "Where in  is the pledge not to disconnect people?", "When was  adopted?",
    # no act or place of adoption asked: where in a text, where two texts agree, a follow-up's "where?"
    "Where do  and  agree?", "Where is that in ?", "Where in  is it?", "Where is this in the text of ?", "Where?",
    "And where is that in the text?", "Where does  lead?", "Where do  and  meet?", "What place do  and  hold?",
])
def test_other_questions_are_not_venue_questions(stripped):
    assert not is_venue_question(stripped)


def test_cities_are_names_wordnet_files_as_cities_never_a_symbol():
    assert [c.city for c in cities("Geneva 2003 - Tunis 2005")] == ["Geneva", "Tunis"]
    assert [c.city for c in cities("the summit held at United Nations Headquarters in New York")] == ["New York"]
    assert cities("Document WSIS-03/GENEVA/DOC/4-E") == []
    assert cities("World Summit on the Information Society") == []


def test_the_line_that_names_the_place():
    title = Paragraph("d", "title", "World Summit on the Information Society\nGeneva 2003 - Tunis 2005\nDocument WSIS-05/TUNIS/DOC/9-E",
                      numbered=False, order=0)
    recall = Paragraph("d", "2", "We recall the first phase, held in Geneva from 10 to 12 December 2003.", order=2)
    gathered = Paragraph("d", "1", "We, the delegates, gathered in Tunis from 16 to 18 November 2005, state our resolve.", order=1)
    # a sentence saying where its meeting was held, dated by the text's own year or by none
    assert (venue_line([title, recall, gathered], "2005").city, venue_line([title, recall, gathered], "2005").said) == ("Tunis", "held")
    assert venue_line([title, recall, gathered], "2005").line.startswith("We, the delegates, gathered in Tunis")
    # another year's meeting is not the text's: the title block's city printed with the text's year
    found = venue_line([title, recall], "2005")
    assert (found.city, found.line, found.said) == ("Tunis", "Geneva 2003 - Tunis 2005", "title")
    assert venue_line([title, recall], "2003").city == "Geneva"  # the recalled meeting is of 2003
    assert venue_line([title], "2003").said == "title"
    assert venue_line([title], "2015") is None  # nothing guessed from the symbol or another year
    assert venue_line([Paragraph("d", "3", "Cooperation in Geneva and elsewhere is welcome.")], "2005") is None


@pytest.mark.parametrize("line, year, city", [
    ("Tunis, 18 November 2005", "2005", "Tunis"),
    ("New York, 22-23 September 2024", "2024", "New York"),
    ("Geneva, December 2003", "2003", "Geneva"),
    ("Geneva, December 12, 2003", "2003", "Geneva"),
    ("Tunis, 18 November 2005", "2003", None),  # another year's date: not this text's place
    ("Geneva, 12 Decembers 2003", "2003", None),  # no date
])
def test_a_title_block_city_printed_with_a_full_date_of_the_texts_year(line, year, city):
    block = Paragraph("d", "title", f"Tunis Commitment\nDocument WSIS-05/TUNIS/DOC/7-E\n{line}", numbered=False, order=0)
    found = venue_line([block], year)
    assert (found.city, found.line, found.said) == (city, line, "title") if city else found is None


@pytest.mark.parametrize("text, year", [
    ("Recalling the World Summit on the Information Society, held in Geneva and Tunis,", "2015"),  # another meeting
    ("Recalling the 2003 Summit, held in Geneva,", "2005"),  # a year before the city
    ("We look forward to the first meeting of the Forum, to be held in Athens.", "2005"),  # a meeting to come
    ("Recalling the Conference on Sustainable Development, held in Rio de Janeiro, Brazil, from 20 to 22 June 2012,", "2015"),
    ("Noting the work of the Commission, which met in Geneva on 4 May 2015,", "2015"),  # a recital on another body
    ("We held consultations with stakeholders, including in Geneva.", "2024"),  # "held" is not the place's verb
])
def test_a_sentence_on_another_meeting_places_no_text(text, year):
    assert venue_line([Paragraph("d", "PP1", text, numbered=False)], year) is None


def test_the_texts_own_meeting_in_its_own_voice_first():
    recital = Paragraph("d", "PP1", "Recalling the decisions that prepared the summit held in New York,", numbered=False, order=0)
    voice = Paragraph("d", "1", "We, the Heads of State, gathered in Nairobi from 22 to 23 September 2024, recommit to the "
                      "2030 Agenda.", order=1)
    assert venue_line([recital], "2024").city == "New York"  # "the summit held in": the text's own meeting
    assert (venue_line([recital, voice], "2024").city, venue_line([voice], "2024").city) == ("Nairobi", "Nairobi")
    assert [c.city for c in cities("held in Rio de Janeiro, Brazil")] == ["Rio de Janeiro"]


def test_each_text_its_place_or_said_not_printed_with_its_title_block_as_the_nearest():
    placed = DocumentInfo("pact", "Pact", symbol="A/RES/1/1", date="2024-09-22")
    annex = DocumentInfo("compact", "Compact", symbol="A/RES/1/1, annex I", date="2024-09-22")
    silent = DocumentInfo("agenda", "Agenda", symbol="S/1", date="2005-11-18")
    paragraphs = [Paragraph("pact", "PP1", "Recalling the decisions that prepared the summit held in New York,", numbered=False),
                  Paragraph("compact", "1", "We commit to closing the divides."),
                  Paragraph("agenda", "title", "Document S/1\n18 November 2005", numbered=False)]
    corpus = SimpleNamespace(documents={"pact": placed, "compact": annex, "agenda": silent}, doc_order=["pact", "compact", "agenda"],
                             paragraphs=paragraphs, by_doc={"pact": [0], "compact": [1], "agenda": [2]})
    answer = venue_answer("Where were they adopted?", [placed, annex, silent], corpus)
    assert answer.answer.splitlines()[:3] == [
        "Pact (A/RES/1/1): the text names New York as the place of its meeting [1].",
        "Compact (A/RES/1/1, annex I) is annexed to Pact (A/RES/1/1), whose text names New York as its place [2].",
        "No indexed line of Agenda (S/1) says where it was adopted or its meeting held; the nearest passage is its title block [3]."]
    assert [c.id for c in answer.citations] == ["pact#PP1", "pact#PP1", "agenda#title"] and not answer.abstained
    alone = venue_answer("Where was the Agenda adopted?", [silent], corpus)
    assert alone.abstained and [c.id for c in alone.citations] == ["agenda#title"] and alone.missing_concept == "the name of a city"
    # the annex's resolution left out by the filters: not placed by it
    assert venue_answer("Where was the Compact adopted?", [annex], corpus, allowed={"compact"}).abstained
    outside = venue_answer("Where was it adopted?", [DocumentInfo("x", "X", symbol="X/1")], corpus, lang="fr")
    assert outside.abstained and outside.answer == "X (X/1) n’est pas dans l’index\u00a0: le lieu de son adoption ne peut pas être cité."
    assert venue_answer("?", [], corpus) is None
