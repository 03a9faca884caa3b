"""The HTTP edge of the app, against a running server: every route documents its response schema,
OPTIONS and HEAD behave as HTTP says, and no hostile input (lone surrogates in every text field,
control characters, huge numbers, deep nesting, odd paths and headers) gives a 5xx. The UI's
handlers get the same hostile text and answer with an error in the page, never an exception."""
from __future__ import annotations

import json

import pytest

from tests.conftest_ui import http, server  # noqa: F401 (fixtures)

pytestmark = pytest.mark.timeout(300)
SURROGATE = "IGF \ud800"


def raw_json(value: object) -> bytes:
    """JSON as Python writes it: lone surrogates become \\udXXX escapes (httpx refuses to encode them)."""
    return json.dumps(value).encode("ascii")


# -- documentation ------------------------------------------------------------------------------
def test_every_route_documents_its_response_schema(http):
    spec = http.get("/openapi.json").json()
    schemas = spec["components"]["schemas"]
    operations = [(path, method, op) for path, ops in spec["paths"].items() for method, op in ops.items()]
    assert len(operations) >= 7
    for path, method, op in operations:
        ok = op["responses"].get("200", {}).get("content", {}).get("application/json", {}).get("schema", {})
        ref = ok.get("$ref", "")
        assert ref.startswith("#/components/schemas/"), (method, path, ok)
        model = schemas[ref.rsplit("/", 1)[1]]
        assert model.get("properties"), (method, path, model)
        error = op["responses"].get("422", {}).get("content", {}).get("application/json", {}).get("schema", {})
        assert error.get("$ref", "").endswith("/ErrorOut"), (method, path)
    assert {"CompareRow", "AgreedMatch", "Citation", "SearchResult", "ParagraphLookupOut"} <= set(schemas)
    assert "excluded_documents" in schemas["AnswerOut"]["properties"]
    row = schemas["CompareRow"]["properties"]
    assert {"doc_id", "addressed", "relevance", "paragraphs"} <= set(row)


# -- OPTIONS and HEAD ----------------------------------------------------------------------------
def test_options_lists_the_allowed_methods(http):
    r = http.options("/api/ask")
    assert r.status_code == 204 and r.content == b""
    assert set(r.headers["allow"].split(", ")) == {"POST", "OPTIONS"}
    r = http.options("/api/paragraphs/tunis-agenda%234")
    assert r.status_code == 204 and set(r.headers["allow"].split(", ")) == {"GET", "HEAD", "OPTIONS"}
    r = http.options("/api/nothing-here")
    assert r.status_code == 404 and r.json()["error"]


def test_head_is_get_without_a_body(http):
    for path in ("/api/health", "/api/documents", "/api/paragraphs/tunis-agenda%234"):
        get = http.get(path)
        head = http.head(path)
        assert head.status_code == 200 == get.status_code, path
        assert head.content == b""
        assert head.headers["content-type"] == get.headers["content-type"]
        assert int(head.headers["content-length"]) == len(get.content), path
    assert http.head("/api/paragraphs/tunis-agenda%23999").status_code == 404
    r = http.head("/api/ask")
    assert r.status_code == 405 and "POST" in r.headers["allow"]


# -- hostile input ---------------------------------------------------------------------------------
def hostile_requests() -> list[tuple[str, str, dict]]:
    """(method, path, httpx keyword arguments): at least 30, lone surrogates in every text field."""
    post = "POST"
    out: list[tuple[str, str, dict]] = []
    bodies = [
        ("/api/ask", {"question": SURROGATE}),
        ("/api/ask", {"question": "\udfff"}),
        ("/api/ask", {"question": "What is the IGF?", "history": [{"role": "user", "content": SURROGATE}]}),
        ("/api/ask", {"question": "What is the IGF?", "history": [{"role": "assistant", "content": "a\x00b"}]}),
        ("/api/ask", {"question": "q", "filters": {"doc_ids": [SURROGATE]}}),
        ("/api/ask", {"question": "q", "filters": {"process": SURROGATE}}),
        ("/api/ask", {"question": "q", "mode": SURROGATE}),
        ("/api/ask", {"question": "q", SURROGATE: 1}),
        ("/api/ask", {"question": "IGF \x00 mandate"}),
        ("/api/ask", {"question": "\x1b[31mred\x1b[0m"}),
        ("/api/ask", {"question": "\u202egnirts desrever IGF"}),
        ("/api/ask", {"question": "\ufeff"}),
        ("/api/ask", {"question": "🙂" * 3000}),
        ("/api/ask", {"question": "q", "filters": {"year_from": 2 ** 70}}),
        ("/api/ask", {"question": "q", "filters": {"year_from": -1}}),
        ("/api/ask", {"question": "q", "filters": {"year_to": 1.5}}),
        ("/api/ask", {"question": "q", "history": [{"role": "user", "content": "x"}] * 41}),
        ("/api/search", {"query": SURROGATE}),
        ("/api/search", {"query": "q", "filters": {"doc_ids": ["tunis-agenda", SURROGATE]}}),
        ("/api/search", {"query": "q", "k": 2 ** 64}),
        ("/api/compare", {"topic": SURROGATE}),
        ("/api/compare", {"topic": "q", "filters": {"process": "\ud83d"}}),
        ("/api/compare", {"topic": "q", "per_doc": -(2 ** 63)}),
        ("/api/agreed-language", {"draft": SURROGATE}),
        ("/api/agreed-language", {"draft": "draft text\x07 with a bell"}),
        ("/api/agreed-language", {"draft": "q", "filters": {"doc_ids": [SURROGATE]}}),
    ]
    for path, body in bodies:
        out.append((post, path, {"content": raw_json(body), "headers": {"content-type": "application/json"}}))
    deep = b'{"question": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    out += [
        (post, "/api/ask", {"content": deep, "headers": {"content-type": "application/json"}}),
        (post, "/api/ask", {"content": b'{"question": NaN}', "headers": {"content-type": "application/json"}}),
        (post, "/api/ask", {"content": b'{"question": "q", "filters": {"year_from": Infinity}}',
                            "headers": {"content-type": "application/json"}}),
        (post, "/api/ask", {"content": b'\xef\xbb\xbf{"question": "q"}', "headers": {"content-type": "application/json"}}),
        (post, "/api/ask", {"content": b'{"question": "\xed\xa0\x80"}', "headers": {"content-type": "application/json"}}),
        (post, "/api/ask", {"content": b'{"question": "q"}', "headers": {"content-type": "text/plain"}}),
        (post, "/api/ask", {"content": b"\x1f\x8b garbage", "headers": {"content-type": "application/json",
                                                                         "content-encoding": "gzip"}}),
        ("GET", "/api/paragraphs/%ED%A0%80", {}),
        ("GET", "/api/paragraphs/..%2F..%2Fetc%2Fpasswd", {}),
        ("GET", "/api/paragraphs/tunis-agenda%2300", {}),
        ("GET", "/api/paragraphs/tunis-agenda%234", {"params": {"context": str(2 ** 70)}}),
        ("GET", "/api/paragraphs/tunis-agenda%234", {"params": {"context": "\ud800"}}),
        ("GET", "/api/documents", {"headers": {"authorization": "Basic %%%"}}),
        ("OPTIONS", "/api/%ED%A0%80", {}),
        ("PATCH", "/api/ask", {}),
    ]
    return out


def test_no_hostile_request_gives_a_5xx(http):
    requests = hostile_requests()
    assert len(requests) >= 30
    surrogate_fields = {"question", "history", "doc_ids", "process", "query", "topic", "draft", "mode"}
    covered = {key for _, _, kw in requests for key in surrogate_fields
               if b"\\ud8" in kw.get("content", b"") and key.encode() in kw.get("content", b"")}
    assert covered == surrogate_fields
    failures = []
    for method, path, kwargs in requests:
        if "params" in kwargs and "\ud800" in kwargs["params"].get("context", ""):
            path, kwargs = path + "?context=%ED%A0%80", {}
        r = http.request(method, path, **kwargs)
        if r.status_code >= 500:
            failures.append((method, path, kwargs.get("content", b"")[:80], r.status_code, r.text[:200]))
            continue
        if r.status_code >= 400 and method != "HEAD":
            assert r.headers["content-type"].startswith("application/json"), (path, r.text[:200])
            assert r.json()["error"], (path, r.text[:200])
    assert not failures, failures
    # the lone surrogate is named in the error, which is valid UTF-8 JSON
    r = http.post("/api/ask", content=raw_json({"question": SURROGATE}), headers={"content-type": "application/json"})
    assert r.status_code == 422 and r.json()["error"].startswith("question: is not well-formed Unicode")
    r = http.post("/api/ask", content=raw_json({"question": "q", "history": [{"role": "user", "content": SURROGATE}]}),
                  headers={"content-type": "application/json"})
    assert r.status_code == 422 and r.json()["error"].startswith("history.0.content")
    r = http.post("/api/ask", content=hostile_requests()[26][2]["content"], headers={"content-type": "application/json"})
    assert r.status_code == 400 and r.json()["error"].startswith("body: cannot be read as JSON")  # 100 000 brackets
    assert http.get("/api/health").json()["ok"]  # still serving


def test_ui_handlers_refuse_hostile_text_in_the_page(server):
    """The UI's handlers, called as Gradio calls them, with the same hostile text in every field."""
    from wsis.assistant.ui.handlers import Handlers

    h = Handlers(server.backend)
    for question, docs, process, year_from, year_to, field in [
        (SURROGATE, [], "All", "", "", "question"),
        ("a\x00b", [], "All", "", "", "question"),
        ("What is the IGF?", [SURROGATE], "All", "", "", "Documents"),
        ("What is the IGF?", ["no-such-doc"], "All", "", "", "Documents"),
        ("What is the IGF?", [], SURROGATE, "", "", "Process"),
        ("What is the IGF?", [], "All", SURROGATE, "", "From year"),
        ("What is the IGF?", [], "All", "", "20\x0005", "To year"),
        ("What is the IGF?", [], "All", " ", "1989.5", "To year"),
        ("What is the IGF?", [], "All", "2010", "2005", "From year"),
    ]:
        updates = list(h.respond(question, [], docs, process, year_from, year_to, "extractive"))
        assert len(updates) == 1, field
        assert 'class="a error"' in updates[0][0] and field in updates[0][0], (field, updates[0][0][-300:])
    assert "topic: is not well-formed Unicode" in h.run_compare(SURROGATE, 2)
    assert "topic: contains a control character" in h.run_compare("a\x07b", 2)
    assert "draft: is not well-formed Unicode" in h.run_agreed(SURROGATE, 3)
    assert "Paste a draft paragraph" in h.run_agreed(" \n ", 3)  # an empty box says what to do
    assert "No paragraph" in h.source_api(SURROGATE, SURROGATE)


def test_a_year_filter_says_which_documents_it_excluded(http):
    r = http.post("/api/ask", json={"question": "What is Internet governance?",
                                    "filters": {"year_from": 2020, "year_to": 2030}})
    assert r.status_code == 200, r.text
    body = r.json()
    assert "tunis-agenda" in body["excluded_documents"] and "Tunis Agenda" in body["notice"]
    assert not any(c["doc_id"] == "tunis-agenda" for c in body["citations"])
    r = http.post("/api/ask", json={"question": "What is Internet governance?", "filters": {"year_from": None}})
    assert r.status_code == 200 and r.json()["excluded_documents"] == []  # an empty bound is no bound


def test_the_ui_endpoints_answer_hostile_text_with_an_error_in_the_page(server, http):
    """The same text through Gradio's own HTTP API (what the page calls): an error shown, no 5xx
    (a document that is not a choice of the checkbox group is refused by Gradio itself)."""
    for api, data, fragment in [
        ("ask", [SURROGATE, [], "All", SURROGATE, "", "extractive", "auto"], "question: is not well-formed Unicode"),
        ("ask", ["What is the IGF?", [SURROGATE], "All", "", "", "extractive", "auto"], "is not in the list of choices"),
        ("compare", [SURROGATE, 2], "topic: is not well-formed Unicode"),
        ("agreed_language", ["\udfff", 3], "draft: is not well-formed Unicode"),
        ("source", [SURROGATE, "\udfff", "auto"], "No paragraph IGF \\\\ud800"),
    ]:
        r = http.post(f"/gradio_api/call/{api}", content=raw_json({"data": data}),
                      headers={"content-type": "application/json"})
        assert r.status_code == 200, (api, r.text)
        events = http.get(f"/gradio_api/call/{api}/{r.json()['event_id']}").text
        assert ("event: complete" in events or "event: error" in events) and fragment in events, (api, events[-400:])


def test_the_source_panel_names_an_unnumbered_block_as_the_chat_does(server):
    """The source panel said "unnumbered-1" (the index's id) where the chat's citation says
    "unnumbered para. 1"."""
    from wsis.assistant.ui.handlers import Handlers

    panel = Handlers(server.backend).source_api("global-digital-compact#unnumbered-1")
    assert "unnumbered para. 1" in panel and "unnumbered-1<" not in panel and ">unnumbered-1" not in panel, panel[:600]
