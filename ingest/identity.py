"""Who a file is: its local doc_id, its own title and its own symbol.

Identity comes only from the document's own header block: a symbol standing on a line of its own
near the top (``Document WSIS-03/GENEVA/DOC/4-E``, ``A/RES/79/1``) or in a PDF running header, or
an official title. A text that merely cites symbols ("see A/RES/70/125 and WSIS-05/TUNIS/DOC/7")
never takes a catalog document's identity.
"""
from __future__ import annotations

import re
from pathlib import Path

from wsis.ingest import structure_rules as R
from wsis.ingest.parsers import Line, ParsedDocument, normalize_text

_ID_CHARS = re.compile(r"[^a-z0-9]+")
HEADER_LINES = 25  # non-blank lines searched for the symbol
_OWN_SYMBOL = re.compile(r"^(?:(?:Document|Symbol|Doc\.)\s*:?\s*)?(?P<s>\S+)(?:\s+Distr\.?:?.*)?$", re.I)
# file names too common to name a document in a question ("what does the report say")
GENERIC_NAMES = {
    "data", "report", "notes", "note", "document", "doc", "docs", "file", "text", "summary", "draft", "test", "untitled",
    "paper", "final", "copy", "new", "outcome", "minutes", "statement", "declaration", "resolution", "annex", "agenda",
    "memo", "brief", "briefing", "letter", "input", "inputs", "output", "export", "scan", "page", "pages", "version",
    "compilation", "excerpt", "excerpts", "extract", "list", "table", "my", "our", "the", "and", "of", "v", "rev",
}


def local_doc_id(path: Path) -> str:
    """File name without extension, lower-cased, runs of other chars -> "-" ("doc" if nothing left)."""
    return _ID_CHARS.sub("-", Path(path).stem.lower()).strip("-") or "doc"


def distinctive_name(name: str) -> bool:
    """True when a file-derived name can safely mean that document in a question: not made only of
    generic words (``data``, ``report``, ``final-notes``, ``notes-2``)."""
    words = [w for w in re.split(r"[^a-z0-9]+", name.lower()) if w]
    meaningful = [w for w in words if w not in GENERIC_NAMES and not w.isdigit()]
    return bool(meaningful) and len("".join(meaningful)) >= 4


def _normalised(doc: ParsedDocument, limit: int = 200) -> list[Line]:
    return [Line(normalize_text(x.text), x.page, x.page_label, x.kind, x.level) for x in doc.lines[:limit]]


def detect_title(doc: ParsedDocument) -> str:
    """Title from the document's own text: first heading / title-block line, "" when none."""
    lines = _normalised(doc)
    span = R.title_span(lines)
    return " ".join(x.text for x in lines[span[0]:span[1]]) if span else ""


def own_symbol(text: str) -> str:
    """The symbol when ``text`` is a symbol line ("A/RES/79/1", "Document WSIS-05/TUNIS/DOC/7-E"), else ""."""
    m = _OWN_SYMBOL.match(text.strip())
    if not m:
        return ""
    found = R.SYMBOL.fullmatch(m.group("s"))
    return found.group(1) if found else ""


def detect_symbol(doc: ParsedDocument) -> str:
    """The document's own symbol: a running header, or a line of its own in the header block, else ""."""
    for text in doc.running_lines:
        for piece in (text, text.split(" ")[0], text.split(" ")[-1]):
            if own_symbol(piece):
                return own_symbol(piece)
    seen, found = 0, []
    for line in doc.lines:
        text = normalize_text(line.text)
        if not text or line.kind == "footnote":
            continue
        seen += 1
        if seen > HEADER_LINES or (line.kind != "heading" and R.PARA_START.match(text)):
            break
        if line.kind != "item" and own_symbol(text) and own_symbol(text) not in found:
            found.append(own_symbol(text))
    return found[0] if len(found) == 1 else ""  # several symbols, one a line: a list of documents, not a header
