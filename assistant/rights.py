"""Questions that ask, yes or no, whether the texts make something a right ("Do the texts declare
internet access to be a human right?", "Do people have a right to connectivity?") and whether the
passages an answer would quote say so. "What do the texts say about the right to privacy?" asks about
privacy, not whether it is a right.

Every concept of such a question may stand in the texts: "access", "human rights" ("we undertake to
protect human rights online"). What is asked is the relation between them, which those sentences do
not state. When none of the first quotable candidates has a sentence on the question's subject that
names a right to something, something as a right, or an entitlement, the answer says the texts do not
address it. English questions only, as for figures (``quantities``).
"""
from __future__ import annotations

import re
from typing import Sequence

from wsis.assistant.details import AskedDetail, clause_at, unanswered_detail
from wsis.assistant.terms import norm_tokens
from wsis.types import Passage

_KIND = r"(?:(?:basic|fundamental|human|universal|legal|civil|inalienable|individual|enforceable)\s+){0,2}"
# what asks for a right: "X (to be | as | is) a human right", "make X a right", "a right to X", "entitled to X"
_ASKS = re.compile(
    # "right" as a noun ("is access a right?", "a right for all"), not "the right approach"
    rf"\b(?:to\s+be|as|is|are|be|was|were|make|makes|made|making|declares?|declared|calls?|called|considers?"
    rf"|considered|recogni[sz]es?|recogni[sz]ed)\s+(?:[\w'’-]+\s+){{0,4}}?(?:a|an)\s+{_KIND}right"
    r"(?=\s*(?:[?.,;:!]|$|(?:for|of|in|under|by|that|and|or|to|everywhere|online)\b))"
    rf"|\b(?:a|the|any|their|our|its|everyone's|people's)\s+{_KIND}right\s+to\b"
    r"|\bentitled\s+to\b",
    re.I,
)
# what states a right or an entitlement: "the right to development", "access as a basic right", "the
# rights of persons with disabilities to access"; not "human rights to the fullest", not "a resolution entitled"
_GIVES = re.compile(
    rf"\bright\s+to\b|\brights\s+of\s+(?:[\w-]+\s+){{1,4}}to\b|\b(?:as|is|are|be)\s+(?:a|an)\s+{_KIND}right\b"
    r"|\bentitled\s+to\b|\bentitlements?\b",
    re.I,
)
# the words that ask for a right: never what a sentence must share with the question
_RIGHT_WORDS = set(norm_tokens("right rights human basic fundamental universal legal civil inalienable individual "
                               "entitled entitlement declare declares declared recognise recognize recognised recognized "
                               "consider considered make makes made"))


RIGHT = "a right"  # how the answer names what the texts lack


# a yes-no question, or "whether": "what does the compact say about the right to privacy?" asks about
# privacy, and its passages answer it without the words "right to"
_YES_NO = re.compile(r"^(?:is|are|was|were|do|does|did|has|have|had|can|could|should|shall|will|would|may|might|must)\b"
                     r"|\bwhether\b", re.I)


def asked_right(question: str) -> AskedDetail | None:
    """The clause of ``question`` that asks, yes or no, whether something is a right; None when it asks none."""
    m = _ASKS.search(question or "")
    clause = clause_at(question, m.start()) if m else ""
    return AskedDetail(clause, RIGHT) if m and _YES_NO.search(clause) else None


def gives_right(text: str) -> bool:
    """Whether ``text`` states a right to something, something as a right, or an entitlement."""
    return bool(_GIVES.search(text))


def unanswered_right(question: str, passages: Sequence[Passage], first: int = 3, about: str = "") -> AskedDetail | None:
    """The clause asking for a right when none of the ``first`` quotable candidates states one in a
    sentence on the question's subject (``details.unanswered_detail``)."""
    return unanswered_detail(asked_right(question), gives_right, question, passages, _RIGHT_WORDS, first, about)
