"""Questions on which part of a text says something ("Which action line of the Geneva plan is about
culture?", "Under which heading does it put its advice on laws?", "The plan has a work strand on
practical uses: what should those tools be built around?").

The answer is the heading as much as the paragraph under it: "C8. Cultural diversity and identity,
linguistic diversity and local content". The extractive answer quotes paragraphs and never a
heading-only block (``candidates.is_heading_only``), so the part asked for went uncited. For such a
question, the heading of the section each document's first quote stands in is cited before the
quotes (the first two documents). English questions (the heading words are English).
"""
from __future__ import annotations

import re
from typing import Sequence

from wsis.assistant.extractive import citation_for
from wsis.prompts.messages import message
from wsis.types import Citation, Paragraph, Passage

MAX_HEADINGS = 2  # sections named for one answer

# a part of a text, not of the world ("what parts of the world", "which sections of society")
_PART = (r"(?:parts?|sections?|chapters?|strands?|action\s+lines?|headings?|clusters?|pillars?|headers?)\b"
         r"(?!\s+of\s+(?:the\s+)?(?:world|society|population|country|countries|community|communities|region|people))")
_ASKS_PART = re.compile(rf"\b(?:which|what)\s+(?:of\s+(?:the\s+)?(?:[\w'’+-]+\s+){{0,3}}?)?(?:[\w'’+-]+\s+){{0,3}}?{_PART}"
                        rf"|\bunder\s+(?:which|what)\s+(?:[\w'’+-]+\s+){{0,2}}?{_PART}|\bwork\s+strands?\b", re.I)


def asks_part(question: str) -> bool:
    """Whether ``question`` asks which part of a text (its section, action line, heading) says something."""
    return bool(question and _ASKS_PART.search(question))


def heading_of(paragraph: Paragraph, siblings: Sequence[Paragraph]) -> Paragraph | None:
    """The heading-only block of ``paragraph``'s section among its document's paragraphs: unnumbered,
    in the same section, its text the section's own heading."""
    if not paragraph.section:
        return None
    return next((p for p in siblings if not p.numbered and p.section == paragraph.section
                 and p.text.strip() == paragraph.section[-1].strip() and p.id != paragraph.id), None)


def section_headings(question: str, quoted: Sequence[Passage], corpus) -> list[Passage]:
    """The heading of the section of each document's first quoted passage (the first ``MAX_HEADINGS``
    documents), when ``question`` asks which part of a text says something; none otherwise."""
    if not asks_part(question):
        return []
    out: list[Passage] = []
    firsts = {}  # each document's first quote: its section is the part it puts the subject in
    for passage in quoted:
        firsts.setdefault(passage.paragraph.doc_id, passage)
    for passage in list(firsts.values())[:MAX_HEADINGS]:
        own = [corpus.paragraphs[i] for i in corpus.by_doc.get(passage.paragraph.doc_id, [])]
        heading = heading_of(passage.paragraph, own)
        if heading is not None:
            out.append(Passage(heading, passage.document, score=passage.score, scores={"heading": 1.0}))
    return out


def heading_lines(headings: Sequence[Passage], lang: str = "en") -> tuple[str, list[Citation]]:
    """One line per heading ("Geneva Plan of Action puts it under “C8. Cultural diversity ...” [1]."),
    cited from marker 1."""
    lines: list[str] = []
    citations: list[Citation] = []
    for n, heading in enumerate(headings, start=1):
        citations.append(citation_for(heading, heading.paragraph.text, n))
        lines.append(message("under_heading", lang, document=heading.document.short_title,
                             heading=heading.paragraph.text.strip(), marker=f"[{n}]"))
    return "\n".join(lines), citations
