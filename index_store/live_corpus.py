"""The live corpus: every live paragraph in document order, with lookups, filters and the links
between a document and its language versions. Built by ``IndexStore.corpus`` for each manifest."""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from wsis.types import DocumentInfo, Filters, Paragraph

LANGUAGE_ORDER = ("en", "ar", "zh", "fr", "ru", "es")  # English first, then the UN's order


@dataclass
class LiveCorpus:
    """All live paragraphs in document order, with lookups; rebuilt when the manifest changes.

    Language versions (``DocumentInfo.parallel_of`` naming a live document) are in ``documents``
    and ``paragraphs`` like any other, but not in ``doc_order``: the corpus's documents are the base
    versions, a filter on a base document passes its language versions too, and
    :meth:`parallel` links a paragraph to its versions by identical label.
    """

    digest: str
    documents: dict[str, DocumentInfo]
    paragraphs: list[Paragraph]
    by_id: dict[str, int] = field(default_factory=dict)
    by_doc: dict[str, list[int]] = field(default_factory=dict)
    doc_index: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int32))
    doc_order: list[str] = field(default_factory=list)  # base and standalone documents
    all_order: list[str] = field(default_factory=list)  # every document, language versions included
    versions: dict[str, dict[str, str]] = field(default_factory=dict)  # base doc_id -> {lang: doc_id}, base included

    def __post_init__(self) -> None:
        self.by_id = {p.id: i for i, p in enumerate(self.paragraphs)}
        self.all_order = list(self.documents)
        self.doc_order = [d for d in self.all_order if self.base_of(d) == d]
        for d in self.all_order:
            langs = self.versions.setdefault(self.base_of(d), {})
            langs.setdefault(self.documents[d].lang or "en", d)
        position = {d: i for i, d in enumerate(self.all_order)}
        for i, p in enumerate(self.paragraphs):
            self.by_doc.setdefault(p.doc_id, []).append(i)
        self.doc_index = np.array([position[p.doc_id] for p in self.paragraphs], dtype=np.int32)

    def get(self, paragraph_id: str) -> Paragraph | None:
        i = self.by_id.get(paragraph_id)
        return None if i is None else self.paragraphs[i]

    # -- language versions ---------------------------------------------------------------------
    @property
    def languages(self) -> set[str]:
        """The languages of the live texts."""
        return {info.lang or "en" for info in self.documents.values()}

    def base_of(self, doc_id: str) -> str:
        """The base (English) document of a language version; a document without a live base is its own."""
        info = self.documents.get(doc_id)
        base = info.parallel_of if info is not None else ""
        return base if base and base != doc_id and base in self.documents else doc_id

    def with_versions(self, doc_ids: list[str]) -> list[str]:
        """The documents and their language versions."""
        out: list[str] = []
        for d in doc_ids:
            out.extend(v for v in [d, *self.versions.get(d, {}).values()] if v not in out)
        return out

    def base_id(self, paragraph_id: str) -> str:
        """The id of the base version's paragraph with the same label ("tunis-agenda.fr#72" -> "tunis-agenda#72")."""
        doc, _, label = paragraph_id.partition("#")
        return f"{self.base_of(doc)}#{label}"

    def in_language(self, paragraph_id: str, lang: str) -> Paragraph | None:
        """The paragraph of the ``lang`` version with the same label, None when there is none."""
        doc, _, label = self.base_id(paragraph_id).partition("#")
        version = self.versions.get(doc, {}).get(lang)
        return self.get(f"{version}#{label}") if version else None

    def parallel(self, paragraph_id: str) -> dict[str, Paragraph]:
        """Every live language version of a paragraph (itself included), English first."""
        if self.get(paragraph_id) is None:
            return {}
        doc = self.base_of(paragraph_id.partition("#")[0])
        langs = sorted(self.versions.get(doc, {}), key=lambda l: LANGUAGE_ORDER.index(l) if l in LANGUAGE_ORDER else 99)
        found = {lang: self.in_language(paragraph_id, lang) for lang in langs}
        return {lang: p for lang, p in found.items() if p is not None}

    def neighbours(self, paragraph_id: str, before: int = 1, after: int = 1) -> tuple[list[Paragraph], list[Paragraph]]:
        p = self.get(paragraph_id)
        if p is None:
            return [], []
        rows = self.by_doc[p.doc_id]
        at = rows.index(self.by_id[paragraph_id])
        return ([self.paragraphs[i] for i in rows[max(0, at - before) : at]],
                [self.paragraphs[i] for i in rows[at + 1 : at + 1 + after]])

    def allowed_docs(self, filters: Filters | None) -> list[str]:
        """Doc ids that pass the filters, in index order (base documents: their versions follow them)."""
        docs = self.doc_order
        if filters is None or filters.is_empty():
            return docs
        out = []
        for d in docs:
            info = self.documents[d]
            if filters.doc_ids and d not in filters.doc_ids and not set(self.versions.get(d, {}).values()) & set(filters.doc_ids):
                continue
            undated_ok = filters.include_undated
            if filters.process and info.process.upper() != filters.process.upper():
                if info.process or not undated_ok:
                    continue
            year = info.year
            if year is None:
                if (filters.year_from or filters.year_to) and not undated_ok:
                    continue
            elif (filters.year_from and year < filters.year_from) or (filters.year_to and year > filters.year_to):
                continue
            out.append(d)
        return out

    def mask(self, filters: Filters | None) -> np.ndarray | None:
        if filters is None or filters.is_empty():
            return None
        position = {d: i for i, d in enumerate(self.all_order)}
        allowed = [position[d] for d in self.with_versions(self.allowed_docs(filters))]
        return np.isin(self.doc_index, allowed).astype(np.float32)

    def fold(self, scores: dict[str, float]) -> dict[str, float]:
        """Scores keyed by paragraph id, language versions folded into their base paragraph (the best
        score kept), so one paragraph never comes back twice in two languages."""
        if len(self.doc_order) == len(self.all_order):
            return scores
        out: dict[str, float] = {}
        for pid, score in scores.items():
            base = self.base_id(pid)
            base = base if base in self.by_id else pid  # a label only the version has stays its own
            if base not in out or score > out[base]:
                out[base] = score
        return out
