"""The README's generated parts agree with the code: the configuration defaults come from
``wsis.settings.Settings`` and the figures from ``eval/results`` (scripts/write_readme.py)."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

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
