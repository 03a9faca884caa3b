"""A question asking different things of different texts, one clause each: "What role does the 2003 plan
give to independent news outlets, and what does the compact add on helping people judge what they
read?". Ranked as a whole, the question's two subjects mix, and each text's best passage answers the
other clause ("news" in the compact). Each clause that names one group of texts alone is ranked within
that group on its own words, and its best passage is that group's first."""
from __future__ import annotations

import re
from typing import Callable, Iterable, Sequence

from wsis.types import Passage

# sentence ends, then the joints between clauses that ask each their own thing
_SENTENCE = re.compile(r"(?<=[.?!;:])\s+")
_JOINT = re.compile(r",?\s+(?:and|but|while|whereas)\s+(?=(?:what|how|who|which|where|when|why|does|do|did|is|are|was|were"
                    r"|has|have|had|can|could|should|would|will)\b)|,\s+(?:while|whereas|but)\s+|,\s+(?=(?:what|how|who|which|where|when|why)\s)", re.I)
_ASKS = re.compile(r"\?\s*$|^\W*(?:who|what|which|where|when|why|how|does|do|did|is|are|was|were|has|have|had|can|could"
                   r"|should|would|will)\b", re.I)
ECHO_WORDS = 40  # an answering passage's first words rank the clause that points back to it (a query, not a page)
MIN_WORDS = 2  # a clause's own content words (beyond the text's name and the frame) to be ranked alone
# words by which a clause points back at the other clause's subject, not a subject of its own ("Does the
# compact pick that theme up?", "does the newer compact still say so?", "did Tunis repeat the same idea?"),
# or asks for help without one ("Hi, could you help?")
_REFERRING = ("theme topic idea point subject matter thing anything pick carry echo repeat repeated mention say said same "
              "similar also still again newer old older earlier later so hi hello help please thanks thank you")


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


def unnamed_clause(question: str, named_at: Sequence[tuple[int, int, Sequence[str]]],
                   own_words: Callable[[str], list[str]]) -> tuple[int, int] | None:
    """The one clause that asks something of its own and names no text, before clauses that do: "Who was
    asked to set up the IGF, and does the GDC put money behind it?" (not an introduction, "I work at a
    library.", nor a request without a subject, "Hi, could you help?", "What about gender?");
    ``own_words``: a clause's content words beyond those that point back."""
    spans = split_clauses(question)
    bare = [(s, e) for s, e in spans if not any(s <= a and b <= e for a, b, _ in named_at)]
    if not named_at or len(spans) < 2 or len(bare) != 1 or len(bare) == len(spans):
        return None
    start, end = bare[0]
    # first: a later clause on "it" goes on about the named text ("How many strands does the plan have, and
    # what is the last one about?")
    clause = question[start:end]
    return bare[0] if end <= min(s for s, _, _ in named_at) and _ASKS.search(clause) and len(own_words(clause)) >= MIN_WORDS else None


def clause_firsts(question: str, groups: Sequence[Sequence[str]], named_at: Sequence[tuple[int, int, Sequence[str]]],
                  topic_of: Callable[[str], str], rank: Callable[[str, list[str]], list[Passage]],
                  content_words: Callable[[str], list[str]], rrf_k: int = 60, texts: Sequence[str] = ()) -> list[Passage]:
    """Each group's best passage for its own clause, in group order: the group's ranking for the clause
    (``rank(topic, doc_ids)``) fused with its ranking for the whole question, which holds what the
    clause refers to ("its discussions", "anything similar"). A group whose clause has no words of its
    own ("and did Tunis repeat it?") keeps its best passage for the whole question (``mentions.diversify``).
    One group named: a first clause that asks and names no text (``unnamed_clause``) is asked of the other
    ``texts`` (the indexed ones the filters allow); its best passage among them follows the named text's."""
    referring = set(content_words(_REFERRING))
    own = lambda text: [w for w in content_words(topic_of(text)) if w not in referring]  # noqa: E731
    rest = [d for d in texts if d not in groups[0]] if len(groups) == 1 else []
    bare = unnamed_clause(question, named_at, own) if rest else None
    if len(groups) == 1 and bare is None:
        return []
    if bare is not None:
        groups, named_at = [groups[0], rest], [*named_at, (bare[0], bare[1], rest)]
    clauses = sorted(clause_of_each(question, groups, named_at).items())
    whole = topic_of(question)  # a clause without words of its own ("and did Tunis repeat it?") keeps the question's best
    topics = [(i, topic_of(clause)) for i, clause in clauses if len(own(clause)) >= MIN_WORDS]
    firsts: dict[int, Passage] = {}
    for i, topic in topics:
        best = _best([rank(topic, list(groups[i])), rank(whole, list(groups[i]))], firsts.values(), rrf_k)
        if best is not None:
            firsts[i] = best
    # a clause that points back ("Was that still the case by the 2015 review?", "Does the compact pick that theme
    # up?"): its texts ranked on what the other clauses ask and on the passage that answered them (an echo)
    for i in (i for i, _ in clauses if i not in firsts and firsts):
        echoes = [rank(topic, list(groups[i])) for j, topic in topics if j != i]
        echoes += [rank(" ".join(p.paragraph.text.split()[:ECHO_WORDS]), list(groups[i])) for j, p in firsts.items() if j != i]
        best = _best([*echoes, rank(whole, list(groups[i]))], firsts.values(), rrf_k)
        if best is not None:
            firsts[i] = best
    return [firsts[i] for i in sorted(firsts)]


def _best(rankings: Sequence[Sequence[Passage]], taken: Iterable[Passage], rrf_k: int) -> Passage | None:
    """The first passage of the rankings fused by reciprocal rank, not already ``taken``."""
    fused: dict[str, float] = {}
    by_id: dict[str, Passage] = {}
    for ranking in rankings:
        for r, p in enumerate(ranking):
            fused[p.id] = fused.get(p.id, 0.0) + 1.0 / (rrf_k + r + 1)
            by_id.setdefault(p.id, p)
    used = {p.id for p in taken}
    return next((by_id[pid] for pid in sorted(fused, key=lambda pid: -fused[pid]) if pid not in used), None)

