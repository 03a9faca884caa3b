"""Whether a concept phrase's words are among the candidate passages': by their own stems (a compound's
close together), by a WordNet synonym, a time prefix in words, a glossary or UN form. Helpers of ``concepts``."""
from __future__ import annotations

import re

from wsis.assistant import synonyms
from wsis.assistant.everyday import CLAUSE_FORMS
from wsis.assistant.terms import norm_tokens


def stems_present(word: str, stems: list[str], have: set[str], joined: str) -> bool:
    """A word's stems among the candidates'; a compound's ("start-ups": start, up) close together in any order
    ("stock-taking" / "take stock") or written as one word ("startups", "stocktaking"), not scattered over a passage."""
    if len(stems) > 1:
        one = norm_tokens(re.sub(r"[\u2010-\u2013\u2212-]", "", word))
        if len(one) == 1 and one[0] in have:
            return True
        if not all(t in have for t in stems):
            return False
        words = joined.split()
        span = len(stems) + 1
        return any(set(stems) <= set(words[i:i + span]) for i, w in enumerate(words) if w in stems)
    return bool(stems) and stems[0] in have


_TIME_PREFIX = re.compile(r"(post|pre)[\u2010-\u2013\u2212-](\w+)", re.I)
_TIME_WORDS = {"post": ("after", "beyond", "since"), "pre": ("before", "until", "prior to")}


def time_forms(word: str) -> list[str]:
    """A time prefix in words: "post-2015" is "after 2015" or "beyond 2015" (the title of the WSIS+10
    Vision), "pre-2015" "before 2015"; nothing for other words."""
    m = _TIME_PREFIX.fullmatch(word)
    return [f"{w} {m.group(2)}" for w in _TIME_WORDS[m.group(1).lower()]] if m else []


def said_otherwise(word: str, have: set[str], joined: str) -> bool:
    """A WordNet synonym of ``word`` ("kids" / "children", "countryside" / "rural area") is among the
    candidates' stemmed words; a multi-word one as a run of them; a time prefix in words
    ("post-2015" / "beyond 2015")."""
    return any(len(toks) == 1 and toks[0] in have or len(toks) > 1 and f" {' '.join(toks)} " in joined
               for toks in map(norm_tokens, [*synonyms.related(word), *time_forms(word)]))


def compound_said(phrase: str, written: str) -> bool:
    """A WordNet synonym of a compound typed as words ("junk email": spam) stands in ``written`` as a
    word, singular or plural: not by its stem, which may be another word's ("programmer" / "programmes")."""
    return any(re.search(rf"(?<!\w){re.escape(o)}(?:e?s)?(?!\w)", written, re.I) for o in synonyms.related(phrase))


def form_said(form: str, have: set[str], joined: str, glossary: bool) -> bool:
    """A glossary or UN form in the candidates: its words anywhere, a UN form that is a clause as a run ("measures that cut access")."""
    runs = [] if glossary else [" ".join(norm_tokens(f)) for f in CLAUSE_FORMS if f.lower() in form.lower()]
    return set(norm_tokens(form)) <= have and all(f" {run} " in joined for run in runs)
