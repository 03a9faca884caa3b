"""The side of a comparison that lacks what is compared (assistant/sides.py)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("question, lacking, concept, kept", [
    ("How did the 2015 review change Tunis on enhanced cooperation?", "WSIS+10 outcome", "enhanced cooperation", "tunis-agenda"),
    ("Compare the Geneva Declaration and the GDC on digital skills", "Geneva Declaration of Principles", "digital skills",
     "global-digital-compact"),
])
def test_the_side_that_lacks_the_subject_is_said_and_not_quoted(specimens, question, lacking, concept, kept):
    """Tester AB H5: the side without the subject was filled with an unrelated paragraph ("further
    cooperation on the financing of connectivity") and nothing said it lacked the subject."""
    answer = specimens.ask(question, mode="extractive")
    assert answer.answer.startswith(f"The {lacking} does not mention {concept}; the passages below that do are from other texts."), answer.answer
    assert answer.citations and {c.doc_id for c in answer.citations} == {kept}, answer.answer


def test_both_sides_that_say_it_are_quoted(specimens):
    answer = specimens.ask("Compare the Tunis Agenda and the GDC on the forum", mode="extractive")
    assert "does not mention" not in answer.answer, answer.answer
    assert {"tunis-agenda", "global-digital-compact"} <= {c.doc_id for c in answer.citations}, answer.answer


def test_only_a_comparison_on_the_missing_subject_drops_a_side():
    """A cross-text question that compares nothing, or compares on another subject, leaves each side's
    paraphrase to the ranking (round 19: "does not mention teachers" dropped the excerpt's "educators")."""
    from wsis.assistant.sides import _compared

    assert _compared("How did the 2015 review change Tunis on enhanced cooperation?", "enhanced cooperation")
    assert _compared("Compare the Geneva Declaration and the GDC on digital skills", "digital skills")
    assert not _compared("How does the Vision's language on privacy compare with A/RES/70/125?", "privacy")  # one side's subject
    assert not _compared("How does the compact's language on rights compare with what the Geneva plan says on ethics?", "ethics")
    assert not _compared("How did the compact build on what the Geneva plan said about teaching women skills?", "women")
    assert not _compared("Which texts want teachers trained, and who pays?", "teachers")
    assert not _compared("Compare Tunis and Geneva on the forum's funding", "donors")
