"""Questions that ask for a figure ("how many experts", "by what year", "for how long") and whether
the passages an answer would quote give one.

The concept check asks whether the question's concepts are in the texts; a question such as "How
much money do governments put into the forum each year?" has all of them there (the forum, its
funding) and asks for what is not: an amount. When none of the first candidates holds a figure of
the kind asked for, the answer says so instead of quoting passages that cannot answer it. English
questions only (the UN texts are English; other languages keep the concept check alone)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from wsis.types import Passage

# the question (or one of its clauses after a comma, "and" or "or") opens with the figure it asks for
_CLAUSE = r"(?:^|[,;]\s*|\b(?:and|or|but)\s+)(?:(?:for|within|by|in|after|over|to|at|since|until|till)\s+|up\s+to\s+)?"
# "how much does the Pact say about AI?", "how much emphasis is put on skills?": an extent, not an amount
_EXTENT = (r"(?!\s+(?:emphasis|attention|importance|weight|focus|detail|priority|space|progress|support|say|"
           r"(?:\w+\s+){1,5}?(?:say|says|said|mention\w*|cover\w*|address\w*|discuss\w*|talk\w*|stress\w*|"
           r"emphasi[sz]\w*|care\w*|matter\w*)\b))\b")
_ASKS = {
    "duration": re.compile(_CLAUSE + r"(?:how\s+long\b|how\s+many\s+(?:years|months|weeks|days|hours|decades)\b)", re.I),
    "year": re.compile(_CLAUSE + r"(?:(?:what|which)\s+year\b|what\s+date\b)", re.I),
    # "when will ...", "where and when is ...": a time; not "when governments draft plans, ..."
    "time": re.compile(_CLAUSE + r"(?:(?:where\s+and\s+)?when(?:\s+and\s+where)?\s+(?:will|is|are|was|were|did|does|do|"
                       r"should|shall|would|can|could|must|has|have)\b|when'?s\b|when\s*\?\s*$)", re.I),
    "amount": re.compile(_CLAUSE + r"(?:how\s+many\b|how\s+much" + _EXTENT +
                         r"|what\s+(?:is\s+the\s+)?(?:percentage|per\s*cent|proportion|share|amount|sum|number|figure)\b)", re.I),
}
_NUMBER_WORDS = ("two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
                 "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds "
                 "thousand thousands million millions billion billions trillion half halves third thirds quarter "
                 "quarters twice double triple threefold dozen percent").split()
# a number that is a reference, not a quantity: "Goal 9", "SDG 4", "target 9.c", "paragraph 72", "Article 19",
# "the Group of 77", a day of a date ("16 December 2015")
_REFERENCE = re.compile(r"(?:\b(?:goals?|sdgs?|targets?|para(?:graph)?s?\.?|arts?\.|articles?|annex(?:es)?|chapters?|sections?|"
                        r"footnotes?|notes?|items?|resolutions?|decisions?|group\s+of|iso|no\.|numbers?)\s*)$", re.I)
_DAY = re.compile(r"^\s*(?:January|February|March|April|May|June|July|August|September|October|November|December)\b")
_YEAR = re.compile(r"(?<![\w/.-])(?:19|20)\d\d(?![\w/])")
_DIGITS = re.compile(r"(?<![\w/.+-])[$€£]?\d+(?:[.,]\d+)*(?:\s?(?:%|bn|m|k)\b)?(?:\s?%)?(?![\w/])")
_NUMBER = re.compile(r"\b(?:" + "|".join(_NUMBER_WORDS) + r")\b|\bper\s+cent\b|%", re.I)
_UNIT = re.compile(r"\b(?:years?|months?|weeks?|days?|hours?|decades?|annual(?:ly)?|yearly|biennial)\b", re.I)
_WHEN = re.compile(r"\b(?:next|coming|following|this|each|every)\s+(?:year|month|session|decade)\b|\bwithin\s+(?:a|the)\b", re.I)
_NAMED_YEAR = re.compile(r"\s+Agenda\b")
_MONTH = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b")


@dataclass(frozen=True)
class AskedFigure:
    """What kind of figure the question asks for, and the words that ask it."""

    kind: str  # "amount", "year", "duration" or "time"
    words: str  # the clause that asks ("how many experts will sit on the AI scientific panel")

    def named(self) -> str:
        """How the answer names what the texts lack: "a figure (how many experts ...)"."""
        what = {"amount": "a figure", "year": "a year", "duration": "a duration", "time": "a date"}[self.kind]
        return f"{what} ({self.words})"


def asked_figure(question: str) -> AskedFigure | None:
    """The figure a question asks for (an amount, a year, a duration, a time: "when will ..."), when
    one of its clauses opens with it; None otherwise (an embedded "how many", as in "are there
    differences in how many people are online?", asks for none)."""
    found = [(m.start(), kind, m) for kind, pattern in _ASKS.items() if (m := pattern.search(question))]
    if not found:
        return None
    _, kind, m = min(found, key=lambda t: (t[0], list(_ASKS).index(t[1])))
    start = re.sub(r"^[\s,;]*(?:(?:and|or|but)\s+)?", "", question[m.start():], flags=re.I)
    clause = re.split(r"[,;?]|(?<!where)(?<!when)\s(?:and|or|but)\s", start, maxsplit=1, flags=re.I)[0]  # "where and when"
    if len(clause.split()) < 3:  # "Who decides, and when?": the clause alone ("when") says too little
        clause = question
    words = " ".join(clause.split()).strip(" ?.")
    return AskedFigure(kind, words[:1].lower() + words[1:])


def gives_figure(kind: str, text: str) -> bool:
    """Whether ``text`` holds a figure of ``kind``: a year (or month) for "year"; a number with a unit
    of time, or a rhythm ("annual"), for "duration"; either, or "next year", "within the", for "time";
    any number but a year for "amount". Numbers inside symbols ("A/RES/70/125", "WSIS+10") do not count."""
    if kind == "year":  # a year that names something is no date: "the 2030 Agenda"
        return any(not _NAMED_YEAR.match(text[m.end():]) for m in _YEAR.finditer(text)) or bool(_MONTH.search(text))
    if kind == "time":  # a date, or a time from now ("in ten years' time", "next year", "annual")
        return gives_figure("year", text) or gives_figure("duration", text) or bool(_WHEN.search(text))
    if kind == "duration":
        return bool(_UNIT.search(text)) and bool(_DIGITS.search(text) or _NUMBER.search(text) or "decade" in text.lower()
                                                 or re.search(r"\b(?:annual(?:ly)?|yearly|biennial)\b", text, re.I))
    numbers = [m.group(0) for m in _DIGITS.finditer(text) if not _YEAR.fullmatch(m.group(0))
               and not _REFERENCE.search(text[max(0, m.start() - 16):m.start()]) and not _DAY.match(text[m.end():])]
    return bool(numbers or _NUMBER.search(text))


def unanswered_figure(question: str, passages: Sequence[Passage], first: int = 3) -> AskedFigure | None:
    """The figure the question asks for when none of the ``first`` candidates gives one; None when the
    question asks for no figure or a candidate may hold it."""
    asked = asked_figure(question)
    if asked is None or not passages:
        return None
    if any(gives_figure(asked.kind, p.paragraph.text) for p in passages[:first]):
        return None
    return asked
