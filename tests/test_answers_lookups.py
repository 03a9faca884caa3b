"""Paragraph look-ups on the fixture index: references, items and runs quoted as printed, paragraphs a text lacks, the CLI's --json."""
from __future__ import annotations

import json

import pytest

from tests.answer_checks import check_citations, ids
from tests.conftest import run_wsis
from wsis.errors import QuestionError


@pytest.mark.parametrize(
    "question, expected",
    [
        ("Tunis Agenda para 9", ["tunis-agenda#9"]),
        ("TA ¶9(b)", ["tunis-agenda#9(b)"]),
        ("paragraphs 6 to 8 of the Tunis Agenda", ["tunis-agenda#6", "tunis-agenda#7", "tunis-agenda#8"]),
        ("GDC 12", ["global-digital-compact#12"]),
        ("paragraph 4 of the Tunis Commitment", ["tunis-commitment#4"]),
        ("What does Tunis Agenda, paragraph 4 say?", ["tunis-agenda#4"]),
        ("TA 9(a) and (b)", ["tunis-agenda#9(a)", "tunis-agenda#9(b)"]),  # an item alone: the same paragraph's
    ],
)
def test_paragraph_references_come_first(assistant, question, expected):
    answer = assistant.ask(question, mode="extractive")
    assert ids(answer)[: len(expected)] == expected
    assert not answer.abstained
    check_citations(assistant, answer)
    for c in answer.citations[: len(expected)]:
        assert all(line in answer.answer for line in c.quote.split("\n"))  # the agreed text itself is shown


def test_a_look_up_lead_cites_a_run_as_a_range(assistant):
    answer = assistant.ask("paragraphs 6 to 8 of the Tunis Agenda", mode="extractive")
    assert answer.answer.startswith("The text of Tunis Agenda, paras. 6–8 reads:"), answer.answer[:80]
    both = assistant.ask("Tunis Agenda 4 and 9(b)", mode="extractive")
    assert both.answer.startswith("The text of Tunis Agenda, paras. 4 and 9(b) reads:"), both.answer[:80]


def test_how_many_items_a_paragraph_lists_is_counted(assistant):
    answer = assistant.ask("How many items are listed in paragraph 9 of the Tunis Agenda?", mode="extractive")
    assert answer.answer.startswith("Tunis Agenda, para. 9 lists 6 items: (a), (b), (c), (d), (e) and (f).\n\n"
                                    "The text of Tunis Agenda, para. 9 reads:"), answer.answer[:120]
    # an item asked for, or no count asked: no count line
    assert "lists" not in assistant.ask("How many tasks does TA 9(b) give?", mode="extractive").answer.split("\n")[0]
    assert assistant.ask("Tunis Agenda paragraph 9", mode="extractive").answer.startswith("The text of")
    # no text named: each text's paragraph 9 that lists items is counted (tester W: no count at all)
    every = assistant.ask("How many items does paragraph 9 list?", mode="extractive").answer
    assert every.startswith("Tunis Agenda, para. 9 lists 6 items: (a), (b), (c), (d), (e) and (f).\n"
                            "Global Digital Compact, para. 9 lists 3 items: (a), (b) and (c).\n\nThe text of"), every[:200]


def test_a_long_part_asked_for_whole_says_how_much_is_quoted(assistant):
    """Section C of the fixture's Plan (its action lines) holds 11 paragraphs, more than an answer
    quotes: said, not silently cut."""
    answer = assistant.ask("What is under section C of the Geneva Plan of Action?", mode="extractive")
    assert "That part holds 11 paragraphs; 8 are quoted below" in answer.answer, answer.answer[:300]
    # the part asked for is section C whole, not its first action line's: no "puts it under C1" line
    assert "under the heading" not in answer.answer and answer.citations[0].paragraph == "4", answer.answer[:400]
    short = assistant.ask("What is under section B of the Geneva Plan of Action?", mode="extractive")
    assert "That part holds" not in short.answer


def test_a_paragraph_of_no_named_text_says_so(assistant):
    answer = assistant.ask("paragraph 4", mode="extractive")
    assert len({c.doc_id for c in answer.citations}) >= 2, answer.answer
    assert "No text was named for ¶ 4: the answer quotes every indexed text that has such a paragraph" in answer.notice
    assert "No text was named" not in assistant.ask("Tunis Agenda paragraph 4", mode="extractive").notice


def test_sub_item_quote_is_the_sub_item(assistant):
    answer = assistant.ask("TA ¶9(b)", mode="extractive")
    paragraph = assistant.store.corpus().get("tunis-agenda#9")
    assert answer.citations[0].quote.strip() != paragraph.text.strip()
    assert paragraph.sub_items["b"] in answer.citations[0].quote


def test_a_looked_up_item_is_shown_under_its_lead_in(assistant):
    """"TA ¶9(b)": the item, quoted exactly, under the lead-in that says who does what."""
    answer = assistant.ask("TA ¶9(b)", mode="extractive")
    assert [c.paragraph for c in answer.citations] == ["9(b)"]
    lines = answer.answer.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("> ") and answer.citations[0].quote in line)
    assert lines[at - 1] == "> The mandate of the Forum is to: …", lines
    assert "mandate" not in answer.citations[0].quote  # the citation's quote stays the item alone


def test_action_line_reference(assistant):
    answer = assistant.ask("action line C5", mode="extractive")
    first = assistant.store.corpus().get(f"{answer.citations[0].doc_id}#{answer.citations[0].paragraph.split('(')[0]}")
    assert answer.citations[0].doc_id == "geneva-plan-of-action"
    assert any(s.startswith("C5") for s in first.section)


def test_unknown_paragraph_is_reported_not_invented(assistant):
    answer = assistant.ask("Tunis Agenda para 999", mode="extractive")
    assert answer.answer.startswith("Not found: ") and "paragraph 999" in answer.answer.split("\n")[0], answer.answer
    assert answer.abstained and all(c.paragraph != "999" for c in answer.citations)


def test_a_paragraph_the_index_does_not_hold_is_said_first_and_not_answered_by_others(assistant):
    """"para 72 of the Tunis Agenda" over paragraphs 1-16 quoted paragraphs 9, 1 and 12 as "most relevant",
    the "Not found" in a note at the end; a negotiator could take para. 9 for para. 72."""
    alone = assistant.ask("para 72 of the Tunis Agenda", mode="extractive")
    assert alone.abstained and not alone.citations, alone.answer
    assert alone.answer == ("Not found: Tunis Agenda for the Information Society: paragraph 72 is not in the indexed "
                            "text (paragraphs 1-16)."), alone.answer
    assert alone.notice == ""  # said once
    # a subject asked beside it: the not-found line first, then the passages on the subject
    topical = assistant.ask("What does para 72 of the Tunis Agenda say about enhanced cooperation?", mode="extractive")
    first, rest = topical.answer.split("\n\n", 1)
    assert first.startswith("Not found: Tunis Agenda for the Information Society: paragraph 72"), topical.answer
    assert not topical.abstained and "enhanced cooperation" in rest and topical.citations
    check_citations(assistant, topical)
    # what is left of a reference that did not parse asks nothing: no quotes of paragraphs 3, 9 and 12
    assert not assistant.ask("Tunis Agenda para -3", mode="extractive").citations
    # however the reference is spelt (a curly apostrophe, in Spanish)
    for question in ("the Tunis Agenda’s para 72", "Agenda de Tunis, párrafo 72"):
        spelt = assistant.ask(question, mode="extractive")
        assert spelt.abstained and not spelt.citations, (question, spelt.answer)
    # a subject the texts do not address beside it: both said
    both = assistant.ask("What does paragraph 72 of the Tunis Agenda say about net neutrality?", mode="extractive")
    lines = both.answer.split("\n")
    assert lines[0].startswith("Not found: ") and "net neutrality" in lines[1], both.answer
    # a question naming a text and nothing else is no reference: still answered from the text
    whole = assistant.ask("What's in the GDC?", mode="extractive")
    assert not whole.abstained and whole.citations and whole.citations[0].doc_id == "global-digital-compact", whole.answer


def test_styled_letters_are_read_as_the_letters_they_are(assistant):
    """"𝕿𝖚𝖓𝖎𝖘 𝕬𝖌𝖊𝖓𝖉𝖆 para 9" named no text and quoted paragraph 9 of four; full-width letters alike."""
    from wsis.errors import validate_text

    assert validate_text("𝕿𝖚𝖓𝖎𝖘 𝕬𝖌𝖊𝖓𝖉𝖆 para 9 🤖", "question") == "Tunis Agenda para 9 🤖"
    assert validate_text("ＧＤＣ", "question") == "GDC"
    answer = assistant.ask("𝕿𝖚𝖓𝖎𝖘 𝕬𝖌𝖊𝖓𝖉𝖆 para 9", mode="extractive")
    assert [c.id for c in answer.citations] == ["tunis-agenda#9"], answer.answer[:300]


def test_malformed_questions_give_one_line_errors(assistant):
    for bad in ("", "   ", "x" * 5000, None):
        with pytest.raises(QuestionError) as info:
            assistant.ask(bad)
        assert str(info.value).startswith("question:")
    with pytest.raises(QuestionError):
        assistant.ask("enhanced cooperation", mode="poetry")


def test_cli_ask_json(fixture_index):
    result = run_wsis("ask", "TA ¶9(b)", "--json", data_dir=fixture_index.data_dir)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert {"answer", "mode", "abstained", "citations"} <= set(data)
    assert data["mode"] == "extractive" and data["abstained"] is False
    assert data["citations"][0]["doc_id"] == "tunis-agenda" and data["citations"][0]["paragraph"] == "9(b)"
    human = run_wsis("ask", "What is said about enhanced cooperation?", "--doc", "tunis-agenda", data_dir=fixture_index.data_dir)
    assert human.returncode == 0 and "References:" in human.stdout and "Tunis Agenda" in human.stdout
    bad = run_wsis("ask", "  ", data_dir=fixture_index.data_dir)
    assert bad.returncode != 0 and "question: is empty" in bad.stderr and "Traceback" not in bad.stderr
    marks = run_wsis("ask", "?!...;;", data_dir=fixture_index.data_dir)
    assert marks.returncode != 0 and "question: has no words or numbers" in marks.stderr and not marks.stdout
    unknown = run_wsis("ask", "x", "--doc", "nope", data_dir=fixture_index.data_dir)
    assert unknown.returncode != 0 and "--doc" in unknown.stderr
    assert "document ids, as `wsis status` lists them:" in unknown.stderr and "tunis-agenda" in unknown.stderr
