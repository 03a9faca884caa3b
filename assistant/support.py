"""Does a passage support a sentence? Deterministic check shared by the answerer and the evaluation.

Hard facts first: every number, date, quoted span and proper name (bodies such as "ITU", "Internet
Governance Forum") of the sentence must appear in the cited text, and a negation in the sentence
must be matched by one in the text. Then a score mixing lexical coverage (share of the sentence's
content stems found in the text) and embedding similarity must reach a threshold calibrated by
``python -m wsis.eval.calibrate`` on labelled pairs (eval/suites/support_pairs.jsonl).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Sequence

import numpy as np
import Stemmer

from wsis.assistant.calibration import calibration_for
from wsis.settings import DEFAULT_EMBED_MODEL

_STEM = Stemmer.Stemmer("english")
_STOP = set(
    "a an the and or of to in on for by with as at from into that this these those is are was were be been being "
    "it its their there they we our us all also shall should will would may can could which who whom whose such "
    "other than then so not no nor but if while within between including include includes per via upon over under "
    "has have had do does did more most very well same any each both".split()
)
_NEGATION = re.compile(r"\b(?:not|no|never|none|nor|without|cannot|neither)\b|n't\b", re.I)
_NUMBER = re.compile(r"\b\d+(?:[.,]\d+)*(?:\s?(?:per\s?cent|%))?")
_NUMBER_WORDS = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
    r"hundred|thousand|million|billion|half|third|quarter|dozen)\b", re.I)
_ACRONYM = re.compile(r"\b[A-Z]{2,}[a-z]?\b")
_QUOTED = re.compile(r"[\"“]([^\"”]{3,})[\"”]")
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b(?:[A-Z][a-zA-Z]+|[A-Z]{2,}[a-z]?)(?:\s+(?:of|for|on|and|the)?\s*[A-Z][a-zA-Z]+)*")
_GENERIC_CAPS = {"We", "The", "This", "These", "It", "In", "As", "To", "Our", "All", "Member", "States", "State",
                 "Governments", "Government", "Internet", "Information", "Society", "Summit", "Agenda", "Declaration",
                 "Compact", "Plan", "Action", "Commitment", "Paragraph", "Para", "United", "Nations", "A", "I"}


def tokens(text: str) -> list[str]:
    words = re.findall(r"[a-z0-9]+", text.lower())
    return _STEM.stemWords([w for w in words if w not in _STOP and len(w) > 1])


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w%]+", " ", text.lower()).split())


MARKER = re.compile(r"\s*\[(\d+(?:\s*[,;]\s*\d+)*)\]")


def strip_markers(text: str) -> str:
    """The sentence without its citation markers "[1]", "[2, 3]"."""
    return MARKER.sub("", text)


def hard_facts(sentence: str) -> list[str]:
    """Numbers, quoted spans and proper names that a supporting text must contain."""
    body = strip_markers(sentence)
    facts = [m.group(0) for m in _NUMBER.finditer(body)]
    facts += [m.group(0) for m in _NUMBER_WORDS.finditer(body)]
    facts += [m.group(0) for m in _ACRONYM.finditer(body) if m.group(0) not in _GENERIC_CAPS]
    facts += [m.group(1) for m in _QUOTED.finditer(body)]
    for m in _NAME.finditer(body):
        words = [w for w in m.group(0).split() if w not in {"of", "for", "on", "and", "the"}]
        if any(w not in _GENERIC_CAPS for w in words):
            facts.append(m.group(0))
    return facts


@dataclass
class Support:
    supported: bool
    score: float
    lexical: float
    semantic: float
    missing: list[str] = field(default_factory=list)
    reason: str = ""


# Fitted per embedder by `python -m wsis.eval.calibrate --write` on the dev pairs of
# eval/suites/support_pairs.jsonl (assistant/calibration.json); the answerer passes the values of the
# index's embedder (WSIS_SUPPORT_THRESHOLD overrides the threshold). These are the default embedder's.
LEXICAL_WEIGHT = calibration_for(DEFAULT_EMBED_MODEL).lexical_weight
SUPPORT_THRESHOLD = calibration_for(DEFAULT_EMBED_MODEL).support_threshold


class SupportChecker:
    """``check(sentence, texts)``: is the sentence supported by the concatenation of ``texts``?"""

    def __init__(self, embed: Callable[[list[str]], Sequence[Sequence[float]]] | None = None,
                 threshold: float = SUPPORT_THRESHOLD, lexical_weight: float = LEXICAL_WEIGHT):
        self.embed = embed
        self.threshold = threshold
        self.lexical_weight = lexical_weight

    def scores(self, sentence: str, texts: list[str]) -> tuple[float, float]:
        joined = " ".join(texts)
        sentence = strip_markers(sentence)
        sent_tokens = set(tokens(sentence))
        lexical = len(sent_tokens & set(tokens(joined))) / len(sent_tokens) if sent_tokens else 0.0
        semantic = lexical
        if self.embed is not None and texts:
            vectors = np.asarray(self.embed([sentence, *texts]), dtype=np.float32)
            vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9
            semantic = float(np.max(vectors[1:] @ vectors[0]))
        return lexical, semantic

    def check(self, sentence: str, texts: list[str]) -> Support:
        if not texts:
            return Support(False, 0.0, 0.0, 0.0, reason="no cited passage")
        sentence = strip_markers(sentence)
        joined = _norm(" ".join(texts))
        missing = [f for f in hard_facts(sentence) if _norm(f) and _norm(f) not in joined]
        lexical, semantic = self.scores(sentence, texts)
        score = self.lexical_weight * lexical + (1 - self.lexical_weight) * semantic
        if missing:
            return Support(False, score, lexical, semantic, missing, reason="not in the cited text: " + ", ".join(missing))
        if _NEGATION.search(sentence) and not _NEGATION.search(" ".join(texts)):
            return Support(False, score, lexical, semantic, reason="negation not in the cited text")
        if score < self.threshold:
            return Support(False, score, lexical, semantic, reason=f"support score {score:.2f} < {self.threshold:.2f}")
        return Support(True, score, lexical, semantic)
