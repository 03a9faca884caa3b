"""Paragraphs named by their place: "the first operative paragraph", "its third preambular
paragraph", "the last paragraph of the Tunis Agenda", "the last piece of agreed language in the
briefing pack", "the first thing the compact promises". The n-th is paragraph n (PPn for a preambular
one: UN texts number their paragraphs in order); the last ones count from the text's end
(``lookups.placed``). English only, like the reference words."""
from __future__ import annotations

import re

# "the first operative paragraph", "the last paragraph", "its third preambular paragraph": a paragraph by its place
_ORDINALS = {"first": 1, "opening": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
             "eighth": 8, "ninth": 9, "tenth": 10, "last": -1, "final": -1, "closing": -1, "penultimate": -2}
# a paragraph as a user may call it: "the last piece of agreed language" (not "passage": "the final
# passage of the resolution" is its adoption)
_PARAGRAPH = r"(?:paragraph|para\.?|(?:piece|bit)\s+of\s+(?:agreed\s+)?(?:text|language|wording))"
ORDINAL = re.compile(r"\b(?P<ord>second[-\s]to[-\s]last|\d{1,3}(?:st|nd|rd|th)|" + "|".join(_ORDINALS) + r")"
                     r"\s+(?:(?P<series>operative|preambular)\s+)?" + _PARAGRAPH + r"(?!\w)", re.I)


# "the first commitment", "the very first thing the compact promises", "its last pledge": the n-th
# paragraph that commits (series ``COMMITMENT``), not the n-th paragraph (a text opens on its context)
COMMITMENT = "commitment"
_PLEDGE = re.compile(r"\b(?P<ord>" + "|".join(w for w in _ORDINALS if w not in ("opening", "closing")) + r")\s+"
                     r"(?:(?:commitment|pledge|promise|undertaking)s?\b|thing(?=\s+(?:that\s+)?(?:\S+\s+){0,4}?"
                     r"(?:promises?|promised|pledges?|pledged|commits?|committed|undertakes?|undertook|vows?|vowed)\b))", re.I)


# "How does the Declaration on Future Generations open?", "the opening words of the Tunis Agenda": its first paragraph
OPENING = "opening"  # the text's first paragraph in its order, a preambular one too
_OPENS = re.compile(r"\bhow\s+(?:does|do|did)\s+(?!(?:I|we|you)\b)(?:(?!\b(?:say|says|said|should|would|will|must|work|meetings?)\b)[^?]){2,80}?"
                    r"\s(?P<o>open|begin|start)\s*\??\s*$|\b(?P<w>opening)\s+(?:words|lines?|sentences?)\b", re.I)


def places(question: str) -> list[tuple[int, int, int, str]]:
    """(start, end, place, series) of each paragraph named by its place: place 1 the first, -1 the
    last, -2 the one before it; series "PP" for a preambular paragraph, ``COMMITMENT`` for a
    commitment, else ""."""
    out: list[tuple[int, int, int, str]] = []
    for m in ORDINAL.finditer(question):
        word = re.sub(r"[-\s]+", "-", m["ord"].lower())
        place = -2 if word == "second-to-last" else _ORDINALS.get(word) or int(re.match(r"\d+", word)[0])
        if place:
            out.append((m.start(), m.end(), place, "PP" if (m["series"] or "").lower() == "preambular" else ""))
    out += [(m.start(), m.end(), _ORDINALS[m["ord"].lower()], COMMITMENT) for m in _PLEDGE.finditer(question)
            if not any(s < m.end() and m.start() < e for s, e, _, _ in out)]
    out += [(m.start("o"), m.end("o"), 1, OPENING) if m["o"] else (m.start(), m.end(), 1, OPENING) for m in _OPENS.finditer(question)
            if not any(s < m.end() and m.start() < e for s, e, _, _ in out)]
    return sorted(out)
