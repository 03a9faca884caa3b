"""Whether a text holds a given wording: a sentence the user pasted, or a paragraph another text may repeat.

Tester AB H8: "Is this from the Global Digital Compact? "We will foster ... across borders." Which
paragraph?" was answered with the compact's nearest paragraphs, as if they held the sentence. A
pasted sentence (six words or more, in double quotes) is looked up word for word (case, punctuation
and spacing aside; "..." joins pieces of one paragraph) in the texts the question names, or in every
text the filters allow: found, its paragraphs are quoted whole and named; not found, the answer
says so first, names the longest run of the same words the nearest paragraph shares, and quotes the
nearest paragraphs as the nearest.

Tester AB H6: "Was TA 68 language on governments carried into A/RES/70/125?" quoted para. 68 alone.
A paragraph looked up beside another text the question names is followed by what that text holds of
its wording: the longest run of the same words it repeats, or that it repeats none, and its nearest
paragraphs.

English questions only.
"""
from __future__ import annotations

import re
from typing import Any, Sequence

from wsis.assistant.candidates import family
from wsis.assistant.extractive import render_paragraphs
from wsis.assistant.mentions import implied_documents
from wsis.assistant.occurrences import MAX_PLACES
from wsis.assistant.terms import norm_tokens
from wsis.types import Answer, Filters, Paragraph, Passage
from wsis.prompts.messages import join_list, message

MIN_WORDS = 6  # a pasted sentence, not a quoted term ("people-centred", "open data")
MIN_RUN = 5  # words in a row, two of them content words: a shared run worth naming
NEAREST = 3
_PASTED = re.compile(r"\"([^\"]{0,1500})\"|“([^“”]{0,1500})”")  # in pairs: not the text between two quoted terms
_LABEL = re.compile(r"\((?:[a-z]|[ivx]+|\d+)\)")  # a list item's label: "(a) Keep the network open"
# the question asks where or whether the words stand ("Is this from the GDC?", "Which paragraph says ...?"), not what
# the texts say beside a quoted draft ("Our draft says "...". Which texts support this?")
_ASKS_WHERE = re.compile(r"\b(?:is\s+(?:this|that|it)\s+(?:from|in)|(?:which|what)\s+(?:para(?:graph)?s?|paras?|texts?|documents?|"
                         r"resolution|declaration|one)\b[^?]{0,40}?\b(?:says?|said|contains?|has|uses?|is\s+(?:it|this|that))|where\b|"
                         r"in\s+which\b|(?:is|are|was|were|does|do)\b[^?]{0,80}?\b(?:in|from|appear|contain|include|say|use)\b[^?]{0,60}\?|"
                         r"word\s+for\s+word|verbatim|exact\s+(?:words|wording|quote)|quoted?\s+from|source\s+of)", re.I)
_SAYS_ABOUT = re.compile(r"\bwhat\s+(?:does|do|did)\b[^?]{0,60}?\bsays?\s+(?:about|on|regarding|concerning)\b", re.I)
_GAP = re.compile(r"\s*(?:\.\.\.|…|\[\.\.\.\]|\[…\])\s*")


def pasted_wording(question: str) -> str:
    """The longest sentence the question quotes in double quotes, of ``MIN_WORDS`` words or more; ""."""
    found = [(m.group(1) or m.group(2) or "").strip() for m in _PASTED.finditer(question or "")]
    found = [f for f in found if len(re.findall(r"\w+", f)) >= MIN_WORDS]
    return max(found, key=len) if found else ""


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", _LABEL.sub(" ", text.lower()))


def holds(paragraph: Paragraph, wording: str) -> bool:
    """Whether ``paragraph`` says ``wording`` word for word (its "..." pieces in order)."""
    key = max(_words(wording), key=len, default="")
    if key not in paragraph.text.lower():  # its longest word nowhere: no run to look for (a 100k-paragraph index stays fast)
        return False
    flat = " " + " ".join(_words(paragraph.text)) + " "
    at = 0
    for piece in (p for p in _GAP.split(wording) if _words(p)):
        said = " " + " ".join(_words(piece)) + " "
        at = flat.find(said, at)
        if at < 0:
            return False
        at += len(said) - 1  # the next piece after this one
    return True


def shared_run(source: str, paragraph: Paragraph) -> str:
    """The longest run of words ``paragraph`` shares with ``source`` (``MIN_RUN`` words or more, two
    of them content words), as the paragraph writes it; "" when none."""
    a, b = _words(source), _words(paragraph.text)
    best, end, row = 0, 0, [0] * (len(b) + 1)
    for i in range(1, len(a) + 1):
        prev, row = row, [0] * (len(b) + 1)
        for j in range(1, len(b) + 1):
            if a[i - 1] == b[j - 1]:
                row[j] = prev[j - 1] + 1
                if row[j] > best:
                    best, end = row[j], j
    run = b[end - best:end]
    if best < MIN_RUN or len(norm_tokens(" ".join(run))) < 2:
        return ""
    while not norm_tokens(run[-1]):  # "the governance of the network", not "... network, as"
        run = run[:-1]
    while not norm_tokens(run[0]):
        run = run[1:]
    pattern = r"\W+".join(re.escape(w) for w in run)
    m = re.search(pattern, paragraph.text, re.I)
    return m.group(0) if m else " ".join(run)


def _place(p: Passage) -> str:
    return p.citation_text()


def _scope(question: str, names: Any, corpus: Any, filters: Filters | None, leave_out: Sequence[str] = ()) -> tuple[list[str], bool]:
    """(the texts a question names, beside those of ``leave_out``, or every text the filters allow; whether named)."""
    years, _, _ = implied_documents(question, corpus.documents)
    named = [d for d in dict.fromkeys(names.doc_ids(question) + years) if d not in leave_out]
    allowed = corpus.allowed_docs(filters) if filters is not None and not filters.is_empty() else list(corpus.doc_order)
    named = [d for d in named if d in allowed]
    return (named, True) if named else (list(allowed), False)


def pasted_answer(assistant: Any, question: str, filters: Filters | None, lang: str) -> Answer | None:
    """The answer to a question quoting a sentence: where the texts hold it, or that they do not; None
    without a pasted sentence (or in another language), or when only what the texts say about a subject is asked
    ("What does it really say about cutting off connectivity?")."""
    wording = pasted_wording(question) if lang == "en" else ""
    # "... "pull the plug". What does it really say about cutting off connectivity?": a subject asked about, not where the
    # words stand (round 44); "... What does it say about that, is this from the compact?" asks where too
    rest = _SAYS_ABOUT.sub(lambda m: " " * len(m[0]), question.replace(wording, " "))
    if not wording or not _ASKS_WHERE.search(rest):
        return None
    retriever, corpus = assistant.retriever, assistant.store.corpus()
    scope, named = _scope(question, retriever.names(), corpus, filters)
    titles = join_list([corpus.documents[d].short_title for d in scope], lang)
    holders = [p for d in scope for i in corpus.by_doc.get(d, []) if holds(p := corpus.paragraphs[i], wording)]
    allowed = set(corpus.allowed_docs(filters)) if filters is not None and not filters.is_empty() else set(corpus.doc_order)
    elsewhere = [] if holders or not named else [p for p in corpus.paragraphs if p.doc_id not in scope and p.doc_id in allowed
                                                 and holds(p, wording)]
    found = [q for q in (retriever.passage(p.id, 1.0) for p in (holders or elsewhere)[:MAX_PLACES]) if q is not None]
    if found:
        places = join_list([_place(q) for q in found], lang)
        line = message("wording_in", lang, places=places) if holders else message("wording_elsewhere", lang, texts=titles, places=places)
        body, citations = render_paragraphs(found)
        return Answer(question, f"{line}\n\n{body}", "extractive", citations=citations, passages=found)
    nearest, _ = retriever.hybrid(wording, Filters(doc_ids=scope), 10, {})
    ranked = sorted(enumerate(nearest), key=lambda x: (-len(_words(shared_run(wording, x[1].paragraph))), x[0]))
    nearest = [p for _, p in ranked[:NEAREST]]
    line = message("wording_not_in", lang, texts=titles) if named else message("wording_not_in_any", lang)
    run = shared_run(wording, nearest[0].paragraph) if nearest else ""
    if run:
        line += " " + message("wording_run", lang, place=_place(nearest[0]), run=run)
    body, citations = render_paragraphs(nearest) if nearest else ("", [])
    return Answer(question, f"{line}\n\n{body}".strip(), "extractive", citations=citations, passages=nearest,
                  abstained=True, missing_concept=wording)


def beside_reference(assistant: Any, question: str, looked_up: list[Passage], filters: Filters | None, lang: str) -> tuple[str, list[Passage]]:
    """(the lines on what another text the question names holds of the looked-up paragraphs' wording,
    the passages to quote under them); ("", []) when the question names no other text."""
    if lang != "en" or not looked_up:
        return "", []
    retriever, corpus = assistant.retriever, assistant.store.corpus()
    own = {p.paragraph.doc_id for p in looked_up}
    own |= {d for d in corpus.doc_order if set(family(d, corpus.documents)) & own}  # the Pact holds its annex, the GDC
    own |= {f for d in list(own) for f in family(d, corpus.documents)}
    titles = {corpus.documents[d].title.split(" (")[0] for d in own}  # its language versions and copies are the same text
    own |= {d for d in corpus.doc_order if corpus.base_of(d) in own or corpus.documents[d].title.split(" (")[0] in titles}
    others, named = _scope(question, retriever.names(), corpus, filters, leave_out=sorted(own))
    if not named:
        return "", []
    source = "\n".join(p.paragraph.text for p in looked_up)
    cited = join_list([_place(p) for p in looked_up], lang)
    lines, quoted = [], []
    for doc in others[:2]:
        near, _ = retriever.hybrid(source, Filters(doc_ids=[doc]), 10, {})
        # each looked-up paragraph's own run: the one repeated is named, not every paragraph looked up
        runs = [(shared_run(own.paragraph.text, p.paragraph), i, p, own) for i, p in enumerate(near) for own in looked_up]
        runs.sort(key=lambda x: (-len(_words(x[0])), x[1]))
        title = corpus.documents[doc].short_title
        if runs and runs[0][0]:
            lines.append(message("wording_repeated", lang, place=_place(runs[0][2]), citation=_place(runs[0][3]), run=runs[0][0]))
        else:
            lines.append(message("wording_not_repeated", lang, texts=title, citation=cited))
        first: dict[str, Passage] = {}
        for _, _, p, _ in runs:
            first.setdefault(p.id, p)
        quoted += list(first.values())[:2]  # the first two, once each
    return " ".join(lines), quoted


def with_beside(assistant: Any, question: str, answer: Answer, passages: list[Passage], filters: Filters | None, lang: str) -> Answer:
    """``answer`` quoting looked-up paragraphs, followed by what another text the question names holds of their wording."""
    looked_up = [p for p in passages if "ref" in p.scores]
    if answer.abstained or not looked_up or not answer.citations:
        return answer
    lines, quoted = beside_reference(assistant, question, looked_up, filters, lang)
    if not lines:
        return answer
    body, citations = render_paragraphs(quoted, start_marker=len(answer.citations) + 1)
    answer.answer = f"{answer.answer}\n\n{lines}\n\n{body}".strip()
    answer.citations = [*answer.citations, *citations]
    return answer
