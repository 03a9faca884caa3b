"""Run a question suite through ``Assistant.ask`` (the code path of the CLI, UI and API) and score it.

Self-contained suites declare their corpus (a builder function or a folder): the harness ingests it
into a temporary index, once per process. Suites without a corpus run on the user's configured index
(``WSIS_DATA_DIR``), e.g. the official-corpus suite after ``wsis fetch`` and ``wsis ingest``.
"""
from __future__ import annotations

import atexit
import dataclasses
import datetime as dt
import importlib
import logging
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from wsis.settings import Settings, get_settings
from wsis.types import Answer, Filters
from wsis.eval import metrics as M
from wsis.eval.questions import CorpusSpec, Question, Suite

log = logging.getLogger("wsis.eval")
KS = (1, 2, 3, 5, 8, 10)
CURVE_KS = tuple(range(1, 11))
TUNABLE = ("bm25_weight", "dense_weight", "rrf_k", "top_k", "candidate_k", "abstain_threshold", "support_threshold")


class HarnessError(RuntimeError):
    """The suite cannot run (no corpus, failed ingest, empty index); str() is one line."""


class CorpusMissing(HarnessError):
    """The suite's corpus folder is absent (e.g. ../shared/seeds on a user's machine)."""


# -- indexes --------------------------------------------------------------------------------------------

_INDEXES: dict[str, tuple[Path, Settings, dict]] = {}


def _cleanup() -> None:
    for root, _, _ in _INDEXES.values():
        shutil.rmtree(root, ignore_errors=True)
    _INDEXES.clear()


atexit.register(_cleanup)


def _call_builder(target: str, dest: Path) -> Path:
    module_name, _, func_name = target.partition(":")
    root = str(Path(__file__).resolve().parents[1])
    if root not in sys.path:
        sys.path.insert(0, root)
    try:
        func = getattr(importlib.import_module(module_name), func_name)
    except (ImportError, AttributeError) as exc:
        raise HarnessError(f"corpus builder {target}: cannot import: {exc}") from None
    dest.mkdir(parents=True, exist_ok=True)
    out = func(dest)
    return Path(out) if out else dest


def prepare_index(spec: CorpusSpec, progress: bool = False, base: Settings | None = None) -> tuple[Settings, dict]:
    """Settings pointing at an index holding the suite's corpus, and what was ingested.

    Temporary indexes are built once per process and per corpus (then reused), and removed at exit.
    """
    if spec.kind == "index":
        settings = base or get_settings()
        return settings, {"kind": "index", "data_dir": str(settings.data_dir)}
    key = spec.key()
    if key in _INDEXES:
        _, settings, info = _INDEXES[key]
        return dataclasses.replace(settings), info
    from wsis.assistant.library import ingest_paths as ingest

    root = Path(tempfile.mkdtemp(prefix="wsis-eval-"))
    try:
        if spec.kind == "builder":
            corpus_dir = _call_builder(spec.target, root / "corpus")
        else:
            corpus_dir = spec.resolve_path()
            if not corpus_dir.exists():
                raise CorpusMissing(f"corpus {spec.target}: not found (looked at {corpus_dir})")
        settings = dataclasses.replace(base or Settings(), data_dir=root / "data")
        t0 = time.perf_counter()
        report = ingest([corpus_dir], settings, progress=progress)
        failed = [r.message for r in report.results if r.status == "failed"]
        if failed:
            raise HarnessError(f"corpus {spec.target}: ingest failed: {failed[0]}" + (f" (+{len(failed) - 1} more)" if len(failed) > 1 else ""))
        if not report.paragraphs:
            raise HarnessError(f"corpus {spec.target}: no paragraphs were indexed from {corpus_dir}")
        info = {"kind": spec.kind, "source": spec.target, "files": [Path(r.path).name for r in report.results],
                "doc_ids": [r.doc_id for r in report.results], "paragraphs": report.paragraphs,
                "ingest_seconds": round(time.perf_counter() - t0, 2)}
    except BaseException:
        shutil.rmtree(root, ignore_errors=True)
        raise
    _INDEXES[key] = (root, settings, info)
    return dataclasses.replace(settings), info


# -- scoring one answer -------------------------------------------------------------------------------

class CachedEmbed:
    """Memoized text -> vector, so the support check re-embeds nothing across metrics."""

    def __init__(self, embed: Callable[[list[str]], Any]):
        self.embed = embed
        self.cache: dict[str, list[float]] = {}

    def __call__(self, texts: list[str]) -> list[list[float]]:
        missing = [t for t in dict.fromkeys(texts) if t not in self.cache]
        if missing:
            for t, v in zip(missing, self.embed(missing)):
                self.cache[t] = list(v)
        return [self.cache[t] for t in texts]


@dataclass
class Scorer:
    """Everything needed to score answers: paragraph lookup and the shared support check."""

    get_text: Callable[[str], str | None]
    checker: Any  # assistant.support.SupportChecker

    def supports(self, sentence: str, texts: list[str]) -> bool:
        return bool(self.checker.check(sentence, texts).supported)

    @classmethod
    def for_assistant(cls, assistant) -> "Scorer":
        checker = assistant.support_checker()
        checker.embed = CachedEmbed(checker.embed) if checker.embed is not None else None
        corpus = assistant.store.corpus()

        def get_text(pid: str) -> str | None:
            p = corpus.get(M.base_id(pid))
            return None if p is None else p.text

        return cls(get_text, checker)


def citation_pid(c) -> str:
    """The paragraph id a citation names: its id, else doc_id#label without the sub-item."""
    return M.base_id(c.id or f"{c.doc_id}#{c.paragraph}")


def score_answer(q: Question, answer: Answer | None, scorer: Scorer, latency: float | None = None,
                 error: str = "") -> dict[str, Any]:
    """One row of the result: retrieval, citation, faithfulness, nugget and abstention scores."""
    row: dict[str, Any] = {
        "id": q.id, "category": q.category, "question": q.question, "answerable": q.answerable,
        "gold": q.gold_ids, "unverified": q.unverified, "nuggets": q.nuggets, "latency": latency, "error": error,
    }
    if answer is None:
        row.update({"abstained": False, "answer": "", "ranked": [], "citations": [], "notice": ""})
        if q.answerable and q.gold:
            row.update({f"recall@{k}": 0.0 for k in sorted(set(KS) | set(CURVE_KS))})
            row.update({"mrr": 0.0, "ndcg@10": 0.0})
        if q.answerable and q.nuggets:
            row["nugget_recall"] = 0.0
        return row
    ranked = M.dedupe(p.id for p in answer.passages)
    row.update({
        "abstained": bool(answer.abstained), "answer": answer.answer, "notice": answer.notice, "ranked": ranked[:10],
        "citations": [citation_pid(c) for c in answer.citations],
        "relevance": max((p.scores.get("dense", 0.0) for p in answer.passages), default=0.0),
        "timings": {k: round(v, 4) for k, v in answer.timings.items()},
    })
    if q.answerable and q.gold:
        for k in sorted(set(KS) | set(CURVE_KS)):
            row[f"recall@{k}"] = M.recall_at_k(ranked, q.gold_ids, k)
        row["mrr"] = M.mrr(ranked, q.gold_ids)
        row["ndcg@10"] = M.ndcg_at_k(ranked, q.gold_ids, 10)
        row["first_gold_rank"] = next((i for i, pid in enumerate(ranked, start=1) if pid in {M.base_id(g) for g in q.gold_ids}), None)
    if q.answerable and q.nuggets:
        row["nugget_recall"] = 0.0 if answer.abstained else M.nugget_recall(q.nuggets, answer.answer)
        row["nuggets_missing"] = [n for n in q.nuggets if not M.nugget_found(n, answer.answer)]
    if not answer.abstained:
        row.update(score_citations(answer, scorer))
        if q.answerable and q.gold:
            cited = set(row["citations"])
            row["cites_gold"] = float(bool(cited & {M.base_id(g) for g in q.gold_ids}))
    return row


def score_citations(answer: Answer, scorer: Scorer) -> dict[str, Any]:
    by_marker: dict[int, str | None] = {}
    for n, c in enumerate(answer.citations, start=1):
        marker = c.marker or n
        by_marker[marker] = scorer.get_text(citation_pid(c))
    cited_ids = [citation_pid(c) for c in answer.citations]
    stmts = M.statements(answer.answer)
    alce = M.citation_scores(stmts, by_marker, scorer.supports)
    existing = [t for t in by_marker.values() if t is not None]
    quotes_exact = [c.quote.strip() in (scorer.get_text(citation_pid(c)) or "") for c in answer.citations if c.quote.strip()]
    return {
        "citation_existence": M.citation_existence(cited_ids, lambda pid: scorer.get_text(pid) is not None),
        "citation_recall": alce.recall if stmts else None,
        "citation_precision": alce.precision if alce.citations else (0.0 if stmts else None),
        "faithfulness": M.faithfulness(stmts, existing, scorer.supports) if stmts else None,
        "quote_exact": sum(quotes_exact) / len(quotes_exact) if quotes_exact else None,
        "statements": len(stmts),
        "unsupported": [d["text"][:160] for d in alce.per_statement if not d["supported"]],
    }


# -- the run ----------------------------------------------------------------------------------------------

SUMMARY_METRICS = ["recall@1", "recall@3", "recall@5", "recall@10", "mrr", "ndcg@10", "citation_existence",
                   "citation_precision", "citation_recall", "faithfulness", "nugget_recall", "correct_refusal",
                   "false_refusal", "abstention_accuracy", "latency_p50", "latency_p95"]
HIGHER_IS_BETTER = {m: True for m in SUMMARY_METRICS} | {"false_refusal": False, "latency_p50": False,
                                                          "latency_p95": False, "latency_mean": False}


def summarize(rows: list[dict]) -> dict[str, Any]:
    scored = [r for r in rows if not r.get("skipped")]
    out: dict[str, Any] = {"questions": len(scored), "errors": sum(bool(r.get("error")) for r in scored)}
    for key in ["mrr", "ndcg@10", "citation_existence", "citation_precision", "citation_recall", "faithfulness",
                "nugget_recall", "quote_exact", "cites_gold"] + [f"recall@{k}" for k in sorted(set(KS) | set(CURVE_KS))]:
        out[key] = M.mean(r.get(key) for r in scored)
    out.update(M.abstention_rates((r["answerable"], bool(r.get("abstained"))) for r in scored))
    lat = [r["latency"] for r in scored if r.get("latency") is not None]
    out["latency_p50"] = M.percentile(lat, 50)
    out["latency_p95"] = M.percentile(lat, 95)
    out["latency_mean"] = M.mean(lat)
    out["recall_curve"] = {str(k): out[f"recall@{k}"] for k in CURVE_KS}
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
    by_category: dict[str, dict[str, Any]]
    min_scores: dict[str, float] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)
    started: str = ""
    seconds: float = 0.0
    notices: list[str] = field(default_factory=list)
    answers: dict[str, Answer] = field(default_factory=dict, repr=False)  # not serialized

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": "wsis-eval/1", "suite": self.suite, "suite_path": self.suite_path, "mode": self.mode,
            "started": self.started, "seconds": round(self.seconds, 2), "settings": self.settings,
            "corpus": self.corpus, "summary": _round(self.summary), "by_category": _round(self.by_category),
            "min_scores": self.min_scores, "failures": self.failures, "notices": self.notices,
            "questions": [_round(r) for r in self.rows],
        }


def _round(value: Any) -> Any:
    if isinstance(value, float):
        return round(value, 4)
    if isinstance(value, dict):
        return {k: _round(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_round(v) for v in value]
    return value


def check_min_scores(summary: dict[str, Any], minimums: dict[str, float]) -> list[str]:
    """Failed assertions, as "metric 0.41 < 0.50" lines; for lower-is-better metrics a maximum.

    A metric without a value (e.g. correct refusals on a ``--limit`` run without unanswerable
    questions) is not measured, hence not failed."""
    failures = []
    for metric, bound in minimums.items():
        if metric not in summary:
            failures.append(f"{metric}: unknown metric (known: {', '.join(SUMMARY_METRICS)})")
            continue
        value = summary[metric]
        if value is None:
            continue
        if HIGHER_IS_BETTER.get(metric, True) and value < bound:
            failures.append(f"{metric}: {value:.3f} < minimum {bound:.3f}")
        elif not HIGHER_IS_BETTER.get(metric, True) and value > bound:
            failures.append(f"{metric}: {value:.3f} > maximum {bound:.3f}")
    return failures


def settings_snapshot(settings: Settings) -> dict[str, Any]:
    keys = ("embed_model", "llm", "reranker") + TUNABLE + ("rrf_k",)
    return {k: getattr(settings, k) for k in dict.fromkeys(keys)}


def make_assistant(suite: Suite, progress: bool = False, overrides: dict[str, Any] | None = None):
    from wsis.assistant.answering import Assistant

    settings, info = prepare_index(suite.corpus, progress=progress)
    for key, value in (overrides or {}).items():
        setattr(settings, key, value)
    assistant = Assistant(settings)
    if not assistant.store.corpus().paragraphs:
        raise HarnessError(f"the index at {settings.index_dir} is empty: run `wsis fetch` and `wsis ingest` first")
    return assistant, info


def run_suite(suite: Suite, mode: str = "extractive", assistant=None, progress: bool = False,
              overrides: dict[str, Any] | None = None, limit: int | None = None,
              on_row: Callable[[dict], None] | None = None) -> RunResult:
    """Ask every question through ``Assistant.ask`` and score the answers."""
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
    _warm_up(assistant)
    questions = suite.questions[:limit] if limit else suite.questions
    rows: list[dict] = []
    answers: dict[str, Answer] = {}
    for q in tqdm(questions, desc=f"eval {suite.name}", unit="q", disable=not progress, file=sys.stderr, leave=False):
        absent = sorted({M.base_id(g).split("#")[0] for g in q.gold_ids} - set(corpus.documents))
        if absent:
            rows.append({"id": q.id, "category": q.category, "question": q.question, "answerable": q.answerable,
                         "gold": q.gold_ids, "skipped": f"not in the index: {', '.join(absent)}"})
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
        rows.append(row)
        if on_row:
            on_row(row)
    summary = summarize(rows)
    by_category = {c: summarize([r for r in rows if r["category"] == c]) for c in dict.fromkeys(r["category"] for r in rows)}
    for cat in by_category.values():
        cat.pop("recall_curve", None)
    result = RunResult(suite.name, str(suite.path), mode, settings_snapshot(assistant.settings), info, rows, summary,
                       by_category, dict(suite.min_scores), [], started, time.perf_counter() - t_start, notices, answers)
    result.failures = check_min_scores(summary, suite.min_scores)
    return result


def _warm_up(assistant) -> None:
    """Load the models and caches before timing, so latency measures answering."""
    try:
        assistant.embed(["warm-up"])
        assistant.retriever.embed_query("warm-up")
        assistant.store.bm25()
        assistant.retriever.names()
    except Exception:  # warm-up is best effort
        log.debug("warm-up failed", exc_info=True)
