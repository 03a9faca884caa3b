"""Answers on the texts themselves rather than on what they say: when and where they were adopted
(``dates``, ``venues``), their particulars (symbol, session: ``particulars``), what they say of
themselves ("What subject does X cover?", "What is the GDC?": ``about_text``). Each takes the live
corpus and returns None for any other question."""
from __future__ import annotations

import re

from wsis.assistant.about_text import NAME_ONLY, asks_adoption_act, itself_span, texts_span, title_answer
from wsis.assistant.dates import asks_for_date, date_answer, is_date_question
from wsis.assistant.languages import detect_language
from wsis.assistant.mentions import catalog_names, names_in, texts_named
from wsis.assistant.particulars import asks_for_particulars, is_particulars_question, particulars_answer
from wsis.assistant.references import DocumentNames
from wsis.assistant.venues import asks_for_venue, is_venue_question, venue_answer, with_date
from wsis.index_store.live_corpus import LiveCorpus
from wsis.ingest.catalog import catalog_by_id
from wsis.types import Answer, DocumentInfo, Filters

_WHEN_ALONE = re.compile(r"^\s*(?:(?:and|so|then)\s+)?when(?:\s+(?:was|is)\s+(?:that|it|this))?\s*[?.!]?\s*$", re.I)


def dated_answer(corpus: LiveCorpus, question: str, query: str, filters: Filters | None, lang: str) -> Answer | None:
    """The answer to a question that asks only when the texts it names were adopted
    (``assistant.dates``), or where (``assistant.venues``): indexed texts from the line that prints
    the date or place, catalog texts not indexed from the catalog; None for any other question, or
    a text the filters leave out. A follow-up ("And when was it adopted?") asks it of the texts its
    history named (``query``)."""
    where = lang == "en" and asks_for_venue(question)
    if not where and not asks_for_date(question):
        return None
    corpus, documents, names, stripped = without_names(corpus, question)
    where = where and is_venue_question(stripped)
    if not where and not is_date_question(question, stripped, detect_language(question)) and not (
            query != question and _WHEN_ALONE.match(question) and is_date_question(query, without_names(corpus, query)[3])):
        return None  # "when?" after "Who adopted the GDC?" asks when it was adopted (tester Z)
    named = texts_named(query, names, documents)
    allowed = set(corpus.allowed_docs(filters))
    if not named or not {d for d in named if d in documents} <= allowed:
        return None
    catalog = catalog_by_id()
    infos = [documents[d] if d in documents else catalog[d].to_info() for d in named if d in documents or d in catalog]
    answer = venue_answer(question, infos, corpus, lang, allowed) if where else date_answer(question, infos, corpus, lang, allowed)
    if where and answer is not None and asks_for_date(question):  # "when and where was it adopted?"
        answer = with_date(date_answer(question, infos, corpus, lang, allowed), answer)
    if answer is not None:
        answer.timings["answer"] = 0.0
    return answer

def particulars_of(corpus: LiveCorpus, question: str, query: str, filters: Filters | None, lang: str) -> Answer | None:
    """The answer to a question that asks only for the particulars of the texts it names (symbol,
    session, agenda items, original language: ``assistant.particulars``) or about the texts
    themselves (their subject, audience, full title: ``assistant.about_text``), from their title blocks;
    None for any other question, or a text the filters leave out or the index lacks."""
    span = texts_span(question) if lang == "en" else None  # "what subject does X cover?": the text itself
    whole = itself_span(question) if lang == "en" and span is None else None  # "What is the GDC?": a name alone
    itself = whole is not None and bool(NAME_ONLY.fullmatch(without_names(corpus, question[whole[0]:whole[1]])[3]))
    span = whole if itself else span
    act = lang == "en" and span is None and asks_adoption_act(question)  # "formally passed by which body?"
    if span is None and not act and (lang != "en" or not asks_for_particulars(question)):
        return None
    corpus, documents, names, stripped = without_names(corpus, question)
    if span is None and not act and not is_particulars_question(stripped, lang):
        return None
    named = texts_named(question[span[0]:span[1]] if span else query, names, documents)
    if not named or not {d for d in named if d in documents} <= set(corpus.allowed_docs(filters)):
        return None
    catalog = catalog_by_id()
    infos = [documents[d] if d in documents else catalog[d].to_info() for d in named if d in documents or d in catalog]
    answer = title_answer(question, infos, corpus, lang, act, opening=itself, allowed=set(corpus.allowed_docs(filters))) if span or act \
        else particulars_answer(question, infos, corpus, lang)
    if answer is not None:
        answer.timings["answer"] = 0.0
    return answer

def without_names(corpus: LiveCorpus, question: str) -> tuple[LiveCorpus, dict[str, DocumentInfo], DocumentNames, str]:
    """(corpus, its documents, every name of them, the descriptive ones too, the question without
    the names it holds): what a date or particulars question asks besides the texts it names."""
    documents = {d: corpus.documents[d] for d in corpus.doc_order}
    names = catalog_names(documents)
    stripped = question
    for start, end in sorted({(s, e) for s, e, _ in names_in(question, names, documents)}, reverse=True):
        stripped = stripped[:start] + " " + stripped[max(start, end):]
    return corpus, documents, names, stripped
