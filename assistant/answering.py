"""The one entry point for answers: question (+ history, filters, mode) -> Answer.

The CLI, the Gradio UI, the HTTP API and the evaluation all call ``Assistant.ask``.
"""
from __future__ import annotations

import logging
import time
from typing import Callable

from wsis.assistant.calibration import support_rule
from wsis.assistant.extractive import citation_for, render_paragraphs, render_quotes, select_sentences
from wsis.assistant.followups import carry_over
from wsis.assistant.languages import LANGUAGE_NAMES, UN_LANGUAGES, detect_language
from wsis.assistant.retrieval import Retrieval, Retriever, describe, topic_of
from wsis.errors import QuestionError, validate_text
from wsis.settings import Settings, get_settings
from wsis.assistant.support import SupportChecker
from wsis.types import Answer, Filters, Paragraph
from wsis.index_store.embeddings import get_embed_model
from wsis.index_store.store import IndexStore

log = logging.getLogger("wsis.answer")
MODES = ("extractive", "generative")
VECTOR_CACHE_SIZE = 50_000
NO_LLM_NOTICE = "Generative mode needs an LLM (set WSIS_LLM); extractive answer shown."


class Assistant:
    def __init__(self, settings: Settings | None = None, store: IndexStore | None = None):
        self.settings = settings or get_settings()
        self.store = store or IndexStore(self.settings)
        self.retriever = Retriever(self.settings, self.store, embed_texts=self.embed)
        self._vectors: dict[str, list[float]] = {}

    # -- shared helpers ----------------------------------------------------------------------
    def embed(self, texts: list[str]) -> list[list[float]]:
        """Embeddings of passage sentences, cached: agreed text does not change between questions."""
        found = {t: self._vectors.get(t) for t in texts}  # a local view: safe while other threads clear
        missing = [t for t, v in found.items() if v is None]
        if missing:
            vectors = get_embed_model(self.settings.embed_model).get_text_embedding_batch(missing)
            found.update(zip(missing, vectors))
            if len(self._vectors) + len(missing) > VECTOR_CACHE_SIZE:
                self._vectors.clear()
            self._vectors.update(zip(missing, vectors))
        return [found[t] for t in texts]

    def support_checker(self) -> SupportChecker:
        threshold, lexical_weight = support_rule(self.settings)  # fitted for the embedder, or WSIS_SUPPORT_THRESHOLD
        return SupportChecker(self.embed, threshold=threshold, lexical_weight=lexical_weight)

    @property
    def llm_configured(self) -> bool:
        return bool(self.settings.llm)

    def default_mode(self) -> str:
        return "generative" if self.llm_configured else "extractive"

    def resolve_mode(self, requested: str | None) -> tuple[str, str]:
        """The one rule for every front end: (mode used, notice).

        Generative without a configured LLM answers extractively and says so (CLI, API and UI alike).
        """
        if requested is not None and not isinstance(requested, str):
            raise QuestionError("mode: must be a string")
        mode = (requested or self.default_mode()).strip().lower()
        if mode not in MODES:
            raise QuestionError(f"mode: must be one of {', '.join(MODES)}, not {requested!r}")
        if mode == "generative" and not self.llm_configured:
            return "extractive", NO_LLM_NOTICE
        return mode, ""

    # -- the entry point -----------------------------------------------------------------------
    def ask(self, question: str, history: list[dict] | None = None, filters: Filters | None = None,
            mode: str | None = None, on_token: Callable[[str], None] | None = None, lang: str | None = None) -> Answer:
        """``lang``: the language to quote in (ar, zh, en, fr, ru, es); None: the question's own where
        the cited paragraph has a version in it, else the base text."""
        question = validate_text(question, "question")
        lang = check_lang(lang)  # [parallel]
        mode, mode_notice = self.resolve_mode(mode)
        started = time.perf_counter()
        if not self.store.corpus().paragraphs:
            return Answer(question, "The index is empty: run `wsis fetch` and `wsis ingest`, or add documents "
                          "in the Library tab.", mode, abstained=True, notice="empty index")
        query = self._query_for(question, history, mode)
        asked = detect_language(question)  # [parallel]
        retrieval = self.retriever.retrieve(query, filters, lang=lang or asked)
        if mode == "generative":
            from wsis.assistant.generative import generate

            answer = generate(self, question, query, retrieval, history, on_token)
        else:
            answer = self.extractive(question, retrieval)
        if retrieval.excluded and not answer.excluded_documents:  # e.g. a generated answer
            answer.excluded_documents = list(retrieval.excluded)
            answer.notice = " ".join(n for n in (answer.notice, excluded_notice(retrieval, self.store.corpus().documents)) if n)
        if mode_notice:
            answer.notice = " ".join(n for n in (mode_notice, answer.notice) if n)
        quoted = quoted_notice(answer, asked)  # [parallel]
        if quoted:
            answer.notice = " ".join(n for n in (answer.notice, quoted) if n)
        answer.timings.update(retrieval.timings)
        answer.timings["total"] = time.perf_counter() - started
        return answer

    def parallel_versions(self, paragraph_id: str) -> dict[str, Paragraph]:
        """[parallel] Every ingested language version of a paragraph (itself included), by language
        code, English first; {} for an unknown id."""
        return self.store.corpus().parallel(paragraph_id)

    def _query_for(self, question: str, history: list[dict] | None, mode: str) -> str:
        if not history:
            return question
        names = self.retriever.names()
        carried = carry_over(question, history, names)
        if mode == "generative" and self.llm_configured:
            from wsis.assistant.generative import condense

            condensed = condense(self, question, history)
            if condensed and keeps_context(condensed, question, carried, names):
                return condensed
        return carried

    # -- extractive ------------------------------------------------------------------------------
    def extractive(self, question: str, retrieval: Retrieval, notice: str = "") -> Answer:
        t0 = time.perf_counter()
        refs = [p for p in retrieval.passages if "ref" in p.scores]
        notices = [notice] if notice else []
        if retrieval.unresolved:
            notices.append("Not found: " + "; ".join(retrieval.unresolved) + ".")
        if refs:
            body, citations = render_paragraphs(refs)
            lead = "The text of " + _join([p.citation_text() for p in refs[:6]] + (["…"] if len(refs) > 6 else [])) + " reads:"
            return Answer(question, f"{lead}\n\n{body}", "extractive", citations=citations, passages=retrieval.passages,
                          notice=" ".join(notices), timings={"answer": time.perf_counter() - t0})
        if self.should_abstain(retrieval):
            return self.abstain(question, retrieval, "extractive", " ".join(notices))
        topic = topic_of(retrieval.query, self.retriever.names()) or retrieval.query
        if retrieval.expansions:
            topic = f"{topic} ({'; '.join(retrieval.expansions)})"
        chosen = select_sentences(topic, retrieval.passages, self.embed)
        if not chosen:
            return self.abstain(question, retrieval, "extractive", " ".join(notices))
        if retrieval.excluded:
            notices.append(excluded_notice(retrieval, self.store.corpus().documents))
        body, citations = render_quotes(chosen)
        docs = []
        for c in chosen:
            if c.passage.document not in docs:
                docs.append(c.passage.document)
        docs.sort(key=lambda d: d.date or "9999")
        lead = f"Verbatim extracts from {_join([describe(d) for d in docs])} most relevant to your question:"
        return Answer(question, f"{lead}\n\n{body}", "extractive", citations=citations, passages=retrieval.passages,
                      notice=" ".join(notices), timings={"answer": time.perf_counter() - t0},
                      excluded_documents=list(retrieval.excluded))

    def should_abstain(self, retrieval: Retrieval) -> bool:
        """No reference resolved, and: nothing retrieved, the candidates are far from the question
        (off-domain), or the question's key concept is in none of them (in-domain, not addressed)."""
        if any("ref" in p.scores for p in retrieval.passages):
            return False
        return (not retrieval.passages or retrieval.relevance < retrieval.threshold
                or bool(retrieval.concept.missing))

    def abstain(self, question: str, retrieval: Retrieval, mode: str, notice: str = "") -> Answer:
        """"The texts do not mention X. The nearest passages, on Y, are: ..." with cited passages."""
        nearest = [p for p in retrieval.passages if "ref" not in p.scores][:3] or retrieval.passages[:3]
        documents = self.store.corpus().documents
        concept = retrieval.concept.missing
        scope = " within the filters" if retrieval.excluded or retrieval.empty_filter else ""
        off_domain = not retrieval.passages or retrieval.relevance < retrieval.threshold
        if off_domain and not concept:  # far from every passage: still say which asked concept is absent
            concept = retrieval.concept.unmatched
        if retrieval.empty_filter:
            lines = ["No indexed document passes the filters."]
        elif off_domain:
            lines = [f"The indexed texts{scope} do not appear to address this question"
                     + (f" (they do not mention {concept})." if concept else ".")]
        elif concept:
            named = [d for d in retrieval.doc_mentions if d in documents]
            if named and {p.paragraph.doc_id for p in nearest} <= set(named):
                who = _join([documents[d].short_title for d in named])
                lines = [f"The {who}{scope} {'does' if len(named) == 1 else 'do'} not mention {concept}."]
            else:
                lines = [f"The texts{scope} do not mention {concept}."]
        else:  # [parallel] no sentence was close enough to quote (e.g. none long enough)
            lines = [f"No sentence of the indexed texts{scope} answers this question closely enough."]
        if nearest:
            on = nearest_subject(nearest, retrieval.concept.found)
            lines.append(f"The nearest passages{f', on {on},' if on else ''} are:")
        citations = []
        for n, passage in enumerate(nearest, start=1):
            text = passage.paragraph.text
            first = text.split("\n")[0]
            quote = first if len(first) <= 300 else first[: first.rfind(" ", 0, 300)]
            citations.append(citation_for(passage, quote, n))
            lines.append(f"- {passage.citation_text()} [{n}]: “{quote}{'…' if quote != text else ''}”")
        notices = [notice] if notice else []
        if retrieval.excluded:
            notices.append(excluded_notice(retrieval, documents))
        return Answer(question, "\n".join(lines), mode, abstained=True, citations=citations,
                      passages=retrieval.passages, notice=" ".join(notices),
                      excluded_documents=list(retrieval.excluded), missing_concept=concept)


# -- [parallel] language of the quotes ------------------------------------------------------------
def check_lang(lang: object) -> str | None:
    """None, or one of the six UN language codes (QuestionError naming ``lang`` otherwise)."""
    if lang is None or (isinstance(lang, str) and not lang.strip()):
        return None
    code = lang.strip().lower() if isinstance(lang, str) else lang
    if code not in UN_LANGUAGES:
        raise QuestionError(f"lang: must be one of {', '.join(UN_LANGUAGES)}, not {lang!r}")
    return code


def quoted_notice(answer: Answer, asked: str) -> str:
    """"Quoted from the English text." when the quotes are in another language than the question."""
    langs = list(dict.fromkeys(c.lang or "en" for c in answer.citations))
    if not langs or langs == [asked]:
        return ""
    names = [LANGUAGE_NAMES.get(lang, lang) for lang in langs]
    return f"Quoted from the {_join(names)} text{'s' if len(names) > 1 else ''}."


def excluded_notice(retrieval: Retrieval, documents: dict) -> str:
    titles = [documents[d].title if d in documents else d for d in retrieval.excluded]
    if retrieval.empty_filter:
        return "The filters exclude every indexed document."
    return (f"The filters excluded {_join(titles)}, which {'has' if len(titles) == 1 else 'have'} passages on this "
            "question; clear the filters to include them.")


_ACRONYMS = {"ICT", "ICTS", "WSIS", "GDC", "UN", "AI", "IGF", "CSTD", "ITU", "SDG", "SDGS", "LDCS"}


def nearest_subject(passages: list, found: list[str]) -> str:
    """What the nearest passages are about: their section heading when short ("financial
    mechanisms for meeting the challenges of ICT for development"), else the concepts that were found."""
    import re

    for p in passages[:1]:
        for heading in reversed(p.paragraph.section):
            clean = re.sub(r"^\s*(?:[A-Z]\.|C\d{1,2}\.|Objective\s+\d+\.|[IVX]+\.|\d+(?:\.\d+)*\.?)\s*", "", heading).strip()
            if clean and len(clean.split()) <= 12:
                if clean.isupper():  # "FINANCIAL MECHANISMS ... OF ICT" -> "financial mechanisms ... of ICT"
                    clean = " ".join(w if len(w) <= 4 and w.strip(",;:") in _ACRONYMS else w.lower() for w in clean.split())
                return clean
    return _join(found[:2])


def keeps_context(condensed: str, question: str, carried: str, names) -> bool:
    """A condensed follow-up is used only if it keeps the documents the user named, every content
    word of the new question and, when the question was completed from the previous turn, at least
    one word of that carried-over topic (a small LLM often drops one of them)."""
    from wsis.assistant.followups import content_tokens

    if not set(names.doc_ids(question)) <= set(names.doc_ids(condensed)):
        return False
    kept = content_tokens(condensed)
    if not content_tokens(names.strip(question)) <= kept:
        return False  # the new question's own words were lost (e.g. the previous answer copied)
    if carried != question:
        return bool(content_tokens(carried[len(question.rstrip()):]) & kept)
    return True


def _join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]
