"""A yardstick for cross-lingual cosines: how close a phrase comes to common English words.

With multilingual-e5 a phrase in another language sits at its own distance from all English text:
an Arabic or Russian phrase scores lower against every English sentence than a French one, and a
phrase whose concept the texts lack can still score as high with an on-topic sentence as one whose
concept is there. Its best cosine with *any* common English word (WordNet's most tagged nouns and
adjectives, ranked by the tagged occurrences of all their senses; mostly an unrelated word:
"cryptomonnaies" / "cytolysis") measures that distance. The cross-lingual concept check
(``concepts_xlang``) subtracts it from the phrase's best cosine with a candidate sentence: what
stands out from the phrase's closeness to English in general.

`python scripts/measure_yardstick.py` (the multilingual suite's non-English questions with a weighty
phrase not found word for word; area under the ROC curve, dev / test): the raw best cosine 0.89 /
0.89; less the best of the 3,000 most tagged words 0.96 / 0.99 (6,000: the same; 1,000: 0.86 / 0.92);
less the mean of the five best 0.93 / 0.96; less the mean cosine with the candidate sentences (a
CSLS-like correction) 0.50 / 0.91.
"""
from __future__ import annotations

import hashlib
import logging
import os
import tempfile
import threading
import time
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

from wsis.assistant import synonyms

SIZE = 3000  # common words in the yardstick (embedded once per embedder: ~13 s on 2 cores, then read from disk)

Embed = Callable[[list[str]], Sequence[Sequence[float]]]

_MATRICES: dict[str, np.ndarray] = {}
_LOCK = threading.Lock()
log = logging.getLogger(__name__)


def _unit(rows: Sequence[Sequence[float]]) -> np.ndarray:
    matrix = np.asarray(rows, dtype=np.float32)
    return matrix / np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-12)


def _cache_file(cache_dir: Path, label: str, words: list[str]) -> Path:
    key = hashlib.sha256("\n".join([label, *words]).encode("utf-8")).hexdigest()[:16]
    return cache_dir / f"common-words-{key}.npy"


def _read(path: Path, count: int) -> np.ndarray | None:
    try:
        matrix = np.load(path, allow_pickle=False)
    except (OSError, ValueError, EOFError):
        return None  # absent, or torn or emptied by a crash: embedded again
    return matrix if matrix.dtype == np.float32 and matrix.ndim == 2 and len(matrix) == count else None


def _write(path: Path, matrix: np.ndarray) -> None:
    temporary = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".npy", delete=False) as handle:
            temporary = handle.name
            np.save(handle, matrix.astype(np.float32))  # as embedded: the same verdicts from disk as fresh
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, 0o644)  # a data directory shared by a service and a CLI user: read by both
        os.replace(temporary, path)  # readers see the whole file or none
    except OSError as exc:  # a read-only data directory, a full disk: kept in memory only
        log.debug("common words not cached in %s: %s", path.parent, exc)
        if temporary is not None and os.path.exists(temporary):
            os.unlink(temporary)


def matrix(label: str, embed: Embed, cache_dir: Path | None = None) -> np.ndarray | None:
    """The common words' unit vectors for the embedder named ``label``: from memory, from
    ``cache_dir``, or embedded by ``embed`` (then stored there); None without WordNet's files."""
    with _LOCK:  # one embedding however many server threads ask at once
        if label not in _MATRICES:
            words = list(synonyms.frequent_lemmas(SIZE))
            if not words:
                return None
            path = _cache_file(cache_dir, label, words) if cache_dir is not None else None
            found = _read(path, len(words)) if path is not None else None
            if found is None:
                where = f"; kept in {path.parent}" if path is not None else ""
                log.info("embedding %s common English words for the cross-lingual concept check "
                         "(once per embedder%s)...", f"{len(words):,}", where)
                started = time.perf_counter()
                found = _unit([v for i in range(0, len(words), 256) for v in embed(words[i:i + 256])])
                log.info("  %s words in %.1f s", f"{len(words):,}", time.perf_counter() - started)
                if path is not None:
                    _write(path, found)
            _MATRICES[label] = _unit(found)
        return _MATRICES[label]


def closeness(rows: np.ndarray, label: str, embed: Embed, cache_dir: Path | None = None) -> np.ndarray | None:
    """Each unit row's best cosine with a common English word (None without WordNet's files)."""
    words = matrix(label, embed, cache_dir)
    return None if words is None or not len(rows) else (np.asarray(rows) @ words.T).max(axis=1)
