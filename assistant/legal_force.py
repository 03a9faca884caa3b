"""Questions that ask whether something binds ("Is the compact legally binding?", "Are governments
obliged to act on what the panel concludes?", "Can the forum take decisions that governments then
have to follow?") and whether the passages an answer would quote speak of force at all.

Such a question has every concept in the texts (the compact, the panel, the forum) and asks for what
is not: its legal force. Quoting the compact's commitments does not say whether they bind. When
none of the first quotable candidates has a sentence on the question's subject that speaks of force
or its absence ("binding", "obligations", "voluntary", "enforce", "treaty", "no oversight
function"), the answer says the texts do not address it instead. English questions only, as for
figures (``quantities``).
"""
from __future__ import annotations

import re
from typing import Sequence

from wsis.assistant.details import AskedDetail, clause_at, unanswered_detail
from wsis.assistant.terms import norm_tokens
from wsis.types import Passage

# what asks for legal force: "legally binding", "obliged to", "have to follow", "enforceable"
_ASKS = re.compile(
    r"\b(?:legally\s+)?(?:non-?)?binding\b"
    # bound to act on another's word; "are states obliged to respect human rights" asks for a duty the
    # texts state as a commitment ("we undertake to protect"), not for legal force
    r"|\b(?:obliged|obligated|compelled|bound|required)\s+to\s+"
    r"(?:follow|obey|comply|implement|accept|act\s+on|abide|apply|heed)\b"
    r"|\blegal(?:ly)?\s+(?:force|status|obligations?|duty|duties)\b"  # not "the legal weight of an e-signature"
    r"|\b(?:enforceable|mandatory|compulsory|obligatory)\b"
    r"|\b(?:have|has|had)\s+to\s+(?:follow|obey|comply|implement|accept|apply|abide|respect)\b",
    re.I,
)
# what speaks of force or its absence; voluntary money ("voluntary contributions") is no word on force
_GIVES = re.compile(
    r"\b(?:non-?)?binding\b|\blegally\b|\bobligat\w*|\benforc\w*|\b(?:mandatory|compulsory|obligatory)\b"
    r"|\bvoluntar(?:y|ily)\b(?!\s+(?:contributions?|funds?|funding|financ\w*|donations?|resources?))"
    r"|\btreat(?:y|ies)\b|\blegal\s+(?:instruments?|framework|force|effect)\b|\boversight\s+function\b",
    re.I,
)
# money called compulsory ("is any such contribution compulsory?", "are the fees for it mandatory?", "mandatory dues"); not
# "is the compact legally binding on funding agencies?"
_MONEY = re.compile(r"\b(?:contributions?|fees?|funding|financing|paying(?:\s+for)?|payments?|dues|donations?|money)\s+"
                    r"(?:(?!(?:and|or|but)\b)\w+\s+){0,4}?(?:(?:is|are|be|was|were|being)\s+)?(?:compulsory|mandatory|obligatory|binding)\b"
                    r"|\b(?:compulsory|mandatory|obligatory)\s+(?:contributions?|fees?|funding|financing|payments?|dues|donations?)\b", re.I)
# the words that ask for force: never what a sentence must share with the question
_FORCE_WORDS = set(norm_tokens("legally binding non-binding obliged obligated compelled bound required legal force status "
                               "obligation obligations duty duties enforceable mandatory compulsory obligatory "
                               "follow obey comply abide heed held hold"))


FORCE = "any legal force or obligation"  # how the answer names what the texts lack

# who answers in law for harm ("are platforms legally liable for what users post?"): a duty of its own, which
# a text's commitments ("we will promote information integrity") do not settle either
_ASKS_LIABILITY = re.compile(r"\blegal(?:ly)?\s+(?:liable|responsible|accountable|responsibility|accountability)\b"
                             r"|\bliable\b(?!\s+to\s+(?:be|become|get|fall|lose|suffer)\b)|\bliabilit(?:y|ies)\b"  # not "liable to be left behind"
                             r"|\b(?:be|get|being)\s+sued\b", re.I)
_GIVES_LIABILITY = re.compile(r"\bliab(?:le|ility|ilities)\b|\blegal(?:ly)?\s+(?:responsib|accountab)\w*|\bheld\s+(?:legally\s+)?accountable\b"
                              r"|\bsued\b", re.I)
_LIABILITY_WORDS = set(norm_tokens("legal legally liable liability liabilities responsible responsibility accountable "
                                   "accountability sued held hold"))
LIABILITY = "any legal liability"


# the mood of a text's own wording ("is that language mandatory or hortatory?", round 32): the quote shows it ("We decide", "should")
_WORDING = re.compile(r"\b(?:(?:that|the|this|its|their)\s+(?:language|wording)|phrased|worded|couched)\b[^?.;,]{0,30}?"
                      r"\b(?:mandatory|obligatory|compulsory|hortatory|exhortatory|prescriptive|aspirational)\b", re.I)


def asked_force(question: str) -> AskedDetail | None:
    """The clause of ``question`` that asks about legal force; None when it asks none, or only how a text is worded."""
    for m in _ASKS.finditer(question or ""):
        clause = clause_at(question, m.start())
        if not _WORDING.search(clause) or re.search(r"\blegal|\bbinding\b|\benforc", clause, re.I):  # not "is the language legally binding"
            return AskedDetail(clause, FORCE, frozenset(_FORCE_WORDS))
    return None


def gives_force(text: str) -> bool:
    """Whether ``text`` speaks of legal force or its absence."""
    return bool(_GIVES.search(text))


def asked_liability(question: str) -> AskedDetail | None:
    """The clause of ``question`` that asks who is liable in law; None when it asks none."""
    m = _ASKS_LIABILITY.search(question or "")
    return AskedDetail(clause_at(question, m.start()), LIABILITY, frozenset(_LIABILITY_WORDS)) if m else None


def unanswered_force(question: str, passages: Sequence[Passage], first: int = 3, about: str = "") -> AskedDetail | None:
    """The clause asking about legal force (or liability) when none of the ``first`` quotable candidates
    speaks of it in a sentence on the question's subject (``details.unanswered_detail``)."""
    asked = asked_force(question)  # of money ("is any such contribution compulsory?"): "voluntary funding" answers it (round 43)
    money = asked is not None and _MONEY.search(asked.words)
    gives = (lambda text: gives_force(text) or bool(re.search(r"\bvoluntar(?:y|ily)\b", text, re.I))) if money else gives_force
    return (unanswered_detail(asked, gives, question, passages, _FORCE_WORDS, first, about)
            or unanswered_detail(asked_liability(question), lambda text: bool(_GIVES_LIABILITY.search(text)), question, passages, _LIABILITY_WORDS,
                                 first, about))
