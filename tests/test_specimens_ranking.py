"""What answers on the specimens' index quote first: named texts' best passages, relevance order, no frame blocks, long forms."""
from __future__ import annotations

from tests.conftest import make_settings


def test_a_named_texts_best_passage_is_among_the_candidates(indexed):
    """"How does the declaration on future generations open?" ranked eight compact paragraphs on "open
    data" first: the declaration's own best passage shares no word with the question and fell below
    them. A text named by name now has its best passage among the candidates, first."""
    from wsis.assistant.retrieval import Retriever

    data, _ = indexed
    retrieval = Retriever(make_settings(data)).retrieve(
        "How does the declaration on future generations open? Do the leaders accept that they have an obligation toward posterity?")
    assert [p.id for p in retrieval.passages][:1] == ["declaration-on-future-generations#1"]


def test_a_text_named_by_its_year_has_its_best_passage_among_the_candidates(indexed):
    """"The post-2015 WSIS vision wants ... Does the compact add ...?" named the WSIS+10 Vision by its
    year only; the compact's passages filled every candidate place and the Vision was never quoted.
    A text named by year, like one named by name, has its best passage among the candidates."""
    from wsis.assistant.answering import Assistant

    data, _ = indexed
    assistant = Assistant(make_settings(data))
    retrieval = assistant.retriever.retrieve("The post-2015 WSIS vision wants everybody able to get online at a fair "
                                             "price wherever they live. Does the compact add a promise not to take "
                                             "that connection away from people?")
    docs = [p.paragraph.doc_id for p in retrieval.passages[:3]]
    assert "wsis10-vision" in docs and "global-digital-compact" in docs


def test_the_most_relevant_quotes_come_first_whatever_the_dates(indexed):
    """A question on two texts sees both among its first three references: quotes follow the retrieval's
    ranking, not the documents' dates (the compact's paragraph on the forum came fifth, after four
    quotes of the 2015 resolution, one of them a preambular recall)."""
    from wsis.assistant.answering import Assistant

    data, _ = indexed
    answer = Assistant(make_settings(data)).ask("What did the 2015 review and the compact each say about the yearly forum?",
                                                mode="extractive")
    first = [c.id.split("(")[0] for c in answer.citations[:3]]
    assert "global-digital-compact#28" in first and any(x.startswith("a-res-70-125#") for x in first), answer.answer
    # the lead names the texts in the order their quotes stand
    lead, body = answer.answer.split("\n\n", 1)
    named = [t for t in ("WSIS+10 outcome", "Global Digital Compact") if t in lead]
    assert named and sorted(named, key=lead.index) == sorted(named, key=lambda t: body.index(t if t in body else "A/RES/70/125")), answer.answer


def test_frame_blocks_are_never_quoted(indexed):
    """"The General Assembly," (chapeau) says nothing on any question, "80th plenary meeting ..."
    (closing) only when a text was adopted: neither an answer nor a refusal's nearest passages quote them
    otherwise (a user saw both)."""
    from wsis.assistant.answering import Assistant

    data, _ = indexed
    assistant = Assistant(make_settings(data))
    corpus = assistant.store.corpus()
    frames = {p.id for p in corpus.paragraphs if p.label in ("title", "chapeau", "closing")}
    assert any(i.endswith("#chapeau") for i in frames) and any(i.endswith("#closing") for i in frames), sorted(frames)
    for question in ("What does A/RES/70/125 say on the Internet Governance Forum?", "What does the 2015 review say on skills?",
                     "What do the texts say about quantum computing?", "What does the General Assembly decide?"):
        answer = assistant.ask(question, mode="extractive")
        assert not {c.id for c in answer.citations} & frames, (question, [c.id for c in answer.citations])
        assert not {p.id for p in answer.passages} & frames, (question, [p.id for p in answer.passages])  # nor ranked


def test_a_refusal_quotes_the_closest_item_of_a_list_with_its_lead_in(indexed):
    """The nearest passages beside "the texts do not mention X" are quoted by their sentence closest to
    the question: in a list, an item with its lead-in, never the bare lead-in "We commit to:"."""
    from wsis.assistant.answering import Assistant

    data, _ = indexed
    assistant = Assistant(make_settings(data))
    answer = assistant.ask("What do the texts say on net neutrality?", mode="extractive")
    assert answer.abstained and answer.missing_concept == "net neutrality", answer.answer
    corpus, listed = assistant.store.corpus(), 0
    for c in answer.citations:
        paragraph = corpus.get(c.id)
        assert c.quote in paragraph.text and not c.quote.rstrip().endswith(":"), c
        line = next(x for x in answer.answer.splitlines() if f"[{c.marker}]" in x)
        assert line.startswith(f"- {c.text()} [{c.marker}]: “"), line
        if paragraph.sub_items and c.quote.lstrip().startswith("("):
            listed += 1
            letter = c.paragraph.split("(")[1].rstrip(")")
            assert letter in paragraph.sub_items and c.quote in paragraph.sub_items[letter] or c.quote.startswith(f"({letter})")
            assert paragraph.text.split("\n")[0] + " … " in line, line  # who commits stays with the item
    assert listed, answer.answer  # the GDC's list paragraph on the network is among the nearest


def test_an_acronym_the_texts_use_only_spelled_out_is_searched_by_its_long_form(indexed):
    """The specimens never write "(IGF)": "what is the IGF for?" searches "Internet Governance Forum"
    too (the standard UN long form, as the texts use its words) and quotes the Forum's mandate."""
    from wsis.assistant.answering import Assistant

    data, _ = indexed
    assistant = Assistant(make_settings(data))
    assert not assistant.retriever.glossary().expansions("IGF")
    assert assistant.retriever.standard_expansions("what is the IGF for?") == ["Internet Governance Forum"]
    answer = assistant.ask("what is the IGF for?", mode="extractive")
    assert not answer.abstained, answer.answer
    assert {"tunis-agenda#72", "global-digital-compact#28"} & {c.id for c in answer.citations}, [c.id for c in answer.citations]
    # asked the other way round, of a name the texts never abbreviate: every standard form, said as such
    ga = assistant.ask("What is the acronym for the General Assembly?", mode="extractive").answer
    assert ga.startswith("The texts write “General Assembly” in full, never abbreviated; in standard UN usage: UNGA and GA."), ga
