"""The words of a request that say how the answer should come, not what it is about.

A negotiator asks "Agreed language on affordable access please, with paragraph numbers" or "What is
the exact agreed language on enhanced cooperation? Give paragraph numbers." The subject is
affordable access, enhanced cooperation; "agreed language", "exact", "paragraph numbers" describe
the answer every extractive answer already gives; "in plain English", "simply" how to say it. Left in the query, they rank a briefing's
boilerplate ("the paragraph numbers are those of the source text", "invented agreed sentence")
above the texts that answer (tester AB H3), and the concept check looks for "numbers".

English only; a topic with nothing else left is kept as it was.
"""
from __future__ import annotations

import re

# a kind of wording: "a decision", "a firm commitment", "a mere 'should'"
_MOOD = (r"(?:an?\s+)?(?:(?:firm|binding|mere|formal|clear|real|actual|simple|political|legal)\s+)?[‘'\"“]?(?:decisions?|recommendations?"
         r"|commitments?|obligations?|requirements?|requests?|pledges?|promises?|aspirations?|exhortations?|encouragements?|invitations?"
         r"|suggestions?|should|shall|must|may)\b[’'\"”]?")
_FORM = re.compile(
    # "with paragraph numbers", "Give paragraph numbers.", "and the para refs", "including citations"
    r"[,;]?\s*\b(?:(?:with|and|give|giving|including|incl\.?|plus|add|show|list)\s+(?:me\s+|us\s+)?(?:the\s+|their\s+|its\s+)?)?"
    r"(?:exact\s+)?(?:para(?:graph)?s?\.?\s+|¶\s*)(?:numbers?|nos?\.?|refs?|references|citations)(?!\w)[.!]?"
    # "(the) (exact) agreed language on", "the precise wording about", "verbatim text on"
    r"|\b(?:the\s+)?(?:(?:exact|precise|actual|relevant)\s+)*(?:agreed|negotiated|exact|precise|verbatim)\s+"
    r"(?:language|wording|text|formulations?)(?:\s+(?:used\s+)?(?:on|about|for|regarding|concerning|of))?\b"
    # "in plain English", "simply", "in a nutshell": how to say it (tester AB M5: "do not mention plain english")
    r"|\b(?:in\s+(?:plain|simple|everyday|lay(?:man|person)?['’]?s?)\s+(?:english|terms|words)|in\s+a\s+nutshell"  # not "plain language", a subject
    r"|for\s+a\s+(?:layperson|layman|beginner|newcomer)|in\s+short|(?:very\s+)?(?:simply|briefly))\b"
    # the mood of the quoted wording, which the quote shows ("We decide", "should"; round 32): "and is that framed as a
    # decision or only a recommendation?", "is either phrased as a firm commitment rather than a mere 'should'?"
    rf"|(?:[,;:]\s*|\s+[-–—]\s*|\s+and\s+)(?:and\s+)?(?:is|are|was|were)\s+(?:that|this|it|either|each|they|both|the\s+(?:language|wording|text))\s+"
    rf"(?:language\s+|wording\s+)?(?:phrased|framed|worded|couched|drafted|formulated|expressed)\s+as\s+{_MOOD}"
    rf"(?:\s+(?:or|rather\s+than|instead\s+of|and\s+not)\s+(?:only\s+|merely\s+|just\s+|simply\s+)?{_MOOD})?(?=\s*[?.;!]|\s*$)"
    r"|(?:[,;:]\s*|\s+[-–—]\s*|\s+and\s+)(?:and\s+)?(?:is|are|was|were)\s+(?:that|this|the|its)\s+(?:language|wording)\s+(?:mandatory|obligatory"
    r"|hortatory|exhortatory|prescriptive|aspirational)(?:\s+or\s+(?:only\s+|merely\s+|just\s+)?(?:mandatory|obligatory|hortatory|exhortatory"
    r"|prescriptive|aspirational|binding|non-binding|voluntary))?(?=\s*[?.;!]|\s*$)"
    # "I'd like the full list, not just one item": how much of the answer (dev b11-top-s-vision-priorities: "does not mention full list")
    r"|[,;.]?\s*(?:(?:I['’]d\s+like|I\s+(?:want|need)|give\s+me|please\s+give\s+me)\s+)?(?:the\s+|an?\s+)?(?:full|complete|whole|entire)\s+list(?:\s+of)?\b"
    r"(?:\s*,?\s*not\s+just\s+(?:one|a\s+few|some|the\s+first)(?:\s+(?:item|items|one|ones))?)?[.!]?"
    # "please", "I need", "I'd like", "can you give me"
    r"|\bplease\b|^\s*(?:I|we)\s+(?:need|want|would\s+like|['’]d\s+like)\s+(?:to\s+(?:see|have|get)\s+)?", re.I)


def without_request_form(topic: str) -> str:
    """``topic`` without the words that describe the answer wanted ("agreed language on", "with
    paragraph numbers", "please"); ``topic`` itself when nothing else would be left."""
    stripped = " ".join(_FORM.sub(" ", topic or "").split()).strip(" ,;?.!")
    return stripped if len(stripped) >= 3 else topic
