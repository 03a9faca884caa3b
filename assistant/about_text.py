"""Questions about a named text itself (its subject, whom it was put together for, its full title),
answered from its title block, quoted whole.

"What subject area does the negotiating team's pack cover?" or "Who was the briefing extract put
together for?" asks what the text says of itself, and no paragraph is *about* that: topic retrieval
quoted whichever numbered paragraph ranked first. The title block states it ("Extract for the
negotiating team: agreed language on the information society"). Only questions whose whole frame
asks this, in English, with the text named inside the frame: "What does the Tunis Agenda say about
financing?" is a topic question, and "Who is the Plan addressed to?" is left to retrieval (a title
rarely names the actors a plan calls on).
"""
from __future__ import annotations

import re

from wsis.assistant.extractive import citation_for
from wsis.assistant.particulars import quote_blocks, title_blocks
from wsis.prompts.messages import message
from wsis.types import Answer, DocumentInfo, Passage

MAX_TEXTS = 8  # texts in one answer

_AUX = r"(?:is|was|are|were|does|do|did)"
_FRAMES = [
    # "What subject area does X cover?", "What topics do X and Y deal with?"
    re.compile(rf"^\s*(?:so\s+)?what\s+(?:(?:policy|subject)\s+)?(?:subject|topic|theme|field|area|issue)s?"
               rf"(?:\s+(?:area|matter)s?)?\s+{_AUX}\s+(?P<texts>.+?)\s+"
               r"(?:cover|covers|covered|deal\s+with|address|concern|treat)\s*\??\s*$", re.I),
    # "Who was X put together for?", "Whom is X intended for?"
    re.compile(rf"^\s*(?:so\s+)?(?:who|whom)\s+{_AUX}\s+(?P<texts>.+?)\s+(?:put\s+together|prepared|compiled|written|drawn\s+up|"
               rf"produced|intended|meant|designed|assembled)\s+for\s*\??\s*$", re.I),
    # "What is the full title of X?", "What is X's official name?", "What is X officially called?"
    # (a guess may follow: "...: a plan, a charter, or something else?")
    re.compile(r"^\s*what\s+(?:is|was|are|were)\s+the\s+(?:full|official|formal|exact|complete|proper)\s+(?:title|name)s?\s+of\s+"
               r"(?P<texts>.+?)(?:\s*[:;,]\s*(?:an?|the)\s+[^?]*)?\s*\??\s*$", re.I),
    re.compile(r"^\s*what\s+(?:is|was|are|were)\s+(?P<texts>.+?)(?:['’]s?)?\s+(?:full|official|formal|exact|complete|proper)\s+"
               r"(?:title|name)s?\s*\??\s*$", re.I),
    re.compile(r"^\s*what\s+(?:is|was|are|were)\s+(?P<texts>.+?)\s+(?:officially|formally)\s+(?:called|titled|named)"
               r"\s*\??\s*$", re.I),
]


def texts_span(question: str) -> tuple[int, int] | None:
    """Where the frame of a question about a text itself leaves the text's name; None for any other
    question."""
    for frame in _FRAMES:
        m = frame.match(question)
        if m:
            return m.span("texts")
    return None


def title_answer(question: str, infos: list[DocumentInfo], corpus, lang: str = "en") -> Answer | None:
    """Each named text's title block, quoted whole and cited, as what the text says of itself; None
    when no named text has an indexed title block (retrieval answers instead)."""
    quoted: list[Passage] = []
    parts: list[str] = []
    for info in infos[:MAX_TEXTS]:
        own = [corpus.paragraphs[i] for i in corpus.by_doc.get(info.doc_id, [])]
        blocks = title_blocks(own, "")
        if not blocks:
            continue
        name = f"{info.short_title} ({info.symbol})" if info.symbol else info.short_title
        quote_blocks(blocks, info, quoted, parts, lambda markers: message("title_self", lang, document=name, markers=markers))
    if not quoted:
        return None
    citations = [citation_for(p, p.paragraph.text, n) for n, p in enumerate(quoted, start=1)]
    return Answer(question, "\n\n".join(parts), "extractive", citations=citations, passages=quoted)
