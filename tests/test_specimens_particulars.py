"""What the specimens' title blocks answer: when and where a text was adopted, its particulars, what it says of itself."""
from __future__ import annotations

import json

from tests.conftest import make_settings, run_wsis


def test_when_a_text_was_adopted_is_answered_from_the_line_that_prints_its_date(indexed):
    """"When was A/RES/70/125 adopted?" quoted the preamble; now the title block's line that prints the
    date is quoted and cited. An annex (the GDC) is dated by its resolution; a summit text by the date
    under its symbol; a catalog text not indexed by the catalog, said so; a text with no date, said so."""
    from wsis.assistant.answering import Assistant
    from wsis.types import Filters

    data, _ = indexed
    assistant = Assistant(make_settings(data))
    res = assistant.ask("When was A/RES/70/125 adopted?", mode="extractive")
    assert res.answer.startswith("WSIS+10 outcome (A/RES/70/125) was adopted on 16 December 2015 [1].")
    assert [(c.id, c.quote) for c in res.citations] == [("a-res-70-125#title", "Resolution adopted by the General Assembly on 16 December 2015")]
    assert not res.abstained and res.citations[0].quote in assistant.store.corpus().get("a-res-70-125#title").text
    gdc = assistant.ask("When was the Global Digital Compact adopted by the General Assembly?", mode="extractive")
    assert gdc.answer.startswith("Global Digital Compact (A/RES/79/1, annex I) is annexed to Pact for the Future (A/RES/79/1), "
                                 "adopted on 22 September 2024 [1].")
    assert [c.id for c in gdc.citations] == ["pact-for-the-future#title"]
    only = assistant.ask("When was the GDC adopted?", filters=Filters(doc_ids=["global-digital-compact"]), mode="extractive")
    assert not only.citations and "the project's catalog gives 22 September 2024" in only.answer  # the Pact is filtered out
    two = assistant.ask("When were the Geneva Declaration and the Tunis Agenda agreed?", mode="extractive")
    assert [(c.id, c.quote) for c in two.citations] == [("geneva-declaration#title", "12 December 2003"),
                                                        ("tunis-agenda#title", "18 November 2005")]
    assert "Tunis Agenda (WSIS-05/TUNIS/DOC/6(Rev.1)-E) is dated 18 November 2005 [2]." in two.answer
    absent = assistant.ask("What year is the Geneva Plan of Action from?", mode="extractive")
    assert absent.abstained and not absent.citations
    assert absent.answer == "Geneva Plan of Action (WSIS-03/GENEVA/DOC/5-E) is not in the index; the project's catalog gives 12 December 2003."
    assert "Not in the index: Geneva Plan of Action" in absent.notice
    undated = assistant.ask("When was the negotiating team extract adopted?", mode="extractive")
    assert undated.abstained and "does not print its date, and the catalog has none for it" in undated.answer
    french = assistant.ask("Quand la résolution A/RES/70/125 a-t-elle été adoptée ?", mode="extractive")
    assert french.answer.startswith("Date d’adoption de WSIS+10 outcome (A/RES/70/125)\u00a0: 2015-12-16 [1].")
    history = [{"role": "user", "content": "What does the Tunis Agenda say on the forum?"},
               {"role": "assistant", "content": "Tunis Agenda, para. 72: ..."}]
    follow = assistant.ask("And when was it adopted?", history=history, mode="extractive")  # the text the history named
    assert [c.id for c in follow.citations] == ["tunis-agenda#title"], follow.answer
    adopted = [{"role": "user", "content": "Who adopted the 2015 review?"}, {"role": "assistant", "content": "Title block of WSIS+10 outcome ..."}]
    when = assistant.ask("when?", history=adopted, mode="extractive")  # "when?" after "who adopted": its date
    assert [c.id for c in when.citations] == ["a-res-70-125#title"] and "adopted on 16 December 2015" in when.answer, when.answer
    bare = assistant.ask("when?", history=history, mode="extractive")  # after a topic question: not a date question
    assert "tunis-agenda#title" not in [c.id for c in bare.citations]
    # a question on something else the text did is a topic question
    igf = assistant.ask("When did the Tunis Agenda agree to convene the IGF?", mode="extractive")
    assert "tunis-agenda#72" in [c.id for c in igf.citations]
    cli = json.loads(run_wsis("ask", "When was A/RES/70/125 adopted?", "--json", data_dir=data).stdout)
    assert [c["id"] for c in cli["citations"]] == ["a-res-70-125#title"] and cli["abstained"] is False


def test_where_a_text_was_adopted_is_answered_from_the_line_that_names_the_place(indexed):
    """"Where were the summits held that produced the 2003 Geneva declaration and the 2024 Pact?" quoted
    a Geneva paragraph on unequal gains; now each text's line that names its place is quoted and cited
    (assistant/venues.py): the Geneva title block's "Geneva 2003", the Pact's "summit held in New York".
    A text that prints no place is said so, with its title block as the nearest passage."""
    from wsis.assistant.answering import Assistant
    from wsis.types import Filters

    data, _ = indexed
    assistant = Assistant(make_settings(data))
    corpus = assistant.store.corpus()
    two = assistant.ask("Where were the summits held that produced the 2003 Geneva declaration and the 2024 Pact?", mode="extractive")
    assert [(c.id, c.quote) for c in two.citations] == [
        ("geneva-declaration#title", "Geneva 2003 - Tunis 2005"),
        ("pact-for-the-future#PP1", corpus.get("pact-for-the-future#PP1").text.strip())], two.answer
    assert two.answer.startswith("Geneva Declaration of Principles (WSIS-03/GENEVA/DOC/4-E): its title block prints Geneva "
                                 "with the text's year, 2003 [1].\nPact for the Future (A/RES/79/1): the text names New York")
    assert not two.abstained and all(c.quote in corpus.get(c.id).text for c in two.citations)
    silent = assistant.ask("Where was the Tunis Agenda adopted?", mode="extractive")
    assert silent.abstained and [c.id for c in silent.citations] == ["tunis-agenda#title"]
    assert "No indexed line of Tunis Agenda (WSIS-05/TUNIS/DOC/6(Rev.1)-E) says where it was adopted" in silent.answer
    both = assistant.ask("When and where was the Geneva Declaration adopted?", mode="extractive")
    assert [(c.marker, c.quote) for c in both.citations] == [(1, "12 December 2003"), (2, "Geneva 2003 - Tunis 2005")]
    assert "is dated 12 December 2003 [1]." in both.answer and "with the text's year, 2003 [2]." in both.answer
    # only the named text within the filters; a question on what a text says where is a topic question
    assert assistant.ask("Where was the Pact adopted?", filters=Filters(doc_ids=["geneva-declaration"])).citations[0].id != \
        "pact-for-the-future#PP1"
    topic = assistant.ask("Where does the Tunis Agenda say the forum should meet?", mode="extractive")
    assert "tunis-agenda#title" not in [c.id for c in topic.citations]
    cli = json.loads(run_wsis("ask", "In which city was the Pact for the Future agreed?", "--json", data_dir=data).stdout)
    assert [c["id"] for c in cli["citations"]] == ["pact-for-the-future#PP1"] and "New York" in cli["answer"]


def test_a_texts_particulars_are_answered_from_its_title_block(indexed):
    """"What are the official document numbers of ...?" quoted paragraphs naming other documents; now
    each named text's title block is quoted whole and cited (assistant/particulars.py)."""
    from wsis.assistant.answering import Assistant

    data, _ = indexed
    assistant = Assistant(make_settings(data))
    corpus = assistant.store.corpus()
    two = assistant.ask("What are the official document numbers of the Geneva Declaration and of the Tunis Agenda?", mode="extractive")
    assert [c.id for c in two.citations] == ["geneva-declaration#title", "tunis-agenda#title"] and not two.abstained
    assert [c.quote for c in two.citations] == [corpus.get("geneva-declaration#title").text, corpus.get("tunis-agenda#title").text]
    assert "Document WSIS-05/TUNIS/DOC/6(Rev.1)-E" in two.answer and "[2] (Tunis Agenda, title)" in two.answer
    items = assistant.ask("Under which agenda items was the ten-year WSIS review adopted?", mode="extractive")
    assert [c.id for c in items.citations] == ["a-res-70-125#title"] and "Agenda items 13 and 115" in items.answer
    # a question on what the text says stays a topic question; the date alone stays the date's
    topic = assistant.ask("What does the Tunis Agenda say about languages?", mode="extractive")
    assert "tunis-agenda#title" not in [c.id for c in topic.citations]
    absent = assistant.ask("What is the symbol of the WSIS+20 outcome?", mode="extractive")  # in the catalog, not indexed
    assert absent.abstained and not absent.citations and "the project's catalog gives its symbol, A/RES/80/173" in absent.answer
    assert "Not in the index: WSIS+20 outcome" in absent.notice
    date = assistant.ask("What date does the Geneva Declaration carry?", mode="extractive")
    assert [(c.id, c.quote) for c in date.citations] == [("geneva-declaration#title", "12 December 2003")]
    # how to cite a text is asked in a user's words: its symbol and date, the title block
    cite = assistant.ask("I need to cite the Geneva Declaration properly: what is its official reference and date?",
                         mode="extractive")
    assert [c.id for c in cite.citations] == ["geneva-declaration#title"] and "WSIS-03/GENEVA/DOC/4-E" in cite.answer
    drafted = assistant.ask("Was the Tunis Agenda first drafted in English?", mode="extractive")
    assert [c.id for c in drafted.citations] == ["tunis-agenda#title"] and "Original: English" in drafted.answer
    # a declaration said to be a statement ("the 2003 statement of principles") is still named
    stated = assistant.ask("Was the 2003 statement of principles first drafted in English?", mode="extractive")
    assert [c.id for c in stated.citations] == ["geneva-declaration#title"] and "Original: English" in stated.answer
    # a session asked with its rhythm, a symbol asked for a footnote or for its revision
    session = assistant.ask("During which annual session of the General Assembly was the Pact adopted?", mode="extractive")
    assert [c.id for c in session.citations] == ["pact-for-the-future#title"] and "Seventy-ninth session" in session.answer
    footnote = assistant.ask("For a footnote I need the Tunis Agenda's symbol: is it a revised edition?", mode="extractive")
    assert [c.id for c in footnote.citations] == ["tunis-agenda#title"]


def test_a_text_named_by_its_year_has_its_particulars_answered(indexed):
    """"Which L-document was the 2015 WSIS review resolution adopted from?" named no text by its title
    and was answered from paragraphs; "the 2014 WSIS+10 outcome documents" named the 2015 resolution
    (short name "WSIS+10 outcome"), and "the WSIS+10 outcome documents" are the 2014 booklet, whose
    texts the index holds one by one. The year decides, and a combined file stands for its texts."""
    from wsis.assistant.answering import Assistant

    data, _ = indexed
    assistant = Assistant(make_settings(data))
    draft = assistant.ask("Which L-document was the 2015 WSIS review resolution adopted from?", mode="extractive")
    assert [c.id for c in draft.citations] == ["a-res-70-125#title"] and "(A/70/L.33)" in draft.answer
    both = assistant.ask("Under which GA agenda items were the 2015 WSIS review and the 2024 Pact adopted?", mode="extractive")
    assert [c.id for c in both.citations] == ["a-res-70-125#title", "pact-for-the-future#title"]
    itu = assistant.ask("Which UN specialised agency put out the 2014 WSIS+10 outcome documents?", mode="extractive")
    assert [c.id for c in itu.citations] == ["wsis10-statement#title"] and "International Telecommunication Union" in itu.answer
    assert "No title block of WSIS+10 Vision" in itu.answer  # the booklet's second text, said, not skipped
    package = assistant.ask("Is the WSIS+10 Statement part of a publication?", mode="extractive")
    assert [c.id for c in package.citations] == ["wsis10-statement#title"]
    # a question on what the text says stays a topic question
    role = assistant.ask("What part does the ITU play in the 2014 WSIS+10 Statement?", mode="extractive")
    assert "wsis10-statement#title" not in [c.id for c in role.citations]


def test_a_question_about_a_text_itself_is_answered_from_its_title_block(indexed):
    """"What is the full title of ...?", "What topics do ... deal with?": what the text says of itself,
    which no numbered paragraph is about (assistant/about_text.py); a topic inside it stays a topic."""
    from wsis.assistant.answering import Assistant

    data, _ = indexed
    assistant = Assistant(make_settings(data))
    title = assistant.ask("What is the full title of the Tunis Agenda?", mode="extractive")
    assert [c.id for c in title.citations] == ["tunis-agenda#title"] and not title.abstained
    assert "Tunis Agenda for the Information Society" in title.answer and "describes itself in its title block [1]" in title.answer
    both = assistant.ask("What topics do the Geneva Declaration and the Tunis Agenda deal with?", mode="extractive")
    assert [c.id for c in both.citations] == ["geneva-declaration#title", "tunis-agenda#title"]
    topic = assistant.ask("What topics does the Tunis Agenda cover on financing?", mode="extractive")
    assert "tunis-agenda#title" not in [c.id for c in topic.citations]


def test_a_date_and_the_committee_asked_together_are_answered_from_the_title_block(specimens):
    """Round 32: "On what date did the UNGA adopt the Pact ..., and was it referred to a Main Committee first?" said the
    Pact gives no date ("referred" was no particulars word); its title block prints both."""
    answer = specimens.ask("On what date did the UNGA adopt the Pact for the Future, and was it referred to a Main Committee first?",
                           mode="extractive")
    assert not answer.abstained and [c.id for c in answer.citations] == ["pact-for-the-future#title"]
    assert "22 September 2024" in answer.answer and "without reference to a Main Committee" in answer.answer


def test_the_pact_named_by_its_initials_is_found(specimens):
    """Round 34: "When did the GA adopt A/RES/79/1, the PftF?" said the Pact does not mention "the PftF": the catalog now
    knows the shorthand."""
    answer = specimens.ask("When did the GA adopt A/RES/79/1, the PftF?", mode="extractive")
    assert answer.answer.startswith("Pact for the Future (A/RES/79/1) was adopted on 22 September 2024 [1].")


def test_both_resolutions_dates_and_committee_asked_with_either_are_answered_from_their_title_blocks(specimens):
    """Round 35: "The WSIS+10 review and the Pact were both General Assembly resolutions. When was each adopted, and did either
    go through a Main Committee?" quoted preambles ("either", "resolutions" were no particulars wording)."""
    answer = specimens.ask("The WSIS+10 review and the Pact were both General Assembly resolutions. When was each adopted, and did "
                           "either go through a Main Committee?", mode="extractive")
    assert [c.id for c in answer.citations] == ["a-res-70-125#title", "pact-for-the-future#title"]
    assert "16 December 2015" in answer.answer and "22 September 2024" in answer.answer


def test_at_the_heart_of_is_no_concept(specimens):
    """Round 35: "Being connected seems to be at the heart of the 2003 Geneva declaration. Did the WSIS+10 statement find that things
    actually improved a decade on?" said the texts "do not mention heart"."""
    answer = specimens.ask("Being connected seems to be at the heart of the 2003 Geneva declaration. Did the WSIS+10 statement find "
                           "that things actually improved a decade on?", mode="extractive")
    assert not answer.abstained, answer.answer
    assert {"geneva-declaration#7", "wsis10-statement#2"} <= {c.id for c in answer.citations}


def test_round_36s_date_questions(specimens):
    """Round 36: "adopted in geneva? need the exact date for a slide" and a diplomat's misremembered "adopted in December 2016, and the
    Pact ... in the autumn of 2024? I want the exact dates." were topic questions; the title blocks give the dates (the right ones)."""
    geneva = specimens.ask("when was the WSIS declaration of principles adopted in geneva? need the exact date for a slide", mode="extractive")
    assert [c.id for c in geneva.citations] == ["geneva-declaration#title"] and "12 December 2003" in geneva.answer
    both = specimens.ask("Was the WSIS ten-year review resolution adopted in December 2016, and the Pact for the Future in the autumn of "
                         "2024? I want the exact dates.", mode="extractive")
    assert [c.id for c in both.citations] == ["a-res-70-125#title", "pact-for-the-future#title"]
    assert "16 December 2015" in both.answer and "22 September 2024" in both.answer


def test_round_36s_frames_and_acronym(specimens):
    """Round 36: "Is there consistent language across ...?" ("do not mention consistent"), "... the key thing that makes everything
    else possible?" ("does not mention possible"), "regarding NBPs" ("do not mention NBPs": national broadband plans)."""
    same = specimens.ask("Is there consistent language across the Tunis Agenda, the 2015 review and the compact that governance of the "
                         "network must remain open and involve everyone?", mode="extractive")
    assert not same.abstained and "a-res-70-125#5" in {c.id for c in same.citations}, same.answer
    key = specimens.ask("in the geneva declaration is being connected treated as like the key thing that makes everything else possible?",
                        mode="extractive")
    assert not key.abstained and key.citations[0].id == "geneva-declaration#7", key.answer
    plans = specimens.ask("What did the 2015 WSIS review outcome say regarding NBPs?", mode="extractive")
    assert not plans.abstained and "national broadband plans" in plans.answer, plans.answer


def test_how_far_apart_with_the_codes_is_a_date_question(specimens):
    """Round 35: "How far apart were the Geneva declaration and the Tunis Agenda finalised? Give me the dates and the document codes."
    quoted topic paragraphs; the date answer gives both dates, the time between them and each text's symbol."""
    answer = specimens.ask("How far apart were the Geneva declaration and the Tunis Agenda finalised? Give me the dates and the "
                           "document codes.", mode="extractive")
    assert [c.id for c in answer.citations][:2] == ["geneva-declaration#title", "tunis-agenda#title"]
    assert "WSIS-03/GENEVA/DOC/4-E" in answer.answer and "707 days" in answer.answer
