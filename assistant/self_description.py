"""What a user says of themselves before the question, which the texts need not mention.

"As a landlocked developing country we still lag behind. How did Geneva and then the 2015 review
acknowledge that gains were not shared equally?" was refused: "The texts do not mention landlocked
developing country." "MP briefing on who decides internet rules: how do the Tunis Agenda and ..."
got "do not mention MP" (round 19). Who asks and why is context; the concept check judges what is
asked. Only the check: the ranking still reads the whole question ("I work on rural connectivity.
What does the compact say?" asks about rural connectivity).

A part is context when it is a sentence (or a lead-in ending in ":" or " - ") that opens with "As a ...",
"I", "we", "my", "our" or "For a/an/my ...", or is a lead-in before a colon naming the asker's work
("MP briefing on ...:", not "Public places where people can get online:"); the rest must still ask something of its own (three content words, and no word pointing back to the
context: "it", "this issue"), else the question is judged whole. English only.
"""
from __future__ import annotations

import re

from wsis.assistant.terms import norm_tokens

MIN_WORDS = 3  # content words the rest must hold to be judged alone ("what do they give me to work with?" holds two)

_SELF = (r"(?:as\s+an?\s+|as\s+(?:the|my|our)\s+|for\s+(?:an?|my|our)\s+|i\b|i['’]m\b|i\s+am\b|we\b|we['’]re\b|my\b|our\b|"
         r"(?-i:MPs?)\b)")
# a sentence or lead-in of context: up to ". ", ": ", " - " or "; " with no question mark in it
_LEAD = re.compile(rf"^\s*{_SELF}[^?]*?(?:[.!;:](?=\s)|\s[-–—]\s)", re.I)
# a lead-in before a colon naming the asker's work ("MP briefing on who decides internet rules:"), not a subject
# ("Public places where people can get online: what did Geneva propose?")
_COLON = re.compile(r"^\s*(?!(?:what|which|how|why|when|where|who|does|do|did|is|are|can|could|should|has|have)\b)[^?:]{0,80}?"
                    r"\b(?:briefing|brief|memo|note|notes|report|thesis|dissertation|paper|article|explainer|speech|presentation|"
                    r"class|course|lecture|research|project|meeting|delegation|ministry|newsroom|story)\b[^?:]{0,80}:\s", re.I)


# a word pointing back to the context ("this issue", "it"): not "so that", nor "they" (the texts: "do they say ...?")
_POINTING = re.compile(r"\b(?:it|its|this|these|those|such)\b|\bthat\s+(?:issue|topic|subject|question|area|point|one)\b|\bthat\s*[?.!]", re.I)


def without_self_description(question: str) -> str:
    """``question`` without the context its asker opens with (sentences about themselves, a lead-in
    before a colon); ``question`` itself when none, or when the rest asks nothing of its own."""
    rest, cut = question or "", False
    while (m := _LEAD.match(rest) or _COLON.match(rest)) is not None and m.end() < len(rest.rstrip()):
        rest, cut = rest[m.end():], True
    if not cut or len(norm_tokens(rest)) < MIN_WORDS or _POINTING.search(rest):
        return question  # "I am researching net neutrality. Which texts address this issue?": the context is the subject
    return rest.strip()


def about_in_context(question: str, concept: str) -> bool:
    """Whether the asker's context names ``concept`` as what they work on ("I'm writing about content moderation.",
    "researching net neutrality"), not who they are ("As a landlocked developing country", "MP briefing on ...")."""
    words = r"\W+".join(re.escape(w) for w in concept.split())
    return bool(words) and bool(re.search(rf"\b(?:about|on|regarding|concerning|researching|studying|covering|into)\s+"
                                          rf"(?:the\s+|a\s+|an\s+)?(?:\w+\s+){{0,2}}?{words}\b", question, re.I))

