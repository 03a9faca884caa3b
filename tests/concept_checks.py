"""Helpers of the concept-check tests: a bare candidate passage, and the concept phrases cut from a question."""
from __future__ import annotations

from wsis.assistant import concepts as C
from tests.conftest import bare_passage
from wsis.types import Passage


def passage(label: str, text: str) -> Passage:
    return bare_passage(text, label)


def texts(question: str) -> list[str]:
    return [p.text for p in C.concept_phrases(question)]
