"""Round 44: claims checked the way fact-checkers put them ("Deputy Mendes claims ...", "a party spokesperson claims ...",
"Opposition says the compact "..." What does it really say about ...?"), instances in brackets ("(like our CEPAL)",
"(IETF, RIRs etc.)"), an intro before a colon ("Architecture question:", "For our monitoring framework:"), a general
evaluation that is an overall review, and a body's name opening a phrase ("the UN Tech Envoy's office"). Each was seen
in round 44's fresh questions."""
from __future__ import annotations

from wsis.assistant.asker import without_asker
from wsis.assistant.everyday import rewrites
from wsis.assistant.phrase_places import leading_name
from wsis.assistant.phrases import Phrase


def test_who_makes_a_claim_is_no_concept(assistant):
    """"Deputy Mendes claims the Tunis Agenda says the Forum will always meet in Geneva and needs a big budget. True or
    false?" was refused: "does not mention Deputy Mendes"."""
    for told, kept in (("Deputy Mendes claims the Tunis Agenda says the Forum needs a big budget.", "the Tunis Agenda says"),
                       ("Fact-check: a party spokesperson claims the 2005 Tunis texts made governments the bosses.", "the 2005 Tunis texts"),
                       ("Opposition says the compact lets governments cut the internet.", "the compact lets")):
        assert without_asker(told).startswith(kept), told
    for asked in ("Is the Deputy Minister for ICT named in the texts?", "What do the texts say about the role of the opposition?",
                  "Deputy Mendes claims the Forum is costly. Is he right?"):  # pointed back to: who said it is asked of
        assert without_asker(asked) == asked, asked
    answer = assistant.ask("Deputy Mendes claims the Tunis Agenda says the Forum will always meet in Geneva and needs a big budget. "
                           "True or false?")
    assert not answer.abstained and answer.citations[0].id == "tunis-agenda#11"


def test_a_claim_quoted_before_a_question_on_its_subject_is_not_a_wording_search(assistant):
    """"Opposition says the compact "lets governments pull the plug on the internet during protests". What does it really
    say about cutting off connectivity?" answered "These words are not in the Global Digital Compact"."""
    answer = assistant.ask('Opposition says the compact "lets governments pull the plug on the internet during protests". '
                           "What does it really say about cutting off connectivity?")
    assert not answer.abstained and answer.citations[0].id == "global-digital-compact#9"
    searched = assistant.ask('Does the compact really say "lets governments pull the plug on the internet during protests"?')
    assert searched.abstained and "not in" in searched.answer.splitlines()[0]


def test_instances_in_brackets_are_examples(assistant):
    """"What role have the regional commissions (like our CEPAL) ...?" was refused: "do not mention CEPAL"; "(IETF, RIRs
    etc.)" after an intro with a colon: "do not mention IETF, RIRs etc"."""
    answer = assistant.ask("What role have the regional commissions (like our CEPAL) in the Tunis documents? I found them in the "
                           "Agenda and also in the Commitment, I think with different tasks.")
    assert not answer.abstained and {"tunis-agenda#15", "tunis-commitment#9"} <= {c.id for c in answer.citations[:3]}
    answer = assistant.ask("Architecture question: is the Tunis Forum meant to sit above existing internet institutions (IETF, RIRs "
                           "etc.) as some kind of control plane, or does it have no authority over them at all?")
    assert not answer.abstained and answer.citations[0].id == "tunis-agenda#10"
    named = assistant.ask("Which body runs the regional commissions: UNESCO or CEPAL?")  # a colon that offers: still checked
    assert named.abstained


def test_a_general_evaluation_is_the_overall_review(assistant):
    """"Until which year the UN Secretary General had to present the general evaluation of the Summit results, and to whom?"
    was refused: "do not mention evaluation"."""
    assert "overall review" in rewrites("the general evaluation of the Summit results")[0]
    assert rewrites("an evaluation of the pilot") == []
    answer = assistant.ask("Until which year the UN Secretary General had to present the general evaluation of the Summit results, "
                           "and to whom?")
    assert not answer.abstained and answer.citations[0].id == "tunis-agenda#12" and "2015" in answer.answer


def test_the_readers_purpose_before_a_colon_is_no_concept(specimens):
    """"For our monitoring framework: how often does the 2015 GA resolution want connectivity progress reported, versus
    ...?" was refused: "do not mention monitoring"."""
    assert without_asker("For our monitoring framework: how often is progress reported?") == "how often is progress reported?"
    assert without_asker("For monitoring frameworks: what do the texts say?").startswith("For monitoring")  # the subject
    answer = specimens.ask("For our monitoring framework: how often does the 2015 GA resolution want connectivity progress reported, "
                           "versus how often the Pact wants progress checked under its first action?")
    assert not answer.abstained and {"a-res-70-125#3", "pact-for-the-future#4"} <= {c.id for c in answer.citations[:4]}


def test_a_name_opening_a_phrase_is_looked_for_as_a_name(specimens):
    """"Does the compact give the UN Tech Envoy's office a role in follow-up and review of its implementation?" quoted the
    compact: the phrase "UN Tech Envoy office" is no name as a whole."""
    phrase = lambda text: Phrase(text, text.split())  # noqa: E731
    assert leading_name(phrase("UN Tech Envoy office")) == "UN Tech Envoy"
    assert leading_name(phrase("Security Council")) == "Security Council"
    assert leading_name(phrase("Human rights")) == leading_name(phrase("data governance")) == ""
    answer = specimens.ask("Does the compact give the UN Tech Envoy's office a role in follow-up and review of its implementation?")
    assert answer.abstained and "UN Tech Envoy" in answer.answer.splitlines()[0]
    kept = specimens.ask("What does the Global Digital Compact say about the Internet Governance Forum?")
    assert not kept.abstained
