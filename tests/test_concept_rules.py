"""The concept check's rules on their own (assistant/concepts.py): coordinated phrases, framing
pronouns, names, and the "addressed" verdict that keeps a question out of the relevance threshold.
The embedding side is exercised end to end by tests/test_answers.py and the suites."""
from __future__ import annotations

from wsis.assistant import concepts as C
from wsis.types import DocumentInfo, Paragraph, Passage

DOC = DocumentInfo(doc_id="d", title="D")


def passage(label: str, text: str) -> Passage:
    return Passage(Paragraph(doc_id="d", label=label, text=text), DOC)


def texts(question: str) -> list[str]:
    return [p.text for p in C.concept_phrases(question)]


def test_indefinite_pronouns_frame_the_question():
    assert texts("Has everybody gained equally from the new technologies?") == ["gained", "new technologies"]


def test_phrases_joined_by_and_or_are_one_list():
    q = "What do these documents commit to for women and girls?"
    groups = C._coordinated(q, C.concept_phrases(q))
    assert [[p.text for p in g] for g in groups] == [["women", "girls"]]
    q = "Are kids protected from danger on the web?"
    assert C._coordinated(q, C.concept_phrases(q)) == []


def test_names_are_not_paraphrased_by_spans():
    assert C._is_name(C.Phrase("France", ["France"])) and C._is_name(C.Phrase("UNESCO", ["UNESCO"]))
    assert not C._is_name(C.Phrase("CSTD role", ["CSTD", "role"]))


def test_addressed_needs_each_phrase_inside_one_passage():
    none = lambda phrase: []  # noqa: E731  (no glossary forms)
    together = [passage("1", "Regional commissions support countries in preparing their plans."),
                passage("2", "Other text.")]
    split = [passage("1", "Regional bodies meet."), passage("2", "The commissions report.")]
    q = "What did the regional commissions do?"
    assert C.check(q, together, none, embed=None).addressed
    assert not C.check(q, split, none, embed=None).addressed  # each word is there, not in one passage
    glossary = lambda phrase: ["least developed countries"] if "LDCs" in phrase else []  # noqa: E731
    assert C.check("What do LDCs lack?", [passage("4", "Least developed countries lack access.")], glossary, embed=None).addressed
    assert not C.check("What do LDCs lack?", [passage("4", "Least developed countries meet.")], glossary, embed=None).addressed
