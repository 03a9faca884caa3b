"""Server mode: a real `chroma run` on 127.0.0.1, selected by WSIS_CHROMA_URL."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import free_port, run_wsis, wait_for_http


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory):
    venv_bin = str(Path(sys.executable).parent)  # the venv need not be activated
    exe = shutil.which("chroma", path=os.pathsep.join([venv_bin, os.environ.get("PATH", "")]))
    assert exe, "the chroma CLI comes with the chromadb package"
    port = free_port()
    path = tmp_path_factory.mktemp("chroma-server")
    proc = subprocess.Popen([exe, "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    wait_for_http(f"{url}/api/v2/heartbeat", proc, "chroma run", 60)
    yield url, path
    proc.terminate()
    proc.wait(timeout=20)


def test_ingest_and_ask_through_a_chroma_server(tmp_path, fixture_corpus, chroma_server):
    url, server_path = chroma_server
    data = tmp_path / "data"
    env = {"WSIS_CHROMA_URL": url}
    result = run_wsis("ingest", str(fixture_corpus / "tunis-agenda.html"), data_dir=data, env=env)
    assert result.returncode == 0, result.stderr
    assert not (data / "index" / "chroma").exists()  # nothing embedded locally: vectors live in the server
    import chromadb

    client = chromadb.HttpClient(host="127.0.0.1", port=int(url.rsplit(":", 1)[1]))
    status = json.loads(run_wsis("status", "--json", data_dir=data, env=env).stdout)
    assert status["index"]["chroma"] == url
    assert client.get_collection("wsis").count() == status["documents"][0]["passages"]
    answer = json.loads(run_wsis("ask", "Tunis Agenda para 9", "--json", data_dir=data, env=env).stdout)
    assert answer["citations"][0]["paragraph"] == "9"
    topic = json.loads(run_wsis("ask", "enhanced cooperation", "--json", data_dir=data, env=env).stdout)
    assert any(p["scores"].get("dense") for p in topic["passages"])  # dense hits came from the server
    assert any(Path(server_path).iterdir())


def test_cli_ingest_is_seen_by_a_running_server_in_chroma_server_mode(tmp_path, fixture_corpus, chroma_server):
    from tests.test_multiprocess import ingest_while_serving

    url, _ = chroma_server
    ingest_while_serving(tmp_path, fixture_corpus, {"WSIS_CHROMA_URL": url, "WSIS_COLLECTION": "wsis-multiprocess"})
