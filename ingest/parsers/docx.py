"""DOCX: paragraphs and table cells in order, Heading styles, automatic numbering rebuilt, footnotes."""
from __future__ import annotations

import re
from pathlib import Path

from wsis.errors import ParseError
from wsis.ingest.parsers.html import roman as _roman
from wsis.ingest.parsers.lines import Line, ParsedDocument, normalize_text, reason

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


def parse_docx(path: Path) -> ParsedDocument:
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
        raise ParseError(f"{path.name}: corrupt or unreadable DOCX ({reason(exc)})") from None
    return ParsedDocument(path, "docx", lines, title=title)

