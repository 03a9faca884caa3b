"""Extractive answers: the most relevant sentences quoted verbatim, the most relevant paragraph first
(the retrieval's ranking), each with its citation. No LLM."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

import numpy as np

from wsis.assistant.lists import item_path, items_under, lead_ins, nested_item
from wsis.assistant.sentences import sentence_spans
from wsis.assistant.support import tokens
from wsis.types import Citation, Passage


@dataclass(eq=False)  # one sentence may stand twice in a paragraph: two candidates, never "equal"
class Candidate:
    passage: Passage
    text: str  # an exact slice of the paragraph text
    score: float = 0.0
    vector: np.ndarray | None = None
    introduces: tuple[str, ...] = ()  # a paragraph-ending lead-in: the quoted paragraphs it introduces


def citation_for(passage: Passage, quote: str, marker: int, score: float | None = None) -> Citation:
    """A citation whose label narrows to the sub-item the quote sits in ("72(b)"), and to a nested
    item the quote opens ("3(b)(ii)")."""
    p = passage.paragraph
    label = passage.cite_label
    if not passage.focus and p.sub_items:
        path = item_path(p.text, quote)  # ["b", "ii"]: the item the quote opens, under its parent
        if path and path[0] in p.sub_items:
            label = p.label + "".join(f"({m})" for m in path)
        else:  # a quote inside an item's text, after its first line
            letter = next((k for k, v in p.sub_items.items() if quote.strip() and quote.strip() in v), "")
            label = f"{p.label}({letter})" if letter else label
    # the printed page numbers, else the PDF pages (a resolution's first page often prints none); a
    # paragraph that runs on over a page break cites both ("pp. 1–2"), so a reader finds all of it
    printed = [x for x in p.page_labels if x]
    pages = printed or [str(n) for n in p.pages]  # one numbering within a text: the printed one when there is any
    page = pages[0] if pages and pages[0] == pages[-1] else f"{pages[0]}–{pages[-1]}" if pages else ""
    return Citation(
        doc_id=p.doc_id, title=passage.document.short_title, paragraph=label, quote=quote, page=page,
        url=passage.document.url, score=round(passage.score if score is None else score, 4), id=p.id, marker=marker, numbered=p.numbered,
        lang=passage.document.lang or "en",
    )


_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def word_count(text: str) -> int:
    """Words of a sentence; Chinese, written without spaces, counts one word per two characters."""
    cjk = len(_CJK.findall(text))
    return len(text.split()) + cjk // 2 if cjk else len(text.split())


FRAME_LABEL = re.compile(r"^(?:title|chapeau|closing|heading)(?:-\d+)?$")  # a frame block's label
# "meeting" the noun ("at which meeting", "the 80th plenary meeting"), not the verb ("a part in meeting its goals")
_WHEN = re.compile(r"\b(?:when|date[sd]?|adopted|adoption|year)\b"
                   r"|\b(?:which|what|plenary|the|a|that|this|its|their|same|\d+(?:st|nd|rd|th))\s+meetings?\b", re.I)
_RHYTHM = re.compile(r"\b(?:every|each|per|a|once\s+a)\s+(?:\w+\s+)?years?\b", re.I)  # how often, not when


def substantive(passage: Passage, query: str = "") -> bool:
    """Not a frame block: the title block, "The General Assembly," (chapeau) or a heading say nothing
    on any question, so they are never quoted; "80th plenary meeting 16 December 2015" (closing) only
    answers when a text was adopted ("every year" asks how often, not when)."""
    label = passage.paragraph.label
    return not FRAME_LABEL.match(label) or label.startswith("closing") and bool(_WHEN.search(_RHYTHM.sub(" ", query)))


def candidates(passages: list[Passage], min_words: int = 5, query: str = "") -> list[Candidate]:
    out = []
    for passage in (p for p in passages if substantive(p, query)):
        text = passage.paragraph.text
        for start, end in sentence_spans(text):
            sentence = text[start:end].strip()
            if word_count(sentence) >= min_words:
                out.append(Candidate(passage, sentence))
    return out


# The first ranked paragraphs' best sentences are quoted down to this share of the best sentence's
# score (``select_sentences``). Chosen on the dev split of fixture-users, specimens-users and
# multilingual among 1.01 (off), 0.75, 0.6, 0.5 and 0: the references' Recall@3 was highest at 0.75
# (0.5 and below quoted more paragraphs and cited no more gold; README, "Two Recall@3s").
LEAD_FLOOR = 0.75


def select_sentences(query: str, passages: list[Passage], embed, max_sentences: int = 5,
                     diversity: float = 0.3, min_score: float = 0.25, lead: int = 3,
                     lead_floor: float = LEAD_FLOOR, firsts: Sequence[str] = ()) -> list[Candidate]:
    """Score sentences by similarity to the query plus their passage's rank. The best sentence of each
    of the first ``lead`` ranked paragraphs with a quotable sentence is quoted when it scores at least
    ``lead_floor`` of the best sentence's score (the retrieval's first paragraphs are the reader's first
    references, ``quote_order``); so is the best sentence of each of ``firsts`` (the best paragraph
    of each text a cross-document question names, ``Retrieval.firsts``; each place a subject comes
    up), whatever its score above ``min_score`` and however like another quote. The rest are picked
    with MMR."""
    pool = candidates(passages, query=query)
    if not pool:
        return []
    vectors = np.asarray(embed([query] + [c.text for c in pool]), dtype=np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9
    query_vec, sent_vecs = vectors[0], vectors[1:]
    rank = {p.id: i for i, p in enumerate(passages)}
    q_tokens = set(tokens(query))
    for cand, vec in zip(pool, sent_vecs):
        overlap = len(q_tokens & set(tokens(cand.text))) / len(q_tokens) if q_tokens else 0.0
        cand.vector = vec
        cand.score = 0.65 * float(vec @ query_vec) + 0.2 * overlap + 0.15 / (1 + rank[cand.passage.id])
    top = max(c.score for c in pool)
    best_of: dict[str, Candidate] = {}
    for cand in pool:
        if cand.passage.id not in best_of or cand.score > best_of[cand.passage.id].score:
            best_of[cand.passage.id] = cand
    leading = sorted(best_of.values(), key=lambda c: rank[c.passage.id])[:max(lead, len(firsts))]
    chosen: list[Candidate] = []
    for cand in leading:  # one text saying what another says is kept: a reader compares texts
        floor = min_score if cand.passage.id in firsts else max(min_score, lead_floor * top)
        if cand.score >= floor and (cand.passage.id in firsts or not any(  # "every line": the same words again are asked for
                float(cand.vector @ s.vector) > 0.92 for s in chosen if s.passage.paragraph.doc_id == cand.passage.paragraph.doc_id)):
            chosen.append(cand)
    taken = {id(c) for c in chosen}
    remaining = sorted((c for c in pool if id(c) not in taken), key=lambda c: -c.score)
    while remaining and len(chosen) < max_sentences:
        def mmr(c: Candidate) -> float:
            redundancy = max((float(c.vector @ s.vector) for s in chosen), default=0.0)
            return (1 - diversity) * c.score - diversity * redundancy
        best = max(remaining, key=mmr)
        remaining.remove(best)
        if chosen and (best.score < min_score or best.score < 0.75 * top):
            break
        if any(float(best.vector @ s.vector) > 0.92 for s in chosen):
            continue  # the same content said twice
        chosen.append(best)
    return chosen


def by_best_quote(chosen: list[Candidate], ranking: list[str], firsts: Sequence[str] = (), in_order: bool = False,
                  asked_of: str = "") -> list[str]:
    """``ranking`` (the retrieval's passage ids) with the quoted paragraphs in the order of their best
    quote's score (its similarity to the question, its word overlap and its paragraph's rank bonus;
    ``select_sentences``), the best paragraph of each named text (``firsts``) first: a paragraph ranked
    fourth whose sentence answers the question comes before a third one quoted for a weaker line.
    ``in_order``: ``firsts`` keep their own order (each place a subject comes up, in the text's order);
    ``asked_of``: the one text asked about, whose quotes come before other texts'."""
    best: dict[str, float] = {}
    for c in chosen:
        best[c.passage.id] = max(best.get(c.passage.id, float("-inf")), c.score)
    at = {pid: i for i, pid in enumerate(firsts)} if in_order else {}
    other = {c.passage.id for c in chosen if asked_of and c.passage.paragraph.doc_id != asked_of}
    quoted = sorted(best, key=lambda pid: (pid not in firsts, at.get(pid, 0), pid in other, -best[pid]))
    return quoted + [pid for pid in ranking if pid not in best]


def quote_order(chosen: list[Candidate], ranking: list[str], firsts: Sequence[str] = ()) -> list[Candidate]:
    """``chosen`` in the order of their paragraphs in ``ranking`` (the retrieval's passage ids, best
    first), quotes of one paragraph in text order. A paragraph-ending lead-in and the paragraphs it
    introduces (``Candidate.introduces``, set by ``introduced.with_introduced``) stay one run, in document order,
    where the best ranked of them stands ("Key themes ... include:" then the themes 1, 2, 3). Any other
    paragraph the ranking lacks follows the nearest ranked quote before it in its document. With two or
    more named texts' best paragraphs (``firsts``, ranked first), each gets one of the first three
    citations: a first paragraph's further sub-items follow the last of them (``_room_for_each``)."""
    rank = {pid: i for i, pid in enumerate(ranking)}
    at: dict[int, float] = {id(c): rank[c.passage.id] for c in chosen if c.passage.id in rank}
    at.update(_room_for_each(chosen, [f for f in firsts if f in rank]))
    for lead in (c for c in chosen if c.introduces):
        unit = [c for c in chosen if c.passage.id == lead.passage.id or c.passage.id in lead.introduces]
        best = min((at[id(c)] for c in unit if id(c) in at), default=len(ranking))
        for c in unit:
            at[id(c)] = best
    for cand in chosen:
        if id(cand) not in at:
            before = [c for c in chosen if id(c) in at and c.passage.paragraph.doc_id == cand.passage.paragraph.doc_id
                      and c.passage.paragraph.order < cand.passage.paragraph.order]
            at[id(cand)] = at[id(max(before, key=lambda c: c.passage.paragraph.order))] if before else len(ranking)
    return sorted(chosen, key=lambda c: (at[id(c)], c.passage.paragraph.doc_id, c.passage.paragraph.order,
                                         c.passage.paragraph.text.find(c.text)))


def _room_for_each(chosen: list[Candidate], firsts: list[str], slots: int = 3) -> dict[int, float]:
    """New places for the sub-items that would keep a named text's best paragraph out of the first
    ``slots`` citations ("3(a)", "3(b)(ii)", "3(c)" of one text before the other text's paragraph):
    each of ``firsts`` keeps its best-scored sub-items up to its share, the rest follow the last of them."""
    if len(firsts) < 2:
        return {}
    share, moved = max(1, slots - (len(firsts) - 1)), {}
    for pid in firsts:
        own = [c for c in chosen if c.passage.id == pid]
        if any(c.introduces for c in own):
            continue  # a lead-in and what it introduces stay one run
        best: dict[str, float] = {}
        for c in own:
            key = citation_for(c.passage, c.text, 0).paragraph
            best[key] = max(best.get(key, float("-inf")), c.score)
        later = sorted(best, key=lambda k: -best[k])[share:]
        moved.update({id(c): len(firsts) - 0.5 for c in own if citation_for(c.passage, c.text, 0).paragraph in later})
    return moved


def render_quotes(chosen: list[Candidate], start_marker: int = 1,
                  ranking: list[str] | None = None, firsts: Sequence[str] = ()) -> tuple[str, list[Citation]]:
    """Markdown quotes, the most relevant paragraph first (``quote_order`` over ``ranking``, the
    retrieval's passage ids; without one, documents in chronological order and paragraphs in document
    order). A document's heading (title, symbol, year) stands before its first quote; when its quotes
    are not consecutive, its short title before each later run."""
    if ranking is None:
        ranking = [c.passage.id for c in sorted(chosen, key=lambda c: (c.passage.document.date or "9999",
                                                                       c.passage.paragraph.doc_id, c.passage.paragraph.order))]
    lines: list[str] = []
    citations: list[Citation] = []
    marker = start_marker
    shown_leads: dict[str, set[str]] = {}  # lead-ins already quoted, by paragraph
    headed: set[str] = set()
    for run in _document_runs(_expand_lead_ins(quote_order(chosen, ranking, firsts))):
        info = run[0].passage.document
        if text_key(run[0].passage) in headed:
            lines.append(f"**{info.short_title}**")
        else:
            said = [x for x in (info.symbol if info.symbol not in info.title else "", info.date[:4]) if x]  # the symbol once
            lines.append(f"**{info.title}**" + (f" ({', '.join(said)})" if said else ""))
        headed.add(text_key(run[0].passage))
        for group in _same_citation(run):
            first = group[0]
            citation = citation_for(first.passage, first.text, marker, max(c.score for c in group))
            text = first.passage.paragraph.text
            if len(group) > 1:  # two sentences of one paragraph: one reference, the quote spans both
                start = text.find(group[0].text)
                end = text.find(group[-1].text, start) + len(group[-1].text)
                citation.quote = text[start:end] if start >= 0 and end > start else citation.quote
            citations.append(citation)
            shown = _joined([c.text for c in group], text)
            # "We commit to: … (b) Support the forum": who commits, once per paragraph's run of quotes
            leads = [x for x in lead_ins(text, first.text) if x not in shown_leads.get(first.passage.id, ())]
            if leads and not any(c.text.rstrip().endswith(":") for c in group):
                shown = " … ".join([*leads, shown])
            shown_leads.setdefault(first.passage.id, set()).update(leads)
            body = shown.replace("\n", "\n> ")
            lines.append(f"> “{body}” [{marker}] ({citation.text()})")
            marker += 1
        lines.append("")
    return "\n".join(lines).strip(), citations


def text_key(passage: Passage) -> str:
    """One text, whatever the language of its version: a version is its base's ("the Global Digital
    Compact" once, not once in Spanish and once in English)."""
    return passage.document.parallel_of or passage.paragraph.doc_id


def _document_runs(cands: list[Candidate]) -> list[list[Candidate]]:
    """Consecutive quotes of one text (its language versions included)."""
    runs: list[list[Candidate]] = []
    for cand in cands:
        if runs and text_key(runs[-1][0].passage) == text_key(cand.passage):
            runs[-1].append(cand)
        else:
            runs.append([cand])
    return runs


def _same_citation(cands: list[Candidate]) -> list[list[Candidate]]:
    """Consecutive quotes that would carry the same reference (same paragraph and sub-item) grouped,
    so one paragraph is never cited twice as [1] and [2]."""
    groups: list[list[Candidate]] = []
    keys: list[tuple[str, str]] = []
    for cand in cands:
        key = (cand.passage.id, citation_for(cand.passage, cand.text, 0).paragraph)
        if keys and keys[-1] == key:
            groups[-1].append(cand)
        else:
            groups.append([cand])
            keys.append(key)
    return groups


def _joined(parts: list[str], text: str) -> str:
    """Quotes of one paragraph in order, "…" where text between them is left out."""
    out = parts[0]
    for prev, part in zip(parts, parts[1:]):
        gap_start = text.find(prev) + len(prev)
        gap = text[gap_start: text.find(part, gap_start)] if gap_start >= len(prev) else " … "
        out += (gap if not gap.strip() else " … ") + part
    return out


def _expand_lead_ins(cands: list[Candidate], max_lines: int = 8) -> list[Candidate]:
    """A chosen sentence ending in ":" ("The mandate of the Forum is to:") is quoted with the items
    that follow it in its paragraph; items already inside such a quote are not quoted twice."""
    out: list[Candidate] = []
    for cand in cands:
        text = cand.passage.paragraph.text
        if cand.text.rstrip().endswith(":"):
            start = text.find(cand.text)
            end = start + len(cand.text)
            rest = text[end:].split("\n")[0]  # what follows on the lead-in's own line
            under = items_under(text, cand.text, max_lines)  # an item's lead-in: its nested items only
            extra = (rest + ("\n" + under if under else "")).rstrip()
            cand = Candidate(cand.passage, (cand.text + extra).strip(), cand.score, cand.vector)
        if any(o.passage.id == cand.passage.id and (cand.text in o.text or o.text in cand.text) for o in out):
            continue  # already quoted, or one of its items already is (tester AA: para. 72 twice)
        out.append(cand)
    return out


def cited_together(passages: list[Passage], join=", ".join) -> list[str]:
    """The look-up's paragraphs as a reader cites them: one document's run of numbered paragraphs as
    "Tunis Agenda, paras. 69–71", others listed with ``join`` ("paras. 70 and 72(b)"), each document
    once, in order."""
    by_doc: dict[str, list[Passage]] = {}
    for passage in passages:
        by_doc.setdefault(passage.paragraph.doc_id, []).append(passage)
    out = []
    for group in by_doc.values():
        numbered = [p for p in group if p.paragraph.numbered]
        if len(numbered) < 2:
            out.extend(p.citation_text() for p in group)
            continue
        labels = [p.cite_label for p in numbered]
        plain = all(label.isdigit() for label in labels)
        run = plain and [int(x) for x in labels] == list(range(int(labels[0]), int(labels[0]) + len(labels)))
        shown = f"{labels[0]}–{labels[-1]}" if run and len(labels) > 2 else join(labels)
        out.append(f"{numbered[0].document.short_title}, paras. {shown}")
        out.extend(p.citation_text() for p in group if not p.paragraph.numbered)
    return out


def render_paragraphs(passages: list[Passage], start_marker: int = 1) -> tuple[str, list[Citation]]:
    """Whole paragraphs (or the asked sub-item) verbatim, for reference look-ups."""
    lines: list[str] = []
    citations: list[Citation] = []
    for n, passage in enumerate(passages, start=start_marker):
        p = passage.paragraph
        quote = (nested_item(p, passage.focus) or p.text) if passage.focus else p.text
        if passage.focus and quote != p.text:
            quote = _exact_sub_item(p.text, quote)
        citation = citation_for(passage, quote, n)
        citations.append(citation)
        where = passage.citation_text()
        section = f" — {p.section[-1]}" if p.section else ""
        lines.append(f"**{where}**{section} [{n}]")
        if passage.focus and quote != p.text:  # an item under its lead-in: "We commit to: … (b) Support the forum"
            lines.extend(f"> {lead} …" for lead in lead_ins(p.text, quote))
        lines.extend(f"> {line}" for line in quote.split("\n"))
        lines.append("")
    return "\n".join(lines).strip(), citations


def _exact_sub_item(text: str, item: str) -> str:
    """The sub-item as it stands in the paragraph text (with its marker), so the quote is verbatim; an
    item of several lines (its own nested items) from its marker to its last line."""
    for line in text.split("\n"):
        if item.strip() and item.strip() in line:
            return line.strip()
    lines = [x.strip() for x in item.strip().split("\n") if x.strip()]
    if lines:
        opening = next((x for x in text.split("\n") if lines[0] in x), "")
        start = text.find(opening) if opening else -1
        end = text.find(lines[-1], start) if start >= 0 else -1
        if end >= 0:
            return text[start:end + len(lines[-1])].strip()
    return item
