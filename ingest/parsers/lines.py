"""The shared line model of every parser, text normalisation and footnote placement."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

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


def blank_collapse(lines: list[Line]) -> list[Line]:
    """Drop leading/trailing blank lines and runs of blank lines."""
    out: list[Line] = []
    for line in lines:
        if not line.text and (not out or not out[-1].text):
            continue
        out.append(line)
    while out and not out[-1].text:
        out.pop()
    return out


def reason(exc: Exception) -> str:
    msg = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return msg[:120]



# ---------------------------------------------------------------- footnote placement

_FN_MARK = re.compile(r"^\[?\(?(\d{1,3})[\])]?[.)]?\s")


def place_footnotes(body: list[Line], refs: dict[int, list[int]], notes: list[Line]) -> list[Line]:
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

