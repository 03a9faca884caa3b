"""Fit the abstention threshold on retrieval relevance (``python -m wsis.eval.calibrate``, scripts/tune.py).

The relevance of every question without a paragraph reference (``relevance_rows``); the product's refusal
rule (``refuses``); the threshold that refuses the most unanswerable dev questions within the
false-refusal budget (``fit_abstention``), per detected language (``fit_per_language``), and the
query-word coverage weight of the relevance (``fit_relevance_weight``).
"""
from __future__ import annotations

from typing import Any, Sequence

from wsis.eval.metrics import balanced_accuracy


def relevance_rows(suite, assistant) -> list[dict[str, Any]]:
    """Retrieval relevance of every question that abstention can apply to (no paragraph reference)."""
    from wsis.assistant.calibration import calibration_for
    from wsis.assistant.languages import detect_language
    from wsis.types import Filters

    weight = calibration_for(assistant.settings.embed_model).relevance_lexical_weight
    rows = []
    for q in suite.questions:
        query = assistant._query_for(q.question, q.history or None, "extractive")
        filters = Filters(**q.filters) if q.filters else None
        retrieval = assistant.retriever.retrieve(query, filters)
        if any("ref" in p.scores for p in retrieval.passages) or retrieval.unresolved:
            continue  # references bypass the threshold (and unresolved ones abstain anyway)
        parts = retrieval.relevance_parts or {"dense": retrieval.relevance, "coverage": 0.0}
        computed = parts["dense"] + weight * parts["coverage"]
        rows.append({"suite": suite.name, "id": q.id, "split": q.split, "answerable": q.answerable,
                     "relevance": retrieval.relevance, "lang": detect_language(query),
                     "concept_missing": bool(retrieval.concept.missing), "dense": parts["dense"],
                     "coverage": parts["coverage"],
                     # raised to the threshold: the asked words are in a passage (never refused for relevance)
                     "on_subject": retrieval.relevance > computed + 1e-9})
    return rows


def refuses(row: dict[str, Any], threshold: float) -> bool:
    """The product's rule: relevance below the threshold, or the concept check found the key concept missing."""
    return row["relevance"] < threshold or bool(row.get("concept_missing"))


# The product's contract (issue 10): at most this share of answerable questions refused. A threshold
# is chosen to refuse as many unanswerable dev questions as it can within it.
FALSE_REFUSAL_BUDGET = 0.05


def fit_abstention(rows: Sequence[dict[str, Any]], budget: float = FALSE_REFUSAL_BUDGET) -> tuple[float, float]:
    """(threshold, balanced accuracy) for "abstain when relevance < threshold or a concept is missing"
    (the concept check's verdict with the minima in use: fitted jointly, in turns with scripts/fit_concepts.py).

    The most correct refusals among the thresholds refusing at most ``budget`` of the answerable rows;
    ties to the best balanced accuracy (the fewer false refusals), then the median threshold. Without
    a threshold within the budget (or without both kinds of rows): the best balanced accuracy."""
    labels = [not r["answerable"] for r in rows]  # positive class: should abstain
    values = sorted({round(r["relevance"], 4) for r in rows})
    cuts = [(a + b) / 2 for a, b in zip(values, values[1:])] or values
    un = [r for r in rows if not r["answerable"]]
    an = [r for r in rows if r["answerable"]]
    results = []
    for t in cuts:
        ba = balanced_accuracy(labels, [refuses(r, t) for r in rows])
        correct = sum(refuses(r, t) for r in un) / len(un) if un else 0.0
        false = sum(refuses(r, t) for r in an) / len(an) if an else 0.0
        within = bool(un and an) and false <= budget + 1e-9
        results.append(((within, correct if within else 0.0, round(ba, 9)), t))
    best = max(key for key, _ in results)
    ts = [t for key, t in results if key == best]
    return round(ts[len(ts) // 2], 3), best[2]


def fit_per_language(rows: Sequence[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Per detected language: the threshold fitted on its dev rows (English's when they lack a kind),
    with dev and held-out test balanced accuracy and counts."""
    from wsis.assistant.languages import UN_LANGUAGES

    dev_all = [r for r in rows if r["split"] == "dev"]
    base, _ = fit_abstention([r for r in dev_all if r["lang"] == "en"] or dev_all)
    out: dict[str, dict[str, Any]] = {}
    for lang in UN_LANGUAGES:
        dev = [r for r in dev_all if r["lang"] == lang]
        test = [r for r in rows if r["split"] == "test" and r["lang"] == lang]
        if not dev and not test:
            continue
        fitted = {r["answerable"] for r in dev} == {True, False}
        threshold, dev_ba = fit_abstention(dev) if fitted else (base, None)
        entry: dict[str, Any] = {"threshold": threshold, "fitted": fitted, "dev_balanced_accuracy": dev_ba}
        for name, part in (("dev", dev), ("test", test)):
            un = [r for r in part if not r["answerable"]]
            an = [r for r in part if r["answerable"]]
            entry[f"{name}_questions"] = {"answerable": len(an), "unanswerable": len(un)}
            entry[f"{name}_correct_refusal"] = sum(refuses(r, threshold) for r in un) / len(un) if un else None
            entry[f"{name}_false_refusal"] = sum(refuses(r, threshold) for r in an) / len(an) if an else None
        labels = [not r["answerable"] for r in test]
        entry["test_balanced_accuracy"] = (balanced_accuracy(labels, [refuses(r, threshold) for r in test])
                                           if len(set(labels)) == 2 else None)
        out[lang] = entry
    return out


RELEVANCE_WEIGHTS = (0.0, 0.025, 0.05, 0.1, 0.15, 0.2)


def with_weight(rows: Sequence[dict[str, Any]], weight: float) -> list[dict[str, Any]]:
    """The rows with their relevance recomputed at another query-word coverage weight."""
    return [{**r, "relevance": 9.0 if r.get("on_subject") else r["dense"] + weight * r["coverage"]}
            if "dense" in r else dict(r) for r in rows]


def fit_relevance_weight(rows: Sequence[dict[str, Any]]) -> tuple[float, dict[str, dict[str, Any]], dict[float, float]]:
    """The coverage weight whose per-language thresholds give the best pooled dev balanced accuracy
    (ties: the weight nearest 0.2, the one all-MiniLM-L6-v2 was tuned with), with those thresholds."""
    scores: dict[float, float] = {}
    fits = {}
    for w in RELEVANCE_WEIGHTS:
        weighted = with_weight(rows, w)
        per_lang = fit_per_language(weighted)
        dev = [r for r in weighted if r["split"] == "dev"]
        predicted = [refuses(r, per_lang.get(r["lang"], per_lang.get("en", {"threshold": 0.0}))["threshold"]) for r in dev]
        scores[w] = round(balanced_accuracy([not r["answerable"] for r in dev], predicted), 9)
        fits[w] = per_lang
    best = max(RELEVANCE_WEIGHTS, key=lambda w: (scores[w], -abs(w - 0.2)))
    return best, fits[best], scores
