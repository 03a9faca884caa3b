"""The lists inside a paragraph: which line is an item, at which level, under which lead-in; the sentence
of a paragraph quoted beside a refusal, with its lead-ins (``nearest_quote``).

UN paragraphs list their commitments under a lead-in ("We commit to:"), letters first ("(a)",
"b)", or bare "c" as some layouts print them), roman numerals nested under a letter ("(ii)"), and
bullets below that. A quote of one item must keep the lead-ins above it, and only those: the
paragraph's own and, for a nested item, its parent item's, never a sibling's.
"""
from __future__ import annotations

import re

import numpy as np

from wsis.assistant.sentences import item_marker, sentence_spans, sentences
from wsis.types import Paragraph, Passage

PLAIN, LETTER, ROMAN, BULLET = 0, 1, 2, 3  # a line's level: unmarked text, (a), (ii), a bullet
_BULLET = re.compile(r"^\s*[-•*]\s+")


def line_levels(lines: list[str]) -> list[int]:
    """The level of each line. A one-letter numeral ("i", "v", "x") is roman after a roman item
    ("iv" -> "v") and "i" is roman unless it follows "h": "(h) Work on: (i) Ninth" are letters."""
    levels: list[int] = []
    previous = ("", PLAIN)  # the last item's marker and level
    for line in lines:
        marker = item_marker(line)
        if _BULLET.match(line):
            level = BULLET
        elif not marker:
            level = PLAIN
        elif len(marker) > 1 and re.fullmatch(r"[ivxlc]+", marker):
            level = ROMAN
        elif marker in ("i", "v", "x") and (previous[1] == ROMAN or (marker == "i" and previous[0] != "h")):
            level = ROMAN
        else:
            level = LETTER
        if level != PLAIN:
            previous = (marker, level)
        levels.append(level)
    return levels


def _line_of(text: str, quote: str) -> tuple[list[str], int]:
    """The paragraph's lines and the index of the line where ``quote`` starts (-1 when absent)."""
    lines = text.split("\n")
    at = text.find(quote.strip()) if quote.strip() else -1
    return lines, (-1 if at < 0 else text.count("\n", 0, at))


def lead_ins(text: str, item: str) -> list[str]:
    """The lead-ins a quoted list item stands under, outermost first; [] for a sentence that is no
    item. The paragraph's lead-in is its line's last sentence ("Trust matters. To that end,
    stakeholders should:"); a nested item also keeps its parent item ("(b) Strengthen skills through:")."""
    lines, index = _line_of(text, item)
    if index < 0 or not item_marker(item):
        return []
    levels = line_levels(lines)
    chain: list[str] = []
    level = levels[index]
    for j in range(index - 1, -1, -1):
        if levels[j] >= level:
            continue  # a sibling, or a sibling's own items
        line = lines[j].strip()
        if line.endswith(":"):
            chain.append(sentences(line)[-1] if levels[j] == PLAIN and sentences(line) else line)
        level = levels[j]
        if level == PLAIN:
            break
    return chain[::-1]


def items_under(text: str, lead: str, max_lines: int = 8) -> str:
    """The lines a lead-in ending in ":" introduces, as they follow it: an item's lead-in ("b) curb
    spam through:") its nested items only; the paragraph's lead-in the lines after it (at most
    ``max_lines``)."""
    lines, index = _line_of(text, lead)
    if index < 0:
        return ""
    levels = line_levels(lines)
    if levels[index] == PLAIN:
        return "\n".join(lines[index + 1: index + 1 + max_lines])
    under = []
    for line, level in zip(lines[index + 1:], levels[index + 1:]):
        if level <= levels[index]:
            break
        under.append(line)
    return "\n".join(under)


def item_path(text: str, quote: str) -> list[str]:
    """The markers from the outermost item down to the one ``quote`` opens or sits in: ["b", "ii"]
    for "(ii) Training ..." under "(b)"; [] outside any item."""
    lines, index = _line_of(text, quote)
    if index < 0:
        return []
    levels = line_levels(lines)
    path: list[str] = []
    level = BULLET + 1
    for j in range(index, -1, -1):
        if levels[j] == PLAIN:
            break
        if levels[j] < level and levels[j] in (LETTER, ROMAN):
            path.append(item_marker(lines[j]))
            level = levels[j]
        if level == LETTER:
            break
    return path[::-1]


def nested_item(paragraph: Paragraph, focus: str) -> str | None:
    """The text of item ``focus`` of the paragraph ("b"; "b/ii": the line of (ii) inside item (b)), or None."""
    top, _, nested = focus.partition("/")
    item = paragraph.sub_items.get(top)
    if item is None or not nested:
        return item
    line = next((x for x in item.split("\n") if re.match(rf"\(?{re.escape(nested)}[).]\s", x.strip() + " ")), None)  # "(ii) ", "ii) ", "ii. "
    return line.strip() if line else None


def nearest_quote(passage: Passage, query: str, embed) -> tuple[str, str]:
    """(quote, shown) for a passage cited beside a refusal: the paragraph's sentence closest to
    ``query`` (an exact slice), not its first line, which in a list is only the lead-in ("We commit
    to:"). ``shown`` puts the lead-in before a quoted sub-item ("We commit to: … (a) Keep the network
    open"; a nested item's own lead-in too), as the quote alone would lose who commits. A lead-in is
    quoted only when nothing else is."""
    text = passage.paragraph.text
    spans = [text[s:e].strip() for s, e in sentence_spans(text)]
    pool = [s for s in spans if not s.rstrip().endswith(":")] or spans
    if not pool:
        return text, text
    if len(pool) == 1:
        best = pool[0]
    else:
        vectors = np.asarray(embed([query] + pool), dtype=np.float32)
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9
        best = pool[int(np.argmax(vectors[1:] @ vectors[0]))]
    shown = " … ".join([*lead_ins(text, best), best])
    return best, shown if len(shown) <= MAX_SHOWN or len(best) >= MAX_SHOWN else best


MAX_SHOWN = 300  # characters of a nearest passage's quote beside a refusal (its lead-ins dropped first)


# "how many items does paragraph 9 list?", "how many sub-paragraphs has para 8?": a count of a paragraph's items
_HOW_MANY_ITEMS = re.compile(r"\bhow\s+many\s+(?:\w+\s+){0,2}?(?:items?|sub-?paragraphs?|sub-?items?|points?|elements?|"
                             r"commitments?|tasks?|things?|actions?|measures?|steps?|letters?|clauses?|entries)\b", re.I)


def asks_item_count(question: str) -> bool:
    """Whether the question asks how many items a paragraph lists (English)."""
    return bool(_HOW_MANY_ITEMS.search(question or ""))
