"""The Library tab's work: uploads (checked, copied to ``DATA_DIR/uploads``, indexed) and re-index.

An upload is copied into ``uploads/`` and indexed at once; a copy that ends up as the source of no
indexed document (it failed to parse, or a killed server never finished indexing it) is removed, so
the next Re-index never picks up a stray file silently: it reports and removes what it finds.
"""
from __future__ import annotations

import logging
import re
import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from wsis.assistant.library import ADD_DOCUMENTS_HINT, index_status, ingest_paths
from wsis.ingest.parsers import SUPPORTED_SUFFIXES

if TYPE_CHECKING:
    from wsis.assistant.api import Backend

log = logging.getLogger("wsis.ui")
UPLOAD_SUFFIXES = tuple(sorted(SUPPORTED_SUFFIXES))  # .docx .htm .html .md .pdf .txt
UPLOAD_KINDS = "PDF, DOCX, HTML, TXT or Markdown"
MAX_FILES_PER_UPLOAD = 20
Progress = Callable[..., Any]


def _no_progress(*args: Any, **kwargs: Any) -> None:
    return None


def safe_name(name: str) -> str:
    """A file name without path or unusual characters: "Staff Notes.MD" -> "Staff-Notes.md"."""
    stem, dot, suffix = Path(name).name.rpartition(".")
    stem = re.sub(r"[^A-Za-z0-9._-]+", "-", stem if dot else suffix).strip("-.") or "document"
    return f"{stem}.{suffix.lower()}" if dot else stem


def _printable(text: str) -> str:
    """A file name or message as valid UTF-8 (undecodable bytes of a name arrive as lone surrogates)."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _relative(message: str, files: dict[str, str]) -> str:
    for full, shown in files.items():
        message = message.replace(full, shown)
    return _printable(message)


def ingest_log(report, shown: dict[str, str]) -> list[str]:
    """One line per file ("added      notes.md -> notes (2 paragraphs)") and a summary line."""
    lines = []
    for r in report.results:
        name = shown.get(r.path, Path(r.path).name)
        if r.status == "failed":
            lines.append(f"failed     {_relative(r.message, shown)}")
        else:
            extra = f" ({r.paragraphs} paragraphs)" if r.paragraphs else ""
            lines.append(f"{r.status:10} {_printable(name)} -> {r.doc_id}{extra}")
    counts = ", ".join(f"{report.count(s)} {s}" for s in ("added", "replaced", "unchanged", "failed"))
    lines.append(f"Done: {counts}; {report.paragraphs} paragraphs in {report.timings.get('total', 0):.1f}s.")
    return lines


def _indexed_sources(backend: Backend) -> set[str]:
    docs = index_status(backend.settings, backend.assistant.store)["documents"]
    return {str(Path(d["source"]).resolve()) for d in docs if d.get("source")}


def remove_orphans(backend: Backend, candidates: list[Path] | None = None) -> list[str]:
    """Delete files of ``uploads/`` (or of ``candidates``) that no indexed document comes from."""
    uploads = backend.settings.data_dir / "uploads"
    if candidates is None:
        candidates = [f for f in sorted(uploads.iterdir()) if f.is_file()] if uploads.is_dir() else []
    sources = _indexed_sources(backend)
    removed = []
    for f in candidates:
        if f.is_file() and str(f.resolve()) not in sources:
            f.unlink(missing_ok=True)
            removed.append(f.name)
    return removed


def add_files(backend: Backend, files: list[str] | None, progress: Progress = _no_progress) -> str:
    """Check, copy and index uploaded files; the indexing report as text."""
    settings = backend.settings
    files = [f for f in (files or []) if f]
    if not files:
        return f"Choose one or more files first ({UPLOAD_KINDS})."
    if len(files) > MAX_FILES_PER_UPLOAD:
        return f"At most {MAX_FILES_PER_UPLOAD} files at a time ({len(files)} chosen)."
    progress(0, desc="Checking files")
    uploads = settings.data_dir / "uploads"
    uploads.mkdir(parents=True, exist_ok=True)
    limit = settings.max_file_mb * 2**20
    lines: list[str] = []
    accepted: list[Path] = []
    shown: dict[str, str] = {}
    for f in files:
        src = Path(f)
        name = safe_name(src.name)
        suffix = Path(name).suffix.lower()
        size = src.stat().st_size if src.exists() else 0
        if suffix not in UPLOAD_SUFFIXES:
            lines.append(f"refused    {_printable(src.name)}: unsupported type '{suffix or '(none)'}' "
                         f"(allowed: {', '.join(UPLOAD_SUFFIXES)})")
        elif size == 0:
            lines.append(f"refused    {_printable(src.name)}: the file is empty")
        elif size > limit:
            lines.append(f"refused    {_printable(src.name)}: {size / 2**20:.1f} MB is over the "
                         f"{settings.max_file_mb:g} MB limit (WSIS_MAX_FILE_MB)")
        else:
            dest = uploads / name
            shutil.copyfile(src, dest)
            accepted.append(dest)
            shown[str(dest)] = name
    if accepted:
        progress(0.05, desc=f"Indexing {len(accepted)} file(s)")
        try:
            report = ingest_paths(accepted, settings, progress=True)
            lines += ingest_log(report, shown)
        except Exception as exc:  # e.g. index built with another embedding model
            log.exception("ingest failed")
            lines.append(f"Indexing failed: {exc}")
        remove_orphans(backend, accepted)  # failed or duplicate copies are not kept
        backend.corpus()
    return "\n".join(lines)


def reindex(backend: Backend, rebuild: bool, progress: Progress = _no_progress) -> str:
    """Read every source file again (changed ones replaced, unchanged skipped); the report as text."""
    settings = backend.settings
    stray = remove_orphans(backend)
    docs = index_status(settings, backend.assistant.store)["documents"]
    files: dict[str, Path] = {}
    missing = []
    for d in docs:
        src = Path(d["source"]) if d["source"] else None
        if src is not None and src.is_file():
            files[str(src.resolve())] = src
        else:
            missing.append(d["doc_id"])
    if settings.corpus_dir.is_dir():
        for f in sorted(settings.corpus_dir.iterdir()):
            if f.is_file() and not f.name.startswith(".") and f.name != "manifest.json":
                files.setdefault(str(f.resolve()), f)
    notes = [f"Removed {name} from uploads: an unfinished upload, never indexed (upload it again)" for name in stray]
    if rebuild and missing:
        return "\n".join(notes + [
            f"Not rebuilt: the source files of {', '.join(missing)} are gone; re-upload them or re-index "
            "without rebuilding (changed files are replaced, unchanged ones skipped)."])
    if not files:
        return "\n".join(notes + ["Nothing to index. " + ADD_DOCUMENTS_HINT])
    progress(0, desc="Re-indexing")
    shown = {str(p): p.name for p in files.values()}
    try:
        report = ingest_paths(list(files.values()), settings, progress=True, rebuild=bool(rebuild))
        lines = ingest_log(report, shown)
    except Exception as exc:
        log.exception("re-index failed")
        lines = [f"Re-indexing failed: {exc}"]
    if missing:
        lines.insert(0, f"Kept as indexed (source file gone): {', '.join(missing)}")
    backend.corpus()
    return "\n".join(notes + lines)
