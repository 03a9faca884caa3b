"""Self-tests of the evaluation harness (eval/): metrics, suite files, corruption tests, the fixture
suite with its minimum scores, the seed suite, and `wsis eval` itself."""
from __future__ import annotations

import copy
import json
import os
import re
from pathlib import Path

import pytest

from wsis.types import Answer
from wsis.eval import metrics as M
from wsis.eval.compare import compare
from wsis.eval.harness import METRIC_ALIASES, Scorer, make_assistant, run_suite, score_answer, summarize
from wsis.eval.questions import KINDS, SuiteError, is_unanswerable_kind
from wsis.eval.suite_files import load_suite

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"


# -- pure metrics -------------------------------------------------------------------------------------

def test_retrieval_metrics():
    ranked = ["d#3", "d#1", "d#2", "d#1"]
    assert M.recall_at_k(ranked, ["d#1", "d#9"], 1) == 0.0
    assert M.recall_at_k(ranked, ["d#1", "d#9"], 2) == 0.5
    assert M.recall_at_k(ranked, ["d#1(b)"], 2) == 1.0  # sub-items count as their paragraph
    assert M.mrr(ranked, ["d#2"]) == pytest.approx(1 / 3)
    assert M.mrr(ranked, ["d#9"]) == 0.0
    assert M.ndcg_at_k(["d#1", "d#2"], ["d#1", "d#2"], 10) == pytest.approx(1.0)
    assert M.ndcg_at_k(["d#2", "d#1"], ["d#1"], 10) == pytest.approx(1 / M.math.log2(3))
    assert M.dedupe(["a#1(a)", "a#1", "a#2"]) == ["a#1", "a#2"]


def test_statements_in_the_assistant_formats():
    extractive = ("Verbatim extracts from Tunis Agenda (2005) most relevant to your question:\n\n"
                  "**Tunis Agenda for the Information Society** (WSIS-05/TUNIS/DOC/6(Rev.1)-E, 2005)\n"
                  "> “The Forum should run at low cost.” [1] (Tunis Agenda, para. 11)\n"
                  "> “We will:” [2] (Compact, para. 9)")
    st = M.statements(extractive)
    assert [(s.text, s.markers) for s in st] == [("The Forum should run at low cost.", [1])]
    reference = "The text of Tunis Agenda, para. 9 reads:\n\n**Tunis Agenda, para. 9** — INTERNET GOVERNANCE [1]\n> We invite the UN.\n> a) Debate policy."
    assert [(s.text, s.markers) for s in M.statements(reference)] == [("We invite the UN.", [1]), ("a) Debate policy.", [1])]
    # a quote in another script is a claim too (it has no [a-z] word): Arabic, Chinese, Russian versions
    other = ("> “نتعهد بقياس التقدم بطريقة شفافة.” [1] (Tunis Agenda, para. 2)\n"
             "> “论坛应每年举行会议。” [2] (Tunis Agenda, para. 9)")
    assert [s.markers for s in M.statements(other)] == [[1], [2]]
    generative = "The Forum meets yearly [1][2]. It has no oversight role [2]. Nothing else is said."
    assert [(s.text, s.markers) for s in M.statements(generative)] == [
        ("The Forum meets yearly.", [1, 2]), ("It has no oversight role.", [2]), ("Nothing else is said.", [])]


def _overlap_support(sentence: str, texts: list[str]) -> bool:
    words = set(re.findall(r"[a-z0-9]+", sentence.lower()))
    found = set(re.findall(r"[a-z0-9]+", " ".join(texts).lower()))
    return len(words & found) / len(words) >= 0.8


def test_alce_citation_recall_and_precision():
    stmts = [M.Statement("the forum meets every year", [1, 2]), M.Statement("the panel has forty members", [3]),
             M.Statement("no citation here", [])]
    passages = {1: "the forum meets every year in geneva", 2: "unrelated text about trade", 3: "a panel of experts"}
    s = M.citation_scores(stmts, passages, _overlap_support)
    assert s.recall == pytest.approx(1 / 3)  # only the first statement is supported
    # citation 2 is irrelevant (alone unsupported, and 1 alone suffices); citation 3 does not support
    assert s.precision == pytest.approx(1 / 3)
    # a citation to a paragraph that does not exist never supports
    assert M.citation_scores([M.Statement("the forum meets every year", [1])], {1: None}, _overlap_support).recall == 0
    assert M.citation_existence(["a#1", "a#9"], lambda pid: pid == "a#1") == 0.5


def test_nuggets_abstention_percentiles_balanced_accuracy():
    text = "The review takes place by 2015 [1]; the Secretary‑General reports (1,000 copies), 5 per cent."
    assert M.nugget_found("2015", text) and not M.nugget_found("201", text)
    assert M.nugget_found("IGF|Secretary-General", text)
    assert M.nugget_found("1000", text) and M.nugget_found("5%", text)
    assert M.nugget_recall(["2015", "ITU"], text) == 0.5
    zh = "论坛应由联合国秘书长召集，不具监督职能。"  # Chinese: no spaces, a key word inside a clause
    assert M.nugget_found("秘书长", zh) and not M.nugget_found("总干事", zh)
    rates = M.abstention_rates([(True, False), (True, True), (False, True), (False, False)])
    assert rates == {"correct_refusal": 0.5, "false_refusal": 0.5, "abstention_accuracy": 0.5}
    assert M.percentile([1, 2, 3, 4], 50) == 2.5 and M.percentile([5], 95) == 5.0 and M.percentile([], 50) is None
    assert M.balanced_accuracy([True, True, False, False], [True, False, False, False]) == 0.75
    # Wilson 95% intervals: 13 of 16 is 0.57-0.93 (textbook values), 0 of 27 still allows up to 0.125
    assert M.wilson(13, 16) == [0.5699, 0.9341] and M.wilson(0, 27)[0] == 0.0 and 0.12 < M.wilson(0, 27)[1] < 0.13
    assert M.wilson(3, 3)[1] == 1.0 and M.wilson(3, 3)[0] < 0.5 and M.wilson(0, 0) is None
    rows = [{"answerable": False, "abstained": True}, {"answerable": False, "abstained": False},
            {"answerable": True, "abstained": False, "recall@3": 1.0}, {"answerable": True, "abstained": False, "recall@3": 0.5}]
    summary = summarize(rows)
    assert summary["counts"] == {"correct_refusal": [1, 2], "false_refusal": [0, 2], "recall@3": [1.5, 2]}
    assert summary["intervals"]["correct_refusal"] == M.wilson(1, 2) and summary["intervals"]["recall@3"] == M.wilson(1.5, 2)


# -- suite files ---------------------------------------------------------------------------------------

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


# -- compare ---------------------------------------------------------------------------------------------

def _fake_result(scores: list[float], latency: float = 0.1) -> dict:
    rows = [{"id": f"q{i}", "category": "topic", "answerable": True, "abstained": False, "latency": latency,
             "mrr": s, "recall@5": s, "nugget_recall": s} for i, s in enumerate(scores)]
    return {"suite": "x", "mode": "extractive", "settings": {}, "questions": rows, "summary": summarize(rows)}


def test_compare_flags_regressions_beyond_noise():
    old = _fake_result([1.0] * 30)
    worse = _fake_result([0.0] * 10 + [1.0] * 20)
    cmp = compare(old, worse)
    assert {"mrr", "recall@5", "nugget_recall"} <= {d.metric for d in cmp.regressions}
    assert "REGRESSION" in cmp.text()
    noisy = _fake_result([0.0] + [1.0] * 29)  # one question flips: within noise
    assert compare(old, noisy).regressions == []
    assert not compare(old, old).regressions
    slower = _fake_result([1.0] * 30, latency=0.3)
    assert "latency_p50" in {d.metric for d in compare(old, slower).regressions}


# -- the fixture suite through Assistant.ask ---------------------------------------------------------------

@pytest.fixture(scope="module")
def fixture_run():
    """One temporary index and one run of the fixture suite for the whole module."""
    suite = load_suite("fixture")
    assistant, _ = make_assistant(suite)
    return suite, assistant, run_suite(suite, assistant=assistant)


@pytest.fixture(scope="module")
def scorer(fixture_run):
    return Scorer.for_assistant(fixture_run[1])  # shared: its embedding cache is reused across tests


def test_fixture_suite_meets_minimum_scores(fixture_run):
    suite, _, result = fixture_run
    assert not [r for r in result.rows if r.get("error")], [r["error"] for r in result.rows if r.get("error")]
    assert not result.failures, "; ".join(result.failures)
    measured = [METRIC_ALIASES.get(m, m) for m in suite.min_scores]  # faithfulness: the support check's own verdict
    assert all(result.summary.get(m) is not None for m in measured), "a declared minimum is not measured"
    assert result.summary["questions"] == len(suite.questions)
    assert result.summary["latency_p95"] is not None


def test_harness_goes_through_assistant_ask(fixture_run, monkeypatch):
    suite, assistant, _ = fixture_run
    calls = []
    real = type(assistant).ask

    def spy(self, question, history=None, filters=None, mode=None, on_token=None):
        calls.append((question, bool(history), mode))
        return real(self, question, history, filters, mode, on_token)

    monkeypatch.setattr(type(assistant), "ask", spy)
    run_suite(suite, assistant=assistant, limit=4)
    assert [c[0] for c in calls] == [q.question for q in suite.questions[:4]]


def _answered(fixture_run):
    """(question, answer, row as scored by the run) for the answered answerable questions."""
    suite, _, result = fixture_run
    qs = {q.id: q for q in suite.questions}
    rows = {r["id"]: r for r in result.rows}
    return [(qs[i], a, rows[i]) for i, a in result.answers.items() if not a.abstained and qs[i].answerable]


def _mean(rows, key):
    return M.mean(r.get(key) for r in rows)


def _rescore(fixture_run, scorer, corrupt):
    before, after = [], []
    for q, a, row in _answered(fixture_run):
        bad = corrupt(copy.deepcopy(a))
        if bad is None:
            continue
        before.append(row)
        after.append(score_answer(q, bad, scorer))
    return before, after


_NUM_IN_QUOTE = re.compile(r"(?<![\[\d.])\b(\d{1,4})\b(?![\]\d])")


def _swap_numbers(answer: Answer) -> Answer | None:
    """Change every number inside the quoted text (not markers, not the citation labels)."""
    changed = False
    lines = []
    for line in answer.answer.split("\n"):
        if line.startswith(">"):
            m = re.match(r"^(>\s*)(.*?)(\s*(?:\[\d+\]\s*)+(?:\(.*\))?\s*)?$", line)
            head, body, tail = m.group(1), m.group(2), m.group(3) or ""
            new = _NUM_IN_QUOTE.sub(lambda n: str(int(n.group(1)) + 7), body)
            changed |= new != body
            line = head + new + tail
        lines.append(line)
    if not changed:
        return None
    answer.answer = "\n".join(lines)
    return answer


def test_corruption_swap_a_number_lowers_faithfulness_and_nuggets(fixture_run, scorer):
    before, after = _rescore(fixture_run, scorer, _swap_numbers)
    assert before, "no fixture answer quotes a number"
    assert _mean(after, "support_check_pass") < _mean(before, "support_check_pass")
    assert _mean(after, "citation_recall") < _mean(before, "citation_recall")
    with_numeric_nuggets = [(b, a) for b, a in zip(before, after) if any(re.search(r"\d", n) for n in b["nuggets"])]
    assert with_numeric_nuggets and all(a["nugget_recall"] < b["nugget_recall"] for b, a in with_numeric_nuggets)


def test_corruption_swap_citations_lowers_citation_scores(fixture_run, scorer):
    _, assistant, _ = fixture_run
    corpus = assistant.store.corpus()

    def swap(answer: Answer) -> Answer | None:
        if not answer.citations:
            return None
        for c in answer.citations:  # point each citation at a paragraph of another document
            other = next(p for p in corpus.paragraphs if p.doc_id != c.doc_id and p.numbered and p.label.isdigit()
                         and p.id not in {x.id for x in answer.citations})
            c.id, c.doc_id, c.paragraph = other.id, other.doc_id, other.label
        return answer

    before, after = _rescore(fixture_run, scorer, swap)
    assert len(before) >= 20
    assert _mean(after, "citation_recall") < _mean(before, "citation_recall") - 0.3
    assert _mean(after, "citation_precision") < _mean(before, "citation_precision") - 0.3
    assert _mean(after, "citation_existence") == 1.0  # they exist, they just do not support


def test_corruption_drop_citations_lowers_citation_scores(fixture_run, scorer):
    def drop(answer: Answer) -> Answer:
        answer.answer = M.MARKER.sub("", answer.answer)
        answer.citations = []
        return answer

    before, after = _rescore(fixture_run, scorer, drop)
    assert _mean(before, "citation_recall") > 0.7
    assert _mean(after, "citation_recall") == 0.0
    assert _mean(after, "citation_precision") == 0.0
    assert _mean(after, "support_check_pass") == 0.0


def test_corruption_cite_missing_paragraph_lowers_existence(fixture_run, scorer):
    def ghost(answer: Answer) -> Answer | None:
        if not answer.citations:
            return None
        c = answer.citations[0]
        c.id, c.paragraph = f"{c.doc_id}#999", "999"
        return answer

    before, after = _rescore(fixture_run, scorer, ghost)
    assert _mean(before, "citation_existence") == 1.0
    assert _mean(after, "citation_existence") < 1.0
    assert _mean(after, "citation_recall") < _mean(before, "citation_recall")


def test_corruption_retrieval_and_abstention(fixture_run):
    suite, _, result = fixture_run
    qs = {q.id: q for q in suite.questions}
    rows = {r["id"]: r for r in result.rows}
    no_check = Scorer(lambda pid: None, None)  # retrieval and abstention scores need no support check
    before, after, flipped = [], [], []
    for qid, answer in result.answers.items():
        q = qs[qid]
        if q.answerable and q.gold and len(answer.passages) > 1:
            bad = copy.copy(answer)
            bad.passages = list(reversed(answer.passages))
            bad.abstained = True  # scores of the answer text are not needed here
            before.append(rows[qid])
            after.append(score_answer(q, bad, no_check))
        flipped.append({**rows[qid], "abstained": not rows[qid]["abstained"]})
    assert _mean(after, "mrr") < _mean(before, "mrr")
    assert _mean(after, "ndcg@10") < _mean(before, "ndcg@10")
    assert summarize(flipped)["abstention_accuracy"] < result.summary["abstention_accuracy"]


def test_unanswerable_reference_to_missing_paragraph_abstains(fixture_run):
    _, _, result = fixture_run
    row = next(r for r in result.rows if r["id"] == "un-missing-para")
    assert row["abstained"]


# -- CLI -------------------------------------------------------------------------------------------------

def test_wsis_eval_command_json_report_and_compare(fixture_run, tmp_path):
    from click.testing import CliRunner

    from wsis.assistant.cli import cli

    runner = CliRunner()
    old = tmp_path / "old.json"
    old.write_text(json.dumps(fixture_run[2].to_dict()))
    report = tmp_path / "report"
    # a clearly worse configuration (a support threshold no quoted sentence reaches) compared with the
    # default run: regressions are flagged beyond noise and --fail-on-regression makes the exit code 1.
    # (A high abstention threshold no longer does: a question whose every concept stands word for word
    # in one candidate is not refused for its relevance, and on the first 25 questions that is nearly all.)
    res = runner.invoke(cli, ["eval", "--json", "--no-progress", "--no-perturb", "--limit", "25", "--report", str(report),
                              "--compare", str(old), "--fail-on-regression", "--set", "support_threshold=0.99"])
    data = json.loads(res.stdout)  # --json: stdout holds the result JSON only
    assert data["suite"] == "fixture" and len(data["questions"]) == 25
    assert data["settings"]["support_threshold"] == 0.99
    assert "citation_precision" in data["comparison"]["regressions"]
    assert res.exit_code == 1 and "REGRESSION" in res.stderr
    for name in ("result.json", "report.md", "report.html", "kinds.png", "recall_at_k.png", "latency.png"):
        assert (report / name).stat().st_size > 0, name
    md = (report / "report.md").read_text()
    assert "Recall@5" in md and "Comparison with the previous result" in md and "(dev " in md
    assert "Support-check pass rate (the filter's own verdict)" in md
    # asserted minimum scores: met -> exit 0, not met -> exit 1 with the failing metric named
    ok = runner.invoke(cli, ["eval", "--no-progress", "--no-perturb", "--no-report", "--limit", "3", "--min", "mrr=0.5"])
    assert ok.exit_code == 0, ok.output
    bad = runner.invoke(cli, ["eval", "--no-progress", "--no-perturb", "--no-report", "--limit", "3", "--min", "mrr=1.5"])
    assert bad.exit_code == 1 and "MINIMUM SCORES NOT MET: mrr" in bad.output


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


def test_cited_recall_counts_the_gold_among_the_first_three_references(fixture_run, scorer):
    """The issue's Recall@3: a gold paragraph among the first three references the answer shows, not among
    the ranked passages; three other references put before the gold ones take it to 0."""
    from wsis.types import Citation

    corpus = fixture_run[1].store.corpus()
    answered = [(q, a, row) for q, a, row in _answered(fixture_run) if q.gold and "cited_recall@3" in row]
    assert len(answered) >= 10
    for q, a, row in answered:
        cited = list(dict.fromkeys(scoring_pid(c) for c in a.citations))[:3]
        gold = {M.base_id(g) for g in q.gold_ids}
        assert row["cited_recall@3"] == len(gold & set(cited)) / len(gold), q.id
    assert _mean([row for *_, row in answered], "cited_recall@3") > 0.5
    before, after = [], []
    for q, a, row in answered:
        gold = {M.base_id(g) for g in q.gold_ids}
        others = [p for p in corpus.paragraphs if p.id not in gold and p.numbered][:3]
        bad = copy.deepcopy(a)
        bad.citations = [Citation(p.doc_id, p.doc_id, p.label, p.text[:40], id=p.id) for p in others] + bad.citations
        before.append(row)
        after.append(score_answer(q, bad, scorer))
    assert _mean(after, "cited_recall@3") == 0.0
    assert _mean(after, "recall@3") == _mean(before, "recall@3")  # the ranked passages did not change


def scoring_pid(citation) -> str:
    from wsis.eval.scoring import citation_pid

    return citation_pid(citation)
