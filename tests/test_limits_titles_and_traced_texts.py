"""Round 42: a time limit asked about as such ("any deadline?"), a text's own particulars asked in passing (its document
number, "when and by which body"), texts traced or named the way users name them ("from Tunis in 2005, to the 2015 GA
review", "Geneva's list of principles", "the ITU event statement", a terse "regional networks excerpt"), frame words
("no exceptions", "new framing", "our slogan") and users' words for the texts' terms. Each was seen in round 42's fresh
questions."""
from __future__ import annotations

from wsis.assistant import concepts as C
from wsis.assistant.asker import without_asker
from wsis.assistant.about_text import asks_adoption_act
from wsis.assistant.deadlines import asked_deadline, unanswered_deadline
from wsis.assistant.everyday import rewrites
from wsis.assistant.idioms import idiom_word
from wsis.assistant.mentions import implied_documents
from wsis.assistant.references import DocumentNames
from tests.conftest import bare_passage as passage


def phrases(text: str) -> list[str]:
    return [p.text for p in C.concept_phrases(text, text)]


def test_a_time_limit_asked_about_is_the_kind_of_answer():
    """"Review arrangements: Tunis Agenda vs GDC - who reports, to what body, any deadline?" was refused: "do not mention
    deadline", though the Tunis Agenda asks for a review "by 2015"."""
    for question in ("who reports, to what body, any deadline?", "Is there a deadline for the review?",
                     "Does the compact set a timeline for the skills programmes?", "Is there a time frame for it?"):
        limit = [p for p in C.concept_phrases(question, question) if p.text.lower() in ("deadline", "timeline", "time frame")]
        assert limit and all(p.time_limit and not p.answer_type for p in limit), question
        detail, year = asked_deadline(question)
        assert year == "" and detail.what == "a deadline"
    assert not C.concept_phrases("Does the compact mention data governance?")[0].time_limit
    # the concept check skips it only where ``deadlines`` checks it: not when a text's adoption is asked (review)
    for tested in ("Were any deadlines agreed for the AI panel?", "Does it set a deadline for countries to adopt laws?"):
        assert asked_deadline(tested) is None
        check = C.check(tested, [passage("We decide to establish a scientific panel.")], lambda phrase: [], embed=None, question=tested)
        assert any(p.startswith("deadline") for p in [*check.missing.split(", "), *check.unmatched.split(", ")]), tested
    # a year in the limit's clause is the year asked (review); a timeline of a process is its history
    assert asked_deadline("Is the deadline for universal connectivity 2030?")[1] == "2030"
    assert asked_deadline("Give me a timeline of the WSIS process") is None
    for dated in ("What timeline did the 2005 Tunis Agenda set for connecting villages?",  # a year naming a text (review)
                  "Is there a deadline in the 2030 Agenda for universal connectivity?"):
        assert asked_deadline(dated)[1] == "", dated
    assert asked_deadline("Walk me through the timeline from Geneva 2003 to the Tunis Agenda.") is None
    asked = "Is there a timeline for the next review of the vision?"
    assert unanswered_deadline(asked, [passage("We call for an inclusive review of the vision in ten years.")]) is None
    assert unanswered_deadline(asked, [passage("We call for an inclusive review of the vision in recent years.")]) is not None


def test_a_deadline_is_answered_by_a_year_and_refused_without_one(assistant):
    answer = assistant.ask("Is there a deadline for the review in the Tunis Agenda?")
    assert not answer.abstained and "tunis-agenda#12" in [c.id for c in answer.citations[:3]]
    assert "2015" in answer.answer
    refused = assistant.ask("Does the compact set a timeline for the digital skills programmes?")
    assert refused.abstained and "date" in refused.answer.splitlines()[0]


def test_everyone_with_no_exceptions_and_the_askers_framing_name_no_concept():
    """"Our movement's slogan is everyone, no exceptions. Can you trace that idea ...?" was refused: "do not mention
    exceptions"; "... or did they strike out with new framing?" was refused: "do not mention new framing"."""
    words = "everyone , no exceptions .".split()
    assert idiom_word(words, 3)
    for kept in ("are there no exceptions for national security ?", "exceptions to the rule", "without exception clauses",
                 "do the texts allow no exceptions ?"):  # (review)
        assert not any(idiom_word(kept.split(), i) for i in range(len(kept.split()))), kept
    assert "exceptions" not in " ".join(phrases("Our slogan is everyone, no exceptions. Can you trace that idea?"))
    assert "framing" not in " ".join(phrases("Did they tie themselves to the summit, or strike out with new framing?"))
    assert phrases("What is the GDC's motto?") == ["motto"]  # still asked about (review)
    assert without_asker("What does the compact say about connectivity? My team's work is about rural schools in Chad.") == \
        "What does the compact say about connectivity?"  # a remark after the question is still cut whole (review)
    told = without_asker("Our movement's slogan is everyone, no exceptions. Can you trace that idea through the texts?")
    assert "movement" not in told and "trace that idea" in told
    assert "network" in without_asker("Does the compact say anything about our network's spectrum?")  # not an owner's
    kept = "My team's bibliography needs the year. When was the Geneva Declaration adopted?"  # no slogan told (review)
    assert without_asker(kept) == kept


def test_texts_named_the_way_users_trace_them(specimens):
    docs = specimens.retriever.corpus().documents

    def named(question: str) -> list[str]:
        mentioned, years, events = implied_documents(question, docs)
        return sorted({*mentioned, *years, *(d for g in events for d in g)})

    assert "geneva-declaration" in named("How did principle-setting move from Geneva's list of key principles to the Tunis idea?")
    assert named("Geneva's weather in June?") == []  # not a text's possession
    traced = named("how does the IGF shift from Tunis in 2005, to the 2015 GA review, to the Global Digital Compact?")
    assert "tunis-agenda" in traced
    assert "tunis-agenda" not in named("I flew from Tunis in 2005 to the Geneva meeting; what did the compact say?")
    assert "wsis10-statement" in named("Both the ITU event statement and the 2015 resolution claim progress. What do they concede?")
    assert "wsis10-vision" in named("It shows up in the vision document from the ITU-hosted +10 event")
    assert named("What did ITU say about the event?") == []
    for trip in ("I attended the ITU event in Geneva last May", "At the ITU-led event on AI for Good, what was said?",  # (review)
                 "She transferred from Tunis in 2005 to the World Bank.", "My family relocated from Geneva in 2003 to Tunis, then?",
                 "I was posted from Geneva in 2003 to the GA in New York."):
        assert named(trip) == [], trip
    assert "geneva-declaration" in named("How did the idea evolve from Geneva 2003 to Tunis 2005 to the GDC?")  # (review)
    both = named("How did the idea evolve from Geneva 2003 through Tunis 2005 to the GDC?")
    assert "geneva-declaration" in both and "tunis-agenda" in both


def test_a_terse_question_names_the_excerpt_without_an_article(assistant):
    names = DocumentNames(assistant.retriever.corpus().documents)
    said = [m.doc_id for m in names.mentions("Forum reporting/review cadence - regional networks excerpt vs Tunis Agenda?")]
    assert "flattened-excerpt" in said and "tunis-agenda" in said
    assert [m.doc_id for m in names.mentions("What does the Tunis Agenda say - an excerpt of it would do")] == ["tunis-agenda"]
    for bare in ("quick question - any excerpt on IXPs?", "Tunis Agenda - relevant excerpt?", "Thanks - your excerpt, where is it from?", "Excerpt the paragraphs on spam from the Tunis Agenda.", "quick question - any excerpt?"):
        assert "flattened-excerpt" not in [m.doc_id for m in names.mentions(bare)], bare  # (review)


def test_a_texts_number_and_its_adoption_asked_in_passing(specimens):
    """"whats the official document number for the Geneva Declaration of Principles? for my bibliography" quoted numbered
    paragraphs; "When the GA passed resolution 79/1, did it adopt only the Pact text itself or also documents attached to
    it?" was refused ("does not mention GA passed"); "When was the Pact for the Future adopted, and by which body?" was
    refused ("does not mention a date")."""
    answer = specimens.ask("whats the official document number for the Geneva Declaration of Principles? for my bibliography")
    assert [c.id for c in answer.citations] == ["geneva-declaration#title"] and "WSIS-03/GENEVA/DOC/4-E" in answer.answer
    assert asks_adoption_act("When the GA passed resolution 79/1, did it adopt only the Pact text itself or also its annexes?")
    assert not asks_adoption_act("When was the Pact adopted?")
    assert not asks_adoption_act("When governments adopt only the compact's principles, are they bound by it?")  # (review)
    assert not asks_adoption_act("In the Tunis Agenda, do they endorse only the multistakeholder vision, or also oversight?")
    assert not asks_adoption_act("I need to know when the Tunis Agenda was adopted and by whom.")
    adopted = specimens.ask("When was the Pact for the Future adopted, and by which body?")
    assert not adopted.abstained and "22 September 2024" in adopted.answer
    assert [c.id for c in adopted.citations][:1] == ["pact-for-the-future#title"]
    body = specimens.ask("Is the General Assembly the body that adopted the Pact?")
    assert [c.id for c in body.citations] == ["pact-for-the-future#title"] and "General Assembly" in body.answer


def test_users_words_for_the_texts_terms():
    def said(text: str) -> str:
        return " | ".join(rewrites(text))

    assert "measurable targets" in said("a national broadband strategy with KPIs")
    assert "connectivity" in said("money for backhaul and last mile")
    assert "reaffirm" in said("What does the preamble restate?") and "wish" in said("its overarching aspiration")
    assert "abusive and hateful uses" in said("harassment and bigotry online")
    assert said("sexual harassment at work") == "" and said("harassment at school") == ""
    assert said("harassment of journalists and human rights defenders") == "" and said("religious bigotry") == ""  # (review)
    assert said("last-mile delivery of parcels") == "" and "aim" not in said("the aspirations of young people")
    assert said("I moved to Geneva in 2003; what does the compact say?") == ""
    assert said("Please restate paragraph 72 in simpler words") == "" and said("Restate the main commitments on AI.") == ""
    assert "connectivity" in said("last-mile delivery of broadband to rural areas")
    assert "first phase" in said("how do they position themselves relative to Geneva 2003?")
    assert "first phase" not in said("I was in Geneva 2003 as a delegate")
