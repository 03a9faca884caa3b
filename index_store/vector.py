"""Chroma (embedded or server) through llama-index's ChromaVectorStore.

Embedded Chroma keeps its vector index in memory and never re-reads what another process wrote,
so each process holds one shared :class:`VectorIndex` per index folder, reopened (a fresh Chroma
system) when the index's stamp changes; the old one is stopped once its last query has finished.
A Chroma server needs no reopening: every client sees every write.
"""
from __future__ import annotations

import logging
import math
import os
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Hashable, Iterator
from urllib.parse import urlparse

import chromadb
from chromadb.config import Settings as ChromaSettings
from llama_index.core.schema import NodeRelationship, RelatedNodeInfo, TextNode
from llama_index.core.vector_stores.types import (
    FilterOperator,
    MetadataFilter,
    MetadataFilters,
    VectorStoreQuery,
)
from llama_index.vector_stores.chroma import ChromaVectorStore

log = logging.getLogger("wsis.index_store")


def make_client(chroma_url: str, persist_dir: Path, fresh: bool = False):
    """Embedded persistent Chroma by default; a Chroma server (HttpClient) when a URL is given.

    ``fresh`` (embedded only) builds a new Chroma system instead of the one this process cached
    for ``persist_dir``, so that it loads what other processes wrote."""
    settings = ChromaSettings(anonymized_telemetry=False)
    if chroma_url:
        url = urlparse(chroma_url if "://" in chroma_url else f"http://{chroma_url}")
        return chromadb.HttpClient(
            host=url.hostname or "localhost",
            port=url.port or (443 if url.scheme == "https" else 8000),
            ssl=url.scheme == "https",
            settings=settings,
        )
    persist_dir.mkdir(parents=True, exist_ok=True)
    if fresh:
        _forget_system(str(persist_dir))
    return chromadb.PersistentClient(path=str(persist_dir), settings=settings)


def _forget_system(identifier: str) -> None:
    """Drop Chroma's per-process cache entry for a persist folder (the system itself stays
    usable by whoever still holds it)."""
    from chromadb.api.shared_system_client import SharedSystemClient

    with SharedSystemClient._refcount_lock:
        SharedSystemClient._identifier_to_system.pop(identifier, None)
        SharedSystemClient._identifier_to_refcount.pop(identifier, None)


_REGISTRY: dict[tuple[str, str, str], "VectorIndex"] = {}
_REGISTRY_LOCK = threading.Lock()


def shared_index(chroma_url: str, persist_dir: Path, collection: str, stamp: Hashable) -> "VectorIndex":
    """This process's VectorIndex for an index, reopened when ``stamp`` (what the index's files
    say about its state) differs from the one it was opened at; embedded Chroma only."""
    key = (chroma_url, str(persist_dir), collection)
    with _REGISTRY_LOCK:
        current = _REGISTRY.get(key)
        if current is not None and (chroma_url or current.stamp == stamp):
            return current
        fresh = VectorIndex(chroma_url, persist_dir, collection, fresh=current is not None)
        fresh.stamp = stamp
        _REGISTRY[key] = fresh
    if current is not None:
        log.debug("index changed on disk: reopened embedded Chroma at %s", persist_dir)
        current.retire()
    return fresh


def mark_current(chroma_url: str, persist_dir: Path, collection: str, stamp: Hashable) -> None:
    """Record that this process's index is up to date at ``stamp`` (after its own writes)."""
    with _REGISTRY_LOCK:
        current = _REGISTRY.get((chroma_url, str(persist_dir), collection))
        if current is not None:
            current.stamp = stamp


@dataclass
class DenseHit:
    paragraph_id: str
    score: float  # cosine similarity


class VectorIndex:
    """Vectors of paragraph windows; each generation of a document is one llama-index ref doc."""

    def __init__(self, chroma_url: str, persist_dir: Path, collection: str, fresh: bool = False):
        self.client = make_client(chroma_url, persist_dir, fresh=fresh)
        self._system = None if chroma_url else self.client._system  # to stop it once retired
        self.collection = self.client.get_or_create_collection(collection, metadata={"hnsw:space": "cosine"})
        self.store = ChromaVectorStore(chroma_collection=self.collection)
        self.stamp: Hashable = None
        self._users = 0
        self._retired = False
        self._state = threading.Lock()

    @contextmanager
    def lease(self) -> Iterator["VectorIndex"]:
        """Use this index; a retired one is stopped only after its last lease ends."""
        with self._state:
            self._users += 1
        try:
            yield self
        finally:
            with self._state:
                self._users -= 1
                stop = self._retired and self._users == 0
            if stop:
                self._stop()

    def retire(self) -> None:
        with self._state:
            self._retired = True
            stop = self._users == 0
        if stop:
            self._stop()

    def _stop(self) -> None:
        try:
            if self._system is not None:
                self._system.stop()
        except Exception as exc:  # never fail a request over releasing an old client
            log.debug("stopping a retired Chroma client failed: %s", exc)

    def add(self, ref_doc: str, windows: list[tuple[str, str, dict, list[float]]], on_batch=None) -> None:
        """Add (node_id, text, metadata, embedding) windows under the ref doc ``doc_id@generation``."""
        nodes = []
        for node_id, text, metadata, embedding in windows:
            node = TextNode(id_=node_id, text=text, metadata=metadata, embedding=embedding)
            node.relationships[NodeRelationship.SOURCE] = RelatedNodeInfo(node_id=ref_doc)
            node.excluded_embed_metadata_keys = list(metadata)
            node.excluded_llm_metadata_keys = list(metadata)
            nodes.append(node)
        batch = int(os.environ.get("WSIS_STORE_BATCH", "1000"))
        for start in range(0, len(nodes), batch):
            self.store.add(nodes[start : start + batch])
            if on_batch is not None:
                on_batch()

    def delete(self, ref_doc: str) -> None:
        self.store.delete(ref_doc_id=ref_doc)

    SETTLE_ID = "wsis-settle-no-such-window"

    def settle(self) -> None:
        """Apply writes a killed process left in Chroma's write-ahead log. A local client applies
        pending log records only on its next write, so until then ``get`` cannot see them and a
        ``delete(where=...)`` misses them; a delete of an id that never exists is that write."""
        self.collection.delete(ids=[self.SETTLE_ID])

    def generations(self) -> set[str]:
        """Every generation that has vectors (used to garbage-collect killed runs; call ``settle`` first)."""
        found: set[str] = set()
        offset, page = 0, 5000
        while True:
            got = self.collection.get(include=["metadatas"], limit=page, offset=offset)
            metas = got.get("metadatas") or []
            found.update(str(m.get("generation", "")) for m in metas if m)
            if len(metas) < page:
                return found
            offset += page

    def delete_generation(self, generation: str) -> None:
        self.collection.delete(where={"generation": generation})

    def count(self) -> int:
        return self.collection.count()

    def query(self, embedding: list[float], k: int, generations: list[str], all_live: bool = False) -> list[DenseHit]:
        """Top windows for ``embedding`` among the given generations, one hit per paragraph, best first.

        With ``all_live`` (no filter asked for) the query runs unfiltered, which is much faster on a
        large collection, and drops what a killed run may have left behind; it falls back to the
        filtered query when too few live hits remain."""
        if not generations:
            return []
        if all_live:
            result = self.store.query(VectorStoreQuery(query_embedding=embedding, similarity_top_k=k))
            live = set(generations)
            hits = [(n, s) for n, s in zip(result.nodes or [], result.similarities or []) if n.metadata.get("generation") in live]
            if len(hits) == len(result.nodes or []) or len(hits) >= k:
                return _best_per_paragraph(hits)
        where = MetadataFilters(filters=[MetadataFilter(key="generation", value=generations, operator=FilterOperator.IN)])
        result = self.store.query(VectorStoreQuery(query_embedding=embedding, similarity_top_k=k, filters=where))
        return _best_per_paragraph(list(zip(result.nodes or [], result.similarities or [])))


def _best_per_paragraph(hits: list) -> list[DenseHit]:
    best: dict[str, float] = {}
    for node, similarity in hits:
        pid = node.metadata["paragraph_id"]
        cosine = 1.0 + math.log(max(similarity, 1e-12))  # the store reports exp(-distance)
        best[pid] = max(best.get(pid, -1.0), cosine)
    return [DenseHit(pid, s) for pid, s in sorted(best.items(), key=lambda kv: -kv[1])]
