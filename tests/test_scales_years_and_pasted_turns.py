"""Round 43: texts named by the Assembly of a year or by a city and its year ("did the 2015 General Assembly follow that
up", "at Geneva in 2003 and in the 2015 review", "the Geneva key principles"), targets asked for years no text prints,
money asked to be compulsory, a degree's scale offered ("nice-to-have or core"), "where + when", the users' words for the
texts' terms (a telecom regulator, critical Internet resources, cross-border incident response, protecting buyers) and a
page pasted into a conversation's history. Each was seen in round 43's fresh questions."""
from __future__ import annotations

from wsis.assistant.deadlines import asked_deadline, unanswered_deadline
from wsis.assistant.everyday import rewrites, without_shorthand
from wsis.assistant.focus import offered_examples, without_scale
from wsis.assistant.followups import as_asked
from wsis.assistant.legal_force import unanswered_force
from wsis.assistant.mentions import implied_documents
from wsis.assistant.text_years import year_named
from wsis.errors import MAX_TEXT_CHARS
from tests.conftest import bare_passage as passage


def test_the_assembly_of_a_year_names_what_it_adopted(specimens):
    """"Geneva 2003 treated being connected as fundamental. Did the 2015 General Assembly follow that up ...?" named no
    text: the Geneva Declaration's passages alone were read."""
    docs = specimens.retriever.corpus().documents
    for said in ("Did the 2015 General Assembly follow that up?", "what the General Assembly in 2015 said",
                 "per the 2015 un review what actually makes it cheap", "the 2015 UN General Assembly",
                 "adopted by the UN General Assembly in December 2015"):
        assert [ids for _s, _e, ids in year_named(said, docs)] == [["a-res-70-125"]], said
    for not_a_text in ("the 2015 General Assembly session opened late", "the 2003 General Assembly", "the General Assembly",
                       "the 2015 General Assembly presidency", "the 2015 General Assembly's session", "the General Assembly in 2015 session",
                       "Depuis 2015 un plan national de large bande existe-t-il ?", "the 2015 General Assembly sessions",
                       "the 2015 General Assembly elected a new president"):  # the body, not its texts; French "un" (review)
        assert year_named(not_a_text, docs) == [], not_a_text


def test_a_city_and_its_year_and_its_key_principles_name_its_texts(specimens):
    """"acknowledged both at Geneva in 2003 and in the 2015 review?" lost the Geneva Declaration; "the Geneva key
    principles and ... the Tunis Agenda's passage" lost it too."""
    docs = specimens.retriever.corpus().documents
    assert implied_documents("Was it acknowledged both at Geneva in 2003 and in the 2015 review?", docs) == (
        ["a-res-70-125"], [], [["geneva-declaration"]])
    for said in ("framed differently in the Geneva key principles and in the Tunis Agenda", "Geneva's key principles on access"):
        assert implied_documents(said, docs)[2] == [["geneva-declaration"]], said
    for trip in ("I was at Geneva in 2003 and it rained", "we were at Geneva in 2003 and in Tunis later",
                 "I stayed at Geneva in 2003 and in Tunis in 2005 as an intern", "She studied at Geneva in 2003 and in Paris later",
                 "I interned at Geneva in 2003 and in Tunis in 2005", "I spoke at Geneva in 2003 and in Paris later"):
        assert implied_documents(trip, docs)[2] == [], trip
    answer = specimens.ask("Was the unequal distribution of the gains from these technologies acknowledged both at Geneva in 2003 "
                           "and in the 2015 review? What did each text observe?")
    cited = [c.id for c in answer.citations]
    assert not answer.abstained and "geneva-declaration#3" in cited and any(c.startswith("a-res-70-125#") for c in cited)


def test_targets_for_years_no_text_prints_are_refused(specimens):
    """"what new numerical targets for 2025 or 2030 did the WSIS+10 Statement adopt in their place?" quoted the 2015
    targets: the adoption verb made it no deadline question."""
    question = "Given that the 2015 targets were not met, what new numerical targets for 2025 or 2030 did the WSIS+10 Statement adopt?"
    detail, years = asked_deadline(question)
    assert years == "2025|2030" and detail.what == "targets for 2025 or 2030"
    assert unanswered_deadline(question, [passage("We note that many of the targets set for 2015 remain out of reach.")]) is not None
    assert unanswered_deadline(question, [passage("We set new targets to be met by 2030.")]) is None
    for named in ("Which targets for 2030 sustainable development goals does the compact link to?", "what targets for 2025 WSIS+20 review",
                  "What are the targets for 2030 Agenda goals?"):
        assert asked_deadline(named) is None, named  # a year naming goals or a review (review)
    assert asked_deadline("Any new targets for 2025/2030?")[1] == "2025|2030"
    assert asked_deadline("Are there targets for 2025 or for 2030 on connectivity?")[1] == "2025|2030"
    assert asked_deadline("What targets for 2016–2030 did they set?")[1] == "2016|2030"
    answer = specimens.ask(question)
    assert answer.abstained and "2025 or 2030" in answer.answer.splitlines()[0]


def test_money_asked_to_be_compulsory_is_answered_by_voluntary_funding(specimens):
    """"Does the Global Digital Compact commit states to put money into the internet governance forum, and is any such
    contribution compulsory?" was refused: "does not mention any legal force", though it says "voluntary funding"."""
    funded = [passage("We commit to support the forum, including through voluntary funding.")]
    assert unanswered_force("Is any such contribution to the forum compulsory?", funded) is None
    assert unanswered_force("Are the fees for the forum mandatory?", funded) is None
    assert unanswered_force("Is the compact legally binding on the forum?", funded) is not None  # voluntary money: no word on force
    for not_money in ("Is the compact legally binding on funding agencies?", "Is the compact legally binding on how states fund the forum?",
                      "How much money is required to connect schools, and is the compact legally binding on the forum?"):
        assert unanswered_force(not_money, funded) is not None, not_money  # the money is not what is called binding (review)
    for money in ("Is financing of the forum mandatory?", "Is paying for the forum compulsory?"):
        assert unanswered_force(money, funded) is None, money
    answer = specimens.ask("Does the Global Digital Compact commit states to put money into the internet governance forum, "
                           "and is any such contribution compulsory?")
    assert not answer.abstained and "global-digital-compact#29" in [c.id for c in answer.citations[:3]]
    assert "voluntary funding" in answer.answer


def test_a_degrees_scale_is_the_kind_of_answer(specimens):
    """"how important is being connected in the geneva declaration? like nice-to-have or core" was refused: "does not
    mention nice-to-have or core"."""
    assert without_scale("how important is being connected in the ? like nice-to-have or core") == (
        "how important is being connected in the ?")
    assert without_scale("important is it? a priority, or an afterthought?") == "important is it?"
    for kept in ("How important is it? like the ITU or UNESCO", "how important is it? And what about spam or malware in schools?",
                 "How central is the WSIS process? the ITU pillar or the UNESCO pillar?",
                 "How much does the compact say about consumers? facial recognition or spyware?",  # things asked about (review)
                 "Binding commitments? GDC or Pact?", "High-level meeting? New York or Geneva?"):
        assert without_scale(kept) == kept
    assert offered_examples("How much does the Geneva plan say about e-health, for example telemedicine or drones?") is not None
    answer = specimens.ask("how important is being connected in the geneva declaration? like nice-to-have or core")
    assert not answer.abstained and answer.citations[0].id == "geneva-declaration#7"


def test_where_plus_when_asks_both():
    assert without_shorthand("where + when was the very first igf meeting held?") == "where and when was the very first igf meeting held?"
    assert without_shorthand("who+what is it abt") == "who and what is it about"
    for kept in ("C++ and Java", "WSIS+10 when", "what + 10", "what's the role og governments"):
        assert without_shorthand(kept) == kept


def test_a_first_meeting_asked_where_and_when_is_refused(specimens):
    answer = specimens.ask("where + when was the very first igf meeting held? trying to do a little history thread")
    assert answer.abstained and "date" in answer.answer.splitlines()[0]


def test_users_words_for_the_texts_terms(assistant):
    """A telecom regulator is a regulator, the DNS and IP addresses are the core network resources, incidents responded
    to across borders are cross-border incident response, and protecting buyers online is consumer protection: each was
    refused ("does not mention telecom regulators") or missed the paragraph."""
    for question, gold in (
            ("What does the Geneva plan say about telecom regulators and the kind of legal setup that gets investors interested?",
             "geneva-plan-of-action#9"),
            ("What did Tunis hope enhanced cooperation would produce with regard to DNS, IP addresses and the other critical "
             "Internet resources?", "tunis-agenda#7"),
            ("What does the Geneva plan say on cross-border incident response and raising security awareness among end users?",
             "geneva-plan-of-action#8")):
        answer = assistant.ask(question)
        assert not answer.abstained and gold in [c.id for c in answer.citations[:3]], question
    said = rewrites("what do they say about protecting buyers and online shopping?")
    assert {"what do they say about consumer protection and online shopping?",
            "what do they say about protecting buyers and online markets?"} <= set(said)
    assert rewrites("the customer protection rules") == ["the consumer protection rules"]
    assert not any("consumer protection" in r for r in rewrites("protecting the customers' data"))  # whose data, not who
    for said, form in (("the idea of leaving no one out of the digital world", "left behind"),
                       ("commit states to pass on what they know, including datasets", "share knowledge"),
                       ("Will the Forum have any power over ICANN, the RIRs or the other organisations?", "supervise"),
                       ("the other organisations already running things", "existing bodies")):
        assert any(form in r for r in rewrites(said)), said
    assert rewrites("Do people keep power over their own data?") == []
    answer = assistant.ask("Will the Forum have any power over ICANN, the RIRs or the other organisations already running things, "
                           "or is it just a talking shop?")
    assert not answer.abstained and answer.citations[0].id == "tunis-agenda#10"


def test_software_flaws_are_a_concept_the_texts_do_not_use(assistant):
    """"Is there any guidance ... on how researchers should report software flaws to vendors?" quoted the AI panel."""
    answer = assistant.ask("Our CSIRT is drafting a coordinated vulnerability disclosure policy. Is there any guidance in the WSIS "
                           "documents or the compact on how researchers should report software flaws to vendors?")
    assert answer.abstained and "software flaws" in answer.answer.splitlines()[0]


def test_a_page_pasted_into_the_history_is_read_as_a_question(assistant):
    """A user turn of 20,000 characters in an API client's history was read whole: a follow-up took over a minute."""
    pasted = "the summit event of " * 1000 + "What does the Tunis Agenda say about the Forum?"
    turns = as_asked([{"role": "user", "content": pasted}, {"role": "assistant", "content": "x " * 5000}])
    assert len(turns[0]["content"]) <= MAX_TEXT_CHARS and turns[0]["content"].endswith("about the Forum?")
    assert turns[0]["content"].split()[0] in ("the", "summit", "event", "of")  # from a word's start
    assert turns[1]["content"] == "x " * 5000  # an answer as it is
    assert as_asked(None) is None and as_asked([]) == []
    page = "a pasted page of the event. " * 800
    for question in ("What does the Tunis Agenda say about the Forum?", "What did the U.N. say about the Forum?",  # not a stop
                     "What does para. 72 say about the Forum?", "Is section 3.2 of the Geneva plan relevant?",  # inside it (review)
                     "突尼斯议程对论坛有何规定？", "ما الذي تقوله أجندة تونس عن المنتدى؟"):
        for turn in (f"{question} {page} Source: https://example.org/doc.html?lang=en", page + question):  # not a link's "?"
            assert as_asked([{"role": "user", "content": turn}])[0]["content"] == question, (question, turn[-60:])
    answer = assistant.ask("And its costs?", history=[{"role": "user", "content": pasted}])
    assert not answer.abstained and "tunis-agenda#11" in [c.id for c in answer.citations[:3]]
    # read whole, the page would name the other texts too: the question alone names the Tunis Agenda
    other_texts = "What does the Tunis Agenda say about the Forum? " + "the Global Digital Compact and the Geneva Plan of Action " * 400
    answer = assistant.ask("And its costs?", history=[{"role": "user", "content": other_texts}])
    assert not answer.abstained and {c.id.split("#")[0] for c in answer.citations[:3]} == {"tunis-agenda"}
