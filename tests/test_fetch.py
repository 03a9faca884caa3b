"""``fetch`` against a real local HTTP server (no mocks)."""
from __future__ import annotations

import hashlib
import json
import socket
import threading
import time
from collections import Counter
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Iterator

import pytest

from wsis.ingest.catalog import CatalogEntry, CatalogUrl
from wsis.ingest.fetch import MANIFEST, FetchReport, fetch, format_report

DOCS = ["tunis-agenda", "wsis-outcome-booklet", "a-res-70-125"]  # html, pdf, pdf
HTML = b"<!DOCTYPE html><html><head><title>Tunis Agenda</title></head><body><p>1. We recognize...</p></body></html>\n"


def pdf_bytes(text: str) -> bytes:
    return b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n% " + text.encode() + b"\ntrailer\n<<>>\n%%EOF\n"


class Server:
    """Serves files from ``root``; counts requests; can answer 500 a set number of times per path."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.hits: Counter[str] = Counter()
        self.fail_500: Counter[str] = Counter()
        self.conditional = 0
        server = self

        class Handler(SimpleHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                server.hits[self.path] += 1
                if "If-Modified-Since" in self.headers or "If-None-Match" in self.headers:
                    server.conditional += 1
                if server.fail_500[self.path] > 0:
                    server.fail_500[self.path] -= 1
                    self.send_error(500, "boom")
                    return
                super().do_GET()

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), partial(Handler, directory=str(root)))
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
        self.thread.start()

    @property
    def total(self) -> int:
        return sum(self.hits.values())

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    root = tmp_path / "mirror"
    root.mkdir()
    (root / "tunis-agenda.html").write_bytes(HTML)
    (root / "wsis-outcome-booklet.pdf").write_bytes(pdf_bytes("booklet"))
    (root / "a-res-70-125.pdf").write_bytes(pdf_bytes("A/RES/70/125"))
    srv = Server(root)
    yield srv
    srv.close()


def run(dest: Path, base_url: str, **kw: object) -> FetchReport:
    kw.setdefault("doc_ids", DOCS)
    return fetch(dest, base_url=base_url, timeout=5, backoff=0.01, progress=False, **kw)  # type: ignore[arg-type]


def leftovers(dest: Path) -> list[str]:
    return [p.name for p in dest.iterdir() if p.name.endswith(".part")]


def test_download_via_base_url_writes_files_and_manifest(tmp_path: Path, server: Server) -> None:
    dest = tmp_path / "corpus"
    report = run(dest, server.url)
    assert report.ok and report.downloaded == DOCS and report.cached == []
    manifest = json.loads((dest / MANIFEST).read_text())
    assert set(manifest) == set(DOCS)
    for doc_id, name in [("tunis-agenda", "tunis-agenda.html"), ("wsis-outcome-booklet", "wsis-outcome-booklet.pdf")]:
        data = (server.root / name).read_bytes()
        assert (dest / name).read_bytes() == data
        rec = manifest[doc_id]
        assert rec["file"] == name and rec["bytes"] == len(data)
        assert rec["sha256"] == hashlib.sha256(data).hexdigest()
        assert rec["url"] == f"{server.url}/{name}" and rec["fetched_at"]
        assert rec["last_modified"]  # SimpleHTTPRequestHandler sends Last-Modified
    assert leftovers(dest) == []
    assert "3 downloaded, 0 cached, 0 failed" in format_report(report)


def test_second_run_downloads_nothing_and_force_does(tmp_path: Path, server: Server) -> None:
    dest = tmp_path / "corpus"
    assert run(dest, server.url).downloaded == DOCS
    before = server.total
    again = run(dest, server.url)
    assert again.ok and again.downloaded == [] and again.cached == DOCS
    assert server.total == before  # no request at all
    assert "cached" in format_report(again)
    forced = run(dest, server.url, force=True)
    assert forced.downloaded == DOCS and server.total == before + len(DOCS)
    assert server.conditional == 0


def test_revalidate_uses_conditional_requests(tmp_path: Path, server: Server) -> None:
    dest = tmp_path / "corpus"
    run(dest, server.url)
    report = run(dest, server.url, revalidate=True)
    assert report.cached == DOCS and report.downloaded == []
    assert server.conditional == len(DOCS)  # answered 304 Not Modified


def test_changed_local_file_is_downloaded_again(tmp_path: Path, server: Server) -> None:
    dest = tmp_path / "corpus"
    run(dest, server.url)
    (dest / "tunis-agenda.html").write_bytes(b"<html>edited</html>")
    report = run(dest, server.url)
    assert report.downloaded == ["tunis-agenda"] and report.cached == DOCS[1:]
    assert (dest / "tunis-agenda.html").read_bytes() == HTML


def test_404_fails_only_that_document(tmp_path: Path, server: Server) -> None:
    (server.root / "wsis-outcome-booklet.pdf").unlink()
    dest = tmp_path / "corpus"
    report = run(dest, server.url)
    assert not report.ok
    assert report.downloaded == ["tunis-agenda", "a-res-70-125"]
    [(doc_id, message)] = report.failed
    assert doc_id == "wsis-outcome-booklet"
    assert message.startswith("wsis-outcome-booklet: could not download")
    assert f"{server.url}/wsis-outcome-booklet.pdf" in message and "404" in message
    assert "wsis ingest FOLDER" in message and "\n" not in message
    assert server.hits["/wsis-outcome-booklet.pdf"] == 1  # 404 is not retried
    assert not (dest / "wsis-outcome-booklet.pdf").exists()
    assert "wsis-outcome-booklet" not in json.loads((dest / MANIFEST).read_text())
    assert "failed: wsis-outcome-booklet: could not download" in format_report(report)


def test_500_twice_then_200_is_retried(tmp_path: Path, server: Server) -> None:
    server.fail_500["/tunis-agenda.html"] = 2
    report = run(tmp_path / "corpus", server.url, doc_ids=["tunis-agenda"], retries=3)
    assert report.ok and report.downloaded == ["tunis-agenda"]
    assert server.hits["/tunis-agenda.html"] == 3


def test_500_until_retries_run_out(tmp_path: Path, server: Server) -> None:
    server.fail_500["/tunis-agenda.html"] = 10
    report = run(tmp_path / "corpus", server.url, doc_ids=["tunis-agenda"], retries=1)
    assert report.failed and "HTTP 500" in report.failed[0][1]
    assert server.hits["/tunis-agenda.html"] == 2


def test_offline_every_document_fails_fast(tmp_path: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed once the block ends: connections are refused
    dest = tmp_path / "corpus"
    start = time.monotonic()
    report = fetch(dest, base_url=f"http://127.0.0.1:{port}", timeout=2, retries=2, backoff=0.3, progress=False)
    elapsed = time.monotonic() - start
    assert report.downloaded == [] and report.cached == []
    assert len(report.failed) == len(set(d for d, _ in report.failed)) >= len(DOCS)
    for doc_id, message in report.failed:
        assert message.startswith(f"{doc_id}: could not download http://127.0.0.1:{port}/{doc_id}.")
        assert "connection failed" in message and "Offline?" in message and "wsis ingest FOLDER" in message
        assert "\n" not in message and "Traceback" not in message
    assert elapsed < 3  # one host's retries (0.3 + 0.6 s), then the dead host is skipped
    assert [p.name for p in dest.iterdir()] == []


def test_html_served_as_pdf_is_rejected_and_leaves_nothing(tmp_path: Path, server: Server) -> None:
    (server.root / "wsis-outcome-booklet.pdf").write_bytes(HTML)
    (server.root / "a-res-70-125.pdf").write_bytes(pdf_bytes("cut")[:-10])  # truncated: no %%EOF
    dest = tmp_path / "corpus"
    report = run(dest, server.url)
    assert report.downloaded == ["tunis-agenda"]
    failed = dict(report.failed)
    assert "expected a PDF" in failed["wsis-outcome-booklet"]
    assert "truncated" in failed["a-res-70-125"]
    assert not (dest / "wsis-outcome-booklet.pdf").exists() and not (dest / "a-res-70-125.pdf").exists()
    assert leftovers(dest) == []
    assert set(json.loads((dest / MANIFEST).read_text())) == {"tunis-agenda"}


def test_failed_forced_download_keeps_the_old_file(tmp_path: Path, server: Server) -> None:
    dest = tmp_path / "corpus"
    run(dest, server.url, doc_ids=["tunis-agenda"])
    (server.root / "tunis-agenda.html").write_bytes(b"")  # empty answer
    report = run(dest, server.url, doc_ids=["tunis-agenda"], force=True)
    assert "empty response" in report.failed[0][1]
    assert (dest / "tunis-agenda.html").read_bytes() == HTML


def test_first_working_format_wins_and_aliases_select(tmp_path: Path, server: Server) -> None:
    entry = CatalogEntry(
        doc_id="a-res-70-125", title="t", symbol="A/RES/70/125", date="2015-12-16", process="WSIS",
        aliases=["70/125"],
        urls=[CatalogUrl("https://example.invalid/a.html", "html"), CatalogUrl("https://example.invalid/a.pdf", "pdf")],
    )
    dest = tmp_path / "corpus"
    report = run(dest, server.url, doc_ids=["70/125", "nonsense"], catalog=[entry])
    assert report.downloaded == ["a-res-70-125"]
    assert server.hits["/a-res-70-125.html"] == 1 and server.hits["/a-res-70-125.pdf"] == 1
    assert (dest / "a-res-70-125.pdf").exists() and not (dest / "a-res-70-125.html").exists()
    assert report.failed == [("nonsense", "nonsense: not in the catalog (known: a-res-70-125)")]


def test_catalog_urls_are_used_without_mirror(tmp_path: Path, server: Server) -> None:
    entry = CatalogEntry(
        doc_id="tunis-agenda", title="Tunis Agenda", symbol="", date="2005-11-18", process="WSIS",
        urls=[
            CatalogUrl(f"{server.url}/missing.html", "html"),
            CatalogUrl(f"{server.url}/viewer.html", "html", download=False),
            CatalogUrl(f"{server.url}/tunis-agenda.html", "html"),
        ],
    )
    report = fetch(tmp_path / "corpus", catalog=[entry], timeout=5, progress=False)
    assert report.downloaded == ["tunis-agenda"]
    assert server.hits["/missing.html"] == 1 and server.hits["/viewer.html"] == 0
    assert report.to_dict()["ok"] is True


def test_default_selection_skips_the_combined_booklet(tmp_path: Path, server: Server) -> None:
    report = run(tmp_path / "corpus", server.url, doc_ids=None)
    assert "wsis-outcome-booklet" not in report.downloaded + [d for d, _ in report.failed]
    assert {"tunis-agenda", "a-res-70-125"} <= set(report.downloaded)


def test_file_over_the_size_limit_is_refused(tmp_path: Path, server: Server) -> None:
    report = run(tmp_path / "corpus", server.url, doc_ids=["tunis-agenda"], max_bytes=20)
    assert "limit" in report.failed[0][1]
    assert not (tmp_path / "corpus" / "tunis-agenda.html").exists()
