"""A text's outline asked for: "What are the action lines?", "List the objectives of the GDC"
(assistant/outline.py). The headings listed in order, each cited; a part without headings under it
quoted whole; other "what are the ..." questions left to the ordinary answer."""
from __future__ import annotations

from wsis.assistant.outline import outline_of
from wsis.types import Paragraph


def _para(label: str, section: list[str], text: str = "Some text.", numbered: bool = True) -> Paragraph:
    return Paragraph("d", label, text, numbered=numbered, section=section)


def test_the_headings_asked_are_found_by_their_words_their_series_or_their_part():
    plan = [_para("1", ["A. Introduction"]),
            _para("C1", ["C. Action Lines", "C1. Capacity"], "C1. Capacity", numbered=False), _para("2", ["C. Action Lines", "C1. Capacity"]),
            _para("C2", ["C. Action Lines", "C2. Media"], "C2. Media", numbered=False), _para("3", ["C. Action Lines", "C2. Media"])]
    assert outline_of(plan, "action lines") == ("list", ["C1. Capacity", "C2. Media"], "action lines")
    assert outline_of(plan, "WSIS action lines")[1:] == (["C1. Capacity", "C2. Media"], "action lines")
    compact = [_para("4", ["Objective 1. Close the divides"]), _para("5", ["Objective 2. Expand inclusion"]),
               _para("6", ["Principles"]), _para("7", ["Principles"])]
    assert outline_of(compact, "objectives")[:2] == ("list", ["Objective 1. Close the divides", "Objective 2. Expand inclusion"])
    assert outline_of(compact, "principles") == ("part", ["Principles"], "principles")
    declaration = [_para("5", ["B. An Information Society for All: Key Principles", "1) The role of governments"]),
                   _para("7", ["B. An Information Society for All: Key Principles", "2) Infrastructure"])]
    assert outline_of(declaration, "key principles")[:2] == ("list", ["1) The role of governments", "2) Infrastructure"])
    assert outline_of(compact, "main principles") == ("part", ["Principles"], "principles")  # a qualifier the heading lacks
    assert outline_of(compact, "risks") == ("", [], "")
    # a subject, not a part's name: the heading's word is not what is asked
    assert outline_of(plan, "risks for the media") == ("", [], "")
    assert outline_of(compact, "principles of internet governance") == ("", [], "")
    assert outline_of(plan, "commitments on capacity") == ("", [], "")
    assert outline_of(plan, "digital media") == ("", [], "")  # a word that is no qualifier stays asked
    assert outline_of(compact, "primary objectives")[0] == "list"


def test_an_outline_is_listed_with_each_heading_cited(assistant):
    lines = assistant.ask("What are the action lines?", mode="extractive")
    assert lines.answer.startswith("The Geneva Plan of Action sets out 11 action lines:"), lines.answer
    assert [c.paragraph for c in lines.citations] == [f"C{n}" for n in range(1, 12)]
    assert all(c.quote == f"C{n}. " + c.quote.split(". ", 1)[1] for n, c in enumerate(lines.citations, start=1))
    goals = assistant.ask("List the objectives of the GDC", mode="extractive")
    assert goals.answer.startswith("The Global Digital Compact sets out 5 objectives:"), goals.answer
    assert [c.paragraph for c in goals.citations] == ["4", "6", "8", "10", "12"]
    assert "- Objective 5. Enhance international governance of artificial intelligence" in goals.answer
    for quoted in goals.citations:  # the quote is the cited paragraph's own opening, verbatim
        assert quoted.quote in assistant.store.corpus().get(quoted.id).text
    # asked as users ask it: a count, a list, a qualifier or a count before the name
    for question in ("How many action lines are there?", "Give me the list of action lines", "What are the WSIS action lines?",
                     "What are the eleven action lines of the Geneva Plan of Action?"):
        asked = assistant.ask(question, mode="extractive")
        assert asked.answer.startswith("The Geneva Plan of Action sets out 11 action lines:"), (question, asked.answer)
    assert assistant.ask("How many objectives does the GDC have?", mode="extractive").answer.startswith(
        "The Global Digital Compact sets out 5 objectives:")
    # one of them by its place: the count, then that one, cited
    last = assistant.ask("What is the last action line?", mode="extractive")
    assert last.answer.startswith("The Geneva Plan of Action sets out 11 action lines; the last is:\n\n- C11."), last.answer
    assert [c.paragraph for c in last.citations] == ["C11"]
    first = assistant.ask("What is the first objective of the GDC?", mode="extractive")
    assert [c.paragraph for c in first.citations] == ["4"] and "the first is:" in first.answer
    # the text named is outside the filters: no other text's outline instead
    from wsis.types import Filters
    filtered = assistant.ask("What are the action lines of the GDC?", mode="extractive", filters=Filters(process="WSIS"))
    assert "sets out" not in filtered.answer.split("\n")[0], filtered.answer
    # a text's own divisions, whatever the question calls them; of which text, when none is named?
    parts = assistant.ask("What are the sections of the Tunis Agenda?", mode="extractive")
    assert parts.answer.startswith("The Tunis Agenda sets out 3 parts:\n\n- FINANCIAL MECHANISMS"), parts.answer
    assert "sets out" not in assistant.ask("What are the sections?", mode="extractive").answer
    # a follow-up: the text of the turn before
    history = [{"role": "user", "content": "What does the Tunis Agenda say about finance?"}, {"role": "assistant", "content": "..."}]
    assert assistant.ask("What are its sections?", history=history, mode="extractive").answer.startswith("The Tunis Agenda sets out 3 parts:")
    # "what are the ..." on a subject, not a part of a text: the ordinary answer
    for question in ("What are the main challenges for developing countries?", "What are the risks for the media?",
                     "What are the principles of internet governance?", "What are the commitments on capacity building?"):
        other = assistant.ask(question, mode="extractive")
        assert not other.answer.startswith(("The ", "Under “")) or "sets out" not in other.answer.split("\n")[0], (question, other.answer)
        assert not other.answer.startswith("Under “"), (question, other.answer)


def test_a_resolutions_preambular_or_operative_paragraphs_are_counted_and_listed():
    """"Which paragraphs of A/RES/70/125 are preambular?" (it had quoted PP3 among operative items): each
    preambular paragraph by its label, then quoted whole; "its operative paragraphs" likewise."""
    from wsis.eval.corpus import make_assistant
    from wsis.eval.suite_files import load_suite

    specimens = make_assistant(load_suite("specimens-users"))[0]
    pre = specimens.ask("Which paragraphs of A/RES/70/125 are preambular?", mode="extractive")
    assert pre.answer.startswith("The WSIS+10 outcome has 3 preambular paragraphs: PP1, PP2 and PP3."), pre.answer
    assert [c.paragraph for c in pre.citations] == ["PP1", "PP2", "PP3"]
    ops = specimens.ask("What are the operative paragraphs of the Pact?", mode="extractive")
    assert ops.answer.startswith("The Pact for the Future has 5 operative paragraphs: 1, 2, 3, 4 and 5."), ops.answer
    assert specimens.ask("What are the Pact's operative paragraphs?", mode="extractive").answer.startswith(
        "The Pact for the Future has 5 operative paragraphs:")
    assert specimens.ask("What are the operative paragraphs of the Pact (A/RES/79/1), please?", mode="extractive").answer.startswith(
        "The Pact for the Future has 5 operative paragraphs:")
    # "the operative paragraph" (one): the resolution's own "Adopts ..." block (tester Y: "does not mention operative")
    for question in ("quote the Pact's operative paragraph", "What is the operative paragraph of A/RES/79/1?"):
        one = specimens.ask(question, mode="extractive")
        assert [c.id for c in one.citations] == ["pact-for-the-future#operative"], (question, one.answer[:200])
        assert one.answer.startswith("The text of Pact for the Future, operative reads:") and not one.abstained
    # a subject inside them is a topic question, not the list
    on_ai = specimens.ask("Which paragraphs of the Pact on AI are operative?", mode="extractive")
    assert "operative paragraphs:" not in on_ai.answer.split("\n")[0], on_ai.answer
    on_data = specimens.ask("What are the operative paragraphs of the GDC on data?", mode="extractive")
    assert "operative paragraphs:" not in on_data.answer.split("\n")[0], on_data.answer
    # no text named: which text's? the ordinary answer
    assert "preambular paragraphs:" not in specimens.ask("Which paragraphs are preambular?", mode="extractive").answer


def test_the_nth_paragraph_of_a_part_named_by_its_heading(specimens):
    """Tester Z: "What is the last principle of the GDC?" listed the first eight paragraphs under
    "Principles" and never the last. The n-th of a part is that paragraph, after the part's count."""
    last = specimens.ask("What is the last principle of the GDC?", mode="extractive")
    assert last.answer.startswith("The Global Digital Compact sets out 17 paragraphs under “Principles”; the last is:"), last.answer
    assert [c.id for c in last.citations] == ["global-digital-compact#25"], last.answer
    first = specimens.ask("What is the first principle of the GDC?", mode="extractive")
    assert [c.id for c in first.citations] == ["global-digital-compact#9"], first.answer
