"""The JSON API under ``/api`` (FastAPI), and the ``Backend`` shared with the Gradio UI.

Every error is JSON ``{"error": "field: message"}`` with a 4xx status: malformed JSON -> 400,
a body of the wrong shape or an empty/oversized field -> 422, an unknown paragraph -> 404, a body
over 1 MB -> 413, missing credentials -> 401. A malformed body never reaches the assistant.
"""
from __future__ import annotations

import base64
import binascii
import hmac
import logging
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Iterator

from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from wsis.assistant import concepts_xlang
from wsis.assistant.calibration import calibration_for
from wsis.assistant.answering import Assistant
from wsis.assistant.api_models import (MAX_TURN_CHARS, AgreedIn, AgreedOut, AnswerOut, AskIn, CompareIn, CompareOut,
                                       DocumentsOut, ErrorOut, FiltersIn, HealthOut, ParagraphLookupOut, SearchIn,
                                       SearchOut)
from wsis.errors import QuestionError, validate_text
from wsis.settings import Settings
from wsis.types import Filters

log = logging.getLogger("wsis.api")
MAX_BODY_BYTES = 1 << 20


@dataclass
class BootstrapState:
    """First-run fetch + ingest, shown to users while it runs and when it fails."""

    phase: str = "idle"  # idle | fetching | ingesting | done | failed
    message: str = ""
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def set(self, phase: str, message: str = "") -> None:
        with self.lock:
            self.phase, self.message = phase, message

    @property
    def running(self) -> bool:
        return self.phase in ("fetching", "ingesting")


class Backend:
    """What the API and the UI share: settings, one Assistant, compute slots, auth, bootstrap state."""

    def __init__(self, settings: Settings, assistant: Assistant | None = None,
                 auth: list[tuple[str, str]] | None = None):
        self.settings = settings
        self.assistant = assistant or Assistant(settings)
        self.auth = auth or None
        # torch already spreads one request over every core: more at once only time-slices the CPU
        self.slots = threading.BoundedSemaphore(settings.workers)
        self.bootstrap = BootstrapState()
        self._refresh = threading.Lock()

    def corpus(self):
        """The live corpus, with the caches derived from it (BM25, names) rebuilt under one lock.

        The store caches per manifest digest; after an ingest the first caller rebuilds them while
        others wait, instead of several threads writing the same BM25 cache folder at once.
        """
        with self._refresh:
            corpus = self.assistant.store.corpus()
            if corpus.paragraphs:
                self.assistant.store.bm25()
                self.assistant.retriever.names()
            return corpus

    @contextmanager
    def compute(self) -> Iterator[Assistant]:
        self.corpus()
        with self.slots:
            yield self.assistant

    def warm_up(self) -> None:
        """Load the corpus, BM25, the embedding model, the vectors and the LLM before the first question."""
        try:
            if self.corpus().paragraphs:
                self.assistant.embed(["warm up"])
                self.assistant.ask("What is the information society?", mode="extractive")  # [issue 12] Chroma, caches
                # the cross-lingual check's common English words, in the background (~13 s, once per process)
                threading.Thread(target=concepts_xlang.prepare, name="wsis-common-words", daemon=True,
                                 args=(self.assistant.embed, calibration_for(self.settings.embed_model), self.settings.cache_dir)).start()
                if self.assistant.llm_configured:  # [issue 12] a local GGUF model loads here, not on a question
                    from wsis.assistant.llms import get_llm

                    get_llm(self.settings)
        except Exception as exc:  # a broken index is reported by the requests themselves
            log.warning("warm-up failed: %s", exc)

    def to_filters(self, data: "FiltersIn | None", name: str = "filters") -> Filters | None:
        if data is None:
            return None
        return Filters.build(data.doc_ids, data.process, data.year_from, data.year_to,
                             known_doc_ids=self.corpus().documents if data.doc_ids else None, field=name)

    def check_auth(self, request: Request) -> None:
        if not self.auth:
            return
        header = request.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() == "basic" and token:
            try:
                user, _, password = base64.b64decode(token.strip()).decode("utf-8").partition(":")
            except (binascii.Error, UnicodeDecodeError):
                user, password = "", ""
            for u, p in self.auth:
                if hmac.compare_digest(u.encode(), user.encode()) and hmac.compare_digest(p.encode(), password.encode()):
                    return
        raise StarletteHTTPException(401, "credentials required (HTTP Basic, the WSIS_AUTH user)",
                                     headers={"WWW-Authenticate": 'Basic realm="wsis"'})


# -- errors ------------------------------------------------------------------------------------
def _printable(message: str) -> str:
    """The message with any lone surrogate written as a ``backslash-u`` escape: a JSON body must be valid UTF-8."""
    return message.encode("utf-8", "backslashreplace").decode("utf-8")


def _error(status: int, message: str, headers: dict[str, str] | None = None, **extra: Any) -> JSONResponse:
    extra = {k: [_printable(m) for m in v] if isinstance(v, list) else v for k, v in extra.items()}
    return JSONResponse({"error": _printable(message), **extra}, status_code=status, headers=headers)


def _describe(err: dict[str, Any]) -> tuple[int, str]:
    loc = [str(part) for part in err.get("loc", ()) if part != "body"]
    kind = err.get("type", "")
    if kind == "json_invalid":
        detail = (err.get("ctx") or {}).get("error", "")
        return 400, f"body: malformed JSON ({detail})" if detail else "body: malformed JSON"
    msg = str(err.get("msg", "invalid"))
    if msg.startswith("Value error, "):
        msg = msg[len("Value error, "):]
    if kind == "missing":
        msg = "is required" if loc else "a JSON object is required"
    elif kind in ("model_attributes_type", "dict_type") and not loc:
        msg = "must be a JSON object"
    elif kind == "extra_forbidden":
        msg = "unknown field"
    msg = msg[:1].lower() + msg[1:]
    where = ".".join(loc) if loc else "body"
    return 422, f"{where}: {msg}"


def _allowed_methods(router: APIRouter, scope: dict) -> set[str]:
    """The methods the API's routes accept on this path (for OPTIONS, 405 and the Allow header)."""
    from starlette.routing import Match

    methods: set[str] = set()
    for route in router.routes:
        if getattr(route, "name", "") == "not_found" or not getattr(route, "methods", None):
            continue
        if route.matches({**scope, "method": "GET"})[0] != Match.NONE:
            methods |= set(route.methods)
    if "GET" in methods:
        methods.add("HEAD")
    return methods | {"OPTIONS"} if methods else methods


def install_error_handlers(app: FastAPI, router: APIRouter) -> None:
    """JSON errors for every failure, and the HTTP edge (body limit, OPTIONS, HEAD) of ``router``."""
    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = exc.errors()
        described = [_describe(e) for e in errors] or [(422, "body: invalid request")]
        sent = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if (sent and sent != "application/json" and not sent.endswith("+json") and getattr(exc, "body", None)
                and (422, "body: must be a JSON object") in described):
            return _error(415, f"body: send JSON with Content-Type: application/json, not {sent}")  # the object may be fine
        status = 400 if any(s == 400 for s, _ in described) else 422
        first = next(m for s, m in described if s == status)
        return _error(status, first, errors=[m for _, m in described])

    @app.exception_handler(QuestionError)
    async def _question(request: Request, exc: QuestionError) -> JSONResponse:
        return _error(422, str(exc))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        detail = str(exc.detail)
        if exc.status_code == 400 and detail == "There was an error parsing the body":  # FastAPI's own words
            detail = "body: cannot be read as JSON (nested too deeply, or not decodable)"
        return _error(exc.status_code, detail, headers=getattr(exc, "headers", None))

    app.add_middleware(ApiEdge, router=router)


class ApiEdge:
    """ASGI middleware for ``/api/`` only (the UI's event streams pass untouched): the body size
    limit, OPTIONS answered with ``Allow``, and HEAD served as a GET whose body is dropped."""

    def __init__(self, app: Any, router: APIRouter):
        self.app = app
        self.router = router

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or not scope["path"].startswith("/api/"):
            await self.app(scope, receive, send)
            return
        length = dict(scope["headers"]).get(b"content-length", b"")
        if length.isdigit() and int(length) > MAX_BODY_BYTES:
            await _error(413, f"body: too large ({int(length)} bytes; at most {MAX_BODY_BYTES})")(scope, receive, send)
            return
        if scope["method"] == "OPTIONS":
            allowed = _allowed_methods(self.router, scope)
            response = Response(status_code=204, headers={"Allow": ", ".join(sorted(allowed))}) if allowed else \
                _error(404, f"no API endpoint {scope['path']} (see /openapi.json)")
            await response(scope, receive, send)
            return
        if scope["method"] == "HEAD":
            async def without_body(message: dict) -> None:
                if message["type"] == "http.response.body":
                    message = {**message, "body": b""}
                await send(message)

            await self.app({**scope, "method": "GET"}, receive, without_body)
            return
        await self.app(scope, receive, send)


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorOut, "description": text}
    for status, text in ((400, "Malformed JSON"), (401, "Credentials required"), (404, "Not found"),
                         (413, "Body over 1 MB"), (422, "A field is missing, of the wrong type, empty or too long"))
}


# -- routes ------------------------------------------------------------------------------------
def _texts(body: AskIn) -> list[dict[str, str]]:
    """History turns, each through the one text validation (``history.N.content``); an assistant's turn
    may be empty or without words ("..."): it is what the assistant said, not a question."""
    return [{"role": t.role, "content": validate_text(t.content, f"history.{n}.content", MAX_TURN_CHARS,
                                                      require_words=t.role == "user")}
            for n, t in enumerate(body.history)]


def build_router(backend: Backend) -> APIRouter:
    router = APIRouter(prefix="/api", dependencies=[Depends(backend.check_auth)], responses=ERROR_RESPONSES)

    @router.post("/ask", summary="A cited answer", tags=["answers"], response_model=AnswerOut,
                 description="Answer text with [n] markers, `citations` (document, paragraph, verbatim quote, "
                             "page, URL), the retrieved `passages`, `mode`, `abstained`, `notice` and `timings`.")
    def ask(body: AskIn) -> dict[str, Any]:
        from wsis.assistant.answering import check_lang

        question = validate_text(body.question, "question")
        lang = check_lang(body.lang)  # "lang: must be one of ar, zh, en, fr, ru, es, not 'xx'" (422)
        history = _texts(body)
        filters = backend.to_filters(body.filters)
        with backend.compute() as assistant:
            return assistant.ask(question, history=history or None, filters=filters, mode=body.mode,
                                 lang=lang).to_dict()

    @router.post("/search", summary="Ranked paragraphs", tags=["retrieval"], response_model=SearchOut,
                 description="Paragraph references first (\"Tunis Agenda 72\"), then hybrid BM25 + dense results.")
    def search(body: SearchIn) -> dict[str, Any]:
        from wsis.assistant.answering import check_lang

        query = validate_text(body.query, "query")
        lang = check_lang(body.lang)
        filters = backend.to_filters(body.filters)
        with backend.compute() as assistant:
            retrieval = assistant.retriever.retrieve(query, filters, k=body.k, lang=lang)
        results = [{"rank": rank, "citation": passage.citation_text(), **passage.to_dict()}
                   for rank, passage in enumerate(retrieval.passages[: max(body.k, 1)], start=1)]
        return {"query": query, "relevance": round(retrieval.relevance, 4), "unresolved": retrieval.unresolved,
                "results": results}

    @router.post("/compare", summary="One row per document, oldest first", tags=["answers"],
                 response_model=CompareOut,
                 description="For a topic, each indexed document in chronological order (undated ones last) with "
                             "its most relevant paragraphs quoted and cited, or `addressed: false`.")
    def compare(body: CompareIn) -> CompareOut:
        from wsis.assistant.answering import check_lang
        from wsis.assistant.compare import compare as run_compare

        topic = validate_text(body.topic, "topic")
        lang = check_lang(body.lang)
        filters = backend.to_filters(body.filters)
        with backend.compute() as assistant:
            rows = run_compare(assistant, topic, filters, per_doc=body.per_doc, lang=lang)
        from wsis.assistant.calibration import abstain_threshold  # [calibration] fitted per embedder, language
        from wsis.assistant.languages import detect_language

        return CompareOut(topic=topic, threshold=abstain_threshold(backend.settings, detect_language(topic)), rows=rows)

    @router.post("/agreed-language", summary="Closest agreed paragraphs to a draft", tags=["answers"],
                 response_model=AgreedOut,
                 description="Scores: `dense` (meaning), `lexical` (share of the draft in shared 3+-word n-grams), "
                             "`score` = 0.6 dense + 0.4 lexical; `spans` / `draft_spans` mark the shared wording.")
    def agreed(body: AgreedIn) -> AgreedOut:
        from wsis.assistant.drafting import MAX_DRAFT_CHARS, find_agreed_language

        validate_text(body.draft, "draft", MAX_DRAFT_CHARS)
        filters = backend.to_filters(body.filters)
        with backend.compute() as assistant:
            results = find_agreed_language(assistant, body.draft, k=body.k, filters=filters)
        return AgreedOut(draft=body.draft, results=results)

    @router.get("/documents", summary="The indexed documents", tags=["library"], response_model=DocumentsOut,
                description="The `wsis status --json` object: `documents` (doc_id, title, symbol, date, paragraphs, "
                            "structure, …), `embedding_model`, `index`, and the first-run `bootstrap` state.")
    def documents() -> dict[str, Any]:
        from wsis.assistant.library import index_status

        data = index_status(backend.settings, backend.assistant.store)
        data["bootstrap"] = {"phase": backend.bootstrap.phase, "message": backend.bootstrap.message}
        return data

    @router.get("/paragraphs/{paragraph_id:path}", summary="One paragraph with its neighbours", tags=["library"],
                response_model=ParagraphLookupOut,
                description="`paragraph_id` is `DOC_ID#LABEL` (encode `#` as `%23`), e.g. `tunis-agenda%2372`.")
    def paragraph(paragraph_id: str, context: int = 1) -> dict[str, Any]:
        if not 0 <= context <= 10:
            raise QuestionError("context: must be from 0 to 10")
        corpus = backend.corpus()
        p = corpus.get(paragraph_id)
        if p is None:
            hint = "" if "#" in paragraph_id else " (ids look like DOC_ID#LABEL; encode # as %23)"
            raise StarletteHTTPException(404, f"paragraph_id: no paragraph {paragraph_id!r}{hint}")
        before, after = corpus.neighbours(paragraph_id, context, context)
        passage = backend.assistant.retriever.passage(paragraph_id)
        return {
            "paragraph": {**p.to_dict(), "citation": passage.citation_text() if passage else p.id},
            "document": corpus.documents[p.doc_id],
            "before": [b.to_dict() for b in before],
            "after": [a.to_dict() for a in after],
            "parallel": [{"lang": lang, "id": v.id, "doc_id": v.doc_id, "label": v.label, "text": v.text,
                          "url": corpus.documents[v.doc_id].url} for lang, v in corpus.parallel(paragraph_id).items()],
        }

    @router.get("/health", summary="Liveness and index size", tags=["library"], response_model=HealthOut)
    def health() -> HealthOut:
        corpus = backend.corpus()
        return HealthOut(ok=True, documents=len(corpus.documents), paragraphs=len(corpus.paragraphs),
                         llm=backend.assistant.llm_configured, bootstrap=backend.bootstrap.phase)

    @router.api_route("/{rest:path}", methods=["GET", "POST", "PUT", "PATCH", "DELETE"], include_in_schema=False)
    def not_found(rest: str, request: Request) -> JSONResponse:
        allowed = _allowed_methods(router, request.scope)
        if allowed:
            return _error(405, f"{request.method} not allowed on /api/{rest} (use {', '.join(sorted(allowed))})",
                          headers={"Allow": ", ".join(sorted(allowed))})
        return _error(404, f"no API endpoint {request.method} /api/{rest} (see /openapi.json)")

    return router
