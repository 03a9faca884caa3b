"""PDF: text per page with pypdf, then the clean-up of :mod:`wsis.ingest.parsers.pdf_cleanup`."""
from __future__ import annotations

import logging
from pathlib import Path

from wsis.errors import ParseError
from wsis.ingest.parsers.lines import Line, ParsedDocument, normalize_text, place_footnotes, reason
from wsis.ingest.parsers.pdf_cleanup import (COMPOUND, dehyphenate, glued_ref, split_footnotes, strip_furniture,
                                              strip_glued_headers)


def parse_pdf(path: Path) -> ParsedDocument:
    from pypdf import PdfReader

    # pypdf logs its repairs ("invalid pdf header", "EOF marker not found") as warnings: a broken file
    # gets one clean line (the ParseError below), a readable one with small defects none
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    name = path.name
    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            try:
                unlocked = reader.decrypt("")
            except Exception as exc:  # noqa: BLE001
                raise ParseError(f"{name}: encrypted PDF (cannot decrypt: {reason(exc)})") from None
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
        if type(exc).__name__ == "DependencyError":  # AES without the cryptography package: encrypted, not corrupt
            raise ParseError(f"{name}: encrypted PDF (AES; install the 'cryptography' package to open it)") from None
        raise ParseError(f"{name}: corrupt PDF ({reason(exc)})") from None
    if not raw_pages:
        raise ParseError(f"{name}: corrupt PDF (no pages)")
    pages = [[t for t in (normalize_text(x) for x in raw.splitlines()) if t] for raw in raw_pages]
    pages, labels, running = strip_furniture(pages)
    pages = strip_glued_headers(pages, running)

    bodies: list[list[Line]] = []
    notes_by_page: list[list[tuple[int, str]]] = []
    prev_body: list[str] = []
    for index, lines in enumerate(pages):
        body, notes = split_footnotes(lines, prev_body)
        prev_body = body
        bodies.append([Line(t, index + 1, labels[index]) for t in body])
        notes_by_page.append(notes)

    # strip glued reference digits and remember which line referenced which footnote
    refs: dict[int, dict[int, list[int]]] = {}
    for index, notes in enumerate(notes_by_page):
        for number, _ in notes:
            if not number:
                continue
            pattern = glued_ref(number)
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

    compounds = {m.lower() for page in bodies for line in page for m in COMPOUND.findall(line.text)}
    flat = dehyphenate([line for page in bodies for line in page], compounds)
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
        out += place_footnotes(body, page_refs, note_lines)
    return ParsedDocument(path, "pdf", out, title=title, running_lines=running)

