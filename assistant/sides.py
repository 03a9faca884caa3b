"""The side of a comparison that lacks what is compared.

Tester AB H5: "How did the 2015 review change Tunis on enhanced cooperation?" quoted the review's
"further cooperation on the financing of connectivity" between the Tunis Agenda's paragraphs on
enhanced cooperation, and "Compare the Geneva Declaration and the GDC on digital skills" the
Declaration's line on unevenly spread benefits, as the other side of the comparison. For "how did X
change Y", the absence is the answer. A question comparing two or three named texts (or groups of
texts) has each side's passages checked alone, with its own best passages searched: when one side
lacks the phrase the texts are compared on ("on enhanced cooperation"), which the whole set of
passages holds, that side "does not mention" it (the line the
named-text check says), and its passages leave the answer.

English questions only (the concept check's phrases)."""
from __future__ import annotations

import re
from typing import Any, Callable, Sequence

from wsis.assistant.candidates import family, said_by_others
from wsis.types import Passage

SEARCHED = 5  # a side's own best passages checked beside its candidates


# a comparison ("compare", "differ", "how did X change Y", "X versus Y") and what it is on ("on Z", "language on Z")
# texts linked, set side by side or each asked ("a through-line from Geneva's goal to the Pact", "do both ..."): each
# named text is judged for itself, not one by the others' passages (round 26)
LINKING = re.compile(r"\bfrom\b[^?]*\bto\b|\b(?:through-?lines?|threads?|links?|linked|connect\w*|trace[ds]?|echo\w*|evol\w*|both|each)\b", re.I)
_COMPARING = re.compile(r"\b(?:compar\w*|differ\w*|chang\w*|versus|vs\.?|contrast\w*|built\s+on|build\s+on|went\s+beyond|go\s+beyond)\b", re.I)


# the subject right after the texts compared ("... and the GDC on digital skills", "change Tunis on X"), not one side's own
# ("what the Geneva plan says on ethics", "the Vision's language on privacy": each side asked of its own subject)
_TEXT_WORD = (r"(?:\b(?-i:[A-Z][\w+/.-]*)|\b(?i:compact|agenda|plan|declaration|review|resolution|statement|vision|pact|commitment|"
              r"outcome|texts|documents|ones)|\b(?:19|20)\d\d)")


def _compared(question: str, concept: str) -> bool:
    """Whether ``question`` compares texts on ``concept`` ("Compare X and Y on digital skills", "How did the
    review change Tunis on enhanced cooperation?"): a cross-text question on a subject of several phrases
    ("which texts speak of teachers and donors?") leaves each side's paraphrase to the ranking."""
    words = r"\W+".join(re.escape(w) for w in concept.split())
    return bool(_COMPARING.search(question)) and bool(re.search(rf"{_TEXT_WORD}\s+(?:on|about|regarding|concerning|over)\s+(?:the\s+)?{words}\b", question))


def judge_sides(retrieval: Any, groups: Sequence[Sequence[str]], check: Callable[..., Any],
                search: Callable[[list[str]], list[Passage]], documents: dict, question: str = "") -> None:
    """Mark the one side of ``groups`` (each a list of doc ids) whose passages lack a phrase all the passages
    hold (``retrieval.named_lacks``, ``named_lacking``) and drop its passages, when ``question`` compares the texts
    on it; nothing when none or several lack it. ``check``: the concept check over passages (``within``: the texts whose mentions count);
    ``search``: a retrieval within some texts."""
    if len(groups) < 2 or retrieval.concept.missing or retrieval.named_lacks or not _COMPARING.search(question):
        return  # no comparison asked: no side searched
    lacking = []
    for group in groups[:3]:
        own = sorted({f for d in group for f in family(d, documents)})
        passages = [p for p in retrieval.passages if p.paragraph.doc_id in own]
        ids = {p.id for p in passages}
        passages += [p for p in search(own)[:SEARCHED] if p.id not in ids]
        verdict = check(passages, own) if passages else None
        if verdict is None or verdict.missing:
            lacking.append((group, own, verdict.missing if verdict is not None else ""))
    if len(lacking) != 1 or not lacking[0][2] or not _compared(question, lacking[0][2]):
        return
    group, own, concept = lacking[0]
    rest = [p for p in retrieval.passages if p.paragraph.doc_id not in own]
    if not rest:
        return
    retrieval.named_lacks, retrieval.passages = concept, rest
    retrieval.firsts = [f for f in retrieval.firsts if f.split("#")[0] not in own]
    retrieval.named_lacking = documents[group[0]].short_title if len(group) == 1 else " / ".join(documents[d].short_title for d in group)
    said_by_others(retrieval)
