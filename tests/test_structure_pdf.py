"""Structure of the built fixture corpus: its files, invariants of every text, and the PDFs' pages, footnotes, headers, resolution layout."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.fixtures.build import CORPUS, EXTRAS, FOOTNOTE, RESOLUTION_NOTE, build_corpus, write_resolution_pdf, write_un_pdf
from tests.structure_checks import NUMS, _check_invariants, by_label, paras
from wsis.ingest.parsers import parse_file
from wsis.ingest.structure import detect_symbol, detect_title, local_doc_id, structure
from wsis.types import Paragraph


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return build_corpus(tmp_path_factory.mktemp("corpus"))


@pytest.fixture(scope="module")
def pdf_paras(corpus) -> list[Paragraph]:
    return paras(corpus / "tunis-commitment.pdf")


def test_build_corpus_contents(corpus):
    names = sorted(x.name for x in corpus.iterdir())
    assert names == sorted(["tunis-agenda.html", "geneva-plan-of-action.txt", "global-digital-compact.md",
                            "flattened-excerpt.txt", "tunis-commitment.pdf"])
    assert all(x.stat().st_size < 30_000 for x in corpus.iterdir())
    assert all(x.stat().st_size < 30_000 for x in CORPUS.iterdir())


@pytest.mark.parametrize("name", ["tunis-agenda.html", "geneva-plan-of-action.txt", "global-digital-compact.md",
                                  "flattened-excerpt.txt", "tunis-commitment.pdf", "script-injection.html"])
def test_invariants(corpus, name):
    path = corpus / name if (corpus / name).exists() else EXTRAS / name
    _check_invariants(paras(path), local_doc_id(path))


# ---------------------------------------------------------------- PDF

def test_pdf_labels_pages_and_labels(pdf_paras):
    assert [p.label for p in pdf_paras] == ["title", "preamble-1", *NUMS(1, 10)]
    p = by_label(pdf_paras)
    expected_pages = {"title": [1], "preamble-1": [1], "1": [1], "2": [1], "3": [1], "4": [2], "5": [2], "6": [2, 3],
                      "7": [3], "8": [3], "9": [3], "10": [3]}
    assert {k: v.pages for k, v in p.items()} == expected_pages
    assert p["6"].page_labels == ["2", "3"]
    assert all(v.page_labels == [str(x) for x in v.pages] for v in p.values())
    assert p["6"].text.endswith("accountable and open to new members, and for regular reporting on what these partnerships achieve.")


def test_pdf_text_clean(pdf_paras):
    p = by_label(pdf_paras)
    for para in pdf_paras:
        if para.label != "title":
            assert "WSIS-05/TUNIS/DOC/7-E" not in para.text
        assert "Tunis Commitment" not in para.text
        assert not re.search(r"- \d+ -", para.text)
        assert "Invented footnote" not in para.text
    assert p["title"].text.splitlines()[-1] == "TUNIS COMMITMENT"
    assert "that the information society can only be inclusive" in p["4"].text
    assert "rest on multi-stakeholder cooperation" in p["7"].text
    assert p["3"].text.startswith("We reaffirm that access") and p["9"].text.startswith("We invite the regional")
    assert p["preamble-1"].text.endswith("declare our common resolve as follows:")


def test_pdf_footnote_and_sub_items(pdf_paras):
    p = by_label(pdf_paras)
    assert p["4"].footnotes == [FOOTNOTE]
    assert "communities are connected. We therefore" in p["4"].text
    assert all(not v.footnotes for k, v in p.items() if k != "4")
    assert p["5"].sub_items == {
        "a": "affordable access points in every district;",
        "b": "training for teachers and community workers;",
        "c": "local content in the languages people speak.",
    }
    assert p["5"].text.splitlines()[1:] == [
        "(a) affordable access points in every district;",
        "(b) training for teachers and community workers;",
        "(c) local content in the languages people speak.",
    ]


def test_pdf_title_and_symbol(corpus):
    doc = parse_file(corpus / "tunis-commitment.pdf")
    assert detect_title(doc) == "TUNIS COMMITMENT"
    assert detect_symbol(doc) == "WSIS-05/TUNIS/DOC/7-E"


def test_pdf_symbol_from_running_header_only(tmp_path):
    doc = parse_file(write_un_pdf(tmp_path / "x.pdf"))
    doc.lines = [line for line in doc.lines if "WSIS-05" not in line.text]
    assert detect_symbol(doc) == "WSIS-05/TUNIS/DOC/7-E"


def test_resolution_style_pdf(tmp_path):
    doc = parse_file(write_resolution_pdf(tmp_path / "a-res-70-999.pdf"))
    items = structure(doc, "a-res-70-999")
    assert [p.label for p in items] == ["title", "chapeau", "PP1", "PP2", "PP3", *NUMS(1, 7)]
    p = by_label(items)
    assert detect_symbol(doc) == "A/RES/70/999"
    assert detect_title(doc) == ("70/999. Invented outcome document of a high-level meeting on the review of a summit "
                                 "held in two phases, written to test multi-line titles")
    assert p["chapeau"].text == "The General Assembly,"
    assert p["PP1"].text.startswith("Recalling") and p["PP1"].text.endswith("invented commission,")
    assert p["PP3"].footnotes == [RESOLUTION_NOTE] and p["PP3"].text.endswith("agencies,")
    assert {k: (v.pages, v.page_labels) for k, v in p.items() if k.isdigit()} == {
        "1": ([1], [""]), "2": ([1], [""]), "3": ([2], ["2"]), "4": ([2], ["2"]), "5": ([2], ["2"]),
        "6": ([3], ["3"]), "7": ([3], ["3"]),
    }
    assert list(p["6"].sub_items) == ["a", "b"]
    for para in items:
        assert "15-99999" not in para.text and "/3" not in para.text
        assert para.label == "title" or "A/RES/70/999" not in para.text
        assert "Invented outcome document of a high-level meeting" not in para.text or para.label == "title"
