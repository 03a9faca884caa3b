"""What the answer builders (generative, compare, drafting) need from the assistant.

A structural type, so those modules do not import ``answering`` (which imports them): the
dependency runs one way, from ``answering.Assistant`` down to its helpers.
"""
from __future__ import annotations

from typing import Protocol

from wsis.assistant.retrieval import Retrieval, Retriever
from wsis.assistant.support import SupportChecker
from wsis.settings import Settings
from wsis.types import Answer


class AssistantContext(Protocol):
    settings: Settings
    retriever: Retriever

    def embed(self, texts: list[str]) -> list[list[float]]: ...

    def support_checker(self) -> SupportChecker: ...

    def should_abstain(self, retrieval: Retrieval) -> bool: ...

    def abstain(self, question: str, retrieval: Retrieval, mode: str, notice: str = "", lang: str = "en") -> Answer: ...

    def extractive(self, question: str, retrieval: Retrieval, notice: str = "", lang: str = "en") -> Answer: ...
