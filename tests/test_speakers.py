"""Who speaks in a text (assistant/speakers.py): the paragraph where it names its "we", first."""
from __future__ import annotations

import pytest

from wsis.assistant.speakers import asks_speaker, speaker_paragraph
from wsis.types import Paragraph


@pytest.mark.parametrize("question", [
    "Who is the 'we' in the Tunis Commitment?",
    "Who is doing the talking in the Geneva declaration?",
    "Who speaks in the 2014 vision?",
    "On whose behalf was the resolution adopted?",
    "Who puts forward the vision for after 2015?",
])
def test_questions_that_ask_who_speaks(question):
    assert asks_speaker(question)


@pytest.mark.parametrize("question", [
    "What do we know about the Forum's funding?",
    "Who speaks for civil society at the Forum?",  # a role in a body, not the text's voice
    "Who is the Forum for?",
    "Who sets out the principles for the Forum?",  # an actor the text names, not its voice
])
def test_other_questions_do_not(question):
    assert not asks_speaker(question)


def test_the_paragraph_that_names_its_speakers_is_the_first_that_opens_we_the():
    paragraphs = [Paragraph("d", "title", "Outcome document"), Paragraph("d", "1", "We recall the Summit."),
                  Paragraph("d", "2", "We, the Ministers and heads of delegation, reaffirm our vision."),
                  Paragraph("d", "3", "We, the same, decide.")]
    assert speaker_paragraph(paragraphs).label == "2"
    assert speaker_paragraph(paragraphs[:2]) is None


def test_who_speaks_is_answered_from_the_named_text_s_opening(assistant):
    """The fixture's Tunis Commitment opens "We, the participants gathered in this invented fixture ..."
    in an unnumbered preamble; its numbered paragraphs say "We reaffirm", "We recall"."""
    answer = assistant.ask("Who is the 'we' in the Tunis Commitment?", mode="extractive")
    assert not answer.abstained and answer.citations[0].id == "tunis-commitment#preamble-1", [c.id for c in answer.citations]
    assert "We, the participants" in answer.answer
