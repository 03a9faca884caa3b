"""The part of a text a question asks about: "in their preambles", "the preambular part", "the
operative part", or a section by its heading ("under its objectives heading") or by the letter or
number the heading carries ("section B", "chapter II"). A UN text recalls and reaffirms in its preamble and decides in its operative
paragraphs; a negotiator asking what a resolution "restates in its preamble" wants the former even
when an operative paragraph shares more words with the question. Passages of the part asked about
rank first among the candidates, in their order; the others follow (nothing is dropped)."""
from __future__ import annotations

import re
from typing import Callable, Sequence

from wsis.assistant.terms import norm_tokens

from wsis.types import Paragraph, Passage

PREAMBLE, OPERATIVE = "preamble", "operative"
# "its opening clauses", "the recitals": a resolution's preamble, as lawyers and negotiators call it
_ASKED = ((PREAMBLE, re.compile(r"\bpreamb(?:les?|ular\s+(?:part|section|paragraphs|clauses)(?!\s*\d))\b"
                                r"|\brecitals?\b(?!\s*\d)|\b(?:opening|introductory)\s+clauses\b", re.I)),
          (OPERATIVE, re.compile(r"\boperative\s+(?:part|section|paragraphs|clauses)\b(?!\s*\d)", re.I)))
_PREAMBLE_SECTION = re.compile(r"\bpreamb(?:le|ular)\b", re.I)
_FRAME = re.compile(r"^(?:title|chapeau|closing|heading)(?:-\d+)?$")


# a named part: "under its objectives heading", "in the section on data governance", "in its 'Principles' part"
_SECTION = (re.compile(r"\b(?:under|in|within|from)\s+(?:its|the|their|that|this)\s+(?:section|chapter|part|heading)\s+"
                       r"(?:on|about|called|titled|entitled|headed)\s+[\"“‘']?(?P<name>[\w\s,-]{3,60}?)[\"”’']?"
                       r"(?=\s*(?:[?.;:,]|$)|\s+(?:and|or|but|does|do|is|are|say|says|said)\b)", re.I),
            re.compile(r"\b(?:under|in|within|from)\s+(?:its|the|their|that|this)\s+[\"“‘']?(?P<name>[\w-]+(?:\s+[\w-]+){0,3}?)[\"”’']?"
                       r"\s+(?:heading|section|chapter|part)\b", re.I))
# a part by its place: "the first strand", "its last action line", "the opening section"
_ORDINALS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth").split()
_PLACED = re.compile(rf"\b({'|'.join(_ORDINALS)}|last|final|opening|closing)\s+(?:[\w-]+\s+)?"
                     r"(?P<kind>strand|action\s+line|section|chapter|part|heading|pillar)s?\b", re.I)
_WHOLE_PARTS = re.compile(r"section|chapter|part", re.I)  # a text's top-level divisions (A., B., I., II.)
# a part by its heading's words alone: "among the compact's principles", "in its list of objectives"
_AMONG = re.compile(r"\b(?:in|among|from|within|under)\s+(?:(?:(?:the\s+)?[\w+-]+['’]s|its|their)\s+(?:(?:list|set)\s+of\s+)?"
                    r"|the\s+(?:list|set)\s+of\s+)(?P<name>[\w-]+(?:\s+[\w-]+){0,2})", re.I)  # not "women in the media"
SECTION = "section:"  # a region that is a named section: "section:Objectives"
# a part by the letter or number its heading carries: "section B" ("B. Objectives, goals and targets"), "chapter II", "part 3"
_MARKED = re.compile(r"\b(?i:section|part|chapter)\s+(?P<mark>[A-Z]|[IVX]{1,5}|\d{1,2})\b(?![(\w])")


def asked_region(question: str, sections: Callable[[], Sequence[tuple[str, ...]]] = tuple) -> str:
    """``PREAMBLE``, ``OPERATIVE``, a section of the texts asked about (``SECTION`` and its heading):
    named (a heading of ``sections``, the named texts' paragraphs' section paths, whose words hold every
    content word of the name the question gives, when one alone does) or placed ("the first strand":
    the n-th section at the deepest level, in the text's order); "" (the question names no part, or both)."""
    found = [region for region, pattern in _ASKED if pattern.search(question)]
    if found:
        return found[0] if len(found) == 1 else ""
    placed = _PLACED.search(question)
    if placed:
        paths = [tuple(path) for path in sections() if path]
        if _WHOLE_PARTS.match(placed.group("kind")):  # "the first part": the text's own top-level division
            ordered = list(dict.fromkeys(p[:1] for p in paths))
        else:  # "the first strand", "the last action line": the finest numbered division
            depth = max(map(len, paths), default=0)
            ordered = list(dict.fromkeys(p for p in paths if len(p) == depth))
        word = placed.group(1).lower()
        at = -1 if word in ("last", "final", "closing") else 0 if word == "opening" else _ORDINALS.index(word)
        if ordered and at < len(ordered):
            return SECTION + ordered[at][-1]
    marked = _MARKED.search(question)
    if marked:  # "section B of the Plan of Action": the heading that opens with "B." ("Section B.", "B)")
        opens = re.compile(rf"^(?:(?:section|part|chapter)\s+)?{re.escape(marked['mark'])}[.):]?\s", re.I)
        fitting = list(dict.fromkeys(h for path in sections() for h in path if opens.match(h)))
        if len(fitting) == 1:
            return SECTION + fitting[0]
    names = [m.group("name") for pattern in _SECTION for m in pattern.finditer(question)]
    among = list(_AMONG.finditer(question))
    heads = {h: set(norm_tokens(h)) for path in sections() for h in path} if among else {}  # each heading's words once
    for m in among:  # "among the compact's principles": a heading's very words
        words = m.group("name").split()
        exact = [h for n in range(len(words), 0, -1) for h, own in heads.items() if own and own == set(norm_tokens(" ".join(words[:n])))]
        if len(set(exact)) == 1:
            return SECTION + exact[0]
    for name in names:
        wanted = set(norm_tokens(name))
        headings = [h for path in sections() for h in path]
        fitting = [h for h in dict.fromkeys(headings) if wanted and wanted <= set(norm_tokens(h))]
        exact = [h for h in fitting if set(norm_tokens(h)) == wanted]
        if len(exact or fitting) == 1:  # one heading fits (several: the name does not tell which)
            return SECTION + (exact or fitting)[0]
    return ""


def without_marked_part(topic: str) -> str:
    """``topic`` without the part it names by letter or number ("section B"): the part is where to
    look, not a concept to find."""
    return " ".join(_MARKED.sub(" ", topic).split())


def in_region(paragraph: Paragraph, region: str) -> bool:
    """Is ``paragraph`` in the preamble (a preambular "PP" label, a block before paragraph 1, a
    paragraph under a "Preamble" heading) or, for ``OPERATIVE``, a numbered paragraph outside it?"""
    if region.startswith(SECTION):
        return region[len(SECTION):] in paragraph.section
    label = paragraph.label
    preambular = (label.upper().startswith("PP") or label.startswith("preamble")
                  or any(_PREAMBLE_SECTION.search(s) for s in paragraph.section))
    if region == PREAMBLE:
        return preambular
    return region == OPERATIVE and not preambular and not _FRAME.match(label)


def region_first(passages: list[Passage], region: str, named: Sequence[str] = ()) -> list[Passage]:
    """``passages`` with those of ``region`` first, the ``named`` texts' before the others' ("the
    preamble of A/RES/70/125": its preambular paragraphs, then other preambles), each side in its
    order; unchanged when none is in the region."""
    inside = [p for p in passages if in_region(p.paragraph, region)]
    if not region or not inside:
        return passages
    inside.sort(key=lambda p: p.paragraph.doc_id not in named)  # stable: rank order on each side
    return inside + [p for p in passages if not in_region(p.paragraph, region)]
