"""The Gradio web app (tabs Chat, Compare, Agreed language and Library).

- ``static/``: the CSS and the JavaScript of the HTML components (package data), read by ``assets``;
- ``chat_html`` / ``panels``: every HTML renderer, and the escaping they rely on;
- ``uploads``: the Library's ingest orchestration (uploads, re-index);
- ``handlers``: what each control does; ``app``: the Blocks layout and the event wiring.
"""
from wsis.assistant.ui.app import build_ui
from wsis.assistant.ui.assets import CSS, HEAD
from wsis.assistant.ui.panels import banner_html

__all__ = ["build_ui", "CSS", "HEAD", "banner_html"]
