"""Questions that ask which organisation does something ("Which organisation actually does that
measuring?", "Which UN body carries out the yearly check?").

The task is in the texts ("We therefore commit to measuring the gap each year"); the body that
carries it out may not be. A sentence on the task names one when it has an organisation's name (a
capitalised word or acronym inside the sentence: "the United Nations", "ITU") or a word for a body
("the coordinating body", "regional commissions"). "On the task" is narrower here than for other
details: the sentence shares a content word with the clause that asks ("measuring"), not with the
question's context ("the divide every year"), since a body named for another task ("convene a
meeting every two years") does not say who measures. When none of the first quotable candidates has
such a sentence, the answer says the texts do not name one. English questions only, as for figures
(``quantities``); "who" questions are left to the concept check and ``roles``.
"""
from __future__ import annotations

import re
from typing import Sequence

from wsis.assistant.details import AskedDetail, clause_at, unanswered_detail
from wsis.assistant.extractive import FRAME_LABEL
from wsis.assistant.quantities import content_words, said_here
from wsis.assistant.terms import norm_tokens
from wsis.types import Passage

_KIND = (r"organi[sz]ations?|bod(?:y|ies)|agenc(?:y|ies)|institutions?|entit(?:y|ies)|organs?|offices?|departments?|divisions?")
# "Which organisation ...", "and which UN body ...": a which or what that opens a question or a clause
_ASKS = re.compile(r"(?:^|[.?!,;:(]\s*|\b(?:and|or|but|then|so)\s+)(?:which|what)\s+(?:(?:UN|international|specific|particular|"
                   rf"one|single|United\s+Nations)\s+)?({_KIND})\b", re.I)
# a word for a body: "the coordinating body", "regional commissions", "the Secretary-General"
_BODY = re.compile(rf"\b(?:{_KIND}|commissions?|councils?|secretariats?|panels?|forums?|fora|committees?|unions?|banks?|"
                   r"offices?|agencies|partners|Secretary-General|Assembly|governments?|(?-i:States)|stakeholders|private\s+sector|"
                   r"civil\s+society|academia|donors)\b", re.I)
_CAPITALISED = re.compile(r"(?<=\s)(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+|[A-Z]{2,})\b")  # "United Nations", "ITU"
_NOT_NAMES = {"We", "Internet", "ICT", "ICTs", "AI", "Information Society", "Sustainable Development", "Open Source",
              "Internet Governance", "Digital Compact", "Human Rights"}  # subjects, not bodies
_ASKING = set(norm_tokens("organisation organisations organization organizations body bodies agency agencies "
                          "institution institutions entity entities organ organs office offices department departments "
                          "division divisions actually exactly specific particular"))


def asked_actor(question: str) -> AskedDetail | None:
    """The clause of ``question`` that asks which organisation does something."""
    m = _ASKS.search(question or "")
    if not m:
        return None
    return AskedDetail(clause_at(question, m.start(1), conjunctions=True), "any organisation")


def names_an_organisation(text: str) -> bool:
    """Whether ``text`` names a body: a word for one, or a run of capitalised words or an acronym
    after the sentence's first word (not "We", "Internet", "ICTs")."""
    return bool(_BODY.search(text)) or any(m.group() not in _NOT_NAMES for m in _CAPITALISED.finditer(text))


_KIND_OF_BODY = r"(?:body|agency|organi[sz]ation|entity|institution)(?![\w-])"
# "that coordinating body" (round 35), "is the coordinating body", "acts as the lead agency" (round 40; not "is the body responsible")
_POINTED = re.compile(rf"\b(?:that|this|the\s+said|said)\s+((?:[\w-]+\s+){{0,2}}?{_KIND_OF_BODY})|(?:(?<=\bis\s)|(?<=\bbe\s)|(?<=\bas\s))the\s+"
                      rf"((?!(?:responsible|appropriate|competent|relevant|main|right|best)\b)(?:[\w-]+\s+){{1,2}}?{_KIND_OF_BODY})", re.I)
# "Which organisation, by name, is ...?", "Which organization is that concretely?": a name is asked, not a word for a body (round 40)
_BY_NAME = re.compile(r"^\W*(?:which|what)\s+(?:[\w-]+\s+){0,2}?(?:organi[sz]ations?|bod(?:y|ies)|agenc(?:y|ies)|institutions?|entit(?:y|ies))"
                      r",?\s+(?:by\s+name|concretely|in\s+concrete\s+terms)\b|\b(?:is|was|are)\s+(?:that|it|this|they)\s*,?\s+"
                      r"(?:by\s+name|concretely|in\s+concrete\s+terms)\b", re.I)
# "which UN agency was put in charge": a UN body is named by its name, not by "stakeholders" (round 46)
_UN_BODY = re.compile(r"\b(?:UN|U\.N\.|United\s+Nations)\s+(?:agenc(?:y|ies)|bod(?:y|ies)|entit(?:y|ies)|organi[sz]ations?)\b", re.I)
# a name anywhere in a sentence: "UNESCO shall act as ...", "the Commission on Science and Technology for Development",
# "the Secretary-General" (review)
_A_NAME = re.compile(r"\b(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:\s+(?:(?:of|on|for|and|the)\s+)*[A-Z][a-z]+)+|[A-Z]{2,}[a-z]?"
                    r"|[A-Z]+\d+[A-Z]*|[A-Z]\d+[A-Z]+|Secretary-General|Commission|Council|Assembly|Union|Secretariat"
                    r"|Forum|Committee|Board|Bureau|Conference|Fund|Programme|Office|Partnership)\b")


def unanswered_actor(question: str, passages: Sequence[Passage], first: int = 3, about: str = "") -> AskedDetail | None:
    """The clause asking which organisation does something when none of the ``first`` quotable
    candidates names one in a sentence on the clause's own subject (the question's context may name
    other tasks), nor the first of them in a sentence on the question's subject (``about``)."""
    asked = asked_actor(question)
    if asked is None:
        return None
    # "which UN agency exactly is that coordinating body?" (round 35): the body the question points to is named only by a
    # name ("the ITU"), not by its own words nor by another word for a body ("all stakeholders")
    own = [re.escape(m.group(1) or m.group(2)) for m in _POINTED.finditer(asked.words)]
    names = (lambda text: any(m.group() not in _NOT_NAMES for m in _A_NAME.finditer(re.sub("|".join(own), " ", text, flags=re.I) if own else text))
             ) if own or _BY_NAME.search(asked.words) or _UN_BODY.search(asked.words) else names_an_organisation
    # the first candidate names a body in a sentence on the question's words ("Which body did the
    # Tunis Agenda create?": "We invite the United Nations to convene a new forum")
    if unanswered_detail(asked, names, question, passages, _ASKING, 1, about) is None:
        return None
    # the texts must speak of the task itself ("commit to measuring the gap") for their silence on
    # who does it to count; a task in other words ("create" for "convene") is left to the concept check
    task = content_words(asked.words) - _ASKING
    if not task or not _on_task([p for p in passages if not FRAME_LABEL.match(p.paragraph.label)][:first], task):
        return None
    return unanswered_detail(asked, names, question, passages, _ASKING, first, asked.words)


def _on_task(passages: Sequence[Passage], task: set[str]) -> bool:
    """Whether a candidate (not a title block) has a sentence sharing a word of the task asked about."""
    return any(said_here(lambda _text: True, p, task) for p in passages)


# "Which networks are meant?", "which initiatives exactly are referred to?": a group the texts speak
# of, asked for by its members' names
_MEANT = re.compile(r"(?:^|[.?!,;:(]\s*|\b(?:and|or|but|so|example|e\.g\.),?\s+)(?:which|what)\s+(?P<kind>[a-z]+s)\s+"
                    r"(?:exactly\s+|specifically\s+)?(?:are|were)\s+(?:(?:being|actually)\s+)?"
                    r"(?:meant|intended|referred\s+to|in\s+question)\b(?!\s+(?:to|for|by)\b)", re.I)  # not "meant to close the gap"


# "Which institutions does it name?" (round 18); not "which principles does the compact list?", whose answer is
# the list of them, lower-case items with no proper name (read-through)
_NAMED = re.compile(r"(?:^|[.?!,;:(]\s*|\b(?:and|or|but|so),?\s+)(?:which|what)\s+(?P<kind>[a-z]+s)\s+"
                    r"(?:exactly\s+|specifically\s+)?(?:does|do|did)\s+(?:it|they|the\s+[\w+-]+(?:\s+[\w+-]+){0,4}?)\s+"
                    r"(?:name|mention\s+by\s+name)\b", re.I)


# "which institutions does it actually mean?", "which ones exactly does the Agenda list by name?" (round 23)
# (a group of bodies or members when what is "meant": not "what changes does the review mean for the forum?")
_MEMBERS = rf"(?:{_KIND}|initiatives|networks|mechanisms|partners|programmes|programs|ones|countries|groups|actors|stakeholders)"
_MEAN = re.compile(r"(?:^|[.?!,;:(]\s*|\s[-–—]\s+|\b(?:and|or|but|so),?\s+)(?:which|what)\s+(?:(?P<kind>[a-z]+s)\s+"
                   r"(?:exactly\s+|specifically\s+)?(?:does|do|did)\s+(?:it|they|the\s+[\w+-]+(?:\s+[\w+-]+){0,4}?)\s+(?:actually\s+|really\s+)?"
                   r"(?:list|name|mention|cite|identify)\s+by\s+name\b|(?P<members>" + _MEMBERS + r")\s+(?:exactly\s+|specifically\s+)?"
                   r"(?:does|do|did)\s+(?:it|they|the\s+[\w+-]+(?:\s+[\w+-]+){0,4}?)\s+(?:actually\s+|really\s+)?"
                   r"(?:mean(?!\s+(?:to|for|by)\b)|have\s+in\s+mind)\b)", re.I)
# the words before "which ones" that are no group: verbs a text does ("the compact names priority areas")
_NOT_GROUP = set("""this is was has does always its his hers ours yours theirs thus perhaps whereas less unless across process
address access progress us yes news names lists mentions says calls asks wants needs means refers includes sets gives""".split())


def _group(question: str, m: re.Match) -> str:
    """The group asked for: its noun, or for "which ones" the last plural noun before ("intergovernmental
    organizations - which ones exactly ...?"); "" when there is none."""
    kind = (m.groupdict().get("kind") or m.groupdict().get("members") or "").lower()
    if kind != "ones":
        return kind if m.re is not _MEAN or re.fullmatch(_MEMBERS, kind, re.I) else ""  # "which areas ... by name": a list answers
    start = m.start("kind") if m.groupdict().get("kind") else m.start("members")
    before = [w for w in re.findall(r"\b[a-z]{3,}s\b", question[:start].lower()) if w not in _NOT_GROUP and not w.endswith("ss")]
    return before[-1] if before and re.fullmatch(_MEMBERS, before[-1], re.I) else ""


def _asking_members(question: str) -> tuple[re.Match | None, bool]:
    """The match asking for members by name, and whether it asks what is meant ("are meant")."""
    meant = _MEANT.search(question or "")
    return meant or _NAMED.search(question or "") or _MEAN.search(question or ""), meant is not None


def asked_members(question: str) -> AskedDetail | None:
    """The clause of ``question`` that asks which members of a group are meant, by name."""
    m, _meant = _asking_members(question)
    if not m or not _group(question, m):
        return None
    return AskedDetail(clause_at(question, m.start(m.lastgroup or 0), conjunctions=True), f"the names of the {_group(question, m)}")


# members listed after a word that introduces them (a bare comma list may be anything: "resilient, safe and able")
_LISTED = re.compile(r"\b(?:including|such\s+as|namely|notably)\b", re.I)


def names_one(text: str) -> bool:
    """Whether ``text`` names members: a proper name after its first word (a run of capitalised words or
    an acronym), or a list of them ("including governments, the private sector and civil society")."""
    return any(m.group() not in _NOT_NAMES for m in _CAPITALISED.finditer(text)) or bool(_LISTED.search(text))


def unanswered_members(question: str, passages: Sequence[Passage], first: int = 3, about: str = "") -> AskedDetail | None:
    """The clause asking which members of a group are meant when the first quotable candidates speak
    of the group ("regional networks") and none names one in a sentence on it (the examples a
    question offers, "which regional internet forums", are not the subject)."""
    asked = asked_members(question)
    if asked is None:
        return None
    m, meant = _asking_members(question)
    group = _group(question, m)  # its sentences, not the question's other words
    if re.fullmatch(r"countries|nations|states|languages|cities|towns|continents", group, re.I) or (
            meant and re.fullmatch(_KIND, group, re.I)):  # a kind WordNet names members of (``instances``), or an
        return None  # organisation (above); "which institutions does it name?" asks for names, not a word for a body
    quotable = [p for p in passages if not FRAME_LABEL.match(p.paragraph.label)][:first]
    if not norm_tokens(group) or not any(said_here(lambda _text: True, p, set(norm_tokens(group))) for p in quotable):
        return None  # the group in other words: left to the concept check
    return unanswered_detail(asked, names_one, question, passages, set(), first, group)


# "Which two ambassadors co-facilitated ...?": people, asked for by name; texts adopted by States name few
_PERSONS = r"ambassadors?|co-?facilitators?|facilitators?|diplomats?|ministers?|envoys?|negotiators?|officials?"
_ASKS_PERSON = re.compile(rf"(?:^|[.?!,;:(]\s*|\b(?:and|or|but|then|so)\s+)(?:which|what)\s+(?:(?:two|three|four|\d)\s+)?"
                          rf"(?:UN\s+|national\s+|permanent\s+)?({_PERSONS})\b", re.I)
# a person by name or office: "Ambassador Jane Doe", "H.E. Mr. X", "the President of the General Assembly"
_PERSON = re.compile(r"\b(?:Mr|Ms|Mrs|Dr|H\.\s?E|Ambassador|Minister|President|Chair(?:man|person|woman)?|Co-[Ff]acilitators?"
                     r"|Vice-President|Secretary-General|Special\s+Envoy)\b\.?", re.I)


def names_a_person(text: str) -> bool:
    """Whether ``text`` names someone: a title or office ("Ambassador", "the President of ...", "Secretary-General")."""
    return bool(_PERSON.search(text))


def unanswered_person(question: str, passages: Sequence[Passage], first: int = 3, about: str = "") -> AskedDetail | None:
    """The clause asking which people (ambassadors, co-facilitators, ministers) did something when none of
    the ``first`` quotable candidates names anyone by name or office."""
    m = _ASKS_PERSON.search(question or "")
    if not m:
        return None
    asked = AskedDetail(clause_at(question, m.start(1), conjunctions=True), "anyone by name")
    return unanswered_detail(asked, names_a_person, question, passages, set(norm_tokens(m.group(1))), first, about)
