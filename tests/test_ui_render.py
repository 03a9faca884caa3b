"""Fast checks of what the web app renders, without a server: the one citation formatter, escaping
(lone surrogates included), the excluded-documents line, the structure report, the filters' empty
boxes, and Markdown links whose target carries parentheses (``javascript:alert(1)``)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from wsis.errors import QuestionError
from wsis.types import Answer, Citation, Filters, cite


def test_one_citation_formatter_for_every_front_end():
    from wsis.assistant.render import reference_label

    assert cite("Tunis Agenda", "72(b)") == "Tunis Agenda, para. 72(b)"
    assert cite("Tunis Commitment", "preamble", numbered=False) == "Tunis Commitment, preamble"
    # an unnumbered block of a run as a reader counts it, never its id ("preamble-1")
    assert cite("Tunis Agenda", "preamble-1", numbered=False) == "Tunis Agenda, preamble, unnumbered para. 1"
    assert cite("Global Digital Compact", "unnumbered-2", numbered=False) == "Global Digital Compact, unnumbered para. 2"
    assert cite("Tunis Agenda", "title", numbered=False) == "Tunis Agenda, title"
    assert cite("Tunis Agenda", "72", symbol="WSIS-05/TUNIS/DOC/6(Rev.1)-E", page="12") == \
        "Tunis Agenda, WSIS-05/TUNIS/DOC/6(Rev.1)-E, para. 72, p. 12"
    c = Citation(doc_id="tunis-agenda", title="Tunis Agenda", paragraph="72(b)", quote="q", page="12", marker=3)
    assert c.text() == "Tunis Agenda, para. 72(b)"
    assert reference_label(c, {"tunis-agenda": "SYM"}) == "[3] Tunis Agenda, SYM, para. 72(b), p. 12"
    title = Citation(doc_id="d", title="Doc", paragraph="title", quote="q", numbered=False, marker=1)
    assert reference_label(title, {}) == "[1] Doc, title"  # an unnumbered block never reads "para. title"


def test_escaping_keeps_markup_inert_and_the_page_valid_utf8():
    from wsis.assistant.ui.chat_html import chat_html, esc, link

    assert esc('<img src=x onerror="a()">') == "&lt;img src=x onerror=&quot;a()&quot;&gt;"
    assert esc("IGF \ud800") == "IGF \\ud800"
    answer = Answer(question="IGF \ud800 <b>?</b>", answer="Text \udfff [1]", mode="extractive")
    page = chat_html([answer], error="question: \ud800")
    page.encode("utf-8")  # no lone surrogate left
    assert "&lt;b&gt;" in page and "<b>" not in page
    assert link("javascript:alert(1)", "click") == "" and link("https://example.org/x", "x").startswith("<a href=")


def test_excluded_documents_are_listed_under_the_answer():
    from wsis.assistant.ui.chat_html import turn_html

    answer = Answer(question="q", answer="a", mode="extractive", notice="The filters excluded Tunis Agenda.",
                    excluded_documents=["tunis-agenda", "<x>"])
    html = turn_html(answer, {"tunis-agenda": "Tunis Agenda (2005)"})
    assert 'data-doc="tunis-agenda">Tunis Agenda (2005)</span>' in html
    assert 'data-doc="&lt;x&gt;">&lt;x&gt;</span>' in html
    assert 'class="excluded"' not in turn_html(Answer(question="q", answer="a", mode="extractive"))


def test_structure_report_in_the_library():
    from wsis.assistant.ui.panels import structure_html, structure_text

    flagged = {"doc_id": "tunis-agenda", "structure": {"verdict": "tunis-agenda: 16/122 paragraphs, 1 gaps (17-122)",
                                                       "warnings": ["paragraphs 17-122 not found <check>"]}}
    clean = {"doc_id": "gdc", "structure": {"verdict": "gdc: 79 paragraphs (1-79), 0 gaps", "warnings": []}}
    assert structure_text(flagged) == "16/122 paragraphs, 1 gaps (17-122) · 1 warning"
    assert structure_text(clean) == "79 paragraphs (1-79), 0 gaps"
    assert structure_text({"doc_id": "old"}) == ""  # indexed before the check existed
    html = structure_html([flagged, clean])
    assert '<details data-doc="tunis-agenda">' in html and "&lt;check&gt;" in html and "gdc" not in html
    assert "no warnings" in structure_html([clean]) and structure_html([]) == ""


def test_empty_year_boxes_mean_no_bound_and_bad_filters_name_their_box():
    labels = {"doc_ids": "Documents", "process": "Process", "year_from": "From year", "year_to": "To year"}
    for empty in (None, "", "  ", 0):
        f = Filters.build([], "All", empty, empty, labels=labels)
        assert f.year_from is None and f.year_to is None and f.is_empty()
    assert Filters.build([], "gdc", "2020", " 2030 ").year_to == 2030
    for args, message in [(([], "All", "1800", ""), "From year: must be a year between 1900 and 2100"),
                          (([], "All", "2010", "2005"), "From year: 2010 is after To year 2005"),
                          ((["IGF \ud800"], "All", "", ""), "Documents[0]: is not well-formed Unicode"),
                          (([], "\x00", "", ""), "Process: contains a control character"),
                          (([], 7, "", ""), "Process: must be a string")]:
        with pytest.raises(QuestionError, match=re.escape(message)):
            Filters.build(*args, labels=labels)


def test_markdown_link_with_a_javascript_target_keeps_only_its_text(tmp_path: Path):
    from wsis.ingest.parsers import parse_file

    path = tmp_path / "links.md"
    path.write_text("# Links\n\n1. Read [click](javascript:alert(1)) and ![logo](img(1).png) and "
                    "[the text](https://example.org/a_(b)) here.\n", encoding="utf-8")
    text = "\n".join(line.text for line in parse_file(path).lines)
    assert "Read click and logo and the text here." in text, text
    assert "javascript" not in text and ")" not in text


def test_upload_names_that_are_not_valid_utf8_are_reported_not_fatal(tmp_path: Path):
    """A name with undecodable bytes arrives with lone surrogates: the report stays valid UTF-8."""
    from types import SimpleNamespace

    from wsis.assistant.ui.uploads import add_files, safe_name

    assert safe_name("Bad \udcff name.MD") == "Bad-name.md"
    odd = tmp_path / "notes\udcff.exe"
    odd.write_bytes(b"MZ")
    empty = tmp_path / "empty\udcfe.txt"
    empty.write_bytes(b"")
    settings = SimpleNamespace(data_dir=tmp_path / "data", max_file_mb=1)
    report = add_files(SimpleNamespace(settings=settings), [str(odd), str(empty)])
    report.encode("utf-8")
    assert "refused    notes\\udcff.exe: unsupported type '.exe'" in report
    assert "refused    empty\\udcfe.txt: the file is empty" in report


def test_markdown_exports_do_not_pile_up_in_the_temporary_directory(monkeypatch):
    """Each answer's .md download is ``wsis-answer.md`` in its own folder, all under one folder per
    process; only the last ``EXPORTS_KEPT`` stay, so a long-running server does not fill /tmp."""
    from wsis.assistant.ui import handlers

    monkeypatch.setattr(handlers, "EXPORTS_KEPT", 3)
    paths = [Path(handlers.export_file(Answer(question=f"q{i}", answer=f"answer {i}", mode="extractive")))
             for i in range(5)]
    assert all(p.name == "wsis-answer.md" for p in paths)
    root = paths[0].parent.parent
    assert {p.parent.parent for p in paths} == {root}
    assert [p.exists() for p in paths] == [False, False, True, True, True]
    assert "answer 4" in paths[-1].read_text(encoding="utf-8")
    assert len(list(root.iterdir())) == 3
