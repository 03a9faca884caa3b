"""The thing a question asks the texts about, when its frame says so.

"Is there a quota for women in technology jobs?", "Does the compact call for a legally binding
treaty on AI?", "What do the texts say about domain name pricing?": the first concept phrase after
such a frame is what the user wants found. The embedder may weigh it little beside the rest ("women
in technology jobs" carries more of the question's vector than "quota"), yet an answer without it
does not answer. ``concepts.check`` gives this phrase at least the weight of a concept that can be
missing, so it must stand in the candidates word for word or be paraphrased there.

A question asking "which" may also offer candidates for its answer ("What kinds of data does the
compact want opened up: weather records, health statistics?", "Which commissions, for instance the
ones for Africa, ...?"): the offered list is what must be found (:func:`offered_examples`); texts
that name none of them do not say which. A scale offered after a degree asked for ("how important is it? like
nice-to-have or core") is the kind of answer, not candidates to find (:func:`without_scale`).

English only; any other question has no focus (the check is unchanged for it)."""
from __future__ import annotations

import re
from typing import Callable, Sequence

from wsis.assistant.idioms import SIDES
from wsis.assistant.phrases import Phrase
from wsis.assistant.synonyms import is_adjective

# the words a question uses to ask about something, not what it asks about ("is there language on")
_ABOUT = r"(?:on|about|for|to|regarding|concerning|of|in)"
_META = r"(?:anything|any|language|guidance|provision|mention|reference|word|wording|commitment|pledge|promise|push|call)s?"
# "is there anything of substance in ...": an idiom, not what is asked about
_IDIOM = r"(?:of\s+(?:substance|note|interest|importance|significance|value|use))"
_FRAME = re.compile(
    r"^\s*(?:(?:and|so|but|also)\s+)?(?:"
    # "is there (still) (any|a) (language|commitment) (on|to) X"
    rf"(?:is|are)\s+there\s+(?:still\s+)?(?:(?:any|a|an|some)\s+)?(?:{_META}\s+)?(?:{_IDIOM}\s+)?(?:{_ABOUT}\s+)?"
    # "do the texts / does the compact (say anything about|call for|set up) X"
    r"|(?:do|does|did)\s+(?:[\w'’+/.-]+\s+){0,5}?(?:say\s+anything\s+" + _ABOUT + r"|mention|address|deal\s+with|cover"
    r"|call\s+for|create|establish|set\s+up|propose|push\s+for|recommend|require|ban|provide\s+for|envisage"
    r"|appoint|designate|impose|introduce|launch|mandate|fund|finance|back|support|endorse|favou?r|oppose"
    r"|talk\s+about|speak\s+(?:of|about)|refer\s+to)\s+"
    # "what do the texts / does the Tunis Agenda say about X"
    r"|what\s+(?:do|does|did)\s+(?:[\w'’+/.-]+\s+){0,5}?say\s+" + _ABOUT + r"\s+"
    r")",
    re.I,
)


# where in a text, not what: "the compact's closing section on follow-up" asks about follow-up
_PLACES = {"section", "part", "chapter", "annex", "paragraph", "preamble", "heading", "title", "end",
           "beginning", "introduction", "conclusion", "opening", "closing", "text", "document"}


def _a_place(phrase: Phrase) -> bool:
    head = phrase.words[-1].lower() if phrase.words else ""
    return head in _PLACES or head.rstrip("s") in _PLACES


# a follow-up carried over with the question before it: "and the tunis agenda? (what does the say about X)"
_CARRIED = re.compile(r"\?\s*\((?P<q>[^()]+)\)\s*$")


# round 27: a frame that asks for a pledge ("do any of these texts promise tax breaks", "does the pact have some
# investment guarantee scheme"); not a pledge of a deed ("promise not to pull the plug"; "oblige", whose object is always
# one: "oblige states to think about how today's choices ...", a paraphrase of the texts, was refused). Not a frame opening a later
# sentence or clause, nor "do anything for", "anything on": users' own words there (small sellers, doctors' advice)
# are what the texts say otherwise, and seven answerable questions were refused (measured on fresh-fixture).
# For the concept check only: ``asks_about`` (retrieval's own test) keeps the frames above.
# "does it recognise / allow / prohibit any X" (round 29)
# (not "do you have a list", "have a lot to say", "promise a lot", "have any bearing on": no thing asked about; review)
_PLEDGE = re.compile(r"^\s*(?:(?:and|so|but|also)\s+)?(?:do|does|did)\s+(?!(?:you|i|we)\s+have\b)(?:[\w'’+/.-]+\s+){0,5}?(?:(?:promise|pledge|guarantee)(?!\s+(?:not|never|to|that)\b)"
                     r"|have\s+(?:a|an|any|some)"
                     r"|(?:recogni[sz]e|allow|permit|prohibit|forbid|outlaw)\s+any(?!\s+[\w-]+\s+(?:\w+\s+)?to\s+\w))"  # not "allow any country to opt out"
                     r"\s+(?!(?:a\s+|an\s+)?(?:lot|bit|few|little|list|answer|say|chance|bearing|view|word|look"
                     r"|great\s+deal|much|anything|something|impact|effect|role|part|room|leeway|scope|space|flexibility)(?![-\w]))", re.I)


# after a concession, what is asked beyond it: "The 2015 resolution has something on training for educators, but does it define
# a competency framework ...?", "The Vision mentions privacy somewhere, right? Does it go as far as requiring each country to
# set up an independent data protection regulator?" (round 39: both answered with the conceded paragraph); not "Does it specify
# a reporting schedule?" after a plain statement (review), nor "does it define how long ...": a question of its own
_BEYOND = re.compile(r"(?:,\s*but|[.?!]\s+(?:but\s+)?)\s*(?:does|do|did)\s+(?:it|they|this|that)\s+(?:actually\s+|really\s+|also\s+)?"
                     r"(?:define|specify|go\s+(?:as|so)\s+far\s+as\s+(?:to\s+)?[a-z]+\s+(?:(?:each|every|all|the)\s+(?:countr(?:y|ies)|states?"
                     r"|governments?)\s+to\s+(?:set\s+up|create|establish|adopt|have|appoint)\s+)?)\b"
                     r"(?!\s+(?:who|whom|which|how|when|where|whether|why|if|what(?!\s+counts?\s+as))\b)", re.I)
# what the asker grants the text first: "has something on", "mentions ... somewhere", "keeps saying open data"
_CONCEDED = re.compile(r"\b(?:(?:has|have|had)\s+(?:something|a\s+(?:line|bit|section|paragraph|clause|passage|reference|word))\s+(?:on|about)"
                       r"|mentions?|mentioned|talks?\s+about|covers|refers\s+to|deals\s+with|touches\s+on|says|said|(?:keeps?|kept)\s+(?:saying|using|mentioning)"
                       r"|uses\s+the\s+(?:word|term|phrase))\b", re.I)


def _asking_end(question: str) -> int | None:
    """Where a frame ends that asks about a thing (``_frame_end``, a pledge asked for, or what is asked beyond a concession)."""
    if (end := _frame_end(question)) is not None:
        return end
    if m := _PLEDGE.match(question or ""):
        return m.end()
    beyond = _BEYOND.search(question or "")
    return beyond.end() if beyond and _CONCEDED.search(question, max(0, beyond.start() - 200), beyond.start()) else None


# a subject label before the question: "cross-border transfers of personal data - does the compact say anything about ...?"
_LABEL = re.compile(r"(?!(?:how|what|why|when|where|which|who|whose|is|are|was|were|does|do|did|can|could|should|would|will|has|have"
                    r"|i|we|my|our)\b)[^?.!:;\n\s][^?.!:;\n]{2,79}?(?:\s+[-–—]+\s+|\s*[–—]\s*|:\s*)", re.I)  # not a question of its own
# ("How does the Geneva declaration end - is there a promise ...?"), nor the asker's; from its first letter: no backtracking
MAX_LABEL_WORDS = 8


def _frame_end(question: str) -> int | None:
    """Where the asking frame ends in ``question`` (after a subject label, round 37), or in the question a
    follow-up carries; None without one."""
    m = _FRAME.match(question or "")
    if m:
        return m.end()
    start = len(question or "") - len((question or "").lstrip())
    label = _LABEL.match(question or "", start)
    if label and len(re.findall(r"\w+", label.group())) <= MAX_LABEL_WORDS and (m := _FRAME.match(question[label.end():])):
        return label.end() + m.end()
    carried = _CARRIED.search(question or "")
    inner = _FRAME.match(carried["q"]) if carried else None
    return carried.start("q") + inner.end() if inner else None


def asks_about(question: str) -> bool:
    """Whether the question opens with a frame that asks what the texts say about something ("does
    the Tunis Agenda mention X?", "is there anything on X", "what does the compact say about X"), a short
    subject label before it ("privacy - does the compact mention X?"), or is a follow-up carrying such a
    question ("And the Tunis Agenda?" after one)."""
    return _frame_end(question) is not None


def asked_object(question: str, phrases: Sequence[Phrase],
                 locate: Callable[[str, Phrase], tuple[int, int] | None]) -> Phrase | None:
    """The first concept phrase after the question's asking frame, a place in a text ("the closing
    section") passed over; None without such a frame.
    ``locate``: where a phrase stands in the question (``concepts.locate``)."""
    end = _asking_end(question)
    if end is None:
        return None
    carried = None if _FRAME.match(question or "") else _CARRIED.search(question)
    if carried:  # "And what about phishing? (Do the texts mention spam)": the follow-up's own subject first
        own = [(at[0], ph) for ph in phrases
               if not _a_place(ph) and (at := locate(question, ph)) is not None and at[0] < carried.start()]
        if own:
            return min(own, key=lambda pair: pair[0])[1]
    after = [(at[0], ph) for ph in phrases
             if not _a_place(ph) and (at := locate(question, ph)) is not None and at[0] >= end]
    first = min(after, key=lambda pair: pair[0]) if after else None
    if first and re.search(rf"\b(?:the|this|that)\s+(?:{'|'.join(SIDES)})\s+between\b(?=[^?.!,;:]*\b(?:and|or|versus|vs)\b)", question[end:], re.I) \
            and re.search(r"\bbetween\b", question[end:first[0]], re.I):
        return None  # "the tension between safeguarding individuals and ...": two sides asked, no one object (round 41)
    return first[1] if first else None


# a question asking which ones (or what exactly), then offering candidates: after a colon, a dash, or "for instance", "such
# as", "e.g." ("does it say how, for example through impact assessments ...?", "what form does it take: money, advice ...?")
_WHICH = re.compile(r"\b(?:which|who|whom|what\s+(?:kinds?|sorts?|types?|forms?)\s+of|what\s+(?:exactly|specifically|precisely)"
                    r"|what\s+forms?\s+(?:does|do|did|will|would|should|is|are|was|were|must|might|may|can|could)|how)\b", re.I)
_OFFERED = re.compile(r":\s+|\s(?P<dash>[-–—])\s+|(?P<aside>,\s*)?\b(?:for\s+(?:instance|example)|such\s+as|e\.g\.),?\s*", re.I)
# no candidate: a remark, an aside or another question ("- I need it for school", "? Any thoughts?", "? Why?")
_NOT_OFFERED = re.compile(r"^\W*(?:(?!(?-i:[A-Z]{2,})\b)(?:what|which|who|whom|whose|why|how|when|where|any|in|on|at|by|for|from|per|to|please|and|but|so|or"
                          r"|i|we|you|it|they|he|she|this|that|thoughts?|thanks?)\b|.*\b(?:am|is|are|was|were|be|does|do|did|will|would"
                          r"|can|could|should|has|have|had|need|want|say|says|said|mention\w*|names?|think|[-–—])(?:\W|$))", re.I)
_SEGMENT = re.compile(r"\s*([^?.!:;]{1,60}?)\?")  # a short question of its own after the asking one: "CC-BY?"
_NAMES_ANY = re.compile(r"\s+(?:does|do|did)\s+(?:it|they|the\s+\w+)\s+(?:name|mention|list|cite)\s+any\s+([^?.!:;]{3,80})\?\s*$", re.I)
# the question's clause goes on after its list: "..., such as ECOSOC or the HLPF, must report"
_GOES_ON = re.compile(r",?\s+(?:are|is|was|were|be|been|must|should|shall|will|would|can|could|may|might|do|does|did"
                      r"|have|has|had|get|gets|got)\b", re.I)


# a degree asked for, then a scale of it offered ("how important is it? like nice-to-have or core", round 43): the kind of
# answer, not concepts to look for (not "how much does it say? facial recognition or spyware?": things asked about)
_DEGREES = r"(?:important|central|essential|significant|crucial|serious|strong|firm|big|high|urgent)(?![\w-])"
_SCALE_WORD = (r"(?:nice[\s-]to[\s-]have|must[\s-]have|add[\s-]on|afterthought|side[\s-](?:issue|note)|footnote|core|central|peripheral|marginal"
               r"|optional|essential|fundamental|vital|crucial|critical|key|minor|major|secondary|top|low|high|priority|cornerstone|pillar"
               r"|foundation(?:al)?|basic|extra|bonus|luxury|necessity|token|symbolic)")
_SCALE_ITEM = rf"(?:(?:a|an|just\s+a|the|some)\s+)?{_SCALE_WORD}(?:\s+(?:issue|concern|priority|thing|goal|part|element))?"
_SCALE = re.compile(r"((?:\bhow\s+|^\s*)" + _DEGREES + r"[^?]*\?)\s*(?:(?:like|so|i\.e\.|e\.g\.|as\s+in)\s*,?\s*)?"
                    rf"{_SCALE_ITEM}\s*(?:,\s*(?:or\b)?|/|\bor\b)\s*{_SCALE_ITEM}\s*\??\s*$", re.I)


def without_scale(text: str) -> str:
    """``text`` without the scale offered after a degree asked for ("how important ...? like nice-to-have or core")."""
    return _SCALE.sub(r"\1", text)


def offered_examples(question: str) -> tuple[int, int] | None:
    """(start, end) in ``question`` of the candidates a which-question offers for its answer, within
    the sentence that asks (up to its "?" or a closing bracket): after a colon ("...: the HLPF, ECOSOC
    or the Assembly?"), a dash ("- the HLPF?") or "for instance", "such as", "e.g.", up to a verb that carries
    the clause on ("such as Cyrillic or Thai are supported"), or else the end of the sentence; an aside after
    ", for instance" without such a verb ends at its next comma. Or after the sentence (:func:`_offered_after`).
    A "how" offers means only after "for example" and its kin, or a colon or short questions naming means.
    None when it offers none."""
    asks = _WHICH.search(question or "")
    if not asks:
        return None
    stop = re.compile(r"[?)]").search(question, asks.end())
    limit = stop.start() if stop else len(question)
    how = asks.group(0).lower() == "how"
    m = _OFFERED.search(question, asks.end(), limit)
    if not m:
        return _offered_after(question, stop.end(), how) if stop and stop.group(0) == "?" else None
    verb = _GOES_ON.search(question, m.end(), limit)
    end = verb.start() if verb else limit
    if m["aside"] and not verb:
        comma = question.find(",", m.end(), limit)
        end = comma if comma >= 0 else end
    if m["dash"] and (how or _NOT_OFFERED.match(question[m.end():end]) or item_plain(question[m.end():end].strip())):
        return None  # "how often - per X?", "- I need it for school", "- in the GDC view -": no candidates; after a dash,
        # only named ones ("- the HLPF?"): "- volunteers or staff?" says what is meant, whose paraphrase the texts may hold
    if how and m.group(0).lstrip().startswith(":") and not _means(question[m.end():end]):
        return None  # "how ...: pleased, disappointed?" offers a verdict to weigh, not the means asked for
    return (m.end(), end) if question[m.end():end].strip() else None


def _offered_after(question: str, at: int, how: bool) -> tuple[int, int] | None:
    """Candidates offered after the asking sentence (ending at ``at``), round 21: "does it name any X or Y?", or
    up to three short noun phrases each a question of its own ("...? CC-BY? something like the open data charter?"),
    two or more of them or one naming something ("...? The HLPF?"); not a remark ("Any thoughts?", "Why?")."""
    if named := _NAMES_ANY.match(question, at):
        return named.start(1), named.end(1)
    segments, pos = [], at
    while len(segments) <= 3 and (seg := _SEGMENT.match(question, pos)):
        segments.append(seg)
        pos = seg.end()
    if not segments or len(segments) > 3 or question[pos:].strip():
        return None
    items = [re.sub(r"^(?:(?:something|anything)\s+)?like\s+", "", seg.group(1).strip(), flags=re.I) for seg in segments]
    if any(_NOT_OFFERED.match(item) or len(item.split()) > 5 for item in items) or (len(items) == 1 and item_plain(items[0])):
        return None
    if how and not _means(", ".join(items)):
        return None  # "How did they feel? Pleased? Disappointed?": a verdict, not means
    return segments[0].start(1), segments[-1].end(1)


def item_plain(item: str) -> bool:
    """No capital after its first letter: a lone follow-on question ("really important?") or what follows a dash
    ("- volunteers or paid staff?") names nothing offered."""
    return not any(c.isupper() for c in item[1:])


def _means(listed: str) -> bool:
    """Whether each item of a list after "how ...:" ends in a word WordNet does not know as an
    adjective nor an adverb ("surveys, public hearings, local consultations": means; "pleased,
    disappointed" or "openly, or behind closed doors": a verdict or a manner)."""
    items = [i.split() for i in re.split(r",|;|\bor\b|\band\b", listed) if i.split()]
    heads = [re.sub(r"\W+$", "", words[-1]) for words in items]
    return bool(heads) and all(h and not h.lower().endswith("ly") and is_adjective(h) is False for h in heads)


def offered_unfound(question: str, phrases: list[Phrase], unsure: list[Phrase], locate: Callable) -> tuple[list[Phrase], str]:
    """(the phrases of the candidates a which-question offers, their words in the question) when none
    of them is in the passages (all are ``unsure``: not word for word, nor by WordNet); ([], "") else.
    ``locate``: where a phrase stands in the question (``concepts.locate``)."""
    span = offered_examples(question)
    offered = [ph for ph in phrases if span and (at := locate(question, ph)) and span[0] <= at[0] < span[1]]
    if not offered or not all(any(ph is u for u in unsure) for ph in offered):
        return [], ""
    said = re.sub(r"\?\s+(?:(?:something|anything)\s+like\s+|like\s+|or\s+)?", " or ", question[span[0]:span[1]], flags=re.I)  # "CC-BY? the charter"
    listed = re.sub(r",?\s*(?:or\s+|and\s+)?(?:something|anything)\s+else$|,?\s*(?:or\s+other\w*|etc)\.?$", "",  # "..., something else"
                    " ".join(said.split()).strip(" ,.;:"), flags=re.I)
    # "the ones for Africa"; "through impact assessments"
    return offered, re.sub(r"^(?:(?:the\s+ones|those|ones)\s+(?:for|of|in|from)|through|by|via|with|using)\s+", "", listed, flags=re.I)
