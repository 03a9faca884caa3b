"""What the assistant holds (assistant/holdings.py): "what documents do you have?" lists the indexed
texts the filters keep, quoting nothing; a question on what a text cites or holds is no such question."""
from __future__ import annotations

import pytest

from wsis.assistant.holdings import asks_holdings
from wsis.types import Filters


@pytest.mark.parametrize("question, asks", [
    ("what documents do you have?", True), ("Which texts are indexed?", True), ("What can I ask you about?", True),
    ("list the documents", True), ("hi, what texts do you have", True),
    ("What documents does the GDC cite?", False), ("Which texts mention AI?", False), ("What do you know about the IGF?", False)])
def test_questions_on_what_is_held(question, asks):
    assert asks_holdings(question) is asks


def test_the_indexed_texts_are_listed_within_the_filters(assistant):
    """Tester Z: "what documents do you have?" was answered "they do not mention hi" after a greeting."""
    answer = assistant.ask("what documents do you have?", mode="extractive")
    assert answer.answer.startswith("The index holds 5 texts") and "Tunis Agenda" in answer.answer, answer.answer
    assert not answer.citations and not answer.abstained
    some = assistant.ask("what documents do you have?", filters=Filters(doc_ids=["tunis-agenda"]), mode="extractive")
    assert some.answer.startswith("The index holds one text within the filters: Tunis Agenda"), some.answer
