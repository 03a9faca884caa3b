"""Questions on where the money comes from ("Where will the money to run the panel come from?", "Who
pays for the Forum?", "How is the review to be financed?") and whether the passages an answer would
quote speak of money for that subject.

The subject is in the texts (the panel, the review); how it is paid for may not be. Quoting the
panel's mandate does not say who funds it. When none of the first quotable candidates has a sentence
on the question's subject that speaks of money ("funding", "financing", "public funds", "voluntary
contributions", "budget", "investment"; a cost alone, "at low cost", says how much, not who pays), the
answer says the texts do not address it. English questions only, as for figures (``quantities``).
"""
from __future__ import annotations

import re
from typing import Sequence

from wsis.assistant.details import AskedDetail, clause_at, unanswered_detail
from wsis.assistant.terms import norm_tokens
from wsis.types import Passage

# what asks where money comes from: "who pays / will fund", "where will the money come from", "how is
# it funded / paid for", "what are the sources of funding"; not "what should donors pay for" (what, not who),
# not "who benefits from the funds"
_ASKS = re.compile(
    r"\bwho\s+(?:(?:will|would|should|shall|is|are|was|were|has|have|had|must|can|could|may|might|does|do|did|going|"
    r"expected|supposed|meant|to|help|helps|be|been|actually|really|then|finally|ultimately)\s+){0,4}"
    r"(?:pays?|paid|paying|funds?|funded|funding|finances?|financed|financing|foots?|bankrolls?)\b"
    r"|\bwhere\s+(?:will|would|does|do|did|is|are|should|could)\s+(?:the\s+|its\s+|their\s+)?(?:money|funds?|funding|"
    r"financing|finance|resources|budget)\b"
    r"|\bhow\s+(?:is|are|will|would|should|was|were)\s+(?:[\w'’-]+\s+){1,7}?(?:be\s+)?(?:paid\s+for|funded|financed|resourced)\b"
    r"|\bsources?\s+of\s+(?:funding|financing|finance|money|funds)\b|\b(?:funding|financing)\s+sources?\b",  # round 36
    re.I,
)
# what speaks of money: "public funds", "voluntary funding", "financing of connectivity", "voluntary
# contributions"; not a cost ("run at low cost" says how much, not who pays) nor "the contributions of networks"
_GIVES = re.compile(
    r"\bfund(?:s|ed|ing)?\b|\bfinanc\w*|\bbudget\w*|\bmoney\b|\bpa(?:y|ys|id|ying)\b"
    r"|\b(?:financial|voluntary|extrabudgetary|assessed)\s+contributions?\b"  # not "the contributions of regional networks"
    r"|\bcontributions?\s+(?:to|for)\s+(?:the\s+|its\s+|a\s+)?(?:\w+\s+)?(?:fund|budget|trust\s+fund|costs?)\b"
    r"|\bcosts?\b(?:\s+[\w-]+){0,6}?\s+(?:borne|covered|met|paid|shared)\b"  # "the costs ... shall be borne by the host"
    r"|\binvest\w*|\bcapital\b|\bdonors?\b|\bgrants?\b|\bresource\s+mobili[sz]ation\b|\bmobili[sz]e\s+(?:\w+\s+)?resources\b",
    re.I,
)
# the words that ask for money: never what a sentence must share with the question
_MONEY_WORDS = set(norm_tokens("pay pays paid paying fund funds funded funding finance finances financed financing "
                               "money budget resources come comes foot foots bankroll sources source run running"))
_PAY_WORDS = set(norm_tokens("allowance allowances stipend salary salaries wages remuneration giving give"))


FUNDING = "a source of funding"  # how the answer names what the texts lack
# pay for people, not money for a thing: "does it propose paying those volunteers?", "is there any allowance?"
_ASKS_PAY = re.compile(
    r"\bpay(?:ing)?\s+(?:them|those|these|the|their)\s+(?:\w+\s+){0,2}?(?:people|volunteers|staff|workers|experts|members"
    r"|teachers|trainers|helpers)\b|\b(?:an?|any|some)\s+(?:allowances?|stipends?|salar(?:y|ies)|wages|remuneration|fees?\s+for\s+them)\b"
    r"|\b(?:propos\w*|offer\w*|provid\w*|pay\w*)\s+(?:them\s+)?(?:\w+\s+)?stipends\b"  # "does it propose stipends ...?" (round 35)
    r"|\b(?:get|be|are|is|were|was)\s+paid\b(?!\s+for)", re.I)  # "to be paid for": funded
_GIVES_PAY = re.compile(r"\bpa(?:y|ys|id|ying)\b|\ballowances?\b|\bsalar\w*|\bwages?\b|\bremunerat\w*|\bstipends?\b"
                        r"|\bcompensat\w*", re.I)
PAY = "any pay or allowance"


def asked_funding(question: str) -> AskedDetail | None:
    """The clause of ``question`` that asks where money comes from; None when it asks none."""
    m = _ASKS.search(question or "")
    return AskedDetail(clause_at(question, m.start(), conjunctions=True), FUNDING) if m else None


def gives_funding(text: str) -> bool:
    """Whether ``text`` speaks of money: funds, financing, a budget, contributions (not a cost)."""
    return bool(_GIVES.search(text))


def asked_pay(question: str) -> AskedDetail | None:
    """The clause of ``question`` that asks whether people are paid; None when it asks none."""
    m = _ASKS_PAY.search(question or "")
    return AskedDetail(clause_at(question, m.start(), conjunctions=True), PAY) if m else None


def unanswered_funding(question: str, passages: Sequence[Passage], first: int = 3, about: str = "") -> AskedDetail | None:
    """The clause asking where money comes from (or whether people are paid) when none of the ``first``
    quotable candidates speaks of money (of pay) in a sentence on the question's subject
    (``details.unanswered_detail``)."""
    funds = asked_funding(question)
    if funds is not None:  # where the money comes from; else whether people are paid
        return unanswered_detail(funds, gives_funding, question, passages, _MONEY_WORDS, first, about)
    return unanswered_detail(asked_pay(question), lambda text: bool(_GIVES_PAY.search(text)), question, passages,
                             _MONEY_WORDS | _PAY_WORDS, first, about)
