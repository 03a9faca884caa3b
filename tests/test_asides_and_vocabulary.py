"""Round 40: asides that are the asker's and not the question's ("For the committee:", "(ESCAP, in our case)",
"gig workers - delivery riders"), texts named the way users type them ("the 2015 GA doc", "the companion vision
doc", "Did Tunis then say"), and users' words for the texts' terms ("pulling the plug on mobile data", "fighting
misinformation", "an ICT roadmap", "a stocktaking gathering"). Each was seen in round 40's fresh questions."""
from __future__ import annotations

from wsis.assistant import concepts as C
from wsis.assistant.asker import without_asker
from wsis.assistant.everyday import everyday_forms, rewrites
from wsis.assistant.mentions import implied_documents
from wsis.assistant.phrase_places import an_example
from wsis.assistant.references import DocumentNames
from wsis.assistant.text_years import year_named
from wsis.index_store.glossary import standard_forms
from wsis.ingest.catalog import catalog_by_id
from tests.test_question_frames import DOCS as PHASE_DOCS

DOCS = {d: catalog_by_id()[d].to_info() for d in ("wsis10-statement", "wsis10-vision", "a-res-70-125", "tunis-agenda")}
GENEVA, TUNIS = ["geneva-declaration", "geneva-plan-of-action"], ["tunis-commitment", "tunis-agenda"]


def phrases(text: str) -> list[str]:
    return [p.text for p in C.concept_phrases(text, text)]


def test_a_spaced_dash_separates_two_phrases():
    """"gig workers - delivery riders" was one phrase, ending in "riders", so the unused term "gig workers" was
    never tested; a hyphen inside a word still joins it."""
    assert phrases("rights for gig workers - delivery riders, ride-hail drivers") == ["rights", "gig workers", "delivery riders",
                                                                                      "ride-hail drivers"]
    assert phrases("the e-waste \u2014 old phones") == ["e-waste", "old phones"]
    assert phrases("post-2015 goals") == ["post-2015 goals"]
    assert phrases("a 10-year review") == [] and phrases("24-hour helplines") == ["24 hour helplines"]  # unspaced: as before (review)


def test_the_committee_an_answer_is_for_is_the_asker_s():
    """"For the committee: do any of the WSIS texts ... discuss low earth orbit satellite internet?" found "committee"."""
    assert without_asker("For the committee: do any texts discuss satellites?") == "do any texts discuss satellites?"
    assert without_asker("for the council briefing: what is said on access?") == "what is said on access?"
    for kept in ("For the least developed countries: what is promised?", "For the Human Rights Council: what role is given?",
                 "for the human rights council: does the compact give it a role?", "for the african union: what is said?"):
        assert without_asker(kept) == kept  # a subject, or a body's name, not the asker's reader


def test_the_asker_s_own_instance_in_brackets_is_an_example():
    """"What part do the UN regional commissions (ESCAP, in our case) play ...?" was refused: "The texts do not mention ESCAP"."""
    topic = "What part do the UN regional commissions (ESCAP, in our case) play in WSIS follow-up?"
    escap = C.Phrase("ESCAP", ["ESCAP"])
    assert an_example(topic, escap)
    assert an_example("Does the regulator (ours is the NTC) have to consult?", C.Phrase("NTC", ["NTC"]))
    assert not an_example("What is the mandate of the Forum (IGF)?", C.Phrase("IGF", ["IGF"]))
    cables = C.Phrase("submarine cable resilience", "submarine cable resilience".split())  # review: someone else's case
    assert not an_example("How do the texts treat small island states (in their case, submarine cable resilience)?", cables)
    assert not an_example("What of extractive industries (mine safety sensors)?", C.Phrase("mine safety sensors", ["mine", "safety", "sensors"]))


def test_texts_named_as_users_type_them():
    """"the 2015 GA doc" and "the companion vision doc" named no text; "Did Tunis then say ..." named none either."""
    question = "both the 2014 WSIS+10 vision and the 2015 GA doc talk about the next review"
    assert [(question[s:e], ids) for s, e, ids in year_named(question, DOCS)] == [
        ("the 2014 WSIS+10 vision", ["wsis10-vision"]), ("the 2015 GA doc", ["a-res-70-125"])]
    names = DocumentNames(DOCS)
    question = "The WSIS+10 statement admitted it. Did the companion vision doc keep the action lines?"
    assert [(m.doc_id, question[m.start:m.end]) for m in names.mentions(question)] == [
        ("wsis10-statement", "WSIS+10 statement"), ("wsis10-vision", "vision")]
    for other in ("Did the companion vision of the summit change?", "Does the vision paper of the African Union cite the compact?",
                  "Is the companion vision paper by the AU any good?", "What should the agenda paper for the WSIS Forum cover?"):
        assert [m.doc_id for m in names.mentions(other)] == [], other  # no word for a text, or another's paper (review)
    assert implied_documents("Geneva puts governments first. Did Tunis then say anything about it?", PHASE_DOCS)[2] == [GENEVA, TUNIS]
    for place in ("Did you go to Tunis then?", "Has the ITU office near Geneva ever said anything on spam?",
                  "Delegates who flew to Tunis then agreed on it."):
        assert implied_documents(place, PHASE_DOCS)[2] == [], place  # where people were (review)
    assert standard_forms("ALs") == ["action lines"]


def test_users_words_for_the_texts_terms():
    """Each stands for the texts' own term: a shutdown, information integrity, national strategies, a meeting to take stock."""
    assert everyday_forms("governments keep pulling the plug on mobile data") == ["network shutdowns", "measures that cut access"]
    assert everyday_forms("Did donors pull the plug on mobile internet subsidies?") == []  # review
    assert everyday_forms("a whole-of-country ICT roadmap") == ["national strategies", "national plans"]
    for other in ("the Secretary-General's Roadmap for Digital Cooperation", "a regional broadband roadmap for Africa", "the UN digital roadmap"):
        assert everyday_forms(other) == [], other  # a name, or not a country's plan (review)
    assert rewrites("stocktaking gathering")[0] == "meeting to take stock"
    mentioned = lambda text: text.lower() in {"information integrity", "internet", "digital access"}  # noqa: E731
    phrase = lambda text: C.Phrase(text, text.split())  # noqa: E731
    assert C.unused_term(phrase("low earth orbit satellite internet"), mentioned) == "satellite internet"
    assert C.unused_term(phrase("screen readers"), mentioned) == "screen readers"  # "digital accessibility" left its line
    assert C.unused_term(phrase("fighting misinformation"), mentioned) == ""
    assert C.unused_term(phrase("fighting misinformation"), lambda text: False) == "misinformation"


def test_round_40_unaddressed_concepts_are_named(assistant):
    """Three in-domain questions were answered with the nearest passages: gig workers, satellite internet, screen readers."""
    for question, concept in (
            ("Straight question. Does the Global Digital Compact say anything about minimum pay or basic rights for gig workers - "
             "delivery riders, ride-hail drivers, people working through apps?", "gig workers"),
            ("For the committee: do any of the WSIS texts or the compact discuss low earth orbit satellite internet as an option for "
             "reaching outer islands?", "satellite internet"),
            ("do the texts say online govt services must work with screen readers and other assistive tech", "screen readers")):
        answer = assistant.ask(question)
        assert answer.abstained and concept in answer.answer, answer.answer


def test_round_40_questions_find_their_paragraphs(assistant):
    """Each was refused or cited the wrong paragraphs."""
    escap = assistant.ask("What part do the UN regional commissions (ESCAP, in our case) play in WSIS follow-up according to the two "
                          "Tunis documents? I'd like to know whether we can ask them for help.")
    assert not escap.abstained and {"tunis-agenda#15", "tunis-commitment#9"} <= {c.id for c in escap.citations[:3]}, escap.answer
    plug = assistant.ask("Governments keep pulling the plug on mobile data during strikes and protests. Does the digital compact "
                         "actually commit countries not to do that?")
    assert not plug.abstained and "global-digital-compact#9" in [c.id for c in plug.citations[:3]], plug.answer
    media = assistant.ask("what do the geneva plan and the compact say about news media and fighting misinformation")
    assert not media.abstained and {"geneva-plan-of-action#12", "global-digital-compact#9"} <= {c.id for c in media.citations[:3]}
    stock = assistant.ask("Is there a stocktaking gathering on getting people online that happens every couple of years, and who "
                          "is meant to call it?")
    assert not stock.abstained and stock.citations[0].id == "flattened-excerpt#76", stock.answer
