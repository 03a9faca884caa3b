"""Ingesting the specimens: a verdict per document, status reports, identity from the header block, copies kept under their own ids."""
from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import make_settings, run_wsis
from wsis.index_store.manifest import DocRecord
from wsis.ingest.documents import identify
from wsis.ingest.parsers import parse_file
from wsis.ingest.pipeline import FileResult, _prepare
from wsis.types import DocumentInfo


def test_ingest_prints_one_verdict_per_document(indexed):
    _, stderr = indexed
    lines = stderr.splitlines()
    for verdict in ["geneva-declaration: 9/67 paragraphs, 1 gap (10-67)", "pact-for-the-future: 5 paragraphs (1-5), 0 gaps",
                    "wsis10-vision: 6 paragraphs (1-6), 0 gaps", "tunis-agenda: 6/122 paragraphs, 2 gaps (1-66, 73-122)",
                    "declaration-on-future-generations: 5 paragraphs (1-5), 0 gaps"]:
        assert verdict in lines, stderr
    assert any(x.startswith("warning: ig-briefing-extract: numbering jumps") for x in lines)
    assert sum(x.startswith("global-digital-compact:") for x in lines) == 1  # indexed once
    assert any("global-digital-compact: same text as" in x for x in lines)


def test_status_json_carries_the_reports(indexed):
    data, _ = indexed
    result = run_wsis("status", "--json", data_dir=data)
    docs = {d["doc_id"]: d for d in json.loads(result.stdout)["documents"]}
    assert set(docs) == {"geneva-declaration", "a-res-70-125", "pact-for-the-future", "global-digital-compact",
                         "declaration-on-future-generations", "wsis10-statement", "wsis10-vision", "ig-briefing-extract",
                         "tunis-agenda"}
    gdc = docs["global-digital-compact"]["structure"]
    assert gdc["found"] == 30 and gdc["expected"] == [1, 79] and gdc["gaps"] == ["31-79"] and "fingerprint" not in gdc
    assert docs["global-digital-compact"]["source"].endswith("global-digital-compact.md")
    assert docs["ig-briefing-extract"]["structure"]["runs"] == "1-5, 19, 33-38, 60-64"
    text = run_wsis("status", data_dir=data).stdout
    assert "a-res-70-125: 7/72 paragraphs, 1 gap (8-72)" in text
    assert "\ndeclaration-on-future-generations 2024-09-22" in text  # ids in full, as --doc takes them


def _record(path: Path, fingerprint: list[str] | None = None) -> DocRecord:
    return DocRecord(DocumentInfo("geneva-declaration", "Geneva Declaration of Principles", source=str(path)), "g", "0" * 64,
                     1, 1, 0, 1, "", {"fingerprint": fingerprint or []})


def test_a_text_citing_symbols_is_not_the_document(folder, tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("Notes for the delegation\n\nWSIS-03/GENEVA/DOC/4-E and WSIS-05/TUNIS/DOC/7-E are relevant.\n\n"
                     "- WSIS-03/GENEVA/DOC/4-E (the Declaration)\n- A/RES/70/125\n", encoding="utf-8")
    listing = tmp_path / "symbols.txt"
    listing.write_text("Documents to read\n\nWSIS-03/GENEVA/DOC/4-E\nWSIS-05/TUNIS/DOC/7-E\nA/RES/70/125\n", encoding="utf-8")
    assert identify(listing, parse_file(listing)).info.doc_id == "symbols"
    seen: dict = {}
    first = _prepare(notes, make_settings(tmp_path), {}, {}, seen)
    second = _prepare(folder / "dop.html", make_settings(tmp_path), {}, {}, seen)
    assert [x.info.doc_id for x in first] == ["notes"] and [x.info.doc_id for x in second] == ["geneva-declaration"]


def test_a_user_file_never_silently_replaces_an_official_document(folder, tmp_path):
    copy = tmp_path / "my-copy.html"
    copy.write_text((folder / "dop.html").read_text().replace("We are resolved", "We are, in a changed text, resolved")
                    .replace("We, the delegates", "We, the changed delegates"), encoding="utf-8")
    out = _prepare(copy, make_settings(tmp_path), {"geneva-declaration": _record(folder / "dop.html")}, {}, {})
    assert [x.info.doc_id for x in out] == ["my-copy"]
    assert "kept as 'my-copy': 'geneva-declaration' is already taken by" in out[0].report["warnings"][-1]
    # still the Geneva Declaration for the year and process filters (it dropped them: "--process gdc" kept it)
    info = out[0].info
    assert (info.date, info.process, info.symbol) == ("2003-12-12", "WSIS", "WSIS-03/GENEVA/DOC/4-E") and not info.aliases
    assert info.url == "" and info.lang == "en"  # a text that differs is not linked to the official one
    assert all(w.startswith("my-copy:") for w in out[0].report["warnings"]), out[0].report["warnings"]  # its own id
    same = _prepare(folder / "dop.html", make_settings(tmp_path), {}, {}, {})[0]
    twin = tmp_path / "twin.html"
    twin.write_text((folder / "dop.html").read_text(), encoding="utf-8")
    kept = _prepare(twin, make_settings(tmp_path),
                    {"geneva-declaration": _record(folder / "dop.html", same.report["fingerprint"])}, {}, {})
    assert isinstance(kept[0], FileResult) and kept[0].status == "unchanged" and "same text" in kept[0].message


def test_a_second_copy_of_an_official_document_gets_its_own_id_and_replaces_nothing(folder, tmp_path):
    """Two different files that both claim an indexed official document: each is kept under its own
    id ("-copy", then "-copy-2"); neither replaces the other, and ingesting one again keeps its id."""
    data = tmp_path / "data"
    assert run_wsis("ingest", str(folder / "dop.html"), data_dir=data).returncode == 0
    first, second = tmp_path / "a" / "geneva-declaration.txt", tmp_path / "b" / "geneva-declaration.txt"
    for path, words in ((first, "Our first set of delegation notes on access."),
                        (second, "A second, different page of notes on skills.")):
        path.parent.mkdir()
        path.write_text(f"Geneva Declaration of Principles\n\n1. {words}\n\n2. More notes here, different each time.\n",
                        encoding="utf-8")
    for path in (first, second, first):
        result = run_wsis("ingest", str(path.parent), data_dir=data)
        assert result.returncode == 0, result.stderr
    docs = {d["doc_id"]: d for d in json.loads(run_wsis("status", "--json", data_dir=data).stdout)["documents"]}
    assert {"geneva-declaration", "geneva-declaration-copy", "geneva-declaration-copy-2"} <= set(docs), sorted(docs)
    assert docs["geneva-declaration-copy"]["source"].endswith("a/geneva-declaration.txt")
    assert docs["geneva-declaration-copy-2"]["source"].endswith("b/geneva-declaration.txt")
    assert docs["geneva-declaration"]["numbered_paragraphs"] > 2 and len(docs) == 3


def _extract_and_copy(folder: Path, tmp_path: Path, paragraphs: str) -> Path:
    """A data folder holding the Tunis Agenda extract (paragraphs 67-72) and a working copy of the same text
    with ``paragraphs`` (kept as "tunis-agenda-copy")."""
    data = tmp_path / "data"
    assert run_wsis("ingest", str(folder / "6rev1-extract.pdf"), data_dir=data).returncode == 0
    own = tmp_path / "mine" / "tunis-agenda.txt"
    own.parent.mkdir()
    own.write_text(f"Tunis Agenda for the Information Society\n\n{paragraphs}", encoding="utf-8")
    assert run_wsis("ingest", str(own.parent), data_dir=data).returncode == 0
    return data


def test_a_paragraph_outside_an_extract_is_quoted_from_another_file_of_the_same_text(folder, tmp_path):
    """The Tunis Agenda extract holds paragraphs 67-72; a second file of the same text (kept as
    "tunis-agenda-copy") holds paragraph 2: "Tunis Agenda para 2" quotes it from there, and says so."""
    data = _extract_and_copy(folder, tmp_path, "1. An invented first paragraph of our working copy.\n\n"
                             "2. An invented second paragraph, on financing the follow-up.\n")
    answer = json.loads(run_wsis("ask", "Tunis Agenda para 2", "--json", data_dir=data).stdout)
    assert [c["id"] for c in answer["citations"]] == ["tunis-agenda-copy#2"], answer["citations"]
    assert "paragraph 2 is not in the indexed text (paragraphs 67-72); quoted from" in answer["notice"], answer["notice"]
    inside = json.loads(run_wsis("ask", "Tunis Agenda para 72", "--json", data_dir=data).stdout)
    assert [c["id"] for c in inside["citations"]] == ["tunis-agenda#72"] and not inside["notice"]
    # the catalog's own file removed, the copy is the text: not "not in the index"
    from tests.conftest import make_settings
    from wsis.index_store.store import IndexStore

    assert IndexStore(make_settings(data)).remove_document("tunis-agenda")
    copy_only = json.loads(run_wsis("ask", "Tunis Agenda para 2", "--json", data_dir=data).stdout)
    assert [c["id"] for c in copy_only["citations"]] == ["tunis-agenda-copy#2"], copy_only["answer"]
    assert "not in the index" not in copy_only["answer"] + copy_only["notice"], copy_only


def test_a_quote_whose_other_file_words_it_differently_says_so(folder, tmp_path):
    """Tester W: two indexed files of the Global Digital Compact worded para. 5 differently, and "GDC para 5"
    quoted one without a word on the other. A twin that words a cited paragraph otherwise is named."""
    data = _extract_and_copy(folder, tmp_path, "71. An invented paragraph of our working copy.\n\n"
                             "72. Our working copy words the forum paragraph in its own invented way.\n")
    answer = json.loads(run_wsis("ask", "Tunis Agenda para 72", "--json", data_dir=data).stdout)
    assert [c["id"] for c in answer["citations"]] == ["tunis-agenda#72"], answer["citations"]
    assert "words ¶ 72 differently (`--doc tunis-agenda-copy` quotes it)" in answer["notice"], answer["notice"]


def test_the_same_local_text_under_two_file_names_is_indexed_once(tmp_path):
    """Tester Y: two files with the same text ("team-notes-on-spam.pdf" and a copy) were indexed as two
    documents, both listed in Compare. The copy is reported and left out, in one run or a later one."""
    data, folder = tmp_path / "data", tmp_path / "notes"
    folder.mkdir()
    text = "Team notes on spam\n\n1. Our delegation wants stronger rules on junk mail.\n\n2. We also want regional cooperation.\n"
    (folder / "a-notes.txt").write_text(text, encoding="utf-8")
    (folder / "b-notes.txt").write_text(text.replace("\n\n", "\n\n\n"), encoding="utf-8")  # other bytes, the same text
    result = run_wsis("ingest", str(folder), data_dir=data)
    assert result.returncode == 0 and "b-notes.txt: same text as" in result.stderr and "a-notes.txt" in result.stderr, result.stderr
    later = tmp_path / "later" / "c-notes.txt"
    later.parent.mkdir()
    later.write_text(text + "\n", encoding="utf-8")
    result = run_wsis("ingest", str(later), data_dir=data)
    assert "c-notes.txt: same text as" in result.stderr and "(a-notes)" in result.stderr, result.stderr
    docs = [d["doc_id"] for d in json.loads(run_wsis("status", "--json", data_dir=data).stdout)["documents"]]
    assert docs == ["a-notes"], docs
    # a revised draft (one paragraph of two changed) is another text, indexed beside the first
    revised = tmp_path / "rev" / "d-notes.txt"
    revised.parent.mkdir()
    revised.write_text(text.replace("junk mail", "unsolicited bulk messages"), encoding="utf-8")
    assert "same text as" not in run_wsis("ingest", str(revised), data_dir=data).stderr
