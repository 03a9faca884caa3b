"""The web app's static assets (``static/``: CSS and the JavaScript of the HTML components), read once."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

STATIC = Path(__file__).resolve().parent / "static"

HEAD = '<meta name="referrer" content="no-referrer">'


@lru_cache(maxsize=None)
def asset(name: str) -> str:
    """The text of ``static/NAME`` (package data)."""
    return (STATIC / name).read_text(encoding="utf-8")


CSS = asset("wsis.css")
CITE_JS = asset("cite.js")
CHAT_JS = CITE_JS + asset("chat.js")
