"""A question asking different things of different texts, one clause each: "What role does the 2003 plan
give to independent news outlets, and what does the compact add on helping people judge what they
read?". Ranked as a whole, the question's two subjects mix, and each text's best passage answers the
other clause ("news" in the compact). Each clause that names one group of texts alone is ranked within
that group on its own words, and its best passage is that group's first."""
from __future__ import annotations

import re
from typing import Callable, Sequence

from wsis.types import Passage

# sentence ends, then the joints between clauses that ask each their own thing
_SENTENCE = re.compile(r"(?<=[.?!;:])\s+")
_JOINT = re.compile(r",?\s+(?:and|but|while|whereas)\s+(?=(?:what|how|who|which|where|when|why|does|do|did|is|are|was|were"
                    r"|has|have|had|can|could|should|would|will)\b)|,\s+(?:while|whereas|but)\s+|,\s+(?=(?:what|how|who|which|where|when|why)\s)", re.I)
MIN_WORDS = 2  # a clause's own content words (beyond the text's name and the frame) to be ranked alone


def split_clauses(question: str) -> list[tuple[int, int]]:
    """(start, end) of each clause: sentences, cut again where "and what ..." / ", while ..." begins
    a new request."""
    spans: list[tuple[int, int]] = []
    start = 0
    cuts = [(m.start(), m.end()) for m in _SENTENCE.finditer(question)]
    cuts += [(m.start(), m.end()) for m in _JOINT.finditer(question)]
    for cut_start, cut_end in sorted(cuts):
        if cut_start > start:
            spans.append((start, cut_start))
        start = max(start, cut_end)
    if start < len(question):
        spans.append((start, len(question)))
    return spans


def clause_of_each(question: str, groups: Sequence[Sequence[str]],
                   named_at: Sequence[tuple[int, int, Sequence[str]]]) -> dict[int, str]:
    """Group index -> the clause that names that group and no other one (only when two or more groups
    have one each: a question on one text is ranked whole)."""
    out: dict[int, str] = {}
    for start, end in split_clauses(question):
        inside = {i for s, e, ids in named_at if start <= s and e <= end
                  for i, g in enumerate(groups) if set(ids) & set(g)}
        if len(inside) == 1:
            (i,) = inside
            out.setdefault(i, question[start:end])
    return out if len(out) >= 2 else {}


def clause_firsts(question: str, groups: Sequence[Sequence[str]], named_at: Sequence[tuple[int, int, Sequence[str]]],
                  topic_of: Callable[[str], str], rank: Callable[[str, list[str]], list[Passage]],
                  content_words: Callable[[str], list[str]], rrf_k: int = 60) -> list[Passage]:
    """Each group's best passage for its own clause, in group order: the group's ranking for the clause
    (``rank(topic, doc_ids)``) fused with its ranking for the whole question, which holds what the
    clause refers to ("its discussions", "anything similar"). A group whose clause has no words of its
    own ("and did Tunis repeat it?") keeps its best passage for the whole question (``mentions.diversify``)."""
    clauses = sorted(clause_of_each(question, groups, named_at).items())
    whole = topic_of(question)  # a clause without words of its own ("and did Tunis repeat it?") keeps the question's best
    topics = [(i, t) for i, clause in clauses if len(content_words(t := topic_of(clause))) >= MIN_WORDS]
    firsts: list[Passage] = []
    for i, topic in topics:
        fused: dict[str, float] = {}
        by_id: dict[str, Passage] = {}
        for ranking in (rank(topic, list(groups[i])), rank(whole, list(groups[i]))):
            for r, p in enumerate(ranking):
                fused[p.id] = fused.get(p.id, 0.0) + 1.0 / (rrf_k + r + 1)
                by_id.setdefault(p.id, p)
        best = next((by_id[pid] for pid in sorted(fused, key=lambda pid: -fused[pid])
                     if pid not in {f.id for f in firsts}), None)
        if best is not None:
            firsts.append(best)
    return firsts

