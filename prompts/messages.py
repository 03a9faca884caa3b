"""The assistant's own framing lines in the six UN languages, from ``messages.toml``.

``message("nearest_on", "fr", subject="…")`` is the French line with its fields filled; a language
the catalogue lacks for a key gets the English line. ``join_list(["A", "B", "C"], "fr")`` is
"A, B et C". Quotes, titles and citations are inserted by the caller as they are.
"""
from __future__ import annotations

import string
import tomllib
from functools import lru_cache
from pathlib import Path

CATALOGUE = Path(__file__).with_name("messages.toml")
LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")  # the UN languages, in the UN's order
FALLBACK = "en"


class MessageError(KeyError):
    """An unknown message key or a missing field; the message names the catalogue file."""

    def __str__(self) -> str:  # KeyError would print the repr of its argument
        return str(self.args[0]) if self.args else ""


def _flatten(table: dict, prefix: str = "") -> dict[str, dict[str, str]]:
    """``[language.ar]`` (a nested TOML table) becomes the key ``"language.ar"``."""
    out: dict[str, dict[str, str]] = {}
    for key, value in table.items():
        name = f"{prefix}{key}"
        if not isinstance(value, dict):
            raise MessageError(f"{CATALOGUE.name}: {name}: expected a table of languages, got {type(value).__name__}")
        if all(isinstance(v, dict) for v in value.values()):
            out.update(_flatten(value, name + "."))
            continue
        for lang, text in value.items():
            if lang not in LANGUAGES or not isinstance(text, str):
                raise MessageError(f"{CATALOGUE.name}: {name}.{lang}: expected a string in one of {', '.join(LANGUAGES)}")
        if FALLBACK not in value:
            raise MessageError(f"{CATALOGUE.name}: {name}: no English ({FALLBACK}) line")
        out[name] = dict(value)
    return out


@lru_cache(maxsize=1)
def catalogue() -> dict[str, dict[str, str]]:
    """Every message: key -> {language code: template}."""
    try:
        data = tomllib.loads(CATALOGUE.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise MessageError(f"{CATALOGUE.name}: {exc}") from None
    return _flatten(data)


def template(key: str, lang: str | None = FALLBACK) -> str:
    """The unfilled line of ``key`` in ``lang`` (English when the catalogue has none in it)."""
    entry = catalogue().get(key)
    if entry is None:
        raise MessageError(f"{CATALOGUE.name}: no message {key!r}")
    return entry.get(lang or FALLBACK) or entry[FALLBACK]


def fields(text: str) -> set[str]:
    """The ``{name}`` fields of a template."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def message(key: str, lang: str | None = FALLBACK, **values: object) -> str:
    """The line ``key`` in ``lang`` with its ``{fields}`` filled from ``values``."""
    text = template(key, lang)
    try:
        return text.format(**values)
    except KeyError as exc:
        raise MessageError(f"{CATALOGUE.name}: {key}.{lang}: no value for field {exc.args[0]!r}") from None


def join_list(items: list[str], lang: str | None = FALLBACK) -> str:
    """"A, B and C" in ``lang`` ("A、B和C", "A، B وC"); one item alone, "" for none."""
    if len(items) <= 1:
        return "".join(items)
    separator, conjunction = template("list_separator", lang), template("list_and", lang)
    if conjunction.endswith("و"):  # Arabic: و joins the next Arabic word; a title in another script is
        # spaced and isolated (U+2068 ... U+2069) so that the list reads right to left
        if not _arabic(items[-1][:1]):
            conjunction += " "
        items = [item if _arabic(item[:1]) else f"\u2068{item}\u2069" for item in items]
    return separator.join(items[:-1]) + conjunction + items[-1]


def language_name(code: str, lang: str | None = FALLBACK, plural: bool = False) -> str:
    """The name of language ``code`` as it reads in ``lang``'s "Quoted from the … text" lines."""
    key = f"{'languages' if plural else 'language'}.{code}"
    return template(key, lang) if key in catalogue() else code


def _arabic(ch: str) -> bool:
    return bool(ch) and ("\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f" or "\u08a0" <= ch <= "\u08ff")
