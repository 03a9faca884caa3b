"""Who speaks in a text: "Who is the 'we' in the Tunis Commitment?", "Who is doing the talking in
the Geneva declaration?", "On whose behalf is the Vision put forward?".

A UN outcome text names its speakers once, where it opens in the first person: "We, the
representatives of the peoples of the world, assembled in Geneva ...", "We, the Ministers and heads
of delegation ...". No later paragraph says who "we" are, and topic retrieval ranks paragraphs that
share the question's other words. The paragraph that opens "We, the ..." of each text the question
names is its answer, first among the candidates. English questions only (the texts are English).
"""
from __future__ import annotations

import re
from typing import Sequence

from wsis.types import Paragraph

_ASKS = re.compile(
    r"\bwho\s+(?:is|are|was|were)\s+(?:doing\s+the\s+)?(?:speaking|talking)\b"
    r"|\bwho\s+(?:speaks|talks)\b(?!\s+(?:for|to|about|on\s+behalf)\b)"  # not "who speaks for civil society"
    r"|\bwho\s+(?:is|are|was|were)\s+(?:the\s+)?[\"'“‘]?we[\"'”’]?(?=\W)"  # "who is the 'we' in ..."
    r"|\b(?:on\s+whose\s+behalf|in\s+whose\s+name)\b"
    r"|\bwho\s+(?:puts?|put)\s+forward\b", re.I)  # not "who sets out the principles": an actor in the text
# the first person that names itself: "We, the participants ...", "We, Heads of State and Government ..."
_SELF_NAMED = re.compile(r"^\W*We\s*,\s+(?:the\s+)?[A-Za-z]", re.I)


def asks_speaker(question: str) -> bool:
    """Whether the question asks who speaks in a text (who "we" are)."""
    return bool(_ASKS.search(question or ""))


def speaker_paragraph(paragraphs: Sequence[Paragraph]) -> Paragraph | None:
    """The first paragraph (in document order) that opens by naming its speakers: "We, the ..."."""
    return next((p for p in paragraphs if _SELF_NAMED.match(p.text)), None)


# who "we" are in every outcome text: a question's "leaders" or "signatories" is the texts' first person
# ("does the declaration require leaders to think about ..."), no concept to look for
_SPEAKERS = re.compile(r"(?:(?:world|national|political|the)\s+)?leaders|heads\s+of\s+state(?:\s+and\s+government)?"
                       r"|(?:the\s+)?signator(?:y|ies)(?:\s+(?:states|countries|governments))?", re.I)


def names_the_speakers(phrase: str) -> bool:
    """Whether ``phrase`` is only a name for the texts' speakers ("leaders", "world leaders", "the signatories")."""
    return bool(_SPEAKERS.fullmatch(phrase.strip()))
