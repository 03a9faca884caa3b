"""The Gradio UI: tabs Chat, Compare, Agreed language and Library.

Safety: every string that comes from a document or a user goes through ``html.escape`` before
our own markup (citation buttons, ``<mark>``) is added, and links keep only http(s) URLs. The
``gr.HTML`` components insert their value with ``innerHTML`` without sanitising it, so this escaping
is what keeps a document containing ``<script>`` or ``onerror=`` inert: it is shown as text.

Citations: each [n] marker and reference is a ``<button data-pid data-quote>``; one delegated click
listener per HTML component (``js_on_load``) triggers a custom ``cite`` event carrying the
paragraph id and quote, and the Python handler renders that paragraph in the source panel.

State: the conversation lives in a per-session ``gr.State``, so concurrent users never see each
other's answers; the queue limits are set in ``build_ui`` (``Settings.workers``, ``WSIS_WORKERS``).
"""
from __future__ import annotations

import html
import logging
import queue
import re
import shutil
import tempfile
import threading
from pathlib import Path
from typing import Any, Iterable
from urllib.parse import urlsplit

import gradio as gr

from wsis.errors import QuestionError, validate_text
from wsis.assistant.api import Backend
from wsis.assistant.render import answer_to_markdown, reference_label
from wsis.assistant.library import ADD_DOCUMENTS_HINT
from wsis.types import Answer, Citation, Filters, Paragraph

log = logging.getLogger("wsis.ui")

EXAMPLES = [
    "What is the Internet Governance Forum and what is its mandate?",
    "What do the texts say about bridging the digital divide?",
    "Tunis Agenda paragraph 72",
    "What are the WSIS action lines?",
    "What does the Global Digital Compact say about artificial intelligence?",
    "How is multistakeholder cooperation described?",
]
COMPARE_EXAMPLES = ["Internet governance", "digital divide", "human rights online", "capacity building"]
UPLOAD_SUFFIXES = (".pdf", ".html", ".htm", ".txt", ".md")
MAX_FILES_PER_UPLOAD = 20
HISTORY_TURNS = 3

# One delegated listener: survives re-renders of the content; sends the clicked paragraph.
CITE_JS = """
element.addEventListener('click', (event) => {
  const el = event.target.closest('[data-pid]');
  if (!el || !element.contains(el)) return;
  event.preventDefault();
  element.querySelectorAll('[data-pid].active').forEach((x) => x.classList.remove('active'));
  el.classList.add('active');
  trigger('cite', {pid: el.dataset.pid, quote: el.dataset.quote || ''});
});
"""

# The chat log scrolls inside its box: bring the newest turn's question to the top while it is
# pending/streaming and once when it is final; later updates (none) and citation clicks do not scroll.
CHAT_JS = CITE_JS + """
let done = element.querySelectorAll('.turn').length;
function scrollBox() {
  let box = element;
  while (box && box !== document.body) {
    if (/(auto|scroll)/.test(getComputedStyle(box).overflowY)) return box;
    box = box.parentElement;
  }
  return null;
}
watch('value', () => {
  const turns = element.querySelectorAll('.turn');
  if (turns.length < done) done = 0;  // a new conversation
  const last = turns[turns.length - 1];
  const pending = !!element.querySelector('.pending');
  if (last && (turns.length > done || pending)) {
    const box = scrollBox();
    if (box) box.scrollTop += last.getBoundingClientRect().top - box.getBoundingClientRect().top - 8;
  }
  if (!pending) done = turns.length;
});
"""

HEAD = '<meta name="referrer" content="no-referrer">'

CSS = """
.wsis-banner { border-radius: 8px; padding: 10px 14px; margin: 4px 0; background: #fff7e6; border: 1px solid #f0c36d; color: #5a4300; }
.wsis-banner.busy { background: #eef5ff; border-color: #9cc0f5; color: #123d73; }
.wsis-banner code { background: rgba(0,0,0,.06); padding: 0 4px; border-radius: 4px; }
#chat-log { min-height: 320px; }
.wsis-chat .turn { margin: 0 0 18px 0; }
.wsis-chat .q { background: #eef2f7; border-radius: 10px; padding: 8px 12px; margin-bottom: 8px; font-weight: 600; white-space: pre-wrap; }
.wsis-chat .a { padding: 2px 4px; line-height: 1.5; }
.wsis-chat .a p { margin: 6px 0; }
.wsis-chat blockquote, .wsis-compare blockquote { border-left: 3px solid #8aa4c8; margin: 6px 0; padding: 2px 10px; color: #1f2d3d; white-space: pre-wrap; }
.wsis-chat .notice { color: #8a5a00; font-style: italic; margin: 4px 0; }
.wsis-chat .error { color: #a40000; font-weight: 600; }
.wsis-chat .pending { color: #5b6b7f; font-style: italic; }
.wsis-chat .stream { white-space: pre-wrap; color: #33475b; }
.wsis-chat .refs { margin-top: 8px; font-size: 0.92em; }
.wsis-chat .refs ol { margin: 4px 0 0 0; padding-left: 0; list-style: none; }
.wsis-chat .refs li { margin: 2px 0; }
.wsis-welcome { color: #33475b; }
.cite-demo { border: 1px solid #8aa4c8; background: #eef4fc; color: #0b4a8b; border-radius: 5px; padding: 0 5px; font-size: 0.85em; font-weight: 600; }
button.cite { display: inline; border: 1px solid #8aa4c8; background: #eef4fc; color: #0b4a8b; border-radius: 5px; padding: 0 5px; margin: 0 1px; font-size: 0.85em; cursor: pointer; font-weight: 600; }
button.cite:hover, button.cite.active { background: #0b4a8b; color: #fff; }
button.ref { border: none; background: none; color: #0b4a8b; cursor: pointer; text-align: left; padding: 0; font: inherit; }
button.ref:hover, button.ref.active { text-decoration: underline; }
.source-col { position: sticky; top: 12px; align-self: flex-start; }
.source-col .wsis-source { max-height: 88vh; overflow: auto; }
.wsis-source { border: 1px solid #d5dde8; border-radius: 10px; padding: 12px 14px; background: #fbfcfe; }
.wsis-source .doc { font-weight: 700; font-size: 1.05em; }
.wsis-source .meta, .wsis-source .loc { color: #4a5b70; font-size: 0.92em; margin-top: 2px; }
.wsis-source .para { white-space: pre-wrap; margin: 10px 0; padding: 8px 10px; background: #fff; border: 1px solid #c9d6e6; border-radius: 8px; }
.wsis-source .ctx { white-space: pre-wrap; color: #6a7685; font-size: 0.9em; margin: 6px 0; }
.wsis-source .lbl { font-weight: 700; margin-right: 4px; }
.wsis-source mark, .wsis-compare mark, .wsis-agreed mark { background: #ffe58a; padding: 0 1px; border-radius: 2px; }
.wsis-source .empty { color: #6a7685; }
.wsis-compare table { width: 100%; border-collapse: collapse; }
.wsis-compare th, .wsis-compare td { border-bottom: 1px solid #d5dde8; padding: 8px; vertical-align: top; text-align: left; }
.wsis-compare th.doc { width: 28%; }
.wsis-compare .sub { color: #4a5b70; font-weight: normal; font-size: 0.9em; }
.wsis-compare .na { color: #8a94a3; font-style: italic; }
.wsis-compare details { font-size: 0.9em; color: #33475b; white-space: pre-wrap; }
.wsis-agreed .card { border: 1px solid #d5dde8; border-radius: 10px; padding: 10px 12px; margin: 8px 0; }
.wsis-agreed .scores { color: #33475b; font-size: 0.9em; margin: 2px 0 6px 0; }
.wsis-agreed .text { white-space: pre-wrap; }
.wsis-agreed .bar { display: inline-block; height: 8px; background: #0b4a8b; border-radius: 4px; vertical-align: middle; margin-right: 6px; }
.wsis-agreed details { font-size: 0.9em; margin-top: 6px; white-space: pre-wrap; }
"""


# -- escaping helpers ---------------------------------------------------------------------------
def esc(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def safe_url(url: str) -> str:
    """The URL if it is http(s), else "" (no javascript: or data: links from document metadata)."""
    try:
        parts = urlsplit((url or "").strip())
    except ValueError:
        return ""
    return url.strip() if parts.scheme in ("http", "https") and parts.netloc else ""


def link(url: str, text: str) -> str:
    url = safe_url(url)
    if not url:
        return ""
    return f'<a href="{esc(url)}" target="_blank" rel="noopener noreferrer nofollow">{esc(text)}</a>'


def cite_button(label: str, pid: str, quote: str = "", cls: str = "cite", title: str = "") -> str:
    return (f'<button type="button" class="{cls}" data-pid="{esc(pid)}" data-quote="{esc(quote)}"'
            f' title="{esc(title or "Show the paragraph")}">{esc(label)}</button>')


def mark_ranges(text: str, ranges: Iterable[tuple[int, int]], cls: str = "") -> str:
    """Escape ``text`` and wrap the [start, end) ``ranges`` in <mark>."""
    out, at = [], 0
    attr = f' class="{cls}"' if cls else ""
    for start, end in sorted(set((max(0, s), min(len(text), e)) for s, e in ranges)):
        if end <= at or start >= end:
            continue
        start = max(start, at)
        out.append(esc(text[at:start]))
        out.append(f"<mark{attr}>{esc(text[start:end])}</mark>")
        at = end
    out.append(esc(text[at:]))
    return "".join(out)


def find_quote(text: str, quote: str) -> tuple[int, int] | None:
    """Where ``quote`` sits in ``text`` (exactly, else ignoring whitespace differences)."""
    quote = (quote or "").strip().rstrip("…").strip()
    if not quote:
        return None
    at = text.find(quote)
    if at >= 0:
        return at, at + len(quote)
    pattern = r"\s+".join(re.escape(w) for w in quote.split())
    m = re.search(pattern, text)
    return (m.start(), m.end()) if m else None


# -- answers ---------------------------------------------------------------------------------------
_MARKERS = re.compile(r"\[(\d+(?:\s*[,;]\s*\d+)*)\]")
_BOLD = re.compile(r"\*\*(.+?)\*\*")
_CODE = re.compile(r"`([^`]+)`")


def _inline(line: str, citations: dict[int, Citation]) -> str:
    """One line of answer text: escaped, then **bold**, `code` and [n] citation buttons."""
    text = esc(line)
    text = _BOLD.sub(r"<strong>\1</strong>", text)
    text = _CODE.sub(r"<code>\1</code>", text)

    def marker(m: re.Match) -> str:
        numbers = [int(n) for n in re.split(r"[,;\s]+", m.group(1)) if n]
        if not all(n in citations for n in numbers):
            return m.group(0)
        return "".join(cite_button(f"[{n}]", citations[n].id, citations[n].quote,
                                   title=f"{citations[n].title}, {citations[n].paragraph}") for n in numbers)

    return _MARKERS.sub(marker, text)


def answer_body_html(answer: Answer) -> str:
    """The answer text (Markdown-like: paragraphs, > quotes, - items) as safe HTML."""
    citations = {c.marker: c for c in answer.citations}
    blocks: list[str] = []
    quote: list[str] = []
    items: list[str] = []
    para: list[str] = []

    def flush() -> None:
        if quote:
            blocks.append("<blockquote>" + "<br>".join(quote) + "</blockquote>")
            quote.clear()
        if items:
            blocks.append("<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>")
            items.clear()
        if para:
            blocks.append("<p>" + " ".join(para) + "</p>")
            para.clear()

    for raw in answer.answer.split("\n"):
        line = raw.rstrip()
        if line.startswith(">"):
            if items or para:
                flush()
            quote.append(_inline(line[1:].lstrip(), citations))
        elif line.startswith("- "):
            if quote or para:
                flush()
            items.append(_inline(line[2:], citations))
        elif not line.strip():
            flush()
        else:
            if quote or items:
                flush()
            para.append(_inline(line, citations))
    flush()
    return "".join(blocks)


def turn_html(answer: Answer) -> str:
    symbols = {p.paragraph.doc_id: p.document.symbol for p in answer.passages}
    out = [f'<div class="turn"><div class="q">{esc(answer.question)}</div><div class="a">']
    out.append(answer_body_html(answer))
    if answer.notice:
        out.append(f'<div class="notice">{esc(answer.notice)}</div>')
    if answer.citations:
        out.append('<div class="refs"><strong>References</strong><ol>')
        for c in answer.citations:
            url = link(c.url, "official text")
            out.append(f"<li>{cite_button(reference_label(c, symbols), c.id, c.quote, cls='ref')}"
                       f"{' · ' + url if url else ''}</li>")
        out.append("</ol></div>")
    out.append("</div></div>")
    return "".join(out)


def chat_html(turns: list[Answer], pending: str | None = None, streamed: str = "", status: str = "",
              error: str = "") -> str:
    if not turns and pending is None and not error:
        return ('<div class="wsis-chat wsis-welcome"><p>Ask about the WSIS outcome documents (Geneva 2003, Tunis 2005, '
                'WSIS+10) and the Global Digital Compact. Every answer quotes the texts and numbers its citations: '
                'click a <span class="cite-demo">[1]</span> to read the paragraph, with '
                'its context, in the source panel.</p><p>Cite paragraphs directly too: <em>Tunis Agenda 72</em>, '
                '<em>GDC paragraph 28</em>.</p></div>')
    parts = ['<div class="wsis-chat">'] + [turn_html(t) for t in turns]
    if pending is not None:
        parts.append(f'<div class="turn"><div class="q">{esc(pending)}</div><div class="a">')
        if streamed:
            parts.append(f'<div class="stream">{esc(streamed)}</div>')
        parts.append(f'<div class="pending">{esc(status or "Searching the texts…")}</div></div></div>')
    if error:
        parts.append(f'<div class="turn"><div class="a error">{esc(error)}</div></div>')
    parts.append("</div>")
    return "".join(parts)


# -- source panel ----------------------------------------------------------------------------------
SOURCE_EMPTY = '<div class="wsis-source"><div class="empty">Click a citation to see the paragraph here, with the ' \
               'paragraphs before and after it and a link to the official text.</div></div>'


def _para_line(p: Paragraph) -> str:
    return f"{p.label}." if p.numbered else p.label


def _excerpt(text: str, limit: int = 700) -> str:
    return text if len(text) <= limit else text[: text.rfind(" ", 0, limit)] + " …"


def source_html(backend: Backend, pid: str, quote: str = "") -> str:
    corpus = backend.corpus()
    p = corpus.get(pid or "")
    if p is None:
        return f'<div class="wsis-source"><div class="empty">No paragraph {esc(pid)} in the index.</div></div>'
    info = corpus.documents[p.doc_id]
    before, after = corpus.neighbours(p.id, 1, 1)
    meta = " · ".join(esc(x) for x in (info.symbol, info.date, info.process) if x)
    loc = []
    if p.section:
        loc.append("Section: " + " › ".join(esc(s) for s in p.section))
    if p.page_labels or p.pages:
        pages = p.page_labels or [str(n) for n in p.pages]
        loc.append(("Page " if len(pages) == 1 else "Pages ") + esc(", ".join(pages)))
    loc.append(("Paragraph " if p.numbered else "") + esc(p.label))
    span = find_quote(p.text, quote)
    body = mark_ranges(p.text, [span] if span else [], "quote")
    out = [f'<div class="wsis-source" data-shown="{esc(p.id)}">',
           f'<div class="doc">{esc(info.title)}</div>']
    if meta:
        out.append(f'<div class="meta">{meta}</div>')
    out.append(f'<div class="loc">{" · ".join(loc)}</div>')
    for b in before:
        out.append(f'<div class="ctx before">{cite_button("↑ " + _para_line(b), b.id, cls="ref", title="Show this paragraph")} '
                   f"{esc(_excerpt(b.text))}</div>")
    out.append(f'<div class="para"><span class="lbl">{esc(_para_line(p))}</span>{body}</div>')
    for a in after:
        out.append(f'<div class="ctx after">{cite_button("↓ " + _para_line(a), a.id, cls="ref", title="Show this paragraph")} '
                   f"{esc(_excerpt(a.text))}</div>")
    official = link(info.url, "Official text ↗")
    if official:
        out.append(f'<div class="meta">{official}</div>')
    out.append("</div>")
    return "".join(out)


# -- compare and agreed language ---------------------------------------------------------------
def compare_html(topic: str, rows: list[dict[str, Any]]) -> str:
    if not rows:
        return f'<div class="wsis-compare"><p>No documents are indexed. {esc(ADD_DOCUMENTS_HINT)}</p></div>'
    out = [f'<div class="wsis-compare"><p>How each document addresses <strong>{esc(topic)}</strong>, oldest first. '
           'Click a citation for the paragraph in context.</p><table><thead><tr><th>Document</th>'
           '<th>Agreed language</th></tr></thead><tbody>']
    for row in rows:
        sub = " · ".join(esc(x) for x in (row["symbol"], row["date"]) if x)
        out.append(f'<tr class="cmp-row" data-doc="{esc(row["doc_id"])}"><th class="doc">{esc(row["title"])}'
                   f'<div class="sub">{sub}</div></th><td>')
        if not row["addressed"]:
            out.append('<span class="na">not addressed</span>')
        for para in row["paragraphs"]:
            span = find_quote(para["text"], para["quote"])
            out.append(f'<blockquote>“{esc(para["quote"])}” {cite_button(para["citation"], para["id"], para["quote"])}'
                       f'</blockquote><details><summary>Whole paragraph</summary>'
                       f'{mark_ranges(para["text"], [span] if span else [])}</details>')
        out.append("</td></tr>")
    out.append("</tbody></table></div>")
    return "".join(out)


def agreed_html(draft: str, results: list[dict[str, Any]]) -> str:
    if not results:
        return '<div class="wsis-agreed"><p>No agreed paragraph found (is the index empty?).</p></div>'
    out = ['<div class="wsis-agreed"><p>Closest agreed paragraphs; shared wording is highlighted. Similarity = '
           '0.6 × meaning (embedding cosine) + 0.4 × wording (share of your draft in shared 3+-word runs).</p>']
    for n, r in enumerate(results, start=1):
        width = max(2, int(120 * max(0.0, min(1.0, r["score"]))))
        out.append(f'<div class="card" data-rank="{n}">')
        out.append(f'<div><strong>{n}.</strong> {cite_button(r["citation"], r["id"], r.get("longest_shared", ""))}'
                   f' <span class="sub">{esc(r["symbol"])}{" · " + esc(r["date"]) if r["date"] else ""}</span></div>')
        out.append(f'<div class="scores"><span class="bar" style="width:{width}px"></span>similarity '
                   f'<strong>{r["score"]:.2f}</strong> (meaning {r["dense"]:.2f}, wording {r["lexical"]:.2f})</div>')
        out.append(f'<div class="text">{mark_ranges(r["text"], [tuple(s) for s in r["spans"]])}</div>')
        if r["draft_spans"]:
            out.append(f'<details><summary>Shared wording in your draft</summary>'
                       f'{mark_ranges(draft, [tuple(s) for s in r["draft_spans"]])}</details>')
        out.append("</div>")
    out.append("</div>")
    return "".join(out)


# -- library -------------------------------------------------------------------------------------
LIBRARY_HEADERS = ["doc_id", "title", "symbol", "date", "paragraphs"]


def library_rows(backend: Backend) -> list[list[Any]]:
    from wsis.assistant.library import index_status

    return [[d["doc_id"], d["title"], d["symbol"], d["date"], d["paragraphs"]]
            for d in index_status(backend.settings, backend.assistant.store)["documents"]]


def banner_html(backend: Backend) -> str:
    state = backend.bootstrap
    empty = not backend.corpus().paragraphs
    if state.running:
        return f'<div class="wsis-banner busy">⏳ {esc(state.message)} (progress in the server log)</div>'
    if empty:
        message = state.message if state.phase == "failed" else "No documents are indexed yet. " + ADD_DOCUMENTS_HINT
        return f'<div class="wsis-banner">{_code_spans(esc(message))}</div>'
    return ""


def _code_spans(escaped: str) -> str:
    return _CODE.sub(r"<code>\1</code>", escaped)


def doc_choices(backend: Backend) -> list[tuple[str, str]]:
    docs = backend.corpus().documents
    return [(f"{info.short_title} ({info.date[:4]})" if info.date else info.short_title, doc_id)
            for doc_id, info in docs.items()]


def _safe_name(name: str) -> str:
    stem, dot, suffix = Path(name).name.rpartition(".")
    stem = re.sub(r"[^A-Za-z0-9._-]+", "-", stem if dot else suffix).strip("-.") or "document"
    return f"{stem}.{suffix.lower()}" if dot else stem


def _relative(message: str, files: dict[str, str]) -> str:
    for full, shown in files.items():
        message = message.replace(full, shown)
    return message


def _ingest_log(report, shown: dict[str, str]) -> list[str]:
    lines = []
    for r in report.results:
        name = shown.get(r.path, Path(r.path).name)
        if r.status == "failed":
            lines.append(f"failed     {_relative(r.message, shown)}")
        else:
            extra = f" ({r.paragraphs} paragraphs)" if r.paragraphs else ""
            lines.append(f"{r.status:10} {name} -> {r.doc_id}{extra}")
    counts = ", ".join(f"{report.count(s)} {s}" for s in ("added", "replaced", "unchanged", "failed"))
    lines.append(f"Done: {counts}; {report.paragraphs} paragraphs in {report.timings.get('total', 0):.1f}s.")
    return lines


# -- the Blocks ------------------------------------------------------------------------------------
def _filters(doc_ids: list[str] | None, process: str | None, year_from: float | None, year_to: float | None) -> Filters:
    return Filters.build(doc_ids, process, year_from, year_to)


def _history(turns: list[Answer]) -> list[dict]:
    history = []
    for t in turns[-HISTORY_TURNS:]:
        history += [{"role": "user", "content": t.question}, {"role": "assistant", "content": t.answer}]
    return history


def _export_file(answer: Answer) -> str:
    folder = Path(tempfile.mkdtemp(prefix="wsis-export-"))
    path = folder / "wsis-answer.md"
    path.write_text(answer_to_markdown(answer), encoding="utf-8")
    return str(path)


def build_ui(backend: Backend) -> gr.Blocks:
    settings = backend.settings
    llm = backend.assistant.llm_configured
    slots = settings.workers

    def respond(question, turns, doc_ids, process, year_from, year_to, mode):
        turns = list(turns or [])
        try:
            text = validate_text(question, "question")
            filters = _filters(doc_ids, process, year_from, year_to)
            streamed = backend.assistant.resolve_mode(mode)[0] == "generative"  # the answer carries any notice
        except QuestionError as exc:
            yield chat_html(turns, error=str(exc)), turns, question, gr.skip(), gr.skip()
            return
        yield chat_html(turns, pending=text), turns, "", gr.skip(), gr.skip()
        tokens: queue.Queue = queue.Queue()
        result: dict[str, Any] = {}

        def work() -> None:
            try:
                with backend.compute() as assistant:
                    result["answer"] = assistant.ask(text, history=_history(turns) or None, filters=filters, mode=mode,
                                                     on_token=tokens.put if streamed else None)
            except QuestionError as exc:
                result["error"] = str(exc)
            except Exception as exc:  # shown in the chat, logged with its traceback
                log.exception("ask failed")
                result["error"] = f"Sorry, the answer failed: {type(exc).__name__}: {exc}"
            finally:
                tokens.put(None)

        worker = threading.Thread(target=work, name="wsis-ask", daemon=True)
        worker.start()
        streamed = ""
        while True:
            item = tokens.get()
            if item is None:
                break
            streamed += item
            while not tokens.empty():  # coalesce bursts of tokens into one update
                nxt = tokens.get()
                if nxt is None:
                    tokens.put(None)
                    break
                streamed += nxt
            yield chat_html(turns, pending=text, streamed=streamed, status="Writing; every sentence is checked "
                            "against its citations…"), turns, "", gr.skip(), gr.skip()
        worker.join()
        if "error" in result:
            yield chat_html(turns, error=result["error"]), turns, text, gr.skip(), gr.skip()
            return
        answer: Answer = result["answer"]
        turns = turns + [answer]
        yield chat_html(turns), turns, "", answer_to_markdown(answer), _export_file(answer)

    def clear():
        return chat_html([]), [], "", "", None, SOURCE_EMPTY

    def show_source(evt: gr.EventData):
        data = getattr(evt, "_data", None) or {}
        return source_html(backend, str(data.get("pid", "")), str(data.get("quote", "")))

    def source_api(paragraph_id: str, quote: str = "") -> str:
        """The source panel HTML for one paragraph id ("tunis-agenda#72"), the quote highlighted."""
        return source_html(backend, paragraph_id, quote)

    def run_compare(topic, per_doc):
        from wsis.assistant.compare import compare

        try:
            topic = validate_text(topic, "topic")
            with backend.compute() as assistant:
                rows = compare(assistant, topic, per_doc=int(per_doc or 2))
        except QuestionError as exc:
            return f'<div class="wsis-compare"><p class="error">{esc(exc)}</p></div>'
        return compare_html(topic, rows)

    def run_agreed(draft, k):
        from wsis.assistant.drafting import find_agreed_language

        try:
            with backend.compute() as assistant:
                results = find_agreed_language(assistant, draft or "", k=int(k or 5))
        except QuestionError as exc:
            return f'<div class="wsis-agreed"><p class="error">{esc(exc)}</p></div>'
        return agreed_html(draft, results)

    def refresh():
        running = backend.bootstrap.running
        return (banner_html(backend), library_rows(backend), gr.CheckboxGroup(choices=doc_choices(backend)),
                gr.Timer(active=running))

    def add_files(files, progress=gr.Progress(track_tqdm=True)):
        from wsis.assistant.library import ingest_paths as ingest

        files = [f for f in (files or []) if f]
        if not files:
            return "Choose one or more files first (PDF, HTML, TXT or Markdown).", *refresh()[:3]
        if len(files) > MAX_FILES_PER_UPLOAD:
            return f"At most {MAX_FILES_PER_UPLOAD} files at a time ({len(files)} chosen).", *refresh()[:3]
        progress(0, desc="Checking files")
        uploads = settings.data_dir / "uploads"
        uploads.mkdir(parents=True, exist_ok=True)
        limit = settings.max_file_mb * 2**20
        lines, accepted, shown = [], [], {}
        for f in files:
            src = Path(f)
            name = _safe_name(src.name)
            suffix = Path(name).suffix.lower()
            size = src.stat().st_size if src.exists() else 0
            if suffix not in UPLOAD_SUFFIXES:
                lines.append(f"refused    {src.name}: unsupported type '{suffix or '(none)'}' "
                             f"(allowed: {', '.join(UPLOAD_SUFFIXES)})")
            elif size == 0:
                lines.append(f"refused    {src.name}: the file is empty")
            elif size > limit:
                lines.append(f"refused    {src.name}: {size / 2**20:.1f} MB is over the "
                             f"{settings.max_file_mb:g} MB limit (WSIS_MAX_FILE_MB)")
            else:
                dest = uploads / name
                shutil.copyfile(src, dest)
                accepted.append(dest)
                shown[str(dest)] = name
        if accepted:
            progress(0.05, desc=f"Indexing {len(accepted)} file(s)")
            try:
                report = ingest(accepted, settings, progress=True)
                lines += _ingest_log(report, shown)
            except Exception as exc:  # e.g. index built with another embedding model
                log.exception("ingest failed")
                lines.append(f"Indexing failed: {exc}")
            backend.corpus()
        return "\n".join(lines), *refresh()[:3]

    def reindex(rebuild, progress=gr.Progress(track_tqdm=True)):
        from wsis.assistant.library import index_status
        from wsis.assistant.library import ingest_paths as ingest

        docs = index_status(settings, backend.assistant.store)["documents"]
        files: dict[str, Path] = {}
        missing = []
        for d in docs:
            src = Path(d["source"]) if d["source"] else None
            if src is not None and src.is_file():
                files[str(src.resolve())] = src
            else:
                missing.append(d["doc_id"])
        for folder in (settings.corpus_dir, settings.data_dir / "uploads"):
            if folder.is_dir():
                for f in sorted(folder.iterdir()):
                    if f.is_file() and not f.name.startswith(".") and f.name != "manifest.json":
                        files.setdefault(str(f.resolve()), f)
        if rebuild and missing:
            return (f"Not rebuilt: the source files of {', '.join(missing)} are gone; re-upload them or re-index "
                    "without rebuilding (changed files are replaced, unchanged ones skipped)."), *refresh()[:3]
        if not files:
            return "Nothing to index. " + ADD_DOCUMENTS_HINT, *refresh()[:3]
        progress(0, desc="Re-indexing")
        shown = {str(p): p.name for p in files.values()}
        try:
            report = ingest(list(files.values()), settings, progress=True, rebuild=bool(rebuild))
            lines = _ingest_log(report, shown)
        except Exception as exc:
            log.exception("re-index failed")
            lines = [f"Re-indexing failed: {exc}"]
        if missing:
            lines.insert(0, f"Kept as indexed (source file gone): {', '.join(missing)}")
        backend.corpus()
        return "\n".join(lines), *refresh()[:3]

    with gr.Blocks(title="WSIS assistant", analytics_enabled=False) as demo:
        turns_state = gr.State([])
        gr.Markdown("## WSIS & Global Digital Compact assistant\nCited answers from the agreed texts: every "
                    "quote links to its paragraph.")
        banner = gr.HTML(banner_html(backend), label="Status", elem_id="banner", js_on_load=None)
        timer = gr.Timer(2.0, active=False)
        with gr.Tabs():
            with gr.Tab("Chat", id="chat"):
                with gr.Row(equal_height=False):
                    with gr.Column(scale=3):
                        chat = gr.HTML(chat_html([]), label="Conversation", elem_id="chat-log", js_on_load=CHAT_JS, autoscroll=False,
                                       max_height=640, padding=True)
                        with gr.Row():
                            question = gr.Textbox(placeholder="Ask a question, e.g. What is the IGF?", show_label=False,
                                                  scale=5, elem_id="question", max_length=2000, submit_btn=False)
                            ask_btn = gr.Button("Ask", variant="primary", scale=1, elem_id="ask")
                            clear_btn = gr.Button("New conversation", scale=1, elem_id="clear")
                        gr.Examples(EXAMPLES, inputs=[question], label="Example questions for new staff")
                        with gr.Accordion("Filters and answer mode", open=False):
                            docs_filter = gr.CheckboxGroup(doc_choices(backend), label="Documents (none = all)",
                                                           elem_id="doc-filter")
                            with gr.Row():
                                process = gr.Radio(["All", "WSIS", "GDC"], value="All", label="Process")
                                year_from = gr.Number(label="From year", precision=0, minimum=1990, maximum=2100)
                                year_to = gr.Number(label="To year", precision=0, minimum=1990, maximum=2100)
                            mode = gr.Radio(
                                [("Extractive: verbatim quotes", "extractive"), ("Generative: LLM, every sentence checked", "generative")],
                                value=backend.assistant.default_mode(), label="Answer mode", interactive=llm,
                                info=None if llm else "Generative answers need an LLM: set WSIS_LLM and restart.",
                                elem_id="mode",
                            )
                        with gr.Accordion("Copy or export the last answer (Markdown with references)", open=False):
                            export_md = gr.Textbox(label="Markdown", lines=8, max_lines=20, interactive=False,
                                                   buttons=["copy"], elem_id="export-md")
                            export_file = gr.DownloadButton("Download .md", value=None, elem_id="export-file")
                    with gr.Column(scale=2, min_width=320, elem_classes=["source-col"]):
                        gr.Markdown("### Source")
                        source = gr.HTML(SOURCE_EMPTY, label="Source", elem_id="source-panel", js_on_load=CITE_JS, padding=False)
            with gr.Tab("Compare", id="compare"):
                gr.Markdown("How did the agreed language on a topic move? One row per document, oldest first.")
                with gr.Row(equal_height=False):
                    with gr.Column(scale=3):
                        with gr.Row():
                            topic = gr.Textbox(placeholder="A topic, e.g. Internet governance", show_label=False,
                                               scale=4, elem_id="topic", max_length=2000)
                            per_doc = gr.Slider(1, 3, value=2, step=1, label="Paragraphs per document", scale=2)
                            compare_btn = gr.Button("Compare", variant="primary", scale=1, elem_id="compare-btn")
                        gr.Examples([[t] for t in COMPARE_EXAMPLES], inputs=[topic], label="Topics")
                        compare_out = gr.HTML("", label="Comparison", elem_id="compare-table", js_on_load=CITE_JS)
                    with gr.Column(scale=2, min_width=320, elem_classes=["source-col"]):
                        compare_source = gr.HTML(SOURCE_EMPTY, elem_id="compare-source", js_on_load=CITE_JS)
            with gr.Tab("Agreed language", id="agreed"):
                gr.Markdown("Paste draft text: the closest agreed paragraphs, with similarity scores and the "
                            "shared wording highlighted, so you can reuse agreed language.")
                with gr.Row(equal_height=False):
                    with gr.Column(scale=3):
                        draft = gr.Textbox(lines=5, max_lines=15, label="Draft text", elem_id="draft", max_length=6000)
                        with gr.Row():
                            k = gr.Slider(1, 10, value=5, step=1, label="Paragraphs", scale=3)
                            agreed_btn = gr.Button("Find agreed language", variant="primary", scale=1, elem_id="agreed-btn")
                        agreed_out = gr.HTML("", label="Agreed paragraphs", elem_id="agreed-out", js_on_load=CITE_JS)
                    with gr.Column(scale=2, min_width=320, elem_classes=["source-col"]):
                        agreed_source = gr.HTML(SOURCE_EMPTY, elem_id="agreed-source", js_on_load=CITE_JS)
            with gr.Tab("Library", id="library"):
                gr.Markdown(
                    "Uploaded files are copied to the data folder and indexed; a file named after a catalog "
                    "`doc_id` (e.g. `tunis-agenda.pdf`) gets the official title, symbol and date. **Re-index** "
                    "reads every source file again: changed files are replaced, unchanged ones skipped; "
                    "*Rebuild from scratch* empties the index first."
                )
                library = gr.Dataframe(library_rows(backend), headers=LIBRARY_HEADERS, datatype="str", interactive=False,
                                       label="Indexed documents", elem_id="library-table", wrap=True)
                with gr.Row(equal_height=False):
                    with gr.Column():
                        uploads = gr.File(file_count="multiple", file_types=list(UPLOAD_SUFFIXES),
                                          label=f"Add documents: PDF, HTML, TXT or Markdown, at most "
                                                f"{settings.max_file_mb:g} MB each", elem_id="upload")
                        ingest_btn = gr.Button("Add to the index", variant="primary", elem_id="ingest-btn")
                        with gr.Row():
                            rebuild = gr.Checkbox(label="Rebuild from scratch", value=False)
                            reindex_btn = gr.Button("Re-index", elem_id="reindex-btn")
                    with gr.Column():
                        ingest_log = gr.Textbox(label="Indexing report", lines=10, interactive=False, elem_id="ingest-log")

        compute = {"concurrency_id": "compute", "concurrency_limit": slots}
        ask_inputs = [question, turns_state, docs_filter, process, year_from, year_to, mode]
        ask_outputs = [chat, turns_state, question, export_md, export_file]
        # the chat shows its own "Searching the texts…" line and streamed tokens: no progress overlay
        ask_btn.click(respond, ask_inputs, ask_outputs, api_name="ask", show_progress="hidden", **compute)
        question.submit(respond, ask_inputs, ask_outputs, api_visibility="private", show_progress="hidden", **compute)
        clear_btn.click(clear, None, [chat, turns_state, question, export_md, export_file, source],
                        api_visibility="private", queue=False)
        # cheap handlers: no limit, so a click never waits behind a long answer
        chat.cite(show_source, None, source, api_visibility="private", concurrency_limit=None, show_progress="hidden")
        source.cite(show_source, None, source, api_visibility="private", concurrency_limit=None, show_progress="hidden")
        for panel, target in ((compare_out, compare_source), (compare_source, compare_source),
                              (agreed_out, agreed_source), (agreed_source, agreed_source)):
            panel.cite(show_source, None, target, api_visibility="private", concurrency_limit=None, show_progress="hidden")
        gr.api(source_api, api_name="source", concurrency_limit=None)
        compare_btn.click(run_compare, [topic, per_doc], compare_out, api_name="compare", **compute)
        topic.submit(run_compare, [topic, per_doc], compare_out, api_visibility="private", **compute)
        agreed_btn.click(run_agreed, [draft, k], agreed_out, api_name="agreed_language", **compute)
        lib_outputs = [ingest_log, banner, library, docs_filter]
        # ingest writes the index: one at a time (the store's file lock would serialise them anyway)
        ingest_btn.click(add_files, uploads, lib_outputs, api_name="ingest", concurrency_id="ingest", concurrency_limit=1)
        reindex_btn.click(reindex, rebuild, lib_outputs, api_name="reindex", concurrency_id="ingest", concurrency_limit=1)
        refresh_outputs = [banner, library, docs_filter, timer]
        timer.tick(refresh, None, refresh_outputs, api_visibility="private", concurrency_limit=None, show_progress="hidden")
        demo.load(lambda: (*refresh()[:3], gr.Timer(active=backend.bootstrap.running or backend.bootstrap.phase == "idle"
                                                    and not backend.corpus().paragraphs)),
                  None, refresh_outputs, api_visibility="private", concurrency_limit=None, show_progress="hidden")
        def documents_api() -> list[list]:
            """The indexed documents: [doc_id, title, symbol, date, paragraphs] rows."""
            return library_rows(backend)

        gr.api(documents_api, api_name="documents", concurrency_limit=None)

    # The queue: answers are CPU-bound (embedding model, optional local LLM) and torch already uses
    # every core for one request, so only `settings.workers` (WSIS_WORKERS, 2 by default) heavy events run at once
    # (concurrency_id "compute", shared with the JSON API through Backend.slots); the others wait in
    # line (max_size bounds that line) instead of thrashing the CPU. Cheap events (citation clicks,
    # status refresh) have no limit so they never wait behind an answer; ingest runs one at a time.
    demo.queue(default_concurrency_limit=slots, max_size=64)
    return demo
