"""Agreed-language finder: a draft -> the closest agreed paragraphs, with the shared wording marked.

Candidates come from the same hybrid retrieval as the answers (BM25 + dense over all paragraphs).
Each candidate is then scored on two axes:

- ``dense``: cosine between the embeddings of the draft and of the paragraph text (meaning);
- ``lexical``: the share of the draft's words that sit inside word n-grams (3 words or more) the
  paragraph also contains (wording that can be reused as is);

``score`` = 0.6 * dense + 0.4 * lexical. ``spans`` are [start, end) character offsets of the shared
word runs in the paragraph text (maximal runs covered by common n-grams: the longest common
n-grams), and ``draft_spans`` the same runs in the draft as passed (not normalised), so a front end can highlight both.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np

from wsis.assistant.context import AssistantContext
from wsis.assistant.extractive import citation_for
from wsis.errors import QuestionError, validate_text
from wsis.types import Filters, Passage, cite


MAX_DRAFT_CHARS = 6000
MAX_K = 20
MIN_NGRAM = 3
DENSE_WEIGHT = 0.6
_WORD = re.compile(r"\w+(?:[’'-]\w+)*")


@dataclass
class AgreedMatch:
    """One agreed paragraph close to a draft, with its scores and the shared wording."""

    id: str  # "tunis-commitment#6"
    doc_id: str
    title: str
    short_title: str
    symbol: str
    date: str
    paragraph: str  # label
    citation: str  # "Tunis Commitment, para. 6"
    section: list[str]
    page: str
    url: str
    text: str
    score: float  # 0.6 dense + 0.4 lexical
    dense: float  # cosine of the embeddings of draft and paragraph
    lexical: float  # share of the draft's words in shared 3+-word runs
    spans: list[list[int]] = field(default_factory=list)  # [start, end) of shared runs in ``text``
    draft_spans: list[list[int]] = field(default_factory=list)  # the same runs in the draft as given
    longest_shared: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def words(text: str) -> list[tuple[str, int, int]]:
    """(normalised word, start, end) for each word of ``text``."""
    return [(m.group(0).lower().replace("’", "'"), m.start(), m.end()) for m in _WORD.finditer(text)]


def shared_runs(a: list[str], b: list[str], n: int = MIN_NGRAM) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Maximal runs of words in ``a`` and in ``b`` covered by n-grams the two sequences share.

    Returns word-index runs [start, end) for ``a`` and for ``b``. With fewer than ``n`` words in
    the shorter side, n shrinks to that length (a two-word draft still gets matched).
    """
    n = max(1, min(n, len(a), len(b)))
    if not a or not b:
        return [], []
    grams_a = {tuple(a[i : i + n]) for i in range(len(a) - n + 1)}
    grams_b = {tuple(b[i : i + n]) for i in range(len(b) - n + 1)}
    common = grams_a & grams_b
    return _runs(a, common, n), _runs(b, common, n)


def _runs(seq: list[str], grams: set[tuple[str, ...]], n: int) -> list[tuple[int, int]]:
    covered = [False] * len(seq)
    for i in range(len(seq) - n + 1):
        if tuple(seq[i : i + n]) in grams:
            for j in range(i, i + n):
                covered[j] = True
    runs, start = [], None
    for i, flag in enumerate(covered + [False]):
        if flag and start is None:
            start = i
        elif not flag and start is not None:
            runs.append((start, i))
            start = None
    return runs


def _char_spans(tokens: list[tuple[str, int, int]], runs: list[tuple[int, int]]) -> list[list[int]]:
    return [[tokens[s][1], tokens[e - 1][2]] for s, e in runs]


def find_agreed_language(assistant: AssistantContext, draft: str, k: int = 5,
                         filters: Filters | None = None) -> list[AgreedMatch]:
    """The ``k`` agreed paragraphs closest to ``draft``, best first, with scores and shared spans."""
    original = draft
    draft = validate_text(draft, "draft", MAX_DRAFT_CHARS)
    if isinstance(k, bool) or not isinstance(k, int) or not 1 <= k <= MAX_K:
        raise QuestionError(f"k: must be an integer from 1 to {MAX_K}")
    timings: dict[str, float] = {}
    pool, _ = assistant.retriever.hybrid(draft, filters, max(4 * k, 20), timings)
    if not pool:
        return []
    vectors = np.asarray(assistant.embed([draft] + [p.paragraph.text for p in pool]), dtype=np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9
    dense = vectors[1:] @ vectors[0]
    draft_tokens = words(original)  # offsets into the draft as given, line breaks and all
    draft_words = [w for w, _, _ in draft_tokens]
    scored = []
    for passage, cosine in zip(pool, dense):
        para_tokens = words(passage.paragraph.text)
        runs_draft, runs_para = shared_runs(draft_words, [w for w, _, _ in para_tokens])
        covered = sum(e - s for s, e in runs_draft)
        lexical = covered / len(draft_words) if draft_words else 0.0
        score = DENSE_WEIGHT * max(0.0, float(cosine)) + (1 - DENSE_WEIGHT) * lexical
        scored.append((score, float(cosine), lexical, passage, para_tokens, runs_para, runs_draft))
    scored.sort(key=lambda item: -item[0])
    results = []
    for score, cosine, lexical, passage, para_tokens, runs_para, runs_draft in scored[:k]:
        results.append(_result(passage, score, cosine, lexical, para_tokens, runs_para, draft_tokens, runs_draft))
    return results


def _result(passage: Passage, score: float, cosine: float, lexical: float, para_tokens, runs_para,
            draft_tokens, runs_draft) -> AgreedMatch:
    p = passage.paragraph
    info = passage.document
    spans = _char_spans(para_tokens, runs_para)
    longest = max((p.text[s:e] for s, e in spans), key=lambda t: len(t.split()), default="")
    citation = citation_for(passage, p.text, 1)
    # the shared runs inside one item, beside the lead-in's ("We commit to" + "the forum ... funding" of 29(b)): that
    # item is what a negotiator pastes (tester Z)
    items = {c.paragraph for s, e in spans if "(" in (c := citation_for(passage, p.text[s:e], 1)).paragraph}
    label = items.pop() if len(items) == 1 else p.label
    return AgreedMatch(
        id=p.id, doc_id=p.doc_id, title=info.title, short_title=info.short_title, symbol=info.symbol,
        date=info.date, paragraph=p.label, citation=cite(info.short_title, label, p.numbered),
        section=list(p.section), page=citation.page, url=info.url, text=p.text, score=round(score, 4),
        dense=round(cosine, 4), lexical=round(lexical, 4), spans=spans,
        draft_spans=_char_spans(draft_tokens, runs_draft), longest_shared=longest,
    )
