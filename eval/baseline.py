"""The generic baseline: the llama-index quick start on the same suite and the same corpus files.

``SimpleDirectoryReader`` over the files this project indexed -> ``VectorStoreIndex`` (in memory)
with the same embedding model and ``SentenceSplitter`` chunks (256 and 512 tokens by default) ->
top-3 retrieval of the question alone (the quick start keeps no conversation history). PDF files
are read page by page with pypdf, as ``llama-index-readers-file``'s ``PDFReader`` does, when that
package is absent; other files are read as text, as the quick start does.

Per question kind, side by side with this project:

- evidence recall at 3: the share of a question's nuggets found inside one retrieved chunk of a gold
  document (baseline), inside one of the first 3 retrieved paragraphs of a gold document, and inside
  a quoted sentence citing a gold-document paragraph (this project; both shown, so a loss between
  retrieval and quoting is visible);
- what the baseline cannot do at all: cite paragraph labels, resolve look-ups ("TA 72(b)")
  deterministically, abstain (it always returns 3 chunks), shown as such rather than as zeros;
- retrieval latency p50 (query embedding and search) for both.
"""
from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Any

from wsis.eval import metrics as M
from wsis.eval.questions import SPLITS, Suite, is_unanswerable_kind
from wsis.eval.scoring import evidence_recall, gold_docs

DEFAULT_CHUNKS = (256, 512)
TOP_K = 3
CANNOT = {
    "labels": "cites no paragraph number: chunks are cut by token count, not by paragraph",
    "lookups": "no reference resolution: 'TA 72(b)' is a similarity search like any other query",
    "abstention": "cannot abstain: always returns the top 3 chunks",
}


class BaselineError(ValueError):
    """A bad --baseline value or no corpus files; str() is one line."""


def parse_baseline(values: tuple[str, ...]) -> list[int]:
    """``llamaindex`` -> the default chunk sizes; ``llamaindex:384`` -> [384]."""
    chunks: list[int] = []
    for value in values:
        name, _, size = value.partition(":")
        if name.strip().lower() not in ("llamaindex", "llama-index", "llama_index"):
            raise BaselineError(f"--baseline {value}: unknown baseline (known: llamaindex[:CHUNK])")
        if not size:
            chunks += list(DEFAULT_CHUNKS)
            continue
        try:
            n = int(size)
        except ValueError:
            raise BaselineError(f"--baseline {value}: chunk size {size!r} is not a whole number") from None
        if not 32 <= n <= 8192:
            raise BaselineError(f"--baseline {value}: chunk size must be between 32 and 8192 tokens")
        chunks.append(n)
    return list(dict.fromkeys(chunks))


def _pdf_reader():
    from llama_index.core import Document
    from llama_index.core.readers.base import BaseReader

    class PyPDFPages(BaseReader):
        """One Document per page, like llama-index-readers-file's PDFReader."""

        def load_data(self, file: Path, extra_info: dict | None = None, **_: Any) -> list:
            from pypdf import PdfReader

            reader = PdfReader(str(file))
            return [Document(text=page.extract_text() or "", metadata={"page_label": str(i + 1), **(extra_info or {})})
                    for i, page in enumerate(reader.pages)]

    return PyPDFPages()


def load_documents(files: list[str]) -> tuple[list, str]:
    from llama_index.core import SimpleDirectoryReader

    extractor = None
    reader_note = "SimpleDirectoryReader defaults (llama-index-readers-file)"
    try:
        import llama_index.readers.file  # noqa: F401
    except ImportError:
        extractor = {".pdf": _pdf_reader()}
        reader_note = "SimpleDirectoryReader; PDF pages by pypdf (llama-index-readers-file is not installed); others as text"
    quiet = logging.getLogger("llama_index.core.readers.file.base")
    level = quiet.level
    quiet.setLevel(logging.ERROR)  # the missing-package warning, said once in the report instead
    try:
        docs = SimpleDirectoryReader(input_files=files, file_extractor=extractor).load_data()
    finally:
        quiet.setLevel(level)
    return docs, reader_note


class QuickStart:
    """An in-memory ``VectorStoreIndex`` over the files, retrieving the top 3 chunks."""

    def __init__(self, documents: list, embed_model, chunk: int):
        from llama_index.core import VectorStoreIndex
        from llama_index.core.node_parser import SentenceSplitter

        t0 = time.perf_counter()
        splitter = SentenceSplitter(chunk_size=chunk)
        self.index = VectorStoreIndex.from_documents(documents, embed_model=embed_model, transformations=[splitter])
        self.retriever = self.index.as_retriever(similarity_top_k=TOP_K)
        self.chunks = len(self.index.docstore.docs)
        self.index_seconds = time.perf_counter() - t0

    def retrieve(self, question: str) -> tuple[list[tuple[str, str]], float]:
        """[(file path, chunk text)] of the top 3, and the seconds it took."""
        t0 = time.perf_counter()
        nodes = self.retriever.retrieve(question)
        seconds = time.perf_counter() - t0
        return [(str(Path(n.node.metadata.get("file_path", "")).resolve()), n.node.get_content()) for n in nodes], seconds


def _summary(rows: list[dict]) -> dict[str, Any]:
    return {"questions": len(rows),
            "evidence@3": M.mean(r.get("evidence@3") for r in rows),
            "retrieval_latency_p50": M.percentile([r["latency"] for r in rows], 50),
            "gold_document_in_top3": M.mean(r.get("gold_doc_hit") for r in rows)}


def run_baseline(suite: Suite, assistant, chunks: list[int], questions: list | None = None) -> dict[str, Any]:
    """The quick start on the suite's questions, per chunk size, per kind and split."""
    from wsis.eval.corpus import source_files
    from wsis.index_store.embeddings import get_embed_model

    files = source_files(assistant)
    if not files:
        raise BaselineError("--baseline: the index names no local source files to read (re-ingest the corpus)")
    documents, reader_note = load_documents(sorted(files))
    embed_model = get_embed_model(assistant.settings.embed_model)
    questions = questions if questions is not None else suite.questions
    out: dict[str, Any] = {"system": "llama-index quick start (SimpleDirectoryReader -> VectorStoreIndex, top 3)",
                           "embed_model": assistant.settings.embed_model, "reader": reader_note,
                           "files": len(files), "cannot": CANNOT, "runs": {}}
    for chunk in chunks:
        qs = QuickStart(documents, embed_model, chunk)
        qs.retrieve("warm-up")
        rows = []
        for q in questions:
            retrieved, seconds = qs.retrieve(q.question)
            row: dict[str, Any] = {"id": q.id, "kind": q.kind, "split": q.split, "latency": seconds,
                                   "answerable": q.answerable}
            if q.answerable and q.nuggets:
                docs = gold_docs(q)
                texts = [t for path, t in retrieved if files.get(path) in docs]
                row["evidence@3"] = evidence_recall(q.nuggets, texts)
                row["gold_doc_hit"] = float(bool(texts))
            rows.append(row)
        by_kind: dict[str, dict[str, Any]] = {}
        for kind in dict.fromkeys(r["kind"] for r in rows):
            by_kind[kind] = {s: _summary([r for r in rows if r["kind"] == kind and r["split"] == s]) for s in SPLITS}
            if is_unanswerable_kind(kind):
                for s in SPLITS:
                    by_kind[kind][s]["abstention"] = "cannot"
        out["runs"][str(chunk)] = {"chunk_size": chunk, "chunks": qs.chunks, "index_seconds": round(qs.index_seconds, 2),
                                   "by_kind": by_kind, "questions": rows}
    return out
