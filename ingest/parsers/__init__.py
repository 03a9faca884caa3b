"""Turn a file (PDF, HTML, TXT, Markdown, DOCX) into lines of text with page information.

Every parser returns a :class:`ParsedDocument` whose ``lines`` are in reading order. Conventions:

* An empty ``Line("")`` marks a paragraph break (blank line in text/Markdown, end of an HTML block
  element, end of a DOCX paragraph). PDFs have no such markers: their lines are the extracted lines.
* PDFs: running headers/footers (lines repeated at the top/bottom of most pages, after replacing
  digits by ``#``) and page-number lines ("- 4 -", "4", "Page 4", "4/12", "iii") are dropped; the
  printed number becomes ``Line.page_label`` of every line of that page and the dropped header
  texts are kept in ``ParsedDocument.running_lines`` (so the symbol can still be detected). A header
  glued to the start of a page's first line ("WSIS-05TUNISDOC6Rev. 1-E public policy ...": the
  symbol with its slashes lost) is cut off, so the page-break tail joins its paragraph.
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
from __future__ import annotations

from pathlib import Path

from wsis.errors import ParseError
from wsis.ingest.parsers.lines import Line, ParsedDocument, blank_collapse, normalize_text, reason

__all__ = ["Line", "ParsedDocument", "SUPPORTED_SUFFIXES", "normalize_text", "parse_file"]

SUPPORTED_SUFFIXES: set[str] = {".pdf", ".html", ".htm", ".txt", ".md", ".docx"}


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



TEXT_SUFFIXES = {".txt", ".md"}  # their bytes are text (up to 4 bytes a character in UTF-8): checked before parsing too


def parse_file(path: Path, max_bytes: int = 50 * 2**20, max_text: int = 10 * 2**20) -> ParsedDocument:
    """Parse one file; raises :class:`ParseError` with a one-line reason for bad input (``max_text``:
    characters of text at most, checked after parsing, and on the size of a plain-text file before it)."""
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
        raise ParseError(f"{name}: cannot read file ({reason(exc)})") from None
    if not path.is_file():
        raise ParseError(f"{name}: not a regular file")
    if size == 0:
        raise ParseError(f"{name}: empty file (0 bytes)")
    if size > max_bytes:
        raise ParseError(f"{name}: too large: {_size(size)} > {_limit(max_bytes)} limit")
    if suffix in TEXT_SUFFIXES and size > 4 * max_text:
        raise ParseError(f"{name}: too much text: {_size(size)} > {_limit(max_text)} of text (WSIS_MAX_TEXT_MB)")
    try:
        if suffix == ".pdf":
            from wsis.ingest.parsers.pdf import parse_pdf

            doc = parse_pdf(path)
        elif suffix == ".docx":
            from wsis.ingest.parsers.docx import parse_docx

            doc = parse_docx(path)
        else:
            from wsis.ingest.parsers.text import decode, markdown_lines, text_lines

            text = decode(path.read_bytes(), name)
            if suffix in (".html", ".htm"):
                from wsis.ingest.parsers.html import parse_html

                doc = parse_html(path, text)
            elif suffix == ".md":
                doc = ParsedDocument(path, "md", markdown_lines(text))
            else:
                doc = ParsedDocument(path, "txt", text_lines(text))
    except ParseError:
        raise
    except OSError as exc:
        raise ParseError(f"{name}: cannot read file ({reason(exc)})") from None
    except RecursionError:
        raise ParseError(f"{name}: document too deeply nested to parse") from None
    doc.lines = blank_collapse(doc.lines)
    chars = sum(len(line.text) for line in doc.lines)
    if chars > max_text:
        raise ParseError(f"{name}: too much text: {_size(chars)} > {_limit(max_text)} of text (WSIS_MAX_TEXT_MB)")
    if not any(line.text for line in doc.lines):
        hint = " (scanned PDF without a text layer?)" if suffix == ".pdf" else ""
        raise ParseError(f"{name}: empty file: no extractable text{hint}")
    return doc

