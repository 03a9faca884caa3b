"""Which texts say something, and which do not: "Which texts do not mention AI?", "Which documents
don't say anything about spam?", "Which texts mention the Secretary-General?".

A retrieval answers what the texts say, never what they leave out: asked this way it quoted the
texts that do mention the subject, as if they were the answer. Here each indexed text the filters
keep is read for the subject's words (the question's words and the glossary's other forms: "AI",
"artificial intelligence"), as a run, in any paragraph. The answer names the texts that use none of
them, then quotes the first place in each text that does. It is a check of wording, and says so: a
text may speak of the subject in other words. English questions (the question forms are English).
"""
from __future__ import annotations

import re
from typing import Callable, Sequence

from wsis.assistant.extractive import render_paragraphs
from wsis.assistant.terms import norm_tokens
from wsis.prompts.messages import join_list, message, template
from wsis.types import Answer, Filters, Passage

_ASKS = re.compile(
    r"^\s*(?:which|what)\s+(?:of\s+the\s+)?(?:texts|documents|outcome\s+documents)\s+(?:(?P<not>(?:do|does)\s*(?:not|n['’]t))\s+)?"
    r"(?:mention|say\s+anything\s+(?:about|on)|speak\s+(?:of|about)|talk\s+about|refer\s+to|address|cover|use\s+the\s+"
    r"(?:words?|terms?|phrase))(?(not)|s?)\s+(?P<subject>[^?]{2,80}?)\s*[?.!]?\s*$", re.I)
_QUOTES = "\"“”‘’'"


def asked_subject(question: str) -> tuple[str, bool]:
    """The subject of "Which texts do not mention X?" (or "Which texts mention X?") and whether the
    question asks for the texts without it; ("", False) for any other question."""
    m = _ASKS.match(question or "")
    return (m["subject"].strip(_QUOTES + " "), bool(m["not"])) if m else ("", False)


def _holds(tokens: list[str], form: list[str]) -> bool:
    n = len(form)
    return n > 0 and any(tokens[i:i + n] == form for i in range(len(tokens) - n + 1))


def absent_from_answer(question: str, corpus, filters: Filters | None, lang: str,
                       other_forms: Callable[[str], Sequence[str]]) -> Answer | None:
    """The answer (module docstring), or None for any other question, a subject with no words, or
    fewer than two texts to compare. ``other_forms``: the glossary's other forms of the subject."""
    subject, negated = asked_subject(question) if lang == "en" else ("", False)
    forms = [f for f in dict.fromkeys([re.sub(r"^(?:the|a|an)\s+", "", subject, flags=re.I), *other_forms(subject)]) if f]
    runs = [norm_tokens(f) for f in forms]
    docs = corpus.allowed_docs(filters)
    if not subject or not any(runs) or len(docs) < 2:
        return None
    first: dict[str, Passage] = {}
    for doc in docs:
        for i in corpus.by_doc.get(doc, []):
            paragraph = corpus.paragraphs[i]
            if not paragraph.label.startswith("title") and any(_holds(norm_tokens(paragraph.text), r) for r in runs):
                first[doc] = Passage(paragraph, corpus.documents[doc], 1.0, {"absent_from": 1.0})
                break
    without = [corpus.documents[d].short_title for d in docs if d not in first]
    words = template("list_separator", lang).join(f"“{f}”" for f in forms)  # any of them
    lead = (message("absent_from_none", lang, words=words) if not without else
            message("absent_from_all", lang, total=len(docs), words=words) if not first else
            message("absent_from", lang, count=len(without), total=len(docs), words=words, titles=join_list(without, lang)))
    if not first and not negated:  # "which texts talk about protecting personal data?": no text has those words as a
        return None  # run; the question is then asked of the texts' meaning (their "protection of personal data")
    if not first:
        return Answer(question, lead, "extractive", abstained=True, timings={"answer": 0.0})
    body, citations = render_paragraphs(list(first.values()))
    titles = join_list([p.document.short_title for p in first.values()], lang)
    said = message("absent_from_said", lang, titles=titles)
    text = f"{lead}\n\n{said}\n\n{body}"
    if not negated:  # "which texts mention X?": those that do first, the others after the quotes
        text = f"{message('absent_from_used', lang, words=words, titles=titles)}\n\n{body}" + (f"\n\n{lead}" if without else "")
    return Answer(question, text, "extractive", citations=citations, passages=list(first.values()), timings={"answer": 0.0})
