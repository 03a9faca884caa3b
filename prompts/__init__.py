"""Prompt templates live here as text files; ``load_prompt("answer")`` reads ``answer.txt``.

Each is a llama-index ``PromptTemplate`` (``{name}`` variables, ``template_vars`` lists them), so
``.format(**values)`` gives the prompt text and ``.format_messages(**values)`` a chat turn; the
model's own chat template is applied by the LLM (``assistant.llms``), not written here.

The answers' own framing lines (leads, refusals, notices) in the six UN languages are in
``messages.toml``, read by :mod:`wsis.prompts.messages` (``message(key, lang, **fields)``).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from llama_index.core.prompts import PromptTemplate


@lru_cache(maxsize=None)
def load_prompt(name: str) -> "PromptTemplate":
    from llama_index.core.prompts import PromptTemplate

    return PromptTemplate((Path(__file__).parent / f"{name}.txt").read_text(encoding="utf-8"))
