"""Names the concept check must take whole (assistant/concepts.py, phrases.py, acronyms.py): a name cut by "the" or
"with" ("Convention on the Rights of Persons with Disabilities"), and a review's name with its number ("WSIS+20")."""
from __future__ import annotations

from wsis.assistant import concepts as C
from wsis.assistant.phrases import is_acronym
from tests.concept_checks import passage, texts
from wsis.types import DocumentInfo, Paragraph, Passage

NONE = lambda phrase: []  # noqa: E731  (no glossary forms)


def test_a_treaty_name_with_the_and_with_inside_is_one_name():
    """Round 37: "Where does the Global Digital Compact cite the Convention on the Rights of Persons with Disabilities, and which
    article ...?" was answered with the compact's paragraph on persons with disabilities."""
    compact = [passage("5", "Support digital skills programmes for women, older persons and persons with disabilities.")]
    words = ("persons with disabilities", "digital skills")
    held = lambda t: all(w in " ".join(words) for w in t.lower().split())  # noqa: E731  (the index holds these words only)
    q = "Where does the compact cite the Convention on the Rights of Persons with Disabilities, and which article?"
    found = C.check(q, compact, NONE, embed=None, mentioned=held, question=q)
    assert found.missing == "the Convention on the Rights of Persons with Disabilities", found.missing
    # a name the texts use is not missing, nor are the question's words read as a name
    named = [passage("9", "The Commission on Science and Technology for Development shall review the follow-up.")]
    q = "What does the Commission on Science and Technology for Development do?"
    assert not C.check(q, named, NONE, embed=None, mentioned=lambda t: True, question=q).missing
    assert C._glued_names("Does the Tunis Agenda mention persons with disabilities?") == []
    assert C._glued_names("Is the Universal Declaration of Human Rights cited?") == ["Universal Declaration of Human Rights"]
    assert C._glued_names("What do the WSIS Principles and Action Lines say?") == ["WSIS Principles and Action Lines"]  # review
    # review: not a verb or a place before a name, not two names joined by "and the", not a title-cased question
    for other in ("Explain the Internet Governance Forum's mandate", "Regarding the Internet Governance Forum, what is its mandate?",
                  "What do the texts say about the Internet Governance Forum and the General Assembly?",
                  "What role does the Internet Governance Forum in Geneva play?", "What do Member States and the Secretary-General do?",
                  "What Does The Compact Say About The Convention On The Rights Of Persons With Disabilities?"):
        assert C._glued_names(other) == [], other
    assert C._glued_names("What of the Aa " * 3000) == []  # hostile input: no name (a 12-word cap), and quickly
    # the summit's leaders are the texts' own speakers ("we"), not a name the texts lack (review)
    q = "What did the Heads of State and Government commit to on access?"
    assert not C.check(q, compact, NONE, embed=None, mentioned=lambda t: t != "Heads of State and Government", question=q).missing


def test_a_review_name_with_its_number_is_one_acronym():
    """Round 36: "How does the Tunis Agenda envisage the twenty-year review (WSIS+20) in 2025 being organised?" was answered:
    "WSIS+20" was "WSIS" (the summit, in every text) and "20"."""
    assert is_acronym("WSIS+20") and is_acronym("WSIS+10") and not is_acronym("C++")
    assert "WSIS+20" in texts("How is the twenty-year review (WSIS+20) organised?")
    agenda = [passage("12", "We request the Secretary-General to report to the General Assembly on the implementation of the Summit.")]
    q = "How is the WSIS+20 review in 2025 organised?"
    # the summit's long form is in the texts, the twenty-year review's name is not
    summit = lambda t: "+" not in t  # noqa: E731
    glossary = lambda t: ["World Summit on the Information Society"] if "WSIS" in t else []  # noqa: E731
    assert C.check(q, agenda, glossary, embed=None, mentioned=summit, question=q).missing == "the WSIS+20"
    # nor does a passage that spells the summit out, or writes "WSIS" and "20" apart, or "WSIS+2" (review)
    for text in ("We request a report on the outcomes of the World Summit on the Information Society.",
                 "After WSIS, 20 countries still lack a review.", "The WSIS+2 meeting took stock."):
        found = C.check(q, [passage("1", text)], glossary, embed=None, mentioned=summit, question=q)
        assert found.missing == "the WSIS+20" and not found.addressed, text
    named = C.check(q, [passage("1", "The WSIS+20 review will be organised by the General Assembly.")], glossary, embed=None,
                    mentioned=lambda t: True, question=q)
    assert not named.missing and named.addressed



def test_a_text_named_a_little_wrong_is_no_missing_name():
    """Review: "What does the Declaration for Future Generations say about youth?" (the text is the Declaration *on* Future
    Generations) said the Declaration does not mention "Declaration for Future Generations"; and the refusal keeps the article."""
    declaration = DocumentInfo(doc_id="dfg", title="Declaration on Future Generations")
    youth = [Passage(Paragraph(doc_id="dfg", label="4", text="We will support young people."), declaration)]
    q = "What does the Declaration for Future Generations say about youth?"
    assert C.check(q, youth, NONE, embed=None, mentioned=lambda t: "Declaration" not in t, question=q).missing != "the Declaration for Future Generations"
    q = "Does the declaration cite the Convention on the Rights of the Child?"
    assert C.check(q, youth, NONE, embed=None, mentioned=lambda t: False, question=q).missing == "the Convention on the Rights of the Child"


def test_a_review_named_by_its_text_s_own_name_is_there():
    """Round 37 (a fresh question moved by the first version): "does the wsis+10 GA text see any value in the yearly
    multi-stakeholder forum?" was refused ("do not mention WSIS+10 GA"): the candidate is the WSIS+10 outcome itself."""
    outcome = DocumentInfo(doc_id="r", title="Outcome document of the high-level meeting of the General Assembly",
                           aliases=["WSIS+10 outcome"])
    value = [Passage(Paragraph(doc_id="r", label="6", text="We recognize the value of the annual forum."), outcome)]
    q = "does the WSIS+10 GA text see any value in the yearly forum?"
    assert not C.check(q, value, NONE, embed=None, mentioned=lambda t: "+" not in t, question=q).missing
    other = DocumentInfo(doc_id="t", title="Tunis Agenda", aliases=["TA"])
    agenda = [Passage(Paragraph(doc_id="t", label="9", text="We recognize the value of the annual forum."), other)]
    assert C.check(q, agenda, NONE, embed=None, mentioned=lambda t: "+" not in t, question=q).missing



def test_a_thing_asked_for_or_against_is_the_thing(assistant):
    """Round 38: "Is there anti-shutdown language in the compact ...?" ("do not mention anti-shutdown"): the texts speak of
    shutdowns, not of "anti"; a refusal names the thing ("counter-terrorism": terrorism). Not an adjective or a set compound
    ("anti-competitive practices", "anti-virus software"; review)."""
    shutdowns = assistant.ask("Is there anti-shutdown language in the compact?")
    assert not shutdowns.abstained and shutdowns.citations[0].id == "global-digital-compact#9", shutdowns.answer
    assert [p.text for p in C.check("Does it mention counter-terrorism?", [passage("9", "x")], NONE, embed=None).phrases] == ["terrorism"]
    competition = assistant.ask("Does the compact address anti-competitive practices?")
    assert competition.abstained and competition.missing_concept == "anti-competitive practices", competition.answer

