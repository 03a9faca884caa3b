"""A text a question names is a hint, not a filter (assistant/retrieval.py, MENTION_WEIGHT): over the
specimens of the real layouts, its own paragraphs come first; a question asking beyond it still
reaches the others."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def specimens():
    from wsis.eval.corpus import make_assistant
    from wsis.eval.suite_files import load_suite

    return make_assistant(load_suite("specimens-users"))[0]


def test_a_text_named_alone_fills_the_first_citations_others_still_follow(specimens):
    """A named text is a hint weighed twice a ranking of its own (retrieval.MENTION_WEIGHT, chosen on
    the dev split): the statement's own paragraphs on its mood come before other texts' on progress."""
    answer = specimens.ask("Did the 2014 WSIS+10 statement sound hopeful or gloomy about the decade since the summit?",
                           mode="extractive")
    assert [c.doc_id for c in answer.citations[:3]] == ["wsis10-statement"] * 3, [c.id for c in answer.citations]
    # a question asking beyond the named text is not walled in by it
    answer = specimens.ask("Besides the Tunis Agenda, does any text promise not to cut people off?", mode="extractive")
    assert any(c.doc_id != "tunis-agenda" for c in answer.citations[:3]), [c.id for c in answer.citations]
