"""Which UN language a file holds: from its name (``tunis-agenda.fr.pdf``), its symbol's language
letter (``WSIS-05/TUNIS/DOC/6(Rev.1)-F``) or its text (scripts and common words).

This is the ingest-side detector for whole documents (hundreds of words, so a few stop words
decide); ``assistant.languages`` detects the language of short questions.
"""
from __future__ import annotations

import re
from pathlib import Path

from wsis.ingest.catalog import UN_LANGUAGES

_NAME = re.compile(r"^(?P<base>.+)\.(?P<lang>ar|zh|en|fr|ru|es)$", re.I)
_WORDS = {
    "en": {"the", "of", "and", "to", "in", "that", "we", "for", "is", "with", "on", "by", "be", "are", "this"},
    "fr": {"le", "la", "les", "des", "du", "de", "et", "en", "que", "nous", "pour", "dans", "une", "sur", "est", "aux"},
    "es": {"el", "la", "los", "las", "del", "de", "y", "en", "que", "para", "por", "una", "con", "se", "sobre", "al"},
}
_TOKEN = re.compile(r"[^\W\d_]+", re.U)


def language_of_path(path: Path) -> tuple[str, Path]:
    """("fr", ``tunis-agenda.pdf``) for ``tunis-agenda.fr.pdf``; ("", path) when the name carries no language."""
    m = _NAME.match(Path(path).stem)
    if not m:
        return "", Path(path)
    return m.group("lang").lower(), Path(path).with_name(m.group("base") + Path(path).suffix)


def text_language(text: str, sample: int = 20000) -> str:
    """The UN language of a document's text, "" when it cannot tell (too little text, a tie).

    The script decides Arabic, Chinese and Russian; Latin-script text is English, French or Spanish
    by the most frequent common words, when they clearly lead."""
    text = text[:sample]
    counts = {"ar": 0, "zh": 0, "ru": 0, "latin": 0}
    for ch in text:
        o = ord(ch)
        if 0x0600 <= o <= 0x06FF or 0x0750 <= o <= 0x077F or 0xFB50 <= o <= 0xFEFF:
            counts["ar"] += 1
        elif 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF:
            counts["zh"] += 1
        elif 0x0400 <= o <= 0x04FF:
            counts["ru"] += 1
        elif ch.isascii() and ch.isalpha() or 0x00C0 <= o <= 0x024F:
            counts["latin"] += 1
    if counts["zh"] * 3 >= max(counts["latin"], 1) and counts["zh"] >= 20:
        return "zh"
    script = max(("ar", "ru", "latin"), key=lambda s: counts[s])
    if counts[script] < 20:
        return ""
    if script != "latin":
        return script
    words = _TOKEN.findall(text.lower())
    scores = {lang: sum(w in stop for w in words) for lang, stop in _WORDS.items()}
    ranked = sorted(scores, key=lambda lang: -scores[lang])
    best, second = scores[ranked[0]], scores[ranked[1]]
    return ranked[0] if best >= 10 and best >= 1.5 * second else ""


__all__ = ["UN_LANGUAGES", "language_of_path", "text_language"]
