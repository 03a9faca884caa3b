"""Answers as plain text / Markdown with a reference list (CLI output, UI export); the "Note" and
"References" headings in the question's language."""
from __future__ import annotations

from wsis.assistant.languages import detect_language
from wsis.prompts.messages import message
from wsis.types import Answer, Citation, DocumentInfo


def reference_label(c: Citation, symbols: dict[str, str]) -> str:
    """"[1] Tunis Agenda, WSIS-05/TUNIS/DOC/6(Rev.1)-E, para. 72, p. 12" (``wsis.types.cite``)."""
    return f"[{c.marker}] " + c.text(symbols.get(c.doc_id, ""), page=True)


def references(answer: Answer) -> list[str]:
    """One line per citation: marker, document, symbol, paragraph, page, URL."""
    symbols = {p.paragraph.doc_id: p.document.symbol for p in answer.passages}
    lines = []
    for c in answer.citations:
        line = reference_label(c, symbols)
        if c.url:
            line += f" <{c.url}>"
        lines.append(line)
    return lines


def answer_to_text(answer: Answer) -> str:
    lang = detect_language(answer.question)
    out = [answer.answer]
    if answer.notice:
        out.append("\n" + message("note", lang, notice=answer.notice))
    refs = references(answer)
    if refs:
        out.append("\n" + message("references_label", lang))
        out.extend(refs)
    return "\n".join(out)


def answer_to_markdown(answer: Answer) -> str:
    out = [f"## {answer.question}", "", answer.answer]
    if answer.notice:
        out += ["", f"*{answer.notice}*"]
    refs = references(answer)
    if refs:
        out += ["", "### " + message("references_heading", detect_language(answer.question)), ""] + [f"- {r}" for r in refs]
    return "\n".join(out) + "\n"


def describe(info: DocumentInfo, max_words: int = 12) -> str:
    """A document as an answer's lead names it: "Tunis Agenda for the Information Society (2005)"; a
    long title by its short name and symbol ("WSIS+10 outcome (A/RES/70/125, 2015)"), as the
    quotes' headings below carry the full title."""
    if len(info.title.split()) > max_words and info.short_title != info.title:
        facts = ", ".join(x for x in (info.symbol, info.date[:4]) if x)
        return f"{info.short_title} ({facts})" if facts else info.short_title
    return f"{info.title} ({info.date[:4]})" if info.date else info.title
