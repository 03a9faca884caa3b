"""Follow-up questions ("and what does the GDC say?") completed from the previous turn."""
from __future__ import annotations

import re

from wsis.assistant.references import DocumentNames

_FILLER = set(
    "and what about how does do did say says said on the this that it its they them those these there same "
    "in of for to text texts document documents also too compare with regarding concerning is are a an "
    "please tell me then so which where when who why said saying says".split()
)
_FOLLOW = re.compile(r"^\s*(?:and|also|what about|how about|and what about|same (?:for|in)|compare)\b", re.I)


def content_tokens(text: str) -> set[str]:
    """Stemmed content words, without question and filler words ("what", "about", "say")."""
    from wsis.assistant.support import tokens

    return set(tokens(" ".join(w for w in re.findall(r"[A-Za-z0-9]+", text) if w.lower() not in _FILLER)))


def last_user_question(history: list[dict] | None) -> str:
    for turn in reversed(history or []):
        if turn.get("role") == "user" and str(turn.get("content", "")).strip():
            return str(turn["content"])
    return ""


def is_follow_up(question: str, names: DocumentNames) -> bool:
    words = re.findall(r"[a-z0-9]+", names.strip(question).lower())
    content = [w for w in words if w not in _FILLER]
    return bool(_FOLLOW.match(question)) or len(content) <= 1


def carry_over(question: str, history: list[dict] | None, names: DocumentNames) -> str:
    """The question with the previous question's topic added when it is a follow-up."""
    previous = last_user_question(history)
    if not previous or not is_follow_up(question, names):
        return question
    topic = " ".join(names.strip(previous).split())
    return f"{question.rstrip()} ({topic})"
