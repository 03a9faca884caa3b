"""What the UI's buttons do: every handler validates its text inputs with ``validate_text`` and its
filters with ``Filters.build`` (the CLI's and the API's validation), and shows errors in the page.

State: the conversation lives in a per-session ``gr.State`` (a list of Answers), so concurrent users
never see each other's answers.
"""
from __future__ import annotations

import atexit
import inspect
import logging
import queue
import shutil
import tempfile
import threading
from pathlib import Path
from typing import Any, Iterator

import gradio as gr

from wsis.assistant.api import Backend
from wsis.assistant.render import answer_to_markdown
import wsis.assistant.ui.uploads as uploads
from wsis.assistant.languages import UN_LANGUAGES
from wsis.assistant.ui.chat_html import chat_html, esc
from wsis.assistant.ui.source import SOURCE_EMPTY, source_html
from wsis.assistant.ui.panels import (agreed_html, banner_html, compare_html, doc_choices, library_rows,
                                     library_view)
from wsis.errors import QuestionError, validate_text
from wsis.types import Answer, Filters

log = logging.getLogger("wsis.ui")
HISTORY_TURNS = 3
MAX_DRAFT_CHARS = 6000
FILTER_LABELS = {"doc_ids": "Documents", "process": "Process", "year_from": "From year", "year_to": "To year"}
# the answer-language selector: "auto" quotes in the question's language when a version exists
ANSWER_LANGUAGES = [("Auto: the question's language", "auto"), ("English", "en"), ("Français", "fr"),
                    ("Español", "es"), ("Русский", "ru"), ("中文", "zh"), ("العربية", "ar")]


def answer_lang(value: Any) -> str | None:
    """The selector's value as ``Assistant.ask``'s ``lang``: None for auto; a bad value is an error."""
    if value in (None, "", "auto"):
        return None
    if not isinstance(value, str) or value not in UN_LANGUAGES:
        raise QuestionError(f"Answer language: must be auto or one of {', '.join(UN_LANGUAGES)}, not {value!r}")
    return value


def history_of(turns: list[Answer]) -> list[dict]:
    """The last turns as chat history for follow-up questions."""
    history = []
    for t in turns[-HISTORY_TURNS:]:
        history += [{"role": "user", "content": t.question}, {"role": "assistant", "content": t.answer}]
    return history


EXPORTS_KEPT = 32  # answers' .md files kept on disk (Gradio copies each into its own cache when served)
_EXPORTS_LOCK = threading.Lock()
_exports: list[Path] = []  # this process's export folder, once made, then each answer's folder, oldest first


def export_file(answer: Answer) -> str:
    """The answer as ``wsis-answer.md`` in a folder of its own (the download keeps that name), under one
    folder per process that is removed at exit; only the last ``EXPORTS_KEPT`` answers stay on disk, so a
    server answering for months does not fill its temporary directory."""
    with _EXPORTS_LOCK:  # one server, many sessions' threads
        if not _exports:
            _exports.append(Path(tempfile.mkdtemp(prefix="wsis-export-")))
            atexit.register(shutil.rmtree, _exports[0], True)
        folder = Path(tempfile.mkdtemp(dir=_exports[0]))
        path = folder / "wsis-answer.md"
        path.write_text(answer_to_markdown(answer), encoding="utf-8")
        _exports.append(folder)
        while len(_exports) - 1 > EXPORTS_KEPT:
            shutil.rmtree(_exports.pop(1), ignore_errors=True)
    return str(path)



# what to do when a box is left empty, in the UI's words ("question: is empty" is the CLI's and the API's)
_EMPTY = {"question": "Type a question to ask.", "topic": "Type a topic to compare the texts on.",
          "draft": "Paste a draft paragraph to find the agreed language closest to it."}


def for_people(exc: QuestionError) -> str:
    """A field's error as the web page says it: what to do for an empty box, else the error naming its
    field as the API does ("question: too long (2160 characters; at most 2000)")."""
    field, _, problem = str(exc).partition(": ")
    return _EMPTY[field] if problem == "is empty" and field in _EMPTY else str(exc)

class Handlers:
    """The event handlers of one app, bound to its Backend."""

    def __init__(self, backend: Backend):
        self.backend = backend
        # Assistant.ask(lang=...) quotes a parallel language version; older backends lack it
        self.takes_lang = "lang" in inspect.signature(backend.assistant.ask).parameters

    def filters(self, doc_ids: Any, process: Any, year_from: Any, year_to: Any) -> Filters:
        """The UI's filter inputs through the one validation; empty year boxes mean no bound."""
        known = self.backend.corpus().documents if doc_ids else None
        return Filters.build(doc_ids, process, year_from, year_to, known_doc_ids=known, labels=FILTER_LABELS)

    def names(self) -> dict[str, str]:
        """doc_id -> "Tunis Agenda (2005)", for the documents a filter excluded."""
        return {d: f"{i.short_title} ({i.date[:4]})" if i.date else i.short_title
                for d, i in self.backend.corpus().documents.items()}

    # -- chat ------------------------------------------------------------------------------------
    def respond(self, question, turns, doc_ids, process, year_from, year_to, mode, lang="auto") -> Iterator[tuple]:
        turns = list(turns or [])
        backend = self.backend
        names = self.names()
        try:
            text = validate_text(question, "question")
            filters = self.filters(doc_ids, process, year_from, year_to)
            extra = {"lang": answer_lang(lang)} if self.takes_lang else {}
            streamed = backend.assistant.resolve_mode(mode)[0] == "generative"  # the answer carries any notice
        except QuestionError as exc:
            yield chat_html(turns, error=for_people(exc), names=names), turns, gr.skip(), gr.skip(), gr.skip()
            return
        yield chat_html(turns, pending=text, names=names), turns, "", gr.skip(), gr.skip()
        tokens: queue.Queue = queue.Queue()
        result: dict[str, Any] = {}

        def work() -> None:
            try:
                with backend.compute() as assistant:
                    result["answer"] = assistant.ask(text, history=history_of(turns) or None, filters=filters,
                                                     mode=mode, on_token=tokens.put if streamed else None,
                                                     **extra)
            except QuestionError as exc:
                result["error"] = for_people(exc)
            except Exception as exc:  # shown in the chat, logged with its traceback
                log.exception("ask failed")
                result["error"] = f"Sorry, the answer failed: {type(exc).__name__}: {exc}"
            finally:
                tokens.put(None)

        worker = threading.Thread(target=work, name="wsis-ask", daemon=True)
        worker.start()
        shown = ""
        while True:
            item = tokens.get()
            if item is None:
                break
            shown += item
            while not tokens.empty():  # coalesce bursts of tokens into one update
                nxt = tokens.get()
                if nxt is None:
                    tokens.put(None)
                    break
                shown += nxt
            yield chat_html(turns, pending=text, streamed=shown, status="Writing; every sentence is checked "
                            "against its citations…", names=names), turns, "", gr.skip(), gr.skip()
        worker.join()
        if "error" in result:
            yield chat_html(turns, error=result["error"], names=names), turns, text, gr.skip(), gr.skip()
            return
        answer: Answer = result["answer"]
        turns = turns + [answer]
        yield chat_html(turns, names=names), turns, "", answer_to_markdown(answer), export_file(answer)

    def clear(self) -> tuple:
        return chat_html([]), [], "", "", None, SOURCE_EMPTY

    def show_source(self, evt: gr.EventData) -> str:
        data = getattr(evt, "_data", None) or {}
        pid, quote, lang = (data.get(k, "") for k in ("pid", "quote", "lang"))
        return source_html(self.backend, pid if isinstance(pid, str) else "", quote if isinstance(quote, str) else "",
                           lang if isinstance(lang, str) else "")

    def source_api(self, paragraph_id: str, quote: str = "", lang: str = "") -> str:
        """The source panel HTML for one paragraph id ("tunis-agenda#72"), the quote highlighted, beside
        its version in ``lang`` (or the English) when the document exists in several languages."""
        return source_html(self.backend, paragraph_id, quote, lang)

    # -- compare and agreed language ---------------------------------------------------------------
    def run_compare(self, topic, per_doc) -> str:
        from wsis.assistant.compare import compare

        try:
            topic = validate_text(topic, "topic")
            with self.backend.compute() as assistant:
                rows = compare(assistant, topic, per_doc=int(per_doc or 2))
        except QuestionError as exc:
            return f'<div class="wsis-compare"><p class="error">{esc(for_people(exc))}</p></div>'
        return compare_html(topic, rows)

    def run_agreed(self, draft, k) -> str:
        from wsis.assistant.drafting import find_agreed_language

        try:
            validate_text(draft, "draft", MAX_DRAFT_CHARS)
            with self.backend.compute() as assistant:
                results = find_agreed_language(assistant, draft, k=int(k or 5))
        except QuestionError as exc:
            return f'<div class="wsis-agreed"><p class="error">{esc(for_people(exc))}</p></div>'
        return agreed_html(draft, results)

    # -- library ---------------------------------------------------------------------------------
    def panels(self) -> tuple:
        """Banner, Library table, document choices of the filter, structure report: after any change."""
        backend = self.backend
        rows, structure = library_view(backend)
        return banner_html(backend), rows, gr.CheckboxGroup(choices=doc_choices(backend)), structure

    def refresh(self) -> tuple:
        return (*self.panels(), gr.Timer(active=self.backend.bootstrap.running))

    def on_load(self) -> tuple:
        backend = self.backend
        waiting = backend.bootstrap.phase == "idle" and not backend.corpus().paragraphs
        return (*self.panels(), gr.Timer(active=backend.bootstrap.running or waiting))

    def add_files(self, files, progress=gr.Progress(track_tqdm=True)) -> tuple:
        return uploads.add_files(self.backend, files, progress), *self.panels()

    def reindex(self, rebuild, progress=gr.Progress(track_tqdm=True)) -> tuple:
        return uploads.reindex(self.backend, bool(rebuild), progress), *self.panels()

    def documents_api(self) -> list[list]:
        """The indexed documents: [doc_id, title, symbol, date, paragraphs, structure] rows."""
        return library_rows(self.backend)
