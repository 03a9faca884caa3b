"""Paragraph references in questions: "Tunis Agenda para 72", "TA ¶72(b)", "paragraphs 69 to 71 of
the Tunis Agenda", "GDC 28", "action line C5", "paragraph 4 of the Tunis Commitment", and the way
negotiators cite resolutions: "A/RES/70/125 OP 5" (operative paragraph 5 = label "5"), "PP2 of
A/RES/79/1" or "preambular paragraph 2" (label "PP2"). "PP" must be written in capitals ("pp. 5"
means pages); "op 3" may be typed in lower case ("op. cit." is no reference).

Document names resolve through the catalog's titles and aliases and every indexed document's own
title, symbol and doc_id; a name taken from a file name counts only when it is distinctive
(``data``, ``report``, ``notes`` are not, see ``wsis.ingest.identity.distinctive_name``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

import Stemmer

from wsis.assistant.adjacent import by_neighbour
from wsis.assistant.number_first import around_names, number_before
from wsis.assistant.item_notation import (ITEM_ALONE as _ITEM_ALONE, NUM as _NUM, bracket_items, first_paragraphs, expand as _expand,
                                         spelled_numbers, un_paragraph_words)
from wsis.assistant.name_patterns import alias_pattern, definite_kind, described_kind, foreign_pattern, kind_as_text, terse_kind
from wsis.assistant.places import COMMITMENT, OPENING, ORDINAL, places
from wsis.assistant.text_years import year_named
from wsis.ingest.catalog import catalog_by_id
from wsis.ingest.identity import GENERIC_NAMES, distinctive_name
from wsis.types import DocumentInfo

_RANGE_SEP = r"\s*(?:-|–|—|to|through|and|,|&)\s*"
_PARA_WORD = r"(?:paragraphs?|paragraphes?|p[aá]rrafos?|пункт[аеуы]?|paras?\.?|pars?\.|¶¶?|§§?|para\b)"  # fr, es, ru too
_LIST = rf"{_NUM}(?:{_RANGE_SEP}(?:{_NUM}|{_ITEM_ALONE}))*"
PARA_LIST = re.compile(rf"(?<!unnumbered )(?<!unnumbered\xa0){_PARA_WORD}\s*(?P<nums>{_LIST})", re.I)  # not a block's citation
ACTION_LINE = re.compile(r"\b(?:action\s+lines?\s+)?(?P<code>C(?:1[01]|[1-9]))\b(?![\w(])")
ACTION_LINE_WORDS = re.compile(r"action\s+lines?\s+(?P<codes>C?\d{1,2}(?:\s*(?:,|and|&|to|through|-|–)\s*C?\d{1,2}(?!\d))*)"  # "C1 to C3": three lines
                               r"|\b(?P<range>C(?:1[01]|[1-9])\s*(?:-|–|to|through)\s*C(?:1[01]|[1-9]))\b(?![\w(])", re.I)
OBJECTIVE = re.compile(r"\bobj(?:ective|\.)?\s*(?P<n>\d{1,2})\b", re.I)  # "Objective 2", "obj 5", "obj.3"
# the Pact's "Action 1", "Actions 1 and 2" (capitalised, as the Pact heads them: "take action 2 times" is no reference)
ACTION = re.compile(r"(?<!Plan of )(?<!plan of )\bActions?\s+(?P<ns>\d{1,2}(?:\s*(?:,|and|&|to|-|–)\s*\d{1,2})*)\b(?!\s*(?:%|per\s?cent|years?))")
OP_PP = re.compile(rf"(?<![\w/])(?P<kind>OP|PP|[Oo]p(?!\.)|[Pp]p(?=\d))\s?(?P<nums>{_NUM}(?:{_RANGE_SEP}(?:OP|PP|[Oo]p)?\s?{_NUM})*)(?!\w)")
OP_PP_WORDS = re.compile(rf"\b(?P<kind>operative|preambular)\s+{_PARA_WORD}\s*(?P<nums>{_NUM}(?:{_RANGE_SEP}{_NUM})*)", re.I)


@dataclass(frozen=True)
class Reference:
    doc_id: str | None  # None: no document named
    label: str  # paragraph label, or "" for a section reference
    sub: str = ""  # sub-item letter for "72(b)"; "b/ii" for the nested item "3(b)(ii)"
    section: str = ""  # "C5", "Objective 2" or "Action 1"
    # a paragraph counted from the text's end: -1 the last ("the last paragraph"), -2 the one before;
    # among the commitments (series ``places.COMMITMENT``) also from the start: 1 the first
    place: int = 0
    series: str = ""  # with ``place``: "PP" (preambular), "" (numbered: operative) or "commitment"


@dataclass
class _Mention:
    doc_id: str
    start: int
    end: int
    informal: bool = False  # a run of title words ("the Geneva plan"), which may also be the subject


_TITLE_WORD = re.compile(r"[A-Za-z][A-Za-z0-9+]*")
_JOINED = re.compile(r"\s+(?:(?:on|of|for)\s+(?:the\s+)?)?", re.I)
_JOINED_OWN = re.compile(r"(?:['’]s?)?\s+")  # a local title's words side by side, or its owner's: "the team's extract"
_STEM = Stemmer.Stemmer("english").stemWord  # a title word as users inflect it: "the negotiators' extract"
_POSSESSIVE = re.compile(r"['’]s\s+")
# the kind of text a title names; "action" too, so that "action plan" alone names no document
_KINDS = {"declaration", "principles", "agenda", "plan", "action", "commitment", "compact", "pact", "vision", "statement", "resolution", "annex"}
# a kind of text said for another: a declaration is a statement (of principles, on future generations)
_KIND_SYNONYMS = {"statement": "declaration", "declaration": "statement"}
_DEFINITE = re.compile(r"(?:\b(?:the|its|their|this|that)|(?:19|20)\d\d|['’]s)\s+$", re.I)  # a text, not any statement
# what a local text is called after its title words ("the negotiating team extract")
_LOCAL_KINDS = {"summary", "extract", "excerpt", "briefing", "brief", "note", "notes", "report", "paper", "draft", "statement", "pack", "packet",
                "dossier", "compilation", "digest", "booklet", "handout", "declaration", "minutes", "communique", "communiqué", "letter", "memo", "submission"}
_A_TEXT = r"(?:agenda|commitment|declaration|plan|compact|pact|resolution|statement|vision|outcome|texts?|documents?)\b"
_DESCRIBED = {"excerpt", "extract", "dossier", "digest", "compilation", "booklet", "handout"}  # "the follow-up excerpt"; not "the annual progress report"
# title words that tell no document apart, or are the question's own subject
_GENERIC_TITLE_WORDS = {"the", "of", "for", "on", "and", "a", "an", "in", "to", "at", "by", "information", "society", "world", "summit", "wsis",
                        "un", "united", "nations", "ga", "unga", "general", "assembly", "outcome", "outcomes", "document", "review", "meeting",
                        "high", "level", "overall", "implementation", "res", "doc", "rev", "new", "building", "challenge", "global"}


def _title_words(names: list[str]) -> tuple[set[str], set[str]]:
    """(a document's own title words, the kinds of text its titles name), lower case."""
    words = {w for w in (w.lower() for name in names for w in _TITLE_WORD.findall(name)) if w not in _GENERIC_TITLE_WORDS and len(w) >= 3 and not any(c.isdigit() for c in w)}
    return words - _KINDS, words & _KINDS


class DocumentNames:
    """Names users type for each document -> doc_id."""

    def __init__(self, documents: dict[str, DocumentInfo]):
        self.documents = documents
        names: dict[str, str] = {}
        catalog = catalog_by_id()
        for doc_id, info in documents.items():
            local = doc_id not in catalog  # named after its file: "data.txt" must not capture "data"
            later = [a for a in catalog[doc_id].aliases if a not in info.aliases] if not local else []  # added since its ingest
            for name in [doc_id, info.title, info.symbol, *info.aliases, *later]:
                if name and len(name) >= 2 and (not local or name == info.symbol or distinctive_name(name)):
                    names.setdefault(name, doc_id)
            if info.symbol:  # "WSIS-05/TUNIS/DOC/6(Rev.1)-E" is also typed without the language suffix
                names.setdefault(re.sub(r"-[A-Z]$", "", info.symbol), doc_id)
        annexes: dict[str, list[str]] = {}  # "annex I" alone: the one indexed text that is an annex I
        for doc_id, info in documents.items():
            if (m := re.search(r",\s*annex\s+([IVX]{1,4})$", info.symbol or "")):
                annexes.setdefault(f"annex {m.group(1)}", []).append(doc_id)
        for name, docs in annexes.items():
            if len(docs) == 1:
                names.setdefault(name, docs[0])
        # a combined publication not indexed as one, whose texts all are: its names name them all
        # ("the WSIS+10 outcome documents": the 2014 Statement and Vision, not the 2015 resolution)
        self.parts = {e.doc_id: list(e.contains) for e in catalog.values()
                      if e.contains and e.doc_id not in documents and all(d in documents for d in e.contains)}
        for doc_id in self.parts:
            for name in [catalog[doc_id].title, *catalog[doc_id].aliases]:
                names.setdefault(name, doc_id)
        # the catalog's names in the other UN languages ("le Pacte pour l'avenir", "全球数字契约")
        foreign = {name: doc_id for doc_id in documents if doc_id in catalog
                   for names_of in catalog[doc_id].names.values() for name in names_of}
        ordered = sorted([*names.items(), *foreign.items()], key=lambda kv: -len(kv[0]))  # longest first
        self.patterns = [(alias_pattern(name) if name in names else foreign_pattern(name), doc_id)
                         for name, doc_id in ordered]
        # informal names ("the Geneva plan", "the future generations declaration", "the Vision"): from
        # the words of catalog titles and aliases only (a local file's title may be any phrase)
        self.title_words = {doc_id: _title_words([info.title, *info.aliases])
                            for doc_id, info in documents.items() if doc_id in catalog}
        self._vocabulary = {w for own, kinds in self.title_words.values() for w in own | kinds}
        self._vocabulary |= {said for said, kind in _KIND_SYNONYMS.items() if kind in self._vocabulary}
        # a file's name as said, when it ends in a kind of text: "the flattened excerpt" (flattened-excerpt.txt),
        # not "internet governance" (internet-governance.pdf: the question's subject); after the names above
        self.spoken = [(alias_pattern(doc_id.replace("-", " ")), doc_id) for doc_id in documents
                       if doc_id not in catalog and "-" in doc_id and doc_id.rsplit("-", 1)[-1] in _LOCAL_KINDS
                       and distinctive_name(doc_id)]
        # "the excerpt": the kind ending one local text's file name, no other text's ("the excerpt of the Tunis Agenda": a part)
        kinds = [(doc_id, doc_id.rsplit("-", 1)[-1]) for doc_id in documents
                 if doc_id not in catalog and "-" in doc_id and doc_id.rsplit("-", 1)[-1] in _LOCAL_KINDS]
        titled = "|".join(sorted({re.escape(w.lower()) for info in documents.values() for w in _TITLE_WORD.findall(info.title)})) or "\0"
        self.spoken += [(re.compile(rf"(?:(?<=\bthe\s){described_kind(titled, 0, 2 * (kind in _DESCRIBED))}{kind}\b{terse_kind(titled, kind, kind in _DESCRIBED)})(?!\s+(?:of|from|in)\b)(?!\s+on\b(?:\s+the)?(?:\s+[\w+/-]+){{0,3}}?\s+{_A_TEXT}|\s+on\b[^?.;]*\b(?:from|in)\s+the\s+(?:[\w+/-]+\s+){{0,3}}?{_A_TEXT})", re.I), doc_id)
                        for doc_id, kind in kinds  # "the follow-up excerpt", "the other excerpt on the Forum" (round 39); not on a text
                        if [k for _, k in kinds].count(kind) == 1 and not any(kind in t[1] for t in self.title_words.values())]
        # "the briefing extract": the last words of its file name, at least two, when no other text's name ends so
        tails = [(doc_id, " ".join(doc_id.split("-")[-n:])) for doc_id, _ in kinds for n in range(2, doc_id.count("-") + 1)]
        self.spoken += [(re.compile(rf"(?<=\bthe\s){re.escape(tail)}\b", re.I), doc_id) for doc_id, tail in tails
                        if [t for _, t in tails].count(tail) == 1]
        # a local text's own title words ("Ministerial", "Round", "Table"), for its descriptive names
        self.local_words = {doc_id: {_STEM(w.lower()) for w in _TITLE_WORD.findall(info.title)
                                     if w.lower() not in _GENERIC_TITLE_WORDS}
                            for doc_id, info in documents.items() if doc_id not in catalog and not info.parallel_of}

    def mentions(self, text: str) -> list[_Mention]:
        found: list[_Mention] = []
        taken: list[tuple[int, int]] = []
        for pattern, doc_id in self.patterns:
            for m in pattern.finditer(text):
                if any(m.start() < e and s < m.end() for s, e in taken):
                    continue
                taken.append((m.start(), m.end()))
                found.extend(_Mention(d, m.start(), m.end()) for d in self.parts.get(doc_id, [doc_id]))
        found += self.informal(text, taken)
        found += self.described(text, taken + [(m.start, m.end) for m in found])
        for pattern, doc_id in self.spoken:
            found += [_Mention(doc_id, m.start(), m.end()) for m in pattern.finditer(text)
                      if not any(m.start() < f.end and f.start < m.end() for f in found)]
        return self.dated(text, sorted(found, key=lambda m: m.start))

    def dated(self, text: str, found: list[_Mention]) -> list[_Mention]:
        """A name the year before it contradicts gives way to the texts of that year: "the 2014 WSIS+10
        outcome documents" are the 2014 Statement, not the 2015 resolution whose short name is "WSIS+10
        outcome". A year no indexed text has changes nothing."""
        for start, end, ids in year_named(text, self.documents):
            inside = [m for m in found if m.start < end and start < m.end]
            if inside and not any(m.doc_id in ids for m in inside) and all(
                    self.documents.get(m.doc_id) and self.documents[m.doc_id].date for m in inside):
                found = sorted([m for m in found if m not in inside] + [_Mention(d, start, end) for d in ids],
                               key=lambda m: m.start)
        return found

    def described(self, text: str, taken: Sequence[tuple[int, int]] = ()) -> list[_Mention]:
        """A local text named by words of its title ("the Ministerial Round Table summary", "the
        negotiating team extract"): a run of at least two of its own title words, in any order, that
        names a text (a capitalised word, or a kind of text at its end: "summary", "extract") and fits
        no other indexed text. "round table discussions" names nothing."""
        out: list[_Mention] = []
        vocabulary = set().union(*self.local_words.values()) if self.local_words else set()
        words = [w for w in re.finditer(_TITLE_WORD, text) if not any(s <= w.start() < e for s, e in taken)
                 and not (w.group() == "s" and text[w.start() - 1:w.start()] in "'’")]  # "team's": one word
        i = 0
        while i < len(words):
            j = i
            while j < len(words) and _STEM(words[j].group().lower()) in vocabulary and (
                    j == i or _JOINED_OWN.fullmatch(text[words[j - 1].end():words[j].start()])):
                j += 1
            run = [w.group() for w in words[i:j]]
            lower = {_STEM(w.lower()) for w in run}
            owners = [d for d, own in self.local_words.items() if lower <= own] if len(lower) >= 2 else []
            capital = any(w.group()[0].isupper() and text[:w.start()].strip() for w in words[i:j])  # not the first word
            named = capital or bool(run) and run[-1].lower() in _LOCAL_KINDS
            end = words[j - 1].end() if run else 0
            # a kind of text after its owner's possessive, though the title lacks it: "the negotiating team's
            # briefing"; not a verb ("what did the negotiating team report")
            if run and not named and j < len(words) and words[j].group().lower() in _LOCAL_KINDS and \
                    _POSSESSIVE.fullmatch(text[words[j - 1].end():words[j].start()]):
                named, end = True, words[j].end()
            # two words that are no file-name filler ("final notes", "the report" name nothing)
            own = [w for w in re.split(r"[^a-z0-9]+", " ".join(run).lower()) if w and w not in GENERIC_NAMES and not w.isdigit()]
            # or one, its owner's possessive before a kind of text the title names: "the negotiators' extract"
            enough = len(own) >= 2 or len(own) == 1 and len(run) == 2 and len(owners) == 1 and run[-1].lower() in _LOCAL_KINDS \
                and _STEM(run[-1].lower()) in self.local_words[owners[0]] \
                and bool(re.fullmatch(r"['’]s?\s+", text[words[i].end():words[i + 1].start()]))
            if len(owners) == 1 and named and enough:
                out.append(_Mention(owners[0], words[i].start(), end, informal=True))
            i = max(j, i + 1)
        return out

    def informal(self, text: str, taken: Sequence[tuple[int, int]] = ()) -> list[_Mention]:
        """Names a user types that no title or alias spells out, each fitting one catalog document only:
        a run of its title words holding the kind of text and words of its own ("the Geneva plan",
        "the future generations declaration", "its annex on future generations"), or "the" and a capitalised kind
        ("the Vision"). A kind alone in lower case ("the vision") is a word, but "the pact" (one title's kind) and a kind paired
        or speaking (``name_patterns.kind_as_text``: "the statement and the vision", "according to the plan")."""
        out: list[_Mention] = []
        # words inside a full name (``taken``) end a run: "the future generations declaration on the Pact"
        words = [w for w in re.finditer(_TITLE_WORD, text) if w.group().lower() not in ("on", "of", "for", "the")
                 and not any(s <= w.start() < e for s, e in taken)]
        i = 0
        while i < len(words):
            j = i  # the longest run of title words, next to each other or joined by "on", "of", "for"
            while j < len(words) and words[j].group().lower() in self._vocabulary and (
                    j == i or _JOINED.fullmatch(text[words[j - 1].end():words[j].start()])):
                j += 1
            run = [w.group().lower() for w in words[i:j]]
            # the run ends on the kind ("Geneva plan"), or holds two words of its own ("annex on future
            # generations"): "an annex on digital trade" is not the GDC
            owners = self._owners(run)
            # "the 2003 statement of principles": the Declaration of Principles; "a statement on future
            # generations" is any statement
            if not owners and set(run) & set(_KIND_SYNONYMS) and _DEFINITE.search(text[:words[i].start()]):
                owners = self._owners([_KIND_SYNONYMS.get(w, w) for w in run])
            if not owners and re.match(r"\s+(?:text|document)\b", text[words[j - 1].end():] if j > i else "") and _DEFINITE.search(text[:words[i].start()]):
                owners = [d for d, (own, _kinds) in self.title_words.items() if set(run) <= own and len(run) >= 2]  # "the future generations text"
            if len(owners) == 1:
                out.append(_Mention(owners[0], words[i].start(), words[j - 1].end(), informal=True))
            elif len(run) == 1 and run[0] in _KINDS and (words[i].group()[0].isupper() or run[0] == "pact" or kind_as_text(text, words[i], _KINDS)) and definite_kind(
                    text, words[i]):
                owners = [d for d, (_own, kinds) in self.title_words.items() if run[0] in kinds]
                if words[i].group().islower():  # "the pact": the one text whose own title is a pact, not its annexes
                    owners = [d for d in owners if run[0] in self.documents[d].title.lower().split()]
                if len(owners) == 1:
                    out.append(_Mention(owners[0], words[i].start(), words[i].end()))  # a name only
            i = max(j, i + 1)
        return out

    def _owners(self, run: list[str]) -> list[str]:
        """The catalog documents a run of title words (two or more) may name."""
        if len(run) < 2:
            return []
        return [d for d, (own, kinds) in self.title_words.items() if set(run) <= own | kinds
                and set(run) & kinds and (run[-1] in kinds or len(set(run) & own) >= 2)]

    def doc_ids(self, text: str) -> list[str]:
        return list(dict.fromkeys(m.doc_id for m in self.mentions(text)))  # each once, in the order named

    def strip(self, text: str, informal: bool = False) -> str:
        """The text without its document names (what the question is about). A shortened title stays
        unless ``informal``: "its annex on future generations" also says what is asked about."""
        for start, end in sorted({(m.start, m.end) for m in self.mentions(text) if informal or not m.informal}, reverse=True):
            text = text[:start] + " " + text[end:]  # a publication's name names its texts at one span
        return text


def _nearest(mentions: list[_Mention], start: int, end: int, question: str = "") -> str | None:
    """The text named nearest, not one after it with a number of its own ("para 72(a) with GDC 29(a)")."""
    if not (mentions := [m for m in mentions if not (question and m.start >= end and re.match(rf"\s*(?:{_PARA_WORD}\s*)?\d{{1,3}}(?!\d)", question[m.end:], re.I))]):
        return None
    def distance(m: _Mention) -> int:
        return max(0, start - m.end) if m.end <= start else max(0, m.start - end)
    return min(mentions, key=distance).doc_id


def _each_named_after(question: str, mentions: list[_Mention], end: int) -> list[str]:
    """"para 3 of the Tunis Commitment and the GDC": the texts named right after a reference, two or
    more joined by "and" or commas; one ("para 5 of the GDC", though another text stands just before
    it); [] for none (the nearest names it)."""
    docs: list[str] = []
    lead = re.match(r"\s*(?:of|in)\s+", question[end:], re.I)
    at = end + lead.end() if lead else -1
    while at >= 0:
        found = [x for x in mentions if x.start >= at and question[at:x.start].strip().lower() in ("", "the")]
        if not found:
            break
        nxt = min(found, key=lambda x: x.start)
        if re.match(rf"\s*(?:['’]s\s+)?(?:{_PARA_WORD}\s*)?\d", question[nxt.end:], re.I):
            break  # "... and the GDC paragraph 5": that text has its own number
        docs.append(nxt.doc_id)
        join = re.match(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)(?:(?:of|in)\s+)?", question[nxt.end:], re.I)
        at = nxt.end + join.end() if join else -1
    return list(dict.fromkeys(docs))


def in_reference_form(question: str, names: "DocumentNames | None" = None) -> str:
    """The question's references as the parser reads them: "para 72 b" as "para 72(b)", "the
    paragraph after para 9" as "para 10", and, with ``names``, "TA72" as "TA 72", "72b TA" as
    "72(b) TA", "pact for the future action 2" as "... Action 2" (``number_first.around_names``)."""
    if names is not None:
        question = around_names(question, names)
    return by_neighbour(bracket_items(first_paragraphs(spelled_numbers(un_paragraph_words(question)))))


def parse_references(question: str, names: DocumentNames) -> list[Reference]:
    """Every paragraph, action line or objective the question names, in the order named ("para 72 b"
    read as "72(b)": ``item_notation``; "the paragraph after para 9" as "para 10": ``adjacent``)."""
    question = in_reference_form(question, names)
    mentions = names.mentions(question)
    # a text named by its year holds the paragraphs named beside it: "paragraph 3 of the 2015 resolution"
    mentions += [_Mention(ids[0], start, end) for start, end, ids in year_named(question, names.documents)
                 if len(ids) == 1 and not any(m.start < end and start < m.end for m in mentions)]
    refs: list[Reference] = []
    used: list[tuple[int, int]] = []
    for start, end, place, series in places(question):  # a place needs its text: "the last paragraph" of what?
        doc = _nearest(mentions, start, end)
        if doc:  # the third (operative) paragraph is paragraph 3, PP3 for a preambular one
            counted = place < 0 or series in (COMMITMENT, OPENING)  # from the end, among the commitments, or in the text's order
            refs.append(Reference(doc, "", place=place, series=series) if counted else Reference(doc, f"{series}{place}"))
            used.append((start, end))
    for pattern in (OP_PP_WORDS, OP_PP):  # "A/RES/70/125 OP 5", "PP2 of A/RES/79/1", "preambular paragraph 3"
        for m in pattern.finditer(question):
            if any(s <= m.start() < e for s, e in used):
                continue
            if m["kind"].islower() and re.match(r"\s+(?!(?:of|and|to|in|from|says?|reads?|on|about)\b)[a-z]", question[m.end():]):
                continue  # "a photo op 2 days later": "op" in lower case is a reference only where the sentence lets it be one
            pre = m["kind"].upper().startswith("P")
            doc = _nearest(mentions, m.start(), m.end())
            nums = re.sub(r"(?:OP|PP|[Oo]p)\s?", "", m["nums"])
            refs.extend(Reference(doc, f"PP{n}" if pre else n, sub) for n, sub in _expand(nums))
            used.append((m.start(), m.end()))
    for m in PARA_LIST.finditer(question):
        if any(s <= m.start() < e for s, e in used):
            continue
        docs = _each_named_after(question, mentions, m.end()) or [_nearest(mentions, m.start(), m.end(), question)]
        refs.extend(Reference(doc, n, sub) for doc in docs for n, sub in _expand(m["nums"]))
        used.append((m.start(), m.end()))
    # "GDC 28", "TA 72(b)": a bare number right after a document name
    for mention in mentions:
        tail = question[mention.end :]
        m = re.match(rf"[\s,]*(?:{_PARA_WORD}\s*)?(?P<nums>{_LIST})(?!\w)(?!\s*(?:%|per\s?cent|years?|million|billion))", tail, re.I)
        if m and not any(s <= mention.end + m.start("nums") < e for s, e in used):
            if re.match(r"\d{4}", m["nums"]):
                continue  # a year ("Tunis Agenda 2005"), not a paragraph
            refs.extend(Reference(mention.doc_id, n, sub) for n, sub in _expand(m["nums"]))
            used.append((mention.end, mention.end + m.end()))
    for mention in mentions:  # "72 (b) TA", "what does 72(b) of the Tunis Agenda say?": the number before the name
        m = number_before(question[:mention.start], question[mention.end:], _LIST)
        if m and not any(s <= m.start("nums") < e for s, e in used):
            refs.extend(Reference(mention.doc_id, n, sub) for n, sub in _expand(m["nums"]))
            used.append((m.start("nums"), mention.end))
    for m in ACTION_LINE_WORDS.finditer(question):
        shift = m["range"] and re.search(r"\b(?:shift\w*|mov\w*|chang\w*|went|go(?:es)?)\s+(?:\w+\s+){0,3}from\s+$", question[:m.start()], re.I)
        for code, _ in (x for x in _expand(re.sub(r"[Cc]|\s+to\s+" if shift else r"[Cc]", " ", m["codes"] or m["range"])) if 1 <= int(x[0]) <= 11):
            refs.append(Reference(_nearest(mentions, m.start(), m.end()), "", section=f"C{int(code)}"))
        used.append((m.start(), m.end()))
    for m in ACTION_LINE.finditer(question):
        if not any(s <= m.start() < e for s, e in used):
            refs.append(Reference(_nearest(mentions, m.start(), m.end()), "", section=m["code"].upper()))
    for m in OBJECTIVE.finditer(question):
        refs.append(Reference(_nearest(mentions, m.start(), m.end()), "", section=f"Objective {int(m['n'])}"))
    for m in re.finditer(r"\bchapeau\b", question, re.I):  # "the chapeau of A/RES/70/125": a resolution's opening block
        if mentions:
            refs.append(Reference(_nearest(mentions, m.start(), m.end()), "chapeau"))
    for m in ACTION.finditer(question):  # "Action 1 of the Pact": the paragraphs under that heading
        if any(mention.start <= m.start() < mention.end for mention in mentions) or any(s <= m.start() < e for s, e in used):
            continue  # "Plan of Action 9": a document's name and its paragraph
        doc = _nearest(mentions, m.start(), m.end())
        refs.extend(Reference(doc, "", section=f"Action {int(n)}") for n, _ in _expand(m["ns"]))
    seen: set[Reference] = set()
    return [r for r in refs if not (r in seen or seen.add(r))]


_QUESTION_WORDS = re.compile(
    r"^\s*(?:(?:and|so|but)\s+)?(?:what|how|which|where|when|who|why|does|do|did|is|are|can|could|should|tell me|please)\b"
    r"(?:\s+(?:is|are|was|were|does|do|did|the|texts?|documents?|it|they)\b)*(?:\s+(?:say|says|said|state|states|stated|mention|mentions|provide|provides)\b)?"
    r"(?:\s+(?:about|on|regarding|concerning|of)\b)?\s*", re.I)
_REF_NOISE = re.compile(
    # a number, or an action line's C and number: "paracetamol" and "objective concerning" are words
    r"(?:\bparagraphs?|\bparas?(?![a-z])\.?|¶+|§+|\baction\s+lines?|\baction(?=\s+\d)|\bobjective)\s*"
    r"(?:\d|c\d)[\w()]*(?:\s*(?:-|–|to|through|and|,)\s*(?:\d|c\d)[\w()]*)*", re.I)


def topic_of(question: str, names: DocumentNames) -> str:
    """The question without document names and paragraph numbers: what it is about."""
    text = ORDINAL.sub(" ", _REF_NOISE.sub(" ", names.strip(in_reference_form(question, names))))
    text = re.sub(r"(?<![+\w])(?<![A-Za-z]-)\d{1,3}(?:\s?\([a-z]{1,4}\)){0,2}(?!\w)", " ", text)  # "WSIS+10", "COVID-19" keep theirs
    text = " ".join(text.split())
    stripped = _QUESTION_WORDS.sub("", text).strip(" ?.!")
    return stripped if len(stripped) >= 3 else text
