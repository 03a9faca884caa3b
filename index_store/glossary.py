"""The corpus glossary: acronyms and their expansions, and UN drafting variants, learned from the
live paragraphs so queries can use the texts' own vocabulary both ways.

* Acronyms defined in the text: "Internet Governance Forum (IGF)" and "IGF (Internet Governance
  Forum)", the acronym's letters matching the initials of the words before it.
* Hyphenation variants seen in the text: "multi-stakeholder" also matches "multistakeholder" and
  "multi stakeholder"; "e-government" also "electronic government".
* A short list of standard UN terms (ICTs, LDCs, CSTD, ...), kept only when one of its forms occurs
  in the indexed text, marked ``source: "standard"``.

Each document's part is computed once per generation and cached in ``index/glossary/`` (a new
generation of one document recomputes that document only; files of dead generations are removed).
"""
from __future__ import annotations

import json
import re
import threading
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Iterable, Sequence

from wsis.files import write_atomic
from wsis.types import Paragraph

VERSION = 7  # 4: more standard UN acronyms (MoI, IG, PWDs, NGOs, ...); 5: ICT4D; 6: HoSG; 7: ALs
_SMALL = {"of", "and", "the", "for", "on", "in", "to", "a", "an", "&"}
_ACRONYM = r"[A-Z][A-Za-z&]*[A-Z](?:s)?"
_LONG_THEN_SHORT = re.compile(rf"((?:[\w’'-]+[ ,]+){{1,12}}?)\(\s*({_ACRONYM})\s*\)")
_SHORT_THEN_LONG = re.compile(rf"\b({_ACRONYM})\s*\(\s*([A-Za-z][\w ,’'-]{{5,120}}?)\s*\)")
_HYPHENATED = re.compile(r"\b([A-Za-z]{1,12})-([A-Za-z]{3,})\b")
_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")

# Standard UN terms: (short, long); a term enters the glossary only if a form occurs in the corpus.
STANDARD: list[tuple[str, str]] = [
    ("ICTs", "information and communication technologies"),
    ("LDCs", "least developed countries"), ("LLDCs", "landlocked developing countries"),
    ("SIDS", "small island developing States"), ("IGF", "Internet Governance Forum"),
    ("CSTD", "Commission on Science and Technology for Development"), ("ECOSOC", "Economic and Social Council"),
    ("ITU", "International Telecommunication Union"), ("SDGs", "Sustainable Development Goals"),
    ("AI", "artificial intelligence"), ("WSIS", "World Summit on the Information Society"),
    ("GDC", "Global Digital Compact"), ("UNGA", "General Assembly"), ("UNSG", "Secretary-General"),
    ("SMEs", "small and medium-sized enterprises"), ("MSMEs", "micro, small and medium-sized enterprises"),
    ("CSOs", "civil society organizations"), ("DPI", "digital public infrastructure"),
    ("DPGs", "digital public goods"), ("ODA", "official development assistance"),
    ("PPPs", "public-private partnerships"), ("STI", "science, technology and innovation"),
    ("ISPs", "Internet service providers"), ("IXPs", "Internet exchange points"), ("DNS", "domain name system"),
    ("UNESCO", "United Nations Educational, Scientific and Cultural Organization"),
    ("UNDP", "United Nations Development Programme"), ("UNCTAD", "United Nations Conference on Trade and Development"),
    ("HRC", "Human Rights Council"), ("R&D", "research and development"),
    ("SG", "Secretary-General"), ("GA", "General Assembly"), ("UN", "United Nations"),
    ("MoI", "means of implementation"), ("IG", "Internet governance"), ("PWDs", "persons with disabilities"),
    ("PwDs", "persons with disabilities"), ("NGOs", "non-governmental organizations"),
    ("WGIG", "Working Group on Internet Governance"), ("WGEC", "Working Group on Enhanced Cooperation"),
    ("IoT", "Internet of Things"), ("FfD", "financing for development"), ("HLPF", "high-level political forum"),
    ("ICANN", "Internet Corporation for Assigned Names and Numbers"), ("WIPO", "World Intellectual Property Organization"),
    ("WTO", "World Trade Organization"), ("ILO", "International Labour Organization"),
    ("OHCHR", "Office of the United Nations High Commissioner for Human Rights"),
    ("CERTs", "computer emergency response teams"), ("ccTLDs", "country code top-level domains"),
    ("IPRs", "intellectual property rights"), ("FOSS", "free and open-source software"), ("NBPs", "national broadband plans"),
    ("ICT4D", "information and communication technologies for development"),
    ("IGOs", "intergovernmental organizations"), ("MDBs", "multilateral development banks"),
    ("HoSG", "Heads of State and Government"), ("ALs", "action lines"),  # "the ALs": WSIS insiders' shorthand (round 40)
]


def standard_forms(acronym: str) -> list[str]:
    """The long form of a standard UN acronym ("CSOs" -> "civil society organizations"), whether or
    not the corpus uses it; [] for another word."""
    key = acronym.rstrip("s") if acronym.endswith("s") and acronym[:-1].isupper() else acronym
    longs = [long for short, long in STANDARD if short.rstrip("s") == key or short == acronym]
    return [*longs, *(form for long in longs for form in ict_forms(long))]


# Spelled-out prefixes of UN drafting: "e-government" is also "electronic government".
PREFIXES = {"e": "electronic", "m": "mobile"}
# Prefixes UN texts write both hyphenated and joined ("multi-stakeholder" / "multistakeholder").
JOINABLE = ("multi", "cyber", "non", "co")


@dataclass
class Term:
    """One glossary entry: its forms (the first is the short form) and where it was learned."""

    short: str
    long: str
    kind: str  # "acronym" or "variant"
    source: str  # "corpus" or "standard"
    paragraphs: list[str] = field(default_factory=list)  # where the corpus defines it (first few)

    @property
    def forms(self) -> list[str]:
        """The short and long forms, and the long form with "ICTs" in it as the texts also write it ("ICTs for
        development" for ICT4D: a heading's words)."""
        return [self.short, self.long, *ict_forms(self.long)]


def ict_forms(long: str) -> list[str]:
    """A long form that spells out ICTs inside it as the texts also write it: "ICTs for development" for ICT4D."""
    return [long.replace(spelled, short) for spelled, short in (("information and communication technologies", "ICTs"),
                                                                  ("information and communication technology", "ICT"))
            if spelled in long and long != spelled]


def _initials_match(acronym: str, words: list[str]) -> int:
    """How many trailing ``words`` spell ``acronym`` (0 if they do not)."""
    letters = re.sub(r"s$", "", acronym).replace("&", "").lower()
    i, used = len(letters) - 1, 0
    for n in range(len(words) - 1, -1, -1):
        w = words[n].strip(",").lower()
        if i < 0:
            break
        if not w:
            continue
        if w[0] == letters[i]:
            i -= 1
            used = len(words) - n
            # a hyphenated word may give two letters: "Secretary-General" (SG)
            for part in reversed(w.split("-")[:-1]):
                if i >= 0 and part and part[0] == letters[i]:
                    i -= 1
        elif w in _SMALL:
            continue
        else:
            return 0
    return used if i < 0 else 0


def learn(paragraphs: Iterable[Paragraph]) -> dict[str, Any]:
    """One document's part: acronym definitions and hyphenated words with their paragraph ids."""
    acronyms: dict[str, dict[str, Any]] = {}
    hyphenated: dict[str, str] = {}
    words: set[str] = set()
    texts: list[str] = []
    for p in paragraphs:
        text = " ".join(p.text.split())
        texts.append(text)
        for m in _LONG_THEN_SHORT.finditer(text):
            short, before = m.group(2), m.group(1).split()
            used = _initials_match(short, before)
            if used:
                long = " ".join(before[-used:]).strip(" ,")
                entry = acronyms.setdefault(short, {"long": long, "paragraphs": []})
                if len(entry["paragraphs"]) < 3:
                    entry["paragraphs"].append(p.id)
        for m in _SHORT_THEN_LONG.finditer(text):
            short, long = m.group(1), m.group(2)
            if _initials_match(short, long.split()) == len(long.split()):
                entry = acronyms.setdefault(short, {"long": long, "paragraphs": []})
                if len(entry["paragraphs"]) < 3:
                    entry["paragraphs"].append(p.id)
        for m in _HYPHENATED.finditer(text):
            hyphenated.setdefault(m.group(0).lower(), p.id)
        words.update(w.lower() for w in _WORD.findall(text) if len(w) > 2)
    whole = "\n".join(texts)
    standard = [short for short, long in STANDARD
                if re.search(rf"(?<![\w-]){_spaced(short)}(?![\w-])", whole) or re.search(_spaced(long), whole, re.I)]
    return {"version": VERSION, "acronyms": acronyms, "hyphenated": hyphenated, "words": sorted(words),
            "standard": standard}


class Glossary:
    """Terms of the live corpus and query expansion with them."""

    def __init__(self, terms: list[Term], words: Sequence[str] = ()):
        self.terms = terms
        self.words = frozenset(words)  # every word of three letters or more the texts use, lower case
        self._by_start: dict[tuple[str, int], list[str]] = {}
        self._lookup: list[tuple[re.Pattern[str], Term, str]] = []
        for term in terms:
            for form in term.forms:
                flags = 0 if form.isupper() or (len(form) <= 5 and any(c.isupper() for c in form[1:])) else re.I
                body = _spaced(form)
                if term.kind == "acronym" and form == term.short:
                    body = _spaced(form[:-1] if form.endswith("s") and form[:-1].isupper() else form) + "s?"
                self._lookup.append((re.compile(rf"(?<![\w-]){body}(?![\w-])", flags), term, form))

    def words_starting(self, start: str, length: int) -> list[str]:
        """The texts' words that begin with ``start`` (two letters) and are ``length`` letters long, one
        more or one fewer, for spelling: indexed on first use."""
        if not self._by_start:  # built aside, then set at once: another thread sees all of it or none
            by_start: dict[tuple[str, int], list[str]] = {}
            for word in sorted(self.words):
                by_start.setdefault((word[:2], len(word)), []).append(word)
            self._by_start = by_start
        return [w for n in (length - 1, length, length + 1) for w in self._by_start.get((start, n), [])]

    def expansions(self, text: str) -> list[str]:
        """Other forms of every term the text uses ("LDCs" -> "least developed countries")."""
        out: list[str] = []
        for pattern, term, form in self._lookup:
            if pattern.search(text):
                for other in term.forms:
                    literal = re.escape(other).replace(r"\ ", r"\s+")
                    if other.lower() != form.lower() and not re.search(literal, text, re.I) and other not in out:
                        out.append(other)
        return out

    def expand(self, text: str) -> str:
        """The text with the other forms of its terms appended in parentheses (for BM25 and dense)."""
        extra = self.expansions(text)
        return f"{text} ({'; '.join(extra)})" if extra else text

    def to_list(self) -> list[dict[str, Any]]:
        return [asdict(t) for t in sorted(self.terms, key=lambda t: (t.kind, t.short.lower()))]


def _spaced(form: str) -> str:
    return re.escape(form).replace(r"\ ", r"\s+").replace(r"\-", r"[-\s]?")


def combine(parts: list[dict[str, Any]]) -> Glossary:
    """The glossary of the whole corpus from the documents' parts."""
    terms: dict[str, Term] = {}
    words: set[str] = set()
    hyphenated: dict[str, str] = {}
    standard: set[str] = set()
    for part in parts:
        words.update(part["words"])
        standard.update(part["standard"])
        for short, entry in part["acronyms"].items():
            key = short.lower().rstrip("s")
            term = terms.setdefault(key, Term(short, entry["long"], "acronym", "corpus"))
            term.paragraphs.extend(pid for pid in entry["paragraphs"] if len(term.paragraphs) < 3)
        for word, pid in part["hyphenated"].items():
            hyphenated.setdefault(word, pid)
    for short, long in STANDARD:
        key = short.lower().rstrip("s")
        if key not in terms and short in standard:
            terms[key] = Term(short, long, "acronym", "standard")
    for word, pid in sorted(hyphenated.items()):
        prefix, rest = word.split("-", 1)
        if prefix in PREFIXES and PREFIXES[prefix] != prefix:  # e-government: electronic government
            terms.setdefault(word, Term(word, f"{PREFIXES[prefix]} {rest}", "variant", "corpus", [pid]))
        elif prefix in JOINABLE:  # multi-stakeholder: multistakeholder
            terms.setdefault(word, Term(word, prefix + rest, "variant", "corpus", [pid]))
    for word in sorted(words):  # "multistakeholder" in the text, "multi-stakeholder" typed
        for prefix in ("multi", "cyber"):
            rest = word[len(prefix):]
            if "-" not in word and word.startswith(prefix) and len(rest) >= 4 and f"{prefix}-{rest}" not in hyphenated:
                terms.setdefault(f"{prefix}-{rest}", Term(f"{prefix}-{rest}", word, "variant", "corpus"))
    return Glossary(list(terms.values()), sorted(words))


class GlossaryCache:
    """Per-document parts cached by generation on disk; the combined glossary cached per digest."""

    def __init__(self, folder: Path):
        self.folder = folder
        self._parts: dict[str, dict[str, Any]] = {}
        self._glossary: tuple[str, Glossary] | None = None
        self._lock = threading.Lock()

    def glossary(self, corpus, generations: dict[str, str]) -> Glossary:
        """``corpus`` is the store's LiveCorpus; ``generations`` maps doc_id -> live generation."""
        with self._lock:
            if self._glossary is not None and self._glossary[0] == corpus.digest:
                return self._glossary[1]
            keys = {doc: f"{doc}@{generations.get(doc, 'unknown')}" for doc in corpus.documents}
            parts = [self._part(key, [corpus.paragraphs[i] for i in corpus.by_doc.get(doc, [])])
                     for doc, key in keys.items()]
            self._prune(set(keys.values()))
            glossary = combine(parts)
            self._glossary = (corpus.digest, glossary)
            return glossary

    def _part(self, key: str, paragraphs: list[Paragraph]) -> dict[str, Any]:
        if key in self._parts:
            return self._parts[key]
        path = self.folder / f"{_safe(key)}.json"
        part = None
        if path.exists():
            try:
                part = json.loads(path.read_text(encoding="utf-8"))
                part = part if part.get("version") == VERSION else None
            except (OSError, ValueError):
                part = None
        if part is None:
            part = learn(paragraphs)
            try:
                write_atomic(path, json.dumps(part, ensure_ascii=False))
            except OSError:
                pass  # a read-only index still answers; the part is kept in memory
        self._parts[key] = part
        return part

    def _prune(self, live: set[str]) -> None:
        self._parts = {k: v for k, v in self._parts.items() if k in live}
        if not self.folder.is_dir():
            return
        keep = {f"{_safe(k)}.json" for k in live}
        for path in self.folder.glob("*.json"):
            if path.name not in keep:
                path.unlink(missing_ok=True)


def _safe(key: str) -> str:
    return re.sub(r"[^A-Za-z0-9@._-]", "_", key)


_CACHES: dict[str, GlossaryCache] = {}
_CACHES_LOCK = threading.Lock()


def corpus_glossary(store) -> Glossary:
    """The glossary of ``store``'s live corpus (an ``IndexStore``), cached per document generation."""
    with _CACHES_LOCK:
        cache = _CACHES.setdefault(str(store.root), GlossaryCache(store.root / "glossary"))
    corpus = store.corpus()
    cached = cache._glossary
    if cached is not None and cached[0] == corpus.digest:
        return cached[1]
    generations = {d: r.generation for d, r in store.manifest().documents.items()}
    return cache.glossary(corpus, generations)
