"""Paragraphs -> embedding windows. A paragraph longer than the model's window is split into
overlapping windows that share the paragraph id, so its tail still counts for dense retrieval. A
paragraph with sub-items ("We commit to: (a) ...; (b) ...") also gets one window per item, with its
lead-in: a question about one commitment of a long list ("how is the forum paid for?" / "(b) support
the forum, including through voluntary funding") is not diluted by the other items. Dense retrieval
keeps a paragraph's best window (``index_store.vector``)."""
from __future__ import annotations

import re

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
    lead = lead_in(paragraph)
    for key, item in (paragraph.sub_items.items() if len(paragraph.sub_items) >= 2 else []):
        n = len(out)
        body = " ".join(f"{lead}\n({key}) {item}".split()[: max(1, max_words - len(header.split()))])
        metadata = {"paragraph_id": paragraph.id, "doc_id": paragraph.doc_id, "label": paragraph.label,
                    "generation": generation, "window": n, "item": key}
        out.append((f"{paragraph.doc_id}@{generation}#{paragraph.label}~{n}", f"{header}\n{body}", metadata))
    return out


_MARKER_AT_END = re.compile(r"\s*[(（]?[^\s()（）]{1,5}[)）.]\s*$")  # "(a)", "b)", "(iv)", "(أ)", "（a）"


def lead_in(paragraph: Paragraph, max_words: int = 40) -> str:
    """The paragraph's text before its first sub-item ("We commit to:"), at most ``max_words`` words."""
    first = next(iter(paragraph.sub_items.values()), "")
    text = paragraph.text
    at = text.find(first[:40]) if first else -1
    if at <= 0:
        return " ".join(text.split("\n", 1)[0].split()[:max_words])
    start = text.rfind("\n", 0, at) + 1  # the first item's line, marker included
    intro = text[:start] if start > 0 else _MARKER_AT_END.sub("", text[:at])
    return " ".join(intro.split()[:max_words])
