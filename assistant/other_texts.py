"""Texts a question asks for beside the ones it names: "The Tunis Agenda promises ...; had an
*earlier* summit text already ...?", "which *other* text proposes ...", "Geneva called it an enabler;
*twelve years later*, did ...?". The named text is one half of the answer; the best passage of the
texts asked for, ranked for what they are asked, is the other."""
from __future__ import annotations

import re
from typing import Callable, Sequence

from wsis.assistant.fusion import fuse
from wsis.types import DocumentInfo, Passage

_KINDS = (r"(?:(?:summit|WSIS|UN|review|outcome|negotiated)\s+)?(?:texts?|documents?|resolutions?|declarations?|"
          r"outcomes?(?:\s+documents?)?|agreements?|statements?|compacts?|pacts?)")
_WHEN = {"earlier": -1, "previous": -1, "prior": -1, "older": -1, "preceding": -1,
         "later": 1, "subsequent": 1, "newer": 1, "following": 1, "other": 0}
# "which other text", "an earlier summit text", "any later resolution", "another document"
_OTHER_TEXT = re.compile(rf"\b(?:an?|any|which|what|some|the|one|two|of)\s+({'|'.join(_WHEN)})\s+{_KINDS}\b"
                         rf"|\b(another)\s+{_KINDS}\b", re.I)
# "Besides the Tunis Agenda, does any text promise ...?", "Apart from the compact, is there a resolution that ...?"
_SET_ASIDE = r"(?:besides|apart\s+from|aside\s+from|other\s+than|except(?:\s+for)?)"
_BESIDES = re.compile(rf"\b(?:{_SET_ASIDE}|in\s+addition\s+to)\b.*?\b(?:any|some|a|an|which|what)"
                      rf"\s+(?:other\s+)?{_KINDS}\b|\b(?:which|what|any)\s+{_KINDS},?\s+{_SET_ASIDE}\b", re.I | re.S)
_COUNTS = {w: i for i, w in enumerate("one two three four five six seven eight nine ten eleven twelve thirteen "
                                      "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split(), 1)}
# "twelve years later", "a decade on", "ten years before"
_SPAN = re.compile(rf"\b(a|\d{{1,2}}|{'|'.join(_COUNTS)})\s+(years?|decades?)\s+(later|on|after(?:wards)?|before|earlier)\b", re.I)


def other_texts(question: str, named: Sequence[str], documents: dict[str, DocumentInfo]) -> list[str]:
    """The texts a question asks for beside the ones it names: "The Tunis Agenda promises ...; had an
    *earlier* summit text already ...?", "which *other* text proposes ...", "Geneva called it an
    enabler; *twelve years later*, did ...?". The indexed texts it does not name (language versions
    fold into their base), those before or after the named ones when it says so, of the year it counts
    to when one is (2003 + twelve: 2015); [] when it names none, or asks for no other text."""
    if not named:
        return []
    rest = {d: info for d, info in documents.items() if d not in named and not info.parallel_of}
    years = [y for d in named if d in documents and (y := documents[d].year)]
    m = _OTHER_TEXT.search(question)
    span = _SPAN.search(question) if len(set(years)) == 1 else None  # "a decade on" from texts of two years: no one date
    if not rest or not (m or span or _BESIDES.search(question)):
        return []
    way, target = (_WHEN[m.group(1).lower()] if m and m.group(1) else 0), None  # "another": either way
    if span:
        count, unit, word = span.groups()
        n = 1 if count.lower() == "a" else int(count) if count.isdigit() else _COUNTS[count.lower()]
        n *= 10 if unit.lower().startswith("decade") else 1
        way = -1 if word.lower() in ("before", "earlier") else 1
        target = (min(years) - n if way < 0 else max(years) + n) if years else None
    out = list(rest)
    if years and way:
        timed = [d for d in out if (y := rest[d].year) and (y < min(years) if way < 0 else y > max(years))]
        out = timed or out
    if target is not None:
        out = [d for d in out if rest[d].year == target] or out
    return out


def without_other_cues(question: str) -> str:
    """The question without what points at another text ("which other text", "twelve years later"):
    what that text is asked about, for ranking its passages."""
    return re.sub(r"\s{2,}", " ", _SPAN.sub(" ", _OTHER_TEXT.sub(" ", question))).strip(" ,;")


_ASKING = r"(?:and\s+)?(?:which|what|how|did|does|do|had|has|have|is|was|were|will)\b"
_CLAUSE_START = re.compile(rf"[.;?!:]\s+|,\s+(?={_ASKING})", re.I)
_CLAUSE_END = re.compile(rf"[.;?!:](?:\s+|$)|,\s+(?={_ASKING})", re.I)


def clause_around(question: str, start: int, end: int) -> str:
    """The clause of ``question`` holding ``question[start:end]``: from the last sentence end, ";" or
    ", which/how/did ..." before it to the next after it; a comma right after it is passed over
    ("Twelve years later, did ...")."""
    begin = max([0] + [x.end() for x in _CLAUSE_START.finditer(question) if x.end() <= start])
    after = end + (len(question[end:]) - len(question[end:].lstrip(" ,")))
    stop = next((x.start() for x in _CLAUSE_END.finditer(question, after)), len(question))
    return question[begin:stop].strip()


def asked_of_others(question: str) -> str:
    """The clause that asks for another text, without its pointer: "Besides the Tunis Agenda's forum,
    which other text proposes cheaper links?" -> "proposes cheaper links"; "A said so. Twelve years
    later, did B still see gaps?" -> "did B still see gaps"; "" without a pointer."""
    m = _OTHER_TEXT.search(question) or _SPAN.search(question)
    return without_other_cues(clause_around(question, m.start(), m.end())) if m else ""


def best_for(passages: list[Passage], queries: Sequence[str], docs: Sequence[str],
             rank: Callable[[str, list[str]], list[Passage]], rrf_k: int = 60) -> list[Passage]:
    """``passages`` with the best passage of ``docs`` for ``queries`` (each ranked by ``rank(text, doc
    ids)`` over those texts only, fused) before the first of theirs, or last."""
    keep = list(docs)
    rankings = {str(i): rank(text, keep) for i, text in enumerate(queries) if keep and text.strip()}
    fused = fuse({name: [p.id for p in ps] for name, ps in rankings.items()}, dict.fromkeys(rankings, 1.0), rrf_k)
    if not fused:
        return passages
    found = {p.id: p for ps in rankings.values() for p in ps}
    best = found[max(fused, key=lambda pid: fused[pid])]
    rest = [p for p in passages if p.id != best.id]
    at = next((i for i, p in enumerate(rest) if p.paragraph.doc_id in keep), len(rest))
    return rest[:at] + [best] + rest[at:]


def best_of_others(passages: list[Passage], question: str, others: Sequence[str],
                   rank: Callable[[str, list[str]], list[Passage]], rrf_k: int = 60) -> list[Passage]:
    """``passages`` with the best passage of ``others``, for the question without its pointer fused
    with the clause that asks for them. Ranked with the named texts, the best of the rest is the
    passage closest to what the named text is asked about; the other half of the answer is what the
    clause asks, and the whole question says what it is compared with."""
    return best_for(passages, [without_other_cues(question), asked_of_others(question)], others, rank, rrf_k)
