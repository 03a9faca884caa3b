"""Hand-written weighted RRF (``Retriever.hybrid``) beside llama-index's ``QueryFusionRetriever``
(reciprocal_rerank mode) over the same two retrievers (the BM25 sidecar and the Chroma store, wrapped
as llama-index retrievers), on the answerable non-lookup questions of the fixture suites.

    python scripts/compare_fusion.py [--data-dir INDEX] [--runs 3]

Prints Recall@3, Recall@5 and MRR per kind for both, whether their rankings are identical, and
the median fusion latency (query embedding excluded: both reuse one vector).
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from llama_index.core.llms import MockLLM  # noqa: E402
from llama_index.core.retrievers import BaseRetriever, QueryFusionRetriever  # noqa: E402
from llama_index.core.schema import NodeWithScore, QueryBundle, TextNode  # noqa: E402

sys.path.insert(0, str(ROOT / "scripts"))
from fit_concepts import load  # noqa: E402
from wsis.assistant.answering import Assistant  # noqa: E402
from wsis.assistant.library import ingest_paths  # noqa: E402
from wsis.assistant.candidates import is_heading_only  # noqa: E402
from wsis.assistant.retrieval import fuse, topic_of  # noqa: E402
from wsis.settings import Settings  # noqa: E402


class _Ranked(BaseRetriever):
    """A fixed ranking (paragraph ids with scores) as a llama-index retriever."""

    def __init__(self, ranked: list[tuple[str, float]]):
        super().__init__()
        self.ranked = ranked

    def _retrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        return [NodeWithScore(node=TextNode(id_=pid, text=pid), score=score) for pid, score in self.ranked]


def rankings(assistant: Assistant, query: str, n: int) -> tuple[list[tuple[str, float]], list[tuple[str, float]]]:
    store = assistant.store
    bm25 = store.bm25().search(query, n)
    dense = [(h.paragraph_id, h.score) for h in store.dense(assistant.retriever.embed_query(query), n)]
    return bm25, dense


def ours(bm25, dense, settings: Settings) -> list[str]:
    fused = fuse({"bm25": [p for p, _ in bm25], "dense": [p for p, _ in dense]},
                 {"bm25": settings.bm25_weight, "dense": settings.dense_weight}, settings.rrf_k)
    return sorted(fused, key=lambda pid: -fused[pid])


def theirs(bm25, dense) -> list[str]:
    fusion = QueryFusionRetriever([_Ranked(bm25), _Ranked(dense)], mode="reciprocal_rerank", similarity_top_k=len(bm25) + len(dense),
                                  num_queries=1, use_async=False, llm=MockLLM())  # it insists on an LLM
    return [n.node.node_id for n in fusion.retrieve("q")]


def metrics(ranked: list[str], gold: set[str]) -> tuple[float, float, float]:
    rr = next((1 / i for i, pid in enumerate(ranked, start=1) if pid in gold), 0.0)
    return len(gold & set(ranked[:3])) / len(gold), len(gold & set(ranked[:5])) / len(gold), rr


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="wsis-fusion-"))
    try:
        settings = Settings()
        settings.data_dir = args.data_dir or work
        if not args.data_dir:
            ingest_paths([ROOT / "eval/corpora/fixture"], settings, progress=False)
        assistant = Assistant(settings)
        corpus = assistant.store.corpus()
        names = assistant.retriever.names()
        questions = [q for q in load([ROOT / "eval/suites/fixture.yaml", ROOT / "eval/suites/fixture-users.yaml"])
                     if q.get("gold") and q["kind"] not in ("lookup",) and not q.get("history")]
        rows: dict[str, list] = {}
        same = 0
        t_ours, t_theirs = [], []
        for q in questions:
            query = topic_of(q["question"], names)
            bm25, dense = rankings(assistant, query, settings.candidate_k)
            for _ in range(args.runs):
                t0 = time.perf_counter()
                a = ours(bm25, dense, settings)
                t_ours.append(time.perf_counter() - t0)
                t0 = time.perf_counter()
                b = theirs(bm25, dense)
                t_theirs.append(time.perf_counter() - t0)
            keep = lambda ids: [p for p in ids if not is_heading_only(assistant.retriever.passage(p))]  # noqa: E731
            a, b = keep(a), keep(b)
            same += a[:10] == b[:10]
            gold = set(q["gold"])
            rows.setdefault(q["kind"], []).append((metrics(a, gold), metrics(b, gold)))
        print(f"{len(questions)} questions; identical top-10 rankings: {same}/{len(questions)}; corpus {len(corpus.paragraphs)} paragraphs")
        for kind, pairs in rows.items():
            for name, i in (("hand-written", 0), ("QueryFusionRetriever", 1)):
                m = [p[i] for p in pairs]
                print(f"  {kind:15} {name:21} n={len(m):2}  R@3 {statistics.mean(x[0] for x in m):.3f}  "
                      f"R@5 {statistics.mean(x[1] for x in m):.3f}  MRR {statistics.mean(x[2] for x in m):.3f}")
        print(f"fusion latency p50: hand-written {statistics.median(t_ours) * 1e3:.3f} ms, "
              f"QueryFusionRetriever {statistics.median(t_theirs) * 1e3:.3f} ms")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
