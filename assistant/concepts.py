"""Is the question's key concept in the candidate passages? Concept-level abstention.

Closeness to the domain is not an answer: every WSIS paragraph is close to a WSIS-sounding question.
The question is cut into concept phrases (runs of content words: "digital services taxes"); a phrase
is *present* when its head word (the last one, as in English noun phrases) and most of its words
occur in the candidate passages (stemmed, through the corpus glossary's other forms too), or when the
phrase as a whole is paraphrased by a candidate sentence or by one of its concept phrases (embedding
cosine >= ``PARAPHRASE_MIN``, fitted on the dev split by ``scripts/fit_concepts.py``). A phrase that
is neither, and matters to the question (``IMPORTANCE_MIN``, each phrase alone; phrases joined by
"and"/"or" are also weighed together, so "women and girls" is not two unimportant words), is the missing concept the
answer names ("The texts do not mention digital services taxes"); so is a UN policy term of the lexicon
that no paragraph of the index uses and no candidate paraphrases (``TERM_PARAPHRASE_MIN``), however
little it weighs beside the question's other concepts ("link digital technology to climate change").
A verb whose noun is such a term ("be taxed": taxes) is tested as one (``terms.verb_terms``). A question whose
every phrase stands word for word in one candidate is *addressed*: the retriever then does not refuse it for a
low dense relevance (that threshold is for questions off the domain).
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Callable, Sequence

import numpy as np

from wsis.assistant import calibration as _calibration
from wsis.assistant.acronyms import NUMBERED, a_kind as _a_kind, long_forms, spelt_out, stands_for_phrase, used_anywhere  # noqa: F401 (shared names)
from wsis.assistant.focus import asked_object, offered_unfound, without_scale
from wsis.assistant.deadlines import asked_deadline
from wsis.assistant.everyday import CLAUSE_FORMS, covering_forms, everyday_forms, rewrites
from wsis.assistant.phrases import BODY_NOUNS, Phrase, asked_for, concept_phrases, named_as_such, ends_in_adjective, is_acronym  # noqa: F401 (shared names)
from wsis.assistant.phrase_places import SLASHED, an_example, coordinated, illustrated, leading_name, locate, span_of, without_phrases  # noqa: F401
from wsis.assistant.sentences import sentences
from wsis.assistant.speakers import names_the_speakers
from wsis.assistant.terms import norm_tokens, unused_term, verb_terms  # noqa: F401 (shared names)
from wsis.assistant.word_presence import compound_said, form_said, said_otherwise, stems_present
from wsis.settings import DEFAULT_EMBED_MODEL
from wsis.types import Passage

# Fitted on the dev split of the suites (scripts/fit_concepts.py); see the README's chosen values. A phrase not found
# word for word is missing when it matters to the question (importance: how far the question's embedding moves without
# it) and no candidate sentence paraphrases it (similarity). [calibration] fitted per embedder (assistant/calibration.json);
# these are the default embedder's, and the retriever passes those of the index's embedder.
PARAPHRASE_MIN = _calibration.calibration_for(DEFAULT_EMBED_MODEL).paraphrase_min
IMPORTANCE_MIN = _calibration.calibration_for(DEFAULT_EMBED_MODEL).importance_min
# a UN policy term of the lexicon that no paragraph of the index uses ("climate change" over texts that
# never name it) is missing below this paraphrase similarity whatever its weight in the question: a user's
# own words for the texts' concept ("telecom watchdog") are in no lexicon; None: no such rule
TERM_PARAPHRASE_MIN = _calibration.calibration_for(DEFAULT_EMBED_MODEL).term_paraphrase_min
_LONG_FORMS = CLAUSE_FORMS  # a clause: as a run
MAX_PHRASES = 12  # concept phrases tested per question; later ones count as present (a question is short)
# a prefix against a thing the texts name as such (not "anti-competitive", "anti-virus software": review)
_AGAINST = re.compile(r"\b(?:anti|counter)[-\u2010\u2011](?=(?:shutdown|terror|corrupt|spam|discriminat|harass|traffick|pira|censor|fraud"
                      r"|racis|abuse|poverty|money|surveil|monopol|hate|disinform|misinform)\w*)", re.I)
MAX_NAME_WORDS = 12  # a longer run of capitalised words is a title-cased sentence, not a name


@dataclass
class ConceptCheck:
    phrases: list[Phrase] = field(default_factory=list)
    missing: str = ""  # the first missing phrase, as the user wrote it
    similarity: float = 1.0  # the missing phrase's paraphrase score (``Phrase.similarity``; 1.0 when nothing is missing)
    found: list[str] = field(default_factory=list)  # phrases that are present
    # every phrase word for word inside one candidate passage (each phrase in one, not necessarily the
    # same): the question is on the subject whatever its dense relevance (``Retriever.retrieve``)
    addressed: bool = False
    # what the question's frame asks about ("is there a quota for ...": quota; ``focus.asked_object``)
    focus: Phrase | None = None
    # the weightiest phrase neither found word for word nor paraphrased, even when it weighs too little
    # to be "missing": named when the answer abstains for a low relevance ("they do not mention ...")
    unmatched: str = ""


def unit_rows(rows) -> np.ndarray:
    """Rows scaled to unit length (cosine = dot product)."""
    vectors = np.asarray(rows, dtype=np.float32)
    return vectors / (np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9)


_OFFERS = re.compile(r"\b(?:which|particular|specific(?:ally)?|exactly|actually|namely|names?|named|list)\b|(?<!question)(?<!question\s)(?<!check)(?<!checking)(?<!\bhere):", re.I)


# a term written with a frame word: "right to development", "freedom of expression"
_FRAMED = re.compile(r"\b([\w-]+)\s+(?:of|to|for)\s+(?:the\s+)?([\w-]+)", re.I)


# a name after "the", of three capitalised words or more with lower-case words inside ("the Convention on the Rights of
# Persons with Disabilities"), which the phrases cut at "the" and "with"; "and" only between two capitalised words (not
# "the IGF and the General Assembly"), never "in" (a place: "the Forum in Geneva"); a leading acronym kept ("WSIS Principles")
_CAPITAL = r"(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?|[A-Z]{2,}s?)"
_GLUED_NAME = re.compile(rf"(?<=\bthe\s){_CAPITAL}(?:\s+(?:(?:of|on|for|with|to)(?:\s+the)?|and)\s+{_CAPITAL}|\s+{_CAPITAL})+")


def _glued_names(topic: str) -> list[str]:
    """The question's names of three capitalised words or more, a lower-case word inside (``_GLUED_NAME``); none in a
    question typed in title case ("What Is the Role of the General Assembly in the Review?")."""
    names = [m.group() for m in _GLUED_NAME.finditer(topic) if len(m.group().split()) <= MAX_NAME_WORDS
             and sum(w[:1].isupper() for w in m.group().split()) >= 3 and any(w[:1].islower() for w in m.group().split())]
    rest = _GLUED_NAME.sub(" ", topic).split()[1:]  # the other words, the first aside
    return [] if len(rest) >= 3 and sum(w[:1].isupper() for w in rest) * 2 > len(rest) else names


def _as_written(word: str, written: str) -> bool:
    """A review's name ("WSIS+20") written as such in the candidates: not "WSIS" and "20" apart, nor "WSIS+2" in "WSIS+20"."""
    return re.search(rf"(?<![\w+]){re.escape(word)}(?!\d)", written, re.I) is not None


def _is_name(phrase: Phrase) -> bool:
    return all(w[:1].isupper() for w in phrase.words)


def _with_article(phrase: Phrase, topic: str) -> str:
    """A name or a framed term as written, with its article: "the Digital Solidarity Fund", "the right to development"."""
    if (_is_name(phrase) or _FRAMED.search(phrase.text)) and re.search(rf"\bthe\s+{re.escape(phrase.text)}", topic, re.I):
        return f"the {phrase.text}"
    return phrase.text


def short_spans(texts: list[str], max_words: int = 4) -> list[str]:
    """The sentences' own short concept phrases (up to ``max_words`` words), each once."""
    return list(dict.fromkeys(c.text for s in texts for c in concept_phrases(s) if len(c.words) <= max_words))


def _inside(span: set[str], own: set[str]) -> bool:
    """A span word inside a longer word of the phrase: "technologies" in "neurotechnology" names its
    genus, not the concept (a span's embedding sits close to the compound's for that alone)."""
    return any(len(w) >= 5 and w in o and w != o for w in span for o in own)


def _span_paraphrases(phrases: list[Phrase], phrase_rows: np.ndarray, spans: list[str], span_rows: np.ndarray) -> None:
    """Second chance for phrases no whole sentence paraphrases: the candidates' short spans (:func:`short_spans`), which a
    whole sentence's embedding dilutes ("countryside" / "rural areas"). A span sharing a word with the phrase is no paraphrase
    of it ("digital services" is not "digital services taxes"), nor is one whose word stands inside a word of the phrase ("digital
    technologies" for "neurotechnology": e5 0.906), nor a one-word span of a one-word phrase (WordNet's to vouch for: e5 puts
    "courts" at 0.907 from "sentences"). ``phrase_rows``, ``span_rows``: their unit embeddings."""
    if not phrases or not spans:
        return
    sims = span_rows @ phrase_rows.T
    stems = [set(norm_tokens(c)) for c in spans]
    single = [len(c.split()) == 1 for c in spans]
    for i, phrase in enumerate(phrases):
        own = set(norm_tokens(phrase.text))
        alone = len(phrase.words) == 1
        best = [float(v) for v, st, one in zip(sims[:, i], stems, single)
                if not own & st and not (alone and one) and not _inside(st, own)]
        phrase.span_similarity = max(best, default=0.0)
        phrase.similarity = max(phrase.similarity, phrase.span_similarity)


def _in_one(phrase: Phrase, each: list[set[str]], expansions: Callable[[str], list[str]]) -> bool:
    """Every word of ``phrase`` inside a single passage, an acronym's glossary form standing for it."""
    rest = set(norm_tokens(" ".join(w for w in phrase.words if sum(c.isupper() for c in w) < 2)))
    forms = [set(norm_tokens(phrase.text))] + [rest | set(norm_tokens(e)) for e in expansions(phrase.text)]
    forms += [set(norm_tokens(r)) for r in rewrites(phrase.text) if not any(f.lower() in r.lower() for f in _LONG_FORMS)]  # "small enterprises"
    return any(form and form <= toks for form in forms for toks in each)


def joint_importance(topic: str, phrases: list[Phrase], every: list[Phrase],
                     embed: Callable[[list[str]], Sequence[Sequence[float]]]) -> float:
    """How much of the question ``phrases`` carry together, relative to all its concept phrases
    (``every``): 1.0 when nothing else is asked."""
    vectors = unit_rows(embed([topic, without_phrases(topic, every), without_phrases(topic, phrases)]))
    whole = max(1.0 - float(vectors[0] @ vectors[1]), 1e-6)
    return min(1.0, (1.0 - float(vectors[0] @ vectors[2])) / whole)


def _near(first: str, second: str, joined: str, within: int = 4) -> bool:
    """``second`` at most ``within`` words after ``first`` in one passage of ``joined`` ("right ... to
    privacy" in "the right of every person to privacy"; "freedom of opinion and expression")."""
    return any(w == first and second in words[i + 1:i + 1 + within]
               for words in (passage.split() for passage in joined.split(" | ")) for i, w in enumerate(words))


def _scattered_name(phrase: Phrase, stems: list[list[str]], joined: str, written: str) -> bool:
    """A name of two words or more ("Working Group on Internet Governance") whose words the candidates
    use, but never one after the other (a leading acronym, "UN", may be left out; a hyphenated word may
    be written as one), nor its body by its short name ("the Forum"): not named; nor a term of the
    lexicon written with a frame word ("right to development") whose two core words are never said
    close together in one passage ("the right to ..." in one line, "development" in another)."""
    run = [t for st in stems for t in st]
    if len(run) >= 2 and not _is_name(phrase) and (m := _FRAMED.search(phrase.text)):
        core = norm_tokens(m.group(1)) + norm_tokens(m.group(2))
        return len(core) == 2 and not _near(core[0], core[1], joined)
    if len(run) < 2 or not _is_name(phrase):
        return False
    joined_words = [t for w in phrase.words for t in norm_tokens(re.sub(r"[\u2010-\u2013\u2212-]", "", w))]
    rest = [t for w in phrase.words[1:] for t in norm_tokens(w)] if is_acronym(phrase.words[0]) else []
    if any(len(r) >= 2 and f" {' '.join(r)} " in joined for r in (run, joined_words, rest)):
        return False
    return not any(w.lower() in BODY_NOUNS and re.search(rf"\b(?i:the)\s+{re.escape(w)}\b", written) for w in phrase.words)


def check(topic: str, passages: Sequence[Passage], expansions: Callable[[str], list[str]],
          embed: Callable[[list[str]], Sequence[Sequence[float]]] | None, threshold: float | None = None,
          max_passages: int = 8, importance_min: float | None = None,
          mentioned: Callable[[str], bool] | None = None, question: str | None = None,
          term_min: float | None = None, focus_span_min: float | None = None) -> ConceptCheck:
    """Test each concept phrase of ``topic`` against the first ``max_passages`` candidates.
    ``question``: the whole question ``topic`` was cut from, for the words' classes.
    ``mentioned``: whether the whole index holds a text (``IndexStore.mentions``); an acronym in no
    candidate is missing outright only when the texts do not use it, or its long form, anywhere.
    ``term_min``: the paraphrase minimum of a lexicon term no paragraph uses (``unused_term``; NaN:
    no such rule, the embedder's was not fitted).
    The phrase the question's frame asks about (``focus.asked_object``: "is there a quota for women
    ...") weighs at least ``importance_min``: it must be found or paraphrased. ``focus_span_min``: the
    least cosine at which a short span alone paraphrases it (e5 puts "neurotechnology" at 0.906 from
    "digital technologies"); None: as for any phrase."""
    threshold = PARAPHRASE_MIN if threshold is None else threshold
    importance_min = IMPORTANCE_MIN if importance_min is None else importance_min
    term_min = TERM_PARAPHRASE_MIN if term_min is None else term_min  # NaN: no such rule for this embedder
    use_terms = term_min is not None and not math.isnan(term_min)
    topic, question = (without_scale(_AGAINST.sub("", t)) if t else t for t in (topic, question))  # "anti-shutdown language": on shutdowns (round 38)
    result = ConceptCheck([ph for ph in concept_phrases(topic, question) if not names_the_speakers(ph.text)])  # "leaders": "we"
    if not result.phrases or not passages:
        return result
    pool = passages[:max_passages]
    offers = bool(_OFFERS.search(question or topic))  # "which ones exactly: ethics, law, ...": the list is the answer asked for
    # a passage's words with its headings and its document's title ("WSIS+10 High-Level Event")
    each = [set(norm_tokens(" ".join([p.document.title if p.document else "", *p.paragraph.section, p.paragraph.text])))
            for p in pool]
    have = set().union(*each)
    # a synonym counts in the passages' own words, not their title's ("data": "information", in every
    # paragraph of the "Tunis Agenda for the Information Society")
    said = set().union(*(norm_tokens(" ".join([*p.paragraph.section, p.paragraph.text])) for p in pool))
    texts = [" ".join([*p.paragraph.section, p.paragraph.text]) for p in pool]  # "junk email" with spam in one: addressed
    # a review's name as written in a candidate or as its text's own name ("the WSIS+10 outcome": the 2015 resolution)
    reviews = " | ".join(texts + [n for p in pool if p.document for n in (p.document.title, *p.document.aliases)])
    result.addressed = all((_in_one(ph, each, expansions) or (len(ph.words) >= 2 and any(compound_said(ph.text, t) for t in texts)))
                           and all(_as_written(w, reviews) for w in ph.words if NUMBERED.search(w)) for ph in result.phrases)
    unsure: list[Phrase] = []
    named_absent: list[Phrase] = []  # an acronym or name no candidate uses, in any of its forms
    joined = " | ".join(" ".join(norm_tokens(" ".join([*p.paragraph.section, p.paragraph.text]))) for p in pool)
    joined = f" {joined} "
    written = " | ".join(" ".join([*p.paragraph.section, p.paragraph.text]) for p in pool)
    for phrase in result.phrases[:MAX_PHRASES]:  # a pasted essay costs at most this many tests
        if asked_for(phrase) or (phrase.time_limit and asked_deadline(question or topic)):  # "any deadline?": ``deadlines``'s
            continue  # "in which city": what is asked for, which the texts need not name ("New York")
        stems = [norm_tokens(w) for w in phrase.words]
        found = [_as_written(w, reviews) if NUMBERED.search(w) else stems_present(w, st, have, joined) for w, st in zip(phrase.words, stems)]
        head_ok = found[-1] if found else True
        numbered = any(NUMBERED.search(w) for w in phrase.words)  # "the WSIS+10 GA text": a review's text described, no name
        if _scattered_name(phrase, stems, joined, written) and not numbered:  # "Working Group on Internet Governance": said as a run
            found = [False] * len(found)
        # a long phrase may lack one word of three ("people's brain data": its head is there); a
        # name may not ("Digital Solidarity Fund" is not there because "digital" and "fund" are), nor an unused term ("gender digital divide")
        if head_ok and (all(found) or (len(found) >= 3 and sum(found) * 3 >= 2 * len(found) and not _is_name(phrase)
                                       and not (use_terms and unused_term(phrase, mentioned)))):
            continue
        # an acronym's long form inside one passage ("Working Group ... Internet governance" over two is no WGIG)
        found = [ok or (is_acronym(w) and (any(norm_tokens(e) and any(set(norm_tokens(e)) <= t for t in each) for e in long_forms(w, expansions))
                                           or spelt_out(w, written)))  # "EC", which no text writes: "enhanced cooperation"
                 or said_otherwise(w, said, joined) for w, ok in zip(phrase.words, found)]
        if (all(found) and (numbered or not _scattered_name(phrase, stems, joined, written))) or (len(phrase.words) >= 2 and compound_said(phrase.text, written)):
            continue  # every word there, some in other words, or the whole ("junk email": spam): WordNet vouches
        forms = [] if numbered else [*expansions(phrase.text), *rewrites(phrase.text)]  # "WSIS+20": not the summit's long form
        forms += covering_forms(topic, *at) if not numbered and (at := locate(topic, phrase)) else []  # "IP" in "DNS and IP" (round 41)
        if any(form_said(e, have, joined, e in expansions(phrase.text)) for e in forms
               if norm_tokens(e) and stands_for_phrase(e, phrase.words, found, is_acronym, expansions)):
            continue  # the glossary's other form ("LDCs": "least developed countries") or the UN's name (``everyday``)
        phrase.checked = True
        unsure.append(phrase)
        # a term is a noun phrase: one ending in an adjective ("keep users safe") names no concept
        phrase.term = unused_term(phrase, mentioned) if use_terms and not ends_in_adjective(phrase, topic) else ""
        absent_names = [w for w, ok in zip(phrase.words, found)  # nor its long form; a kind of actor has paraphrases
                        if is_acronym(w) and not ok and not used_anywhere(w, expansions, mentioned) and not _a_kind(w, expansions)]
        if absent_names:
            named_absent.append(phrase)  # "UNESCO", "CSTD": a name has no paraphrase to look for
            phrase.named = " ".join(absent_names) if len(phrase.words) > len(absent_names) else ""
        elif len(phrase.words) >= 2 and (name := leading_name(phrase)) and mentioned is not None and not mentioned(name):
            named_absent.append(phrase)  # "the Security Council", "the UN Tech Envoy's office": a name in no paragraph of the index
            phrase.named = "" if name == " ".join(phrase.words) else f"the {name}"
    flat = " ".join(written.split()).lower()  # a name broken over two lines is still written
    titles = [set(norm_tokens(p.document.title)) for p in pool if p.document]  # "the Declaration for Future Generations": a text
    for name in _glued_names(topic)[:MAX_PHRASES]:  # "the Convention on the Rights of ...": one name, not three phrases (a few)
        if mentioned is not None and not names_the_speakers(name) and not any(set(norm_tokens(name)) <= t for t in titles) \
                and not mentioned(name) and name.lower() not in flat:
            result.phrases.append(glued := Phrase(name, name.split(), checked=True, named=f"the {name}"))
            unsure.append(glued)
            named_absent.append(glued)
    own = list(result.phrases)  # the noun phrases: what the question is without its concepts
    if use_terms:  # a verb whose noun is a term no paragraph uses: "should platforms be taxed?" (taxes)
        otherwise = everyday_forms(topic)  # "monitor progress": the texts' "measure progress" (round 38), not "take measures"
        for phrase in verb_terms(question or topic, mentioned, within=topic):
            if phrase.term in otherwise and any(re.search(rf"\b{re.escape(f[:-3])}(?:e|ing)\b", written, re.I)
                                                 for f in otherwise if f != phrase.term and f.endswith("ing")):
                continue
            if (at := locate(topic, phrase)) and any(form_said(f, have, joined, False) for f in covering_forms(topic, *at)):
                continue  # "teaching people to evaluate media": the texts' "media literacy" (round 41)
            result.phrases.append(phrase)
            unsure.append(phrase)
    # "a treaty such as the Budapest Convention", a name no text uses: the treaty it stands for is what is asked
    illustrating = [c for ph in named_absent if not offers and an_example(topic, ph)
                    if (c := illustrated(topic, result.phrases, ph)) is not None and c.checked]
    if unsure and embed is not None:
        # 1. importance: a few short texts; 2. paraphrase search only for the phrases that matter
        groups = coordinated(topic, unsure)  # "women and girls": weighed together as well as alone
        ablated = [without_phrases(topic, [ph]) for ph in unsure] + [without_phrases(topic, g) for g in groups]
        # One call, as a call costs ~12 ms however short its texts (the paraphrase search below is
        # needed whenever a phrase matters): the ablations, the unsure phrases, the first five
        # candidates' sentences (which the extractive answer quotes from; ``Assistant.embed`` caches
        # them) and the short spans of the first three (names have no paraphrase in a short span,
        # only look-alikes: "France" / "Geneva"; each span is one more text to embed).
        texts = [s for p in pool[:5] for s in sentences(p.paragraph.text) if len(s.split()) >= 3]
        top3 = [s for p in pool[:3] for s in sentences(p.paragraph.text) if len(s.split()) >= 3]
        spans = short_spans(top3) if not all(map(_is_name, unsure)) else []
        head = [topic, without_phrases(topic, own)] + ablated
        rows = unit_rows(embed(head + [ph.text for ph in unsure] + texts + spans))
        vectors, rows = rows[:len(head)], rows[len(head):]
        phrase_rows, sentence_rows, span_rows = rows[:len(unsure)], rows[len(unsure):len(unsure) + len(texts)], rows[len(unsure) + len(texts):]
        # importance relative to removing every concept phrase: 1.0 for the question's only concept,
        # whatever the embedder's cosine band (multilingual-e5 moves 0.1 where MiniLM moves 0.5)
        whole = max(1.0 - float(vectors[0] @ vectors[1]), 1e-6)
        for i, phrase in enumerate(unsure):
            phrase.importance = min(1.0, (1.0 - float(vectors[0] @ vectors[2 + i])) / whole)
        focus = result.focus = asked_object(question or topic, result.phrases, locate)
        if focus is not None and any(ph is focus for ph in unsure):  # "is there a quota for ...": what is asked about weighs as a concept
            focus.importance = max(focus.importance, importance_min)
        for phrase in illustrating + [ph for ph in unsure if named_as_such(ph)]:  # "what sanctions": asked about as "quota" is
            if any(ph is phrase for ph in unsure):
                phrase.importance = max(phrase.importance, importance_min)
        alone = {id(ph): ph.importance for ph in unsure}  # as asked: a list keeps its focus (round 41: "archiving websites and social media posts")
        for j, group in enumerate(groups):
            joint = min(1.0, (1.0 - float(vectors[0] @ vectors[2 + len(unsure) + j])) / whole)
            for phrase in group:
                if joint > phrase.importance and not phrase.named:  # the list is the concept: name it whole
                    phrase.named = span_of(topic, group)
                phrase.importance = max(phrase.importance, joint)
        # nothing can be missing when no unsure phrase weighs enough: no paraphrase search
        can_matter = any(ph.importance >= importance_min or ph.term for ph in unsure)
        if can_matter and texts:  # every unsure phrase: a weak one may paraphrase its "and"/"or" group (below)
            sims = sentence_rows @ phrase_rows.T
            for i, phrase in enumerate(unsure):
                phrase.similarity = float(sims[:, i].max())
            second = [i for i, ph in enumerate(unsure) if ph.similarity < threshold and not _is_name(ph)]
            in_sentences = {id(unsure[i]): unsure[i].similarity for i in second}
            _span_paraphrases([unsure[i] for i in second], phrase_rows[second], spans, span_rows)
            if focus_span_min is not None and id(focus) in in_sentences and focus.span_similarity < focus_span_min:
                focus.similarity = in_sentences[id(focus)]  # a look-alike span is no paraphrase of what is asked about
        for group in groups:  # one member paraphrased ("oversight or supervisory role"): the list is there
            if any(ph.similarity >= threshold for ph in group):
                for phrase in group:
                    phrase.importance = alone[id(phrase)]
                    phrase.named = "" if phrase.named == span_of(topic, group) else phrase.named
        runs = [run for run in coordinated(topic, result.phrases) if len(run) >= 3 and any(not ph.checked for ph in run) and not offers]
        for phrase in (ph for run in runs for ph in run if ph.checked and ph is not focus):  # "companies, NGOs and universities":
            phrase.importance, phrase.term = min(phrase.importance, alone[id(phrase)], importance_min / 2), ""  # one concept's examples
    for phrase in [ph for ph in unsure if an_example(topic, ph) and not offers]:  # "..., for example in elections": an illustration
        phrase.importance, phrase.term = min(phrase.importance, importance_min / 2), ""
        named_absent = [ph for ph in named_absent if ph is not phrase]
    # the candidates a which-question offers, none of them in the passages: the texts do not say which
    # (the embedder's neighbours of "health statistics" in "share open data" do not name them)
    offered, listed = offered_unfound(question or topic, result.phrases, unsure, locate)
    for phrase in offered:
        phrase.named = listed
    for phrase in named_absent + offered:
        phrase.importance, phrase.similarity = max(phrase.importance, 1.0), 0.0
    return settle(result, unsure, topic, embed, threshold, importance_min, weigh_together=False,
                  term_min=term_min if use_terms else None)


def settle(result: ConceptCheck, unsure: list[Phrase], topic: str, embed: Callable[[list[str]], Sequence[Sequence[float]]] | None,
           threshold: float, importance_min: float, weigh_together: bool = True,
           term_min: float | None = None) -> ConceptCheck:
    """The verdict once the unsure phrases have their importance and paraphrase similarity: each
    phrase present or missing, the missing and the unmatched one named. ``weigh_together``: weak
    absent phrases also weighed together (the cross-lingual check; the English one no longer does,
    see the README's fitting notes). ``term_min``: the paraphrase minimum of a lexicon term no paragraph
    uses (``Phrase.term``), which is missing below it whatever its importance."""
    absent = [ph for ph in unsure if ph.similarity < threshold]
    if weigh_together and len(absent) >= 2 and embed is not None and all(ph.importance < importance_min for ph in absent):
        # "children protected" + "abuse online": neither is the question alone, together they are
        joint = joint_importance(topic, absent, result.phrases, embed)
        for phrase in absent:
            phrase.importance = max(phrase.importance, joint)
    for phrase in unsure:
        unused = bool(phrase.term) and term_min is not None and phrase.similarity < term_min
        phrase.present = (phrase.importance < importance_min or phrase.similarity >= threshold) and not unused
        if unused and phrase.importance < importance_min and not phrase.named:
            phrase.named = phrase.term  # missing as the term: "climate change", not "link to climate change"
    for group in coordinated(topic, result.phrases, SLASHED):  # "open data / open software": one wording found is enough
        found = any(not ph.checked or ph.similarity >= threshold for ph in group)  # word for word or paraphrased, not light
        if found and not any(ph.term or ph.importance >= 1.0 for ph in group if not ph.present):  # not over an unused term
            for phrase in group:
                phrase.present = True
    missing = [ph for ph in result.phrases if not ph.present]
    if missing:
        worst = min(missing, key=lambda ph: ph.similarity)
        result.missing, result.similarity = worst.named or _with_article(worst, topic), worst.similarity
    # what the nearest passages are on ("The nearest passages, on ..."): phrases found in them, word for word or
    # paraphrased; not one present only for weighing little ("summit leaders"), nor the kind of answer asked ("how wide")
    result.found = [ph.text for ph in result.phrases if ph.present and not asked_for(ph)
                    and (not ph.checked or ph.similarity >= threshold)]
    # named when the answer abstains for a low relevance: the weightiest phrase not paraphrased, else
    # the weightiest not found word for word (a weak paraphrase does not make the texts "mention" it)
    absent = absent or unsure
    if absent:
        weightiest = max(absent, key=lambda ph: ph.importance)
        result.unmatched = weightiest.named or weightiest.text
    return result
