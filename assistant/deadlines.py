"""Questions that name a year as a deadline or target ("Is 2030 really the deadline written into it?",
"did the compact promise broadband for everyone by 2030?") and whether the passages an answer would
quote print that year.

A politician's claim checked against the texts names its own deadline. The subject (broadband, targets)
is in the texts, so topic retrieval quoted the connectivity paragraph as if it bore the claim out; a
paragraph that never prints the year does not say "by 2030". When none of the first quotable candidates
prints the year, the answer says the texts do not give that deadline (``details.said_first``).
"By / until / before" a year is a deadline only after a promise in its clause ("promise broadband for all by
2030"): a year that dates a text ("the 2015 review"), a time frame ("By 2014, were the goals on track?", "what
progress had been made by 2015?") or an adoption ("adopted before 2025?": the title block's date) asks for
none; targets set for a year ask for it whatever the verb ("what new targets for 2030 did they adopt?"). A deadline asked for without a year ("by what year are all schools supposed to be connected?") is
answered by a passage that prints any year or a time limit ("within the coming year"). English questions only.
"""
from __future__ import annotations

import re
from typing import Sequence

from wsis.assistant.details import AskedDetail, clause_at, said_first
from wsis.assistant.quantities import content_words
from wsis.assistant.terms import norm_tokens
from wsis.types import Passage

_YEAR = r"((?:19|20)\d\d)(?![\d/])"
_WHEN = r"(?:by|until|till|before|no\s+later\s+than)\s+(?:the\s+(?:year|end\s+of)\s+|(?:the\s+)?end\s+of\s+)?"
# "... promise broadband by 2030", "connect schools until 2025": a year after a promise in its clause (not "By 2014, were
# ...", "what progress had been made by 2015", "and by 2015, had the goals been met?"; review); "2030 deadline", "is 2030
# really the deadline", "a deadline of 2030" (the clause named, when both are asked)
_BY = re.compile(rf"\b{_WHEN}{_YEAR}", re.I)
_PROMISE = re.compile(r"\b(?:promis\w*|pledg\w*|commit(?:s|ted|ting)?|guarantee[sd]?|guaranteeing|target(?:s|ed)?|aims?|aimed|ensur\w*"
                      r"|connect(?:s|ed|ing)?|deliver\w*|achiev\w*|reach(?:es|ed)?|supposed|expected|meant|obliged|required)\b", re.I)
_NOT_THE_DEADLINE = re.compile(r"\s+Agenda\b")  # "the 2030 Agenda": a text's name, not a deadline (review)
_MONTH_BEFORE = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\s*$", re.I)
_ADOPTION = re.compile(r"\b(?:adopt\w*|signed|agreed|approved|endorsed)\b", re.I)  # "adopted before 2025?": the title block's date
_DEADLINE = re.compile(rf"\b{_YEAR}\s+(?:deadlines?|target\s+dates?|cut-?off)\b"
                       rf"|\b{_YEAR}\s+(?:(?:really|actually|truly|in\s+fact)\s+)?(?:the|a|its|their)\s+(?:\w+\s+)?(?:deadline|target\s+date|end\s+date)\b"
                       rf"|\b(?:deadlines?|target\s+dates?|end\s+dates?)\s+(?:of|is|was|set\s+(?:for|at)|for)\s+(?:the\s+year\s+)?{_YEAR}", re.I)
# targets set for a year ("new targets for 2025 or 2030"); not a year's texts ("the targets of the 2030 Agenda")
_NAMED_BY_YEAR = r"(?!\s+(?:Agenda|review|summit|sustainable|SDGs?|goals|WSIS|resolution|outcome|development|vision)\b)"
_TARGET_YEAR = re.compile(rf"\btargets?\s+(?:for|by)\s+(?:the\s+year\s+)?((?:19|20)\d\d)(?!\d){_NAMED_BY_YEAR}"
                          rf"(?:\s*(?:,|or|and|/|-|–|to)\s*(?:(?:for|by)\s+)?((?:19|20)\d\d)(?![\d/]){_NAMED_BY_YEAR})?", re.I)  # "for 2025 or for 2030", "2016-2030"
_ASKING = frozenset(norm_tokens("deadline deadlines target date dates end cut off year by until till before later what which when"))
_LIMIT = r"(?:deadlines?|target\s+dates?|end[\s-]dates?|time[\s-]?frames?|timelines?(?!\s+(?:of|from)\b)|time\s+limits?|cut[-\s]?off\s+dates?)\b"
# a year after the limit word, not one naming a text or a summit ("the timeline from Geneva 2003", "the 2030 Agenda"; review)
_LIMIT_YEAR = re.compile(rf"{_LIMIT}[^.?!;]{{0,60}}?(?<!Geneva\s)(?<!Tunis\s)(?<!\bin\s)(?<!since\s)(?<!\bthe\s)\b{_YEAR}(?!\s+(?:Agenda|review|resolution|outcome|summit|compact|pact))", re.I)
# a deadline asked for without a year (round 38: "by what year are all schools supposed to be connected under the compact?"):
# any year printed, or a time limit (``_PERIOD``), answers it
_WHAT_YEAR = re.compile(r"\b(?:by|until|before)\s+(?:what|which)\s+(?:year|date)\b|\bby\s+when\b"
                        r"|\b(?:what|which)\s+(?:is|was|are|were)\s+the\s+(?:deadlines?|target\s+dates?|end\s+dates?)\b"
                        r"|\b(?:what|which)\s+(?:deadlines?|target\s+dates?)\b"
                        rf"|\b{_LIMIT}", re.I)  # "any deadline?", "is there a timeline for ...?" (round 42)


# a time limit a text gives without a year (review): "within the coming year", "within five years of its creation", "each year"
_PERIOD = re.compile(r"\bwithin\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:years?|months?|weeks?|days?|decades?|sessions?)\b"
                     r"|\b(?:each|every|per)\s+(?:[\w-]+\s+)?(?:years?|months?|sessions?)\b|\b(?:annual(?:ly)?|yearly)\b"
                     r"|\b(?:next|coming)\s+(?:year|session|decade)\b|\bin\s+(?:[\w-]+\s+)?(?:years?|months?)['’]?\s+time\b"
                     r"|\b(?:in|after)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)\s+(?:years?|months?|decades?)\b"
                     r"|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)\s+(?:years?|months?)\s+later\b", re.I)  # "in ten years" (round 42)


def asked_deadline(question: str) -> tuple[AskedDetail, str] | None:
    """The clause of ``question`` naming a year as a deadline, and that year; or asking for a deadline without one ("by what
    year ...?", "what is the deadline for ...?"), and ""; None when it asks for none."""
    question = question or ""
    if t := _TARGET_YEAR.search(question):  # "what new targets for 2025 or 2030 did they adopt?": those years (round 43)
        years = [y for y in t.groups() if y]
        return AskedDetail(clause_at(question, t.start()), f"targets for {' or '.join(years)}", _ASKING | set(years)), "|".join(years)
    if _ADOPTION.search(question):
        return None
    m = _DEADLINE.search(question) or next((b for b in _BY.finditer(question)
                                            if _PROMISE.search(question[:b.start()][-len(clause_at(question, b.start())) - 12:])), None)
    if m is None and (w := _WHAT_YEAR.search(question)) and (_PROMISE.search(clause_at(question, w.start())) or re.search(_LIMIT, w.group(), re.I)):
        clause = clause_at(question, w.start())
        if year := _LIMIT_YEAR.search(clause):  # "Is the deadline for universal connectivity 2030?": that year (review)
            return AskedDetail(clause, f"a deadline of {year.group(1)}", _ASKING | {year.group(1)}), year.group(1)
        return AskedDetail(clause, "a deadline", _ASKING), ""
    if m is None:
        return None
    year = next(g for g in m.groups() if g)
    return AskedDetail(clause_at(question, m.start()), f"a deadline of {year}", _ASKING | {year}), year


_WHO = content_words("governments states countries nations member stakeholders everyone everybody people all we they")  # who must act: no subject of a deadline


def unanswered_deadline(question: str, passages: Sequence[Passage], first: int = 3, about: str = "") -> AskedDetail | None:
    """The clause naming a deadline year when none of the ``first`` quotable candidates prints that year (any sentence:
    a year needs no subject); the clause asking for a deadline without a year when none prints a year, nor a time limit
    ("within the coming year") in a sentence on the question's subject (``about``, as the other checks read it: "report
    every two years" sets no deadline for ending shutdowns, round 46)."""
    asked = asked_deadline(question)
    if asked is None:
        return None
    detail, year = asked

    def prints(text: str) -> bool:  # the year as such (any year when none was named): not "the 2030 Agenda", nor a date
        return any(not _NOT_THE_DEADLINE.match(text, m.end()) and not _MONTH_BEFORE.search(text[:m.start()].rstrip(" 0123456789"))
                   for m in re.finditer(rf"(?<![\d/])(?:{year or _YEAR})(?![\d/])", text))

    def limits(text: str) -> bool:
        return _PERIOD.search(text) is not None
    subject = content_words(about or question) - detail.asking - _WHO  # what is to be done by then
    return None if not passages or said_first(prints, passages, set(), first) or (
        not year and said_first(limits, passages, subject, first)) else detail
