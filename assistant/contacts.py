"""Questions that ask how to reach someone: a website, an e-mail address, a phone number, an application
form ("is there a website or contact address where a little group like ours can apply for a grant?").

The texts are agreed language: they name bodies and funds, and the subject of such a question is
often in them (donors funding community networks), but they print no address to write to. Quoting
the donors' paragraph does not say where to apply. A sentence gives a contact when it prints a web
address, an e-mail address or a phone number; when none of the first quotable candidates does, the
answer says the texts do not give one (``details.unanswered_detail``). English questions only.
"""
from __future__ import annotations

import re
from typing import Sequence

from wsis.assistant.details import AskedDetail, clause_at, unanswered_detail
from wsis.assistant.terms import norm_tokens
from wsis.types import Passage

_THING = (r"(?:websites?|web\s*sites?|web\s*pages?|urls?|e-?mail(?:\s+address(?:es)?)?|contact(?:\s+(?:address(?:es)?|details|persons?"
          r"|points?|info(?:rmation)?|e-?mail|numbers?))?|phone\s+numbers?|telephone\s+numbers?|hotlines?|helplines?|application\s+forms?"
          r"|(?:online\s+)?portals?|postal\s+address(?:es)?)")
# a body or a person one writes to, not a population ("how can we reach the unconnected?" asks for no address; review)
_BODY = (r"(?:the\s+|its\s+|their\s+|a\s+|an\s+)?(?:[\w-]+['’]s?\s+)?(?:secretariat|forum|igf|panel|office|offices|body|bodies|organi[sz]ers?"
         r"|itu|unesco|envoy|coordinators?|focal\s+points?|staff|team|someone|somebody|anyone|anybody|person|people\s+in\s+charge)\b")
# "is there a website or contact address ...", "what is the Forum('s) website?", "how can I contact them?", "where can our group
# apply for a grant?"; not "how can we reach the unconnected?", "where can we apply the principles?" (review)
_ASKS = re.compile(rf"\b(?:is|are)\s+there\s+(?:a|an|any)\s+(?:(?:official|dedicated|single|central|public)\s+)?{_THING}\b"
                   rf"|\b(?:what|which)(?:['’]s|\s+is|\s+are)\s+(?:the\s+)?(?:(?:its|their|[\w-]+(?:['’]s?)?)\s+)?(?:official\s+)?{_THING}\b"
                   rf"|\bwhere\s+(?:can|do|could|would|should)\s+(?:I|we|you)\s+find\s+(?:the\s+)?(?:[\w-]+(?:['’]s?)?\s+)?(?:official\s+)?{_THING}\b"
                   r"|\bhow\s+(?:can|do|could|would|should)\s+(?:I|we)\s+contact\b"
                   rf"|\bhow\s+(?:can|do|could|would|should)\s+(?:I|we)\s+(?:reach|e-?mail|call|write\s+to|get\s+in\s+touch\s+with)\s+{_BODY}"
                   r"|\bwhere\s+(?:can|do|could|would|should)\s+[^?.]{1,40}?\bapply\s+for\s+(?:a\s+|an\s+|the\s+|some\s+|any\s+)?(?:[\w-]+\s+)?"
                   r"(?:grants?|funding|funds?|money|support|membership|accreditation|financing|loans?)\b", re.I)
# a web or e-mail address or a phone number printed in a sentence
_GIVES = re.compile(r"https?://|\bwww\.|\b[\w.+-]+@[\w-]+\.\w|\+\d[\d\s()-]{7,}\d|\btel(?:ephone)?\.?\s*:?\s*\+?\d", re.I)
_ASKING = set(norm_tokens("website web site page url link email e-mail address contact details person point information phone "
                          "telephone number hotline helpline application form portal postal apply reach call write"))


def asked_contact(question: str) -> AskedDetail | None:
    """The clause of ``question`` that asks for a website, an address or a number to contact."""
    m = _ASKS.search(question or "")
    dashed = re.sub(r"\s[-–—]\s", " ; ", question or "")  # "... community networks - is there a website ...": its own clause
    return AskedDetail(clause_at(dashed, m.start()), "a website or contact address", frozenset(_ASKING)) if m else None


def unanswered_contact(question: str, passages: Sequence[Passage], first: int = 3, about: str = "") -> AskedDetail | None:
    """The clause asking for a contact when none of the ``first`` quotable candidates prints one on the
    question's subject."""
    return unanswered_detail(asked_contact(question), lambda text: bool(_GIVES.search(text)), question, passages,
                             _ASKING, first=first, about=about)
