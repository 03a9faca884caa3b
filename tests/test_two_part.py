"""A question on a text's date and on what it says: both answered (it refused the whole: "does not mention a date")."""
from __future__ import annotations

from wsis.assistant.two_part import date_and_subject


def test_a_date_beside_a_subject_is_asked_as_two_questions():
    assert date_and_subject("When was the Tunis Agenda adopted and what does it say about enhanced cooperation?") == (
        "When was the Tunis Agenda adopted?", "What does it say about enhanced cooperation?")
    assert date_and_subject("What does the 2015 review say on financing, and when was it adopted?") == (
        "What does the 2015 review say on financing?", "When was it adopted?")
    for one in ("When was the Tunis Agenda adopted?", "What does the Tunis Agenda say about enhanced cooperation?",
                "When did the Tunis Agenda agree to convene the forum?", "When and where was it adopted?"):
        assert date_and_subject(one) is None, one


def test_both_parts_are_answered_with_their_own_citations(specimens):
    answer = specimens.ask("When was the Tunis Agenda adopted and what does it say about enhanced cooperation?", mode="extractive")
    assert not answer.abstained and answer.answer.startswith("Tunis Agenda (WSIS-05/TUNIS/DOC/6(Rev.1)-E) is dated 18 November 2005 [1].")
    ids = [c.id for c in answer.citations]
    assert ids[0] == "tunis-agenda#title" and "tunis-agenda#69" in ids[1:], ids
    assert [c.marker for c in answer.citations] == list(range(1, len(ids) + 1)) and f"[{len(ids)}]" in answer.answer
    assert "does not mention a date" not in answer.answer
    # the subject part decides whether the texts address the question (the date alone does not)
    absent = specimens.ask("When was the Tunis Agenda adopted and what does it say about net neutrality?", mode="extractive")
    assert absent.abstained and absent.missing_concept == "net neutrality" and "tunis-agenda#title" in [c.id for c in absent.citations]
    # "they": every text the first part names
    both = specimens.ask("What do the Tunis Agenda and the Geneva Declaration say on spam, and when were they adopted?", mode="extractive")
    assert {"tunis-agenda#title", "geneva-declaration#title"} <= {c.id for c in both.citations}, [c.id for c in both.citations]
