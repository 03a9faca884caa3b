"""The real seed document in ../shared/seeds (present in CI): ingest, status, a cited answer."""
from __future__ import annotations

import json

from tests.conftest import run_wsis, seeds_dir


def test_seed_documents_ingest_and_answer(tmp_path):
    seeds = seeds_dir()
    data = tmp_path / "data"
    result = run_wsis("ingest", str(seeds), data_dir=data)
    assert result.returncode == 0, result.stderr
    docs = json.loads(run_wsis("status", "--json", data_dir=data).stdout)["documents"]
    assert len(docs) == len([p for p in seeds.iterdir() if p.is_file()])
    seed = docs[0]
    assert seed["doc_id"] == seeds.glob("*.txt").__next__().stem.lower().replace("_", "-")
    assert seed["numbered_paragraphs"] == 10 and seed["paragraphs"] > 10
    assert "WSIS+20" in seed["title"]
    answer = json.loads(run_wsis("ask", "How many people remain unconnected?", "--json", data_dir=data).stdout)
    assert not answer["abstained"]
    assert any("billion" in c["quote"] for c in answer["citations"])
    lookup = json.loads(run_wsis("ask", f"paragraph 3 of {seed['doc_id']}", "--json", data_dir=data).stdout)
    assert lookup["citations"][0]["paragraph"] == "3"


def test_a_lead_in_ending_its_paragraph_is_quoted_with_the_paragraphs_it_introduces(tmp_path):
    """The seed summary's "Key themes from the Ministers' interventions include:" is a paragraph of
    its own; the themes are the numbered paragraphs after it. Quoted alone it says nothing."""
    data = tmp_path / "data"
    assert run_wsis("ingest", str(seeds_dir()), data_dir=data).returncode == 0
    answer = json.loads(run_wsis("ask", "Which themes came up in the ministers' interventions?", "--json",
                                 data_dir=data).stdout)
    quotes = [c["quote"] for c in answer["citations"]]
    assert any(q.startswith("Key themes") for q in quotes), quotes
    cited = [c["paragraph"] for c in answer["citations"] if c["numbered"]]
    assert cited[:3] == ["1", "2", "3"] and len(cited) >= 9, cited  # each theme cited by its own number
    assert any(q.startswith("Connectivity and Infrastructure Development") for q in quotes)
    # a question on one theme quotes that theme, not the whole list
    one = json.loads(run_wsis("ask", "What did the ministers say about financial inclusion and e-payments?", "--json",
                              data_dir=data).stdout)
    assert len([c for c in one["citations"] if c["numbered"]]) <= 3, [c["paragraph"] for c in one["citations"]]
    # the summary prints no full date: its title's year, said to be only a year
    when = json.loads(run_wsis("ask", "When was the Ministerial Round Table summary held?", "--json", data_dir=data).stdout)
    assert when["answer"].startswith("WSIS+20 Forum High-Level Event 2024- Ministerial Round Table summary prints no "
                                     "full date, only the year 2024 [1]."), when["answer"]
    assert [(c["paragraph"], c["quote"]) for c in when["citations"]] == [
        ("title", "WSIS+20 Forum High-Level Event 2024- Ministerial Round Table summary")]


def test_an_abbreviation_is_expanded_from_the_texts_own_definition(tmp_path):
    """New staff ask what an abbreviation stands for. The seed summary defines "Information and
    Communication Technologies (ICT)": the answer says so and quotes that sentence. It uses "WSIS"
    without spelling it out: the answer says it is the standard UN abbreviation (a line of the system,
    not of the text) and quotes where the text uses it. "What does AI mean for jobs?" is a topic."""
    data = tmp_path / "data"
    assert run_wsis("ingest", str(seeds_dir()), data_dir=data).returncode == 0
    ask = lambda q: json.loads(run_wsis("ask", q, "--json", data_dir=data).stdout)  # noqa: E731
    ict = ask("What does ICT stand for?")
    assert ict["answer"].startswith("In the texts, ICT stands for “Information and Communication Technologies”:"), ict["answer"]
    assert [c["paragraph"] for c in ict["citations"]] == ["preamble-1"] and "(ICT)" in ict["citations"][0]["quote"]
    assert ask("What's the acronym for artificial intelligence?")["answer"].startswith("In the texts, AI stands for")
    wsis = ask("What does WSIS stand for?")
    assert wsis["answer"].startswith("The texts do not spell out WSIS; it is the standard UN abbreviation of "
                                     "“World Summit on the Information Society”."), wsis["answer"]
    assert wsis["citations"] and all("WSIS" in c["quote"] for c in wsis["citations"])
    topic = ask("What does AI mean for jobs?")
    assert not topic["answer"].startswith("In the texts"), topic["answer"]
    # the filters leave out the text that defines ICT: that is no "the texts do not spell it out"
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "team-notes.txt").write_text("Team notes\n\n1. The team will meet every month on broadband.\n\n"
                                          "2. The team will report on digital skills.\n", encoding="utf-8")
    assert run_wsis("ingest", str(notes), data_dir=data).returncode == 0
    filtered = json.loads(run_wsis("ask", "What does ICT stand for?", "--doc", "team-notes", "--json", data_dir=data).stdout)
    assert not filtered["answer"].startswith(("In the texts", "The texts do not spell out")), filtered["answer"]
