"""Parsers: every format on real fixture files, and every bad-input ParseError."""
from __future__ import annotations

from pathlib import Path

import pytest

from wsis.errors import ParseError
from wsis.ingest.parsers import SUPPORTED_SUFFIXES, parse_file
from wsis.ingest.structure import local_doc_id
from tests.fixtures.build import CORPUS, EXTRAS, FOOTNOTE, write_encrypted_pdf, write_scanned_like_pdf, write_un_pdf


@pytest.fixture(scope="module")
def un_pdf(tmp_path_factory) -> Path:
    return write_un_pdf(tmp_path_factory.mktemp("pdf") / "tunis-commitment.pdf")


def _error(path: Path, **kw) -> str:
    with pytest.raises(ParseError) as info:
        parse_file(path, **kw)
    message = str(info.value)
    assert message.startswith(path.name + ": "), message
    assert "\n" not in message and "Traceback" not in message
    return message


# ---------------------------------------------------------------- bad input


def test_supported_suffixes():
    assert SUPPORTED_SUFFIXES == {".pdf", ".html", ".htm", ".txt", ".md", ".docx"}


def test_unknown_suffix(tmp_path):
    path = tmp_path / "x.xyz"
    path.write_text("hello")
    message = _error(path)
    assert message.startswith("x.xyz: unsupported format '.xyz' (supported: ")
    assert ".pdf" in message and ".docx" in message


def test_missing_file(tmp_path):
    assert "file not found" in _error(tmp_path / "missing.txt")


@pytest.mark.parametrize("name", ["empty.txt", "empty.pdf", "empty.html", "empty.md", "empty.docx"])
def test_zero_byte_file(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(b"")
    assert "empty file (0 bytes)" in _error(path)


def test_whitespace_only_text_is_empty(tmp_path):
    path = tmp_path / "blank.txt"
    path.write_text("  \n\n\t \n")
    assert "empty file: no extractable text" in _error(path)


def test_html_without_text_is_empty(tmp_path):
    path = tmp_path / "blank.html"
    path.write_text("<html><head><script>var a = 1;</script></head><body><nav>Menu</nav></body></html>")
    assert "no extractable text" in _error(path)


def test_too_large(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("1. Some text.\n" * 200)
    message = _error(path, max_bytes=1024)
    assert "too large: 2.7 KB > 1 KB limit" in message


def test_too_much_text_is_refused_before_parsing_a_text_file_and_after_parsing_a_pdf(tmp_path):
    """A 50 MB text file passed the 50 MB file limit and ran for hours; a text format's bytes are its text."""
    path = tmp_path / "long.txt"
    path.write_text("1. Some text.\n" * 200)
    assert "long.txt: too much text: 2.5 KB > 1 KB of text (WSIS_MAX_TEXT_MB)" in _error(path, max_text=1024)
    assert "long.txt: too much text: 2.7 KB > 512 bytes of text (WSIS_MAX_TEXT_MB)" in _error(path, max_text=512)  # before parsing
    page = tmp_path / "styled.html"  # markup is no text: an HTML page is measured after parsing
    page.write_text("<html><head><style>" + "p{color:red}" * 400 + "</style></head><body><p>1. A short paragraph.</p></body></html>")
    assert parse_file(page, max_text=1024).lines
    pdf = Path(__file__).resolve().parents[1] / "eval" / "corpora" / "specimens" / "6rev1-extract.pdf"  # a PDF's bytes are not its text: parsed first
    assert "6rev1-extract.pdf: too much text: " in _error(pdf, max_text=100)
    assert parse_file(pdf).lines  # under the default limit


def test_too_large_message_in_megabytes(tmp_path):
    path = tmp_path / "big.md"
    path.write_bytes(b"a" * (3 * 2**20 + 2**19))
    assert "too large: 3.5 MB > 2 MB limit" in _error(path, max_bytes=2 * 2**20)


def test_corrupt_pdf(tmp_path):
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\nthis is not a real pdf body\n")
    assert "corrupt PDF" in _error(path)


def test_not_a_pdf_at_all(tmp_path):
    path = tmp_path / "fake.pdf"
    path.write_bytes(b"just some words pretending to be a pdf")
    assert "corrupt PDF" in _error(path)


def test_encrypted_pdf(tmp_path):
    path = write_encrypted_pdf(tmp_path / "locked.pdf")
    assert _error(path) == "locked.pdf: encrypted PDF (password protected)"


def test_aes_encrypted_pdf(tmp_path):
    """Tester Y: an AES-256 PDF was "corrupt PDF (cryptography>=3.1 is required for AES algorithm)". With a user
    password it is encrypted; locked only against editing (an empty user password) it is read."""
    from tests.fixtures.build import write_aes_pdf

    assert _error(write_aes_pdf(tmp_path / "aes-locked.pdf", "secret")) == "aes-locked.pdf: encrypted PDF (password protected)"
    doc = parse_file(write_aes_pdf(tmp_path / "aes-open.pdf", ""))
    assert any("locked with AES" in line.text for line in doc.lines)


def test_owner_password_only_pdf_opens(tmp_path):
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas

    path = tmp_path / "owner-only.pdf"
    c = canvas.Canvas(str(path), encrypt=pdfencrypt.StandardEncryption("", ownerPassword="owner", canModify=0))
    c.drawString(72, 700, "1. An invented paragraph that anyone may read.")
    c.showPage()
    c.save()
    assert [line.text for line in parse_file(path).lines] == ["1. An invented paragraph that anyone may read."]


def test_scanned_like_pdf_has_no_text(tmp_path):
    path = write_scanned_like_pdf(tmp_path / "scan.pdf")
    message = _error(path)
    assert "no extractable text" in message and "scanned" in message


@pytest.mark.parametrize("name", ["data.txt", "data.md", "page.html"])
def test_binary_text_file(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    assert "binary or undecodable" in _error(path)


def test_undecodable_without_nul(tmp_path):
    path = tmp_path / "odd.txt"
    path.write_bytes(b"text \x81\x8d\x8f\x90\x9d more text")
    assert "binary or undecodable" in _error(path)


def test_control_characters_are_binary(tmp_path):
    path = tmp_path / "ctl.txt"
    path.write_bytes(b"abc\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11" * 10)
    assert "binary or undecodable" in _error(path)


def test_cp1252_text_is_decoded(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes(b"Caf\xe9 \x93quoted\x94 text")
    doc = parse_file(path)
    assert doc.lines[0].text == "Caf\u00e9 \u201cquoted\u201d text"


def test_corrupt_docx(tmp_path):
    path = tmp_path / "broken.docx"
    path.write_bytes(b"PK\x03\x04 this is not really a zip archive" * 3)
    assert "corrupt or unreadable DOCX" in _error(path)


def test_docx_that_is_a_text_file(tmp_path):
    path = tmp_path / "renamed.docx"
    path.write_text("1. plain text renamed to docx")
    assert "corrupt or unreadable DOCX" in _error(path)


# ---------------------------------------------------------------- HTML


def test_html_drops_chrome_and_keeps_structure():
    doc = parse_file(CORPUS / "tunis-agenda.html")
    assert doc.format == "html"
    assert doc.title == "Tunis Agenda for the Information Society"
    texts = [line.text for line in doc.lines]
    joined = "\n".join(texts)
    for chrome in ("ITU Home", "Basic information", "trackingCode", "injected-by-script", "font-family", "All rights reserved"):
        assert chrome not in joined
    headings = [(line.level, line.text) for line in doc.lines if line.kind == "heading"]
    assert headings == [(1, "Tunis Agenda for the Information Society"), (2, "INTERNET GOVERNANCE")]
    assert "5." in texts and "10." in texts  # numbers in their own <p> stay their own lines
    assert all(line.page is None and line.page_label == "" for line in doc.lines)


def test_html_footnote_kept_apart_and_placed_after_reference():
    doc = parse_file(CORPUS / "tunis-agenda.html")
    notes = [i for i, line in enumerate(doc.lines) if line.kind == "footnote"]
    assert len(notes) == 1
    note = doc.lines[notes[0]]
    assert note.text.startswith("1 Invented note")
    referencing = doc.lines[notes[0] - 1].text
    assert referencing.startswith("2. We affirm")
    assert "central concern. We pledge" in referencing  # <sup>1</sup> dropped from body text


def test_html_word_style_footnotes(tmp_path):
    path = tmp_path / "word.html"
    path.write_text(
        '<html><body><p class=MsoNormal>1. We act now.<a href="#_ftn1" name="_ftnref1">[1]</a> More text.</p>'
        '<p class=MsoNormal>2. Second.</p><div style="mso-element:footnote-list"><div id=ftn1>'
        '<p class=MsoFootnoteText><a href="#_ftnref1">[1]</a> Invented Word footnote.</p></div></div></body></html>'
    )
    lines = [(line.kind, line.text) for line in parse_file(path).lines if line.text]
    assert lines == [("text", "1. We act now. More text."), ("footnote", "[1] Invented Word footnote."), ("text", "2. Second.")]


def test_html_list_items_and_ordered_lists(tmp_path):
    path = tmp_path / "lists.html"
    path.write_text(
        "<html><body><h2>Heading</h2><ul><li>first bullet</li><li>second <b>bold</b> bullet</li></ul>"
        "<ol type='a'><li>lettered one</li><li>lettered two</li></ol>"
        "<ol start='4'><li>We four.</li><li>We five.</li></ol><pre>keep\n  lines</pre></body></html>"
    )
    doc = parse_file(path)
    items = [(line.kind, line.text) for line in doc.lines if line.text]
    assert ("item", "first bullet") in items and ("item", "second bold bullet") in items
    assert ("item", "a) lettered one") in items and ("item", "b) lettered two") in items
    assert ("item", "4. We four.") in items and ("item", "5. We five.") in items
    assert ("text", "keep") in items and ("text", "lines") in items


def test_html_escaped_markup_stays_text():
    doc = parse_file(EXTRAS / "script-injection.html")
    joined = "\n".join(line.text for line in doc.lines)
    assert "<script>alert(1)</script>" in joined
    assert "<img src=x onerror=alert(1)>" in joined


# ---------------------------------------------------------------- text and Markdown


def test_txt_lines_and_blank_markers():
    doc = parse_file(CORPUS / "geneva-plan-of-action.txt")
    assert doc.format == "txt" and doc.title == ""
    assert doc.lines[0].text == "World Summit on the Information Society"
    assert any(line.text == "" for line in doc.lines)
    assert all(line.kind == "text" for line in doc.lines)


def test_txt_unwraps_bold(tmp_path):
    path = tmp_path / "bold.txt"
    path.write_text("1. **Connectivity:** text here.\n")
    assert parse_file(path).lines[0].text == "1. Connectivity: text here."


def test_markdown_headings_emphasis_items(tmp_path):
    path = tmp_path / "doc.md"
    path.write_text(
        "# Title *here*\n\nSome **bold** and _italic_ and [a link](http://x.org) and `code`.\n\n"
        "- bullet one\n* bullet two\n\nSetext heading\n--------------\n\n1. numbered stays text\n"
        "snake_case_name stays\n"
    )
    doc = parse_file(path)
    lines = [(line.kind, line.level, line.text) for line in doc.lines if line.text]
    assert lines[0] == ("heading", 1, "Title here")
    assert ("text", 0, "Some bold and italic and a link and code.") in lines
    assert ("item", 0, "bullet one") in lines and ("item", 0, "bullet two") in lines
    assert ("heading", 2, "Setext heading") in lines
    assert ("text", 0, "1. numbered stays text") in lines
    assert ("text", 0, "snake_case_name stays") in lines


def test_markdown_fixture():
    doc = parse_file(CORPUS / "global-digital-compact.md")
    headings = [line.text for line in doc.lines if line.kind == "heading"]
    assert headings[0] == "Global Digital Compact"
    assert headings[1] == "Preamble"
    assert sum(h.startswith("Objective ") for h in headings) == 5
    assert not any("**" in line.text or "*urgent*" in line.text for line in doc.lines)


# ---------------------------------------------------------------- PDF


def test_pdf_headers_footers_and_page_labels(un_pdf):
    doc = parse_file(un_pdf)
    assert doc.format == "pdf"
    assert doc.title == "Tunis Commitment (fixture)"
    assert "WSIS-05/TUNIS/DOC/7-E" in doc.running_lines
    texts = [line.text for line in doc.lines]
    assert "WSIS-05/TUNIS/DOC/7-E" not in texts and "Tunis Commitment" not in texts
    assert not any(t.startswith("- ") and t.endswith(" -") for t in texts)
    assert "Document WSIS-05/TUNIS/DOC/7-E" in texts  # title block on page 1 is not a running header
    assert {line.page for line in doc.lines} == {1, 2, 3}
    assert all(line.page_label == str(line.page) for line in doc.lines)


def test_pdf_hyphenation_repaired(un_pdf):
    texts = [line.text for line in parse_file(un_pdf).lines]
    joined = "\n".join(texts)
    assert "that the information\nsociety can" in joined
    assert "infor-" not in joined and "\nmation" not in joined
    assert "rest on multi-stakeholder\ncooperation" in joined  # real hyphen kept


def test_pdf_footnote_kept_apart(un_pdf):
    doc = parse_file(un_pdf)
    notes = [line for line in doc.lines if line.kind == "footnote"]
    assert [(n.text, n.page, n.page_label) for n in notes] == [(FOOTNOTE, 2, "2")]
    body = [line.text for line in doc.lines if line.kind != "footnote"]
    assert any(t.endswith("communities are connected. We") for t in body)  # glued "1" stripped
    assert not any("Invented footnote" in t for t in body)


def test_pdf_number_alone_on_its_line(un_pdf):
    texts = [line.text for line in parse_file(un_pdf).lines]
    assert "3." in texts and "9." in texts


# ---------------------------------------------------------------- DOCX


def _write_docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.core_properties.title = "Invented DOCX"
    document.add_paragraph("Invented Resolution", style="Title")
    document.add_heading("I. General provisions", level=1)
    document.add_paragraph("We, the members of this invented body, agree as follows:")
    document.add_paragraph("Members shall cooperate on the following:", style="List Number")
    document.add_paragraph("(a) sharing of information;")
    document.add_paragraph("(b) joint training.")
    document.add_paragraph("Members shall report every year.", style="List Number")
    document.add_paragraph("a bullet point", style="List Bullet")
    table = document.add_table(rows=1, cols=1)
    table.rows[0].cells[0].text = "3. A paragraph typed inside a table cell."
    document.save(str(path))
    return path


def test_docx_headings_numbering_tables(tmp_path):
    doc = parse_file(_write_docx(tmp_path / "resolution.docx"))
    assert doc.format == "docx" and doc.title == "Invented DOCX"
    lines = [(line.kind, line.level, line.text) for line in doc.lines if line.text]
    assert lines[0] == ("heading", 1, "Invented Resolution")
    assert ("heading", 1, "I. General provisions") in lines
    assert ("text", 0, "1. Members shall cooperate on the following:") in lines
    assert ("text", 0, "2. Members shall report every year.") in lines
    assert ("item", 0, "a bullet point") in lines
    assert ("text", 0, "3. A paragraph typed inside a table cell.") in lines


# ---------------------------------------------------------------- ids


@pytest.mark.parametrize(
    "name, expected",
    [
        ("tunis-agenda.html", "tunis-agenda"),
        ("Tunis Agenda (Rev.1).PDF", "tunis-agenda-rev-1"),
        ("__WSIS+10 Vision__.docx", "wsis-10-vision"),
        ("A_RES_70_125.txt", "a-res-70-125"),
    ],
)
def test_local_doc_id(name, expected):
    assert local_doc_id(Path("/some/dir") / name) == expected


def test_glued_running_header_is_cut_off():
    from wsis.ingest.parsers.pdf_cleanup import strip_glued_headers

    pages = [["Document WSIS-05/TUNIS/DOC/6(Rev.1)-E", "1. Text."],
             ["WSIS-05TUNISDOC6Rev. 1-E public policy issues pertaining to it.", "2. More."],
             ["A/RES/70/125 is recalled here at the start of a page."], ["WSIS-05/TUNIS/DOC/6(Rev.1)-E the tail goes on."]]
    running: list[str] = []
    out = strip_glued_headers(pages, running)
    assert out[1][0] == "public policy issues pertaining to it." and out[3][0] == "the tail goes on."
    assert out[2][0].startswith("A/RES/70/125 is recalled")  # not this document's symbol: text stays
    assert out[0][0] == "Document WSIS-05/TUNIS/DOC/6(Rev.1)-E"  # the first page's header block stays
    assert running == ["WSIS-05TUNISDOC6Rev. 1-E", "WSIS-05/TUNIS/DOC/6(Rev.1)-E"]
