"""How answers quote: verbatim under existing labels, one reference per paragraph, relevance order, list items under their lead-ins."""
from __future__ import annotations

from tests.answer_checks import check_citations, ids


def test_topic_question_quotes_verbatim_with_existing_labels(assistant):
    answer = assistant.ask("What is said about enhanced cooperation?", mode="extractive")
    assert not answer.abstained
    check_citations(assistant, answer)
    assert any(i.startswith("tunis-agenda#") and i.split("#")[1].split("(")[0] in {"6", "7", "8"} for i in ids(answer))


def test_a_quoted_phrase_is_answered_by_the_paragraphs_that_say_it(assistant):
    """"Where does the phrase 'supervise nobody' appear?" quoted Tunis Agenda para. 10, then Geneva Plan 3(a)
    ("nobody is left out"), which does not say it."""
    answer = assistant.ask("Where does the phrase 'supervise nobody' appear?", mode="extractive")
    assert [c.id for c in answer.citations] == ["tunis-agenda#10"], [c.id for c in answer.citations]
    check_citations(assistant, answer)
    # a quoted phrase beside another subject: its paragraphs are not the whole answer
    wider = assistant.ask('What do the texts say about "supervise nobody" and about financing connectivity?', mode="extractive")
    ids = [c.id for c in wider.citations]
    assert "tunis-agenda#10" in ids and len(ids) >= 2, ids


def test_one_paragraph_is_one_reference(assistant):
    """Two sentences quoted from one paragraph share one marker, not [1] and [2] with the same label."""
    from wsis.assistant.extractive import Candidate, render_quotes

    retrieval = assistant.retriever.retrieve("Tunis Agenda para 3")
    passage = retrieval.passages[0]
    text = passage.paragraph.text
    first, second = text.split(", and ")[0], "we invite development banks to make such investment a standing priority."
    body, citations = render_quotes([Candidate(passage, first, 0.9), Candidate(passage, second, 0.8)])
    assert len(citations) == 1 and body.count("[1]") == 1 and "[2]" not in body
    assert citations[0].quote in text and " … " in body


def test_quotes_stand_in_the_order_of_relevance():
    """The best-ranked paragraph is quoted first, whatever its document's date; a document's full heading
    stands before its first quote, its short title before a later run of its quotes."""
    from wsis.assistant.extractive import Candidate, quote_order, render_quotes
    from wsis.types import DocumentInfo, Paragraph, Passage

    old = DocumentInfo("old-charter", "Invented Old Charter of the Harbours", symbol="X/OLD/1", date="2003-12-12",
                       aliases=["Old Charter"])
    new = DocumentInfo("new-pact", "Invented New Pact", symbol="X/NEW/2", date="2024-09-22", aliases=["New Pact"])
    o2 = Passage(Paragraph("old-charter", "2", "Ports shall stay open to every ship.", order=2), old)
    o7 = Passage(Paragraph("old-charter", "7", "Pilots shall be trained in every port.", order=7), old)
    n5 = Passage(Paragraph("new-pact", "5", "We keep the harbours open and safe.", order=5), new)
    chosen = [Candidate(o2, o2.paragraph.text, 0.9), Candidate(o7, o7.paragraph.text, 0.7), Candidate(n5, n5.paragraph.text, 0.8)]
    ranking = [o7.id, n5.id, o2.id]
    assert [c.passage.id for c in quote_order(chosen, ranking)] == [o7.id, n5.id, o2.id]
    body, citations = render_quotes(chosen, ranking=ranking)
    assert [c.paragraph for c in citations] == ["7", "5", "2"] and [c.doc_id for c in citations][:2] == ["old-charter", "new-pact"]
    lines = [line for line in body.splitlines() if line.startswith("**")]
    assert lines == ["**Invented Old Charter of the Harbours** (X/OLD/1, 2003)", "**Invented New Pact** (X/NEW/2, 2024)",
                     "**Old Charter**"]
    # without a ranking: documents in chronological order, paragraphs in document order
    _, plain = render_quotes(chosen)
    assert [c.paragraph for c in plain] == ["2", "7", "5"]
    # a lead-in ending its paragraph and the paragraphs it introduces stay one run, in document order,
    # where the best of them ranks; a paragraph after the list that it does not introduce keeps its rank
    lead = Passage(Paragraph("old-charter", "3", "The harbours agreed on these duties:", order=3), old)
    four = Passage(Paragraph("old-charter", "4", "Dredge the channels every spring.", order=4), old)
    five = Passage(Paragraph("old-charter", "5", "Keep the lighthouses lit at night.", order=5), old)
    six = Passage(Paragraph("old-charter", "6", "Customs rules are set out in the next chapter.", order=6), old)

    def listed():
        return [Candidate(lead, lead.paragraph.text, 0.8, introduces=(four.id, five.id))] + [
            Candidate(p, p.paragraph.text, 0.8) for p in (four, five, six, n5)]

    def order(ranking):
        return [c.passage.paragraph.label for c in quote_order(listed(), ranking)]

    assert order([five.id, n5.id, lead.id, four.id, six.id]) == ["3", "4", "5", "5", "6"]  # n5: new-pact#5
    assert order([six.id, n5.id, lead.id]) == ["6", "5", "3", "4", "5"]  # the list where its lead-in ranks
    assert [c.passage.id for c in quote_order(listed(), [six.id, n5.id, lead.id])][1] == n5.id
    # a paragraph neither ranked nor introduced follows the nearest ranked quote before it in its text
    loose = [Candidate(o2, o2.paragraph.text, 0.8), Candidate(o7, o7.paragraph.text, 0.8), Candidate(six, six.paragraph.text, 0.8),
             Candidate(n5, n5.paragraph.text, 0.8)]
    assert [c.passage.id for c in quote_order(loose, [o7.id, n5.id, o2.id])] == [o7.id, n5.id, o2.id, six.id]
    # one sentence twice in a paragraph: two candidates, which select_sentences can tell apart
    twice = Passage(Paragraph("old-charter", "8", "We reaffirm the commitment made here. We reaffirm the commitment made here.",
                              order=8), old)
    from wsis.assistant.extractive import select_sentences

    picked = select_sentences("reaffirm the commitment", [twice], lambda texts: [[1.0, float(len(t) % 3)] for t in texts])
    assert [c.text for c in picked] == ["We reaffirm the commitment made here."]
    # a cross-document question's best paragraph of each named text is quoted, however weak its score
    strong = Passage(Paragraph("old-charter", "9", "Harbour pilots are trained in every port each year.", order=9), old)
    weak = Passage(Paragraph("new-pact", "6", "Customs duties apply to every cargo ship arriving here.", order=6), new)
    vectors = {"harbour pilots trained": [1.0, 0.0], strong.paragraph.text: [1.0, 0.0], weak.paragraph.text: [0.5, 1.0]}

    def embed(texts):
        return [vectors[t] for t in texts]

    assert [c.passage.id for c in select_sentences("harbour pilots trained", [strong, weak], embed)] == [strong.id]
    assert [c.passage.id for c in select_sentences("harbour pilots trained", [strong, weak], embed,
                                                   firsts=[strong.id, weak.id])] == [strong.id, weak.id]


def test_a_quoted_list_item_keeps_its_lead_in_once():
    """An item quoted alone stands under its lead-in ("We resolve to: … (a) ..."), a nested item under
    its parent's too; a sibling item does not inherit the previous item's lead-in, and a lead-in is
    shown once per paragraph. The citation's quote stays the exact item."""
    from wsis.assistant.extractive import Candidate, render_quotes
    from wsis.assistant.lists import lead_ins
    from wsis.types import DocumentInfo, Paragraph, Passage

    text = ("We resolve to:\n(a) Map the invented harbours;\n(b) Train pilots through:\n(i) Night courses;\n"
            "(ii) Courses in local ports;\n(c) Report every second year.")
    paragraph = Paragraph("invented-charter", "9", text, sub_items={"a": "Map the invented harbours;",
                          "b": "Train pilots through:\n(i) Night courses;\n(ii) Courses in local ports;",
                          "c": "Report every second year."})
    passage = Passage(paragraph, DocumentInfo("invented-charter", "Invented Charter", date="2001-01-01"))
    assert lead_ins(text, "(ii) Courses in local ports;") == ["We resolve to:", "(b) Train pilots through:"]
    assert lead_ins(text, "(c) Report every second year.") == ["We resolve to:"]
    assert lead_ins(text, "We resolve to:") == []
    body, citations = render_quotes([Candidate(passage, "(a) Map the invented harbours;", 0.9),
                                     Candidate(passage, "(ii) Courses in local ports;", 0.8),
                                     Candidate(passage, "(c) Report every second year.", 0.7)])
    lines = body.splitlines()[1:]
    assert lines[0].startswith("> “We resolve to: … (a) Map the invented harbours;” [1] (Invented Charter, para. 9(a))")
    assert lines[1].startswith("> “(b) Train pilots through: … (ii) Courses in local ports;” [2] (Invented Charter, para. 9(b)(ii))")
    assert lines[2].startswith("> “(c) Report every second year.” [3]")
    assert [c.quote for c in citations] == ["(a) Map the invented harbours;", "(ii) Courses in local ports;",
                                            "(c) Report every second year."]
    # an item's own lead-in brings its nested items, never the next items of the list
    body, citations = render_quotes([Candidate(passage, "(b) Train pilots through:", 0.9)])
    assert "(ii) Courses in local ports;" in body and "(c)" not in body and citations[0].paragraph == "9(b)"
    # a line with two sentences: only the one ending in ":" is the lead-in
    two = Paragraph("invented-charter", "10", "Ports matter. To that end we shall:\na Dredge the invented channels;\n"
                    "b Light the invented coast.", sub_items={"a": "Dredge the invented channels;", "b": "Light the invented coast."})
    cited = Passage(two, passage.document)
    assert lead_ins(two.text, "b Light the invented coast.") == ["To that end we shall:"]
    body, citations = render_quotes([Candidate(cited, "b Light the invented coast.", 0.9)])
    assert citations[0].paragraph == "10(b)" and "“To that end we shall: … b Light the invented coast.”" in body  # a bracketless marker


def test_an_answer_lead_names_a_long_title_by_its_short_name():
    from wsis.assistant.render import describe
    from wsis.types import DocumentInfo

    long = DocumentInfo("a-res-70-125", "Outcome document of the high-level meeting of the General Assembly on the "
                        "overall review of the implementation of the outcomes of the World Summit on the Information "
                        "Society", symbol="A/RES/70/125", date="2015-12-16", aliases=["A/RES/70/125", "WSIS+10 outcome"])
    assert describe(long) == "WSIS+10 outcome (A/RES/70/125, 2015)"
    bare = DocumentInfo("notes", " ".join(["word"] * 14), aliases=["Long notes"])
    assert describe(bare) == "Long notes"  # no symbol or date: no empty brackets
    assert describe(DocumentInfo("tunis-agenda", "Tunis Agenda for the Information Society", date="2005-11-18",
                                 aliases=["Tunis Agenda"])) == "Tunis Agenda for the Information Society (2005)"
