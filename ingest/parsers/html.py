"""HTML: block elements -> lines, headings and list items marked, navigation dropped, footnotes placed."""
from __future__ import annotations

import re
from pathlib import Path

from wsis.errors import ParseError
from wsis.ingest.parsers.lines import Line, ParsedDocument, normalize_text, place_footnotes, reason

_BLOCK_TAGS = {
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "tr", "table", "ul", "ol", "dl", "dd",
    "dt", "blockquote", "section", "article", "main", "header", "aside", "pre", "hr", "center", "address",
    "figure", "figcaption", "caption", "body", "html", "form", "fieldset", "tbody", "thead", "tfoot", "details",
    "summary",
}
_SKIP_TAGS = {"script", "style", "nav", "noscript", "template", "head", "iframe", "svg", "button", "select",
              "textarea", "footer", "object", "embed", "canvas", "map"}
_NAV_ATTR = re.compile(r"^(?:.*[-_])?(?:top|side|left|right|main|sub)?(?:nav|navbar|navigation|menu|breadcrumbs?|sidebar|skip-?links?)(?:[-_].*)?$", re.I)
_FN_ATTR = re.compile(r"(?:foot|end)notes?|^_?ftn\d*$|^fn\d*$|^note\d+$", re.I)
_SUP_REF = re.compile(r"^\s*[\[(]?(\d{1,3}|[*\u2020\u2021])[\])]?\s*$")
_FN_HREF = re.compile(r"^#_?(?:ftn|fn|footnote|note|endnote)", re.I)  # Word: <a href="#_ftn1">[1]</a>
_BACKLINK = re.compile(r"[\u21a9\ufe0e\ufe0f]")


def _attr_tokens(tag) -> list[str]:
    tokens = list(tag.get("class") or [])
    if tag.get("id"):
        tokens.append(tag["id"])
    return [str(t) for t in tokens]


def _ol_marker(style: str, n: int) -> str:
    if style == "a":
        return f"{chr(96 + n) if n <= 26 else n})"
    if style == "A":
        return f"{chr(64 + n) if n <= 26 else n}."
    if style in ("i", "I"):
        return f"{roman(n) if style == 'i' else roman(n).upper()})"
    return f"{n}."


def roman(n: int) -> str:
    out = ""
    for value, sym in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
                       (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out, n = out + sym, n - value
    return out


def parse_html(path: Path, text: str) -> ParsedDocument:
    from bs4 import BeautifulSoup, Comment, Declaration, Doctype, NavigableString, ProcessingInstruction
    from bs4.element import CData, Tag

    try:
        soup = BeautifulSoup(text, "lxml")
    except Exception as exc:  # noqa: BLE001 - any parser failure is a user-facing error
        raise ParseError(f"{path.name}: unreadable HTML ({reason(exc)})") from None
    title = normalize_text(soup.title.get_text()) if soup.title else ""

    body: list[Line] = []
    notes: list[Line] = []
    refs: dict[int, list[int]] = {}
    buf: list[str] = []
    pending_refs: list[int] = []
    # context stack entries: (kind, level, footnote, pre)
    ctx: list[tuple[str, int, bool, bool]] = [("text", 0, False, False)]
    ol_stack: list[list] = []  # [style, next number]

    def flush(blank: bool) -> None:
        kind, level, in_note, pre = ctx[-1]
        raw = "".join(buf)
        buf.clear()
        pieces = raw.split("\n") if pre else [raw]
        for piece in pieces:
            clean = normalize_text(_BACKLINK.sub("", piece))
            if not clean:
                continue
            if in_note:
                notes.append(Line(clean, kind="footnote"))
            else:
                if pending_refs:
                    refs[len(body)] = list(pending_refs)
                body.append(Line(clean, kind=kind, level=level))
            pending_refs.clear()
        target = notes if in_note else body
        if blank and target and target[-1].text and not in_note:
            target.append(Line(""))

    stack: list[tuple[object, bool]] = [(soup, False)]
    while stack:
        node, leaving = stack.pop()
        if isinstance(node, NavigableString):
            if not isinstance(node, (Comment, Doctype, Declaration, ProcessingInstruction, CData)):
                buf.append(str(node))
            continue
        if not isinstance(node, Tag):
            continue
        name = (node.name or "").lower()
        if leaving:
            if name in _BLOCK_TAGS:
                flush(True)
            if name in ("ol", "ul") and ol_stack:
                ol_stack.pop()
            ctx.pop()
            continue
        if name in _SKIP_TAGS or node.get("role") == "navigation" or any(_NAV_ATTR.match(t) for t in _attr_tokens(node)):
            continue
        if name == "br":
            flush(False)
            continue
        is_ref_link = name == "a" and _FN_HREF.match(str(node.get("href", "")))
        if (name == "sup" or is_ref_link) and not ctx[-1][2]:
            ref = _SUP_REF.match(node.get_text())
            if ref:
                if ref.group(1).isdigit():
                    pending_refs.append(int(ref.group(1)))
                continue
        if name in _BLOCK_TAGS:
            flush(True)
        kind, level, in_note, pre = ctx[-1]
        if any(_FN_ATTR.search(t) for t in _attr_tokens(node)):
            in_note = True
        if re.fullmatch(r"h[1-6]", name):
            kind, level = "heading", int(name[1])
        elif name == "li":
            kind = "item"
            if ol_stack and ol_stack[-1][0] is not None:
                style, n = ol_stack[-1]
                buf.append(_ol_marker(style, n) + " ")
                ol_stack[-1][1] = n + 1
        elif name == "pre":
            pre = True
        if name == "ol":
            start = node.get("start", "1")
            ol_stack.append([str(node.get("type", "1")), int(start) if str(start).isdigit() else 1])
        elif name == "ul":
            ol_stack.append([None, 0])
        ctx.append((kind, level, in_note, pre))
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(node.contents))
    flush(True)
    if not title:
        title = next((line.text for line in body if line.kind == "heading" and line.level == 1), "")
    lines = place_footnotes(body, refs, [n for n in notes if n.text])
    return ParsedDocument(path, "html", lines, title=title)

