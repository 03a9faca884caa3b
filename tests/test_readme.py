"""The README's generated parts agree with the code: the configuration defaults come from
``wsis.settings.Settings`` and the figures from ``eval/results`` (scripts/write_readme.py)."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from wsis.settings import Settings

ROOT = Path(__file__).resolve().parents[1]


def test_readme_is_what_write_readme_generates():
    res = subprocess.run([sys.executable, str(ROOT / "scripts" / "write_readme.py"), "--check"], capture_output=True,
                         text=True, cwd=ROOT)
    assert res.returncode == 0, res.stderr


def test_readme_defaults_are_the_settings_defaults(monkeypatch):
    for k in list(os.environ):
        if k.startswith("WSIS_"):
            monkeypatch.delenv(k)
    s = Settings()
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = text[text.index("<!-- config:start -->"): text.index("<!-- config:end -->")]
    rows = dict(re.findall(r"^\| `(WSIS_\w+)` \| ([^|]+) \|", block, re.M))
    # unset: the values fitted per embedder (assistant/calibration.json), shown in the figures' thresholds table
    assert s.support_threshold is None and s.abstain_threshold is None
    assert "calibration.json" in rows["WSIS_SUPPORT_THRESHOLD"] and "calibration.json" in rows["WSIS_ABSTAIN_THRESHOLD"]
    assert int(rows["WSIS_TOP_K"]) == s.top_k and int(rows["WSIS_RRF_K"]) == s.rrf_k


def test_a_blind_batch_first_run_is_kept_apart_and_shown_under_later_runs(tmp_path, monkeypatch):
    """``write_readme.py --result R --first-run b3`` keeps R's b3 figures in first-runs/ (not as the
    suite's current figures) and the README shows them under the suite; an absent batch is an error
    naming the file."""
    import importlib.util
    import json
    import shutil

    spec = importlib.util.spec_from_file_location("write_readme_under_test", ROOT / "scripts" / "write_readme.py")
    wr = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(wr)
    results = tmp_path / "results"
    shutil.copytree(ROOT / "eval" / "results", results)
    shutil.rmtree(results / "first-runs")
    readme = tmp_path / "README.md"
    shutil.copy(ROOT / "README.md", readme)
    monkeypatch.setattr(wr, "RESULTS", results)
    monkeypatch.setattr(wr, "FIRST_RUNS", results / "first-runs")
    monkeypatch.setattr(wr, "EMBEDDERS", results / "embedders.json")
    monkeypatch.setattr(wr, "README", readme)
    current = (results / "fixture-users-extractive.json").read_text(encoding="utf-8")
    run = json.loads(current)
    run["started"] = "2020-01-02T03:04:00+00:00"  # an earlier run of the same suite
    run["by_batch"]["b3"]["topic"]["test"]["cited_recall@3"] = 0.123
    given = tmp_path / "result.json"
    given.write_text(json.dumps(run), encoding="utf-8")

    assert wr.main(["--result", str(given), "--first-run", "b3"]) == 0
    kept = json.loads((results / "first-runs" / "fixture-users-b3.json").read_text(encoding="utf-8"))
    assert kept["started"] == run["started"] and kept["by_batch"] == run["by_batch"]["b3"]
    assert (results / "fixture-users-extractive.json").read_text(encoding="utf-8") == current  # not the current figures
    text = readme.read_text(encoding="utf-8")
    suite = text[text.index("#### Suite `fixture-users`"):]
    suite = suite[:suite.index("#### Suite", 10)] if "#### Suite" in suite[10:] else suite
    assert "Its first run (2020-01-02 03:04 UTC)" in suite and "0.123" in suite

    run["by_batch"].pop("b3")
    given.write_text(json.dumps(run), encoding="utf-8")
    with pytest.raises(SystemExit) as exit_:
        wr.main(["--result", str(given), "--first-run", "b3"])
    assert exit_.value.code == 2
