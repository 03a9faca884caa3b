"""The ``wsis`` distribution namespace and its bottom layer: the shared vocabulary.

The design card's folders (``assistant``, ``ingest``, ``index_store``, ``eval``, ``prompts``) are
installed as ``wsis.assistant``, ``wsis.ingest``, ... so no generic top-level name (``eval``!) lands
in site-packages. In a source checkout they stay at the repository root; this package's path is
extended to reach them, so the checkout works with or without an install.

The modules of this package itself (``types``, ``settings``, ``errors``, ``files``) import nothing
from the project: every layer above may import them.
"""
from pathlib import Path as _Path

_CHECKOUT = _Path(__file__).resolve().parent.parent
if (_CHECKOUT / "pyproject.toml").is_file() and (_CHECKOUT / "assistant").is_dir():
    __path__.append(str(_CHECKOUT))  # type: ignore[name-defined]  # noqa: F821
