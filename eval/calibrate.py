"""Calibrate the support check and the abstention threshold; print balanced accuracies.

Support check (``assistant.support.SupportChecker``): on the labelled pairs of
``eval/suites/support_pairs.jsonl`` (sentence, passage, supported yes/no; hard negatives included),
the hard-fact and negation gates are fixed; the lexical weight and the score threshold are chosen by
grid search to maximize balanced accuracy. Grouped k-fold cross-validation (pairs of one passage
stay together) estimates how well the chosen rule generalizes.

Abstention (``Settings.abstain_threshold``): the retrieval relevance (best dense cosine) of every
question of the given suites without a paragraph reference; the threshold that best separates
answerable from unanswerable questions (balanced accuracy), then checked end to end through
``Assistant.ask``.

    python -m wsis.eval.calibrate [--pairs FILE] [--suite fixture --suite seed] [--skip-abstention]
"""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from wsis.eval.metrics import balanced_accuracy

PAIRS_FILE = Path(__file__).resolve().parent / "suites" / "support_pairs.jsonl"
WEIGHTS = [round(x, 2) for x in np.arange(0.0, 1.0001, 0.05)]


class PairsError(ValueError):
    pass


@dataclass
class Pair:
    id: str
    sentence: str
    passage: str
    supported: bool
    kind: str
    group: str
    line: int


def load_pairs(path: Path = PAIRS_FILE) -> list[Pair]:
    pairs = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise PairsError(f"{path}:{n}: invalid JSON: {exc.msg}") from None
        if "sentence" not in obj and "comment" in obj:
            continue
        for key, kind in (("sentence", str), ("passage", str), ("supported", bool)):
            if not isinstance(obj.get(key), kind) or (kind is str and not obj[key].strip()):
                raise PairsError(f"{path}:{n}: {key}: missing or not a {kind.__name__}")
        pairs.append(Pair(str(obj.get("id", n)), obj["sentence"], obj["passage"], obj["supported"],
                          str(obj.get("kind", "")), str(obj.get("passage_id", obj["passage"][:40])), n))
    if not pairs:
        raise PairsError(f"{path}: no pairs")
    return pairs


@dataclass
class Features:
    gate: bool  # hard facts present and negation matched
    lexical: float
    semantic: float
    reason: str


def features(pairs: Sequence[Pair], checker) -> list[Features]:
    """Gate outcome and the two similarity scores of each pair (threshold-independent)."""
    out = []
    saved = checker.threshold
    checker.threshold = -1.0
    try:
        for p in pairs:
            s = checker.check(p.sentence, [p.passage])
            out.append(Features(s.supported, s.lexical, s.semantic, s.reason))
    finally:
        checker.threshold = saved
    return out


def predict(feats: Sequence[Features], weight: float, threshold: float) -> list[bool]:
    return [f.gate and (weight * f.lexical + (1 - weight) * f.semantic) >= threshold for f in feats]


THRESHOLDS = [round(x, 2) for x in np.arange(0.30, 0.9601, 0.01)]
SMOOTH = 5  # grid steps either side (+-0.05): prefer a plateau to a spike fitted on a few pairs


def fit(feats: Sequence[Features], labels: Sequence[bool], weights: Sequence[float] = WEIGHTS,
        must_pass: Sequence[int] = ()) -> tuple[float, float, float]:
    """(lexical_weight, threshold, balanced accuracy) for "gates pass and score >= threshold".

    ``must_pass``: indexes of pairs that must be accepted (the verbatim extracts: a sentence copied
    from the cited paragraph is always supported, and the extractive answers rely on it). Among the
    rules that accept them, the choice maximizes the balanced accuracy averaged over thresholds within
    +-0.05 (a plateau rather than a spike that a handful of near-duplicate negatives produce); ties
    go to the weight nearest 0.5 and the lower threshold (fewer correct sentences removed).
    """
    best: tuple | None = None
    for w in weights:
        floor = min((w * feats[i].lexical + (1 - w) * feats[i].semantic for i in must_pass), default=2.0)
        bas = [balanced_accuracy(labels, predict(feats, w, t)) for t in THRESHOLDS]
        for i, t in enumerate(THRESHOLDS):
            if t > floor:
                continue
            window = bas[max(0, i - SMOOTH): i + SMOOTH + 1]
            cand = (round(sum(window) / len(window), 9), -abs(w - 0.5), -t, w, t, bas[i])
            if best is None or cand[:3] > best[:3]:
                best = cand
    assert best is not None, "no threshold accepts every must-pass pair"
    return best[3], best[4], best[5]


def cross_validate(pairs: Sequence[Pair], feats: Sequence[Features], folds: int = 5) -> float:
    """Grouped k-fold balanced accuracy of the fitted rule (pairs of one passage stay in one fold)."""
    groups = sorted({p.group for p in pairs})
    fold_of = {g: i % folds for i, g in enumerate(groups)}
    preds: list[bool | None] = [None] * len(pairs)
    labels = [p.supported for p in pairs]
    for k in range(folds):
        train = [i for i, p in enumerate(pairs) if fold_of[p.group] != k]
        test = [i for i, p in enumerate(pairs) if fold_of[p.group] == k]
        if not test or not train:
            continue
        w, t, _ = fit([feats[i] for i in train], [labels[i] for i in train],
                      must_pass=[j for j, i in enumerate(train) if pairs[i].kind == "verbatim" and labels[i]])
        for i, y in zip(test, predict([feats[i] for i in test], w, t)):
            preds[i] = y
    pairs_scored = [(labels[i], preds[i]) for i in range(len(pairs)) if preds[i] is not None]
    return balanced_accuracy([a for a, _ in pairs_scored], [bool(b) for _, b in pairs_scored])


def calibrate_support(checker, pairs: Sequence[Pair]) -> dict[str, Any]:
    feats = features(pairs, checker)
    labels = [p.supported for p in pairs]
    current = predict(feats, checker.lexical_weight, checker.threshold)
    w, t, ba = fit(feats, labels, must_pass=[i for i, p in enumerate(pairs) if p.kind == "verbatim" and p.supported])
    curve = {f"{x:.2f}": round(balanced_accuracy(labels, predict(feats, w, x)), 3) for x in THRESHOLDS[::5]}
    chosen = predict(feats, w, t)
    by_kind: dict[str, dict[str, Any]] = {}
    for p, y in zip(pairs, chosen):
        k = by_kind.setdefault(p.kind or "?", {"pairs": 0, "correct": 0})
        k["pairs"] += 1
        k["correct"] += int(y == p.supported)
    errors = [{"id": p.id, "kind": p.kind, "supported": p.supported, "sentence": p.sentence,
               "score": round(w * f.lexical + (1 - w) * f.semantic, 3), "gate": f.reason or "passed"}
              for p, f, y in zip(pairs, feats, chosen) if y != p.supported]
    gate_only = [f.gate for f in feats]
    return {
        "pairs": len(pairs), "positives": sum(labels), "negatives": len(labels) - sum(labels),
        "current": {"lexical_weight": checker.lexical_weight, "threshold": checker.threshold,
                    "balanced_accuracy": balanced_accuracy(labels, current)},
        "chosen": {"lexical_weight": w, "threshold": t, "balanced_accuracy": ba},
        "cross_validated_balanced_accuracy": cross_validate(pairs, feats),
        "gates_only_balanced_accuracy": balanced_accuracy(labels, gate_only),
        "curve_at_chosen_weight": curve,
        "by_kind": {k: {**v, "accuracy": v["correct"] / v["pairs"]} for k, v in sorted(by_kind.items())},
        "errors": errors,
    }


# -- abstention ----------------------------------------------------------------------------------------

def relevance_rows(suite, assistant) -> list[dict[str, Any]]:
    """Retrieval relevance of every question that abstention can apply to (no paragraph reference)."""
    from wsis.types import Filters

    rows = []
    for q in suite.questions:
        query = assistant._query_for(q.question, q.history or None, "extractive")
        filters = Filters(**q.filters) if q.filters else None
        retrieval = assistant.retriever.retrieve(query, filters)
        if any("ref" in p.scores for p in retrieval.passages) or retrieval.unresolved:
            continue  # references bypass the threshold (and unresolved ones abstain anyway)
        rows.append({"suite": suite.name, "id": q.id, "answerable": q.answerable, "relevance": retrieval.relevance})
    return rows


def fit_abstention(rows: Sequence[dict[str, Any]]) -> tuple[float, float]:
    """(threshold, balanced accuracy) for "abstain when relevance < threshold"."""
    labels = [not r["answerable"] for r in rows]  # positive class: should abstain
    values = sorted({round(r["relevance"], 4) for r in rows})
    cuts = [(a + b) / 2 for a, b in zip(values, values[1:])] or values
    best = (-1.0, 0.0)
    results = []
    for t in cuts:
        ba = balanced_accuracy(labels, [r["relevance"] < t for r in rows])
        results.append((ba, t))
        best = max(best, (ba, t), key=lambda x: x[0])
    ts = [t for ba, t in results if ba >= best[0] - 1e-9]
    return round(ts[len(ts) // 2], 3), best[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m wsis.eval.calibrate", description=__doc__.split("\n\n")[0])
    parser.add_argument("--pairs", type=Path, default=PAIRS_FILE, help="labelled pairs (JSONL)")
    parser.add_argument("--suite", action="append", help="suite(s) for the abstention threshold (default: fixture, and seed when present)")
    parser.add_argument("--skip-abstention", action="store_true")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args(argv)

    from wsis.settings import Settings
    from wsis.assistant.support import SupportChecker
    from wsis.eval.harness import CachedEmbed, CorpusMissing, make_assistant, run_suite
    from wsis.eval.questions import load_suite
    from wsis.index_store.embeddings import get_embed_model

    settings = Settings()
    embed = CachedEmbed(get_embed_model(settings.embed_model).get_text_embedding_batch)
    checker = SupportChecker(embed, threshold=settings.support_threshold)
    try:
        pairs = load_pairs(args.pairs)
    except (PairsError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    support = calibrate_support(checker, pairs)
    out: dict[str, Any] = {"support": support}
    log = (lambda s: print(s, file=sys.stderr)) if args.json else print
    c, ch = support["current"], support["chosen"]
    log(f"support check on {support['pairs']} labelled pairs ({support['positives']} supported, {support['negatives']} not):")
    log(f"  current  lexical_weight={c['lexical_weight']:.2f} threshold={c['threshold']:.3f}  balanced accuracy {c['balanced_accuracy']:.3f}")
    log(f"  chosen   lexical_weight={ch['lexical_weight']:.2f} threshold={ch['threshold']:.3f}  balanced accuracy {ch['balanced_accuracy']:.3f}")
    log(f"  grouped 5-fold cross-validated balanced accuracy {support['cross_validated_balanced_accuracy']:.3f}; "
        f"hard-fact/negation gates alone {support['gates_only_balanced_accuracy']:.3f}")
    log(f"  balanced accuracy by threshold at lexical_weight={ch['lexical_weight']:.2f}: "
        + " ".join(f"{t}:{v:.3f}" for t, v in support["curve_at_chosen_weight"].items()))
    log("  accuracy by kind: " + ", ".join(f"{k} {v['correct']}/{v['pairs']}" for k, v in support["by_kind"].items()))
    for e in support["errors"]:
        log(f"  miss {e['id']} [{e['kind']}, gold {'yes' if e['supported'] else 'no'}] score {e['score']} ({e['gate']}): {e['sentence']}")

    if not args.skip_abstention:
        names = args.suite or ["fixture", "seed"]
        rows: list[dict[str, Any]] = []
        suites = []
        for name in names:
            suite = load_suite(name)
            try:
                assistant, _ = make_assistant(suite)
            except CorpusMissing as exc:
                log(f"  (suite {name} skipped: {exc})")
                continue
            suites.append((suite, assistant))
            rows += relevance_rows(suite, assistant)
        threshold, ba = fit_abstention(rows)
        log(f"abstention on {len(rows)} questions without paragraph references "
            f"({sum(not r['answerable'] for r in rows)} unanswerable): threshold {threshold:.3f}, balanced accuracy {ba:.3f}")
        for r in sorted(rows, key=lambda r: r["relevance"]):
            log(f"  {r['relevance']:.3f} {'answerable  ' if r['answerable'] else 'UNANSWERABLE'} {r['suite']}/{r['id']}")
        checks = {}
        for suite, assistant in suites:
            for t in sorted({settings.abstain_threshold, threshold}):
                res = run_suite(suite, assistant=assistant, overrides={"abstain_threshold": t})
                s = res.summary
                checks[f"{suite.name}@{t}"] = {k: s.get(k) for k in ("correct_refusal", "false_refusal", "abstention_accuracy", "nugget_recall")}
                log(f"  end to end {suite.name} abstain_threshold={t:.3f}: correct refusals {s['correct_refusal']:.3f}, "
                    f"false refusals {s['false_refusal']:.3f}, abstention accuracy {s['abstention_accuracy']:.3f}")
        out["abstention"] = {"threshold": threshold, "balanced_accuracy": ba, "rows": rows, "end_to_end": checks}
    if args.json:
        print(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
