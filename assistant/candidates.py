"""What retrieval does with its candidates: a ranking's top scores, passages that are only a heading
or a title block, how much of the query the first passages hold, and each passage in the language
asked for."""
from __future__ import annotations

from wsis.assistant.lists import nested_item
from wsis.index_store.store import LiveCorpus
from wsis.types import Passage


def in_language(corpus: LiveCorpus, passages: list[Passage], lang: str) -> list[Passage]:
    """[parallel] Each passage in its ``lang`` version when one is live (same label), else as it is."""
    out = []
    for p in passages:
        version = corpus.in_language(p.id, lang)
        if version is None or version.id == p.id or (p.focus and nested_item(version, p.focus) is None):
            out.append(p)
        else:
            out.append(Passage(version, corpus.documents[version.doc_id], p.score, dict(p.scores), p.focus))
    return out


def top_scores(ids: list[str], scores, n: int) -> list[tuple[str, float]]:
    """The ``n`` best (id, score) pairs with a positive score, best first."""
    import numpy as np

    if scores is None or len(scores) == 0:
        return []
    n = min(n, len(scores))
    top = np.argpartition(-scores, n - 1)[:n]
    top = top[np.argsort(-scores[top])]
    return [(ids[i], float(scores[i])) for i in top if scores[i] > 0]


def query_coverage(query: str, passages: list[Passage]) -> float:
    """The largest share of the query's content words that one of the first five passages contains.

    The relevance compared with ``Retrieval.threshold`` is the best dense cosine plus this coverage
    times a weight (rare exact terms such as "spam" that a small embedding model underrates); the
    weight and the threshold are fitted per embedder (``assistant/calibration.json``): a cosine of E5
    moves over a narrower range than one of MiniLM."""
    from wsis.assistant.support import tokens

    wanted = set(tokens(query))
    return max((len(wanted & set(tokens(p.paragraph.text))) / len(wanted) for p in passages[:5]), default=0.0) if wanted else 0.0


def is_heading_only(passage: Passage) -> bool:
    """A passage that only repeats its section heading (e.g. an action line title), or a document's
    title block (its header lines: symbol, date, "Original: English")."""
    p = passage.paragraph
    return not p.numbered and (p.text.strip() in p.section or p.label == "title")
