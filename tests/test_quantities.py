"""Questions that ask for a figure (assistant/quantities.py): which ones do, and which passages give one."""
from __future__ import annotations

from wsis.assistant.quantities import asked_figure, gives_figure, unanswered_figure
from wsis.types import DocumentInfo, Paragraph, Passage

DOC = DocumentInfo(doc_id="d", title="D")


def passage(text: str) -> Passage:
    return Passage(Paragraph(doc_id="d", label="1", text=text), DOC)


def test_a_clause_that_opens_with_the_figure_asks_for_it():
    assert asked_figure("How many experts will sit on the AI panel?").kind == "amount"
    assert asked_figure("How many experts will sit on the AI panel?").words == "how many experts will sit on the AI panel"
    assert asked_figure("Must firms report a breach, and within how many hours?").kind == "duration"
    assert asked_figure("By what year does the Pact aim to end extreme poverty?").kind == "year"
    assert asked_figure("What percentage of people should have broadband?").kind == "amount"
    assert asked_figure("Which targets were missed, and by how much?").named() == "a figure (by how much)"


def test_an_embedded_how_many_asks_for_no_figure():
    assert asked_figure("Are there still differences between regions in how many people are online?") is None
    assert asked_figure("How soon should the bodies start?") is None
    assert asked_figure("What is said about the digital divide?") is None


def test_what_counts_as_a_figure_of_each_kind():
    assert gives_figure("amount", "at least 50 per cent of schools") and gives_figure("amount", "three million people")
    assert not gives_figure("amount", "See resolution A/RES/70/125 of 2015.")  # a symbol and a year: no amount
    assert gives_figure("year", "by 2030") and not gives_figure("year", "as soon as possible")
    assert gives_figure("duration", "a review in ten years' time") and gives_figure("duration", "an annual meeting")
    assert not gives_figure("duration", "the forum shall meet regularly")


def test_the_figure_is_unanswered_only_when_no_first_passage_gives_one():
    question = "How much money do governments give the forum?"
    assert unanswered_figure(question, [passage("Funding for the forum is voluntary.")]).kind == "amount"
    assert unanswered_figure(question, [passage("Governments give 2 million dollars a year.")]) is None
    assert unanswered_figure("What does the forum do?", [passage("The forum meets.")]) is None


def test_when_asks_for_a_time_only_as_a_question():
    asked = asked_figure("Where and when is the next event going to be held?")
    assert asked.kind == "time" and asked.named() == "a date (where and when is the next event going to be held)"
    assert asked_figure("When governments draft plans, who should they consult?") is None
    assert gives_figure("time", "a review in ten years' time") and gives_figure("time", "report within the coming year")
    assert not gives_figure("time", "report at the next event") and not gives_figure("amount", "progress since WSIS+10")


def test_how_much_of_an_extent_asks_for_no_amount():
    assert asked_figure("How much does the Pact say about AI?") is None
    assert asked_figure("How much emphasis is put on skills?") is None
    assert asked_figure("How much do the texts care about privacy?") is None
    assert asked_figure("How much money do governments give?").kind == "amount"


def test_when_and_since_in_their_other_forms():
    assert asked_figure("When and where will the next IGF be held?").named() == "a date (when and where will the next IGF be held)"
    assert asked_figure("Who decides, and when?").named() == "a date (who decides, and when)"
    assert asked_figure("Since when has the forum existed?").kind == "time"
    assert asked_figure("Until what year does the mandate run?").kind == "year"
    assert asked_figure("What is the percentage of people online?").kind == "amount"


def test_fractions_and_abbreviated_amounts_are_figures_and_references_are_not():
    for text in ("a third of the world", "thirteen countries", "ninety experts", "2bn dollars", "€5bn", "100m people"):
        assert gives_figure("amount", text), text
    for text in ("Goal 9 on infrastructure", "SDG 4", "paragraph 72", "para. 72", "Article 19", "the Group of 77",
                 "resolution 70/125 of 16 December 2015", "WSIS+20", "5G"):
        assert not gives_figure("amount", text), text


def test_a_year_that_names_an_agenda_is_no_date():
    assert not gives_figure("year", "in line with the 2030 Agenda for Sustainable Development")
    assert gives_figure("year", "by 2030, in line with the 2030 Agenda") and gives_figure("year", "adopted in 2015")
    assert unanswered_figure("By what year should every school be connected?",
                             [passage("Connectivity serves the 2030 Agenda.")]).kind == "year"
