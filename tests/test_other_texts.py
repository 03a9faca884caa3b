"""A question that names one text and asks for another ("which other text ...", "had an earlier text
...", "twelve years later, did ..."): the other text's best passage joins the named one's in the first
references. Questions in my own wording, over the real fixture index."""
from __future__ import annotations

import pytest

from wsis.assistant.other_texts import asked_of_others, other_texts, without_other_cues
from wsis.ingest.catalog import catalog_by_id

WSIS = ("geneva-declaration", "geneva-plan-of-action", "tunis-commitment", "tunis-agenda", "wsis10-statement",
        "wsis10-vision", "a-res-70-125", "global-digital-compact")


@pytest.fixture(scope="module")
def catalog():
    return {d: catalog_by_id()[d].to_info() for d in WSIS}


def test_which_other_text_asks_for_every_text_not_named(catalog):
    found = other_texts("Besides the Tunis Agenda's forum, which other text wants cheaper links?", ["tunis-agenda"], catalog)
    assert set(found) == set(WSIS) - {"tunis-agenda"}
    assert set(other_texts("Is this in another document too?", ["global-digital-compact"], catalog)) == set(WSIS) - {
        "global-digital-compact"}
    # "besides" a named text, "any text": the others
    assert set(other_texts("Besides the Tunis Agenda, does any text promise to keep people connected?", ["tunis-agenda"],
                           catalog)) == set(WSIS) - {"tunis-agenda"}
    assert set(other_texts("Apart from the compact, is there a resolution on data?", ["global-digital-compact"], catalog)) == set(
        WSIS) - {"global-digital-compact"}
    assert other_texts("Besides connectivity, what does the Tunis Agenda say on skills?", ["tunis-agenda"], catalog) == []
    for question in ("Apart from the Tunis Agenda, which texts talk about the forum?",
                     "Which text other than the Tunis Agenda proposes a forum?"):
        assert other_texts(question, ["tunis-agenda"], catalog), question
    assert other_texts("Which text, except the Tunis Agenda, proposes a forum?", ["tunis-agenda"], catalog)


def test_earlier_and_later_keep_the_texts_before_or_after_the_named_ones(catalog):
    earlier = other_texts("The Tunis Agenda wants progress tracked; had an earlier summit text set goals?", ["tunis-agenda"], catalog)
    assert set(earlier) == {"geneva-declaration", "geneva-plan-of-action"}
    later = other_texts("The Plan of Action set targets. Did a later resolution keep them?", ["geneva-plan-of-action"], catalog)
    assert "geneva-declaration" not in later and {"a-res-70-125", "global-digital-compact"} <= set(later)
    # nothing before the first text: every other text rather than none
    assert other_texts("Did a previous text say so before the Geneva Declaration?", ["geneva-declaration"], catalog)


def test_a_span_of_years_counts_to_the_texts_of_that_year(catalog):
    assert other_texts("The 2003 declaration saw gains shared unevenly; twelve years later, were there still gaps?",
                       ["geneva-declaration"], catalog) == ["a-res-70-125"]
    assert other_texts("The Tunis Agenda set up a forum. A decade on, was it renewed?", ["tunis-agenda"], catalog) == [
        "a-res-70-125"]
    # no text of 2013: the texts after 2005
    assert set(other_texts("The Tunis Agenda set up a forum. Eight years on, was it renewed?", ["tunis-agenda"], catalog)) == {
        "wsis10-statement", "wsis10-vision", "a-res-70-125", "global-digital-compact"}
    assert other_texts("The compact was adopted in 2024. Five years before, what had happened?",
                       ["global-digital-compact"], catalog) != []


def test_no_other_text_without_a_pointer_or_a_named_text(catalog):
    assert other_texts("What does the Tunis Agenda say, on the other hand, about the forum?", ["tunis-agenda"], catalog) == []
    assert other_texts("Which other text speaks of cheaper links?", [], catalog) == []
    assert other_texts("What did the Tunis Agenda say about later reviews?", ["tunis-agenda"], catalog) == []
    # "another review a decade on" from two texts of two years: a planned review, not a text to find
    assert other_texts("Did both the 2015 resolution and the 2014 Vision plan another review a decade on?",
                       ["a-res-70-125", "wsis10-vision"], catalog) == []


def test_the_pointer_is_not_what_is_asked():
    assert without_other_cues("Twelve years later, did the Assembly still see gaps?") == "did the Assembly still see gaps?"
    assert without_other_cues("Which other text proposes cheaper access?") == "proposes cheaper access?"
    # the clause that asks for the other text: what its passage is ranked for, beside the whole question
    assert asked_of_others("Besides the forum the Tunis Agenda sets up, which other text proposes cheaper links, and "
                           "how?") == "proposes cheaper links"
    assert asked_of_others("The 2003 plan set targets. A decade later, were they met?") == "were they met"
    # a comma before anything but a question word does not end the clause
    assert asked_of_others("Geneva called it an enabler. Which later text wants everyone, wherever they live, online?") == (
        "wants everyone, wherever they live, online")
    assert asked_of_others("What does the Tunis Agenda say?") == ""


def test_the_other_texts_best_passage_joins_the_first_references(assistant):
    # the Plan of Action is named; its 2003 + 21 = 2024 counterpart (the compact) answers the second half
    answer = assistant.ask("The Plan of Action wanted networks people can afford. 21 years later, was getting connected "
                           "still beyond the reach of many?", mode="extractive")
    first = list(dict.fromkeys(c.id for c in answer.citations))[:3]
    assert "global-digital-compact#4" in first, first
    assert answer.passages[0].paragraph.doc_id == "geneva-plan-of-action"
    # "which other text": a text other than the named one stands among the retrieval's firsts
    retrieval = assistant.retriever.retrieve("Besides what the Tunis Agenda says about the digital gap, which other text "
                                             "speaks of sharing network facilities to make getting online cheaper?")
    assert [pid.split("#")[0] for pid in retrieval.firsts][-1] != "tunis-agenda", retrieval.firsts
    assert retrieval.firsts[-1] == "geneva-plan-of-action#5", retrieval.firsts
    # "which text other than X": another text's best passage among the first citations (tester W)
    aside = assistant.ask("Which text other than the Tunis Agenda proposes a forum?", mode="extractive")
    assert any(c.doc_id != "tunis-agenda" for c in aside.citations[:3]), [c.id for c in aside.citations]
    assert "other_texts" in retrieval.timings
    # the same question with no pointer to another text: no such passage forced in
    plain = assistant.retriever.retrieve("What does the Tunis Agenda say about the digital gap?")
    assert "other_texts" not in plain.timings and plain.firsts == []
