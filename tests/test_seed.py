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
