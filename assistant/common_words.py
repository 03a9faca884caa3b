"""A yardstick for cross-lingual cosines: how close a phrase comes to common English words.

With multilingual-e5 a phrase in another language sits at its own distance from all English text:
an Arabic or Russian phrase scores lower against every English sentence than a French one, and a
phrase whose concept the texts lack can still score as high with an on-topic sentence as one whose
concept is there. Its best cosine with *any* common English word (WordNet's most tagged nouns and
adjectives; mostly an unrelated word: "cryptomonnaies" / "cytolysis") measures that distance. The
cross-lingual concept check (``concepts_xlang``) subtracts it from the phrase's best cosine with a
candidate sentence: what stands out from the phrase's closeness to English in general.

`python scripts/measure_yardstick.py` (the multilingual suite's non-English questions with a weighty
phrase not found word for word; area under the ROC curve, dev / test): the raw best cosine 0.91 /
0.89; less the best of the 3,000 most tagged words 0.97 / 0.99 (6,000: the same; 1,000: 0.89 / 0.92);
less the mean of the five best 0.94 / 0.96; less the mean cosine with the candidate sentences (a
CSLS-like correction) 0.40 / 0.91.
"""
from __future__ import annotations

import threading
from typing import Callable, Sequence

import numpy as np

from wsis.assistant import synonyms

SIZE = 3000  # common words in the yardstick (embedded once per embedder and process: ~13 s on 2 cores)

Embed = Callable[[list[str]], Sequence[Sequence[float]]]

_MATRICES: dict[str, np.ndarray] = {}
_LOCK = threading.Lock()


def _unit(rows: Sequence[Sequence[float]]) -> np.ndarray:
    matrix = np.asarray(rows, dtype=np.float32)
    return matrix / np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-12)


def matrix(label: str, embed: Embed) -> np.ndarray | None:
    """The common words' unit vectors for the embedder named ``label`` (embedded by ``embed`` on the
    first call); None without WordNet's files."""
    with _LOCK:  # one embedding however many server threads ask at once
        if label not in _MATRICES:
            words = list(synonyms.frequent_lemmas(SIZE))
            if not words:
                return None
            _MATRICES[label] = _unit([v for i in range(0, len(words), 256) for v in embed(words[i:i + 256])])
        return _MATRICES[label]


def closeness(rows: np.ndarray, label: str, embed: Embed) -> np.ndarray | None:
    """Each unit row's best cosine with a common English word (None without WordNet's files)."""
    words = matrix(label, embed)
    return None if words is None or not len(rows) else (np.asarray(rows) @ words.T).max(axis=1)
