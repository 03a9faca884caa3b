"""How a document's name is found in a question: an English name or alias with any spacing, and the
catalog's names in the other UN languages as users type them (accents optional, either apostrophe,
Russian case endings, Arabic prefixes, Chinese inside a run of characters). Used by
``assistant.references.DocumentNames``."""
from __future__ import annotations

import re

from wsis.index_store.glossary import standard_forms


_TAKING_PART = ("part\\sin", "participate\\sin", "contribute\\sto", "during", "ahead\\sof", "input\\sto", "involved\\sin", "engage\\sin",
                "prepare\\sfor", "join", "into", "for")  # the review as a process one takes part in


def alias_pattern(alias: str) -> re.Pattern[str]:
    """A name or alias as a question may write it: any spacing (a title's hyphen as a space, "docs" for
    "documents", "wsis10" for "WSIS+10"); short names and acronyms in their case."""
    escaped = re.escape(alias.strip()).replace(r"\ ", r"\s+")
    short = len(alias) <= 4 or alias.isupper()
    if not short:  # "World Summit on the Information Society +10 Statement": a standard acronym spelled out
        escaped = _ACRONYM_IN_NAME.sub(lambda m: _spelled(m.group(0)), escaped)
        # "high level event outcome docs" (round 27): a hyphen as a space, "docs" for "documents"
        escaped = re.sub(r"(?<=\w)\\-(?=\w)", r"[\\s-]+", escaped) if " " in alias.strip() else escaped  # not a file's slug
        escaped = re.sub(r"\b(document)(s?)\b", lambda m: rf"(?:{m[1]}|doc){m[2]}", escaped, flags=re.I)
        escaped = escaped.replace(r"\+", r"\s*\+?\s*")  # "wsis10 statement", "WSIS + 10 Vision" (round 29)
    flags = 0 if short else re.I  # "TA" must not match "ta" in a word; "tunis agenda" may be any case
    if short and alias.isalpha() and sum(c.isupper() for c in alias) >= 2:  # an acronym typed in lower case
        lower = re.escape(alias.lower())
        if len(alias) >= 3:  # "gdc", "gpoa": no English word
            escaped = rf"(?:{escaped}|{lower})"
        else:  # "ta para 14", "tc 5": only before a paragraph's number
            escaped = rf"(?:{escaped}|{lower}(?=\s*(?:paras?\b|paragraphs?\b|¶|§|\d+(?![\w-]))))"  # not "ta 2e réponse"
    if re.search(r"\breview$", alias, re.I):  # "the WSIS+10 review": the outcome, not "the WSIS+10 review process / event / documents" (review)
        escaped += r"(?!\s+(?:process|event|high[\s-]+level|documents?|docs?|texts?|papers?)\b)"  # nor taking part in it:
        escaped = "".join(rf"(?<!{w}\sthe\s)" for w in _TAKING_PART) + escaped  # "How can civil society take part in the WSIS+20 review?"
    return re.compile(rf"(?<![\w/]){escaped}(?![\w/])", flags)


_ACRONYM_IN_NAME = re.compile(r"(?<![A-Za-z])(?:WSIS|UN)(?![A-Za-z])")


def _spelled(acronym: str) -> str:
    """An acronym inside a name as a pattern that also takes its standard long form ("WSIS": "World
    Summit on the Information Society")."""
    return "(?:" + "|".join([acronym, *(r"\s+".join(map(re.escape, f.split())) for f in standard_forms(acronym))]) + r")\s*"


_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


_ACCENTED = {c: f"[{c}{b}]" for c, b in zip("áàâäéèêëíìîïóòôöúùûüçñ", "aaaaeeeeiiiioooouuuucn")}
_ALEF = "[اأإآ]"


def _foreign_word(word: str) -> str:
    """One word of a name in another UN language as a pattern: accents optional ("numerique"), either
    apostrophe, a Russian word in any case ending ("Тунисской программе", "Пакте"), alef with or
    without hamza."""
    if re.fullmatch(r"[\u0400-\u04ff]{3,}", word):
        stem = word[:-2] if len(word) >= 5 else word
        return re.escape(stem) + r"[\u0400-\u04ff]{0,3}"
    out = []
    for c in word:
        low = c.lower()
        out.append("['’]" if c in "'’" else _ACCENTED.get(low) or (_ALEF if c in "اأإآ" else re.escape(c)))
    return "".join(out)


def foreign_pattern(name: str) -> re.Pattern[str]:
    """A name in another UN language as a question may write it (:func:`_foreign_word`); an Arabic
    name after its prefixes ("وبالميثاق", "للميثاق"); a Chinese name inside a run of characters (no
    spaces to bound it)."""
    if _CJK.search(name):
        return re.compile(re.escape(name))
    words = [_foreign_word(w) for w in name.split()]
    prefix = ""
    if re.search(r"[\u0600-\u06ff]", name):
        if name.startswith("ال"):  # "الميثاق": "للميثاق" after ل, "بالميثاق", "وبالميثاق"
            words[0] = "(?:[وف]?[بك]?ال|[وف]?لل)" + _foreign_word(name.split()[0][2:])
        else:
            prefix = "(?:[وف]?[بلك]?)"
    return re.compile(r"(?<![\w/])" + prefix + r"\s+".join(words) + r"(?![\w/])", re.I)


# a kind of text in lower case that speaks as the text: "according to the plan", "what does the agenda say" (round 30);
# not a plan of another's ("in the plan for national strategies", "on the agenda")
_SPEAKS_BEFORE = re.compile(r"\b(?:according\s+to|in|under|per|does|did|do|has|had|will|would)\s+the\s+$", re.I)
_SPEAKS_AFTER = re.compile(r"\s+(?:says?|said|states?|wants?|calls?|asks?|commits?|promises?|recommends?|mentions?|covers?|foresees?|"
                           r"expects?|envisages?)\b", re.I)
_NOT_THE_TEXT = re.compile(r"\s+(?:for|of|to|that|which|on|by|from|we|our|my|your|their)\b", re.I)


def kind_as_text(text: str, word: re.Match, kinds: set[str]) -> bool:
    """Whether a kind of text in lower case (``word``: "plan", after "the") names a text: paired with another
    ("the statement and the vision", tester AB M12) or the text that speaks ("according to the plan", "does the
    agenda say"); the caller keeps it only when one indexed title is of that kind."""
    pair, alternatives = r"(?:and|or|vs\.?|versus)", "|".join(sorted(kinds))
    after, before = text[word.end():], text[:word.start()]
    if re.match(rf"\s+{pair}\s+the\s+(?:{alternatives})\b", after, re.I) or re.search(rf"\bthe\s+(?:{alternatives})\s+{pair}\s+the\s+$", before, re.I):
        return True
    if _KIND_DOC.match(after) and _THE_COMPANION.search(before) and not _NOT_THE_TEXT.match(after[_KIND_DOC.match(after).end():]):
        return True  # "the companion vision doc" (round 40); not "the companion vision paper of the African Union"
    speaking = bool(_SPEAKS_BEFORE.search(before) or (re.search(r"\bthe\s+$", before, re.I) and _SPEAKS_AFTER.match(after)))
    return speaking and not _NOT_THE_TEXT.match(after) and word.group().lower() in {"plan", "agenda", "declaration", "commitment"}


# "the companion vision doc": a kind after "the companion ..." and before a word for a text names it (round 40)
_KIND_DOC = re.compile(r"\s+(?:docs?|documents?|texts?|papers?)\b", re.I)
_THE_KIND = re.compile(r"\bthe\s+$", re.I)
_THE_COMPANION = re.compile(r"\bthe\s+(?:companion|accompanying|sister|twin|separate|parallel)\s+$", re.I)


def definite_kind(text: str, word: re.Match) -> bool:
    """A lower-case kind of text after "the" ("the vision"), or after "the companion" when a word for a
    text follows ("the companion vision doc")."""
    before = text[max(0, word.start() - 30):word.start()]
    return bool(_THE_KIND.search(before) or (_THE_COMPANION.search(before) and _KIND_DOC.match(text, word.end())))


def described_kind(titled: str, least: int, most: int) -> str:
    """Up to ``most`` lower-case words before a kind of text, none of a title's ("the follow-up excerpt")."""
    return rf"(?:(?!(?:{titled})\b)(?-i:[a-z][a-z-]*)\s+){{{least},{most}}}" if most else ""


def terse_kind(titled: str, kind: str, described: bool) -> str:
    """A described kind without "the", after a spaced dash or opening the question, before a comparison or a stop
    ("... - regional networks excerpt vs Tunis Agenda?", round 42; not "Summary please - ...", "any excerpt on IXPs?")."""
    return (rf"|(?:(?<=\s[-\u2013\u2014]\s)|^)(?!(?:any|an?|some|this|that|which|what|no|one|each|every|my|our|your|another|its|their)\s){described_kind(titled, 2, 2)}{kind}\b(?=\s+(?:vs\.?|versus|and|or|compared)\b|\s*[?,:;])"
            if described else "")
