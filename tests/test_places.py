"""Paragraphs named by their place (assistant/places.py): "the first operative paragraph", "the last
paragraph"; ordinary uses of "first" and "last" name none."""
from __future__ import annotations

from wsis.assistant.places import places
from wsis.assistant.references import DocumentNames, parse_references, topic_of
from wsis.types import DocumentInfo


def test_places_are_read_with_their_series():
    assert [p[2:] for p in places("the first operative paragraph and the third preambular paragraph")] == [(1, ""), (3, "PP")]
    assert [p[2:] for p in places("its last para. and its second-to-last paragraph, then the 4th paragraph")] == [
        (-1, ""), (-2, ""), (4, "")]
    assert [p[2:] for p in places("The penultimate paragraph? The final preambular paragraph?")] == [(-2, ""), (-1, "PP")]
    # a paragraph as users call it
    assert [p[2:] for p in places("the last piece of agreed language, then the final bit of wording")] == [(-1, ""), (-1, "")]


def test_first_and_last_alone_name_no_paragraph():
    for question in ("What did the first summit agree?", "In the last decade, has access improved?",
                     "Which paragraphs come first?", "the first paragraphs of the compact",
                     "Was the first piece of the puzzle agreed?", "When was the final passage of the resolution?"):
        assert places(question) == [], question


def test_a_place_needs_its_text_and_leaves_the_topic():
    names = DocumentNames({"tunis-agenda": DocumentInfo("tunis-agenda", "Tunis Agenda for the Information Society",
                                                        aliases=["Tunis Agenda"])})
    refs = parse_references("What does the fifth paragraph of the Tunis Agenda say about the Forum?", names)
    assert [(r.doc_id, r.label, r.place) for r in refs] == [("tunis-agenda", "5", 0)]
    assert [(r.label, r.place) for r in parse_references("And its last paragraph, in the Tunis Agenda?", names)] == [("", -1)]
    assert parse_references("What does the last paragraph say?", names) == []  # of which text?
    assert "paragraph" not in topic_of("What does the fifth paragraph of the Tunis Agenda say about the Forum?", names)


def test_a_commitment_is_named_by_its_place():
    """"the very first thing the compact promises", "its last pledge": counted among the paragraphs
    that commit, not among all paragraphs (a text opens on its context)."""
    from wsis.assistant.places import COMMITMENT
    assert [p[2:] for p in places("What is the very first thing the compact promises?")] == [(1, COMMITMENT)]
    assert [p[2:] for p in places("its second commitment, then its last pledge and the final undertaking")] == [
        (2, COMMITMENT), (-1, COMMITMENT), (-1, COMMITMENT)]
    assert [p[2:] for p in places("the first thing that the Plan pledged")] == [(1, COMMITMENT)]
    for question in ("What is the first thing to do?", "Was the first thing on the agenda access?",
                     "the opening commitment", "What did they commit to first?"):
        assert places(question) == [], question
    names = DocumentNames({"gdc": DocumentInfo("gdc", "Global Digital Compact", aliases=["the compact"])})
    refs = parse_references("What is the very first thing the compact promises?", names)
    assert [(r.doc_id, r.label, r.place, r.series) for r in refs] == [("gdc", "", 1, COMMITMENT)]


def test_how_a_text_opens_is_its_first_paragraph_in_order():
    """Tester Z: "How does the declaration on future generations open?" quoted para. 4 and the compact's
    "open data". How a text opens, begins or starts, its opening words: its first paragraph in the text's
    order (a preambular one in a resolution); not how a body opens its meetings, nor "how do I start?"."""
    from wsis.assistant.places import OPENING

    assert [p[2:] for p in places("How does the declaration on future generations open?")] == [(1, OPENING)]
    assert [p[2:] for p in places("What are the opening words of the Tunis Agenda?")] == [(1, OPENING)]
    for other in ("How does the forum open its meetings?", "How do I start?", "What does it say on open data?",
                  "What does the first sentence of paragraph 72 of the Tunis Agenda say?",
                  "How does the Tunis Agenda say the work of the Forum should begin?"):
        assert places(other) == [], other


def test_the_opening_is_quoted_or_said_missing(specimens):
    assert [c.id for c in specimens.ask("How does A/RES/70/125 open?", mode="extractive").citations] == ["a-res-70-125#PP1"]
    opens = specimens.ask("How does the declaration on future generations open?", mode="extractive")
    assert [c.id for c in opens.citations] == ["declaration-on-future-generations#1"], opens.answer
    extract = specimens.ask("What are the opening words of the Tunis Agenda?", mode="extractive")  # paragraphs 67-72 indexed
    assert "its first paragraph, paragraph 1, is not in the indexed text" in extract.answer, extract.answer


def test_a_text_opening_on_an_unnumbered_preamble_opens_there(assistant):
    """Review: "What are the opening words of the Tunis Commitment?" quoted para. 1, not its unnumbered
    preamble ("We, the participants ..."), which opens the text."""
    answer = assistant.ask("What are the opening words of the Tunis Commitment?", mode="extractive")
    assert [c.id for c in answer.citations] == ["tunis-commitment#preamble-1"], answer.answer
