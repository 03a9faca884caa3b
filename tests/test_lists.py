"""The lists inside a paragraph: item levels, the lead-ins a quoted item keeps, nested labels.
The paragraphs are invented for these tests."""
from __future__ import annotations

from wsis.assistant.extractive import Candidate, _expand_lead_ins, citation_for, render_quotes
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


def test_a_nested_item_is_cited_with_its_parent():
    subs = {"a": "Fund;", "b": "Strengthen skills through:\n(i) a1;\n(ii) b1;\n(iii) c1;\n(iv) d1;\n(v) e1;\n(vi) f1;",
            "c": "Report."}
    assert item_path(NESTED, "(v) e1;") == ["b", "v"] and item_path(NESTED, "We commit to:") == []
    assert citation_for(passage(NESTED, subs), "(v) e1;", 1).paragraph == "3(b)(v)"
    assert citation_for(passage(NESTED, subs), "(c) Report.", 1).paragraph == "3(c)"
    body, citations = render_quotes([Candidate(passage(NESTED, subs), "(v) e1;", 0.9)])
    assert "“We commit to: … (b) Strengthen skills through: … (v) e1;” [1] (Invented Text, para. 3(b)(v))" in body
    assert citations[0].quote == "(v) e1;"
