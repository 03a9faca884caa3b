"""What is in the index: the documents and their counts, for `wsis status`, the API and the UI."""
from __future__ import annotations

from typing import Any

from assistant.settings import Settings
from index_store.store import IndexStore


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
            "paragraphs": r.paragraphs,
            "numbered_paragraphs": r.numbered,
            "pages": r.pages,
            "passages": r.windows,
            "source": r.info.source,
            "url": r.info.url,
            "sha256": r.sha256,
            "ingested_at": r.ingested_at,
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
        },
    }
