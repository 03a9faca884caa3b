"""The corpus glossary: acronyms learned both ways, drafting variants, per-generation cache, CLI."""
from __future__ import annotations

import json

from wsis.index_store.glossary import GlossaryCache, combine, learn
from wsis.types import Paragraph
from tests.conftest import run_wsis


def _p(label: str, text: str, doc: str = "doc") -> Paragraph:
    return Paragraph(doc_id=doc, label=label, text=text)


def test_acronyms_are_learned_both_ways_and_expand_queries_both_ways():
    part = learn([
        _p("1", "We welcome the Internet Governance Forum (IGF) and the work of the Commission on Science and "
                "Technology for Development (CSTD)."),
        _p("2", "The IGF should report yearly. Support for LLDCs (landlocked developing countries) continues."),
        _p("3", "A multistakeholder approach and e-government services (a) help."),
    ])
    glossary = combine([part])
    terms = {t.short: t for t in glossary.terms}
    assert terms["IGF"].long == "Internet Governance Forum" and terms["IGF"].source == "corpus"
    assert terms["IGF"].paragraphs == ["doc#1"]
    assert terms["CSTD"].long == "Commission on Science and Technology for Development"
    assert terms["LLDCs"].long == "landlocked developing countries"
    assert "Internet Governance Forum" in glossary.expansions("What does the IGF do?")
    assert "IGF" in glossary.expansions("the mandate of the internet governance forum")
    assert "CSTD" in glossary.expand("What is the Commission on Science and Technology for Development asked?")
    assert "multi-stakeholder" in glossary.expansions("a multistakeholder model")
    assert "e-government" in glossary.expansions("electronic government")
    assert "(a)" not in " ".join(t.short for t in glossary.terms)  # sub-item markers are no acronyms


def test_parts_are_cached_per_generation_and_dead_ones_removed(tmp_path):
    class Corpus:  # the two fields the cache reads from the store's LiveCorpus
        def __init__(self, digest, docs):
            self.digest = digest
            self.documents = {d: None for d in docs}
            self.paragraphs = [_p("1", f"In {d} the Test Forum (TF) meets.", d) for d in docs]
            self.by_doc = {d: [i] for i, d in enumerate(docs)}

    cache = GlossaryCache(tmp_path)
    first = cache.glossary(Corpus("a", ["x", "y"]), {"x": "g1", "y": "g1"})
    assert {p.name for p in tmp_path.iterdir()} == {"x@g1.json", "y@g1.json"}
    assert any(t.short == "TF" for t in first.terms)
    (tmp_path / "y@g1.json").write_text(json.dumps({"version": -1}))  # a stale format is recomputed
    cache.glossary(Corpus("b", ["x", "y"]), {"x": "g1", "y": "g2"})  # y replaced: only y is recomputed
    assert {p.name for p in tmp_path.iterdir()} == {"x@g1.json", "y@g2.json"}


def test_wsis_glossary_json(fixture_index):
    result = run_wsis("glossary", "--json", data_dir=fixture_index.data_dir)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    terms = {t["short"]: t for t in data["terms"]}
    assert terms["LDCs"]["long"] == "least developed countries"  # the fixture uses the long form only
    assert terms["multi-stakeholder"]["long"] == "multistakeholder"
    assert terms["e-government"]["long"] == "electronic government"
    human = run_wsis("glossary", data_dir=fixture_index.data_dir)
    assert human.returncode == 0 and "least developed countries" in human.stdout


def test_standard_un_acronyms_the_corpus_need_not_define():
    """Common UN acronyms have their long form whether or not a text defines them ("MoI", "PWDs"
    written either way); another word has none."""
    from wsis.index_store.glossary import standard_forms

    assert standard_forms("MoI") == ["means of implementation"]
    assert standard_forms("HoSG") == ["Heads of State and Government"]  # round 28
    assert standard_forms("PWDs") == standard_forms("PwDs") == ["persons with disabilities"]
    assert standard_forms("IoT") == ["Internet of Things"]
    assert standard_forms("Forum") == []


def test_ict4d_is_a_standard_acronym_with_digits():
    from wsis.index_store.glossary import standard_forms

    assert standard_forms("ICT4D") == ["information and communication technologies for development", "ICTs for development"]  # a heading's form (round 46)
