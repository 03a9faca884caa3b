"""HTML of the source panel: the cited paragraph in context, beside its parallel language version.

When a document is indexed in several UN languages (``tunis-agenda`` and ``tunis-agenda.fr``, linked
paragraph by paragraph), the panel shows the cited paragraph beside one other version: the English
text beside a quote in another language, or the reader's language beside an English quote. With more
than two versions a small switcher (``static/cite.js``) chooses the version shown beside it. Every
block carries its ``lang`` and ``dir``, so Arabic reads right-to-left next to the English.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from wsis.assistant.languages import UN_LANGUAGES, detect_language
from wsis.assistant.ui.chat_html import cite_button, esc, find_quote, lang_attrs, link, mark_ranges
from wsis.types import DocumentInfo, Paragraph, reader_label

if TYPE_CHECKING:
    from wsis.assistant.api import Backend

SOURCE_EMPTY = '<div class="wsis-source"><div class="empty">Click a citation to see the paragraph here, with the ' \
               'paragraphs before and after it and a link to the official text.</div></div>'
# each language's own name, as a language switcher shows it
NATIVE_NAMES = {"ar": "العربية", "zh": "中文", "en": "English", "fr": "Français", "ru": "Русский", "es": "Español"}


def _para_line(p: Paragraph) -> str:
    return f"{p.label}." if p.numbered else reader_label(p.label, False)


def _excerpt(text: str, limit: int = 700) -> str:
    return text if len(text) <= limit else text[: text.rfind(" ", 0, limit)] + " …"


def doc_lang(info: DocumentInfo | None, text: str = "") -> str:
    """The language of a document: its recorded ``lang``, else the ``.xx`` suffix of its id, else
    detected from ``text`` (English when nothing says otherwise)."""
    lang = str(getattr(info, "lang", "") or "") if info is not None else ""
    if info is not None and "." in info.doc_id:
        suffix = info.doc_id.rsplit(".", 1)[1]
        if suffix in UN_LANGUAGES and (not lang or lang == "en"):
            lang = suffix
    return lang or (detect_language(text) if text else "en")


def parallel_versions(backend: Backend, pid: str) -> dict[str, Paragraph]:
    """Every language version of paragraph ``pid``, keyed by language code, English first
    (``Assistant.parallel_versions``); {} for an unknown id."""
    return backend.assistant.parallel_versions(pid)


def companion_lang(versions: dict[str, Paragraph], shown: str, reader: str) -> str:
    """Which version goes beside the ``shown`` one: the English beside another language, the
    reader's language beside the English; "" (the switcher offers the others) when neither applies."""
    others = [k for k in versions if k != shown]
    if shown != "en" and "en" in others:
        return "en"
    if reader in others:
        return reader
    return others[0] if others and shown != "en" else ""


def _version_block(lang: str, p: Paragraph, body: str, primary: bool, hidden: bool) -> str:
    name = NATIVE_NAMES.get(lang, lang)
    head = (f'<div class="vhead"><span class="vname" lang="{esc(lang)}">{esc(name)}</span>'
            f'{" · cited" if primary else ""}</div>')
    cls = "version primary" if primary else "version"
    return (f'<div class="{cls}" data-lang="{esc(lang)}" data-pid-shown="{esc(p.id)}"{" hidden" if hidden else ""}>'
            f'{head}<div class="para"{lang_attrs(lang)}><span class="lbl">{esc(_para_line(p))}</span>'
            f'{body}</div></div>')


def _parallel_html(versions: dict[str, Paragraph], shown: str, p: Paragraph, body: str, reader: str) -> str:
    """The cited paragraph beside one other version (a switcher picks which one when there are more)."""
    beside = companion_lang(versions, shown, reader)
    others = [k for k in versions if k != shown]
    out = ['<div class="parallel">']
    if len(others) > 1 or not beside:
        buttons = "".join(
            f'<button type="button" class="lang-switch{" active" if k == beside else ""}" data-show-lang="{esc(k)}"'
            f' lang="{esc(k)}" aria-pressed="{"true" if k == beside else "false"}">{esc(NATIVE_NAMES.get(k, k))}</button>'
            for k in others)
        label = "Beside it:" if beside else "Also in:"
        out.append(f'<div class="lang-switcher" role="group" aria-label="Show beside it">{label} {buttons}</div>')
    out.append(f'<div class="versions{"" if beside else " single"}">')
    out.append(_version_block(shown, p, body, True, False))
    for k in others:
        q = versions[k]
        out.append(_version_block(k, q, esc(q.text), False, k != beside))
    out.append("</div></div>")
    return "".join(out)


def source_html(backend: Backend, pid: str, quote: str = "", reader: str = "") -> str:
    """The paragraph ``pid`` with its neighbours, the ``quote`` highlighted; beside its parallel
    version when the document exists in another language (``reader``: the reader's language)."""
    corpus = backend.corpus()
    p = corpus.get(pid or "")
    if p is None:
        return f'<div class="wsis-source"><div class="empty">No paragraph {esc(pid)} in the index.</div></div>'
    info = corpus.documents[p.doc_id]
    shown = doc_lang(info, p.text)
    reader = reader if reader in UN_LANGUAGES else ""
    before, after = corpus.neighbours(p.id, 1, 1)
    meta = " · ".join(esc(x) for x in (info.symbol, info.date, info.process) if x)
    loc = []
    if p.section:
        loc.append("Section: " + " › ".join(f"<bdi>{esc(s)}</bdi>" for s in p.section))
    if p.page_labels or p.pages:
        pages = p.page_labels or [str(n) for n in p.pages]
        loc.append(("Page " if len(pages) == 1 else "Pages ") + esc(", ".join(pages)))
    loc.append(("Paragraph " if p.numbered else "") + esc(reader_label(p.label, p.numbered)))
    span = find_quote(p.text, quote)
    body = mark_ranges(p.text, [span] if span else [], "quote")
    versions = parallel_versions(backend, p.id)
    out = [f'<div class="wsis-source" data-shown="{esc(p.id)}" data-ulang="{esc(reader)}">',
           f'<div class="doc"{lang_attrs("", info.title)}>{esc(info.title)}</div>']
    if meta:
        out.append(f'<div class="meta">{meta}</div>')
    out.append(f'<div class="loc">{" · ".join(loc)}</div>')
    for b in before:
        out.append(f'<div class="ctx before"{lang_attrs(shown)}>'
                   f'{cite_button("↑ " + _para_line(b), b.id, cls="ref", title="Show this paragraph")} '
                   f"{esc(_excerpt(b.text))}</div>")
    if len(versions) > 1:
        out.append(_parallel_html(versions, shown, p, body, reader))
    else:
        out.append(f'<div class="para"{lang_attrs(shown)}><span class="lbl">{esc(_para_line(p))}</span>{body}</div>')
    for a in after:
        out.append(f'<div class="ctx after"{lang_attrs(shown)}>'
                   f'{cite_button("↓ " + _para_line(a), a.id, cls="ref", title="Show this paragraph")} '
                   f"{esc(_excerpt(a.text))}</div>")
    official = link(info.url, "Official text ↗")
    if official:
        out.append(f'<div class="meta">{official}</div>')
    out.append("</div>")
    return "".join(out)
