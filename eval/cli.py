"""`wsis eval`: run a question suite through the assistant, print a summary, write a report.

Beside the suite's questions a run measures the support check on the perturbation suite (unless
``--no-perturb``), optionally rates answers with an LLM judge (``--judge``) and runs the llama-index
quick start on the same questions and files (``--baseline llamaindex[:CHUNK]``)."""
from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import click

from wsis.eval.harness import TUNABLE, known_metrics


def _parse_pairs(values: tuple[str, ...], option: str, allowed: tuple[str, ...] | None = None) -> dict[str, float]:
    out: dict[str, float] = {}
    for item in values:
        key, sep, raw = item.partition("=")
        key = key.strip()
        if not sep or not key:
            raise click.BadParameter(f"expected NAME=VALUE, got {item!r}", param_hint=option)
        if allowed and key not in allowed:
            raise click.BadParameter(f"{key}: not one of {', '.join(allowed)}", param_hint=option)
        try:
            value = float(raw)
        except ValueError:
            raise click.BadParameter(f"{key}: {raw!r} is not a number", param_hint=option) from None
        out[key] = int(value) if key in ("top_k", "candidate_k", "rrf_k") else value
    return out


@click.command("eval")
@click.option("--suite", "suite_name", default="fixture", show_default=True,
              help="Shipped suite name (fixture, seed, official) or a suite file/folder (JSONL or YAML).")
@click.option("--mode", type=click.Choice(["extractive", "generative"]), default="extractive", show_default=True,
              help="Answer mode passed to Assistant.ask.")
@click.option("--report", "report_dir", type=click.Path(path_type=Path),
              help="Report folder (default: reports/SUITE-TIMESTAMP).")
@click.option("--no-report", is_flag=True, help="Do not write a report folder.")
@click.option("--compare", "compare_path", type=click.Path(path_type=Path),
              help="A previous result.json: print the differences and flag regressions beyond noise.")
@click.option("--fail-on-regression", is_flag=True, help="Exit 1 when --compare finds a regression.")
@click.option("--min-scores", "assert_min", is_flag=True, help="Exit 1 when the suite's declared min_scores are not met.")
@click.option("--min", "min_pairs", multiple=True, metavar="METRIC=VALUE",
              help="Assert a minimum (maximum for false_refusal and latency) score; repeatable; alone, only these are asserted.")
@click.option("--set", "set_pairs", multiple=True, metavar="KEY=VALUE",
              help=f"Override a setting for this run ({', '.join(TUNABLE)}).")
@click.option("--limit", type=click.IntRange(min=1), help="Only the first N questions (N >= 1).")
@click.option("--corpus", "corpus_dir", type=click.Path(path_type=Path, file_okay=False),
              help="Folder of the suite's documents (e.g. the seed folder when the suite cannot find it).")
@click.option("--judge", "judge_spec", metavar="SPEC",
              help="LLM judge of faithfulness: ollama:MODEL[@URL] | openai:URL:MODEL | gguf:PATH | gguf:smollm2.")
@click.option("--baseline", "baselines", multiple=True, metavar="llamaindex[:CHUNK]",
              help="Also run the llama-index quick start (chunks 256 and 512 unless CHUNK is given); repeatable.")
@click.option("--no-perturb", is_flag=True, help="Skip the perturbation suite of the support check.")
@click.option("--split", type=click.Choice(["all", "test", "dev"]), default="all", show_default=True,
              help="Only the questions of one split (sha1 of the question id; see the README).")
@click.option("--json", "as_json", is_flag=True, help="Print the result JSON on stdout (the table goes to stderr).")
@click.option("--no-progress", is_flag=True, help="No progress bar.")
def eval_command(suite_name: str, mode: str, report_dir: Path | None, no_report: bool, compare_path: Path | None,
                 fail_on_regression: bool, assert_min: bool, min_pairs: tuple[str, ...], set_pairs: tuple[str, ...],
                 limit: int | None, as_json: bool, no_progress: bool, corpus_dir: Path | None, judge_spec: str | None,
                 baselines: tuple[str, ...], no_perturb: bool, split: str) -> None:
    """Evaluate retrieval, citations, faithfulness, nuggets, abstention and latency on a question suite.

    With no --suite it runs the fixture suite, which builds its own temporary index.
    """
    from wsis.eval.baseline import BaselineError, parse_baseline, run_baseline
    from wsis.eval.compare import CompareError, compare, load_result
    from wsis.eval.corpus import HarnessError, make_assistant
    from wsis.eval.harness import check_min_scores, run_suite
    from wsis.eval.judge import JudgeError
    from wsis.eval.questions import CorpusSpec, SuiteError
    from wsis.eval.report import summary_table, write_report
    from wsis.eval.suite_files import load_suite

    overrides = _parse_pairs(set_pairs, "--set", TUNABLE)
    minimums = _parse_pairs(min_pairs, "--min")
    unknown = [k for k in minimums if k not in known_metrics()]  # before the run, not after it
    if unknown:
        raise click.BadParameter(f"{unknown[0]}: unknown metric (known: {', '.join(known_metrics())})", param_hint="--min")
    previous = None
    try:
        chunks = parse_baseline(baselines)
        suite = load_suite(suite_name)
        if corpus_dir is not None:
            suite.corpus = CorpusSpec("path", str(corpus_dir.expanduser().resolve()))
        if compare_path:
            previous = load_result(compare_path)
        judge = None
        if judge_spec:
            from wsis.eval.judge import Judge

            judge = Judge(judge_spec)
        assistant, info = make_assistant(suite, progress=not no_progress, overrides=overrides)
        result_obj = run_suite(suite, mode=mode, assistant=assistant, progress=not no_progress, limit=limit,
                               judge=judge, split=None if split == "all" else split)
        result_obj.corpus = {**info, **result_obj.corpus}
        asked = {r["id"] for r in result_obj.rows}
        if not no_perturb:
            from wsis.eval import perturb

            result_obj.extra["perturbation"] = perturb.run_for_assistant(assistant)
            if judge is not None:
                pert = judge.rate_perturbations(perturb.sources_from_corpus(assistant.store.corpus().paragraphs))
                result_obj.extra["judge"]["perturbation"] = pert
        if chunks:
            result_obj.extra["baseline"] = run_baseline(suite, assistant, chunks, [q for q in suite.questions if q.id in asked])
    except (SuiteError, HarnessError, CompareError, BaselineError, JudgeError) as exc:
        raise click.ClickException(str(exc)) from None
    if minimums:  # --min alone asserts only those; with --min-scores they override the suite's
        result_obj.min_scores = {**result_obj.min_scores, **minimums} if assert_min else minimums
        result_obj.failures = check_min_scores(result_obj.summary, result_obj.min_scores, asserted=list(minimums))
    result = result_obj.to_dict()
    out = (lambda s: click.echo(s, err=True)) if as_json else click.echo
    out(summary_table(result))
    comparison = None
    if previous is not None:
        comparison = compare(previous, result)
        result["comparison"] = comparison.to_dict()
        out("")
        out(f"compared with {compare_path}:")
        out(comparison.text())
    if not no_report:
        folder = report_dir or Path("reports") / f"{suite.name}-{dt.datetime.now().strftime('%Y%m%d-%H%M%S')}"
        paths = write_report(result, folder, comparison.text() if comparison else "", previous)
        out(f"report: {paths['html']} (also " + ", ".join(p.name for k, p in paths.items() if k != "html") + ")")
    if as_json:
        click.echo(json.dumps(result, indent=2, ensure_ascii=False))
    failed = (assert_min or bool(minimums)) and bool(result_obj.failures)
    regressed = fail_on_regression and comparison is not None and bool(comparison.regressions)
    sys.exit(1 if failed or regressed else 0)
