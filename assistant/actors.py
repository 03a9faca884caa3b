"""Questions that ask which organisation does something ("Which organisation actually does that
measuring?", "Which UN body carries out the yearly check?").

The task is in the texts ("We therefore commit to measuring the gap each year"); the body that
carries it out may not be. A sentence on the task names one when it has an organisation's name (a
capitalised word or acronym inside the sentence: "the United Nations", "ITU") or a word for a body
("the coordinating body", "regional commissions"). "On the task" is narrower here than for other
details: the sentence shares a content word with the clause that asks ("measuring"), not with the
question's context ("the divide every year"), since a body named for another task ("convene a
meeting every two years") does not say who measures. When none of the first quotable candidates has
such a sentence, the answer says the texts do not name one. English questions only, as for figures
(``quantities``); "who" questions are left to the concept check and ``roles``.
"""
from __future__ import annotations

import re
from typing import Sequence

from wsis.assistant.details import AskedDetail, clause_at, unanswered_detail
from wsis.assistant.terms import norm_tokens
from wsis.types import Passage

_KIND = (r"organi[sz]ations?|bod(?:y|ies)|agenc(?:y|ies)|institutions?|entit(?:y|ies)|organs?")
# "Which organisation ...", "and which UN body ...": a which or what that opens a question or a clause
_ASKS = re.compile(r"(?:^|[.?!,;:(]\s*|\b(?:and|or|but|then|so)\s+)(?:which|what)\s+(?:(?:UN|international|specific|particular|"
                   rf"one|single|United\s+Nations)\s+)?({_KIND})\b", re.I)
# a word for a body: "the coordinating body", "regional commissions", "the Secretary-General"
_BODY = re.compile(rf"\b(?:{_KIND}|commissions?|councils?|secretariats?|panels?|forums?|fora|committees?|unions?|banks?|"
                   r"offices?|agencies|partners|Secretary-General|Assembly)\b", re.I)
_CAPITALISED = re.compile(r"(?<=\s)(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+|[A-Z]{2,})\b")  # "United Nations", "ITU"
_NOT_NAMES = {"We", "Internet", "ICT", "ICTs", "AI"}
_ASKING = set(norm_tokens("organisation organisations organization organizations body bodies agency agencies "
                          "institution institutions entity entities organ organs actually exactly specific particular"))


def asked_actor(question: str) -> AskedDetail | None:
    """The clause of ``question`` that asks which organisation does something."""
    m = _ASKS.search(question or "")
    if not m:
        return None
    return AskedDetail(clause_at(question, m.start(1), conjunctions=True), "any organisation")


def names_an_organisation(text: str) -> bool:
    """Whether ``text`` names a body: a word for one, or a run of capitalised words or an acronym
    after the sentence's first word (not "We", "Internet", "ICTs")."""
    return bool(_BODY.search(text)) or any(m.group() not in _NOT_NAMES for m in _CAPITALISED.finditer(text))


def unanswered_actor(question: str, passages: Sequence[Passage], first: int = 3, about: str = "") -> AskedDetail | None:
    """The clause asking which organisation does something when none of the ``first`` quotable
    candidates names one in a sentence on the clause's own subject (``about`` is not used: the
    question's context may name other tasks)."""
    asked = asked_actor(question)
    if asked is None:
        return None
    return unanswered_detail(asked, names_an_organisation, question, passages, _ASKING, first, asked.words)
