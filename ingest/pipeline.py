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
import time
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from tqdm import tqdm
from tqdm.contrib.logging import logging_redirect_tqdm

from wsis.settings import Settings
from wsis.types import DocumentInfo, Paragraph
from wsis.ingest.chunking import make_windows
from wsis.errors import ParseError
from wsis.ingest.documents import Identified, identify, split_documents
from wsis.ingest.language import annexes_in_order, as_version, file_language, language_of_path, own_language
from wsis.ingest.parsers import SUPPORTED_SUFFIXES, ParsedDocument, parse_file
from wsis.ingest.report import same_text
from wsis.ingest.structure import structure_parts

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
                         windows: list, model: str, structure: dict | None = None) -> Any: ...


@dataclass
class FileResult:
    path: str
    status: str  # added | replaced | unchanged | failed
    doc_id: str = ""
    message: str = ""
    paragraphs: int = 0
    verdict: str = ""  # the structure report's one line ("tunis-agenda: 122/122 paragraphs, 0 gaps")
    warnings: list[str] = field(default_factory=list)  # the structure report's warnings


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
    report: dict = field(default_factory=dict)
    whole: bool = True  # the file holds this text alone (not one text of several)


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


def document_info(path: Path, parsed: ParsedDocument) -> DocumentInfo:
    """Catalog metadata when the file's own header (or its name) is a catalog document's, else detected."""
    return identify(path, parsed).info


def _prepare(path: Path, settings: Settings, live: dict[str, Any], live_shas: dict[str, list[str]],
             seen: dict[str, _Prepared]) -> list[_Prepared | FileResult]:
    """Parse one file into its documents, each checked against this run's others and the live index."""
    max_bytes = int(settings.max_file_mb * 2**20)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ParseError(f"{path}: too large: {size / 2**20:.1f} MB > {settings.max_file_mb:g} MB limit (WSIS_MAX_FILE_MB)")
        if path.suffix.lower() not in SUPPORTED_SUFFIXES:
            raise ParseError(f"{path}: unsupported format '{path.suffix or '(none)'}' (supported: {', '.join(sorted(SUPPORTED_SUFFIXES))})")
        sha = file_sha256(path)
        if sha in live_shas:  # the stored structure report is repeated, so every run shows every verdict
            reports = {d: getattr(live[d], "structure", None) or {} for d in live_shas[sha]}
            return [FileResult(str(path), "unchanged", d, verdict=r.get("verdict", ""), warnings=list(r.get("warnings", [])))
                    for d, r in reports.items()]
        parsed = parse_file(path, max_bytes=max_bytes, max_text=int(settings.max_text_mb * 2**20))
        lang, base_path = language_of_path(path)  # tunis-agenda.fr.pdf: the French version of tunis-agenda
        who = identify(base_path, parsed)
        lang, who = file_language(lang, who, base_path, parsed)
        parts = structure_parts(parsed, who.info.doc_id)
        documents = split_documents(base_path, parsed, parts, who)
        if lang and lang != "en":
            documents = annexes_in_order(documents)
        documents = [as_version(d, lang, path, who) if lang and lang != "en" else own_language(d, lang, path)
                     for d in documents]
        if not any(d.paragraphs for d in documents):
            raise ParseError(f"{path}: no text paragraphs found")
    except ParseError as exc:
        return [FileResult(str(path), "failed", message=_one_line(str(exc), path))]
    except OSError as exc:
        return [FileResult(str(path), "failed", message=f"{path}: cannot read: {exc.strerror or exc}")]
    except Exception as exc:  # a parser bug must not stop the other files
        log.debug("unexpected parse failure", exc_info=True)
        return [FileResult(str(path), "failed", message=f"{path}: could not parse: {type(exc).__name__}: {exc}")]
    out: list[_Prepared | FileResult] = []
    for doc in documents:
        item = _Prepared(path, sha, doc.info, doc.paragraphs, False, doc.report, whole=len(documents) == 1)
        out.append(_claim(item, doc, live, seen))
    return out


def _claim(item: _Prepared, doc: Identified, live: dict[str, Any], seen: dict[str, _Prepared]) -> _Prepared | FileResult:
    """Who gets the doc_id: the same text twice is kept once; a different text claiming an official
    document already taken (this run, or live from another file) is kept under its own id, never
    silently replacing it."""
    doc_id, prints = item.info.doc_id, item.report.get("fingerprint", [])
    if not doc.catalog:  # a local text under another file name ("notes.pdf" and "notes-copy.pdf"): indexed once
        same = lambda other: bool(prints) and sorted(prints) == sorted(other or [])  # noqa: E731 (a revised draft is another text)
        twin = next((f"{o.path}" for o in seen.values() if o.info.doc_id != doc_id and same(o.report.get("fingerprint", []))), "") \
            or next((f"{r.info.source} ({d})" for d, r in live.items() if d != doc_id and r.info.source and Path(r.info.source).name != item.path.name
                     and same((getattr(r, "structure", None) or {}).get("fingerprint", []))), "")
        if twin:
            return FileResult(str(item.path), "unchanged", message=f"{item.path}: same text as {twin}; kept that one")
    other = seen.get(doc_id)
    record = live.get(doc_id)
    if other is not None and same_text(prints, other.report.get("fingerprint", [])):
        return FileResult(str(item.path), "unchanged", doc_id, f"{item.path}: {doc_id}: same text as {other.path}; kept one")
    if record is not None and record.sha256 != item.sha256 and same_text(prints, (getattr(record, "structure", None) or {}).get("fingerprint", [])) \
            and Path(record.info.source).name != item.path.name:
        return FileResult(str(item.path), "unchanged", doc_id, f"{item.path}: {doc_id}: same text as the indexed copy from {record.info.source}; kept it")
    taken_by = str(other.path) if other is not None else ""
    if not taken_by and record is not None and doc.catalog and record.info.source and Path(record.info.source).exists() \
            and Path(record.info.source).resolve() != item.path.resolve() and Path(record.info.source).name != item.path.name:
        taken_by = record.info.source
    if taken_by:
        if not doc.catalog:
            return FileResult(str(item.path), "failed", message=f"{item.path}: same doc_id {doc_id!r} as {taken_by}; rename one of them")
        own = _free_id(doc.fallback_id, item.path, live, seen)
        message = f"kept as {own!r}: {doc_id!r} is already taken by {taken_by} (remove it, or ingest with --rebuild, to replace it)"
        log.warning("warning: %s: %s", item.path, message)
        # the same document in another file: its date and process hold (the year and process filters); its names
        # stay the first copy's ("Tunis Agenda" names one text), and a text that differs is not linked to the official one
        item.info = DocumentInfo(doc_id=own, title=doc.fallback_title, symbol=item.info.symbol, date=item.info.date,
                                 process=item.info.process, source=str(item.path), lang=item.info.lang)
        for p in item.paragraphs:
            p.doc_id = own
        item.report = dict(item.report, verdict=item.report["verdict"].replace(doc_id, own, 1),
                           warnings=[*(w.replace(f"{doc_id}:", f"{own}:", 1) if w.startswith(f"{doc_id}:") else w
                                       for w in item.report["warnings"]), f"{own}: {message}"], expected=None)
        if own in seen:
            return FileResult(str(item.path), "failed", message=f"{item.path}: same doc_id {own!r} as {seen[own].path}; rename one of them")
    seen[item.info.doc_id] = item
    return item


def _free_id(wanted: str, path: Path, live: dict[str, Any], seen: dict[str, _Prepared]) -> str:
    """``wanted`` ("tunis-agenda-copy"), or "-2", "-3", ... after it when another file holds it (indexed
    before, or in this run): a second copy never replaces the first. The file that holds an id
    keeps it when ingested again."""
    for n in range(1, 1000):
        doc_id = wanted if n == 1 else f"{wanted}-{n}"
        record = live.get(doc_id)
        source = Path(record.info.source) if record is not None and record.info.source else None
        mine = source is not None and source.name == path.name and (not source.exists() or source.resolve() == path.resolve())
        if doc_id not in seen and (record is None or mine):
            return doc_id
    return f"{wanted}-{path.stem}"


def _one_line(message: str, path: Path) -> str:
    """One line naming the file as the user gave it ("bad/empty.txt: empty file", not "empty.txt: ...")."""
    message = " ".join(message.split())
    if message.startswith(f"{path.name}:") and str(path) != path.name:
        return f"{path}{message[len(path.name):]}"
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
        live_shas: dict[str, list[str]] = {}
        for doc_id, record in manifest.documents.items():
            live_shas.setdefault(record.sha256, []).append(doc_id)
        prepared: list[_Prepared] = []
        seen: dict[str, _Prepared] = {}
        for path in tqdm(files, desc="parsing", unit="file", disable=not progress, leave=False):
            for outcome in _prepare(path, settings, manifest.documents, live_shas, seen):
                if isinstance(outcome, FileResult):
                    report.results.append(outcome)
                    if outcome.status == "failed":
                        log.error("error: %s", outcome.message)
                    elif outcome.message:
                        log.info("%s", outcome.message)
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
                structure=item.report,
            )
            store_time += time.perf_counter() - t0
            status = "replaced" if item.replaces else "added"
            report.results.append(FileResult(str(item.path), status, item.info.doc_id, paragraphs=len(item.paragraphs),
                                             verdict=item.report.get("verdict", ""),
                                             warnings=list(item.report.get("warnings", []))))
    report.windows = total
    report.timings["embed"] = embed_time
    report.timings["store"] = store_time
