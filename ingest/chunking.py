"""Paragraphs -> embedding windows. A paragraph longer than the model's window is split into
overlapping windows that share the paragraph id, so its tail still counts for dense retrieval."""
from __future__ import annotations

from wsis.types import DocumentInfo, Paragraph


def window_texts(text: str, max_words: int, overlap: int = 30) -> list[str]:
    words = text.split()
    if len(words) <= max_words:
        return [text]
    step = max(1, max_words - overlap)
    out = []
    for start in range(0, len(words), step):
        out.append(" ".join(words[start : start + max_words]))
        if start + max_words >= len(words):
            break
    return out


def embed_header(paragraph: Paragraph, info: DocumentInfo) -> str:
    """Context prepended to every window: document title and innermost section."""
    parts = [info.title] + paragraph.section[-1:]
    return " - ".join(p for p in parts if p)


def make_windows(paragraph: Paragraph, info: DocumentInfo, generation: str, max_words: int) -> list[tuple[str, str, dict]]:
    """(node id, text to embed, metadata) for each window of one paragraph."""
    header = embed_header(paragraph, info)
    texts = window_texts(paragraph.text, max_words - len(header.split()))
    out = []
    for n, body in enumerate(texts):
        metadata = {
            "paragraph_id": paragraph.id,
            "doc_id": paragraph.doc_id,
            "label": paragraph.label,
            "generation": generation,
            "window": n,
        }
        out.append((f"{paragraph.doc_id}@{generation}#{paragraph.label}~{n}", f"{header}\n{body}", metadata))
    return out
