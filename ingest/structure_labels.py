"""Labels of the passages found by :mod:`ingest.structure`, and the split of a file into its texts.

Every label is either the paragraph's own number or a plainly named unnumbered block:

* ``"12"``: numbered paragraph 12 (numbers are never invented: a jump keeps the printed number);
* ``"title"``: the title block (header lines, title, date and symbol lines);
* before paragraph 1: ``"PP1"``, ``"PP2"``, ... when the text is a resolution (one of these blocks
  starts with a preambular word: *Recalling*, *Reaffirming*, ...), else ``"preamble-1"``, ...;
  ``"chapeau"`` for "The General Assembly,", ``"operative"`` for an unnumbered operative line
  ("Adopts the following ...:"); ``"closing"`` for "80th plenary meeting ...";
* ``"heading"`` (``"heading-2"``, ...): a one-line block without final punctuation that no rule
  made a section heading;
* ``"C5"``: an action-line heading block;
* after numbered paragraphs: ``"annex"``, ``"annex-2"``, ... inside an annex section, otherwise
  ``"unnumbered-1"``, ``"unnumbered-2"``, ... (also before the first number of an excerpt);
* ``"text-1"``, ... in a text without any numbered paragraph.

A label already used in the same text gets "-2", "-3".
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from wsis.ingest import structure_rules as R
from wsis.types import Paragraph

_ANNEX_MARK = re.compile(r"^(?:ANNEX|Annex|APPENDIX|Appendix|PART|Part)(?:\s+(?:[IVXLC]+|\d{1,2}|[A-Z]))?\s*[.:\-\u2013\u2014]?\s*")
_NO_FINAL_PUNCT = re.compile(r"[.,;:!?\u2026\"\u201d)]$")


@dataclass
class Part:
    """One text of a file: the whole file, or one of the texts whose numbering restarts inside it."""

    index: int  # 1-based position in the file
    paragraphs: list[Paragraph]
    headings: list[str] = field(default_factory=list)  # headings above its paragraph 1
    jumps: list[tuple[int, int]] = field(default_factory=list)  # (previous number, next accepted number)
    parts_in_file: int = 1

    @property
    def title(self) -> str:
        """Its own title: the headings above it without "Annex I" ("Global Digital Compact"), else ""."""
        for text in self.headings:
            rest = _ANNEX_MARK.sub("", text, count=1).strip() if _ANNEX_MARK.match(text) else text
            if rest and not R.GENERIC_HEADING.match(rest):
                return rest
        heading = next((p for p in self.paragraphs if p.label.startswith("heading")), None)
        return heading.text if heading else ""


def _title_index(headings: list[str]) -> int:
    """Index of the heading that names a text ("Global Digital Compact" after "Annex I"), -1 if none."""
    for i, text in enumerate(headings):
        rest = _ANNEX_MARK.sub("", text, count=1).strip() if _ANNEX_MARK.match(text) else text
        if rest and not R.GENERIC_HEADING.match(rest):
            return i
    return len(headings) - 1


def _one_line_heading(text: str) -> bool:
    return "\n" not in text and len(text.split()) <= 30 and not _NO_FINAL_PUNCT.search(text) and text[:1].isupper() \
        and not R.CHAPEAU.match(text)


def label_parts(blocks: list[Any], orphan_notes: list[str], doc_id: str, parts: list[tuple[int, list[str]]],
                jumps: list[tuple[int, int, int]]) -> list[Part]:
    """Paragraph records per text (see module docstring); ``blocks`` come from the structure builder."""
    kept: list[Any] = []
    for block in blocks:
        text = "\n".join(block.lines).strip()
        if text and not R.ELLIPSIS.match(text):  # "[...]" between excerpts is no passage
            kept.append(block)
        elif kept:
            kept[-1].footnotes += block.footnotes
    if kept:
        kept[-1].footnotes += orphan_notes
    out: list[Part] = []
    for k, (_, headings) in enumerate(parts, start=1):
        mine = [b for b in kept if b.part == k]
        strip = headings[: _title_index(headings) + 1] if k > 1 else []
        part = Part(k, _label(mine, doc_id, strip), list(headings),
                    [(a, n) for p, a, n in jumps if p == k], len(parts))
        if part.paragraphs or k == 1:
            out.append(part)
    return out


def _label(blocks: list[Any], doc_id: str, headings: list[str]) -> list[Paragraph]:
    paras = [b for b in blocks if b.kind == "para"]
    first = paras[0].number if paras else 0
    seen_para = False
    pre = [b for b in blocks if b.kind == "text" and not (paras and blocks.index(b) > blocks.index(paras[0]))]
    resolution = any(R.PP_START.match(b.lines[0]) for b in pre if b.lines)
    counters: dict[str, int] = {}
    used: set[str] = set()
    out: list[Paragraph] = []

    def numbered(family: str) -> str:
        counters[family] = counters.get(family, 0) + 1
        n = counters[family]
        if family == "PP":
            return f"PP{n}"
        return f"{family}-{n}" if n > 1 or family in ("preamble", "unnumbered", "text") else family

    for block in blocks:
        text = "\n".join(block.lines).strip()
        first_line = block.lines[0] if block.lines else ""
        if block.kind == "title":
            label = "title"
        elif block.kind == "para":
            label, seen_para = str(block.number), True
        elif block.kind == "action":
            label = block.code
        elif not paras:
            label = numbered("heading") if _one_line_heading(text) else numbered("text")
        elif R.CLOSING.match(text):
            label = numbered("closing")
        elif R.CHAPEAU.match(text):
            label = numbered("chapeau")
        elif _one_line_heading(text):
            label = numbered("heading")
        elif not seen_para and first == 1:
            label = numbered("operative") if R.OPERATIVE_START.match(first_line) else \
                numbered("PP" if resolution else "preamble")
        elif seen_para and any(R.ANNEX.match(s) for s in block.section):
            label = numbered("annex")
        else:
            label = numbered("unnumbered")
        unique, n = label, 1
        while unique in used:
            n += 1
            unique = f"{label}-{n}"
        used.add(unique)
        section = [s for s in block.section if s not in headings]
        out.append(Paragraph(
            doc_id=doc_id, label=unique, text=text, numbered=block.kind == "para", order=len(out), section=section,
            pages=list(block.pages), page_labels=list(block.labels),
            sub_items={key: v.strip() for key, v in block.sub_items.items()}, footnotes=list(block.footnotes),
        ))
    return out
