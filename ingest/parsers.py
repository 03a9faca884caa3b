"""Turn a file (PDF, HTML, TXT, Markdown, DOCX) into lines of text with page information.

Every parser returns a :class:`ParsedDocument` whose ``lines`` are in reading order. Conventions:

* An empty ``Line("")`` marks a paragraph break (blank line in text/Markdown, end of an HTML block
  element, end of a DOCX paragraph). PDFs have no such markers: their lines are the extracted lines.
* PDFs: running headers/footers (lines repeated at the top/bottom of most pages, after replacing
  digits by ``#``) and page-number lines ("- 4 -", "4", "Page 4", "4/12", "iii") are dropped; the
  printed number becomes ``Line.page_label`` of every line of that page and the dropped header
  texts are kept in ``ParsedDocument.running_lines`` (so the symbol can still be detected).
* PDF hyphenation: a line ending in ``letters-`` followed by a line starting with a lower-case
  letter is joined. The hyphen is dropped ("infor-" + "mation" -> "information") unless the joined
  word also occurs hyphenated mid-line in the document, or the prefix is one of a few prefixes that
  keep their hyphen ("multi", "e", "non", "self", "cross", "follow", "well"). A next line starting
  upper-case keeps the hyphen and the line break.
* PDF footnotes: a block at the bottom of a page whose lines start with consecutive numbers
  ("1 See ...") becomes ``kind="footnote"`` lines, accepted only when the number appears glued to a
  word in the body of that page or the previous one ("society.1"). Those glued reference digits
  are stripped from the body text, and each footnote line is moved right after the body line that
  referenced it (otherwise it stays at the end of its page).
* HTML: ``<sup>`` footnote references (digits only) are dropped from body text; elements whose
  id/class says footnote/endnote/ftn become footnote lines, placed after the referencing line.
* ``.txt``: ``**bold**`` markers are unwrapped (common in exported summaries); otherwise verbatim.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from wsis.errors import ParseError

SUPPORTED_SUFFIXES: set[str] = {".pdf", ".html", ".htm", ".txt", ".md", ".docx"}



@dataclass
class Line:
    text: str
    page: int | None = None  # 1-based PDF page index; None for non-paged formats
    page_label: str = ""  # printed page number as printed on that page, "" if none
    kind: str = "text"  # "text" | "heading" | "footnote" | "item"
    level: int = 0  # heading level when kind == "heading"


@dataclass
class ParsedDocument:
    path: Path
    format: str  # "pdf" | "html" | "txt" | "md" | "docx"
    lines: list[Line]
    title: str = ""  # <title>/<h1>/PDF metadata title when available, else ""
    running_lines: list[str] = field(default_factory=list)  # PDF running headers/footers removed


# ---------------------------------------------------------------- text normalisation

_LIGATURES = str.maketrans({
    "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st",
    "\ufb06": "st", "\u00a0": " ", "\u2002": " ", "\u2003": " ", "\u2009": " ", "\u202f": " ",
    "\u2007": " ", "\u200a": " ", "\u3000": " ", "\u00ad": None, "\u200b": None, "\u200c": None,
    "\u200d": None, "\ufeff": None, "\u2060": None, "\u2028": " ", "\u2029": " ",
})
_WS = re.compile(r"\s+")


def normalize_text(text: str) -> str:
    """Ligatures -> letters, exotic spaces -> space, soft hyphens dropped, whitespace collapsed."""
    return _WS.sub(" ", text.translate(_LIGATURES)).strip()


def _blank_collapse(lines: list[Line]) -> list[Line]:
    """Drop leading/trailing blank lines and runs of blank lines."""
    out: list[Line] = []
    for line in lines:
        if not line.text and (not out or not out[-1].text):
            continue
        out.append(line)
    while out and not out[-1].text:
        out.pop()
    return out


def _size(n: float) -> str:
    if n >= 2**20:
        return f"{n / 2**20:.1f} MB"
    if n >= 1024:
        return f"{n / 1024:.1f} KB"
    return f"{int(n)} bytes"


def _limit(n: float) -> str:
    if n >= 2**20:
        return f"{n / 2**20:g} MB"
    return f"{n / 1024:g} KB" if n >= 1024 else f"{int(n)} bytes"


def _reason(exc: Exception) -> str:
    msg = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return msg[:120]


# ---------------------------------------------------------------- entry point


def parse_file(path: Path, max_bytes: int = 50 * 2**20) -> ParsedDocument:
    """Parse one file; raises :class:`ParseError` with a one-line reason for bad input."""
    path = Path(path)
    name = path.name
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        shown = suffix or "(none)"
        raise ParseError(f"{name}: unsupported format '{shown}' (supported: {', '.join(sorted(SUPPORTED_SUFFIXES))})")
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ParseError(f"{name}: file not found") from None
    except OSError as exc:
        raise ParseError(f"{name}: cannot read file ({_reason(exc)})") from None
    if not path.is_file():
        raise ParseError(f"{name}: not a regular file")
    if size == 0:
        raise ParseError(f"{name}: empty file (0 bytes)")
    if size > max_bytes:
        raise ParseError(f"{name}: too large: {_size(size)} > {_limit(max_bytes)} limit")
    try:
        if suffix == ".pdf":
            doc = _parse_pdf(path)
        elif suffix == ".docx":
            doc = _parse_docx(path)
        else:
            text = _decode(path.read_bytes(), name)
            if suffix in (".html", ".htm"):
                doc = _parse_html(path, text)
            elif suffix == ".md":
                doc = ParsedDocument(path, "md", _markdown_lines(text))
            else:
                doc = ParsedDocument(path, "txt", _text_lines(text))
    except ParseError:
        raise
    except OSError as exc:
        raise ParseError(f"{name}: cannot read file ({_reason(exc)})") from None
    except RecursionError:
        raise ParseError(f"{name}: document too deeply nested to parse") from None
    doc.lines = _blank_collapse(doc.lines)
    if not any(line.text for line in doc.lines):
        hint = " (scanned PDF without a text layer?)" if suffix == ".pdf" else ""
        raise ParseError(f"{name}: empty file: no extractable text{hint}")
    return doc


# ---------------------------------------------------------------- plain text and Markdown

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def _decode(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252; binary data is refused."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise ParseError(f"{name}: binary or undecodable data (bad UTF-16)") from None
    if b"\x00" in data:
        raise ParseError(f"{name}: binary or undecodable data (contains NUL bytes)")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise ParseError(f"{name}: binary or undecodable data (neither UTF-8 nor cp1252)")
    if len(_CONTROL.findall(text)) > max(8, len(text) // 100):
        raise ParseError(f"{name}: binary or undecodable data (control characters)")
    return text


_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*|__(?=\S)(.+?)(?<=\S)__")
_ITALIC = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])|(?<![\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_CODE = re.compile(r"`([^`]*)`")
_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
_MD_BULLET = re.compile(r"^\s*[-*+]\s+(.*)$")
_MD_RULE = re.compile(r"^\s{0,3}(?:[-*_]\s*){3,}$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")


def _unbold(text: str) -> str:
    return _BOLD.sub(lambda m: m.group(1) or m.group(2), text)


def _md_inline(text: str) -> str:
    text = _IMAGE.sub(r"\1", text)
    text = _LINK.sub(r"\1", text)
    text = _CODE.sub(r"\1", text)
    text = _unbold(text)
    return _ITALIC.sub(lambda m: m.group(1) or m.group(2), text)


def _text_lines(text: str) -> list[Line]:
    return [Line(normalize_text(_unbold(raw))) for raw in text.splitlines()]


def _markdown_lines(text: str) -> list[Line]:
    """ATX/setext headings -> heading lines, bullets -> items, emphasis/links/code unwrapped."""
    out: list[Line] = []
    in_fence = False
    for raw in text.splitlines():
        if raw.lstrip().startswith(("```", "~~~")):
            in_fence = not in_fence
            out.append(Line(""))
            continue
        if in_fence:
            out.append(Line(normalize_text(raw)))
            continue
        setext = _SETEXT.match(raw)
        if setext and out and out[-1].text and out[-1].kind == "text":
            out[-1].kind, out[-1].level = "heading", 1 if setext.group(1)[0] == "=" else 2
            out.append(Line(""))
            continue
        if _MD_RULE.match(raw):
            out.append(Line(""))
            continue
        stripped = raw.lstrip()
        while stripped.startswith(">"):
            stripped = stripped[1:].lstrip()
        heading = _MD_HEADING.match(stripped)
        if heading:
            out += [Line(""), Line(normalize_text(_md_inline(heading.group(2))), kind="heading", level=len(heading.group(1))), Line("")]
            continue
        bullet = _MD_BULLET.match(stripped)
        if bullet:
            out.append(Line(normalize_text(_md_inline(bullet.group(1))), kind="item"))
            continue
        out.append(Line(normalize_text(_md_inline(stripped))))
    return out


# ---------------------------------------------------------------- footnote placement

_FN_MARK = re.compile(r"^\[?\(?(\d{1,3})[\])]?[.)]?\s")


def _place_footnotes(body: list[Line], refs: dict[int, list[int]], notes: list[Line]) -> list[Line]:
    """Insert each footnote after the body line (index into ``body``) that references its number."""
    after: dict[int, list[Line]] = {}
    rest: list[Line] = []
    where = {n: i for i, nums in refs.items() for n in nums}
    for note in notes:
        m = _FN_MARK.match(note.text)
        idx = where.get(int(m.group(1))) if m else None
        (after.setdefault(idx, []) if idx is not None else rest).append(note)
    out: list[Line] = []
    for i, line in enumerate(body):
        out.append(line)
        out.extend(after.get(i, []))
    return out + rest


# ---------------------------------------------------------------- HTML

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
        return f"{_roman(n) if style == 'i' else _roman(n).upper()})"
    return f"{n}."


def _roman(n: int) -> str:
    out = ""
    for value, sym in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
                       (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out, n = out + sym, n - value
    return out


def _parse_html(path: Path, text: str) -> ParsedDocument:
    from bs4 import BeautifulSoup, Comment, Declaration, Doctype, NavigableString, ProcessingInstruction
    from bs4.element import CData, Tag

    try:
        soup = BeautifulSoup(text, "lxml")
    except Exception as exc:  # noqa: BLE001 - any parser failure is a user-facing error
        raise ParseError(f"{path.name}: unreadable HTML ({_reason(exc)})") from None
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
    lines = _place_footnotes(body, refs, [n for n in notes if n.text])
    return ParsedDocument(path, "html", lines, title=title)


# ---------------------------------------------------------------- DOCX

_DOCX_HEADING = re.compile(r"^heading\s*(\d)$", re.I)
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _docx_numbering(document) -> dict[str, dict[int, tuple[str, str, int]]]:
    """numId -> ilvl -> (numFmt, lvlText, start) from numbering.xml (empty when absent)."""
    try:
        root = document.part.numbering_part.element
    except Exception:  # noqa: BLE001 - no numbering part
        return {}
    abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
    for an in root.iter(f"{_W}abstractNum"):
        levels: dict[int, tuple[str, str, int]] = {}
        for lvl in an.iter(f"{_W}lvl"):
            fmt = lvl.find(f"{_W}numFmt")
            txt = lvl.find(f"{_W}lvlText")
            start = lvl.find(f"{_W}start")
            levels[int(lvl.get(f"{_W}ilvl", "0"))] = (
                fmt.get(f"{_W}val", "decimal") if fmt is not None else "decimal",
                txt.get(f"{_W}val", "") if txt is not None else "",
                int(start.get(f"{_W}val", "1")) if start is not None else 1,
            )
        abstract[an.get(f"{_W}abstractNumId")] = levels
    out: dict[str, dict[int, tuple[str, str, int]]] = {}
    for num in root.iter(f"{_W}num"):
        ref = num.find(f"{_W}abstractNumId")
        if ref is not None:
            out[num.get(f"{_W}numId")] = abstract.get(ref.get(f"{_W}val"), {})
    return out


def _fmt_number(fmt: str, n: int) -> str:
    if fmt == "lowerLetter":
        return chr(96 + (n - 1) % 26 + 1)
    if fmt == "upperLetter":
        return chr(64 + (n - 1) % 26 + 1)
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    return str(n)


def _num_pr(paragraph) -> tuple[str, int] | None:
    """(numId, ilvl) of a paragraph's automatic numbering, from the paragraph or its style."""
    for holder in (paragraph._p, getattr(paragraph.style, "element", None)):
        ppr = holder.find(f"{_W}pPr") if holder is not None else None
        num_pr = ppr.find(f"{_W}numPr") if ppr is not None else None
        if num_pr is not None:
            num_id = num_pr.find(f"{_W}numId")
            ilvl = num_pr.find(f"{_W}ilvl")
            if num_id is not None and num_id.get(f"{_W}val") != "0":
                return num_id.get(f"{_W}val"), int(ilvl.get(f"{_W}val", "0")) if ilvl is not None else 0
    return None


def _docx_footnotes(document) -> dict[int, str]:
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    for rel in document.part.rels.values():
        if rel.reltype == RT.FOOTNOTES:
            from lxml import etree

            root = etree.fromstring(rel.target_part.blob)
            notes = {}
            for fn in root.iter(f"{_W}footnote"):
                fid = int(fn.get(f"{_W}id", "0"))
                text = normalize_text("".join(t.text or "" for t in fn.iter(f"{_W}t")))
                if fid > 0 and text:
                    notes[fid] = text
            return notes
    return {}


def _parse_docx(path: Path) -> ParsedDocument:
    """Paragraphs (and table cells) in order; Heading N styles -> headings; auto-numbers rebuilt."""
    try:
        import docx
        from docx.table import Table

        document = docx.Document(str(path))
        numbering = _docx_numbering(document)
        notes = _docx_footnotes(document)
        counters: dict[str, dict[int, int]] = {}
        lines: list[Line] = []
        title = normalize_text(document.core_properties.title or "")
        note_no = 0

        def paragraphs(container):
            for block in container.iter_inner_content():
                if isinstance(block, Table):
                    seen: set[int] = set()
                    for row in block.rows:
                        for cell in row.cells:
                            if id(cell._tc) not in seen:  # merged cells repeat the same cell
                                seen.add(id(cell._tc))
                                yield from paragraphs(cell)
                else:
                    yield block

        for para in paragraphs(document):
            text = normalize_text(para.text)
            style = para.style.name if para.style is not None else ""
            num = _num_pr(para) if text else None
            kind, level = "text", 0
            match = _DOCX_HEADING.match(style)
            if match:
                kind, level = "heading", int(match.group(1))
            elif style == "Title":
                kind, level = "heading", 1
                title = title or text
            if num and num[0] in numbering:
                fmt, pattern, start = numbering[num[0]].get(num[1], ("decimal", "%1.", 1))
                levels = counters.setdefault(num[0], {})
                levels[num[1]] = levels.get(num[1], start - 1) + 1
                for deeper in [k for k in levels if k > num[1]]:
                    del levels[deeper]
                if fmt == "bullet" or not pattern:
                    kind = "item" if kind == "text" else kind
                else:
                    marker = re.sub(r"%(\d)", lambda m: _fmt_number(numbering[num[0]].get(int(m.group(1)) - 1, (fmt,))[0],
                                                                    levels.get(int(m.group(1)) - 1, 1)), pattern)
                    text = f"{marker} {text}"
            elif style.startswith("List Bullet"):
                kind = "item"
            if text:
                lines.append(Line(text, kind=kind, level=level))
            for ref in para._p.iter(f"{_W}footnoteReference"):
                fid = int(ref.get(f"{_W}id", "0"))
                if fid in notes:
                    note_no += 1
                    lines.append(Line(f"{note_no} {notes[fid]}", kind="footnote"))
            lines.append(Line(""))
    except ParseError:
        raise
    except Exception as exc:  # noqa: BLE001 - python-docx raises many types for broken files
        raise ParseError(f"{path.name}: corrupt or unreadable DOCX ({_reason(exc)})") from None
    return ParsedDocument(path, "docx", lines, title=title)


# ---------------------------------------------------------------- PDF

_PAGE_NUM = re.compile(
    r"^(?:[-\u2013\u2014]\s*)?(?:page\s+)?(\d{1,4}|[ivxlc]{2,7}|[ivx])(?:\s*(?:/|of)\s*\d{1,4})?(?:\s*[-\u2013\u2014])?$", re.I)
_PAGE_SUFFIX = re.compile(r"\bpage\s+(\d{1,4}|[ivxlc]{1,7})\s*$", re.I)
_JOB_NUMBER = re.compile(r"^\d{2}-\d{5,6}(?:\s*\([A-Z]\))?(?:\s+\*\d+\*)?$")  # UN job number "15-22395 (E)"
_PAGE_OF = re.compile(r"(?:^|\s)(\d{1,4})\s*/\s*\d{1,4}(?:\s|$)")  # UN footer "15-22395 3/17"
_FN_LINE = re.compile(r"^(\d{1,3})\s+(?=[A-Za-z\u201c\"'(\[])")
_FN_SEPARATOR = re.compile(r"^[_\u2014\u2013-]{5,}$")
_HYPHEN_END = re.compile(r"([A-Za-z]+)-$")
_NEXT_WORD = re.compile(r"^([a-z][A-Za-z]*)(.*)$")
_COMPOUND = re.compile(r"\b([A-Za-z]+-[A-Za-z]+)\b")
_KEEP_HYPHEN = {"e", "multi", "non", "self", "cross", "follow", "well"}
_ZONE = 3


def _key(text: str) -> str:
    """Comparison key of a header/footer line: digits -> "#"; letter-less lines ignore token order
    (so the footers "2/3 15-99999" and "15-99999 3/3" of facing pages match)."""
    key = re.sub(r"\d+", "#", text.lower())
    return key if re.search(r"[a-z]", key) else " ".join(sorted(key.split()))


def _page_label(text: str) -> str | None:
    m = _PAGE_NUM.match(text)
    if m:
        return m.group(1)
    m = _PAGE_SUFFIX.search(text) or _PAGE_OF.search(text)
    return m.group(1) if m else None


def _strip_furniture(pages: list[list[str]]) -> tuple[list[list[str]], list[str], list[str]]:
    """Remove running headers/footers and page numbers; return (pages, labels, running texts)."""
    top, bottom = Counter(), Counter()
    for lines in pages:
        top.update({_key(x) for x in lines[:_ZONE]})
        bottom.update({_key(x) for x in lines[-_ZONE:]})
    need = max(2, math.ceil(0.5 * len(pages)))

    def repeated(counter: Counter) -> set[str]:
        # enough letters ("a/res/#/#"), or at least two number groups ("#-# #/#" job-number footers)
        return {k for k, c in counter.items() if c >= need and (len(re.findall(r"[a-z]", k)) >= 3 or k.count("#") >= 2)}

    rep_top, rep_bottom = repeated(top), repeated(bottom)
    out, labels, running = [], [], []
    for lines in pages:
        label = ""
        i, j = 0, len(lines)
        while i < min(j, _ZONE + 1) and (_key(lines[i]) in rep_top or _PAGE_NUM.match(lines[i])):
            i += 1
        while j > i and len(lines) - j < _ZONE + 1 and (
            _key(lines[j - 1]) in rep_bottom or _PAGE_NUM.match(lines[j - 1]) or _JOB_NUMBER.match(lines[j - 1])
        ):
            j -= 1
        for removed in lines[:i] + lines[j:]:
            found = _page_label(removed)
            label = label or found or ""
            if not _PAGE_NUM.match(removed) and re.search(r"[A-Za-z]{2}", removed) and removed not in running:
                running.append(removed)
        out.append(lines[i:j])
        labels.append(label)
    return out, labels, running


def _glued_ref(n: int) -> re.Pattern:
    return re.compile(rf"(?:(?<=[A-Za-z][.,;:)\]\"\u201d\u2019])|(?<=[a-z]))({n})(?![\w])")


def _split_footnotes(lines: list[str], prev_body: list[str]) -> tuple[list[str], list[tuple[int, str]]]:
    """Split a page into body lines and (number, text) footnotes found at its bottom."""
    window = range(max(0, len(lines) - 15), len(lines))
    for i in window:
        if _FN_SEPARATOR.match(lines[i]):
            return lines[:i], _group_notes(lines[i + 1:])
    for c in window:
        m = _FN_LINE.match(lines[c])
        if not m or c == 0:
            continue
        first = int(m.group(1))
        pattern = _glued_ref(first)
        if any(pattern.search(x) for x in lines[:c]) or any(pattern.search(x) for x in prev_body[-15:]):
            return lines[:c], _group_notes(lines[c:])
    return lines, []


def _group_notes(lines: list[str]) -> list[tuple[int, str]]:
    notes: list[tuple[int, str]] = []
    for line in lines:
        m = _FN_LINE.match(line)
        if m and (not notes or int(m.group(1)) == notes[-1][0] + 1):
            notes.append((int(m.group(1)), line))
        elif notes:
            notes[-1] = (notes[-1][0], _join_wrapped(notes[-1][1], line))
        elif line:
            notes.append((0, line))
    return notes


def _join_wrapped(a: str, b: str) -> str:
    m = _HYPHEN_END.search(a)
    if m and b[:1].islower():
        return a[:-1] + b
    return f"{a} {b}"


def _dehyphenate(body: list[Line], compounds: set[str]) -> list[Line]:
    """Repair words split across line breaks (see module docstring for the rule)."""
    for i in range(len(body) - 1):
        m = _HYPHEN_END.search(body[i].text)
        nxt = _NEXT_WORD.match(body[i + 1].text)
        if not m or not nxt:
            continue
        prefix, word = m.group(1), nxt.group(1)
        keep = f"{prefix}-{word}".lower() in compounds or prefix.lower() in _KEEP_HYPHEN
        body[i].text = body[i].text[: -1] + ("-" if keep else "") + word
        body[i + 1].text = nxt.group(2).strip()
    return [line for line in body if line.text]


def _parse_pdf(path: Path) -> ParsedDocument:
    from pypdf import PdfReader

    name = path.name
    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            try:
                unlocked = reader.decrypt("")
            except Exception as exc:  # noqa: BLE001
                raise ParseError(f"{name}: encrypted PDF (cannot decrypt: {_reason(exc)})") from None
            if not unlocked:
                raise ParseError(f"{name}: encrypted PDF (password protected)")
        raw_pages, failures = [], 0
        for page in reader.pages:
            try:
                raw_pages.append(page.extract_text() or "")
            except Exception:  # noqa: BLE001 - one broken page should not lose the document
                raw_pages.append("")
                failures += 1
        if raw_pages and failures == len(raw_pages):
            raise ParseError(f"{name}: corrupt PDF (no page could be read)")
        title = ""
        try:
            title = normalize_text((reader.metadata or {}).get("/Title", "") or "")
        except Exception:  # noqa: BLE001 - broken metadata is not fatal
            title = ""
    except ParseError:
        raise
    except Exception as exc:  # noqa: BLE001 - pypdf raises many types for broken files
        raise ParseError(f"{name}: corrupt PDF ({_reason(exc)})") from None
    if not raw_pages:
        raise ParseError(f"{name}: corrupt PDF (no pages)")
    pages = [[t for t in (normalize_text(x) for x in raw.splitlines()) if t] for raw in raw_pages]
    pages, labels, running = _strip_furniture(pages)

    bodies: list[list[Line]] = []
    notes_by_page: list[list[tuple[int, str]]] = []
    prev_body: list[str] = []
    for index, lines in enumerate(pages):
        body, notes = _split_footnotes(lines, prev_body)
        prev_body = body
        bodies.append([Line(t, index + 1, labels[index]) for t in body])
        notes_by_page.append(notes)

    # strip glued reference digits and remember which line referenced which footnote
    refs: dict[int, dict[int, list[int]]] = {}
    for index, notes in enumerate(notes_by_page):
        for number, _ in notes:
            if not number:
                continue
            pattern = _glued_ref(number)
            for page in (index, index - 1):
                if page < 0:
                    continue
                hit = next((k for k, line in enumerate(bodies[page]) if pattern.search(line.text)), None)
                if hit is not None:
                    line = bodies[page][hit]
                    line.text = pattern.sub("", line.text, count=1)
                    if page == index:
                        refs.setdefault(index, {}).setdefault(hit, []).append(number)
                    break

    compounds = {m.lower() for page in bodies for line in page for m in _COMPOUND.findall(line.text)}
    flat = _dehyphenate([line for page in bodies for line in page], compounds)
    by_page: dict[int, list[Line]] = {}
    for line in flat:
        by_page.setdefault(line.page or 0, []).append(line)

    out: list[Line] = []
    for index, notes in enumerate(notes_by_page):
        body = by_page.get(index + 1, [])
        page_refs = {}
        original = bodies[index]
        for k, numbers in refs.get(index, {}).items():
            line = original[k]
            pos = next((p for p, x in enumerate(body) if x is line), None)
            if pos is not None:
                page_refs[pos] = numbers
        note_lines = [Line(text, index + 1, labels[index], kind="footnote") for _, text in notes]
        out += _place_footnotes(body, page_refs, note_lines)
    return ParsedDocument(path, "pdf", out, title=title, running_lines=running)
