"""Questions on when a named text was adopted (assistant/dates.py): which questions are such, and
which printed line answers them. The end-to-end answers on a real index: tests/test_specimens_particulars.py."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from wsis.assistant.dates import date_answer, date_line, first_printed_date, is_date_question, parent_symbol, printed_forms
from wsis.types import DocumentInfo, Paragraph


@pytest.mark.parametrize("question, stripped, lang", [
    ("When was A/RES/70/125 adopted?", "When was  adopted?", "en"),
    ("What date is the Tunis Agenda from?", "What date is the  from?", "en"),
    ("In which year was the GDC formally agreed by member states?", "In which year was the  formally agreed by member states?", "en"),
    ("¿Cuándo se aprobó la A/RES/70/125?", "¿Cuándo se aprobó la ?", "es"),
    ("A/RES/70/125 是何时通过的？", " 是何时通过的？", "zh"),
    ("What's the date of the Tunis Agenda?", "What's the date of the ?", "en"),
    ("What date does the Geneva Declaration carry?", "What date does the  carry?", "en"),
    ("What is the GDC's adoption date?", "What is the 's adoption date?", "en"),
    ("Когда была принята резолюция A/RES/70/125?", "Когда была принята резолюция ?", "ru"),
    # the time between two texts' dates
    ("How much time passed between the Geneva Plan being issued and the Tunis Agenda coming out?",
     "How much time passed between the  being issued and the  coming out?", "en"),
    ("How many years apart were the Tunis Agenda and the GDC adopted?", "How many years apart were the  and the  adopted?", "en"),
    # a text that "came out" was issued; "the same day" asks both dates
    ("When did the Tunis Agenda and the Tunis Commitment come out?", "When did the  and the  come out?", "en"),
    ("Were the Tunis Agenda and the Tunis Commitment adopted on the same day?", "Were the  and the  adopted on the same day?", "en"),
    # who adopted it, asked with when: the line printing the date names the adopting body
    ("When and by whom was A/RES/70/125 adopted?", "When and by whom was  adopted?", "en"),
    ("Who adopted A/RES/70/125 and when?", "Who adopted  and when?", "en"),
    # each text its own date; "dates" asked as a noun
    ("When were the Geneva declaration and the Tunis agenda each adopted?", "When were the  and the  each adopted?", "en"),
    ("dates the General Assembly adopted the 2015 review and the Pact", "dates the General Assembly adopted the  and the ", "en"),
    # round 16: the body and the text by their short forms, the text named again in apposition
    ("On what date did the UNGA adopt res 70/125, the WSIS outcome?", "On what date did the UNGA adopt res , the WSIS outcome?", "en"),
    ("When did the GA adopt reso 70/125?", "When did the GA adopt reso ?", "en"),
    # round 18: the adopting body as "the UN membership"
    ("When was the Pact approved by the UN membership?", "When was the  approved by the UN membership?", "en"),
    # round 26: "give me the date", "how far apart were ..." ("do not mention date")
    ("give me the date of the Geneva declaration and of the Tunis agenda", "give me the date of the  and of the ", "en"),
    ("how far apart were the Geneva declaration and the Tunis agenda? give me the date on each",
     "how far apart were the  and the ? give me the date on each", "en"),
    ("Give me the dates of the Tunis Agenda and the GDC", "Give me the dates of the  and the ", "en"),  # review
    ("Can you give me the date of the Tunis Agenda?", "Can you give me the date of the ?", "en"),
    ("What date is on the WSIS Declaration of Principles from Geneva?", "What date is on the  from Geneva?", "en"),  # round 29
    # round 30: a request's wrapping ("just need both dates pls"), what the dates are for, "how far apart ... were"
    ("when did the general assembly adopt res 70/125 and the pact for the future? just need both dates pls",
     "when did the general assembly adopt  and the ? just need both dates pls", "en"),
    ("For our catalogue records, could you tell me the dates on which the Geneva Declaration of Principles and the Tunis Agenda "
     "were issued, and therefore roughly how far apart the two summit phases were?",
     "For our catalogue records, could you tell me the dates on which the  and the  were issued, and therefore roughly how far "
     "apart the two summit phases were?", "en"),
    ("How far apart are the Geneva Plan of Action and the Tunis Agenda in years?", "How far apart are the  and the  in years?", "en"),  # review
    ("When was the Tunis Agenda adopted, roughly?", "When was the  adopted, roughly?", "en"),
    ("For briefing notes, when was the Tunis Agenda adopted?", "For briefing notes, when was the  adopted?", "en"),
    ("when were the geneva declaration and the tunis agenda each adopted? i keep mixing up 2003 and 2005",  # round 31: the asker's remark
     "when were the  and the  each adopted? i keep mixing up 2003 and 2005", "en"),
    ("I keep mixing up 2003 and 2005. When were the Geneva Plan of Action and the Tunis Agenda adopted?",  # second review
     "I keep mixing up 2003 and 2005. When were the  and the  adopted?", "en"),
    ("when were they each adopted? (i keep mixing them up)", "when were the  and the  each adopted? (i keep mixing them up)", "en"),
    ("when were they each adopted - i keep mixing up 2003 and 2005", "when were the  and the  each adopted - i keep mixing up 2003 and 2005", "en"),
    ("when were the 2015 review resolution and the pact for the future adopted?? need both dates for my timeline",  # round 32
     "when were the  and the  adopted?? need both dates for my timeline", "en"),
    ("need the issue dates of the Geneva Declaration of Principles and of the Tunis Agenda for a citation - how far apart were they?",
     "need the issue dates of the  and of the  for a citation - how far apart were they?", "en"),  # round 39
    ("A columnist wrote that the Pact and the WSIS review outcome were adopted in the same year. On what dates was each adopted?",
     "A columnist wrote that the  and the  were adopted in the same year. On what dates was each adopted?", "en"),  # round 39
])
def test_date_questions(question, stripped, lang):
    assert is_date_question(question, stripped, lang)


@pytest.mark.parametrize("question, stripped, lang", [
    ("When did the Tunis Agenda agree to convene the IGF?", "When did the  agree to convene the IGF?", "en"),
    ("Do all countries have to sign the Pact, and when?", "Do all countries have to sign the , and when?", "en"),  # review
    ("When should the targets of A/RES/70/125 be reached?", "When should the targets of  be reached?", "en"),
    ("What does the Tunis Agenda say about the date of the next review?", "What does the  say about the date of the next review?", "en"),
    ("What does A/RES/70/125 say on broadband?", "What does  say on broadband?", "en"),
    ("And when?", "And when?", "en"),  # a follow-up on the last answer's subject, not on the text's adoption
    ("When was the review of the Tunis Agenda held?", "When was the review of the  held?", "en"),  # the review's date, not the text's
    ("How long did the Tunis Agenda take to negotiate?", "How long did the  take to negotiate?", "en"),
    ("How long after the summit did the forum meet?", "How long after the summit did the forum meet?", "en"),
    ("How far does the Tunis Agenda go beyond Geneva?", "How far does the  go beyond ?", "en"),  # no date asked
    ("How far did the Tunis Agenda go after the Geneva Declaration?", "How far did the  go after the ?", "en"),  # review
    ("How far apart are rich and poor countries on access?", "How far apart are rich and poor countries on access?", "en"),
    ("How far apart is the Tunis Agenda from the GDC on rights?", "How far apart is the  from the  on rights?", "en"),
    ("For our records, what does the Tunis Agenda say on the Forum?", "For our records, what does the  say on the Forum?", "en"),
    # review: a deadline asked, not the text's date
    ("When do governments need to sign the Tunis Commitment?", "When do governments need to sign the ?", "en"),
    ("When could states sign the GDC?", "When could states sign the ?", "en"),
    # second review: a tail that asks for more than the date
    ("When was the Tunis Agenda adopted? I'd also like to know what it says about the Forum.",
     "When was the  adopted? I'd also like to know what it says about the Forum.", "en"),
    ("When was the Tunis Agenda adopted? Can we still propose amendments to it", "When was the  adopted? Can we still propose amendments to it", "en"),
    ("Does the Tunis Agenda give the date of the next review?", "Does the  give the date of the next review?", "en"),
    ("When did the Forum's first report come out?", "When did the Forum's first report come out?", "en"),
    ("Who chairs the Forum and when does it meet?", "Who chairs the Forum and when does it meet?", "en"),
    ("Do the  and the  say the same thing on the same day?", "Do the  and the  say the same thing on the same day?", "en"),
    # other languages: a verb of the question's own subject is not the text's adoption
    ("¿Cuándo afirma la Agenda de Túnez que debe celebrarse el Foro?", "¿Cuándo afirma la  que debe celebrarse el Foro?", "es"),
    ("¿Cuándo deben los Estados aprobar estrategias según la Agenda de Túnez?", "¿Cuándo deben los Estados aprobar estrategias según la ?", "es"),
    ("Quand l'Agenda de Tunis demande-t-il d'adopter des stratégies ?", "Quand l' demande-t-il d'adopter des stratégies ?", "fr"),
    ("全球数字契约什么时候要求各国通过国家数据战略？", "什么时候要求各国通过国家数据战略？", "zh"),
    ("Было ли продление мандата Форума одобрено в Тунисской программе?", "Было ли продление мандата Форума одобрено в ?", "ru"),
    ("Почему Тунисская программа никогда не была принята всеми?", "Почему  никогда не была принята всеми?", "ru"),
])
def test_other_questions_are_not_date_questions(question, stripped, lang):
    assert not is_date_question(question, stripped, lang)


def test_printed_forms_and_dates():
    assert printed_forms("2015-12-16")[:3] == ["16 December 2015", "16 December 2015", "December 16, 2015"]
    assert printed_forms("2015") == [] and printed_forms("") == []
    assert first_printed_date("Distr.: General 21 December 2015") == "2015-12-21"
    assert parent_symbol(DocumentInfo("gdc", "Global Digital Compact", symbol="A/RES/79/1, annex I")) == "A/RES/79/1"
    assert parent_symbol(DocumentInfo("x", "X", symbol="A/RES/70/125")) == ""


def test_the_line_that_says_adopted_wins_over_a_distribution_date_and_the_closing_line():
    title = Paragraph("r", "title", "United Nations\nA/RES/1/1\nDistr.: General\n21 December 2015\n"
                      "Resolution adopted by the General Assembly on 16 December 2015", numbered=False, order=0)
    closing = Paragraph("r", "closing", "80th plenary meeting 16 December 2015", numbered=False, order=9)
    assert date_line([title, closing], "2015-12-16").line == "Resolution adopted by the General Assembly on 16 December 2015"
    assert date_line([closing], "2015-12-16").line == "80th plenary meeting 16 December 2015"
    # a text without a catalog date: a date its title block prints, the line saying "adopted" first
    assert date_line([title, closing], "").iso == "2015-12-16"
    assert date_line([Paragraph("r", "title", "Distr.: General\n21 December 2015", numbered=False)], "").iso == "2015-12-21"
    assert date_line([closing], "2014-06-11") is None
    # "2 December 2015" is not printed inside "12 December 2015"
    assert date_line([Paragraph("r", "closing", "80th plenary meeting 12 December 2015", numbered=False)], "2015-12-02") is None


def test_an_undated_text_and_one_outside_the_index_are_said_so_without_a_quote():
    mine = DocumentInfo("notes", "My notes")
    corpus = SimpleNamespace(documents={"notes": mine}, doc_order=["notes"],
                             paragraphs=[Paragraph("notes", "1", "Nothing dated here.")])
    answer = date_answer("When were my notes adopted?", [mine], corpus)
    assert answer.abstained and not answer.citations
    assert answer.answer == "The indexed text of My notes does not print its date, and the catalog has none for it."
    # a year in the title block, and no full date: the year, said to be no more than that
    dated = DocumentInfo("event", "Event 2024 summary")
    corpus.documents["event"] = dated
    corpus.paragraphs.append(Paragraph("event", "title", "Event 2024 summary\nDocument 12/2019", numbered=False))
    year = date_answer("When was the event summary held?", [dated], corpus)
    assert year.answer.startswith("Event 2024 summary prints no full date, only the year 2024 [1].")
    assert [c.quote for c in year.citations] == ["Event 2024 summary"] and not year.abstained
    elsewhere = DocumentInfo("tunis-agenda", "Tunis Agenda", symbol="S/1", date="2005-11-18")
    out = date_answer("When was the Tunis Agenda adopted?", [elsewhere], corpus, lang="fr")
    assert out.answer == "Tunis Agenda (S/1) n’est pas dans l’index\u00a0; le catalogue du projet donne 2005-11-18."
    assert date_answer("?", [], corpus) is None


@pytest.mark.parametrize("line", [
    "Resolution adopted by the General Assembly on 16 December 2015", "Adopted on the 16th of December 2015",
    "Adopted on 16th Dec. 2015", "Adopted on December 16, 2015", "Date: 16/12/2015", "Date : 16.12.2015",
    "Adopted 2015-12-16", "Résolution adoptée par l'Assemblée générale le 16 décembre 2015",
    "Resolución aprobada por la Asamblea General el 16 de diciembre de 2015",
    "Резолюция, принятая Генеральной Ассамблеей 16 декабря 2015 года", "大会2015年12月16日通过的决议",
    "قرار اتخذته الجمعية العامة في 16 كانون الأول/ديسمبر 2015",
])
def test_a_date_is_found_as_each_language_prints_it(line):
    """A local text or a language version prints its date in its own way; the catalog's date is found in each."""
    found = date_line([Paragraph("r", "title", f"Distr.: General\n{line}", numbered=False)], "2015-12-16")
    assert found is not None and found.line == line


@pytest.mark.parametrize("line", ["Adopted on 26 December 2015", "Adopted on 16 December 2014", "Date: 16/11/2015",
                                  "Ref. 116/12/2015", "le 6 décembre 2015", "Adopted on December 16, 2016"])
def test_a_near_date_is_not_the_date(line):
    assert date_line([Paragraph("r", "title", line, numbered=False)], "2015-12-16") is None


def test_the_first_printed_date_in_english_forms():
    assert first_printed_date("Distr.: General 21st December 2015") == "2015-12-21"
    assert first_printed_date("New York, December 21, 2015") == "2015-12-21"
    assert first_printed_date("Report 2015, 45 December 2015") == "" and first_printed_date("45 May 2015, 3 June 2015") == "2015-06-03"


def test_the_time_between_two_texts_dates():
    plan, agenda = DocumentInfo("plan", "Plan", date="2003-12-12"), DocumentInfo("agenda", "Agenda", date="2005-11-18")
    corpus = SimpleNamespace(documents={"plan": plan, "agenda": agenda}, doc_order=["plan", "agenda"],
                             paragraphs=[Paragraph("plan", "title", "Document P/1\n12 December 2003", numbered=False),
                                         Paragraph("agenda", "title", "Document A/1\n18 November 2005", numbered=False)])
    answer = date_answer("How much time passed between the Plan and the Agenda?", [agenda, plan], corpus)
    assert [c.id for c in answer.citations] == ["agenda#title", "plan#title"] and not answer.abstained
    assert "Between the first and the last of these dates: 707 days (about 1.9 years)." in answer.answer
    assert "days" not in date_answer("When were the Plan and the Agenda adopted?", [plan, agenda], corpus).answer


def test_which_one_is_newer_is_answered_from_both_dates(specimens):
    """Tester AB M8: "which one is newer, the tunis agenda or the geneva declaration?" quoted topic passages
    and gave no date; both dates are in the title blocks."""
    answer = specimens.ask("which one is newer, the tunis agenda or the geneva declaration?", mode="extractive")
    assert "is dated 18 November 2005 [1]" in answer.answer and "is dated 12 December 2003 [2]" in answer.answer, answer.answer
    assert "The more recent is the Tunis Agenda" in answer.answer, answer.answer
    answer = specimens.ask("Which came first, the GDC or the Tunis Agenda?", mode="extractive")
    assert "The earlier is the Tunis Agenda" in answer.answer, answer.answer
    answer = specimens.ask("Which one is newer, the Tunis Agenda or the GDC?", mode="extractive")  # the annex, not its host
    assert "The more recent is the Global Digital Compact" in answer.answer, answer.answer


def test_which_one_is_newer_after_a_comparison_is_asked_of_its_texts(specimens):
    """Tester AB M8: "which one is newer" after "what's the difference between the tunis agenda and the
    geneva declaration" was refused; "which one" points back to the two texts compared."""
    first = "what's the difference between the tunis agenda and the geneva declaration"
    history = [{"role": "user", "content": first}, {"role": "assistant", "content": specimens.ask(first, mode="extractive").answer}]
    answer = specimens.ask("which one is newer", history=history, mode="extractive")
    assert "The more recent is the Tunis Agenda" in answer.answer, answer.answer


def test_what_the_asker_is_making_with_the_dates_is_no_subject():
    """Round 34: "I'm drawing a timeline on the board - what dates are on the Geneva declaration and the Tunis agenda?" was a topic
    question ("drawing", "board")."""
    for question in ("I'm drawing a timeline on the board - what dates are on the  and the ?",
                     "I'm making slides for my class. When was the  adopted?", "I am preparing a short presentation. What year was the  signed?"):
        assert is_date_question(question, question), question
    for other in ("I'm doing research on the forum. When did the  agree to convene it?", "I'm drawing a map of the board - when was the  adopted?"):
        assert not is_date_question(other, other), other


def test_statements_before_a_date_question_are_no_subject():
    """Round 35: "We keep seeing A/RES/79/1 cited in reports on sustainability. Which text is that, and when was it adopted?" said the
    Pact gives no date for "when was it adopted"."""
    assert is_date_question("We keep seeing  cited in reports on sustainability. Which text is that, and when was it adopted?",
                            "We keep seeing  cited in reports on sustainability. Which text is that, and when was it adopted?")
    for other in ("The forum was created in . When was it first convened?", "The  speaks of AI. When did it say so?",
                  "The  asks the Secretary-General to convene the IGF. When was it first held?",  # review: not the asker's own
                  "Summarise the 's commitments on financing. When was it adopted?", "What does the  say about AI. When was it adopted?"):
        assert not is_date_question(other, other), other


def test_what_the_dates_are_for_may_be_an_annex_or_a_table():
    """Round 37: "For a timeline annex, give the dates of (1) the Geneva Declaration of Principles, (2) the Tunis Agenda and (3) the
    General Assembly's 2015 review resolution." quoted paragraphs ("annex" was read as its subject)."""
    for question in ("For a timeline annex, give the dates of (1) the , (2) the  and (3) the .",
                     "For the appendix, what dates are on the  and the ?", "For a comparison table: when was the  adopted?"):
        assert is_date_question(question, question), question
    assert not is_date_question("For a timeline annex, when did the  agree on the forum?", "For a timeline annex, when did the  agree on the forum?")
