"""What a question asks of a subject the texts hold, besides the subject itself: legal force
(``legal_force``), a right (``rights``), money (``funding``), a place in a body (``roles``). Each
module finds the clause that asks (:func:`clause_at`) and says which sentences give what it asks; the
answer is refused, naming the clause, when none of the first quotable candidates has such a sentence
on the question's subject (:func:`unanswered_detail`). Figures have their own rules (``quantities``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Sequence

from wsis.assistant.extractive import FRAME_LABEL
from wsis.assistant.quantities import content_words, said_here
from wsis.types import Passage


@dataclass(frozen=True)
class AskedDetail:
    """The clause that asks for a detail, and what the answer calls that detail."""

    words: str  # "is the compact a legally binding agreement"
    what: str  # "any legal force or obligation"
    asking: frozenset[str] = frozenset()  # the stems that ask for the detail ("binding"): no subject of the question

    def asks_only(self, phrase: str) -> bool:
        """Whether a phrase of the question holds only words that ask for the detail ("binding"), or
        ask, as a figure's do: no subject to name for the nearest passages."""
        return not content_words(phrase) - self.asking

    def named(self) -> str:
        """How the answer names what the texts lack: "any legal force or obligation for “...”"."""
        return f"{self.what} for “{self.words}”"


def clause_at(question: str, at: int, conjunctions: bool = False) -> str:
    """The clause of ``question`` that holds position ``at``: cut at punctuation and sentence ends (and at "and" / "but"
    when ``conjunctions``), without a leading "and" / "or" / "but" / "so", its first letter lowered;
    the whole question when that clause has fewer than three words."""
    joins = r"|\s(?:and|but)\s" if conjunctions else ""
    starts = [0] + [b.end() for b in re.finditer(r"(?:[,;?:]|[.!](?=\s))\s*" + joins, question[:at])]  # a sentence's end too ("hi! ...")
    clause = re.split(r"[,;?]" + joins, question[starts[-1]:], maxsplit=1)[0]
    clause = re.sub(r"^(?:and|or|but|so)\s+", "", " ".join(clause.split()), flags=re.I).strip(" ?.")
    if len(clause.split()) < 3:
        clause = " ".join(question.split()).strip(" ?.")
    return clause[:1].lower() + clause[1:]


def said_first(gives: Callable[[str], bool], passages: Sequence[Passage], about: set[str], first: int = 3) -> bool:
    """Whether one of the ``first`` quotable candidates (no title block or closing line) has a
    sentence that ``gives`` what is asked on the question's subject (``about``, see ``said_here``)."""
    quotable = [p for p in passages if not FRAME_LABEL.match(p.paragraph.label)]
    return any(said_here(gives, p, about) for p in quotable[:first])


def unanswered_detail(asked: AskedDetail | None, gives: Callable[[str], bool], question: str,
                      passages: Sequence[Passage], asking_words: set[str], first: int = 3,
                      about: str = "") -> AskedDetail | None:
    """``asked`` when none of the ``first`` quotable candidates has a sentence that ``gives`` it on
    the question's subject (``about``: its topic with the glossary's expansions; the question by
    default; without the words that ask, ``asking_words``); None when nothing is asked or a
    candidate may answer."""
    if asked is None or not passages:
        return None
    return None if said_first(gives, passages, content_words(about or question) - asking_words, first) else asked
