"""Calibrate the support check and the abstention threshold; print balanced accuracies.

Fit on dev, report on test. Labelled pairs are split by their passage (``passage_id``) with the
questions' rule (``questions.split_of``: dev when sha1 is even), so the pairs of one passage stay
together; questions are split by their id.

Support check (``assistant.support.SupportChecker``): on the dev pairs of
``eval/suites/support_pairs.jsonl`` (sentence, passage, supported yes/no; hard negatives included),
the hard-fact and negation gates are fixed; the lexical weight and the score threshold are chosen by
grid search to maximize balanced accuracy. Reported first: the balanced accuracy of the chosen rule
on the held-out test pairs; then grouped k-fold cross-validation on dev, then the in-sample figure.

Abstention (``assistant.calibration.abstain_threshold``): the retrieval relevance of every dev
question of the given suites without a paragraph reference, grouped by the question's detected
language (``assistant.languages.detect_language``, as the product looks the threshold up); per
language, the threshold that refuses the most unanswerable dev questions while refusing at most 5% of
the answerable ones (``abstention.FALSE_REFUSAL_BUDGET``, the product's contract; ties to the best balanced
accuracy; a language without both kinds on dev keeps the English one), reported on the test questions.

Everything is fitted for the embedder of ``WSIS_EMBED_MODEL``; ``--write`` stores the fitted values in
``assistant/calibration.json`` under that embedder and then checks them end to end through
``Assistant.ask`` on the test questions of each suite.

    python -m wsis.eval.calibrate [--pairs FILE] [--suite fixture ...] [--skip-abstention] [--write] [--json]
"""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

import numpy as np

# FALSE_REFUSAL_BUDGET, fit_abstention and refuses stay importable from here (the README and earlier callers name them)
from wsis.eval.abstention import (FALSE_REFUSAL_BUDGET, fit_abstention, fit_relevance_weight,  # noqa: F401
                                  refuses, relevance_rows, with_weight)
from wsis.eval.metrics import balanced_accuracy
from wsis.eval.questions import split_of

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
    """Fit on the dev pairs; balanced accuracy on the held-out test pairs first."""
    feats = features(pairs, checker)
    labels = [p.supported for p in pairs]
    dev = [i for i, p in enumerate(pairs) if split_of(p.group) == "dev"]
    test = [i for i, p in enumerate(pairs) if split_of(p.group) == "test"]
    sub = lambda idx, xs: [xs[i] for i in idx]  # noqa: E731
    w, t, ba_dev = fit(sub(dev, feats), sub(dev, labels),
                       must_pass=[j for j, i in enumerate(dev) if pairs[i].kind == "verbatim" and pairs[i].supported])
    chosen = predict(feats, w, t)
    current = predict(feats, checker.lexical_weight, checker.threshold)
    curve = {f"{x:.2f}": round(balanced_accuracy(sub(test, labels), predict(sub(test, feats), w, x)), 3) for x in THRESHOLDS[::5]}
    by_kind: dict[str, dict[str, Any]] = {}
    for i in test:
        k = by_kind.setdefault(pairs[i].kind or "?", {"pairs": 0, "correct": 0})
        k["pairs"] += 1
        k["correct"] += int(chosen[i] == labels[i])
    errors = [{"id": pairs[i].id, "kind": pairs[i].kind, "supported": labels[i], "sentence": pairs[i].sentence,
               "score": round(w * feats[i].lexical + (1 - w) * feats[i].semantic, 3), "gate": feats[i].reason or "passed"}
              for i in test if chosen[i] != labels[i]]
    return {
        "pairs": len(pairs), "positives": sum(labels), "negatives": len(labels) - sum(labels),
        "split": {"dev": len(dev), "test": len(test), "rule": "by passage_id: dev when int(sha1(passage_id), 16) is even"},
        "held_out_balanced_accuracy": balanced_accuracy(sub(test, labels), sub(test, chosen)),
        "current": {"lexical_weight": checker.lexical_weight, "threshold": checker.threshold,
                    "test_balanced_accuracy": balanced_accuracy(sub(test, labels), sub(test, current)),
                    "dev_balanced_accuracy": balanced_accuracy(sub(dev, labels), sub(dev, current))},
        "chosen": {"lexical_weight": w, "threshold": t, "dev_balanced_accuracy": ba_dev},
        "dev_cross_validated_balanced_accuracy": cross_validate([pairs[i] for i in dev], sub(dev, feats)),
        "gates_only_test_balanced_accuracy": balanced_accuracy(sub(test, labels), [feats[i].gate for i in test]),
        "test_curve_at_chosen_weight": curve,
        "test_by_kind": {k: {**v, "accuracy": v["correct"] / v["pairs"]} for k, v in sorted(by_kind.items())},
        "test_errors": errors,
    }


def _f(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m wsis.eval.calibrate", description=__doc__.split("\n\n")[0])
    parser.add_argument("--pairs", type=Path, default=PAIRS_FILE, help="labelled pairs (JSONL)")
    parser.add_argument("--suite", action="append", help="suite(s) for the abstention threshold (default: fixture, and seed when present)")
    parser.add_argument("--skip-abstention", action="store_true")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--write", action="store_true",
                        help="store the fitted values for this embedder in assistant/calibration.json, then check them end to end")
    args = parser.parse_args(argv)

    from wsis.settings import Settings
    from wsis.assistant.support import SupportChecker
    from wsis.eval.corpus import suite_assistants
    from wsis.eval.harness import CachedEmbed, run_suite
    from wsis.index_store.embeddings import get_embed_model

    from wsis.assistant.calibration import support_rule, write_section

    settings = Settings()
    embed = CachedEmbed(get_embed_model(settings.embed_model).get_text_embedding_batch)
    threshold_now, weight_now = support_rule(settings)
    checker = SupportChecker(embed, threshold=threshold_now, lexical_weight=weight_now)
    try:
        pairs = load_pairs(args.pairs)
    except (PairsError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    support = calibrate_support(checker, pairs)
    out: dict[str, Any] = {"support": support}
    log = (lambda s: print(s, file=sys.stderr)) if args.json else print
    c, ch, sp = support["current"], support["chosen"], support["split"]
    if args.write:
        write_section(settings.embed_model, "support", {
            "lexical_weight": ch["lexical_weight"], "threshold": ch["threshold"],
            "dev_balanced_accuracy": round(ch["dev_balanced_accuracy"], 4),
            "dev_cross_validated_balanced_accuracy": round(support["dev_cross_validated_balanced_accuracy"], 4),
            "test_balanced_accuracy": round(support["held_out_balanced_accuracy"], 4),
            "pairs": {"dev": sp["dev"], "test": sp["test"]}})
    log(f"embedder: {settings.embed_model}")
    log(f"support check: {support['pairs']} labelled pairs, fitted on {sp['dev']} dev pairs, reported on {sp['test']} held-out test pairs ({sp['rule']})")
    log(f"  held-out test balanced accuracy of the chosen rule: {support['held_out_balanced_accuracy']:.3f} "
        f"(hard-fact/negation gates alone {support['gates_only_test_balanced_accuracy']:.3f})")
    log(f"  chosen   lexical_weight={ch['lexical_weight']:.2f} threshold={ch['threshold']:.3f}  dev (in-sample) {ch['dev_balanced_accuracy']:.3f}, "
        f"dev grouped 5-fold {support['dev_cross_validated_balanced_accuracy']:.3f}")
    log(f"  current  lexical_weight={c['lexical_weight']:.2f} threshold={c['threshold']:.3f}  test {c['test_balanced_accuracy']:.3f} (dev {c['dev_balanced_accuracy']:.3f})")
    log(f"  test balanced accuracy by threshold at lexical_weight={ch['lexical_weight']:.2f}: "
        + " ".join(f"{t}:{v:.3f}" for t, v in support["test_curve_at_chosen_weight"].items()))
    log("  test accuracy by kind: " + ", ".join(f"{k} {v['correct']}/{v['pairs']}" for k, v in support["test_by_kind"].items()))
    for e in support["test_errors"]:
        log(f"  miss {e['id']} [{e['kind']}, gold {'yes' if e['supported'] else 'no'}] score {e['score']} ({e['gate']}): {e['sentence']}")

    if not args.skip_abstention:
        names = args.suite or ["fixture", "fixture-users", "seed", "multilingual", "specimens-users"]
        rows: list[dict[str, Any]] = []
        suites = suite_assistants(names, warn=lambda m: log(f"  {m}"))
        for suite, assistant in suites:
            rows += relevance_rows(suite, assistant)
        weight, per_lang, weight_scores = fit_relevance_weight(rows)
        rows = with_weight(rows, weight)
        log("relevance = best dense cosine + w x query-word coverage; pooled dev balanced accuracy by w: "
            + ", ".join(f"{w:g}: {v:.3f}" for w, v in weight_scores.items()) + f"; chosen w = {weight:g}")
        log(f"abstention: fitted per question language on the dev questions without paragraph references "
            f"({', '.join(s.name for s, _ in suites)}); held-out test figures first")
        for lang, e in per_lang.items():
            tq, dq = e["test_questions"], e["dev_questions"]
            log(f"  {lang}: threshold {e['threshold']:.3f}{'' if e['fitted'] else ' (English, not fitted)'}  "
                f"test: balanced accuracy {_f(e['test_balanced_accuracy'])}, correct refusals {_f(e['test_correct_refusal'])}, "
                f"false refusals {_f(e['test_false_refusal'])} ({tq['answerable']} answerable, {tq['unanswerable']} unanswerable)  "
                f"dev: {_f(e['dev_balanced_accuracy'])} ({dq['answerable']}/{dq['unanswerable']})")
        for r in sorted(rows, key=lambda r: (r["lang"], r["relevance"])):
            log(f"  {r['lang']} {r['relevance']:.3f}{' concept missing' if r['concept_missing'] else ''} {r['split']:4} "
                f"{'answerable  ' if r['answerable'] else 'UNANSWERABLE'} {r['suite']}/{r['id']}")
        out["abstention"] = {"per_language": per_lang, "threshold": per_lang.get("en", {}).get("threshold"),
                             "relevance_lexical_weight": weight, "rows": rows}
        if args.write:
            write_section(settings.embed_model, "abstention", {
                "per_language": {k: {kk: (round(vv, 4) if isinstance(vv, float) else vv) for kk, vv in v.items()}
                                 for k, v in per_lang.items()},
                "relevance_lexical_weight": weight,
                "relevance_weight_dev_balanced_accuracy": {f"{w:g}": v for w, v in weight_scores.items()},
                "suites": [s.name for s, _ in suites]})
            checks = {}
            for suite, assistant in suites:  # end to end with the stored values (per language; concept check included)
                assistant.settings.abstain_threshold = None
                res = run_suite(suite, assistant=assistant, split="test")
                sm = res.summary
                checks[suite.name] = {k: sm.get(k) for k in ("correct_refusal", "false_refusal", "abstention_accuracy", "nugget_recall")}
                log(f"  end to end {suite.name} test split, fitted thresholds: correct refusals {_f(sm['correct_refusal'])}, "
                    f"false refusals {_f(sm['false_refusal'])}, abstention accuracy {_f(sm['abstention_accuracy'])}")
            out["abstention"]["end_to_end_test"] = checks
    if args.json:
        print(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
