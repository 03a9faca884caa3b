"""The Gradio app through the Gradio Python client against running servers: streamed generative
answers (a real SmolLM2 GGUF model), per-session chat state under concurrency, compare, agreed language,
the source panel, escaping, the Markdown export, and the Library (empty index, offline first run,
uploads with limits)."""
from __future__ import annotations

import copy
import re
import threading
from pathlib import Path

import httpx
import pytest
from gradio_client import Client, handle_file

from tests.conftest_ui import _tmp, make_settings, start_server, ui_index, write_docx

pytestmark = pytest.mark.timeout(300)


@pytest.fixture(scope="module")
def server():
    """The app with a real LLM: SmolLM2-135M (GGUF) through llama-cpp-python, so tokens really stream."""
    pytest.importorskip("llama_cpp", reason="llama-cpp-python is a test dependency (make install-test)")
    settings = copy.copy(ui_index())
    settings.llm = "gguf:smollm2"
    running = start_server(settings)
    yield running
    running.stop()


@pytest.fixture(scope="module")
def client(server):
    return Client(server.url, verbose=False)


def ask(client: Client, question: str, mode: str = "extractive", docs=None):
    return client.predict(question, docs or [], "All", None, None, mode, api_name="/ask")


def test_api_endpoints_are_named(client):
    info = client.view_api(print_info=False, return_format="dict")
    named = set(info["named_endpoints"])
    assert {"/ask", "/compare", "/agreed_language", "/source", "/documents", "/ingest", "/reindex"} <= named


def test_extractive_answer_with_citations_and_markdown_export(client):
    chat, question_box, markdown, download = ask(client, "What is Internet governance?")
    assert question_box == ""
    assert 'class="cite"' in chat and 'data-pid="tunis-agenda#' in chat
    assert "References" in chat
    assert markdown.startswith("## What is Internet governance?")
    assert "### References" in markdown and "[1] Tunis Agenda" in markdown
    assert "WSIS-05/TUNIS/DOC/6(Rev.1)-E" in markdown and "para. " in markdown and "<https://" in markdown
    assert Path(download).read_text(encoding="utf-8") == markdown


def test_generative_answer_is_streamed(client):
    job = client.submit("What is Internet governance?", [], "All", None, None, "generative", api_name="/ask")
    final = job.result(timeout=120)
    updates = [out[0] for out in job.outputs()]
    streamed = [u for u in updates if 'class="stream"' in u]
    assert len(streamed) >= 3, "tokens should arrive as several updates"
    lengths = [len(u) for u in streamed]
    assert lengths == sorted(lengths)
    chat = final[0]
    assert 'class="stream"' not in chat and 'class="cite"' in chat
    assert "[1]" in final[2] and "### References" in final[2]


def test_each_session_keeps_its_own_conversation(server):
    questions = {"a": "What should happen to personal data?", "b": "What is the role of teachers and community workers?"}
    results: dict[str, str] = {}
    clients = {name: Client(server.url, verbose=False) for name in questions}

    def run(name: str) -> None:
        results[name] = ask(clients[name], questions[name])[0]

    threads = [threading.Thread(target=run, args=(name,)) for name in questions]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert questions["a"] in results["a"] and questions["b"] not in results["a"]
    assert questions["b"] in results["b"] and questions["a"] not in results["b"]
    follow = ask(clients["a"], "And in the Global Digital Compact?")[0]
    assert follow.count('class="turn"') == 2
    assert questions["a"] in follow and questions["b"] not in follow
    # a fresh session starts empty
    fresh = ask(Client(server.url, verbose=False), "What is Internet governance?")[0]
    assert fresh.count('class="turn"') == 1


def test_invalid_question_is_reported_in_the_chat(client):
    chat, question_box, *_ = ask(client, "   ")
    assert "Type a question to ask." in chat and 'class="a error"' in chat
    # a pasted text over the limit is refused whole, said, never cut by the page (no maxlength on the box)
    chat = ask(client, "What do the texts say about " + "connectivity and access " * 90)[0]
    assert "question: too long (" in chat and "at most 2000" in chat and 'class="a error"' in chat


def test_compare_one_row_per_document(client, server):
    html_out = client.predict("Internet governance", 2, api_name="/compare")
    rows = re.findall(r'<tr class="cmp-row" data-doc="([^"]+)"', html_out)
    documents = server.backend.corpus().documents
    assert rows == sorted(documents, key=lambda d: (documents[d].date or "9999", d))  # undated ones last
    assert not documents[rows[-1]].date and documents[rows[0]].date
    assert "not addressed" in html_out and 'class="cite"' in html_out


def test_agreed_language_highlights_shared_wording(client):
    html_out = client.predict("We call for partnerships that are transparent, accountable and open to new members.",
                              3, api_name="/agreed_language")
    assert html_out.count('class="card"') == 3
    assert "<mark>we call for partnerships that are transparent, accountable and open to new members</mark>" in html_out.replace(
        "We call", "we call")
    assert "Tunis Commitment, para. 6" in html_out


def test_source_panel_and_escaping(client):
    panel = client.predict("tunis-agenda#4", "Internet governance is the joint work", api_name="/source")
    assert "Tunis Agenda for the Information Society" in panel and "WSIS-05/TUNIS/DOC/6(Rev.1)-E" in panel
    assert "<mark" in panel and "Internet governance is the joint work</mark>" in panel
    assert 'class="ctx before"' in panel and 'class="ctx after"' in panel and 'href="https://' in panel
    bad = client.predict("script-injection#1", "", api_name="/source")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in bad and "<script" not in bad
    assert "<img" not in bad and "&lt;img src=x onerror=alert(1)&gt;" in bad
    missing = client.predict("<b>nope</b>", "", api_name="/source")
    assert "&lt;b&gt;nope&lt;/b&gt;" in missing
    chat = ask(client, 'What about <img src=x onerror="window.__xss=1"> markup quoted as text?')[0]
    assert "<img src=x" not in chat and "&lt;img src=x onerror=&quot;window.__xss=1&quot;&gt;" in chat


def test_documents_endpoint(client, server):
    rows = client.predict(api_name="/documents")
    assert [r[0] for r in rows] == list(server.backend.corpus().documents)
    assert all(len(r) == 6 for r in rows)  # doc_id, title, symbol, date, paragraphs, structure


# -- an empty index: offline first run, then uploads -----------------------------------------------
@pytest.fixture(scope="module")
def empty_server():
    settings = make_settings(_tmp("wsis-ui-empty-"), max_file_mb=0.05)
    running = start_server(settings)
    yield running
    running.stop()


def test_empty_index_offline_first_run_explains_how_to_add_documents(empty_server):
    from wsis.assistant.serve import bootstrap

    backend = empty_server.backend
    client = Client(empty_server.url, verbose=False)
    chat = ask(client, "What is Internet governance?")[0]
    assert "index is empty" in chat
    bootstrap(backend, base_url="http://127.0.0.1:9")  # nothing listens there: like being offline
    assert backend.bootstrap.phase == "failed"
    assert "Library tab" in backend.bootstrap.message and "wsis ingest FOLDER" in backend.bootstrap.message
    status = httpx.get(f"{empty_server.url}/api/documents").json()
    assert status["documents"] == [] and status["bootstrap"]["phase"] == "failed"
    from wsis.assistant.ui import banner_html

    assert "wsis ingest FOLDER" in banner_html(backend)


def test_upload_ingests_files_with_limits(empty_server, tmp_path):
    client = Client(empty_server.url, verbose=False)
    good = tmp_path / "Staff Notes.md"
    good.write_text("# Staff notes on broadband\n\n1. Every school should have affordable broadband access by the "
                    "end of the decade.\n\n2. Libraries offer training in digital skills to older persons.\n",
                    encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    big = tmp_path / "big.txt"
    big.write_text("1. Large text. " * 10000, encoding="utf-8")  # > 0.05 MB limit of this server
    log, banner, table, choices, structure = client.predict([handle_file(str(good)), handle_file(str(empty))],
                                                            api_name="/ingest")
    assert "added" in log and "staff-notes" in log
    assert "Structure check" in structure
    assert "empty.txt: the file is empty" in log
    # the size limit (WSIS_MAX_FILE_MB) is Gradio's upload limit too: refused before any upload...
    with pytest.raises(ValueError, match="maximum file size"):
        client.predict([handle_file(str(big))], api_name="/ingest")
    # ...and by the server itself when a client ignores it
    with big.open("rb") as fh:
        r = httpx.post(f"{empty_server.url}/gradio_api/upload", files={"files": ("big.txt", fh, "text/plain")}, timeout=30)
    assert 400 <= r.status_code < 500
    assert [row[0] for row in table["data"]] == ["staff-notes"]
    assert banner == ""
    with pytest.raises(Exception, match="(?i)invalid file type"):
        bad = tmp_path / "tool.exe"
        bad.write_bytes(b"MZ\x00\x00")
        client.predict([handle_file(str(bad))], api_name="/ingest")
    chat, _, markdown, _ = ask(client, "Should schools have broadband access?")
    assert 'data-pid="staff-notes#1"' in chat and "broadband" in markdown
    log, *_ = client.predict(False, api_name="/reindex")
    assert "unchanged" in log and "staff-notes" in log
    uploads = empty_server.backend.settings.data_dir / "uploads"
    assert sorted(f.name for f in uploads.iterdir()) == ["Staff-Notes.md"]  # refused files were never copied


def test_docx_upload_and_stray_uploads(empty_server, tmp_path):
    """DOCX is uploadable; a copy left in uploads/ by a killed ingest is reported and removed by Re-index,
    never indexed silently; a file that fails to parse is not kept."""
    client = Client(empty_server.url, verbose=False)
    path = write_docx(tmp_path / "briefing.docx")
    log, *_ = client.predict([handle_file(str(path))], api_name="/ingest")
    assert "added" in log and "briefing.docx -> briefing" in log, log
    uploads = empty_server.backend.settings.data_dir / "uploads"
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    log, *_ = client.predict([handle_file(str(broken))], api_name="/ingest")
    assert "failed" in log and not (uploads / "broken.docx").exists()
    (uploads / "left-by-a-killed-ingest.md").write_text("1. Half-uploaded notes.\n", encoding="utf-8")
    log, *_ = client.predict(False, api_name="/reindex")
    assert "Removed left-by-a-killed-ingest.md from uploads" in log, log
    assert "left-by-a-killed-ingest" not in log.split("from uploads", 1)[1]
    assert not (uploads / "left-by-a-killed-ingest.md").exists()
    assert "left-by-a-killed-ingest" not in empty_server.backend.corpus().documents
    chat = ask(client, "Which digital public goods may countries share?")[0]
    assert 'data-pid="briefing#1"' in chat
