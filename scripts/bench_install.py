"""Install size, install time and one-shot `wsis ask` of the project at given commits, each in a
fresh virtual environment (issue 14: the default install without torch, before and after).

    python scripts/bench_install.py --variant before=4a8e640 --variant after=HEAD [--python /usr/bin/python3]
    python scripts/bench_install.py --readme      # rewrite the README table from scripts/results/install.json
    python scripts/bench_install.py --check       # exit 1 when the README table differs (tests/test_bench_install.py)

For each ``NAME=COMMIT`` (one after the other, never two installs at once): a clean clone of this
repository at COMMIT; ``PYTHON -m venv``; the install a user runs, timed as one wall-clock span: when
the commit's pyproject puts ``torch==X`` among the base dependencies, ``pip install torch==X`` first
(as that commit's ``make install`` did: the CPU build), then ``pip install CLONE`` (not editable).
Then the size of site-packages (``du``), the distributions installed, ``wsis ingest`` of the fixture
corpus the commit ships (``eval/corpora/fixture``) with that commit's default settings (every
``WSIS_`` variable unset) (``--set NAME:VAR=VALUE`` adds one) and ``wsis ask`` of one topical question as new processes: the first run
after the ingest, then ``--asks`` more (their median). The load average is recorded at every step,
since the machine may be shared; pip's cache is used as it is (say so when comparing).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
RESULT = ROOT / "scripts" / "results" / "install.json"
START, END = "<!-- install:start -->", "<!-- install:end -->"
QUESTION = "What is the role of governments in Internet governance?"  # scripts/bench_questions.py, first


def _load() -> float:
    return round(os.getloadavg()[0], 2)


def _run(cmd: list[str], cwd: Path | None = None, env: dict[str, str] | None = None,
         timeout: float = 3600) -> tuple[float, subprocess.CompletedProcess]:
    """Wall seconds and the completed process; a failure stops the benchmark with its stderr tail."""
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    seconds = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"error: {' '.join(cmd[:4])} ... exited {proc.returncode}: {proc.stderr.strip()[-1500:]}")
    return seconds, proc


def _du_mb(path: Path) -> float:
    out = subprocess.run(["du", "-sb", str(path)], capture_output=True, text=True, check=True).stdout
    return round(int(out.split()[0]) / 1e6, 1)


def base_torch_pin(pyproject: str) -> str | None:
    """``torch==X`` when the pyproject lists it among the base dependencies (not an extra)."""
    deps = re.search(r"^dependencies\s*=\s*\[(.*?)^\]", pyproject, re.S | re.M)
    pin = re.search(r'"(torch==[^"]+)"', deps.group(1)) if deps else None
    return pin.group(1) if pin else None


def clean_env(data_dir: Path, venv: Path) -> dict[str, str]:
    """The environment of a user who set nothing: no WSIS_ variable, no other venv."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("WSIS_", "PYTHON", "VIRTUAL_ENV", "CONDA_", "OMP_"))}
    env.update({"WSIS_DATA_DIR": str(data_dir), "HF_HUB_OFFLINE": "1", "PATH": f"{venv / 'bin'}:/usr/bin:/bin"})
    return env


def measure(name: str, commit: str, python: str, asks: int, work: Path, extra: dict[str, str]) -> dict[str, Any]:
    """Every figure of one variant (see the module docstring)."""
    sha = subprocess.run(["git", "-C", str(ROOT), "rev-parse", commit], capture_output=True, text=True,
                         check=True).stdout.strip()
    src, venv, data = work / f"{name}-src", work / f"{name}-venv", work / f"{name}-data"
    _run(["git", "clone", "-q", str(ROOT), str(src)])
    _run(["git", "-C", str(src), "checkout", "-q", sha])
    loads = [_load()]
    venv_seconds, _ = _run([python, "-m", "venv", str(venv)])
    pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "-q", "--disable-pip-version-check"]
    pin = base_torch_pin((src / "pyproject.toml").read_text(encoding="utf-8"))
    steps = ([pip + [pin]] if pin else []) + [pip + [str(src)]]
    print(f"[{name}] {sha[:7]}: installing ({' then '.join(s[-1].replace(str(work), '…') for s in steps)})",
          file=sys.stderr)
    install_seconds = 0.0
    for step in steps:
        seconds, _ = _run(step, cwd=work)
        install_seconds += seconds
        loads.append(_load())
    site = Path(_run([str(venv / "bin" / "python"), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"])[1]
                .stdout.strip())
    dists = sorted(p.name.split("-")[0].lower() for p in site.glob("*.dist-info"))
    sizes = {p.name: _du_mb(p) for p in site.iterdir() if p.is_dir() and not p.name.endswith((".dist-info", "__pycache__"))}
    largest = dict(sorted(sizes.items(), key=lambda kv: -kv[1])[:8])
    env = {**clean_env(data, venv), **extra}
    wsis = str(venv / "bin" / "wsis")
    ingest_seconds, _ = _run([wsis, "ingest", str(src / "eval" / "corpora" / "fixture"), "--no-progress"], cwd=work, env=env)
    loads.append(_load())
    ask_seconds = []
    for i in range(1 + asks):
        seconds, proc = _run([wsis, "ask", QUESTION, "--json"], cwd=work, env=env)
        assert json.loads(proc.stdout)["citations"], f"[{name}] wsis ask gave no citation"
        ask_seconds.append(round(seconds, 2))
        loads.append(_load())
        print(f"[{name}] wsis ask #{i + 1}: {seconds:.2f} s (load {loads[-1]})", file=sys.stderr)
    probe = ("import sys, json; from wsis.settings import Settings; s = Settings(); "
             "print(json.dumps({'embed_model': s.embed_model, 'python': sys.version.split()[0]}))")
    info = json.loads(_run([str(venv / "bin" / "python"), "-c", probe], cwd=work, env=env)[1].stdout)
    return {
        "commit": sha, "embed_model": info["embed_model"], "python": info["python"],
        "torch_installed": "torch" in dists, "steps": [" ".join(s[6:]).replace(str(src), "CLONE") for s in steps], "env": extra,
        "venv_seconds": round(venv_seconds, 1), "install_seconds": round(install_seconds, 1),
        "site_packages_mb": _du_mb(site), "venv_mb": _du_mb(venv), "distributions": len(dists), "largest_mb": largest,
        "ingest_seconds": round(ingest_seconds, 1),
        "ask_first_seconds": ask_seconds[0], "ask_next_seconds": ask_seconds[1:],
        "ask_next_median_seconds": round(statistics.median(ask_seconds[1:]), 2) if asks else None,
        "load_average": loads,
    }


def _fmt(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.0f}" if value >= 100 else f"{value:.1f}"
    return str(value)


def readme_block(result: dict[str, Any]) -> str:
    """The README's table of install size, install time and cold `wsis ask`, from the JSON."""
    names = list(result["variants"])
    v = result["variants"]
    head = "| | " + " | ".join(f"{n}: `{v[n]['embed_model']}` default ({v[n]['commit'][:7]})" for n in names) + " |"
    rows = [
        ("torch installed", "torch_installed"),
        ("install time, wall (s)", "install_seconds"),
        ("site-packages (MB)", "site_packages_mb"),
        ("distributions installed", "distributions"),
        ("`wsis ingest` of the fixture corpus (s)", "ingest_seconds"),
        ("one-shot `wsis ask`: first run after the ingest (s)", "ask_first_seconds"),
        (f"one-shot `wsis ask`: median of the next {len(v[names[0]]['ask_next_seconds'])} (s)",
         "ask_next_median_seconds"),
    ]
    lines = [head, "|---|" + "---|" * len(names)]
    lines += [f"| {label} | " + " | ".join(_fmt(v[n][key]) for n in names) + " |" for label, key in rows]
    loads = ", ".join(f"{n} {min(v[n]['load_average']):.1f}-{max(v[n]['load_average']):.1f}" for n in names)
    steps = "; ".join(f"{n}: `pip install {' && pip install '.join(v[n]['steps'])}`" for n in names)
    settings = "".join(f" {n} with " + ", ".join(f"`{k}={x}`" for k, x in v[n]["env"].items()) + ";"
                       for n in names if v[n].get("env"))
    note = (f"Measured {result['measured']} by `python scripts/bench_install.py` (Python {v[names[0]]['python']}, "
            f"fresh venvs, pip's cache as it was; {steps};{settings} every {'other ' if settings else ''}`WSIS_` variable unset), one variant after the other on "
            f"{result['cores']} CPU cores shared with other jobs: 1-minute load average during the runs: {loads}. "
            "Each `wsis ask` is a new process answering in process (no server).")
    last = v[names[-1]]
    if last.get("largest_mb"):
        note += (f" Largest folders of {names[-1]}'s site-packages (MB): "
                 + ", ".join(f"{k} {x:.0f}" for k, x in last["largest_mb"].items()) + ".")
    return "\n".join(lines) + "\n\n" + note


def write_readme(result: dict[str, Any], check: bool) -> int:
    text = README.read_text(encoding="utf-8")
    if START not in text or END not in text:
        print(f"error: README.md has no {START} ... {END} block", file=sys.stderr)
        return 1
    head, rest = text.split(START, 1)
    new = head + START + "\n" + readme_block(result) + "\n" + END + rest.split(END, 1)[1]
    if check:
        if new != text:
            print("error: README.md's install table differs from scripts/results/install.json: "
                  "run python scripts/bench_install.py --readme", file=sys.stderr)
            return 1
        return 0
    README.write_text(new, encoding="utf-8")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--variant", action="append", default=[], metavar="NAME=COMMIT")
    ap.add_argument("--set", action="append", default=[], metavar="NAME:VAR=VALUE",
                    help="an environment variable for one variant's ingest and asks (recorded with its figures)")
    ap.add_argument("--python", default="/usr/bin/python3", help="the Python that creates the venvs")
    ap.add_argument("--asks", type=int, default=3, help="one-shot asks after the first (their median is reported)")
    ap.add_argument("--json", type=Path, default=RESULT, help=f"where the figures go (default {RESULT.relative_to(ROOT)})")
    ap.add_argument("--merge", action="store_true", help="keep the other variants already in --json")
    ap.add_argument("--keep", action="store_true", help="keep the clones and venvs (printed)")
    ap.add_argument("--readme", action="store_true", help="rewrite the README table from --json")
    ap.add_argument("--check", action="store_true", help="exit 1 when the README table differs from --json")
    args = ap.parse_args()
    if args.variant:
        work = Path(tempfile.mkdtemp(prefix="bench-install-"))
        now = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
        result: dict[str, Any] = {"cores": os.cpu_count(), "question": QUESTION, "variants": {}}
        if args.merge and args.json.exists():  # keep the variants measured earlier, in their order
            result = json.loads(args.json.read_text(encoding="utf-8"))
        args.json.parent.mkdir(parents=True, exist_ok=True)
        try:
            for spec in args.variant:
                name, _, commit = spec.partition("=")
                if not name or not commit:
                    ap.error(f"--variant {spec}: expected NAME=COMMIT")
                extra = dict(s.split(":", 1)[1].split("=", 1) for s in args.set if s.split(":", 1)[0] == name)
                result["variants"][name] = {"measured": now, **measure(name, commit, args.python, args.asks, work, extra)}
                result["measured"] = " / ".join(sorted({v.get("measured", now) for v in result["variants"].values()}))
                args.json.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")  # after each variant
        finally:
            if args.keep:
                print(f"kept: {work}", file=sys.stderr)
            else:
                shutil.rmtree(work, ignore_errors=True)
        print(readme_block(result))
    if args.readme or args.check:
        return write_readme(json.loads(args.json.read_text(encoding="utf-8")), check=args.check)
    return 0


if __name__ == "__main__":
    sys.exit(main())
