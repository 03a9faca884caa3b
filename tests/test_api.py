"""The JSON API under /api against a running server (uvicorn + the real app over a real index):
every endpoint, the OpenAPI document, malformed bodies (always a 4xx JSON error, never a 500),
credentials on a non-loopback set-up, and concurrent requests."""
from __future__ import annotations

import base64
import json
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import quote

import httpx
import pytest
from click.testing import CliRunner

from tests.conftest_ui import http, server, start_server, ui_index  # noqa: F401 (fixtures)

pytestmark = pytest.mark.timeout(300)


def para_url(pid: str) -> str:
    return "/api/paragraphs/" + quote(pid, safe="")


def assert_error(response: httpx.Response, status: int, *fragments: str) -> dict:
    assert response.status_code == status, (response.status_code, response.text)
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert isinstance(body.get("error"), str) and body["error"], body
    for fragment in fragments:
        assert fragment in body["error"], (fragment, body["error"])
    return body


# -- documentation ------------------------------------------------------------------------------
def test_openapi_documents_every_endpoint(http):
    spec = http.get("/openapi.json").json()
    paths = spec["paths"]
    for path, method in [("/api/ask", "post"), ("/api/search", "post"), ("/api/compare", "post"),
                         ("/api/agreed-language", "post"), ("/api/documents", "get"),
                         ("/api/paragraphs/{paragraph_id}", "get")]:
        assert method in paths[path], path
        assert paths[path][method].get("summary"), path
    ask = spec["components"]["schemas"]["AskIn"]
    assert set(ask["properties"]) == {"question", "history", "filters", "mode", "lang"}  # [parallel] lang: the language quoted
    assert ask["required"] == ["question"]
    assert http.get("/docs").status_code == 200


# -- endpoints ----------------------------------------------------------------------------------
def test_documents_is_the_status_object(http, server):
    from wsis.assistant.library import index_status

    data = http.get("/api/documents").json()
    expected = index_status(server.backend.settings)
    assert [d["doc_id"] for d in data["documents"]] == [d["doc_id"] for d in expected["documents"]]
    assert data["documents"][0].keys() >= {"doc_id", "title", "symbol", "date", "paragraphs"}
    assert data["embedding_model"] == expected["embedding_model"]
    dates = [d["date"] for d in data["documents"] if d["date"]]
    assert dates == sorted(dates)  # chronological
    assert {"tunis-agenda", "global-digital-compact", "script-injection"} <= {d["doc_id"] for d in data["documents"]}


def test_ask_returns_the_answer_json(http):
    r = http.post("/api/ask", json={"question": "What is Internet governance?"})
    assert r.status_code == 200, r.text
    answer = r.json()
    assert answer.keys() >= {"question", "answer", "mode", "abstained", "citations", "passages", "notice", "timings"}
    assert answer["mode"] == "extractive" and not answer["abstained"]
    assert answer["citations"]
    for c in answer["citations"]:
        assert f"[{c['marker']}]" in answer["answer"]
        para = http.get(para_url(c["id"])).json()["paragraph"]
        assert c["quote"] in para["text"]


def test_ask_with_filters_history_and_reference(http):
    r = http.post("/api/ask", json={"question": "How should everyone be connected?",
                                    "filters": {"process": "gdc", "year_from": 2020}})
    assert r.status_code == 200, r.text
    cited = {c["doc_id"] for c in r.json()["citations"]}
    # the filters keep the GDC and the undated excerpt without a process; the WSIS texts are out
    assert "global-digital-compact" in cited and cited <= {"global-digital-compact", "flattened-excerpt"}
    r = http.post("/api/ask", json={"question": "Tunis Agenda paragraph 4"})
    assert [c["id"] for c in r.json()["citations"]][:1] == ["tunis-agenda#4"]
    r = http.post("/api/ask", json={"question": "And what about its paragraph 5?",
                                    "history": [{"role": "user", "content": "Tunis Agenda paragraph 4"},
                                                {"role": "assistant", "content": "The text of Tunis Agenda, para. 4 reads"}]})
    assert r.status_code == 200, r.text


def test_ask_generative_without_an_llm_answers_extractively_and_says_so(http):
    r = http.post("/api/ask", json={"question": "What is the IGF?", "mode": "generative"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["mode"] == "extractive" and "WSIS_LLM" in body["notice"] and body["citations"]


def test_search_ranks_paragraphs(http):
    r = http.post("/api/search", json={"query": "affordable broadband access for everyone", "k": 3})
    assert r.status_code == 200, r.text
    data = r.json()
    assert [x["rank"] for x in data["results"]] == [1, 2, 3]
    assert data["results"][0]["doc_id"] == "global-digital-compact"
    assert all(x["text"] and x["citation"] and x["id"] for x in data["results"])
    r = http.post("/api/search", json={"query": "affordable access", "filters": {"doc_ids": ["tunis-commitment"]}})
    assert {x["doc_id"] for x in r.json()["results"]} == {"tunis-commitment"}


def test_compare_one_row_per_document_in_order(http):
    docs = [d["doc_id"] for d in http.get("/api/documents").json()["documents"]]
    r = http.post("/api/compare", json={"topic": "Internet governance"})
    assert r.status_code == 200, r.text
    rows = r.json()["rows"]
    assert [row["doc_id"] for row in rows] == docs
    by_id = {row["doc_id"]: row for row in rows}
    assert by_id["tunis-agenda"]["addressed"] and by_id["tunis-agenda"]["paragraphs"]
    assert not by_id["script-injection"]["addressed"] and by_id["script-injection"]["paragraphs"] == []
    for row in rows:
        for p in row["paragraphs"]:
            assert p["quote"] in p["text"] and p["citation"] and p["id"].startswith(row["doc_id"] + "#")
        assert len(row["paragraphs"]) <= 2


def test_compare_agrees_with_the_chat_on_what_a_text_does_not_mention(http):
    """No row quotes "net neutrality" language the chat says no text has (the Tunis Agenda's definition
    of Internet governance was shown as its agreed language on it); the concept not found is given."""
    rows = http.post("/api/compare", json={"topic": "net neutrality"}).json()["rows"]
    assert not any(row["addressed"] or row["paragraphs"] for row in rows), [(r["doc_id"], r["paragraphs"]) for r in rows]
    assert {row["missing"] for row in rows} <= {"", "net neutrality"} and any(row["missing"] for row in rows)
    spam = {row["doc_id"]: row for row in http.post("/api/compare", json={"topic": "spam"}).json()["rows"]}
    assert spam["geneva-plan-of-action"]["addressed"] and spam["geneva-plan-of-action"]["paragraphs"][0]["id"] == "geneva-plan-of-action#8"
    # a one-word topic is far from every paragraph by meaning; the texts that say it are still addressed
    women = {row["doc_id"]: row for row in http.post("/api/compare", json={"topic": "women"}).json()["rows"]}
    assert women["geneva-plan-of-action"]["addressed"], women["geneva-plan-of-action"]
    assert women["geneva-plan-of-action"]["paragraphs"][0]["id"] == "geneva-plan-of-action#7"
    assert not women["tunis-agenda"]["addressed"] and women["tunis-agenda"]["missing"] == "women"
    # a drafting variant of the texts' word is ranked in their spelling too (tester W: "multistakeholder"
    # left the Tunis Agenda's "multi-stakeholder policy dialogue" not addressed)
    variant = {row["doc_id"]: row for row in http.post("/api/compare", json={"topic": "multistakeholder"}).json()["rows"]}
    assert variant["tunis-agenda"]["addressed"] and variant["tunis-agenda"]["paragraphs"][0]["id"] == "tunis-agenda#9"


def test_agreed_language_finds_the_source_paragraph(http):
    draft = ("Member States call for partnerships that are transparent, accountable and open to new members, "
             "and for regular reporting on results.")
    r = http.post("/api/agreed-language", json={"draft": draft, "k": 3})
    assert r.status_code == 200, r.text
    results = r.json()["results"]
    assert len(results) == 3 and results[0]["id"] == "tunis-commitment#6"
    best = results[0]
    assert best["lexical"] > 0.5 and best["score"] >= results[1]["score"]
    shared = [best["text"][s:e] for s, e in best["spans"]]
    assert any("transparent, accountable and open to new members" in s for s in shared), shared
    assert [draft[s:e] for s, e in best["draft_spans"]] == shared or all(
        draft[s:e].lower() in best["text"].lower() for s, e in best["draft_spans"])


def test_paragraph_with_neighbours(http, server):
    data = http.get(para_url("tunis-agenda#4")).json()
    assert data["paragraph"]["id"] == "tunis-agenda#4" and data["paragraph"]["text"]
    assert data["document"]["title"] == "Tunis Agenda for the Information Society"
    assert len(data["before"]) == 1 and len(data["after"]) == 1
    assert data["after"][0]["order"] == data["paragraph"]["order"] + 1
    corpus = server.backend.corpus()
    first = corpus.paragraphs[corpus.by_doc["tunis-agenda"][0]].id
    assert http.get(para_url(first)).json()["before"] == []  # nothing before a document's first paragraph
    wide = http.get(para_url("tunis-agenda#4"), params={"context": 2}).json()
    assert len(wide["before"]) == 2
    assert_error(http.get(para_url("tunis-agenda#999")), 404, "tunis-agenda#999")
    assert_error(http.get("/api/paragraphs/tunis-agenda"), 404, "%23")
    assert_error(http.get(para_url("tunis-agenda#4"), params={"context": 50}), 422, "context")
    assert_error(http.get(para_url("tunis-agenda#4"), params={"context": "many"}), 422, "context")


# -- malformed requests: always a 4xx JSON error ---------------------------------------------------
ENDPOINTS = {"/api/ask": "question", "/api/search": "query", "/api/compare": "topic", "/api/agreed-language": "draft"}


@pytest.mark.parametrize("path", list(ENDPOINTS))
def test_malformed_bodies_are_4xx_json(http, path):
    field = ENDPOINTS[path]
    headers = {"content-type": "application/json"}
    assert_error(http.post(path, content=b"{not json", headers=headers), 400, "malformed JSON")
    assert_error(http.post(path, content=b"", headers=headers), 422)
    assert_error(http.post(path), 422)
    assert_error(http.post(path, content=b"\xff\xfe", headers=headers), 400)
    assert_error(http.post(path, json=[field]), 422, "must be a JSON object")
    # a JSON object sent as text/plain: the content type is what is wrong
    plain = {"content-type": "text/plain"}
    assert_error(http.post(path, content=f'{{"{field}": "What is the IGF?"}}'.encode(), headers=plain), 415,
                 "Content-Type: application/json", "text/plain")
    assert_error(http.post(path, json="text"), 422)
    assert_error(http.post(path, json=None), 422)
    assert_error(http.post(path, json={}), 422, f"{field}: is required")
    assert_error(http.post(path, json={field: 42}), 422, f"{field}:", "string")
    assert_error(http.post(path, json={field: ["a"]}), 422, f"{field}:")
    assert_error(http.post(path, json={field: None}), 422, f"{field}:")
    assert_error(http.post(path, json={field: ""}), 422, f"{field}: is empty")
    assert_error(http.post(path, json={field: "   \n\t "}), 422, f"{field}: is empty")
    assert_error(http.post(path, json={field: "?!...;;"}), 422, f"{field}: has no words or numbers")
    assert_error(http.post(path, json={field: "x" * 7000}), 422, f"{field}: too long")
    assert_error(http.post(path, json={field: "ok", "unexpected": 1}), 422, "unexpected: unknown field")
    assert_error(http.post(path, json={field: "ok", "filters": "WSIS"}), 422, "filters")
    assert_error(http.post(path, json={field: "ok", "filters": {"doc_ids": "tunis-agenda"}}), 422, "filters.doc_ids")
    assert_error(http.post(path, json={field: "ok", "filters": {"doc_ids": ["no-such-doc"]}}), 422, "no-such-doc")
    assert_error(http.post(path, json={field: "ok", "filters": {"process": "ITU"}}), 422, "filters.process")
    assert_error(http.post(path, json={field: "ok", "filters": {"year_from": "2005"}}), 422, "filters.year_from")
    assert_error(http.post(path, json={field: "ok", "filters": {"year_from": 2010, "year_to": 2003}}), 422, "year_from")
    assert_error(http.post(path, content=b"{\"" + field.encode() + b"\": \"" + b"x" * (2 << 20) + b"\"}",
                           headers=headers), 413, "too large")
    assert_error(http.post(path, data={field: "form encoded"}), 415, "Content-Type: application/json")


def test_malformed_fields_of_single_endpoints(http):
    assert_error(http.post("/api/ask", json={"question": "q", "mode": "poetic"}), 422, "mode:")
    assert_error(http.post("/api/ask", json={"question": "q", "history": "earlier"}), 422, "history")
    assert_error(http.post("/api/ask", json={"question": "q", "history": [{"role": "bot", "content": "x"}]}), 422,
                 "history.0.role")
    assert_error(http.post("/api/ask", json={"question": "q", "history": [{"role": "user"}]}), 422, "history.0.content")
    assert_error(http.post("/api/ask", json={"question": "q", "history": [{"role": "user", "content": "..."}]}), 422,
                 "history.0.content: has no words or numbers")
    # an earlier answer of the assistant that says nothing ("...", "") is no error: it was not a question
    for said in ("...", ""):
        turns = [{"role": "user", "content": "What is the mandate of the Forum?"}, {"role": "assistant", "content": said}]
        ok = http.post("/api/ask", json={"question": "And who convenes it?", "history": turns})
        assert ok.status_code == 200 and ok.json()["citations"], ok.text
    assert_error(http.post("/api/ask", json={"question": "q" * 2001}), 422, "question: too long")
    assert_error(http.post("/api/search", json={"query": "q", "k": 0}), 422, "k:")
    assert_error(http.post("/api/search", json={"query": "q", "k": "3"}), 422, "k:")
    assert_error(http.post("/api/search", json={"query": "q", "k": 1000}), 422, "k:")
    assert_error(http.post("/api/compare", json={"topic": "q", "per_doc": 9}), 422, "per_doc")
    assert_error(http.post("/api/agreed-language", json={"draft": "q", "k": True}), 422, "k:")


def test_unknown_endpoints_and_methods(http):
    assert_error(http.get("/api/nothing-here"), 404, "/api/nothing-here")
    assert_error(http.post("/api/documents", json={}), 405, "GET")
    assert_error(http.get("/api/ask"), 405, "POST")


# -- credentials -----------------------------------------------------------------------------------
def test_credentials_are_required_when_configured():
    running = start_server(ui_index(), auth=[("staff", "s3cret")])
    try:
        with httpx.Client(base_url=running.url, timeout=30) as client:
            body = assert_error(client.get("/api/documents"), 401, "credentials")
            assert body
            assert client.get("/api/documents").headers["www-authenticate"].startswith("Basic")
            assert_error(client.get("/api/documents", auth=("staff", "wrong")), 401)
            assert_error(client.post("/api/ask", json={"question": "x"}), 401)
            assert client.get("/api/documents", auth=("staff", "s3cret")).status_code == 200
            assert client.get("/config").status_code == 401  # the Gradio UI asks for a login too
            token = base64.b64encode(b"staff:s3cret").decode()
            r = client.post("/api/ask", json={"question": "What is Internet governance?"},
                            headers={"Authorization": f"Basic {token}"})
            assert r.status_code == 200 and r.json()["citations"]
    finally:
        running.stop()


def test_serve_refuses_a_public_interface_without_credentials(monkeypatch):
    from wsis.assistant.serve import is_loopback, parse_auth, serve_command

    monkeypatch.delenv("WSIS_AUTH", raising=False)
    result = CliRunner().invoke(serve_command, ["--host", "0.0.0.0", "--port", "7999"])
    assert result.exit_code != 0 and "WSIS_AUTH" in result.output
    monkeypatch.setenv("WSIS_AUTH", "no-colon")
    result = CliRunner().invoke(serve_command, ["--host", "192.168.1.5"])
    assert result.exit_code != 0 and "user:password" in result.output
    assert all(is_loopback(h) for h in ("127.0.0.1", "localhost", "::1", "[::1]", "127.1.2.3"))
    assert not any(is_loopback(h) for h in ("0.0.0.0", "::", "10.0.0.5", "example.org"))
    assert parse_auth("a:b, c:d:e") == [("a", "b"), ("c", "d:e")]


def test_serve_is_registered_in_the_cli():
    from wsis.assistant.cli import cli

    result = CliRunner().invoke(cli, ["serve", "--help"])
    assert result.exit_code == 0 and "--host" in result.output and "--port" in result.output
    assert "127.0.0.1" in result.output


# -- concurrency -------------------------------------------------------------------------------------
def test_concurrent_requests_get_their_own_answers(server):
    questions = ["What is Internet governance?", "How should everyone be connected?",
                 "What should happen to personal data?", "Tunis Agenda paragraph 4",
                 "What is the role of teachers and community workers?", "How is artificial intelligence governed?"]

    def ask(q: str) -> tuple[str, dict]:
        r = httpx.post(f"{server.url}/api/ask", json={"question": q}, timeout=120)
        assert r.status_code == 200, r.text
        return q, r.json()

    with ThreadPoolExecutor(max_workers=len(questions)) as pool:
        results = list(pool.map(ask, questions))
    for q, answer in results:
        assert answer["question"] == q
        assert answer["citations"], q
    alone = httpx.post(f"{server.url}/api/ask", json={"question": questions[0]}, timeout=60).json()
    assert json.dumps(alone["citations"]) == json.dumps(results[0][1]["citations"])


def test_wsis_serve_first_run_offline_starts_and_explains(tmp_path):
    """The real command: empty index, the first-run fetch fails (nothing listens at the mirror, as
    offline), and the server runs anyway, saying how to add documents."""
    import os
    import signal
    import subprocess
    import sys
    import time

    from tests.conftest_ui import ROOT, free_port

    port = free_port()
    env = {**os.environ, "WSIS_DATA_DIR": str(tmp_path / "data"), "WSIS_FETCH_TIMEOUT": "2"}
    env.pop("WSIS_AUTH", None)
    proc = subprocess.Popen([sys.executable, "-m", "wsis.assistant.cli", "serve", "--port", str(port),
                             "--base-url", "http://127.0.0.1:9"], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        status = None
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                status = httpx.get(f"http://127.0.0.1:{port}/api/documents", timeout=2).json()
                if status["bootstrap"]["phase"] == "failed":
                    break
            except (httpx.HTTPError, ValueError):
                pass
            time.sleep(0.5)
        assert status is not None, "the server did not start"
        assert status["documents"] == [] and status["bootstrap"]["phase"] == "failed"
        assert "wsis ingest FOLDER" in status["bootstrap"]["message"]
        page = httpx.get(f"http://127.0.0.1:{port}/", timeout=10)
        assert page.status_code == 200 and "<html" in page.text.lower()
        answer = httpx.post(f"http://127.0.0.1:{port}/api/ask", json={"question": "What is the IGF?"}, timeout=30).json()
        assert answer["abstained"] and "index is empty" in answer["answer"]
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            out, _ = proc.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            out, _ = proc.communicate()
    assert "fetch failed" in out and "serving anyway" in out, out[-2000:]
