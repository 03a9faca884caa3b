"""Questions that ask how a text defines something ("What is the working definition of internet
governance in the Tunis Agenda?", "How does the compact define information integrity?", "What does
the Pact mean by future generations?") and whether the passages an answer would quote define it.

The subject is in the texts; its definition may not be (an extract without the defining paragraph,
or a term the texts use and never define). Quoting paragraphs that use the term does not define it.
A sentence defines when it says so ("definition", "means", "refers to", "is understood as") or opens
with a few words and "is the" / "are the" ("Internet governance is the joint work of ..."). When none
of the first quotable candidates has such a sentence on the question's subject, the answer says the
texts do not give it. English questions only, as for figures (``quantities``).
"""
from __future__ import annotations

import re
from typing import Sequence

from wsis.assistant.details import AskedDetail, clause_at, unanswered_detail
from wsis.assistant.terms import norm_tokens
from wsis.types import Passage

# "define" as "give a meaning to", not as "set" ("help countries define national strategies") nor "well-defined roles"
_NOT_DEFINING = r"(?![^?.;]*?\b(?:help|helps|allow|allows|enable|enables|support|supports|encourage|encourages|ask|asks|invite|invites|urge|urges|let|lets)\b)"
_ASKS = re.compile(
    r"\bdefinitions?\s+(?:of|for)\b"
    r"|\b(?:how|where)\s+(?:is|are|was|were)\b[^?.;]{1,60}?(?<![\w-])defined\b"
    r"|\b(?:how|where|does|do|did)\s+" + _NOT_DEFINING + r"(?:[\w'’+/-]+\s+){1,6}?define\s+[\w'’+/-]+(?:\s+[\w'’+/-]+){0,4}\s*(?:\?(?!\s*(?:if\s+so|and|also|what|when|how|who|which|why|where|does|do|did|is|are|can|could|will|would|should|by)\b)"
    r"|\.?\s*(?:$|[,;]|\band\b))"  # a remark may follow its "?" (round 31), not a question that reads "define" as "set" (review)
    r"|\bwhat\s+(?:does|do|did|is)\s+[^?.;]{0,80}?\bmeant?\s+by\b(?!(?:\s+(?!(?:and|or|in|as|when|that|which|for|with|from|under)\b)[^\s?.;,]+){7})",  # a term, not a clause (round 39:
    # "What did Tunis mean by governments getting a proper say on international internet policy questions?"; a term ends at
    # "and", "in", "as" ...: "mean by enhanced cooperation and how is it different from the IGF?" asks for one)
    re.I,
)
# a sentence that defines: says so, or opens with a name and "is the" ("Internet governance is the joint work of ...")
_GIVES = re.compile(
    r"\b(?:is\s+defined\s+as|defined\s+as|definitions?\s+(?:of|for)|defines?\s+[\w\s'’-]{1,40}?\s+as|descri(?:ption|bed\s+as)"
    r"|means(?!\s+of\b)|meaning\s+of|refers?\s+to|understood\s+(?:as|to\s+mean)|consists?\s+of)\b"
    r"|(?:^|[:;]\s*)\W*(?!(?:there|it|this|that|these|those|we|our|they|such)\b)(?:[\w'’-]+\s+){1,5}(?:is|are)\s+(?:the|a|an)\b",
    re.I,
)
_ASKING_WORDS = set(norm_tokens("definition definitions define defines defined working official exact precise legal agreed "
                                "meaning mean meant word"))


def asked_definition(question: str) -> AskedDetail | None:
    """The clause of ``question`` that asks how something is defined; None when it asks no such thing."""
    m = _ASKS.search(question or "")
    return AskedDetail(clause_at(question, m.start(), conjunctions=True), "a definition") if m else None


def defines(sentence: str) -> bool:
    """Whether ``sentence`` defines something: says so, or opens "X is the ..."."""
    return bool(_GIVES.search(sentence))


def unanswered_definition(question: str, passages: Sequence[Passage], first: int = 3, about: str = "") -> AskedDetail | None:
    """The clause asking for a definition when none of the ``first`` quotable candidates has a
    defining sentence on the question's subject (``details.unanswered_detail``)."""
    return unanswered_detail(asked_definition(question), defines, question, passages, _ASKING_WORDS, first, about)
