"""Issue 9: the real layouts of the official documents, reproduced by specimens written in our own
words (tests/fixtures/specimens). Exact labels, sub-items, sections, page labels, documents and
structure reports; identity from the header block; reference look-ups on a real index."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.conftest import make_settings, run_wsis
from tests.fixtures import specimens as S
from wsis.index_store.manifest import DocRecord
from wsis.ingest.documents import identify, split_documents
from wsis.ingest.parsers import parse_file
from wsis.ingest.pipeline import FileResult, _prepare
from wsis.ingest.report import structure_report
from wsis.ingest.structure import structure_parts
from wsis.types import DocumentInfo, Paragraph

NUMS = lambda a, b: [str(n) for n in range(a, b + 1)]  # noqa: E731


def documents(path: Path) -> dict[str, tuple[list[Paragraph], dict]]:
    parsed = parse_file(path)
    who = identify(path, parsed)
    return {d.info.doc_id: (d.paragraphs, d.report) for d in split_documents(path, parsed, structure_parts(parsed, who.info.doc_id), who)}


def labels(items: list[Paragraph]) -> list[str]:
    return [p.label for p in items]


def by_label(items: list[Paragraph]) -> dict[str, Paragraph]:
    return {p.label: p for p in items}


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return S.write_all(tmp_path_factory.mktemp("specimens"))


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


def test_report_of_a_complete_text():
    items = [Paragraph("d", str(n), "x") for n in range(1, 123)]
    report = structure_report("tunis-agenda", items, (1, 122), True)
    assert report["verdict"] == "tunis-agenda: 122/122 paragraphs, 0 gaps" and report["warnings"] == []


def test_report_of_a_text_of_one_paragraph_is_in_the_singular():
    report = structure_report("note", [Paragraph("note", "1", "x")])
    assert report["verdict"] == "note: 1 paragraph, 0 gaps"  # not "1 paragraphs (1)"


# ---------------------------------------------------------------- identity


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


def test_file_names_name_documents_only_when_distinctive():
    from wsis.assistant.references import DocumentNames, parse_references

    names = DocumentNames({d: DocumentInfo(d, t) for d, t in
                           [("data", "data"), ("report", "Report"), ("final-notes", "final notes"), ("acme-ig-brief", "x")]})
    assert names.doc_ids("what does the data say in the report and the final notes?") == []
    assert parse_references("acme-ig-brief para 2", names)[0].doc_id == "acme-ig-brief"


def test_item_lists_and_the_pacts_actions_parse_as_references():
    from wsis.assistant.references import DocumentNames, parse_references
    from wsis.ingest.catalog import catalog_by_id

    combined = {"wsis-outcome-booklet", "wsis10-statement-vision"}
    names = DocumentNames({d: e.to_info() for d, e in catalog_by_id().items() if d not in combined})

    def parsed(q):
        return [(r.doc_id, r.label, r.sub, r.section) for r in parse_references(q, names)]

    assert parsed("TA 72(a) and (c)") == [("tunis-agenda", "72", "a", ""), ("tunis-agenda", "72", "c", "")]
    assert [r[2] for r in parsed("Tunis Agenda para 90 (a) to (d)")] == ["a", "b", "c", "d"]
    assert parsed("Pact para 5 and (see) GDC") == [("pact-for-the-future", "5", "", "")]  # "(see)" is no item
    assert parsed("Pact Actions 1 and 2") == [("pact-for-the-future", "", "", "Action 1"), ("pact-for-the-future", "", "", "Action 2")]
    assert parsed("Geneva Plan of Action 9") == [("geneva-plan-of-action", "9", "", "")]  # a title, then its paragraph
    assert parsed("Should we take action 2 times a year?") == []
    # the number before the name, as some type it; a spelled-out number
    assert parsed("What does 72 (b) TA say?") == [("tunis-agenda", "72", "b", "")]
    assert parsed("What does 72(b) of the Tunis Agenda say?") == [("tunis-agenda", "72", "b", "")]
    assert parsed("What does 72 TA say?") == [("tunis-agenda", "72", "", "")]
    assert parsed("paragraph seventy-two of the Tunis Agenda") == [("tunis-agenda", "72", "", "")]
    # a count, an objective's number, a year before a name: no paragraph
    assert parsed("What are the 5 GDC objectives?") == []
    assert parsed("What does Objective 2 of the GDC say?") == [("global-digital-compact", "", "", "Objective 2")]
    assert parsed("In 2015 the WSIS+10 outcome said what on finance?") == []
    assert parsed("Which 2 of the GDC's commitments are on data?") == []
    assert parsed("Explain 72 of the Tunis Agenda") == [("tunis-agenda", "72", "", "")]
    assert parsed("What does 72b TA say?") == parsed("72b of the Tunis Agenda") == [("tunis-agenda", "72", "b", "")]
    assert parsed("Is 3d printing in the GDC?") == []  # a letter glued to a number with no text's name after it
    for typed in ("Show me 72 of the Tunis Agenda", "Give me 72 of the Tunis Agenda", "Look up 72 of the Tunis Agenda",
                  "What is the meaning of 72 of the Tunis Agenda?"):
        assert parsed(typed) == [("tunis-agenda", "72", "", "")], typed
    assert parsed("What do 72 and 73 of the Tunis Agenda say?") == [("tunis-agenda", "72", "", ""), ("tunis-agenda", "73", "", "")]
    # acronyms typed in lower case: three letters anywhere, two only before a paragraph's number
    assert parsed("ta para 14") == [("tunis-agenda", "14", "", "")] and parsed("gdc para 28") == [("global-digital-compact", "28", "", "")]
    assert parsed("Is ta ok for you?") == [] and names.doc_ids("what are the principles of the gdc") == ["global-digital-compact"]
    assert names.doc_ids("Peux-tu reformuler ta 2e réponse ?") == []  # French "ta", not the Tunis Agenda
    assert parsed("A/RES/70/125 pp2") == [("a-res-70-125", "PP2", "", "")] and parsed("see pp. 12-14 of the GDC") == []
    assert parsed("gdc obj 5") == [("global-digital-compact", "", "", "Objective 5")]
    assert parsed("TA para 9999") == []  # no paragraph 999 read out of a longer number
    assert parsed("pact for the future action 2") == [("pact-for-the-future", "", "", "Action 2")]
    assert parsed("we take action 2 times") == []
    assert parsed("What does the chapeau of A/RES/70/125 say?") == [("a-res-70-125", "chapeau", "", "")]
    assert parsed("annex I para 5") == [("global-digital-compact", "5", "", "")]  # the one indexed annex I
    assert [r[1] for r in parsed("Tunis Agenda paragraphs 71-67")] == ["67", "68", "69", "70", "71"]  # a range typed backwards
    # a paragraph word in French, Spanish or Russian
    assert parsed("Que dit le paragraphe 72 de l'Agenda de Tunis ?") == [("tunis-agenda", "72", "", "")]
    assert parsed("¿Qué dice el párrafo 72 de la Agenda de Túnez?") == [("tunis-agenda", "72", "", "")]
    for other in ("What are the top 3 in the Tunis Agenda?", "What is number 1 in the GDC?", "Are all 193 in the GDC bound?",
                  "Name 3 of the Tunis Agenda's themes"):
        assert parsed(other) == [], other
    # "op" typed in lower case is an operative paragraph; "op. cit." and "a photo op 2 days later" are not
    assert parsed("A/RES/70/125 op 3 and op 4") == [("a-res-70-125", "3", "", ""), ("a-res-70-125", "4", "", "")]
    assert parsed("see op. cit. 3") == [] and parsed("Was there a photo op 2 days later?") == []
    # a text's short name glued to the number; "OP3", "G77" are no text's name
    assert parsed("TA72(b)") == [("tunis-agenda", "72", "b", "")] and parsed("GDC28") == [("global-digital-compact", "28", "", "")]
    assert parsed("What is the G77 position?") == []


def test_informal_names_name_one_catalog_document_each():
    """Users shorten titles ("the Geneva plan", "the Vision"): a run of one catalog text's title words
    holding its kind and a word of its own, or "the" and a capitalised kind, names it; a word that is
    also the subject ("future generations", "the vision", "action plans") or fits two texts does not."""
    from wsis.assistant.references import DocumentNames
    from wsis.ingest.catalog import catalog_by_id

    combined = {"wsis-outcome-booklet", "wsis10-statement-vision"}  # split into their parts at ingest
    names = DocumentNames({d: e.to_info() for d, e in catalog_by_id().items() if d not in combined})
    assert names.doc_ids("Did the Tunis Commitment and the Geneva plan agree on local content?") == [
        "tunis-commitment", "geneva-plan-of-action"]
    # "the pact" in lower case: the one text whose own title is a pact, not its annexes; "a pact" is a word
    assert names.doc_ids("when was the pact adopted") == ["pact-for-the-future"] and names.doc_ids("a pact on data") == []
    assert names.doc_ids("How does that compare with the future generations declaration?") == [
        "declaration-on-future-generations"]
    assert names.doc_ids("Did the worry about cost carry into the Vision?") == ["wsis10-vision"]
    assert names.doc_ids("What do the Geneva principles say on ethics?") == ["geneva-declaration"]
    # a declaration is also called a statement; the WSIS+10 Statement keeps its own name
    assert names.doc_ids("What does the statement of principles say on ethics?") == ["geneva-declaration"]
    assert names.doc_ids("And the future generations statement?") == ["declaration-on-future-generations"]
    assert names.doc_ids("What does the WSIS+10 Statement say on ethics?") == ["wsis10-statement"]
    # "a statement" is any statement
    assert names.doc_ids("Is there a statement on future generations in the Pact?") == ["pact-for-the-future"]
    assert names.doc_ids("Does the Pact include a statement of principles on AI?") == ["pact-for-the-future"]
    assert names.doc_ids("Do the Pact and its annex on future generations agree?") == [
        "pact-for-the-future", "declaration-on-future-generations"]
    # a run stops at a full name: both texts are named
    assert names.doc_ids("Did the future generations declaration on the Pact treat science?") == [
        "declaration-on-future-generations", "pact-for-the-future"]
    # a run of title words may also be the subject: it stays in the topic; a title or "the Vision" does not
    from wsis.assistant.references import topic_of
    assert "future generations" in topic_of("Do the Pact and its annex on future generations agree?", names)
    assert "Vision" not in topic_of("Did the worry about cost carry into the Vision?", names)
    for q in ("What is the vision for the information society?", "What is said about national action plans?",
              "What do the texts say about future generations?", "What does the Declaration say on media?",
              "What agreed language is there on spam?", "Is there an annex on digital trade?"):
        assert names.doc_ids(q) == [], q


# ---------------------------------------------------------------- end to end: ingest, status, look-ups


@pytest.fixture(scope="module")
def indexed(folder, tmp_path_factory):
    S.write_gdc_copy(folder / "global-digital-compact.md")  # the standalone GDC: the same text as annex I
    data = tmp_path_factory.mktemp("specimen-data")
    result = run_wsis("ingest", str(folder), data_dir=data)
    assert result.returncode == 0, result.stderr
    return data, result.stderr


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


@pytest.mark.parametrize("question, pid, focus", [
    ("GDC para 28", "global-digital-compact#28", ""),
    ("Pact para 5", "pact-for-the-future#5", ""),
    ("Declaration on Future Generations para 3", "declaration-on-future-generations#3", ""),
    ("WSIS+10 Vision para 5", "wsis10-vision#5", ""),
    ("WSIS+10 Statement para 5", "wsis10-statement#5", ""),
    ("A/RES/70/125 OP 5", "a-res-70-125#5", ""),
    ("PP2 of A/RES/79/1", "pact-for-the-future#PP2", ""),
    ("Tunis Agenda 72(b)", "tunis-agenda#72", "b"),
    # an item as users type it, without brackets
    ("para 72 b of the Tunis Agenda", "tunis-agenda#72", "b"),
    ("TA para 72, sub-paragraph b", "tunis-agenda#72", "b"),
    ("What does Tunis Agenda 72.c say?", "tunis-agenda#72", "c"),
    ("What does the paragraph after Tunis Agenda para 69 say?", "tunis-agenda#70", ""),  # named by its neighbour
    ("Geneva Declaration para 7", "geneva-declaration#7", ""),
    ("Action 1 of the Pact for the Future", "pact-for-the-future#4", ""),  # the paragraphs under the Pact's "Action 1."
    # a text named by its year holds the paragraph named beside it (it was looked up in every text)
    ("What does paragraph 3 of the 2015 resolution say?", "a-res-70-125#3", ""),
    # a paragraph named by its place: the n-th is paragraph n; the last ones count from the end
    ("What does the first operative paragraph of the 2015 resolution say?", "a-res-70-125#1", ""),
    ("And the second preambular paragraph of A/RES/70/125?", "a-res-70-125#PP2", ""),
    ("What is the second-to-last paragraph of the Pact?", "pact-for-the-future#4", ""),
    ("Quote the last paragraph of the negotiating team extract", "ig-briefing-extract#64", ""),  # a user's extract: its last
    # a paragraph called as a user calls it, in a text named by its owner and its kind
    ("What is the last piece of agreed language in the negotiating team's briefing pack?", "ig-briefing-extract#64", ""),
])
def test_reference_look_ups(indexed, question, pid, focus):
    from wsis.assistant.retrieval import Retriever

    data, _ = indexed
    found = Retriever(make_settings(data)).retrieve(question)
    assert found.unresolved == [] and found.passages[0].id == pid and found.passages[0].focus == focus


def test_a_reference_to_what_is_not_indexed_says_what_is(indexed):
    """An extract holds part of a text: a paragraph outside it is "not in the indexed text", with the
    paragraphs it does hold, not "no paragraph"; an item a paragraph lacks is named as such."""
    from wsis.assistant.retrieval import Retriever

    data, _ = indexed
    retriever = Retriever(make_settings(data))
    assert retriever.retrieve("Tunis Agenda paragraph 9").unresolved == [
        "Tunis Agenda for the Information Society: paragraph 9 is not in the indexed text (paragraphs 67-72)"]
    assert retriever.retrieve("Tunis Agenda para 72(d)").unresolved == [
        "Tunis Agenda for the Information Society: paragraph 72 has no item (d)"]
    assert retriever.retrieve("WSIS+10 Vision para 9").unresolved == ["WSIS+10 Vision for WSIS Beyond 2015: no paragraph 9"]
    # an official text's last paragraph is the last of its numbering (expected 1-122), not the extract's
    assert retriever.retrieve("What is the last paragraph of the Tunis Agenda?").unresolved == [
        "Tunis Agenda for the Information Society: its last numbered paragraph, paragraph 122, is not in the indexed "
        "text (paragraphs 67-72)"]
    assert retriever.retrieve("the tenth paragraph of the Vision").unresolved == [
        "WSIS+10 Vision for WSIS Beyond 2015: no paragraph 10"]


def test_a_refusal_quotes_the_closest_item_of_a_list_with_its_lead_in(indexed):
    """The nearest passages beside "the texts do not mention X" are quoted by their sentence closest to
    the question: in a list, an item with its lead-in, never the bare lead-in "We commit to:"."""
    from wsis.assistant.answering import Assistant

    data, _ = indexed
    assistant = Assistant(make_settings(data))
    answer = assistant.ask("What do the texts say on net neutrality?", mode="extractive")
    assert answer.abstained and answer.missing_concept == "net neutrality", answer.answer
    corpus, listed = assistant.store.corpus(), 0
    for c in answer.citations:
        paragraph = corpus.get(c.id)
        assert c.quote in paragraph.text and not c.quote.rstrip().endswith(":"), c
        line = next(x for x in answer.answer.splitlines() if f"[{c.marker}]" in x)
        assert line.startswith(f"- {c.text()} [{c.marker}]: “"), line
        if paragraph.sub_items and c.quote.lstrip().startswith("("):
            listed += 1
            letter = c.paragraph.split("(")[1].rstrip(")")
            assert letter in paragraph.sub_items and c.quote in paragraph.sub_items[letter] or c.quote.startswith(f"({letter})")
            assert paragraph.text.split("\n")[0] + " … " in line, line  # who commits stays with the item
    assert listed, answer.answer  # the GDC's list paragraph on the network is among the nearest


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


def test_frame_blocks_are_never_quoted(indexed):
    """"The General Assembly," (chapeau) says nothing on any question, "80th plenary meeting ..."
    (closing) only when a text was adopted: neither an answer nor a refusal's nearest passages quote them
    otherwise (a user saw both)."""
    from wsis.assistant.answering import Assistant

    data, _ = indexed
    assistant = Assistant(make_settings(data))
    corpus = assistant.store.corpus()
    frames = {p.id for p in corpus.paragraphs if p.label in ("title", "chapeau", "closing")}
    assert any(i.endswith("#chapeau") for i in frames) and any(i.endswith("#closing") for i in frames), sorted(frames)
    for question in ("What does A/RES/70/125 say on the Internet Governance Forum?", "What does the 2015 review say on skills?",
                     "What do the texts say about quantum computing?", "What does the General Assembly decide?"):
        answer = assistant.ask(question, mode="extractive")
        assert not {c.id for c in answer.citations} & frames, (question, [c.id for c in answer.citations])
        assert not {p.id for p in answer.passages} & frames, (question, [p.id for p in answer.passages])  # nor ranked


def test_a_paragraph_on_a_page_without_a_printed_number_cites_its_pdf_page(indexed):
    """A resolution's first page prints no page number: its paragraphs cite the PDF page ("p. 1"),
    not nothing; a look-up of one item shows the item under its lead-in."""
    from wsis.assistant.answering import Assistant

    data, _ = indexed
    assistant = Assistant(make_settings(data))
    first = assistant.store.corpus().get("a-res-70-125#1")
    assert first.pages == [1] and not any(first.page_labels), (first.pages, first.page_labels)
    answer = assistant.ask("A/RES/70/125 para 1", mode="extractive")
    assert answer.citations[0].page == "1", answer.citations[0]
    quoted = assistant.ask("What does A/RES/70/125 say on connectivity between regions?", mode="extractive")
    assert all(c.page for c in quoted.citations if c.doc_id == "a-res-70-125"), [(c.id, c.page) for c in quoted.citations]


def test_an_acronym_the_texts_use_only_spelled_out_is_searched_by_its_long_form(indexed):
    """The specimens never write "(IGF)": "what is the IGF for?" searches "Internet Governance Forum"
    too (the standard UN long form, as the texts use its words) and quotes the Forum's mandate."""
    from wsis.assistant.answering import Assistant

    data, _ = indexed
    assistant = Assistant(make_settings(data))
    assert not assistant.retriever.glossary().expansions("IGF")
    assert assistant.retriever.standard_expansions("what is the IGF for?") == ["Internet Governance Forum"]
    answer = assistant.ask("what is the IGF for?", mode="extractive")
    assert not answer.abstained, answer.answer
    assert {"tunis-agenda#72", "global-digital-compact#28"} & {c.id for c in answer.citations}, [c.id for c in answer.citations]
    # asked the other way round, of a name the texts never abbreviate: every standard form, said as such
    ga = assistant.ask("What is the acronym for the General Assembly?", mode="extractive").answer
    assert ga.startswith("The texts write “General Assembly” in full, never abbreviated; in standard UN usage: UNGA and GA."), ga


def test_a_resolutions_paragraph_it_lacks_is_quoted_from_its_annex_and_said(indexed):
    """"A/RES/79/1 para 29": the Pact (A/RES/79/1 itself) has five paragraphs; its annex I, the GDC,
    has a paragraph 29: quoted from there, the notice says the Pact has none and where the quote is
    from. A paragraph the Pact has stays the Pact's; a look-up typed number first ("72 (b) TA") is
    quoted, not refused."""
    from wsis.assistant.answering import Assistant

    data, _ = indexed
    assistant = Assistant(make_settings(data))
    answer = assistant.ask("What does A/RES/79/1 para 29 say?", mode="extractive")
    assert [c.id for c in answer.citations] == ["global-digital-compact#29"], [c.id for c in answer.citations]
    assert "no paragraph 29; quoted from its annex, Global Digital Compact (A/RES/79/1, annex I)" in answer.notice, answer.notice
    assert [c.id for c in assistant.ask("A/RES/79/1 para 2", mode="extractive").citations] == ["pact-for-the-future#2"]
    typed = assistant.ask("What does 72 (b) TA say?", mode="extractive")
    assert not typed.abstained and [(c.id, c.paragraph) for c in typed.citations] == [("tunis-agenda#72", "72(b)")], typed.answer


def test_a_part_asked_for_as_a_list_is_quoted_whole_with_its_count(indexed):
    """The specimen compact puts 17 paragraphs under a "Principles" heading with none under it: "What
    are the principles of the GDC?" quotes that part in order and says how many it holds; the
    declaration's numbered principles ("1) The role of ...") are listed as headings."""
    from wsis.assistant.answering import Assistant

    data, _ = indexed
    assistant = Assistant(make_settings(data))
    part = assistant.ask("What are the principles of the GDC?", mode="extractive")
    assert part.answer.startswith("Under “Principles”, the Global Digital Compact has 17 paragraphs (8 quoted below):"), part.answer
    assert [c.paragraph for c in part.citations] == [str(n) for n in range(9, 17)]
    listed = assistant.ask("What are the key principles of the Geneva Declaration?", mode="extractive")
    assert listed.answer.startswith("The Geneva Declaration of Principles sets out 3 key principles:"), listed.answer
    assert [c.paragraph for c in listed.citations] == ["5", "7", "8"]


def test_a_nested_item_is_looked_up_by_its_full_reference(indexed):
    """"OP 3(b)(ii)" is item (ii) of item (b): quoted exactly under both lead-ins and cited 3(b)(ii),
    not the whole of (b); (b) itself is quoted with its marker and its own items; a nested item that
    does not exist is said not to."""
    from wsis.assistant.answering import Assistant
    from wsis.assistant.references import parse_references

    data, _ = indexed
    assistant = Assistant(make_settings(data))
    assert [r.sub for r in parse_references("A/RES/70/125 OP 3(b)(ii) and 3(a)", assistant.retriever.names())] == ["b/ii", "a"]
    nested = assistant.ask("A/RES/70/125 OP 3(b)(ii)", mode="extractive")
    assert [(c.paragraph, c.quote) for c in nested.citations] == [("3(b)(ii)", "(ii) Training offered in local languages;")]
    assert "> We commit to: …\n> (b) Strengthen skills through: …\n> (ii) Training offered in local languages;" in nested.answer
    whole = assistant.ask("A/RES/70/125 para 3(b)", mode="extractive")
    assert whole.citations[0].quote.startswith("(b) Strengthen skills through:\n(i) Programmes for teachers;")
    assert whole.citations[0].quote in assistant.store.corpus().get("a-res-70-125#3").text
    missing = assistant.ask("A/RES/70/125 para 3(b)(v)", mode="extractive")
    # nothing found and nothing else asked: the answer is what was not found, said first, with no other quote
    assert missing.abstained and missing.answer.startswith("Not found: ") and not missing.citations, missing.answer
    assert "paragraph 3 has no item (b)(v)" in missing.answer.split("\n")[0], missing.answer


def test_when_a_text_was_adopted_is_answered_from_the_line_that_prints_its_date(indexed):
    """"When was A/RES/70/125 adopted?" quoted the preamble; now the title block's line that prints the
    date is quoted and cited. An annex (the GDC) is dated by its resolution; a summit text by the date
    under its symbol; a catalog text not indexed by the catalog, said so; a text with no date, said so."""
    from wsis.assistant.answering import Assistant
    from wsis.types import Filters

    data, _ = indexed
    assistant = Assistant(make_settings(data))
    res = assistant.ask("When was A/RES/70/125 adopted?", mode="extractive")
    assert res.answer.startswith("WSIS+10 outcome (A/RES/70/125) was adopted on 16 December 2015 [1].")
    assert [(c.id, c.quote) for c in res.citations] == [("a-res-70-125#title", "Resolution adopted by the General Assembly on 16 December 2015")]
    assert not res.abstained and res.citations[0].quote in assistant.store.corpus().get("a-res-70-125#title").text
    gdc = assistant.ask("When was the Global Digital Compact adopted by the General Assembly?", mode="extractive")
    assert gdc.answer.startswith("Global Digital Compact (A/RES/79/1, annex I) is annexed to Pact for the Future (A/RES/79/1), "
                                 "adopted on 22 September 2024 [1].")
    assert [c.id for c in gdc.citations] == ["pact-for-the-future#title"]
    only = assistant.ask("When was the GDC adopted?", filters=Filters(doc_ids=["global-digital-compact"]), mode="extractive")
    assert not only.citations and "the project's catalog gives 22 September 2024" in only.answer  # the Pact is filtered out
    two = assistant.ask("When were the Geneva Declaration and the Tunis Agenda agreed?", mode="extractive")
    assert [(c.id, c.quote) for c in two.citations] == [("geneva-declaration#title", "12 December 2003"),
                                                        ("tunis-agenda#title", "18 November 2005")]
    assert "Tunis Agenda (WSIS-05/TUNIS/DOC/6(Rev.1)-E) is dated 18 November 2005 [2]." in two.answer
    absent = assistant.ask("What year is the Geneva Plan of Action from?", mode="extractive")
    assert absent.abstained and not absent.citations
    assert absent.answer == "Geneva Plan of Action (WSIS-03/GENEVA/DOC/5-E) is not in the index; the project's catalog gives 12 December 2003."
    assert "Not in the index: Geneva Plan of Action" in absent.notice
    undated = assistant.ask("When was the negotiating team extract adopted?", mode="extractive")
    assert undated.abstained and "does not print its date, and the catalog has none for it" in undated.answer
    french = assistant.ask("Quand la résolution A/RES/70/125 a-t-elle été adoptée ?", mode="extractive")
    assert french.answer.startswith("Date d’adoption de WSIS+10 outcome (A/RES/70/125)\u00a0: 2015-12-16 [1].")
    history = [{"role": "user", "content": "What does the Tunis Agenda say on the forum?"},
               {"role": "assistant", "content": "Tunis Agenda, para. 72: ..."}]
    follow = assistant.ask("And when was it adopted?", history=history, mode="extractive")  # the text the history named
    assert [c.id for c in follow.citations] == ["tunis-agenda#title"], follow.answer
    # a question on something else the text did is a topic question
    igf = assistant.ask("When did the Tunis Agenda agree to convene the IGF?", mode="extractive")
    assert "tunis-agenda#72" in [c.id for c in igf.citations]
    cli = json.loads(run_wsis("ask", "When was A/RES/70/125 adopted?", "--json", data_dir=data).stdout)
    assert [c["id"] for c in cli["citations"]] == ["a-res-70-125#title"] and cli["abstained"] is False


def test_where_a_text_was_adopted_is_answered_from_the_line_that_names_the_place(indexed):
    """"Where were the summits held that produced the 2003 Geneva declaration and the 2024 Pact?" quoted
    a Geneva paragraph on unequal gains; now each text's line that names its place is quoted and cited
    (assistant/venues.py): the Geneva title block's "Geneva 2003", the Pact's "summit held in New York".
    A text that prints no place is said so, with its title block as the nearest passage."""
    from wsis.assistant.answering import Assistant
    from wsis.types import Filters

    data, _ = indexed
    assistant = Assistant(make_settings(data))
    corpus = assistant.store.corpus()
    two = assistant.ask("Where were the summits held that produced the 2003 Geneva declaration and the 2024 Pact?", mode="extractive")
    assert [(c.id, c.quote) for c in two.citations] == [
        ("geneva-declaration#title", "Geneva 2003 - Tunis 2005"),
        ("pact-for-the-future#PP1", corpus.get("pact-for-the-future#PP1").text.strip())], two.answer
    assert two.answer.startswith("Geneva Declaration of Principles (WSIS-03/GENEVA/DOC/4-E): its title block prints Geneva "
                                 "with the text's year, 2003 [1].\nPact for the Future (A/RES/79/1): the text names New York")
    assert not two.abstained and all(c.quote in corpus.get(c.id).text for c in two.citations)
    silent = assistant.ask("Where was the Tunis Agenda adopted?", mode="extractive")
    assert silent.abstained and [c.id for c in silent.citations] == ["tunis-agenda#title"]
    assert "No indexed line of Tunis Agenda (WSIS-05/TUNIS/DOC/6(Rev.1)-E) says where it was adopted" in silent.answer
    both = assistant.ask("When and where was the Geneva Declaration adopted?", mode="extractive")
    assert [(c.marker, c.quote) for c in both.citations] == [(1, "12 December 2003"), (2, "Geneva 2003 - Tunis 2005")]
    assert "is dated 12 December 2003 [1]." in both.answer and "with the text's year, 2003 [2]." in both.answer
    # only the named text within the filters; a question on what a text says where is a topic question
    assert assistant.ask("Where was the Pact adopted?", filters=Filters(doc_ids=["geneva-declaration"])).citations[0].id != \
        "pact-for-the-future#PP1"
    topic = assistant.ask("Where does the Tunis Agenda say the forum should meet?", mode="extractive")
    assert "tunis-agenda#title" not in [c.id for c in topic.citations]
    cli = json.loads(run_wsis("ask", "In which city was the Pact for the Future agreed?", "--json", data_dir=data).stdout)
    assert [c["id"] for c in cli["citations"]] == ["pact-for-the-future#PP1"] and "New York" in cli["answer"]


def test_a_texts_particulars_are_answered_from_its_title_block(indexed):
    """"What are the official document numbers of ...?" quoted paragraphs naming other documents; now
    each named text's title block is quoted whole and cited (assistant/particulars.py)."""
    from wsis.assistant.answering import Assistant

    data, _ = indexed
    assistant = Assistant(make_settings(data))
    corpus = assistant.store.corpus()
    two = assistant.ask("What are the official document numbers of the Geneva Declaration and of the Tunis Agenda?", mode="extractive")
    assert [c.id for c in two.citations] == ["geneva-declaration#title", "tunis-agenda#title"] and not two.abstained
    assert [c.quote for c in two.citations] == [corpus.get("geneva-declaration#title").text, corpus.get("tunis-agenda#title").text]
    assert "Document WSIS-05/TUNIS/DOC/6(Rev.1)-E" in two.answer and "[2] (Tunis Agenda, title)" in two.answer
    items = assistant.ask("Under which agenda items was the ten-year WSIS review adopted?", mode="extractive")
    assert [c.id for c in items.citations] == ["a-res-70-125#title"] and "Agenda items 13 and 115" in items.answer
    # a question on what the text says stays a topic question; the date alone stays the date's
    topic = assistant.ask("What does the Tunis Agenda say about languages?", mode="extractive")
    assert "tunis-agenda#title" not in [c.id for c in topic.citations]
    absent = assistant.ask("What is the symbol of the WSIS+20 outcome?", mode="extractive")  # in the catalog, not indexed
    assert absent.abstained and not absent.citations and "the project's catalog gives its symbol, A/RES/80/173" in absent.answer
    assert "Not in the index: WSIS+20 outcome" in absent.notice
    date = assistant.ask("What date does the Geneva Declaration carry?", mode="extractive")
    assert [(c.id, c.quote) for c in date.citations] == [("geneva-declaration#title", "12 December 2003")]
    # how to cite a text is asked in a user's words: its symbol and date, the title block
    cite = assistant.ask("I need to cite the Geneva Declaration properly: what is its official reference and date?",
                         mode="extractive")
    assert [c.id for c in cite.citations] == ["geneva-declaration#title"] and "WSIS-03/GENEVA/DOC/4-E" in cite.answer
    drafted = assistant.ask("Was the Tunis Agenda first drafted in English?", mode="extractive")
    assert [c.id for c in drafted.citations] == ["tunis-agenda#title"] and "Original: English" in drafted.answer
    # a declaration said to be a statement ("the 2003 statement of principles") is still named
    stated = assistant.ask("Was the 2003 statement of principles first drafted in English?", mode="extractive")
    assert [c.id for c in stated.citations] == ["geneva-declaration#title"] and "Original: English" in stated.answer
    # a session asked with its rhythm, a symbol asked for a footnote or for its revision
    session = assistant.ask("During which annual session of the General Assembly was the Pact adopted?", mode="extractive")
    assert [c.id for c in session.citations] == ["pact-for-the-future#title"] and "Seventy-ninth session" in session.answer
    footnote = assistant.ask("For a footnote I need the Tunis Agenda's symbol: is it a revised edition?", mode="extractive")
    assert [c.id for c in footnote.citations] == ["tunis-agenda#title"]


def test_a_question_about_a_text_itself_is_answered_from_its_title_block(indexed):
    """"What is the full title of ...?", "What topics do ... deal with?": what the text says of itself,
    which no numbered paragraph is about (assistant/about_text.py); a topic inside it stays a topic."""
    from wsis.assistant.answering import Assistant

    data, _ = indexed
    assistant = Assistant(make_settings(data))
    title = assistant.ask("What is the full title of the Tunis Agenda?", mode="extractive")
    assert [c.id for c in title.citations] == ["tunis-agenda#title"] and not title.abstained
    assert "Tunis Agenda for the Information Society" in title.answer and "describes itself in its title block [1]" in title.answer
    both = assistant.ask("What topics do the Geneva Declaration and the Tunis Agenda deal with?", mode="extractive")
    assert [c.id for c in both.citations] == ["geneva-declaration#title", "tunis-agenda#title"]
    topic = assistant.ask("What topics does the Tunis Agenda cover on financing?", mode="extractive")
    assert "tunis-agenda#title" not in [c.id for c in topic.citations]


def test_a_commitment_named_by_its_place_is_the_nth_paragraph_that_commits(indexed):
    """"What is the very first thing the compact promises?" was refused ("they do not mention first");
    it names the first paragraph of the compact that commits ("We will ..."). A text none of whose
    paragraphs commits is said to have none, as for a paragraph number it lacks."""
    from wsis.assistant.answering import Assistant

    data, _ = indexed
    assistant = Assistant(make_settings(data))
    corpus = assistant.store.corpus()
    first = assistant.ask("What is the very first thing the compact promises?", mode="extractive")
    assert [c.id for c in first.citations] == ["global-digital-compact#1"] and not first.abstained
    assert "We will" in corpus.get("global-digital-compact#1").text
    last = assistant.ask("What is the last pledge of the compact?", mode="extractive")
    expected = [p for p in corpus.paragraphs if p.doc_id == "global-digital-compact" and p.label.isdigit()
                and re.search(r"\bWe (?:will|commit|pledge|undertake|resolve)\b", p.text)][-1]
    assert [c.id for c in last.citations] == [expected.id]
    none = assistant.ask("What is the first commitment of the WSIS+10 Vision?", mode="extractive")
    assert none.abstained and none.answer.split("\n")[0] == (
        "Not found: WSIS+10 Vision for WSIS Beyond 2015: no first commitment (the indexed text has 0)."), none.answer


def test_a_text_named_by_its_year_has_its_best_passage_among_the_candidates(indexed):
    """"The post-2015 WSIS vision wants ... Does the compact add ...?" named the WSIS+10 Vision by its
    year only; the compact's passages filled every candidate place and the Vision was never quoted.
    A text named by year, like one named by name, has its best passage among the candidates."""
    from wsis.assistant.answering import Assistant

    data, _ = indexed
    assistant = Assistant(make_settings(data))
    retrieval = assistant.retriever.retrieve("The post-2015 WSIS vision wants everybody able to get online at a fair "
                                             "price wherever they live. Does the compact add a promise not to take "
                                             "that connection away from people?")
    docs = [p.paragraph.doc_id for p in retrieval.passages[:3]]
    assert "wsis10-vision" in docs and "global-digital-compact" in docs


def test_a_text_named_by_its_year_has_its_particulars_answered(indexed):
    """"Which L-document was the 2015 WSIS review resolution adopted from?" named no text by its title
    and was answered from paragraphs; "the 2014 WSIS+10 outcome documents" named the 2015 resolution
    (short name "WSIS+10 outcome"), and "the WSIS+10 outcome documents" are the 2014 booklet, whose
    texts the index holds one by one. The year decides, and a combined file stands for its texts."""
    from wsis.assistant.answering import Assistant

    data, _ = indexed
    assistant = Assistant(make_settings(data))
    draft = assistant.ask("Which L-document was the 2015 WSIS review resolution adopted from?", mode="extractive")
    assert [c.id for c in draft.citations] == ["a-res-70-125#title"] and "(A/70/L.33)" in draft.answer
    both = assistant.ask("Under which GA agenda items were the 2015 WSIS review and the 2024 Pact adopted?", mode="extractive")
    assert [c.id for c in both.citations] == ["a-res-70-125#title", "pact-for-the-future#title"]
    itu = assistant.ask("Which UN specialised agency put out the 2014 WSIS+10 outcome documents?", mode="extractive")
    assert [c.id for c in itu.citations] == ["wsis10-statement#title"] and "International Telecommunication Union" in itu.answer
    assert "No title block of WSIS+10 Vision" in itu.answer  # the booklet's second text, said, not skipped
    package = assistant.ask("Is the WSIS+10 Statement part of a publication?", mode="extractive")
    assert [c.id for c in package.citations] == ["wsis10-statement#title"]
    # a question on what the text says stays a topic question
    role = assistant.ask("What part does the ITU play in the 2014 WSIS+10 Statement?", mode="extractive")
    assert "wsis10-statement#title" not in [c.id for c in role.citations]


def test_a_paragraph_outside_an_extract_is_quoted_from_another_file_of_the_same_text(folder, tmp_path):
    """The Tunis Agenda extract holds paragraphs 67-72; a second file of the same text (kept as
    "tunis-agenda-copy") holds paragraph 2: "Tunis Agenda para 2" quotes it from there, and says so."""
    data = tmp_path / "data"
    assert run_wsis("ingest", str(folder / "6rev1-extract.pdf"), data_dir=data).returncode == 0
    own = tmp_path / "mine" / "tunis-agenda.txt"
    own.parent.mkdir()
    own.write_text("Tunis Agenda for the Information Society\n\n1. An invented first paragraph of our working copy.\n\n"
                   "2. An invented second paragraph, on financing the follow-up.\n", encoding="utf-8")
    assert run_wsis("ingest", str(own.parent), data_dir=data).returncode == 0
    answer = json.loads(run_wsis("ask", "Tunis Agenda para 2", "--json", data_dir=data).stdout)
    assert [c["id"] for c in answer["citations"]] == ["tunis-agenda-copy#2"], answer["citations"]
    assert "paragraph 2 is not in the indexed text (paragraphs 67-72); quoted from" in answer["notice"], answer["notice"]
    inside = json.loads(run_wsis("ask", "Tunis Agenda para 72", "--json", data_dir=data).stdout)
    assert [c["id"] for c in inside["citations"]] == ["tunis-agenda#72"] and not inside["notice"]


def test_the_most_relevant_quotes_come_first_whatever_the_dates(indexed):
    """A question on two texts sees both among its first three references: quotes follow the retrieval's
    ranking, not the documents' dates (the compact's paragraph on the forum came fifth, after four
    quotes of the 2015 resolution, one of them a preambular recall)."""
    from wsis.assistant.answering import Assistant

    data, _ = indexed
    answer = Assistant(make_settings(data)).ask("What did the 2015 review and the compact each say about the yearly forum?",
                                                mode="extractive")
    first = [c.id.split("(")[0] for c in answer.citations[:3]]
    assert "global-digital-compact#28" in first and any(x.startswith("a-res-70-125#") for x in first), answer.answer
    # the lead names the texts in the order their quotes stand
    lead, body = answer.answer.split("\n\n", 1)
    named = [t for t in ("WSIS+10 outcome", "Global Digital Compact") if t in lead]
    assert named and sorted(named, key=lead.index) == sorted(named, key=lambda t: body.index(t if t in body else "A/RES/70/125")), answer.answer


def test_a_named_texts_best_passage_is_among_the_candidates(indexed):
    """"How does the declaration on future generations open?" ranked eight compact paragraphs on "open
    data" first: the declaration's own best passage shares no word with the question and fell below
    them. A text named by name now has its best passage among the candidates, first."""
    from wsis.assistant.retrieval import Retriever

    data, _ = indexed
    retrieval = Retriever(make_settings(data)).retrieve(
        "How does the declaration on future generations open? Do the leaders accept that they have an obligation toward posterity?")
    assert [p.id for p in retrieval.passages][:1] == ["declaration-on-future-generations#1"]
