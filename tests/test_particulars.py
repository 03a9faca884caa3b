"""Questions on a named text's particulars (assistant/particulars.py): which questions are such, and
what answers them. The end-to-end answers on the specimens' index: tests/test_specimens_particulars.py."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from wsis.assistant.particulars import asks_for_particulars, is_particulars_question, particulars_answer
from wsis.types import DocumentInfo, Paragraph


@pytest.mark.parametrize("stripped", [
    "What is the symbol of the ?",  # the Tunis Agenda
    "What are the official document numbers of the  and of the ?",
    "Under which agenda items was  adopted?",
    "In which GA session was the  adopted?",
    "Was the  first written in English, or is it a translation?",
    "What's the 's original language?",
    "At which plenary meeting was  adopted?",
    "Which L-document was  adopted from?",
    "I'm putting together the reference list for my minister's note. What document number was the  issued under?",
    "For a footnote I need the 's official symbol. What is it?",  # the particular named before the asking sentence
    "Did the  and the  come out on the same day, and what reference number does each carry?",  # the block prints both
    "what's the official document number and date of the  from Geneva?",  # a summit city beside the name (round 25)
    "Were the  issued under the ITU's name?",
    "Which body adopted ?", "Who adopted the ?",  # the block names it (tester Y: refused, "no organisation")
    # round 27: "a Main Cttee", "who actually published", "for our catalogue record"
    "when did the UNGA adopt , and did it go through a Main Cttee?", "who actually published the , was it the ITU?",
    "For our catalogue record: what's the document symbol and the date of the ?", "Which agency publishes the ?",
    "Were the  issued under the ITU's banner?",  # round 29
    # round 30: who issued it, the user's guess to confirm; a session's ordinal ("70th")
    "Which organisation issued the ; am I right in thinking it was the ITU?",
    "under which agenda items of the UNGA's 70th session was  adopted?",
    "Who publishes the , is that an ITU thing?",  # round 31
])
def test_particulars_questions(stripped):
    assert is_particulars_question(stripped) and asks_for_particulars(stripped)


@pytest.mark.parametrize("stripped, lang", [
    ("What does the  say about languages?", "en"),  # a topic: what the text says
    ("What number of paragraphs does the  have?", "en"),
    ("Which committee of the  follows up on implementation?", "en"),  # a body the text sets up
    ("When was  adopted?", "en"),  # the date alone: assistant.dates
    ("Quel est le symbole de l' ?", "fr"),  # English questions only
    ("What is the symbol of the ? And what does it say about financing?", "en"),  # an asking sentence on a topic
    ("Summarise the 's commitments on AI. What is its symbol?", "en"),  # a request is part of the question
    ("", "en"),
    ("Who should adopt the ?", "en"),  # review: who is to adopt it, not who did
    ("Which languages does the  name?", "en"),  # what it says on languages: "name" only in "issued under X's name"
    ("Which body issued guidance on the ?", "en"),  # a topic after "issued"
    ("Which texts were published after the ?", "en"), ("What did member states publish after the ?", "en"),  # review
])
def test_other_questions_are_not_particulars_questions(stripped, lang):
    assert not is_particulars_question(stripped, lang)
    assert not asks_for_particulars("What does the Geneva Declaration say about financing?")  # the cheap first test


def corpus_of(*paragraphs: Paragraph) -> SimpleNamespace:
    by_doc: dict[str, list[int]] = {}
    for i, p in enumerate(paragraphs):
        by_doc.setdefault(p.doc_id, []).append(i)
    return SimpleNamespace(paragraphs=list(paragraphs), by_doc=by_doc)


def test_the_title_block_is_quoted_whole_and_a_text_without_one_is_said_so():
    res = DocumentInfo("res", "Outcome document", symbol="A/RES/1/1")
    notes = DocumentInfo("notes", "My notes")
    title = "United Nations\nA/RES/1/1\nSeventieth session\nAgenda item 13"
    corpus = corpus_of(Paragraph("res", "title", title, numbered=False, order=0),
                       Paragraph("res", "1", "We commit to broadband.", order=1),
                       Paragraph("res", "closing", "80th plenary meeting 16 December 2015", numbered=False, order=2),
                       Paragraph("notes", "1", "Nothing here.", order=0))
    answer = particulars_answer("What is the session of the resolution and of my notes?", [res, notes], corpus)
    assert [(c.id, c.quote) for c in answer.citations] == [("res#title", title)] and not answer.abstained
    assert answer.answer.startswith("Title block of Outcome document (A/RES/1/1) [1]:\n\n> United Nations\n> A/RES/1/1\n")
    assert answer.answer.endswith("No title block of My notes is indexed: its particulars cannot be quoted.")
    meeting = particulars_answer("At which plenary meeting was it adopted?", [res], corpus)
    assert [c.id for c in meeting.citations] == ["res#title", "res#closing"]
    assert "Title block of Outcome document (A/RES/1/1) [1] [2]:" in meeting.answer
    none = particulars_answer("What is the symbol of my notes?", [notes], corpus)
    assert none.abstained and not none.citations
    assert particulars_answer("?", [], corpus) is None
    # a catalog text not in the index: the catalog's symbol, said to be the catalog's, nothing quoted
    absent = DocumentInfo("wsis20", "WSIS+20 outcome", symbol="A/RES/80/173")
    out = particulars_answer("What is the symbol of the WSIS+20 outcome?", [absent], corpus)
    assert out.abstained and not out.citations
    assert out.answer == ("WSIS+20 outcome is not in the index; the project's catalog gives its symbol, A/RES/80/173, "
                          "and nothing of its title block can be quoted.")
    # a combined file's second text has its own title block ("title-2")
    second = DocumentInfo("annex", "Annex")
    annexed = corpus_of(Paragraph("annex", "title-2", "Annex I\nGlobal Digital Compact", numbered=False, order=0))
    assert [c.id for c in particulars_answer("What is the symbol of the annex?", [second], annexed).citations] == ["annex#title-2"]


def test_a_title_block_that_prints_only_the_title_gives_no_particular():
    """A text whose indexed title block is its heading alone ("Global Digital Compact"): quoted as the
    nearest passage, said to give none of the particulars asked for, and the answer abstains."""
    gdc = DocumentInfo("gdc", "Global Digital Compact", symbol="A/RES/79/1, annex I")
    corpus = corpus_of(Paragraph("gdc", "title", "Global Digital Compact", numbered=False, order=0),
                       Paragraph("gdc", "1", "We commit to connect everyone.", order=1))
    answer = particulars_answer("On what date was the compact adopted, and at which meeting?", [gdc], corpus)
    assert answer.abstained and [c.id for c in answer.citations] == ["gdc#title"]
    assert answer.answer.startswith("The indexed title block of Global Digital Compact (A/RES/79/1, annex I) prints only "
                                    "its title, none of the particulars asked for [1]:")


def test_the_meeting_asked_alone_must_be_printed():
    """"At which plenary meeting was it adopted?": a title block with a symbol and a session but no
    meeting, and no closing line, does not answer it; the closing line "80th plenary meeting" does."""
    pact = DocumentInfo("pact", "Pact", symbol="A/RES/79/1")
    title = "United Nations\nA/RES/79/1\nSeventy-ninth session\nAgenda items 13 and 117"
    corpus = corpus_of(Paragraph("pact", "title", title, numbered=False, order=0))
    answer = particulars_answer("At which plenary meeting was the Pact adopted?", [pact], corpus)
    assert answer.abstained and [c.id for c in answer.citations] == ["pact#title"]
    assert answer.answer.startswith("The indexed title block of Pact (A/RES/79/1) does not print the meeting at which it was adopted [1]:")
    closed = corpus_of(Paragraph("pact", "title", title, numbered=False, order=0),
                       Paragraph("pact", "closing", "3rd plenary meeting\n22 September 2024", numbered=False, order=1))
    answer = particulars_answer("At which plenary meeting was the Pact adopted?", [pact], closed)
    assert not answer.abstained and [c.id for c in answer.citations] == ["pact#title", "pact#closing"]
    # with the session asked too, the session printed answers
    assert not particulars_answer("In which session and at which meeting was it adopted?", [pact], corpus).abstained


def test_a_committee_asked_of_takes_any_form_of_refer():
    """Round 32 and its review: "referred to a Main Committee" in any order is a title-block particular; "refer" without a committee
    is a topic ("Which meetings does the Tunis Agenda refer to?")."""
    from wsis.assistant.particulars import is_particulars_question

    for question in ("Which committee was  referred to?", "Was  adopted without reference to a Main Committee?",
                     "On what date did the UNGA adopt the , and was it referred to a Main Committee first?"):
        assert is_particulars_question(question), question
    for other in ("Which meetings does the  refer to?", "What resolutions does  cite?"):
        assert not is_particulars_question(other), other
