"""The user's path through the real commands: `wsis fetch --base-url MIRROR` then `wsis ingest`
(default: the fetched corpus) then `wsis status --json`; and the offline message."""
from __future__ import annotations

import json
import shutil
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.conftest import run_wsis


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def mirror(tmp_path, fixture_corpus):
    root = tmp_path / "mirror"
    root.mkdir()
    shutil.copy(fixture_corpus / "tunis-agenda.html", root / "tunis-agenda.html")
    shutil.copy(fixture_corpus / "tunis-commitment.pdf", root / "tunis-commitment.pdf")
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), partial(QuietHandler, directory=str(root)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_fetch_then_ingest_the_fetched_corpus(tmp_path, mirror):
    data = tmp_path / "data"
    args = ("fetch", "--doc", "tunis-agenda", "--doc", "tunis-commitment", "--base-url", mirror)
    first = run_wsis(*args, "--json", data_dir=data)
    assert first.returncode == 0, first.stderr
    report = json.loads(first.stdout)
    assert sorted(report["downloaded"]) == ["tunis-agenda", "tunis-commitment"]
    again = json.loads(run_wsis(*args, "--json", data_dir=data).stdout)
    assert sorted(again["cached"]) == ["tunis-agenda", "tunis-commitment"] and not again["downloaded"]
    assert (data / "corpus" / "manifest.json").exists()
    ingest = run_wsis("ingest", data_dir=data)
    assert ingest.returncode == 0, ingest.stderr
    docs = {d["doc_id"]: d for d in json.loads(run_wsis("status", "--json", data_dir=data).stdout)["documents"]}
    assert set(docs) == {"tunis-agenda", "tunis-commitment"}
    assert docs["tunis-agenda"]["numbered_paragraphs"] == 16
    assert docs["tunis-commitment"]["numbered_paragraphs"] == 10


def test_fetch_offline_tells_the_user_what_to_do(tmp_path):
    data = tmp_path / "data"
    result = run_wsis("fetch", "--doc", "tunis-agenda", "--base-url", "http://127.0.0.1:9", data_dir=data)
    assert result.returncode != 0
    assert "tunis-agenda" in result.stderr and "wsis ingest FOLDER" in result.stderr
    assert "Traceback" not in result.stderr
    empty = run_wsis("ingest", data_dir=tmp_path / "nothing")
    assert empty.returncode != 0 and "wsis fetch" in empty.stderr


def test_status_of_an_empty_index(tmp_path):
    result = run_wsis("status", "--json", data_dir=tmp_path / "none")
    assert result.returncode == 0
    data = json.loads(result.stdout)
    assert data["documents"] == [] and data["index"]["paragraphs"] == 0
