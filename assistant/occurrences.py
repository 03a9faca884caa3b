"""Questions that ask where a subject comes up in a text: every place ("Where does language come up in
it?", "I need every line, not just the first", "how many times does it come up?", "Which paragraphs of
the GDC deal with AI?") or the first one
("At what point does narrowing the gap first come up?").

Topic retrieval ranks the paragraphs most like the question; a negotiator asking for every mention
wants each paragraph that uses the text's wording for the subject, in the text's order, and for the
first mention the earliest of them. The wording is found in the best candidate: the question's own
words when that paragraph uses them ("language"), else the longest run of content words it shares
with other paragraphs of its text ("protect human rights online", said again in later lines); a
wording found in more than half of a text's paragraphs ("the information society") says nothing of
the subject. Those paragraphs come first (in the part asked about, when one is); nothing is dropped.
English questions only.
"""
from __future__ import annotations

import re
from typing import Callable, Sequence

from wsis.assistant.candidates import quoted_phrases
from wsis.assistant.regions import in_region
from wsis.assistant.terms import norm_tokens
from wsis.prompts.messages import join_list, message
from wsis.types import Paragraph, Passage, reader_label

MAX_PLACES = 8  # places quoted first
MAX_TEXT = 3000  # paragraphs of a text read for its wording: a longer one (a generated index) is left to the ranking
_EVERY = re.compile(
    r"\b(?:every|each|all)\s+(?:the\s+|of\s+the\s+)?(?:lines?|places?|mentions?|paragraphs?|paras|passages?|instances?|"
    r"occurrences?|references?|spots?)\b|\bnot\s+just\s+(?:the\s+first(?:\s+(?:one|line|place|mention))?|one\s+(?:line|place|mention|paragraph))\b"
    r"|\bwhere\s+(?:else\s+)?(?:does|do|did|is|are|was|were)\b[^?.]{1,80}?\b(?:come|comes|came)\s+up\b"
    r"|\bwhere\s+(?:else\s+)?(?:is|are|was|were)\b[^?.]{1,80}?\b(?:mentioned|referred\s+to|used|found)\b"
    r"|\bwhere\s+(?:else\s+)?(?:does|do|did)\b[^?.]{1,80}?\b(?:appear|occur)\b"  # "where does the phrase 'X' appear?"
    r"|\bwhere\s+(?:else\s+)?(?:does|do|did)\b[^?.]{1,60}?\b(?:mention|speak\s+(?:of|about)|talk\s+about|refer\s+to)\b"
    # "which paragraphs of the GDC deal with AI?", "list the provisions on X": the plural asks for each one
    r"|\b(?:which|what)\s+(?:other\s+)?(?:(?-i:[A-Z][\w+/.'’-]*)\s+){0,4}(?:paragraphs|paras|passages|provisions|clauses|sub-?paragraphs)\b"
    # "list the provisions on X", "list all GDC paras on X", "show me all the Tunis Agenda paragraphs on X"
    r"|\b(?:list|show\s+me|give\s+me|find)\s+(?:all\s+|every\s+|each\s+)?(?:of\s+)?(?:the\s+)?(?:(?-i:[A-Z][\w+/.'’-]*)\s+){0,4}"
    r"(?:paragraphs|paras|passages|provisions|clauses)\b"
    # "everything the GDC says about AI", "all the GDC language on open data" (tester Z)
    r"|(?:^\s*|\b(?:give|show|quote|list|tell|find)\s+(?:me\s+|us\s+)?)everything\s+(?:that\s+)?(?:the\s+)?(?:[\w+/.'’-]+\s+){0,4}?(?:says?|said)\s+(?:about|on)\b(?![^?]*\b(?:is|are|was|were)\b)"
    # "give me all the agreed language on X in the GDC" (tester AB H2): the request's adjective asks for no less
    r"|\ball\s+(?:of\s+)?(?:the\s+)?(?:(?-i:[A-Z][\w+/.'’-]*)\s+){0,4}(?:(?:agreed|exact|relevant|negotiated|official)\s+)?"
    r"(?:language|wording|references)\s+(?:on|about)\b", re.I)
# "how many times does it come up?", "how many paragraphs mention it?": how often the texts say it (not
# "how many times has the IGF met?")
_TIMES = re.compile(r"\bhow\s+many\s+(?:times|paragraphs|passages|provisions|places)\b(?!\s+(?:a|per|each|every)\b)", re.I)
_SAID = re.compile(r"\b(?:comes?\s+up|came\s+up|mention\w*|appears?|appeared|used|uses?\s+the\s+(?:word|term|phrase)|said|referred\s+to|refers?\s+to|refer\s+to|"
                   r"repeated|occurs?|deals?\s+with|talks?\s+about|talk\s+about|address(?:es)?|"
                   r"(?:paragraphs|passages|provisions)\s+(?:on|about))\b", re.I)
_FIRST = re.compile(
    r"\bfirst\s+(?:comes?\s+up|came\s+up|appears?|appeared|(?:gets?\s+|is\s+|was\s+)?mentioned|crops?\s+up|"
    r"shows?\s+up|surfaces?)\b|\b(?:first|earliest)\s+(?:mention|reference|appearance)\b", re.I)
# where or when in the texts, not who did something first ("which country first raised it?")
_WHERE = re.compile(r"\b(?:where|when|at\s+what\s+point|which\s+(?:paragraph|text|document|part|line|section)s?|in\s+which)\b", re.I)
# the whole list a subject is part of: "I'd like the full list, not just one item", "summarise all of it"
_WHOLE = re.compile(r"\b(?:full|complete|whole|entire)\s+list\b|\b(?:summari[sz]e|list|quote|give|show|read|tell)\s+(?:me\s+|us\s+)?"
                    r"all\s+of\s+(?:it|them)\b|\bnot\s+just\s+(?:the\s+)?"
                    r"(?:one|first)\s+(?:item|point|thing|priority|element)s?\b|\b(?:the\s+)?(?:whole|entire)\s+(?:part|section|chapter)\b",
                    re.I)
# a part by its letter or number, asked for whole: "what is under section B?", "what does chapter II of X say?"
_PART = r"(?:section|part|chapter)\s+(?-i:[A-Z]|[IVX]{1,5}|\d{1,2})\b(?!\()"
_OF_TEXT = r"(?:\s+of\s+(?:the\s+)?(?-i:[A-Z0-9])[^?;]{0,80}?)?"  # "of the WSIS+10 Statement", not "of my report"
_PART_WHOLE = re.compile(rf"\bwhat(?:['’]s|\s+is|\s+are)\s+(?:under|in)\s+{_PART}{_OF_TEXT}\s*[?.!]?\s*$"
                         rf"|\bwhat\s+(?:does|do)\s+{_PART}{_OF_TEXT}\s+(?:say|contain|cover|include|set\s+out)\s*[?.!]?\s*$"
                         rf"|\b(?:summari[sz]e|quote|list|show|read)\s+(?:me\s+|us\s+)?(?:all\s+of\s+)?{_PART}{_OF_TEXT}\s*[?.!]?\s*$"
                         rf"|^\s*(?:and\s+)?(?:the\s+)?{_PART}{_OF_TEXT}\s*\??\s*$"
                         # "geneva declaration section B", "Geneva Declaration, section B": a name, then the part
                         rf"|^\s*(?!(?:what|which|how|who|where|when|why|does|do|did|is|are|can|has|have|compare)\b)(?:the\s+)?"
                         rf"(?:(?!\b(?:in|on|about|under|for|with|from|of|and|or|section|chapter|part)\b)[\w/+.’' -]){{2,80}}?[,\s]+{_PART}\s*[?.!]?\s*$", re.I)
EVERY, FIRST, WHOLE = "every", "first", "whole"
_PRONOUNS = {"them"}  # a pronoun subject norm_tokens keeps ("it", "this", "they" are dropped as stopwords)
# the words that ask where, not what: never the subject's wording
_ASKING = set(norm_tokens("where when which what first come comes came up mention mentioned mentions appear appears "
                          "appeared raise raised crop crops show time times place places line lines every each all "
                          "text texts document documents paragraph paragraphs say says said talk speak refer referred "
                          "earliest point many just need like full list item items passage passages provision provisions "
                          "clause clauses subparagraph subparagraphs deal deals dealt address addresses cover covers "
                          # what a request adds around its subject ("please give me, specifically, ...")
                          "please give me us you tell show about specifically exactly particular anything kindly provide "
                          "quote "
                          # a text named by its kind ("the plan", "the compact"): where, not what
                          "plan agenda compact pact declaration commitment resolution statement vision outcome"))


def asked_places(question: str) -> str:
    """``FIRST`` when the question asks where a subject first comes up, ``WHOLE`` when it asks for the
    whole list or part a subject is in, ``EVERY`` when it asks for each place, "" otherwise."""
    question = question or ""
    if _FIRST.search(question) and _WHERE.search(question):
        return FIRST
    if _WHOLE.search(question) or _PART_WHOLE.search(question):
        return WHOLE
    return EVERY if _EVERY.search(question) or (_TIMES.search(question) and _SAID.search(question)) else ""


# the subject a where-question names: "where does *language* come up", "is *open data* first mentioned",
# "where does it first talk about *human rights*"
_SUBJECT = (re.compile(r"\b(?:does|do|did|is|are|was|were)\s+(?P<s>[^?.,;]+?)\s+(?:first\s+)?(?:comes?|came)\s+up\b", re.I),
            re.compile(r"\b(?:is|are|was|were)\s+(?P<s>[^?.,;]+?)\s+(?:first\s+)?(?:mentioned|raised|referred\s+to)\b", re.I),
            re.compile(r"\b(?:mentions?|speaks?\s+(?:of|about)|talks?\s+about|refers?\s+to|says?\s+(?:about|on))\s+(?P<s>[^?.,;]+)", re.I),
            re.compile(r"\b(?:language|wording|text|references)\s+(?:on|about)\s+(?P<s>[^?.,;]+)", re.I))


def subject_of(question: str) -> str:
    """The words of the subject a where-question names, "" when it names none this way."""
    for pattern in _SUBJECT:
        m = pattern.search(question or "")
        if m:
            return m.group("s")
    return ""


def _runs(paragraph: Paragraph) -> list[str]:
    return norm_tokens(paragraph.text)


def _holds(tokens: list[str], wording: list[str]) -> bool:
    """Whether ``wording`` stands in ``tokens`` as a run (one word: anywhere)."""
    n = len(wording)
    return any(tokens[i:i + n] == wording for i in range(len(tokens) - n + 1))


def _grams(tokens: list[str], longest: int = 6) -> set[tuple[str, ...]]:
    return {tuple(tokens[i:i + n]) for n in range(2, longest + 1) for i in range(len(tokens) - n + 1)}


def wording_of(best: Paragraph, text: Sequence[Paragraph], asked: set[str]) -> tuple[list[str], bool]:
    """The text's wording for the subject in ``best`` and whether it is a run: the question's words
    (``asked``, stemmed) it uses, or else the longest run of two or more of its content words found
    again in another paragraph of its text (``text``); none said in more than half of the text's
    paragraphs. ([], False) when it has none."""
    runs = [_runs(p) for p in text if p.id != best.id]
    limit = max(1, (len(runs) + 1) // 2)
    tokens = _runs(best)
    words = [set(r) for r in runs]
    own = [w for w in dict.fromkeys(tokens) if w in asked and sum(w in r for r in words) < limit]
    if own:
        return own, False
    grams = [_grams(r) for r in runs]  # each paragraph's runs once: a long text stays linear
    for n in range(min(6, len(tokens)), 1, -1):
        for i in range(len(tokens) - n + 1):
            run = tuple(tokens[i:i + n])
            if any(w.isdigit() for w in run):
                continue
            if 1 <= sum(run in g for g in grams) < limit:
                return list(run), True
    return [], False


def under_heading(text: Sequence[Paragraph], asked: set[str]) -> list[Paragraph]:
    """The numbered paragraphs of ``text`` under a heading whose words are the words asked (stemmed), [] without one."""
    heads = [h for h in dict.fromkeys(h for p in text for h in p.section) if asked and set(norm_tokens(h)) == asked]
    return [p for p in text if p.numbered and heads[0] in p.section] if heads else []


def places_first(question: str, passages: list[Passage], text_of: Callable[[str], Sequence[Paragraph]],
                 make: Callable[[str, float], Passage | None], inside: Callable[[Paragraph], bool] | None = None,
                 topic: str = "", chronology: Sequence[str] = (), named: Sequence[str] = ()) -> tuple[list[Passage], list[str], list[str]]:
    """(``passages`` with the places of the subject first, their ids, and for "every place" the ids of
    all of them, however many) for a question asking where a subject comes up; (``passages``, [], [])
    otherwise. ``text_of``: a document's paragraphs in order;
    ``make``: a passage for a paragraph id; ``inside``: the part of the text asked about;
    ``chronology``: the texts in the order they were adopted, when the question names none ("where
    does open data first come up?": in the earliest text that uses the wording)."""
    mode = asked_places(question)
    candidates = [p for p in passages if p.paragraph.numbered and (inside is None or inside(p.paragraph))
                  and (not named or p.paragraph.doc_id in named)]  # a text named: its own places
    if not mode or not candidates:
        return passages, [], []
    # the best candidate: the one holding most of the asked words ("multi-stakeholder" over "all
    # stakeholders"), then by meaning (BM25 also matches the frame's words: "every line": "invented line 4")
    asked = set(norm_tokens(subject_of(question))) - _ASKING - _PRONOUNS  # "how many times does *it* come up?": the topic's
    asked = asked & set(norm_tokens(topic)) or asked if topic else asked  # "on X in the Global Digital Compact": X, not the text's name
    asked = asked or set(norm_tokens(topic or question)) - _ASKING
    best = max(candidates[:5], key=lambda p: (len(asked & set(_runs(p.paragraph))), p.scores.get("dense", 0.0))).paragraph
    quoted = [norm_tokens(q) for q in quoted_phrases(question, 1)]  # "the phrase 'people-centred'", "the word 'digital'"
    holder = next((p.paragraph for p in passages if (not named or p.paragraph.doc_id in named) and (inside is None or inside(p.paragraph))
                   for q in quoted if q and _holds(_runs(p.paragraph), q)), None)  # a preambular one too
    best = holder or best
    text = [p for p in text_of(best.doc_id) if p.numbered or (holder and not p.label.startswith("title"))]
    if len(text) > MAX_TEXT:
        return passages, [], []
    if mode == WHOLE:  # the part most of the first candidates stand in (the best by meaning on a tie), whole, in its order
        votes = [tuple(p.paragraph.section) for p in candidates[:5] if p.paragraph.doc_id == best.doc_id]
        section = max(votes, key=lambda s: (votes.count(s), s == tuple(best.section)))
        part = [p for p in text if section and tuple(p.section) == section]
        if inside is not None:  # the part asked about ("section C", its sub-parts too), not the best one's sub-part
            part = [p for p in text if inside(p)] or part
        if len(part) < (1 if inside is not None else 2):  # a list of one is no list; a part asked for may hold one paragraph
            return passages, [], []
        at = next((i for i, p in enumerate(part) if p.id == best.id), 0)  # a long part: the stretch around the best
        part = part[max(0, min(at - MAX_PLACES // 2, len(part) - MAX_PLACES)):][:MAX_PLACES]
        found = [q for q in (make(p.id, max(x.score for x in passages)) for p in part) if q is not None]
        ids = {q.id for q in found}
        return found + [p for p in passages if p.id not in ids], [q.id for q in found], []
    under = under_heading(text, asked) if mode == EVERY and holder is None and inside is None else []
    if under:  # "which paragraphs of the GDC deal with Internet governance?": those under that heading, and any that say it
        places = [p for p in text if p in under or (p.numbered and asked <= set(_runs(p)))]
        found = [q for q in (make(p.id, max(x.score for x in passages)) for p in places[:MAX_PLACES]) if q is not None]
        ids = {q.id for q in found}  # shown first, not counted as saying it: a heading is not the text's wording
        return found + [p for p in passages if p.id not in ids], [q.id for q in found], []
    wording, run = (next(q for q in quoted if _holds(_runs(best), q)), True) if holder else wording_of(best, text, asked)
    if not wording:
        return passages, [], []
    says = lambda p: _holds(_runs(p), wording) if run else set(wording) <= set(_runs(p))  # noqa: E731
    places = [p for p in text if (inside is None or inside(p)) and says(p)]
    if holder is not None and mode == EVERY and not named and inside is None:  # a phrase, no text named: every text's places
        held = [p for doc in dict.fromkeys([*chronology, best.doc_id]) for p in text_of(doc)[:MAX_TEXT]
                if (p.numbered or not p.label.startswith("title")) and says(p)]
        places = held if best.id in {p.id for p in held} else places
    # no text named ("everything the texts say on affordable access", tester AB H1): every text's paragraphs that
    # say the words asked, in their order, when the best one says them so (not one text's alone)
    order = [w for w in dict.fromkeys(norm_tokens(subject_of(question) or topic)) if w in asked]
    across = (mode == EVERY and holder is None and not named and inside is None and bool(order)
              and set(wording) >= set(order) and _holds(_runs(best), order))
    if across:
        held = [p for doc in dict.fromkeys([*chronology, best.doc_id]) for p in text_of(doc)[:MAX_TEXT]
                if p.numbered and _holds(_runs(p), order)]
        places, wording, run = (held, order, True) if best.id in {p.id for p in held} else (places, wording, run)
    # an earlier text may have said it first: the wording as one run of words ("multi-stakeholder", not
    # "stakeholders" anywhere in a paragraph that also says "multi")
    phrase = wording if run or _holds(_runs(best), wording) else []
    if mode == FIRST and phrase and best.doc_id in chronology:
        for doc in chronology[:list(chronology).index(best.doc_id)]:
            earlier = [p for p in text_of(doc)[:MAX_TEXT] if p.numbered and _holds(_runs(p), phrase)]
            if earlier:
                places = earlier
                break
    # a quoted phrase, or every word asked used by one paragraph alone ("which paragraphs of the GDC deal
    # with human rights?": para. 8, not four padded quotes): even its one place
    alone = holder is not None or across or (not run and bool(asked) and set(wording) >= asked)
    if len(places) < (1 if alone else 2) and mode == EVERY:
        return passages, [], []
    score = max((p.score for p in passages), default=0.0)  # the first place alone for "where does it first come up"
    found = [q for q in (make(p.id, score) for p in places[:1 if mode == FIRST else MAX_PLACES]) if q is not None]
    ids = {q.id for q in found}
    # counted ("says this in N paragraphs") only for the words asked, each of them, or a quoted phrase: a
    # part of them ("data" of "open data") or the text's other wording is shown first, not counted as saying it
    counted = mode == EVERY and alone
    return found + [p for p in passages if p.id not in ids], [q.id for q in found], [p.id for p in places] if counted else []


def places_in_corpus(question: str, passages: list[Passage], corpus, make: Callable[[str, float], Passage | None],
                     region: str, topic: str, named: Sequence[str], allowed: Sequence[str]) -> tuple[list[Passage], list[str], list[str]]:
    """``places_first`` over the live corpus: a text's paragraphs in order, the part asked about
    (``region``), the ``named`` texts' own places, or, when the question names none, the texts the
    filters allow (``allowed``) by date."""
    return places_first(question, passages, lambda d: [corpus.paragraphs[i] for i in corpus.by_doc.get(d, [])], make,
                        (lambda p: in_region(p, region)) if region else None, topic,
                        [] if named else sorted(allowed, key=lambda d: corpus.documents[d].date or "9999"), named)


def count_line(places: Sequence[Paragraph], titles: dict[str, str], lang: str) -> str:
    """"Global Digital Compact says this in 12 paragraphs: 1, 5, ... and 30. The first 8 are quoted below.":
    how many paragraphs say it, each one's number (with its text's title when several texts do, ``titles``
    by doc id), and how many of them the answer quotes when it quotes fewer (``MAX_PLACES``)."""
    by_text = {d: join_list([reader_label(p.label, p.numbered) for p in places if p.doc_id == d], lang)
               for d in dict.fromkeys(p.doc_id for p in places)}
    line = message("places_texts" if len(by_text) > 1 else "places_count" if len(places) > 1 else "places_one", lang,
                   count=len(places), document=titles[places[0].doc_id],
                   paragraphs=message("list_semicolon", lang).join([f"{titles[d]}: {labels}" if len(by_text) > 1 else labels for d, labels in by_text.items()]))
    return line + (" " + message("places_cut", lang, shown=MAX_PLACES) if len(places) > MAX_PLACES else "")
