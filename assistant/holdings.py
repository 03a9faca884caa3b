"""Questions about what the assistant holds, not about what the texts say: "what documents do you
have?", "which texts are indexed?", "what can I ask you about?". Answered from the index itself: each
indexed text by its short title, symbol and year, in the order they were adopted; nothing is quoted
(tester Z: "what documents do you have?" was refused, "they do not mention hi")."""
from __future__ import annotations

import re

from wsis.prompts.messages import join_list, message
from wsis.types import Answer, Filters

_HOLDINGS = re.compile(
    r"^\s*(?:(?:and|so|ok(?:ay)?|hi|hello)[\s,]+)?(?:(?:what|which)\s+(?:documents|texts|docs|files|sources)\s+(?:do\s+you\s+have|are\s+(?:indexed|"
    r"in\s+(?:the\s+)?(?:index|library|database))|can\s+(?:you|i)\s+(?:search|ask\s+about))"
    r"|what\s+(?:can|could)\s+i\s+ask(?:\s+you)?(?:\s+about)?|what\s+do\s+you\s+(?:cover|know\s+about|hold|contain)"
    r"|(?:list|show)\s+(?:me\s+)?(?:the\s+|your\s+|all\s+(?:the\s+)?)?(?:indexed\s+)?(?:documents|texts|sources))\s*[?.!]*\s*$", re.I)


def asks_holdings(question: str) -> bool:
    """Whether ``question`` asks what the assistant holds (English)."""
    return bool(_HOLDINGS.match(question or ""))


def holdings_answer(question: str, corpus, filters: Filters | None, lang: str) -> Answer | None:
    """The indexed texts the filters keep, listed; None for any other question."""
    if lang != "en" or not asks_holdings(question):
        return None
    docs = sorted(corpus.allowed_docs(filters), key=lambda d: corpus.documents[d].date or "9999")
    listed = [f"{i.short_title}" + (f" ({', '.join(x for x in (i.symbol, (i.date or '')[:4]) if x)})" if i.symbol or i.date else "")
              for i in (corpus.documents[d] for d in docs)]
    if not listed:
        return None  # nothing within the filters: the retrieval's own line says so
    text = message("holdings" if len(listed) > 1 else "holdings_one", lang, count=len(listed), documents=join_list(listed, lang))
    return Answer(question, text, "extractive", abstained=False, timings={"answer": 0.0})
