"""How well each paraphrase score of the cross-lingual concept check separates concepts the texts hold
from concepts they lack (assistant/common_words.py): area under the ROC curve per split.

    .venv/bin/python scripts/measure_yardstick.py [--all-words]

For every non-English question of eval/suites/multilingual.yaml that is answerable or unanswerable in
the domain, retrieved as the product does it: its phrases not found word for word that weigh at least
``concepts_xlang.IMPORTANCE_MIN``, each scored against the first five candidates' sentences; a
question's score is its lowest phrase's. AUC: the chance that an unanswerable question scores below an
answerable one (1.0 separates them all, 0.5 is chance). Scores: the raw best cosine; less the best
cosine with the N most tagged WordNet nouns and adjectives (the product: N = ``common_words.SIZE``);
less the mean of the five best; less the mean cosine with the candidate sentences (a CSLS-like
correction). ``--all-words`` adds every tagged noun and adjective (about 17,000; a minute to embed).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from wsis.assistant import common_words, concepts, concepts_xlang, synonyms  # noqa: E402
from wsis.assistant.retrieval import topic_of  # noqa: E402
from wsis.assistant.sentences import sentences  # noqa: E402
from wsis.eval.questions import split_of  # noqa: E402


def auc(absent: list[float], present: list[float]) -> float | None:
    pairs = [(a < p) + 0.5 * (a == p) for a in absent for p in present]
    return sum(pairs) / len(pairs) if pairs else None


def phrases(assistant, q: dict) -> list[tuple[np.ndarray, np.ndarray]]:
    """(phrase vector, its cosines with the candidate sentences) for each weighty unsure phrase."""
    retriever = assistant.retriever
    r = retriever.retrieve(q["question"])
    topic = topic_of(q["question"], retriever.names())
    if not topic or any("ref" in p.scores for p in r.passages):
        return []
    check = concepts_xlang.check(topic, q["lang"], r.passages, assistant.embed, retriever.corpus(), threshold=1.01,
                                 importance_min=0.0, expansions=retriever.glossary().expansions,
                                 mentioned=retriever.store.mentions, common=lambda rows: np.zeros(len(rows)))
    weighty = [ph.text for ph in check.phrases if ph.checked and ph.importance >= concepts_xlang.IMPORTANCE_MIN]
    texts = [s for p in r.passages[:5] for s in sentences(p.paragraph.text) if len(s.split()) >= 3]
    if not weighty or not texts:
        return []
    vectors = concepts.unit_rows(assistant.embed(weighty + texts))
    return [(vectors[i], vectors[len(weighty):] @ vectors[i]) for i in range(len(weighty))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--all-words", action="store_true")
    args = parser.parse_args()
    from wsis.eval.corpus import suite_assistants
    from wsis.eval.suite_files import resolve_suite

    for suite, assistant in suite_assistants(["multilingual"]):
        questions = yaml.safe_load(resolve_suite(suite.name).read_text(encoding="utf-8"))["questions"]
        rows = [(split_of(q["id"]), bool(q.get("gold")), phrases(assistant, q)) for q in questions
                if q.get("lang", "en") != "en" and (q.get("gold") or q["category"] == "unanswerable-in-domain")]
        rows = [r for r in rows if r[2]]
        sizes = sorted({1000, common_words.SIZE, 6000}) + ([100_000] if args.all_words else [])
        words = {n: concepts.unit_rows(assistant.embed(list(synonyms.frequent_lemmas(n)))) for n in sizes}
        scores = {"raw best cosine": lambda v, s: s.max(),
                  "less the candidate sentences' mean": lambda v, s: s.max() - s.mean()}
        for n, matrix in words.items():
            label = f"less the best of {len(matrix)} common words" + (" (the product)" if n == common_words.SIZE else "")
            scores[label] = lambda v, s, m=matrix: s.max() - (m @ v).max()
        scores[f"less the mean of the 5 best of {common_words.SIZE}"] = lambda v, s: s.max() - np.sort(words[common_words.SIZE] @ v)[-5:].mean()
        counts = {sp: (sum(1 for r in rows if r[0] == sp and not r[1]), sum(1 for r in rows if r[0] == sp and r[1]))
                  for sp in ("dev", "test")}
        print(f"questions with a weighty phrase not found word for word (unanswerable / answerable): {counts}")
        print(f"{'score':48} {'AUC dev':>8} {'AUC test':>9}")
        for label, score in scores.items():
            cells = []
            for split in ("dev", "test"):
                per = [(answerable, min(float(score(v, s)) for v, s in found)) for sp, answerable, found in rows if sp == split]
                value = auc([x for a, x in per if not a], [x for a, x in per if a])
                cells.append("-" if value is None else f"{value:.3f}")
            print(f"{label:48} {cells[0]:>8} {cells[1]:>9}")


if __name__ == "__main__":
    main()
