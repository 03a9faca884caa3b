"""Sentence spans inside paragraph text; quotes are always exact slices of the paragraph."""
from __future__ import annotations

import re

_ABBREV = {"para", "paras", "paragraph", "no", "nos", "art", "e.g", "i.e", "etc", "rev", "vol", "mr", "mrs", "ms",
           "dr", "st", "u.n", "u.s", "inc", "ltd", "co", "cf", "op", "cit", "ibid", "approx", "fig", "sect", "p", "pp"}
_END = re.compile(r"[.!?;](?:[\"'”’)\]]*)\s+(?=[\"'“‘(\[]?[A-Z0-9])")
_ITEM = re.compile(r"^\s*(?:\(?[a-z]{1,4}\)|[a-z]{1,4}\.|\(?[ivxlc]+\)|[-•*])\s+", re.I)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; each line (a sub-item) is split on its own."""
    spans: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):
        start = 0
        for m in _END.finditer(line):
            word = re.findall(r"([\w.]+)[.!?;]?$", line[start : m.start() + 1])
            if word and word[0].rstrip(".").lower() in _ABBREV:
                continue
            if line[m.start()] == ";" and len(line[start : m.start()].split()) < 8:
                continue  # keep short clauses together
            spans.append((offset + start, offset + m.start() + 1))
            start = m.end()
        if line[start:].strip():
            spans.append((offset + start, offset + len(line.rstrip())))
        offset += len(line) + 1
    return [(s, e) for s, e in spans if text[s:e].strip()]


def sentences(text: str) -> list[str]:
    return [text[s:e].strip() for s, e in sentence_spans(text)]


def item_marker(sentence: str) -> str:
    """"(b) Promote ..." -> "b" (the sub-item a sentence opens), else "". Also a bracketless marker
    as some official layouts print them: "c Interface with ...", "ii Training ..." (a lower-case
    letter or roman numeral before a capital)."""
    m = re.match(r"^\s*\(?([a-z]{1,4})[).]\s", sentence, re.I) or re.match(r"^\s*([a-z]|[ivx]{2,4})\s+(?=[A-Z])", sentence)
    return m.group(1).lower() if m else ""
