"""Questions about a named text itself (subject, audience, full title): its title block, quoted whole."""
from __future__ import annotations

import pytest

from wsis.assistant.about_text import texts_span, title_answer
from wsis.types import DocumentInfo, Paragraph
from tests.test_particulars import corpus_of


@pytest.mark.parametrize("question, texts", [
    ("What subject area does the negotiating team's pack of previously settled wording cover?",
     "the negotiating team's pack of previously settled wording"),
    ("What topics do the Tunis Agenda and the compact deal with?", "the Tunis Agenda and the compact"),
    ("Who was the briefing extract put together for?", "the briefing extract"),
    ("Whom is the extract intended for", "the extract"),
    ("What is the full title of the Tunis Agenda?", "the Tunis Agenda"),
    ("What is the resolution's official name?", "the resolution"),
    ("What is the Vision officially called?", "the Vision"),
    # "formal" asks it too, and a guess may follow the name
    ("What is the formal title of the Geneva declaration: a plan, a charter, or something else?", "the Geneva declaration"),
    ("What is the compact's proper name?", "the compact"),
])
def test_questions_about_the_text_itself(question, texts):
    span = texts_span(question)
    assert span is not None and question[span[0]:span[1]] == texts


@pytest.mark.parametrize("question", [
    "What does the Tunis Agenda say about financing?",
    "What topics does the Tunis Agenda cover on financing?",  # a topic inside the text
    "Who is the Geneva Plan of Action addressed to?",  # a title rarely names the actors a plan calls on
    "What is the Tunis Agenda about?",
    "Who was the Forum set up for, according to the Tunis Agenda?",
    "What is the title of paragraph 72?",
])
def test_other_questions_are_not_about_the_text_itself(question):
    assert texts_span(question) is None


def test_the_title_block_is_quoted_as_what_the_text_says_of_itself():
    team = DocumentInfo("team-extract", "Extract for the negotiating team: agreed language on the information society")
    notes = DocumentInfo("notes", "My notes")
    title = "Extract for the negotiating team: agreed language on the information society"
    corpus = corpus_of(Paragraph("team-extract", "title", title, numbered=False, order=0),
                       Paragraph("team-extract", "33", "Invented sentence.", order=1),
                       Paragraph("notes", "1", "Nothing here.", order=0))
    answer = title_answer("Who was the extract put together for?", [team, notes], corpus)
    assert [(c.id, c.quote) for c in answer.citations] == [("team-extract#title", title)] and not answer.abstained
    assert answer.answer == (f"{title} describes itself in its title block [1]:\n\n> {title}\n> [1] ({title}, title)")
    assert title_answer("Who were my notes put together for?", [notes], corpus) is None  # retrieval answers instead
