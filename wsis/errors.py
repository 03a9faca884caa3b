"""Every user-facing error of the project, and the one validation of free text.

Each error's ``str()`` is one line naming the file or field it is about; the CLI prints it on
stderr, the API returns it as ``{"error": ...}`` with a 4xx status, the UI shows it as a notice.
"""
from __future__ import annotations

import unicodedata

MAX_TEXT_CHARS = 2000


class WsisError(Exception):
    """Base class: a problem the user can act on, described in one line."""


class QuestionError(WsisError, ValueError):
    """A malformed request (question, filter, mode, ...); the message starts with the field name."""


class ParseError(WsisError):
    """A file that cannot be ingested; the message names the file and the reason."""


class IndexStoreError(WsisError, RuntimeError):
    """A problem with the index itself (e.g. built with another embedding model)."""


class LLMConfigError(WsisError, ValueError):
    """An LLM specification that cannot be used (``WSIS_LLM``)."""


def _letters_folded(value: str) -> str:
    """Styled and full-width letters and digits as the ones they are ("𝕿𝖚𝖓𝖎𝖘", "ＧＤＣ", "ﬁnance": NFKC), the rest
    as typed (a Chinese question's full-width "？" and "，" stay)."""
    return "".join(unicodedata.normalize("NFKC", ch) if unicodedata.category(ch)[0] in "LN" else ch for ch in value)


def validate_text(value: object, field: str, max_chars: int = MAX_TEXT_CHARS, require_words: bool = True) -> str:
    """Whitespace-normalised text, or :class:`QuestionError` naming ``field``.

    Refuses non-strings, empty text, text without a letter or digit, text over ``max_chars`` and text that is not well-formed
    Unicode (lone surrogates) or carries control characters other than tab and newlines. ``require_words=False``
    (an earlier answer of the assistant, "..."): empty text and text without words pass.
    """
    if not isinstance(value, str):
        raise QuestionError(f"{field}: must be a string")
    if len(value) > 4 * max_chars:  # a pasted book: refused before any per-character work
        raise QuestionError(f"{field}: too long ({len(value)} characters; at most {max_chars})")
    for ch in value:
        if "\ud800" <= ch <= "\udfff":
            raise QuestionError(f"{field}: is not well-formed Unicode (lone surrogate U+{ord(ch):04X})")
        if ch not in "\t\n\r" and unicodedata.category(ch) == "Cc":
            raise QuestionError(f"{field}: contains a control character (U+{ord(ch):04X})")
    text = " ".join(_letters_folded(value).split())
    if not text and require_words:
        raise QuestionError(f"{field}: is empty")
    if not any(ch.isalnum() for ch in text) and require_words:  # "?!...;;": nothing to look up
        raise QuestionError(f"{field}: has no words or numbers")
    if len(text) > max_chars:
        raise QuestionError(f"{field}: too long ({len(text)} characters; at most {max_chars})")
    return text
