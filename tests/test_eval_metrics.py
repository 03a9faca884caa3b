"""The evaluation harness's pure metrics (eval/metrics.py) and the comparison of two results (eval/compare.py)."""
from __future__ import annotations

import re

import pytest

from wsis.eval import metrics as M
from wsis.eval.compare import compare
from wsis.eval.harness import summarize


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
    # a time over one or two questions is noise, not a regression (tester W: latency_p95 +0.31 s on n=2)
    few_slower = compare(_fake_result([1.0, 1.0]), _fake_result([1.0, 1.0], latency=0.5))
    assert not few_slower.regressions and "worse (within noise)" in few_slower.text(), few_slower.text()
    # other questions altogether (another suite, another --limit slice): no change to judge
    other = _fake_result([0.0] * 10 + [1.0] * 20)
    for q in other["questions"]:
        q["id"] = "other-" + q["id"]
    apart = compare(old, other)
    assert not apart.regressions and "no shared questions" in apart.text(), apart.text()
    with_baseline = lambda result, prefix: {**result, "baseline": {"runs": {"256": {"questions": [  # noqa: E731
        {"id": f"{prefix}{i}", "kind": "topic", "evidence@3": s, "latency": 0.01} for i, s in enumerate([1.0] * 10 + [0.0] * 20)]}}}}
    assert not compare(with_baseline(old, "q"), with_baseline(other, "other-q")).regressions
