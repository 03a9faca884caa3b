"""Issue 9: each specimen layout (tests/fixtures/specimens) split into its documents: exact labels, sections, sub-items, pages, reports."""
from __future__ import annotations

from tests.fixtures import specimens as S
from tests.structure_checks import NUMS, by_label, documents, labels
from wsis.ingest.report import structure_report
from wsis.types import Paragraph


def test_itu_declaration_key_principles_are_headings(folder):
    docs = documents(folder / "dop.html")
    assert list(docs) == ["geneva-declaration"]  # by its header line "Document WSIS-03/GENEVA/DOC/4-E"
    items, report = docs["geneva-declaration"]
    assert labels(items) == ["title", *NUMS(1, 9)]
    p = by_label(items)
    key = "B. An Information Society for All: Key Principles"
    assert p["4"].section == [key]
    assert p["5"].section == p["6"].section == [key, S.layouts.KEY_PRINCIPLES[0]]
    assert p["7"].section == [key, S.layouts.KEY_PRINCIPLES[1]] and p["8"].section == [key, S.layouts.KEY_PRINCIPLES[2]]
    assert p["9"].section == ["C. Towards an Information Society for All Based on Shared Knowledge"]
    assert p["6"].sub_items == {"a": "respect the needs of each community;", "b": "be reviewed at regular intervals."}
    assert p["3"].footnotes == ["1 An invented note placed at the foot of the page."]
    assert all("1)" not in x.text for x in items if x.numbered)
    assert report["verdict"] == "geneva-declaration: 9/67 paragraphs, 1 gap (10-67)"
    assert report["identified_by"] == "header symbol WSIS-03/GENEVA/DOC/4-E"


def test_un_resolution_pdf(folder):
    docs = documents(folder / "n1543781.pdf")
    assert list(docs) == ["a-res-70-125"]
    items, report = docs["a-res-70-125"]
    assert labels(items) == ["title", "chapeau", "PP1", "PP2", "PP3", *NUMS(1, 7), "closing"]
    p = by_label(items)
    assert p["PP1"].text.startswith("Recalling") and p["PP1"].text.endswith("ten years later,")
    assert p["PP1"].footnotes == [S.layouts.RES_NOTE] and "review1" not in p["PP1"].text
    assert p["PP3"].text.startswith("Noting")
    assert p["1"].section == ["1. Information and communication technologies for development"]
    assert p["5"].section == ["2. Internet governance"]
    assert p["3"].sub_items["b"].splitlines() == ["Strengthen skills through:", "(i) Programmes for teachers;",
                                                  "(ii) Training offered in local languages;"]
    assert list(p["3"].sub_items) == ["a", "b", "c"]
    assert {k: v.page_labels for k, v in p.items() if k.isdigit()} == {
        "1": [""], "2": [""], "3": ["2"], "4": ["2"], "5": ["2"], "6": ["3"], "7": ["3"]}
    assert p["closing"].text == "80th plenary meeting 16 December 2015"
    for para in items[1:]:
        assert "15-22395" not in para.text and "A/RES/70/125" not in para.text and "/3" not in para.text
    assert report["verdict"] == "a-res-70-125: 7/72 paragraphs, 1 gap (8-72)"
    assert report["preambular"] == 3 and report["sub_items"] == 3 and report["expected_confirmed"] is False


def test_pact_and_both_annexes_are_three_documents(folder):
    docs = documents(folder / "n2427222.pdf")
    assert list(docs) == ["pact-for-the-future", "global-digital-compact", "declaration-on-future-generations"]
    pact, gdc, dfg = (docs[k][0] for k in docs)
    assert labels(pact) == ["title", "chapeau", "PP1", "PP2", "operative", *NUMS(1, 5)]
    assert labels(gdc) == NUMS(1, 30) and labels(dfg) == NUMS(1, 5)
    p = by_label(pact)
    assert p["4"].section == ["Chapter I. Sustainable development and financing for development",
                              "Action 1. We will take bold steps to reach the goals we set ourselves."]
    assert p["5"].section[-1] == ("Action 2. We will place the eradication of poverty at the centre of our efforts, as this "
                                  "invented Pact puts it.")
    assert "invented Pact puts it" not in p["4"].text + p["5"].text
    g = by_label(gdc)
    assert g["1"].section == [] and g["7"].section == ["Objectives"] and g["28"].section == ["Internet governance"]
    assert list(g["29"].sub_items) == ["a", "b", "c", "d"] and g["30"].section == ["Follow-up and review"]
    assert by_label(dfg)["2"].sub_items == {"a": "Meet the needs of the present without harming those of the future;",
                                            "b": "Act with foresight."}
    reports = {k: v[1] for k, v in docs.items()}
    assert reports["pact-for-the-future"]["verdict"] == "pact-for-the-future: 5 paragraphs (1-5), 0 gaps"
    assert reports["global-digital-compact"]["verdict"] == "global-digital-compact: 30/79 paragraphs, 1 gap (31-79)"
    assert reports["declaration-on-future-generations"]["restarts"] == 2
    assert reports["declaration-on-future-generations"]["notes"] == [
        "text 3 of 3 in n2427222.pdf (numbering restarts after 'Annex II / Declaration on Future Generations')"]
    assert all(x.doc_id == k for k, (items, _) in docs.items() for x in items)


def test_wsis10_statement_and_vision(folder):
    docs = documents(folder / "362828V2E.pdf")
    assert list(docs) == ["wsis10-statement", "wsis10-vision"]
    statement, vision = docs["wsis10-statement"][0], docs["wsis10-vision"][0]
    assert labels(statement) == ["title", *NUMS(1, 7)] and labels(vision) == NUMS(1, 6)
    assert by_label(vision)["1"].section == ["A. Preamble"]
    assert by_label(vision)["5"].text.startswith("We call for the protection of privacy")
    assert by_label(statement)["5"].text.startswith("We recognize the need to protect users")
    assert docs["wsis10-vision"][1]["verdict"] == "wsis10-vision: 6 paragraphs (1-6), 0 gaps"


def test_excerpt_compilation_keeps_the_printed_numbers(folder):
    docs = documents(folder / "ig-briefing-extract.txt")
    items, report = docs["ig-briefing-extract"]
    assert labels(items) == ["title", "preamble-1", *NUMS(1, 5), "19", *NUMS(33, 38), *NUMS(60, 64)]
    assert report["runs"] == "1-5, 19, 33-38, 60-64" and report["gaps"] == ["6-18", "20-32", "39-59"]
    assert report["jumps"] == ["5->19", "19->33", "38->60"]
    assert report["verdict"] == "ig-briefing-extract: 17 paragraphs (1-5, 19, 33-38, 60-64), 3 gaps"
    assert report["warnings"] == ["ig-briefing-extract: numbering jumps, paragraphs 6-18, 20-32, 39-59 are not in this "
                                  "file (an excerpt, or numbers lost in extraction?)"]


def test_pypdf_text_numbers_alone_bracketless_items_glued_header(folder):
    docs = documents(folder / "6rev1-extract.pdf")
    items, report = docs["tunis-agenda"]
    assert labels(items) == ["title", *NUMS(67, 72)]
    p = by_label(items)
    assert p["68"].text.startswith("We recognize that every government") and p["69"].text.startswith("We further")
    assert p["71"].text.endswith("international public policy issues pertaining to the network, in this specimen.")
    assert p["71"].pages == [1, 2] and p["71"].page_labels == ["1", "2"]
    assert "WSIS-05" not in p["71"].text
    assert list(p["72"].sub_items) == ["a", "b", "c"]
    assert p["72"].sub_items["b"] == "Facilitate discourse between bodies dealing with different cross-cutting policies."
    assert p["72"].text.splitlines()[1:] == [f"{k} {v}" for k, v in p["72"].sub_items.items()]
    assert report["verdict"] == "tunis-agenda: 6/122 paragraphs, 2 gaps (1-66, 73-122)"


def test_compilation_of_several_sources_keeps_each_numbering(tmp_path):
    path = tmp_path / "briefing.txt"
    path.write_text("Briefing on invented agreed language\n\nTunis Agenda\n\n35. Invented quote thirty-five.\n\n"
                    "40. Invented quote forty.\n\nGeneva Declaration\n\n12. Invented quote twelve.\n\n13. Invented quote "
                    "thirteen.\n", encoding="utf-8")
    docs = documents(path)
    assert list(docs) == ["briefing", "briefing-geneva-declaration"]
    assert labels(docs["briefing"][0]) == ["title", "35", "40"] and labels(docs["briefing-geneva-declaration"][0]) == ["12", "13"]
    assert docs["briefing"][1]["gaps"] == ["36-39"] and docs["briefing"][1]["expected"] is None
    assert docs["briefing-geneva-declaration"][1]["warnings"][-1].endswith("come from its heading; check them")


def test_report_of_a_complete_text():
    items = [Paragraph("d", str(n), "x") for n in range(1, 123)]
    report = structure_report("tunis-agenda", items, (1, 122), True)
    assert report["verdict"] == "tunis-agenda: 122/122 paragraphs, 0 gaps" and report["warnings"] == []


def test_report_of_a_text_of_one_paragraph_is_in_the_singular():
    report = structure_report("note", [Paragraph("note", "1", "x")])
    assert report["verdict"] == "note: 1 paragraph, 0 gaps"  # not "1 paragraphs (1)"
