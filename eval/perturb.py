"""Perturbation suite: ground truth for the support check that the check did not produce.

From supported (sentence, passage) pairs (each sentence is copied from its passage: the sentences of
the suite's indexed paragraphs) one unsupported variant is generated per applicable kind:

- ``negation``: a negation added ("shall" -> "shall not", "We recognize" -> "We do not recognize")
  or removed;
- ``number``: a number or year changed (digits, or number words such as "five");
- ``actor``: the acting body swapped for one the passage does not name;
- ``modal``: obligation changed ("shall"/"should"/"must"/"will" <-> "may");
- ``scope``: quantifier changed ("all"/"every"/"each" <-> "some");
- ``added-claim``: a clause with a new claim appended ("..., and a binding fund of ...");
- ``antonym``: one word replaced by its opposite ("developing" -> "developed").

Every variant changes what the sentence asserts, so the passage no longer supports it. The report
gives the check's catch rate per kind (variants judged unsupported) and its false-alarm rate on the
untouched sentences (judged unsupported although copied verbatim). Generation is deterministic.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Any, Callable, Iterable

KINDS = ("negation", "number", "actor", "modal", "scope", "added-claim", "antonym")

_AUX = re.compile(r"\b(shall|should|must|will|would|can|could|may|is|are|was|were|has|have)\b(?!\s+not\b)", re.I)
_NOT = re.compile(r"\b(?:not|never)\s+", re.I)
_VERB_AFTER_WE = re.compile(r"\b(We|we|They|they)\s+(?!do\b|also\b|will\b|shall\b|should\b|must\b|can\b|may\b|are\b|have\b)([a-z]+)\b")
_NUMBER = re.compile(r"(?<![\w/.-])(\d{1,4})(?![\w/-]|\.\d)")
_NUMBER_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                 "twenty", "fifty", "hundred"]
_NUMBER_WORD = re.compile(r"\b(" + "|".join(_NUMBER_WORDS) + r")\b", re.I)
ACTORS = ["the Secretary-General", "governments", "civil society", "the private sector", "the International "
          "Telecommunication Union", "UNESCO", "the Internet Governance Forum", "Member States", "the General Assembly",
          "the World Bank", "regional commissions", "the technical community", "academia", "the Security Council",
          "parliaments", "international organizations", "business", "the Economic and Social Council"]
_MODAL = {"shall": "may", "should": "may", "must": "may", "will": "may", "may": "shall", "can": "must"}
_SCOPE = {"all": "some", "every": "only some", "each": "only some", "some": "all", "any": "no", "always": "sometimes",
          "everyone": "some people", "universal": "partial"}
ANTONYMS = {
    "developing": "developed", "developed": "developing", "increase": "decrease", "increased": "decreased",
    "inclusive": "exclusive", "open": "closed", "strengthen": "weaken", "strengthening": "weakening",
    "support": "oppose", "supports": "opposes", "expand": "reduce", "expanding": "reducing", "public": "private",
    "private": "public", "affordable": "unaffordable", "accept": "reject", "encourage": "discourage",
    "encourages": "discourages", "include": "exclude", "including": "excluding", "local": "foreign",
    "national": "international", "international": "national", "first": "last", "before": "after", "after": "before",
    "improve": "worsen", "improving": "worsening", "promote": "hinder", "promoting": "hindering", "equal": "unequal",
    "accessible": "inaccessible", "secure": "insecure", "transparent": "opaque", "voluntary": "mandatory",
    "mandatory": "voluntary", "binding": "non-binding", "new": "old", "more": "less", "greater": "smaller",
    "reaffirm": "abandon", "recognize": "dispute", "welcome": "regret", "benefits": "harms", "bridge": "widen",
    "narrow": "widen", "enhanced": "reduced", "enhance": "reduce", "full": "partial", "free": "restricted",
    "low": "high", "high": "low", "poorest": "richest", "remote": "central", "rural": "urban", "urban": "rural",
    "women": "men", "young": "old", "access": "exclusion", "together": "separately", "regular": "occasional",
}
_ADDED = [
    ", and it establishes a binding fund of 750 million dollars administered by the World Bank",
    ", and it requires every State to report to the Security Council each month",
    ", and it abolishes the Internet Governance Forum from 2031 onwards",
    ", and it transfers the oversight of the domain name system to a new treaty body in Nairobi",
    ", and it makes the participation of civil society subject to prior government approval",
    ", and it sets a target of universal 6G coverage by 2029",
]


@dataclass
class Perturbed:
    kind: str
    source_id: str
    original: str
    sentence: str
    passage: str


def _pick(seed: str, options: list[str]) -> str:
    return options[int(hashlib.sha1(seed.encode()).hexdigest(), 16) % len(options)]


def _case_like(word: str, new: str) -> str:
    return new[:1].upper() + new[1:] if word[:1].isupper() else new


def negate(s: str) -> str | None:
    m = _NOT.search(s)
    if m:
        return s[:m.start()] + s[m.end():]
    m = _AUX.search(s)
    if m:
        return s[:m.end()] + " not" + s[m.end():]
    m = _VERB_AFTER_WE.search(s)
    if m:
        return s[:m.start(2)] + "do not " + s[m.start(2):]
    return None


def change_number(s: str) -> str | None:
    m = _NUMBER.search(s)
    if m:
        n = int(m.group(1))
        new = n + 10 if 1900 <= n <= 2100 else n + 3
        return s[:m.start(1)] + str(new) + s[m.end(1):]
    m = _NUMBER_WORD.search(s)
    if m:
        i = _NUMBER_WORDS.index(m.group(1).lower())
        return s[:m.start()] + _case_like(m.group(1), _NUMBER_WORDS[(i + 3) % len(_NUMBER_WORDS)]) + s[m.end():]
    return None


def swap_actor(s: str, passage: str) -> str | None:
    low_p = passage.lower()
    for actor in sorted(ACTORS, key=len, reverse=True):
        bare = re.sub(r"^the ", "", actor)
        m = re.search(r"\b(?:the\s+)?" + re.escape(bare) + r"\b", s, re.I)
        if m:
            others = [a for a in ACTORS if re.sub(r"^the ", "", a).lower() not in low_p and a != actor]
            new = _pick(s, others)
            return s[:m.start()] + _case_like(m.group(0), new) + s[m.end():]
    return None


def _swap_word(s: str, table: dict[str, str]) -> str | None:
    for m in re.finditer(r"\b[A-Za-z]+\b", s):
        w = m.group(0)
        if w.lower() in table:
            return s[:m.start()] + _case_like(w, table[w.lower()]) + s[m.end():]
    return None


def change_modal(s: str) -> str | None:
    return _swap_word(s, _MODAL)


def change_scope(s: str) -> str | None:
    return _swap_word(s, _SCOPE)


def antonym(s: str) -> str | None:
    return _swap_word(s, ANTONYMS)


def add_claim(s: str) -> str | None:
    body = s.rstrip()
    end = body[-1] if body and body[-1] in ".;:" else ""
    return body[: len(body) - len(end)] + _pick(s, _ADDED) + (end or ".")


def variants(sentence: str, passage: str) -> dict[str, str]:
    """kind -> the unsupported variant, for every kind that applies to this sentence."""
    makers: dict[str, Callable[[], str | None]] = {
        "negation": lambda: negate(sentence), "number": lambda: change_number(sentence),
        "actor": lambda: swap_actor(sentence, passage), "modal": lambda: change_modal(sentence),
        "scope": lambda: change_scope(sentence), "added-claim": lambda: add_claim(sentence),
        "antonym": lambda: antonym(sentence),
    }
    out = {}
    for kind, make in makers.items():
        new = make()
        if new and " ".join(new.split()) != " ".join(sentence.split()):
            out[kind] = new
    return out


def sources_from_corpus(paragraphs: Iterable[Any], limit: int = 160, min_words: int = 8) -> list[tuple[str, str, str]]:
    """(source id, sentence, passage) from indexed paragraphs: sentences of 8-60 words, at most one
    per paragraph first, then more, in a deterministic order (sha1 of the paragraph id)."""
    from wsis.assistant.sentences import sentences

    per_par: list[list[tuple[str, str, str]]] = []
    for p in sorted(paragraphs, key=lambda p: hashlib.sha1(p.id.encode()).hexdigest()):
        text = " ".join(p.text.split())
        sents = [s for s in sentences(text) if min_words <= len(s.split()) <= 60 and s in text]
        if sents:
            per_par.append([(f"{p.id}/{i}", s, text) for i, s in enumerate(sents)])
    out: list[tuple[str, str, str]] = []
    depth = 0
    while len(out) < limit and any(len(x) > depth for x in per_par):
        out += [x[depth] for x in per_par if len(x) > depth]
        depth += 1
    return out[:limit]


def generate(sources: list[tuple[str, str, str]]) -> list[Perturbed]:
    pairs = []
    for sid, sentence, passage in sources:
        for kind, new in variants(sentence, passage).items():
            pairs.append(Perturbed(kind, sid, sentence, new, passage))
    return pairs


def evaluate(checker, sources: list[tuple[str, str, str]], examples: int = 2) -> dict[str, Any]:
    """Catch rate per kind and false-alarm rate on the untouched sentences, by ``checker.check``."""
    pairs = generate(sources)
    if getattr(checker, "embed", None) is not None:  # one batched pass instead of one call per check
        from wsis.eval.scoring import CachedEmbed

        checker.embed = CachedEmbed(checker.embed)
        checker.embed(list(dict.fromkeys([p.sentence for p in pairs] + [s for _, s, _ in sources] + [t for _, _, t in sources])))
    by_kind: dict[str, dict[str, Any]] = {k: {"pairs": 0, "caught": 0, "missed_examples": []} for k in KINDS}
    for p in pairs:
        caught = not checker.check(p.sentence, [p.passage]).supported
        k = by_kind[p.kind]
        k["pairs"] += 1
        k["caught"] += int(caught)
        if not caught and len(k["missed_examples"]) < examples:
            k["missed_examples"].append({"original": p.original, "perturbed": p.sentence})
    alarms = [s for _, s, passage in sources if not checker.check(s, [passage]).supported]
    for k in by_kind.values():
        k["catch_rate"] = k["caught"] / k["pairs"] if k["pairs"] else None
    caught = sum(k["caught"] for k in by_kind.values())
    return {
        "label": "perturbation catch rate (generated ground truth, not the check's own verdict)",
        "pairs": len(pairs), "untouched": len(sources), "kinds": by_kind,
        "catch_rate_all": caught / len(pairs) if pairs else None,
        "false_alarm_rate": len(alarms) / len(sources) if sources else None,
        "false_alarm_examples": alarms[:examples],
        "threshold": getattr(checker, "threshold", None),
    }


def sources_from_pairs(path=None) -> list[tuple[str, str, str]]:
    """The supported pairs of ``eval/suites/support_pairs.jsonl`` (their perturbed variants are new)."""
    from wsis.eval.calibrate import PAIRS_FILE, load_pairs

    return [(f"pairs/{p.id}", p.sentence, p.passage) for p in load_pairs(path or PAIRS_FILE) if p.supported]


def run_for_assistant(assistant, limit: int = 160) -> dict[str, Any]:
    """The perturbation suite on the sentences of the assistant's indexed paragraphs and on the
    supported labelled pairs."""
    corpus_sources = sources_from_corpus(assistant.store.corpus().paragraphs, limit)
    pair_sources = sources_from_pairs()
    result = evaluate(assistant.support_checker(), corpus_sources + pair_sources)
    result["sources"] = {"indexed sentences": len(corpus_sources), "support_pairs.jsonl supported pairs": len(pair_sources)}
    return result
