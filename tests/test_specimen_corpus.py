"""The specimens eval corpus (eval/corpora/specimens) is the generator's output, byte for byte, and
every gold label and nugget of eval/suites/specimens-users.yaml is in the parsed specimens."""
from __future__ import annotations

import sys
from pathlib import Path

from wsis.eval import metrics as M
from wsis.eval.suite_files import load_suite
from wsis.ingest.documents import identify, split_documents
from wsis.ingest.parsers import parse_file
from wsis.ingest.structure import structure_parts

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from make_specimen_corpus import CORPUS, differences  # noqa: E402


def test_committed_specimens_match_the_generator():
    assert differences(CORPUS) == []


def test_generator_check_sees_a_changed_file(tmp_path):
    import shutil

    copy = tmp_path / "specimens"
    shutil.copytree(CORPUS, copy)
    (copy / "ig-briefing-extract.txt").write_text("changed\n", encoding="utf-8")
    assert differences(copy) == ["ig-briefing-extract.txt: differs"]


def _paragraphs() -> dict[str, str]:
    out: dict[str, str] = {}
    for path in sorted(CORPUS.iterdir()):
        parsed = parse_file(path)
        who = identify(path, parsed)
        for doc in split_documents(path, parsed, structure_parts(parsed, who.info.doc_id), who):
            for p in doc.paragraphs:
                out[f"{doc.info.doc_id}#{p.label}"] = " ".join([*p.section, p.text])
    return out


def test_suite_gold_and_nuggets_are_in_the_specimens():
    paragraphs = _paragraphs()
    suite = load_suite(ROOT / "eval" / "suites" / "specimens-users.yaml")
    kinds: dict[str, int] = {}
    for q in suite.questions:
        kinds[q.category] = kinds.get(q.category, 0) + 1
        assert all(g in paragraphs for g in q.gold_ids), q.id
        if q.answerable:
            assert q.nuggets, q.id
            assert all(any(M.nugget_found(n, paragraphs[g]) for g in q.gold_ids) for n in q.nuggets), q.id
    assert kinds["unanswerable-in-domain"] >= 20 and kinds["cross-document"] >= 15
    assert sum(q.id.startswith("voc-") for q in suite.questions) >= 15
