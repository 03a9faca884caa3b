"""The JSON API's request and response models: what ``/openapi.json`` documents for every route.

Requests are strict (unknown fields, wrong types -> 422); text fields are then checked by
``wsis.errors.validate_text`` and filters by ``Filters.build``, the validations the CLI and the UI
use. Responses reuse the typed results of the assistant (``Citation``, ``CompareRow``,
``AgreedMatch``, ``DocumentInfo``); response models allow extra fields, so a field added to a result
type reaches the client before its schema is written down.
"""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, StrictInt, StrictStr

from wsis.assistant.compare import CompareRow
from wsis.assistant.drafting import AgreedMatch
from wsis.types import Citation, DocumentInfo

MAX_HISTORY_TURNS = 40
MAX_TURN_CHARS = 20000


# -- requests ------------------------------------------------------------------------------------
class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False)


class FiltersIn(_Strict):
    doc_ids: list[StrictStr] = Field(default_factory=list, max_length=50, description="Restrict to these doc_ids")
    process: StrictStr = Field("", description='"WSIS", "GDC" or "" (both)')
    year_from: StrictInt | None = Field(None, description="Documents adopted in or after this year (1900-2100)")
    year_to: StrictInt | None = Field(None, description="Documents adopted in or before this year (1900-2100)")
    # validated by Filters.build, the one validation shared with the CLI and the UI


class Turn(_Strict):
    role: Literal["user", "assistant"]
    content: StrictStr = Field(..., max_length=MAX_TURN_CHARS)


class AskIn(_Strict):
    question: StrictStr = Field(..., description="The question (at most 2000 characters)",
                                examples=["What is the Internet Governance Forum?"])
    history: list[Turn] = Field(default_factory=list, max_length=MAX_HISTORY_TURNS,
                                description="Earlier turns, oldest first, for follow-up questions")
    filters: FiltersIn | None = None
    mode: Literal["extractive", "generative"] | None = Field(
        None, description="Default: generative when an LLM is configured; generative without one answers "
                          "extractively with a notice")
    lang: StrictStr | None = Field(
        None, description='Language to quote in: "ar", "zh", "en", "fr", "ru" or "es". Default: the question\'s '
                          "language where the cited paragraph has an ingested version in it, else the base text",
        examples=["fr"])


class SearchIn(_Strict):
    query: StrictStr = Field(..., examples=["multistakeholder Internet governance"])
    filters: FiltersIn | None = None
    k: StrictInt = Field(8, ge=1, le=50, description="How many paragraphs")
    lang: StrictStr | None = Field(None, description='Quote the paragraphs in this UN language ("ar", "zh", "en", "fr", '
                                   '"ru", "es") where that version is ingested, else the base text')


class CompareIn(_Strict):
    topic: StrictStr = Field(..., examples=["Internet governance"])
    filters: FiltersIn | None = None
    per_doc: StrictInt = Field(2, ge=1, le=5, description="Paragraphs quoted per document")
    lang: StrictStr | None = Field(None, description='Quote the paragraphs in this UN language ("ar", "zh", "en", "fr", '
                                   '"ru", "es") where that version is ingested, else the base text')


class AgreedIn(_Strict):
    draft: StrictStr = Field(..., description="Draft text (at most 6000 characters)")
    k: StrictInt = Field(5, ge=1, le=20)
    filters: FiltersIn | None = None


# -- responses -----------------------------------------------------------------------------------
class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class ErrorOut(BaseModel):
    error: str = Field(..., description='"field: message", one line')
    errors: list[str] | None = Field(None, description="Every validation problem, when there were several")


class PassageOut(_Open):
    """A retrieved paragraph with its document and scores (``Passage.to_dict``)."""

    id: str
    doc_id: str
    title: str
    symbol: str
    date: str
    process: str
    paragraph: str
    text: str
    section: list[str]
    pages: list[int]
    page_labels: list[str]
    url: str
    score: float
    scores: dict[str, float]


class AnswerOut(_Open):
    """A cited answer (``Answer.to_dict``): [n] markers in ``answer`` point into ``citations``."""

    question: str
    answer: str
    mode: Literal["extractive", "generative"]
    abstained: bool
    notice: str
    citations: list[Citation]
    passages: list[PassageOut]
    removed_sentences: list[str]
    excluded_documents: list[str] = Field(default_factory=list,
                                          description="doc_ids the filters removed that would have answered")
    missing_concept: str = Field("", description="The asked concept the texts do not mention, when abstaining on it")
    timings: dict[str, float]


class SearchResult(PassageOut):
    rank: int
    citation: str = Field(..., description='"Tunis Agenda, para. 72"')


class SearchOut(BaseModel):
    query: str
    relevance: float = Field(..., description="Best dense cosine among the candidates")
    unresolved: list[str] = Field(..., description="Paragraph references that name no existing paragraph")
    results: list[SearchResult]


class CompareOut(BaseModel):
    topic: str
    threshold: float = Field(..., description="Relevance at or above which a document addresses the topic")
    rows: list[CompareRow] = Field(..., description="One per document: dated oldest first, then undated")


class AgreedOut(BaseModel):
    draft: str
    results: list[AgreedMatch]


class ParagraphOut(_Open):
    id: str
    doc_id: str
    label: str
    text: str
    numbered: bool
    order: int
    section: list[str]
    pages: list[int]
    page_labels: list[str]
    sub_items: dict[str, str]
    footnotes: list[str]
    citation: str | None = Field(None, description='"Tunis Agenda, para. 72" (the looked-up paragraph only)')


class ParallelVersionOut(BaseModel):
    """The same paragraph in one language version (linked by identical label)."""

    lang: str = Field(..., description='UN language code: "ar", "zh", "en", "fr", "ru" or "es"')
    id: str = Field(..., description='Paragraph id in that version, e.g. "tunis-agenda.fr#72"')
    doc_id: str
    label: str
    text: str = Field(..., description="The paragraph's verbatim text in that language")
    url: str = Field("", description="Official URL of that language version, when known")


class ParagraphLookupOut(BaseModel):
    paragraph: ParagraphOut
    document: DocumentInfo
    before: list[ParagraphOut]
    after: list[ParagraphOut]
    parallel: list[ParallelVersionOut] = Field(
        default_factory=list, description="Every ingested language version of the paragraph (itself included), "
                                          "English first; one entry when it has no other version")


class StructureReport(_Open):
    verdict: str
    warnings: list[str] = Field(default_factory=list)


class DocumentStatus(_Open):
    doc_id: str
    title: str
    symbol: str
    date: str
    process: str
    lang: str = Field("en", description='Language of this text: "ar", "zh", "en", "fr", "ru" or "es"')
    parallel_of: str = Field("", description='doc_id of the document this text is a language version of ("" for none)')
    paragraphs: int
    numbered_paragraphs: int
    pages: int
    passages: int
    source: str
    url: str
    sha256: str
    ingested_at: str
    structure: StructureReport | None = None


class BootstrapOut(BaseModel):
    phase: Literal["idle", "fetching", "ingesting", "done", "failed"]
    message: str


class DocumentsOut(_Open):
    documents: list[DocumentStatus]
    embedding_model: str | None
    index: dict[str, str | int]
    bootstrap: BootstrapOut


class HealthOut(BaseModel):
    ok: bool
    documents: int
    paragraphs: int
    llm: bool
    bootstrap: str
