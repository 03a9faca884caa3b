"""What an abbreviation stands for: "What does WSIS stand for?", "What is the full form of ICTs?",
"What's the GDC short for?", and the other way round, "What is the acronym for the Global Digital
Compact?". New staff meet the texts' abbreviations before their meaning.

The answer comes from the corpus glossary (``index_store.glossary``), never from the model:

* an abbreviation the texts define ("... Technologies (ICT)") is answered with the sentence that
  defines it, quoted and cited;
* one they use without defining it, kept in the glossary because a form of it occurs, is said to be
  the standard UN abbreviation (a line of the system, not of the texts) and the first sentences
  using it are quoted, so the reader sees it in context.

An abbreviation the texts never use, in either form, is left to the ordinary answer (None here).
English questions (the question forms are English).
"""
from __future__ import annotations

import re
from typing import Sequence

from wsis.assistant.extractive import citation_for
from wsis.assistant.sentences import sentences
from wsis.index_store.glossary import Glossary, Term, standard_forms
from wsis.prompts.messages import join_list, message
from wsis.types import Answer, Filters, Passage, cite

MAX_QUOTES = 3  # sentences quoted for one abbreviation

_SHORT = r"[\"“‘']?(?:the\s+)?(?P<short>[A-Za-z][A-Za-z&+]{1,9})[\"”’']?"
_ARTICLE = r"(?:the\s+)?(?:(?:acronym|abbreviation|initialism|term)\s+)?"
# "what is wsis", "What's ICT?": an abbreviation alone, typed as one (tester AA: extracts on anything else); not
# "What is the IGF?" nor "What are ICTs?", which ask what the thing is
_ALONE = re.compile(r"^\s*what(?:['’]s|\s+is)\s+[\"“‘']?(?P<short>[A-Za-z][A-Za-z&+]{1,9})[\"”’']?\s*[?.!]?\s*$", re.I)
_ASKS_LONG = [  # the abbreviation given, its meaning asked
    re.compile(rf"^\s*what(?:['’]s|\s+does|\s+do|\s+is)\s+{_ARTICLE}{_SHORT}\s+(?P<verb>stand\s+for|short\s+for|an?\s+"
               r"(?:abbreviation|acronym)\s+(?:for|of)|mean|refer\s+to)\s*[?.!]?\s*$", re.I),
    re.compile(rf"^\s*what(?:['’]s|\s+is|\s+are)\s+the\s+(?:full\s+(?:form|name)|long\s+form|expansion|meaning)\s+of\s+{_ARTICLE}"
               rf"{_SHORT}\s*[?.!]?\s*$", re.I),
    re.compile(rf"^\s*(?:please\s+)?(?:expand|spell\s+out)\s+{_ARTICLE}{_SHORT}\s*[?.!]?\s*$", re.I),
    re.compile(rf"^\s*{_SHORT}\s+(?P<verb>stands\s+for|means)\s+what\s*[?.!]?\s*$", re.I),
    _ALONE,
]
# the long form given, its abbreviation asked
_ASKS_SHORT = re.compile(r"^\s*what(?:['’]s|\s+is)\s+the\s+(?:acronym|abbreviation|short\s+form)\s+(?:for|of)\s+(?:the\s+)?"
                         r"(?P<long>[A-Za-z][\w ,'’-]{3,120}?)\s*[?.!]?\s*$", re.I)


def _asked(question: str, glossary: Glossary) -> tuple[list[Term], bool]:
    """The glossary's acronyms the question asks to expand (one), or to abbreviate (each with that long
    form: "General Assembly" is both GA and UNGA), and whether the long form was given; [] for any other question."""
    acronyms = [t for t in glossary.terms if t.kind == "acronym"]
    for pattern in _ASKS_LONG:
        m = pattern.match(question)
        if not m:
            continue
        short = m["short"]
        # "what does open mean?": a word, unless typed as an abbreviation or asked with "stand for"
        spelled = sum(c.isupper() for c in short) >= 2 or re.match(r"(?:stands?|short|an?\s)", m.groupdict().get("verb") or "x", re.I)
        if not spelled and pattern in (_ASKS_LONG[0], _ALONE):
            return [], False
        key = short.lower().rstrip("s")
        return [t for t in acronyms if t.short.lower().rstrip("s") == key][:1], False
    m = _ASKS_SHORT.match(question)
    if m:
        wanted = " ".join(m["long"].lower().split())
        return [t for t in acronyms if t.long.lower() == wanted or t.long.lower().rstrip("s") == wanted.rstrip("s")], True
    return [], False


def standard_only(question: str, glossary: Glossary, lang: str) -> str:
    """The line that says what a standard UN abbreviation stands for when the texts use neither it nor its long
    form ("What does IGF stand for?" over texts that only say "the forum"), put before the ordinary answer;
    "" for any other question, or an abbreviation the glossary holds (:func:`stands_for_answer` answers it)."""
    m = next((m for pattern in _ASKS_LONG if (m := pattern.match(question))), None) if lang == "en" else None
    if m is None or sum(c.isupper() for c in m["short"]) < 2:  # typed as an abbreviation: "IGF", "ICTs"
        return ""
    key = m["short"].lower().rstrip("s")
    longs = standard_forms(m["short"])
    if not longs or any(t.short.lower().rstrip("s") == key for t in glossary.terms if t.kind == "acronym"):
        return ""
    return message("acronym_standard_none", lang, short=m["short"], long=longs[0])


def _short_used(term: Term) -> re.Pattern[str]:
    short = re.escape(term.short[:-1] if term.short.endswith("s") and term.short[:-1].isupper() else term.short)
    return re.compile(rf"(?<![\w-]){short}s?(?![\w-])")


def _uses(term: Term) -> re.Pattern[str]:
    long = re.escape(term.long).replace(r"\ ", r"\s+")
    return re.compile(rf"{_short_used(term).pattern}|(?i:{long})")


def stands_for_answer(question: str, glossary: Glossary, corpus, filters: Filters | None, lang: str) -> Answer | None:
    """The answer to "what does X stand for?" (or "what is the acronym for Y?") from the glossary, with
    the defining sentence (or the first using ones) quoted; None for any other question, a term the
    glossary lacks, or texts the filters leave out."""
    if lang != "en":
        return None
    terms, reverse = _asked(question, glossary)
    if not terms:
        return None
    allowed = set(corpus.allowed_docs(filters))
    kept = [corpus.paragraphs[i] for d in corpus.doc_order if d in allowed for i in corpus.by_doc.get(d, [])]
    # of several abbreviations of one name, the one the texts define, else the one they use most
    used = {t.short: sum(bool(_short_used(t).search(p.text)) for p in kept) if reverse else 1 for t in terms}
    term = max(terms, key=lambda t: (t.source == "corpus", used[t.short]))
    defining = [corpus.get(pid) for pid in term.paragraphs]
    defining = [p for p in defining if p is not None and p.doc_id in allowed]
    if term.paragraphs and not defining:  # defined in a text the filters leave out: not "not spelled out"
        return None
    uses = _uses(term)
    if defining:  # the sentence holding "(ICT)" or "ICT (...)"
        paragraphs = defining
        marks = re.compile(rf"\(\s*{re.escape(term.short)}\s*\)|{re.escape(term.short)}\s*\(")
        lead = message("acronym_defined", lang, short=term.short, long=term.long)
    else:  # a standard abbreviation the texts use, in one form or the other: where they first do
        paragraphs = [p for p in kept if uses.search(p.text)]
        spelled = re.compile(re.escape(term.long).replace(r"\ ", r"\s+"), re.I)
        paragraphs.sort(key=lambda p: not spelled.search(p.text))  # the long form first: it shows what it means
        marks = uses
        lead = message("acronym_standard", lang, short=term.short, long=term.long)
        if not reverse and not any(_short_used(term).search(p.text) for p in paragraphs):  # only the long form: not "uses it"
            lead = message("acronym_spelled_only", lang, short=term.short, long=term.long)
        if not any(used.values()):  # asked the other way round, and no text uses the abbreviation: all standard forms
            lead = message("acronym_unused", lang, long=term.long, shorts=join_list([t.short for t in terms], lang))
    found = [(p, next((x for x in sentences(p.text) if marks.search(x)), "")) for p in paragraphs if p.doc_id in corpus.documents]
    found = [(p, sentence) for p, sentence in found if sentence]
    quoted: list[tuple[Passage, str]] = []
    for any_text in (False, True):  # one sentence per text first, none twice (each title block prints the summit's name)
        for paragraph, sentence in found:
            if len(quoted) < MAX_QUOTES and sentence not in {q for _, q in quoted} and (
                    any_text or paragraph.doc_id not in {p.paragraph.doc_id for p, _ in quoted}):
                quoted.append((Passage(paragraph, corpus.documents[paragraph.doc_id], 1.0, {"glossary": 1.0}), sentence))
    if not quoted:
        return None
    return _answer(question, lead, quoted)


def _answer(question: str, lead: str, quoted: Sequence[tuple[Passage, str]]) -> Answer:
    citations = [citation_for(passage, sentence, n) for n, (passage, sentence) in enumerate(quoted, start=1)]
    lines = [f"> “{c.quote}” [{c.marker}] ({cite(c.title, c.paragraph, c.numbered)})" for c in citations]
    return Answer(question, f"{lead}\n\n" + "\n".join(lines), "extractive", citations=citations,
                  passages=[p for p, _ in quoted], timings={"answer": 0.0})
