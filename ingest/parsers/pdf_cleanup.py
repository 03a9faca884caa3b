"""PDF clean-up on extracted page lines: running headers/footers and page labels, footnote blocks,
glued reference digits, hyphenation (rules in :mod:`wsis.ingest.parsers`)."""
from __future__ import annotations

import math
import re
from collections import Counter

from wsis.ingest.parsers.lines import Line

_PAGE_NUM = re.compile(
    r"^(?:[-\u2013\u2014]\s*)?(?:page\s+)?(\d{1,4}|[ivxlc]{2,7}|[ivx])(?:\s*(?:/|of)\s*\d{1,4})?(?:\s*[-\u2013\u2014])?$", re.I)
_PAGE_SUFFIX = re.compile(r"\bpage\s+(\d{1,4}|[ivxlc]{1,7})\s*$", re.I)
_JOB_NUMBER = re.compile(r"^\d{2}-\d{5,6}(?:\s*\([A-Z]\))?(?:\s+\*\d+\*)?$")  # UN job number "15-22395 (E)"
_PAGE_OF = re.compile(r"(?:^|\s)(\d{1,4})\s*/\s*\d{1,4}(?:\s|$)")  # UN footer "15-22395 3/17"
_FN_LINE = re.compile(r"^(\d{1,3})\s+(?=[A-Za-z\u201c\"'(\[])")
_FN_SEPARATOR = re.compile(r"^[_\u2014\u2013-]{5,}$")
_HYPHEN_END = re.compile(r"([A-Za-z]+)-$")
_NEXT_WORD = re.compile(r"^([a-z][A-Za-z]*)(.*)$")
COMPOUND = re.compile(r"\b([A-Za-z]+-[A-Za-z]+)\b")
_KEEP_HYPHEN = {"e", "multi", "non", "self", "cross", "follow", "well"}
_ZONE = 3


def _key(text: str) -> str:
    """Comparison key of a header/footer line: digits -> "#"; letter-less lines ignore token order
    (so the footers "2/3 15-99999" and "15-99999 3/3" of facing pages match)."""
    key = re.sub(r"\d+", "#", text.lower())
    return key if re.search(r"[a-z]", key) else " ".join(sorted(key.split()))


def _page_label(text: str) -> str | None:
    m = _PAGE_NUM.match(text)
    if m:
        return m.group(1)
    m = _PAGE_SUFFIX.search(text) or _PAGE_OF.search(text)
    return m.group(1) if m else None


def strip_furniture(pages: list[list[str]]) -> tuple[list[list[str]], list[str], list[str]]:
    """Remove running headers/footers and page numbers; return (pages, labels, running texts)."""
    top, bottom = Counter(), Counter()
    for lines in pages:
        top.update({_key(x) for x in lines[:_ZONE]})
        bottom.update({_key(x) for x in lines[-_ZONE:]})
    need = max(2, math.ceil(0.5 * len(pages)))

    def repeated(counter: Counter) -> set[str]:
        # enough letters ("a/res/#/#"), or at least two number groups ("#-# #/#" job-number footers)
        return {k for k, c in counter.items() if c >= need and (len(re.findall(r"[a-z]", k)) >= 3 or k.count("#") >= 2)}

    rep_top, rep_bottom = repeated(top), repeated(bottom)
    out, labels, running = [], [], []
    for lines in pages:
        label = ""
        i, j = 0, len(lines)
        while i < min(j, _ZONE + 1) and (_key(lines[i]) in rep_top or _PAGE_NUM.match(lines[i])):
            i += 1
        while j > i and len(lines) - j < _ZONE + 1 and (
            _key(lines[j - 1]) in rep_bottom or _PAGE_NUM.match(lines[j - 1]) or _JOB_NUMBER.match(lines[j - 1])
        ):
            j -= 1
        for removed in lines[:i] + lines[j:]:
            found = _page_label(removed)
            label = label or found or ""
            if not _PAGE_NUM.match(removed) and re.search(r"[A-Za-z]{2}", removed) and removed not in running:
                running.append(removed)
        out.append(lines[i:j])
        labels.append(label)
    return out, labels, running


def glued_ref(n: int) -> re.Pattern:
    return re.compile(rf"(?:(?<=[A-Za-z][.,;:)\]\"\u201d\u2019])|(?<=[a-z]))({n})(?![\w])")


def split_footnotes(lines: list[str], prev_body: list[str]) -> tuple[list[str], list[tuple[int, str]]]:
    """Split a page into body lines and (number, text) footnotes found at its bottom."""
    window = range(max(0, len(lines) - 15), len(lines))
    for i in window:
        if _FN_SEPARATOR.match(lines[i]):
            return lines[:i], _group_notes(lines[i + 1:])
    for c in window:
        m = _FN_LINE.match(lines[c])
        if not m or c == 0:
            continue
        first = int(m.group(1))
        pattern = glued_ref(first)
        if any(pattern.search(x) for x in lines[:c]) or any(pattern.search(x) for x in prev_body[-15:]):
            return lines[:c], _group_notes(lines[c:])
    return lines, []


def _group_notes(lines: list[str]) -> list[tuple[int, str]]:
    notes: list[tuple[int, str]] = []
    for line in lines:
        m = _FN_LINE.match(line)
        if m and (not notes or int(m.group(1)) == notes[-1][0] + 1):
            notes.append((int(m.group(1)), line))
        elif notes:
            notes[-1] = (notes[-1][0], _join_wrapped(notes[-1][1], line))
        elif line:
            notes.append((0, line))
    return notes


def _join_wrapped(a: str, b: str) -> str:
    m = _HYPHEN_END.search(a)
    if m and b[:1].islower():
        return a[:-1] + b
    return f"{a} {b}"


def dehyphenate(body: list[Line], compounds: set[str]) -> list[Line]:
    """Repair words split across line breaks (see module docstring for the rule)."""
    for i in range(len(body) - 1):
        m = _HYPHEN_END.search(body[i].text)
        nxt = _NEXT_WORD.match(body[i + 1].text)
        if not m or not nxt:
            continue
        prefix, word = m.group(1), nxt.group(1)
        keep = f"{prefix}-{word}".lower() in compounds or prefix.lower() in _KEEP_HYPHEN
        body[i].text = body[i].text[: -1] + ("-" if keep else "") + word
        body[i + 1].text = nxt.group(2).strip()
    return [line for line in body if line.text]



_SYMBOL_TEXT = re.compile(r"WSIS-\d{2}/[A-Z]+/DOC/[\w().+-]+|A/RES/\d{1,3}/\d{1,4}|A/\d{1,3}/L\.\d{1,3}")
# a WSIS symbol whose slashes and brackets extraction lost: "WSIS-05TUNISDOC6Rev. 1-E", "WSIS-03GENEVADOC4-E"
_GLUED_WSIS = re.compile(r"^WSIS-?\d{2}[A-Z]{4,}DOC\d+(?:\(?Rev\.?\s*\d\)?)?-?[A-Z]?\s+(?=\S)")


def _alnum(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]", "", text).upper()


def strip_glued_headers(pages: list[list[str]], running: list[str]) -> list[list[str]]:
    """Remove a running header glued to the start of a page's first line ("WSIS-05TUNISDOC6Rev. 1-E public
    policy issues ..."): the document's symbol (from the running lines or the first page) with its
    punctuation lost, or intact but followed by lower-case text. Removed texts join ``running``."""
    found = {m.group(0) for text in [*running, *(pages[0][:15] if pages else [])] for m in _SYMBOL_TEXT.finditer(text)}
    keys = {_alnum(s): s for s in found}
    for index, lines in enumerate(pages):
        if index == 0 or not lines:
            continue
        first, tokens, acc = lines[0], lines[0].split(" "), ""
        cut = ""
        for j, token in enumerate(tokens[:4]):
            acc += _alnum(token)
            if acc in keys:
                prefix, rest = " ".join(tokens[: j + 1]), " ".join(tokens[j + 1:])
                if rest and (prefix != keys[acc] or rest[:1].islower()):
                    cut = prefix
                break
            if not any(k.startswith(acc) for k in keys):
                break
        if not cut:
            m = _GLUED_WSIS.match(first)
            cut = m.group(0).strip() if m else ""
        if cut:
            lines[0] = first[len(cut):].strip()
            if not lines[0]:
                lines.pop(0)
            if cut not in running:
                running.append(cut)
    return pages
