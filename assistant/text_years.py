"""Texts named by their year: "the 2015 review" (that year's texts, those whose names carry the noun
first), "the post-2015 vision" (a text titled for the years beyond 2015), "the text agreed at Geneva
in December 2003" (that year's texts, the place or the kind of text picking among them); the Assembly of a year, for
what it adopted ("did the 2015 General Assembly follow that up"); the reviews by their interval or their body: "the
ten-year review", "the Assembly's look back at the summit"."""
from __future__ import annotations

import re

from wsis.types import DocumentInfo

# "the 2015 review", "the 2015 General Assembly resolution" (capitalised words between: a body's name)
_YEAR_DOC = re.compile(r"\b(?:the\s+)?((?:19|20)\d\d)(?:\s+|-)(?:(?:(?-i:[A-Z][\w+-]*)|(?:un|u\.n\.)(?=\s+(?:review|resolution|outcome|summit|meeting|statement|vision)\b))\s+){0,3}?"  # "the 2015 un review" (round 43)
                       r"(?:(?:overall|high-level|comprehensive|final|ten-year|twenty-year)\s+)?"  # "the 2015 overall review"
                       r"(review|resolution|outcome|summit|compact|declaration|"
                       r"agenda|commitment|plan|text|document|doc|statement|vision|event|meeting|stuff|paper)s?\b", re.I)  # "the 2015 GA doc" (round 40)
_NOT_ITS_ACTS = r"(?!['’]s\b|\s+(?:sessions?|meetings?|halls?|presid\w*|debates?|votes?|voting|elect\w*|speech\w*|plenar\w*)\b)"  # the body, not its texts
_SAID = r"(?:find|found|finds|say|said|says|decide[sd]?|agree[sd]?|conclude[sd]?|note[sd]?|state[sd]?|recogni[sz]e[sd]?|adopt(?:s|ed)?|call(?:s|ed)?\s+for)"  # round 46
# the Assembly of a year for what it adopted: "did the 2015 General Assembly follow that up", "the GA in 2015" (round 43)
_YEAR_ASSEMBLY = re.compile(rf"\bthe\s+(?:((?:19|20)\d\d)\s+(?:(?:UN|U\.N\.)\s+)?(?:General\s+Assembly|(?-i:GA))\b{_NOT_ITS_ACTS}"
                            rf"|(?:(?:UN|U\.N\.)\s+)?(?:General\s+Assembly|(?-i:GA))\s+(?:{_SAID}\s+)?in\s+(?:(?-i:[A-Z][a-z]+)\s+)?((?:19|20)\d\d)\b{_NOT_ITS_ACTS})", re.I)
# "the 2003 call for affordable networks": what that year's text said (not "leaders in 2005 promise")
_YEAR_SAID = re.compile(r"\bthe\s+((?:19|20)\d\d)\s+(call|pledge|promise|wording|language|idea|aim)s?\b", re.I)
# "the text agreed at Geneva in December 2003", "the declaration adopted in New York on 25 September 2024"
_DOC_OF_YEAR = re.compile(r"\bthe\s+(review|resolution|outcome|compact|declaration|agenda|commitment|plan|text|document|"
                          r"statement|vision|pact)s?\s+(?:that\s+(?:was|were)\s+)?(?:agreed|adopted|issued|signed|approved|"
                          r"produced|released|published|passed|endorsed)\s+(?:(?:at|in)\s+(?P<place>(?-i:[A-Z]\w+)(?:\s+(?-i:[A-Z]\w+))?)\s+)?"
                          r"(?:in|on)\s+(?:(?:\d{1,2}\s+)?(?-i:[A-Z][a-z]+)\s+)?((?:19|20)\d\d)\b", re.I)
# a year made a period by its prefix is no text's year: "the post-2015 vision", "a beyond-2015 agenda"
# ("after 2015 review" stays the 2015 review: "after" there is more often "after the event")
_TIME_BEFORE = re.compile(r"(post|pre|\bbeyond)[\s\u2010-\u2013\u2212-]$", re.I)
_TIME_WORDS = {"post": ("beyond", "after", "post"), "pre": ("before", "until", "pre")}
# a review named by its interval or by the body that held it: "its ten-year look back at the summit",
# "the 20-year WSIS review", "the General Assembly's review of WSIS", "when did the Assembly adopt its review?"
_REVIEW = r"(?:WSIS\s+)?(?:review|look(?:ing)?[\s-]+back|stock[\s-]?take|appraisal)\b"
_REVIEW += (r"(?:\s+(?:of|at|on)\s+(?:the\s+)?(?:(?:implementation|outcomes?|results?)\s+of\s+(?:the\s+)?){0,2}"
            r"(?:WSIS|(?:World\s+)?Summit(?!\s+of\s+the\s+Future)(?:\s+on\s+the\s+Information\s+Society)?)"
            r"(?:['’]s)?(?:\s+(?:outcomes?|results?))?\b)?"  # "... at the summit outcomes"
            r"(?!\s+(?:of|on|for)\s)")  # not another text's review: "the Assembly's review of the Global Digital Compact"
_INTERVAL_REVIEW = re.compile(rf"\b(ten|10|twenty|20)[\s-]+year(?:s['’])?\s+{_REVIEW}", re.I)
_BODY_REVIEW = re.compile(r"\b(?:(?:(?:General\s+)?Assembly|(?-i:GA))(?:['’]s\s+|\s+(?P<act>(?:adopt|pass|approv|agree|conclud|complet|h[oe]ld|issu)\w*\s+)"
                          rf"(?:its|the)\s+)|(?<=\bthe\s)(?:(?:General\s+)?Assembly|(?-i:GA))\s+(?=(?:overall\s+)?review\b(?!\s+(?:the|its|their|these|this|all|it|them|"
                          rf"WSIS|progress|implementation|outcomes?|results?|[a-z]+ing)\b)))(?:overall\s+|own\s+|(?:ten|10|twenty|20)[\s-]+year\s+)?{_REVIEW}", re.I)
_INTERVALS = {"ten": "10", "twenty": "20"}
# years listed before a year's text: "the 2014 and 2015 texts", "the 2003, 2005 and 2015 documents"
# (a year after a time word is a date, not a text: "between 2014 and 2015", "in 2014 and the 2015 review")
_TIME_BEFORE_LIST = re.compile(r"\b(?:between|from|since|in|until|till|by|after|before|during)\s+(?:(?:19|20)\d\d\s*,\s*(?:the\s+)?)*$", re.I)
_LISTED_YEARS = re.compile(r"(?<![\w-])(?:(?:19|20)\d\d\s*,\s*(?:the\s+)?)*(?:19|20)\d\d\s*,?\s*(?:and|or|&)\s+(?:the\s+)?$", re.I)


def year_named(text: str, documents: dict[str, DocumentInfo]) -> list[tuple[int, int, list[str]]]:
    """Texts named by their year (start, end, doc ids): "the 2015 review" (the documents of that year,
    preferring those whose title or aliases carry the noun); "the post-2015 vision" (a text titled
    for the years beyond 2015); "the 2015 General Assembly" (the texts it adopted that year)."""
    out: list[tuple[int, int, list[str]]] = []
    names = {d: " ".join([info.title, *info.aliases]).lower() for d, info in documents.items()}
    for m in [*_YEAR_DOC.finditer(text), *_YEAR_SAID.finditer(text)]:
        year, noun = m.group(1), m.group(2).lower()
        before = _TIME_BEFORE.search(text[max(0, m.start(1) - 12): m.start(1)])
        if before:
            side = "pre" if before.group(1).lower() == "pre" else "post"
            spans = [f"{w} {year}" for w in _TIME_WORDS[side]] + [f"{side}-{year}"]
            ids = [d for d, n in names.items() if noun in n and any(x in n for x in spans)]
        else:
            same_year = [d for d, info in documents.items() if info.date[:4] == year]
            ids = [d for d in same_year if noun in names[d]] or same_year
        if ids:
            out.append((m.start(), m.end(), ids))
        listed = _LISTED_YEARS.search(text, 0, m.start()) if not before else None
        if listed and not _TIME_BEFORE_LIST.search(text, 0, listed.start()):  # "the 2014 and 2015 texts": 2014's too
            for y in re.finditer(r"(?:19|20)\d\d", listed.group(0)):
                same_year = [d for d, info in documents.items() if info.date[:4] == y.group(0)]
                if ids := [d for d in same_year if noun in names[d]] or same_year:
                    out.append((listed.start() + y.start(), listed.start() + y.end(), ids))
    for m in _YEAR_ASSEMBLY.finditer(text):  # that year's texts the Assembly adopted, none when it adopted none indexed
        year = m.group(1) or m.group(2)
        ids = [d for d, info in documents.items() if info.date[:4] == year and "general assembly" in names[d]]
        if ids and not any(s < m.end() and m.start() < e for s, e, _ in out):
            out.append((m.start(), m.end(), ids))
    for m in _DOC_OF_YEAR.finditer(text):  # the year the text was agreed, and where: "the text agreed at Geneva in 2003"
        noun, place, year = m.group(1).lower(), (m.group("place") or "").lower(), m.group(3)
        same_year = [d for d, info in documents.items() if info.date[:4] == year]
        ids = [d for d in same_year if place and place in names[d]] or [d for d in same_year if noun in names[d]] \
            or (same_year if noun in ("text", "document", "resolution", "outcome") else [])  # "the agenda adopted in 2015": the 2030 Agenda?
        if ids and not any(s <= m.start() < e for s, e, _ in out):
            out.append((m.start(), m.end(), ids))
    return sorted(out + [r for r in reviews_named(text, names) if not any(s < r[1] and r[0] < e for s, e, _ in out)])


def reviews_named(text: str, names: dict[str, str]) -> list[tuple[int, int, list[str]]]:
    """The reviews a text names by their interval ("the ten-year review": the texts called so, else the
    reviews of WSIS+10) or by the body that held them ("the Assembly's review": the General Assembly's
    review outcomes). ``names``: each indexed text's title and aliases, lower case."""
    out: list[tuple[int, int, list[str]]] = []
    for m in _INTERVAL_REVIEW.finditer(text):
        word = m.group(1).lower()
        years = _INTERVALS.get(word, word)
        spoken = {"10": "ten", "20": "twenty"}[years]
        ids = [d for d, n in names.items() if f"{spoken}-year" in n] or \
              [d for d, n in names.items() if f"+{years}" in n and "review" in n]
        if ids:
            out.append((m.start(), m.end(), ids))
    for m in _BODY_REVIEW.finditer(text):
        ids = [d for d, n in names.items() if "general assembly" in n and "review" in n]
        start = m.end("act") if m.group("act") else m.start()  # "the Assembly adopted" stays: the act
        if ids and not any(s < m.end() and start < e for s, e, _ in out):
            out.append((start, m.end(), ids))
    return out
