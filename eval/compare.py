"""Compare two evaluation results (result.json files) and flag regressions beyond noise.

A metric regresses when it moves in the bad direction by more than its tolerance AND the change is
unlikely to be noise: a paired bootstrap over the per-question scores of the questions both runs
share gives a one-sided p-value below ``alpha`` (default 0.05). The exact sign test on the same
pairs is reported too. Metrics without per-question scores (or with fewer than 3 pairs) are judged
by the tolerance alone; a metric both runs score per question but on no shared question is not
compared ("no shared questions": two suites, or two --limit slices). Latency uses a relative tolerance (machines differ: +25% and +20 ms).
In the printed table, p(worse) is that bootstrap p-value (small: the drop is unlikely to be noise;
near 1 for improvements) and p(sign) the two-sided sign-test p-value.

Scopes: every metric is compared per question kind (``kind:lookup`` ...), for all questions pooled
(``all``, the scope of the suites' min_scores), for the baseline per chunk size and kind
(``baseline256:topic`` evidence@3 and retrieval latency) and for the perturbation suite per kind
(catch rates and false alarms; tolerance only, no per-question pairs).
"""
from __future__ import annotations

import json
import math
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wsis.eval.metrics import percentile
from wsis.eval.harness import HIGHER_IS_BETTER, SUMMARY_METRICS, kinds_of, summarize

DEFAULT_TOLERANCE = 0.02
LATENCY_RELATIVE = 0.25
LATENCY_ABSOLUTE = 0.02


class CompareError(ValueError):
    pass


def load_result(path: str | Path) -> dict[str, Any]:
    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except OSError as exc:
        raise CompareError(f"{p}: cannot read: {exc.strerror or exc}") from None
    except json.JSONDecodeError as exc:
        raise CompareError(f"{p}:{exc.lineno}: invalid JSON: {exc.msg}") from None
    if not isinstance(data, dict) or "summary" not in data or "questions" not in data:
        raise CompareError(f"{p}: not an evaluation result (no 'summary' / 'questions'; expected a result.json of `wsis eval`)")
    return data


def per_question(result: dict[str, Any], metric: str) -> dict[str, float]:
    """Question id -> that question's score for a summary metric (absent when not measured)."""
    out: dict[str, float] = {}
    for q in result["questions"]:
        if q.get("skipped"):
            continue
        if metric == "correct_refusal":
            if not q["answerable"]:
                out[q["id"]] = float(bool(q.get("abstained")))
        elif metric == "false_refusal":
            if q["answerable"]:
                out[q["id"]] = float(bool(q.get("abstained")))
        elif metric == "abstention_accuracy":
            out[q["id"]] = float((not q["answerable"]) == bool(q.get("abstained")))
        elif metric == "retrieval_latency_p50":
            if q.get("retrieval_latency") is not None:
                out[q["id"]] = float(q["retrieval_latency"])
        elif metric.startswith("latency"):
            if q.get("latency") is not None:
                out[q["id"]] = float(q["latency"])
        elif q.get(metric) is not None:
            out[q["id"]] = float(q[metric])
    return out


def paired_bootstrap(diffs: list[float], worse_if_negative: bool, n: int = 2000, seed: int = 0) -> float:
    """One-sided p-value that the true mean difference is not in the bad direction."""
    if not diffs:
        return 1.0
    rng = random.Random(seed)
    sign = 1.0 if worse_if_negative else -1.0
    k = len(diffs)
    not_worse = 0
    for _ in range(n):
        s = sum(diffs[rng.randrange(k)] for _ in range(k)) / k
        if sign * s >= 0:
            not_worse += 1
    return (not_worse + 1) / (n + 1)


def sign_test(diffs: list[float]) -> float:
    """Two-sided exact sign test p-value over non-zero differences."""
    pos = sum(d > 0 for d in diffs)
    neg = sum(d < 0 for d in diffs)
    n = pos + neg
    if n == 0:
        return 1.0
    k = min(pos, neg)
    p = sum(math.comb(n, i) for i in range(k + 1)) / 2**n
    return min(1.0, 2 * p)


@dataclass
class MetricDiff:
    metric: str
    old: float | None
    new: float | None
    delta: float | None
    pairs: int = 0
    p_bootstrap: float | None = None
    p_sign: float | None = None
    status: str = "same"  # same | better | worse (within noise) | REGRESSION | n/a
    scope: str = "all"

    @property
    def name(self) -> str:
        return self.metric if self.scope == "all" else f"{self.scope}/{self.metric}"


@dataclass
class Comparison:
    diffs: list[MetricDiff]
    notes: list[str] = field(default_factory=list)
    changed_questions: list[str] = field(default_factory=list)

    @property
    def regressions(self) -> list[MetricDiff]:
        return [d for d in self.diffs if d.status == "REGRESSION"]

    def to_dict(self) -> dict[str, Any]:
        return {"regressions": [d.name for d in self.regressions], "notes": self.notes,
                "changed_questions": self.changed_questions,
                "metrics": [d.__dict__ for d in self.diffs]}

    def text(self) -> str:
        head = f"{'scope':24} {'metric':22} {'old':>8} {'new':>8} {'delta':>8} {'pairs':>5} {'p(worse)':>8} {'p(sign)':>8}  status"
        lines = [head, "-" * len(head)]
        for d in self.diffs:
            if d.status in ("n/a", "same") and d.scope != "all":
                continue  # per-scope rows only when something moved
            f = lambda v: "–" if v is None else f"{v:.3f}"  # noqa: E731
            delta = "–" if d.delta is None else f"{d.delta:+.3f}"
            lines.append(f"{d.scope[:24]:24} {d.metric[:22]:22} {f(d.old):>8} {f(d.new):>8} {delta:>8} {d.pairs:>5} {f(d.p_bootstrap):>8} {f(d.p_sign):>8}  {d.status}")
        lines += [f"note: {n}" for n in self.notes]
        if self.changed_questions:
            lines.append("questions whose status changed: " + ", ".join(self.changed_questions[:20])
                         + (" …" if len(self.changed_questions) > 20 else ""))
        regs = self.regressions
        lines.append(f"{len(regs)} regression(s) beyond noise" + (": " + ", ".join(d.name for d in regs) if regs else ""))
        return "\n".join(lines)


def _status_of(q: dict[str, Any]) -> tuple:
    return (bool(q.get("abstained")), q.get("recall@5"), q.get("citation_recall"), q.get("nugget_recall"))


def compare(old: dict[str, Any], new: dict[str, Any], tolerances: dict[str, float] | None = None,
            alpha: float = 0.05, n_boot: int = 2000) -> Comparison:
    tolerances = tolerances or {}
    notes = []
    if old.get("suite") != new.get("suite"):
        notes.append(f"different suites: {old.get('suite')} vs {new.get('suite')}")
    if old.get("mode") != new.get("mode"):
        notes.append(f"different modes: {old.get('mode')} vs {new.get('mode')}")
    changed = {k: (old.get("settings", {}).get(k), v) for k, v in new.get("settings", {}).items()
               if old.get("settings", {}).get(k) != v}
    if changed:
        notes.append("settings changed: " + ", ".join(f"{k} {a} -> {b}" for k, (a, b) in changed.items()))
    old_ids = {q["id"] for q in old["questions"]}
    new_ids = {q["id"] for q in new["questions"]}
    if old_ids != new_ids:
        notes.append(f"questions differ: {len(new_ids - old_ids)} added, {len(old_ids - new_ids)} removed "
                     "(paired tests use the shared ones)")
    diffs = _compare_scope("all", old, new, old["summary"], new["summary"], tolerances, alpha, n_boot)
    for kind in kinds_of(new["questions"]):
        o = _only(old, lambda q: q.get("kind", q.get("category")) == kind)
        n = _only(new, lambda q: q.get("kind", q.get("category")) == kind)
        if o["questions"]:
            diffs += _compare_scope(f"kind:{kind}", o, n, summarize(o["questions"]), summarize(n["questions"]),
                                    tolerances, alpha, n_boot)
    diffs += _compare_baseline(old, new, tolerances, alpha, n_boot) + _compare_perturbation(old, new, tolerances)
    old_by = {q["id"]: q for q in old["questions"]}
    changed_q = [q["id"] for q in new["questions"] if q["id"] in old_by and _status_of(q) != _status_of(old_by[q["id"]])]
    return Comparison(diffs, notes, changed_q)


def _only(result: dict[str, Any], keep) -> dict[str, Any]:
    return {"questions": [q for q in result["questions"] if keep(q)]}


def _judge(d: MetricDiff, pair_diffs: list[float], tol: float, higher: bool, alpha: float, n_boot: int) -> None:
    if len(pair_diffs) >= 3:
        d.p_bootstrap = paired_bootstrap(pair_diffs, worse_if_negative=higher, n=n_boot)
        d.p_sign = sign_test(pair_diffs)
    bad = -d.delta if higher else d.delta
    if abs(d.delta) <= tol:
        d.status = "same"
    elif bad < 0:
        d.status = "better"
    elif d.p_bootstrap is None and "latency" in d.name and 0 < len(pair_diffs) < 3:
        d.status = "worse (within noise)"  # a time over one or two questions is the machine's noise, not a finding
    elif d.p_bootstrap is None or d.p_bootstrap < alpha:
        d.status = "REGRESSION"
    else:
        d.status = "worse (within noise)"


def _tolerance(metric: str, old_value: float, tolerances: dict[str, float]) -> float:
    if "latency" in metric:
        return tolerances.get(metric, max(LATENCY_ABSOLUTE, LATENCY_RELATIVE * abs(old_value)))
    return tolerances.get(metric, DEFAULT_TOLERANCE)


def _compare_scope(scope: str, old: dict, new: dict, old_summary: dict, new_summary: dict,
                   tolerances: dict[str, float], alpha: float, n_boot: int) -> list[MetricDiff]:
    diffs = []
    for metric in SUMMARY_METRICS:
        a, b = old_summary.get(metric), new_summary.get(metric)
        d = MetricDiff(metric, a, b, None if a is None or b is None else b - a, scope=scope)
        if d.delta is None:
            d.status = "n/a"
            diffs.append(d)
            continue
        pa, pb = per_question(old, metric), per_question(new, metric)
        shared = sorted(set(pa) & set(pb))
        d.pairs = len(shared)
        if pa and pb and not shared:  # two runs over different questions: their means are not a change
            d.status = "no shared questions"
        else:
            _judge(d, [pb[i] - pa[i] for i in shared], _tolerance(metric, a, tolerances), HIGHER_IS_BETTER.get(metric, True),
                   alpha, n_boot)
        diffs.append(d)
    return diffs


def _compare_baseline(old: dict, new: dict, tolerances: dict[str, float], alpha: float, n_boot: int) -> list[MetricDiff]:
    """Baseline figures like any other: evidence@3 and retrieval latency per chunk size and kind."""
    diffs = []
    old_runs = (old.get("baseline") or {}).get("runs", {})
    for chunk, run in ((new.get("baseline") or {}).get("runs", {})).items():
        if chunk not in old_runs:
            continue
        for kind in dict.fromkeys(q["kind"] for q in run["questions"]):
            qa = {q["id"]: q for q in old_runs[chunk]["questions"] if q["kind"] == kind}
            qb = {q["id"]: q for q in run["questions"] if q["kind"] == kind}
            for metric, key, higher in (("evidence@3", "evidence@3", True), ("retrieval_latency_p50", "latency", False)):
                va = {i: q[key] for i, q in qa.items() if q.get(key) is not None}
                vb = {i: q[key] for i, q in qb.items() if q.get(key) is not None}
                if not va or not vb:
                    continue
                agg = (lambda v: percentile(list(v.values()), 50)) if not higher else (lambda v: sum(v.values()) / len(v))
                a, b = agg(va), agg(vb)
                d = MetricDiff(metric, a, b, b - a, scope=f"baseline{chunk}:{kind}")
                shared = sorted(set(va) & set(vb))
                d.pairs = len(shared)
                if shared:
                    _judge(d, [vb[i] - va[i] for i in shared], _tolerance(metric, a, tolerances), higher, alpha, n_boot)
                else:  # the baseline over other questions: no change to judge
                    d.status = "no shared questions"
                diffs.append(d)
    return diffs


def _compare_perturbation(old: dict, new: dict, tolerances: dict[str, float]) -> list[MetricDiff]:
    po, pn = old.get("perturbation") or {}, new.get("perturbation") or {}
    diffs = []
    if not po or not pn:
        return diffs
    items = [(f"catch_rate:{k}", po["kinds"].get(k, {}).get("catch_rate"), v.get("catch_rate"), True)
             for k, v in pn["kinds"].items()]
    items.append(("false_alarm_rate", po.get("false_alarm_rate"), pn.get("false_alarm_rate"), False))
    for metric, a, b, higher in items:
        if a is None or b is None:
            continue
        d = MetricDiff(metric, a, b, b - a, scope="perturbation")
        _judge(d, [], tolerances.get(metric, 0.05), higher, 0.05, 0)
        diffs.append(d)
    return diffs


def compare_files(old_path: str | Path, new: dict[str, Any], **kwargs: Any) -> Comparison:
    return compare(load_result(old_path), new, **kwargs)
