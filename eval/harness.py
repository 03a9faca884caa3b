"""Run a question suite through ``Assistant.ask`` (the code path of the CLI, UI and API) and score it.

Every figure is reported per question kind (``questions.KINDS``) and per split (test first, dev
beside it); the pooled ``summary`` exists only for the suites' ``min_scores`` assertions and for
``--compare``, and reports never headline it.
"""
from __future__ import annotations

import datetime as dt
import logging
import re
import sys
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Sequence

from wsis.types import Answer, Filters
from wsis.eval import metrics as M
from wsis.eval.corpus import CorpusMissing, HarnessError, make_assistant, prepare_index  # noqa: F401 (re-exported)
from wsis.eval.questions import KINDS, SPLITS, Suite
from wsis.eval.scoring import CURVE_KS, KS, CachedEmbed, Scorer, base_row, score_answer  # noqa: F401 (re-exported)

log = logging.getLogger("wsis.eval")
TUNABLE = ("bm25_weight", "dense_weight", "rrf_k", "top_k", "candidate_k", "abstain_threshold", "support_threshold")

SUMMARY_METRICS = ["recall@1", "recall@3", "cited_recall@3", "recall@5", "recall@10", "mrr", "ndcg@10", "evidence_retrieved@3",
                   "evidence_quoted", "nugget_recall", "citation_existence", "citation_precision", "citation_recall",
                   "support_check_pass", "judge_faithfulness", "correct_refusal", "false_refusal",
                   "abstention_accuracy", "latency_p50", "latency_p95", "retrieval_latency_p50"]
LOWER_IS_BETTER = {"false_refusal", "latency_p50", "latency_p95", "latency_mean", "retrieval_latency_p50"}
HIGHER_IS_BETTER = {m: m not in LOWER_IS_BETTER for m in SUMMARY_METRICS} | {m: False for m in LOWER_IS_BETTER}
METRIC_ALIASES = {"faithfulness": "support_check_pass"}  # the old name of the support check's own verdict
_MEANS = ["mrr", "ndcg@10", "evidence_retrieved@3", "evidence_quoted", "citation_existence", "citation_precision",
          "citation_recall", "support_check_pass", "judge_faithfulness", "nugget_recall", "quote_exact", "cites_gold", "cited_recall@3"]


def summarize(rows: list[dict]) -> dict[str, Any]:
    """Means over the rows that measure each metric; refusal rates; latency percentiles."""
    scored = [r for r in rows if not r.get("skipped")]
    out: dict[str, Any] = {"questions": len(scored), "errors": sum(bool(r.get("error")) for r in scored)}
    for key in _MEANS + [f"recall@{k}" for k in sorted(set(KS) | set(CURVE_KS))]:
        out[key] = M.mean(r.get(key) for r in scored)
    out.update(M.abstention_rates((r["answerable"], bool(r.get("abstained"))) for r in scored))
    # how far each headline rate could move on this many questions: counts and 95% intervals
    refused = {"correct_refusal": [bool(r.get("abstained")) for r in scored if not r["answerable"]],
               "false_refusal": [bool(r.get("abstained")) for r in scored if r["answerable"]]}
    out["counts"] = {m: [sum(v), len(v)] for m, v in refused.items() if v}
    out["intervals"] = {m: M.wilson(sum(v), len(v)) for m, v in refused.items() if v}
    for metric in ("recall@3", "cited_recall@3"):
        recall = [r[metric] for r in scored if r.get(metric) is not None]
        if recall:
            out["counts"][metric] = [round(sum(recall), 1), len(recall)]
            out["intervals"][metric] = M.wilson(sum(recall), len(recall))
    lat = [r["latency"] for r in scored if r.get("latency") is not None]
    out["latency_p50"] = M.percentile(lat, 50)
    out["latency_p95"] = M.percentile(lat, 95)
    out["latency_mean"] = M.mean(lat)
    out["retrieval_latency_p50"] = M.percentile([r["retrieval_latency"] for r in scored if r.get("retrieval_latency") is not None], 50)
    out["recall_curve"] = {str(k): out[f"recall@{k}"] for k in CURVE_KS}
    return out


def known_metrics() -> list[str]:
    """The names ``--min`` and ``min_scores`` may bound: every metric a summary holds, and the aliases."""
    counts = {"questions", "errors"}  # sizes of the run, not scores
    return [k for k, v in summarize([]).items() if not isinstance(v, dict) and k not in counts] + list(METRIC_ALIASES)


def kinds_of(rows: list[dict]) -> list[str]:
    """The kinds present, in the order of ``KINDS`` (others after)."""
    present = list(dict.fromkeys(r.get("kind", r.get("category")) for r in rows))
    return [k for k in KINDS if k in present] + [k for k in present if k not in KINDS]


def by_kind(rows: list[dict]) -> dict[str, dict[str, dict[str, Any]]]:
    """kind -> {"test": summary, "dev": summary}."""
    out: dict[str, dict[str, dict[str, Any]]] = {}
    for kind in kinds_of(rows):
        out[kind] = {}
        for split in SPLITS:
            s = summarize([r for r in rows if r.get("kind", r.get("category")) == kind and r.get("split", "test") == split])
            s.pop("recall_curve", None)
            out[kind][split] = s
    return out


MIN_PER_LANGUAGE = 5


def by_language(rows: list[dict]) -> dict[str, dict[str, dict[str, Any]]]:
    """[multilingual] question language -> {"test": ..., "dev": ...}: topic Recall@3 and refusal rates,
    for a suite that asks in more than one language, at least ``MIN_PER_LANGUAGE`` questions each ({}
    otherwise: a short English reference such as "Tunis Agenda 72" may be detected as Spanish)."""
    from wsis.assistant.languages import UN_LANGUAGES, detect_language

    scored = [r for r in rows if not r.get("skipped")]
    lang_of = [detect_language(r.get("question", "")) for r in scored]
    present = [lang for lang in UN_LANGUAGES if lang_of.count(lang) >= MIN_PER_LANGUAGE]
    if len(present) < 2:
        return {}
    out: dict[str, dict[str, dict[str, Any]]] = {}
    for lang in present:
        out[lang] = {}
        for split in SPLITS:
            sub = [r for r, l in zip(scored, lang_of) if l == lang and r.get("split", "test") == split]
            topic = [r for r in sub if r.get("kind", r.get("category")) == "topic"]
            rates = M.abstention_rates((r["answerable"], bool(r.get("abstained"))) for r in sub)
            out[lang][split] = {"questions": len(sub), "topic_questions": len(topic),
                                "topic_recall@3": M.mean(r.get("recall@3") for r in topic),
                                "topic_cited_recall@3": M.mean(r.get("cited_recall@3") for r in topic),
                                "correct_refusal": rates["correct_refusal"], "false_refusal": rates["false_refusal"]}
    return out


_BATCH = re.compile(r"^(b\d+)-")


def by_batch(rows: list[dict]) -> dict[str, dict[str, dict[str, dict[str, Any]]]]:
    """Questions added later as a blind batch (id prefix ``b2-``, ...: written by someone who had not seen
    the system's answers, not edited after the first run): batch -> kind -> {"test", "dev"}: question
    count, Recall@3 of the ranking and of the citations, correct and false refusals, so the cleanest held-out figures can be read apart."""
    out: dict[str, dict[str, dict[str, dict[str, Any]]]] = {}
    scored = [r for r in rows if not r.get("skipped")]
    for batch in sorted({m.group(1) for r in scored if (m := _BATCH.match(str(r.get("id", ""))))}):
        mine = [r for r in scored if str(r.get("id", "")).startswith(batch + "-")]
        out[batch] = {}
        for kind in kinds_of(mine):
            out[batch][kind] = {}
            for split in SPLITS:
                sub = [r for r in mine if r.get("kind", r.get("category")) == kind and r.get("split", "test") == split]
                rates = M.abstention_rates((r["answerable"], bool(r.get("abstained"))) for r in sub)
                out[batch][kind][split] = {"questions": len(sub), "recall@3": M.mean(r.get("recall@3") for r in sub),
                                           "cited_recall@3": M.mean(r.get("cited_recall@3") for r in sub),
                                           "correct_refusal": rates["correct_refusal"], "false_refusal": rates["false_refusal"]}
    return out


@dataclass
class RunResult:
    suite: str
    suite_path: str
    mode: str
    settings: dict[str, Any]
    corpus: dict[str, Any]
    rows: list[dict]
    summary: dict[str, Any]
    by_kind: dict[str, dict[str, dict[str, Any]]]
    min_scores: dict[str, float] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)
    started: str = ""
    seconds: float = 0.0
    notices: list[str] = field(default_factory=list)
    answers: dict[str, Answer] = field(default_factory=dict, repr=False)  # not serialized
    extra: dict[str, Any] = field(default_factory=dict)  # perturbation, judge, baseline sections

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": "wsis-eval/2", "suite": self.suite, "suite_path": self.suite_path, "mode": self.mode,
            "started": self.started, "seconds": round(self.seconds, 2), "settings": self.settings,
            "corpus": self.corpus, "split_rule": "dev when int(sha1(question id), 16) is even, else test",
            "by_kind": _round(self.by_kind), "summary": _round(self.summary),
            "min_scores": self.min_scores, "failures": self.failures, "notices": self.notices,
            **_round(self.extra), "questions": [_round(r) for r in self.rows],
        }


def _round(value: Any) -> Any:
    if isinstance(value, float):
        return round(value, 4)
    if isinstance(value, dict):
        return {k: _round(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_round(v) for v in value]
    return value


def check_min_scores(summary: dict[str, Any], minimums: dict[str, float], asserted: Sequence[str] = ()) -> list[str]:
    """Failed assertions, as "metric 0.41 < 0.50" lines; for lower-is-better metrics a maximum.

    A metric without a value (e.g. correct refusals on a ``--limit`` run without unanswerable
    questions) is not measured: a failure when the user ``asserted`` it (``--min``: a gate that could
    not be checked does not pass), else only listed by :func:`unmeasured`."""
    failures = []
    for name, bound in minimums.items():
        metric = METRIC_ALIASES.get(name, name)
        if metric not in summary:
            failures.append(f"{name}: unknown metric (known: {', '.join(SUMMARY_METRICS)})")
            continue
        value = summary[metric]
        if value is None:
            if name in asserted:
                failures.append(f"{name}: not measured in this run (no question it applies to{_NEEDS.get(metric, '')})")
            continue
        if HIGHER_IS_BETTER.get(metric, True) and value < bound:
            failures.append(f"{name}: {value:.3f} < minimum {bound:.3f}")
        elif not HIGHER_IS_BETTER.get(metric, True) and value > bound:
            failures.append(f"{name}: {value:.3f} > maximum {bound:.3f}")
    return failures


_NEEDS = {"judge_faithfulness": ", or no --judge"}


def unmeasured(summary: dict[str, Any], minimums: dict[str, float]) -> list[str]:
    """The minimums whose metric has no value in this run."""
    return [n for n in minimums if METRIC_ALIASES.get(n, n) in summary and summary[METRIC_ALIASES.get(n, n)] is None]


def settings_snapshot(settings) -> dict[str, Any]:
    keys = ("embed_model", "llm", "reranker") + TUNABLE
    return {k: getattr(settings, k) for k in dict.fromkeys(keys)}


def run_suite(suite: Suite, mode: str = "extractive", assistant=None, progress: bool = False,
              overrides: dict[str, Any] | None = None, limit: int | None = None,
              on_row: Callable[[dict], None] | None = None, judge=None, split: str | None = None) -> RunResult:
    """Ask every question (of ``split`` only, if given) through ``Assistant.ask`` and score the answers.

    ``judge`` (``eval.judge.Judge``) rates each answered question's statements independently of
    the support check; its figure is ``judge_faithfulness``."""
    from tqdm import tqdm

    started = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    t_start = time.perf_counter()
    info: dict[str, Any] = {}
    if assistant is None:
        assistant, info = make_assistant(suite, progress=progress, overrides=overrides)
    else:
        for key, value in (overrides or {}).items():
            setattr(assistant.settings, key, value)
        info = {"kind": suite.corpus.kind}
    corpus = assistant.store.corpus()
    info = {**info, "documents": sorted(corpus.documents), "paragraphs": len(corpus.paragraphs)}
    notices = []
    missing_required = [d for d in suite.requires if d not in corpus.documents]
    if missing_required:
        notices.append("not in the index: " + ", ".join(missing_required) + " (their questions are skipped)")
    if mode == "generative" and not assistant.llm_configured:
        notices.append("generative mode without WSIS_LLM: answers fall back to extractive")
    scorer = Scorer.for_assistant(assistant)
    records = assistant.store.manifest().documents  # texts indexed in part: their numbering has gaps (an extract)
    partial = {d for d, r in records.items() if (getattr(r, "structure", None) or {}).get("gaps")}
    _warm_up(assistant)
    questions = [q for q in suite.questions if split is None or q.split == split]
    if limit is not None and limit < len(questions):
        notices.append(f"limited to the first {limit} of {len(questions)} questions (--limit)")
    questions = questions[:limit] if limit else questions
    rows: list[dict] = []
    answers: dict[str, Answer] = {}
    for q in tqdm(questions, desc=f"eval {suite.name}", unit="q", disable=not progress, file=sys.stderr, leave=False):
        absent = sorted({M.base_id(g).split("#")[0] for g in q.gold_ids} - set(corpus.documents))
        # a gold paragraph outside an indexed extract ("Tunis Agenda para 34" over paragraphs 67-72): not scored either
        absent += sorted({M.base_id(g) for g in q.gold_ids if M.base_id(g).split("#")[0] in partial and corpus.get(M.base_id(g)) is None})
        if absent:
            rows.append({**base_row(q), "skipped": f"not in the index: {', '.join(absent)}"})
            continue
        filters = Filters(**q.filters) if q.filters else None
        t0 = time.perf_counter()
        try:
            answer = assistant.ask(q.question, history=q.history or None, filters=filters, mode=mode)
            error = ""
        except Exception as exc:  # one failing question must not stop the run
            log.debug("question %s failed", q.id, exc_info=True)
            answer, error = None, f"{type(exc).__name__}: {' '.join(str(exc).split())[:200]}"
        latency = time.perf_counter() - t0
        if answer is not None:
            answers[q.id] = answer
        row = score_answer(q, answer, scorer, latency, error)
        if judge is not None and answer is not None and not answer.abstained:
            row.update(judge.rate_answer(answer, scorer.get_text))
        rows.append(row)
        if on_row:
            on_row(row)
    summary = summarize(rows)
    result = RunResult(suite.name, str(suite.path), mode, settings_snapshot(assistant.settings), info, rows, summary,
                       by_kind(rows), dict(suite.min_scores), [], started, time.perf_counter() - t_start, notices, answers)
    result.extra["paragraphs"] = paragraph_texts(rows, corpus)
    languages = by_language(rows)
    if languages:
        result.extra["by_language"] = languages
    batches = by_batch(rows)
    if batches:
        result.extra["by_batch"] = batches
    if judge is not None:
        result.extra["judge"] = {"spec": judge.spec, "prompt": "prompts/judge.txt", "calls": judge.calls,
                                 "unparsed": judge.unparsed}
    result.failures = check_min_scores(summary, suite.min_scores)
    return result


def paragraph_texts(rows: list[dict], corpus) -> dict[str, dict[str, str]]:
    """Text of every gold and cited paragraph, for the report's links."""
    out = {}
    for r in rows:
        for pid in list(r.get("gold", [])) + list(r.get("citations", [])):
            p = corpus.get(M.base_id(pid))
            if p is not None and pid not in out:
                doc = corpus.documents.get(p.doc_id)
                out[pid] = {"title": doc.title if doc else p.doc_id, "label": p.label, "text": p.text}
    return out


def _warm_up(assistant) -> None:
    """Load the models and caches before timing, so latency measures answering."""
    try:
        assistant.embed(["warm-up"])
        assistant.retriever.embed_query("warm-up")
        assistant.store.bm25()
        assistant.retriever.names()
    except Exception:  # warm-up is best effort
        log.debug("warm-up failed", exc_info=True)
