"""The six UN languages: detect a question's language and weight the retrievers for it.

Detection needs no model and no download: the script decides Arabic, Chinese and Russian
(Arabic letters, CJK ideographs, Cyrillic); among Latin-script texts, stop words and the letters
only one language uses (``ñ ¿ ¡ á í ó ú`` for Spanish, ``ç è ê à ù œ`` for French) separate
English, French and Spanish. Short or ambiguous text falls back to ``default`` (English).

BM25 only matches words of the query's own language: over English texts, a French question shares a
few cognates with them and an Arabic one nothing, so weighting BM25 as much as the dense
(multilingual) ranking lets noise drown the right paragraphs. :func:`fusion_weights` lowers the BM25
weight for a question in another language than the texts. What BM25 loses there, the lexical bridge
(``assistant/lexicon.py``) gives back: the question's UN terms in English, ranked by BM25 over the
English texts as one more ranking of the fusion.
"""
from __future__ import annotations

import re
import unicodedata

UN_LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")
LANGUAGE_NAMES = {"ar": "Arabic", "zh": "Chinese", "en": "English", "fr": "French", "ru": "Russian", "es": "Spanish"}

# Share of the BM25 weight kept when the question's language differs from the texts' language.
# Measured on eval/suites/multilingual.yaml over the English fixture texts (scripts/bench_embedders.py,
# fused Recall@3 at BM25 shares 1 / 0.5 / 0): with all-MiniLM-L6-v2, French and Spanish questions
# still gain from the cognates BM25 matches ("Internet", "Forum", "information") while their dense
# ranking is weak, so half the weight is kept; Arabic, Chinese and Russian questions share no words
# with English texts, so BM25 only adds noise. With multilingual-e5-small the share made no difference
# on the fixture (its dense ranking decides).
CROSS_LANGUAGE_BM25 = {"fr": 0.5, "es": 0.5, "en": 0.5, "ru": 0.0, "ar": 0.0, "zh": 0.0}

_STOP_WORDS = {
    "en": set("the of and to in is are what how which who whom whose why when where does do did should shall "
              "would will can could be been was were for on with by that this these those about from it its "
              "an a or not has have any must may say says said their there than".split()),
    "fr": set("le la les des du de un une et est sont que qui quel quelle quels quelles quoi comment pourquoi "
              "quand où dans sur au aux ce cette ces il elle ils elles doit doivent être sera seront pour par "
              "avec ne pas en se sa son ses leur leurs lui y dit ou plus peut peuvent faut".split()),
    "es": set("el la los las del de un una unos unas y es son que qué cuál cuáles cómo cuándo dónde quién "
              "quiénes por para con se su sus al debe deben ser será serán sobre lo le les o más puede pueden "
              "hay está están dice este esta estos estas como cual cuales donde quien cuando".split()),
}
_ONLY = {
    "es": set("ñ¿¡áíóú"),
    "fr": set("çèêàùûîïëœâ"),
}
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# the words that name a paragraph, in the six languages ("paragraph", "párrafo", "пункт", "الفقرة", "段")
REFERENCE_WORDS = {"para", "paras", "paragraph", "paragraphs", "paragraphe", "paragraphes", "párrafo", "párrafos",
                   "parrafo", "parrafos", "párr", "pár", "пункт", "пункта", "пункте", "пункты", "пунктов", "فقرة",
                   "الفقرة", "الفقرات", "段", "段落", "op", "pp"}

# the words naming a paragraph that only one Latin-script language uses
_NAMES_A_PARAGRAPH = {"fr": {"paragraphe", "paragraphes", "alinéa", "alinéas"},
                      "es": {"párrafo", "párrafos", "parrafo", "parrafos", "apartado", "apartados", "inciso"}}

# the words of a request for a paragraph's text ("quote", "show me the full text of", "cita el texto de")
LOOKUP_WORDS = {"quote", "quoted", "show", "cite", "give", "print", "display", "read", "reads", "text", "full", "whole",
                "exact", "exactly", "wording", "verbatim", "see", "let", "me", "us", "want", "need", "please", "language", "agreed",
                "citer", "cite", "montre", "montrez", "montrer", "affiche", "afficher", "texte", "intégral", "libellé",
                "cita", "citar", "muestra", "muéstrame", "mostrar", "texto", "íntegro", "completo"}


def only_reference_words(text: str) -> bool:
    """What is left of a question beside its paragraph reference asks nothing: stop words of English, French or
    Spanish, words naming a paragraph, words asking for its text ("quote", "show me") and single letters
    ("of the", "’s para", "de , párrafo")."""
    stops = set().union(*_STOP_WORDS.values())
    return all(w in stops or w in REFERENCE_WORDS or w in LOOKUP_WORDS or len(w) == 1
               for w in re.findall(r"[^\W\d_]+", text.lower()))


_CITED = re.compile(r"\bparas?\.?\s*(?=-?\d{1,3}(?!\d))")  # "para 72", not the Spanish "para 2030"


def _script_counts(text: str) -> dict[str, int]:
    counts = {"ar": 0, "zh": 0, "ru": 0, "latin": 0}
    for ch in text:
        o = ord(ch)
        if 0x0600 <= o <= 0x06FF or 0x0750 <= o <= 0x077F or 0x08A0 <= o <= 0x08FF or 0xFB50 <= o <= 0xFDFF or 0xFE70 <= o <= 0xFEFF:
            counts["ar"] += 1
        elif 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF:
            counts["zh"] += 1
        elif 0x0400 <= o <= 0x052F:
            counts["ru"] += 1
        elif ch.isalpha() and unicodedata.name(ch, "").startswith("LATIN"):
            counts["latin"] += 1
    return counts


def latin_scores(text: str) -> dict[str, float]:
    """Evidence for English, French and Spanish in Latin-script text: stop words plus telltale letters."""
    # "para 72", "para. 5(b)": the citation abbreviation of every language, not the Spanish "para"
    lower = _CITED.sub(" ", text.lower())
    words = []
    for w in _WORD.findall(lower):
        words.append(w)
        if "'" in w or "’" in w:  # l'accès, d'un, qu'il: the elided article counts as French
            head = re.split(r"['’]", w)[0]
            words.append(head + "'")
    scores = {lang: float(sum(w in stops for w in words)) for lang, stops in _STOP_WORDS.items()}
    scores["fr"] += sum(w in ("l'", "d'", "qu'", "n'", "s'", "j'", "c'") for w in words)
    for lang, naming in _NAMES_A_PARAGRAPH.items():  # "Agenda de Tunis, paragraphe 70": the word is the evidence
        scores[lang] += sum(w in naming for w in words)
    for lang, letters in _ONLY.items():
        scores[lang] += 1.5 * sum(ch in letters for ch in lower)
    return scores


def detect_language(text: str, default: str = "en") -> str:
    """The UN language ``text`` is written in (ar, zh, en, fr, ru, es), else ``default``.

    The dominant script decides Arabic, Chinese and Russian (Latin words such as "Internet" or
    "ICT" inside them do not count against it); Latin script is told apart by stop words and letters.
    """
    counts = _script_counts(text)
    letters = sum(counts.values())
    if not letters:
        return default
    script, n = max(counts.items(), key=lambda kv: kv[1])
    # Chinese needs fewer characters than alphabetic scripts to carry the same text
    if counts["zh"] * 3 >= counts["latin"] and counts["zh"] >= max(counts["ar"], counts["ru"]) and counts["zh"]:
        return "zh"
    if script in ("ar", "ru"):
        return script
    if script != "latin":
        return default
    words = re.findall(r"[^\W\d_]+", text)
    if len(words) == 1 and words[0].lower() in ("para", "paras"):  # the citation abbreviation alone, not Spanish
        return default
    scores = latin_scores(text)
    best = max(scores, key=lambda lang: scores[lang])
    if scores[best] == 0:
        return default
    ranked = sorted(scores.values(), reverse=True)
    if ranked[0] == ranked[1]:  # a tie: English wins if it is among the tied, else the default
        return "en" if scores["en"] == ranked[0] else default
    return best


def fusion_weights(query_lang: str, bm25_weight: float = 1.0, dense_weight: float = 1.0,
                   texts_lang: str = "en") -> dict[str, float]:
    """Reciprocal-rank-fusion weights for a question in ``query_lang`` over texts in ``texts_lang``.

    The same language keeps the configured weights; another one keeps only the share of the BM25
    weight in :data:`CROSS_LANGUAGE_BM25` (none for another script), so the dense ranking of a
    multilingual embedder decides."""
    if query_lang == texts_lang:
        return {"bm25": bm25_weight, "dense": dense_weight}
    share = CROSS_LANGUAGE_BM25.get(query_lang, 0.0)
    return {"bm25": bm25_weight * share, "dense": dense_weight}
