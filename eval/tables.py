"""The figures of a result as tables (header + rows of strings), shared by the terminal, Markdown and
HTML reports. Every figure is named for what it is; test figures come first, dev beside them."""
from __future__ import annotations

from typing import Any

from wsis.eval.harness import SUMMARY_METRICS

LABELS = {
    "recall@1": "Recall@1", "recall@3": "Recall@3 (ranked paragraphs)",
    "cited_recall@3": "Recall@3 of the references (first three cited)", "recall@5": "Recall@5", "recall@10": "Recall@10", "mrr": "MRR",
    "ndcg@10": "nDCG@10", "evidence_retrieved@3": "Evidence in a retrieved paragraph (first 3)",
    "evidence_quoted": "Evidence in a quoted sentence", "nugget_recall": "Nugget recall (answer text)",
    "citation_existence": "Citation existence", "citation_precision": "Citation precision (ALCE, by the support check)",
    "citation_recall": "Citation recall (ALCE, by the support check)",
    "support_check_pass": "Support-check pass rate (the filter's own verdict)",
    "judge_faithfulness": "Judge-rated faithfulness (LLM judge)",
    "correct_refusal": "Correct refusals (unanswerable)", "false_refusal": "False refusals (answerable)",
    "abstention_accuracy": "Abstention accuracy", "latency_p50": "Latency p50 (s)", "latency_p95": "Latency p95 (s)",
    "retrieval_latency_p50": "Retrieval latency p50 (s)",
}


def fmt(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def pair(test: Any, dev: Any) -> str:
    """"0.950 (dev 0.900)": the test figure first, the dev figure beside it, labelled."""
    if test is None and dev is None:
        return "–"
    return f"{fmt(test)} (dev {fmt(dev)})"


def kind_table(result: dict[str, Any]) -> tuple[list[str], list[list[str]]]:
    """Metrics (rows) by question kind (columns): test figure, dev figure in brackets."""
    kinds = list(result.get("by_kind", {}))
    head = ["metric"] + kinds
    rows = [["questions (test / dev)"] + [f"{result['by_kind'][k]['test']['questions']} / {result['by_kind'][k]['dev']['questions']}"
                                          for k in kinds]]
    for m in SUMMARY_METRICS:
        cells = [pair(result["by_kind"][k]["test"].get(m), result["by_kind"][k]["dev"].get(m)) for k in kinds]
        if any(c != "–" for c in cells):
            label = LABELS.get(m, m)
            if m == "judge_faithfulness" and result.get("judge"):
                label = f"Judge-rated faithfulness ({result['judge']['spec']})"
            rows.append([label] + cells)
            if m in INTERVAL_METRICS:
                spans = [interval(result["by_kind"][k]["test"], m) for k in kinds]
                if any(c != "–" for c in spans):
                    rows.append([interval_label(m)] + spans)
    return head, rows


INTERVAL_METRICS = ("recall@3", "cited_recall@3", "correct_refusal", "false_refusal")


def interval_label(metric: str) -> str:
    """The row under a metric's own: its test figure's 95% interval."""
    return "↳ 95% interval, test (Wilson; count)"


def interval(summary: dict[str, Any], metric: str) -> str:
    """"0.57–0.93 (13/16)": the 95% interval of a test figure, with the count behind a rate."""
    span = (summary.get("intervals") or {}).get(metric)
    if not span:
        return "–"
    count = (summary.get("counts") or {}).get(metric)
    got = "" if not count else f"{count[0]:g}/{count[1]}"
    return f"{span[0]:.2f}–{span[1]:.2f}" + (f" ({got})" if got else "")


def language_table(result: dict[str, Any]) -> tuple[list[str], list[list[str]]] | None:
    """[multilingual] Per question language: topic Recall@3 (and its ratio to English on the test split),
    correct and false refusals; test figure first, dev in brackets."""
    langs = result.get("by_language") or {}
    if not langs:
        return None
    from wsis.assistant.languages import LANGUAGE_NAMES

    english = (langs.get("en") or {}).get("test", {}).get("topic_recall@3")
    head = ["language", "questions (test / dev)", "topic Recall@3 (ranked)", "topic Recall@3 / English's (test)",
            "topic Recall@3 of the references", "correct refusals", "false refusals"]
    rows = []
    for lang, v in langs.items():
        t, d = v["test"], v["dev"]
        ratio = t["topic_recall@3"] / english if english and t.get("topic_recall@3") is not None else None
        rows.append([f"{LANGUAGE_NAMES.get(lang, lang)} ({lang})", f"{t['questions']} / {d['questions']}",
                     pair(t.get("topic_recall@3"), d.get("topic_recall@3")), fmt(ratio),
                     pair(t.get("topic_cited_recall@3"), d.get("topic_cited_recall@3")),
                     pair(t.get("correct_refusal"), d.get("correct_refusal")),
                     pair(t.get("false_refusal"), d.get("false_refusal"))])
    return head, rows


def batch_tables(result: dict[str, Any]) -> list[tuple[str, list[str], list[list[str]]]]:
    """[blind batches] Per batch (``b2``, ...), per kind: questions, Recall@3 (ranking, citations), refusals;
    test first, dev in brackets."""
    out = []
    for batch, kinds in (result.get("by_batch") or {}).items():
        head = ["kind", "questions (test / dev)", "Recall@3", "Recall@3 of the citations", "correct refusals", "false refusals"]
        rows = []
        for kind, v in kinds.items():
            t, d = v["test"], v["dev"]
            rows.append([kind, f"{t['questions']} / {d['questions']}", pair(t.get("recall@3"), d.get("recall@3")),
                         pair(t.get("cited_recall@3"), d.get("cited_recall@3")),
                         pair(t.get("correct_refusal"), d.get("correct_refusal")),
                         pair(t.get("false_refusal"), d.get("false_refusal"))])
        out.append((batch, head, rows))
    return out


def perturbation_table(result: dict[str, Any]) -> tuple[list[str], list[list[str]]] | None:
    p = result.get("perturbation")
    if not p:
        return None
    judge = (result.get("judge") or {}).get("perturbation") or {}
    head = ["kind", "pairs", "caught by the support check", "perturbation catch rate"] + (
        ["judge's catch rate (sample)"] if judge else [])
    rows = []
    for kind, k in p["kinds"].items():
        row = [kind, str(k["pairs"]), str(k["caught"]), fmt(k["catch_rate"])]
        if judge:
            j = judge["kinds"].get(kind, {})
            row.append(f"{fmt(j.get('catch_rate'))} of {j.get('rated', 0)}")
        rows.append(row)
    row = ["all kinds", str(p["pairs"]), str(sum(k["caught"] for k in p["kinds"].values())), fmt(p["catch_rate_all"])]
    rows.append(row + ([""] if judge else []))
    row = ["false alarms on untouched sentences", str(p["untouched"]), "", fmt(p["false_alarm_rate"])]
    rows.append(row + ([f"{fmt(judge.get('false_alarm_rate'))} of {judge.get('untouched', 0)}"] if judge else []))
    return head, rows


def missed_kinds(result: dict[str, Any], below: float = 0.5) -> list[str]:
    p = result.get("perturbation") or {}
    return [k for k, v in p.get("kinds", {}).items() if v.get("catch_rate") is not None and v["catch_rate"] < below]


def baseline_table(result: dict[str, Any]) -> tuple[list[str], list[list[str]]] | None:
    """Per kind: this project's evidence (retrieved paragraph, quoted sentence) beside the baseline's
    evidence in a retrieved chunk per chunk size; retrieval latency p50; what the baseline cannot do."""
    b = result.get("baseline")
    if not b:
        return None
    runs = b["runs"]
    head = (["kind", "this project: evidence in a retrieved paragraph@3", "this project: evidence in a quoted sentence"]
            + [f"baseline chunk {c}: evidence in a retrieved chunk@3" for c in runs]
            + ["this project: retrieval p50 (ms)"] + [f"baseline chunk {c}: retrieval p50 (ms)" for c in runs]
            + ["baseline cannot"])
    rows = []
    for kind, splits in result["by_kind"].items():
        t, d = splits["test"], splits["dev"]
        row = [kind, pair(t.get("evidence_retrieved@3"), d.get("evidence_retrieved@3")),
               pair(t.get("evidence_quoted"), d.get("evidence_quoted"))]
        for run in runs.values():
            k = run["by_kind"].get(kind, {})
            row.append(pair(k.get("test", {}).get("evidence@3"), k.get("dev", {}).get("evidence@3")))
        row.append(_ms(t.get("retrieval_latency_p50"), d.get("retrieval_latency_p50")))
        for run in runs.values():
            k = run["by_kind"].get(kind, {})
            row.append(_ms(k.get("test", {}).get("retrieval_latency_p50"), k.get("dev", {}).get("retrieval_latency_p50")))
        cannot = ["paragraph labels"]
        if kind == "lookup":
            cannot.append("look-ups (similarity search only)")
        if kind.startswith("unanswerable"):
            cannot.append(f"abstention (this project: correct refusals {pair(t.get('correct_refusal'), d.get('correct_refusal'))})")
        row.append("; ".join(cannot))
        rows.append(row)
    return head, rows


def _ms(test: float | None, dev: float | None) -> str:
    if test is None and dev is None:
        return "–"
    f = lambda v: "–" if v is None else f"{1000 * v:.0f}"  # noqa: E731
    return f"{f(test)} (dev {f(dev)})"


def markdown_table(head: list[str], rows: list[list[str]]) -> list[str]:
    esc = lambda s: str(s).replace("|", "\\|")  # noqa: E731
    return (["| " + " | ".join(esc(h) for h in head) + " |", "|" + "---|" * len(head)]
            + ["| " + " | ".join(esc(c) for c in r) + " |" for r in rows])


def text_table(head: list[str], rows: list[list[str]], first: int = 34, width: int = 19) -> list[str]:
    """Fixed-width columns; the first as wide as its longest label (tester AA: "Support-check pass rate (the filte")."""
    first = max([first] + [len(r[0]) for r in [head, *rows] if r])
    line = lambda cells: f"{cells[0][:first]:{first}}" + "".join(f" {c[:width]:>{width}}" for c in cells[1:])  # noqa: E731
    return [line(head), "-" * (first + (width + 1) * (len(head) - 1))] + [line(r) for r in rows]


def question_status(q: dict[str, Any]) -> str:
    """The verdict of one question: ok, refused (should answer), gold not retrieved, ..."""
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
    if q.get("nugget_recall") is not None and q["nugget_recall"] < 1.0:
        return "nuggets missing"
    return "ok"


def notes(result: dict[str, Any]) -> list[str]:
    """What each figure is, said once in every report."""
    out = [f"Split rule: {result.get('split_rule', 'sha1 of the question id')}; test figures first, dev in brackets. "
           "Thresholds are fitted on dev questions only (python -m wsis.eval.calibrate, scripts/tune.py).",
           "Support-check pass rate and the ALCE citation scores are computed by the same support check that filters "
           "generated sentences: they show the filter agreeing with itself, not independent faithfulness. "
           "Extractive answers are verbatim, so these figures are 1.0 by construction there.",
           "Independent figures: the perturbation catch rate (generated ground truth) and, with --judge, the "
           "judge-rated faithfulness (an LLM with the fixed rubric prompts/judge.txt).",
           "Look-ups resolve paragraph references deterministically: their retrieval figures are not comparable "
           "with the retrieval of the other kinds and are never pooled with them here."]
    miss = missed_kinds(result)
    if miss:
        out.append("The support check misses most perturbations of kind: " + ", ".join(miss) + ".")
    return out


def behind_notes(result: dict[str, Any]) -> list[str]:
    """Where this project is behind the baseline (test split), why, and what would close the gap."""
    b = result.get("baseline")
    if not b:
        return []
    out = []
    for kind, splits in result["by_kind"].items():
        t = splits["test"]
        for chunk, run in b["runs"].items():
            bt = run["by_kind"].get(kind, {}).get("test", {})
            base, ret, quoted = bt.get("evidence@3"), t.get("evidence_retrieved@3"), t.get("evidence_quoted")
            if base is None:
                continue
            if ret is not None and base > ret + 1e-9:
                out.append(f"{kind}: the baseline's 3 chunks of {chunk} tokens hold {base:.2f} of the nuggets, this project's "
                           f"first 3 paragraphs {ret:.2f}: a chunk spans several short paragraphs; more candidates per "
                           "answer (top_k) or neighbouring paragraphs as context would close it.")
            elif quoted is not None and base > quoted + 1e-9:
                out.append(f"{kind}: the baseline's chunks of {chunk} tokens hold {base:.2f} of the nuggets, this project's "
                           f"quoted sentences {quoted:.2f} (its retrieved paragraphs {fmt(ret)}): sentence selection drops "
                           "what retrieval found; quoting whole short paragraphs or selecting sentences by coverage of "
                           "the question would close it.")
        p_lat = t.get("retrieval_latency_p50")
        fastest = min((r["by_kind"].get(kind, {}).get("test", {}).get("retrieval_latency_p50") or 1e9 for r in b["runs"].values()),
                      default=1e9)
        if p_lat is not None and fastest < 1e9 and p_lat > 1.25 * fastest:
            concept = (" and, for a question whose concept is not found word for word, embeds the candidates' sentences to "
                       "look for a paraphrase (the quick start never refuses)" if kind != "lookup" else "")
            out.append(f"{kind}: retrieval p50 {1000 * p_lat:.0f} ms vs the baseline's {1000 * fastest:.0f} ms: this project runs "
                       f"BM25 and Chroma and fuses them (and resolves references){concept}; the quick start searches one in-memory "
                       "vector list (scripts/bench_ask.py shows the time per stage; an in-memory vector search for small corpora would close it).")
    return out
