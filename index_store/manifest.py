"""The index manifest: which generation of each document is live. Writing it is the commit point.

A document is replaced by writing its new generation (paragraph file + vectors) first, then
swapping the manifest atomically (``os.replace``), then deleting the old generation. A run killed
at any moment therefore leaves every document either as it was or fully replaced.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from wsis.files import write_atomic
from wsis.types import DocumentInfo


@dataclass
class DocRecord:
    """One live document in the index."""

    info: DocumentInfo
    generation: str
    sha256: str
    paragraphs: int
    numbered: int
    pages: int
    windows: int
    ingested_at: str
    structure: dict[str, Any] = field(default_factory=dict)  # the structure report (ingest.report), {} for old records

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["info"] = self.info.to_dict()
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "DocRecord":
        data = dict(data)
        data["info"] = DocumentInfo(**data["info"])
        return cls(**data)


@dataclass
class Manifest:
    embedding_model: str = ""
    documents: dict[str, DocRecord] = field(default_factory=dict)

    @property
    def generations(self) -> list[str]:
        return [r.generation for r in self.documents.values()]

    def digest(self) -> str:
        """Changes whenever the set of live generations changes."""
        return hashlib.sha256("|".join(sorted(self.generations)).encode()).hexdigest()[:16]

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": 1,
            "embedding_model": self.embedding_model,
            "documents": {k: v.to_dict() for k, v in sorted(self.documents.items())},
        }


def load_manifest(path: Path) -> Manifest:
    if not path.exists():
        return Manifest()
    data = json.loads(path.read_text(encoding="utf-8"))
    docs = {k: DocRecord.from_dict(v) for k, v in data.get("documents", {}).items()}
    return Manifest(embedding_model=data.get("embedding_model", ""), documents=docs)


def save_manifest(path: Path, manifest: Manifest) -> None:
    write_atomic(path, json.dumps(manifest.to_dict(), indent=1, ensure_ascii=False))
