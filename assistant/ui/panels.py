"""HTML of the Compare and Agreed-language results, the Library table and the status banner."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wsis.assistant.library import ADD_DOCUMENTS_HINT
from wsis.assistant.ui.chat_html import _CODE, cite_button, esc, find_quote, lang_attrs, mark_ranges

if TYPE_CHECKING:
    from wsis.assistant.api import Backend
    from wsis.assistant.compare import CompareRow
    from wsis.assistant.drafting import AgreedMatch


# -- compare and agreed language ---------------------------------------------------------------
def compare_html(topic: str, rows: list[CompareRow]) -> str:
    if not rows:
        return f'<div class="wsis-compare"><p>No documents are indexed. {esc(ADD_DOCUMENTS_HINT)}</p></div>'
    out = [f'<div class="wsis-compare"><p>How each document addresses <strong>{esc(topic)}</strong>, oldest '
           'first, undated documents last. Click a citation for the paragraph in context.</p><table><thead><tr><th>Document</th>'
           '<th>Agreed language</th></tr></thead><tbody>']
    for row in rows:
        sub = " · ".join(esc(x) for x in (row.symbol, row.date) if x)
        out.append(f'<tr class="cmp-row" data-doc="{esc(row.doc_id)}"><th class="doc">{esc(row.title)}'
                   f'<div class="sub">{sub}</div></th><td>')
        if not row.addressed:
            said = f" (no mention of {esc(row.missing)})" if row.missing else ""
            out.append(f'<span class="na">not addressed{said}</span>')
        for para in row.paragraphs:
            span = find_quote(para.text, para.quote)
            attrs = lang_attrs("", para.text)
            out.append(f'<blockquote{attrs}>“{esc(para.quote)}” {cite_button(para.citation, para.id, para.quote)}'
                       f'</blockquote><details><summary>Whole paragraph</summary>'
                       f'<div{attrs}>{mark_ranges(para.text, [span] if span else [])}</div></details>')
        out.append("</td></tr>")
    out.append("</tbody></table></div>")
    return "".join(out)


def agreed_html(draft: str, results: list[AgreedMatch]) -> str:
    if not results:
        return '<div class="wsis-agreed"><p>No agreed paragraph found (is the index empty?).</p></div>'
    out = ['<div class="wsis-agreed"><p>Closest agreed paragraphs; shared wording is highlighted. Similarity = '
           '0.6 × meaning (embedding cosine) + 0.4 × wording (share of your draft in shared 3+-word runs).</p>']
    for n, r in enumerate(results, start=1):
        width = max(2, int(120 * max(0.0, min(1.0, r.score))))
        out.append(f'<div class="card" data-rank="{n}">')
        out.append(f'<div><strong>{n}.</strong> {cite_button(r.citation, r.id, r.longest_shared)}'
                   f' <span class="sub">{esc(r.symbol)}{" · " + esc(r.date) if r.date else ""}</span></div>')
        out.append(f'<div class="scores"><span class="bar" style="width:{width}px"></span>similarity '
                   f'<strong>{r.score:.2f}</strong> (meaning {r.dense:.2f}, wording {r.lexical:.2f})</div>')
        out.append(f'<div class="text"{lang_attrs("", r.text)}>{mark_ranges(r.text, [tuple(s) for s in r.spans])}</div>')
        if r.draft_spans:
            out.append(f'<details><summary>Shared wording in your draft</summary>'
                       f'{mark_ranges(draft, [tuple(s) for s in r.draft_spans])}</details>')
        out.append("</div>")
    out.append("</div>")
    return "".join(out)


# -- library -------------------------------------------------------------------------------------
LIBRARY_HEADERS = ["doc_id", "title", "symbol", "date", "passages", "structure"]
LIBRARY_WIDTHS = ["17%", "27%", "18%", "10%", "9%", "19%"]


def _structure(doc: dict[str, Any]) -> tuple[str, list[str]]:
    """(verdict without the "doc_id: " prefix, warnings) of the ingest's structure report, if any."""
    report = doc.get("structure")
    if not isinstance(report, dict):
        return "", []
    verdict = str(report.get("verdict") or "")
    prefix = f"{doc['doc_id']}: "
    verdict = verdict[len(prefix):] if verdict.startswith(prefix) else verdict
    warnings = [str(w) for w in (report.get("warnings") or [])]
    return verdict, warnings


def structure_text(doc: dict[str, Any]) -> str:
    """One table cell: "14/29 paragraphs, 1 gaps (15-29) · 1 warning"."""
    verdict, warnings = _structure(doc)
    if not warnings:
        return verdict
    return f"{verdict} · {len(warnings)} warning{'s' if len(warnings) > 1 else ''}"


def structure_html(documents: list[dict[str, Any]]) -> str:
    """The structure warnings of every document that has some (the details behind the table's column)."""
    flagged = [(d, *_structure(d)) for d in documents]
    flagged = [(d, verdict, warnings) for d, verdict, warnings in flagged if warnings]
    if not documents:
        return ""
    if not flagged:
        return '<div class="wsis-structure"><p class="ok">Structure check: no warnings.</p></div>'
    out = [f'<div class="wsis-structure"><p><strong>Structure check</strong>: {len(flagged)} document(s) with '
           "warnings. Compare them with the official text before relying on paragraph numbers.</p>"]
    for d, verdict, warnings in flagged:
        items = "".join(f"<li>{esc(w)}</li>" for w in warnings)
        out.append(f'<details data-doc="{esc(d["doc_id"])}"><summary><strong>{esc(d["doc_id"])}</strong>: '
                   f"{esc(verdict)}</summary><ul>{items}</ul></details>")
    out.append("</div>")
    return "".join(out)


def library_view(backend: Backend) -> tuple[list[list[Any]], str]:
    """The Library table rows and the structure report below it (one read of the index status)."""
    from wsis.assistant.library import index_status

    documents = index_status(backend.settings, backend.assistant.store)["documents"]
    # "26 (14 numbered)": the passages count unnumbered blocks too, which the structure column's "14/29" does not
    rows = [[d["doc_id"], d["title"], d["symbol"], d["date"], f'{d["paragraphs"]} ({d["numbered_paragraphs"]} numbered)',
             structure_text(d)] for d in documents]
    return rows, structure_html(documents)


def library_rows(backend: Backend) -> list[list[Any]]:
    return library_view(backend)[0]


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
    """The documents filter's choices: one per document (a filter on it passes its language versions)."""
    docs = backend.corpus().documents
    return [(f"{info.short_title} ({info.date[:4]})" if info.date else info.short_title, doc_id)
            for doc_id, info in docs.items() if getattr(info, "parallel_of", "") not in docs]

