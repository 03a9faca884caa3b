"""Evaluation suite files: errors named by file, line and field, the shipped suites, the seed suite run, `wsis eval` on a bad suite."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from wsis.eval.harness import run_suite
from wsis.eval.questions import KINDS, SuiteError, is_unanswerable_kind
from wsis.eval.suite_files import load_suite

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"


def test_question_file_errors_name_file_line_and_field(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "question": "Q?", "category": "topic", "gold": ["tunis-agenda#1"]}\n'
                   '{"id": "b", "question": "Q?", "category": "weird"}\n')
    with pytest.raises(SuiteError, match=r"bad\.jsonl:2: b: category: 'weird'"):
        load_suite(bad)
    bad.write_text('{"id": "a", "question": "Q?", "category": "topic"}\n')
    with pytest.raises(SuiteError, match=r"bad\.jsonl:1: a: gold: an answerable question needs"):
        load_suite(bad)
    bad.write_text('{"id": "a", "question": "Q?", "category": "topic", "gold": ["tunis agenda 34"]}\n')
    with pytest.raises(SuiteError, match=r":1: a: gold: 'tunis agenda 34' is not a paragraph id"):
        load_suite(bad)
    bad.write_text('{"id": "a", "question": "Q?", "category": "topic", "gold": ["x#1"]}\n{"id": "a",\n')
    with pytest.raises(SuiteError, match=r"bad\.jsonl:2: invalid JSON"):
        load_suite(bad)
    yml = tmp_path / "s.yaml"
    yml.write_text("name: s\ncorpus: {builder: 'tests.fixtures.build:build_corpus'}\nquestions:\n"
                   "  - id: a\n    question: Q?\n    category: unanswerable\n"
                   "  - id: b\n    question: And?\n    category: follow-up\n    gold: [x#1]\n")
    with pytest.raises(SuiteError, match=r"s\.yaml:7: b: history: a follow-up question needs its history"):
        load_suite(yml)
    yml.write_text("questions:\n  - id: a\n    question: Q?\n    category: unanswerable\n    colour: red\n")
    with pytest.raises(SuiteError, match=r"s\.yaml:2: a: colour: unknown field"):
        load_suite(yml)
    with pytest.raises(SuiteError, match="no such suite"):
        load_suite("no-such-suite")


def test_jsonl_suite_with_sidecar_header(tmp_path):
    (tmp_path / "mine.jsonl").write_text(
        '{"id": "q1", "question": "What?", "category": "reference", "gold": [{"id": "tunis-agenda#34", "verified": false}]}\n')
    (tmp_path / "mine.suite.yaml").write_text("corpus: some/folder\nmin_scores: {mrr: 0.5}\n")
    suite = load_suite(tmp_path / "mine.jsonl")
    assert suite.corpus.kind == "path" and suite.min_scores == {"mrr": 0.5}
    assert suite.questions[0].unverified and suite.questions[0].gold_ids == ["tunis-agenda#34"]


def test_shipped_suites():
    catalog = {d["doc_id"] for d in json.loads((ROOT / "ingest" / "catalog.json").read_text())["documents"]}
    fixture = load_suite("fixture")
    kinds = {q.kind for q in fixture.questions}
    assert 25 <= len(fixture.questions) <= 60 and set(KINDS[:4]) <= kinds and any(is_unanswerable_kind(k) for k in kinds)
    assert fixture.corpus.kind == "path" and fixture.min_scores
    assert fixture.corpus.resolve_path() == ROOT / "eval" / "corpora" / "fixture"  # shipped with the package
    official = load_suite("official")
    assert len(official.questions) >= 60 and set(KINDS[:4]) <= {q.kind for q in official.questions}
    assert official.corpus.kind == "index"
    for q in official.questions:
        for g in q.gold:
            assert g.id.split("#")[0] in catalog, g.id
    golds = {g.id: g.verified for q in official.questions for g in q.gold}
    assert golds["tunis-agenda#34"] and golds["tunis-agenda#72"] and golds["geneva-plan-of-action#12"]
    assert any(not v for v in golds.values())  # unverified labels are marked
    assert load_suite("seed").corpus.kind == "path"


def test_support_pairs_file():
    from wsis.eval.calibrate import load_pairs

    pairs = load_pairs()
    assert len(pairs) >= 80
    assert abs(sum(p.supported for p in pairs) - len(pairs) / 2) <= len(pairs) * 0.1
    assert {"negation", "number", "body", "wrong-paragraph"} <= {p.kind for p in pairs if not p.supported}


def test_wsis_eval_bad_suite_is_one_line_error():
    from click.testing import CliRunner

    from wsis.assistant.cli import cli

    res = CliRunner().invoke(cli, ["eval", "--suite", "no-such-suite", "--no-report"])
    assert res.exit_code != 0 and "no such suite" in res.output and "Traceback" not in res.output


# -- the seed suite (../shared/seeds) ------------------------------------------------------------------------

def test_seed_suite():
    if not SEEDS.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true but the seed folder {SEEDS} is missing")
        pytest.skip(f"no seed documents at {SEEDS} (shared/ is beside the repository in development and CI)")
    suite = load_suite("seed")
    result = run_suite(suite)
    assert not [r for r in result.rows if r.get("error") or r.get("skipped")]
    assert not result.failures, "; ".join(result.failures)
