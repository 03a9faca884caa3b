"""Evaluation reports: a summary for the terminal, and a folder with result.json, report.md,
report.html and PNG plots (per kind, baseline side by side, Recall@k curve, latency histogram)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from wsis.eval import plots
from wsis.eval.harness import unmeasured
from wsis.eval.tables import (baseline_table, batch_tables, behind_notes, fmt, kind_table, language_table, markdown_table, notes,
                              perturbation_table, question_status, text_table)

ROW_COLUMNS = ["id", "kind", "split", "verdict", "recall@5", "mrr", "evidence_quoted", "nugget_recall",
               "support_check_pass", "judge_faithfulness", "latency"]


def summary_table(result: dict[str, Any]) -> str:
    """Plain text: per kind (test, dev in brackets), perturbation catch rates, the baseline."""
    lines = [f"suite {result['suite']} ({result['summary']['questions']} questions, mode {result['mode']}, "
             f"{result.get('seconds', 0):.1f}s); per kind: test (dev in brackets)"]
    lines += text_table(*kind_table(result))
    by_lang = language_table(result)
    if by_lang:
        lines += ["", "per question language (test, dev in brackets):"] + text_table(by_lang[0], by_lang[1], first=14, width=22)
    for batch, head, rows in batch_tables(result):
        lines += ["", f"blind batch {batch} (ids {batch}-; test, dev in brackets):"] + text_table(head, rows, first=24, width=18)
    p = perturbation_table(result)
    if p:
        lines += ["", "perturbation suite (ground truth the support check did not produce):"]
        lines += text_table(p[0], p[1], first=36, width=22)
    b = baseline_table(result)
    if b:
        lines += ["", "side by side with the llama-index quick start (evidence recall at 3; retrieval p50 ms):"]
        lines += text_table(b[0][:-1], [r[:-1] for r in b[1]], first=24, width=17)
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
        missing = unmeasured(result.get("summary", {}), result["min_scores"])
        scope = next((n for n in result.get("notices", []) if n.startswith("limited to")), "on all questions of the suite")
        lines.append(f"minimum scores met ({len(result['min_scores']) - len(missing)} checked, {scope})"
                     + (f"; not measured in this run: {', '.join(missing)}" if missing else ""))
    return "\n".join(lines)


def _row_values(q: dict[str, Any]) -> list[str]:
    out = []
    for c in ROW_COLUMNS:
        if c == "verdict":
            out.append(question_status(q))
        elif c in ("id", "kind", "split"):
            out.append(str(q.get(c, "")) + (" *" if c == "id" and q.get("unverified") else ""))
        else:
            out.append(fmt(q.get(c)))
    return out


def markdown(result: dict[str, Any], comparison: str = "") -> str:
    lines = [f"# Evaluation: suite `{result['suite']}`", "",
             f"- mode: {result['mode']}; started {result.get('started', '')}; {result.get('seconds', 0):.1f} s",
             f"- suite file: `{result.get('suite_path', '')}`",
             f"- index: {result['corpus'].get('paragraphs', '?')} paragraphs in {len(result['corpus'].get('documents', []))} documents",
             "- settings: " + ", ".join(f"{k}={v}" for k, v in result["settings"].items() if v not in ("", None)), ""]
    lines += [f"- {n}" for n in notes(result)] + [""]
    lines += ["## Per question kind (test split; dev in brackets)", ""] + markdown_table(*kind_table(result)) + [""]
    by_lang = language_table(result)
    if by_lang:
        lines += ["## Per question language (test split; dev in brackets)", ""] + markdown_table(*by_lang) + [""]
    for batch, head, rows in batch_tables(result):
        lines += [f"## Blind batch `{batch}` (ids `{batch}-`; test split, dev in brackets)", "",
                  "Written by someone who had not seen the system's answers; not edited after the first run.", ""]
        lines += markdown_table(head, rows) + [""]
    if result.get("failures"):
        lines += ["**Minimum scores not met:** " + "; ".join(result["failures"]), ""]
    for n in result.get("notices", []):
        lines += [f"> note: {n}", ""]
    p = perturbation_table(result)
    if p:
        lines += ["## Perturbation catch rate of the support check", "",
                  "Unsupported variants generated from supported sentences; the check should reject them all "
                  "and accept the untouched sentences.", ""] + markdown_table(*p) + [""]
    b = baseline_table(result)
    if b:
        base = result["baseline"]
        lines += ["## Side by side with the llama-index quick start", "",
                  f"{base['system']}; embedding model {base['embed_model']}; {base['reader']}.", ""]
        lines += markdown_table(*b) + ["", "![baseline](baseline.png)", ""]
        behind = behind_notes(result)
        lines += ["Where this project is behind the baseline:", ""] + [f"- {n}" for n in behind] + [""] if behind else [
            "This project is not behind the baseline on any kind of this suite (test split).", ""]
    if comparison:
        lines += ["## Comparison with the previous result", "", "```", comparison, "```", ""]
    lines += ["## Plots", "", "![per kind](kinds.png) ![Recall@k](recall_at_k.png) ![Latency](latency.png)", "",
              "## Questions", "", "`*` marks a question whose gold labels are not yet verified against the official text.", ""]
    lines += markdown_table(ROW_COLUMNS, [_row_values(q) for q in result["questions"]])
    lines += ["", "## Details", ""]
    for q in result["questions"]:
        if question_status(q) == "ok" and not q.get("unsupported"):
            continue
        lines.append(f"### {q['id']}: {q['question']}")
        lines.append(f"- verdict: {question_status(q)}; kind {q.get('kind')}; gold: {', '.join(q.get('gold', [])) or '–'}")
        if q.get("skipped"):
            lines.append(f"- skipped: {q['skipped']}")
        lines.append(f"- retrieved: {', '.join(q.get('ranked', [])[:8]) or '–'}")
        lines.append(f"- cited: {', '.join(q.get('citations', [])) or '–'}")
        if q.get("nuggets_missing"):
            lines.append(f"- nuggets missing: {', '.join(q['nuggets_missing'])}")
        for s in q.get("unsupported", [])[:3]:
            lines.append(f"- statement the support check rejects: “{s}”")
        if q.get("error"):
            lines.append(f"- error: {q['error']}")
        lines.append("")
    return "\n".join(lines)


def write_report(result: dict[str, Any], folder: Path, comparison: str = "", previous: dict[str, Any] | None = None) -> dict[str, Path]:
    """Write result.json, report.md, report.html and the plots into ``folder``."""
    from wsis.eval.report_html import html_report

    folder.mkdir(parents=True, exist_ok=True)
    paths = {"json": folder / "result.json", "markdown": folder / "report.md", "html": folder / "report.html",
             "kinds_plot": folder / "kinds.png", "recall_plot": folder / "recall_at_k.png",
             "latency_plot": folder / "latency.png"}
    paths["json"].write_text(json.dumps(result, indent=2, ensure_ascii=False), encoding="utf-8")
    plots.plot_kinds(result, paths["kinds_plot"])
    plots.plot_recall_curve(result, paths["recall_plot"], previous)
    plots.plot_latency(result, paths["latency_plot"])
    if result.get("baseline"):
        paths["baseline_plot"] = folder / "baseline.png"
        plots.plot_baseline(result, paths["baseline_plot"])
    paths["markdown"].write_text(markdown(result, comparison), encoding="utf-8")
    paths["html"].write_text(html_report(result, comparison), encoding="utf-8")
    return paths
