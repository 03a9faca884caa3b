"""Rank fusion of the retriever's rankings (BM25, dense, sparse, lexicon, named texts) and the
optional cross-encoder reranker (``WSIS_RERANKER``, torch extra)."""
from __future__ import annotations

from functools import lru_cache

from wsis.types import Passage


@lru_cache(maxsize=2)
def _reranker(name: str):
    """llama-index's SentenceTransformerRerank (a sentence-transformers CrossEncoder), loaded once."""
    # [torch extra] imported only when WSIS_RERANKER is set; without the extra: one line naming it
    from wsis.index_store.embeddings import require_torch_extra

    require_torch_extra(f"WSIS_RERANKER={name} (a cross-encoder)", instead="unset WSIS_RERANKER")
    from llama_index.core.postprocessor import SentenceTransformerRerank

    return SentenceTransformerRerank(model=name, top_n=1000, device="cpu")


def rerank(query: str, passages: list[Passage], model_name: str) -> list[Passage]:
    """Passages ordered by the cross-encoder's score (``scores["rerank"]``)."""
    from llama_index.core.schema import NodeWithScore, QueryBundle, TextNode

    nodes = [NodeWithScore(node=TextNode(id_=str(i), text=p.paragraph.text), score=p.score) for i, p in enumerate(passages)]
    ranked = _reranker(model_name).postprocess_nodes(nodes, QueryBundle(query))
    out = []
    for node in ranked:
        p = passages[int(node.node.node_id)]
        p.scores["rerank"] = p.score = float(node.score or 0.0)
        out.append(p)
    return out


def fuse(rankings: dict[str, list[str]], weights: dict[str, float], k: int) -> dict[str, float]:
    """Weighted reciprocal rank fusion: sum of weight / (k + rank) over the rankings."""
    fused: dict[str, float] = {}
    for name, ids in rankings.items():
        w = weights.get(name, 1.0)
        for rank, pid in enumerate(ids, start=1):
            fused[pid] = fused.get(pid, 0.0) + w / (k + rank)
    return fused
