"""The shared vocabulary of the project: documents, paragraphs, passages, citations, answers.

Every layer (ingest, index_store, retrieval, answering, UI, eval) speaks in these types.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Iterable

from wsis.errors import QuestionError, validate_text


@dataclass
class DocumentInfo:
    """What is known about one document: from the catalog, or detected from its own text."""

    doc_id: str
    title: str
    symbol: str = ""
    date: str = ""  # ISO date of adoption, "" when unknown
    process: str = ""  # "WSIS", "GDC" or ""
    aliases: list[str] = field(default_factory=list)  # short names users type: "Tunis Agenda", "TA"
    url: str = ""  # official URL (HTML preferred) for links
    source: str = ""  # local file the text came from
    lang: str = "en"  # language of this text: UN code ar, zh, en, fr, ru or es
    parallel_of: str = ""  # doc_id of the base (English) version when this is a language version of it

    @property
    def short_title(self) -> str:
        """The name a citation prints: "Tunis Agenda" rather than the full title."""
        if len(self.title.split()) <= 4:
            return self.title
        for alias in self.aliases:
            if len(alias.split()) >= 2 and not alias.isupper() and "/" not in alias and len(alias) < len(self.title):
                return alias
        return self.title

    @property
    def year(self) -> int | None:
        return int(self.date[:4]) if self.date[:4].isdigit() else None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Paragraph:
    """One citable unit of a document: a numbered paragraph (sub-items inside) or an unnumbered block.

    ``label`` is what a citation prints: "72", "C5" for an action line heading block, or a readable
    label such as "preamble" / "title" / "intro-2" for unnumbered text. ``sub_items`` maps the
    sub-item letter or numeral ("a", "b", "iv") to its text so "72(b)" is addressable.
    """

    doc_id: str
    label: str
    text: str
    numbered: bool = True
    order: int = 0  # position in the document, 0-based
    section: list[str] = field(default_factory=list)  # heading path, outermost first
    pages: list[int] = field(default_factory=list)  # 1-based PDF page indexes
    page_labels: list[str] = field(default_factory=list)  # printed page numbers, as printed
    sub_items: dict[str, str] = field(default_factory=dict)
    footnotes: list[str] = field(default_factory=list)

    @property
    def id(self) -> str:
        return f"{self.doc_id}#{self.label}"

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["id"] = self.id
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Paragraph":
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)


@dataclass
class Passage:
    """A paragraph returned by retrieval, with its document and scores."""

    paragraph: Paragraph
    document: DocumentInfo
    score: float = 0.0
    scores: dict[str, float] = field(default_factory=dict)  # per retriever: "bm25", "dense", "ref"
    focus: str = ""  # sub-item asked for, e.g. "b" for "72(b)"

    @property
    def id(self) -> str:
        return self.paragraph.id

    @property
    def cite_label(self) -> str:
        return self.paragraph.label + "".join(f"({x})" for x in self.focus.split("/")) if self.focus else self.paragraph.label

    def citation_text(self) -> str:
        """Human citation: "Tunis Agenda, para. 72(b)"."""
        return cite(self.document.short_title, self.cite_label, self.paragraph.numbered)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "doc_id": self.paragraph.doc_id,
            "title": self.document.title,
            "symbol": self.document.symbol,
            "date": self.document.date,
            "process": self.document.process,
            "paragraph": self.cite_label,
            "text": self.paragraph.text,
            "section": self.paragraph.section,
            "pages": self.paragraph.pages,
            "page_labels": self.paragraph.page_labels,
            "url": self.document.url,
            "score": round(self.score, 6),
            "scores": {k: round(v, 6) for k, v in self.scores.items()},
        }


def cite(title: str, label: str, numbered: bool = True, symbol: str = "", page: str = "") -> str:
    """The one citation formatter: "Tunis Agenda, para. 72(b)".

    A numbered paragraph prints "para. LABEL"; an unnumbered block prints its label alone
    ("Tunis Commitment, title"), one of a run as a reader counts it ("preamble, unnumbered para. 1"). ``symbol`` and ``page`` add the document symbol and the printed
    page: "Tunis Agenda, WSIS-05/TUNIS/DOC/6(Rev.1)-E, para. 72, p. 12" ("pp. 12–13" over a page break).
    """
    parts = [title] + ([symbol] if symbol else []) + [f"para. {label}" if numbered else _unnumbered(label)]
    return ", ".join(parts + ([f"pp. {page}" if "–" in page else f"p. {page}"] if page else []))


def reader_label(label: str, numbered: bool) -> str:
    """A block's label as a reader names it: "72(b)" for a numbered one, "unnumbered para. 1" for
    "unnumbered-1", "preamble, unnumbered para. 2" for "preamble-2"."""
    return label if numbered else _unnumbered(label)


def _unnumbered(label: str) -> str:
    """An unnumbered block as a reader names it: "preamble-2" is "preamble, unnumbered para. 2",
    "unnumbered-1" "unnumbered para. 1"; "title", "closing", "PP2" as they are."""
    kind, _, n = label.rpartition("-")
    if not n.isdigit() or kind not in ("preamble", "unnumbered"):
        return label
    return f"preamble, unnumbered para. {n}" if kind == "preamble" else f"unnumbered para. {n}"


@dataclass
class Citation:
    """A checked pointer from an answer to the exact text of one paragraph."""

    doc_id: str
    title: str
    paragraph: str  # label as printed: "72" or "72(b)"
    quote: str  # verbatim text from that paragraph
    page: str = ""  # printed page label, or PDF page index when no label; "12–13" over a page break
    url: str = ""
    score: float = 0.0
    id: str = ""  # paragraph id "tunis-agenda#72"
    marker: int = 0  # the [n] number used in the answer text
    numbered: bool = True  # False for an unnumbered block ("preamble"): no "para." in its citation
    lang: str = "en"  # language of the quoted text (a language version's own, e.g. "fr")

    def text(self, symbol: str = "", page: bool = False) -> str:
        """"Tunis Agenda, para. 72(b)" (with the symbol and page when asked), by :func:`cite`."""
        return cite(self.title, self.paragraph, self.numbered, symbol, self.page if page else "")

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Answer:
    """What every front end (CLI, UI, API, eval) receives for one question."""

    question: str
    answer: str
    mode: str  # "extractive" or "generative"
    abstained: bool = False
    citations: list[Citation] = field(default_factory=list)
    passages: list[Passage] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage
    notice: str = ""  # e.g. "LLM unreachable; extractive answer shown"
    removed_sentences: list[str] = field(default_factory=list)  # generative sentences dropped by the check
    excluded_documents: list[str] = field(default_factory=list)  # doc ids the filters removed that would have answered
    missing_concept: str = ""  # the asked concept the texts do not mention (when abstaining on it)

    def to_dict(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "answer": self.answer,
            "mode": self.mode,
            "abstained": self.abstained,
            "notice": self.notice,
            "citations": [c.to_dict() for c in self.citations],
            "passages": [p.to_dict() for p in self.passages],
            "removed_sentences": self.removed_sentences,
            "excluded_documents": self.excluded_documents,
            "missing_concept": self.missing_concept,
            "timings": {k: round(v, 4) for k, v in self.timings.items()},
        }


@dataclass
class Filters:
    """Restrictions on retrieval."""

    doc_ids: list[str] = field(default_factory=list)
    process: str = ""  # "WSIS" | "GDC" | ""
    year_from: int | None = None
    year_to: int | None = None
    include_undated: bool = True  # documents with no date / no process pass year / process filters

    def is_empty(self) -> bool:
        return not (self.doc_ids or self.process or self.year_from or self.year_to)

    @classmethod
    def build(cls, doc_ids: Iterable[str] | None = None, process: str | None = None, year_from: object = None,
              year_to: object = None, known_doc_ids: Iterable[str] | None = None, field: str = "filters",
              labels: dict[str, str] | None = None) -> "Filters":
        """The one validation of filters for the CLI, the API and the UI.

        Empty values mean "no restriction": no doc_ids, process "" / "All" / None, and a year that
        is None, blank (an empty box) or 0. Every text goes through :func:`validate_text` first.
        Errors are :class:`QuestionError` naming the field as ``field.name``, or as ``labels[name]``
        when given (the CLI names its options).
        """
        def name(sub: str) -> str:
            return (labels or {}).get(sub) or f"{field}.{sub}"

        ids = [validate_text(d, f"{name('doc_ids')}[{n}]", 200) for n, d in enumerate(doc_ids or [])]
        if known_doc_ids is not None:
            known = set(known_doc_ids)
            folded = {k.lower(): k for k in known}  # "Tunis-Agenda" is tunis-agenda
            ids = [d if d in known else folded.get(d.strip().lower(), d) for d in ids]
            unknown = [d for d in ids if d not in known]
            if unknown:
                ids_known = sorted(known)
                shown = ", ".join(ids_known[:12]) + (f", … ({len(ids_known)} in all)" if len(ids_known) > 12 else "")
                raise QuestionError(f"{name('doc_ids')}: not in the index: {', '.join(unknown)} "
                                    f"(document ids, as `wsis status` lists them: {shown or 'none indexed'})")
        if process is not None and not isinstance(process, str):
            raise QuestionError(f"{name('process')}: must be a string")
        proc = validate_text(process, name("process"), 20).upper() if process and process.strip() else ""
        if proc == "ALL":
            proc = ""
        if proc not in ("", "WSIS", "GDC"):
            raise QuestionError(f'{name("process")}: must be "WSIS", "GDC" or empty, not {process!r}')
        years = [_year(year_from, name("year_from")), _year(year_to, name("year_to"))]
        if years[0] and years[1] and years[0] > years[1]:
            raise QuestionError(f"{name('year_from')}: {years[0]} is after {name('year_to')} {years[1]}")
        return cls(doc_ids=ids, process=proc, year_from=years[0], year_to=years[1])


def _year(value: object, field: str) -> int | None:
    """None for an empty bound; the year as int; QuestionError for anything else."""
    if value is None or value == 0 or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise QuestionError(f"{field}: must be a year, not {value!r}")
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise QuestionError(f"{field}: must be a year, not {value!r}") from None
    if number != int(number) or not 1900 <= number <= 2100:
        raise QuestionError(f"{field}: must be a year between 1900 and 2100, not {value!r}")
    return int(number)
