"""Paragraph numbers and items as users type them: lists and ranges ("69 to 71", "72(a) and (c)":
:func:`expand`), and items written without brackets.

"para 72 b of the Tunis Agenda", "TA 72.b", "paragraph 72, sub-paragraph b", "para 8 b ii": a
negotiator means item (b) of paragraph 72 (and (b)(ii) of 8), which the reference parser reads in
the texts' own form, "72(b)", "8(b)(ii)". :func:`bracket_items` rewrites those forms into it. A
bare letter counts only right after a paragraph's number that a paragraph word ("para", "¶", "OP")
or a capitalised name ("TA", "Tunis Agenda") introduces, and only when the sentence goes on with no
word of its own after it ("para 5 a commitment?" keeps its article).

"paragraph seventy-two", "paras sixty-nine to seventy-one": numbers spelled out after a paragraph
word are read as figures (:func:`spelled_numbers`; English words, up to 199). Chinese "第72段" and
Arabic "الفقرة ٧٢" are read as "paragraph 72" (:func:`un_paragraph_words`).
"""
from __future__ import annotations

import re

NUM = r"\d{1,3}(?!\d)(?:\s?\(?[a-z]{1,4}\)(?:\([ivx]{1,5}\))?)?"  # 72, 72(b), 72 (b), 3(b)(ii); 72b) is not accepted (ambiguous)
ITEM_ALONE = r"\((?:[a-z]|[ivx]{2,4})\)"  # "72(a) and (c)": an item of the paragraph just named (not "(see)")
_ONE = re.compile(r"(?P<n>\d{1,3})\s?(?:\(?(?P<sub>[a-z]{1,4})\)(?:\((?P<nested>[ivx]{1,5})\))?)?", re.I)

_PARA = r"(?:\b(?:paragraphs?|paras?\.?|pars?\.|OP|PP|paragraphes?|p[aá]rrafos?|p[aá]rr\.)|¶¶?|§§?)"  # French and Spanish too
# what may follow an item: the end, punctuation, or a word that joins it to a text or another item
# ("to-do", "e.g." and "i.e." are no items)
_ENDS = (r"(?![.][a-z][.])(?=\s*(?:$|[?.,;:!)\]]|\b(?:of|in|from|and|or|to|through|says?|reads?|de|du|des|del|et|y|ou)(?![\w-]))"
         r"|\s+[A-Z]{2,}[A-Z0-9+/.-]*\s*[?.!]?\s*$)")  # or a text's acronym last: "para 72 b TA"
_SUB_WORD = r"(?:sub-?paragraph|sub-?para\.?|item|point|letter|clause|litt?\.?|alin[ée]a|lettre|inciso|apartado|letra)"
# a paragraph word ("para", "¶", "OP") or a text's capitalised name ("TA", "Tunis Agenda") before the number
_PRE = rf"(?P<pre>(?:{_PARA}\s*|\b[A-Z][\w+/.-]*[\s,]+))"
# "TA 72.b", "para 72.b.ii": dotted after such a word
_DOTTED = re.compile(rf"{_PRE}(?P<n>\d{{1,3}})\.(?P<sub>[a-z])(?:\.(?P<nested>[ivx]{{1,5}}))?(?![\w(.])")
# "para 72 b", "TA 72 b)", "TA 72b", "Tunis Agenda 72, sub-paragraph (b)", "para 8 b ii"
_SPACED = re.compile(
    rf"{_PRE}(?P<n>\d{{1,3}})"
    rf"(?:\s*,?\s*{_SUB_WORD}\s*|\s+|(?=[a-z]))\(?(?P<sub>[a-z])\)?"
    rf"(?:(?:\s*,?\s*{_SUB_WORD}\s*|\s+|(?<=\)))\(?(?P<nested>[ivx]{{1,5}})\)?)?{_ENDS}")  # "9 (b)(ii)" too
# the whole question a short name in lower case, a number and a letter: "ta 9 c", "tc 5 b ii"
_TYPED_SHORT = re.compile(r"\s*(?P<name>[a-z][a-z+/.-]{1,7})\s+(?P<n>\d{1,3})\s*[\s.]\s*(?P<sub>[a-z])(?:[\s.]\s*(?P<nested>[ivx]{1,5}))?\s*[?.!]?\s*")
# "72(a) and c", "72(a) to c": the next item of the same paragraph
_NEXT = re.compile(rf"(?<=\))(?P<join>\s*(?:,|and|or|to|-|–)\s*)(?P<sub>[a-z])\)?(?![\w(]){_ENDS}")
_ITEM_WRITTEN = re.compile(r"\d\s?\([a-z]\)")  # "72(a)": a bracketed item the next ones may follow


def _bracketed(m: re.Match) -> str:
    nested = f"({m['nested']})" if m["nested"] else ""
    return f"{m.groupdict().get('pre') or ''}{m['n']}({m['sub']}){nested}"


_UNIT = {w: n for n, w in enumerate("one two three four five six seven eight nine".split(), start=1)}
_TEEN = {w: n for n, w in enumerate("ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(), start=10)}
_TENS = {w: n for n, w in zip(range(20, 100, 10), "twenty thirty forty fifty sixty seventy eighty ninety".split())}
_UNDER_100 = rf"(?:(?:{'|'.join(_TENS)})(?:[-\s](?:{'|'.join(_UNIT)}))?|{'|'.join(_TEEN)}|{'|'.join(_UNIT)})"
_SPELLED = rf"(?:one\s+hundred(?:\s+(?:and\s+)?{_UNDER_100})?|{_UNDER_100})(?![\w-])"
# after the spelled number, what ends a reference ("a paragraph one could cite": "one" is a pronoun there)
_SPELLED_END = (r"(?=\s*(?:$|[?.,;:!)\]]|['’]s\b|\(?[a-z]\)?(?:\s*$|\s*[?.,;:!]|\s+(?:of|in|from|says?|reads?)\b)"
                r"|\b(?:of|in|from|and|or|to|through|says?|said|reads?|states?|means?|provides?|covers?|contains?|mentions?"
                r"|for|please|on|about)\b))")
_SPELLED_LIST = re.compile(rf"(?P<pre>(?:\b(?i:paragraphs?|paras?\.?|pars?\.)|\b(?:OP|PP|op|pp)|¶¶?|§§?)\s*)"
                           rf"(?P<nums>(?i:{_SPELLED}(?:\s*(?:,|and|to|through|-|–)\s*{_SPELLED})*)){_SPELLED_END}")


def _figure(words: str) -> str:
    """"seventy-two" -> "72", "one hundred and five" -> "105"."""
    total = 0
    for word in re.split(r"[-\s]+", words.lower()):
        if word == "hundred":
            total *= 100
        elif word != "and":
            total += _UNIT.get(word) or _TEEN.get(word) or _TENS.get(word, 0)
    return str(total)


_EASTERN_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_ZH_PARAGRAPH = re.compile(r"第\s*(?P<n>\d{1,3}(?:\s*(?:和|及|、|至|到|-|–)\s*\d{1,3})*)\s*段\s*(?P<sub>(?:[(（][a-z][)）])?)", re.I)  # "第72段(b)", "第71和72段", "第72至75段"
_ZH_JOINS = {"和": " and ", "及": " and ", "、": ", ", "至": " to ", "到": " to "}
_AR_PARAGRAPH = re.compile(r"(?:(?<=\s)|^)(?:ب|و|ف|ل)?(?:ال)?فقر(?:ة|ات|تين|تان)\s+(?=\d)")  # "الفقرة 72", "بالفقرة"


def un_paragraph_words(question: str) -> str:
    """``question`` with Chinese and Arabic paragraph numbers in the form the parser reads: "第72段"
    and "第72段(b)" -> "paragraph 72" and "paragraph 72(b)"; "الفقرة ٧٢" -> "paragraph 72"."""
    if not re.search(r"[\u0600-\u06ff\u4e00-\u9fff]", question):
        return question
    question = question.translate(_EASTERN_DIGITS)
    def zh(m: re.Match) -> str:
        nums = re.sub(r"\s*([和及、至到])\s*", lambda j: _ZH_JOINS[j.group(1)], m["n"])
        return f" paragraph{'s' if nums != m['n'] else ''} {nums}{m['sub'].replace('（', '(').replace('）', ')')} "
    question = _ZH_PARAGRAPH.sub(zh, question)
    question = re.sub(r"(?<=\d)\s+و\s*(?=\d)", " and ", question)  # "الفقرتين 71 و72": "and"
    return _AR_PARAGRAPH.sub("paragraph ", question)


def spelled_numbers(question: str) -> str:
    """``question`` with the numbers spelled out after a paragraph word as figures: "paragraph
    seventy-two" -> "paragraph 72", "paras nine and ten" -> "paras 9 and 10"; anything else unchanged."""
    def figures(m: re.Match) -> str:
        return m["pre"] + re.sub(_SPELLED, lambda n: _figure(n.group(0)), m["nums"], flags=re.I)
    return _SPELLED_LIST.sub(figures, question)


def _spaced(m: re.Match) -> str:
    """A bare "a" after "paragraphe" is the verb "has" ("Quelle portée le paragraphe 72 a ?"): an item only
    bracketed or named ("alinéa a"); any other item is bracketed."""
    bare = m.group(0)[len(m["pre"]) + len(m["n"]):]
    if m["sub"] == "a" and re.match(r"paragraphes?", m["pre"], re.I) and not re.search(rf"\(|{_SUB_WORD}", bare, re.I):
        return m.group(0)
    return _bracketed(m)


def bracket_items(question: str) -> str:
    """``question`` with its bracketless items in the texts' form: "para 72 b" -> "para 72(b)", "TA
    72.b.ii" -> "TA 72(b)(ii)", "para 72 a and c" -> "para 72(a) and (c)"; anything else unchanged."""
    rewritten = _SPACED.sub(_spaced, _DOTTED.sub(_bracketed, question))
    if rewritten == question and (short := _TYPED_SHORT.fullmatch(question)):  # "ta 9 c": a short name typed in lower case
        rewritten = f"{short['name']} {short['n']}({short['sub']})" + (f"({short['nested']})" if short["nested"] else "")
    if not _ITEM_WRITTEN.search(rewritten):
        return question
    while (again := _NEXT.sub(lambda m: f"{m['join']}({m['sub']})", rewritten)) != rewritten:
        rewritten = again
    return rewritten


def expand(nums: str) -> list[tuple[str, str]]:
    """"69 to 71" (or "71-69") -> 69, 70, 71; "72(b)" -> (72, b); "4, 5 and 55" -> three; "72(a) and (c)" -> two items,
    "72(a) to (c)" -> three."""
    # ranges: a separator "-", "to" between two plain numbers
    ranged: list[tuple[str, str]] = []
    tokens = re.findall(rf"{NUM}|{ITEM_ALONE}|-|–|—|\bto\b|\bthrough\b", nums, re.I)
    prev: int | None = None
    pending_range = False
    for tok in tokens:
        if tok.lower() in {"-", "–", "—", "to", "through"}:
            pending_range = prev is not None
            continue
        if tok.startswith("("):  # "(c)" after "72(a) and": the same paragraph's item; "(a) to (d)": all four
            item = tok.strip("()").lower()
            if prev is not None:
                last = ranged[-1][1] if ranged and ranged[-1][0] == str(prev) else ""
                if "/" in last and re.fullmatch(r"[ivx]+", item):  # "3(b)(i) and (ii)": (b)'s items, not the paragraph's
                    item = f"{last.split('/')[0]}/{item}"
                if pending_range and len(last) == len(item) == 1 and last < item <= "z":
                    ranged.extend((str(prev), chr(c)) for c in range(ord(last) + 1, ord(item) + 1))
                else:
                    ranged.append((str(prev), item))
            pending_range = False
            continue
        m = _ONE.match(tok)
        n, sub = int(m["n"]), (m["sub"] or "").lower() + (f"/{m['nested'].lower()}" if m["nested"] else "")
        if pending_range and prev is not None and not sub and n > prev and n - prev <= 50:
            ranged.extend((str(x), "") for x in range(prev + 1, n + 1))
        elif pending_range and prev is not None and not sub and n < prev and prev - n <= 50 and ranged[-1] == (str(prev), ""):
            ranged[-1:] = [(str(x), "") for x in range(n, prev + 1)]  # "71-67": the same range, in the text's order
        else:
            ranged.append((str(n), sub))
        prev, pending_range = n, False
    return ranged


_FIRST_N = re.compile(rf"\b(?:the\s+)?(?:first|opening)\s+(?P<n>{'|'.join(list(_UNIT)[1:] + ['ten'])}|\d{{1,2}})\s+(?P<w>paragraphs|paras)\b", re.I)


def first_paragraphs(question: str) -> str:
    """``question`` with "the first three paragraphs" read as "paragraphs 1 to 3" (two to ten)."""
    def numbered(m: re.Match) -> str:
        n = int(m["n"]) if m["n"].isdigit() else (_UNIT.get(m["n"].lower()) or 10)
        return f"{m['w']} 1 to {n}" if 2 <= n <= 10 else m.group(0)
    return _FIRST_N.sub(numbered, question)
