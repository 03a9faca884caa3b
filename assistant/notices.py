"""The notices an answer carries besides its quotes: the language the quotes are in, the texts the
filters kept or left out, a named text that lacks what is asked; and the joins of the answer's own
lines in the question's language."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from wsis.prompts.messages import join_list, language_name, message
from wsis.types import Answer, Filters

if TYPE_CHECKING:
    from wsis.assistant.retrieval import Retrieval
    from wsis.index_store.store import LiveCorpus


def quoted_notice(answer: Answer, asked: str, wanted: str | None = None) -> str:
    """"Quoted from the English text." when the quotes are in another language than the question's,
    or than the one asked for (``wanted``: French asked for, no French version indexed), written in
    the question's language ("Cité d’après le texte anglais.")."""
    langs = list(dict.fromkeys(c.lang or "en" for c in answer.citations))
    if not langs or (langs == [asked] and wanted in (None, asked)):
        return ""
    if len(langs) == 1:
        return message("quoted_from_one", asked, language=language_name(langs[0], asked))
    names = [language_name(lang, asked, plural=True) for lang in langs]
    return message("quoted_from_many", asked, languages=join_list(names, asked))


def kept_undated(answer: Answer, filters: Filters | None, documents: dict) -> list[str]:
    """Titles of cited documents that pass a year or process filter only because they have no date
    or process to test (a user's own notes): the filters keep them (``Filters.include_undated``)."""
    if filters is None or not filters.include_undated or not (filters.year_from or filters.year_to or filters.process):
        return []
    out: list[str] = []
    for doc_id in dict.fromkeys(c.doc_id for c in answer.citations):
        info = documents.get(doc_id)
        if info is None or doc_id in (filters.doc_ids or []):
            continue
        if ((filters.year_from or filters.year_to) and not info.date) or (filters.process and not info.process):
            out.append(info.title)
    return out


def excluded_notice(retrieval: Retrieval, documents: dict, lang: str = "en") -> str:
    """Which documents the filters left out although the question names them, or they have passages on it."""
    if retrieval.empty_filter:
        return message("excluded_all", lang)
    def title(d: str) -> str:
        return documents[d].title if d in documents else d
    named, carried = [title(d) for d in retrieval.named_out], [title(d) for d in retrieval.carried_out]
    ranked = [title(d) for d in retrieval.excluded if d not in retrieval.named_out + retrieval.carried_out]
    return joined([message("named_excluded_one" if len(named) == 1 else "named_excluded_many", lang, titles=join_list(named, lang))
                   if named else "",
                   message("carried_excluded_one" if len(carried) == 1 else "carried_excluded_many", lang, titles=join_list(carried, lang))
                   if carried else "",
                   message("excluded_one" if len(ranked) == 1 else "excluded_many", lang, titles=join_list(ranked, lang))
                   if ranked else ""], lang)


def semicolon_join(items: list[str], lang: str = "en") -> str:
    """Items joined by the language's semicolon ("a; b", "a；b")."""
    return message("list_semicolon", lang).join(items)


def joined(sentences: list[str], lang: str = "en") -> str:
    """The non-empty sentences one after the other (a space between them; none in Chinese)."""
    return message("sentence_separator", lang).join(s for s in sentences if s)


def named_lacks_line(retrieval: Retrieval, lang: str) -> str:
    """"The Global Digital Compact does not mention spam; the passages below that do are from other
    texts." for ``retrieval.named_lacks`` ("" without it)."""
    if not retrieval.named_lacks:
        return ""
    return message("named_lacks" if retrieval.named_lacks_said else "named_lacks_near", lang,
                   document=retrieval.named_lacking, concept=retrieval.named_lacks)


def reference_concept_line(retrieval: Retrieval, citations: str, lang: str) -> str:
    """"Tunis Agenda, para. 72 does not use the word “funding”." when the one paragraph a question looks up
    lack what it asks about, in its words or a paraphrase ("Does Tunis Agenda para 72 say anything about
    funding?"): said of the words alone, which the quote shows; "... uses the word “forum”." when every
    asked phrase is there word for word; "" otherwise (a paraphrase: the quote shows it)."""
    check = retrieval.ref_concept
    looked_up = {p.paragraph.id for p in retrieval.passages if "ref" in p.scores}
    if check is None or not check.phrases or len(looked_up) != 1:  # of several paragraphs: which one? (their quotes show it)
        return ""
    if check.missing:
        one = len(check.missing.split()) == 1
        return message("reference_lacks_word" if one else "reference_lacks", lang, citations=citations, concept=check.missing)
    said = " ".join(" ".join(p.paragraph.text.split()) for p in retrieval.passages if "ref" in p.scores).lower()
    if all(ph.present and " ".join(ph.text.split()).lower() in said for ph in check.phrases):  # word for word, not a stem
        one = len(check.phrases) == 1 and len(check.phrases[0].words) == 1
        return message("reference_says_word" if one else "reference_says", lang, citations=citations,
                       concept=join_list([f"“{ph.text}”" for ph in check.phrases], lang))
    return ""


def _wording(text: str) -> str:
    """A paragraph's words and numbers alone: a line-break hyphen, a curly quote or spacing is no other wording."""
    return re.sub(r"[\W_]+", "", text.lower())


def copies_notice(answer: Answer, corpus: LiveCorpus, lang: str = "en") -> str:
    """"Another indexed file of A/RES/79/1, annex I, ..., words ¶ 5 differently" when a cited paragraph has a
    twin of the same label in another file of the same text (the same symbol and language: two downloads of one
    text) whose wording differs; "" otherwise."""
    documents, cited = corpus.documents, {c.id.split("@")[0] for c in answer.citations}
    for doc_id in dict.fromkeys(c.doc_id for c in answer.citations):
        info = documents.get(doc_id)
        if info is None or not info.symbol or info.parallel_of:
            continue
        twins = [(d, o) for d, o in documents.items() if d != doc_id and o.symbol == info.symbol and not o.parallel_of
                 and o.lang == info.lang]
        own = {p.label: p.text for i in corpus.by_doc.get(doc_id, []) if (p := corpus.paragraphs[i]).id in cited} if twins else {}
        for twin, other in twins:
            differ = [f"¶ {p.label}" for i in corpus.by_doc.get(twin, []) if (p := corpus.paragraphs[i]).label in own
                      and p.numbered and _wording(p.text) != _wording(own[p.label])]
            if differ:
                return message("other_copies", lang, symbol=info.symbol, titles=other.title, ids=twin,
                               labels=join_list(differ, lang))
    return ""
