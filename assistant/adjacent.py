"""A paragraph named by its neighbour: "the paragraph after Tunis Agenda para 9", "paragraph 76 of
the excerpt and the paragraph before it", "the paragraph following paragraph 3 of the 2015 resolution".

:func:`by_neighbour` rewrites such a question with the neighbour's number ("Tunis Agenda para 10",
"paragraph 76 of the excerpt and paragraph 75"), which the reference parser then reads like any other;
a text that does not hold that number says so ("not in the indexed text"), as for any number. The
paragraph after an item is the next paragraph ("the paragraph after GDC 29(d)": para 30); "the one after
72(b)" is left alone (the next item, or paragraph?). English only, like the reference
words; a follow-up naming only a direction (:func:`step_alone`) is read in French and Spanish too."""
from __future__ import annotations

import re

_PARA = r"(?:paragraphs?|paras?\.?|¶|§)"
_WHICH = r"the\s+(?P<which>paragraph|para\.?|one)\s+(?:right\s+|just\s+|immediately\s+|directly\s+)?"  # "the": not "any paragraph after"
_DIRECTION = {"after": 1, "following": 1, "before": -1, "preceding": -1}
# "the paragraph before it", "the one after that"
_POINTING = re.compile(rf"\b{_WHICH}(?P<dir>after|following|before|preceding)\s+(?:it|that(?:\s+one)?|this(?:\s+one)?)\b", re.I)
# "the paragraph after [Tunis Agenda] para 9", "the paragraph following paragraph 3 of ..."
# (the paragraph word may be left out, "the one before 28", "the paragraph after GDC 29(d)"; after an item, "the paragraph"
# is the next paragraph, "the one" is left alone: the next item or paragraph?)
_BEFORE_A_NUMBER = re.compile(
    rf"\b{_WHICH}(?P<dir>after|following|before|preceding)\s+(?P<between>(?:(?:(?-i:[A-Z][\w+/.'’-]*)|of|the),?\s+){{0,6}}?(?:{_PARA}\s*)?)"
    rf"(?P<n>\d{{1,3}})(?P<item>\s?\((?-i:[a-z]{{1,4}})\))?(?![\w(])", re.I)  # an item in lower case: not "28 (GDC)"
# a numbered part that is not a paragraph: "the one after Action 12", "the paragraph after Objective 3"
_OTHER_PART = re.compile(r"\b(?:actions?|objectives?|annex(?:es)?|goals?|articles?|targets?|sections?|chapters?|lines?|commitments?|principles?|the)\W*$", re.I)
# the last plain paragraph number before a pointer: "paragraph 76 of the excerpt and the paragraph before it"
_NUMBER = re.compile(rf"{_PARA}\s*(?P<n>\d{{1,3}})(?P<item>\s?\([a-z]{{1,4}}\))?(?![\w(])", re.I)  # an item's ("72(b)"): no neighbour


def by_neighbour(question: str) -> str:
    """``question`` with each paragraph named by its neighbour written as its number ("the paragraph
    after para 9" -> "para 10"; "para 76 ... and the paragraph before it" -> "para 76 ... and para
    75"); unchanged when there is none, or when the neighbour would be number 0."""
    def shifted(m: re.Match) -> str:
        n = int(m["n"]) + _DIRECTION[m["dir"].lower()]
        worded = re.search(_PARA, m["between"], re.I)
        if n <= 0 or (m["item"] and m["which"].lower() == "one") or (not worded and (
                _OTHER_PART.search(m["between"]) or re.match(r"\s+[a-z]", m.string[m.end():]))):  # "after 10 years"
            return m.group(0)
        cut = "," if re.match(r"\s*\(", m.string[m.end():]) else ""  # "para 27 (GDC)": the text carried, not an item "(gdc)"
        return f"{m['between']}{n}{cut}" if worded else f"{m['between']}para {n}{cut}"

    question = _BEFORE_A_NUMBER.sub(shifted, question)
    while (m := _POINTING.search(question)) is not None:
        earlier = list(_NUMBER.finditer(question, 0, m.start()))
        plain = earlier and (not earlier[-1]["item"] or m["which"].lower() != "one")  # "29(c), and the paragraph after that": 30
        n = int(earlier[-1]["n"]) + _DIRECTION[m["dir"].lower()] if plain else 0
        if n <= 0:
            break
        question = f"{question[:m.start()]}para {n}{question[m.end():]}"
    return question


_STEP = {"next": 1, "following": 1, "after": 1, "previous": -1, "preceding": -1, "prior": -1, "before": -1}
_LEAD = (r"^\s*(?:(?:and|so|ok(?:ay)?|then|now)[\s,]+)*"
         r"(?:(?:what|how)\s+about\s+|(?:please\s+)?(?:quote|show(?:\s+me)?|give\s+me|read(?:\s+me)?)\s+)?(?:the\s+)?")
# a follow-up naming only a direction from the paragraph just looked up: "And the next one?", "the
# paragraph after it", "what about the previous paragraph?", "and the one before?"
_ALONE = re.compile(_LEAD + r"(?:(?P<adj>next|following|previous|preceding|prior)\s+(?:one|paragraph|para\.?|item|sub-?item)"
                    r"|(?:paragraph|para\.?|one|item)\s+(?:right\s+|just\s+|immediately\s+|directly\s+)?"
                    r"(?P<prep>after|following|before|preceding)(?:\s+(?:it|that(?:\s+one)?|this(?:\s+one)?))?)"
                    r"(?:\s+please)?\s*[?.!]*\s*$", re.I)


# the same in French and Spanish: "Et le suivant ?", "et le paragraphe précédent ?", "¿Y el siguiente?",
# "¿y el párrafo anterior?", "Et l'alinéa suivant ?"
_UNIT_FR_ES = r"(?:paragraphe|p[aá]rrafo|(?P<item>alin[ée]a|inciso|apartado|point|punto))"
_ALONE_FR_ES = re.compile(
    r"^\s*¿?\s*(?:(?:et|y|puis|alors|ok|bon|entonces|vale)[\s,]+)*(?:le|la|l['’]\s*|el)\s*"
    rf"(?:{_UNIT_FR_ES}\s+)?(?P<dir>suivante?|pr[ée]c[ée]dente?|siguiente|anterior|pr[oó]xim[oa])(?:\s+{_UNIT_FR_ES.replace('?P<item>', '?P<item2>')})?"
    r"(?:\s+(?:s['’]il (?:vous|te) pla[iî]t|por favor))?\s*[?.!]*\s*$", re.I)
_STEP_FR_ES = {"suiv": 1, "sigu": 1, "prox": 1, "prec": -1, "ante": -1}  # by the first four letters, unaccented


def step_alone(question: str) -> tuple[int, str]:
    """(+1 or -1, the unit named: "paragraph", "item" or "one") for a follow-up that names only a
    direction ("And the next one?", "the paragraph before it", "Et le suivant ?", "¿Y el párrafo
    anterior?"); (0, "") for any other question."""
    if (m := _ALONE_FR_ES.match(question or "")) is not None:
        step = _STEP_FR_ES[m["dir"].lower().replace("é", "e").replace("ó", "o")[:4]]
        unit = "item" if m["item"] or m["item2"] else "paragraph" if re.search(r"graphe|rrafo", m.group(0), re.I) else "one"
        return step, unit
    m = _ALONE.match(question or "")
    if not m:
        return 0, ""
    unit = re.search(r"\b(?:(paragraph|para)|(item|sub-?item))\b", m.group(0), re.I)
    return _STEP[(m["adj"] or m["prep"]).lower()], "paragraph" if unit and unit[1] else "item" if unit else "one"
