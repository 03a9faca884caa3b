"""Questions that ask for a figure ("how many experts", "by what year", "for how long", "how often",
"up to what age") and whether
the passages an answer would quote give one.

The concept check asks whether the question's concepts are in the texts; a question such as "How
much money do governments put into the forum each year?" has all of them there (the forum, its
funding) and asks for what is not: an amount. When none of the first candidates holds a figure of
the kind asked for, the answer says so instead of quoting passages that cannot answer it. English
questions only (the UN texts are English; other languages keep the concept check alone).

A figure counts only where it could answer: in a sentence of a quoted paragraph (not a title block or
closing line) that shares a content word with the question ("the next overall review in ten years'
time" does not say for how long the forum's mandate was extended); a span of time is no count ("ten
years" answers no "how many people"); a rhythm ("annual", "every two years") answers "how often",
not "when is the first session" nor "for how many years"."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Sequence

from wsis.assistant.extractive import FRAME_LABEL
from wsis.assistant.sentences import sentence_spans
from wsis.assistant.terms import norm_tokens
from wsis.types import Passage

# words that open a spoken question, one or more: "so how much", "alright so how many", "hmm ok so how often" (review)
# (each opener's end one way only, a comma or spaces: "so so so ..." of a hostile question must not backtrack)
_OPENER = r"(?:(?:so|ok(?:ay)?|alright|all\s+right|well|also|anyway|btw|now|then|yeah|basically|hmm+|um+|uh+|hey)(?:\s*,\s*|\s+))+"
# the question (or one of its clauses or sentences: after a comma, colon, dash, "?", "and" or "or") opens with the figure it asks for
# "does it say what price ...", "do the texts specify how many ...": after an auxiliary, not "what does it say about ..."
_SAYING = (r"(?:does|do|did)\s+(?:[\w'’-]+\s+){1,4}?(?:say|state|specify|set\s+out|give|mention|define|indicate|"
           r"tell\s+(?:us|me))(?!\s+about\b)")
_CLAUSE = (r"(?:^|[,;:?.]\s*|\s[-–—]\s+|\b(?:and|or|but)\s+"
           # an embedded question after a verb of saying: "does it say what price would count as affordable?"
           r"|\b" + _SAYING + r"\s+)"
           r"(?:" + _OPENER + r")?"  # "so how much money ...", "So is there a year by which" (round 30)
           r"(?:(?:for\s+example|for\s+instance|e\.g\.|say),?\s+)?"
           r"(?:(?:for|within|by|in|on|after|over|to|at|since|until|till|from)\s+|up\s+to\s+)?"
           r"(?:(?:roughly|approximately|about|around|exactly|precisely|just)\s+)?")  # "Roughly how many ..."
# "how much does the Pact say about AI?", "how much emphasis is put on skills?": an extent, not an amount
_EXTENT = (r"(?!\s+(?:emphasis|attention|importance|weight|focus|detail|priority|space|progress|headway|improvement|support|say|"
           r"(?:\w+\s+){1,5}?(?:say|says|said|mention\w*|cover\w*|address\w*|discuss\w*|talk\w*|stress\w*|"
           r"emphasi[sz]\w*|care\w*|matter\w*)\b))\b")
# "when is it okay to share my data?", "when are states allowed to ...": a condition, not a time
_PERMITTED = r"(?:ok(?:ay)?|acceptable|allowed|all\s+right|alright|fine|legal|lawful|legitimate|permissible|permitted|appropriate|justified|entitled)"
_NOT_A_CONDITION = rf"(?!\s+(?:it\s+)?{_PERMITTED}\b)(?!\s+(?:\w+\s+){{1,3}}?{_PERMITTED}\s+(?:for\s+\w+(?:\s+\w+)?\s+)?to\b)"
# "does it fix a target year", "do they give a percentage", "is a date given anywhere?": a figure asked for as a
# thing a text gives or sets (round 25); not "set targets", "give a number of examples"
_GIVE_VERBS = (r"(?:gives?|fix(?:es|ed)?|sets?|specif(?:y|ies|ied)|names?|named|states?|stated|puts?|provides?|provided|"
               r"offers?|includes?|contains?)")
_GIVES = (r"\b" + _GIVE_VERBS + r"\s+(?:a|an|any)\s+(?:(?:specific|particular|precise|exact|firm|concrete|clear|"
          r"target|actual|minimum|maximum|single|numerical|numeric|fixed|download|upload|dollar|total)\s+){0,2}")
_GIVEN = (r"\b(?:is|are|was|were)\s+(?:a|an|any)\s+(?:(?:specific|exact|firm|target|precise|dollar|total)\s+)?(?:{noun})s?\b(?![-\w])(?!\s+of\b)"
          r"(?:\s+[\w'’+-]+){{0,6}}?\s+(?:given|set|fixed|named|specified|mentioned|stated|provided|attached)\b")
_GIVING = re.compile(r"^(?:(?:is|are|was|were)\s+(?=(?:a|an|any)\s)|" + _GIVE_VERBS + r"\s+(?=(?:a|an|any)\s))", re.I)
_OF_A_PART = r"\s+of\s+(?:the|that|this)\s+(?:paragraph|para|line|action\s+line|section|article|item|resolution|document)\b"  # a reference
_ASKS = {
    "duration": re.compile(_CLAUSE + r"(?:how\s+long\b|how\s+many\s+(?:years|months|weeks|days|hours|decades)\b)", re.I),
    "year": re.compile(_CLAUSE + r"(?:(?:what|which)\s+(?:exact\s+|precise\s+|specific\s+)?(?:year|month)\b"
                       r"|(?:i\s+|we\s+)?(?:need|want)\s+the\s+(?:exact\s+|precise\s+)?year\b(?!-)"  # "I need the year for a briefing note"
                       r"|what(?:['’]s|\s+is|\s+was)?\s+(?:the\s+)?(?:exact\s+|precise\s+|specific\s+)?date\b|on\s+what\s+dates\b"  # not "what are the dates on X"
                       r"|(?:is|are|was|were)\s+there\s+(?:a|any|some)?\s*(?:particular\s+|specific\s+|set\s+|target\s+|fixed\s+|given\s+)?(?:year|date)s?\s+by\s+which\b)"  # (round 28)
                       + r"|" + _GIVES + r"(?:year|date)s?\b(?![-\w])(?!\s+of\b)|" + _GIVEN.format(noun="date|year"), re.I),
    # "when will ...", "where and when is ...": a time; not "when governments draft plans, ..."
    "time": re.compile(_CLAUSE + r"(?:(?:where\s+and\s+)?when(?:\s+and\s+where)?\s+(?:(?:exactly|precisely|roughly|approximately)\s+)?(?:will|is|are|was|were|did|does|do|"
                       r"should|shall|would|can|could|must|has|have)\b" + _NOT_A_CONDITION + r"|when'?s\b|when\s*\?\s*$"
                       # "what is the deadline for closing the divides?", "by when", "is there a target date"
                       r"|what(?:['’]s|\s+is|\s+are|\s+was)\s+(?:the\s+|its\s+|their\s+)?(?:\w+\s+)?deadlines?\b|by\s+when\b|(?:what|which)\s+deadlines?\b"
                       r"|is\s+there\s+(?:a|an|any)\s+(?:deadline|target\s+date|end\s+date|time\s*frame|timeline)s?\b)"
                       + r"|" + _GIVES + r"(?:deadline|time\s*frame|timeline|end\s+date)s?\b(?![-\w])|" + _GIVEN.format(noun="deadline"), re.I),
    # "how often", "at what intervals": a rhythm ("every two years", "annually", "periodically")
    "rhythm": re.compile(_CLAUSE + r"(?:how\s+(?:often|frequent(?:ly)?|regularly)\b|(?:at|with)\s+what\s+(?:intervals?|frequency)\b"
                         r"|how\s+many\s+times\s+(?:a|per|each|every)\s+(?:year|month|decade|session)\b)", re.I),
    "amount": re.compile(_CLAUSE + r"(?:how\s+many\b|how\s+much" + _EXTENT +
                         r"|what\s+age\b|how\s+old\b"  # an age is a number: "up to what age", "from what age"
                         r"|what(?:['’]?s\s+the\s+|\s+(?:is\s+the\s+)?)(?:exact\s+|precise\s+|actual\s+)?(?:percentage|per\s*cent|proportion|share|amount|sum|number|figure)\b(?!" + _OF_A_PART + ")"
                         r"|which\s+(?:exact\s+|precise\s+)?(?:percentage|proportion|share|amount|sum)\b(?!\s+of\s+(?:(?:the|its|their|this|that)\s+)?(?:detail|attention|emphasis|space|texts?|documents?|paragraphs?|coverage)\b)"  # (round 45)
                         r"|(?:its|their)\s+size\b|what(?:['’]s|\s+is)?\s+(?:the\s+|its\s+)?size\b"  # "the name of the fund, and its size"
                         # "what broadband penetration percentage", "what minimum download speed", "what minimum age"
                         r"|what\s+(?!(?:kind|kinds|type|types|sort|sorts)\b)(?:[a-z-]+\s+){1,2}?(?:percentage|proportion|amount|speed|rate)\b"
                         # "what actual broadband number", "what dollar figure"; not "what action line number", "what key figure"
                         r"|what\s+(?!(?:[a-z-]+\s+)?(?:key|public|historical|action|line|sdg|goal|target|phone|version|session|document|reference|resolution|paragraph|article|chapter|section)\s)"
                         r"(?:[a-z-]+\s+){1,2}?(?:number|figure|sum)\b(?!" + _OF_A_PART + ")"
                         r"|what\s+(?:was|is|were)\s+the\s+(?:final\s+|vote\s+)?(?:tally|vote\s+count|count)\b"  # "if there was a vote, what was the tally?"
                         r"|what\s+(?:minimum|maximum|legal|lower|upper)\s+age\b"  # not "what digital age"
                         r"|what\s+(?:[a-z-]+\s+){0,2}(?:numbers|figures|amounts|sums)\b"
                         # "is there a cap on ...", "is there any benchmark": a limit is a figure; "what price"
                         r"|is\s+there\s+(?:a|an|any)\s+(?:[a-z-]+\s+){0,2}?(?:limit(?!s?\s+to\b)|cap|ceiling|"
                         r"floor|threshold|benchmark|quota|cut-?off|minimum|maximum|figure|price\s+tag)s?\b|what\s+(?:(?:annual|yearly|total|overall)\s+)?(?:price|fee|tariff|budget)s?\b(?!\s+(?:process\w*|priorit\w*|support|lines?|cycles?|rules?|procedures?|discussions?|negotiations?))"
                         # "what is the budget of the panel?", "what's its annual budget", "the Forum's yearly budget" (round 27): a sum
                         r"|what(?:['’]s|\s+is|\s+are|\s+was|\s+will\s+be)\s+(?:the\s+|its\s+|their\s+)?(?:[\w+-]+['’]s?\s+)?(?:annual\s+|yearly\s+|total\s+|overall\s+)?budgets?\b(?!\s+(?:process\w*|priorit\w*|support|lines?|cycles?|rules?|procedures?|discussions?|negotiations?))"
                         # "how large is it", "how high are the fees"; not "how big a role"
                         r"|how\s+(?:large|big|high|small|low)\s+(?:is|are|was|were|will|would)\b)"
                         # "does the compact set a minimum age for ...", "an age limit": an age is a number
                         r"|\b(?:a|an|any|the)\s+(?:minimum|maximum|legal|lower|upper)\s+age\b|\bage\s+(?:limits?|thresholds?)\b"
                         r"|\bput\s+(?:an?\s+)?(?:actual\s+|concrete\s+|specific\s+)?(?:number|figure)\s+on\b"  # "put an actual number on it"
                         # "do they give a percentage of what people earn?", "a speed in Mbps", "a coverage %" (round 25)
                         r"|" + _GIVES + r"(?:percentage|per\s*cent|proportion|figure|number(?!\s+of\b)|amount(?!\s+of\b)|sum|speed|price)s?\b(?![-\w])"
                         r"|" + _GIVEN.format(noun="amount|sum|figure|percentage") + r"|\b(?:in|so\s+many|x|n)\s+(?:mbps|gbps|kbps|megabits|gigabits)\b|\b(?:a|any|the|what)\s+(?:[a-z-]+\s+)?%(?!\w)"
                         # round 27: "what % of the world", "like X Mbps", "need a hard number for my pitch deck"
                         r"|(?:^|(?<=[?.!:;,])\s*)(?:i\s+|we\s+)?(?:need|want)\s+(?:a|an|the)\s+(?:hard|exact|actual|precise|concrete|real)\s+"
                         r"(?:number|figure|percentage|count)s?\b(?!\s+of\s+(?:the\s+|a\s+|its\s+)?(?:resolution|document|decision|paragraph|text)s?\b)", re.I),
}
# a figure the question names, when it asks for none of the kinds above ("does it use the 2 percent of monthly income
# benchmark?", "10 Mbps", "2.15 dollars a day"): an amount, which a passage must give (round 21)
_NAMED_FIGURE = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)?\s?(?:%|percent\b|per\s+cent\b|mbps\b|gbps\b|dollars?\b|usd\b)|\$\s?\d", re.I)
_NUMBER_WORDS = ("two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
                 "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds "
                 "thousand thousands million millions billion billions trillion half halves third thirds quarter "
                 "quarters twice double triple threefold dozen percent").split()
# a number that is a reference, not a quantity: "Goal 9", "SDG 4", "target 9.c", "paragraph 72", "Article 19",
# "the Group of 77", "line 6", a day of a date ("16 December 2015")
_REFERENCE = re.compile(r"(?:\b(?:goals?|sdgs?|targets?|para(?:graph)?s?\.?|arts?\.|articles?|annex(?:es)?|chapters?|sections?|lines?|"
                        r"footnotes?|notes?|items?|resolutions?|decisions?|group\s+of|iso|no\.|numbers?)\s*)$", re.I)
# a list of references: "paragraphs 4, 5 and 55", "goals 4 and 9" (each of its numbers names a place)
_REFERENCE_LIST = re.compile(r"\b(?:goals?|sdgs?|targets?|para(?:graph)?s?\.?|articles?|annex(?:es)?|chapters?|sections?|items?)"
                             r"\s+\d+[\w()]*(?:\s*,\s*\d+[\w()]*(?=\s*(?:,|and\b|or\b|to\b|[.;)]|$))"
                             r"|\s*(?:and|to|or|-|–)\s*\d+[\w()]*)+", re.I)  # not "Under Goal 4, 250 teachers"
_DAY = re.compile(r"^\s*(?:January|February|March|April|May|June|July|August|September|October|November|December)\b")
_YEAR = re.compile(r"(?<![\w/.-])(?:19|20)\d\d(?![\w/])")
_DIGITS = re.compile(r"(?<![\w/.+-])[$€£]?\d+(?:[.,]\d+)*(?:\s?(?:%|bn|m|k)\b)?(?:\s?%)?(?![\w/])")
_NUMBER = re.compile(r"\b(?:" + "|".join(_NUMBER_WORDS) + r")\b|\bper\s+cent\b|%", re.I)
_UNITS = r"(?:years?|months?|weeks?|days?|hours?|decades?)"
_COUNT = r"(?:\d+(?:[.,]\d+)?|an?|one|" + "|".join(_NUMBER_WORDS[:26]) + r")"
# a span of time: "ten years", "a two-year term", "five-year", "a decade"; a count of nothing else
_COUNTED = rf"\b{_COUNT}(?:[\s-]+{_COUNT})?[\s-]+{_UNITS}\b"
_SPAN = re.compile(rf"{_COUNTED}|\bdecades?\b", re.I)
# a rhythm: how often, not when ("annual", "every two years", "once a year")
_RHYTHM = re.compile(r"\b(?:annual(?:ly)?|yearly|biennial(?:ly)?|biannual(?:ly)?|(?:each|every|once|twice|per)\s+"
                     r"(?:\w+\s+)?(?:year|month|week|day|session|decade)s?)\b", re.I)
# what answers "how often" short of a count: "review periodically", "report regularly"
_PERIODIC = re.compile(r"\b(?:periodic(?:al)?(?:ly)?|regular(?:ly)?|on\s+a\s+regular\s+basis)\b", re.I)
# a point in time from now or from an event: "in ten years' time", "two years later", "next year", "at its
# seventy-fifth session", "by the end of"
_POINT = re.compile(rf"\b(?:in|within|after)\s+(?:the\s+(?:next|coming)\s+)?{_COUNTED}"
                    rf"|{_COUNTED}['’]?\s+(?:later|after|from\s+now|hence)\b"
                    r"|\b(?:next|coming|following|this)\s+(?:year|month|session|decade)\b"
                    r"|\b(?:\d{1,3}|[a-z]{1,12}(?:-[a-z]{1,12})?)(?:th|st|nd|rd)\s+session\b|\bby\s+the\s+end\s+of\b", re.I)
_ORDINAL = re.compile(r"\b(?:\d{1,3}|[a-z]{1,12}(?:-[a-z]{1,12})?)(?:th|st|nd|rd)\s+(?:session|meeting|plenary)\b", re.I)
_WHEN = re.compile(r"\b(?:next|coming|following|this|each|every)\s+(?:year|month|session|decade)\b|\bwithin\s+(?:a|the)\b", re.I)
# what asks for a point in time, not a rhythm: "when is the *first* session", "the *next* review"
_ASKS_POINT = re.compile(r"\b(?:first|next|last|previous|inaugural|opening|upcoming)\b", re.I)
# a question's words that ask for the figure or its time, or say little: never what a sentence must share with it
_ASKING = set("""how many much long often frequently regularly interval intervals frequency age old soon when
where what which who year years date dates time times day days month months first next last previous new
inaugural opening upcoming scheduled schedule take taken takes place
go going goes gone hold holds held come comes get gets got make makes made put set give gives given number numbers
figure figures actual actually exact exactly exist text texts document documents say says said mention mentions
there anything about ok okay""".split())
_PRONOUN = re.compile(r"\b(?:it|they|them|this|that|these|those)\s*$", re.I)  # "and how large is it"
_ADOPTION = re.compile(r"\badopt(?:ed|ion|s)?\b", re.I)
# "how many tasks", "how many priorities": things a list counts ("how many people" it does not)
_COUNTED = re.compile(r"\bhow\s+many\s+(?:\w+\s+)?(?:tasks|functions|duties|roles|objectives|goals|aims|priorities|areas|"
                      r"principles|commitments|actions|steps|points|elements|items|pillars|themes|topics|issues|"
                      r"mandates|things|strands|lines|parts|sections)\b", re.I)
# "how many times does open data come up?": how often the texts say it, which the passages found show
# ("how many paragraphs mention AI?": how many places say it)
_TIMES = re.compile(r"how\s+many\s+(?:times|paragraphs|passages|provisions|places)\b(?!\s+(?:a|per|each|every)\b)", re.I)
_MENTIONED = re.compile(r"\b(?:comes?\s+up|came\s+up|appears?|appeared|mentioned|mentions?|repeated|occurs?|recurs?|"
                        r"refers?\s+to|refer\s+to|deals?\s+with|talks?\s+about|talk\s+about|address(?:es)?|"
                        r"crops?\s+up|(?:is|was)\s+(?:it\s+)?(?:said|stated)|(?:paragraphs|passages|provisions)\s+(?:on|about)"
                        r"|(?:is|are|was|were)\b[^?]{1,60}?\bused|uses?\s+the\s+(?:word|term|phrase|expression))\b", re.I)  # "is 'digital' used"
_NAMED_YEAR = re.compile(r"\s+Agenda\b")
_MONTH = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b")


# "which of the texts ...?": several texts may give what is asked, not only the first candidates
_WHICH_TEXTS = re.compile(r"\b(?:which|what)\s+(?:of\s+(?:the|these|those)\s+)?(?:texts|documents|outcomes)\b", re.I)


@dataclass(frozen=True)
class AskedFigure:
    """What kind of figure the question asks for, and the words that ask it."""

    kind: str  # "amount", "year", "duration", "time" or "rhythm"
    words: str  # the clause that asks ("how many experts will sit on the AI scientific panel")
    point: bool = False  # a point in time, not a rhythm: "when is the *first* session"

    def asks_only(self, phrase: str) -> bool:
        """Whether a phrase of the question only asks for the figure (``asks_only``)."""
        return asks_only(phrase)

    def named(self) -> str:
        """How the answer names what the texts lack: "a figure for “how many experts ...”"."""
        asking = " ".join(self.words.split()[:4])  # "in what month", "what's the exact date"; not "the 18-month consultation"
        what = {"amount": "a figure", "year": "a month" if re.search(r"\bmonth\b", asking) else "a date" if re.search(r"\bdates?\b", asking)
                else "a year", "duration": "a duration", "time": "a date", "rhythm": "a frequency"}[self.kind]
        return f"{what} for “{self.words}”"


# "it shouldn't cost more than some % of what people earn": a share asked for (round 29)
_SOME_SHARE = re.compile(r"\b(?:more|less|higher|lower)\s+than\s+(?:some|a\s+certain|x|n)\s*(?:%|per\s*cent|percent)"
                         r"|\b(?:like|e\.g\.?|say|about)\s+(?-i:[xXnN])\s*(?:%|per\s*cent\b|percent\b)", re.I)  # "like x% of people" (round 46)


def asked_figure(question: str) -> AskedFigure | None:
    """The figure a question asks for (an amount, a year, a duration, a time: "when will ..."), when
    one of its clauses opens with it; None otherwise (an embedded "how many", as in "are there
    differences in how many people are online?", asks for none)."""
    found = [(m.start(), kind, m) for kind, pattern in _ASKS.items() if (m := pattern.search(question))
             and not (kind == "amount" and _TIMES.search(m.group(0) + question[m.end():m.end() + 12]) and _MENTIONED.search(question))]
    if not found and (named := _NAMED_FIGURE.search(question) or _SOME_SHARE.search(question)):  # "the 2 percent of monthly income benchmark"
        found = [(named.start(), "amount", named)]
    if not found:
        return None
    _, kind, m = min(found, key=lambda t: (t[0], list(_ASKS).index(t[1])))
    start = re.sub(r"^[\s,;:?.–—-]*(?:(?:and|or|but)\s+)?(?:\b" + _SAYING + r"\s+)?(?:" + _OPENER + r")?", "", question[m.start():], flags=re.I)
    given = _GIVING.sub("", start)  # "fix a target year": "a target year"
    given_form, start = given != start, given
    clause = re.split(r"[,;:?]|\s\(|\s[-–—]\s|(?<!where)(?<!when)\s(?:and|or|but)\s", start, maxsplit=1, flags=re.I)[0]  # "where and when"
    if len(clause.split()) < 3 and given_form:  # "is a date or venue for that event given?": up to the comma or "?"
        clause = re.split(r"[,;:?]", start, maxsplit=1)[0]
    if len(clause.split()) < 3 or _PRONOUN.search(clause):  # "Who decides, and when?", "and how large is it?":
        clause = question  # the clause alone says too little
    if re.match(r"(?:i\s+|we\s+)?(?:need|want)\b", start, re.I) and re.search(r"[?.!]\s*$", question[:m.start()]):  # "...? need a hard number":
        clause = question[:m.start()]  # what it is needed for
    words = " ".join(clause.split()).strip(" ?.")
    words = re.sub(r"^(?:is|are|was|were)\s+there\s+(?:(?:a|any|some)\s+)?(?:\w+\s+)?(?:year|date)s?\s+by\s+which\s+(?=\S+\s+\S)", "", words, flags=re.I)  # "a year for “everyone is connected”"
    return AskedFigure(kind, words[:1].lower() + words[1:], point=kind == "time" and bool(_ASKS_POINT.search(clause)))


def gives_figure(kind: str, text: str, point: bool = False) -> bool:
    """Whether ``text`` holds a figure of ``kind``: a year (or month) for "year"; a span of time ("ten
    years", "a decade") for "duration"; for "time", a date or a time from now ("in ten years' time",
    "next year", "at its seventy-fifth session"), or also a span or a rhythm ("annual", "every year")
    unless a ``point`` in time is asked ("when is the first session"); for "amount", any number but a
    year or a span of time. Numbers inside symbols ("A/RES/70/125", "WSIS+10") do not count."""
    if kind == "year":  # a year that names something is no date: "the 2030 Agenda"
        return any(not _NAMED_YEAR.match(text[m.end():]) for m in _YEAR.finditer(text)) or bool(_MONTH.search(text))
    if kind == "time":
        if gives_figure("year", text) or _POINT.search(text):
            return True
        return not point and bool(_SPAN.search(text) or _RHYTHM.search(text) or _WHEN.search(text))
    if kind == "rhythm":  # how often: "every two years", "annually", "periodically"
        return bool(_RHYTHM.search(text) or _PERIODIC.search(text))
    if kind == "duration":  # "every two years" is how often, not for how long
        return bool(_SPAN.search(_blank(_RHYTHM, text)))
    rest = _blank(_REFERENCE_LIST, _blank(_ORDINAL, _blank(_SPAN, text)))  # "ten years" counts no people; "seventy-fifth session" nothing
    numbers = [m.group(0) for m in _DIGITS.finditer(rest) if not _YEAR.fullmatch(m.group(0))
               and not _REFERENCE.search(rest[max(0, m.start() - 16):m.start()]) and not _DAY.match(rest[m.end():])]
    return bool(numbers or _NUMBER.search(rest))


def _blank(pattern: re.Pattern, text: str) -> str:
    return pattern.sub(lambda m: " " * len(m.group(0)), text)


def content_words(text: str) -> set[str]:
    """The stemmed words of ``text`` that name its subject, not those that ask ("how", "often", "say")."""
    return set(norm_tokens(text)) - _ASKING_STEMS


def said_here(gives: Callable[[str], bool], passage: Passage, about: set[str]) -> bool:
    """A sentence of the paragraph ``gives`` what is asked and shares a content word (``about``) with
    the question (or the paragraph's lead-in, "The panel shall:", does); without content words, any
    sentence."""
    text = passage.paragraph.text
    lead = content_words(text.split(":", 1)[0]) if ":" in text else set()
    for start, end in sentence_spans(text):
        sentence = text[start:end]
        if gives(sentence) and (not about or about & (content_words(sentence) | lead)):
            return True
    return False


def asks_only(phrase: str) -> bool:
    """Whether a phrase of the question holds only words that ask for the figure or its time ("next",
    "place" of "take place"): no subject to name for the nearest passages."""
    return not content_words(phrase)


def unanswered_figure(question: str, passages: Sequence[Passage], first: int = 3, about: str = "") -> AskedFigure | None:
    """The figure the question asks for when none of the ``first`` quotable candidates gives one in a
    sentence on the question's subject (``about``: its topic with the glossary's expansions; the
    question by default); None when the question asks for no figure or a candidate may hold it. A
    title block or closing line ("80th plenary meeting 16 December 2015") counts only for a question
    on a text's adoption."""
    asked = asked_figure(question)
    if asked is None or not passages:
        return None
    if _WHICH_TEXTS.search(question):  # "which of the texts promise to measure the divide, and how often?": any of
        first = max(first, 6)  # several texts may give it, not only the first three candidates (round 18)
    adoption = bool(_ADOPTION.search(question))
    quotable = [p for p in passages if adoption or not FRAME_LABEL.match(p.paragraph.label)]
    words = content_words(about or question)
    gives = lambda text: gives_figure(asked.kind, text, asked.point)  # noqa: E731
    if asked.kind == "rhythm":  # how often it meets, not how often it is reviewed
        task = content_words(asked.words)
        gives = lambda text: gives_figure("rhythm", text) and rhythm_of(text, task)  # noqa: E731
    if any(said_here(gives, p, words) for p in quotable[:first]):
        return None
    if asked.kind == "amount" and _COUNTED.search(asked.words) and any(listed(p, words) for p in quotable[:first]):
        return None  # "how many tasks does it give the forum": the list of them counts them
    # a rhythm in the first candidate, on the question's subject in other words ("how often ... gauge
    # how big the divide is": "measuring the gap each year"); figures of other kinds keep the shared word
    if asked.kind == "rhythm" and quotable and said_here(gives, quotable[0], set()):
        return None
    return asked


_ASKING_STEMS = set(norm_tokens(" ".join(_ASKING)))
# where a sentence's clauses part: a comma or semicolon, or "and"/"but"/"while" between two verb phrases
_CLAUSES = re.compile(r"[,;]\s*|\s+(?:and|but|while|whereas)\s+", re.I)
_RELATIVE = re.compile(r"^(?:which|that|who|whom|whose|where|when)\b", re.I)  # "the meeting, which is held every year"


def rhythm_of(sentence: str, task: set[str]) -> bool:
    """Whether the sentence's rhythm is said of the task asked about (``task``: the asking clause's
    content words): False when a clause names the task and the rhythm stands only in clauses that do
    not ("rotate its meetings among regions and be reviewed at regular intervals" says how often the
    Forum is reviewed, not how often it meets); True when no clause names it (the task in other
    words: "looked at again" for "reviewed"). A relative clause or a bare rhythm ("every two years")
    belongs to the clause before it."""
    clauses: list[str] = []
    lead = ""  # "Every two years, the Forum shall meet": a bare rhythm first belongs to the clause after it
    for piece in _CLAUSES.split(sentence):
        bare = not content_words(_blank(_RHYTHM, _blank(_PERIODIC, piece)))
        if clauses and (_RELATIVE.match(piece) or bare):
            clauses[-1] += " " + piece
        elif bare:
            lead += piece + " "
        else:
            clauses.append(lead + piece)
            lead = ""
    naming = [c for c in clauses if task & content_words(c)]
    return not naming or any(gives_figure("rhythm", c) for c in naming)


def listed(passage: Passage, about: set[str]) -> bool:
    """Whether the paragraph is a list of at least two items whose lead-in ("The mandate of the Forum
    is to:") shares a content word with the question (``about``; any lead-in without one)."""
    paragraph = passage.paragraph
    if len(paragraph.sub_items) < 2:
        return False
    first = min((paragraph.text.find(item) for item in paragraph.sub_items.values() if item in paragraph.text), default=-1)
    lead = paragraph.text[:first] if first > 0 else paragraph.text.split(":", 1)[0]
    return not about or bool(about & content_words(" ".join([*paragraph.section, lead])))


def figure_given(question: str, passages: Sequence[Passage], about: str = "") -> bool:
    """The question asks for a figure ("how often", "how many") and the first quotable candidate
    gives one in a sentence on its subject (a rhythm in any sentence: "Report on progress every two
    years" answers "how frequently ... updates"): the candidates answer the very thing asked."""
    asked = asked_figure(question)
    quotable = [p for p in passages if not FRAME_LABEL.match(p.paragraph.label)]
    if asked is None or not quotable:
        return False
    gives = lambda text: gives_figure(asked.kind, text, asked.point)  # noqa: E731
    return said_here(gives, quotable[0], set() if asked.kind == "rhythm" else content_words(about or question))


def rhythm_first(question: str, passages: list[Passage], groups: Sequence[Sequence[str]], depth: int = 5) -> list[Passage]:
    """"How often ...?" of two or more texts: in each group of named texts, the first of its ``depth`` best
    candidates that says a rhythm ("each year"; else, among its first three, "at regular intervals") moves
    to the group's front ("how often does the Commitment size up the divide, and the excerpt ...?":
    "measuring the gap each year", not its general paragraph ranked first). A question on one text is left
    as it is: its first candidate decides whether the texts give the rhythm (``figure_given``), and a
    rhythm of another act ("yearly public reports") must not answer "how often does the Forum meet". "Which of the
    texts …, and how often?": the first of the fourth to sixth candidates that says a rhythm comes third."""
    asked = asked_figure(question)
    if asked is None or asked.kind != "rhythm":
        return passages
    out = list(passages)
    if len(groups) < 2 and _WHICH_TEXTS.search(question):  # "which of the texts promise to measure it, and how often?":
        says = [i for i in range(3, min(len(out), 6)) if _RHYTHM.search(out[i].paragraph.text)]  # the one that says how
        says = says or [i for i in range(3, min(len(out), 6)) if _PERIODIC.search(out[i].paragraph.text)]  # often
        hit = says[0] if says else None  # among the first three ("regular intervals" too, as ``unanswered_figure`` counts it)
        if hit is not None:  # (round 18)
            out.insert(2, out.pop(hit))
        return out
    if len(groups) < 2:
        return passages
    for group in groups:
        own = [i for i, p in enumerate(out) if p.paragraph.doc_id in group][:depth]
        hit = next((i for i in own if _RHYTHM.search(out[i].paragraph.text)), None)  # "each year" before "regularly"
        hit = next((i for i in own[:3] if _PERIODIC.search(out[i].paragraph.text)), None) if hit is None else hit
        if hit is not None and own and hit != own[0]:
            out.insert(own[0], out.pop(hit))
    return out
