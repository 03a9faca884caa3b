"""The document catalog: it loads, names resolve, bad data is refused with a one-line message."""
from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from wsis.types import DocumentInfo
from wsis.ingest.catalog import CATALOG_PATH, catalog_by_id, load_catalog, resolve_alias

REQUIRED = [
    "geneva-declaration",
    "geneva-plan-of-action",
    "tunis-commitment",
    "tunis-agenda",
    "wsis-outcome-booklet",
    "wsis10-statement-vision",
    "a-res-70-125",
    "global-digital-compact",
]


def test_every_entry_loads() -> None:
    entries = load_catalog()
    ids = [e.doc_id for e in entries]
    assert len(ids) == len(set(ids))
    assert set(REQUIRED) <= set(ids)
    for e in entries:
        assert e.title and e.process in {"WSIS", "GDC"} and len(e.date) == 10
        assert e.urls and e.download_urls
        for u in e.urls:
            assert u.format in {"html", "pdf"} and isinstance(u.verified, bool)
            if not u.verified:
                assert u.note, f"{e.doc_id}: unverified {u.url} needs a note"


def test_known_facts() -> None:
    by_id = catalog_by_id()
    assert by_id["geneva-declaration"].symbol == "WSIS-03/GENEVA/DOC/4-E"
    assert by_id["geneva-declaration"].date == "2003-12-12"
    assert by_id["tunis-agenda"].symbol == "WSIS-05/TUNIS/DOC/6(Rev.1)-E"
    assert by_id["tunis-commitment"].date == "2005-11-18"
    assert by_id["a-res-70-125"].date == "2015-12-16"
    assert by_id["global-digital-compact"].date == "2024-09-22"
    assert by_id["global-digital-compact"].process == "GDC"
    booklet = by_id["wsis-outcome-booklet"]
    assert booklet.combined and set(booklet.contains) == set(REQUIRED[:4])


@pytest.mark.parametrize(
    "name, doc_id",
    [
        ("TA", "tunis-agenda"),
        ("Tunis agenda", "tunis-agenda"),
        ("the Tunis Agenda", "tunis-agenda"),
        ("  tunis-agenda ", "tunis-agenda"),
        ("WSIS-05/TUNIS/DOC/6(Rev.1)-E", "tunis-agenda"),
        ("Tunis Agenda for the Information Society", "tunis-agenda"),
        ("TC", "tunis-commitment"),
        ("Tunis Commitment", "tunis-commitment"),
        ("GDC", "global-digital-compact"),
        ("Compact", "global-digital-compact"),
        ("global digital compact", "global-digital-compact"),
        ("PoA", "geneva-plan-of-action"),
        ("Plan of Action", "geneva-plan-of-action"),
        ("Geneva Plan of Action", "geneva-plan-of-action"),
        ("DoP", "geneva-declaration"),
        ("Geneva Declaration", "geneva-declaration"),
        ("WSIS-03/GENEVA/DOC/4-E", "geneva-declaration"),
        ("A/RES/70/125", "a-res-70-125"),
        ("a/res/70/125", "a-res-70-125"),
        ("70/125", "a-res-70-125"),
        ("WSIS+10 outcome", "a-res-70-125"),
        ("WSIS+10 Statement", "wsis10-statement"),
        ("WSIS+10 Vision", "wsis10-vision"),
        ("Declaration on Future Generations", "declaration-on-future-generations"),
        ("Pact for the Future", "pact-for-the-future"),
        ("A/RES/79/1", "pact-for-the-future"),
    ],
)
def test_aliases_resolve(name: str, doc_id: str) -> None:
    assert resolve_alias(name) == doc_id


@pytest.mark.parametrize("name", ["", "   ", "Agenda", "Kyoto Protocol", "//"])
def test_unknown_names_do_not_resolve(name: str) -> None:
    assert resolve_alias(name) is None


def test_to_info_prefers_html() -> None:
    by_id = catalog_by_id()
    info = by_id["tunis-agenda"].to_info(source="/tmp/tunis-agenda.html")
    assert isinstance(info, DocumentInfo)
    assert info.url == "https://www.itu.int/net/wsis/docs2/tunis/off/6rev1.html"
    assert info.source == "/tmp/tunis-agenda.html" and info.year == 2005
    assert "TA" in info.aliases and info.symbol == "WSIS-05/TUNIS/DOC/6(Rev.1)-E"
    assert by_id["wsis-outcome-booklet"].to_info().url.endswith("booklet.pdf")
    assert by_id["a-res-70-125"].to_info().url == "https://docs.un.org/en/A/RES/70/125"


def _raw() -> dict:
    return json.loads(CATALOG_PATH.read_text(encoding="utf-8"))


def _write(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "catalog.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _broken(change) -> dict:
    data = copy.deepcopy(_raw())
    change(data["documents"])
    return data


@pytest.mark.parametrize(
    "change, words",
    [
        (lambda d: d.append(copy.deepcopy(d[0])), ["doc_id", "geneva-declaration", "duplicated"]),
        (lambda d: d[3].update(date="18 Nov 2005"), ["date", "tunis-agenda"]),
        (lambda d: d[3].update(date="2005-13-01"), ["date"]),
        (lambda d: d[3].update(process="IGF"), ["process", "tunis-agenda"]),
        (lambda d: d[3].update(urls=[]), ["urls", "tunis-agenda"]),
        (lambda d: d[3].pop("urls"), ["urls"]),
        (lambda d: d[3]["urls"][0].update(format="docx"), ["format"]),
        (lambda d: d[3]["urls"][0].update(url="www.example.org/x"), ["url"]),
        (lambda d: d[3].update(doc_id="Tunis Agenda"), ["doc_id"]),
        (lambda d: d[3].pop("title"), ["title"]),
        (lambda d: d[2]["aliases"].append("TA"), ["aliases", "tunis-agenda"]),
        (lambda d: d[4]["contains"].append("nope"), ["contains", "nope"]),
        (lambda d: d[3]["names"].update(de=["Tunis-Agenda"]), ["names", "tunis-agenda", "'de'"]),
        (lambda d: d[3]["names"].update(fr="Agenda de Tunis"), ["names", "fr", "tunis-agenda"]),
    ],
)
def test_invalid_catalog_names_the_field(tmp_path: Path, change, words: list[str]) -> None:
    path = _write(tmp_path, _broken(change))
    with pytest.raises(ValueError) as err:
        load_catalog(path)
    message = str(err.value)
    assert "\n" not in message
    for word in words:
        assert word in message


def test_unreadable_catalog(tmp_path: Path) -> None:
    bad = tmp_path / "catalog.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(ValueError, match="not valid JSON"):
        load_catalog(bad)
    with pytest.raises(ValueError, match="cannot read"):
        load_catalog(tmp_path / "missing.json")


def test_plain_list_is_accepted(tmp_path: Path) -> None:
    entries = load_catalog(_write(tmp_path, _raw()["documents"][:2]))
    assert [e.doc_id for e in entries] == ["geneva-declaration", "geneva-plan-of-action"]
    assert resolve_alias("DoP", entries) == "geneva-declaration"
    assert resolve_alias("TA", entries) is None


def test_combined_documents_are_marked() -> None:
    by_id = catalog_by_id()
    assert not by_id["wsis-outcome-booklet"].fetch_default
    assert by_id["pact-for-the-future"].combined and "global-digital-compact" in by_id["pact-for-the-future"].contains
    assert by_id["global-digital-compact"].part_of == "pact-for-the-future"
    # viewer pages are links, never downloaded
    assert all("docs.un.org" not in u.url for e in by_id.values() for u in e.download_urls)


def test_published_paragraph_ranges() -> None:
    by_id = catalog_by_id()
    assert by_id["tunis-agenda"].paragraphs == (1, 122) and by_id["tunis-agenda"].paragraphs_confirmed
    assert by_id["geneva-declaration"].paragraphs == (1, 67) and by_id["geneva-plan-of-action"].paragraphs == (1, 29)
    assert by_id["tunis-commitment"].paragraphs == (1, 40)
    assert by_id["global-digital-compact"].paragraphs == (1, 79) and not by_id["global-digital-compact"].paragraphs_confirmed
    assert by_id["wsis10-vision"].paragraphs is None  # unknown ranges are absent, never guessed
    for entry in by_id.values():
        if entry.paragraphs and not entry.paragraphs_confirmed:
            assert "not" in entry.notes.lower() or entry.doc_id in {"a-res-70-125", "global-digital-compact"}


def test_texts_inside_combined_files() -> None:
    by_id = catalog_by_id()
    assert by_id["pact-for-the-future"].contains == ["global-digital-compact", "declaration-on-future-generations"]
    assert by_id["wsis10-statement-vision"].contains == ["wsis10-statement", "wsis10-vision"]
    assert not by_id["wsis10-vision"].fetch_default and not by_id["declaration-on-future-generations"].fetch_default


@pytest.mark.parametrize("value, words", [
    ({"first": 0, "last": 5}, ["paragraphs", "whole numbers"]),
    ({"first": 9, "last": 5}, ["first <= last"]),
    ([1, 5], ["must be an object"]),
    ({"first": 1, "last": 5, "confirmed": "yes"}, ["paragraphs.confirmed"]),
])
def test_bad_paragraph_range_names_the_field(tmp_path: Path, value, words) -> None:
    data = _raw()
    data["documents"][0]["paragraphs"] = value
    with pytest.raises(ValueError) as err:
        load_catalog(_write(tmp_path, data))
    assert all(w in str(err.value) for w in words) and "geneva-declaration" in str(err.value)
