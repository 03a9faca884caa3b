"""The lists inside a paragraph: item levels, the lead-ins a quoted item keeps, nested labels.
The paragraphs are invented for these tests."""
from __future__ import annotations

from wsis.assistant.extractive import Candidate, _expand_lead_ins, citation_for, quote_order, render_quotes
from wsis.assistant.introduced import closes_paragraph, introduced_run, with_introduced
from wsis.assistant.lists import BULLET, LETTER, PLAIN, ROMAN, item_path, lead_ins, line_levels
from wsis.types import DocumentInfo, Paragraph, Passage

NESTED = ("We commit to:\n(a) Fund;\n(b) Strengthen skills through:\n(i) a1;\n(ii) b1;\n(iii) c1;\n(iv) d1;\n(v) e1;\n"
          "(vi) f1;\n(c) Report.")


def passage(text: str, sub_items: dict | None = None) -> Passage:
    return Passage(Paragraph("invented", "3", text, sub_items=sub_items or {}), DocumentInfo("invented", "Invented Text"))


def test_levels_tell_roman_numerals_from_letters_by_their_neighbours():
    assert line_levels(NESTED.split("\n")) == [PLAIN, LETTER, LETTER] + [ROMAN] * 6 + [LETTER]
    assert line_levels(["We commit to:", "(h) Work on:", "(i) Ninth thing;", "(j) Tenth."]) == [PLAIN, LETTER, LETTER, LETTER]
    assert line_levels(["(b) Train through:", "• courses", "- visits"]) == [LETTER, BULLET, BULLET]


def test_an_item_keeps_the_lead_ins_above_it_and_no_sibling_s():
    assert lead_ins(NESTED, "(v) e1;") == ["We commit to:", "(b) Strengthen skills through:"]
    assert lead_ins(NESTED, "(c) Report.") == ["We commit to:"]
    two = "The Forum should:\n(a) Meet;\n(b) Report.\nDonors should:\n(a) Fund;\n(b) Support community networks."
    assert lead_ins(two, "(b) Support community networks.") == ["Donors should:"]  # the lead-in that applies
    assert lead_ins("(a) Fund the following:\n(i) x;\n(b) Report.", "(b) Report.") == []  # not its sibling's
    assert lead_ins("Trust matters. To that end we shall:\n(a) Act.", "(a) Act.") == ["To that end we shall:"]
    assert lead_ins(NESTED, "We commit to:") == [] and lead_ins(NESTED, "not in the text") == []


def test_an_item_lead_in_is_quoted_with_its_own_items_only():
    expanded = _expand_lead_ins([Candidate(passage(NESTED), "(b) Strengthen skills through:")])[0].text
    assert expanded.endswith("(vi) f1;") and "(c)" not in expanded and "(v) e1;" in expanded
    bullets = "We commit to:\n(b) Strengthen skills through:\n• training\n• courses\n(c) Report."
    assert _expand_lead_ins([Candidate(passage(bullets), "(b) Strengthen skills through:")])[0].text == (
        "(b) Strengthen skills through:\n• training\n• courses")


def test_a_lead_in_whose_item_is_already_quoted_is_not_quoted_again():
    """Tester AA: a phrase search quoted para. 72(a), then the whole mandate list again."""
    text = "The mandate of the Forum is to:\n(a) Discuss policy;\n(b) Report."
    out = _expand_lead_ins([Candidate(passage(text), "(a) Discuss policy;"), Candidate(passage(text), "The mandate of the Forum is to:")])
    assert [c.text for c in out] == ["(a) Discuss policy;"]
    out = _expand_lead_ins([Candidate(passage(text), "The mandate of the Forum is to:"), Candidate(passage(text), "(b) Report.")])
    assert len(out) == 1 and out[0].text.endswith("(b) Report.")  # the list first: its item is inside it


def test_a_nested_item_is_cited_with_its_parent():
    subs = {"a": "Fund;", "b": "Strengthen skills through:\n(i) a1;\n(ii) b1;\n(iii) c1;\n(iv) d1;\n(v) e1;\n(vi) f1;",
            "c": "Report."}
    assert item_path(NESTED, "(v) e1;") == ["b", "v"] and item_path(NESTED, "We commit to:") == []
    assert citation_for(passage(NESTED, subs), "(v) e1;", 1).paragraph == "3(b)(v)"
    assert citation_for(passage(NESTED, subs), "(c) Report.", 1).paragraph == "3(c)"
    body, citations = render_quotes([Candidate(passage(NESTED, subs), "(v) e1;", 0.9)])
    assert "“We commit to: … (b) Strengthen skills through: … (v) e1;” [1] (Invented Text, para. 3(b)(v))" in body
    assert citations[0].quote == "(v) e1;"
    # a nested item typed "ii." or "ii)" under its letter, as some texts print them
    from wsis.assistant.lists import nested_item
    dotted = Paragraph("invented", "8", "Do:\na) one;\nb) two through:\ni. rules, and\nii. filtering;", sub_items={
        "a": "one;", "b": "two through:\ni. rules, and\nii. filtering;"})
    assert nested_item(dotted, "b/ii") == "ii. filtering;" and nested_item(dotted, "b/iii") is None


def test_a_paragraph_ending_lead_in_introduces_the_run_of_paragraphs_after_it():
    lead = Paragraph("invented", "preamble-2", "The main points raised were:", numbered=False, section=["Summary"])
    after = [Paragraph("invented", str(n), f"Point {n}: a sentence.", section=["Summary"]) for n in (1, 2, 3)]
    assert [p.label for p in introduced_run(lead, after)] == ["1", "2", "3"]
    # the run stops at another kind of paragraph, another section, or the next list's lead-in
    closing = Paragraph("invented", "unnumbered-1", "Closing words.", numbered=False, section=["Summary"])
    assert [p.label for p in introduced_run(lead, after[:2] + [closing] + after[2:])] == ["1", "2"]
    moved = Paragraph("invented", "4", "Point 4.", section=["Annex"])
    assert [p.label for p in introduced_run(lead, after + [moved])] == ["1", "2", "3"]
    nxt = Paragraph("invented", "4", "Further points were:", section=["Summary"])
    assert [p.label for p in introduced_run(lead, after + [nxt])] == ["1", "2", "3"]
    assert len(introduced_run(lead, [Paragraph("invented", str(n), "P.", section=["Summary"]) for n in range(1, 30)])) == 12
    # quoted: the lead-in plus each introduced paragraph; not when one of them is quoted on its own
    lead_p = Passage(lead, DocumentInfo("invented", "Invented Text"))
    runs = [Passage(p, lead_p.document) for p in after]
    chosen = [Candidate(lead_p, lead.text)]
    assert [c.passage.id for c in with_introduced(chosen, lambda p: runs)] == [lead_p.id] + [p.id for p in runs]
    alone = [Candidate(lead_p, lead.text, 0.5), Candidate(runs[1], "Point 2: a sentence.", 0.6)]
    assert len(with_introduced(alone, lambda p: runs)) == 2  # on point 2: the lead-in introduces it only
    assert with_introduced(alone, lambda p: runs)[0].introduces == (runs[1].id,)
    # points 3 and 1 quoted for their own sake: the lead-in stands before the better one, the other keeps its rank
    two = [Candidate(lead_p, lead.text, 0.5), Candidate(runs[2], "Point 3: a sentence.", 0.7),
           Candidate(runs[0], "Point 1: a sentence.", 0.6)]
    assert with_introduced(two, lambda p: runs)[0].introduces == (runs[2].id,)
    other = Passage(Paragraph("invented", "9", "Unrelated.", order=9), lead_p.document)
    ranked = [runs[2].id, other.id, runs[0].id, lead_p.id]
    in_order = quote_order(with_introduced(two + [Candidate(other, "Unrelated.", 0.65)], lambda p: runs), ranked)
    assert [c.passage.paragraph.label for c in in_order] == ["preamble-2", "3", "9", "1"]
    on_list = [Candidate(lead_p, lead.text, 0.7), Candidate(runs[1], "Point 2: a sentence.", 0.6)]
    assert [c.passage.id for c in with_introduced(on_list, lambda p: runs)] == [lead_p.id, runs[1].id, runs[0].id, runs[2].id]
    # a weaker lead-in inside a better one's run, none of its own run quoted: no crash, it introduces what is there
    l1 = Passage(Paragraph("invented", "preamble-4", "Key themes included:", numbered=False, section=["Summary"]), lead_p.document)
    a_, b_, c_ = (Passage(Paragraph("invented", x, f"Theme {x}.", section=["Summary"]), lead_p.document) for x in ("5", "7", "8"))
    l2 = Passage(Paragraph("invented", "6", "Other views.\nParticipants also stressed:", section=["Summary"]), lead_p.document)
    runs_of = {l1.id: [a_, l2, b_, c_], l2.id: [b_, c_]}
    nested = with_introduced([Candidate(l1, "Key themes included:", 0.9), Candidate(l2, "Participants also stressed:", 0.5)],
                             lambda p: runs_of[p.id])
    assert nested[1].introduces == (b_.id, c_.id) and len(nested) == 5
    mid = Paragraph("invented", "preamble-3", "We note, among others:\n(a) one;\n(b) two.", numbered=False)
    assert not closes_paragraph(Candidate(Passage(mid, lead_p.document), "We note, among others:"))
