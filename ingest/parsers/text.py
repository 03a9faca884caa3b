"""Plain text and Markdown: decoding, emphasis/links unwrapped, Markdown headings and bullets."""
from __future__ import annotations

import re

from wsis.errors import ParseError
from wsis.ingest.parsers.lines import Line, normalize_text

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def decode(data: bytes, name: str) -> str:
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
_IMAGE = re.compile(r"!\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)")  # targets may hold one level of (...)
_LINK = re.compile(r"\[([^\]]+)\]\((?:[^()]|\([^()]*\))*\)")  # "[click](javascript:alert(1))" -> "click"
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


def text_lines(text: str) -> list[Line]:
    return [Line(normalize_text(_unbold(raw))) for raw in text.splitlines()]


def markdown_lines(text: str) -> list[Line]:
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

