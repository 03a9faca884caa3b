"""Turn parsed lines into citable :class:`wsis.types.Paragraph` records, one list per text in the file.

Numbered paragraphs
    "N." at the start of a line (alone or followed by text; pypdf's bare "N" alone on a line when N
    is the next number), or inside a flattened line after a sentence end ("... of the Forum. 76. We
    ask"). The next number (previous + 1) is always accepted unless the previous line ends in a
    connector ("and", "or", ",", "paragraphs", ...), so "paragraphs 4, 5 and\n55. We" stays text.
    A forward jump of any size (an excerpt: 1-5, 19, 33-38) is accepted at a line start when the
    line is clearly a paragraph start: the text before it is finished (blank line, heading, or a
    sentence end) and the text after the number starts upper-case (or the number stands alone).
    Each jump is recorded for the structure report. Numbering restarting at 1 (or going back) after
    a heading (an annex, a second text, the next source of a compilation) starts a new part: a
    separate document (see ``structure_parts``).
Sub-items (inside numbered paragraphs only)
    "a)", "(a)", "a." at line start; "a)"/"(a)" after punctuation inside a line ("...: a) x; b) y"); the
    other UN languages' "(أ)", "б)", "（a）" keyed by the English letter (:mod:`ingest.sub_markers`);
    bracketless letters as PDF text gives them: "a Discuss" (or "a" alone) after a lead-in ending in
    ":", then "b Facilitate" for the next expected letter, at a line start or inside a line after
    ";"/"." (inside a line, "a" counts only when a "b" follows in the same line). Letters follow a, b, c...;
    Roman numerals i, ii, ... are top-level keys when the paragraph has no letters, otherwise they stay
    inside the current letter's text. "1)" at line start is a numeric sub-item. ``Paragraph.text`` keeps intro + one line per sub-item with its marker; ``sub_items``
    maps key -> text without the marker. The paragraph number is not repeated in ``text``.
Unnumbered passages (``numbered=False``) and their labels: see :mod:`ingest.structure_labels`.
    A blank line (or, in PDFs, a short line ending in . ! ? : ; ,) ends an unnumbered passage. A
    blank line ends a numbered paragraph only if the paragraph's last sentence is complete and the
    next line starts upper-case without a sub-item marker; PDF short lines never end one. Bullet
    items are grouped into one passage per list (an intro line ending with ":" joins its list);
    inside a numbered paragraph they become "- " lines of its text.
Headings: :mod:`ingest.structure_rules` (``classify_heading``, look-ahead ``heading_lines``). Footnote
lines go to ``footnotes`` of the passage open when they appear, never into ``text``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from wsis.ingest import structure_rules as R
from wsis.ingest.identity import detect_symbol, detect_title, local_doc_id  # noqa: F401 - re-exported
from wsis.ingest.parsers import Line, ParsedDocument, normalize_text
from wsis.ingest.structure_labels import Part, label_parts
from wsis.ingest.sub_markers import letter_keys, marker, roman_key

__all__ = ["Part", "detect_symbol", "detect_title", "local_doc_id", "structure", "structure_parts"]
from wsis.types import Paragraph


# ---------------------------------------------------------------- building blocks


@dataclass
class _Block:
    kind: str  # "title" | "para" | "text" | "action"
    section: list[str]
    part: int = 1
    number: int = 0
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
        self.last_letter = ""
        self.last_text = ""
        self.pending_break = False  # blank line (or PDF soft break) before the next line
        self.soft_break = False  # the pending break is only a PDF soft break
        self.prev_caps = False
        self.orphan_notes: list[str] = []
        self._path: list[str] | None = None  # cached heading texts of ``section``
        self.look: dict[int, int] = {}  # line index -> heading rank decided by look-ahead
        self.number_heading = ""  # "3." alone, waiting for its heading text
        self.mark: int | None = None  # first block after the first heading since the last paragraph
        self.mark_headings: list[str] = []  # headings since the last paragraph
        self.parts: list[tuple[int, list[str]]] = [(0, [])]  # (first block, headings above it)
        self.numbered_seen, self.jumps = False, []  # jumps: (part, previous number, accepted number)

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
        self.cur = _Block(kind, self.path(), part=len(self.parts), **kw)
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

    # -- line handlers
    def feed(self, line: Line, index: int = -1) -> None:
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
        if self.look.get(index) == -1 and self.section:
            rank, head = self.section[-1]
            self.section[-1] = (rank, f"{head} {text}")
            self.mark_headings[-1:] = [f"{head} {text}"]
            self._path = None
            return
        if index in self.look:
            if re.fullmatch(r"\d{1,2}\.", text):
                self.number_heading = text
                return
            text, self.number_heading = f"{self.number_heading} {text}".strip(), ""
            self.heading(text, self.look[index], line, "")
            return
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
        cur = self.cur
        if R.CLOSING.match(text) or (cur is not None and cur.kind == "text" and self.expected is None and cur.last.endswith((",", ";"))
                                     and (R.PP_START.match(text) or R.OPERATIVE_START.match(text))):
            self.close()  # "80th plenary meeting"; the next preambular paragraph of a resolution ("..., \n Reaffirming")
            self.open("text", line)
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
        if self.mark is None:
            self.mark = len(self.blocks)
        self.mark_headings.append(text)
        self.last_letter = R.heading_letter(text) or self.last_letter
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

    def accept_para(self, n: int, at_start: bool, rest: str, brk: bool = False) -> bool:
        exp = self.expected
        if exp is None:
            return n < 1000  # a first "2005." is a year, not a paragraph
        if n == exp:
            return not (at_start and R.CONNECTOR_END.search(self.last_text))
        if not at_start or n >= 1000:
            return False
        finished = brk or self.mark is not None or bool(R.TERMINAL.search(self.last_text)) or self.last_text.endswith(":")
        starts = not rest or R.capital(rest[:1]) or rest[:1] in "\u201c\"("  # [parallel] uncased scripts too
        if n < exp and self.mark is not None and starts and (n == 1 or finished):
            self.new_part()  # numbering restarts (or goes back) after a heading: another text begins
            return True
        if n > exp and finished and starts and not R.CONNECTOR_END.search(self.last_text):
            self.jumps.append((len(self.parts), exp - 1, n))
            return True
        return False

    def new_part(self) -> None:
        """Numbering restarts at 1 after a heading: a new text begins at the first heading since the last paragraph."""
        self.close()
        self.parts.append((self.mark if self.mark is not None else len(self.blocks), list(self.mark_headings)))
        for block in self.blocks[self.parts[-1][0]:]:
            block.part = len(self.parts)
        self.section = [(rank, text) for rank, text in self.section if text in self.mark_headings]  # none of the last text
        self._path = None

    def start_para(self, n: int, line: Line) -> None:
        self.open("para", line, number=n)
        self.expected = n + 1
        if not self.numbered_seen:
            self.parts[0] = (0, list(self.mark_headings))  # the first text's headings above its first paragraph
            self.numbered_seen = True
        self.mark, self.mark_headings = None, []

    def sub_kind(self, mark: str) -> tuple[str, str] | None:
        cur = self.cur
        expected = chr(ord(cur.letter) + 1) if cur.letter else "a"
        if expected in letter_keys(mark):  # "(ب)", "б)", "（b）": the English letter is the key
            return "letter", expected
        value = R.roman_value(roman_key(mark))
        if value and value == cur.roman + 1:
            return "roman", roman_key(mark)
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
            found = self.sub_kind(marker(m))
            return (*found, m.end()) if found else None
        m = R.NUM_SUB_START.match(text)
        if m and int(m.group(1)) == self.cur.num_sub + 1:
            return "num", m.group(1), m.end()
        m = R.BARE_START.match(text)
        if m:  # bare "a": after ":" only; bare "b".."z" (the next letter of a list): after any clause end
            found = self.sub_kind(m.group(1))
            last = self.last_text
            opens = last.endswith(":") if m.group(1) == "a" else bool(
                R.SENTENCE_OPEN_END.search(last) or R.TERMINAL.search(last) or self.cur.sub_key)
            if found and found[0] == "letter" and opens:
                return (*found, m.end())
        return None

    def content(self, text: str, line: Line, brk: bool, item: bool) -> None:
        if brk and self.cur is not None and not self.continues(self.cur, text, item):
            self.close()
        pos, new_line = 0, item
        m = R.PARA_START.match(text) or R.NUMBER_ALONE.match(text)
        if m and text[m.end():m.end() + 1] != "" and text[m.end()].isdigit():
            m = None
        if m and m.re is R.NUMBER_ALONE and (self.expected is None or int(m.group(1)) != self.expected
                                                      or not R.TERMINAL.search(self.last_text)):
            m = None  # a bare number alone is a paragraph only when it is the next one after a finished sentence
        if m and self.accept_para(int(m.group(1)), True, text[m.end():], brk):
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
                letter = mid.group("s1") or mid.group("s2") or mid.group("bare")
                found = self.sub_kind(letter)
                if found and mid.group("bare") and (found[0] != "letter" or (
                        letter == "a" and not (text[mid.start() - 1:mid.start()] == ":" and re.search(r"[;.]\s+(?:and\s+)?b\s+[A-Z]", text[mid.end():])))):
                    found = None
                if found:
                    self.append(text[pos:mid.start("sub") if mid.group("sub") else mid.start("bare")], line, new_line, item)
                    self.start_sub(found[0], found[1], mid.group("sub") or letter, line)
                    pos, new_line = mid.end(), False
        self.append(text[pos:], line, new_line, item)


# ---------------------------------------------------------------- entry points


def structure_parts(doc: ParsedDocument, doc_id: str) -> list[Part]:
    """The texts of a file (one, or several when numbering restarts after a heading), each with its
    paragraph records (labels of :mod:`ingest.structure_labels`) and the facts of its structure report."""
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
    b.look = R.heading_lines(lines, start)
    for i in range(start, len(lines)):
        b.feed(lines[i], i)
        if i in soft:
            if not b.pending_break:
                b.pending_break = b.soft_break = True
    b.close()
    return label_parts(b.blocks, b.orphan_notes, doc_id, b.parts, b.jumps)


def structure(doc: ParsedDocument, doc_id: str) -> list[Paragraph]:
    """Paragraph records of every text in the file; a second text's doc_id is ``DOC_ID-2`` etc."""
    out: list[Paragraph] = []
    for k, part in enumerate(structure_parts(doc, doc_id), start=1):
        for p in part.paragraphs:
            p.doc_id = doc_id if k == 1 else f"{doc_id}-{k}"
        out += part.paragraphs
    return out
