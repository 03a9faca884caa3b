"""Parsing helpers of the structure and specimen tests: paragraphs by label, the documents of a file, invariants."""
from __future__ import annotations

import re
from pathlib import Path

from wsis.ingest.documents import identify, split_documents
from wsis.ingest.parsers import parse_file
from wsis.ingest.structure import local_doc_id, structure, structure_parts
from wsis.types import Paragraph

NUMS = lambda a, b: [str(n) for n in range(a, b + 1)]  # noqa: E731


def paras(path: Path) -> list[Paragraph]:
    return structure(parse_file(path), local_doc_id(path))


def by_label(items: list[Paragraph]) -> dict[str, Paragraph]:
    return {p.label: p for p in items}


def labels(items: list[Paragraph]) -> list[str]:
    return [p.label for p in items]


def documents(path: Path) -> dict[str, tuple[list[Paragraph], dict]]:
    parsed = parse_file(path)
    who = identify(path, parsed)
    return {d.info.doc_id: (d.paragraphs, d.report) for d in split_documents(path, parsed, structure_parts(parsed, who.info.doc_id), who)}


def _check_invariants(items: list[Paragraph], doc_id: str) -> None:
    labels = [p.label for p in items]
    assert len(labels) == len(set(labels)), labels
    assert [p.order for p in items] == list(range(len(items)))
    for p in items:
        assert p.doc_id == doc_id and p.text.strip() and p.text == p.text.strip()
        assert p.numbered == p.label.isdigit()
        assert not re.match(r"after-|part\d|fragment", p.label)
        assert len(p.pages) == len(p.page_labels)
        assert not re.search(r"[ \t]{2,}", p.text)
