"""What a user says of themselves before the question is context, not what the texts must mention
(assistant/self_description.py)."""
from __future__ import annotations

import pytest

from wsis.assistant.self_description import without_self_description


@pytest.mark.parametrize("question, asked", [
    ("As a landlocked developing country we still lag behind. How did Geneva acknowledge uneven gains?",
     "How did Geneva acknowledge uneven gains?"),
    ("MP briefing on who decides internet rules: how do the texts divide roles between governments and business?",
     "how do the texts divide roles between governments and business?"),
    ("For an MP briefing: what was proposed so that states could handle internet policy on an equal footing?",
     "what was proposed so that states could handle internet policy on an equal footing?"),
    ("Our island relies on a single undersea cable. do the texts say anything about repairing submarine cables?",
     "do the texts say anything about repairing submarine cables?"),
    # nothing of the asker's, or nothing left to ask: the question whole
    ("What does the GDC say about AI?", "What does the GDC say about AI?"),
    ("I work on net neutrality. Is it there?", "I work on net neutrality. Is it there?"),
    ("I am researching net neutrality. Which of the texts address this issue, and in which paragraphs?",  # review: it points back
     "I am researching net neutrality. Which of the texts address this issue, and in which paragraphs?"),
    ("For the GDC: what does it say on open data and connectivity?", "For the GDC: what does it say on open data and connectivity?"),
    # a lead-in before a colon that is the subject, not the asker's work (fresh fq: "do not mention prioritise")
    ("Public places where people can get online: what did Geneva propose and what did Tunis prioritise?",
     "Public places where people can get online: what did Geneva propose and what did Tunis prioritise?"),
])
def test_the_asker_s_own_context_is_set_aside(question, asked):
    assert without_self_description(question) == asked


def test_a_question_after_context_is_judged_on_what_it_asks(specimens):
    """Round 19: "The texts do not mention landlocked developing country" for a question whose context
    said that; the context still does not make an unanswerable question answerable."""
    answer = specimens.ask("As a landlocked developing country we still lag behind. How did Geneva and then the 2015 review "
                           "acknowledge that gains were not shared equally?", mode="extractive")
    assert not answer.abstained and answer.citations[0].id == "geneva-declaration#3", answer.answer
    refused = specimens.ask("Our island relies on a single undersea cable. Do the texts say anything about repairing "
                            "submarine cables?", mode="extractive")
    assert refused.abstained, refused.answer
    # the context names what the asker works on: that is still the subject (round 18, read: answered otherwise)
    refused = specimens.ask("I'm writing about content moderation. Do the Pact or the compact say what platforms must do about "
                            "hate speech takedown deadlines?", mode="extractive")
    assert refused.abstained, refused.answer
    # the context's concept asked again after it: still what the texts must hold (round 19)
    refused = specimens.ask("I'm preparing for WSIS+20 on behalf of a landlocked developing country. Does the 2015 review "
                            "contain any special provisions for landlocked countries, such as transit arrangements?", mode="extractive")
    assert refused.abstained, refused.answer
