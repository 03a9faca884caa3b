"""Questions that ask for a name of a kind whose members have proper names: a city, a country, a
language, a continent ("In which city was the event held?", "Which languages should the material be
in?", "Which countries steered the talks?").

The subject is in the texts (the event, the material); its city or languages may not be. Quoting
the event's paragraph does not name a city. A sentence names one when a capitalised word or run of
them is, in WordNet, an instance or a kind of what is asked ("Geneva": a city; "Tunisia": an African
country, a country; "Arabic": a Semitic language, a language). When none of the first quotable
candidates has such a sentence on the question's subject, the answer says the texts do not give it.
Kinds WordNet does not list by name (UN agencies, bodies, resolutions) are left to the concept check.
English questions only, as for figures (``quantities``).
"""
from __future__ import annotations

import re
from typing import Sequence

from wsis.assistant.details import AskedDetail, clause_at, unanswered_detail
from wsis.assistant.synonyms import is_adjective, kinds_of
from wsis.assistant.terms import norm_tokens
from wsis.types import Passage

# the word asked for -> the WordNet lemma its members reach through their instance and kind links
_KINDS = {"city": "city", "cities": "city", "town": "city", "towns": "city", "capital": "city", "capitals": "city",
          "country": "country", "countries": "country", "nation": "country", "nations": "country",
          "language": "language", "languages": "language", "continent": "continent", "continents": "continent"}
# "In which city ...", "and which countries ...", "Which of the UN's official languages ...": a which or
# what that opens a question or a clause (not a relative "the plans which countries draw up"), up to three
# words before the kind, not an auxiliary right before it ("what are countries committing to" asks for no name)
_ASKS = re.compile(r"(?:^|[.?!,;:(]\s*|\b(?:and|or|in|at|from|for|by|to|on|with|into|of)\s+)(?:which|what)\s+(?:of\s+the\s+)?"
                   r"(?!(?:[\w+-]+\s+){0,2}?(?:texts?|documents?|outcomes?|resolutions?|paragraphs?|provisions?|passages?)\b)"  # "which (WSIS) texts push countries to": texts asked
                   r"(?!(?:are|is|was|were|do|does|did|have|has|had|will|would|should|shall|can|could|must|may|might)\s+"
                   r"(?:" + "|".join(_KINDS) + r")\b)"  # not "what are countries committing to" ("what are the cities": asks)
                   r"(?:[\w'’-]+\s+){0,3}?(" + "|".join(_KINDS) + r")\b"
                   r"|(?<!\bin the )\b(?:list|names?)\s+of\s+(?:the\s+|all\s+(?:the\s+)?)?(?:[\w'’-]+\s+){0,2}?(" + "|".join(_KINDS) + r")\b", re.I)  # "list of countries that signed"
# a question that wants names, not a group: "which languages exactly", "are any named?", "name them"
_BY_NAME = re.compile(r"\b(?:exactly|specifically|precisely|by\s+name|named|name\s+(?:them|any|the|a|some|one|two|a\s+few)|which\s+ones"
                      r"|counts?\s+as|counted\s+as|qualif(?:y|ies)\s+as|(?:are|is)\s+(?:considered|classed\s+as|classified\s+as))\b", re.I)
# ("which countries count as least developed": the group's members, by name)
# adjectives that count, not qualify: "many languages", "other countries"
_QUANTIFIERS = {"many", "several", "other", "various", "different", "all", "some", "certain", "few", "more", "most",
                "such", "own", "same", "every", "each", "any", "both", "numerous", "individual", "respective", "given"}
_NAME_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}")
# "language" as wording, the negotiator's sense: "the agreed language on spam", "what language does it use about"
_WORDING_BEFORE = re.compile(r"\b(?:agreed|exact|precise|actual|same|original|operative|draft|drafting|consensus|treaty|legal"
                             r"|strong|stronger|weak|weaker|soft|softer|specific|such|this|that|its|their)\s+$", re.I)
_WORDING_AFTER = re.compile(r"^\s+(?:on|about|regarding|concerning|around|for\s+(?!the\s+(?:material|publication))"
                            r"|(?:is\s+|was\s+)?used)\b", re.I)


# "Where is the first meeting supposed to take place?", "where will the review be held?": a city or a country; a
# meeting's place, not where a text says something ("Where are rights-based approaches discussed?", review)
_WHERE = re.compile(r"\bwhere\s+(?:is|are|was|were|will|would|should|shall|does|do|did)\b(?P<between>[^?.]*?)(?<![\w-])(?:take\s+place"
                    r"|taking\s+place|took\s+place|be\s+held|being\s+held|held|be\s+hosted|hosted|convene|convened|meet|met|be\s+located|located|based)\b", re.I)
_MEETING = re.compile(r"\b(?:meetings?|forum|summit|sessions?|review|conference|secretariat|IGF|event|panel|office|dialogue|gathering"
                      r"|assembly|phase|talks|negotiations|body|headquarters|it|they)\b", re.I)
_REGIONAL = re.compile(r"\b(?:regions?|regional|rotat\w+|online|virtual\w*|headquarters|host\s+countr\w+)\b", re.I)  # a place said without a name
_READING = re.compile(r"\b(?:say|says|said|mention\w*|discuss\w*|talk\w*|address\w*|refer\w*|state[sd]?|cover\w*|speak\w*)\b", re.I)


def asked_instance(question: str) -> AskedDetail | None:
    """The clause of ``question`` that asks for a named city, country, language or continent
    (not "the agreed language on spam": wording, not a language's name), or where a meeting is held."""
    if (m := _WHERE.search(question or "")) and _MEETING.search(m["between"]) and not _READING.search(m["between"]):
        return AskedDetail(clause_at(question, m.start(), conjunctions=True), "the name of a place")
    for m in _ASKS.finditer(question or ""):
        group = 1 if m.group(1) else 2
        kind = _KINDS[m.group(group).lower()]
        wording = _WORDING_BEFORE.search(question[: m.start(group)]) or _WORDING_AFTER.match(question[m.end(group):])
        if kind == "language" and wording and not re.search(r"\bwhich\b", m.group(0), re.I):  # "which language is used": a name
            continue
        if re.match(r"['’]s?\b", question[m.end(group):]) and not re.search(r"\b(?:which|what)\s+$", question[:m.start(group)], re.I):
            continue  # "what qualities should a country's regulators have": its regulators (round 26); not "which country's"
        return AskedDetail(clause_at(question, m.start(group), conjunctions=True), f"the name of a {kind}")
    return None


def names_a(kind: str, text: str) -> bool:
    """Whether ``text`` names a member of ``kind`` ("city", "country", "language", "continent"): a run of
    capitalised words ("New York") or one of them ("Geneva") that WordNet files under it; a "place": a city or a country."""
    if kind == "place":
        return names_a("city", text) or names_a("country", text)
    for run in _NAME_RUN.finditer(text):
        words = run.group().split()
        spans = [" ".join(words[i:j]) for i in range(len(words)) for j in range(len(words), i, -1)]
        if any(kind in kinds_of(span) for span in spans):
            return True
    return False


def names_a_group(kind: str, text: str) -> bool:
    """Whether ``text`` names a group of the ``kind`` by an adjective: "least developed countries",
    "local languages", "small island developing States"; not "many languages", "support countries"."""
    words = "|".join(w for w, k in _KINDS.items() if k == kind) + ("|states|economies" if kind == "country" else "")
    for m in re.finditer(rf"\b([A-Za-z-]+)\s+(?:{words})\b", text, re.I):
        before = m.group(1).lower()
        if before not in _QUANTIFIERS and is_adjective(before):
            return True
    return False


def unanswered_instance(question: str, passages: Sequence[Passage], first: int = 3, about: str = "") -> AskedDetail | None:
    """The clause asking for a named city, country, language or continent when none of the ``first``
    quotable candidates names one in a sentence on the question's subject (``details.unanswered_detail``).
    A group named by an adjective answers too ("which countries": "the least developed countries"),
    unless the question asks for names ("which languages exactly", "are any named?")."""
    asked = asked_instance(question)
    if asked is None:
        return None
    kind = asked.what.rsplit(" ", 1)[-1]
    by_name = bool(_BY_NAME.search(question))
    asking = set(norm_tokens(" ".join(w for w, k in _KINDS.items() if k == kind) if kind != "place" else
                             "where take taking took place held hold hosted host convene convened meet met located based venue city country"))
    if kind == "place":  # "where should its meetings take place?": "rotate among regions" answers; not "the host country and city?"
        by_name = by_name or bool(re.search(r"\b(?:city|cities|town|country|countries|host|hosts|venue|capital)\b", question, re.I))
    return unanswered_detail(asked, lambda text: names_a(kind, text) or (not by_name and kind == "place" and bool(_REGIONAL.search(text)))
                             or (not by_name and kind != "place" and names_a_group(kind, text)),
                             question, passages, asking, first, about)
