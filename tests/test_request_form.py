"""The words of a request that describe the answer wanted, not its subject (assistant/request_form.py)."""
from __future__ import annotations

import pytest

from wsis.assistant.request_form import without_request_form


@pytest.mark.parametrize("topic, subject", [
    ("Agreed language on affordable access please, with paragraph numbers", "affordable access"),
    ("exact agreed language on enhanced cooperation? Give paragraph numbers.", "enhanced cooperation"),
    ("I need agreed language on affordability, with para refs", "affordability"),
    ("the precise wording about open data", "open data"),
    ("sign language", "sign language"),  # a kind of language is a subject
    ("language on multilingualism", "language on multilingualism"),
    ("agreed language", "agreed language"),  # nothing else left: kept
    ("multistakeholder mean in plain english", "multistakeholder mean"),  # tester AB M5
    ("enhanced cooperation, simply", "enhanced cooperation"),
    ("information in plain language for persons with disabilities", "information in plain language for persons with disabilities"),
    ("Arabic as an official language", "Arabic as an official language"),  # review: subjects
    ("open data, with para nos.", "open data"),
    # round 32: the mood of the wording, which the quote shows ("We decide", "should")
    ("when is the next review, and is that framed as a decision or only a recommendation?", "when is the next review"),
    ("how do they treat openness: is either phrased as a firm commitment rather than a mere 'should'?", "how do they treat openness"),
    ("do they envisage principles, and is that language mandatory or hortatory?", "do they envisage principles"),
    ("does it protect privacy, and is it framed as a human right?", "does it protect privacy, and is it framed as a human right"),
    # review: a subject after the mood word, a question on the wording itself, "binding" as a legal question
    ("how do the texts treat connectivity, and is it framed as a commitment to connect every school by 2030?",
     "how do the texts treat connectivity, and is it framed as a commitment to connect every school by 2030"),
    ("Why is it phrased as a recommendation rather than a decision?", "Why is it phrased as a recommendation rather than a decision"),
    ("What does the vision single out as the things to work on? I'd like the full list, not just one item.",
     "What does the vision single out as the things to work on"),
    ("a full list of the action lines", "the action lines"),
    ("does the compact address AI - is the language binding or does it only encourage states?",
     "does the compact address AI - is the language binding or does it only encourage states"),
])
def test_request_words_are_not_the_subject(topic, subject):
    assert without_request_form(topic) == subject


def test_a_request_for_agreed_language_quotes_the_texts_not_a_briefing_s_boilerplate(specimens):
    """Tester AB H3: "agreed language" and "paragraph numbers" ranked the briefing extract's "the
    paragraph numbers are those of the source text" first, and the concept check looked for "numbers"."""
    answer = specimens.ask("Agreed language on affordable access please, with paragraph numbers", mode="extractive")
    cited = [c.id for c in answer.citations]
    assert {"a-res-70-125#2", "wsis10-vision#3"} <= set(cited[:3]), answer.answer
    assert not any(c.startswith("ig-briefing-extract") for c in cited), answer.answer
    answer = specimens.ask("What is the exact agreed language on enhanced cooperation? Give paragraph numbers.", mode="extractive")
    cited = [c.id for c in answer.citations]
    assert cited[:2] == ["tunis-agenda#69", "tunis-agenda#71"] and "ig-briefing-extract#preamble-1" not in cited, answer.answer
