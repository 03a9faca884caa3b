"""Questions on who holds a place in a body ("Who chairs the Forum?", "Who sits on the IGF's
advisory group?", "How is the chair chosen?") and whether the passages an answer would quote say
anything of that place.

The body is in the texts (the Forum, the advisory group); its chair, its members or how they are
chosen may not be. Quoting what the Forum does answers none of these. When none of the first
quotable candidates has a sentence on the question's subject with a word of the place asked
("chair", "presides"; "members", "composed of"; "appointed", "elected"), the answer says the texts do
not address it. English questions only, as for figures (``quantities``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from wsis.assistant.details import clause_at, said_first
from wsis.assistant.quantities import content_words
from wsis.assistant.terms import norm_tokens
from wsis.types import Passage

_WHO = r"\bwho\s+(?:\w+\s+){0,3}?"  # "who chairs", "who will chair", "who is going to chair"
# a sentence that says someone chooses ("electronic" is no election)
_CHOOSES = (r"\bappoint\w*|\belect(?:s|ed|ing|ions?)?\b|\bselect\w*|\bnominat\w*|\bdesignat\w*"
            r"|\bchos[ea]n?\b|\bchoose\b")
# the place asked, and the words of a sentence that speak of it
_PLACES = {
    # "who chairs": not "the chair's summary", a kind of document
    "chair": (re.compile(rf"{_WHO}(?:(?:co-)?chair(?:s|ed)?|presides?|presided)\b|\bwho\s+is\s+the\s+(?:co-)?chair\w*", re.I),
              re.compile(r"\b(?:co-?)?chair\w*|\bpresid\w*", re.I)),
    "members": (re.compile(rf"{_WHO}(?:sits?|serves?)\s+on\b|{_WHO}(?:gets?|has|have|holds?)\s+(?:a\s+)?seats?\b"
                           r"|\bwho\s+(?:are|is|will\s+be)\s+(?:the\s+|its\s+)?members\b", re.I),
                re.compile(r"\bmember\w*|\bcompos\w*|\bcompris\w*|\bseats?\b|\bmade\s+up\s+of\b", re.I)),
    # "who picks the experts": an actor who chooses; "draw its members from all regions" names none
    "appointer": (re.compile(rf"{_WHO}(?:appoints|elects|selects|nominates|chooses|picks)\b", re.I),
                  re.compile(_CHOOSES, re.I)),
    "appointed": (re.compile(r"\bhow\s+(?:is|are|will)\s+(?:[\w'’-]+\s+){1,9}?(?:chosen|appointed|elected|selected|nominated|picked)\b"
                             # "how are the seats allocated": of seats, members or posts, not of spectrum or funds
                             r"|\bhow\s+(?:is|are|will)\s+(?=[^.?!]*?\b(?:seats?|members|membership|posts|positions|places|vacanc(?:y|ies))\b)"
                             r"(?:[\w'’-]+\s+){1,9}?(?:be\s+)?(?:allocated|assigned|filled|distributed)\b", re.I),
                  re.compile(_CHOOSES + r"|\bdraw[ns]?\b|\balloca\w*|\bassign\w*|\bfill(?:s|ed|ing)?\b|\brotat\w*", re.I)),  # how chosen: "draw its members from all regions"
}
_ROLE_WORDS = set(norm_tokens("chair chairs chaired co-chair presides presided chairperson sits sit serves serve seat seats "
                              "members member appoints appointed elects elected selects selected nominates nominated "
                              "chooses chosen picks picked allocated assigned filled"))


@dataclass(frozen=True)
class AskedPlace:
    """The place in a body a question asks about, and the clause that asks it."""

    place: str  # "chair", "members", "appointer" (who chooses) or "appointed" (how chosen)
    words: str  # "who chairs the Forum"

    def named(self) -> str:
        """How the answer names what the texts lack: "a chair for “who chairs the Forum”"."""
        what = {"chair": "a chair", "members": "members", "appointer": "an appointment",
                "appointed": "an appointment"}[self.place]
        return f"{what} for “{self.words}”"

    def asks_only(self, phrase: str) -> bool:
        """Whether a phrase holds only words that ask for the place ("chair"): no subject of the question."""
        return not content_words(phrase) - _ROLE_WORDS


def asked_place(question: str) -> AskedPlace | None:
    """The first place in a body ``question`` asks about, with its clause; None when it asks none."""
    found = [(m.start(), place, m) for place, (asks, _) in _PLACES.items() if (m := asks.search(question or ""))]
    if not found:
        return None
    at, place, _ = min(found, key=lambda t: t[0])
    return AskedPlace(place, clause_at(question, at, conjunctions=True))


def unanswered_place(question: str, passages: Sequence[Passage], first: int = 3, about: str = "") -> AskedPlace | None:
    """The place asked about when none of the ``first`` quotable candidates has a sentence on the
    question's subject (``about``: its topic with the glossary's expansions) that speaks of it."""
    asked = asked_place(question)
    if asked is None or not passages:
        return None
    speaks = _PLACES[asked.place][1]
    if said_first(lambda text: bool(speaks.search(text)), passages, content_words(about or question) - _ROLE_WORDS, first):
        return None
    return asked
