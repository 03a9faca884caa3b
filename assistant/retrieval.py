"""Hybrid retrieval: paragraph references first, then BM25 + dense (Chroma) fused by weighted
reciprocal rank fusion, optionally reranked by a cross-encoder."""
from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from functools import lru_cache

from wsis.assistant.references import DocumentNames, Reference, parse_references
from wsis.settings import Settings
from wsis.types import DocumentInfo, Filters, Passage
from wsis.index_store.embeddings import get_embed_model
from wsis.index_store.store import IndexStore, LiveCorpus


@dataclass
class Retrieval:
    """What retrieval found for one question."""

    query: str
    passages: list[Passage]
    references: list[Reference] = field(default_factory=list)
    unresolved: list[str] = field(default_factory=list)  # references naming no existing paragraph
    doc_mentions: list[str] = field(default_factory=list)
    relevance: float = 0.0  # best dense cosine among the candidates (drives abstention)
    timings: dict[str, float] = field(default_factory=dict)


@lru_cache(maxsize=2)
def _cross_encoder(name: str):
    from sentence_transformers import CrossEncoder

    return CrossEncoder(name, device="cpu")


def fuse(rankings: dict[str, list[str]], weights: dict[str, float], k: int) -> dict[str, float]:
    """Weighted reciprocal rank fusion: sum of weight / (k + rank) over the rankings."""
    fused: dict[str, float] = {}
    for name, ids in rankings.items():
        w = weights.get(name, 1.0)
        for rank, pid in enumerate(ids, start=1):
            fused[pid] = fused.get(pid, 0.0) + w / (k + rank)
    return fused


class Retriever:
    def __init__(self, settings: Settings, store: IndexStore | None = None):
        self.settings = settings
        self.store = store or IndexStore(settings)
        self._names: tuple[str, DocumentNames] | None = None

    # -- helpers -----------------------------------------------------------------------------
    def corpus(self) -> LiveCorpus:
        return self.store.corpus()

    def names(self) -> DocumentNames:
        corpus = self.corpus()
        if self._names is None or self._names[0] != corpus.digest:
            self._names = (corpus.digest, DocumentNames(corpus.documents))
        return self._names[1]

    def embed_query(self, text: str) -> list[float]:
        return get_embed_model(self.settings.embed_model).get_query_embedding(text)

    def passage(self, paragraph_id: str, score: float = 0.0, scores: dict[str, float] | None = None, focus: str = "") -> Passage | None:
        corpus = self.corpus()
        p = corpus.get(paragraph_id)
        if p is None:
            return None
        return Passage(paragraph=p, document=corpus.documents[p.doc_id], score=score, scores=scores or {}, focus=focus)

    # -- references ----------------------------------------------------------------------------
    def resolve(self, refs: list[Reference], filters: Filters | None = None) -> tuple[list[Passage], list[str]]:
        """The paragraphs the references name, in the order named, and the ones that do not exist."""
        corpus = self.corpus()
        allowed = corpus.allowed_docs(filters)
        found: list[Passage] = []
        missing: list[str] = []
        for ref in refs:
            docs = [ref.doc_id] if ref.doc_id else allowed
            hits: list[Passage] = []
            for doc in docs:
                if ref.label:
                    p = corpus.get(f"{doc}#{ref.label}")
                    if p is not None and (not ref.sub or ref.sub in p.sub_items):
                        hits.append(Passage(p, corpus.documents[doc], 1.0, {"ref": 1.0}, focus=ref.sub))
                else:
                    hits.extend(
                        Passage(corpus.paragraphs[i], corpus.documents[doc], 1.0, {"ref": 1.0})
                        for i in corpus.by_doc.get(doc, [])
                        if _in_section(corpus.paragraphs[i].section, ref.section)
                        and corpus.paragraphs[i].text.strip() not in corpus.paragraphs[i].section  # the heading itself
                    )
            if hits:
                found.extend(h for h in hits if all(h.id != f.id or h.focus != f.focus for f in found))
            else:
                what = f"{ref.label}({ref.sub})" if ref.sub else ref.label or ref.section
                where = corpus.documents[ref.doc_id].title if ref.doc_id in corpus.documents else "the indexed documents"
                missing.append(f"{where}: no paragraph {what}" if ref.label else f"{where}: no section {what}")
        return found, missing

    # -- hybrid ---------------------------------------------------------------------------------
    def hybrid(self, query: str, filters: Filters | None, k: int, timings: dict[str, float]) -> tuple[list[Passage], float]:
        corpus = self.corpus()
        if not corpus.paragraphs or not query.strip():
            return [], 0.0
        n = max(k, self.settings.candidate_k)
        t0 = time.perf_counter()
        bm25 = self.store.bm25().search(query, n, corpus.mask(filters))
        timings["bm25"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        vector = self.embed_query(query)
        timings["embed_query"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        dense = self.store.dense(vector, n, filters)
        timings["dense"] = time.perf_counter() - t0
        fused = fuse(
            {"bm25": [pid for pid, _ in bm25], "dense": [h.paragraph_id for h in dense]},
            {"bm25": self.settings.bm25_weight, "dense": self.settings.dense_weight},
            self.settings.rrf_k,
        )
        bm25_scores = dict(bm25)
        dense_scores = {h.paragraph_id: h.score for h in dense}
        ranked = sorted(fused, key=lambda pid: -fused[pid])
        passages: list[Passage] = []
        wanted = n if self.settings.reranker else k
        for pid in ranked:
            if len(passages) >= wanted:
                break
            scores = {"rrf": fused[pid]}
            if pid in bm25_scores:
                scores["bm25"] = bm25_scores[pid]
            if pid in dense_scores:
                scores["dense"] = dense_scores[pid]
            passage = self.passage(pid, fused[pid], scores)
            if passage is not None and not is_heading_only(passage):
                passages.append(passage)
        if self.settings.reranker and passages:
            t0 = time.perf_counter()
            model = _cross_encoder(self.settings.reranker)
            rerank = model.predict([(query, p.paragraph.text) for p in passages])
            for p, s in zip(passages, rerank):
                p.scores["rerank"] = float(s)
                p.score = float(s)
            passages = sorted(passages, key=lambda p: -p.score)[:k]
            timings["rerank"] = time.perf_counter() - t0
        return passages, relevance_of(query, passages, dense_scores)

    def retrieve(self, question: str, filters: Filters | None = None, k: int | None = None,
                 restrict_to_mentioned: bool = True) -> Retrieval:
        """References first, then hybrid results for what the question is about."""
        k = k or self.settings.top_k
        timings: dict[str, float] = {}
        t0 = time.perf_counter()
        names = self.names()
        refs = parse_references(question, names)
        mentioned = names.doc_ids(question)
        filters = filters or Filters()
        if restrict_to_mentioned and mentioned and not filters.doc_ids:
            filters = Filters(doc_ids=mentioned, process=filters.process, year_from=filters.year_from, year_to=filters.year_to)
        found, missing = self.resolve(refs, filters)
        topic = topic_of(question, names)
        passages, relevance = self.hybrid(topic, filters, k, timings) if topic else ([], 0.0)
        seen = {p.id for p in found}
        merged = found + [p for p in passages if p.id not in seen]
        timings["retrieve"] = time.perf_counter() - t0
        return Retrieval(question, merged[: max(k, len(found))], refs, missing, mentioned,
                         1.0 if found else relevance, timings)


LEXICAL_RELEVANCE_WEIGHT = 0.2


def relevance_of(query: str, passages: list[Passage], dense_scores: dict[str, float]) -> float:
    """How well the best candidates address the query: the best dense cosine, plus a bonus for the
    share of the query's content words that one top passage contains (rare exact terms such as
    "spam" that a small embedding model underrates). Compared with ``abstain_threshold``."""
    from wsis.assistant.support import tokens

    wanted = set(tokens(query))
    coverage = max((len(wanted & set(tokens(p.paragraph.text))) / len(wanted) for p in passages[:5]), default=0.0) if wanted else 0.0
    return max(dense_scores.values(), default=0.0) + LEXICAL_RELEVANCE_WEIGHT * coverage


def is_heading_only(passage: Passage) -> bool:
    """A passage that only repeats its section heading (e.g. an action line title)."""
    p = passage.paragraph
    return not p.numbered and p.text.strip() in p.section


def _in_section(path: list[str], code: str) -> bool:
    code = code.lower()
    return any(re.match(rf"{re.escape(code)}(?![0-9])", s.strip().lower()) for s in path)


_QUESTION_WORDS = re.compile(
    r"^\s*(?:(?:and|so|but)\s+)?(?:what|how|which|where|when|who|why|does|do|did|is|are|can|could|should|tell me|please)\b"
    r"(?:\s+(?:is|are|was|were|does|do|did|the|texts?|documents?|it|they))*"
    r"(?:\s+(?:say|says|said|state|states|stated|mention|mentions|provide|provides))?(?:\s+(?:about|on|regarding|concerning|of))?\s*",
    re.I,
)
_REF_NOISE = re.compile(
    r"(?:paragraphs?|paras?\.?|¶+|§+|action\s+lines?|objective)\s*[\dC][\w()]*(?:\s*(?:-|–|to|and|,)\s*[\dC][\w()]*)*", re.I
)


def topic_of(question: str, names: DocumentNames) -> str:
    """The question without document names and paragraph numbers: what it is about."""
    text = _REF_NOISE.sub(" ", names.strip(question))
    text = re.sub(r"\b\d{1,3}(?:\s?\([a-z]{1,4}\))?\b", " ", text)
    text = " ".join(text.split())
    stripped = _QUESTION_WORDS.sub("", text).strip(" ?.!")
    return stripped if len(stripped) >= 3 else text


def describe(info: DocumentInfo) -> str:
    return f"{info.title} ({info.date[:4]})" if info.date else info.title
