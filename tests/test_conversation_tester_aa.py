"""Conversations as tester AA typed them over the specimens of the real layouts (API history, follow-ups)."""
from __future__ import annotations

from wsis.assistant.everyday import everyday_forms
from wsis.assistant.followups import asks_to_rephrase


def _turns(assistant, questions: list[str]) -> tuple[list[dict], object]:
    history: list[dict] = []
    answer = None
    for question in questions:
        answer = assistant.ask(question, history=history, mode="extractive")
        history += [{"role": "user", "content": question}, {"role": "assistant", "content": answer.answer}]
    return history, answer


def test_a_paragraph_of_it_is_the_text_named_by_its_year(specimens):
    """"and in paragraph 6 of it?" after "what does the 2015 resolution say about the forum?" quoted GDC 6
    (the text the turn before that named)."""
    _, answer = _turns(specimens, ["GDC 28", "what does the 2015 resolution say about the forum?", "and in paragraph 6 of it?"])
    assert [c.id for c in answer.citations] == ["a-res-70-125#6"], answer.answer[:200]


def test_quote_a_number_too_after_a_turn_between(specimens):
    _, answer = _turns(specimens, ["TA 71", "which para says the SG starts the process?", "quote 72 too"])
    assert [c.id for c in answer.citations] == ["tunis-agenda#72"], answer.answer[:200]


def test_the_history_an_api_client_sends_is_read_as_typed(specimens):
    """The UI stored "what's the IGF for"; an API client sends "whats the igf for": the follow-up was refused."""
    first = specimens.ask("whats the igf for", mode="extractive")
    history = [{"role": "user", "content": "whats the igf for"}, {"role": "assistant", "content": first.answer}]
    follow = specimens.ask("who pays for it?", history=history, mode="extractive")
    assert not follow.abstained and "global-digital-compact#29" in [c.id for c in follow.citations], follow.answer[:200]


def test_say_that_more_simply_quotes_the_paragraphs_whole_and_says_it_does_not_reword(specimens):
    history, before = _turns(specimens, ["what does the GDC say about the digital divide"])
    simpler = specimens.ask("say that more simply", history=history, mode="extractive")
    assert {c.id for c in simpler.citations} == {c.id for c in before.citations}, simpler.answer[:200]
    assert simpler.answer.startswith("The text of") and "never reword" in simpler.notice
    dated = [{"role": "user", "content": "When was the Tunis Agenda adopted?"},
             {"role": "assistant", "content": "Tunis Agenda is dated 18 November 2005 [1].\n\n> “18 November 2005” [1] (Tunis Agenda, title)"}]
    nothing = specimens.ask("say that more simply", history=dated, mode="extractive")  # no numbered paragraph to quote whole
    assert "never reword" not in nothing.notice
    for request in ("in plain English please", "could you say it more simply?", "rephrase it", "simpler please"):
        assert asks_to_rephrase(request), request
    for own in ("Can you paraphrase para 72?", "explain more simply what the forum does", "paraphrase the GDC on data"):
        assert not asks_to_rephrase(own), own  # a subject of its own: asked as such, not the last answer's paragraphs


def test_people_still_offline_are_the_unconnected_and_spanish_compare_asks_its_subject(specimens):
    assert "unconnected" in everyday_forms("how many people are still offline?")
    compare = specimens.ask("Compara la Agenda de Túnez y el Pacto Digital Mundial sobre el Foro", mode="extractive")
    assert not compare.abstained and "tunis-agenda#72" in [c.id for c in compare.citations], compare.answer[:200]


def test_compare_quotes_a_second_paragraph_only_when_it_holds_the_topic(specimens):
    """Compare on "IGF" quoted the 2015 review's "We decide to hold the next overall review" beside its
    paragraph on the forum: a row's further paragraphs must hold the topic themselves."""
    from wsis.assistant.compare import compare
    rows = {r.doc_id: r for r in compare(specimens, "IGF")}
    assert rows["a-res-70-125"].addressed and [p.paragraph for p in rows["a-res-70-125"].paragraphs] == ["6"]
    assert [p.paragraph for p in rows["global-digital-compact"].paragraphs] == ["28", "29(b)"]


def test_which_para_after_an_answer_is_the_place_of_that_answer(specimens):
    """"which para?" after "The Declaration on Future Generations does not mention open data; the passages below
    that do …" quoted the Declaration's own paragraphs: it asks where the quote just given stands."""
    _, answer = _turns(specimens, ["What does the GDC say about open data?", "and the Declaration on Future Generations?",
                                   "which para?"])
    assert [c.id for c in answer.citations] == ["global-digital-compact#2"], answer.answer[:200]
    _, answer = _turns(specimens, ["What does the GDC say about open data?", "Sorry, which para was that?"])
    assert [c.id for c in answer.citations] == ["global-digital-compact#2"], answer.answer[:200]
    _, answer = _turns(specimens, ["whats enhanced cooperation", "what paragraph is that from?"])
    assert [c.id for c in answer.citations] == ["tunis-agenda#69", "tunis-agenda#71"], answer.answer[:200]
    # "Which paragraph of A/RES/70/125 is that?": that text's paragraphs of the answer (tester AB M2: a new search)
    _, answer = _turns(specimens, ["How did the 2015 review change Tunis on the forum?", "Which paragraph of A/RES/70/125 is that?"])
    cited = [c.id for c in answer.citations]
    assert answer.answer.startswith("The text of") and cited and all(c.startswith("a-res-70-125#") for c in cited), answer.answer[:200]
    # a question of its own is not the place of the last answer
    _, answer = _turns(specimens, ["whats enhanced cooperation", "which para says the SG starts the process?"])
    assert answer.citations[0].id == "tunis-agenda#71" and not answer.answer.startswith("The text of")


def test_a_date_and_subject_question_in_a_conversation_is_answered_in_both_parts(specimens):
    """Tester AB: the README's own "When was the Tunis Agenda adopted and what does it say about enhanced
    cooperation?" was refused after another turn ("does not mention a date"): two parts were read only without history."""
    _, answer = _turns(specimens, ["Which texts mention the Secretary-General?",
                                   "When was the Tunis Agenda adopted and what does it say about enhanced cooperation?"])
    assert not answer.abstained and answer.citations[0].id == "tunis-agenda#title", answer.answer[:200]
    assert "tunis-agenda#69" in [c.id for c in answer.citations]
