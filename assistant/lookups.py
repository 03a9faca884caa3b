"""Reference look-ups: the paragraphs, items and sections a question names ("TA ¶72(b)", "OP
3(b)(ii)", "action line C5"), and a plain account of the ones the index does not hold."""
from __future__ import annotations

import re
from dataclasses import replace

from wsis.assistant.dates import parent_symbol
from wsis.assistant.lists import nested_item
from wsis.assistant.places import COMMITMENT, OPENING
from wsis.assistant.references import Reference
from wsis.index_store.live_corpus import LiveCorpus
from wsis.ingest.catalog import catalog_by_id
from wsis.index_store.manifest import Manifest
from wsis.prompts.messages import message
from wsis.types import DocumentInfo, Filters, Paragraph, Passage


class Unresolved(str):
    """A reference naming no paragraph the index holds: the English account ("Tunis Agenda: no
    paragraph 99"), which :meth:`said` gives in another UN language ("Tunis Agenda : pas de paragraphe 99")."""

    # (message key, fields): the account, then where it was quoted from; a field's value is text, or
    # ``(MESSAGE, key, fields)``: another message, said in the same language ("the indexed documents")
    parts: tuple[tuple[str, dict], ...]

    def __new__(cls, *parts: tuple[str, dict]) -> "Unresolved":
        self = super().__new__(cls, _say(parts, "en"))
        self.parts = parts
        return self

    def __reduce__(self):  # pickled and copied as its parts (str's own would pass the English text as a part)
        return Unresolved, self.parts

    def said(self, lang: str = "en") -> str:
        return _say(self.parts, lang)


MESSAGE = "message"


def _value(value, lang: str):
    return message(value[1], lang, **{n: _value(v, lang) for n, v in value[2].items()}) \
        if isinstance(value, tuple) and value[:1] == (MESSAGE,) else value


def _say(parts: tuple[tuple[str, dict], ...], lang: str) -> str:
    account = message(parts[0][0], lang, **{n: _value(v, lang) for n, v in parts[0][1].items()})
    for key, more in parts[1:]:
        account = message(key, lang, account=account, **{n: _value(v, lang) for n, v in more.items()})
    return account


def resolve(corpus: LiveCorpus, manifest: Manifest, refs: list[Reference],
            filters: Filters | None = None) -> tuple[list[Passage], list[Unresolved]]:
    """The paragraphs the references name, in the order named, and the ones that do not exist."""
    allowed = corpus.allowed_docs(filters)
    found: list[Passage] = []
    missing: list[Unresolved] = []
    for ref in refs:
        if ref.doc_id and ref.doc_id not in corpus.documents:  # a catalog text not indexed ("Geneva Declaration para 3")
            entry = catalog_by_id().get(ref.doc_id)
            held = [d for d in corpus.doc_order if entry and entry.symbol and corpus.documents[d].symbol == entry.symbol]
            if not held:  # (unless a copy holds it under its own id, "tunis-agenda-copy")
                missing.append(Unresolved(("ref_not_indexed", {"where": entry.title if entry else ref.doc_id})))
                continue
            ref = replace(ref, doc_id=held[0])
        docs = [ref.doc_id] if ref.doc_id else allowed
        hits: list[Passage] = []
        for doc in docs:
            if ref.place:
                p = placed(corpus, manifest, doc, ref)
                if p is not None:
                    hits.append(Passage(p, corpus.documents[doc], 1.0, {"ref": 1.0}))
            elif ref.label:
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
        copies = [] if hits or not ref.doc_id or not ref.label or ref.place else _in_copies(corpus, ref, allowed)
        if hits or copies:
            found.extend(h for h in hits or copies if all(h.id != f.id or h.focus != f.focus for f in found))
        if not hits:  # said even when another file of the same text has it ("quoted from ...")
            account = _not_found(corpus, manifest, ref)
            quoted = [("ref_quoted_from", {"source": _source(copies, corpus.documents[ref.doc_id])})] if copies else []
            missing.append(Unresolved(account, *quoted))
    return found, _ranges_together(missing)


def _ranges_together(missing: list[Unresolved]) -> list[Unresolved]:
    """"paragraphs 69 to 71 of the Tunis Agenda" over an extract of 1-16: one account of the run
    ("paragraphs 69-71 are not in the indexed text"), not one a paragraph."""
    out: list[Unresolved] = []
    for item in missing:
        key, fields = item.parts[0]
        last = out[-1] if out else None
        if (len(item.parts) == 1 and key == "ref_not_held" and fields["what"].isdigit() and last is not None
                and len(last.parts) == 1 and last.parts[0][0] in ("ref_not_held", "ref_not_held_many")
                and last.parts[0][1]["where"] == fields["where"] and last.parts[0][1]["runs"] == fields["runs"]
                and last.parts[0][1]["what"].split("-")[-1].isdigit()
                and int(last.parts[0][1]["what"].split("-")[-1]) + 1 == int(fields["what"])):
            first = last.parts[0][1]["what"].split("-")[0]
            out[-1] = Unresolved(("ref_not_held_many", {**fields, "what": f"{first}-{fields['what']}"}))
        else:
            out.append(item)
    return out


_NUMBERED = {"PP": re.compile(r"^PP\d+$"), "": re.compile(r"^\d+$"), COMMITMENT: re.compile(r"^\d+$"), OPENING: re.compile(r"^(?:PP\d+|\d+|preamble-\d+)$")}
# a paragraph that commits its authors: "We commit to", "We will", "We pledge", "We resolve to"
_COMMITS = re.compile(r"\bwe\s+(?:(?:\w+\s+){0,2}?(?:commit|pledge|undertake|resolve|will|shall|promise)\b"
                      r"|are\s+(?:committed|resolved|determined)\b)", re.I)


def _numbered(corpus: LiveCorpus, doc: str, series: str) -> list[Paragraph]:
    own = [corpus.paragraphs[i] for i in corpus.by_doc.get(doc, []) if _NUMBERED[series].match(corpus.paragraphs[i].label)]
    return [p for p in own if _COMMITS.search(p.text)] if series == COMMITMENT else own


def _structure(manifest: Manifest, doc: str | None) -> dict:
    record = manifest.documents.get(doc) if doc else None
    return (record.structure or {}) if record is not None else {}


def _last_number(manifest: Manifest, doc: str | None, ref: Reference) -> str:
    """For a text indexed in part (an extract, a numbering with gaps), the number of the paragraph
    ``ref.place`` counts from the end, when its numbering's end is known ("expected 1-122"): the
    Tunis Agenda's last paragraph is 122 whatever the index holds; "" otherwise."""
    structure = _structure(manifest, doc)
    expected = structure.get("expected")
    if ref.series == OPENING and structure.get("gaps") and expected:  # an extract (67-72) does not open the text
        return str(expected[0])
    if ref.series or not structure.get("gaps") or not expected:
        return ""
    return str(int(expected[-1]) + ref.place + 1)


def placed(corpus: LiveCorpus, manifest: Manifest, doc: str, ref: Reference) -> Paragraph | None:
    """The paragraph ``-ref.place`` from the end of the text's numbered ones (preambular ones for the
    ``PP`` series), in the text's order; in a text indexed in part whose numbering's end is known
    (:func:`_last_number`), the paragraph of that number. A text without a known end (a user's own
    extract) is what its file holds: its last paragraph is the last there."""
    opens = _numbered(corpus, doc, OPENING)[:1] if ref.series == OPENING else []  # a preamble indexed: the text opens there
    number = _last_number(manifest, doc, ref) if not (opens and not opens[0].label.isdigit()) else ""
    if number:
        return corpus.get(f"{doc}#{number}")
    own = _numbered(corpus, doc, ref.series)
    at = ref.place - 1 if ref.place > 0 else ref.place  # the first commitment: own[0]
    return own[at] if -len(own) <= at < len(own) else None


def _said(ref: Reference) -> str:
    """How the question named a paragraph by its place: "last preambular paragraph"."""
    word = "last" if ref.place == -1 else "second-to-last" if ref.place == -2 else f"{-ref.place}th-to-last"
    if ref.place > 0:
        word = {1: "first", 2: "second", 3: "third"}.get(ref.place, f"{ref.place}th")
    if ref.series == COMMITMENT:  # counted among the paragraphs that commit ("We commit to", "We will")
        return f"{word} commitment"
    return f"{word} {'preambular ' if ref.series == 'PP' else '' if ref.series == OPENING else 'numbered '}paragraph"


def _in_copies(corpus: LiveCorpus, ref: Reference, allowed: list[str]) -> list[Passage]:
    """The paragraph in another indexed file of the same text (same symbol: a copy kept under its own
    id, "tunis-agenda-copy"), when the named one lacks it (an extract of paragraphs 67-72); else in
    the annexes of the resolution named ("A/RES/79/1 para 29": the Pact has none, its annex I, the
    Global Digital Compact, has), each annex that has it."""
    symbol = corpus.documents[ref.doc_id].symbol if ref.doc_id in corpus.documents else ""
    def holding(docs: list[str]) -> list[Passage]:
        out = []
        for doc in docs:
            p = corpus.get(f"{doc}#{ref.label}")
            if p is not None and (not ref.sub or nested_item(p, ref.sub) is not None):
                out.append(Passage(p, corpus.documents[doc], 1.0, {"ref": 1.0}, focus=ref.sub))
        return out
    same = holding([d for d in allowed if symbol and d != ref.doc_id and corpus.documents[d].symbol == symbol])
    return same[:1] or holding([d for d in allowed if symbol and parent_symbol(corpus.documents[d]) == symbol])


def _source(copies: list[Passage], named: DocumentInfo) -> str | tuple:
    """Where a paragraph the named text lacks was quoted from: another copy of it ("Tunis Agenda for
    the Information Society"), or its annexes ("its annex, Global Digital Compact (A/RES/79/1, annex I)")."""
    if copies[0].document.symbol == named.symbol:
        return copies[0].document.title
    annexes = [f"{c.document.title} ({c.document.symbol})" for c in copies]
    key = "ref_annexes" if len(copies) > 1 else "ref_annex"
    return MESSAGE, key, {"annexes": " and ".join(annexes)}


def _not_found(corpus: LiveCorpus, manifest: Manifest, ref: Reference) -> tuple[str, dict]:
    """"Tunis Agenda: no paragraph 9"; for a text indexed in part (an extract, a numbering with
    gaps) the paragraphs it holds: "...: paragraph 9 is not in the indexed text (paragraphs 67-72)".
    As a message key and its fields."""
    shown = "".join(f"({x})" for x in ref.sub.split("/"))  # "(b)(ii)"
    what = f"{ref.label}{shown}" if ref.sub else ref.label or ref.section
    if ref.doc_id in corpus.documents:
        where = corpus.documents[ref.doc_id].title
    else:
        where = (MESSAGE, "indexed_documents", {})
    if ref.place:
        structure = _structure(manifest, ref.doc_id)
        number = _last_number(manifest, ref.doc_id, ref)
        if number and structure.get("runs"):
            return "ref_place_not_held_runs", {"where": where, "said": _said(ref), "number": number, "runs": structure["runs"]}
        if number:
            return "ref_place_not_held", {"where": where, "said": _said(ref), "number": number}
        count = len(_numbered(corpus, ref.doc_id, ref.series)) if ref.doc_id else 0
        return "ref_place_none", {"where": where, "said": _said(ref), "count": count}
    if not ref.label:
        return "ref_no_section", {"where": where, "what": what}
    if ref.sub and ref.doc_id and corpus.get(f"{ref.doc_id}#{ref.label}") is not None:
        return "ref_no_item", {"where": where, "label": ref.label, "item": shown}
    record = manifest.documents.get(ref.doc_id) if ref.doc_id else None
    structure = record.structure if record is not None else {}
    expected = structure.get("expected") or []
    if ref.label.isdigit() and len(expected) == 2 and structure.get("expected_confirmed") and int(ref.label) > int(expected[1]):
        return "ref_beyond_end", {"where": where, "what": what, "last": expected[1]}  # "para 150" of 122: none, held or not
    if structure.get("gaps") and structure.get("runs") and ref.label.isdigit():  # "29(b)" of 1-14: its paragraph not held
        return "ref_not_held", {"where": where, "what": what, "runs": structure["runs"]}
    return "ref_no_paragraph", {"where": where, "what": what}


def _in_section(path: list[str], code: str) -> bool:
    code = code.lower()
    return any(re.match(rf"{re.escape(code)}(?![0-9])", s.strip().lower()) for s in path)
