"""A question's concept phrases: the runs of content words the concept check tests (``concepts``).

Frame words ("what do the texts say about"), punctuation and word classes (``wordclass``: verbs and
adverbs) cut the question; what remains are noun phrases such as "digital services taxes".
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from wsis.assistant import lexicon, synonyms, wordclass
from wsis.assistant.frame_words import FRAME
from wsis.assistant.idioms import idiom_word

_KIND_OF_LANGUAGE = set("sign plain programming mother native minority indigenous foreign official local".split())
# a part of a text by its place ("the first strand", "its last action line"; ``regions``)
_ORDINAL_WORDS = set("first second third fourth fifth sixth seventh eighth ninth tenth last final opening closing".split())
_PLACED_PART = _ORDINAL_WORDS | set("strand strands section sections chapter chapters heading headings action pillar pillars".split())
# a word: letters of any script ("Côte", "São"), inner hyphens of any kind ("e‑waste" with U+2011,
# "post–2015" typed with an en dash), apostrophes
HYPHENS = "\u2010\u2011\u2012\u2013\u2212-"
_WORD = re.compile(rf"[^\W\d_][\w'’{HYPHENS}]*(?:\+\d+(?![\w+]))?|\d+[^\W\d_]*")  # "WSIS+20": one name
_TOKEN = re.compile(rf"{_WORD.pattern}|[^\w\s'’]")
_CONTRACTION = re.compile(r"(?:n't|'(?:ve|re|ll|d|m))$")  # "can't", "we've": a verb, not a concept
# of a phrasal verb ("switching off the internet"); before a noun, the kind of answer asked for ("which", "what")
_PARTICLES, _WH = {"off", "out", "down", "up", "away", "back"}, {"which", "what", "whose"}
# a measure after an embedded "how", alone, is the size asked for, which the texts need not say in that word ("check every
# year how wide the divide is": "measuring the gap"); a quality ("how strong") or prevalence ("how common") the texts must address
_DEGREE = {"big", "large", "small", "high", "low", "long", "wide", "great"}
_BREAK, _PAPERS = set(",;:?!()[]\u2014"), {"papers", "paper", "docs", "doc"}  # "these (un) papers, docs": the texts; not "research papers"
_LIKENED = re.compile(rf"[{HYPHENS}](?:style|like|type|esque)$")  # "an IPCC-style body": likened to, not asked about
_PRONOUNS = {"they", "we", "you", "it", "he", "she", "one", "i", "states", "governments", "countries"}
_AUX = {"be", "been", "being", "to"}  # "be closed", "to publish": a verb follows
_GLUE = {"of", "and", "the", "for", "on", "in", "to", "a", "an", "with", "by"}  # inside a term: not its words
_DETERMINERS = {"the", "a", "an", "their", "its", "his", "her", "our", "your", "this", "these", "those", "that"}
_MODAL = {"is", "are", "was", "were", "should", "will", "would", "shall", "can", "could", "may", "might", "must",
          "do", "does", "did"}  # a verb follows only after a pronoun: "do they fight", "should we do"
KEPT_AS = {"safe", "secure", "private", "open", "free", "accessible", "affordable", "available", "confidential", "anonymous"}  # keep X safe


@dataclass
class Phrase:
    text: str  # as the user wrote it
    words: list[str]  # content words, in order
    present: bool = True
    # best cosine with a candidate sentence (when checked); the cross-lingual check's is that cosine less
    # the phrase's best cosine with a common English word (concepts_xlang, common_words)
    similarity: float = 0.0
    span_similarity: float = 0.0  # best cosine with a candidate's short span (``concepts._span_paraphrases``)
    checked: bool = False  # not found word for word: tested for a paraphrase
    importance: float = 0.0  # 1 - cosine(question, question without this phrase)
    # right after "which"/"what"/"how many", or a measure after an embedded "how" ("check how wide the divide is"): the
    # kind of answer asked for ("in which city", "what time frame"), which the texts need not name ("held in New York")
    answer_type: bool = False
    time_limit: bool = False  # "any deadline?", "a timeline": not tested when ``deadlines`` checks it (round 42)
    named: str = ""  # what a missing phrase is named by, if not whole: the acronym no text uses ("the CSTD's role": the CSTD)
    # a lexicon's UN policy term it names ("climate change") no indexed paragraph uses: missing below the term minimum (``concepts``)
    term: str = ""


# a Roman numeral, in French also as an ordinal: "phase II", "XXIe siècle" (a number, not a name)
_ROMAN = re.compile(r"[IVX]{2,6}(?:e|er|ème|eme)?")


def is_acronym(word: str) -> bool:
    """Two capitals or more, letters and digits only ("UNESCO", "ICTs", "R&D", "COVID-19", "WSIS+20"); not a Roman numeral."""
    return sum(c.isupper() for c in word) >= 2 and re.sub(r"&|[-+](?=\d+$)", "", word).isalnum() and not _ROMAN.fullmatch(word)


def _words(text: str) -> list[str]:
    text = re.sub(r"(?<=\s)[-\u2012\u2013\u2212]+(?=\s)", " ; ", text.replace("’", "'"))  # "gig workers - delivery riders": two phrases
    return [re.sub(r"'s?$", "", w) if w[0].isalnum() else w for w in _TOKEN.findall(text)]  # (round 40); not "10-year"


@functools.lru_cache(maxsize=4096)
def _tags(words: tuple[str, ...]) -> list[str]:
    return wordclass.tags(words)


# a retrieval checks the same question twice (before and after promoting), and the candidates' sentences,
# tagged for their short phrases, recur from question to question (a corpus has a few thousand)
@functools.lru_cache(maxsize=4096)
def _classes(words: tuple[str, ...], question: str | None) -> list[str] | None:
    """Word classes of the topic's words, read in the whole question when given: the topic is a
    fragment ("link digital technology to climate change"), where a verb can pass for a noun."""
    own = wordclass.word_classes(words, _tags(words))  # the same tags serve the shared-head rule
    if own is None or not question:
        return own
    asked = _words(question)
    in_question: dict[str, str] = {}
    for w, cls in zip(asked, wordclass.word_classes(asked) or []):
        in_question.setdefault(w.lower(), cls)
    return [in_question.get(w.lower(), cls) for w, cls in zip(words, own)]


def _words_before(topic: str, question: str | None) -> tuple[str, str]:
    """The two words of ``question`` before the topic cut from it, lower case ("" when none): the
    topic of "What time frame is ... meant to cover?" starts at "time frame", whose "what" is cut.
    The topic is found by its first words (the retriever also cuts names out of its middle)."""
    lower = lambda text: [w.lower() for w in _words(text or "") if w[0].isalnum()]  # noqa: E731
    asked, start = lower(question), lower(topic)[:3]
    for n in range(len(start), 0, -1):
        at = next((i for i in range(len(asked) - n + 1) if asked[i:i + n] == start[:n]), -1)
        if at >= 0:
            before = ["", "", *asked[:at]]
            return before[-2], before[-1]
    return "", ""


def concept_phrases(topic: str, question: str | None = None) -> list[Phrase]:
    """The question's concepts: runs of content words in noun phrases, cut by frame words, punctuation
    (a comma, colon or bracket: "governments, business" are two) and the verbs and adverbs
    (``wordclass``: "small firms sell abroad" is "small firms"). A verb is no concept phrase (its noun may
    be a term no text uses: ``terms.verb_terms``).
    Without the tagger, only a word right after an auxiliary ("be closed", "do they fight") and adverbs
    in -ly are cut. ``question``: the whole question the topic was cut from (its words are tagged there)."""
    phrases: list[Phrase] = []
    run: list[str] = []
    prev2, prev = _words_before(topic, question)
    typed = False  # the run follows "which", "what" or "how many"
    degree = False  # the run is a measure after an embedded "how" ("... how wide the divide is"): the size asked for
    measures: list[bool] = []  # each phrase: typed as such a measure

    spans: list[tuple[int, int]] = []  # each phrase's first and last word index in ``words``
    run_at: list[int] = []  # the index of each word of the run

    def close() -> None:
        low = {w.lower() for w in run}  # an ordinal and a part's name: "last" alone stays ("its very last line")
        placed = low <= _PLACED_PART and bool(low & _ORDINAL_WORDS) and bool(low - _ORDINAL_WORDS)
        if run and not placed:  # "the last action line": a place in a text, no concept ("Decade of Action" is one)
            phrases.append(Phrase(" ".join(run), list(run), answer_type=typed or (degree and len(run) == 1),
                                  time_limit=" ".join(run).lower() in _TIME_LIMITS))
            measures.append(not typed and degree and len(run) == 1)
            spans.append((run_at[0], run_at[-1]))
        run.clear()
        run_at.clear()

    # words and punctuation, tagged together (the tagger reads "?" and "," as context)
    words = _words(topic)
    classes = _classes(tuple(words), question)
    for at, (w, cls) in enumerate(zip(words, classes or [wordclass.NOUN] * len(words))):
        low = w.lower()
        if not w[0].isalnum():
            if w in _BREAK or (w == "." and at > 0 and _next_word(words, at) and words[at + 1][:1].isupper()
                                  and not re.fullmatch(r"[A-Z][a-z]{0,2}|[A-Z]", words[at - 1])) or (w == "/" and 0 < at < len(words) - 1 and all(len(x) > 1 and x.isalpha() and x.islower() for x in words[at - 1:at + 2:2])):
                close()  # "open data / open software": two wordings (round 28); not "78/265", "A/RES", "2G/3G", "DNS / IP address"
            continue
        if cls == wordclass.NEW_PHRASE:  # "the input | people sent in": two concepts
            close()
            cls = wordclass.NOUN
        if classes is None:
            after_aux = prev in _AUX or (prev in _PRONOUNS and prev2 in _MODAL)
            if (after_aux and low not in FRAME) or (low.endswith("ly") and len(low) > 4):
                cls = wordclass.ADVERB
        if run and low.endswith("ing") and len(low) >= 5 and _next_word(words, at) in _DETERMINERS | _PARTICLES:
            cls = wordclass.VERB  # "terrorists using the internet", "governments switching off": a participle, not a noun
        listed = ":" in words[:at] and any(w in (",", "or") for w in words[len(words) - words[::-1].index(":"):at])
        if (run and cls == wordclass.VERB and low.endswith("s") and listed  # an item of a list after a colon
                and _next_word(words, at) in ("", ",", "?", ";", ".", "or", "and")):
            cls = wordclass.NOUN  # an item of a list offered after a colon ends in a noun: "...: tax returns, business permits?"
        if (low in ("work", "works") and run and "how" in (x.lower() for x in words[:at])
                and _next_word(words, at) in ("", "?", ".", ",", ";", "and", "in")):
            cls = wordclass.VERB  # "explain how digital taxes work": the verb, not a kind of taxes
        if (low == "strings" and _next_word(words, at) == "attached") or (  # "strings attached": conditions, an idiom;
                low in ("case", "cases") and prev in _IN_CASE and _next_word(words, at) in ("", "?", ".", ",", ";", "!")):
            close()  # "what is it in each case?" (round 21); not "case law", "case studies"
            continue
        if low in _WHEN_DONE and _next_word(words, at) in _DONE:
            close()  # "the common vision first set out at Geneva": when it was done, not part of the concept (round 24)
            continue
        if idiom_word(words, at):  # "a (common) thread (connecting) X to Y?", "down the road" (``idioms``)
            run[:] = [] if all(r.lower() in _STANCE for r in run) else run  # "common": the frame's, before close()
            close()
            continue
        if low in ("precedent", "precedents") and _next_word(words, at) in ("in", "for", "from", "set"):
            close()  # "is there precedent in both texts for ...": the frame's (round 25); not "legal precedent?"
            continue
        if low in _CHIP_IN and _next_word(words, at) == "in" and prev in _BEFORE_VERB:  # "who is expected to pitch in": a verb
            close()
            continue
        if _who_is_charged(words, at):  # "who is responsible for promoting ICTs": actors asked for, not a concept (round 46)
            close()
            continue
        if low in ("online", "offline") and run and _got(words, run_at[0]):  # "getting the countryside online": the
            close()  # countryside is the concept, "online" is where the verb puts it
            continue
        glued = at > 0 and words[at - 1] == "+" and low.isdigit()  # "WSIS+10": a name's number, not a word
        # "their own national plan", "broadband plans": a plan a content word names is a concept; "the plan",
        # "the Geneva plan", "the action plan" is a text
        headed = low in ("plan", "plans") and bool(run) and run[-1].lower() != "action" and cls == wordclass.NOUN
        # "sign language", "plain language": a kind of language, not the negotiator's wording (round 18)
        headed = headed or (low == "language" and bool(run) and run_at[-1] == at - 1 and run[-1].lower() in _KIND_OF_LANGUAGE)
        headed = headed or (low in ("clause", "clauses") and bool(run) and run_at[-1] == at - 1)  # "a sunset clause"
        if low in _STANCE_NOUNS and run and run_at[-1] == at - 1 and all(r.lower() in _STANCE for r in run):
            run.clear()  # "a consistent line", "a clear position": the frame's own adjectives, no concept
            run_at.clear()
            if low not in FRAME:  # "a common thread": the noun too is the frame's
                prev2, prev = prev, low
                continue
        if ((low in FRAME and not headed) or len(low) < 2 or (low == "un" and _next_word(words, at).lower() in (FRAME if w == "un" else set()) | _PAPERS)
                or (low in _PAPERS and not run) or _LIKENED.search(low) is not None or glued or re.fullmatch(r"(?:19|20)\d\d", low) is not None
                or _CONTRACTION.search(low) is not None
                or (cls != wordclass.NOUN and not is_acronym(w))):
            close()
        else:
            if not run:
                typed = prev in _WH or (prev in ("many", "much") and prev2 == "how") or (  # "list its jobs": what is asked for
                    prev in ("its", "their") and prev2 in ("list", "name", "enumerate"))
                degree = prev == "how" and prev2 != "" and low in _DEGREE  # not "How wide is ...?" opening the question
            run.append(w)
            run_at.append(at)
        prev2, prev = prev, low
    close()
    if phrases and all(measures):  # "did they say how big?": the measure is all there is to test
        for phrase in phrases:
            phrase.answer_type = False
    phrases = _lexicon_spans(_shared_heads(phrases, spans, words), spans, words)
    # "both" alone ("in both the 2003 plan and the compact", the names cut out) points at texts, names nothing
    return [p for p in phrases if not is_duration(p) and not all(w.lower() in _POINTERS for w in p.words)]


def _got(words: list[str], start: int) -> bool:
    """Whether a verb that takes a thing online ("getting", "bring") stands right before the run at ``start`` or its determiner."""
    before = [w.lower() for w in words[max(0, start - 2):start]]
    return bool(before) and (before[-1] in _GET or (len(before) == 2 and before[-1] in _DETERMINERS and before[0] in _GET))


_GET = set("get gets getting got bring brings bringing brought put puts putting take takes taking go goes going went".split())
_CHIP_IN = set("pitch pitches pitching pitched chip chips chipping chipped factor factors factoring factored".split())  # "to factor in" (round 41)
_BEFORE_VERB = {"to", "will", "would", "should", "must", "can", "could", "may", "might", "shall", "they", "we", "you", "who",
                "i", "and", "also", "everyone", "governments", "states", "countries", "donors", "companies"}  # not "chips in phones"
_POINTERS = {"both", "each", "another", "others", "all"}
_CHARGED_AFTER = set("who whom is are was were be been has have had bears bear bore holds hold takes take took the main primary chief".split())
_CHARGED = {"responsible": "for", "accountable": "for", "responsibility": "for", "responsibilities": "for", "charge": "of"}


def _who_is_charged(words: list[str], at: int) -> bool:
    """"(who is) responsible for", "which body is accountable for", "who has (the) responsibility for", "who is in charge
    of", "who takes charge of": the actors asked for; not "responsible AI", "the responsibility of platforms"."""
    low = words[at].lower()
    before = [w.lower() for w in words[max(0, at - 4):at]]
    return (_CHARGED.get(low) == _next_word(words, at).lower() and bool({"who", "which", "whom"} & set(before))
            and before[-1:] != [] and (before[-1] in (["in", "takes", "take", "took"] if low == "charge" else _CHARGED_AFTER)))

_WHEN_DONE = {"first", "originally", "initially", "later", "previously", "earlier", "once"}
_DONE = set("""set laid made put drawn written given held taken brought agreed adopted proposed outlined expressed stated
described defined launched announced created established raised introduced articulated formulated endorsed""".split())
_IN_CASE = {"each", "every", "either", "any", "this", "that", "which", "such", "both", "all", "no"}  # "in each case", "in both cases"
# how firm or shared a stance is ("a consistent line", "a clear position"): part of the frame word they qualify
_STANCE_NOUNS = {"line", "lines", "position", "positions", "stance", "stances", "approach", "approaches", "view", "views",
                 "thread", "threads", "ground"}  # "a common thread", "common ground": what the texts share
_STANCE = {"consistent", "clear", "firm", "strong", "coherent", "unified", "common", "official", "particular", "specific",
           "general", "overall", "explicit", "concrete", "definite", "single", "formal", "unambiguous", "precise", "real"}
_NUMBERS = set("""one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
    seventeen eighteen nineteen twenty thirty forty fifty hundred few several couple half""".split())
# a time limit asked about as such (round 42: "any deadline?"): the kind of answer, checked by ``deadlines``
_TIME_LIMITS = {"deadline", "deadlines", "timeline", "timelines", "timeframe", "timeframes", "time frame", "time frames",
                "target date", "target dates", "end date", "end dates", "cut-off date", "cutoff date", "time limit", "time limits",
                "time-frame", "time-frames", "end-date", "end-dates", "cut off date"}
_TIME_UNITS = {"year", "years", "decade", "decades", "month", "months", "week", "weeks", "day", "days"}


def is_duration(phrase: Phrase) -> bool:
    """A span of time ("twelve years later", "a decade on", "ten-odd years"): when, not a concept to name."""
    low = [w.lower() for w in phrase.words]
    parts, rough = [p for w in low for p in w.split("-")], ("odd", "something", "ish", "plus")  # "ten-odd", "10 odd" (round 27)
    return bool(low) and low[-1] in _TIME_UNITS and phrase.words[-1].islower() and parts[0] not in rough and all(
        p in _NUMBERS or p.isdigit() or p in _TIME_UNITS or p in rough for p in parts)


def verbs(question: str) -> list[str]:
    """The words the tagger reads as the question's verbs, as written ("should platforms be taxed?":
    "be", "taxed"); none without the tagger."""
    words = _words(question)
    classes = _classes(tuple(words), None) or []
    return [w for w, cls in zip(words, classes) if cls == wordclass.VERB and w[:1].isalpha()]


def _next_word(words: list[str], at: int) -> str:
    return words[at + 1].lower() if at + 1 < len(words) else ""


def _lexicon_spans(phrases: list[Phrase], spans: list[tuple[int, int]], words: list[str]) -> list[Phrase]:
    """A UN term of the lexicon written with frame words ("Internet of Things", "freedom of the
    press") is one concept: the phrases inside its span become the term as the user wrote it."""
    if len(phrases) != len(spans):  # _shared_heads merged phrases: their spans no longer line up
        return phrases
    low = [w.lower() for w in words]
    for term in _framed_terms():
        n = len(term)
        for start in range(len(low) - n + 1):
            if tuple(low[start:start + n]) != term:
                continue
            # the phrases inside it or running across its edge ("freedom of expression online": the term and
            # its modifier, one concept, not "freedom" and "expression online")
            inside = [i for i, (s, e) in enumerate(spans) if s < start + n and e >= start]
            lo = min([start] + [spans[i][0] for i in inside])
            hi = max([start + n - 1] + [spans[i][1] for i in inside])
            if not inside or [spans[i] for i in inside] == [(lo, hi)]:
                continue  # no phrase inside, or the term already whole
            merged = Phrase(" ".join(words[lo:hi + 1]), [w for w in words[lo:hi + 1] if w.lower() not in _GLUE])
            first = inside[0]
            phrases = phrases[:first] + [merged] + [p for i, p in enumerate(phrases) if i > first and i not in inside]
            spans = spans[:first] + [(lo, hi)] + [sp for i, sp in enumerate(spans) if i > first and i not in inside]
            return _lexicon_spans(phrases, spans, words)
    return phrases


@functools.lru_cache(maxsize=1)
def _framed_terms() -> tuple[tuple[str, ...], ...]:
    """The lexicon's English terms of two or more words with a frame word among them (not "and" or
    "or"), longest first."""
    terms = {tuple(v.lower().split()) for line in lexicon.english_lines() for v in line}
    # "women and girls": a list, which the concept check weighs member by member and together
    framed = (t for t in terms if len(t) >= 2 and any(w in FRAME for w in t) and not {"and", "or"} & set(t))
    return tuple(sorted(framed, key=len, reverse=True))


def _shared_heads(phrases: list[Phrase], spans: list[tuple[int, int]], words: list[str]) -> list[Phrase]:
    """An adjective joined by "and"/"or" to the next noun phrase shares its head: "economic and social
    progress" is one concept, not "economic" and "social progress" (no answer says "the texts do not
    mention economic"). The adjective must be one in WordNet too, when it is installed."""
    joined = len(phrases) >= 2 and any([w.lower() for w in words[e + 1:s]] in (["and"], ["or"])
                                       for (_s, e), (s, _e) in zip(spans, spans[1:]))
    found = _tags(tuple(words)) if joined else []
    out: list[Phrase] = []
    for i, phrase in enumerate(phrases):
        if out and found:
            (s0, e0), s1, last = spans[i - 1], spans[i][0], out[-1]
            if (all(found[k].startswith("AJ") and synonyms.is_adjective(words[k]) is not False for k in range(s0, e0 + 1))
                    and len(last.words) == e0 - s0 + 1
                    and [w.lower() for w in words[e0 + 1:s1]] in (["and"], ["or"]) and len(phrase.words) >= 2):
                out[-1] = Phrase(f"{last.text} {words[e0 + 1]} {phrase.text}", last.words + phrase.words,
                                 answer_type=last.answer_type)
                continue
        out.append(phrase)
    return out


def ends_in_adjective(phrase: Phrase, topic: str) -> bool:
    """Whether the tagger reads the phrase's last word as an adjective in ``topic`` ("keep users safe"): a predicate, not a head."""
    words = _words(topic)
    where = len(phrase.words) >= 2 and phrase.words[-1].lower() in ("online", "offline")  # "children online": where (round 41)
    last = phrase.words[-2] if where else phrase.words[-1] if phrase.words else ""
    # "keeping users and their private information safe": the tagger reads a long object's predicate as a noun (round 32)
    kept = last.lower() in KEPT_AS and re.search(rf"\b(?:keep|keeps|keeping|kept|make|makes|making|made)\s+(?:[\w'’-]+\s+){{1,8}}?"
                                                 rf"{re.escape(last)}(?:\s+(?:online|offline))?\s*(?:[?.!,;]|$)", topic, re.I)
    return bool(kept) or any(w == last and t.startswith("AJ") for w, t in zip(words, _tags(tuple(words))))


# what a body, fund or meeting is called by ("the Internet Governance Forum", "the Forum"): its name takes "the"
BODY_NOUNS = {"forum", "fund", "council", "commission", "union", "organization", "organisation", "panel", "office",
               "conference", "committee", "dialogue", "partnership", "alliance", "facility", "group", "network",
               "programme", "program", "summit", "assembly", "secretariat", "initiative", "observatory", "agency",
               "bank", "board", "task", "force", "platform", "mechanism", "body", "centre", "center", "institute"}


def as_named(phrase: Phrase) -> str:
    """A concept as a sentence names it: a body's capitalised name with its article ("the Internet
    Governance Forum", "the Forum"), anything else as written ("spam", "ICANN", "Africa")."""
    words = phrase.words
    if words and all(w[:1].isupper() for w in words) and words[-1].lower() in BODY_NOUNS \
            and not phrase.text.lower().startswith("the ") and not is_acronym(words[-1]):
        return f"the {phrase.text}"
    return phrase.text


# what a question asks for that an answer must name as such: "what sanctions does the compact foresee?" is
# answered by a text on sanctions or penalties, not by any commitment (round 17); tested as any concept
_NAMED_AS_SUCH = re.compile(r"(?:sanction|fine|penalt(?:y|ie)|punishment|indicator|metric|benchmark|yardstick|remed(?:y|ie)"
                            r"|safeguard|criteri(?:on|a)|licen[cs]e|tax(?:e)?|quota|subsid(?:y|ie)|tariff|incentive)s?", re.I)


def named_as_such(phrase: Phrase) -> bool:
    """The kind of answer asked for, which an answer must name as such ("what sanctions", "which indicators")."""
    return bool(phrase.answer_type) and bool(phrase.words) and bool(_NAMED_AS_SUCH.fullmatch(phrase.words[-1]))


def asked_for(phrase: Phrase) -> bool:
    """The answer type ("in which city", "what time frame", "check how wide the divide is"): what is
    asked for, which the texts need not name ("New York"); never tested, unless an answer must name it
    as such ("what sanctions", "which indicators")."""
    return (bool(phrase.answer_type) and len(phrase.words) <= 2 and not any(map(is_acronym, phrase.words))
            and not named_as_such(phrase))
