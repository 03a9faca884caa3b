"""The one entry point for answers: question (+ history, filters, mode) -> Answer.

The CLI, the Gradio UI, the HTTP API and the evaluation all call ``Assistant.ask``.
"""
from __future__ import annotations

import logging
import re
import time
from typing import Callable

from wsis.assistant.calibration import support_rule
from wsis.assistant.candidates import quoted_phrases, says_phrase
from wsis.assistant.occurrences import MAX_PLACES, count_line
from wsis.assistant.extractive import by_best_quote, cited_together, citation_for, quote_order, render_paragraphs, render_quotes, text_key, select_sentences, substantive
from wsis.assistant.introduced import MAX_INTRODUCED, introduced_run, with_introduced
from wsis.assistant.followups import as_asked, asks_to_rephrase, carry_over, cited_count, cited_whole, keeps_context, leans_on_an_answer
from wsis.assistant.two_part import ask_in_parts, date_and_subject  # "When was X adopted and what does it say on Y?"
from wsis.assistant.languages import UN_LANGUAGES, detect_language
from wsis.assistant.lists import asks_item_count, nearest_quote
from wsis.assistant.headings import heading_lines, section_headings
from wsis.assistant.outline import outline_answer
from wsis.assistant.stands_for import standard_only, stands_for_answer
from wsis.assistant.absent_from import absent_from_answer
from wsis.assistant.everyday import read_as_typed
from wsis.index_store.glossary import STANDARD
from wsis.assistant.notices import copies_notice, excluded_notice, joined, kept_undated, named_lacks_line, quoted_notice, reference_concept_line, semicolon_join
from wsis.assistant.numbering import numbered_answer
from wsis.assistant.mentions import asks_only_absent, not_indexed, only_absent_texts
from wsis.assistant.text_facts import dated_answer, particulars_of
from wsis.assistant.render import describe
from wsis.assistant.same_wording import pasted_answer, with_beside
from wsis.assistant.retrieval import Retrieval, Retriever, topic_of
from wsis.errors import QuestionError, validate_text
from wsis.settings import Settings, get_settings
from wsis.assistant.holdings import holdings_answer
from wsis.assistant.subjectless import asks_for_writing, follow_up_alone, names_nothing
from wsis.assistant.support import SupportChecker
from wsis.types import Answer, Filters, Paragraph, Passage
from wsis.index_store.embeddings import get_embed_model
from wsis.index_store.live_corpus import LiveCorpus
from wsis.index_store.store import IndexStore
from wsis.prompts.messages import join_list, message

log = logging.getLogger("wsis.answer")
MODES = ("extractive", "generative")
VECTOR_CACHE_SIZE = 50_000
NO_LLM_NOTICE = message("no_llm")  # the English line; resolve_mode(lang=...) gives the others


# a question on one named text that also asks about others: "these texts set up two check-ups ... in the excerpt"
_SEVERAL_TEXTS = re.compile(r"\b(?:texts|documents|(?:both|either|each)\s+(?:of\s+(?:them|the\s+\w+)|texts?|documents?)|compar\w*"
                            r"|other\s+(?:texts?|documents?)|elsewhere|two|across)\b", re.I)


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

    def resolve_mode(self, requested: str | None, lang: str = "en") -> tuple[str, str]:
        """The one rule for every front end: (mode used, notice in ``lang``).

        Generative without a configured LLM answers extractively and says so (CLI, API and UI alike).
        """
        if requested is not None and not isinstance(requested, str):
            raise QuestionError("mode: must be a string")
        mode = (requested or self.default_mode()).strip().lower()
        if mode not in MODES:
            raise QuestionError(f"mode: must be one of {', '.join(MODES)}, not {requested!r}")
        if mode == "generative" and not self.llm_configured:
            return "extractive", message("no_llm", lang)
        return mode, ""

    # -- the entry point -----------------------------------------------------------------------
    def ask(self, question: str, history: list[dict] | None = None, filters: Filters | None = None,
            mode: str | None = None, on_token: Callable[[str], None] | None = None, lang: str | None = None) -> Answer:
        """``lang``: the language to quote in (ar, zh, en, fr, ru, es); None: the question's own where
        the cited paragraph has a version in it, else the base text. The answer's own lines (lead,
        refusal, notices) are in the question's language (``prompts/messages.toml``)."""
        question, history = validate_text(question, "question"), as_asked(history)  # a pasted page in a turn: its question's length
        lang = check_lang(lang)  # [parallel]
        asked = detect_language(question)  # [parallel]
        if asked == "en" and (parts := date_and_subject(question)) and (  # each part read as typed on its own; in a
                not history or self.retriever.names().doc_ids(parts[0])):  # conversation too when it names its text (tester AB)
            return ask_in_parts(self, question, parts, filters=filters, mode=mode, on_token=on_token, lang=lang)
        respelt: list[tuple[str, str]] = []
        if asked == "en":  # "whats the igf", "gdc", "fragmentaion": as the texts would write it
            glossary = self.retriever.glossary()
            typed = lambda text: read_as_typed(text, [s for s, _ in STANDARD], [t.short for t in glossary.terms if t.kind == "acronym"  # noqa: E731
                                                      and t.source == "corpus"], glossary.words, glossary.words_starting)
            question, respelt = typed(question)
            history = [{**t, "content": typed(str(t.get("content", "")))[0]} if t.get("role") == "user" else t
                       for t in history] if history else history  # an API client sends the turns as typed ("whats the igf for"), as the UI reads them
        mode, mode_notice = self.resolve_mode(mode, asked)
        started = time.perf_counter()
        if not self.store.corpus().paragraphs:
            return Answer(question, message("empty_index", asked), mode, abstained=True)
        query = self._query_for(question, history, mode)
        if history and mode == "extractive" and asks_to_rephrase(question) and not query.startswith(question.rstrip()):  # said it cannot reword
            mode_notice = joined([mode_notice, message("rephrase_extractive", asked)], asked)
        if not history and (leans_on_an_answer(question) or follow_up_alone(question, [(m.start, m.end) for m in self.retriever.names().mentions(question)])):
            return Answer(question, message("follow_up_alone", asked), mode, abstained=True)  # "and 29?", "And in the GDC?" asked first
        if counted := cited_count(question, history, self.retriever.names(), asked):  # "how many paragraphs is that?" (tester AB L2)
            return Answer(question, counted, mode, citations=[])
        if names_nothing(query):  # "What?" with no turn before it: nothing to look up, no passage is nearer
            return Answer(question, message("no_subject", asked), mode, abstained=True)
        if asks_for_writing(question):  # "Write me a poem about the internet": no paragraph holds one
            return Answer(question, message("creative_request", asked), mode, abstained=True)
        absent = only_absent_texts(query, {d: self.store.corpus().documents[d] for d in self.store.corpus().doc_order})
        if absent and not history:  # "Tell me about the Tunis Commitment" over an index without it: said, nothing quoted
            return Answer(question, message("only_not_indexed" if len(absent) == 1 else "only_not_indexed_many", asked, titles=join_list([f"{d.short_title} ({d.symbol})" for d in absent], asked),
                                            ids=" --doc ".join(d.doc_id for d in absent)), mode, abstained=True)
        corpus = self.store.corpus()
        dated = (pasted_answer(self, question, filters, asked)  # "Is this from the GDC? "We will ..."": found or not (tester AB H8)
                 or dated_answer(corpus, question, query, filters, asked) or particulars_of(corpus, question, query, filters, asked)
                 or numbered_answer(question, query, corpus, self.retriever.names(), filters, asked, self.official_numbering)
                 or stands_for_answer(question, self.retriever.glossary(), corpus, filters, asked)
                 or absent_from_answer(question, corpus, filters, asked, self.retriever.glossary().expansions)
                 or outline_answer(question, self.retriever.names(), corpus, filters, asked, query) or holdings_answer(question, corpus, filters, asked))
        indexed = {d: corpus.documents[d] for d in corpus.doc_order}
        if dated is not None:  # "when was A/RES/70/125 adopted?": the line that prints its date; its symbol: the title block
            answer, retrieval = dated, Retrieval(query, dated.passages)
        elif not history and asks_only_absent(question, indexed):  # "What did the 2015 review conclude?" without it: in either mode,
            retrieval = self.retriever.retrieve(query, filters, lang=lang or asked, typed=question)  # its nearest passages (round 20), nothing generated
            answer, absent_titles = self.abstain(question, retrieval, mode, lang=asked), [d.short_title for d in not_indexed(question, indexed)]
            answer.answer = "\n".join([message("absent_asked" if len(absent_titles) == 1 else "absent_asked_many", asked, titles=join_list(absent_titles, asked)), *answer.answer.split("\n")[1:]])
        elif mode == "generative":
            retrieval = self.retriever.retrieve(query, filters, lang=lang or asked, typed=question)
            from wsis.assistant.generative import generate

            answer = generate(self, question, query, retrieval, history, on_token, lang=asked)
        else:
            retrieval = self.retriever.retrieve(query, filters, lang=lang or asked, typed=question)
            answer = with_beside(self, question, self.extractive(question, retrieval, lang=asked), retrieval.passages, filters, asked)  # tester AB H6
        if dated is None and (standard := standard_only(question, self.retriever.glossary(), asked)):  # IGF, in neither form
            answer.answer = f"{standard}\n\n{answer.answer}"
        if retrieval.unresolved and not any("ref" in p.scores for p in retrieval.passages):  # "para 72" of paras 1-16:
            missing = message("not_found", asked, references=semicolon_join([u.said(asked) for u in retrieval.unresolved], asked))  # said first
            rest = answer.answer.split("\n", 1)[1] if answer.abstained and "\n" in answer.answer else ""  # its nearest passages
            if answer.abstained and answer.missing_concept:  # "... say about net neutrality?": both said
                answer.answer = f"{missing}\n{answer.answer}"
            else:  # "para 72 of the Tunis Agenda": that, and the nearest passages if any
                answer.answer = (f"{missing}\n{rest}" if rest else missing) if answer.abstained else f"{missing}\n\n{answer.answer}"
        if retrieval.excluded and not answer.excluded_documents:  # e.g. a generated answer
            answer.excluded_documents = list(retrieval.excluded)
            answer.notice = joined([answer.notice, excluded_notice(retrieval, self.store.corpus().documents, asked)], asked)
        if kept := kept_undated(answer, filters, self.store.corpus().documents):  # "--to-year 2005" quoting a text without a date: said
            answer.notice = joined([answer.notice, message("kept_undated", asked, titles=join_list(kept, asked))], asked)
        if retrieval.unnamed_refs:  # "para 3" of which text? quoted from each; naming one narrows it
            numbers = join_list([f"¶ {label}" for label in retrieval.unnamed_refs], asked)  # "¶": in every language
            answer.notice = joined([answer.notice, message("unnamed_reference", asked, labels=numbers)], asked)
        absent = [d for d in not_indexed(question, indexed) if d.short_title not in (answer.notice or "")]  # not twice: "Not found: Tunis Commitment is not in the index."
        if absent:  # "the WSIS+20 outcome" over an index without it: said, not answered from other texts silently
            titles = join_list([f"{d.short_title} ({d.symbol})" if d.symbol else d.short_title for d in absent], asked)
            answer.notice = joined([answer.notice, message("not_indexed", asked, titles=titles, ids=" --doc ".join(d.doc_id for d in absent))], asked)
        if retrieval.outside_filters:
            documents = self.store.corpus().documents
            titles = join_list([documents[d].title for d in retrieval.outside_filters if d in documents], asked)
            answer.notice = joined([answer.notice, message("outside_filters", asked, titles=titles)], asked)
        if mode_notice:
            answer.notice = joined([mode_notice, answer.notice], asked)
        if respelt:  # "Read as the texts spell it: “fragmentation” for “fragmentaion”."
            pairs = join_list([message("respelt_pair", asked, read=b, typed=a) for a, b in respelt], asked)
            answer.notice = joined([message("respelt", asked, words=pairs), answer.notice], asked)
        quoted = quoted_notice(answer, asked, lang)  # [parallel]
        if quoted:
            answer.notice = joined([answer.notice, quoted], asked)
        answer.notice = joined([answer.notice, copies_notice(answer, self.store.corpus(), asked)], asked)  # a twin file
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
        if mode == "extractive" and asks_to_rephrase(question) and (whole := cited_whole("quote it exactly", history, names)):
            return whole  # an extractive answer never rewords: the paragraphs just cited, whole (and a notice, ``ask``)
        carried = carry_over(question, history, names, items=lambda doc, label: (p.sub_items if (p := self.store.corpus().get(f"{doc}#{label}")) else {}))
        if not carried.startswith(question.rstrip()):  # rewritten as a reference ("Tunis Agenda para 10"): nothing to condense
            return carried
        if mode == "generative" and self.llm_configured:
            from wsis.assistant.generative import condense

            condensed = condense(self, question, history)
            if condensed and keeps_context(condensed, question, carried, names):
                return condensed
        return carried

    # -- extractive ------------------------------------------------------------------------------
    def extractive(self, question: str, retrieval: Retrieval, notice: str = "", lang: str = "en") -> Answer:
        """Quotes of the passages; its own lines in ``lang`` (the question's language)."""
        t0 = time.perf_counter()
        refs = [p for p in retrieval.passages if "ref" in p.scores]
        notices = [notice] if notice else []
        if retrieval.unresolved and refs:  # some found: the others in a note (none found: said first, ``ask``)
            notices.append(message("not_found", lang, references=semicolon_join([u.said(lang) for u in retrieval.unresolved], lang)))
        if refs:
            body, citations = render_paragraphs(refs)
            cited = cited_together(refs, lambda labels: join_list(labels, lang))
            cited = cited[:6] + (["…"] if len(cited) > 6 else [])
            lead = message("reference_lead", lang, citations=join_list(cited, lang))
            lead = "\n\n".join(x for x in (reference_concept_line(retrieval, join_list(cited, lang), lang), lead) if x)  # "does it say anything about X?"
            whole = [p for p in refs if not p.focus]
            listing = [p for p in whole if len(p.paragraph.sub_items) >= 2] if asks_item_count(question) else []
            if listing:  # "how many items does para 9 list?": counted (each text's, when no text is named)
                lead = "\n".join(message("items_count", lang, citation=p.citation_text(), count=len(p.paragraph.sub_items),
                                          labels=join_list([f"({x})" for x in p.paragraph.sub_items], lang)) for p in listing) + f"\n\n{lead}"
            return Answer(question, f"{lead}\n\n{body}", "extractive", citations=citations, passages=retrieval.passages,
                          notice=joined(notices, lang), timings={"answer": time.perf_counter() - t0})
        if self.should_abstain(retrieval):
            return self.abstain(question, retrieval, "extractive", joined(notices, lang), lang)
        topic = topic_of(retrieval.query, self.retriever.names()) or retrieval.query
        if retrieval.expansions:
            topic = f"{topic} ({'; '.join(retrieval.expansions)})"
        quoted = quoted_phrases(question)  # "where does the phrase 'supervise nobody' appear?": those that say it, no others
        holders = [p for p in retrieval.passages if any(says_phrase(p, q) for q in quoted)]
        if holders and not _ASKS_WHERE_SAID.search(question):  # '"human rights" and data governance': first, not alone
            holders += [p for p in retrieval.passages if p not in holders]
        chosen = select_sentences(topic, holders or retrieval.passages, self.embed, firsts=retrieval.firsts)
        if not chosen:
            return self.abstain(question, retrieval, "extractive", joined(notices, lang), lang)
        if retrieval.excluded:
            notices.append(excluded_notice(retrieval, self.store.corpus().documents, lang))
        asked_of = (retrieval.doc_mentions[0] if len(retrieval.doc_mentions) == 1 and not retrieval.firsts
                    and not _SEVERAL_TEXTS.search(question) and not retrieval.named_lacks else "")  # one text asked about, and no other
        ranking = by_best_quote(chosen, [p.id for p in retrieval.passages], retrieval.firsts, in_order=bool(retrieval.places or retrieval.whole_part),
                                asked_of=asked_of)
        corpus = self.store.corpus()
        places = [corpus.get(pid) for pid in retrieval.places]
        counted = len(places) >= 1 and all(p is not None for p in places) and \
            {p.id for p in places[:MAX_PLACES]} <= {c.passage.paragraph.id for c in chosen}
        if counted:  # "which paragraphs deal with AI?": the places counted, and no other quote beside them
            chosen = [c for c in chosen if c.passage.paragraph.id in {p.id for p in places}]
        quoted = with_introduced(chosen, self.introduced)
        # "which action line is about culture?": the heading of each first quote's section, cited first
        order = [c.passage for c in quote_order(quoted, ranking, retrieval.firsts)]
        headings = section_headings(question, order, self.store.corpus()) if lang == "en" and not retrieval.whole_part else []
        body, citations = render_quotes(quoted, start_marker=len(headings) + 1, ranking=ranking, firsts=retrieval.firsts)
        if headings:
            named, cited = heading_lines(headings, lang)
            body, citations = f"{named}\n\n{body}", cited + citations
        # "how many times?": the count and every place's number first, each place quoted (the first ``MAX_PLACES`` of a long run)
        count = count_line(places, {d: corpus.documents[d].short_title for d in {p.doc_id for p in places}}, lang) + "\n\n" if counted else ""
        shown = len({f"{c.doc_id}#{c.paragraph.split('(')[0]}" for c in citations} & set(retrieval.firsts))
        if retrieval.whole_part > shown:  # "what is under section C?" of a long part: not silently cut
            body = message("part_cut", lang, count=retrieval.whole_part, shown=shown) + f"\n\n{body}"
        docs, texts = [], set()
        for c in quote_order(quoted, ranking, retrieval.firsts):  # as the quotes stand: the most relevant first
            if text_key(c.passage) not in texts:  # a text once, whatever the language of its quotes
                texts.add(text_key(c.passage))
                docs.append(c.passage.document)
        lead = message("extracts_lead", lang, documents=join_list([describe(d) for d in docs], lang))
        if retrieval.named_lacks:  # "does the Tunis Agenda mention X?": no, other texts do
            lead = named_lacks_line(retrieval, lang) + "\n\n" + lead
        return Answer(question, f"{count}{lead}\n\n{body}", "extractive", citations=citations, passages=retrieval.passages,
                      notice=joined(notices, lang), timings={"answer": time.perf_counter() - t0},
                      excluded_documents=list(retrieval.excluded))

    def official_numbering(self, doc_id: str) -> list[int]:
        """A text's official numbering, first and last ("expected" in its structure report), or []."""
        record = self.store.manifest().documents.get(doc_id)
        return list((record.structure or {}).get("expected") or []) if record is not None else []

    def introduced(self, passage: Passage) -> list[Passage]:
        """The paragraphs a paragraph-ending lead-in introduces (``introduced.introduced_run``)."""
        after = self.store.corpus().neighbours(passage.id, before=0, after=MAX_INTRODUCED)[1]
        return [Passage(p, passage.document) for p in introduced_run(passage.paragraph, after)]

    def should_abstain(self, retrieval: Retrieval) -> bool:
        """No reference resolved, and: nothing retrieved, the candidates are far from the question
        (off-domain), or the question's key concept is in none of them (in-domain, not addressed)."""
        if any("ref" in p.scores for p in retrieval.passages):
            return False
        return (not retrieval.passages or retrieval.relevance < retrieval.threshold
                or bool(retrieval.concept.missing))

    def abstain(self, question: str, retrieval: Retrieval, mode: str, notice: str = "", lang: str = "en") -> Answer:
        """"The texts do not mention X. The nearest passages, on Y, are: ..." with cited passages; the
        lines in ``lang`` (the question's language), the passages as they are."""
        nearest = [p for p in retrieval.passages if "ref" not in p.scores and substantive(p)][:3] or retrieval.passages[:3]
        documents = self.store.corpus().documents
        concept = retrieval.concept.missing
        scope = message("scope_filters", lang) if retrieval.excluded or retrieval.empty_filter else ""
        off_domain = not retrieval.passages or retrieval.relevance < retrieval.threshold
        if off_domain and not concept:  # far from every passage: still say which asked concept is absent
            concept = retrieval.concept.unmatched
        whole_concept = concept
        if len(concept) > MAX_CONCEPT_CHARS:  # a question of 2,000 "a"s is not echoed whole
            cut = concept[: concept.rfind(" ", 0, MAX_CONCEPT_CHARS) if " " in concept[:MAX_CONCEPT_CHARS] else MAX_CONCEPT_CHARS]
            concept = cut + "…" + ("”" if cut.count("“") > cut.count("”") else "")
        if retrieval.empty_filter:
            lines = [message("no_document_passes", lang)]
        elif off_domain and not (concept and (named := [d for d in retrieval.doc_mentions if d in documents]) and {p.paragraph.doc_id for p in nearest} <= set(named)):
            lines = [message("off_domain_concept" if concept else "off_domain", lang, scope=scope, concept=concept)]
        elif concept:  # of the texts named, when they are all the nearest passages come from (tester AB L3: not "the indexed texts")
            named = [d for d in retrieval.doc_mentions if d in documents]
            if named and {p.paragraph.doc_id for p in nearest} <= set(named):
                who = join_list([documents[d].short_title for d in named], lang)
                key = "document_not_mention" if len(named) == 1 else "documents_not_mention"
                lines = [message(key, lang, documents=who, scope=scope, concept=concept)]
            else:
                lines = [message("texts_not_mention", lang, scope=scope, concept=concept)]
        else:  # [parallel] no sentence was close enough to quote (e.g. none long enough)
            lines = [message("no_close_sentence", lang, scope=scope)]
        if nearest:
            found = [f for f in retrieval.concept.found if f.lower() != whole_concept.lower()  # not "do not mention X ... on X"
                     and not off_domain]  # nor "do not appear to address this ... on X" (X found, but too far to quote)
            on = nearest_subject(nearest, found, lang)
            lines.append(message("nearest_on", lang, subject=on) if on else message("nearest", lang))
        citations = []
        topic = topic_of(retrieval.query, self.retriever.names()) or retrieval.query or question
        for n, passage in enumerate(nearest, start=1):
            quote, shown = nearest_quote(passage, topic, self.embed)  # the closest sentence, not the lead-in
            if len(shown) > 300:
                shown = shown[: shown.rfind(" ", 0, 300)] + " …"
            citation = citation_for(passage, quote, n)
            citations.append(citation)
            lines.append(f"- {citation.text()} [{n}]: “{shown}”")
        notices = [notice] if notice else []
        if retrieval.excluded:
            notices.append(excluded_notice(retrieval, documents, lang))
        return Answer(question, "\n".join(lines), mode, abstained=True, citations=citations,
                      passages=retrieval.passages, notice=joined(notices, lang),
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


# a question about the wording itself: only the paragraphs that say the quoted phrase answer it
_ASKS_WHERE_SAID = re.compile(r"\b(?:phrase|wording|words?|expression|term|appears?|used|occurs?|where)\b", re.I)
MAX_CONCEPT_CHARS = 150  # the missing concept a refusal names, at most (cut at a word, "…")
_ACRONYMS = {"ICT", "ICTS", "WSIS", "GDC", "UN", "AI", "IGF", "CSTD", "ITU", "SDG", "SDGS", "LDCS"}


# headings that name a part of a text, not a subject ("The nearest passages, on Principles, are")
_BARE_HEADINGS = {"principles", "introduction", "preamble", "annex", "general", "background", "overview", "conclusion",
                  "conclusions", "recommendations", "commitments", "objectives", "actions", "summary", "chapeau",
                  "operative part", "preambular part", "other matters", "miscellaneous",
                  # a language version's ("Préambule", "Preámbulo", "Преамбула", "序言", "الديباجة")
                  "préambule", "preámbulo", "преамбула", "序言", "الديباجة", "ديباجة", "principes", "principios", "introducción",
                  "принципы", "原则", "المبادئ"}


def nearest_subject(passages: list, found: list[str], lang: str = "en") -> str:
    """What the nearest passages are about: their section heading when short ("financial
    mechanisms for meeting the challenges of ICT for development"), else the concepts that were found."""
    import re

    for p in passages[:1]:
        for heading in reversed(p.paragraph.section):
            clean = re.sub(r"^\s*(?:[A-Z][.)]|C\d{1,2}\.|Objective\s+\d+\.|[IVX]+[.)]|\(?\d+(?:\.\d+)*[.)]?|\([a-z]\))\s*", "", heading).strip()  # "3) Access ..."
            if clean and len(clean.split()) <= 12 and clean.lower().strip(" :.") not in _BARE_HEADINGS:
                if clean.isupper():  # "FINANCIAL MECHANISMS ... OF ICT" -> "financial mechanisms ... of ICT"
                    clean = " ".join(w if len(w) <= 4 and w.strip(",;:") in _ACRONYMS else w.lower() for w in clean.split())
                return clean
    return join_list(found[:2], lang)
