"""Look-ups on the specimens' index: references as users type them, paragraphs and items a text lacks, nested items, pages."""
from __future__ import annotations

import re

import pytest

from tests.conftest import make_settings


@pytest.mark.parametrize("question, pid, focus", [
    ("GDC para 28", "global-digital-compact#28", ""),
    ("Pact para 5", "pact-for-the-future#5", ""),
    ("Declaration on Future Generations para 3", "declaration-on-future-generations#3", ""),
    ("WSIS+10 Vision para 5", "wsis10-vision#5", ""),
    ("WSIS+10 Statement para 5", "wsis10-statement#5", ""),
    ("A/RES/70/125 OP 5", "a-res-70-125#5", ""),
    ("PP2 of A/RES/79/1", "pact-for-the-future#PP2", ""),
    ("Tunis Agenda 72(b)", "tunis-agenda#72", "b"),
    # an item as users type it, without brackets
    ("para 72 b of the Tunis Agenda", "tunis-agenda#72", "b"),
    ("TA para 72, sub-paragraph b", "tunis-agenda#72", "b"),
    ("What does Tunis Agenda 72.c say?", "tunis-agenda#72", "c"),
    ("What does the paragraph after Tunis Agenda para 69 say?", "tunis-agenda#70", ""),  # named by its neighbour
    ("Geneva Declaration para 7", "geneva-declaration#7", ""),
    ("Action 1 of the Pact for the Future", "pact-for-the-future#4", ""),  # the paragraphs under the Pact's "Action 1."
    # a text named by its year holds the paragraph named beside it (it was looked up in every text)
    ("What does paragraph 3 of the 2015 resolution say?", "a-res-70-125#3", ""),
    # a paragraph named by its place: the n-th is paragraph n; the last ones count from the end
    ("What does the first operative paragraph of the 2015 resolution say?", "a-res-70-125#1", ""),
    ("And the second preambular paragraph of A/RES/70/125?", "a-res-70-125#PP2", ""),
    ("What is the second-to-last paragraph of the Pact?", "pact-for-the-future#4", ""),
    ("Quote the last paragraph of the negotiating team extract", "ig-briefing-extract#64", ""),  # a user's extract: its last
    # a paragraph called as a user calls it, in a text named by its owner and its kind
    ("What is the last piece of agreed language in the negotiating team's briefing pack?", "ig-briefing-extract#64", ""),
])
def test_reference_look_ups(indexed, question, pid, focus):
    from wsis.assistant.retrieval import Retriever

    data, _ = indexed
    found = Retriever(make_settings(data)).retrieve(question)
    assert found.unresolved == [] and found.passages[0].id == pid and found.passages[0].focus == focus


def test_a_reference_to_what_is_not_indexed_says_what_is(indexed):
    """An extract holds part of a text: a paragraph outside it is "not in the indexed text", with the
    paragraphs it does hold, not "no paragraph"; an item a paragraph lacks is named as such."""
    from wsis.assistant.retrieval import Retriever

    data, _ = indexed
    retriever = Retriever(make_settings(data))
    assert retriever.retrieve("Tunis Agenda paragraph 9").unresolved == [
        "Tunis Agenda for the Information Society: paragraph 9 is not in the indexed text (paragraphs 67-72)"]
    assert retriever.retrieve("Tunis Agenda para 72(d)").unresolved == [
        "Tunis Agenda for the Information Society: paragraph 72 has no item (d)"]
    assert retriever.retrieve("WSIS+10 Vision para 9").unresolved == ["WSIS+10 Vision for WSIS Beyond 2015: no paragraph 9"]
    # an official text's last paragraph is the last of its numbering (expected 1-122), not the extract's
    assert retriever.retrieve("What is the last paragraph of the Tunis Agenda?").unresolved == [
        "Tunis Agenda for the Information Society: its last numbered paragraph, paragraph 122, is not in the indexed "
        "text (paragraphs 67-72)"]
    assert retriever.retrieve("the tenth paragraph of the Vision").unresolved == [
        "WSIS+10 Vision for WSIS Beyond 2015: no paragraph 10"]


def test_a_resolutions_paragraph_it_lacks_is_quoted_from_its_annex_and_said(indexed):
    """"A/RES/79/1 para 29": the Pact (A/RES/79/1 itself) has five paragraphs; its annex I, the GDC,
    has a paragraph 29: quoted from there, the notice says the Pact has none and where the quote is
    from. A paragraph the Pact has stays the Pact's; a look-up typed number first ("72 (b) TA") is
    quoted, not refused."""
    from wsis.assistant.answering import Assistant

    data, _ = indexed
    assistant = Assistant(make_settings(data))
    answer = assistant.ask("What does A/RES/79/1 para 29 say?", mode="extractive")
    assert [c.id for c in answer.citations] == ["global-digital-compact#29"], [c.id for c in answer.citations]
    assert "no paragraph 29; quoted from its annex, Global Digital Compact (A/RES/79/1, annex I)" in answer.notice, answer.notice
    assert [c.id for c in assistant.ask("A/RES/79/1 para 2", mode="extractive").citations] == ["pact-for-the-future#2"]
    typed = assistant.ask("What does 72 (b) TA say?", mode="extractive")
    assert not typed.abstained and [(c.id, c.paragraph) for c in typed.citations] == [("tunis-agenda#72", "72(b)")], typed.answer


def test_a_nested_item_is_looked_up_by_its_full_reference(indexed):
    """"OP 3(b)(ii)" is item (ii) of item (b): quoted exactly under both lead-ins and cited 3(b)(ii),
    not the whole of (b); (b) itself is quoted with its marker and its own items; a nested item that
    does not exist is said not to."""
    from wsis.assistant.answering import Assistant
    from wsis.assistant.references import parse_references

    data, _ = indexed
    assistant = Assistant(make_settings(data))
    assert [r.sub for r in parse_references("A/RES/70/125 OP 3(b)(ii) and 3(a)", assistant.retriever.names())] == ["b/ii", "a"]
    nested = assistant.ask("A/RES/70/125 OP 3(b)(ii)", mode="extractive")
    assert [(c.paragraph, c.quote) for c in nested.citations] == [("3(b)(ii)", "(ii) Training offered in local languages;")]
    assert "> We commit to: …\n> (b) Strengthen skills through: …\n> (ii) Training offered in local languages;" in nested.answer
    whole = assistant.ask("A/RES/70/125 para 3(b)", mode="extractive")
    assert whole.citations[0].quote.startswith("(b) Strengthen skills through:\n(i) Programmes for teachers;")
    assert whole.citations[0].quote in assistant.store.corpus().get("a-res-70-125#3").text
    missing = assistant.ask("A/RES/70/125 para 3(b)(v)", mode="extractive")
    # nothing found and nothing else asked: the answer is what was not found, said first, with no other quote
    assert missing.abstained and missing.answer.startswith("Not found: ") and not missing.citations, missing.answer
    assert "paragraph 3 has no item (b)(v)" in missing.answer.split("\n")[0], missing.answer


def test_a_part_asked_for_as_a_list_is_quoted_whole_with_its_count(indexed):
    """The specimen compact puts 17 paragraphs under a "Principles" heading with none under it: "What
    are the principles of the GDC?" quotes that part in order and says how many it holds; the
    declaration's numbered principles ("1) The role of ...") are listed as headings."""
    from wsis.assistant.answering import Assistant

    data, _ = indexed
    assistant = Assistant(make_settings(data))
    part = assistant.ask("What are the principles of the GDC?", mode="extractive")
    assert part.answer.startswith("Under “Principles”, the Global Digital Compact has 17 paragraphs (8 quoted below):"), part.answer
    assert [c.paragraph for c in part.citations] == [str(n) for n in range(9, 17)]
    listed = assistant.ask("What are the key principles of the Geneva Declaration?", mode="extractive")
    assert listed.answer.startswith("The Geneva Declaration of Principles sets out 3 key principles:"), listed.answer
    assert [c.paragraph for c in listed.citations] == ["5", "7", "8"]


def test_a_commitment_named_by_its_place_is_the_nth_paragraph_that_commits(indexed):
    """"What is the very first thing the compact promises?" was refused ("they do not mention first");
    it names the first paragraph of the compact that commits ("We will ..."). A text none of whose
    paragraphs commits is said to have none, as for a paragraph number it lacks."""
    from wsis.assistant.answering import Assistant

    data, _ = indexed
    assistant = Assistant(make_settings(data))
    corpus = assistant.store.corpus()
    first = assistant.ask("What is the very first thing the compact promises?", mode="extractive")
    assert [c.id for c in first.citations] == ["global-digital-compact#1"] and not first.abstained
    assert "We will" in corpus.get("global-digital-compact#1").text
    last = assistant.ask("What is the last pledge of the compact?", mode="extractive")
    expected = [p for p in corpus.paragraphs if p.doc_id == "global-digital-compact" and p.label.isdigit()
                and re.search(r"\bWe (?:will|commit|pledge|undertake|resolve)\b", p.text)][-1]
    assert [c.id for c in last.citations] == [expected.id]
    none = assistant.ask("What is the first commitment of the WSIS+10 Vision?", mode="extractive")
    assert none.abstained and none.answer.split("\n")[0] == (
        "Not found: WSIS+10 Vision for WSIS Beyond 2015: no first commitment (the indexed text has 0)."), none.answer


def test_a_paragraph_on_a_page_without_a_printed_number_cites_its_pdf_page(indexed):
    """A resolution's first page prints no page number: its paragraphs cite the PDF page ("p. 1"),
    not nothing; a look-up of one item shows the item under its lead-in."""
    from wsis.assistant.answering import Assistant

    data, _ = indexed
    assistant = Assistant(make_settings(data))
    first = assistant.store.corpus().get("a-res-70-125#1")
    assert first.pages == [1] and not any(first.page_labels), (first.pages, first.page_labels)
    answer = assistant.ask("A/RES/70/125 para 1", mode="extractive")
    assert answer.citations[0].page == "1", answer.citations[0]
    # a paragraph that runs on over a page break cites both pages, so a reader finds all of it
    across = assistant.ask("Tunis Agenda para 71", mode="extractive").citations[0]
    assert across.page == "1–2" and across.text(page=True).endswith("para. 71, pp. 1–2"), across
    quoted = assistant.ask("What does A/RES/70/125 say on connectivity between regions?", mode="extractive")
    assert all(c.page for c in quoted.citations if c.doc_id == "a-res-70-125"), [(c.id, c.page) for c in quoted.citations]


def test_a_look_up_asking_whether_the_paragraph_says_something_answers_from_its_words(indexed):
    """"Does Tunis Agenda para 72 say anything about funding?" quoted para. 72 and left the question
    unanswered; now a line says whether the paragraph uses the words asked about (said of the words
    only: the quote shows the rest), before its text."""
    from wsis.assistant.answering import Assistant

    data, _ = indexed
    assistant = Assistant(make_settings(data))
    lacks = assistant.ask("Does Tunis Agenda para 72 say anything about funding?", mode="extractive")
    assert lacks.answer.startswith("Tunis Agenda, para. 72 does not use the word “funding”.\n\nThe text of Tunis Agenda, para. 72 reads:")
    assert [c.id for c in lacks.citations] == ["tunis-agenda#72"] and not lacks.abstained
    says = assistant.ask("Does GDC para 29 say anything about voluntary funding?", mode="extractive")
    assert says.answer.startswith("Global Digital Compact, para. 29 uses the words “voluntary funding”.")
    stem = assistant.ask("Does GDC para 29 say anything about funded forums?", mode="extractive")  # not its words: no line
    assert stem.answer.startswith("The text of Global Digital Compact, para. 29 reads:")
    two = assistant.ask("Do Tunis Agenda para 72 and GDC para 29 say anything about voluntary funding?", mode="extractive")
    assert two.answer.startswith("The text of"), two.answer[:120]  # of two paragraphs: which one uses them? no line
    plain = assistant.ask("What does Tunis Agenda para 72 say?", mode="extractive")  # nothing asked about: no line
    assert plain.answer.startswith("The text of Tunis Agenda, para. 72 reads:")
