"""The parts a text sets out under one heading: "What are the action lines?", "List the objectives of
the GDC", "What are the key principles of the Geneva Declaration?", "What are the Pact's actions?".

New staff ask for a text's outline before its wording. The headings answer it, as the parser read
them (``Paragraph.section``):

* a heading whose own words are the ones asked ("C. Action Lines", "... : Key Principles") with
  headings under it: those, in order (C1 to C11);
* a run of headings named by the word asked and a number ("Objective 1. ...", "Objective 2. ..."):
  those, in order;
* a heading whose words are the ones asked with no heading under it (an "Objectives" part): its
  paragraphs, quoted whole in order.

Each listed heading is cited at its own heading block when the text prints one as a block ("C1. The
role of ..."), else at the first paragraph under it, whose opening sentence is the quote. English
questions (the question forms are English).
"""
from __future__ import annotations

import itertools
import re
from typing import Sequence

from wsis.assistant.extractive import citation_for, render_paragraphs
from wsis.assistant.sentences import sentences
from wsis.assistant.terms import norm_tokens
from wsis.assistant.regions import OPERATIVE, PREAMBLE, in_region
from wsis.prompts.messages import join_list, message
from wsis.types import Answer, Filters, Paragraph, Passage, cite

MAX_DOCS = 2  # texts whose outline one answer lists
MAX_QUOTED = 8  # paragraphs of a part quoted whole

_NAME = r"(?P<name>[A-Za-z][\w -]{2,40}?)"
_END = r"\s*(?:(?:of|in|from|under|set\s+out\s+in|listed\s+in)(?:\s+the)?\s*)?[?.!]?\s*$"
_THE = r"(?:the|its|their)\s+"
_ASKS = (re.compile(rf"^\s*(?:(?:so|and|ok(?:ay)?)[,\s]\s*)?(?:what|which)\s+are\s+(?:all\s+)?{_THE}{_NAME}{_END}", re.I),
         re.compile(rf"^\s*(?:please\s+)?(?:give\s+me|show\s+me|what\s+is|what['’]s)\s+the\s+(?:full\s+|complete\s+)?list\s+of\s+(?:{_THE})?"
                    rf"{_NAME}{_END}", re.I),
         re.compile(rf"^\s*(?:please\s+)?(?:list|name|enumerate|give\s+me|show\s+me|tell\s+me)\s+(?:all\s+)?(?:of\s+)?{_THE}{_NAME}{_END}", re.I),
         # "how many action lines are there?", "how many objectives does the GDC have?"
         re.compile(rf"^\s*how\s+many\s+{_NAME}\s+(?:are\s+there|(?:does|do|did)\s+(?:(?:the|it|they)\s+)?"
                    r"(?:have|set\s+out|list|contain|include|name|define)|(?:are|were)\s+(?:set\s+out|listed|defined|agreed))"
                    r"(?:\s+(?:in|of)(?:\s+the)?)?\s*[?.!]?\s*$", re.I))
_POSSESSIVE = re.compile(r"\s+['’]s?(?=\s|$)")  # "the  's objectives" once the text's name is taken out
_MARK = re.compile(r"^\s*(?:[A-Z]|[IVX]{1,5}|\d{1,2}|[A-Z]\d{1,2})[.)]\s+")  # "C. ", "II. ", "1) ", "C1. "
_SERIES = re.compile(r"^\s*(?P<word>[A-Za-z]+)\s+\d{1,2}[.:)]\s")  # "Objective 1. ", "Action 2. "
# words that narrow a part's name without naming another thing ("the key principles", "the WSIS action
# lines"): dropped when the heading lacks them; any other word before the name is part of what is asked
_QUALIFIERS = {"key", "main", "core", "basic", "general", "guiding", "major", "principal", "overarching", "central",
               "fundamental", "specific", "primary", "top", "broad", "high-level", "important", "overall", "chief",
               "essential", "un", "wsis", "gdc", "geneva", "tunis", "agreed", "listed", "stated", "official"}
_RELATION = re.compile(r"\b(?:of|for|on|in|about|to|with|by|from|under|at|against|towards?|regarding|concerning)\b", re.I)
_COUNT = re.compile(r"^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|various|different)\s+", re.I)


def asked_parts(question: str, names) -> str:
    """The kind of part ``question`` asks to list ("action lines", "objectives"), once the texts' names
    are taken out and a count said before it ("the eleven action lines"); "" for any other question."""
    bare = " ".join(_POSSESSIVE.sub(" ", names.strip(question)).split())
    for pattern in _ASKS:
        m = pattern.match(bare)
        if m:
            return _COUNT.sub("", m["name"].strip())
    return ""


def _titled(heading: str, wanted: set[str]) -> bool:
    """The heading's own words are ``wanted``: "C. Action Lines", or its last part after a colon
    ("An Information Society for All: Key Principles")."""
    own = _MARK.sub("", heading)
    return bool(wanted) and (set(norm_tokens(own)) == wanted or set(norm_tokens(own.rsplit(":", 1)[-1])) == wanted)


def outline_of(paragraphs: Sequence[Paragraph], name: str) -> tuple[str, list[str], str]:
    """("list", the headings asked, in order, the words that named them) or ("part", [the heading],
    the words) for one text; ("", [], ""). The words asked, else without the qualifiers before them
    (``_QUALIFIERS``: "WSIS action lines", "key principles" where the heading says "Principles"); a
    name with a relation word ("risks for the media") is a subject, never a part's name."""
    paths = list(dict.fromkeys(tuple(p.section) for p in paragraphs if p.section))
    if _DIVISIONS.fullmatch(name.strip()):  # "what are the sections of the Tunis Agenda?": its top-level headings
        top = list(dict.fromkeys(path[0] for path in paths))
        return ("list", top, "parts") if len(top) >= 2 else ("", [], "")
    words = name.split()
    if _RELATION.search(name):  # "risks for the media", "principles of internet governance": a subject, not a part's name
        return "", [], ""
    kept = len(list(itertools.takewhile(lambda w: w.lower() in _QUALIFIERS, words[:-1])))
    for words_asked in (" ".join(words[n:]) for n in range(kept + 1)):
        wanted = set(norm_tokens(words_asked))
        if not wanted:
            continue
        for depth in range(max(map(len, paths), default=0)):
            for heading in dict.fromkeys(path[depth] for path in paths if len(path) > depth):
                if not _titled(heading, wanted):
                    continue
                under = list(dict.fromkeys(path[depth + 1] for path in paths if len(path) > depth + 1 and path[depth] == heading))
                return ("list", under, words_asked) if len(under) >= 2 else ("part", [heading], words_asked)
        series = [h for h in dict.fromkeys(h for path in paths for h in path)
                  if (m := _SERIES.match(h)) and set(norm_tokens(m["word"])) == wanted]
        if len(series) >= 2:
            return "list", series, words_asked
    return "", [], ""


def _cited_heading(heading: str, paragraphs: Sequence[Paragraph]) -> tuple[Paragraph, str] | None:
    """The heading's own block and its text, else the first paragraph under it and its opening sentence."""
    under = [p for p in paragraphs if heading in p.section]
    block = next((p for p in under if p.text.strip() == heading.strip()), None)
    if block is not None:
        return block, block.text.strip()
    first = next((p for p in under if p.numbered), under[0] if under else None)
    opening = sentences(first.text)[:1] if first is not None else []
    return (first, opening[0]) if opening else None


# "Which paragraphs of A/RES/70/125 are preambular?", "What are its operative paragraphs?"
_REGION = re.compile(r"\b(?:which|what)\s+(?:paragraphs|parts?)\b[^?]{0,80}?\b(?:are|is)\s+(?P<a>preambular|operative)\s*(?:paragraphs\s*)?[?.!]?\s*$"
                     r"|^\s*(?:(?:what|which)\s+are|list|show\s+me|give\s+me)\s+(?:all\s+)?(?:the|its|their)\s+(?:[\w/+.’'-]+\s+){0,6}?"
                     r"(?P<b>preambular|operative)\s+paragraphs(?:\s+(?:of|in)(?:\s+the)?)?[\s,]*(?:please)?\s*[?.!]?\s*$"
                     # "quote the Pact's operative paragraph", "what is the operative part of A/RES/79/1?"
                     r"|^\s*(?:(?:please\s+)?(?:quote|show(?:\s+me)?|give\s+me|read|what\s+is|what['’]s|which\s+is)\s+)?(?:the|its)\s+"
                     r"(?P<c>preambular|operative)\s+(?:paragraph|part|section)(?:\s+(?:of|in)(?:\s+the)?)?[\s,]*(?:please)?\s*[?.!]?\s*$", re.I)
MAX_LABELS = 20  # labels listed in the count line
# "What is the last action line?", "the first objective of the GDC": one of a text's listed parts
_NTH = re.compile(r"^\s*(?:what|which)(?:['’]s|\s+is|\s+was)\s+the\s+(?P<which>first|second|third|last|final)\s+"
                  r"(?P<name>[A-Za-z][\w -]{2,40}?)(?:\s+(?:of|in)(?:\s+the)?)?\s*[?.!]?\s*$", re.I)
_PLACE = {"first": 0, "second": 1, "third": 2, "last": -1, "final": -1}
# a text's own divisions, whatever it calls them: "sections", "parts", "chapters", "main headings"
_DIVISIONS = re.compile(r"(?:main\s+|top-level\s+|different\s+)?(?:sections|parts|chapters|headings|divisions)", re.I)


def region_answer(question: str, names, corpus, filters: Filters | None, lang: str, query: str = "") -> Answer | None:
    """"Which paragraphs of A/RES/70/125 are preambular?": the one named text's preambular (or
    operative) paragraphs, counted and listed by label, the first ``MAX_QUOTED`` quoted whole; None
    for any other question, or when not exactly one text is named or it has none."""
    bare = re.sub(r"\(\s*\)|\[\s*\]", " ", _POSSESSIVE.sub(" ", names.strip(question)))  # the texts' names taken out
    m = _REGION.search(" ".join(bare.split()))
    between = m.group(0).split("paragraphs", 1)[-1].rsplit(" are ", 1)[0] if m and m["a"] else ""  # "of the Pact on AI"
    if _RELATION.search(re.sub(r"^\s*(?:of|in)\b", "", between)):
        m = None  # "Which paragraphs of the Pact on AI are operative?": a subject of its own
    named = [d for d in names.doc_ids(query or question) if d in corpus.allowed_docs(filters)] if m else []
    if len(named) != 1:
        return None
    kind = (m["a"] or m["b"] or m["c"]).lower()
    info = corpus.documents[named[0]]
    own = [corpus.paragraphs[i] for i in corpus.by_doc.get(named[0], [])]
    part = [p for p in own if in_region(p, PREAMBLE if kind == "preambular" else OPERATIVE) and not p.label.startswith("title")]
    single = [p for p in part if not p.numbered and p.label.startswith("operative")] if m["c"] else []
    part = single or [p for p in part if p.numbered or kind == "preambular"]  # "the operative paragraph": the Pact's "Adopts ..." block
    if not part:
        return None
    labels = [p.label if p.numbered else cite("", p.label, False).lstrip(", ") for p in part]
    listed = join_list(labels[:MAX_LABELS] + (["…"] if len(labels) > MAX_LABELS else []), lang)
    shown = [Passage(p, info, 1.0, {"outline": 1.0}) for p in part[:MAX_QUOTED]]
    body, citations = render_paragraphs(shown)
    lead = message("outline_region", lang, document=info.short_title, count=len(part), kind=kind, labels=listed) if not single \
        else message("reference_lead", lang, citations=join_list([cite(c.title, c.paragraph, c.numbered) for c in citations], lang))
    return Answer(question, f"{lead}\n\n{body}", "extractive", citations=citations, passages=shown, timings={"answer": 0.0})


def outline_answer(question: str, names, corpus, filters: Filters | None, lang: str, query: str = "") -> Answer | None:
    """The outline answer (module docstring) for the texts the question names (``query``: it with its
    history, "What are its objectives?" after a turn on the Geneva plan), else every text the filters
    keep; None for any other question or when no text has such headings."""
    if lang != "en":
        return None
    region = region_answer(question, names, corpus, filters, lang, query)
    if region is not None:
        return region
    name, nth = asked_parts(question, names), None
    bare = " ".join(_POSSESSIVE.sub(" ", names.strip(question)).split())
    if not name and (m := _NTH.match(bare)):  # "what is the last action line?": that one of the list
        name, nth = m["name"].strip() + ("s" if not m["name"].strip().endswith("s") else ""), _PLACE[m["which"].lower()]
    if not name:
        return None
    allowed = corpus.allowed_docs(filters)
    asked_of = names.doc_ids(query or question)
    named = [d for d in asked_of if d in allowed]
    if asked_of and not named:  # the text named is outside the filters: not another text's outline
        return None
    lines: list[str] = []
    passages: list[Passage] = []
    citations = []
    if _DIVISIONS.fullmatch(name) and len(named) != 1:
        return None  # the sections of which text?
    for doc in (named or allowed):
        own = [corpus.paragraphs[i] for i in corpus.by_doc.get(doc, [])]
        kind, headings, called = outline_of(own, name)
        if not kind or len(lines) >= MAX_DOCS * 2:
            continue
        info = corpus.documents[doc]
        if kind == "part":
            part = [p for p in own if headings[0] in p.section and p.numbered]
            if not part or (nth is not None and len(part) <= max(nth, -nth - 1)):
                continue
            if nth is not None:  # "What is the last principle of the GDC?": the last paragraph under "Principles" (tester Z)
                lines.append(message("outline_nth", lang, document=info.short_title, count=len(part), name=f"paragraphs under “{headings[0]}”",
                                     place=next(k for k, v in _PLACE.items() if v == nth)))
                part = [part[nth]]
            shown = [Passage(p, info, 1.0, {"outline": 1.0}) for p in part[:MAX_QUOTED]]
            body, cited = render_paragraphs(shown, start_marker=len(citations) + 1)
            said = dict(document=info.short_title, heading=headings[0], count=len(part))
            lines += [body] if nth is not None else [message("outline_part", lang, shown=len(shown), **said) if len(part) > len(shown)
                                                     else message("outline_part_all", lang, **said), body]
        else:
            items = []
            for heading in headings:
                found = _cited_heading(heading, own)
                if found is None:
                    continue
                paragraph, quote = found
                passage = Passage(paragraph, info, 1.0, {"outline": 1.0})
                citation = citation_for(passage, quote, len(citations) + len(items) + 1)
                items.append((heading, passage, citation))
            if len(items) < 2 or (nth is not None and len(items) <= max(nth, -nth - 1)):
                continue
            if nth is not None:  # the one asked for, after the count
                lines.append(message("outline_nth", lang, document=info.short_title, count=len(items), name=called.lower(),
                                     place=next(k for k, v in _PLACE.items() if v == nth)))
                items = [items[nth]]
                items[0] = (items[0][0], items[0][1], citation_for(items[0][1], items[0][2].quote, len(citations) + 1))
            else:
                lines.append(message("outline_list", lang, document=info.short_title, count=len(items), name=called.lower()))
            lines.append("\n".join(f"- {h} [{c.marker}] ({cite(c.title, c.paragraph, c.numbered)})" for h, _, c in items))
            shown, cited = [p for _, p, _ in items], [c for _, _, c in items]
        passages += shown
        citations += cited
    if not citations:
        return None
    return Answer(question, "\n\n".join(lines), "extractive", citations=citations, passages=passages, timings={"answer": 0.0})
