"""Generative answers: an LLM writes with [n] markers; code then checks every sentence.

A sentence survives only if its markers point to retrieved passages and the cited text supports it
(``assistant.support``). If no sentence survives, or the LLM cannot be reached, the extractive
answer is returned with a notice.
"""
from __future__ import annotations

import logging
import re
import time
from typing import Callable

from wsis.assistant.context import AssistantContext
from wsis.assistant.extractive import citation_for, substantive
from wsis.assistant.llms import get_llm
from wsis.assistant.notices import named_lacks_line
from wsis.errors import LLMConfigError
from wsis.assistant.retrieval import Retrieval
from wsis.assistant.sentences import sentences
from wsis.assistant.support import MARKER, strip_markers, tokens
from wsis.types import Answer, Citation, Passage
from wsis.prompts import load_prompt
from wsis.prompts.messages import message


log = logging.getLogger("wsis.generative")
MAX_PASSAGES = 6
_TRAILING_MARKERS = re.compile(r"([.!?])((?:\s*\[\d+(?:\s*[,;]\s*\d+)*\])+)")
MAX_WORDS_PER_PASSAGE = 180


def format_passages(passages: list[Passage]) -> str:
    blocks = []
    for n, p in enumerate(passages, start=1):
        words = p.paragraph.text.split()
        text = " ".join(words[:MAX_WORDS_PER_PASSAGE]) + (" …" if len(words) > MAX_WORDS_PER_PASSAGE else "")
        blocks.append(f"[{n}] {p.citation_text()}: {text}")
    return "\n\n".join(blocks)


def _complete(assistant: AssistantContext, prompt: str, on_token: Callable[[str], None] | None) -> str:
    llm = get_llm(assistant.settings)
    if on_token is None:
        return llm.complete(prompt).text
    parts = []
    for chunk in llm.stream_complete(prompt):
        if chunk.delta:
            parts.append(chunk.delta)
            on_token(chunk.delta)
    return "".join(parts)


def condense(assistant: AssistantContext, question: str, history: list[dict]) -> str | None:
    """A stand-alone version of a follow-up question, or None if the LLM fails."""
    turns = "\n".join(f"{t.get('role', 'user')}: {str(t.get('content', ''))[:500]}" for t in history[-6:])
    try:
        text = _complete(assistant, load_prompt("condense").format(history=turns, question=question), None)
    except Exception as exc:  # unreachable or failing LLM: fall back to the extractive carry-over
        log.warning("condense failed: %s", _one_line(exc))
        return None
    line = text.strip().split("\n")[0].strip().strip('"')
    return line if 3 <= len(line) <= 400 else None


def _best_quote(passage: Passage, sentence: str) -> str:
    """The sentence of the cited paragraph closest to the generated one (verbatim)."""
    target = set(tokens(sentence))
    options = sentences(passage.paragraph.text) or [passage.paragraph.text]
    return max(options, key=lambda s: len(target & set(tokens(s))))


def _textual_citations(sentence: str, passages: list[Passage]) -> tuple[str, set[int]]:
    """Citations written out instead of as markers ("Tunis Agenda, para. 7: ...", "... (Tunis
    Agenda, para. 7)") count as markers of that passage; the label itself is removed from the text."""
    found: set[int] = set()
    for n, passage in enumerate(passages, start=1):
        label = re.escape(passage.citation_text())
        pattern = re.compile(rf"^\s*{label}\s*:\s*|\s*\({label}\)", re.I)
        if pattern.search(sentence):
            sentence = pattern.sub(" ", sentence).strip()
            found.add(n)
    return sentence, found


TOP_CITED = 2  # a generated answer must cite one of the passages ranked this high


def verify(text: str, passages: list[Passage], checker) -> tuple[list[tuple[str, list[int]]], list[str]]:
    """Split the LLM text into sentences; keep those whose markers are valid and supported."""
    kept: list[tuple[str, list[int]]] = []
    removed: list[str] = []
    # "... level. [1]" -> "... level [1]." so a marker after the full stop stays with its sentence
    text = _TRAILING_MARKERS.sub(lambda m: m.group(2) + m.group(1), text.replace("\n", " "))
    for sentence in sentences(text):
        sentence, named = _textual_citations(sentence, passages)
        markers = sorted({int(n) for group in MARKER.findall(sentence) for n in re.split(r"[,;\s]+", group) if n} | named)
        clean = strip_markers(sentence).strip()
        if not clean or clean.upper().startswith("NOT ADDRESSED"):
            continue
        if not markers or any(m < 1 or m > len(passages) for m in markers):
            removed.append(clean)
            continue
        support = checker.check(clean, [passages[m - 1].paragraph.text for m in markers])
        if not support.supported:
            removed.append(clean)
            continue
        if len(markers) > 1:  # keep only the citations that support the sentence on their own, if any do
            alone = [m for m in markers if checker.check(clean, [passages[m - 1].paragraph.text]).supported]
            markers = alone or markers
        kept.append((clean, markers))
    # a sentence said twice counts once, kept if it was kept once (a repeat neither pads the answer
    # nor outvotes the removed sentences)
    said = {" ".join(k.lower().split()) for k, _ in kept}
    kept = [pair for i, pair in enumerate(kept) if " ".join(pair[0].lower().split()) not in
            {" ".join(k.lower().split()) for k, _ in kept[:i]}]
    removed = [r for r in dict.fromkeys(removed) if " ".join(r.lower().split()) not in said]
    return kept, removed


def generate(assistant: AssistantContext, question: str, query: str, retrieval: Retrieval, history: list[dict] | None,
             on_token: Callable[[str], None] | None = None, lang: str = "en") -> Answer:
    """The LLM's checked answer; the refusal and the notices in ``lang`` (the question's language)."""
    if assistant.should_abstain(retrieval):
        return assistant.abstain(question, retrieval, "generative", lang=lang)
    # frame blocks ("The General Assembly,", a title block) are no context; a look-up's paragraphs always are
    passages = [p for p in retrieval.passages if "ref" in p.scores or substantive(p, query)][:MAX_PASSAGES]
    prompt = load_prompt("answer").format(passages=format_passages(passages), question=query)
    t0 = time.perf_counter()
    try:
        raw = _complete(assistant, prompt, on_token)
    except LLMConfigError as exc:
        return _fallback(assistant, question, retrieval, message("llm_not_usable", lang, error=exc), lang)
    except Exception as exc:
        return _fallback(assistant, question, retrieval, message("llm_unreachable", lang, error=_one_line(exc)), lang)
    generation_time = time.perf_counter() - t0
    kept, removed = verify(raw, passages, assistant.support_checker())
    # true to their paragraphs, but citing none of the two passages ranked first: no answer to the question
    off_target = (bool(kept) and not any("ref" in p.scores for p in passages)  # a look-up's paragraphs are all asked for
                  and not any(m <= TOP_CITED for _, markers in kept for m in markers))
    if not kept or len(removed) > len(kept) or off_target:  # one sentence left of five: the model's answer was not the texts'
        notice = message("generated_unsupported", lang) if not kept else message(
            "generated_mostly_unsupported", lang, removed=len(removed), total=len(removed) + len(kept)) \
            if len(removed) > len(kept) else message("generated_off_target", lang)
        answer = _fallback(assistant, question, retrieval, notice, lang)
        answer.removed_sentences = removed
        answer.timings["generate"] = generation_time
        return answer
    citations: list[Citation] = []
    numbering: dict[tuple[int, str], int] = {}  # (passage, cited label) -> marker
    out_sentences = []
    for sentence, markers in kept:
        new_markers = []
        for m in markers:
            passage = passages[m - 1]
            quote = _best_quote(passage, sentence)
            candidate = citation_for(passage, quote, len(citations) + 1)
            key = (m, candidate.paragraph)  # one reference per paragraph (and sub-item), however many sentences
            if key not in numbering:
                numbering[key] = candidate.marker
                citations.append(candidate)
            if numbering[key] not in new_markers:
                new_markers.append(numbering[key])
        out_sentences.append(_with_markers(sentence, "".join(f"[{n}]" for n in new_markers)))
    notice = message("sentences_removed", lang, count=len(removed)) if removed else ""
    lacks = named_lacks_line(retrieval, lang)  # "does the Tunis Agenda mention X?"
    notice = f"{lacks} {notice}".strip()
    return Answer(question, " ".join(out_sentences), "generative", citations=citations, passages=retrieval.passages,
                  notice=notice, removed_sentences=removed, timings={"generate": generation_time})


def _with_markers(sentence: str, markers: str) -> str:
    """"... level." + "[1]" -> "... level [1]." (the marker stays inside its sentence)."""
    body = sentence.rstrip()
    stripped = body.rstrip(".!?;:")
    return f"{stripped} {markers}{body[len(stripped):]}"


def _fallback(assistant: AssistantContext, question: str, retrieval: Retrieval, notice: str, lang: str = "en") -> Answer:
    return assistant.extractive(question, retrieval, notice=notice, lang=lang)


def _one_line(exc: Exception) -> str:
    return " ".join(str(exc).split())[:200] or type(exc).__name__
