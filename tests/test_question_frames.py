"""What a question asks about, beside how it is put: the asker's introduction, comparison words,
illustrations, lists of examples, everyday names, a city speaking for its texts."""
from wsis.assistant.asker import without_story
from wsis.assistant.everyday import everyday_forms
from wsis.assistant.mentions import implied_documents, without_years_and_events
from wsis.assistant.phrase_places import an_example
from wsis.assistant.phrases import concept_phrases
from wsis.ingest.catalog import catalog_by_id

DOCS = {d: catalog_by_id()[d].to_info() for d in ("tunis-commitment", "tunis-agenda", "geneva-declaration",
                                                   "geneva-plan-of-action", "a-res-70-125")}


def _texts(topic: str) -> list[str]:
    return [ph.text for ph in concept_phrases(topic, topic)]


def test_the_askers_introduction_is_not_what_is_asked():
    assert without_years_and_events("tech journalist here: did the world hit the goals?", DOCS) == "did the world hit the goals?"
    assert without_years_and_events("Hi, I am a student from Ghana. What does it say on skills?", DOCS) == (
        "What does it say on skills?")
    assert without_years_and_events("I work for a charity. Is poverty the toughest task?", DOCS) == "Is poverty the toughest task?"
    assert without_years_and_events("From an operator's point of view: what do they propose on prices?", DOCS) == (
        "what do they propose on prices?")
    assert without_years_and_events("For a development ministry: how are skills treated?", DOCS) == "how are skills treated?"
    assert without_years_and_events("Quick overview please: what is the forum for?", DOCS) == "what is the forum for?"
    # a subject, not the asker's framing
    for kept in ("For the least developed countries: what does the compact promise?",
                 "From a gender perspective, what does the plan say?"):
        assert without_years_and_events(kept, DOCS) == kept
    # the introduction is the context when the question refers back to it ("companies like ours")
    kept = "I work for an internet provider. Does the plan give companies like ours a part?"
    assert without_years_and_events(kept, DOCS) == kept
    # not an introduction: the subject stays
    assert without_years_and_events("I am a bit confused about shutdowns, what is said?", DOCS) == (
        "I am a bit confused about shutdowns, what is said?")
    # the asker's context after the question (round 16: "... I teach those at my public library": "does not mention library")
    assert without_years_and_events("does the vision call for digital-literacy programs? I teach those at my public library", DOCS) == (
        "does the vision call for digital-literacy programs?")
    # a run-on remark after a comma (round 28: "... our communities get watched a lot": "do not mention lot"); not a named concern
    assert without_years_and_events("anything in the vision about keeping our info private, our communities get watched a lot", DOCS) == (
        "anything in the vision about keeping our info private,")
    for kept in ("what does the vision say about privacy, our main concern?", "what does the compact say, our concern is phishing",
                 "Hello, my name is Ana and what does the GDC say on gender?",  # review: a question after the remark stays
                 "what does it say on spam, our inboxes are flooded and what about phishing?",
                 "I run a newsroom, our reporters are harassed online - does the compact protect journalists?"):
        assert without_years_and_events(kept, DOCS) == kept
    # ... unless it names what the asker works on (round 25: "... My class is debating net neutrality." was answered)
    assert without_years_and_events("Do the texts say all traffic must be treated the same? My class is debating net neutrality.", DOCS) == (
        "Do the texts say all traffic must be treated the same? net neutrality")
    assert without_years_and_events("Is there a position on spam? I am writing about email abuse for my blog.", DOCS) == (
        "Is there a position on spam? email abuse")
    assert without_years_and_events("What about AI? We are discussing it with students.", DOCS) == "What about AI?"
    # a remark of the asker's own later in the statement (round 30: "... one cut and our whole island goes dark for weeks")
    assert without_years_and_events("do any of these commit to protecting undersea cables? one cut and our whole island goes dark "
                                    "for weeks", DOCS) == "do any of these commit to protecting undersea cables?"
    for kept in ("what about spam? Please list our options.", "what about spam? Which of our options is best?",
                 # review: the remark is the subject of a question that only points, or refines it; "US" is no "us"
                 "What does the Plan of Action say on this? Spam is flooding our inboxes.",
                 "Does the compact commit to anything here? Undersea cables are our only link to the world.",
                 "What do the texts say about training? In particular for our rural community networks.",
                 "Does the compact cover digital skills? Especially for our older people.",
                 "what about undersea cables? The US and the EU disagree on this."):
        assert without_years_and_events(kept, DOCS) == kept, kept
    for situation in ("I'm working on a school project.", "I'm studying at a university in Kenya.", "I am studying for my exams.",
                      "I'm working on behalf of an NGO.", "We are discussing the Tunis Agenda in class."):  # who asks (review)
        assert without_years_and_events(f"What about spam? {situation}", DOCS) == "What about spam?", situation
    assert without_years_and_events("what about data? we are debating data localisation next week", DOCS) == (
        "what about data? data localisation")
    assert without_years_and_events("What about spam? We are debating a ban on spam.", DOCS) == "What about spam? a ban on spam"
    assert without_years_and_events("Any funds? I am writing about the Digital Solidarity Fund.", DOCS) == (
        "Any funds? the Digital Solidarity Fund")
    # the asker's wish before a question with its own subject (round 17: "we want training ... in the village. which texts ...": "does not mention village")
    assert without_years_and_events("we want training for our members in the village. which texts talk about training community workers?", DOCS) == (
        "which texts talk about training community workers?")
    assert without_years_and_events("We run a rural cooperative. What do the texts say about it?", DOCS) == (
        "We run a rural cooperative. What do the texts say about it?")  # the question points back at it
    for kept in ("I want to know about data protection. What does the GDC say?", "We work on gender equality. What do the texts commit to?",
                 "We need funding for community networks. Which texts cover the topic?"):  # the subject is in the first sentence
        assert without_years_and_events(kept, DOCS) == kept
    # round 27: an exclamation before the question, a remark on the asker's own after it ("does not mention libraries", "market")
    assert without_years_and_events("Patron privacy is sacred in libraries! What do the texts say about privacy of users?", DOCS) == (
        "What do the texts say about privacy of users?")
    assert without_years_and_events("Net neutrality! What do the texts say?", DOCS) == "Net neutrality! What do the texts say?"
    for kept in ("AI in schools! What do the texts say about teacher training?",  # another subject (review)
                 "What do the texts say on this? It's my main interest: spectrum pricing.",
                 "What does the GDC say? it is my thesis topic, algorithmic bias",
                 "AI and kids! What do the texts say about teachers and parents?"):  # "and" is no shared subject (second review)
        assert without_years_and_events(kept, DOCS) == kept
    assert without_years_and_events("What does the GDC say on data? it's for my thesis", DOCS) == "What does the GDC say on data?"
    assert without_years_and_events("What does the GDC say? My thesis topic is algorithmic bias", DOCS) == (
        "What does the GDC say? algorithmic bias")  # the subject named after the question (second review)
    assert without_years_and_events("As a blind person I constantly have to hand over details online. What do the texts say about "
                                    "protecting personal information?", DOCS) == "What do the texts say about protecting personal information?"
    assert without_years_and_events("anything on paying for rural links? thats literally my market", DOCS) == "anything on paying for rural links?"
    assert without_years_and_events("What does it say? this is about my data.", DOCS) == "What does it say? this is about my data."
    for kept in ("Does the compact address AI? I mean generative AI.", "What about data? I want the part on flows",
                 "What does the GDC say? I'm especially interested in data protection.", "Does the Pact cover this? My focus is gender",
                 "What does it say on financing? I also want the part on spam",
                 "What does it say on skills? I teach. And on jobs?"):
        assert without_years_and_events(kept, DOCS) == kept


def test_comparison_words_name_no_concept():
    assert "similar" not in " ".join(_texts("is it similar to how the agenda planned to review itself?"))
    assert _texts("do both say the same on skills?") == ["skills"]  # "both" points at the texts
    assert not any("clause" in t for t in _texts("Compare the review clauses of the Pact and the compact."))  # a part of a text (round 18)
    assert _texts("Does the GDC have a sunset clause?") == ["sunset clause"]  # a kind of clause (review)
    assert "sign language" in _texts("does it also cover sign language or captioning?")  # a kind of language (round 18)
    assert _texts("What is the agreed language on spam?") == ["spam"]  # the negotiator's wording
    assert "real" not in " ".join(_texts("was there real progress?"))
    assert _texts("Geneva plan vs the compact: do both promise inclusion?") == ["inclusion"]  # round 27 ("do not mention vs")
    # round 31: "The texts do not mention original"; the first text is as much a time as an earlier one
    assert _texts("did the 2015 documents throw out the original summit plan or stick with it?") == []
    assert _texts("what was the initial aim of the forum?") == ["aim", "forum"]
    assert "action item" not in _texts("Is there an action item on mapping coverage gaps?")  # round 33 ("do not mention action item")
    assert "stand" not in _texts("Did the 2014 event stand behind what the summit had set out, or did it start over?")  # "do not mention stand"
    assert _texts("did the 2015 review stick to the summit plan?") == []


def test_an_illustration_is_not_the_concept_asked():
    topic = "Do governments promise not to switch off the internet, for example in elections or protests?"
    elections = next(ph for ph in concept_phrases(topic, topic) if ph.text == "elections")
    assert an_example(topic, elections)
    topic = "what do the texts say about elections?"
    assert not an_example(topic, next(ph for ph in concept_phrases(topic, topic) if ph.text == "elections"))
    # round 16: ", like during ..." illustrates too ("does not mention elections or protests")
    topic = "does the compact say anything about governments pulling the plug on the internet, like during elections or protests?"
    assert an_example(topic, next(ph for ph in concept_phrases(topic, topic) if ph.text == "elections"))
    # round 24: one of a kind the question goes on to ("ICANN and the other existing bodies")
    topic = "Is the Forum going to act as a watchdog over ICANN and the other existing bodies?"
    assert an_example(topic, next(ph for ph in concept_phrases(topic, topic) if ph.text == "ICANN"))
    topic = "Is the Forum going to act as a watchdog over ICANN and the registries?"
    assert not an_example(topic, next(ph for ph in concept_phrases(topic, topic) if ph.text == "ICANN"))
    topic = "Does the compact address autonomous weapons or other military uses of AI?"  # no name: asked about
    assert not an_example(topic, next(ph for ph in concept_phrases(topic, topic) if ph.text == "autonomous weapons"))


def test_everyday_names_of_the_texts_terms():
    assert "information and communication technologies" in everyday_forms("Has everybody gained from the new technologies?")
    assert "personal data" in everyday_forms("is protection of PII a priority?")
    assert "action lines" in everyday_forms("is the original list of work areas still followed?")
    # round 16: "does not mention algorithms", "does not mention money"
    assert "artificial intelligence" in everyday_forms("rules for smart machines and learning algorithms")
    assert "financing" in everyday_forms("money for getting villages hooked up")


def test_a_city_speaks_for_its_texts():
    tunis = [["tunis-commitment", "tunis-agenda"]]
    assert implied_documents("did the 2015 review keep the promise of Tunis on governance?", DOCS)[2] == tunis
    assert implied_documents("what did Geneva propose, and did Tunis repeat it?", DOCS)[2] == [
        ["geneva-declaration", "geneva-plan-of-action"], ["tunis-commitment", "tunis-agenda"]]
    # round 15 (read): the city's principles, its part on a subject, wherever they stand
    geneva = ["geneva-declaration", "geneva-plan-of-action"]
    assert implied_documents("carried from Geneva's principles into Tunis's part on governing the network?", DOCS)[2] == [
        geneva, ["tunis-commitment", "tunis-agenda"]]
    assert implied_documents("In Geneva, delegates noted the divide. We flew from Geneva to Tunis.", DOCS)[2] == []
    assert implied_documents("Does the GDC mention Geneva's position as a digital hub?", DOCS)[2] == []  # review
    # a text's own title is no city speaking: "the Tunis Commitment calls ..." names one text
    assert implied_documents("The Tunis Commitment calls access a basis for development", DOCS)[2] == []


def test_a_list_of_cities_and_texts_speaks_for_each():
    geneva, tunis = ["geneva-declaration", "geneva-plan-of-action"], ["tunis-commitment", "tunis-agenda"]
    groups = implied_documents("What do Geneva, Tunis and the 2015 review say about everyone else's role?", DOCS)[2]
    assert geneva in groups and tunis in groups
    # the forum a city's texts set up: the city speaks
    assert implied_documents("what was the forum Tunis set up supposed to do?", DOCS)[2] == [tunis]
    assert implied_documents("How has the forum been treated since its creation in Tunis?", DOCS)[2] == [tunis]  # round 13
    assert implied_documents("what did the forum held in Tunis discuss?", DOCS)[2] == []
    assert implied_documents("Besides its mandate from Tunis, what else is the Forum asked to do?", DOCS)[2] == []
    # a city listed beside a text or the other city, whatever the verb: each speaks for its texts
    assert implied_documents("how is that phrased in Geneva, Tunis and the compact?", DOCS)[2] == [geneva, tunis]
    assert implied_documents("Who should they consult? Looking at both Geneva and the compact.", DOCS)[2] == [geneva]
    assert implied_documents("where does that come up across the Geneva and Tunis documents?", DOCS)[2] == [geneva, tunis]
    assert implied_documents("Compare the compact and Tunis on the Forum.", DOCS)[2] == [tunis]
    # "under tunis, does ...?", "Geneva put connectivity at the heart of things" (round 19)
    assert implied_documents("under tunis, does a small country get the same say?", DOCS)[2] == [tunis]
    assert implied_documents("Geneva put connectivity at the heart of things. What did the review add?", DOCS)[2] == [geneva]
    assert implied_documents("Geneva framed the new technologies in terms of development. And the Pact?", DOCS)[2] == [geneva]  # round 20
    assert implied_documents("Tunis talked about the Forum. What did the review add?", DOCS)[2] == [tunis]
    # "Geneva and then the 2015 review" (round 19), not "the summits held in Geneva and then Tunis"
    assert implied_documents("How did Geneva and then the 2015 review acknowledge uneven gains?", DOCS)[2] == [geneva]
    assert implied_documents("What happened at the summits held in Geneva and then Tunis?", DOCS)[2] == []
    # where people met, or a city before a title ("Tunis Agenda"), is no city speaking
    assert implied_documents("What happened at the summits held in Geneva and Tunis?", DOCS)[2] == []
    assert implied_documents("How many delegates attended in Geneva and Tunis?", DOCS)[2] == []
    assert implied_documents("Was the meeting in Geneva and Tunis Agenda para 5 related?", DOCS)[2] == []
    # every city of the list, the last one too (review: "Geneva and Tunis" lost Tunis)
    assert implied_documents("Compare Geneva and Tunis on the Forum.", DOCS)[2] == [geneva, tunis]
    assert implied_documents("How do Tunis and Geneva differ on spam?", DOCS)[2] == [tunis, geneva]
    # "X vs Y", a city in lower case (round 27: "tunis vs the compact" cited the compact alone); not "tunis agenda"
    assert implied_documents("who set up the forum and who pays for it? tunis vs the compact", DOCS)[2] == [tunis]
    assert implied_documents("Geneva vs the compact on spam?", DOCS)[2] == [geneva]
    assert implied_documents("Do both tunis and the compact promise inclusion?", DOCS)[2] == [tunis]  # review: as "Tunis"
    assert implied_documents("geneva vs tunis on the forum?", DOCS)[2] == [geneva, tunis]
    assert implied_documents("What do geneva and tunisian officials say about the compact?", DOCS)[2] == []  # second review
    assert implied_documents("Is there a thread from the Geneva aim of development to the Pact?", DOCS)[2] == [geneva]  # round 27
    assert implied_documents("the tunis agenda and the compact on spam?", DOCS)[2] == []
    # round 28: "the Tunis papers", "the position taken in Tunis", "noted in Geneva in 2003", "geneva 2003", a bare "WSIS+10"
    assert implied_documents("How do the Tunis papers describe their link to the earlier Geneva round?", DOCS)[2] == [tunis]
    assert implied_documents("How did the review build on the position taken in Tunis on governance?", DOCS)[2] == [tunis]
    assert implied_documents("Did the gap noted in Geneva in 2003 persist?", DOCS)[2] == [geneva]
    assert implied_documents("geneva 2003 and the review both talk about sharing knowledge", DOCS)[2] == [geneva]
    assert implied_documents("what did WSIS+10 say about open networks?", DOCS)[2] == [["a-res-70-125"]]
    assert implied_documents("does the WSIS+10 Vision say anything on open networks?", DOCS)[2] == []
    assert implied_documents("Where was the summit in 2004?", DOCS)[2] == []
    assert implied_documents("what was the original vision at Geneva and did the review stick with it", DOCS)[2] == [geneva]
    assert implied_documents("how did Geneva in 2003 and the 2015 review describe the gap?", DOCS)[2] == [geneva]
    for said in ("What decisions were taken in Tunis about financing?", "What was the compromise reached in Tunis on governance?",
                 "What did Tunis in 2005 decide about the forum?"):  # second review: an act at the summit names its texts
        assert implied_documents(said, DOCS)[2] == [tunis], said
    assert implied_documents("What commitments in Geneva this year relate to the compact?", DOCS)[2] == []
    for other in ("Was the summit held in Geneva in 2003 or in 2004?", "How many delegates went to Tunis 2005?",
                  "Since WSIS+10, what has changed for access?", "What did the Geneva round table on AI conclude?",
                  "Was there a Tunis round of talks on governance?", "Is the resolution endorsed in Geneva by the Human Rights Council cited?",
                  "I saw a photo taken in Tunis of the delegates."):  # review: a venue, a time, another body's act, a table
        assert implied_documents(other, DOCS)[2] == [], other
    # a time or a venue is no list of speakers
    assert implied_documents("After Geneva, the Tunis Agenda set up the forum. What for?", DOCS)[2] == []
    assert implied_documents("Why did the summit take place in both Geneva and Tunis?", DOCS)[2] == []
    assert implied_documents("Why were Geneva and Tunis chosen as venues?", DOCS)[2] == []
    # a time, not a speaker
    assert implied_documents("After Tunis, the General Assembly decided what?", DOCS)[2] == []
    assert implied_documents("Since Geneva, which programmes did UNESCO launch?", DOCS)[2] == []


def test_a_phrasal_verb_or_a_participle_clause_is_no_concept():
    assert _texts("what do these documents propose for bringing down what people pay for a connection?") == [
        "people", "connection"]
    assert _texts("What does the plan suggest doing about junk email flooding people's inboxes?") == [
        "junk email", "people inboxes"]
    assert _texts("data processing centres") == ["data processing centres"]  # a compound stays whole
    assert _texts("What does the compact say about health data sharing frameworks?") == ["health data sharing frameworks"]


def test_ip_addresses_and_paying_in_the_texts_words():
    assert "names and numbers" in everyday_forms("principles for domain names and IP addresses")
    assert "financing" in everyday_forms("does it say anything about paying for internet in the countryside")
    assert "financing" not in everyday_forms("can people get online without paying?")
    assert "financing" not in everyday_forms("is anyone paying attention to gender?")
    assert "domain names" in everyday_forms("how are web addresses and IP blocks administered?")


def test_the_concept_an_illustration_stands_for():
    from wsis.assistant.phrase_places import illustrated

    topic = "Does the compact tell countries to sign up to a cybercrime treaty such as the Budapest Convention?"
    phrases = concept_phrases(topic, topic)
    example = next(ph for ph in phrases if ph.text == "Budapest Convention")
    assert illustrated(topic, phrases, example).text == "cybercrime treaty"
    assert illustrated(topic, phrases, phrases[0]) is None  # no illustration


def test_a_city_beside_a_text_or_named_as_the_origin_speaks_for_its_texts():
    geneva = ["geneva-declaration", "geneva-plan-of-action"]
    assert implied_documents("Local languages show up in Geneva and again in the Tunis Commitment: what does each ask?",
                             DOCS)[2] == [geneva]
    assert implied_documents("The statement restates the summit vision. What was that vision originally in Geneva?",
                             DOCS)[2] == [geneva]
    # the second city of "in Geneva and again in Tunis" speaks for its texts too
    tunis = ["tunis-commitment", "tunis-agenda"]
    assert implied_documents("What was agreed on public access in Geneva and again in Tunis?", DOCS)[2] == [geneva, tunis]
    assert implied_documents("What was agreed on public access in Geneva, and again in Tunis?", DOCS)[2] == [geneva, tunis]
    # only from a city's texts: the Summit of the Future is no city speaking
    assert geneva not in implied_documents("What was agreed at the Summit of the Future and again in Geneva?", DOCS)[2]
    # where the meetings were held: no text speaks
    assert implied_documents("What happened at the summits held in Geneva and in Tunis?", DOCS)[2] == []
    assert implied_documents("What happened at the summits held in Geneva and again in Tunis?", DOCS)[2] == []
    assert implied_documents("How many delegates attended in Geneva and in Tunis?", DOCS)[2] == []
    assert implied_documents("What did the WSIS Forum look like back in Geneva in 2009?", DOCS)[2] == []
    # round 21: where an idea comes from ("goes back to Tunis", "came out of Tunis"), and "from Geneva to" a text
    assert implied_documents("The forum goes back to Tunis - did the compact later fund it?", DOCS)[2] == [tunis]
    assert implied_documents("Which city hosted the first meeting of the Forum that came out of Tunis?", DOCS)[2] == [tunis]
    assert implied_documents("Sharing knowledge runs from Geneva to the compact. What does each say?", DOCS)[2] == [geneva]
    assert implied_documents("I went back to Geneva in 2010. Where is the forum held?", DOCS)[2] == []
    assert implied_documents("An idea that dates back to Geneva: what does the compact add?", DOCS)[2] == [geneva]
    assert implied_documents("From Geneva to the compact, what changed on financing?", DOCS)[2] == [geneva]
    assert implied_documents("My colleague goes back to Geneva next week; where is the forum held?", DOCS)[2] == []
    assert implied_documents("Did the delegates travel from Geneva to the compact's signing?", DOCS)[2] == []


def test_a_phase_other_texts_relate_to_is_what_is_asked_not_a_speaker():
    # round 23: "their link to the first phase" asks how the Tunis texts relate to it, in their words
    from wsis.assistant.mentions import without_years_and_events
    tunis = ["tunis-commitment", "tunis-agenda"]
    geneva = ["geneva-declaration", "geneva-plan-of-action"]
    question = "How do the Tunis documents describe their link to the first phase of the summit?"
    assert implied_documents(question, DOCS)[2] == [tunis]
    assert "first phase" in without_years_and_events(question, DOCS)
    assert implied_documents("How does the Tunis Commitment present its relationship with the Geneva phase?", DOCS)[2] == []
    # the first phase speaking, or a text set against it, still names its texts
    assert implied_documents("What did the first phase of the Summit say on access?", DOCS)[2] == [geneva]
    assert implied_documents("How did the Tunis texts build on the Geneva phase?", DOCS)[2] == [tunis, geneva]
    # "what did Tunis add": the city speaks for its texts, as "what did Tunis say" does
    assert implied_documents("Geneva says everyone has a part; what did Tunis add about governments?", DOCS)[2] == [geneva, tunis]
    # review mends: "in relation to" means "on"; a phase's own content is linked to it; a listed city too; "add-on"
    assert implied_documents("In relation to the Tunis phase, what was agreed on financing?", DOCS)[2] == [tunis]
    assert implied_documents("Which targets are linked to the Geneva phase?", DOCS)[2] == [geneva]
    assert implied_documents("How does the compact describe its link to Geneva and Tunis?", DOCS)[2] == []
    assert implied_documents("Is the forum a Tunis add-on?", DOCS)[2] == []


def test_when_a_told_story_happened_is_not_asked(assistant):
    """Round 30: "during the last election they switched off mobile data ... does the compact say anything about
    governments doing that?" said "does not mention election"; a question's own "during" stays."""
    told = "during the last election they switched off mobile data for three days. does the compact say anything about governments doing that?"
    assert without_years_and_events(told, DOCS) == "they switched off mobile data for three days. does the compact say anything about governments doing that?"
    assert without_years_and_events("if a govt switches off the internet during elections that kills my app. does the compact say anything "
                                    "against that?", DOCS) == "if a govt switches off the internet that kills my app. does the compact say anything against that?"
    for kept in ("Does the compact say anything about shutdowns during elections?",  # asked, not told
                 # review: a place, or a time the list does not know, stays whole
                 "Throughout the developing world, most women are still offline. What do the texts say about that?",
                 "During armed conflict, telecom networks are often targeted. Do the texts say anything about protecting them?",
                 "During elections they cut the internet. What do the texts say about election observers?"):  # the question names its own subject
        assert without_years_and_events(kept, DOCS) == kept
    # round 31: an if-clause tells the story too, and "elections or protests" is one time
    assert without_years_and_events("If a government switches the internet off during elections or protests, what does the compact have to say "
                                    "about that?", DOCS) == "If a government switches the internet off, what does the compact have to say about that?"
    assert without_years_and_events("sorry dumb question but what does WSIS stand for", DOCS) == "what does WSIS stand for"
    for opener in ("Sorry, newbie question here: ", "sorry if this is a dumb question but ", "sorry, probably a dumb question, but ",
                   "dumb question but "):  # second review
        assert without_years_and_events(opener + "what is the IGF?", DOCS) == "what is the IGF?", opener
    # a statement of the asker's stakes before a question with its own subject (round 31: "does not mention telemedicine")
    assert without_years_and_events("Internet shutdowns would kill our telemedicine links. Does the compact commit states not to cut people "
                                    "off?", DOCS) == "Does the compact commit states not to cut people off?"
    # round 32: the asker's own story, or their place's, before a question with its own subject ("does not mention village"); round 33:
    # someone else's situation, several sentences of it, a question led by "under the compact". The concept check leaves it out; the
    # ranking keeps it (review: "Our country has no data protection law. Does the compact require governments to adopt legislation?")
    for told, asked in (("In our valley every village hears the world a little differently. ", "Does the Geneva declaration expect digital "
                         "plans to be shaped around what each community needs?"),
                        ("Here a data bundle costs more than a week of maize flour. ", "Have the texts kept saying that price is what stops "
                         "people getting connected?"),
                        ("Callers sometimes tell us very personal things. ", "Do the WSIS+10 texts say anything about keeping users safe?"),
                        ("Women get trolled and threatened online every single day. ", "Does the statement say users need protecting - or do "
                         "they only care about keeping the network open?"),
                        ("My husband and I have been arguing about this for weeks. Our boy is 14 and curious. ", "Do the texts require sites "
                         "to check a user's age?"),
                        ("the games my son plays seem to know everything about him. ", "under the compact do companies need a parent's "
                         "permission before collecting info on kids?")):
        assert without_story(told + asked) == asked
        assert without_years_and_events(told + asked, DOCS) == told + asked
    for kept in ("Did the texts fail because of weak financing?", "What does the Plan say on this? Small traders need it.",
                 "so they missed the 2015 goals. did the General Assembly afterwards tell governments to put numbers in their plans?",
                 "We liked it. My question is about gender. What specific commitments did governments make?",
                 "We are researching e-waste. What obligations do governments have under the compact?",
                 "I'm interested in data protection. What obligations do governments have under the compact?",  # its subject
                 "Our Common Agenda proposed a Digital Compact. Which proposals ended up in the GDC?",
                 "our common agenda proposed a digital compact. which proposals ended up in the gdc?",
                 "In our valley the cable breaks every winter. What do the texts say about that?",
                 # third review: a subject stated as a priority, a thesis, concerns, a debate; a claim the question checks
                 "Data protection is our top priority. What obligations do governments have under the compact?",
                 "My thesis is on data governance. What do the texts recommend for national policies?",
                 "My concerns are surveillance and data retention. What limits do the texts put on governments?",
                 "My class is debating net neutrality. What do the texts say about open internet access?",
                 "my professor says internet access is a human right. do the texts actually say that anywhere in the outcome document?",
                 "We keep hearing that connectivity is a human right. Does the compact say that too, or only the WSIS texts?",
                 # a story on the question's subject, or naming a text (fresh sx-una-lldc-commitments, so-xd-knowledge-data)
                 "I'm preparing a statement for a landlocked developing country. Do the WSIS outcome texts contain specific commitments "
                 "for landlocked countries, for instance on transit rights?",
                 "Geneva made access to information and knowledge a core principle. Does the Declaration on Future Generations carry "
                 "the idea of sharing knowledge forward in any way?"):
        assert without_story(kept) == kept, kept
    # the asker's reason or who needs it after the question; "last election" without "during"
    assert without_years_and_events("What do the texts say about keeping people safe online and keeping their information private? Survivors "
                                    "of abuse need both.", DOCS).endswith("private?")
    assert without_years_and_events("Compare what the texts each promise on teaching people digital skills - because women are always last "
                                    "in line for training.", DOCS).endswith("digital skills")
    assert "election" not in without_years_and_events("last election they switched off the internet for 3 days. does the compact say "
                                                      "governments should not do this??", DOCS)
    assert without_years_and_events("Did the texts fail because of weak financing?", DOCS) == "Did the texts fail because of weak financing?"
    for kept in ("Our country has no data protection law. Does the compact require one?",
                 "Our island has one cable. Does the compact say anything about that?",
                 # second review: a statement that holds the subject, a title, a back-reference _POINTING lacks
                 "In my country, many women lack digital skills. What targets do the texts set?",
                 "My question is about gender equality. What specific commitments did governments make?",
                 "Our Common Agenda proposed a Digital Compact. Which proposals ended up in the GDC?",
                 "My boss says the Tunis Agenda set up the Forum. Is he right?",
                 "Our government shut down mobile internet for a week last month. Do the texts condemn the practice?",
                 # an if-clause's emergency may be its subject; a list that goes on with other things stays whole
                 "If the networks collapse during an emergency, do the texts say how to restore them?",
                 "If a government switches the internet off during elections and other sensitive periods, what does the compact say about that?"):
        assert without_years_and_events(kept, DOCS) == kept, kept
    answer = assistant.ask("during the last election they switched off mobile data for three days and nobody could get the news. "
                           "does the compact say anything about governments doing that?")
    assert not answer.abstained and answer.citations[0].id == "global-digital-compact#9", answer.answer[:150]


def test_the_people_of_a_summit_speak_for_its_texts():
    """Round 37: "The Geneva people already said the benefits weren't reaching everyone. Did things look any fairer by the time
    of the 2015 review?" cited the 2015 review alone."""
    geneva, tunis = ["geneva-declaration", "geneva-plan-of-action"], ["tunis-commitment", "tunis-agenda"]
    assert implied_documents("The Geneva people already said the benefits weren't reaching everyone.", DOCS)[2] == [geneva]
    assert implied_documents("What did the Tunis negotiators want for the Forum?", DOCS)[2] == [tunis]
    assert implied_documents("How many people live in Geneva?", DOCS)[2] == []


def test_the_tunis_one_speaks_for_the_tunis_texts():
    """Round 39: "I compare two texts: the Tunis one that creates the Forum and the other excerpt ..." ranked no Tunis text.
    Not "the Tunis forum": two never-read cross-document questions lost a text when it named the Tunis texts."""
    geneva, tunis = ["geneva-declaration", "geneva-plan-of-action"], ["tunis-commitment", "tunis-agenda"]
    assert implied_documents("I compare the Tunis one that creates the Forum and the excerpt.", DOCS)[2] == [tunis]
    assert implied_documents("Does the Geneva one say more?", DOCS)[2] == [geneva]
    assert implied_documents("What was the Tunis forum asked to do for poorer regions?", DOCS)[2] == []
    assert implied_documents("Is this the one?", DOCS)[2] == []
    assert implied_documents("Is Tunis one of the places the compact mentions?", DOCS)[2] == []  # review
    assert implied_documents("What came out of the Tunis one-day round table?", DOCS)[2] == []


def test_who_made_a_checked_claim_is_not_what_is_asked():
    """Round 39: "Fact-check: an MP said the UN digital compact 'says nothing about governments switching off the
    internet'. True or false?" was refused ("does not mention MP"); a claim's maker is cut like an asker's introduction,
    unless the question points back to them ("Is he right?")."""
    from wsis.assistant.asker import without_asker

    assert without_asker("Fact-check: an MP said the compact says nothing about shutdowns. Which paragraph?") == (
        "the compact says nothing about shutdowns. Which paragraph?")
    assert without_asker("A columnist wrote that the Pact was adopted in 2024. When was it adopted?") == (
        "the Pact was adopted in 2024. When was it adopted?")
    kept = "A columnist wrote that the Pact was adopted in 2024. Is the columnist right?"
    assert without_asker(kept) == kept
    assert without_asker("My boss says the Tunis Agenda set up the Forum. Is he right?").startswith("My boss says")
    assert without_asker("The compact says nothing about shutdowns, really?") == "The compact says nothing about shutdowns, really?"
    # the verdict asked of the claim is no subject ("does not mention false", review); who said it, when pointed back to, is
    assert without_asker("Fact-check: an MP said the compact says nothing about network shutdowns. True or false?") == (
        "the compact says nothing about network shutdowns.")
    assert without_asker("The minister said the compact bans encryption. Is that true?") == "the compact bans encryption."
    assert without_asker("Journalists say the compact created an AI agency. Right?") == "the compact created an AI agency."
    assert without_asker("Which article says states must protect data?") == "Which article says states must protect data?"
    assert without_asker("Is the compact right about shutdowns?") == "Is the compact right about shutdowns?"


def test_a_checked_claim_is_answered_on_its_subject(specimens):
    """Round 39 end to end: the claim's subject is what is looked for, and a date question behind a claim is answered from
    the title blocks ("A columnist wrote that ... were adopted in the same year. On what dates was each adopted?")."""
    for claim in ("Fact-check: an MP said the UN digital compact 'says nothing about governments switching off the internet'. "
                  "True or false? Which paragraph?",
                  "Fact-check: an MP said the UN digital compact says nothing about governments switching off the internet. True or false?"):
        shut = specimens.ask(claim, mode="extractive")
        assert not shut.abstained and "global-digital-compact#29" in [c.id.split("(")[0] for c in shut.citations], claim
    # what is asked beyond a concession must be in the texts (round 39: both answered with the conceded paragraph)
    for conceded, missing in (("The 2015 resolution has something on training for educators, but does it define a competency framework "
                               "or a certification for teachers' digital skills?", "competency framework"),
                              ("The WSIS+10 Vision mentions privacy somewhere, right? Does it go as far as requiring each country to set "
                               "up an independent data protection regulator?", "independent data protection regulator")):
        refused = specimens.ask(conceded, mode="extractive")
        assert refused.abstained and refused.missing_concept == missing, conceded
    dated = specimens.ask("A columnist wrote that the Pact for the Future and the General Assembly's WSIS review outcome were "
                          "adopted in the same year. On what dates was each adopted?", mode="extractive")
    assert [c.id for c in dated.citations] == ["pact-for-the-future#title", "a-res-70-125#title"]
    assert "22 September 2024" in dated.answer and "16 December 2015" in dated.answer
