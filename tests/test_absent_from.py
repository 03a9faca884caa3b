""""Which texts do not mention AI?" (assistant/absent_from.py): the texts that use none of the
subject's words are named, then the first place in each that does is quoted; a check of wording."""
from __future__ import annotations

import pytest

from wsis.assistant.absent_from import asked_subject


@pytest.mark.parametrize("question, subject", [
    ("Which texts do not mention AI?", ("AI", True)),
    ("Which documents don't say anything about spam?", ("spam", True)),
    ("What texts do not use the word 'multistakeholder'?", ("multistakeholder", True)),
    ("Which texts mention the Secretary-General?", ("the Secretary-General", False)),
    ("Why do the texts not mention AI?", ("", False)),
    ("Which texts mentions AI", ("AI", False)),
])
def test_the_subject_of_a_which_texts_question(question, subject):
    assert asked_subject(question) == subject


def test_the_texts_without_the_words_are_named_and_the_others_quoted(specimens):
    answer = specimens.ask("Which texts do not mention AI?", mode="extractive")
    assert answer.answer.startswith("8 of the 9 indexed texts do not use the words “AI”, “artificial intelligence”: "
                                    "Geneva Declaration of Principles, Tunis Agenda,"), answer.answer
    assert "They are used in Global Digital Compact; the first place in each:" in answer.answer
    assert [c.id for c in answer.citations] == ["global-digital-compact#4"] and not answer.abstained
    none = specimens.ask("Which texts don't mention spam?", mode="extractive")
    assert none.abstained and none.answer.startswith("None of the 9 indexed texts uses the words “spam”."), none.answer
    # asked which texts do talk about it, words no text has as a run are asked of the texts' meaning (tester X:
    # "None of the 9 indexed texts uses the words “protecting personal data”", with nothing quoted)
    meaning = specimens.ask("Which texts talk about protecting personal data?", mode="extractive")
    assert not meaning.abstained and meaning.citations[0].id == "wsis10-vision#5", meaning.answer[:200]
    used = specimens.ask("Which texts mention artificial intelligence?", mode="extractive")
    assert used.answer.startswith("The words “artificial intelligence”, “AI” are used in Global Digital Compact; the first "
                                  "place in each:"), used.answer
