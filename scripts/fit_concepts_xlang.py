"""Fit the cross-lingual concept check's minima (assistant/concepts_xlang.py) on the dev split of the
multilingual and parallel suites; then print the test figures per language.

    .venv/bin/python scripts/fit_concepts_xlang.py [--test] [--json OUT.json]

Every non-English question of eval/suites/multilingual.yaml (in-domain and off-domain unanswerable
questions, answerable ones over the English fixture texts) and eval/suites/parallel.yaml (answerable
ones over texts with versions in their language) is retrieved as the product does it
(``Retriever.retrieve``: Recall@3 and the dense relevance against its per-language threshold), and its
concept phrases measured with no minima (each phrase's importance and paraphrase score: its best
sentence cosine less its closeness to common English words, assistant/common_words.py). A question
is refused when its relevance is below its threshold or a phrase is below the paraphrase minimum
with at least the importance minimum (or the phrases below it weigh that much together). The grid
point chosen on dev questions only (``wsis.eval.questions.split_of``) maximises correct refusals of
in-domain unanswerable questions with false refusals of answerable ones at most 0.05 (ties: fewest
false refusals, then the median point). ``--test`` adds the test figures: look at them once, after the fit.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from wsis.assistant import common_words, concepts_xlang  # noqa: E402
from wsis.assistant.calibration import calibration_for  # noqa: E402
from wsis.assistant.retrieval import topic_of  # noqa: E402
from wsis.eval.abstention import FALSE_REFUSAL_BUDGET as MAX_FALSE  # noqa: E402  (the product's contract)
from wsis.eval.questions import split_of  # noqa: E402


SUITES = ["multilingual", "parallel"]  # every suite with questions in the other five languages


def measure(assistant, q: dict) -> dict:
    retriever = assistant.retriever
    r = retriever.retrieve(q["question"])
    ranked = list(dict.fromkeys(retriever.corpus().base_id(p.id) for p in r.passages))  # a version: its base text's
    gold = set(q.get("gold") or [])
    topic = topic_of(q["question"], retriever.names())
    ref = any("ref" in p.scores for p in r.passages)
    feats = concepts_xlang.check(topic, q["lang"], r.passages, assistant.embed, retriever.corpus(),
                                 threshold=1.01, importance_min=0.0, expansions=retriever.glossary().expansions,
                                 mentioned=retriever.store.mentions, common=common(assistant)) if topic and not ref else r.concept
    checked = sorted((ph for ph in feats.phrases if ph.checked), key=lambda ph: ph.similarity)
    joints = [(checked[k - 1].similarity, concepts_xlang.concepts.joint_importance(topic, checked[:k], feats.phrases, assistant.embed))
              for k in range(2, len(checked) + 1)]
    return {"id": q["id"], "lang": q["lang"], "kind": q["category"], "split": split_of(q["id"]), "answerable": bool(gold),
            "recall@3": len(gold & set(ranked[:3])) / len(gold) if gold else None, "reference": ref,
            "relevance": r.relevance, "threshold": r.threshold, "joints": joints,
            "phrases": [(ph.text, round(ph.similarity, 4), round(ph.importance, 4)) for ph in checked],
            "refused_now": not ref and (not r.passages or r.relevance < r.threshold or bool(r.concept.missing))}


def common(assistant):
    """The product's yardstick for the assistant's embedder (``concepts_xlang.check_for``)."""
    label = calibration_for(assistant.settings.embed_model).embedder
    return lambda rows: common_words.closeness(rows, label, assistant.embed)


def refused(row: dict, tau: tuple[float, float]) -> bool:
    if row["reference"]:
        return False
    if row["relevance"] < row["threshold"] or any(sim < tau[0] and imp >= tau[1] for _, sim, imp in row["phrases"]):
        return True
    below = [j for sim, j in row["joints"] if sim < tau[0]]
    return bool(below) and below[-1] >= tau[1]


def rates(rows: list[dict], tau: tuple[float, float]) -> tuple[float | None, float | None]:
    inside = [r for r in rows if r["kind"] == "unanswerable-in-domain"]
    ans = [r for r in rows if r["answerable"]]
    correct = sum(refused(r, tau) for r in inside) / len(inside) if inside else None
    false = sum(refused(r, tau) for r in ans) / len(ans) if ans else None
    return correct, false


def fit(rows: list[dict]) -> tuple[float, float]:
    sims = sorted({ph[1] for r in rows for ph in r["phrases"]} | {-1.0, 1.0})
    imps = sorted({ph[2] for r in rows for ph in r["phrases"]} | {j for r in rows for _, j in r["joints"]} | {0.0, 2.0})
    mid = lambda v: [(a + b) / 2 for a, b in zip(v, v[1:])]  # noqa: E731
    best, points = None, []
    for s in mid(sims):
        for i in mid(imps):
            correct, false = rates(rows, (s, i))
            if (false or 0.0) > MAX_FALSE:
                continue
            key = (round(correct or 0.0, 6), -round(false or 0.0, 6))
            if best is None or key > best:
                best, points = key, [(s, i)]
            elif key == best:
                points.append((s, i))
    if not points:
        return (-1.0, 2.0)
    return (statistics.median(p[0] for p in points), statistics.median(p[1] for p in points))


def table(rows: list[dict], tau: tuple[float, float], split: str, label: str) -> None:
    print(f"-- {split}: {label} --")
    print(f"  {'lang':5} {'in-domain refused':>18} {'false refusals':>15} {'off-domain refused':>19} {'Recall@3':>9}")
    for lang in ["all", *sorted({r["lang"] for r in rows})]:
        sub = [r for r in rows if r["split"] == split and (lang == "all" or r["lang"] == lang)]
        correct, false = rates(sub, tau)
        off = [r for r in sub if r["kind"] == "unanswerable-off-domain"]
        rec = [r["recall@3"] for r in sub if r["recall@3"] is not None]
        fmt = lambda v: "-" if v is None else f"{v:.3f}"  # noqa: E731
        print(f"  {lang:5} {fmt(correct):>18} {fmt(false):>15} {fmt(sum(refused(r, tau) for r in off) / len(off) if off else None):>19}"
              f" {fmt(statistics.mean(rec) if rec else None):>9}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", type=Path)
    parser.add_argument("--test", action="store_true", help="also print the test figures (once, after fitting)")
    args = parser.parse_args()
    from wsis.eval.corpus import suite_assistants
    from wsis.eval.suite_files import resolve_suite

    rows: list[dict] = []
    for suite, assistant in suite_assistants(SUITES):
        questions = yaml.safe_load(resolve_suite(suite.name).read_text(encoding="utf-8"))["questions"]
        rows += [measure(assistant, q) for q in questions if q.get("lang", "en") != "en"]
    dev = [r for r in rows if r["split"] == "dev"]
    tau = fit(dev)
    now = (concepts_xlang.PARAPHRASE_MIN, concepts_xlang.IMPORTANCE_MIN)
    print(f"fitted on dev ({len(dev)} questions): missing when paraphrase score < {tau[0]:.4f} and importance >= {tau[1]:.3f}")
    print(f"module constants now: PARAPHRASE_MIN = {now[0]}, IMPORTANCE_MIN = {now[1]}")
    table(rows, (-1.0, 2.0), "dev", "relevance threshold only (no concept check)")
    table(rows, tau, "dev", "fitted")
    if args.test:
        table(rows, (-1.0, 2.0), "test", "relevance threshold only (no concept check)")
        table(rows, tau, "test", "fitted")
    mismatch = [r["id"] for r in rows if r["refused_now"] != refused(r, now)]
    if mismatch:
        print(f"  (the feature rule with the module constants and the product disagree on {mismatch})")
    for r in rows:
        if refused(r, tau) != (not r["answerable"]) and r["split"] == "dev":
            print(f"  dev {'REFUSED ' if r['answerable'] else 'answered'} {r['id']:28} rel={r['relevance']:.3f}/{r['threshold']:.3f} "
                  f"{r['phrases']}", file=sys.stderr)
    if args.json:
        args.json.write_text(json.dumps({"paraphrase_min": tau[0], "importance_min": tau[1], "rows": rows}, indent=1,
                                        ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
