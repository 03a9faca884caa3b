"""Language versions of a document (issue 14, part 4): recognised at ingest, linked to the English
text by paragraph label, folded in retrieval, quoted in the asked language with a notice when the
quotes are in another language than the question; the catalog's language URLs and `wsis fetch --lang`.

One real index (default embedder, embedded Chroma) over the English fixture corpus, the French and
Arabic Tunis Agenda named ``tunis-agenda.fr.txt`` / ``.ar.txt``, and the Russian one under a name
of its own (recognised by the ``-R`` of its symbol)."""
from __future__ import annotations

import http.server
import shutil
import threading
from pathlib import Path

import httpx
import pytest

from tests.conftest import ROOT, make_settings, run_wsis

FIXTURE = ROOT / "eval" / "corpora" / "fixture"
PARALLEL = ROOT / "eval" / "corpora" / "fixture-parallel"


def _text_of(corpus, pid: str) -> str:
    p = corpus.get(pid)
    assert p is not None, pid
    return p.text


@pytest.fixture(scope="module")
def par_index(tmp_path_factory):
    from wsis.assistant.library import ingest_paths as ingest

    corpus = tmp_path_factory.mktemp("par-corpus")
    for path in FIXTURE.iterdir():
        shutil.copyfile(path, corpus / path.name)
    for lang in ("fr", "ar"):
        shutil.copyfile(PARALLEL / f"tunis-agenda.{lang}.txt", corpus / f"tunis-agenda.{lang}.txt")
    shutil.copyfile(PARALLEL / "tunis-agenda.ru.txt", corpus / "tunisskaya-programma.txt")  # the symbol says -R
    settings = make_settings(tmp_path_factory.mktemp("par-index"))
    report = ingest([corpus], settings, progress=False)
    assert report.ok, report.to_dict()
    return settings, report, corpus


@pytest.fixture(scope="module")
def par(par_index):
    from wsis.assistant.answering import Assistant

    return Assistant(par_index[0])


# -- ingest: recognised and linked ---------------------------------------------------------------
def test_versions_are_recognised_linked_and_reported(par_index, par):
    _, report, _ = par_index
    verdicts = {r.doc_id: r.verdict for r in report.results}
    assert verdicts["tunis-agenda.fr"] == "tunis-agenda.fr: 16/122 paragraphs, 1 gap (17-122)"
    assert verdicts["tunis-agenda.ar"].startswith("tunis-agenda.ar: 16/122 paragraphs")
    assert verdicts["tunis-agenda.ru"].startswith("tunis-agenda.ru: 16/122 paragraphs")  # by its symbol's -R
    corpus = par.store.corpus()
    fr, ru = corpus.documents["tunis-agenda.fr"], corpus.documents["tunis-agenda.ru"]
    assert (fr.lang, fr.parallel_of, fr.symbol) == ("fr", "tunis-agenda", "WSIS-05/TUNIS/DOC/6(Rev.1)-F")
    assert fr.url.endswith("/6rev1-fr.html")
    assert (ru.lang, ru.parallel_of) == ("ru", "tunis-agenda") and ru.source.endswith("tunisskaya-programma.txt")
    assert corpus.documents["tunis-agenda"].lang == "en"
    from wsis.assistant.library import index_status

    listed = {d["doc_id"]: d for d in index_status(par.settings, par.store)["documents"]}
    assert (listed["tunis-agenda.ar"]["lang"], listed["tunis-agenda.ar"]["parallel_of"]) == ("ar", "tunis-agenda")
    assert (listed["tunis-agenda"]["lang"], listed["tunis-agenda"]["parallel_of"]) == ("en", "")
    assert "tunis-agenda.fr" not in corpus.doc_order and "tunis-agenda" in corpus.doc_order  # versions are no extra documents
    versions = par.parallel_versions("tunis-agenda#9")
    assert list(versions) == ["en", "ar", "fr", "ru"]  # English first, then the UN's order
    assert versions["fr"].id == "tunis-agenda.fr#9"
    assert versions["fr"].text.startswith("Nous invitons l'Organisation des Nations Unies à convoquer")
    assert "ولاية المنتدى" in versions["ar"].text
    assert par.parallel_versions("tunis-agenda.ar#9") == versions  # from any version
    assert list(par.parallel_versions("global-digital-compact#9")) == ["en"]
    assert par.parallel_versions("tunis-agenda#999") == {}


def test_retrieval_folds_versions_into_one_passage(par):
    corpus = par.store.corpus()
    for question, lang in [("Quel est le mandat du Forum que l'Organisation des Nations Unies est invitée à convoquer ?", "fr"),
                           ("What is the mandate of the Forum?", None),
                           ("ما هي ولاية المنتدى الذي تدعى الأمم المتحدة إلى عقده؟", "ar")]:
        passages = par.retriever.retrieve(question, lang=lang).passages
        keys = [corpus.base_id(p.id) for p in passages]
        assert len(keys) == len(set(keys)), keys  # never the same paragraph twice in two languages
        assert "tunis-agenda#9" in keys[:3], keys
        if lang is None:
            assert all(corpus.documents[p.paragraph.doc_id].lang == "en" for p in passages)
    search = par.retriever.retrieve("Nous invitons l'Organisation des Nations Unies à convoquer un nouveau forum", lang="fr")
    assert search.passages[0].id == "tunis-agenda.fr#9"  # a French question matching the French text


# -- answers: the language quoted and the notice ---------------------------------------------------
def test_lang_fr_quotes_the_french_text_verbatim(par):
    corpus = par.store.corpus()
    answer = par.ask("What is the mandate of the Forum?", lang="fr")
    assert not answer.abstained, answer.answer
    agenda = [c for c in answer.citations if c.doc_id.startswith("tunis-agenda")]
    assert agenda and all(c.lang == "fr" and c.doc_id == "tunis-agenda.fr" for c in agenda), answer.citations
    for c in agenda:
        assert c.quote in _text_of(corpus, c.id)  # verbatim
    assert "Quoted from the French" in answer.notice  # an English question, French quotes
    lookup = par.ask("Tunis Agenda paragraph 10", lang="ar")
    assert [c.id for c in lookup.citations] == ["tunis-agenda.ar#10"] and lookup.citations[0].lang == "ar"
    assert lookup.citations[0].quote == _text_of(corpus, "tunis-agenda.ar#10")
    assert lookup.citations[0].text() == "Tunis Agenda, para. 10"
    # French asked for, but the Compact has no French version: the answer says it quotes the English
    gdc = par.ask("GDC para 4", lang="fr")
    assert gdc.citations[0].lang == "en" and "Quoted from the English text." in gdc.notice


def test_question_language_chooses_the_version(par):
    answer = par.ask("Quel est le mandat du Forum que l'Organisation des Nations Unies est invitée à convoquer ?")
    ids = [c.id for c in answer.citations]
    assert "tunis-agenda.fr#9" in ids, (ids, answer.answer)
    assert not any(i.startswith("tunis-agenda#") for i in ids)  # the English paragraph is folded into the French one
    english = par.ask("What is the mandate of the Forum?")
    assert all(c.lang == "en" for c in english.citations) and "Quoted from" not in english.notice


def test_french_question_without_a_french_version_says_english(par):
    from wsis.types import Filters

    answer = par.ask("Que dit le texte sur les coupures de réseau ?", filters=Filters(doc_ids=["global-digital-compact"]))
    assert answer.citations and all(c.lang == "en" for c in answer.citations)
    assert "Cité d’après le texte anglais." in answer.notice  # in the question's language (prompts/messages.toml)


def test_lang_is_validated(par):
    from wsis.errors import QuestionError

    with pytest.raises(QuestionError, match=r"^lang: must be one of ar, zh, en, fr, ru, es, not 'xx'"):
        par.ask("What is the mandate of the Forum?", lang="xx")
    assert par.ask("Tunis Agenda paragraph 10", lang="ES").citations[0].id == "tunis-agenda#10"  # no Spanish version here


# -- API and CLI ---------------------------------------------------------------------------------------
def test_api_lang_and_parallel_versions(par_index):
    from tests.conftest_ui import start_server

    running = start_server(par_index[0])
    try:
        with httpx.Client(base_url=running.url, timeout=120) as http:
            bad = http.post("/api/ask", json={"question": "What is the Forum?", "lang": "klingon"})
            assert bad.status_code == 422 and bad.json()["error"].startswith("lang: must be one of ar, zh, en, fr, ru, es")
            wrong_type = http.post("/api/ask", json={"question": "What is the Forum?", "lang": 3})
            assert wrong_type.status_code == 422 and "lang" in wrong_type.json()["error"]
            ok = http.post("/api/ask", json={"question": "Tunis Agenda paragraph 9", "lang": "fr"}).json()
            assert ok["citations"][0]["id"] == "tunis-agenda.fr#9" and ok["citations"][0]["lang"] == "fr"
            data = http.get("/api/paragraphs/tunis-agenda%239").json()
            assert [v["lang"] for v in data["parallel"]] == ["en", "ar", "fr", "ru"]
            assert data["parallel"][2]["id"] == "tunis-agenda.fr#9" and data["parallel"][2]["url"].endswith("6rev1-fr.html")
            # search and compare quote the French version too; a bad code is refused in one line
            found = http.post("/api/search", json={"query": "Tunis Agenda paragraph 9", "lang": "fr"}).json()
            assert found["results"][0]["id"] == "tunis-agenda.fr#9", found
            english = http.post("/api/search", json={"query": "Tunis Agenda paragraph 9"}).json()
            assert english["results"][0]["id"] == "tunis-agenda#9"
            assert http.post("/api/search", json={"query": "Forum", "lang": "xx"}).status_code == 422
            rows = http.post("/api/compare", json={"topic": "Internet governance forum", "lang": "fr"}).json()["rows"]
            quoted = [p for row in rows for p in row["paragraphs"]]
            tunis = [p for p in quoted if p["id"].startswith("tunis-agenda")]
            assert tunis and all(p["id"].startswith("tunis-agenda.fr#") for p in tunis), quoted
            assert all(p["quote"] in p["text"] for p in quoted)
            schema = http.get("/openapi.json").json()["components"]["schemas"]
            assert "lang" in schema["AskIn"]["properties"] and "lang" in schema["SearchIn"]["properties"]
            assert schema["ParagraphLookupOut"]["properties"]["parallel"]["items"]["$ref"].endswith("/ParallelVersionOut")
    finally:
        running.stop()


def test_cli_ask_lang(par_index):
    settings = par_index[0]
    status = run_wsis("status", data_dir=settings.data_dir)
    assert status.returncode == 0 and "Tunis Agenda for the Information Society [fr version]" in status.stdout
    done = run_wsis("ask", "Tunis Agenda paragraph 4", "--lang", "fr", "--local", "--json", data_dir=settings.data_dir)
    assert done.returncode == 0, done.stderr
    import json

    answer = json.loads(done.stdout)
    assert answer["citations"][0]["id"] == "tunis-agenda.fr#4" and "Quoted from the French text." in answer["notice"]
    bad = run_wsis("ask", "x", "--lang", "xx", "--local", data_dir=settings.data_dir)
    assert bad.returncode == 2 and "--lang" in bad.stderr


# -- consistency: re-ingest and removal ---------------------------------------------------------------
def test_reingest_and_remove_keep_the_store_consistent(par_index, par):
    from wsis.assistant.library import ingest_paths as ingest

    settings, _, corpus_dir = par_index
    french = corpus_dir / "tunis-agenda.fr.txt"
    french.write_text(french.read_text(encoding="utf-8").replace("de toutes les parties prenantes.\n",
                                                                 "de toutes les parties prenantes, chaque année.\n"),
                      encoding="utf-8")
    report = ingest([french], settings, progress=False)
    assert [(r.status, r.doc_id) for r in report.results] == [("replaced", "tunis-agenda.fr")]
    store = par.store
    corpus = store.corpus()
    assert corpus.get("tunis-agenda.fr#16").text.endswith("chaque année.")
    files = sorted(p.name for p in store.paragraph_dir.glob("tunis-agenda.fr@*.jsonl"))
    assert len(files) == 1  # the replaced generation is gone
    assert store.remove_document("tunis-agenda.fr")
    corpus = store.corpus()
    assert "fr" not in par.parallel_versions("tunis-agenda#9")
    assert not any(i.startswith("tunis-agenda.fr#") for i in store.bm25(corpus).ids)
    vector = par.retriever.embed_query("Nous invitons l'Organisation des Nations Unies à convoquer un nouveau forum")
    assert not any(h.paragraph_id.startswith("tunis-agenda.fr#") for h in store.dense(vector, 40))
    assert par.ask("Tunis Agenda paragraph 9", lang="fr").citations[0].id == "tunis-agenda#9"  # back to the base text
    assert store.remove_document("tunis-agenda")  # a version whose base is gone stands as its own document
    corpus = store.corpus()
    assert "tunis-agenda.ar" in corpus.doc_order and corpus.base_of("tunis-agenda.ar") == "tunis-agenda.ar"


# -- recognition without an index ----------------------------------------------------------------
def test_language_of_names_symbols_and_texts():
    from wsis.ingest.catalog import language_symbol, symbol_language
    from wsis.ingest.language import language_of_path, text_language

    assert language_of_path(Path("x/tunis-agenda.fr.pdf")) == ("fr", Path("x/tunis-agenda.pdf"))
    assert language_of_path(Path("global-digital-compact.AR.txt"))[0] == "ar"
    assert language_of_path(Path("notes.v2.txt")) == ("", Path("notes.v2.txt"))
    assert symbol_language("WSIS-05/TUNIS/DOC/6(Rev.1)-F") == ("WSIS-05/TUNIS/DOC/6(Rev.1)-E", "fr")
    assert symbol_language("WSIS-03/GENEVA/DOC/4-C") == ("WSIS-03/GENEVA/DOC/4-E", "zh")
    assert symbol_language("A/RES/70/125") == ("A/RES/70/125", "")
    assert language_symbol("WSIS-05/TUNIS/DOC/7-E", "es") == "WSIS-05/TUNIS/DOC/7-S"
    assert language_symbol("A/RES/79/1", "ru") == "A/RES/79/1"
    for lang in ("fr", "es", "ar", "zh", "ru"):
        assert text_language((PARALLEL / f"tunis-agenda.{lang}.txt").read_text(encoding="utf-8")) == lang
    assert text_language((FIXTURE / "geneva-plan-of-action.txt").read_text(encoding="utf-8")) == "en"
    assert text_language("IGF 2025") == ""


# -- the catalog's language versions and `wsis fetch --lang` -------------------------------------------
def test_catalog_lists_each_language_version():
    from wsis.ingest.catalog import catalog_by_id

    catalog = catalog_by_id()
    fr = catalog["tunis-agenda"].in_language("fr")
    assert (fr.doc_id, fr.symbol, fr.parallel_of) == ("tunis-agenda.fr", "WSIS-05/TUNIS/DOC/6(Rev.1)-F", "tunis-agenda")
    assert [u.url for u in fr.download_urls] == ["https://www.itu.int/net/wsis/docs2/tunis/off/6rev1-fr.html"]
    assert catalog["tunis-agenda"].in_language("en") is catalog["tunis-agenda"]
    ar = catalog["a-res-70-125"].in_language("ar")
    assert ar.download_urls[0].url == "https://documents.un.org/api/symbol/access?s=A/RES/70/125&l=ar&t=pdf"
    assert any(u.url == "https://docs.un.org/ar/A/RES/70/125" and not u.download for u in ar.urls)
    assert catalog["geneva-declaration"].in_language("zh").download_urls[0].url.endswith("/official/dop-zh.html")
    assert catalog["global-digital-compact"].in_language("ru").download_urls[0].url.endswith("s=A/RES/79/1&l=ru&t=pdf")
    assert catalog["wsis10-statement"].in_language("fr") is None  # no known address: none invented
    for entry in catalog.values():
        assert set(entry.languages) <= {"ar", "zh", "fr", "ru", "es"}


def test_catalog_rejects_bad_language_entries(tmp_path):
    import json

    from wsis.ingest.catalog import CATALOG_PATH, load_catalog

    data = json.loads(CATALOG_PATH.read_text(encoding="utf-8"))
    data["documents"][0]["languages"] = {"de": [{"url": "https://example.org/x.html", "format": "html"}]}
    bad = tmp_path / "catalog.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValueError, match=r"geneva-declaration\): field 'languages' has 'de'"):
        load_catalog(bad)


def test_fetch_lang_from_a_mirror_and_offline(tmp_path):
    from wsis.ingest.fetch import OFFLINE_HINT, fetch

    mirror = tmp_path / "mirror"
    mirror.mkdir()
    (mirror / "tunis-agenda.fr.html").write_text("<html><body><p>1. Nous constatons ...</p></body></html>", encoding="utf-8")

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=str(mirror), **kwargs)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        dest = tmp_path / "corpus"
        report = fetch(dest, ["tunis-agenda", "wsis10-statement"], base_url=f"http://127.0.0.1:{server.server_port}",
                       langs=["fr"], retries=0, progress=False)
    finally:
        server.shutdown()
    assert report.downloaded == ["tunis-agenda.fr"] and (dest / "tunis-agenda.fr.html").exists()
    assert [d for d, _ in report.failed] == ["wsis10-statement.fr"]
    assert "lists no official address for its fr version" in report.failed[0][1]
    # offline: the official address cannot be reached; one line naming the version and what to do
    offline = fetch(tmp_path / "off", ["tunis-agenda"], base_url="http://127.0.0.1:9", langs=["es"], retries=0,
                    progress=False, timeout=2)
    assert [d for d, _ in offline.failed] == ["tunis-agenda.es"]
    assert "tunis-agenda.es: could not download http://127.0.0.1:9/tunis-agenda.es." in offline.failed[0][1]
    assert OFFLINE_HINT in offline.failed[0][1] and not list((tmp_path / "off").glob("tunis-agenda*"))
    assert offline.failed[0][1].endswith("Name the file tunis-agenda.es.html so that `wsis ingest` links it to tunis-agenda.")


def test_a_catalog_text_in_another_language_is_its_version(tmp_path):
    """A/RES/70/125 carries the same symbol in every language: its text's language decides."""
    from wsis.ingest.documents import identify
    from wsis.ingest.parsers import parse_file
    from wsis.ingest.language import file_language as _language

    path = tmp_path / "resolution.txt"
    path.write_text(
        "Nations Unies\n\nA/RES/70/125\n\nAssemblée générale\n\n"
        "1. Nous réaffirmons que la société de l'information doit être centrée sur la personne et que les "
        "technologies de l'information et de la communication sont au service du développement de tous.\n\n"
        "2. Nous constatons que les écarts numériques persistent entre les pays et à l'intérieur des pays, et "
        "nous demandons que les efforts pour les réduire se poursuivent dans la durée.\n", encoding="utf-8")
    parsed = parse_file(path)
    lang, who = _language("", identify(path, parsed), path, parsed)
    assert (lang, who.info.doc_id) == ("fr", "a-res-70-125")
    english = tmp_path / "notes.txt"
    english.write_text("A/RES/70/125\n\n1. We note that the digital divides persist between and within countries, "
                       "and we ask that the work to close them continues over time for all of the people.\n", encoding="utf-8")
    parsed = parse_file(english)
    assert _language("", identify(english, parsed), english, parsed)[0] == ""


@pytest.mark.parametrize("name", ["pact-for-the-future.fr.txt", "global-digital-compact.fr.txt"])
def test_a_combined_resolution_in_french_gives_each_annex_its_version(tmp_path, name):
    """A/RES/79/1 in French: "Annexe I" / "Annexe II" start the Compact and the Declaration, whose
    French headings name no English catalog entry; they are taken in the catalog's order."""
    from wsis.ingest.documents import identify, split_documents
    from wsis.ingest.language import language_of_path
    from wsis.ingest.parsers import parse_file
    from wsis.ingest.language import annexes_in_order as _annexes, as_version as _as_version, file_language as _language
    from wsis.ingest.structure import structure_parts

    path = tmp_path / name
    path.write_text(
        "Nations Unies\n\nA/RES/79/1\n\nAssemblée générale\n\nPacte pour l'avenir\n\n"
        "1. Nous sommes réunis pour protéger les besoins des générations présentes et futures.\n\n"
        "2. Nous nous engageons à agir ensemble pour un avenir plus sûr.\n\n"
        "Annexe I\n\nPacte numérique mondial\n\n"
        "1. Les technologies numériques transforment notre monde.\n\n"
        "2. Nous reconnaissons que les bienfaits de cette transformation sont inégalement répartis.\n\n"
        "Annexe II\n\nDéclaration sur les générations futures\n\n"
        "1. Nous avons conscience que nos décisions pèseront sur les générations futures.\n\n"
        "2. Nous nous engageons à tenir compte de leurs intérêts.\n", encoding="utf-8")
    parsed = parse_file(path)
    lang, base = language_of_path(path)
    lang, who = _language(lang, identify(base, parsed), base, parsed)
    documents = _annexes(split_documents(base, parsed, structure_parts(parsed, who.info.doc_id), who))
    versions = [_as_version(d, lang, path, who) for d in documents]
    assert [(v.info.doc_id, v.info.parallel_of) for v in versions] == [
        ("pact-for-the-future.fr", "pact-for-the-future"), ("global-digital-compact.fr", "global-digital-compact"),
        ("declaration-on-future-generations.fr", "declaration-on-future-generations")]
    assert [p.id for p in versions[1].paragraphs if p.numbered] == ["global-digital-compact.fr#1", "global-digital-compact.fr#2"]


def test_quotes_of_one_text_in_two_languages_stand_under_one_heading():
    """A Spanish question quoting the Spanish version's para. 12 and the English para. 13 (no Spanish
    one) reads as one text: one heading, not "Global Digital Compact" twice."""
    from wsis.assistant.extractive import Candidate, render_quotes
    from wsis.types import DocumentInfo, Paragraph, Passage

    base = DocumentInfo("gdc", "Global Digital Compact", symbol="A/RES/79/1, annex I", date="2024-09-22")
    spanish = DocumentInfo("gdc.es", "Global Digital Compact", symbol="A/RES/79/1, annex I", date="2024-09-22",
                           lang="es", parallel_of="gdc")
    quotes = [Candidate(Passage(Paragraph("gdc.es", "12", "Gobernaremos la inteligencia artificial."), spanish), "Gobernaremos la inteligencia artificial."),
              Candidate(Passage(Paragraph("gdc", "13", "We decide to establish a panel on AI."), base), "We decide to establish a panel on AI."),
              Candidate(Passage(Paragraph("gdc.es", "14", "Informaremos a la Asamblea."), spanish), "Informaremos a la Asamblea.")]
    text, citations = render_quotes(quotes, ranking=["gdc.es#12", "gdc#13", "gdc.es#14"])
    assert text.count("**Global Digital Compact") == 1, text
    assert [c.id for c in citations] == ["gdc.es#12", "gdc#13", "gdc.es#14"]
