"""Turn parsed lines into citable :class:`wsis.types.Paragraph` records.

Numbered paragraphs
    "N." at the start of a line (alone or followed by text), or inside a flattened line after a
    sentence end ("... of the Forum. 76. We ask"). Numbers must run in sequence (next = previous
    + 1); the first one may be any number. A line-start number is refused when the previous line
    ends in a connector ("and", "or", ",", "paragraphs", ...), so "paragraphs 4, 5 and\\n55. We"
    stays text. Recovery rules: a line-start gap of at most 2 after a finished sentence is
    accepted (a number lost in extraction), and numbering may restart at 1 right after a heading
    (labels of the restarted run become "part2-1", "part2-2", ...).
Sub-items (inside numbered paragraphs only)
    "a)", "(a)", "a." at line start; "a)"/"(a)" after punctuation inside a line ("...: a) x; b) y");
    a bare "b Text" at line start when b is the expected letter and the previous text ends in
    ":"/";"/"and"/"or". Letters must follow a, b, c...; Roman numerals i, ii, ... are top-level keys
    when the paragraph has no letters, otherwise they stay inside the current letter's text. "1)"
    at line start is a numeric sub-item. ``Paragraph.text`` keeps intro + one line per sub-item
    with its marker; ``sub_items`` maps key -> text without the marker. The paragraph number
    itself is not repeated in ``text`` (it is the label).
Unnumbered passages (``numbered=False``), labels
    "title" (title block: everything up to the detected title line plus the date/symbol lines
    that follow it); before the first numbered paragraph "preamble-1", "preamble-2", ... or, when
    the first number is > 1 (an excerpt), "fragment", "fragment-2", ...; after numbered paragraph
    N "after-N-1", "after-N-2", ...; an action-line heading ("C5. ...") is its own passage
    labelled "C5" (with any unnumbered text right under it); a document without any numbered
    paragraph gives "text-1", "text-2", ... Labels are made unique with "-2", "-3" suffixes.
    A blank line (or, in PDFs, a short line ending in . ! ? : ; ,) ends an unnumbered passage. A
    blank line ends a numbered paragraph only if the paragraph's last sentence is complete and the
    next line starts upper-case without a sub-item marker; PDF short lines never end one (so in a
    PDF, unnumbered text right after the last numbered paragraph stays in it, unless a heading
    comes first). Bullet items are grouped into one passage per
    list (an intro line ending with ":" joins its list); inside a numbered paragraph they become
    "- " lines of its text.
Headings: see :mod:`ingest.structure_rules`. Footnote lines go to ``footnotes`` of the passage
open when they appear (parsers place them after the referencing line), never into ``text``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from wsis.types import Paragraph
from wsis.ingest import structure_rules as R
from wsis.ingest.parsers import Line, ParsedDocument, normalize_text

_ID_CHARS = re.compile(r"[^a-z0-9]+")


def local_doc_id(path: Path) -> str:
    """File name without extension, lower-cased, runs of other chars -> "-" ("doc" if nothing left)."""
    return _ID_CHARS.sub("-", Path(path).stem.lower()).strip("-") or "doc"


# ---------------------------------------------------------------- title and symbol


def detect_title(doc: ParsedDocument) -> str:
    """Title from the document's own text: first heading / title-block line, "" when none."""
    lines = [Line(normalize_text(x.text), x.page, x.page_label, x.kind, x.level) for x in doc.lines[:200]]
    span = R.title_span(lines)
    return " ".join(x.text for x in lines[span[0]:span[1]]) if span else ""


def detect_symbol(doc: ParsedDocument) -> str:
    """UN document symbol from running headers or the top of the document, else ""."""
    head: list[str] = []
    for line in doc.lines:
        if len(head) >= 40 or (line.kind != "heading" and R.PARA_START.match(line.text)):
            break
        if line.text:
            head.append(line.text)
    for text in [*doc.running_lines, *head]:
        if len(text) <= 100:
            m = R.SYMBOL.search(text)
            if m:
                return m.group(1)
    return ""


# ---------------------------------------------------------------- building blocks


@dataclass
class _Block:
    kind: str  # "title" | "para" | "text" | "action"
    section: list[str]
    number: int = 0
    run: int = 1
    code: str = ""
    lines: list[str] = field(default_factory=list)
    sub_items: dict[str, str] = field(default_factory=dict)
    sub_key: str = ""
    letter: str = ""
    roman: int = 0
    num_sub: int = 0
    last_item: bool = False
    pages: list[int] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    footnotes: list[str] = field(default_factory=list)

    def touch(self, line: Line) -> None:
        if line.page is not None and line.page not in self.pages:
            self.pages.append(line.page)
            self.labels.append(line.page_label)

    def add(self, text: str, new_line: bool) -> None:
        if not text:
            return
        if new_line or not self.lines:
            self.lines.append(text)
            if self.sub_key:
                self.sub_items[self.sub_key] = f"{self.sub_items[self.sub_key]}\n{text}".strip("\n")
        else:
            self.lines[-1] = R.join_wrapped(self.lines[-1], text)
            if self.sub_key:
                self.sub_items[self.sub_key] = R.join_wrapped(self.sub_items[self.sub_key], text)

    @property
    def last(self) -> str:
        return self.lines[-1] if self.lines else ""


class _Builder:
    """Single pass over the lines; linear in their number."""

    def __init__(self) -> None:
        self.blocks: list[_Block] = []
        self.cur: _Block | None = None
        self.section: list[tuple[int, str]] = []
        self.expected: int | None = None
        self.run = 1
        self.last_letter = ""
        self.last_text = ""
        self.pending_break = False  # blank line (or PDF soft break) before the next line
        self.soft_break = False  # the pending break is only a PDF soft break
        self.after_heading = False
        self.prev_caps = False
        self.orphan_notes: list[str] = []
        self._path: list[str] | None = None  # cached heading texts of ``section``

    # -- plumbing
    def path(self) -> list[str]:
        if self._path is None:
            self._path = [text for _, text in self.section]
        return self._path

    def close(self) -> None:
        if self.cur is not None:
            self.blocks.append(self.cur)
            self.cur = None

    def open(self, kind: str, line: Line, **kw) -> _Block:
        self.close()
        self.cur = _Block(kind, self.path(), **kw)
        self.cur.footnotes += self.orphan_notes
        self.orphan_notes = []
        self.cur.touch(line)
        return self.cur

    def append(self, text: str, line: Line, new_line: bool, item: bool = False) -> None:
        text = text.strip()
        if not text:
            return
        if self.cur is None:
            self.open("text", line)
        cur = self.cur
        cur.touch(line)
        cur.add(text, new_line)
        cur.last_item = item
        self.last_text = text
        self.after_heading = False

    # -- line handlers
    def feed(self, line: Line) -> None:
        text = line.text
        if not text:
            self.pending_break, self.soft_break, self.prev_caps = True, False, False
            return
        if line.kind == "footnote":
            target = self.cur or (self.blocks[-1] if self.blocks else None)
            (target.footnotes if target else self.orphan_notes).append(text)
            return
        brk, soft = self.pending_break, self.soft_break
        self.pending_break = self.soft_break = False
        if line.kind == "heading":
            m = R.ACTION.match(text)
            self.heading(text, line.level or 1, line, m.group(1) if m else "")
            return
        if not self.mid_sentence(brk):
            if self.prev_caps and not brk and R.is_caps_heading(text):
                rank, prev = self.section[-1]
                self.section[-1] = (rank, f"{prev} {text}")
                self._path = None
                return
            found = R.classify_heading(text, self.last_letter)
            if found:
                self.heading(text, found[0], line, found[1])
                self.prev_caps = R.is_caps_heading(text)
                return
        self.prev_caps = False
        item = line.kind == "item"
        bullet = R.BULLET.match(text)
        if bullet:
            item, text = True, text[bullet.end():]
        # a PDF soft break never ends a numbered paragraph (ragged lines), only unnumbered text
        self.content(text, line, brk and not (soft and self.cur is not None and self.cur.kind == "para"), item)

    def mid_sentence(self, brk: bool) -> bool:
        """True when the open block needs more words (so this line cannot be a heading)."""
        cur = self.cur
        if cur is None or cur.kind in ("title", "action"):
            return False
        if cur.kind == "para" and not cur.lines:
            return True
        return not brk and bool(cur.lines) and not re.search(r"[.!?:;)\]\"\u201d\u2019\u2026]$", cur.last)

    def heading(self, text: str, rank: int, line: Line, code: str) -> None:
        self.close()
        while self.section and self.section[-1][0] >= rank:
            self.section.pop()
        self.section.append((rank, text))
        self._path = None
        self.last_letter = R.heading_letter(text) or self.last_letter
        self.after_heading = True
        if code:
            self.open("action", line, code=code).add(text, True)

    def continues(self, cur: _Block, text: str, item: bool) -> bool:
        """After a paragraph break: does this line still belong to the open block?"""
        last = cur.last
        if cur.kind == "action":
            return True
        if item and (cur.last_item or last.endswith(":")):
            return True
        if cur.last_item and not item:  # text after a list: a new passage unless it goes on in lower case
            return text[:1].islower()
        if cur.kind != "para":
            return False
        if not last or R.SUB_START.match(text) or R.NUM_SUB_START.match(text):
            return True
        return not R.TERMINAL.search(last) or text[:1].islower()

    def accept_para(self, n: int, at_start: bool, rest: str) -> bool:
        exp = self.expected
        if exp is None:
            return n < 1000  # a first "2005." is a year, not a paragraph
        if n == exp:
            return not (at_start and R.CONNECTOR_END.search(self.last_text))
        if not at_start:
            return False
        if n == 1 and self.after_heading and exp > 2:
            self.run += 1
            return True
        return exp < n <= exp + 2 and bool(R.TERMINAL.search(self.last_text)) and rest[:1].isupper()

    def start_para(self, n: int, line: Line) -> None:
        self.open("para", line, number=n, run=self.run)
        self.expected = n + 1
        self.after_heading = False

    def sub_kind(self, mark: str) -> tuple[str, str] | None:
        cur = self.cur
        expected = chr(ord(cur.letter) + 1) if cur.letter else "a"
        if len(mark) == 1 and mark == expected:
            return "letter", mark
        value = R.roman_value(mark)
        if value and value == cur.roman + 1:
            return "roman", mark
        return None

    def start_sub(self, kind: str, key: str, marker: str, line: Line) -> None:
        cur = self.cur
        cur.touch(line)
        if kind == "roman":
            cur.roman += 1
            if cur.letter:  # nested inside the current letter: stays in its text
                cur.add(marker, True)
                return
        elif kind == "letter":
            cur.letter, cur.roman = key, 0
        else:
            cur.num_sub += 1
        cur.sub_key = ""
        cur.add(marker, True)
        cur.sub_key = key
        cur.sub_items[key] = ""
        self.last_text = marker

    def line_start_sub(self, text: str) -> tuple[str, str, int] | None:
        """(kind, key, end of marker) for a sub-item marker at the start of ``text``."""
        if R.REFERENCE_END.search(self.last_text):  # "... in paragraph 9\n(a) above" is a reference
            return None
        m = R.SUB_START.match(text)
        if m:
            found = self.sub_kind(m.group(1) or m.group(2))
            return (*found, m.end()) if found else None
        m = R.NUM_SUB_START.match(text)
        if m and int(m.group(1)) == self.cur.num_sub + 1:
            return "num", m.group(1), m.end()
        m = R.BARE_START.match(text)
        if m:  # bare "a": after ":" only; bare "b".."z": after ";", "and", "or" inside a letter list
            found = self.sub_kind(m.group(1))
            opens = self.last_text.endswith(":") if m.group(1) == "a" else bool(R.SENTENCE_OPEN_END.search(self.last_text))
            if found and found[0] == "letter" and opens:
                return (*found, m.end())
        return None

    def content(self, text: str, line: Line, brk: bool, item: bool) -> None:
        if brk and self.cur is not None and not self.continues(self.cur, text, item):
            self.close()
        pos, new_line = 0, item
        m = R.PARA_START.match(text)
        if m and text[m.end():m.end() + 1] != "" and text[m.end()].isdigit():
            m = None
        if m and self.accept_para(int(m.group(1)), True, text[m.end():]):
            self.start_para(int(m.group(1)), line)
            pos, new_line, item = m.end(), False, False
        elif self.cur is not None and self.cur.kind == "para":
            sub = self.line_start_sub(text)
            if sub:
                self.start_sub(sub[0], sub[1], text[:sub[2]].strip(), line)
                pos, new_line, item = sub[2], False, False
        elif self.cur is not None and R.SUB_START.match(text):
            new_line = True
        if item:
            text = "- " + text[pos:]
            pos = 0
        for mid in R.MID.finditer(text, pos):
            if mid.start() < pos:
                continue
            if mid.group("num"):
                n = int(mid.group("num"))
                if self.accept_para(n, False, text[mid.end():]):
                    self.append(text[pos:mid.start()], line, new_line, item)
                    self.start_para(n, line)
                    pos, new_line = mid.end(), False
            elif self.cur is not None and self.cur.kind == "para":
                found = self.sub_kind(mid.group("s1") or mid.group("s2"))
                if found:
                    self.append(text[pos:mid.start("sub")], line, new_line, item)
                    self.start_sub(found[0], found[1], mid.group("sub"), line)
                    pos, new_line = mid.end(), False
        self.append(text[pos:], line, new_line, item)


# ---------------------------------------------------------------- entry point


def structure(doc: ParsedDocument, doc_id: str) -> list[Paragraph]:
    """Paragraph records for a parsed document (see module docstring for the rules)."""
    lines = [Line(normalize_text(x.text), x.page, x.page_label, x.kind, x.level) for x in doc.lines]
    soft = R.soft_breaks(lines) if doc.format == "pdf" else set()
    b = _Builder()
    start = 0
    span = R.title_span(lines)
    if span:
        title = _Block("title", [])
        for line in lines[:span[2]]:
            if line.kind == "footnote":
                title.footnotes.append(line.text)
            elif line.text:
                title.add(line.text, True)
                title.touch(line)
        b.blocks.append(title)
        start = span[2]
    for i in range(start, len(lines)):
        b.feed(lines[i])
        if i in soft:
            if not b.pending_break:
                b.pending_break = b.soft_break = True
    b.close()
    return _finish(b.blocks, b.orphan_notes, doc_id)


def _finish(blocks: list[_Block], orphan_notes: list[str], doc_id: str) -> list[Paragraph]:
    kept: list[_Block] = []
    for block in blocks:
        if "\n".join(block.lines).strip():
            kept.append(block)
        elif kept:
            kept[-1].footnotes += block.footnotes
    if kept:
        kept[-1].footnotes += orphan_notes
    paras = [x for x in kept if x.kind == "para"]
    first = paras[0].number if paras else 0
    pre = "fragment" if first > 1 else "preamble" if paras else "text"
    out: list[Paragraph] = []
    used: set[str] = set()
    last_num, pre_count, after_count = "", 0, 0
    for block in kept:
        if block.kind == "title":
            label = "title"
        elif block.kind == "para":
            label = str(block.number) if block.run == 1 else f"part{block.run}-{block.number}"
            last_num, after_count = label, 0
        elif block.kind == "action":
            label = block.code
        elif last_num:
            after_count += 1
            label = f"after-{last_num}-{after_count}"
        else:
            pre_count += 1
            label = f"{pre}-{pre_count}" if pre != "fragment" or pre_count > 1 else "fragment"
        unique, k = label, 1
        while unique in used:
            k += 1
            unique = f"{label}-{k}"
        used.add(unique)
        out.append(Paragraph(
            doc_id=doc_id, label=unique, text="\n".join(block.lines).strip(), numbered=block.kind == "para",
            order=len(out), section=list(block.section), pages=list(block.pages), page_labels=list(block.labels),
            sub_items={k: v.strip() for k, v in block.sub_items.items()}, footnotes=list(block.footnotes),
        ))
    return out
