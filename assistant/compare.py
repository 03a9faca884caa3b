"""Compare how the documents treat one topic: one row per indexed document, in chronological order.

For each document the same hybrid retrieval as the answers (BM25 + dense, fused) runs restricted to
that document. A document "addresses" the topic when its best dense cosine reaches the abstention
threshold (``assistant.calibration.abstain_threshold``) and its passages pass the answers' concept
check (``concepts_xlang.check_for``; a term counts as used only where that document uses it), so that
Compare and the chat agree: "net neutrality" is not addressed by a text the chat says does not mention
it. Its best paragraphs are then quoted (the most relevant sentence, verbatim) and cited. Otherwise the
row says "not addressed" (``missing``: the concept not found), so a negotiator sees where the agreed
language appears, and how it moved.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np

from wsis.assistant import concepts_xlang
from wsis.assistant.calibration import abstain_threshold, calibration_for
from wsis.assistant.context import AssistantContext
from wsis.assistant.extractive import citation_for
from wsis.assistant.languages import detect_language
from wsis.assistant.candidates import in_language
from wsis.assistant.sentences import sentence_spans
from wsis.errors import QuestionError, validate_text
from wsis.types import Filters, Passage, cite

MAX_PER_DOC = 5


@dataclass
class CompareParagraph:
    """One quoted, cited paragraph of a Compare row."""

    id: str  # "tunis-agenda#72"
    paragraph: str  # label as cited: "72" or "72(b)"
    citation: str  # "Tunis Agenda, para. 72(b)"
    text: str  # the whole paragraph
    quote: str  # its sentence closest to the topic: an exact slice of ``text``
    section: list[str] = field(default_factory=list)
    page: str = ""
    url: str = ""
    score: float = 0.0  # fused retrieval score
    dense: float = 0.0  # dense cosine to the topic


@dataclass
class CompareRow:
    """One document in a comparison: whether it addresses the topic, and its quoted paragraphs."""

    doc_id: str
    title: str
    short_title: str
    symbol: str
    date: str  # ISO date, "" when unknown
    year: int | None
    process: str
    url: str
    addressed: bool  # best dense cosine >= the abstention threshold, and the concept check passed
    relevance: float  # best dense cosine in the document
    paragraphs: list[CompareParagraph] = field(default_factory=list)
    missing: str = ""  # the topic's concept the document's passages lack ("net neutrality"), when not addressed for it

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def compare(assistant: AssistantContext, topic: str, filters: Filters | None = None,
            per_doc: int = 2, lang: str | None = None) -> list[CompareRow]:
    """One row per indexed document (passing ``filters``): dated documents oldest first, then the
    undated ones. A row's paragraphs (up to ``per_doc``) quote their sentence closest to the topic,
    from the ``lang`` version of the paragraph where one is ingested."""
    topic = validate_text(topic, "topic")
    if isinstance(per_doc, bool) or not isinstance(per_doc, int) or not 1 <= per_doc <= MAX_PER_DOC:
        raise QuestionError(f"per_doc: must be an integer from 1 to {MAX_PER_DOC}")
    retriever = assistant.retriever
    corpus = retriever.corpus()
    asked = detect_language(topic)
    threshold = abstain_threshold(assistant.settings, asked)  # fitted per embedder and language
    cal, expansions = calibration_for(assistant.settings.embed_model), retriever.glossary().expansions
    rows: list[CompareRow] = []
    chosen: list[tuple[CompareRow, Passage]] = []
    allowed = corpus.allowed_docs(filters)
    # the glossary's forms, as a question's ranking has them ("multistakeholder": "multi-stakeholder" too)
    learned = expansions(topic)
    forms = [*learned, *(f for f in retriever.standard_expansions(topic) if f not in learned)]
    query = f"{topic} ({'; '.join(forms)})" if forms else topic
    for doc_id in sorted(allowed, key=lambda d: (corpus.documents[d].date or "9999", d)):  # as `wsis status`
        info = corpus.documents[doc_id]
        timings: dict[str, float] = {}
        passages, relevance = retriever.hybrid(query, Filters(doc_ids=[doc_id]), max(per_doc, 3), timings)
        missing, literal = "", False
        def check_on(some: list[Passage], d: tuple[str, ...] = (doc_id,)) -> Any:
            return concepts_xlang.check_for(asked, topic, some, expansions, assistant.embed, cal, corpus,
                                            lambda t: retriever.store.mentions(t, d), topic,
                                            cache_dir=assistant.settings.cache_dir)
        if passages and (relevance >= threshold or asked == "en"):  # the answers' concept check, on this document's words alone
            check = check_on(passages)
            missing = check.missing
            # a short topic ("women") is far from every paragraph by meaning, yet said word for word in one
            literal = asked == "en" and bool(check.phrases) and check.addressed and not any(ph.checked for ph in check.phrases)
        addressed = bool(passages) and (relevance >= threshold or literal) and not missing
        row = CompareRow(doc_id=doc_id, title=info.title, short_title=info.short_title, symbol=info.symbol,
                         date=info.date, year=info.year, process=info.process, url=info.url, addressed=addressed,
                         relevance=round(float(relevance), 4), missing=missing)
        rows.append(row)
        if not addressed:
            continue
        # the best paragraph always; the others only when they are relevant on their own and hold the topic
        # themselves (not "hold the next overall review" beside the forum for "IGF": tester AA). Their headings
        # count, as in the answers: without them "Support the forum" would not be on the IGF
        keep = passages[:1]
        for p in passages[1:]:
            if len(keep) < per_doc and p.scores.get("dense", 0.0) >= threshold and not check_on([p]).missing:
                keep.append(p)
        keep = in_language(corpus, keep, lang) if lang else keep  # [parallel]
        chosen.extend((row, p) for p in keep)
    quotes = _best_sentences(assistant, topic, [p for _, p in chosen])
    for (row, passage), quote in zip(chosen, quotes):
        citation = citation_for(passage, quote, len(row.paragraphs) + 1)
        p = passage.paragraph
        row.paragraphs.append(CompareParagraph(
            id=p.id, paragraph=citation.paragraph,
            citation=cite(passage.document.short_title, citation.paragraph, p.numbered),
            text=p.text, quote=quote, section=list(p.section), page=citation.page, url=passage.document.url,
            score=round(passage.score, 6), dense=round(passage.scores.get("dense", 0.0), 4),
        ))
    return rows


def _best_sentences(assistant: AssistantContext, topic: str, passages: list[Passage]) -> list[str]:
    """For each passage, its sentence closest to the topic (one batch of embeddings for all)."""
    if not passages:
        return []
    options: list[list[str]] = []
    for passage in passages:
        text = passage.paragraph.text
        found = [text[s:e].strip() for s, e in sentence_spans(text)]
        options.append([s for s in found if len(s.split()) >= 4] or found or [text.strip()])
    flat = [s for group in options for s in group]
    vectors = np.asarray(assistant.embed([topic] + flat), dtype=np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9
    sims = vectors[1:] @ vectors[0]
    out, at = [], 0
    for group in options:
        scores = sims[at : at + len(group)]
        out.append(group[int(np.argmax(scores))])
        at += len(group)
    return out
