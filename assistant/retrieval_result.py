"""What retrieval found for one question (``Retrieval``): the passages, the references, the concept
check and what the answer must say beside the quotes."""
from __future__ import annotations

from dataclasses import dataclass, field

from wsis.assistant import concepts, lookups
from wsis.assistant.references import Reference
from wsis.types import Passage


@dataclass
class Retrieval:
    """What retrieval found for one question."""

    query: str
    passages: list[Passage]
    references: list[Reference] = field(default_factory=list)
    unresolved: list[lookups.Unresolved] = field(default_factory=list)  # references naming no paragraph held
    doc_mentions: list[str] = field(default_factory=list)
    relevance: float = 0.0  # best dense cosine among the candidates (drives abstention)
    timings: dict[str, float] = field(default_factory=dict)
    restricted: list[str] = field(default_factory=list)  # "only in the Tunis Agenda": a hard filter
    excluded: list[str] = field(default_factory=list)  # doc ids the filters removed that would have answered
    concept: concepts.ConceptCheck = field(default_factory=concepts.ConceptCheck)
    expansions: list[str] = field(default_factory=list)  # glossary forms added to the query
    empty_filter: bool = False  # no indexed document passes the filters
    threshold: float = 0.0  # abstain below this relevance: fitted for the embedder and the question's language
    relevance_parts: dict[str, float] = field(default_factory=dict)  # best dense cosine, query-word coverage
    outside_filters: list[str] = field(default_factory=list)  # doc ids a reference names although the filters exclude them
    unnamed_refs: list[str] = field(default_factory=list)  # "para 3" naming no document, found in several
    # a question on two or more named texts (or a text and a process): the best passage of each, which
    # the answer quotes whatever its score ("what did the GDC take over from the Tunis Agenda")
    firsts: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)  # "every line on X": each paragraph using its wording, in order
    # "does the Tunis Agenda mention X?": the concept the one named text (its short title) lacks though other texts have it
    named_lacks: str = ""
    named_lacking: str = ""
    named_lacks_said: bool = True  # the other texts' passages say it word for word (not only a paraphrase)
    # "does Tunis Agenda para 72 say anything about funding?": the concept check over the paragraphs looked up
    ref_concept: concepts.ConceptCheck | None = None
    named_out: list[str] = field(default_factory=list)  # doc ids the question names that the filters exclude
    carried_out: list[str] = field(default_factory=list)  # ... that only the earlier turns carried into the question
    # "what is under section B?": how many paragraphs that part holds (0: no such question); the passages are
    # that part's (at most ``occurrences.MAX_PLACES``), in the text's order
    whole_part: int = 0
