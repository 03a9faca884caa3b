"""Whether a text holds a wording: a pasted sentence, or a looked-up paragraph another text may repeat
(assistant/same_wording.py)."""
from __future__ import annotations

from wsis.assistant.same_wording import holds, pasted_wording, shared_run
from wsis.types import Paragraph

PASTED_NOT_IN_GDC = ('Is this from the Global Digital Compact? "We will foster an inclusive, open, safe and secure digital '
                     'space that respects human rights, and we commit to refrain from restricting data flows across borders." '
                     'Which paragraph?')


def test_a_pasted_sentence_is_six_words_or_more_in_double_quotes():
    assert pasted_wording(PASTED_NOT_IN_GDC).startswith("We will foster an inclusive")
    assert pasted_wording('Where does the phrase "people-centred" appear?') == ""  # a term, not a sentence
    assert pasted_wording("Which document says 'nobody is left behind at all here'?") == ""  # single quotes: apostrophes
    assert pasted_wording('Is “We pledge to share open data with all” from the GDC?') == "We pledge to share open data with all"
    # the text between two quoted terms is no pasted sentence (review)
    assert pasted_wording('Where do the texts say "multistakeholder" and where do they use the hyphen "multi-stakeholder"?') == ""


def test_a_wording_is_held_word_for_word_and_a_shared_run_is_named():
    p = Paragraph("gdc", "28", "We acknowledge the forum as the main open platform for discussing the governance of the network, as imagined.")
    assert holds(p, "the main open platform, for discussing")  # punctuation and case aside
    assert holds(p, "We acknowledge the forum ... the governance of the network")  # pieces in order
    assert not holds(p, "the governance of the network ... We acknowledge")
    assert not holds(p, "the main open platform for deciding")
    assert not holds(p, "We acknowledge the forum ... the forum as")  # pieces do not overlap (review)
    listed = Paragraph("gdc", "29", "We commit to:\n(a) Keep the network open and interoperable;\n(b) Support the forum.")
    assert holds(listed, "we commit to keep the network open and interoperable")  # an item's label is no word
    assert shared_run("Key elements of the governance of the network, as described.", p) == "governance of the network"
    assert shared_run("We acknowledge the forum.", p) == ""  # four words in a row: too short to name


def test_a_pasted_sentence_is_found_or_said_not_to_be_in_the_text(specimens):
    """Tester AB H8: a sentence the compact does not hold was answered with its nearest paragraphs as if
    they held it."""
    answer = specimens.ask(PASTED_NOT_IN_GDC, mode="extractive")
    assert answer.answer.startswith("These words are not in the Global Digital Compact; the nearest passages are below."), answer.answer
    assert answer.abstained and answer.citations and {c.doc_id for c in answer.citations} == {"global-digital-compact"}
    found = specimens.ask('Which text says "We acknowledge the importance of the annual forum as the main open platform"?', mode="extractive")
    assert found.answer.startswith("These words are in Global Digital Compact, para. 28:"), found.answer
    assert [c.id for c in found.citations] == ["global-digital-compact#28"] and not found.abstained
    other = specimens.ask('Is "We acknowledge the importance of the annual forum as the main open platform" in the Tunis Agenda?',
                          mode="extractive")
    assert other.answer.startswith("These words are not in the Tunis Agenda; they are in Global Digital Compact, para. 28:"), other.answer


def test_a_quoted_draft_asked_about_is_no_look_up_and_the_filters_hold(specimens):
    """Review: a quoted sentence the question does not ask the place of ("Our draft says "...". Which texts
    support this?") is a topic question; "found elsewhere" stays within the filters."""
    from wsis.types import Filters

    answer = specimens.ask('Our draft says "all stakeholders should have an equal role in the governance of the network". '
                           'Which texts support this?', mode="extractive")
    assert not answer.answer.startswith("These words") and not answer.abstained, answer.answer
    filtered = specimens.ask('Is "We acknowledge the importance of the annual forum as the main open platform" in the Tunis Agenda?',
                             filters=Filters(doc_ids=["tunis-agenda"]), mode="extractive")
    assert filtered.answer.startswith("These words are not in the Tunis Agenda; the nearest passages are below."), filtered.answer
    assert {c.doc_id for c in filtered.citations} == {"tunis-agenda"}, filtered.answer


def test_a_paragraph_looked_up_beside_another_text_is_followed_by_what_that_text_repeats(specimens):
    """Tester AB H6: "Was TA 68 language ... carried into A/RES/70/125?" quoted para. 68 alone."""
    answer = specimens.ask("Was TA 68 language on governments carried into A/RES/70/125?", mode="extractive")
    cited = [c.id for c in answer.citations]
    assert cited[0] == "tunis-agenda#68" and cited[1].startswith("a-res-70-125#"), answer.answer
    assert "The WSIS+10 outcome does not repeat the wording of Tunis Agenda, para. 68; its nearest passages are below." in answer.answer
    answer = specimens.ask("Does the GDC repeat TA 72?", mode="extractive")
    assert "Global Digital Compact, para. 28 repeats words of Tunis Agenda, para. 72: “governance of the network”." in answer.answer
    assert [c.id for c in answer.citations][:2] == ["tunis-agenda#72", "global-digital-compact#28"], answer.answer
    several = specimens.ask("Was TA 67 to 72 carried into the GDC?", mode="extractive")  # the one paragraph whose words it repeats
    assert "repeats words of Tunis Agenda, para. 72: “governance of the network”" in several.answer or \
        "repeats words of Tunis Agenda, para. 67: “governance of the network”" in several.answer, several.answer
    alone = specimens.ask("TA 72", mode="extractive")  # no other text named: the look-up alone
    assert [c.id for c in alone.citations] == ["tunis-agenda#72"] and "repeat" not in alone.answer
