"""Round 44: claims checked the way fact-checkers put them ("Deputy Mendes claims ...", "a party spokesperson claims ...",
"Opposition says the compact "..." What does it really say about ...?"), instances in brackets ("(like our CEPAL)",
"(IETF, RIRs etc.)"), an intro before a colon ("Architecture question:"), a general
evaluation of the Summit that is its overall review, and a body's name opening a phrase ("the UN Tech Envoy's office"). Each was seen
in round 44's fresh questions."""
from __future__ import annotations

from wsis.assistant import concepts as C
from wsis.assistant.asker import without_asker
from wsis.assistant.everyday import rewrites
from wsis.assistant.phrase_places import an_example, leading_name
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
    for searched in ('Does the compact really say "lets governments pull the plug on the internet during protests"?',
                     'Opposition says the compact "lets governments pull the plug on the internet during protests". What does it say '
                     'about that, is this from the compact?'):  # where the words stand asked too (review)
        answer = assistant.ask(searched)
        assert answer.abstained and "not in" in answer.answer.splitlines()[0], searched


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
    for intro in ("Fact-check: is the Forum costly?", "Fact-checking: is the Forum costly?", "student here: is the Forum costly?",
                  "Architecture question : is the Forum costly?"):
        assert not C._OFFERS.search(intro), intro
    assert C._OFFERS.search("Which texts say where: the HLPF or ECOSOC?")  # "where:" is no "here:" (review)
    topic = "Does the Internet Governance Forum (including its Leadership Panel) get a new mandate?"
    assert not an_example(topic, Phrase("Leadership Panel", ["Leadership", "Panel"]))  # a part asked about (review)
    assert an_example("What role have the regional commissions (like our CEPAL)?", Phrase("CEPAL", ["CEPAL"]))


def test_a_general_evaluation_is_the_overall_review(assistant):
    """"Until which year the UN Secretary General had to present the general evaluation of the Summit results, and to whom?"
    was refused: "do not mention evaluation"."""
    assert "overall review" in rewrites("the general evaluation of the Summit results")[0]
    for other in ("an evaluation of the pilot", "a comprehensive assessment of AI risks", "the global evaluation of AI models"):
        assert not any("overall review" in r for r in rewrites(other)), other  # not any evaluation (review)
    answer = assistant.ask("Until which year the UN Secretary General had to present the general evaluation of the Summit results, "
                           "and to whom?")
    assert not answer.abstained and answer.citations[0].id == "tunis-agenda#12" and "2015" in answer.answer


def test_a_name_opening_a_phrase_is_looked_for_as_a_name(specimens):
    """"Does the compact give the UN Tech Envoy's office a role in follow-up and review of its implementation?" quoted the
    compact: the phrase "UN Tech Envoy office" is no name as a whole."""
    phrase = lambda text: Phrase(text, text.split())  # noqa: E731
    assert leading_name(phrase("UN Tech Envoy office")) == "UN Tech Envoy"
    assert leading_name(phrase("Security Council")) == "Security Council"
    assert leading_name(phrase("Human rights")) == leading_name(phrase("data governance")) == ""
    assert leading_name(phrase("Cloud Computing providers")) == leading_name(phrase("Elon Musk satellites")) == ""  # no body (review)
    assert leading_name(phrase("Policy Network members")) == "Policy Network"
    answer = specimens.ask("Does the compact give the UN Tech Envoy's office a role in follow-up and review of its implementation?")
    assert answer.abstained and "UN Tech Envoy" in answer.answer.splitlines()[0]
    kept = specimens.ask("What does the Global Digital Compact say about the Internet Governance Forum?")
    assert not kept.abstained
