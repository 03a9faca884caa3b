"""Questions about a named text itself (subject, audience, full title): its title block, quoted whole."""
from __future__ import annotations

import pytest

from wsis.assistant.about_text import asks_adoption_act, texts_span, title_answer
from wsis.types import DocumentInfo, Paragraph
from tests.test_particulars import corpus_of


@pytest.mark.parametrize("question, texts", [
    ("What subject area does the negotiating team's pack of previously settled wording cover?",
     "the negotiating team's pack of previously settled wording"),
    ("What topics do the Tunis Agenda and the compact deal with?", "the Tunis Agenda and the compact"),
    ("Who was the briefing extract put together for?", "the briefing extract"),
    ("Whom is the extract intended for", "the extract"),
    ("What is the full title of the Tunis Agenda?", "the Tunis Agenda"),
    ("What is the resolution's official name?", "the resolution"),
    ("What is the Vision officially called?", "the Vision"),
    # "formal" asks it too, and a guess may follow the name
    ("What is the formal title of the Geneva declaration: a plan, a charter, or something else?", "the Geneva declaration"),
    ("What is the compact's proper name?", "the compact"),
])
def test_questions_about_the_text_itself(question, texts):
    span = texts_span(question)
    assert span is not None and question[span[0]:span[1]] == texts


@pytest.mark.parametrize("question", [
    "What does the Tunis Agenda say about financing?",
    "What topics does the Tunis Agenda cover on financing?",  # a topic inside the text
    "Who is the Geneva Plan of Action addressed to?",  # a title rarely names the actors a plan calls on
    "What is the Tunis Agenda about?",
    "Who was the Forum set up for, according to the Tunis Agenda?",
    "What is the title of paragraph 72?",
])
def test_other_questions_are_not_about_the_text_itself(question):
    assert texts_span(question) is None


def test_the_title_block_is_quoted_as_what_the_text_says_of_itself():
    team = DocumentInfo("team-extract", "Extract for the negotiating team: agreed language on the information society")
    notes = DocumentInfo("notes", "My notes")
    title = "Extract for the negotiating team: agreed language on the information society"
    corpus = corpus_of(Paragraph("team-extract", "title", title, numbered=False, order=0),
                       Paragraph("team-extract", "33", "Invented sentence.", order=1),
                       Paragraph("notes", "1", "Nothing here.", order=0))
    answer = title_answer("Who was the extract put together for?", [team, notes], corpus)
    assert [(c.id, c.quote) for c in answer.citations] == [("team-extract#title", title)] and not answer.abstained
    assert answer.answer == (f"{title} describes itself in its title block [1]:\n\n> {title}\n> [1] ({title}, title)")
    assert title_answer("Who were my notes put together for?", [notes], corpus) is None  # retrieval answers instead


@pytest.mark.parametrize("question, asks", [
    ("Does resolution 79/1 merely take note of the Pact for the Future, welcome it, or formally approve it?", True),
    ("Was the Pact just signed off by the leaders, or formally passed by one of the UN's main bodies?", True),
    ("Which UN body adopted the 2015 outcome document?", True),
    ("Who endorsed the Tunis Agenda?", True),
    ("When was the Pact formally adopted?", False),  # a date: ``assistant.dates``
    ("What does the compact welcome?", False),
    ("Which measures did the Tunis Agenda adopt on financing?", False),
    # what a text itself welcomes or approves is its substance, not its adoption
    ("Does the compact just welcome new partnerships?", False),
    ("Who welcomes the partnerships in the Tunis Commitment?", False),
    ("Did the Agenda only approve funding for the Forum?", False),
    # "who" after a noun is a relative clause: the people, not the adopting body, are asked about
    ("How does the statement split the work, and what do the people who adopted it take on themselves?", False),
    ("It was a summit text, but who adopted it?", True),
])
def test_questions_on_how_a_text_was_adopted(question, asks):
    assert asks_adoption_act(question) is asks


def test_how_a_text_was_adopted_is_quoted_from_its_title_and_adopting_blocks():
    pact = DocumentInfo("pact", "The Pact for the Future", symbol="A/RES/79/1")
    title = "United Nations\nA/RES/79/1\nResolution adopted by the General Assembly on 22 September 2024"
    corpus = corpus_of(Paragraph("pact", "title", title, numbered=False, order=0),
                       Paragraph("pact", "chapeau", "The General Assembly,", numbered=False, order=1),
                       Paragraph("pact", "PP1", "Recalling its decisions,", order=2),
                       Paragraph("pact", "operative", "Adopts the following Pact for the Future:", numbered=False, order=3),
                       Paragraph("pact", "1", "We, the Heads of State, meet at a time of change.", order=4))
    answer = title_answer("Did the Assembly merely welcome the Pact or formally adopt it?", [pact], corpus, act=True)
    assert [c.id for c in answer.citations] == ["pact#title", "pact#chapeau", "pact#operative"]
    assert answer.answer.startswith("The Pact for the Future (A/RES/79/1) records how it was adopted")
    # an annex with no block of its own is adopted by its resolution's act (tester Z: "Who adopted the GDC?" quoted para. 2)
    gdc = DocumentInfo("gdc", "Global Digital Compact", symbol="A/RES/79/1, annex I")
    annexed = corpus_of(*corpus.paragraphs, Paragraph("gdc", "1", "We will build digital skills.", order=0))
    annexed.documents = {"pact": pact, "gdc": gdc}
    answer = title_answer("Who adopted the Global Digital Compact?", [gdc], annexed, act=True)
    assert [c.id for c in answer.citations] == ["pact#title", "pact#chapeau", "pact#operative"], answer.answer
    assert answer.answer.startswith("Global Digital Compact (A/RES/79/1, annex I) is annexed to The Pact for the Future"), answer.answer
    # a filter that keeps the annex alone keeps its resolution's blocks out (review)
    assert title_answer("Who adopted the Global Digital Compact?", [gdc], annexed, act=True, allowed={"gdc"}) is None
    # a text whose title block alone is indexed describes itself in it
    bare = corpus_of(Paragraph("pact", "title", title, numbered=False, order=0))
    assert "describes itself" in title_answer("Who adopted the Pact?", [pact], bare, act=True).answer


def test_which_body_adopted_a_text_is_answered_from_its_title_block(assistant):
    answer = assistant.ask("Which body formally adopted the Tunis Agenda?", mode="extractive")
    assert not answer.abstained and [c.id for c in answer.citations] == ["tunis-agenda#title"], answer.answer


def test_who_adopted_a_text_whose_block_prints_only_its_name_is_said_not_given(assistant):
    """The fixture's Global Digital Compact prints only its name: no body, session or date to quote as an answer."""
    answer = assistant.ask("Who adopted the Global Digital Compact?")
    assert answer.abstained and answer.answer.startswith(
        "Global Digital Compact (A/RES/79/1, annex I) does not say in the indexed text who adopted it or when"), answer.answer
    assert [c.id for c in answer.citations] == ["global-digital-compact#title"]  # the nearest: what it prints


def test_the_title_of_a_text_plain_or_what_it_says():
    """"What is the title of A/RES/70/125?" and "Does the title of A/RES/70/125 say ...?" ask about the
    text itself; the title of a part of it ("the title of its section on financing") does not."""
    from wsis.assistant.about_text import texts_span

    for question, texts in [("What is the title of A/RES/70/125?", "A/RES/70/125"),
                            ("Does the title of the 2015 resolution mention the summit's two phases?", "the 2015 resolution")]:
        span = texts_span(question)
        assert span and question[span[0]:span[1]] == texts, question
    for question in ("What is the title of the Tunis Agenda section on financing?", "What is the title of chapter 2 of the Pact?",
                     "What is the title of the new forum created by the Tunis Agenda?",
                     "Does the title matter?"):
        assert texts_span(question) is None, question


def test_what_is_a_text_named_alone_is_answered_from_the_text_itself(assistant):
    """"What is the GDC?" names a text and nothing else: its title block, as what it says of itself (it
    was refused: no paragraph is about the compact as a whole). With any other word it is a topic
    question; a text without a title block shows how it opens (tested on the specimens)."""
    from wsis.assistant.about_text import itself_span

    # the fixture compact's title block prints its name and nothing more: how it opens says what it is
    # (the answer was the one line "Global Digital Compact")
    opens = "Global Digital Compact (A/RES/79/1, annex I) gives only its name in its title block; it opens"
    answer = assistant.ask("What is the GDC?", mode="extractive")
    assert not answer.abstained and answer.answer.startswith(opens), answer.answer
    assert [c.paragraph for c in answer.citations] == ["1", "2"]
    assert assistant.ask("What is the Tunis Agenda?", mode="extractive").answer.startswith(
        "Tunis Agenda (WSIS-05/TUNIS/DOC/6(Rev.1)-E) describes itself in its title block")  # a block that says more
    assert itself_span("What is the IGF?") is not None  # a frame only: the name must be a text's (the IGF is not)
    forum = assistant.ask("What is the IGF?", mode="extractive")
    assert "describes itself" not in forum.answer and not forum.abstained
    view = assistant.ask("What is the Tunis Agenda's view on the Forum?", mode="extractive")
    assert "describes itself" not in view.answer and view.citations[0].doc_id == "tunis-agenda"
    # as new staff ask it: "what is X about", "tell me about X", "describe X"
    # "what does X say?" with nothing asked of it had been refused ("do not appear to address this question")
    for question in ("what is the gdc about", "Tell me about the Global Digital Compact", "Give me a brief overview of the GDC",
                     "What does the GDC say?"):
        about = assistant.ask(question, mode="extractive")
        assert about.answer.startswith(opens), (question, about.answer)
    assert "describes itself" not in assistant.ask("Tell me about data governance", mode="extractive").answer
    assert "describes itself" not in assistant.ask("Summarise the Tunis Agenda", mode="extractive").answer  # its content
    assert "describes itself" not in assistant.ask("What does the GDC say about AI?", mode="extractive").answer
    assert itself_span("What do the texts say?") is not None and assistant.ask("What do the texts say?").abstained  # no text named


def test_a_question_naming_only_a_text_not_indexed_says_so_and_quotes_nothing(assistant):
    """"Tell me about the Pact for the Future" over an index without the Pact: said, with the commands
    that add it; quoting other texts would answer nothing asked. A topic asked of it keeps its
    answer from the indexed texts, with the notice."""
    from wsis.assistant.mentions import only_absent_texts
    from wsis.ingest.catalog import catalog_by_id

    catalog = catalog_by_id()
    indexed = {d: catalog[d].to_info() for d in ("tunis-agenda", "global-digital-compact")}
    assert [d.doc_id for d in only_absent_texts("Tell me about the Pact for the Future", indexed)] == ["pact-for-the-future"]
    assert [d.doc_id for d in only_absent_texts("What is the Pact for the Future?", indexed)] == ["pact-for-the-future"]
    assert only_absent_texts("What does the Pact for the Future say on youth?", indexed) == []  # a subject of its own
    assert only_absent_texts("Tell me about the Pact for the Future and the GDC", indexed) == []  # an indexed text too
    assert only_absent_texts("Tell me about the Tunis Agenda", indexed) == []
    answer = assistant.ask("Tell me about the Pact for the Future", mode="extractive")  # the fixture index has no Pact
    assert answer.abstained and not answer.citations, answer.answer
    assert answer.answer.startswith("Pact for the Future (A/RES/79/1) is not in the index"), answer.answer
    assert "`wsis fetch --doc pact-for-the-future`" in answer.answer
    both = assistant.ask("Tell me about the Pact for the Future and the Geneva Declaration", mode="extractive")
    assert both.abstained and " are not in the index" in both.answer and both.answer.endswith("adds them."), both.answer
