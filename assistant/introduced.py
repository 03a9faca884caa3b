"""Paragraph-ending lead-ins and the paragraphs they introduce: "Key themes from the Ministers'
interventions include:" says nothing alone; its list is set out as the paragraphs after it, quoted
with it (``with_introduced``) and kept one run by ``extractive.quote_order``."""
from __future__ import annotations

from typing import Callable

from wsis.assistant.extractive import Candidate
from wsis.assistant.sentences import sentence_spans
from wsis.types import Paragraph, Passage

MAX_INTRODUCED = 12  # paragraphs a paragraph-ending lead-in brings with it


def closes_paragraph(cand: Candidate) -> bool:
    """The quote is a lead-in that ends its paragraph ("Key themes from the Ministers' interventions
    include:"): its list is set out as the paragraphs after it."""
    quote = cand.text.rstrip()
    return quote.endswith(":") and cand.passage.paragraph.text.rstrip().endswith(quote)


def introduced_run(lead: Paragraph, after: list[Paragraph], most: int = MAX_INTRODUCED) -> list[Paragraph]:
    """The paragraphs a paragraph-ending lead-in introduces: those right after it of the first one's
    kind (numbered or not) and in its section, up to the next lead-in of that kind, at most ``most``."""
    run: list[Paragraph] = []
    for paragraph in after[:most]:
        if paragraph.section != lead.section or run and paragraph.numbered != run[0].numbered:
            break
        if run and paragraph.text.rstrip().endswith(":") and "\n" not in paragraph.text.strip():
            break  # the next list's own lead-in
        run.append(paragraph)
    return run


def with_introduced(chosen: list[Candidate], following: Callable[[Passage], list[Passage]]) -> list[Candidate]:
    """``chosen`` plus, after each quote that is a paragraph-ending lead-in, the paragraphs it introduces
    (``following``: those paragraphs as passages), each by its first sentence: a lead-in alone says
    nothing ("Key themes ... include:"). When some of them are quoted already and the lead-in is not
    the best quote, it only introduces the best scored of those (the question is on an item, not on the
    list): the others keep their own ranks ("We, the participants ... declare as follows:" is not to pull
    a text's paragraphs 6, 7, 9 and 10, quoted for their own sake, into document order)."""
    out = list(chosen)
    have = {c.passage.id for c in chosen}
    best = max((c.score for c in chosen), default=0.0)
    for cand in chosen:
        if not closes_paragraph(cand):
            continue
        run = following(cand.passage)
        if cand.score < best and any(passage.id in have for passage in run):
            quoted = [c for c in chosen if c.passage.id in {passage.id for passage in run}]
            cand.introduces = ((max(quoted, key=lambda c: c.score).passage.id,) if quoted  # another lead-in's only:
                               else tuple(passage.id for passage in run if passage.id in have))  # as they stand
            continue
        cand.introduces = tuple(passage.id for passage in run)
        for passage in run:
            if passage.id in have:
                continue
            have.add(passage.id)
            spans = sentence_spans(passage.paragraph.text)
            text = passage.paragraph.text
            first = text[spans[0][0]:spans[0][1]].strip() if spans else text.strip()
            out.append(Candidate(passage, first or text.strip(), cand.score, cand.vector))
    return out
