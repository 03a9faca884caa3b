"""HTML of the chat, the answers and the source panel; the escaping every renderer relies on.

Safety: every string that comes from a document or a user goes through ``html.escape`` before
our own markup (citation buttons, ``<mark>``) is added, and links keep only http(s) URLs. The
``gr.HTML`` components insert their value with ``innerHTML`` without sanitising it, so this escaping
is what keeps a document containing ``<script>`` or ``onerror=`` inert: it is shown as text.

Citations: each [n] marker and reference is a ``<button data-pid data-quote>``; the delegated
click listener of ``static/cite.js`` sends the paragraph id and quote to the source panel.
"""
from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING, Any, Iterable
from urllib.parse import urlsplit

from wsis.assistant.render import reference_label
from wsis.types import Answer, Citation, Paragraph

if TYPE_CHECKING:
    from wsis.assistant.api import Backend

# -- escaping helpers ---------------------------------------------------------------------------
def esc(value: Any) -> str:
    """HTML-escaped text; a lone surrogate is written as a backslash escape (the page is UTF-8)."""
    text = html.escape("" if value is None else str(value), quote=True)
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


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
                                   title=citations[n].text()) for n in numbers)

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


def excluded_html(doc_ids: list[str], names: dict[str, str] | None = None) -> str:
    """The documents a filter removed that would have answered, one chip each."""
    if not doc_ids:
        return ""
    chips = "".join(f'<span class="doc" data-doc="{esc(d)}">{esc((names or {}).get(d, d))}</span>' for d in doc_ids)
    return f'<div class="excluded"><span class="lbl">Excluded by the filters:</span> {chips}</div>'


def turn_html(answer: Answer, names: dict[str, str] | None = None) -> str:
    """One question and its answer; ``names`` maps doc ids to readable names (excluded documents)."""
    symbols = {p.paragraph.doc_id: p.document.symbol for p in answer.passages}
    out = [f'<div class="turn"><div class="q">{esc(answer.question)}</div><div class="a">']
    out.append(answer_body_html(answer))
    if answer.notice:
        out.append(f'<div class="notice">{esc(answer.notice)}</div>')
    out.append(excluded_html(list(getattr(answer, "excluded_documents", []) or []), names))
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
              error: str = "", names: dict[str, str] | None = None) -> str:
    if not turns and pending is None and not error:
        return ('<div class="wsis-chat wsis-welcome"><p>Ask about the WSIS outcome documents (Geneva 2003, Tunis 2005, '
                'WSIS+10) and the Global Digital Compact. Every answer quotes the texts and numbers its citations: '
                'click a <span class="cite-demo">[1]</span> to read the paragraph, with '
                'its context, in the source panel.</p><p>Cite paragraphs directly too: <em>Tunis Agenda 72</em>, '
                '<em>GDC paragraph 28</em>.</p></div>')
    parts = ['<div class="wsis-chat">'] + [turn_html(t, names) for t in turns]
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

