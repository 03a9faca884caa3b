"""Questions in two parts, one on a text's date and one on what it says ("When was the Tunis Agenda
adopted and what does it say about enhanced cooperation?", "What does the 2015 review say on
financing, and when was it adopted?").

Each part has its own answer: the date from the line that prints it, the subject from the paragraphs
that speak of it. Asked as one question, the date clause made the concept check refuse the whole
("does not mention a date": the paragraphs on enhanced cooperation print none). The parts are asked
one after the other, the second's "it" put as the first names the text, and their answers joined,
the second's markers counted on from the first's.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from wsis.assistant.references import year_named
from wsis.types import Answer

_WHEN = r"when\s+(?:was|were|did)\b[^?,;]*?\b(?:adopted|agreed|signed|issued|published|endorsed|approved|adopt|agree|sign|come\s+out)\b"
_ASKING = r"(?:what|how|which|does|do|did|is|are|who|where|why)\b"
# "When was X adopted and what does it say about Y?"
_DATE_FIRST = re.compile(rf"^\s*(?P<first>{_WHEN})\s*,?\s+and\s+(?P<second>{_ASKING}[^?]+\??)\s*$", re.I)
# "What does X say about Y, and when was it adopted?"
_DATE_LAST = re.compile(rf"^\s*(?P<first>{_ASKING}[^?]+?)\s*,?\s+and\s+(?P<second>{_WHEN})\s*\??\s*$", re.I)


def date_and_subject(question: str) -> tuple[str, str] | None:
    """The two questions, in the order asked ("When was X adopted?", "What does it say about Y?"), or
    None when ``question`` does not ask for a text's date beside what it says."""
    m = _DATE_FIRST.match(question or "") or _DATE_LAST.match(question or "")
    if not m:
        return None
    first, second = m["first"].strip(" ,"), m["second"].strip(" ,")
    return f"{first[:1].upper()}{first[1:].rstrip('?')}?", f"{second[:1].upper()}{second[1:].rstrip('?')}?"


def joined(question: str, first: Answer, second: Answer) -> Answer:
    """One answer from the answers to both parts: the second's markers and citations counted on."""
    shift = len(first.citations)
    text = re.sub(r"\[(\d+)\]", lambda m: f"[{int(m.group(1)) + shift}]", second.answer)
    citations = first.citations + [replace(c, marker=c.marker + shift) for c in second.citations]
    notice = "\n".join(dict.fromkeys(n for n in (first.notice, second.notice) if n))
    body = first.answer if text == first.answer else f"{first.answer}\n\n{text}"  # one refusal said once ("not in the index")
    return Answer(question, body, first.mode, removed_sentences=first.removed_sentences + second.removed_sentences, abstained=first.abstained and second.abstained,
                  citations=citations, passages=first.passages + second.passages, notice=notice,
                  timings={k: first.timings.get(k, 0.0) + second.timings.get(k, 0.0) for k in {*first.timings, *second.timings}},
                  excluded_documents=list(dict.fromkeys(first.excluded_documents + second.excluded_documents)),
                  missing_concept=second.missing_concept or first.missing_concept)


def ask_in_parts(assistant: Any, question: str, parts: tuple[str, str], **options: Any) -> Answer:
    """The joined answers of ``assistant.ask`` to both parts; the second's "it" / "its" is the text the
    first names ("What does it say about Y?" -> "What does the Tunis Agenda say about Y?")."""
    first, second = parts
    names = assistant.retriever.names()
    said = [first[m.start:m.end] for m in names.mentions(first)] + [first[a:b] for a, b, ids in year_named(first, names.documents) if ids]
    said = [name if name.lower().startswith("the ") or "/" in name else f"the {name}" for name in dict.fromkeys(said)]
    if said and not names.mentions(second) and not year_named(second, names.documents):
        every = " and ".join(said)  # "they": every text the first part names
        second = re.sub(r"\b(?:they|them)\b", every, re.sub(r"\btheir\b", f"{every}'s", second, count=1), count=1)
        second = re.sub(r"\bits\b", f"{said[0]}'s", re.sub(r"\bit\b", said[0], second, count=1), count=1)
    ordered = [assistant.ask(q, **options) for q in (parts[0], second)]
    answer = joined(question, *ordered)
    subject = ordered[1] if re.match(r"\s*when\b", parts[0], re.I) else ordered[0]
    answer.abstained, answer.missing_concept = subject.abstained, subject.missing_concept  # what the texts say decides, not the date
    return answer
