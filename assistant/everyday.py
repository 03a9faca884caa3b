"""Everyday names for the texts' terms: what a user calls a thing ("the UN chief", "telecom
watchdogs", "small firms", "fake news") next to the UN's own drafting ("the Secretary-General",
"regulators", "small enterprises", "misinformation").

The corpus glossary (``index_store.glossary``) learns acronyms and spelling variants the texts
define or use; WordNet (``synonyms``) knows general English. Neither knows these: WordNet's
"watchdog" is a guard dog, and no text defines "UN chief". A UN form joins a question's BM25 query
only where the index uses it (``mentioned``), as the standard acronyms' long forms do: "poor
countries" over texts that say "developing countries" is their subject, in their words. The dense
ranking gets the forms too; the dense relevance stays on the question as asked, since its threshold was
fitted on it (``Retriever.retrieve``). The concept check looks for the phrase in the UN's words too
(:func:`rewrites`).

Everyday typing too (:func:`read_as_typed`, English questions): contractions without their
apostrophe ("whats"), acronyms in lower case ("the igf"), and a misspelt word ("fragmentaion") read
as the texts would write them, the respelt words said in the answer.
"""
from __future__ import annotations

import re
from typing import Callable, Collection, Sequence

from wsis.assistant import synonyms
from wsis.assistant.everyday_terms import EVERYDAY

_COMPILED = [(re.compile(rf"\b(?:{pattern})\b", re.I), forms) for pattern, forms in EVERYDAY]


def is_clause(form: str) -> bool:
    """A UN form that is a clause ("measures that cut access"): it counts only as a run of words, never
    as its words scattered over a passage."""
    return re.search(r"\s(?:that|which|who)\s", form) is not None


CLAUSE_FORMS = {f for _pattern, forms in EVERYDAY for f in forms if is_clause(f)}


def everyday_forms(text: str, mentioned: Callable[[str], bool] | None = None) -> list[str]:
    """The UN forms of the everyday names in ``text`` that the text does not already use, and (with
    ``mentioned``) that some paragraph of the index uses."""
    out: list[str] = []
    for pattern, forms in _COMPILED:
        if pattern.search(text or ""):
            out += [f for f in forms if f not in out and f.lower() not in text.lower()
                    and (mentioned is None or mentioned(f))]
    return out


def rewrites(text: str) -> list[str]:
    """``text`` with an everyday name put in the UN's words, once per UN form ("help for small firms"
    -> "help for small enterprises", ...): what the concept check looks for in the candidates."""
    out: list[str] = []
    for pattern, forms in _COMPILED:
        if pattern.search(text or ""):
            out += [pattern.sub(form, text) for form in forms]
    if len(out) > 1 and (every := in_un_words(text)) and every not in out:  # "far-flung villages": "remote rural areas"
        out.append(every)
    return out


def covering_forms(text: str, start: int, end: int) -> list[str]:
    """The UN forms of each everyday name in ``text`` made in part of the words ``text[start:end]``: what a phrase cut out
    of a longer everyday name stands for ("IP" in "DNS and IP", "New York" in "the member states in New York"; round 41).
    Not a name whose pattern holds any words there ("the same laws against doxxing ... as in real life": "doxxing" is
    no part of "offline"; review)."""
    blank = f"{text[:start]}qqq{text[end:]}"  # a word in the phrase's place: a name still matched around it does not need its words
    out: list[str] = []
    for pattern, forms in _COMPILED:  # (a name that starts after it, "facts ... can be trusted" in "news and facts ...", needs it)
        if any(m.start() <= start and end <= m.end() for m in pattern.finditer(text or "")) and not any(
                m.start() <= start < m.end() for m in pattern.finditer(blank)):
            out += forms
    return out


def in_un_words(text: str, mentioned: Callable[[str], bool] | None = None) -> str | None:
    """``text`` with every everyday name put in the first of its UN forms that some paragraph of the
    index uses (``mentioned``): "Are the telecom watchdogs consulted?" -> "Are the regulators
    consulted?"; None when ``text`` holds no such name."""
    out = text or ""
    for pattern, forms in _COMPILED:
        if not pattern.search(out):
            continue
        form = next((f for f in forms if mentioned is None or mentioned(f)), None)
        if form is not None:
            out = pattern.sub(form, out)
    return out if out != (text or "") else None


# a contraction typed without its apostrophe ("whats the gdc position", "doesnt it say"); "its" and
# "hows" as a plural stay ("its own plan", "the hows and whys")
_BARE_CONTRACTION = re.compile(r"\b(what|who|where|when|that|there)s\b|\b(does|do|did|is|are|was|were|has|have|ca|could|would|should)nt\b",
                               re.I)  # "cant": "ca" + "nt" -> "can't"


def with_apostrophes(question: str) -> str:
    """``question`` with its contractions typed without an apostrophe written out: "whats" -> "what's",
    "doesnt" -> "doesn't"; anything else unchanged."""
    return _BARE_CONTRACTION.sub(lambda m: f"{m[1]}'s" if m[1] else ("can't" if m[2].lower() == "ca" else f"{m[2]}n't"), question)


# chat shorthand, written out: "the stocktaking mtg on getting offline ppl online" (round 28) ranks as "meeting", "people"
_SHORTHAND = {"govt": "government", "govts": "governments", "gov't": "government", "mtg": "meeting", "mtgs": "meetings",
              "ppl": "people", "msg": "message", "msgs": "messages", "dept": "department", "depts": "departments",
              "intl": "international", "orgs": "organizations", "yrs": "years", "thru": "through",
              "w/": "with", "w/o": "without", "b/c": "because", "gov’t": "government", "gens": "generations",
              "abt": "about"}
# "where + when was it held?": two things asked (round 43)
_ASKED_PLUS = re.compile(r"\b(where|when|who|what|how|why|which)\s*\+\s*(where|when|who|what|how|why|which)\b", re.I)
_SHORTHAND_WORD = re.compile(r"(?<![\w./'’@#-])(?:" + "|".join(re.escape(k) for k in sorted(_SHORTHAND, key=len, reverse=True))
                             + r")(?![\w/-])(?![.'’](?!s\b)\w)", re.I)  # "govt's job"; not "w/e", "ppl.com"


def without_shorthand(question: str) -> str:
    """``question`` with chat shorthand written out ("govt" -> "government", "w/" -> "with", "where + when" -> "where and when"); typed in capitals
    ("MTG"), a word is left alone."""
    def written(m: re.Match) -> str:
        word, full = m[0], _SHORTHAND[m[0].lower()]
        if sum(c.isalpha() for c in word) >= 2 and word.isupper():
            return word  # "MTG", "INTL": a name in capitals
        return full[:1].upper() + full[1:] if word[:1].isupper() else full  # "Govt, what ..." -> "Government, ..."
    return _ASKED_PLUS.sub(r"\1 and \2", _SHORTHAND_WORD.sub(written, question))


_LOWER_WORDS = {"certs", "cert", "moi", "oda"}  # acronyms whose lower case is also a word or a name


def acronyms_in_case(question: str, acronyms: list[str]) -> str:
    """``question`` with the ``acronyms`` (three letters or more, two of them capitals: "IGF", "ICTs")
    typed in lower case written in their case: "whats the gdc position on the igf" -> "... the IGF";
    a word they spell ("moi") is left alone. An English question's."""
    forms: dict[str, str] = {}
    for short in acronyms:
        if len(short) >= 3 and sum(c.isupper() for c in short) >= 2 and short.replace("&", "").isalpha():
            forms.setdefault(short.lower(), short)
            if short.endswith("s") and short[-2].isupper():  # "ict" for "ICTs"
                forms.setdefault(short[:-1].lower(), short[:-1])
    def cased(m: re.Match) -> str:
        word = m.group(0)
        return forms.get(word, word) if word not in _LOWER_WORDS else word
    return re.sub(r"(?<![\w/.-])[a-z&]{3,8}(?![\w/-])", cased, question)


MAX_RESPELT = 12  # unknown words of one question looked up for a spelling


def _one_edit(a: str, b: str) -> bool:
    """Whether ``b`` is ``a`` with one letter added, dropped, changed, or two neighbours swapped."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    i = next((n for n, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    return (a[i + 1:] == b[i + 1:] or a[i + 1:] == b[i:] or a[i:] == b[i + 1:]
            or (a[i + 2:] == b[i + 2:] and a[i:i + 2] == b[i:i + 2][::-1]))


# how questions are put, which the texts need not use ("whats the diffrence between ...": tester Z)
_QUESTION_WORDS = ("difference", "differences", "different", "compare", "compared", "comparison", "between", "mention",
                   "mentioned", "mentions", "summarise", "summarize", "summary", "explain", "paragraph", "paragraphs",
                   "document", "documents", "question", "definition", "meaning", "example", "examples")


def corrected_spelling(question: str, vocabulary: Collection[str], starting: Callable[[str, int], Sequence[str]]) -> str:
    """``question`` with each misspelt word written as the texts spell it: a word of seven letters or
    more (of five or six, two letters swapped) that neither the texts (``vocabulary``: their words, lower case; ``starting``: those that begin
    with two letters, of a length one letter apart at most) nor WordNet know, one edit from exactly one word of the texts with the same first
    two letters ("fragmentaion" -> "fragmentation"). Without WordNet nothing is changed (an unknown
    word may be a real one)."""
    if not synonyms.available() or not vocabulary:
        return question
    quoted = [m.span() for m in re.finditer(r"(?<!\w)[\"“‘'][^\"“”‘’']+[\"”’']", question)]  # a quote is as typed
    unknown = [0]  # a pasted text in another tongue or code is no question with a typo: the first MAX_RESPELT tried
    def fixed(m: re.Match) -> str:
        word = m.group(0)
        if any(s <= m.start() < e for s, e in quoted):
            return word
        low = word.lower()
        if low in vocabulary or synonyms.known(low) or unknown[0] >= MAX_RESPELT:
            return word
        unknown[0] += 1
        near = list(dict.fromkeys(w for w in [*starting(low[:2], len(low)), *(a for a in _QUESTION_WORDS if a[:2] == low[:2])]
                                  if _one_edit(low, w)))
        if len(low) < 7:  # a short word: two letters swapped only ("rigths": tester AB M5), not any edit ("gaps" -> "caps")
            near = [w for w in near if len(w) == len(low) and sorted(w) == sorted(low) and sum(x != y for x, y in zip(w, low)) == 2
                    and any(low[i:i + 2] == w[i:i + 2][::-1] != w[i:i + 2] for i in range(len(low) - 1))]
        if len(near) != 1 or not word[1:].islower():  # "GDCs", a name in capitals: left alone
            return word
        return near[0].capitalize() if word[0].isupper() else near[0]
    return re.sub(r"(?<![\w-])[A-Za-z]{5,}(?![\w-])", fixed, question)


def unshouted(question: str, acronyms: Collection[str]) -> str:
    """A question typed in capitals ("TUNIS AGENDA ON DNS & IP ADDRESSES - GLOBAL POLICY PRINCIPLES?", round 45) in lower
    case but for the known ``acronyms`` ("DNS", "AI", "ICTS" for "ICTs"): its words are no names nor acronyms. A question with
    some lower case, or of fewer than twelve letters, is as typed."""
    letters = [c for c in question if c.isalpha()]
    if len(letters) < 12 or sum(c.isupper() for c in letters) < 0.85 * len(letters):
        return question
    known = {a.upper()[:-1]: a[:-1] for a in acronyms if a.endswith("s")} | {a.upper(): a for a in acronyms}
    known |= {"OP": "OP", "PP": "PP"}  # a resolution's operative and preambular paragraphs ("PP 3")
    return re.sub(r"(?<![\w/])[A-Za-z&]+(?![\w/])", lambda w: known.get(w[0].upper(), w[0].lower()), question)  # not "ICT4D", "A/RES"


def read_as_typed(question: str, standard: Sequence[str], learned: Sequence[str], vocabulary: Collection[str],
                  starting: Callable[[str, int], Sequence[str]]) -> tuple[str, list[tuple[str, str]]]:
    """An English question as the texts would write it: shorthand and contractions written out, acronyms in their
    case (the ``standard`` ones; those the texts define, ``learned``, unless an English word: "WHO",
    "STEM"), misspelt words respelt; and the (typed, read) pairs of the respelt words, which the answer
    says."""
    known = [*standard, *(a for a in learned if not synonyms.known(a.lower()))]
    cased = acronyms_in_case(with_apostrophes(without_shorthand(unshouted(question, known))), known)
    respelt = corrected_spelling(cased, vocabulary, starting)
    words = re.compile(r"[A-Za-z]+")
    return respelt, [(a, b) for a, b in zip(words.findall(cased), words.findall(respelt)) if a != b]
