"""Structure of the fixture corpus's HTML, TXT and Markdown texts, a DOCX and an HTML table: labels, sections, sub-items, titles."""
from __future__ import annotations

from tests.fixtures.build import CORPUS, EXTRAS
from tests.structure_checks import NUMS, by_label, paras
from wsis.ingest.parsers import parse_file
from wsis.ingest.structure import detect_symbol, detect_title

OBJECTIVE_1 = "Objective 1. Close the digital divides and accelerate progress across the Sustainable Development Goals"


# ---------------------------------------------------------------- Tunis Agenda (HTML)

def test_tunis_agenda_labels_and_sections():
    items = paras(CORPUS / "tunis-agenda.html")
    assert [p.label for p in items] == ["title", "preamble-1", *NUMS(1, 16)]
    p = by_label(items)
    assert p["title"].numbered is False
    assert p["title"].text.splitlines() == [
        "World Summit on the Information Society", "Geneva 2003 \u2013 Tunis 2005",
        "Document WSIS-05/TUNIS/DOC/6(Rev.1)-E", "18 November 2005", "Original: English",
        "Tunis Agenda for the Information Society",
    ]
    assert p["preamble-1"].text.startswith("Meeting for the second phase")
    assert p["1"].section == [] and p["2"].section == []
    assert p["3"].section == ["FINANCIAL MECHANISMS FOR MEETING THE CHALLENGES OF ICT FOR DEVELOPMENT"]
    assert all(p[str(n)].section == ["INTERNET GOVERNANCE"] for n in range(4, 12))
    assert all(p[str(n)].section == ["IMPLEMENTATION AND FOLLOW-UP"] for n in range(12, 17))


def test_tunis_agenda_content_facts():
    p = by_label(paras(CORPUS / "tunis-agenda.html"))
    assert "Internet governance is the joint work of governments" in p["4"].text
    assert p["5"].text.startswith("We observe that")  # number stood alone in its own <p>
    assert p["10"].text.startswith("We agree that the Forum")
    for n in ("6", "7", "8"):
        assert "enhanced cooperation" in p[n].text
    assert "Secretary-General" in p["12"].text and "2015" in p["12"].text
    assert "paragraphs 4, 5 and 12. We further invite" in p["14"].text
    assert list(p["9"].sub_items) == ["a", "b", "c", "d", "e", "f"]
    assert p["9"].sub_items["a"].startswith("Debate policy questions")
    assert p["9"].sub_items["f"] == "Publish its proceedings, so that its work remains open to everyone who wishes to follow it."
    lines = p["9"].text.splitlines()
    assert lines[0].endswith("The mandate of the Forum is to:")
    assert [x[:2] for x in lines[1:]] == ["a)", "b)", "c)", "d)", "e)", "f)"]
    assert p["2"].footnotes == ["1 Invented note: the gaps are described in the statistical annex of this fixture."]
    assert "Invented note" not in p["2"].text and "concern. We pledge" in p["2"].text
    assert all(not x.pages and not x.page_labels for x in p.values())


def test_tunis_agenda_title_and_symbol():
    doc = parse_file(CORPUS / "tunis-agenda.html")
    assert detect_title(doc) == "Tunis Agenda for the Information Society"
    assert detect_symbol(doc) == "WSIS-05/TUNIS/DOC/6(Rev.1)-E"


# ---------------------------------------------------------------- Geneva Plan of Action (TXT)

ACTION_LINES = {
    "C1": "C1. The role of public governance authorities and all stakeholders in the promotion of ICTs for development",
    "C2": "C2. Information and communication infrastructure: an essential foundation for the Information Society",
    "C3": "C3. Access to information and knowledge",
    "C4": "C4. Capacity building",
    "C5": "C5. Building confidence and security in the use of ICTs",
    "C6": "C6. Enabling environment",
    "C7": "C7. ICT applications: benefits in all aspects of life",
    "C8": "C8. Cultural diversity and identity, linguistic diversity and local content",
    "C9": "C9. Media",
    "C10": "C10. Ethical dimensions of the Information Society",
    "C11": "C11. International and regional cooperation",
}


def test_plan_of_action_labels():
    items = paras(CORPUS / "geneva-plan-of-action.txt")
    expected = ["title", "1", "2", "3"]
    for k in range(1, 12):
        expected += [f"C{k}", str(k + 3)]
    assert [p.label for p in items] == expected
    p = by_label(items)
    assert p["title"].text.splitlines()[-1] == "PLAN OF ACTION"
    assert all(not p[c].numbered and p[c].text == heading for c, heading in ACTION_LINES.items())


def test_plan_of_action_sections_and_action_lines():
    p = by_label(paras(CORPUS / "geneva-plan-of-action.txt"))
    assert p["1"].section == ["A. Introduction"] and p["2"].section == ["A. Introduction"]
    assert p["3"].section == ["B. Objectives, goals and targets"]
    for k in range(1, 12):
        number = str(k + 3)
        assert p[number].section == ["C. Action Lines", ACTION_LINES[f"C{k}"]]
        assert p[number].section[-1].startswith(f"C{k}. ")
        assert p[f"C{k}"].section == p[number].section
    assert "cybersecurity" in p["8"].text and "spam" in p["8"].text
    assert p["1"].text.startswith("This fixture imitates") and "\n" not in p["1"].text  # wrapped lines joined


def test_plan_of_action_sub_items():
    p = by_label(paras(CORPUS / "geneva-plan-of-action.txt"))
    assert list(p["3"].sub_items) == ["a", "b", "c"]
    assert p["3"].sub_items["b"] == "to put knowledge and connectivity at the service of development;"
    assert p["3"].text.splitlines()[1].startswith("a. to build")
    assert list(p["5"].sub_items) == ["a", "b"]
    assert list(p["8"].sub_items) == ["a", "b", "c", "d"]
    assert p["8"].sub_items["b"].splitlines() == [
        "curb unsolicited bulk messages (spam) through:",
        "i. national rules with clear enforcement, and",
        "ii. technical filtering offered by service providers;",
    ]
    assert list(p["10"].sub_items) == ["a", "b", "c"]
    assert all(not p[str(n)].sub_items for n in (1, 2, 4, 6, 7, 9, 11, 12, 13, 14))


def test_plan_of_action_title_and_symbol():
    doc = parse_file(CORPUS / "geneva-plan-of-action.txt")
    assert detect_title(doc) == "PLAN OF ACTION"
    assert detect_symbol(doc) == "WSIS-03/GENEVA/DOC/5-E"


# ---------------------------------------------------------------- Global Digital Compact (MD)

def test_gdc_labels_sections_and_actions():
    items = paras(CORPUS / "global-digital-compact.md")
    assert [p.label for p in items] == ["title", *NUMS(1, 14), "unnumbered-1"]
    p = by_label(items)
    assert p["title"].text == "Global Digital Compact"
    assert all(p[str(n)].section == ["Preamble"] for n in (1, 2, 3))
    assert p["4"].section == [OBJECTIVE_1] and p["5"].section == [OBJECTIVE_1]
    objectives = {p[str(n)].section[0].split(".")[0] for n in range(4, 14)}
    assert objectives == {f"Objective {k}" for k in range(1, 6)}
    assert p["14"].section == ["Follow-up and review"]
    assert p["unnumbered-1"].numbered is False and p["unnumbered-1"].section == ["Follow-up and review"]
    assert {n: list(p[n].sub_items) for n in ("5", "7", "9", "11", "13")} == {
        "5": ["a", "b", "c"], "7": ["a", "b"], "9": ["a", "b", "c"], "11": ["a", "b"], "13": ["a", "b", "c"],
    }
    assert p["5"].text.splitlines()[1].startswith("(a) Set targets")
    assert "scientific panel" in p["13"].text and "artificial intelligence" in p["12"].text
    assert "data governance" in p["10"].text
    assert "human rights online" in p["8"].text
    assert "invented" in p["1"].text and "**" not in p["1"].text and "*urgent*" not in p["2"].text


def test_gdc_title_and_symbol():
    doc = parse_file(CORPUS / "global-digital-compact.md")
    assert detect_title(doc) == "Global Digital Compact"
    assert detect_symbol(doc) == ""


# ---------------------------------------------------------------- flattened excerpt

def test_flattened_excerpt():
    items = paras(CORPUS / "flattened-excerpt.txt")
    assert [p.label for p in items] == ["unnumbered-1", "76", "77", "78"]
    p = by_label(items)
    assert p["unnumbered-1"].numbered is False
    assert p["unnumbered-1"].text.startswith("...the follow-up of the Forum") and p["unnumbered-1"].text.endswith("process.")
    assert p["76"].text.startswith("We ask the coordinating body")
    assert "paragraphs 4, 5 and 55. We further recognize" in p["77"].text
    assert list(p["77"].sub_items) == ["a", "b", "c", "d"]
    assert p["77"].sub_items["c"] == "Encourage the publication of open data on connectivity;"  # bare "c"
    assert p["77"].sub_items["d"] == "Report every year on the progress made."
    assert [x.split(" ")[0] for x in p["77"].text.splitlines()[1:]] == ["a)", "b)", "c", "d)"]
    assert list(p["78"].sub_items) == ["a", "b"]
    assert detect_title(parse_file(CORPUS / "flattened-excerpt.txt")) == ""


# ---------------------------------------------------------------- script injection fixture

def test_script_injection_text_is_literal():
    items = paras(EXTRAS / "script-injection.html")
    assert [p.label for p in items] == ["title", "1", "2", "3"]
    p = by_label(items)
    assert "<script>alert(1)</script>" in p["1"].text
    assert "<img src=x onerror=alert(1)>" in p["2"].text


# ---------------------------------------------------------------- DOCX and HTML tables

def test_docx_structure(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("Invented Declaration", style="Title")
    document.add_heading("A. First part", level=2)
    document.add_paragraph("We, the invented delegates, declare:")
    document.add_paragraph("We agree on the following:", style="List Number")
    document.add_paragraph("(a) to meet;")
    document.add_paragraph("(b) to report.")
    document.add_heading("C5. Building confidence and security in the use of ICTs", level=3)
    document.add_paragraph("We protect users.", style="List Number")
    path = tmp_path / "declaration.docx"
    document.save(str(path))
    items = paras(path)
    assert [p.label for p in items] == ["title", "preamble-1", "1", "C5", "2"]
    p = by_label(items)
    assert p["1"].section == ["A. First part"] and list(p["1"].sub_items) == ["a", "b"]
    assert p["2"].section == ["A. First part", "C5. Building confidence and security in the use of ICTs"]


def test_html_number_in_its_own_table_cell(tmp_path):
    path = tmp_path / "cells.html"
    path.write_text("<html><body><h1>Cells</h1><table><tr><td>71.</td><td>We first.</td></tr>"
                    "<tr><td>72.</td><td>We ask:</td></tr><tr><td></td><td>a) one;</td></tr>"
                    "<tr><td></td><td>b) two.</td></tr></table></body></html>")
    items = paras(path)
    assert [p.label for p in items] == ["title", "71", "72"]
    assert items[2].sub_items == {"a": "one;", "b": "two."}
