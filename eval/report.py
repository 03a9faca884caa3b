"""Evaluation reports: a summary table for the terminal, and a folder with result.json, report.md,
report.html and PNG plots (Recall@k curve, latency histogram) drawn with matplotlib's Agg backend."""
from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Any

from wsis.eval.harness import SUMMARY_METRICS

_LABELS = {
    "recall@1": "Recall@1", "recall@3": "Recall@3", "recall@5": "Recall@5", "recall@10": "Recall@10", "mrr": "MRR",
    "ndcg@10": "nDCG@10", "citation_existence": "Citation existence", "citation_precision": "Citation precision (ALCE)",
    "citation_recall": "Citation recall (ALCE)", "faithfulness": "Faithfulness", "nugget_recall": "Nugget recall",
    "correct_refusal": "Correct refusals (unanswerable)", "false_refusal": "False refusals (answerable)",
    "abstention_accuracy": "Abstention accuracy", "latency_p50": "Latency p50 (s)", "latency_p95": "Latency p95 (s)",
}


def fmt(value: Any, metric: str = "") -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.3f}" if not metric.startswith("latency") else f"{value:.3f}"
    return str(value)


def summary_table(result: dict[str, Any]) -> str:
    """Plain-text table: overall and per category."""
    summary = result["summary"]
    cats = list(result.get("by_category", {}))
    head = f"{'metric':34} {'all':>7}" + "".join(f" {c[:11]:>11}" for c in cats)
    lines = [f"suite {result['suite']} ({summary['questions']} questions, mode {result['mode']}, "
             f"{result.get('seconds', 0):.1f}s)", head, "-" * len(head)]
    for m in SUMMARY_METRICS:
        row = f"{_LABELS.get(m, m):34} {fmt(summary.get(m), m):>7}"
        row += "".join(f" {fmt(result['by_category'][c].get(m), m):>11}" for c in cats)
        lines.append(row)
    skipped = [q for q in result["questions"] if q.get("skipped")]
    errors = [q for q in result["questions"] if q.get("error")]
    if skipped:
        lines.append(f"skipped: {len(skipped)} question(s) ({skipped[0]['skipped']})")
    if errors:
        lines.append(f"errors: {len(errors)} question(s), e.g. {errors[0]['id']}: {errors[0]['error']}")
    for n in result.get("notices", []):
        lines.append(f"note: {n}")
    if result.get("failures"):
        lines.append("MINIMUM SCORES NOT MET: " + "; ".join(result["failures"]))
    elif result.get("min_scores"):
        lines.append(f"minimum scores met ({len(result['min_scores'])} checked)")
    return "\n".join(lines)


def plot_recall_curve(result: dict[str, Any], path: Path, compare: dict[str, Any] | None = None) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(5.5, 3.6), dpi=110)
    for res, style, label in ((result, "o-", "this run"), (compare, "s--", "previous")):
        if not res:
            continue
        curve = res["summary"].get("recall_curve") or {}
        ks = [int(k) for k in curve if curve[k] is not None]
        if ks:
            ax.plot(ks, [curve[str(k)] for k in ks], style, label=label)
    top_k = result.get("settings", {}).get("top_k")
    if top_k:
        ax.axvline(top_k, color="grey", lw=0.8, ls=":", label=f"top_k = {top_k}")
    ax.set_xlabel("k (passages)")
    ax.set_ylabel("Recall@k")
    ax.set_ylim(0, 1.05)
    ax.set_title(f"Recall@k - {result['suite']}")
    ax.grid(alpha=0.3)
    ax.legend(loc="lower right", fontsize=8)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


def plot_latency(result: dict[str, Any], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    lat = [q["latency"] for q in result["questions"] if q.get("latency") is not None]
    fig, ax = plt.subplots(figsize=(5.5, 3.6), dpi=110)
    if lat:
        ax.hist(lat, bins=min(20, max(5, len(lat) // 2)), color="#4477aa", edgecolor="white")
        for q, ls in ((50, "--"), (95, ":")):
            v = result["summary"].get(f"latency_p{q}")
            if v is not None:
                ax.axvline(v, color="#cc3311", ls=ls, lw=1.2, label=f"p{q} = {v:.3f} s")
        ax.legend(fontsize=8)
    ax.set_xlabel("latency per question (s)")
    ax.set_ylabel("questions")
    ax.set_title(f"Latency - {result['suite']} ({result['mode']})")
    ax.grid(alpha=0.3)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


def _question_status(q: dict[str, Any]) -> str:
    if q.get("skipped"):
        return "skipped"
    if q.get("error"):
        return "error"
    if not q["answerable"]:
        return "ok" if q.get("abstained") else "answered (should refuse)"
    if q.get("abstained"):
        return "refused (should answer)"
    if q.get("recall@10", 1.0) == 0:
        return "gold not retrieved"
    return "ok"


_ROW_COLUMNS = ["id", "category", "status", "recall@5", "mrr", "citation_precision", "citation_recall",
                "faithfulness", "nugget_recall", "latency"]


def _row_values(q: dict[str, Any]) -> list[str]:
    out = []
    for c in _ROW_COLUMNS:
        if c == "status":
            out.append(_question_status(q))
        elif c in ("id", "category"):
            out.append(str(q.get(c, "")) + (" *" if c == "id" and q.get("unverified") else ""))
        else:
            out.append(fmt(q.get(c), c))
    return out


def markdown(result: dict[str, Any], comparison: str = "") -> str:
    summary = result["summary"]
    lines = [f"# Evaluation: suite `{result['suite']}`", "",
             f"- mode: {result['mode']}; started {result.get('started', '')}; {result.get('seconds', 0):.1f} s",
             f"- suite file: `{result.get('suite_path', '')}`",
             f"- index: {result['corpus'].get('paragraphs', '?')} paragraphs in {len(result['corpus'].get('documents', []))} documents",
             "- settings: " + ", ".join(f"{k}={v}" for k, v in result["settings"].items() if v not in ("", None)), ""]
    lines += ["## Summary", "", "| metric | all | " + " | ".join(result["by_category"]) + " |",
              "|---|---:|" + "---:|" * len(result["by_category"])]
    for m in SUMMARY_METRICS:
        lines.append(f"| {_LABELS.get(m, m)} | {fmt(summary.get(m), m)} | "
                     + " | ".join(fmt(c.get(m), m) for c in result["by_category"].values()) + " |")
    lines.append(f"| questions | {summary['questions']} | " + " | ".join(str(c["questions"]) for c in result["by_category"].values()) + " |")
    lines.append("")
    if result.get("failures"):
        lines += ["**Minimum scores not met:** " + "; ".join(result["failures"]), ""]
    for n in result.get("notices", []):
        lines += [f"> note: {n}", ""]
    if comparison:
        lines += ["## Comparison with the previous result", "", "```", comparison, "```", ""]
    lines += ["## Plots", "", "![Recall@k](recall_at_k.png) ![Latency](latency.png)", "",
              "Retrieval metrics use the passages the answer was built from (at most `top_k`), so Recall@k for "
              "k > top_k equals Recall@top_k.", "",
              "## Questions", "", "`*` marks a question whose gold labels are not yet verified against the official text.", "",
              "| " + " | ".join(_ROW_COLUMNS) + " |", "|" + "---|" * len(_ROW_COLUMNS)]
    for q in result["questions"]:
        lines.append("| " + " | ".join(v.replace("|", "\\|") for v in _row_values(q)) + " |")
    lines += ["", "## Details", ""]
    for q in result["questions"]:
        if _question_status(q) == "ok" and not q.get("nuggets_missing") and not q.get("unsupported"):
            continue
        lines.append(f"### {q['id']}: {q['question']}")
        lines.append(f"- status: {_question_status(q)}; gold: {', '.join(q.get('gold', [])) or '–'}")
        if q.get("skipped"):
            lines.append(f"- skipped: {q['skipped']}")
        lines.append(f"- retrieved: {', '.join(q.get('ranked', [])[:8]) or '–'}")
        lines.append(f"- cited: {', '.join(q.get('citations', [])) or '–'}")
        if q.get("nuggets_missing"):
            lines.append(f"- nuggets missing: {', '.join(q['nuggets_missing'])}")
        for s in q.get("unsupported", [])[:3]:
            lines.append(f"- unsupported statement: “{s}”")
        if q.get("error"):
            lines.append(f"- error: {q['error']}")
        lines.append("")
    return "\n".join(lines)


def html_report(result: dict[str, Any], comparison: str = "") -> str:
    e = html.escape
    summary = result["summary"]
    cats = list(result["by_category"])
    rows = "".join(
        f"<tr><td>{e(_LABELS.get(m, m))}</td><td>{fmt(summary.get(m), m)}</td>"
        + "".join(f"<td>{fmt(result['by_category'][c].get(m), m)}</td>" for c in cats) + "</tr>"
        for m in SUMMARY_METRICS
    )
    qrows = []
    for q in result["questions"]:
        status = _question_status(q)
        cls = "ok" if status == "ok" else "bad"
        cells = "".join(f"<td>{e(v)}</td>" for v in _row_values(q))
        detail = (f"<details><summary>answer</summary><p><b>{e(q['question'])}</b></p>"
                  f"<p>gold: {e(', '.join(q.get('gold', [])) or '–')}; retrieved: {e(', '.join(q.get('ranked', [])[:8]) or '–')}; "
                  f"cited: {e(', '.join(q.get('citations', [])) or '–')}</p>"
                  + (f"<p>nuggets missing: {e(', '.join(q['nuggets_missing']))}</p>" if q.get("nuggets_missing") else "")
                  + f"<pre>{e(q.get('answer', '') or q.get('skipped', '') or q.get('error', ''))}</pre></details>")
        qrows.append(f"<tr class='{cls}'>{cells}<td>{detail}</td></tr>")
    failures = (f"<p class='bad'><b>Minimum scores not met:</b> {e('; '.join(result['failures']))}</p>"
                if result.get("failures") else "")
    comp = f"<h2>Comparison</h2><pre>{e(comparison)}</pre>" if comparison else ""
    settings = ", ".join(f"{k}={v}" for k, v in result["settings"].items() if v not in ("", None))
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Evaluation {e(result['suite'])}</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 2em; max-width: 1200px; }}
table {{ border-collapse: collapse; margin: 1em 0; }} td, th {{ border: 1px solid #ccc; padding: 3px 8px; font-size: 13px; vertical-align: top; }}
td:not(:first-child) {{ text-align: right; }} tr.bad td {{ background: #fff2f0; }} .bad {{ color: #a40000; }}
pre {{ white-space: pre-wrap; text-align: left; max-width: 700px; }} details {{ text-align: left; }}
</style></head><body>
<h1>Evaluation: suite {e(result['suite'])}</h1>
<p>mode {e(result['mode'])}; started {e(result.get('started', ''))}; {result.get('seconds', 0):.1f} s;
{result['corpus'].get('paragraphs', '?')} paragraphs in {len(result['corpus'].get('documents', []))} documents</p>
<p><small>settings: {e(settings)}</small></p>
{failures}
<h2>Summary</h2>
<table><tr><th>metric</th><th>all</th>{''.join(f'<th>{e(c)}</th>' for c in cats)}</tr>{rows}</table>
{comp}
<h2>Plots</h2><img src="recall_at_k.png" alt="Recall@k curve"> <img src="latency.png" alt="Latency histogram">
<h2>Questions</h2><p>* = gold labels not yet verified against the official text.</p>
<table><tr>{''.join(f'<th>{e(c)}</th>' for c in _ROW_COLUMNS)}<th></th></tr>{''.join(qrows)}</table>
</body></html>
"""


def write_report(result: dict[str, Any], folder: Path, comparison: str = "", previous: dict[str, Any] | None = None) -> dict[str, Path]:
    """Write result.json, report.md, report.html, recall_at_k.png and latency.png into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = {
        "json": folder / "result.json", "markdown": folder / "report.md", "html": folder / "report.html",
        "recall_plot": folder / "recall_at_k.png", "latency_plot": folder / "latency.png",
    }
    paths["json"].write_text(json.dumps(result, indent=2, ensure_ascii=False), encoding="utf-8")
    plot_recall_curve(result, paths["recall_plot"], previous)
    plot_latency(result, paths["latency_plot"])
    paths["markdown"].write_text(markdown(result, comparison), encoding="utf-8")
    paths["html"].write_text(html_report(result, comparison), encoding="utf-8")
    return paths
