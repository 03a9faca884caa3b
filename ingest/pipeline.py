"""fetch -> parse -> structure -> paragraphs -> embed -> store: the ingest pipeline.

Incremental and idempotent: a file whose content hash is already live is skipped without loading
the embedding model; a changed document is replaced whole (see ``index_store.manifest``).

The pipeline writes into any :class:`IndexSink` it is given (``index_store.store.IndexStore`` in
practice, wired by ``assistant.library.ingest_paths``), so this upstream package never imports the
index that stands downstream of it.
"""
from __future__ import annotations

import hashlib
import logging
import re
import time
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from tqdm import tqdm
from tqdm.contrib.logging import logging_redirect_tqdm

from wsis.settings import Settings
from wsis.types import DocumentInfo, Paragraph
from wsis.ingest.catalog import catalog_by_id
from wsis.ingest.chunking import make_windows
from wsis.errors import ParseError
from wsis.ingest.parsers import SUPPORTED_SUFFIXES, ParsedDocument, parse_file
from wsis.ingest.structure import detect_symbol, detect_title, local_doc_id, structure

log = logging.getLogger("wsis.ingest")
SKIPPED_NAMES = {"manifest.json"}  # written by `wsis fetch` beside the documents


class IndexSink(Protocol):
    """Where ingested paragraphs and their vectors go (implemented by ``IndexStore``)."""

    model_label: str

    def lock(self) -> AbstractContextManager[None]: ...
    def manifest(self) -> Any: ...  # .documents: {doc_id: record with .sha256}
    def embedder(self) -> Any: ...  # llama-index BaseEmbedding, loaded only when something changed
    def check_model(self, model: str) -> None: ...
    def collect_garbage(self) -> int: ...
    def remove_document(self, doc_id: str) -> bool: ...
    def new_generation(self, sha256: str) -> str: ...
    def replace_document(self, info: DocumentInfo, sha256: str, generation: str, paragraphs: list[Paragraph],
                         windows: list, model: str) -> Any: ...


@dataclass
class FileResult:
    path: str
    status: str  # added | replaced | unchanged | failed
    doc_id: str = ""
    message: str = ""
    paragraphs: int = 0


@dataclass
class IngestReport:
    results: list[FileResult] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    windows: int = 0

    @property
    def ok(self) -> bool:
        return all(r.status != "failed" for r in self.results)

    def count(self, status: str) -> int:
        return sum(r.status == status for r in self.results)

    @property
    def paragraphs(self) -> int:
        return sum(r.paragraphs for r in self.results if r.status in ("added", "replaced"))

    def to_dict(self) -> dict:
        return {
            "ok": self.ok,
            "files": [r.__dict__ for r in self.results],
            "counts": {s: self.count(s) for s in ("added", "replaced", "unchanged", "failed")},
            "paragraphs": self.paragraphs,
            "windows": self.windows,
            "timings": {k: round(v, 3) for k, v in self.timings.items()},
        }


@dataclass
class _Prepared:
    path: Path
    sha256: str
    info: DocumentInfo
    paragraphs: list[Paragraph]
    replaces: bool


def collect_files(paths: list[Path]) -> tuple[list[Path], list[FileResult]]:
    """Expand folders (recursively, hidden files skipped); report paths that do not exist."""
    files: list[Path] = []
    errors: list[FileResult] = []
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                rel = child.relative_to(path)
                if child.is_file() and not any(part.startswith(".") for part in rel.parts) and child.name not in SKIPPED_NAMES:
                    files.append(child)
        elif path.is_file():
            files.append(path)
        else:
            errors.append(FileResult(str(path), "failed", message=f"{path}: no such file or folder"))
    return files, errors


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _norm_symbol(symbol: str) -> str:
    return re.sub(r"[^a-z0-9]", "", symbol.lower())


def document_info(path: Path, parsed: ParsedDocument) -> DocumentInfo:
    """Catalog metadata when the file is a catalog document (by file name or symbol), else detected."""
    catalog = catalog_by_id()
    stem_id = local_doc_id(path)
    symbol = detect_symbol(parsed)
    entry = catalog.get(stem_id)
    if entry is None and symbol:
        entry = next((e for e in catalog.values() if e.symbol and _norm_symbol(e.symbol) == _norm_symbol(symbol)), None)
    if entry is not None:
        return entry.to_info(source=str(path))
    title = detect_title(parsed) or parsed.title or path.stem
    return DocumentInfo(doc_id=stem_id, title=title, symbol=symbol, source=str(path))


def _prepare(path: Path, settings: Settings, live_shas: dict[str, str], seen: dict[str, str]) -> _Prepared | FileResult:
    max_bytes = int(settings.max_file_mb * 2**20)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ParseError(f"{path}: too large: {size / 2**20:.1f} MB > {settings.max_file_mb:g} MB limit (WSIS_MAX_FILE_MB)")
        if path.suffix.lower() not in SUPPORTED_SUFFIXES:
            raise ParseError(f"{path}: unsupported format '{path.suffix or '(none)'}' (supported: {', '.join(sorted(SUPPORTED_SUFFIXES))})")
        sha = file_sha256(path)
        if sha in live_shas:
            return FileResult(str(path), "unchanged", live_shas[sha])
        parsed = parse_file(path, max_bytes=max_bytes)
        info = document_info(path, parsed)
        if info.doc_id in seen:
            raise ParseError(f"{path}: same doc_id {info.doc_id!r} as {seen[info.doc_id]}; rename one of them")
        paragraphs = structure(parsed, info.doc_id)
        if not paragraphs:
            raise ParseError(f"{path}: no text paragraphs found")
    except ParseError as exc:
        return FileResult(str(path), "failed", message=_one_line(str(exc), path))
    except OSError as exc:
        return FileResult(str(path), "failed", message=f"{path}: cannot read: {exc.strerror or exc}")
    except Exception as exc:  # a parser bug must not stop the other files
        log.debug("unexpected parse failure", exc_info=True)
        return FileResult(str(path), "failed", message=f"{path}: could not parse: {type(exc).__name__}: {exc}")
    seen[info.doc_id] = str(path)
    return _Prepared(path, sha, info, paragraphs, replaces=False)


def _one_line(message: str, path: Path) -> str:
    message = " ".join(message.split())
    return message if str(path) in message or path.name in message else f"{path}: {message}"


def ingest(paths: list[Path], settings: Settings, store: IndexSink, progress: bool = True,
           rebuild: bool = False) -> IngestReport:
    """Ingest files and folders into ``store``; never raises for bad files."""
    report = IngestReport()
    model = store.model_label
    started = time.perf_counter()
    files, report.results = collect_files(paths)
    for failed in report.results:
        log.error("error: %s", failed.message)
    with store.lock(), logging_redirect_tqdm():
        if rebuild:
            for doc_id in list(store.manifest().documents):
                store.remove_document(doc_id)
        store.check_model(model)
        store.collect_garbage()
        manifest = store.manifest()
        live_shas = {r.sha256: d for d, r in manifest.documents.items()}
        prepared: list[_Prepared] = []
        seen: dict[str, str] = {}
        for path in tqdm(files, desc="parsing", unit="file", disable=not progress, leave=False):
            outcome = _prepare(path, settings, live_shas, seen)
            if isinstance(outcome, FileResult):
                report.results.append(outcome)
                if outcome.status == "failed":
                    log.error("error: %s", outcome.message)
            else:
                outcome.replaces = outcome.info.doc_id in manifest.documents
                prepared.append(outcome)
        report.timings["parse"] = time.perf_counter() - started
        if prepared:
            _embed_and_store(prepared, store, settings, model, report, progress)
    report.timings["total"] = time.perf_counter() - started
    return report


def _embed_and_store(prepared: list[_Prepared], store: IndexSink, settings: Settings, model: str,
                     report: IngestReport, progress: bool) -> None:
    t0 = time.perf_counter()
    embedder = store.embedder()
    report.timings["model_load"] = time.perf_counter() - t0
    words = settings.window_words
    plans = []
    for item in prepared:
        generation = store.new_generation(item.sha256)
        windows = [w for p in item.paragraphs for w in make_windows(p, item.info, generation, words)]
        plans.append((item, generation, windows))
    total = sum(len(w) for _, _, w in plans)
    embed_time = store_time = 0.0
    with tqdm(total=total, desc="embedding", unit="passage", disable=not progress, leave=False) as bar:
        for item, generation, windows in plans:
            vectors: list[list[float]] = []
            t0 = time.perf_counter()
            for start in range(0, len(windows), 64):
                batch = [text for _, text, _ in windows[start : start + 64]]
                vectors.extend(embedder.get_text_embedding_batch(batch))
                bar.update(len(batch))
            embed_time += time.perf_counter() - t0
            t0 = time.perf_counter()
            store.replace_document(
                item.info, item.sha256, generation, item.paragraphs,
                [(nid, text, meta, vec) for (nid, text, meta), vec in zip(windows, vectors)], model,
            )
            store_time += time.perf_counter() - t0
            status = "replaced" if item.replaces else "added"
            report.results.append(FileResult(str(item.path), status, item.info.doc_id, paragraphs=len(item.paragraphs)))
    report.windows = total
    report.timings["embed"] = embed_time
    report.timings["store"] = store_time
