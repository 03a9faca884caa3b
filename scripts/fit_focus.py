"""Fit the span minimum of what a question's frame asks about, on the dev split; report on test.

    python scripts/fit_focus.py [--suite fixture-users --suite specimens-users ...] [--json OUT.json] [--write]

"Is there anything on neurotechnology ...?": the concept check gives the phrase the frame asks about
(``assistant/focus.py``) the weight of a concept that can be missing, so a candidate must paraphrase
it. A whole sentence rarely does by accident; a short span of two or three words often does with
multilingual-e5, whose cosines between short texts run high ("neurotechnology" / "digital
technologies" 0.906). This script measures, for each question whose verdict turns on that span,
the span's cosine, and picks the minimum that refuses the most dev questions the texts do not
address while its false refusals stay within the product's budget (5% of the answerable ones among
them); ties go to the middle of the best interval. The
questions: retrieval as ``Assistant.ask`` does it with the stored calibration (whose own span
minimum, if any, is put aside), then the concept check with the span trusted and without it.
A question refused either way (low relevance, another missing concept) does not count.
``--write`` stores ``focus.span_min`` for the embedder of ``WSIS_EMBED_MODEL`` in
assistant/calibration.json, with the dev and test counts.
"""
from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from wsis.assistant import calibration, concepts  # noqa: E402
from wsis.assistant.languages import detect_language  # noqa: E402
from wsis.assistant.retrieval import topic_of  # noqa: E402
from wsis.eval.abstention import FALSE_REFUSAL_BUDGET  # noqa: E402
from wsis.eval.questions import split_of  # noqa: E402
from wsis.types import Filters  # noqa: E402

DEFAULT_SUITES = ["fixture", "fixture-users", "multilingual", "specimens-users"]


def measure(assistant, q) -> dict | None:
    """The question's row when its verdict turns on the focus span; None otherwise."""
    query = assistant._query_for(q.question, q.history or None, "extractive")
    if detect_language(query) != "en":
        return None
    filters = Filters(**q.filters) if getattr(q, "filters", None) else None
    r = assistant.retriever.retrieve(query, filters)
    if not r.passages or any("ref" in p.scores for p in r.passages) or r.relevance < r.threshold:
        return None
    cal = calibration.calibration_for(assistant.settings.embed_model)
    topic = topic_of(query, assistant.retriever.names())

    def check(span_min: float | None) -> concepts.ConceptCheck:
        return concepts.check(topic, r.passages, assistant.retriever.glossary().expansions, assistant.embed,
                              threshold=cal.paraphrase_min, importance_min=cal.importance_min,
                              mentioned=assistant.retriever.store.mentions, question=query,
                              term_min=math.nan if cal.term_paraphrase_min is None else cal.term_paraphrase_min,
                              focus_span_min=span_min)

    trusted, strict = check(None), check(math.inf)
    focus = strict.focus
    if trusted.missing or focus is None or focus.present or [ph.text for ph in strict.phrases if not ph.present] != [focus.text]:
        return None
    return {"id": q.id, "split": split_of(q.id), "answerable": bool(q.answerable), "question": q.question,
            "focus": focus.text, "span": round(focus.span_similarity, 4), "sentence": round(focus.similarity, 4)}


def score(rows: list[dict], t: float) -> tuple[int, int]:
    """(correct refusals, false refusals) the span minimum ``t`` adds."""
    refused = [r for r in rows if r["span"] < t]
    return sum(not r["answerable"] for r in refused), sum(r["answerable"] for r in refused)


def fit(dev: list[dict]) -> float | None:
    """The minimum with the most correct refusals on dev among those whose false refusals stay within
    the product's budget (``FALSE_REFUSAL_BUDGET`` of these answerable questions); the middle one of
    the best."""
    spans = sorted({r["span"] for r in dev})
    if not spans:
        return None
    cuts = [spans[0] - 1e-3] + [(a + b) / 2 for a, b in zip(spans, spans[1:])] + [spans[-1] + 1e-3]
    allowed = FALSE_REFUSAL_BUDGET * sum(r["answerable"] for r in dev)
    within = [(t, score(dev, t)[0]) for t in cuts if score(dev, t)[1] <= allowed]
    most = max(c for _, c in within)
    best = [t for t, c in within if c == most]
    return round(best[len(best) // 2], 3)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--suite", action="append", help=f"a shipped suite name (default: {', '.join(DEFAULT_SUITES)})")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--write", action="store_true", help="store the fitted minimum in assistant/calibration.json")
    args = parser.parse_args()
    from wsis.eval.corpus import suite_assistants

    names = args.suite or DEFAULT_SUITES
    rows, embed_model = [], None
    for suite, assistant in suite_assistants(names):
        embed_model = assistant.settings.embed_model
        rows += [row for q in suite.questions if (row := measure(assistant, q)) is not None]
    if embed_model is None:
        raise SystemExit("error: no suite's corpus is at hand")
    dev = [r for r in rows if r["split"] == "dev"]
    t = fit(dev)
    result: dict = {"span_min": t, "suites": names}
    for split in ("dev", "test"):
        part = [r for r in rows if r["split"] == split]
        correct, false = score(part, t) if t is not None else (0, 0)
        result[split] = {"questions": len(part), "unanswerable": sum(not r["answerable"] for r in part),
                         "answerable": sum(r["answerable"] for r in part),
                         "refusals_added": correct, "false_refusals_added": false}
        print(f"-- {split}: {result[split]}")
        for r in sorted(part, key=lambda r: r["span"]):
            verdict = "refused" if t is not None and r["span"] < t else "answered"
            print(f"  {r['span']:.3f} {'ANS  ' if r['answerable'] else 'UNANS'} {verdict:8} {r['focus']!r}: {r['question']}")
    print(f"fitted on dev: a short span alone paraphrases the focus at a cosine >= {t} ({embed_model})")
    if args.json:
        args.json.write_text(json.dumps({**result, "rows": rows}, indent=1), encoding="utf-8")
    if args.write:
        calibration.write_section(embed_model, "focus", {k: v for k, v in result.items()})
        print(f"written to assistant/calibration.json for {embed_model}")


if __name__ == "__main__":
    main()
