"""Which documents a file holds: its identity (from its own header), and one document per text.

Identity, in order: a file named after a catalog doc_id (``tunis-agenda.pdf``, as ``wsis fetch``
saves them); the symbol of the file's own header block (see :mod:`ingest.identity`); its title
when that is a catalog title or a name of two words or more. Anything else is a local document:
doc_id from the file name, title from its own text.

A file whose numbering restarts after a heading holds several texts (A/RES/79/1: the Pact, annex I
the Global Digital Compact, annex II the Declaration on Future Generations; the WSIS+10 outcome:
the Statement and the Vision). Each becomes its own document: a catalog entry listed in the
file's ``contains`` when the text's heading or title names it, the file's own entry for a first
text no entry claims, else ``FILEID-heading-words``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from wsis.ingest.catalog import CatalogEntry, catalog_by_id, normalize, resolve_alias
from wsis.ingest.identity import detect_symbol, detect_title, local_doc_id
from wsis.ingest.parsers import ParsedDocument
from wsis.ingest.report import structure_report
from wsis.ingest.structure_labels import Part
from wsis.types import DocumentInfo, Paragraph

_SLUG = re.compile(r"[^a-z0-9]+")


@dataclass
class Identified:
    """A document found in a file, with how it was identified and its structure report."""

    info: DocumentInfo
    entry: CatalogEntry | None = None
    how: str = ""  # "file name" | "header symbol ..." | "title" | ""
    paragraphs: list[Paragraph] = field(default_factory=list)
    report: dict = field(default_factory=dict)
    fallback_id: str = ""  # the id it gets when its catalog id is taken by another file
    fallback_title: str = ""

    @property
    def catalog(self) -> bool:
        return self.entry is not None


def _norm_symbol(symbol: str) -> str:
    return re.sub(r"[^a-z0-9]", "", symbol.lower())


def identify(path: Path, parsed: ParsedDocument) -> Identified:
    """The file's identity (see module docstring)."""
    catalog = catalog_by_id()
    stem_id = local_doc_id(path)
    symbol = detect_symbol(parsed)
    title = detect_title(parsed)
    entry, how = catalog.get(stem_id), "file name"
    if entry is None and symbol:
        entry = next((e for e in catalog.values() if e.symbol and _norm_symbol(e.symbol) == _norm_symbol(symbol)), None)
        how = f"header symbol {symbol}"
    if entry is None and title:
        found = _title_entry(title)
        entry, how = (catalog[found], f"title {title!r}") if found else (None, "")
    if entry is not None:
        return Identified(entry.to_info(source=str(path)), entry, how)
    return Identified(DocumentInfo(doc_id=stem_id, title=title or parsed.title or path.stem, symbol=symbol, source=str(path)))


def _title_entry(title: str) -> str | None:
    """A catalog doc_id when a title is exactly one of its names of two words or more ("Tunis Commitment")."""
    clean = re.sub(r"^\d{1,3}/\d{1,4}\.\s+", "", title).strip()  # "79/1. The Pact for the Future"
    if len(clean.split()) < 2:
        return None
    return resolve_alias(clean)


def _names(entry: CatalogEntry) -> list[str]:
    return [normalize(n) for n in [entry.title, *entry.aliases] if len(n.split()) >= 2 and "/" not in n]


def split_documents(path: Path, parsed: ParsedDocument, parts: list[Part], who: Identified) -> list[Identified]:
    """One :class:`Identified` per text of the file, with doc_ids set on its paragraphs and its report."""
    catalog = catalog_by_id()
    container = who.entry
    if container is not None and container.part_of and len(parts) > 1:
        parent = catalog.get(container.part_of)
        if parent is not None and container.doc_id in parent.contains:
            container = parent  # e.g. the Pact's PDF saved under the name of one of its annexes
    candidates = [catalog[c] for c in container.contains if c in catalog] if container and len(parts) > 1 else []
    stem = local_doc_id(path)
    out: list[Identified] = []
    for part in parts:
        found = _match(part, candidates, detect_title(parsed) if part.index == 1 else "")
        if found is not None:
            candidates.remove(found)
            doc = Identified(found.to_info(source=str(path)), found, f"{part.title or 'title'} in {path.name}")
        elif part.index == 1:
            doc = Identified(container.to_info(source=str(path)), container, who.how) if container else \
                Identified(who.info, None, who.how)
        else:
            words = _SLUG.sub("-", part.title.lower()).strip("-")[:48].strip("-")
            base = who.info.doc_id
            doc_id = f"{base}-{words}" if words else f"{base}-text-{part.index}"
            title = f"{part.title} ({path.name})" if part.title else f"{who.info.title} (text {part.index})"
            doc = Identified(DocumentInfo(doc_id=doc_id, title=title, source=str(path)), None, "")
        own = stem if part.index == 1 else f"{stem}-{_SLUG.sub('-', part.title.lower()).strip('-')[:48].strip('-') or part.index}"
        doc.fallback_id = own if own != doc.info.doc_id else f"{own}-copy"
        doc.fallback_title = f"{doc.info.title} ({path.name})"
        for p in part.paragraphs:
            p.doc_id = doc.info.doc_id
        doc.paragraphs = part.paragraphs
        notes, guesses = [], []
        if len(parts) > 1:
            notes.append(f"text {part.index} of {len(parts)} in {path.name}"
                         + (f" (numbering restarts after {' / '.join(part.headings)!r})" if part.index > 1 and part.headings else ""))
        if part.index > 1 and found is None:
            guesses.append("no catalog entry names this text: its doc_id and title come from its heading; check them")
        entry = doc.entry
        doc.report = structure_report(
            doc.info.doc_id, part.paragraphs, entry.paragraphs if entry else None,
            entry.paragraphs_confirmed if entry else False, part.jumps, part.index, len(parts), notes, guesses)
        if doc.how:
            doc.report["identified_by"] = doc.how
        out.append(doc)
    return out


def _match(part: Part, candidates: list[CatalogEntry], extra: str) -> CatalogEntry | None:
    """The candidate whose title or a two-word name appears in the part's headings/title."""
    texts = [normalize(t) for t in [*part.headings, part.title, extra] if t]
    for entry in candidates:
        if any(name and name in text for name in _names(entry) for text in texts):
            return entry
    return None
