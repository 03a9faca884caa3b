"""Questions on how a named text numbers its paragraphs: the runs it quotes and the stretches it
skips ("The extract quotes 33 to 38 and then skips ahead: where does it pick up again?", "Which
paragraph ends its opening run?", "Why does it leave out 6 to 18?").

An extract of agreed language keeps its source's numbers, so its numbering jumps (1-5, 19, 33-38,
60-64). No paragraph is *about* that, and a question quoting "paragraphs 33 to 38" is no look-up of
them: the answer is the text's own sequence of numbers, with the paragraph asked for (where it
resumes, where a run ends) quoted whole, and what the text says of its numbering (an unnumbered
note: "the paragraph numbers are those of the source text"). Why a text leaves paragraphs out no
paragraph says: that is said, with the runs and the note as the nearest passages. English
questions naming one indexed text.
"""
from __future__ import annotations

import re
from typing import Callable, Sequence

from wsis.assistant.extractive import citation_for
from wsis.prompts.messages import join_list, message
from wsis.types import Answer, DocumentInfo, Filters, Paragraph, Passage

MAX_RESUMPTIONS = 2  # run starts quoted for a question that asks for none in particular

# a gap or a run said of a text's paragraphs or numbers ("quotes paragraphs 33 to 38 and then skips
# ahead", "which paragraphs does it leave out", "a run of back-to-back paragraphs"), not a gap in the
# world ("the paragraphs on the digital gap") nor a verb of the text's subject ("resume negotiations")
_PARAGRAPHS = (r"(?:paragraphs?|paras?\b\.?|numbering|(?:its|their|own|source['’]?s?|original)\s+numbers"
               r"|from\s+one\s+number\s+to\s+another)")
_SKIP = r"(?:skip(?:s|ped|ping)?|jump(?:s|ed|ing)?|pick(?:s|ed)?\s+(?:it\s+|back\s+)?up\s+again|resum(?:e|es|ed|ing))"
_LEAVE = r"(?:(?:leaves?|left|leaving)\s+out|omit(?:s|ted|ting)?)"
_ASKS = [re.compile(rf"\b{_PARAGRAPHS}\W+(?:[\w'’-]+\W+){{0,5}}?{_SKIP}\b|\b{_SKIP}\W+(?:[\w'’-]+\W+){{0,5}}?{_PARAGRAPHS}", re.I),
         re.compile(rf"\b{_LEAVE}\s+(?:[\w'’-]+\s+){{0,2}}?{_PARAGRAPHS}|\b{_PARAGRAPHS}\W+(?:[\w'’-]+\W+){{0,4}}?{_LEAVE}\b", re.I),
         re.compile(r"\bgaps?\s+in\s+(?:its|the|their)\s+(?:numbering|paragraph\s+numbers)|\b(?:opening|first|last|final)\s+run\b"
                    r"|\b(?:runs?\s+of|back-to-back|consecutive|unbroken)\s+(?:\w+\s+)?(?:paragraphs|numbers)\b|\bunbroken\s+run\b", re.I)]
# "How many paragraphs does the GDC have?": its count (the text's name spoken as "it")
_COUNT = re.compile(r"\bhow\s+many\s+(?:numbered\s+)?(?:paragraphs|paras)\s+(?:(?:does|do|did)\s+(?:the\s+)?it\s+(?:have|contain|hold|count|number)"
                    r"|(?:are\s+there\s+|are\s+)?in\s+(?:the\s+)?it|has\s+(?:the\s+)?it)\s*[?.!]?\s*$", re.I)
_ANY_GAP = re.compile(rf"\b(?:{_SKIP}|{_LEAVE}|gaps?|run|back-to-back|consecutive|unbroken|how\s+many\s+(?:numbered\s+)?para)", re.I)  # a cheap first test
_WHY = re.compile(r"\bwhy\b", re.I)
_WHOSE = re.compile(r"\b(?:own|original|source['’]?s?)\s+(?:text['’]?s?\s+)?(?:numbers|numbering)\b"
                    r"|\bnumbers\s+or\s+(?:the\s+)?(?:original|source)", re.I)
_FIRST_RUN_END = re.compile(r"\b(?:opening|first)\s+run\b.*\b(?:ends?|ending|last|closes?|finish\w*)\b"
                            r"|\b(?:ends?|ending|last|closes?|finish\w*)\b.*\b(?:opening|first)\s+run\b", re.I)
_LAST_RUN_START = re.compile(r"\b(?:last|final)\s+run\b.*\b(?:starts?|begins?|opens?|first)\b"
                             r"|\b(?:starts?|begins?|opens?|first)\b.*\b(?:last|final)\s+run\b", re.I)
_NUMBER = re.compile(r"(?<![\d(])\b(\d{1,4})\b(?![\d(])")
_NOTE = re.compile(r"\bparagraph\s+numbers?\b|\bnumbering\b|\bnumbered\b|\bits\s+numbers\b", re.I)  # a note on the numbering
_SYMBOL = re.compile(r"(?<!\S)\S*\d/\S*")  # "A/RES/70/125": no paragraph numbers


def asks_numbering(question: str) -> bool:
    """Whether ``question`` asks how a text numbers its paragraphs: a gap or run said of paragraphs, or
    how many it has."""
    return bool(question) and any(pattern.search(question) for pattern in [*_ASKS, _COUNT])


def runs_of(labels: list[int]) -> list[tuple[int, int]]:
    """Runs of consecutive numbers, in the text's order: [1, 2, 3, 19, 33, 34] -> [(1, 3), (19, 19), (33, 34)]."""
    runs: list[tuple[int, int]] = []
    for n in labels:
        if runs and n == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], n)
        else:
            runs.append((n, n))
    return runs


def _span(run: tuple[int, int]) -> str:
    return str(run[0]) if run[0] == run[1] else f"{run[0]}–{run[1]}"


def asked_numbers(question: str, runs: list[tuple[int, int]]) -> list[int]:
    """The paragraph numbers ``question`` asks to see: where the numbering resumes after the highest
    number it quotes, where the opening run ends, where the last run starts; else where it resumes
    after each gap (at most ``MAX_RESUMPTIONS``)."""
    if not runs:
        return []
    if _FIRST_RUN_END.search(question):
        return [runs[0][1]]
    if _LAST_RUN_START.search(question):
        return [runs[-1][0]]
    starts = [start for start, _ in runs[1:]]
    quoted = [int(n) for n in _NUMBER.findall(_SYMBOL.sub(" ", question)) if not re.fullmatch(r"(?:19|20)\d\d", n)]
    if quoted:
        after = [s for s in starts if s > max(quoted)]
        if after:
            return [after[0]]
    return starts[:MAX_RESUMPTIONS]


def numbering_answer(question: str, info: DocumentInfo, paragraphs: list[Paragraph], lang: str = "en") -> Answer | None:
    """The runs and gaps of the text's paragraph numbers, the paragraphs asked for quoted whole, then
    its note on its numbering (alone when the question asks whose numbers they are); abstains (the note and the runs as the nearest) when the question asks
    why. None when the text has no numbered paragraph."""
    numbered = {int(p.label): p for p in paragraphs if p.label.isdigit()}
    if not numbered:
        return None
    runs = runs_of([int(p.label) for p in paragraphs if p.label.isdigit()])
    name = f"{info.short_title} ({info.symbol})" if info.symbol else info.short_title
    skipped = [(a[1] + 1, b[0] - 1) for a, b in zip(runs, runs[1:]) if b[0] > a[1] + 1]
    spans = join_list([_span(r) for r in runs], lang)
    lines = [message("numbering_runs", lang, document=name, runs=spans, skipped=join_list([_span(s) for s in skipped], lang))
             if skipped else message("numbering_unbroken", lang, document=name, runs=spans)]
    why = bool(skipped and _WHY.search(question))  # "why does it skip ...": no paragraph says (a text without gaps skips nothing)
    whose = bool(_WHOSE.search(question))  # "its own numbers or the source's?": the note answers
    notes = [p for p in paragraphs if not p.label.isdigit() and not p.label.startswith("title") and _NOTE.search(p.text)][:1]
    asked = [] if why or whose else [numbered[n] for n in asked_numbers(question, runs) if n in numbered]
    if not asked and not why and not whose and not notes:  # the runs' ends, quoted: what the numbering line rests on
        asked = [numbered[n] for n in dict.fromkeys([runs[0][0], runs[-1][1]])]
    shown = asked + notes
    if why:
        lines.insert(0, message("numbering_why", lang, document=name))
    quoted: list[Passage] = []
    for paragraph in shown:
        quoted.append(Passage(paragraph, info, score=1.0, scores={"numbering": 1.0}))
        n = len(quoted)
        lead = message("numbering_note", lang, marker=f"[{n}]") if paragraph in notes else \
            message("numbering_paragraph", lang, label=paragraph.label, marker=f"[{n}]")
        block = paragraph.text.strip().replace("\n", "\n> ")
        lines.append(f"{lead}\n> {block}\n> [{n}] ({quoted[-1].citation_text()})")
    citations = [citation_for(p, p.paragraph.text, n) for n, p in enumerate(quoted, start=1)]
    return Answer(question, "\n\n".join(lines), "extractive", abstained=why, citations=citations, passages=quoted,
                  missing_concept="a reason for the gaps in its numbering" if why else "")


def numbered_answer(question: str, query: str, corpus, names, filters: Filters | None, lang: str,
                    expected: Callable[[str], Sequence[int]] = lambda doc: ()) -> Answer | None:
    """The numbering answer for an English question (``query``: it with its history) naming one indexed
    text the filters keep (``expected``: a text's official numbering, first and last, when known);
    None for any other question."""
    if lang != "en" or not _ANY_GAP.search(question):
        return None
    # the question with its texts' names as "it": "Which paragraphs does the ministerial round table
    # summary leave out?" asks as "Which paragraphs does it leave out?"
    spoken = question
    for start, end in sorted({(m.start, m.end) for m in names.mentions(question)}, reverse=True):
        spoken = spoken[:start] + "it" + spoken[end:]
    if not asks_numbering(spoken):
        return None
    named = [d for d in names.doc_ids(query) if d in corpus.documents]
    if len(named) != 1 or named[0] not in corpus.allowed_docs(filters):
        return None
    answer = numbering_answer(question, corpus.documents[named[0]], [corpus.paragraphs[i] for i in corpus.by_doc.get(named[0], [])], lang)
    if answer is not None and _COUNT.search(spoken):  # "how many paragraphs does it have?": counted first
        info, held = corpus.documents[named[0]], sum(1 for i in corpus.by_doc.get(named[0], []) if corpus.paragraphs[i].label.isdigit())
        name = f"{info.short_title} ({info.symbol})" if info.symbol else info.short_title
        official = list(expected(named[0]) or ())
        line = message("numbering_count", lang, document=name, count=held)
        if len(official) == 2 and official[1] - official[0] + 1 > held:  # an official text indexed in part
            line += " " + message("numbering_official", lang, first=official[0], last=official[1])
        answer.answer = f"{line}\n\n{answer.answer}"
    if answer is not None:
        answer.timings["answer"] = 0.0
    return answer
