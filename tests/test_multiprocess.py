"""One index, many processes: a running `wsis serve` sees what a `wsis ingest` in another process
commits, without a restart, unfiltered and filtered; old generations are deleted only when no
reader holds them. The same scenario runs against a Chroma server in tests/test_chroma_server.py.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import httpx
import pytest

from tests.conftest import ROOT, free_port, make_settings, run_wsis, wait_for_http

# An invented document, in our own words: a topic no fixture document touches.
RELAY_V1 = """# Charter on Lunar Relay Stations

1. The parties shall keep a shared public registry of the radio frequencies used by relay stations on the Moon.

2. Operators of lunar relay stations shall report interference to the registry within thirty days.

3. The registry shall be reviewed every five years by a committee of the parties.
"""
RELAY_V2 = RELAY_V1.replace("thirty days", "ten days") + (
    "\n4. Relay stations that fall silent shall be removed from the registry after one year.\n")
QUESTION = "Who keeps the registry of radio frequencies for relay stations on the Moon?"


@contextmanager
def serving(data_dir: Path, env: dict[str, str] | None = None) -> Iterator[str]:
    """A real `wsis serve` process on 127.0.0.1 (loopback only); yields its base URL."""
    port = free_port()
    full_env = {**os.environ, "WSIS_DATA_DIR": str(data_dir), "WSIS_LLM": "", **(env or {})}
    if "WSIS_CHROMA_URL" not in (env or {}):
        full_env.pop("WSIS_CHROMA_URL", None)
    proc = subprocess.Popen([sys.executable, "-m", "wsis.assistant.cli", "serve", "--host", "127.0.0.1",
                             "--port", str(port), "--no-bootstrap"], cwd=ROOT, env=full_env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for_http(f"{url}/api/health", proc, "wsis serve", 180)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()


def _search(url: str, query: str, doc_ids: list[str] | None = None) -> dict:
    body: dict = {"query": query, "k": 5}
    if doc_ids:
        body["filters"] = {"doc_ids": doc_ids}
    r = httpx.post(f"{url}/api/search", json=body, timeout=120)
    assert r.status_code == 200, r.text
    return r.json()


def _ask(url: str, question: str, doc_ids: list[str] | None = None) -> dict:
    body: dict = {"question": question, "mode": "extractive"}
    if doc_ids:
        body["filters"] = {"doc_ids": doc_ids}
    r = httpx.post(f"{url}/api/ask", json=body, timeout=120)
    assert r.status_code == 200, r.text
    return r.json()


def ingest_while_serving(tmp_path: Path, fixture_corpus: Path, env: dict[str, str] | None = None) -> None:
    """The scenario of issue 12: ingest from the CLI while the server runs, then ask the server."""
    env = {"WSIS_LLM": "", **(env or {})}  # the CLI and the server share their settings
    data = tmp_path / "data"
    first = run_wsis("ingest", "--no-progress", str(fixture_corpus / "tunis-agenda.html"), data_dir=data, env=env)
    assert first.returncode == 0, first.stderr
    new_doc = tmp_path / "new" / "lunar-relay-charter.md"
    new_doc.parent.mkdir()
    new_doc.write_text(RELAY_V1, encoding="utf-8")
    with serving(data, env) as url:
        before = _ask(url, "What is enhanced cooperation?")  # the server has loaded the index and the model
        assert before["citations"] and all(c["doc_id"] == "tunis-agenda" for c in before["citations"])

        added = run_wsis("ingest", "--no-progress", str(new_doc), data_dir=data, env=env)
        assert added.returncode == 0, added.stderr
        health = httpx.get(f"{url}/api/health", timeout=30).json()
        assert health["documents"] == 2

        unfiltered = _search(url, QUESTION)
        top = unfiltered["results"][0]
        assert top["doc_id"] == "lunar-relay-charter", unfiltered["results"]
        assert "dense" in top["scores"], top  # the server's dense retrieval sees the new vectors
        filtered = _search(url, QUESTION, ["lunar-relay-charter"])
        assert filtered["results"] and {r["doc_id"] for r in filtered["results"]} == {"lunar-relay-charter"}
        assert "dense" in filtered["results"][0]["scores"]
        answer = _ask(url, QUESTION, ["lunar-relay-charter"])
        assert answer["citations"][0]["doc_id"] == "lunar-relay-charter" and not answer["abstained"]
        assert "registry" in answer["citations"][0]["quote"]

        # a one-shot `wsis ask` uses the running server (same answer as in process), and its errors read the same
        args = ("ask", QUESTION, "--doc", "lunar-relay-charter", "--json")
        served = run_wsis("-v", *args, data_dir=data, env=env)
        assert served.returncode == 0, served.stderr
        assert f"answered by wsis serve at {url}" in served.stderr
        local = run_wsis(*args, "--local", data_dir=data, env=env)
        assert local.returncode == 0, local.stderr
        for key in ("answer", "citations", "abstained", "mode"):
            assert json.loads(served.stdout)[key] == json.loads(local.stdout)[key], key
        unknown = run_wsis("ask", QUESTION, "--doc", "no-such-doc", data_dir=data, env=env)
        assert unknown.returncode != 0 and "--doc: not in the index: no-such-doc" in unknown.stderr

        # a replacement from the CLI: the server answers from the new generation, the old one is gone
        old_files = sorted((data / "index" / "paragraphs").glob("lunar-relay-charter@*.jsonl"))
        new_doc.write_text(RELAY_V2, encoding="utf-8")
        replaced = run_wsis("ingest", "--no-progress", str(new_doc), data_dir=data, env=env)
        assert replaced.returncode == 0, replaced.stderr
        assert "1 replaced" in replaced.stderr
        hits = _search(url, "relay stations that fall silent are removed after one year", ["lunar-relay-charter"])
        assert hits["results"][0]["paragraph"] == "4" and "dense" in hits["results"][0]["scores"]
        assert "ten days" in _search(url, "report interference within days", ["lunar-relay-charter"])["results"][0]["text"]
        assert all(not f.exists() for f in old_files)  # no reader held it: deleted right after the commit
        status = json.loads(run_wsis("status", "--json", data_dir=data, env=env).stdout)
        assert [d["doc_id"] for d in status["documents"]].count("lunar-relay-charter") == 1
    assert not (data / "server.json").exists()  # withdrawn when the server stopped
    stale = run_wsis("-v", "ask", QUESTION, "--json", data_dir=data, env=env)  # no server: answered in process
    assert stale.returncode == 0 and "answered by wsis serve" not in stale.stderr
    assert json.loads(stale.stdout)["citations"][0]["doc_id"] == "lunar-relay-charter"


def test_cli_ingest_is_seen_by_a_running_server(tmp_path, fixture_corpus):
    ingest_while_serving(tmp_path, fixture_corpus)


# -- the store's own guarantees, in one process ------------------------------------------------
def _store_with(tmp_path: Path, text: str):
    from wsis.assistant.library import ingest_paths
    from wsis.index_store.store import IndexStore

    doc = tmp_path / "docs" / "lunar-relay-charter.md"
    doc.parent.mkdir(exist_ok=True)
    doc.write_text(text, encoding="utf-8")
    settings = make_settings(tmp_path / "data")
    report = ingest_paths([doc], settings, progress=False)
    assert report.ok, report.to_dict()
    return settings, doc, IndexStore(settings)


def test_a_reader_defers_the_deletion_of_the_generation_it_may_hold(tmp_path, monkeypatch):
    from wsis.assistant.library import ingest_paths
    from wsis.index_store.store import IndexStore

    settings, doc, reader = _store_with(tmp_path, RELAY_V1)
    old = reader.manifest().documents["lunar-relay-charter"].generation
    old_file = settings.index_dir / "paragraphs" / f"lunar-relay-charter@{old}.jsonl"
    monkeypatch.setattr(IndexStore, "READER_WAIT", 0.2)
    doc.write_text(RELAY_V2, encoding="utf-8")
    with reader.reading():  # e.g. a server in the middle of a query
        report = ingest_paths([doc], settings, progress=False)
        assert report.count("replaced") == 1
        assert old_file.exists()  # committed, but the old generation is still readable
        assert old in reader.vector.generations()
    assert reader.corpus().get("lunar-relay-charter#4") is not None  # readers see the new generation
    assert IndexStore(settings).collect_garbage() >= 2  # the next writer removes file and vectors
    assert not old_file.exists() and old not in reader.vector.generations()


def test_a_stale_process_index_is_reopened(tmp_path):
    """Embedded Chroma: vectors written by another process are found after the manifest changes."""
    settings, doc, store = _store_with(tmp_path, RELAY_V1)
    from wsis.index_store.embeddings import get_embed_model

    query = get_embed_model(settings.embed_model).get_query_embedding("interference reports within ten days")
    assert store.dense(query, 3)
    doc.write_text(RELAY_V2, encoding="utf-8")
    result = run_wsis("ingest", "--no-progress", str(doc), data_dir=settings.data_dir)
    assert result.returncode == 0, result.stderr
    generation = store.manifest().documents["lunar-relay-charter"].generation
    hits = store.dense(query, 3, _filters(["lunar-relay-charter"]))
    assert hits and hits[0].paragraph_id == "lunar-relay-charter#2"
    assert generation in store.vector.generations()


def _filters(doc_ids: list[str]):
    from wsis.types import Filters

    return Filters(doc_ids=doc_ids)


@pytest.mark.parametrize("include_undated, expected", [(True, ["dated", "undated"]), (False, ["dated"])])
def test_undated_documents_pass_year_and_process_filters_unless_excluded(include_undated, expected):
    from wsis.index_store.store import LiveCorpus
    from wsis.types import DocumentInfo, Filters

    corpus = LiveCorpus(digest="x", documents={
        "dated": DocumentInfo("dated", "Dated", date="2005-11-18", process="WSIS"),
        "undated": DocumentInfo("undated", "Undated upload"),
        "old": DocumentInfo("old", "Old", date="1999-01-01", process="WSIS"),
        "gdc": DocumentInfo("gdc", "Compact", date="2024-09-22", process="GDC"),
    }, paragraphs=[])
    filters = Filters(process="WSIS", year_from=2003, year_to=2010, include_undated=include_undated)
    assert corpus.allowed_docs(filters) == expected
    assert corpus.allowed_docs(Filters(doc_ids=["undated"], include_undated=include_undated)) == ["undated"]


def test_serve_on_a_busy_port_says_so_before_announcing_or_advertising(tmp_path):
    """`wsis serve` on a port another process holds printed "wsis serve: http://..." and wrote server.json
    (so `wsis ask` would be sent to the other process) before uvicorn failed on the address."""
    import socket

    with socket.socket() as other:
        other.bind(("127.0.0.1", 0))
        other.listen()
        port = other.getsockname()[1]
        done = run_wsis("serve", "--host", "127.0.0.1", "--port", str(port), "--no-bootstrap", data_dir=tmp_path,
                        env={"WSIS_LLM": ""}, timeout=120)
    assert done.returncode == 1 and not done.stdout, (done.returncode, done.stdout)
    lines = done.stderr.strip().splitlines()
    assert lines == [f"Error: cannot serve on 127.0.0.1:{port}: Address already in use (choose another --port)"], lines
    assert not list(tmp_path.rglob("server.json"))  # nothing advertised
