"""Which UN language a file holds: from its name (``tunis-agenda.fr.pdf``), its symbol's language
letter (``WSIS-05/TUNIS/DOC/6(Rev.1)-F``) or its text (scripts and common words).

This is the ingest-side detector for whole documents (hundreds of words, so a few stop words
decide); ``assistant.languages`` detects the language of short questions.

A file in another language than its catalog entry becomes that entry's language version
(:func:`as_version`): doc_id ``tunis-agenda.fr``, ``lang`` and ``parallel_of`` set, paragraphs
``tunis-agenda.fr#72`` linked to ``tunis-agenda#72`` by label.
"""
from __future__ import annotations

import re
from pathlib import Path

from wsis.ingest.catalog import UN_LANGUAGES, catalog_by_id, language_symbol, symbol_language
from wsis.ingest.documents import Identified
from wsis.ingest.identity import detect_symbol
from wsis.ingest.parsers import ParsedDocument
from wsis.ingest.structure_rules import SYMBOL
from wsis.types import DocumentInfo

_NAME = re.compile(r"^(?P<base>.+)\.(?P<lang>ar|zh|en|fr|ru|es)$", re.I)
_WORDS = {
    "en": {"the", "of", "and", "to", "in", "that", "we", "for", "is", "with", "on", "by", "be", "are", "this"},
    "fr": {"le", "la", "les", "des", "du", "de", "et", "en", "que", "nous", "pour", "dans", "une", "sur", "est", "aux"},
    "es": {"el", "la", "los", "las", "del", "de", "y", "en", "que", "para", "por", "una", "con", "se", "sobre", "al"},
}
_TOKEN = re.compile(r"[^\W\d_]+", re.U)


def language_of_path(path: Path) -> tuple[str, Path]:
    """("fr", ``tunis-agenda.pdf``) for ``tunis-agenda.fr.pdf``; ("", path) when the name carries no language."""
    m = _NAME.match(Path(path).stem)
    if not m:
        return "", Path(path)
    return m.group("lang").lower(), Path(path).with_name(m.group("base") + Path(path).suffix)


def text_language(text: str, sample: int = 20000) -> str:
    """The UN language of a document's text, "" when it cannot tell (too little text, a tie).

    The script decides Arabic, Chinese and Russian; Latin-script text is English, French or Spanish
    by the most frequent common words, when they clearly lead."""
    text = text[:sample]
    counts = {"ar": 0, "zh": 0, "ru": 0, "latin": 0}
    for ch in text:
        o = ord(ch)
        if 0x0600 <= o <= 0x06FF or 0x0750 <= o <= 0x077F or 0xFB50 <= o <= 0xFEFF:
            counts["ar"] += 1
        elif 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF:
            counts["zh"] += 1
        elif 0x0400 <= o <= 0x04FF:
            counts["ru"] += 1
        elif ch.isascii() and ch.isalpha() or 0x00C0 <= o <= 0x024F:
            counts["latin"] += 1
    if counts["zh"] * 3 >= max(counts["latin"], 1) and counts["zh"] >= 20:
        return "zh"
    script = max(("ar", "ru", "latin"), key=lambda s: counts[s])
    if counts[script] < 20:
        return ""
    if script != "latin":
        return script
    words = _TOKEN.findall(text.lower())
    scores = {lang: sum(w in stop for w in words) for lang, stop in _WORDS.items()}
    ranked = sorted(scores, key=lambda lang: -scores[lang])
    best, second = scores[ranked[0]], scores[ranked[1]]
    return ranked[0] if best >= 10 and best >= 1.5 * second else ""


# -- a file's language and its documents as language versions ------------------------------------
def file_language(lang: str, who: Identified, path: Path, parsed: ParsedDocument) -> tuple[str, Identified]:
    """The file's language and identity: the name's language (``.fr``) first; else a WSIS symbol's
    language letter (``...6(Rev.1)-F`` names the French Tunis Agenda); else, for a catalog
    document, the language its text is written in (an ``A/RES/70/125`` in French)."""
    if lang:
        return lang, who
    symbol = detect_symbol(parsed) or labelled_symbol(parsed)
    english, by_symbol = symbol_language(symbol)
    if by_symbol and by_symbol != "en":
        key = re.sub(r"[^a-z0-9]", "", english.lower())
        entry = next((e for e in catalog_by_id().values() if e.symbol and re.sub(r"[^a-z0-9]", "", e.symbol.lower()) == key), None)
        if entry is not None:
            return by_symbol, Identified(entry.to_info(source=str(path)), entry, f"header symbol {symbol}")
        return by_symbol, who
    if who.entry is not None:
        found = text_language(" ".join(line.text for line in parsed.lines[:400]))
        if found and found != who.entry.lang:
            return found, who
    return "", who


def labelled_symbol(parsed: ParsedDocument, lines: int = 12) -> str:
    """A WSIS symbol on a header line of its own after a label in another language ("Documento",
    "Документ", "الوثيقة", "文件"), which the English header rules do not read."""
    seen = 0
    for line in parsed.lines:
        text = line.text.strip()
        if not text:
            continue
        seen += 1
        if seen > lines:
            break
        m = SYMBOL.search(text) if len(text) <= 80 else None
        if m and m.group(1).upper().startswith("WSIS") and len(text.replace(m.group(1), " ").split()) <= 1:
            return m.group(1)
    return ""


def annexes_in_order(documents: list[Identified]) -> list[Identified]:
    """The texts of a combined file in another language (A/RES/79/1 in French: the Pact, then
    "Annexe I", "Annexe II"), whose headings do not name the English catalog entries: the texts
    after the first take the first text's ``contains`` entries in order (the Global Digital Compact,
    then the Declaration on Future Generations)."""
    first = documents[0].entry if documents else None
    if first is None or not first.contains or len(documents) < 2:
        return documents
    catalog = catalog_by_id()
    claimed = {d.entry.doc_id for d in documents if d.entry is not None}
    free = [catalog[c] for c in first.contains if c in catalog and c not in claimed]
    for doc in documents[1:]:
        if doc.entry is None and free:
            entry, old = free.pop(0), doc.info.doc_id
            doc.entry, doc.info = entry, entry.to_info(source=doc.info.source)
            for p in doc.paragraphs:
                p.doc_id = entry.doc_id
            doc.report = dict(doc.report, verdict=doc.report.get("verdict", "").replace(old, entry.doc_id, 1),
                              warnings=[w.replace(old, entry.doc_id) for w in doc.report.get("warnings", [])])
            doc.how = f"text {doc.report.get('part', '')} of {entry.part_of or 'the file'}, in order"
    return documents


def own_language(doc: Identified, lang: str, path: Path) -> Identified:
    """A document that is no language version: its text's language recorded (notices say what the quotes are in)."""
    found = lang or text_language(" ".join(p.text for p in doc.paragraphs[:60]))
    if found:
        doc.info.lang = found
    doc.info.source = str(path)
    return doc


def as_version(doc: Identified, lang: str, path: Path, who: Identified) -> Identified:
    """``doc`` as the ``lang`` version of the document it would otherwise be (``tunis-agenda.fr``,
    paragraphs ``tunis-agenda.fr#72`` linked to ``tunis-agenda#72`` by label)."""
    base = doc.info.doc_id
    version = f"{base}.{lang}"
    entry = doc.entry.in_language(lang) if doc.entry is not None else None
    info = doc.info
    doc.info = DocumentInfo(doc_id=version, title=info.title, symbol=language_symbol(info.symbol, lang), date=info.date,
                            process=info.process, aliases=list(info.aliases), url=entry.to_info().url if entry else "", source=str(path),
                            lang=lang, parallel_of=base)
    for p in doc.paragraphs:
        p.doc_id = version
    how = f"{LANGUAGE_NAMES.get(lang, lang)} version of {base} ({'file name' if language_of_path(path)[0] else doc.how or who.how or 'text'})"
    doc.report = dict(doc.report, verdict=doc.report.get("verdict", "").replace(base, version, 1), identified_by=how,
                      warnings=[w.replace(f"{base}:", f"{version}:", 1) for w in doc.report.get("warnings", [])])
    doc.fallback_id = f"{doc.fallback_id}.{lang}" if doc.fallback_id else version
    return doc


LANGUAGE_NAMES = {"ar": "Arabic", "zh": "Chinese", "en": "English", "fr": "French", "ru": "Russian", "es": "Spanish"}


__all__ = ["UN_LANGUAGES", "annexes_in_order", "as_version", "file_language", "language_of_path", "own_language",
           "text_language"]
