"""A year named as a deadline (assistant/deadlines.py): which questions name one, and when the texts give it."""
from __future__ import annotations

from wsis.assistant.deadlines import asked_deadline, unanswered_deadline
from tests.conftest import bare_passage as passage


def test_questions_that_name_a_deadline_year():
    claim = "Senator says 'the compact guarantees broadband for everyone by 2030'. Is 2030 really the deadline written into it?"
    detail, year = asked_deadline(claim)
    assert year == "2030" and detail.words == "is 2030 really the deadline written into it"  # the asking clause, not the quote
    assert detail.named() == "a deadline of 2030 for “is 2030 really the deadline written into it”"
    for question, asked in (("Did the compact promise broadband for all by 2030?", "2030"), ("Is there a 2030 deadline?", "2030"),
                            ("were schools to be connected by the end of 2015?", "2015"), ("What is the deadline of 2025 for?", "2025"),
                            ("mp said the UN chief was told to deliver a review by 2015. right or wrong?", "2015")):
        assert asked_deadline(question)[1] == asked, question
    for other in ("By 2014, were the goals fixed for the following year going to be met?",  # the time frame, not a deadline
                  "The older text admitted gains were uneven. By 2015 had that changed?", "What did the 2015 review say?",
                  "by 2030 will everyone be online?", "What did Tunis say in 2005 about the Forum?",
                  "What progress had been made by 2015 on closing the digital divide?", "What was the IGF's mandate until 2015?",  # review
                  "Which commitments were reaffirmed by 2015 WSIS review?", "So by 2030 will everyone be online?",
                  "And by 2015, had the goals been met?", "Was the Global Digital Compact adopted before 2025?"):
        assert asked_deadline(other) is None, other
    assert asked_deadline("Is there a deadline?")[1] == ""  # asked without a year: any year or time limit answers (round 42)


def test_a_deadline_is_unanswered_unless_a_first_passage_prints_the_year():
    question = "Did the compact promise broadband for all by 2030?"
    assert unanswered_deadline(question, [passage("We commit to set targets for universal broadband.")]) is not None
    assert unanswered_deadline(question, [passage("We commit to connect everyone by 2030.")]) is None
    assert unanswered_deadline(question, [passage("We note 12030 users.")]) is not None  # the year, not a longer number
    assert unanswered_deadline(question, [passage("Technologies can speed up the 2030 Agenda.")]) is not None  # a text's name (review)
    assert unanswered_deadline(question, [passage("Adopted on 16 December 2030.")]) is not None  # a date
    assert unanswered_deadline(question, []) is None


def test_a_claimed_deadline_the_texts_do_not_print_is_refused_and_one_they_print_is_answered(assistant):
    """Round 32: a fact-checker's "Is 2030 really the deadline written into it?" was answered with the compact's
    connectivity targets, which give no year; the Tunis Agenda's "review of progress by 2015" is answered."""
    claim = assistant.ask("Senator says 'the compact guarantees broadband for everyone by 2030'. Is 2030 really the deadline "
                          "written into it?", mode="extractive")
    assert claim.abstained and claim.missing_concept.startswith("a deadline of 2030"), claim.answer
    assert any(c.id.startswith("global-digital-compact#5") for c in claim.citations)  # the nearest passages, cited
    review = assistant.ask("mp on the radio said the UN chief was told to deliver a full progress review of the summit by 2015. "
                           "right or wrong?", mode="extractive")
    assert not review.abstained and "by 2015" in review.answer


def test_a_deadline_asked_for_without_a_year(assistant):
    """Round 38: "hi! by what year are all schools supposed to be connected to the internet under the compact? I'd love a date to
    quote to our district office :)" was answered with the compact's connectivity paragraphs, which print no year."""
    from wsis.assistant.deadlines import asked_deadline

    schools = assistant.ask("hi! by what year are all schools supposed to be connected to the internet under the compact? I'd love a "
                            "date to quote to our district office :)")
    assert schools.abstained and "does not mention a deadline for “by what year are all schools supposed" in schools.answer, schools.answer
    # a text that prints the year answers it ("by 2015"); a question that names no promise or deadline asks for none
    review = assistant.ask("By what year was the Secretary-General supposed to complete the overall review, according to the Tunis Agenda?")
    assert not review.abstained and review.citations[0].id == "tunis-agenda#12", review.answer
    assert asked_deadline("What is the deadline for the report?") is not None and asked_deadline("By what year did they meet?") is None


def test_a_time_limit_without_a_year_answers_a_deadline_asked_without_one(assistant):
    """Review of round 38: "By when were the organizations expected to begin work on enhanced cooperation?" is answered by
    "within the coming year" (Tunis Agenda, para. 8), a time limit without a year."""
    when = assistant.ask("By when were the organizations expected to begin work on enhanced cooperation?")
    assert not when.abstained and when.citations[0].id == "tunis-agenda#8", when.answer
