"""HTML of the chat, the answers and the source panel; the escaping every renderer relies on.

Safety: every string that comes from a document or a user goes through ``html.escape`` before
our own markup (citation buttons, ``<mark>``) is added, and links keep only http(s) URLs. The
``gr.HTML`` components insert their value with ``innerHTML`` without sanitising it, so this escaping
is what keeps a document containing ``<script>`` or ``onerror=`` inert: it is shown as text.

Citations: each [n] marker and reference is a ``<button data-pid data-quote>``; the delegated
click listener of ``static/cite.js`` sends the paragraph id and quote to the source panel.

Languages: every block of text a user or a document wrote carries its ``lang`` and ``dir`` (Arabic
right-to-left), so a quote in Arabic reads right-to-left while the English citation after it stays an
isolated left-to-right run (``<bdi>``); free text gets ``dir="auto"`` (the first strong letter decides).
"""
from __future__ import annotations

import html
import re
from typing import Any, Iterable
from urllib.parse import urlsplit

from wsis.assistant.languages import detect_language
from wsis.assistant.render import reference_label
from wsis.prompts.messages import message
from wsis.types import Answer, Citation

# -- escaping helpers ---------------------------------------------------------------------------
def esc(value: Any) -> str:
    """HTML-escaped text; a lone surrogate is written as a backslash escape (the page is UTF-8)."""
    text = html.escape("" if value is None else str(value), quote=True)
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


RTL_LANGUAGES = frozenset({"ar", "fa", "he", "ur"})


def lang_attrs(lang: str | None, text: str = "") -> str:
    """' lang="ar" dir="rtl"' for a block in ``lang`` (detected from ``text`` when empty); an unknown
    language gets ``dir="auto"`` so the first strong letter decides."""
    lang = (lang or (detect_language(text, "") if text else "")).strip()
    if not lang:
        return ' dir="auto"'
    return f' lang="{esc(lang)}" dir="{"rtl" if lang.split("-")[0] in RTL_LANGUAGES else "ltr"}"'


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


_QUOTED = re.compile(r"“([^”]+)”")
# one extractive quote of a ">" block: “TEXT” [n] (Tunis Agenda, para. 9); a block may hold several
_QUOTE_ITEM = re.compile(r"“(?P<text>.+?)”[ \t]*(?P<marks>(?:\[\d+(?:\s*[,;]\s*\d+)*\][ \t]*)+)"
                         r"(?:\((?P<ref>[^()\n]*(?:\([^()\n]*\)[^()\n]*)*)\))?[ \t]*(?:\n|$)", re.S)


def _citation_lang(citation: Citation | None) -> str:
    return str(getattr(citation, "lang", "") or "") if citation is not None else ""


def _markers(escaped: str, citations: dict[int, Citation]) -> str:
    def marker(m: re.Match) -> str:
        numbers = [int(n) for n in re.split(r"[,;\s]+", m.group(1)) if n]
        if not all(n in citations for n in numbers):
            return m.group(0)
        return "".join(cite_button(f"[{n}]", citations[n].id, citations[n].quote,
                                   title=citations[n].text()) for n in numbers)

    return _MARKERS.sub(marker, escaped)


def _inline(line: str, citations: dict[int, Citation]) -> str:
    """One line of answer text: escaped, then **bold**, `code`, “quotes” in their own direction and
    [n] citation buttons."""
    text = esc(line)
    text = _BOLD.sub(r"<strong>\1</strong>", text)
    text = _CODE.sub(r"<code>\1</code>", text)
    text = _QUOTED.sub(lambda m: f'“<bdi class="qt"{lang_attrs("", html.unescape(m.group(1)))}>{m.group(1)}</bdi>”', text)
    return _markers(text, citations)


def _quote_html(m: re.Match, citations: dict[int, Citation]) -> str:
    """One quote in the language and direction of its text (the cited paragraph's language when the
    citation says it); its markers and reference stay isolated left-to-right runs."""
    numbers = [int(n) for n in re.findall(r"\d+", m.group("marks"))]
    lang = next((_citation_lang(citations.get(n)) for n in numbers if _citation_lang(citations.get(n))), "")
    seen = detect_language(m.group("text"), "")
    if not lang or (lang == "en" and seen and seen != "en"):  # the quote's own words outweigh a default "en"
        lang = seen
    body = "<br>".join(esc(x) for x in m.group("text").split("\n"))
    ref = f' <bdi class="cref" dir="ltr">({esc(m.group("ref"))})</bdi>' if m.group("ref") else ""
    return (f'<blockquote class="quote"{lang_attrs(lang, m.group("text"))}><span class="qt">“{body}”</span> '
            f'<bdi class="marks" dir="ltr">{_markers(esc(m.group("marks").strip()), citations)}</bdi>{ref}</blockquote>')


def _quote_block(lines: list[str], citations: dict[int, Citation]) -> str:
    """A ``>`` block: each extractive quote in it is its own block (:func:`_quote_html`); other text
    is a quote block whose direction its first strong letter decides."""
    raw = "\n".join(lines)
    out, at = [], 0

    def plain(text: str) -> None:  # a paragraph quoted whole (a look-up): the language of its words
        if text.strip():
            out.append(f'<blockquote{lang_attrs("", text)}>'
                       f'{"<br>".join(_inline(x, citations) for x in text.strip().split(chr(10)))}</blockquote>')

    for m in _QUOTE_ITEM.finditer(raw):
        plain(raw[at:m.start()])
        out.append(_quote_html(m, citations))
        at = m.end()
    plain(raw[at:])
    return "".join(out)


def answer_body_html(answer: Answer) -> str:
    """The answer text (Markdown-like: paragraphs, > quotes, - items) as safe HTML."""
    citations = {c.marker: c for c in answer.citations}
    blocks: list[str] = []
    quote: list[str] = []
    items: list[str] = []
    para: list[str] = []

    def flush() -> None:
        if quote:
            blocks.append(_quote_block(quote, citations))
            quote.clear()
        if items:
            blocks.append("<ul>" + "".join(f'<li dir="auto">{i}</li>' for i in items) + "</ul>")
            items.clear()
        if para:
            blocks.append('<p dir="auto">' + " ".join(para) + "</p>")
            para.clear()

    for raw in answer.answer.split("\n"):
        line = raw.rstrip()
        if line.startswith(">"):
            if items or para:
                flush()
            quote.append(line[1:].lstrip())
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


def reader_lang(answer: Answer) -> str:
    """The reader's language: the language the answer quotes in when not English (a version chosen
    for the reader), else the question's."""
    quoted = [_citation_lang(c) for c in answer.citations]
    return next((q for q in quoted if q and q != "en"), "") or detect_language(answer.question, "")


def turn_html(answer: Answer, names: dict[str, str] | None = None) -> str:
    """One question and its answer; ``names`` maps doc ids to readable names (excluded documents)."""
    symbols = {p.paragraph.doc_id: p.document.symbol for p in answer.passages}
    reader = reader_lang(answer)
    out = [f'<div class="turn" data-ulang="{esc(reader)}"><div class="q"{lang_attrs(reader)}>{esc(answer.question)}</div>'
           '<div class="a">']
    out.append(answer_body_html(answer))
    if answer.notice:  # written in the question's language (prompts/messages.toml): its own direction
        out.append(f'<div class="notice" role="note"{lang_attrs(None, answer.notice)}>{esc(answer.notice)}</div>')
    out.append(excluded_html(list(getattr(answer, "excluded_documents", []) or []), names))
    if answer.citations:
        heading = message("references_heading", detect_language(answer.question))
        out.append(f'<div class="refs"><strong>{esc(heading)}</strong><ol>')
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
                '<em>GDC paragraph 28</em>.</p><p>Ask in Arabic, Chinese, English, French, Russian or Spanish: a document '
                'indexed in your language is quoted in it, otherwise the English text is (and the answer says so).</p></div>')
    parts = ['<div class="wsis-chat">'] + [turn_html(t, names) for t in turns]
    if pending is not None:
        parts.append(f'<div class="turn"><div class="q"{lang_attrs("", pending)}>{esc(pending)}</div><div class="a">')
        if streamed:
            parts.append(f'<div class="stream" dir="auto">{esc(streamed)}</div>')
        parts.append(f'<div class="pending">{esc(status or "Searching the texts…")}</div></div></div>')
    if error:
        parts.append(f'<div class="turn"><div class="a error">{esc(error)}</div></div>')
    parts.append("</div>")
    return "".join(parts)
