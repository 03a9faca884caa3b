"""Fit the concept-level abstention threshold on the dev split; report per kind on the test split.

    python scripts/fit_concepts.py [--suite fixture --suite specimens-users ...] [--json OUT.json] [--write]

Each suite runs on its own corpus (``wsis.eval.corpus.suite_assistants``: the fixture suites on the
fixture texts, specimens-users on the specimens of the real layouts).

For every question: retrieval as ``Assistant.ask`` does it (follow-ups completed from their
history, filters applied), Recall@3 on the ranked passages (the harness's definition), the
question's concept check (the lowest paraphrase cosine among its concept phrases not found word
for word; 1.0 when all are) and the dense relevance. A question is refused when its relevance is
below its abstention threshold (fitted per embedder and language, ``assistant.calibration``; run
``python -m wsis.eval.calibrate --write`` first) or its concept cosine is below the paraphrase threshold. The
threshold is chosen on dev questions only (split rule of ``wsis.eval.questions.split_of``: dev when
int(sha1(id), 16) is even): the most correct refusals among the grid points whose false refusals,
relevance threshold included, stay within 5% of the answerable questions (``FALSE_REFUSAL_BUDGET``,
the product's contract), fitted together with the relevance threshold of English questions (fitted in
turns, whichever went first took the whole budget); ties to the best correct-minus-false rate
(Youden's J), then the median of the best grid points. ``python -m wsis.eval.calibrate --write`` then
fits the per-language relevance thresholds for the stored minima.
Test figures are printed first.
``--write`` stores the fitted minima for the embedder of ``WSIS_EMBED_MODEL`` in assistant/calibration.json.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import sys
from pathlib import Path

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from wsis.assistant import concepts, quantities  # noqa: E402
from wsis.assistant.calibration import calibration_for, write_section  # noqa: E402
from wsis.assistant.languages import detect_language  # noqa: E402
from wsis.assistant.retrieval import topic_of  # noqa: E402
from wsis.eval.abstention import FALSE_REFUSAL_BUDGET  # noqa: E402
from wsis.settings import Settings  # noqa: E402
from wsis.types import Filters  # noqa: E402

KIND = {"reference": "lookup", "comparison": "cross-document", "unanswerable": "unanswerable-off-domain"}


def split_of(qid: str) -> str:
    try:
        from wsis.eval.questions import split_of as harness_split

        return harness_split(qid)
    except ImportError:  # the harness without splits: the same rule
        return "dev" if int(hashlib.sha1(qid.encode("utf-8")).hexdigest(), 16) % 2 == 0 else "test"


def load(paths: list[Path]) -> list[dict]:
    out = []
    for path in paths:
        for q in yaml.safe_load(path.read_text(encoding="utf-8"))["questions"]:
            kind = KIND.get(q["category"], q["category"])
            if q["id"] == "un-missing-para":
                kind = "lookup-missing"
            out.append({**q, "kind": kind, "split": split_of(q["id"]), "suite": path.stem})
    return out


def measure(assistant, q: dict) -> dict:
    query = assistant._query_for(q["question"], q.get("history") or None, "extractive")
    filters = Filters(**q["filters"]) if q.get("filters") else None
    r = assistant.retriever.retrieve(query, filters)
    ranked = list(dict.fromkeys(p.id for p in r.passages))
    gold = set(q.get("gold") or [])
    # the features of every phrase not found word for word: importance_min 0 so that each one's paraphrase
    # similarity is measured, whatever the minima in use (they are what is being fitted)
    topic = topic_of(query, assistant.retriever.names())
    english = detect_language(query) == "en"  # the product checks concepts of English questions only
    features = concepts.check(topic, r.passages, assistant.retriever.glossary().expansions, assistant.embed,
                              threshold=1.01, importance_min=0.0, mentioned=assistant.retriever.store.mentions,
                              question=query, term_min=-1.0,
                              focus_span_min=calibration_for(assistant.settings.embed_model).focus_span_min) if topic and english and not any("ref" in p.scores for p in r.passages) else r.concept
    # other languages: their own concept check (assistant/concepts_xlang.py, fitted apart); its verdict as is
    checked = sorted((ph for ph in features.phrases if ph.checked), key=lambda ph: ph.similarity) if english else []
    parts = r.relevance_parts or {"dense": r.relevance, "coverage": 0.0}
    weight = calibration_for(assistant.settings.embed_model).relevance_lexical_weight
    # raised to the threshold in use (the asked words are in a passage): never refused for relevance
    on_subject = r.relevance > parts["dense"] + weight * parts["coverage"] + 1e-9
    return {
        "id": q["id"], "kind": q["kind"], "split": q["split"], "answerable": bool(gold),
        "recall@3": len(gold & set(ranked[:3])) / len(gold) if gold else None,
        "recall@5": len(gold & set(ranked[:5])) / len(gold) if gold else None,
        "reference": any("ref" in p.scores for p in r.passages),
        "relevance": 9.0 if on_subject else r.relevance, "concept": min((ph.similarity for ph in checked), default=1.0),
        "missing": min(checked, key=lambda ph: ph.similarity).text if checked else "",
        # (text, paraphrase similarity, importance, a lexicon term no paragraph uses)
        "phrases": [(ph.text, round(ph.similarity, 3), round(ph.importance, 3), ph.term) for ph in checked],
        # what the question's frame asks about (assistant/focus.py): it weighs at least the importance minimum
        "focus": features.focus.text if english and features.focus is not None else "",
        # phrases found word for word (or through WordNet / the glossary): none means nothing asked is there
        "found": [ph.text for ph in features.phrases[:concepts.MAX_PHRASES] if not ph.checked and not concepts.asked_for(ph)]
        if english else [],
        "threshold": r.threshold, "lang": detect_language(query),
        "fixed_missing": not english and bool(r.concept.missing),
        # a figure asked for that none of the first candidates gives (assistant/quantities.py): no minimum decides it
        "figure": english and not any("ref" in p.scores for p in r.passages)
        and quantities.unanswered_figure(query, r.passages) is not None,
        "refused_now": not any("ref" in p.scores for p in r.passages) and (
            not r.passages or r.relevance < r.threshold or bool(r.concept.missing)),
        "query": query, "top3": ranked[:3],
    }


def refused(row: dict, abstain: float | None, tau: tuple, english: float | None = None) -> bool:
    """tau = (paraphrase similarity minimum, importance minimum[, term paraphrase minimum]); abstain None:
    the row's own threshold; ``english``: the relevance threshold of English questions, when it is being
    fitted with tau."""
    if row["reference"]:
        return False
    own = row["threshold"] if abstain is None else abstain
    if row["relevance"] < (english if english is not None and row.get("lang") == "en" else own):
        return True
    # each phrase weighed alone, as the English check does
    term = tau[2] if len(tau) > 2 and tau[2] is not None else None
    return bool(row.get("fixed_missing")) or bool(row.get("figure")) or any(
        sim < tau[0] and imp >= tau[1] or (term is not None and bool(ph[3:4] and ph[3]) and sim < term)
        for ph in row["phrases"] for sim, imp in [(ph[1], max(ph[2], tau[1]) if ph[0] == row.get("focus") else ph[2])])


def rates(rows: list[dict], abstain: float | None, tau: tuple,
          english: float | None = None) -> tuple[float | None, float | None]:
    un = [r for r in rows if not r["answerable"]]
    ans = [r for r in rows if r["answerable"]]
    correct = sum(refused(r, abstain, tau, english) for r in un) / len(un) if un else None
    false = sum(refused(r, abstain, tau, english) for r in ans) / len(ans) if ans else None
    return correct, false


def _grid(values: list[float], most: int) -> list[float]:
    """Midpoints between sorted distinct values, thinned to at most ``most`` evenly spread ones."""
    v = sorted(set(values))
    mids = [(a + b) / 2 for a, b in zip(v, v[1:])] or v
    step = max(1, len(mids) // most)
    return mids[::step]


def concept_refusals(rows: list[dict], sims: np.ndarray, imps: np.ndarray) -> np.ndarray:
    """rows x sims x imps: does the concept check refuse the row at (paraphrase minimum, importance minimum)?"""
    out = np.zeros((len(rows), len(sims), len(imps)), dtype=bool)
    for n, row in enumerate(rows):
        for _, sim, imp, *_term in row["phrases"]:
            out[n] |= (sim < sims)[:, None] & (imp >= imps)[None, :]
    return out


def fit(rows: list[dict], abstain: float | None, budget: float = FALSE_REFUSAL_BUDGET,
        most: int = 60, resamples: int = 200) -> tuple[float, float, float | None]:
    """(paraphrase minimum, importance minimum, English relevance threshold), fitted together on ``rows``:
    the most correct refusals among the points refusing at most ``budget`` of the answerable rows (the
    fewest false refusals when no point is within it). Ties, which on a few dozen questions span whole
    regions (one at importance 0.69, one at 0.97, say), go to the point that does best on average over
    ``resamples`` bootstrap resamples of ``rows`` (the same objective; a fixed seed): the one whose
    result holds when a few questions change, not the one a single question decides. Then the best
    correct-minus-false rate, then the median point. Fitted together because the two tests share the
    budget: fitted in turns, whichever goes first takes it all. Other languages keep their own threshold
    (``abstain`` None) or ``abstain``: only English questions take part (the check reads English)."""
    rows = [r for r in rows if not r["reference"] and r.get("lang", "en") == "en"]
    sims = np.array(_grid([ph[1] for r in rows for ph in r["phrases"]] + [0.0, 1.0], most))
    imps = np.array(_grid([ph[2] for r in rows for ph in r["phrases"]] + [0.0, 2.0], most))
    english = [r["relevance"] for r in rows if r.get("lang") == "en" and r["relevance"] < 2.0]
    levels = [None] if abstain is not None or not english else _grid(english + [0.0], most)
    concept = concept_refusals(rows, sims, imps)
    answerable = np.array([r["answerable"] for r in rows])
    weights = np.random.default_rng(0).multinomial(len(rows), np.full(len(rows), 1 / max(1, len(rows))), size=resamples)
    w_ans, w_un = weights * answerable, weights * ~answerable
    best, points = None, []
    for level in levels:
        own = np.array([r["relevance"] < (level if level is not None and r.get("lang") == "en" else
                                          (r["threshold"] if abstain is None else abstain)) for r in rows])
        refuse = concept | own[:, None, None]
        correct = refuse[~answerable].mean(axis=0) if (~answerable).any() else np.zeros(concept.shape[1:])
        false = refuse[answerable].mean(axis=0) if answerable.any() else np.zeros(concept.shape[1:])
        flat = refuse.reshape(len(rows), -1).astype(float)
        false_b = (w_ans @ flat) / np.maximum(w_ans.sum(axis=1, keepdims=True), 1)
        correct_b = (w_un @ flat) / np.maximum(w_un.sum(axis=1, keepdims=True), 1)
        smooth = np.where(false_b <= budget + 1e-9, correct_b, -false_b).mean(axis=0).reshape(correct.shape)
        for i, j in zip(*np.nonzero(np.ones_like(correct, dtype=bool))):
            key = (bool(false[i, j] <= budget + 1e-9), round(float(correct[i, j]) if false[i, j] <= budget + 1e-9
                                                             else -float(false[i, j]), 6),
                   round(float(smooth[i, j]), 6), round(float(correct[i, j] - false[i, j]), 6))
            if best is None or key > best:
                best, points = key, [(sims[i], imps[j], level)]
            elif key == best:
                points.append((sims[i], imps[j], level))
    levels_at = [p[2] for p in points if p[2] is not None]
    return (float(statistics.median(p[0] for p in points)), float(statistics.median(p[1] for p in points)),
            float(statistics.median(levels_at)) if levels_at else None)


def report(rows: list[dict], abstain: float | None, tau: tuple, split: str,
           english: float | None = None) -> dict:
    out = {}
    for kind in dict.fromkeys(r["kind"] for r in rows):
        sub = [r for r in rows if r["kind"] == kind and r["split"] == split]
        if not sub:
            continue
        rec = [r["recall@3"] for r in sub if r["recall@3"] is not None]
        correct, false = rates(sub, abstain, tau, english)
        out[kind] = {"n": len(sub), "recall@3": round(statistics.mean(rec), 3) if rec else None,
                     "correct_refusal": None if correct is None else round(correct, 3),
                     "false_refusal": None if false is None else round(false, 3)}
    return out


def fit_term(rows: list[dict], abstain: float | None, tau: tuple[float, float], english: float | None,
             budget: float = FALSE_REFUSAL_BUDGET) -> float | None:
    """The paraphrase minimum of lexicon terms no paragraph uses (``concepts.TERM_PARAPHRASE_MIN``),
    fitted on ``rows`` after the other minima (which it must not undo): the most correct refusals
    while false refusals stay within ``budget``, ties to the fewest false refusals, then the median
    point. None when no term phrase is measured."""
    rows = [r for r in rows if not r["reference"] and r.get("lang", "en") == "en"]
    sims = [ph[1] for r in rows for ph in r["phrases"] if ph[3:4] and ph[3]]
    if not sims:
        return None
    best, points = None, []
    for t in _grid(sims + [0.0, 1.0], 200):
        correct, false = rates(rows, abstain, (*tau, t), english)
        key = ((false or 0.0) <= budget + 1e-9, correct or 0.0, -(false or 0.0))
        if best is None or key > best:
            best, points = key, [t]
        elif key == best:
            points.append(t)
    return float(statistics.median(points))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--suite", action="append", help="a shipped suite name (default: fixture, fixture-users, "
                        "multilingual, specimens-users)")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--rows", type=Path, help="the rows of an earlier --json output instead of measuring again")
    parser.add_argument("--write", action="store_true", help="store the fitted minima in assistant/calibration.json")
    args = parser.parse_args()
    from wsis.eval.corpus import suite_assistants
    from wsis.eval.suite_files import resolve_suite

    names = args.suite or ["fixture", "fixture-users", "multilingual", "specimens-users"]
    rows, suites = [], []
    settings = Settings()
    if args.rows:  # fitting again on the same measurements (the minima in use when they were taken)
        rows, suites = json.loads(args.rows.read_text(encoding="utf-8"))["rows"], [resolve_suite(n) for n in names]
    for suite, assistant in ([] if args.rows else suite_assistants(names)):
        path = resolve_suite(suite.name)
        suites.append(path)
        rows += [measure(assistant, q) for q in load([path])]
        settings = assistant.settings
    abstain = settings.abstain_threshold  # None: each question's fitted threshold (embedder, language)
    *tau, english = fit([r for r in rows if r["split"] == "dev" and r["kind"] != "lookup-missing"], abstain)
    dev = [r for r in rows if r["split"] == "dev" and r["kind"] != "lookup-missing"]
    tau = (tau[0], tau[1], fit_term(dev, abstain, (tau[0], tau[1]), english))
    result = {"paraphrase_min": round(tau[0], 3), "importance_min": round(tau[1], 3),
              "term_paraphrase_min": None if tau[2] is None else round(tau[2], 3), "abstain_threshold": abstain,
              "english_relevance_threshold": None if english is None else round(english, 3),
              "test": report(rows, abstain, tau, "test", english), "dev": report(rows, abstain, tau, "dev", english)}
    print(f"fitted on dev: missing when paraphrase similarity < {tau[0]:.3f} and importance >= {tau[1]:.3f}"
          f" (a lexicon term no paragraph uses: similarity < {tau[2]}), "
          f"with English questions refused below a relevance of {english if english is not None else abstain}"
          " (python -m wsis.eval.calibrate --write then fits the per-language thresholds for these minima)\n"
          f" (relevance threshold {abstain if abstain is not None else 'fitted per language'}; {settings.embed_model})")
    cal = calibration_for(settings.embed_model)
    now = (cal.paraphrase_min, cal.importance_min, cal.term_paraphrase_min)
    print(f"current defaults: similarity < {now[0]}, importance >= {now[1]}, unused term similarity < {now[2]}")
    for split in ("test", "dev"):
        for kind, m in report(rows, abstain, now, split).items():
            print(f"  [{split} with the defaults] {kind:26} n={m['n']:3}  recall@3 {m['recall@3']}  "
                  f"correct refusals {m['correct_refusal']}  false refusals {m['false_refusal']}")
    mismatch = [r["id"] for r in rows if r["refused_now"] != refused(r, abstain, now)]
    if mismatch:
        print(f"  (the feature rule and the product disagree on {mismatch})")
    for split in ("test", "dev"):
        print(f"-- {split} --")
        for kind, m in result[split].items():
            print(f"  {kind:26} n={m['n']:3}  recall@3 {m['recall@3']}  correct refusals {m['correct_refusal']}"
                  f"  false refusals {m['false_refusal']}")
    for r in rows:  # the dev split's failures only: the test split is held out, its questions are not to be read
        wrong = refused(r, abstain, tau, english) == r["answerable"] and not r["reference"]
        low = r["recall@3"] is not None and r["recall@3"] < 1
        if (wrong or low) and r["split"] == "dev":
            print(f"  {'REFUSAL' if wrong else 'recall '} {r['split']:4} {r['id']:34} r@3={r['recall@3']} rel={r['relevance']:.2f} "
                  f"{r['phrases']} top3={r['top3']}", file=sys.stderr)
    if args.json:
        args.json.write_text(json.dumps({**result, "rows": rows}, indent=1), encoding="utf-8")
    if args.write:
        write_section(settings.embed_model, "concepts", {
            "paraphrase_min": result["paraphrase_min"], "importance_min": result["importance_min"],
            "term_paraphrase_min": result["term_paraphrase_min"],
            # fitted with them; calibrate then fits the per-language thresholds actually used
            "english_relevance_threshold": result["english_relevance_threshold"],
            "suites": [p.stem for p in suites], "test": result["test"], "dev": result["dev"]})
        print(f"written to assistant/calibration.json for {settings.embed_model}")


if __name__ == "__main__":
    main()
