"""Indexes for the suites: a temporary index of a self-contained suite's corpus, or the user's index.

Self-contained suites declare their corpus (a folder shipped with the package such as
``eval/corpora/fixture``, a folder beside the checkout, or a ``module:function`` builder): the
harness ingests it into a temporary index once per process and removes it at exit. Suites without a
corpus run on the configured index (``WSIS_DATA_DIR``), e.g. the official suite after ``wsis fetch``
and ``wsis ingest``.
"""
from __future__ import annotations

import atexit
import dataclasses
import importlib
import shutil
import sys

import tempfile
import time
from pathlib import Path

from wsis.settings import PROJECT_ROOT, Settings, get_settings
from wsis.eval.questions import CorpusSpec


class HarnessError(RuntimeError):
    """The suite cannot run (no corpus, failed ingest, empty index); str() is one line."""


class CorpusMissing(HarnessError):
    """The suite's corpus folder is absent (e.g. ../shared/seeds on a user's machine)."""


_INDEXES: dict[str, tuple[Path, Settings, dict]] = {}


def _cleanup() -> None:
    for root, _, _ in _INDEXES.values():
        shutil.rmtree(root, ignore_errors=True)
    _INDEXES.clear()


atexit.register(_cleanup)


def _call_builder(target: str, dest: Path) -> Path:
    module_name, _, func_name = target.partition(":")
    if str(PROJECT_ROOT) not in sys.path and (PROJECT_ROOT / "pyproject.toml").exists():
        sys.path.insert(0, str(PROJECT_ROOT))  # builders of a source checkout (tests.fixtures.build)
    try:
        func = getattr(importlib.import_module(module_name), func_name)
    except (ImportError, AttributeError) as exc:
        raise HarnessError(f"corpus builder {target}: cannot import: {exc}") from None
    dest.mkdir(parents=True, exist_ok=True)
    out = func(dest)
    return Path(out) if out else dest


def prepare_index(spec: CorpusSpec, progress: bool = False, base: Settings | None = None) -> tuple[Settings, dict]:
    """Settings pointing at an index holding the suite's corpus, and what was ingested.

    Temporary indexes are built once per process and per corpus (then reused), and removed at exit.
    """
    if spec.kind == "index":
        settings = base or get_settings()
        return settings, {"kind": "index", "data_dir": str(settings.data_dir)}
    key = spec.key()
    if key in _INDEXES:
        _, settings, info = _INDEXES[key]
        return dataclasses.replace(settings), info
    from wsis.assistant.library import ingest_paths as ingest

    root = Path(tempfile.mkdtemp(prefix="wsis-eval-"))
    try:
        if spec.kind == "builder":
            corpus_dir = _call_builder(spec.target, root / "corpus")
        else:
            corpus_dir = spec.resolve_path()
            if not corpus_dir.exists():
                raise CorpusMissing(f"corpus {spec.target}: not found (looked at {corpus_dir}); "
                                    "pass the folder with `wsis eval --corpus DIR`")
        settings = dataclasses.replace(base or Settings(), data_dir=root / "data")
        t0 = time.perf_counter()
        report = ingest([corpus_dir], settings, progress=progress)
        failed = [r.message for r in report.results if r.status == "failed"]
        if failed:
            raise HarnessError(f"corpus {spec.target}: ingest failed: {failed[0]}" + (f" (+{len(failed) - 1} more)" if len(failed) > 1 else ""))
        if not report.paragraphs:
            raise HarnessError(f"corpus {spec.target}: no paragraphs were indexed from {corpus_dir}")
        info = {"kind": spec.kind, "source": spec.target, "corpus_dir": str(corpus_dir),
                "files": [Path(r.path).name for r in report.results],
                "doc_ids": [r.doc_id for r in report.results], "paragraphs": report.paragraphs,
                "ingest_seconds": round(time.perf_counter() - t0, 2)}
    except BaseException:
        shutil.rmtree(root, ignore_errors=True)
        raise
    _INDEXES[key] = (root, settings, info)
    return dataclasses.replace(settings), info


def make_assistant(suite, progress: bool = False, overrides: dict | None = None):
    """An ``Assistant`` over the suite's index (built if the suite is self-contained) and what it holds."""
    from wsis.assistant.answering import Assistant

    settings, info = prepare_index(suite.corpus, progress=progress)
    for key, value in (overrides or {}).items():
        setattr(settings, key, value)
    assistant = Assistant(settings)
    if not assistant.store.corpus().paragraphs:
        raise HarnessError(f"the index at {settings.index_dir} is empty: run `wsis fetch` and `wsis ingest` first")
    return assistant, info


def suite_assistants(names: list[str], warn=None) -> list[tuple[object, object]]:
    """(suite, assistant) for each named suite whose corpus is at hand; a missing one is skipped
    with a one-line notice (``warn``, else stderr)."""
    from wsis.eval.suite_files import load_suite

    out = []
    for name in names:
        suite = load_suite(name)
        try:
            assistant, _ = make_assistant(suite)
        except CorpusMissing as exc:
            (warn or (lambda m: print(m, file=sys.stderr)))(f"(suite {name} skipped: {exc})")
            continue
        out.append((suite, assistant))
    return out


def source_files(assistant) -> dict[str, str]:
    """Local source file -> doc_id of every indexed document whose file still exists (for the baseline)."""
    out = {}
    for doc_id, doc in assistant.store.corpus().documents.items():
        if doc.source and Path(doc.source).is_file():
            out[str(Path(doc.source).resolve())] = doc_id
    return out


