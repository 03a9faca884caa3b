"""Paragraph files: the full text of every live paragraph, one JSONL file per document generation.

They are the source of truth for paragraph lookup, neighbours, BM25 and quotes; Chroma holds the
vectors of the same generations.
"""
from __future__ import annotations

import json
from pathlib import Path

from wsis.types import Paragraph
from wsis.files import write_atomic


def paragraph_file(root: Path, doc_id: str, generation: str) -> Path:
    return root / f"{doc_id}@{generation}.jsonl"


def write_paragraphs(root: Path, doc_id: str, generation: str, paragraphs: list[Paragraph]) -> Path:
    path = paragraph_file(root, doc_id, generation)
    lines = (json.dumps(p.to_dict(), ensure_ascii=False) for p in paragraphs)
    write_atomic(path, "\n".join(lines) + "\n")
    return path


def read_paragraphs(root: Path, doc_id: str, generation: str) -> list[Paragraph]:
    path = paragraph_file(root, doc_id, generation)
    with path.open(encoding="utf-8") as handle:
        return [Paragraph.from_dict(json.loads(line)) for line in handle if line.strip()]


def remove_stale(root: Path, live: set[tuple[str, str]], pattern: str = "*.jsonl") -> int:
    """Delete the ``DOC@GENERATION`` files of ``root`` (paragraph files, or sparse sidecars with
    ``pattern="*.npz"``) whose (doc_id, generation) is not live; return how many."""
    removed = 0
    if not root.exists():
        return 0
    for path in root.glob(pattern):
        doc_id, _, generation = path.stem.rpartition("@")
        if (doc_id, generation) not in live:
            path.unlink(missing_ok=True)
            removed += 1
    for tmp in root.glob(".*.tmp"):
        tmp.unlink(missing_ok=True)
    return removed
