"""The HTML report: per-kind tables (test first), the perturbation suite, the baseline side by side,
plots, and a per-question table whose gold and cited paragraph ids link to the paragraph's text."""
from __future__ import annotations

import html
import re
from typing import Any

from wsis.eval.tables import baseline_table, behind_notes, fmt, kind_table, notes, perturbation_table, question_status

e = html.escape


def anchor(pid: str) -> str:
    return "p-" + re.sub(r"[^A-Za-z0-9_-]+", "-", pid)


def _table(head: list[str], rows: list[list[str]], cls: str = "") -> str:
    return (f"<table class='{cls}'><tr>" + "".join(f"<th>{e(h)}</th>" for h in head) + "</tr>"
            + "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in rows) + "</table>")


def _links(ids: list[str], known: dict[str, Any]) -> str:
    return ", ".join(f"<a href='#{anchor(i)}'>{e(i)}</a>" if i in known else e(i) for i in ids) or "–"


def question_rows(result: dict[str, Any]) -> str:
    paragraphs = result.get("paragraphs", {})
    out = []
    for q in result["questions"]:
        status = question_status(q)
        cls = "ok" if status == "ok" else "bad"
        detail = (f"<details><summary>answer</summary><p>retrieved: {_links(q.get('ranked', [])[:8], paragraphs)}</p>"
                  + (f"<p>nuggets missing: {e(', '.join(q['nuggets_missing']))}</p>" if q.get("nuggets_missing") else "")
                  + f"<pre>{e(q.get('answer', '') or q.get('skipped', '') or q.get('error', ''))}</pre></details>")
        out.append(
            f"<tr class='{cls}'><td>{e(q['id'])}{' *' if q.get('unverified') else ''}</td><td class='l'>{e(q['question'])}</td>"
            f"<td>{e(q.get('kind', ''))}</td><td>{e(q.get('split', ''))}</td><td class='l'>{_links(q.get('gold', []), paragraphs)}</td>"
            f"<td class='l'>{_links(q.get('citations', []), paragraphs)}</td><td>{e(status)}</td>"
            f"<td>{fmt(q.get('recall@5'))}</td><td>{fmt(q.get('evidence_quoted'))}</td><td>{fmt(q.get('nugget_recall'))}</td>"
            f"<td>{fmt(q.get('judge_faithfulness'))}</td><td>{fmt(q.get('latency'))}</td><td class='l'>{detail}</td></tr>")
    head = ["id", "question", "kind", "split", "gold", "cited", "verdict", "Recall@5", "evidence quoted", "nuggets",
            "judge", "latency (s)", ""]
    return "<table><tr>" + "".join(f"<th>{e(h)}</th>" for h in head) + "</tr>" + "".join(out) + "</table>"


def paragraph_section(result: dict[str, Any]) -> str:
    items = []
    for pid, p in sorted(result.get("paragraphs", {}).items()):
        items.append(f"<div class='para' id='{anchor(pid)}'><b>{e(pid)}</b> {e(p.get('title', ''))}, "
                     f"para. {e(p.get('label', ''))}<p>{e(p.get('text', ''))}</p></div>")
    return "<h2>Paragraphs (gold and cited)</h2>" + "".join(items) if items else ""


def html_report(result: dict[str, Any], comparison: str = "") -> str:
    settings = ", ".join(f"{k}={v}" for k, v in result["settings"].items() if v not in ("", None))
    failures = (f"<p class='bad'><b>Minimum scores not met:</b> {e('; '.join(result['failures']))}</p>"
                if result.get("failures") else "")
    pert = perturbation_table(result)
    base = baseline_table(result)
    sections = [f"<h2>Per question kind</h2><p>test split; dev in brackets</p>{_table(*kind_table(result))}",
                "<img src='kinds.png' alt='per kind, test split'>"]
    if pert:
        sections.append("<h2>Perturbation catch rate of the support check</h2><p>unsupported variants generated from "
                        "supported sentences (ground truth the check did not produce)</p>" + _table(*pert))
    if base:
        b = result["baseline"]
        sections.append(f"<h2>Side by side with the llama-index quick start</h2><p>{e(b['system'])}; {e(b['reader'])}; "
                        f"embedding model {e(b['embed_model'])}. Test split; dev in brackets.</p>"
                        + _table(*base, cls="wide") + "<img src='baseline.png' alt='baseline side by side'>"
                        + "<p>Where this project is behind the baseline:</p><ul>"
                        + "".join(f"<li>{e(n)}</li>" for n in behind_notes(result) or ["nowhere on this suite (test split)"])
                        + "</ul>")
    if comparison:
        sections.append(f"<h2>Comparison with the previous result</h2><pre>{e(comparison)}</pre>")
    sections.append("<h2>Plots</h2><img src='recall_at_k.png' alt='Recall@k curve'> <img src='latency.png' alt='Latency histogram'>")
    sections.append("<h2>Questions</h2><p>* = gold labels not yet verified against the official text; "
                    "gold and cited ids link to the paragraph's text below.</p>" + question_rows(result))
    sections.append(paragraph_section(result))
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Evaluation {e(result['suite'])}</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 2em; max-width: 1300px; }}
table {{ border-collapse: collapse; margin: 1em 0; }} td, th {{ border: 1px solid #ccc; padding: 3px 8px; font-size: 13px; vertical-align: top; }}
td {{ text-align: right; }} td:first-child, td.l {{ text-align: left; }} tr.bad td {{ background: #fff2f0; }} .bad {{ color: #a40000; }}
pre {{ white-space: pre-wrap; text-align: left; max-width: 600px; }} .para {{ margin: .6em 0; font-size: 13px; }}
.para:target {{ background: #fff8c5; }}
</style></head><body>
<h1>Evaluation: suite {e(result['suite'])}</h1>
<p>mode {e(result['mode'])}; started {e(result.get('started', ''))}; {result.get('seconds', 0):.1f} s;
{result['corpus'].get('paragraphs', '?')} paragraphs in {len(result['corpus'].get('documents', []))} documents</p>
<p><small>settings: {e(settings)}</small></p>
<ul>{''.join(f'<li>{e(n)}</li>' for n in notes(result))}</ul>
{failures}
{''.join(sections)}
</body></html>
"""
