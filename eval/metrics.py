"""Evaluation metrics: pure functions over ids, texts and a support check.

Retrieval: ``recall_at_k``, ``mrr``, ``ndcg_at_k`` over paragraph ids ("tunis-agenda#72").
Citations (ALCE, Gao et al. 2023, with ``SupportChecker`` in place of the NLI model):
``citation_scores`` gives per-answer citation recall and precision; ``citation_existence`` the share
of citations naming a paragraph that exists. ``faithfulness``: share of answer statements supported
by the passages the answer cites. ``nugget_recall``: share of gold nuggets found in the answer.
``abstention_rates``: correct refusals (unanswerable) and false refusals (answerable).
"""
from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Callable, Iterable, Sequence

from wsis.assistant.support import MARKER, strip_markers, tokens

# -- retrieval ------------------------------------------------------------------------------------

_SUB = re.compile(r"\s?\([a-z]{1,4}\)$", re.I)


def base_id(pid: str) -> str:
    """"tunis-agenda#72(b)" -> "tunis-agenda#72": retrieval works on whole paragraphs."""
    return _SUB.sub("", pid.strip())


def dedupe(ids: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for pid in ids:
        pid = base_id(pid)
        if pid not in seen:
            seen.add(pid)
            out.append(pid)
    return out


def recall_at_k(ranked: Sequence[str], gold: Iterable[str], k: int) -> float:
    """Share of the gold paragraphs found in the first k results (1.0 when there is no gold)."""
    gold_set = {base_id(g) for g in gold}
    if not gold_set:
        return 1.0
    top = set(dedupe(ranked)[:k])
    return len(gold_set & top) / len(gold_set)


def hit_at_k(ranked: Sequence[str], gold: Iterable[str], k: int) -> float:
    gold_set = {base_id(g) for g in gold}
    return float(bool(gold_set & set(dedupe(ranked)[:k]))) if gold_set else 1.0


def mrr(ranked: Sequence[str], gold: Iterable[str]) -> float:
    """Reciprocal rank of the first gold paragraph (0 when none is retrieved)."""
    gold_set = {base_id(g) for g in gold}
    for rank, pid in enumerate(dedupe(ranked), start=1):
        if pid in gold_set:
            return 1.0 / rank
    return 0.0


def ndcg_at_k(ranked: Sequence[str], gold: Iterable[str], k: int = 10) -> float:
    """Binary-relevance nDCG@k."""
    gold_set = {base_id(g) for g in gold}
    if not gold_set:
        return 1.0
    dcg = sum(1.0 / math.log2(rank + 1) for rank, pid in enumerate(dedupe(ranked)[:k], start=1) if pid in gold_set)
    ideal = sum(1.0 / math.log2(rank + 1) for rank in range(1, min(k, len(gold_set)) + 1))
    return dcg / ideal


# -- answers as statements with citation markers ---------------------------------------------------

@dataclass
class Statement:
    """One checkable claim of an answer and the citation markers attached to it."""

    text: str
    markers: list[int] = field(default_factory=list)


_QUOTE_LINE = re.compile(r"^>\s*[“\"](?P<q>.+?)[”\"]\s*(?P<m>(?:\[\d+(?:\s*[,;]\s*\d+)*\]\s*)+)(?:\(.*\))?\s*$")
_BOLD_ONLY = re.compile(r"^\*\*[^*]+\*\*(?:\s*\(.*\))?\s*$")


_QUOTE_START = re.compile(r"^>\s*[“\"](?!.*[”\"]\s*\[\d)")
_QUOTE_END = re.compile(r"^>\s*(?P<q>.*?)[”\"]\s*(?P<m>(?:\[\d+(?:\s*[,;]\s*\d+)*\]\s*)+)(?:\(.*\))?\s*$")


def _markers(text: str) -> list[int]:
    out: list[int] = []
    for group in MARKER.findall(text):
        for n in re.split(r"[,;\s]+", group):
            if n and int(n) not in out:
                out.append(int(n))
    return out


def statements(answer_text: str) -> list[Statement]:
    """Claims of an answer in the formats the assistant writes.

    - ``> “quote” [n] (Title, para. X)``: the quote, cited by [n] (extractive answers);
    - ``**Title, para. X** — section [n]`` followed by ``> text`` lines: the quoted text, cited by [n]
      (reference look-ups);
    - prose sentences ending in [n] markers (generative answers); a sentence without a marker is a
      statement without citation.
    Framing lines (headings, a lead ending with ":", "The nearest passages are:") are not claims, nor
    are lines without a content word ("We will:").
    """
    return [s for s in _statements(answer_text) if _has_content(s.text)]


def _has_content(text: str) -> bool:
    """A content word: English tokens, or letters of another script (an Arabic, Chinese or Russian
    quote has no [a-z] token but is a claim all the same)."""
    return bool(tokens(text)) or any(ch.isalpha() and ord(ch) > 0x24F for ch in text)


def _statements(answer_text: str) -> list[Statement]:
    from wsis.assistant.sentences import sentences

    out: list[Statement] = []
    pending: list[int] | None = None  # markers of a heading whose quote lines follow
    block: list[str] | None = None  # lines of a multi-line quote ("> “lead-in:" ... "> item” [n] (...)")
    for raw in answer_text.split("\n"):
        line = raw.strip()
        if not line:
            pending = block = None
            continue
        m = _QUOTE_LINE.match(line)
        if m:
            out.append(Statement(m["q"].strip(), _markers(m["m"])))
            pending = None
            continue
        if block is not None and line.startswith(">"):
            end = _QUOTE_END.match(line)
            if end:
                markers = _markers(end["m"])
                out.extend(Statement(text, list(markers)) for text in [*block, end["q"].strip()] if text)
                block = None
            else:
                block.append(line.lstrip(">").strip())
            continue
        if _QUOTE_START.match(line):
            block = [line.lstrip(">").strip().lstrip("“\"").strip()]
            continue
        if line.startswith(">"):
            body = line.lstrip(">").strip()
            if body:
                out.append(Statement(strip_markers(body).strip(), _markers(body) or list(pending or [])))
            continue
        if line.startswith("**") and MARKER.search(line) and not strip_markers(line).rstrip().endswith("."):
            pending = _markers(line)  # reference heading: the text follows as quote lines
            continue
        if _BOLD_ONLY.match(line) or (line.endswith((":", "：")) and not MARKER.search(line)):
            continue
        if line.startswith(("- ", "* ", "• ")):
            line = line[2:].strip()
        for sent in sentences(line):
            clean = strip_markers(sent).strip()
            if len(clean.split()) < 2:
                if out and MARKER.search(sent):  # a marker split off its sentence
                    out[-1].markers.extend(n for n in _markers(sent) if n not in out[-1].markers)
                continue
            out.append(Statement(clean, _markers(sent)))
    return out


# -- citations (ALCE) -------------------------------------------------------------------------------

SupportFn = Callable[[str, list[str]], bool]


@dataclass
class CitationScores:
    recall: float  # share of statements entailed by the concatenation of their cited passages
    precision: float  # share of citations that are not irrelevant (ALCE)
    statements: int
    citations: int
    per_statement: list[dict] = field(default_factory=list)


def citation_scores(stmts: Sequence[Statement], passages: dict[int, str | None], supports: SupportFn) -> CitationScores:
    """ALCE citation recall and precision.

    ``passages`` maps a marker to the text of the paragraph it cites (None: the paragraph does not
    exist, which ALCE treats like an out-of-range document: no entailment). Recall per statement is 1
    when its cited passages jointly support it; a statement without citation scores 0. A citation is
    irrelevant when it alone does not support the statement and the remaining citations still do;
    for single-citation statements precision equals the joint support. Precision is the number of
    relevant citations over all citations.
    """
    if not stmts:
        return CitationScores(0.0, 0.0, 0, 0)
    entail = 0
    precise = 0
    total = 0
    detail = []
    for st in stmts:
        refs = list(dict.fromkeys(st.markers))
        total += len(refs)
        texts = [passages.get(r) for r in refs]
        if not refs or any(t is None for t in texts):
            joint = False
        else:
            joint = supports(st.text, [t for t in texts if t is not None])
        entail += joint
        irrelevant: list[int] = []
        if joint and len(refs) > 1:
            for r, t in zip(refs, texts):
                if supports(st.text, [t]):
                    precise += 1
                    continue
                rest = [x for rr, x in zip(refs, texts) if rr != r]
                if rest and supports(st.text, rest):
                    irrelevant.append(r)
                else:
                    precise += 1
        else:
            precise += len(refs) if joint else 0
        detail.append({"text": st.text, "markers": refs, "supported": bool(joint), "irrelevant": irrelevant})
    return CitationScores(entail / len(stmts), precise / total if total else 0.0, len(stmts), total, detail)


def citation_existence(cited_ids: Sequence[str], exists: Callable[[str], bool]) -> float | None:
    """Share of citations whose paragraph exists in the index (None when the answer cites nothing)."""
    if not cited_ids:
        return None
    return sum(bool(exists(base_id(pid))) for pid in cited_ids) / len(cited_ids)


def faithfulness(stmts: Sequence[Statement], cited_texts: Sequence[str], supports: SupportFn) -> float:
    """Share of statements supported by the passages the answer cites (any of them, wherever the
    markers sit): what the answer says beyond its sources, independent of marker placement."""
    if not stmts:
        return 0.0
    if not cited_texts:
        return 0.0
    return sum(bool(supports(st.text, list(cited_texts))) for st in stmts) / len(stmts)


# -- nuggets --------------------------------------------------------------------------------------

def normalize(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    text = re.sub(r"(?<=\d)[,\u202f\u00a0](?=\d{3}\b)", "", text)  # 1,000 -> 1000
    text = re.sub(r"\s*(?:\bper\s?cent\b|\bpercent\b|%)", " percent", text)
    text = re.sub(r"[^\w%]+", " ", text)
    return " ".join(text.split())


_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")  # Chinese/Japanese: no spaces


def nugget_found(nugget: str, answer_text: str) -> bool:
    """A nugget is found when one of its ``|``-separated variants occurs as whole words (in a script
    written without spaces, such as Chinese, as a run of characters: a clause has no word bounds)."""
    hay = f" {normalize(strip_markers(answer_text))} "
    for variant in (normalize(v) for v in nugget.split("|")):
        if variant and (f" {variant} " in hay or (_UNSPACED.search(variant) and variant in hay)):
            return True
    return False


def nugget_recall(nuggets: Sequence[str], answer_text: str) -> float | None:
    if not nuggets:
        return None
    return sum(nugget_found(n, answer_text) for n in nuggets) / len(nuggets)


# -- abstention -------------------------------------------------------------------------------------

def abstention_rates(rows: Iterable[tuple[bool, bool]]) -> dict[str, float | None]:
    """rows of (answerable, abstained) -> correct refusal rate (on unanswerable questions), false
    refusal rate (on answerable ones) and abstention accuracy over all questions."""
    rows = list(rows)
    unans = [abst for ok, abst in rows if not ok]
    ans = [abst for ok, abst in rows if ok]
    correct = sum(unans) / len(unans) if unans else None
    false = sum(ans) / len(ans) if ans else None
    accuracy = sum((not ok) == abst for ok, abst in rows) / len(rows) if rows else None
    return {"correct_refusal": correct, "false_refusal": false, "abstention_accuracy": accuracy}


def wilson(successes: float, n: int, z: float = 1.96) -> list[float] | None:
    """Wilson score interval (95% by default) of a rate of ``successes`` in ``n``: honest on the few
    dozen questions of a split, where 13/16 is anywhere from about 0.57 to 0.93. Recall@3 counts a
    two-paragraph question's half as half a success (an approximation)."""
    if n <= 0:
        return None
    p = successes / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return [round(max(0.0, centre - half), 4), round(min(1.0, centre + half), 4)]


# -- aggregation ----------------------------------------------------------------------------------

def percentile(values: Sequence[float], q: float) -> float | None:
    """Linear-interpolated percentile, q in [0, 100]."""
    vals = sorted(v for v in values if v is not None)
    if not vals:
        return None
    if len(vals) == 1:
        return float(vals[0])
    pos = (len(vals) - 1) * q / 100.0
    lo = math.floor(pos)
    hi = min(lo + 1, len(vals) - 1)
    return float(vals[lo] + (vals[hi] - vals[lo]) * (pos - lo))


def mean(values: Iterable[float | None]) -> float | None:
    vals = [v for v in values if v is not None]
    return sum(vals) / len(vals) if vals else None


def balanced_accuracy(labels: Sequence[bool], predictions: Sequence[bool]) -> float:
    pos = [p for y, p in zip(labels, predictions) if y]
    neg = [p for y, p in zip(labels, predictions) if not y]
    tpr = sum(pos) / len(pos) if pos else 0.0
    tnr = sum(not p for p in neg) / len(neg) if neg else 0.0
    if not pos:
        return tnr
    if not neg:
        return tpr
    return (tpr + tnr) / 2
