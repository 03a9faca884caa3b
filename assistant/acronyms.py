"""Acronyms in a question: what they stand for (the corpus glossary's forms, else the standard UN
long form), whether one names a kind of actor or thing rather than a body, and whether the index
uses it in any of its forms. Shared by the English and the cross-lingual concept checks."""
from __future__ import annotations

import re
from typing import Callable, Sequence

from wsis.index_store.glossary import standard_forms


NUMBERED = re.compile(r"\+\d+$")  # a review's name: "WSIS+20"


def long_forms(acronym: str, expansions: Callable[[str], list[str]]) -> list[str]:
    """What the acronym stands for: the corpus glossary's forms, else the standard UN long form; none for a
    review's name ("WSIS+20": the summit's long form does not name its twenty-year review)."""
    return [] if NUMBERED.search(acronym) else expansions(acronym) or standard_forms(acronym)


def a_kind(acronym: str, expansions: Callable[[str], list[str]]) -> bool:
    """An acronym for a kind of actor or thing, not a name: its long forms are common nouns ("NGOs":
    non-governmental organizations, which "civil society" may paraphrase; "SMEs"); "UNESCO" and
    "CSTD" are names, whose long forms are capitalised."""
    forms = long_forms(acronym, expansions)
    return bool(forms) and all(f[:1].islower() or f.startswith("ICT") for f in forms)  # "ICTs for development": ICT4D's too


def used_anywhere(acronym: str, expansions: Callable[[str], list[str]], mentioned: Callable[[str], bool] | None) -> bool:
    """The acronym or one of its long forms in some paragraph of the index ("UN": the United Nations)."""
    return mentioned is not None and any(mentioned(form) for form in [acronym, *long_forms(acronym, expansions)])


def stands_for_phrase(form: str, words: Sequence[str], found: Sequence[bool], is_acronym: Callable[[str], bool],
                      expansions: Callable[[str], list[str]]) -> bool:
    """Whether a glossary ``form`` of a phrase stands for the whole phrase: a variant of it ("multi-stakeholder"
    for "multistakeholder"), or the long form of its acronym when its other words are ``found`` too ("United
    Nations" is not "UN tech envoy": the envoy must be there)."""
    of_acronym = len(words) > 1 and any(is_acronym(w) and form in long_forms(w, expansions) for w in words)
    return not of_acronym or all(ok for w, ok in zip(words, found) if not is_acronym(w))


_GLUE = r"(?:(?:of|on|the|and|for|in|to)\s+)*"  # "Commission on Science and Technology for Development": CSTD
# after a spelt-out run: its end ("towards enhanced cooperation, ..."), not a longer name's start ("interoperable digital public ...")
_ENDS = r"(?=\s*(?:[.,;:()?!]|$)|\s+(?:and|or|of|on|in|to|for|with|by|as|is|are|was|were|should|will|would|shall|must|process|at|the|that|which)\b)"


def spelt_out(acronym: str, text: str) -> bool:
    """Whether ``text`` has a run of words whose initials spell ``acronym`` ("EC": "enhanced cooperation"),
    frame words between them aside: a user's own short form of a term the texts never shorten (round 20).
    Initials say little ("ID": "interoperable digital …", "PII": "Promote information integrity", "ITU": "in
    the use"): the run is whole words of four letters or more, none itself an acronym ("ICTs"), a whole
    phrase (what follows ends it), said at least twice."""
    letters = acronym[:-1] if len(acronym) > 2 and acronym.endswith("s") else acronym  # "LDCs"
    if not 2 <= len(letters) <= 6 or not letters.isalpha():
        return False
    glue = "" if len(letters) == 2 else _GLUE
    run = rf"\s+{glue}".join(rf"[{c.lower()}{c.upper()}][a-z'’-]{{3,}}" for c in letters)
    return len(re.findall(rf"(?<![\w-]){run}{_ENDS}", text)) >= 2
