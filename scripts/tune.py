"""Tune retrieval (fusion weights, rrf_k, top_k) and the abstention threshold on the evaluation suites.

    python scripts/tune.py [--suite fixture --suite seed] [--bm25 0.5 1 1.5 2] [--dense 0.5 1 1.5 2]
                           [--rrf-k 10 30 60 100] [--top-k 5 8 10] [--finalists 3] [--json OUT]

Stage 1 (retrieval only, fast): every (bm25_weight, dense_weight, rrf_k) ranks the paragraphs of
every answerable question with gold ids, through the retrieval step of ``Assistant.ask`` (the same
follow-up carry-over and ``Retriever.retrieve``), scored by MRR, nDCG@10 and Recall@3.
Stage 2 (end to end, through ``Assistant.ask`` by ``eval.harness.run_suite``): the best
``--finalists`` fusion settings and the defaults, each with every ``--top-k``; scored by MRR,
nDCG@10, nugget recall and abstention accuracy (latency breaks ties).
Stage 3: the abstention threshold fitted on retrieval relevance (``eval.abstention``), checked end to
end for a few values around it. Prints tables; the chosen values go to the README and the settings.

Every stage fits on the DEV questions only (``questions.split_of``: sha1 of the question id); stage 1
leaves out look-ups (resolved deterministically, not by fusion). The last table reports the chosen
values beside the defaults on the held-out TEST questions, test first.
"""
from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from wsis.assistant.calibration import abstain_threshold  # noqa: E402
from wsis.types import Filters  # noqa: E402
from wsis.eval import metrics as M  # noqa: E402
from wsis.eval.abstention import fit_abstention, relevance_rows  # noqa: E402
from wsis.eval.corpus import suite_assistants  # noqa: E402
from wsis.eval.harness import run_suite  # noqa: E402


def retrieval_scores(suite, assistant, k: int = 10) -> dict[str, float]:
    rows = []
    for q in suite.questions:
        if not (q.answerable and q.gold) or q.split != "dev" or q.kind == "lookup":
            continue
        query = assistant._query_for(q.question, q.history or None, "extractive")
        retrieval = assistant.retriever.retrieve(query, Filters(**q.filters) if q.filters else None, k=k)
        ranked = M.dedupe(p.id for p in retrieval.passages)
        rows.append({"mrr": M.mrr(ranked, q.gold_ids), "ndcg@10": M.ndcg_at_k(ranked, q.gold_ids, 10),
                     "recall@3": M.recall_at_k(ranked, q.gold_ids, 3), "recall@5": M.recall_at_k(ranked, q.gold_ids, 5)})
    return {key: M.mean(r[key] for r in rows) for key in ("mrr", "ndcg@10", "recall@3", "recall@5")} | {"n": len(rows)}


def pooled(per_suite: list[dict], keys: list[str]) -> dict[str, float]:
    """Question-weighted means over the suites."""
    out = {}
    for key in keys:
        num = sum((d.get(key) or 0.0) * d["n"] for d in per_suite if d.get(key) is not None)
        den = sum(d["n"] for d in per_suite if d.get(key) is not None)
        out[key] = num / den if den else None
    return out


def fmt(v) -> str:
    return "  –  " if v is None else f"{v:.3f}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--suite", action="append", help="suite name or path (default: fixture, and seed when present)")
    ap.add_argument("--bm25", type=float, nargs="+", default=[0.5, 1.0, 1.5, 2.0])
    ap.add_argument("--dense", type=float, nargs="+", default=[0.5, 1.0, 1.5, 2.0])
    ap.add_argument("--rrf-k", type=int, nargs="+", default=[10, 30, 60, 100])
    ap.add_argument("--top-k", type=int, nargs="+", default=[5, 8, 10])
    ap.add_argument("--finalists", type=int, default=3)
    ap.add_argument("--json", type=Path, help="write all results here")
    args = ap.parse_args(argv)

    suites = suite_assistants(args.suite or ["fixture", "seed"])
    defaults = {k: getattr(suites[0][1].settings, k) for k in ("bm25_weight", "dense_weight", "rrf_k", "top_k")}
    # one threshold for every language here (English's); per-language values: python -m wsis.eval.calibrate --write
    defaults["abstain_threshold"] = abstain_threshold(suites[0][1].settings, "en")
    print(f"suites: {', '.join(f'{s.name} ({len(s.questions)} q)' for s, _ in suites)}; defaults: {defaults}")

    def apply(cfg: dict) -> None:
        for _, a in suites:
            for key, value in cfg.items():
                setattr(a.settings, key, value)

    # -- stage 1 -------------------------------------------------------------------------------------
    t0 = time.perf_counter()
    seen_ratios = set()
    stage1 = []
    for b, d, k in itertools.product(args.bm25, args.dense, args.rrf_k):
        ratio = (round(b / d, 4), k)
        if ratio in seen_ratios:  # RRF ranks depend on the weight ratio only
            continue
        seen_ratios.add(ratio)
        cfg = {"bm25_weight": b, "dense_weight": d, "rrf_k": k}
        apply(cfg)
        per = [retrieval_scores(s, a) for s, a in suites]
        score = pooled(per, ["mrr", "ndcg@10", "recall@3", "recall@5"])
        score["objective"] = (score["mrr"] + score["ndcg@10"] + score["recall@3"]) / 3
        stage1.append({**cfg, **score, "per_suite": {s.name: p for (s, _), p in zip(suites, per)}})
    stage1.sort(key=lambda r: (-r["objective"], abs(r["bm25_weight"] / r["dense_weight"] - 1), -r["rrf_k"]))
    print(f"\nstage 1: retrieval only, {len(stage1)} fusion settings ({time.perf_counter() - t0:.0f}s)")
    print(f"{'bm25':>5} {'dense':>5} {'rrf_k':>5} | {'MRR':>6} {'nDCG10':>6} {'R@3':>6} {'R@5':>6} | objective")
    for r in stage1[:15]:
        print(f"{r['bm25_weight']:>5} {r['dense_weight']:>5} {r['rrf_k']:>5} | {fmt(r['mrr'])} {fmt(r['ndcg@10'])} "
              f"{fmt(r['recall@3'])} {fmt(r['recall@5'])} | {r['objective']:.4f}")
    default_row = next((r for r in stage1 if r["bm25_weight"] / r["dense_weight"] == defaults["bm25_weight"] / defaults["dense_weight"]
                        and r["rrf_k"] == defaults["rrf_k"]), None)
    if default_row:
        print(f"defaults (bm25 {defaults['bm25_weight']}, dense {defaults['dense_weight']}, rrf_k {defaults['rrf_k']}): "
              f"objective {default_row['objective']:.4f}, rank {stage1.index(default_row) + 1}/{len(stage1)}")

    # -- stage 2 -------------------------------------------------------------------------------------
    finalists = [{k: r[k] for k in ("bm25_weight", "dense_weight", "rrf_k")} for r in stage1[: args.finalists]]
    base = {k: defaults[k] for k in ("bm25_weight", "dense_weight", "rrf_k")}
    if base not in finalists:
        finalists.append(base)
    stage2 = []
    t0 = time.perf_counter()
    keys = ["recall@5", "mrr", "ndcg@10", "nugget_recall", "citation_recall", "support_check_pass", "abstention_accuracy",
            "false_refusal", "correct_refusal"]
    for fusion, top_k in itertools.product(finalists, args.top_k):
        cfg = {**fusion, "top_k": top_k}
        per = []
        lat = []
        for s, a in suites:
            res = run_suite(s, assistant=a, overrides=cfg, split="dev")
            per.append({**{k: res.summary.get(k) for k in keys}, "n": res.summary["questions"]})
            lat += [r["latency"] for r in res.rows if r.get("latency") is not None]
        score = pooled(per, keys)
        score["latency_p50"] = M.percentile(lat, 50)
        score["objective"] = (score["mrr"] + score["ndcg@10"] + score["nugget_recall"] + score["abstention_accuracy"]) / 4
        stage2.append({**cfg, **score})
    stage2.sort(key=lambda r: (-round(r["objective"], 3), r["latency_p50"] or 0))
    print(f"\nstage 2: end to end through Assistant.ask ({time.perf_counter() - t0:.0f}s)")
    print(f"{'bm25':>5} {'dense':>5} {'rrf_k':>5} {'top_k':>5} | {'R@5':>6} {'MRR':>6} {'nDCG10':>6} {'nugget':>6} "
          f"{'citR':>6} {'supp':>6} {'abstA':>6} {'p50 s':>6} | objective")
    for r in stage2:
        print(f"{r['bm25_weight']:>5} {r['dense_weight']:>5} {r['rrf_k']:>5} {r['top_k']:>5} | {fmt(r['recall@5'])} {fmt(r['mrr'])} "
              f"{fmt(r['ndcg@10'])} {fmt(r['nugget_recall'])} {fmt(r['citation_recall'])} {fmt(r['support_check_pass'])} "
              f"{fmt(r['abstention_accuracy'])} {fmt(r['latency_p50'])} | {r['objective']:.4f}")
    best = stage2[0]
    chosen = {k: best[k] for k in ("bm25_weight", "dense_weight", "rrf_k", "top_k")}

    # -- stage 3 -------------------------------------------------------------------------------------
    apply(chosen)
    rows = [r for s, a in suites for r in relevance_rows(s, a) if r["split"] == "dev"]
    threshold, ba = fit_abstention(rows)
    print(f"\nstage 3: abstention threshold fitted on {len(rows)} dev questions without paragraph references: "
          f"{threshold:.3f} (balanced accuracy {ba:.3f})")
    print(f"{'threshold':>9} | {'correct refusals':>16} {'false refusals':>14} {'abst. accuracy':>14} {'nugget':>6}")
    stage3 = []
    for t in sorted({round(x, 3) for x in (threshold - 0.05, threshold, threshold + 0.05, defaults["abstain_threshold"])}):
        per = []
        for s, a in suites:
            res = run_suite(s, assistant=a, overrides={**chosen, "abstain_threshold": t}, split="dev")
            per.append({k: res.summary.get(k) for k in keys} | {"n": res.summary["questions"]})
        sc = pooled(per, ["correct_refusal", "false_refusal", "abstention_accuracy", "nugget_recall"])
        stage3.append({"abstain_threshold": t, **sc})
        print(f"{t:>9.3f} | {fmt(sc['correct_refusal']):>16} {fmt(sc['false_refusal']):>14} "
              f"{fmt(sc['abstention_accuracy']):>14} {fmt(sc['nugget_recall'])}")
    chosen["abstain_threshold"] = threshold
    print("\nheld-out TEST questions (not used above): chosen vs defaults")
    print(f"{'config':>8} | {'R@5':>6} {'MRR':>6} {'nugget':>6} {'abstA':>6} {'falseR':>6}")
    held_out = {}
    for name, cfg in (("chosen", chosen), ("defaults", defaults)):
        per = []
        for s, a in suites:
            res = run_suite(s, assistant=a, overrides=cfg, split="test")
            per.append({k: res.summary.get(k) for k in keys} | {"n": res.summary["questions"]})
        held_out[name] = sc = pooled(per, keys)
        print(f"{name:>8} | {fmt(sc['recall@5'])} {fmt(sc['mrr'])} {fmt(sc['nugget_recall'])} "
              f"{fmt(sc['abstention_accuracy'])} {fmt(sc['false_refusal'])}")
    print("\nchosen: " + ", ".join(f"{k}={v}" for k, v in chosen.items()))
    print("(WSIS_BM25_WEIGHT, WSIS_DENSE_WEIGHT, WSIS_RRF_K, WSIS_TOP_K, WSIS_ABSTAIN_THRESHOLD)")
    if args.json:
        args.json.write_text(json.dumps({"stage1": stage1, "stage2": stage2, "stage3": stage3, "chosen": chosen, "held_out_test": held_out,
                                         "abstention_rows": rows}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
