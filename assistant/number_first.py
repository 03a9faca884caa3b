"""A paragraph's number typed before the text's name: "72 (b) TA", "what does 72(b) of the Tunis
Agenda say?", "show me 72 of the Tunis Agenda", "72 and 73 of the Tunis Agenda". Not a year, a count
("the 5 GDC objectives", "the top 3 in the Tunis Agenda", "number 1 in the GDC"), or an objective's
or target's number ("Objective 2 of the GDC"). Also the forms typed around a text's name that the
parser reads once rewritten (:func:`around_names`): "TA72", "72b TA", "pact for the future action 2"."""
from __future__ import annotations

import re
from functools import lru_cache

# what follows the name: the end, or a verb or word of what is asked of the paragraph
_AFTER_NAME = re.compile(r"['’]?\s*(?:$|[?.!,;:)]|(?:say|says|said|state|states|read|reads|provide|provides|mean|means"
                         r"|contain|contains|cover|covers|on|about|regarding|concerning|and)\b)", re.I)
# a verb of reading before the number ("what does 72 TA say", "show me 72 TA", "the wording of 72 of ...")
_LEAD = re.compile(r"(?:^|\b(?:does|do|did|quote|show|read|see|cite|check|give|tell|find|look\s+up|interpret|paraphrase|in|at"
                   r"|(?:meaning|text|wording|content)\s+of)(?:\s+(?:me|us))?)\s*$", re.I)
# before "72 of the Tunis Agenda" without a verb of reading: "explain 72 of ...", "what is 72 of ..."
_OF_LEAD = re.compile(r"(?:^|\b(?:is|explain|summari[sz]e|about|on|what['’]s|under|per|with))\s*$", re.I)
_NUMBERED_THING = re.compile(r"\b(?:objective|action|target|goal|line|chapter|section|annex|part|step|sdg)s?\s*$", re.I)


@lru_cache(maxsize=4)
def _number_first(numbers: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w/.+()-])(?P<nums>{numbers})\s*(?P<of>(?:of|in)\s+)?(?:the\s+)?$", re.I)


def number_before(before: str, after: str, numbers: str) -> re.Match | None:
    """The numbers (group "nums", a list as ``numbers`` spells one) that end ``before`` (the question up
    to a text's name) as a reference to that text, ``after`` being the question after the name; None
    when they are a year, a count or another thing's number, or nothing reads them as a look-up
    (a bracketed item, a verb of reading, or "of" after "is", "explain" ...)."""
    m = _number_first(numbers).search(before)
    if not m or not _AFTER_NAME.match(after) or re.match(r"\d{4}", m["nums"]):
        return None
    lead = before[:m.start("nums")]
    if _NUMBERED_THING.search(lead):
        return None
    if "(" in m["nums"] or _LEAD.search(lead) or ((m["of"] or "").lower().startswith("of") and _OF_LEAD.search(lead)):
        return m
    return None


_GLUED = re.compile(r"\b(?P<name>[A-Z][A-Za-z+]{1,7})(?P<n>\d{1,3})(?=\b|\(|[a-z]\b)")  # "TA72", "GDC28(b)"
_GLUED_ITEM_FIRST = re.compile(r"(?<![\w/.+()-])(?P<n>\d{1,3})(?P<sub>[a-z])(?P<gap>\s+(?:of\s+(?:the\s+)?)?)(?=[A-Za-z])")


def around_names(question: str, names) -> str:
    """``question`` with a text's short name glued to its number spaced ("TA72" -> "TA 72"; "OP3",
    "C5", "G77" name no text), an item letter glued before a name bracketed ("72b TA" -> "72(b) TA")
    and a lower-case "action 2" right after a name capitalised ("pact for the future Action 2");
    ``names``: the texts' names (``references.DocumentNames``)."""
    question = _GLUED.sub(lambda m: f"{m['name']} {m['n']}" if names.doc_ids(m["name"]) else m.group(0), question)
    def item_first(m: re.Match) -> str:  # "72b of the Tunis Agenda": the item letter glued, a name next
        starts = {x.start for x in names.mentions(question[m.end():])}
        return f"{m['n']}({m['sub']}){m['gap']}" if 0 in starts else m.group(0)
    question = _GLUED_ITEM_FIRST.sub(item_first, question)
    ends = {x.end for x in names.mentions(question)}
    return re.sub(r"(?<=\S)([\s,]+)actions?(?=\s+\d)", lambda m: m[0].replace("a", "A", 1) if m.start() in ends else m[0], question)
