"""Questions that name nothing to look up ("What?", "为什么？") are told so, in their language, not
answered with whatever passages happen to rank first; a follow-up takes its subject from the turn
before, and a question with one word of its own is answered as before."""
import pytest

from wsis.assistant.subjectless import names_nothing


@pytest.mark.parametrize("question", ["What?", "Which: : : ?", "Why?", "Tell me more", "How so?", "Is it?",
                                      "Qu'est-ce que ?", "Pourquoi ?", "¿Qué?", "¿Por qué?", "Что?", "Почему?",
                                      "ماذا؟", "لماذا؟", "为什么？", "什么？"])
def test_question_words_alone_name_nothing(question):
    assert names_nothing(question)


@pytest.mark.parametrize("question", ["Why the IGF?", "What about IT?", "And the US?", "What about financing?",
                                      "TA 72", "Tunis Agenda?", "Qu'est-ce que le FGI ?", "¿Qué es la CMSI?",
                                      "Что такое ВВУИО?", "ما هو المنتدى؟", "什么是互联网治理论坛？", "May 2005?"])
def test_a_word_of_its_own_names_something(question):
    assert not names_nothing(question)


def test_a_question_without_a_subject_is_told_so_in_its_language(assistant):
    for question, words in (("What?", "names nothing to look up"), ("¿Qué?", "no nombra nada que buscar"),
                            ("为什么？", "没有可查找的内容")):
        answer = assistant.ask(question, mode="extractive")
        assert answer.abstained and not answer.citations, (question, answer.answer)
        assert words in answer.answer


def test_after_a_turn_the_same_words_are_a_follow_up(assistant):
    history = [{"role": "user", "content": "What is said about enhanced cooperation?"},
               {"role": "assistant", "content": "..."}]
    answer = assistant.ask("Why?", history=history, mode="extractive")
    assert not answer.abstained and answer.citations
    assert "names nothing" not in answer.answer
    assert any("cooperation" in p.paragraph.text.lower() for p in answer.passages)


def test_a_follow_up_asked_first_is_told_to_ask_the_whole_question(assistant):
    """"And in the GDC?" with no turn before it names a text but no subject: told so, nothing quoted.
    With a turn before it, it is that turn's question of the GDC; with a subject of its own ("And in
    the GDC on data?") it is answered."""
    for question in ("And in the GDC?", "What about the Tunis Agenda?", "And the Geneva plan?", "And what about the GDC?",
                     "What about it in the GDC?", "And in the GDC or the Tunis Agenda?"):
        answer = assistant.ask(question, mode="extractive")
        assert answer.abstained and not answer.citations, (question, answer.answer)
        assert answer.answer.startswith("This reads as a follow-up, but there is no earlier question to follow."), answer.answer
    history = [{"role": "user", "content": "What does the Tunis Agenda say about data?"}, {"role": "assistant", "content": "..."}]
    followed = assistant.ask("And in the GDC?", history=history, mode="extractive")
    assert not followed.abstained and followed.citations[0].doc_id == "global-digital-compact", followed.answer
    own = assistant.ask("And in the GDC on data?", mode="extractive")
    assert not own.abstained and "global-digital-compact" in {c.doc_id for c in own.citations}
    for question in ("And what is the Tunis Agenda?", "Then what does the GDC say?", "What about IT in the GDC?"):  # a question of their own
        assert not assistant.ask(question, mode="extractive").answer.startswith("This reads as a follow-up"), question


def test_a_request_only_an_earlier_answer_explains_is_a_follow_up_asked_first(assistant):
    """Tester AB L1: "and 29?" and "say that more simply" asked first were refused or answered with quotes."""
    for question in ("and 29?", "what about 30", "say that more simply", "can you rephrase that", "quote it exactly",
                     "which para?", "the paragraph after it", "And (c)?", "and the next one?", "where is that from?"):
        answer = assistant.ask(question, mode="extractive")
        assert answer.abstained and not answer.citations, (question, answer.answer)
        assert answer.answer.startswith("This reads as a follow-up, but there is no earlier question to follow."), (question, answer.answer)
    history = [{"role": "user", "content": "Tunis Agenda paragraph 9"}, {"role": "assistant", "content": "..."}]
    assert [c.id for c in assistant.ask("and 10?", history=history, mode="extractive").citations] == ["tunis-agenda#10"]
    for question in ("Tunis Agenda para 72", "explain the IGF simply"):
        assert not assistant.ask(question, mode="extractive").answer.startswith("This reads as a follow-up"), question


@pytest.mark.parametrize("question, asks", [
    ("Write me a poem about the internet", True), ("compose a song on the IGF", True), ("Tell me a joke about WSIS", True),
    ("Écris-moi un poème sur la fracture numérique", True), ("Escribe un cuento sobre el FGI", True),
    ("Write me a summary of the Tunis Agenda on financing", False), ("Tell me about the story of the IGF", False),
    ("Tell me the story of the IGF", False), ("Give me the story behind enhanced cooperation", False), ("write two poems on data", True),
    ("What does the GDC say on stories of local content?", False), ("Give me a list of the action lines", False)])
def test_a_request_for_a_poem_is_no_question_on_the_texts(question, asks):
    from wsis.assistant.subjectless import asks_for_writing

    assert asks_for_writing(question) is asks


def test_a_poem_asked_for_is_declined_without_quotes(assistant):
    """Tester Y: "Write me a poem about the internet" got five GDC passages "most relevant to your question"."""
    for question, words in (("Write me a poem about the internet", "does not write poems"),
                            ("Écris-moi un poème sur Internet", "n’écrit ni poèmes")):
        answer = assistant.ask(question, mode="extractive")
        assert answer.abstained and not answer.citations and words in answer.answer, answer.answer
    # the answer says it; no internal code beside it (tester Z: the CLI printed "Note: no subject" for "hi")
    for question in ("Write me a poem about the internet", "hi", "And in the GDC?"):
        assert not assistant.ask(question, mode="extractive").notice, question
