"""BM25 sidecar over the live paragraphs (bm25s), cached on disk per manifest digest."""
from __future__ import annotations

import logging
import os
import re
import shutil
import threading
from pathlib import Path

import bm25s
import numpy as np
import Stemmer

_STEMMER = Stemmer.Stemmer("english")
logging.getLogger("bm25s").setLevel(logging.WARNING)  # bm25s sets DEBUG on import


_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


def cjk_bigrams(text: str) -> str:
    """[parallel] Chinese has no spaces: each run of ideographs becomes its overlapping character
    pairs ("互联网治理" -> "互联 联网 网治 治理"), so keyword search matches words inside sentences."""
    return _CJK_RUN.sub(lambda m: " " + " ".join(m.group()[i:i + 2] for i in range(max(1, len(m.group()) - 1))) + " ", text)


def tokenize(texts: list[str]):
    texts = [cjk_bigrams(t) if _CJK_RUN.search(t) else t for t in texts]
    return bm25s.tokenize(texts, stopwords="en", stemmer=_STEMMER, show_progress=False)


# a number that is part of a name ("COVID-19", "G-20"): no paragraph number, nor a word to match alone
_NAMED_NUMBER = re.compile(r"\b(?!SDGs?-)([A-Z]{1,}[A-Za-z]*)-\d{1,3}\b")  # not "SDG-9": a goal's number


def tokenize_one(text: str) -> list[str]:
    """The stemmed tokens BM25 indexes for ``text``."""
    text = cjk_bigrams(text) if _CJK_RUN.search(text) else text
    return bm25s.tokenize(text, stopwords="en", stemmer=_STEMMER, return_ids=False, show_progress=False)[0]


class BM25Sidecar:
    """Keyword index whose row i is paragraph ``ids[i]``."""

    def __init__(self, ids: list[str], retriever: bm25s.BM25):
        self.ids = ids
        self.retriever = retriever

    @classmethod
    def build(cls, ids: list[str], texts: list[str], cache_dir: Path | None = None) -> "BM25Sidecar":
        if cache_dir is not None and (cache_dir / "params.index.json").exists():
            try:
                return cls(ids, bm25s.BM25.load(str(cache_dir), show_progress=False, verbosity=0))
            except Exception:  # a half-written cache: rebuild it
                shutil.rmtree(cache_dir, ignore_errors=True)
        retriever = bm25s.BM25()
        if texts:
            retriever.index(tokenize(texts), show_progress=False)
            if cache_dir is not None:
                tmp = cache_dir.with_name(f"{cache_dir.name}.{os.getpid()}.{threading.get_ident()}.tmp")
                shutil.rmtree(tmp, ignore_errors=True)
                retriever.save(str(tmp), show_progress=False)
                try:
                    tmp.rename(cache_dir)  # published whole; fails if another process was first
                except OSError:
                    shutil.rmtree(tmp, ignore_errors=True)
        return cls(ids, retriever)

    def scores(self, query: str, mask: np.ndarray | None = None) -> np.ndarray:
        """BM25 score of every paragraph for ``query`` (0 where ``mask`` is 0)."""
        if not self.ids:
            return np.zeros(0, dtype=np.float32)
        vocab = self.retriever.vocab_dict  # [parallel] Chinese queries as bigrams, as the texts were indexed
        tokens = [t for t in tokenize_one(_NAMED_NUMBER.sub(r"\1", query)) if t in vocab]
        if not tokens:
            return np.zeros(len(self.ids), dtype=np.float32)
        scores = self.retriever.get_scores(tokens)
        return scores * mask if mask is not None else scores

    def search(self, query: str, k: int, mask: np.ndarray | None = None) -> list[tuple[str, float]]:
        scores = self.scores(query, mask)
        if scores.size == 0:
            return []
        k = min(k, scores.size)
        top = np.argpartition(-scores, k - 1)[:k]
        top = top[np.argsort(-scores[top])]
        return [(self.ids[i], float(scores[i])) for i in top if scores[i] > 0]
