"""A year before a text's name decides which text is meant (assistant/references.py,
``DocumentNames.dated``): "the 2014 WSIS+10 outcome documents" are not the 2015 resolution whose
short name is "WSIS+10 outcome". The titles and dates are the catalog's."""
from __future__ import annotations

from wsis.assistant.references import DocumentNames, year_named
from wsis.types import DocumentInfo

DOCS = {
    "wsis10-statement": DocumentInfo("wsis10-statement", "WSIS+10 Statement on the Implementation of WSIS Outcomes",
                                     date="2014-06-11", aliases=["WSIS+10 Statement"]),
    "a-res-70-125": DocumentInfo("a-res-70-125", "Outcome document of the high-level meeting of the General Assembly on "
                                 "the overall review", date="2015-12-16", aliases=["WSIS+10 outcome"]),
    "tunis-agenda": DocumentInfo("tunis-agenda", "Tunis Agenda for the Information Society", date="2005-11-18",
                                 aliases=["Tunis Agenda"]),
}


def named(question: str) -> list[tuple[str, str]]:
    return [(m.doc_id, question[m.start:m.end]) for m in DocumentNames(DOCS).mentions(question)]


def test_the_year_before_a_name_decides_which_text_it_is():
    assert named("Which agency put out the 2014 WSIS+10 outcome documents?") == [
        ("wsis10-statement", "the 2014 WSIS+10 outcome")]
    assert named("What does the WSIS+10 outcome say on finance?") == [("a-res-70-125", "WSIS+10 outcome")]
    # a year that agrees, or that no indexed text has, changes nothing
    assert named("What does the 2005 Tunis Agenda say?") == [("tunis-agenda", "Tunis Agenda")]
    assert named("What does the 2016 WSIS+10 outcome say?") == [("a-res-70-125", "WSIS+10 outcome")]


def test_a_text_is_named_by_its_year_and_kind():
    question = "Which L-document was the 2015 WSIS review resolution adopted from?"
    [(start, end, ids)] = year_named(question, DOCS)
    assert ids == ["a-res-70-125"] and question[start:end] == "the 2015 WSIS review"
    assert year_named("the post-2015 development agenda", DOCS) == []


def test_years_listed_before_a_year_s_texts_name_each_year_s_texts():
    """Round 15 (read): "Which of the 2014 and 2015 texts talk about affordability?" cited the 2015 text alone."""
    question = "Which of the 2014 and 2015 texts talk about affordability?"
    assert [(question[s:e], ids) for s, e, ids in year_named(question, DOCS)] == [
        ("2014", ["wsis10-statement"]), ("2015 texts", ["a-res-70-125"])]
    assert [ids for _, _, ids in year_named("the 2005, 2014 and the 2015 documents", DOCS)] == [
        ["tunis-agenda"], ["wsis10-statement"], ["a-res-70-125"]]
    assert [ids for _, _, ids in year_named("between 2014 and 2015 review", DOCS)] == [["a-res-70-125"]]  # a period
    # review: a year after a time word is a date ("in 2014 and the 2015 review", "from 2005, 2014 and 2015 texts")
    assert [ids for _, _, ids in year_named("What happened in 2014 and the 2015 review?", DOCS)] == [["a-res-70-125"]]
    assert [ids for _, _, ids in year_named("from 2005, 2014 and 2015 texts", DOCS)] == [["a-res-70-125"]]


def test_what_a_year_said_names_that_years_text():
    question = "How did the 2005 call for an open forum carry into the 2015 review?"
    assert [ids for _, _, ids in year_named(question, DOCS)] == [["tunis-agenda"], ["a-res-70-125"]]  # in the question's order
    assert year_named("Did summit leaders in 2005 promise to meet again?", DOCS) == []  # a time, not a text
    assert year_named("Can companies link their 2015 pledges to the review?", DOCS) == []  # the asker's own


def test_a_text_is_named_by_when_and_where_it_was_agreed():
    docs = {**DOCS, "geneva-declaration": DocumentInfo("geneva-declaration", "Declaration of Principles", date="2003-12-12",
                                                       aliases=["Geneva Declaration"]),
            "geneva-plan": DocumentInfo("geneva-plan", "Plan of Action", date="2003-12-12", aliases=["Geneva Plan"])}
    question = "What is the formal title of the text agreed at Geneva in December 2003?"
    [(start, end, ids)] = year_named(question, docs)
    assert question[start:end] == "the text agreed at Geneva in December 2003" and ids == ["geneva-declaration", "geneva-plan"]
    [(_, _, ids)] = year_named("the declaration adopted in 2003", docs)
    assert ids == ["geneva-declaration"]  # the kind of text picks among that year's texts
    assert year_named("the text agreed in 2010", docs) == []  # no text of that year


def test_a_number_inside_a_name_stays_in_the_topic():
    """The topic drops paragraph numbers; "WSIS+10" lost its "10" and "COVID-19" its "19"."""
    from wsis.assistant.references import topic_of

    names = DocumentNames(DOCS)
    assert topic_of("Will the WSIS+10 participants report back at the next event?", names) == \
        "Will the WSIS+10 participants report back at the next event"
    assert topic_of("What about COVID-19?", names) == "COVID-19"
    assert "28" not in topic_of("What do paragraphs 28-30 say on AI?", names)


def test_a_publication_not_indexed_as_one_names_each_of_its_indexed_texts():
    """"The WSIS+10 outcome documents" is the catalog's name of the 2014 publication holding the
    Statement and the Vision: with both indexed (and not the publication), it names both, at one
    span that is stripped once; the singular stays the 2015 resolution's short name."""
    docs = {**DOCS, "wsis10-vision": DocumentInfo("wsis10-vision", "WSIS+10 Vision for WSIS Beyond 2015", date="2014-06-11",
                                                  aliases=["WSIS+10 Vision"])}
    names = DocumentNames(docs)
    question = "On what date were the WSIS+10 outcome documents agreed?"
    assert [(m.doc_id, question[m.start:m.end]) for m in names.mentions(question)] == [
        ("wsis10-statement", "WSIS+10 outcome documents"), ("wsis10-vision", "WSIS+10 outcome documents")]
    assert names.strip(question).split() == "On what date were the agreed?".split()
    assert names.doc_ids("What does the WSIS+10 outcome document say?") == ["a-res-70-125"]
    assert DocumentNames(DOCS).doc_ids(question) == ["a-res-70-125"]  # the Vision not indexed: its short name


def test_a_review_is_named_by_its_interval_or_by_the_body_that_held_it():
    """"Its ten-year look back at the summit outcomes" and "the Assembly's review" name the General
    Assembly's review outcome (dev question b6-top-s-review-adoption-date went unanswered); the act
    before "its review" stays in the question ("when did the Assembly adopt its review?" asks a date)."""
    question = "On what date did the Assembly pass its ten-year look back at the summit outcomes?"
    [(start, end, ids)] = year_named(question, DOCS)
    assert ids == ["a-res-70-125"] and question[start:end] == "ten-year look back at the summit outcomes"
    question = "When did the General Assembly adopt its review of WSIS?"
    [(start, end, ids)] = year_named(question, DOCS)
    assert ids == ["a-res-70-125"] and question[start:end] == "its review of WSIS"
    assert [ids for _, _, ids in year_named("the Assembly's 10-year review", DOCS)] == [["a-res-70-125"]]
    # a request that the Assembly review, and an interval no indexed review has, name nothing
    assert year_named("Did Tunis ask that the Assembly review the outcomes?", DOCS) == []
    [(start, end, ids)] = year_named("Did the GA review a year later respond?", DOCS)  # the Assembly's, abbreviated
    assert ids == ["a-res-70-125"]
    [(start, end, ids)] = year_named("What do the vision and the General Assembly review each propose?", DOCS)
    assert ids == ["a-res-70-125"]
    # the verb: the Assembly reviewing something
    assert year_named("When will the General Assembly review WSIS again?", DOCS) == []
    assert year_named("Will the GA review progress on the compact?", DOCS) == []
    # another text's review is not the WSIS review (review mends)
    assert year_named("When will the General Assembly hold its review of the Global Digital Compact?", DOCS) == []
    assert year_named("What will the General Assembly's review of the Compact assess?", DOCS) == []
    assert year_named("Did the Tunis Agenda ask that the General Assembly hold a review of the outcomes?", DOCS) == []
    assert year_named("the ten-year review of the 2030 Agenda", DOCS) == []
    # the review's full wording still names it
    question = "What did the Assembly's review of the implementation of the WSIS outcomes say?"
    [(start, end, ids)] = year_named(question, DOCS)
    assert ids == ["a-res-70-125"] and question[start:end] == "Assembly's review of the implementation of the WSIS outcomes"
    assert year_named("the twenty-year review", DOCS) == []


def test_a_date_question_on_the_assembly_review_is_answered_from_its_date_line():
    from wsis.assistant.dates import is_date_question
    from wsis.assistant.mentions import names_in

    question = "On what date did the Assembly pass its ten-year look back at the summit outcomes?"
    spans = names_in(question, DocumentNames(DOCS), DOCS)
    assert [d for _, _, d in spans] == ["a-res-70-125"]
    stripped = question
    for start, end, _ in sorted(spans, reverse=True):
        stripped = stripped[:start] + " " + stripped[end:]
    assert is_date_question(question, stripped)


def test_a_paragraph_named_with_the_texts_right_after_it_is_each_of_theirs():
    from wsis.assistant.references import parse_references

    names = DocumentNames(DOCS)
    refs = lambda q: [(r.doc_id, r.label) for r in parse_references(q, names)]  # noqa: E731
    # "para 3 of A and B": both texts' paragraph 3 (B's had been dropped)
    assert refs("What does para 3 of the Tunis Agenda and the WSIS+10 Statement say?") == [
        ("tunis-agenda", "3"), ("wsis10-statement", "3")]
    # "para 5 of B" after A's reference: B's, though A's name stands nearer (it was A's paragraph 5)
    assert refs("para 3 of the Tunis Agenda and para 5 of the WSIS+10 Statement") == [
        ("tunis-agenda", "3"), ("wsis10-statement", "5")]
    assert refs("Tunis Agenda para 9") == [("tunis-agenda", "9")]
    # the second text carries its own number: not the first's too
    assert refs("Compare para 3 of the Tunis Agenda and the WSIS+10 Statement paragraph 5") == [
        ("tunis-agenda", "3"), ("wsis10-statement", "5")]
    # a cited unnumbered block pasted back is no numbered paragraph
    assert refs("What does Tunis Agenda, preamble, unnumbered para. 1 say?") == []


def test_a_text_named_by_its_year_but_not_indexed_is_said_to_be_missing():
    # "the 2015 overall review" over an index without A/RES/70/125: the answer must say it is not there
    from wsis.assistant.mentions import not_indexed
    indexed = {d: info for d, info in DOCS.items() if d == "tunis-agenda"}
    assert [d.doc_id for d in not_indexed("What did the 2015 overall review conclude on progress?", indexed)] == ["a-res-70-125"]
    assert not_indexed("What did the 2015 overall review conclude on progress?", DOCS) == []
    assert not_indexed("What were the targets for 2015?", indexed) == []  # a year alone names no text


def test_the_wsis10_documents_are_the_event_s_two_and_its_review_the_assembly_s():
    """Round 30: "the 2015 GA outcome and the two WSIS+10 documents" cited the 2015 text alone; "the WSIS+10
    review in 2015" named nothing (the catalog's names)."""
    docs = {**DOCS, "wsis10-vision": DocumentInfo("wsis10-vision", "WSIS+10 Vision for WSIS Beyond 2015", date="2014-06-11",
                                                  aliases=["WSIS+10 Vision"])}
    names = DocumentNames(docs)
    assert names.doc_ids("What do the two WSIS+10 documents each say about price?") == ["wsis10-statement", "wsis10-vision"]
    from wsis.ingest.catalog import catalog_by_id
    every = DocumentNames({d: e.to_info() for d, e in catalog_by_id().items()})  # the review's outcome, not its process, event, documents
    assert every.doc_ids("What did the WSIS+10 review in 2015 decide?") == ["a-res-70-125"]
    for other in ("How did the WSIS+10 review process involve civil society?", "What did the WSIS+10 review high-level event adopt?",
                  "What do the WSIS+10 review documents say about gender?",
                  "How can civil society take part in the WSIS+20 review?", "What input to the WSIS+10 review was sought?"):  # second review
        assert "a-res-70-125" not in every.doc_ids(other), other
