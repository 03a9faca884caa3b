"""Where a question's concept phrases stand in it: their place, the question without them, the lists
they form ("women and girls") and the illustrations they are part of ("for example in elections")."""
from __future__ import annotations

import itertools
import re

from wsis.assistant.phrases import BODY_NOUNS, Phrase


def _pattern(phrase: Phrase) -> re.Pattern | None:
    """The phrase's words in a row, as a question writes them: "IGF advisory group" in "the IGF's
    advisory group" (the phrase drops the possessive) or "national CERT incident response team" in "a national
    CERT / incident response team" (a slash between alternatives, round 25), whole words only."""
    if not phrase.words:
        return None
    gap = r"(?:['’]s?)?(?:\s*/\s*|\s+)"
    return re.compile(r"(?<!\w)" + gap.join(map(re.escape, phrase.words)) + r"(?:['’]s?)?(?!\w)")


def locate(topic: str, phrase: Phrase) -> tuple[int, int] | None:
    """Where the phrase first stands in ``topic``; None when its words are not there in a row."""
    pattern = _pattern(phrase)
    m = pattern.search(topic) if pattern else None
    if m:
        return m.start(), m.end()
    i = topic.find(phrase.text) if phrase.text else -1
    return (i, i + len(phrase.text)) if i >= 0 else None


def without_phrases(topic: str, phrases: list[Phrase]) -> str:
    """The question with ``phrases`` cut out, every time they occur (what its embedding is without them)."""
    for ph in phrases:
        pattern = _pattern(ph)
        cut = pattern.sub(" ", topic) if pattern else topic
        topic = cut if cut != topic else topic.replace(ph.text, " ")
    return " ".join(topic.split()) or "?"


SLASHED = r"\s*/\s*"  # "open data / open shareable software": either wording, one concept (round 28)


def coordinated(topic: str, unsure: list[Phrase], joiner: str = r"[\s,]*(?:\b(?:and|or)\b)?[\s,]*") -> list[list[Phrase]]:
    """Runs of unsure phrases joined only by "and", "or" or commas ("women and girls", "copyright and
    intellectual property"): one concept list, whose members each look unimportant when removed alone.
    ``joiner``: what joins them (``SLASHED``: alternative wordings)."""
    groups: list[list[Phrase]] = []
    at = [(locate(topic, ph), ph) for ph in unsure]
    at = sorted(((where, ph) for where, ph in at if where), key=lambda pair: pair[0][0])  # equal texts share a position
    run: list[Phrase] = []
    end = -1
    for (i, stop), ph in at:
        if run and re.fullmatch(joiner, topic[end:i], re.I):
            run.append(ph)
        else:
            if len(run) >= 2:
                groups.append(run)
            run = [ph]
        end = stop
    if len(run) >= 2:
        groups.append(run)
    return groups


def span_of(topic: str, group: list[Phrase]) -> str:
    """The words of ``topic`` from a coordinated group's first phrase to its last ("women and girls")."""
    first, last = locate(topic, group[0]), locate(topic, group[-1])
    if first and last and first[0] < last[1]:
        return topic[first[0]:last[1]]
    return " and ".join(ph.text for ph in group)


_EXAMPLE = re.compile(r"(?:\bfor\s+(?:example|instance)|\bsuch\s+as|\be\.\s?g\.|,\s*say|,\s*like)\b[^.?!;:]*"  # ", like during elections"
                      # the asker's own instance in brackets: "the regional commissions (ESCAP, in our case)" (round 40)
                      r"|\((?=[^()]{0,80}?\b(?:in\s+(?:our|my)\s+(?:case|region|country|area)|(?:ours|mine)\s+(?:is|are|being)|(?:like|as)\s+(?:ours|mine))\b)[^()]*\)"
                      # instances in brackets: "(like our CEPAL)", "(IETF, RIRs etc.)" (round 44)
                      r"|\((?=\s*(?:like|e\.\s?g\.|such\s+as|for\s+(?:example|instance))\s|[^()]{0,80}?\betc\b)[^()]*\)", re.I)  # not "(including its ...)"


def an_example(topic: str, phrase: Phrase) -> bool:
    """The phrase stands in an illustration ("for example in elections or protests", "such as Arabic"), or
    is a name of a kind the question goes on to ("ICANN and the other existing bodies"; round 24)."""
    at = locate(topic, phrase)
    named = bool(phrase.words) and all(w[:1].isupper() for w in phrase.words)  # a name: not "autonomous weapons or other uses"
    return bool(at) and (any(m.start() < at[0] < m.end() for m in _EXAMPLE.finditer(topic))
                         or (named and _OTHERS.match(topic, at[1]) is not None))


# "ICANN and the other existing bodies"; other names may stand between ("ICANN, the RIRs or other existing bodies": round 41)
_OTHERS = re.compile(r"(?:\s*,\s*(?:the\s+)?(?-i:[A-Z][\w'’.&-]*)(?:\s+(?-i:[A-Z][\w'’.&-]*)){0,3}){0,4}"
                     r"\s*(?:,\s*)?(?:and|or)\s+(?:the\s+|all\s+|any\s+|many\s+|several\s+)?other\s+[a-z]", re.I)


def leading_name(phrase: Phrase) -> str:
    """The name a phrase opens with: its capitalised words, two or more ("UN Tech Envoy" of "UN Tech Envoy office", round
    44), the whole phrase when all are; "" otherwise. Only a body's name when the phrase goes on past it: one with an
    acronym or a body's noun ("UN Tech Envoy", "Policy Network"), not a capitalised common term ("Cloud Computing
    providers", "Elon Musk's satellites")."""
    lead = list(itertools.takewhile(lambda w: w[:1].isupper(), phrase.words))
    if len(lead) == len(phrase.words) >= 2:
        return " ".join(lead)
    body = any(w.isupper() and len(w) >= 2 for w in lead) or lead[-1:] and lead[-1].lower() in BODY_NOUNS | {"envoy", "rapporteur"}
    return " ".join(lead) if len(lead) >= 2 and body else ""


def illustrated(topic: str, phrases: list[Phrase], example: Phrase) -> Phrase | None:
    """The phrase an illustration illustrates: the last one before its "such as" ("a cybercrime treaty
    such as the Budapest Convention": "cybercrime treaty"); None when none stands before it."""
    at = locate(topic, example)
    marks = [m for m in _EXAMPLE.finditer(topic) if at and m.start() < at[0] < m.end()]
    if not marks:
        return None
    before = [(where[1], ph) for ph in phrases if ph is not example and (where := locate(topic, ph)) and where[1] <= marks[0].start()]
    return max(before, key=lambda t: t[0])[1] if before else None
