"""Sub-item markers of the six UN language versions, and the canonical (English) key of each.

The language versions of a UN text keep the paragraph numbers and letter their sub-items in their
own script; the key stored in ``Paragraph.sub_items`` is always the English letter, so "72(b)" of
the Arabic version is linked to "72(b)" of the English one (``Paragraph.text`` keeps the marker as
printed: the Paragraph type has no separate display label for sub-items).

* English, French, Spanish: ``(a)``, ``a)``, ``a.``; Roman ``(i)``, ``ii)``.
* Chinese: the Latin letters, in ASCII or full-width brackets ``（a）`` (full-width letters too), often
  without a space before the text; Roman sub-items as the parenthesised ideographs ``㈠ ㈡ ㈢``
  (our reading of the Chinese UN style).
* Russian: Cyrillic letters ``а)``, ``б)``, ``(в)`` in the Russian legal-drafting order, which (as we
  understand the convention; not checked against an official style guide) skips ё, й, ъ, ы, ь:
  а б в г д е ж з и к л м н о п р с т у ф х ц ч ш щ э (-> a..z). Many Russian UN texts
  keep the Latin letters instead (``a)``, ``b)``), sometimes typed with Cyrillic look-alikes
  (``с)`` for c, ``е)`` for e): a Cyrillic mark stands for both readings and the parser takes the
  one that is the next letter of the list.
* Arabic: the letters in the abjad order أ ب ج د هـ و ز ح ط ي ك ل م ن س ع ف ص ق ر ش ت ث خ ذ ض ظ غ
  (-> a..z), as ``(أ)``, ``أ -`` / ``أ-``, or ``)أ(`` when a PDF's right-to-left extraction mirrors the
  brackets; ``ا``/``إ``/``آ`` are read as أ, ``ه`` as هـ (the tatweel dropped), ``ى`` as ي. Roman
  sub-items as digits in single quotes ``'1'``, ``‘2’`` (our reading of the Arabic UN style).
"""
from __future__ import annotations

import re
import unicodedata

LATIN = r"[a-z]|[ivxl]{1,6}"
FULL = r"[\uff41-\uff5a]"  # full-width a..z
CYRILLIC = r"[\u0430-\u044f\u0451]"
ARABIC = r"[\u0621-\u064a]\u0640?"  # one Arabic letter, an optional tatweel ("هـ")
KANJI_ROMAN = r"[\u3220-\u3229]"  # ㈠ .. ㈩
_OPEN, _CLOSE = r"[(\uff08]", r"[)\uff09]"
# after a marker: a space, the end of the line, or (bracketed marks) the text of an unspaced script
_AFTER = r"(?:\s+|$|(?=[\u0600-\u06ff\u3400-\u9fff\uff01-\uff5e]))"

# a sub-item marker at the start of a line; one group holds the printed letter (see :func:`marker`)
SUB_START = re.compile(
    rf"^(?:{_OPEN}({LATIN}|{FULL}|{CYRILLIC}|{ARABIC}){_CLOSE}{_AFTER}"
    rf"|({LATIN})[.)\uff09](?:\s+|$)"
    rf"|({CYRILLIC}|{FULL})[)\uff09]{_AFTER}"
    rf"|({ARABIC})\s?[-\u2013]\s+"  # Arabic "أ - ..." / "أ- ..."
    rf"|\)({ARABIC})\(\s*"  # mirrored by a right-to-left extraction
    rf"|({KANJI_ROMAN})\s*"
    r"|['\u2018\u2019](\d{1,2})['\u2018\u2019]\s+)"  # Arabic Roman sub-items: '1' '2' for (i) (ii)
)
# a bracketed marker inside a flattened line, after a clause end ("...; (b) Text", "...؛ (ب) ...", "...；（b）...")
MID_SUB = (
    r"(?:(?<=[;:,.\u061b\u060c])\s+(?:(?:and|or|et|ou|y|o|\u0438|\u0438\u043b\u0438)\s+|\u0648\s?)?|(?<=[\uff1b\uff1a\uff0c\u3002]))"
    rf"(?P<sub>{_OPEN}(?P<s1>{LATIN}|{FULL}|{CYRILLIC}|{ARABIC}){_CLOSE}|(?P<s2>{LATIN}|{CYRILLIC}|{FULL})[)\uff09])"
    r"(?:\s+|(?=[\u3400-\u9fff]))"
)

_CYRILLIC_ORDER = "абвгдежзиклмнопрстуфхцчшщэ"  # Russian drafting order (no ё й ъ ы ь) -> a..z
_LOOKALIKE = {"а": "a", "с": "c", "е": "e", "о": "o", "р": "p", "х": "x", "у": "y", "і": "i"}
_ABJAD = "أبجدهوزحطيكلمنسعفصقرشتثخذضظغ"  # -> a..z
_ARABIC_VARIANT = {"ا": "أ", "إ": "أ", "آ": "أ", "ى": "ي"}


def marker(m: re.Match) -> str:
    """The printed letter of a :data:`SUB_START` match."""
    return next(g for g in m.groups() if g)


def letter_keys(mark: str) -> tuple[str, ...]:
    """The English letters a printed single-letter mark can stand for ("в" -> ("c",), "с" -> ("q", "c"));
    () for a mark that is no single letter ("iv")."""
    mark = unicodedata.normalize("NFKC", mark).replace("\u0640", "")
    if len(mark) != 1:
        return ()
    if "a" <= mark <= "z":
        return (mark,)
    keys = []
    if mark in _CYRILLIC_ORDER:
        keys.append(chr(ord("a") + _CYRILLIC_ORDER.index(mark)))
    if mark in _LOOKALIKE and _LOOKALIKE[mark] not in keys:
        keys.append(_LOOKALIKE[mark])
    arabic = _ARABIC_VARIANT.get(mark, mark)
    if arabic in _ABJAD:
        keys.append(chr(ord("a") + _ABJAD.index(arabic)))
    return tuple(keys)


def roman_key(mark: str) -> str:
    """A Roman sub-item mark as lower-case Latin numerals ("㈢" -> "iii"); other marks unchanged."""
    if len(mark) == 1 and "\u3220" <= mark <= "\u3229":
        return to_roman(ord(mark) - 0x3220 + 1)
    return to_roman(int(mark)) if mark.isdigit() and 0 < int(mark) < 40 else mark


def to_roman(n: int) -> str:
    """Lower-case Roman numerals of 1..399."""
    out = ""
    for value, sym in ((100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out, n = out + sym, n - value
    return out
