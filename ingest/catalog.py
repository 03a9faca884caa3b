"""The catalog of official documents (``catalog.json``): typed loading, validation, alias lookup."""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from wsis.types import DocumentInfo

CATALOG_PATH = Path(__file__).with_name("catalog.json")
PROCESSES = ("WSIS", "GDC")
FORMATS = ("html", "pdf")
_DOC_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")  # doc_ids become file names
UN_LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")
# the last letter of a WSIS document symbol by language: WSIS-05/TUNIS/DOC/6(Rev.1)-F is the French text
SYMBOL_SUFFIX = {"ar": "A", "zh": "C", "en": "E", "fr": "F", "ru": "R", "es": "S"}
_SUFFIX_LANG = {v: k for k, v in SYMBOL_SUFFIX.items()}


@dataclass
class CatalogUrl:
    """One address of a document. ``download=False``: a link for people only (e.g. a viewer page)."""

    url: str
    format: str  # "html" | "pdf"
    verified: bool = False
    note: str = ""
    download: bool = True


@dataclass
class CatalogEntry:
    """One official document as listed in the catalog."""

    doc_id: str
    title: str
    symbol: str
    date: str  # ISO adoption date
    process: str  # "WSIS" | "GDC"
    aliases: list[str] = field(default_factory=list)
    urls: list[CatalogUrl] = field(default_factory=list)
    notes: str = ""
    combined: bool = False  # several documents in one file (paragraph numbers restart)
    contains: list[str] = field(default_factory=list)  # doc_ids of documents inside a combined one
    part_of: str = ""  # doc_id of the document this one is a part (annex) of
    fetch_default: bool = True  # False: `wsis fetch` only downloads it when asked by name
    paragraphs: tuple[int, int] | None = None  # published range of numbered paragraphs (first, last)
    paragraphs_confirmed: bool = False  # False: the range is recalled, not checked against the official text
    languages: dict[str, list[CatalogUrl]] = field(default_factory=dict)  # other UN language versions' addresses
    lang: str = "en"  # the language of this entry's text (an entry from :meth:`in_language`: that language)
    parallel_of: str = ""  # for :meth:`in_language` entries: the English entry's doc_id
    # what users call the text in the other UN languages ("le Pacte pour l'avenir"): names in questions
    # only, never used to identify a file (a French file is a language version, not the English text)
    names: dict[str, list[str]] = field(default_factory=dict)

    def in_language(self, lang: str) -> "CatalogEntry | None":
        """This document's ``lang`` version as an entry of its own (doc_id ``tunis-agenda.fr``, the
        language's addresses and symbol), so ``wsis fetch`` saves it as ``tunis-agenda.fr.html``;
        None when the catalog lists no address in that language. English is the entry itself."""
        if lang == self.lang:
            return self
        urls = self.languages.get(lang)
        if not urls:
            return None
        return CatalogEntry(
            doc_id=f"{self.doc_id}.{lang}", title=self.title, symbol=language_symbol(self.symbol, lang), date=self.date,
            process=self.process, urls=list(urls), notes=self.notes, combined=self.combined, fetch_default=self.fetch_default,
            paragraphs=self.paragraphs, paragraphs_confirmed=self.paragraphs_confirmed, lang=lang, parallel_of=self.doc_id,
        )

    @property
    def download_urls(self) -> list[CatalogUrl]:
        """Addresses ``wsis fetch`` may download, in order of preference."""
        return [u for u in self.urls if u.download]

    @property
    def formats(self) -> list[str]:
        """Distinct downloadable formats, in order of preference."""
        return list(dict.fromkeys(u.format for u in self.download_urls))

    def to_info(self, source: str = "") -> DocumentInfo:
        """The shared ``DocumentInfo``; its url is the first HTML address, else the first one."""
        html = [u.url for u in self.urls if u.format == "html"]
        url = html[0] if html else (self.urls[0].url if self.urls else "")
        return DocumentInfo(
            doc_id=self.doc_id,
            title=self.title,
            symbol=self.symbol,
            date=self.date,
            process=self.process,
            aliases=list(self.aliases),
            url=url,
            source=source,
            lang=self.lang,
            parallel_of=self.parallel_of,
        )


def language_symbol(symbol: str, lang: str) -> str:
    """The symbol of a language version: WSIS symbols change their last letter
    (``WSIS-05/TUNIS/DOC/6(Rev.1)-E`` -> ``-F``); General Assembly symbols (``A/RES/70/125``) do not."""
    return re.sub(r"-E$", f"-{SYMBOL_SUFFIX[lang]}", symbol) if lang in SYMBOL_SUFFIX else symbol


def symbol_language(symbol: str) -> tuple[str, str]:
    """(the English symbol, language) of a WSIS symbol with a language letter
    (``WSIS-05/TUNIS/DOC/6(Rev.1)-F`` -> (``...-E``, ``fr``)); (symbol, "") when it has none."""
    m = re.search(r"-([ACEFRS])$", symbol.strip())
    if not m or not symbol.upper().startswith("WSIS"):
        return symbol, ""
    return symbol.strip()[:-1] + "E", _SUFFIX_LANG[m.group(1)]


def _fail(where: str, field_name: str, problem: str) -> ValueError:
    return ValueError(f"catalog: {where}: field '{field_name}' {problem}")


def _text(raw: dict[str, Any], key: str, where: str, required: bool = True) -> str:
    value = raw.get(key, "")
    if not isinstance(value, str):
        raise _fail(where, key, f"must be a string, got {type(value).__name__}")
    if required and not value.strip():
        raise _fail(where, key, "is missing or empty")
    return value.strip()


def _strings(raw: dict[str, Any], key: str, where: str) -> list[str]:
    value = raw.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _fail(where, key, "must be a list of non-empty strings")
    return [v.strip() for v in value]


def _parse_url(raw: Any, where: str) -> CatalogUrl:
    if not isinstance(raw, dict):
        raise _fail(where, "urls", "items must be objects with url and format")
    url = _text(raw, "url", where)
    if not re.match(r"^https?://[^/\s]+", url):
        raise _fail(where, "urls.url", f"is not an http(s) address: {url!r}")
    fmt = _text(raw, "format", where)
    if fmt not in FORMATS:
        raise _fail(where, "urls.format", f"must be one of {', '.join(FORMATS)}, got {fmt!r}")
    for key in ("verified", "download"):
        if key in raw and not isinstance(raw[key], bool):
            raise _fail(where, f"urls.{key}", "must be true or false")
    return CatalogUrl(url, fmt, raw.get("verified", False), _text(raw, "note", where, False), raw.get("download", True))


def _parse_entry(raw: Any, index: int) -> CatalogEntry:
    where = f"entry {index}"
    if not isinstance(raw, dict):
        raise ValueError(f"catalog: {where}: must be an object")
    doc_id = _text(raw, "doc_id", where)
    where = f"entry {index} ({doc_id})"
    if not _DOC_ID.match(doc_id):
        raise _fail(where, "doc_id", "must be lowercase letters, digits and '-'")
    iso = _text(raw, "date", where)
    try:
        if len(iso) != 10:
            raise ValueError
        date.fromisoformat(iso)
    except ValueError:
        raise _fail(where, "date", f"is not an ISO date (YYYY-MM-DD): {iso!r}") from None
    process = _text(raw, "process", where)
    if process not in PROCESSES:
        raise _fail(where, "process", f"must be one of {', '.join(PROCESSES)}, got {process!r}")
    urls = raw.get("urls")
    if not isinstance(urls, list) or not urls:
        raise _fail(where, "urls", "needs at least one URL")
    parsed = [_parse_url(u, where) for u in urls]
    if not any(u.download for u in parsed):
        raise _fail(where, "urls", "needs at least one downloadable URL")
    for key in ("combined", "fetch_default"):
        if key in raw and not isinstance(raw[key], bool):
            raise _fail(where, key, "must be true or false")
    return CatalogEntry(
        doc_id=doc_id,
        title=_text(raw, "title", where),
        symbol=_text(raw, "symbol", where, required=False),
        date=iso,
        process=process,
        aliases=_strings(raw, "aliases", where),
        urls=parsed,
        notes=_text(raw, "notes", where, required=False),
        combined=raw.get("combined", False),
        contains=_strings(raw, "contains", where),
        part_of=_text(raw, "part_of", where, required=False),
        fetch_default=raw.get("fetch_default", True),
        languages=_languages(raw, where),
        names=_names(raw, where),
        **_paragraph_range(raw, where),
    )


def _languages(raw: dict[str, Any], where: str) -> dict[str, list[CatalogUrl]]:
    """``"languages": {"fr": [{url, format, ...}], ...}``: the addresses of the other language versions."""
    value = raw.get("languages", {})
    if not isinstance(value, dict):
        raise _fail(where, "languages", "must be an object keyed by language code (ar, zh, fr, ru, es)")
    out: dict[str, list[CatalogUrl]] = {}
    for lang, urls in value.items():
        if lang not in UN_LANGUAGES or lang == "en":
            raise _fail(where, "languages", f"has {lang!r}, not one of ar, zh, fr, ru, es")
        if not isinstance(urls, list) or not urls:
            raise _fail(where, f"languages.{lang}", "needs a list of at least one URL")
        out[lang] = [_parse_url(u, f"{where} languages.{lang}") for u in urls]
    return out


def _names(raw: dict[str, Any], where: str) -> dict[str, list[str]]:
    """``"names": {"fr": ["Agenda de Tunis"], ...}``: the text's names in the other UN languages."""
    value = raw.get("names", {})
    if not isinstance(value, dict):
        raise _fail(where, "names", "must be an object keyed by language code (ar, zh, fr, ru, es)")
    out: dict[str, list[str]] = {}
    for lang in value:
        if lang not in UN_LANGUAGES or lang == "en":
            raise _fail(where, "names", f"has {lang!r}, not one of ar, zh, fr, ru, es")
        out[lang] = _strings(value, lang, f"{where} names")
    return out


def _paragraph_range(raw: dict[str, Any], where: str) -> dict[str, Any]:
    """``"paragraphs": {"first": 1, "last": 122, "confirmed": true}`` -> CatalogEntry fields (absent: unknown)."""
    value = raw.get("paragraphs")
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise _fail(where, "paragraphs", "must be an object with first, last and confirmed")
    first, last, confirmed = value.get("first"), value.get("last"), value.get("confirmed", False)
    if not all(isinstance(x, int) and not isinstance(x, bool) and x > 0 for x in (first, last)) or last < first:
        raise _fail(where, "paragraphs", f"first and last must be whole numbers with first <= last, got {first!r}, {last!r}")
    if not isinstance(confirmed, bool):
        raise _fail(where, "paragraphs.confirmed", "must be true or false")
    return {"paragraphs": (first, last), "paragraphs_confirmed": confirmed}


def normalize(name: str) -> str:
    """Matching key: lowercase ASCII letters and digits only, a leading "the" dropped."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"^\s*the\s+", "", text)
    return re.sub(r"[^a-z0-9]+", "", text)


def _keys(entry: CatalogEntry, strict: bool) -> set[str]:
    """Keys that must identify ``entry`` alone (strict) or may (titles, shared words)."""
    if strict:
        names = [entry.doc_id, *entry.aliases]
        if entry.symbol:
            names += [entry.symbol, re.sub(r"-E$", "", entry.symbol)]
    else:
        names = [entry.title, re.sub(r"\s*\([^)]*\)\s*$", "", entry.title)]
    return {k for k in map(normalize, names) if k}


def _check(entries: list[CatalogEntry]) -> None:
    """Cross-entry rules: aliases/symbols name one entry only; contains/part_of name known entries."""
    owner: dict[str, str] = {}
    for entry in entries:
        for key in _keys(entry, strict=True):
            if key in owner and owner[key] != entry.doc_id:
                raise _fail(entry.doc_id, "aliases", f"name {key!r} is also used by {owner[key]}")
            owner[key] = entry.doc_id
    ids = {e.doc_id for e in entries}
    for entry in entries:
        for ref in [*entry.contains, *([entry.part_of] if entry.part_of else [])]:
            if ref not in ids:
                raise _fail(entry.doc_id, "contains" if ref in entry.contains else "part_of", f"names unknown doc_id {ref!r}")


def load_catalog(path: Path | None = None) -> list[CatalogEntry]:
    """Read and validate the catalog; raises ValueError with a one-line message on bad data."""
    path = Path(path) if path else CATALOG_PATH
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ValueError(f"catalog: cannot read {path}: {exc.strerror or exc}") from None
    except json.JSONDecodeError as exc:
        raise ValueError(f"catalog: {path.name} is not valid JSON (line {exc.lineno}: {exc.msg})") from None
    raw = data.get("documents") if isinstance(data, dict) else data
    if not isinstance(raw, list):
        raise ValueError("catalog: field 'documents' must be a list of entries")
    ids: set[str] = set()
    entries = []
    for i, item in enumerate(raw):
        entry = _parse_entry(item, i)
        if entry.doc_id in ids:
            raise _fail(f"entry {i} ({entry.doc_id})", "doc_id", "is duplicated")
        ids.add(entry.doc_id)
        entries.append(entry)
    _check(entries)
    return entries


@lru_cache(maxsize=4)
def _default(path: Path) -> tuple[CatalogEntry, ...]:
    return tuple(load_catalog(path))


def catalog_by_id(path: Path | None = None) -> dict[str, CatalogEntry]:
    """doc_id -> entry, in catalog order (the default catalog is read once)."""
    return {e.doc_id: e for e in _default(Path(path) if path else CATALOG_PATH)}


def _index(entries: tuple[CatalogEntry, ...] | list[CatalogEntry]) -> dict[str, str]:
    index: dict[str, str] = {}
    for entry in entries:
        for key in _keys(entry, strict=True):
            index[key] = entry.doc_id
    loose: dict[str, set[str]] = {}
    for entry in entries:
        for key in _keys(entry, strict=False):
            loose.setdefault(key, set()).add(entry.doc_id)
    for key, owners in loose.items():
        if key not in index and len(owners) == 1:  # titles shared by two documents stay ambiguous
            index[key] = owners.pop()
    return index


@lru_cache(maxsize=4)
def _default_index(path: Path) -> dict[str, str]:
    return _index(_default(path))


def resolve_alias(name: str, entries: list[CatalogEntry] | None = None) -> str | None:
    """doc_id for a doc_id, title, alias or symbol ("TA", "Tunis agenda", "A/RES/70/125"), else None."""
    key = normalize(name or "")
    if not key:
        return None
    index = _index(entries) if entries is not None else _default_index(CATALOG_PATH)
    return index.get(key)
