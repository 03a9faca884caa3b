"""Reference look-ups: the paragraphs, items and sections a question names ("TA ¶72(b)", "OP
3(b)(ii)", "action line C5"), and a plain account of the ones the index does not hold."""
from __future__ import annotations

import re

from wsis.assistant.lists import nested_item
from wsis.assistant.references import Reference
from wsis.index_store.live_corpus import LiveCorpus
from wsis.index_store.manifest import Manifest
from wsis.types import Filters, Passage


def resolve(corpus: LiveCorpus, manifest: Manifest, refs: list[Reference], filters: Filters | None = None) -> tuple[list[Passage], list[str]]:
    """The paragraphs the references name, in the order named, and the ones that do not exist."""
    allowed = corpus.allowed_docs(filters)
    found: list[Passage] = []
    missing: list[str] = []
    for ref in refs:
        docs = [ref.doc_id] if ref.doc_id else allowed
        hits: list[Passage] = []
        for doc in docs:
            if ref.label:
                p = corpus.get(f"{doc}#{ref.label}")
                if p is not None and (not ref.sub or nested_item(p, ref.sub) is not None):
                    hits.append(Passage(p, corpus.documents[doc], 1.0, {"ref": 1.0}, focus=ref.sub))
            else:
                hits.extend(
                    Passage(corpus.paragraphs[i], corpus.documents[doc], 1.0, {"ref": 1.0})
                    for i in corpus.by_doc.get(doc, [])
                    if _in_section(corpus.paragraphs[i].section, ref.section)
                    and corpus.paragraphs[i].text.strip() not in corpus.paragraphs[i].section  # the heading itself
                )
        copies = [] if hits or not ref.doc_id or not ref.label else _in_copies(corpus, ref, allowed)
        if hits or copies:
            found.extend(h for h in hits or copies if all(h.id != f.id or h.focus != f.focus for f in found))
        if not hits:  # said even when another file of the same text has it ("quoted from ...")
            missing.append(_not_found(corpus, manifest, ref) + (f"; quoted from {copies[0].document.title}" if copies else ""))
    return found, missing


def _in_copies(corpus: LiveCorpus, ref: Reference, allowed: list[str]) -> list[Passage]:
    """The paragraph in another indexed file of the same text (same symbol: a copy kept under its own
    id, "tunis-agenda-copy"), when the named one lacks it (an extract of paragraphs 67-72)."""
    symbol = corpus.documents[ref.doc_id].symbol if ref.doc_id in corpus.documents else ""
    out = []
    for doc in (d for d in allowed if symbol and d != ref.doc_id and corpus.documents[d].symbol == symbol):
        p = corpus.get(f"{doc}#{ref.label}")
        if p is not None and (not ref.sub or nested_item(p, ref.sub) is not None):
            out.append(Passage(p, corpus.documents[doc], 1.0, {"ref": 1.0}, focus=ref.sub))
    return out[:1]


def _not_found(corpus: LiveCorpus, manifest: Manifest, ref: Reference) -> str:
    """"Tunis Agenda: no paragraph 9"; for a text indexed in part (an extract, a numbering with
    gaps) the paragraphs it holds: "...: paragraph 9 is not in the indexed text (paragraphs 67-72)"."""
    shown = "".join(f"({x})" for x in ref.sub.split("/"))  # "(b)(ii)"
    what = f"{ref.label}{shown}" if ref.sub else ref.label or ref.section
    where = corpus.documents[ref.doc_id].title if ref.doc_id in corpus.documents else "the indexed documents"
    if not ref.label:
        return f"{where}: no section {what}"
    if ref.sub and ref.doc_id and corpus.get(f"{ref.doc_id}#{ref.label}") is not None:
        return f"{where}: paragraph {ref.label} has no item {shown}"
    record = manifest.documents.get(ref.doc_id) if ref.doc_id else None
    structure = record.structure if record is not None else {}
    if structure.get("gaps") and structure.get("runs") and ref.label.isdigit() and not ref.sub:
        return f"{where}: paragraph {what} is not in the indexed text (paragraphs {structure['runs']})"
    return f"{where}: no paragraph {what}"


def _in_section(path: list[str], code: str) -> bool:
    code = code.lower()
    return any(re.match(rf"{re.escape(code)}(?![0-9])", s.strip().lower()) for s in path)
