"""Documents a question names, and how: a hint for ranking, an explicit restriction ("only in the
Tunis Agenda"), or a text named by its year ("the 2015 review") or its process ("WSIS")."""
from __future__ import annotations

import re
from typing import Sequence

from wsis.assistant.asker import without_asker
from wsis.assistant.event_names import CHANGED as _CHANGED, EVENTS as _EVENTS, NOT_SPEAKING as _NOT_SPEAKING
from wsis.assistant.references import DocumentNames, Reference, parse_references, year_named
from wsis.assistant.subjectless import names_nothing
from wsis.ingest.catalog import catalog_by_id
from wsis.types import DocumentInfo, Passage


_ONLY = re.compile(r"\b(?:only|solely|exclusively|just|strictly)\s+(?:(?:in|from|within|on|by|per)\s+)?(?:the\s+)?$", re.I)
_ONLY_AFTER = re.compile(r"^\s*(?:only|alone)\b", re.I)
# another text asked about beside the restricted one ("or was it already in ...", "also in ...")
_ALTERNATIVE = re.compile(r"\b(?:or|also|already|too|as\s+well|both|compared?|earlier|before|again)\b", re.I)
_EXCLUDED = re.compile(r"\b(?:not|rather\s+than|instead\s+of|excluding|except|without|ignore|ignoring|leave\s+out)\s+(?:in\s+|from\s+)?(?:the\s+)?$", re.I)
_LIMIT = re.compile(r"\b(?:restrict(?:ed|ing)?|limit(?:ed|ing)?|confine[d]?)\s+(?:it\s+|this\s+|yourself\s+|the\s+answer\s+)?to\s+(?:the\s+)?$", re.I)


def restricted_documents(question: str, names: DocumentNames) -> list[str]:
    """Documents the question explicitly restricts itself to: "only in the Tunis Agenda", "in the
    GDC only", "limited to the Plan of Action"."""
    out: list[str] = []
    mentions = names.mentions(question)
    for m in mentions:
        before, after = question[max(0, m.start - 40): m.start], question[m.end:]
        if _ONLY.search(before) or _LIMIT.search(before) or _ONLY_AFTER.match(after):
            if m.doc_id not in out:
                out.append(m.doc_id)
    # "is it something only the GDC covers, or was it already in the Geneva plan?": "only" asks whether
    # the other text says it too, a comparison, unless that text is excluded ("not the Geneva plan")
    others = [m for m in mentions if m.doc_id not in out]
    if out and any(not _EXCLUDED.search(question[max(0, m.start - 30): m.start]) for m in others) \
            and _ALTERNATIVE.search(question):
        return []
    return out


_PROCESS = re.compile(r"\b(WSIS|World Summit on the Information Society)\b(?!\s*[+\d/-])(?!\s+(?:outcome|Forum|Action|Plan|Declaration))")


# "How does Tunis differ from Geneva?", "How did Tunis build on Geneva?": the city set against the other speaks too
_CITY_THEN_CHANGED = re.compile(rf"{_NOT_SPEAKING}\b((?-i:Geneva|Tunis))\b(?!\s+(?-i:[A-Z]))\W+(?:\w+\W+){{0,2}}?{_CHANGED}"
                                r"(?-i:Geneva|Tunis)\b(?!\s+(?-i:[A-Z]))", re.I)
# "what was it set up to do at Tunis": the summit that set it up, its texts (round 26); not where an office is ("in Geneva")
_DONE_AT = re.compile(r"\b(?:set\s+up|created?|establish(?:ed)?|launch(?:ed)?|agreed?|decided?|founded|adopted|commit(?:ted)?)\s+to\s+"
                      r"\w+(?:\s+(?!based|held|located|office)\w+)?\s+at\s+((?-i:Geneva|Tunis))\b(?!\s+(?-i:[A-Z]))", re.I)
# "in Geneva and again in Tunis": the second city speaks for its texts when the first does
_AND_AGAIN = re.compile(r"\band\s+(?:again|also|later)\s+in\s+(Geneva|Tunis)\b", re.I)


# "how is it phrased in Geneva, Tunis and the compact?", "both Geneva and the compact" (any case): a city listed beside a text (or
# the other city) speaks for its texts, as the text does; not where people met ("the summits held in Geneva and Tunis")
_ITEM = (r"(?:(?-i:GDC)|(?i:geneva|tunis)\b|WSIS\s*\+\s*10|A/RES/[\d/]+|the\s+(?:[\w+.-]+\s+){0,3}?"
         r"(?:compact|agenda|commitment|declaration|plan|pact|statement|vision|review|resolution)\b)")
_JOIN = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&|vs\.?|versus)\s+)(?:then\s+|later\s+|also\s+)?"  # "Geneva and then the 2015 review" (round 19)
# not a title's first word ("Tunis Agenda", "tunis agenda"); lower case too ("tunis vs the compact", round 27)
_CITY = re.compile(r"\b(?:Geneva|Tunis)\b(?!\s+(?-i:[A-Z]))(?!\s+(?:agenda|commitment|declaration|plan|phase|summit|text|document)s?\b)", re.I)
_MET_BEFORE = re.compile(r"\b(?:held|hosted|take\s+place|took\s+place|taking\s+place|met|meet|meetings?|attended|attend|convened"
                         r"|gathered|visit\w*|travel\w*|summits?|sessions?|delegates|based|located|offices?|headquartered|venues?"
                         r"|chosen|after|since|before|until|following)\b\W*(?:\w+\W+){0,3}$", re.I)
_MET_AFTER = re.compile(r"^\W*(?:\w+\W+){0,3}?(?:chosen|selected|picked|hosted|hosts?|venues?)\b", re.I)  # "Geneva and Tunis chosen as venues"


def _listed_cities(question: str) -> list[tuple[int, int, tuple[str, ...]]]:
    """Each city listed beside a text or the other city ("Geneva, Tunis and the compact", "both Geneva and the
    compact", "the compact and Tunis", "from Geneva to the compact"), not where people met nor a time ("after Geneva")."""
    out = []
    for m in _CITY.finditer(question):
        listed = re.match(r"(?:\s+(?:in\s+)?(?:2003|2005)\b)?" + _JOIN + _ITEM, question[m.end():], re.I) or re.search(_ITEM + _JOIN + "$", question[:m.start()], re.I) or (
            re.search(r"\bfrom\s+$", question[:m.start()], re.I) and re.match(r"\s+(?:to|into)\s+(?!Geneva|Tunis)" + _ITEM, question[m.end():], re.I)  # "from Geneva to the
            or re.search(r"\bfrom\s+(?!Geneva|Tunis)" + _ITEM + r"\s+(?:to|into)\s+$", question[:m.start()], re.I))  # future generations declaration" (round 21)
        start = min([m.start()] + [x.start() for x in re.finditer(rf"(?:{_ITEM}{_JOIN})+$", question[:m.start()], re.I)])
        if listed and not _MET_BEFORE.search(question[:start]) and not _MET_AFTER.search(question[m.end():]) \
                and not _RELATED_TO.search(question[max(0, start - 40):start]):  # "its link to Geneva and Tunis"
            out.append((m.start(), m.end(), _EVENTS[0][1] if m.group().lower() == "geneva" else _EVENTS[1][1]))
    return out


# "the Tunis documents' link to the first phase": the phase other texts relate to is what is asked about, in
# their words ("builds on the work begun in the first phase"), not a text that speaks (round 23)
# (a text's own link: "their link to", "the Tunis texts' relationship with"; not "in relation to the Tunis phase", which
# means "on", nor "the targets linked to the Geneva phase", the phase's own content)
_RELATED_TO = re.compile(r"\b(?:its|their|[\w-]+['’]s?)\s+(?:own\s+)?(?:links?|relationship|relations|connections?|ties|continuity)"
                         r"\s+(?:to|with)\s+(?:the\s+)?(?:(?:earlier|first|previous|original|prior)\s+)?$", re.I)  # "... to the earlier Geneva round"


def _events(question: str) -> list[tuple[int, int, tuple[str, ...]]]:
    """Where the question names a summit event or a city speaking for its texts: (start, end, doc ids)."""
    found = [(m.start(), m.end(), ids) for pattern, ids in _EVENTS for m in pattern.finditer(question)
             if not _RELATED_TO.search(question[max(0, m.start() - 40):m.start()])]
    found += [(s, e, ids) for s, e, ids in _listed_cities(question) if not any(a <= s < b for a, b, _ids in found)]
    found += [(m.start(1), m.end(1), _EVENTS[0][1] if m.group(1) == "Geneva" else _EVENTS[1][1])
              for m in (*_CITY_THEN_CHANGED.finditer(question), *_DONE_AT.finditer(question)) if not any(a <= m.start(1) < b for a, b, _ids in found)]
    for m in _AND_AGAIN.finditer(question):
        ids = _EVENTS[0][1] if m.group(1).lower() == "geneva" else _EVENTS[1][1]
        cities = (_EVENTS[0][1], _EVENTS[1][1])  # from a city's texts only (not "the Summit of the Future and again in Geneva")
        if any(re.fullmatch(r"[\s,]+", question[e:m.start()]) and was in cities for _s, e, was in found) and \
                not any(s <= m.start(1) < e for s, e, _ids in found):
            found.append((m.start(1), m.end(1), ids))
    return found


_EACH_BEFORE = re.compile(r"\b(?:both|(?:each|which|either|neither)\s+of|the\s+two|all\s+two)\s+(?:of\s+)?(?:the\s+)?(?:\d{4}\s+)?$", re.I)
_TEXTS_NEXT = r"\S*(?:\s+\w+){0,2}?\s+(?:texts?|documents?|outcomes?)\b"  # "Tunis (phase) texts": the texts themselves
_EACH_AFTER = re.compile(r"^\S+(?:\s+\S+){0,2}?\s+(?:each|both|respectively)\b", re.I)


def implied_documents(question: str, documents: dict[str, DocumentInfo]) -> tuple[list[str], list[str], list[list[str]]]:
    """Documents a question names without their title: "the 2015 review" (the document of that year,
    preferring one whose title or aliases carry the noun), "WSIS" as a process (every WSIS document,
    used only when no document is named), and summit events by the texts they adopted, one group
    each in question order ("the Tunis phase" or "the Tunis text": the Tunis Commitment and the Tunis Agenda; the indexed ones)."""
    out: list[str] = []
    events: list[list[str]] = []
    for start, end, ids in sorted(_events(question)):
        group = [d for d in ids if d in documents]
        # "both Tunis texts", "the two Tunis documents", "do the Tunis texts each ...": each text (not "both Geneva and the compact")
        listed = question[start:end].lower() in ("geneva", "tunis") and re.match(_JOIN + _ITEM, question[end:], re.I)
        each = _EACH_BEFORE.search(question[max(0, start - 25): start])  # "which of the Tunis texts", not "which of Tunis's goals":
        if each and re.match(r"(?:which|either|neither)\b", each[0], re.I) and not re.match(_TEXTS_NEXT, question[start:], re.I):
            each = None
        split = (each and not listed) or _EACH_AFTER.search(question[start:])
        for part in ([[d] for d in group] if split else [group]):
            if part and part not in events:
                events.append(part)
    for _start, _end, ids in year_named(question, documents):
        out.extend(d for d in ids if d not in out)
    process: list[str] = []
    if _PROCESS.search(question):
        process = [d for d, info in documents.items() if info.process.upper() == "WSIS"]
    return out, process, events


def named_spans(question: str, names: DocumentNames, documents: dict[str, DocumentInfo]) -> list[tuple[int, int, list[str]]]:
    """Where the question names texts, (start, end, doc ids): by name, by year, by event."""
    spans = [(m.start, m.end, [m.doc_id]) for m in names.mentions(question)]
    spans += [(s, e, ids) for s, e, ids in year_named(question, documents) if ids]
    return spans + [(start, end, [d for d in ids if d in documents]) for start, end, ids in _events(question)]


def without_years_and_events(question: str, documents: dict[str, DocumentInfo]) -> str:
    """What ``question`` asks about, for ranking and the concept check: without the texts it names by year
    or event ("the two 2014 WSIS+10 documents", "the 2015 review", "the Tunis phase": "How do the two 2014
    WSIS+10 documents each plan to follow up?" ranked paragraphs that say "WSIS+10") and without its
    asker's introduction ("tech journalist here:"), unless the question refers back to it ("like ours")."""
    spans = [(s, e) for s, e, ids in year_named(question, documents) if ids]
    spans += [(start, end) for start, end, ids in _events(question) if any(d in documents for d in ids)]
    merged: list[list[int]] = []  # "the 2014 WSIS+10 event" is a year's text and an event's: cut once
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    for start, end in reversed(merged):
        question = question[:start] + " " + question[end:]
    return without_asker(question)


def diversify(passages: list[Passage], groups: Sequence[Sequence[str]], most: int = 3) -> list[Passage]:
    """The best passage of each named group of documents first (in rank order), then the rest: a
    question that names two texts sees both in its first citations. A group is one document, or a
    process's texts together ("how did the GDC build on WSIS": the best of the WSIS texts)."""
    firsts: list[Passage] = []
    for group in list(groups)[:most]:
        best = next((p for p in passages if p.paragraph.doc_id in group and p not in firsts), None)
        if best is not None:
            firsts.append(best)
    firsts.sort(key=passages.index)
    ids = {p.id for p in firsts}
    return firsts + [p for p in passages if p.id not in ids]


def named_groups(named: list[str], processes: list[str]) -> list[list[str]]:
    """The documents a question names, one group each, and the texts of a process it also names as one
    more group when every named document stands outside it ("the GDC" and "WSIS"; with "the post-2015
    WSIS vision" the word is part of a text's name); a process named alone gives one group per text,
    in catalog order."""
    groups = [[d] for d in named]
    rest = [d for d in processes if d not in named]
    if named and rest and not set(named) & set(processes):  # "the post-2015 WSIS vision": the word names the text
        groups.append(rest)
    return groups or [[d] for d in processes]


def not_indexed(question: str, documents: dict[str, DocumentInfo]) -> list[DocumentInfo]:
    """Catalog documents the question names that are not indexed ("the WSIS+20 outcome" over an index
    without it): the answer says so rather than quoting other texts as if they were it. A file of
    several texts (the WSIS outcome booklet) counts as indexed when every text inside it is."""
    catalog = catalog_by_id()
    indexed = set(documents)
    symbols = {documents[d].symbol for d in documents if documents[d].symbol}  # a copy under its own id holds the text
    absent = {d: e for d, e in catalog.items() if d not in indexed and not (e.contains and set(e.contains) <= indexed)
              and not (e.symbol and e.symbol in symbols)}
    if not absent:
        return []
    found = dict.fromkeys(m.doc_id for m in catalog_names(documents).mentions(question) if m.doc_id in absent)
    # named by its year ("the 2015 review"): when no indexed text of that year answers to the words
    every = {**{d: e.to_info() for d, e in absent.items()}, **documents}
    for _start, _end, ids in year_named(question, every):
        if ids and not set(ids) & indexed:
            found.update(dict.fromkeys(ids))
    return [absent[d].to_info() for d in found]


def without_absent(topic: str, question: str, documents: dict[str, DocumentInfo]) -> str:
    """``topic`` without the names of catalog texts the index lacks: "What does the Geneva Plan of Action say
    about e-learning?" over an index without it asks about e-learning (the text's absence is said in a note,
    not as "The texts do not mention Geneva Plan of Action")."""
    lacking = not_indexed(question, documents)
    absent = {d.doc_id for d in lacking}
    for m in (catalog_names(documents).mentions(question) if absent else []):
        if m.doc_id in absent:
            topic = re.sub(rf"(?i)(?:\bthe\s+)?{re.escape(question[m.start:m.end])}", " ", topic)
    for symbol in (d.symbol for d in lacking if d.symbol):  # its numbers already cut as a paragraph's: "A/RES/ /" ("does not mention RES")
        topic = re.sub(r"(?i)" + re.sub(r"(?:\\?\d)+", r"\\s*\\d*\\s*", re.escape(symbol)), " ", topic)
    return " ".join(topic.split()) if absent else topic


def references_in(question: str, names: DocumentNames,
                  documents: dict[str, DocumentInfo]) -> tuple[list[Reference], DocumentNames]:
    """The paragraphs the question names (``parse_references``) and the names they were read with. A
    number beside a catalog text that is not indexed is that text's ("Geneva Declaration para 3", "TA
    para 72 and WSIS+10 Vision para 3"), not every indexed text's nor the nearest indexed one's: the
    look-up says the text is not in the index, and its name is no topic (the catalog's names returned)."""
    refs = parse_references(question, names)
    if not refs or not not_indexed(question, documents):
        return refs, names
    every = catalog_names(documents)
    return parse_references(question, every), every


def only_absent_texts(question: str, documents: dict[str, DocumentInfo]) -> list[DocumentInfo]:
    """"Tell me about the Tunis Commitment", "What is the WSIS+20 outcome?" over an index without it: the
    catalog texts the question names when they are all it names and none is indexed (quoting other
    texts would answer nothing asked); [] otherwise."""
    absent = not_indexed(question, documents)
    mentions = catalog_names(documents).mentions(question) if absent else []
    if not mentions or {m.doc_id for m in mentions} - {d.doc_id for d in absent}:
        return []
    rest = question
    for start, end in sorted({(m.start, m.end) for m in mentions}, reverse=True):
        rest = rest[:start] + " " + rest[end:]
    return absent if names_nothing(rest) else []


def asks_only_absent(question: str, documents: dict[str, DocumentInfo]) -> bool:
    """"What did the 2015 review conclude about progress?" over an index without it: the question names
    absent texts and no indexed one, so no indexed text can say what it asks (a file of several texts,
    "the WSIS outcome documents", is not one text: its texts may be indexed on their own)."""
    absent = not_indexed(question, documents)
    if not absent or any(e.combined for d in absent if (e := catalog_by_id().get(d.doc_id)) is not None):
        return False
    mentions = catalog_names(documents).mentions(question)
    named = {m.doc_id for m in mentions}
    lacking = {d.doc_id for d in absent}
    every = {**{d.doc_id: d for d in absent}, **documents}
    spans = [(m.start, m.end) for m in mentions if m.doc_id in lacking] + [
        (start, end) for start, end, ids in year_named(question, every) if ids and set(ids) <= lacking]
    if any(_ASKED_OF.search(question[:start]) and _SAYS.match(question[end:]) for start, end in spans):
        return True  # "What did the WSIS+10 review in 2015 conclude about whether the Tunis goals were met?" (round 37)
    years, _process, events = implied_documents(question, documents)  # "Tunis", "the Tunis phase", "the 2015 review": indexed texts
    return not (named - {d.doc_id for d in absent}) and not years and not any(events)


# an absent text as the subject of what is asked: "What did the 2015 review (in 2015) (actually) conclude ..."
_ASKED_OF = re.compile(r"^\W*(?:(?:and|so|but)\s+)?(?:what|how)\s+(?:did|does|do|has|have)\s+(?:the\s+)?$", re.I)
_SAYS = re.compile(r"(?:\s+(?:in|of)\s+(?:19|20)\d\d)?(?:\s+(?:actually|really|finally|ever|then))?\s+(?:conclude|say|find|decide|state"
                   r"|report|recommend|assess|judge|agree|declare|resolve)\b", re.I)


def catalog_names(documents: dict[str, DocumentInfo]) -> DocumentNames:
    """The names of every catalog text and every indexed one (``documents``)."""
    return _catalog_names(tuple(sorted((d, documents[d].title, *documents[d].aliases) for d in documents)), documents)


_NAMES_CACHE: dict[tuple, DocumentNames] = {}


def _catalog_names(key: tuple, documents: dict[str, DocumentInfo]) -> DocumentNames:
    """Names of every catalog document and every indexed one (an indexed text's own names win);
    ``key``: the indexed texts' ids and names, so a renamed text is seen."""
    if key not in _NAMES_CACHE:
        every = {d: e.to_info() for d, e in catalog_by_id().items()}
        every.update({row[0]: documents[row[0]] for row in key})
        _NAMES_CACHE.clear()  # one index at a time: its own set of names
        _NAMES_CACHE[key] = DocumentNames(every)
    return _NAMES_CACHE[key]


def names_in(text: str, names: DocumentNames, documents: dict[str, DocumentInfo]) -> list[tuple[int, int, str]]:
    """(start, end, doc id) of each text named: by a name, or by its year alone ("the 2015 WSIS review
    resolution"); a combined catalog file not indexed as one ("the WSIS+10 outcome documents") by its
    indexed texts. What a date or particulars question names (``documents``: the indexed texts)."""
    found = [(m.start, m.end, m.doc_id) for m in names.mentions(text)]
    found += [(s, e, d) for s, e, ids in year_named(text, documents) for d in ids
              if not any(s < e2 and s2 < e for s2, e2, _ in found)]
    catalog = catalog_by_id()
    out: list[tuple[int, int, str]] = []
    for s, e, d in sorted(found):
        parts = [x for x in (catalog[d].contains if d in catalog and d not in documents else []) if x in documents]
        out.extend((s, e, x) for x in parts or [d])
    return out


def texts_named(text: str, names: DocumentNames, documents: dict[str, DocumentInfo]) -> list[str]:
    """The doc ids ``names_in`` finds, in order, once each."""
    return list(dict.fromkeys(d for _, _, d in names_in(text, names, documents)))
