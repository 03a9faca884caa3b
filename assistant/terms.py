"""UN policy terms of the lexicon that no paragraph of the index uses, and the concept check's stemmer.

A question about "climate change" over texts that never name it asks about something they do not
address, however little the phrase weighs beside the question's other words (``concepts.check``).
The term may be a noun phrase ("submarine cables") or the noun of the question's verb ("should
platforms be *taxed*?": taxes).
"""
from __future__ import annotations

import dataclasses
import functools
import re
from pathlib import Path
from typing import Callable

from wsis.assistant import lexicon
from wsis.assistant.phrases import KEPT_AS, Phrase, is_acronym, verbs
from wsis.assistant.support import tokens


def norm_tokens(text: str) -> list[str]:
    """Stemmed content words, British spellings as American ("organisations" = "organizations"). A
    word in -ize/-ization keeps its "iz": the stemmer makes "localization" "local" and "globalization"
    "global", another concept ("data localisation" is not "local data")."""
    american = _BRITISH.sub(lambda m: m.group(1) + "iz" + m.group(2), text)
    for pattern, american_form in _SPELLINGS:  # "people-centred" = "people-centered", "labour" = "labor" (round 26)
        american = pattern.sub(american_form, american)
    return tokens(_IZE.sub(lambda m: m.group(1), american))


_BRITISH = re.compile(r"(\w{3,})is(ation|ations|e|ed|es|ing)\b", re.I)
_SPELLINGS = [(re.compile(r"\b(cent|fib|theat)re(s?)\b", re.I), r"\1er\2"), (re.compile(r"\b(cent|fib)r(ed|ing)\b", re.I), r"\1er\2"),
              (re.compile(r"\b(lab|behavi|fav|hon|neighb|endeav|harb|vap)our(s|ed|ing|able|ably|ite|ites|hood|hoods|al|er|ers)?\b", re.I),
               r"\1or\2"), (re.compile(r"\b(defen|licen)ce(s?)\b", re.I), r"\1se\2"), (re.compile(r"\bprogramme(s?)\b", re.I), r"program\1"),
              (re.compile(r"\b(catalog|analog)ue(s?)\b", re.I), r"\1\2"), (re.compile(r"\bcatalogued\b", re.I), "cataloged"),
              (re.compile(r"\baccessibilit(?:y|ies)\b", re.I), "accessibilit")]  # for persons with disabilities: no "access" (round 34)
_IZE = re.compile(r"\b(\w{3,}iz)(?:e|es|ed|ing|ation|ations|er|ers)\b", re.I)


@functools.lru_cache(maxsize=2)
def _lexicon_terms(path: str = str(lexicon.LEXICON_FILE)) -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """(stemmed words, the line's variants) of every English lexicon variant that is not an acronym."""
    return tuple((tuple(norm_tokens(v)), line) for line in lexicon.english_lines(Path(path)) for v in line
                 if norm_tokens(v) and not is_acronym(v))


# what a phrase's last word names about the term before it: a rule, a measure, a process on it
_ASPECTS = set("""allocation licensing licence license rule standard policy regulation law legislation requirement obligation
measure target framework protection auction fee levy treaty convention negotiation talk agreement strategy governance
provision mandate ban restriction limit guideline principle commitment""".split())


def _holds(words: tuple[str, ...], stems: tuple[str, ...]) -> bool:
    """``stems`` as a run inside ``words``."""
    return any(words[i:i + len(stems)] == stems for i in range(len(words) - len(stems) + 1))


def _word_of(words: list[str], stem: str) -> str:
    """The phrase's word with that stem, or the part of a hyphenated one ("energy-efficiency": "energy"); its
    last word when none has it alone."""
    parts = [part for w in words for part in re.split(r"[\u2010-\u2013\u2212-]", w) if part]
    return next((w for w in parts if norm_tokens(w) == [stem]), words[-1])


def _same_word(a: str, b: str) -> bool:
    """One word in the singular or plural ("school" / "schools"; "e-waste" ends in "waste"), not a
    derivation the stemmer merges ("account" is not "accountability")."""
    return _singular(a) == _singular(b)


def _singular(word: str) -> str:
    """The word's last part in the singular: "cables" cable, "boxes" box, "countries" country, "access" access."""
    w = re.split(r"[\u2010-\u2013\u2212-]", word.lower())[-1]
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if re.search(r"(?:ss|x|z|ch|sh)es$", w):
        return w[:-2]
    return w[:-1] if w.endswith("s") and not w.endswith("ss") else w


def unused_term(phrase: Phrase, mentioned: Callable[[str], bool] | None) -> str:
    """The longest lexicon term the phrase ends with ("protecting submarine cables": "submarine cables"),
    or else one inside it before a last word that names a rule or measure on it ("spectrum allocation":
    "spectrum"), when no paragraph of the index uses any variant of its concept line, nor of a line two
    other languages translate alike (``lexicon.english_families``: "employment", "jobs"); "" otherwise,
    or without the index: a UN policy concept the texts do not address, not a user's paraphrase of one they do."""
    words = tuple(norm_tokens(phrase.text))
    if mentioned is None or not words or not phrase.words:
        return ""
    if (len(phrase.words) >= 2 and phrase.words[-1].lower() in ("online", "offline") and " " in phrase.text.strip()
            and phrase.words[-2].lower() not in KEPT_AS):  # where, not what: "protect children online" asks about children (round 41);
        # "keeping people safe online": "safe" is a predicate, no term (review)
        return unused_term(dataclasses.replace(phrase, text=phrase.text.strip().rsplit(" ", 1)[0], words=phrase.words[:-1]), mentioned)
    found = [(stems, line) for stems, line in _lexicon_terms() if _holds(words, stems)
             and any(_same_word(_word_of(phrase.words, stems[-1]), v.split()[-1]) for v in line if tuple(norm_tokens(v)) == stems)]
    # the line's concept in any of its English forms, or in a line other languages render alike
    unused = lambda line: not any(mentioned(variant) for variant in lexicon.english_families().get(line, line))  # noqa: E731
    ending = [(stems, line) for stems, line in found if words[-len(stems):] == stems]
    if ending:
        stems, line = max(ending, key=lambda pair: len(pair[0]))
        if unused(line):
            written = next((phrase.text[-len(v):] for v in sorted(line, key=len, reverse=True)  # "local languages", not "languages"
                            if phrase.text.lower().endswith(v.lower())), "")
            if written:  # the term as the lexicon spells it, glue words included ("Internet of Things")
                return written
            return " ".join(phrase.text.split()[-len(stems):]) if len(stems) <= len(phrase.text.split()) else phrase.text
    # a term before the phrase's last words when they name a rule or measure on it: "spectrum allocation",
    # "encryption standards" (round 23); not a thing or a body ("science body", "education ministry", "software tools")
    if _singular(phrase.words[-1]) not in _ASPECTS:
        return ""
    cut = len(words) - max((len(st) for st, _line in ending), default=0)
    runs = lambda stems: {(i, i + len(stems)) for i in range(len(words) - len(stems) + 1) if words[i:i + len(stems)] == stems}  # noqa: E731
    used = [run for stems, line in found if not unused(line) for run in runs(stems)]  # "data" inside "data protection"
    inner = [(stems, line) for stems, line in found if unused(line) and any(
        end <= cut and not any(a <= start and end <= b for a, b in used) for start, end in runs(stems))]
    if not inner:
        return ""
    stems, line = max(inner, key=lambda pair: len(pair[0]))
    return next((phrase.text[i:i + len(v)] for v in sorted(line, key=len, reverse=True)  # as the user wrote it, or the lexicon
                 if (i := phrase.text.lower().find(v.lower())) >= 0), next(v for v in line if tuple(norm_tokens(v)) == stems))


def verb_terms(question: str, mentioned: Callable[[str], bool] | None, within: str | None = None) -> list[Phrase]:
    """The question's verbs whose noun is a one-word lexicon term no paragraph of the index uses, as
    phrases to test like the noun phrases (``Phrase.term``: the noun, which the answer names): "Should
    big digital platforms be taxed?" asks about taxes, though its only noun phrase is "big digital
    platforms". The noun is the variant with the verb's stem ("taxed" / "taxes", "encrypted" /
    "encryption"); the index's own use is stemmed alike, so "connected" in a text counts as "connectivity".
    ``within``: what the question asks about (the asker's remarks cut out: "I'm hoping ..., not just consume
    it"); a verb outside it names nothing. "account for" is to consider, not accountability (round 27)."""
    if mentioned is None:
        return []
    nouns = {stems[0]: line for stems, line in _lexicon_terms() if len(stems) == 1}
    out: list[Phrase] = []
    for verb in dict.fromkeys(verbs(question)):
        if (within is not None and not re.search(rf"\b{re.escape(verb)}\b", within, re.I)) or (verb.lower().startswith("account") and re.search(
                rf"\b{re.escape(verb)}\s+for\b", question) and not re.search(r"\b(?:hold|holds|held|holding)\s+(?:\S+\s+){0,3}?to\s+account\b", question, re.I)):
            continue  # "account for" is to consider; not "held to account for harms"
        if re.match(r"(?:recommend|propos|suggest|advis)", verb, re.I) or re.search(
                rf"(?<!\bbe\s)(?<!\bbeen\s)\bnot\s+(?:just|only|merely|simply)\s+{re.escape(verb)}\s+but\b", question, re.I):
            continue  # "what does the plan recommend against spam": what a text says; "not just consume but also add info": the contrast (round 28)
        stem = norm_tokens(verb)
        line = nouns.get(stem[0]) if len(stem) == 1 else None
        if line is None or any(mentioned(variant) for variant in lexicon.english_families().get(line, line)):
            continue
        noun = next(v for v in line if norm_tokens(v) == stem)
        out.append(Phrase(verb, [verb], checked=True, term=noun, named=noun))  # named as the noun: "taxes"
    return out
