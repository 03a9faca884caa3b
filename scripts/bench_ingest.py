"""Ingest throughput beside the raw throughput of the embedding model on the same passages.

    python scripts/bench_ingest.py [--synthetic-docs N] [--repeats R]

Builds a corpus from the fixture documents, ../shared/seeds when present, and generated text
documents, ingests it R times into fresh temporary indexes, and in the same run embeds the
very same windows with the bare model. Prints medians and the ratio pipeline/raw.
"""
from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from wsis.settings import Settings  # noqa: E402
from wsis.index_store.embeddings import get_embed_model  # noqa: E402
from wsis.ingest.chunking import make_windows  # noqa: E402
from wsis.assistant.library import ingest_paths as ingest
from wsis.ingest.pipeline import document_info  # noqa: E402
from wsis.ingest.parsers import parse_file  # noqa: E402
from wsis.ingest.structure import structure  # noqa: E402
from tests.fixtures.build import build_corpus  # noqa: E402


WORDS = ("access connectivity governance stakeholders digital divide capacity building infrastructure financing "
         "cooperation security confidence privacy data human rights development innovation education skills gender "
         "inclusion cultural diversity media ethics environment health trade standards interoperability content").split()


def make_corpus(dest: Path, synthetic_docs: int) -> Path:
    """The fixture corpus, the shared seeds when present, and generated plain-text documents of
    50 numbered paragraphs each (the text documents go through the same parse/structure path)."""
    corpus = build_corpus(dest / "corpus")
    seeds = ROOT.parent / "shared" / "seeds"
    for seed in sorted(seeds.glob("*.txt")) if seeds.is_dir() else []:
        shutil.copy(seed, corpus / seed.name)
    rng = random.Random(0)
    for d in range(synthetic_docs):
        lines = [f"SYNTHETIC OUTCOME DOCUMENT {d}", ""]
        for n in range(1, 51):
            sentences = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(10, 25))).capitalize() + "." for _ in range(rng.randint(2, 5))]
            lines += [f"{n}. We " + " ".join(sentences), ""]
        (corpus / f"synthetic-{d:02d}.txt").write_text("\n".join(lines), encoding="utf-8")
    return corpus


def windows_of(corpus: Path, words: int) -> list[str]:
    texts = []
    for path in sorted(corpus.iterdir()):
        parsed = parse_file(path)
        info = document_info(path, parsed)
        for p in structure(parsed, info.doc_id):
            texts.extend(t for _, t, _ in make_windows(p, info, "bench", words))
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--synthetic-docs", type=int, default=10, help="generated documents of 50 paragraphs")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="wsis-bench-"))
    try:
        corpus = make_corpus(work, args.synthetic_docs)
        settings = Settings()
        model = get_embed_model(settings.embed_model)  # loaded once, outside both timings
        texts = windows_of(corpus, settings.window_words)
        pipeline, raw, paragraphs = [], [], 0
        for r in range(args.repeats):
            settings.data_dir = work / f"data{r}"
            t0 = time.perf_counter()
            report = ingest([corpus], settings, progress=False)
            pipeline.append(time.perf_counter() - t0)
            paragraphs = report.paragraphs
            t0 = time.perf_counter()
            for start in range(0, len(texts), 64):
                model.get_text_embedding_batch(texts[start : start + 64])
            raw.append(time.perf_counter() - t0)
        p_med, r_med = statistics.median(pipeline), statistics.median(raw)
        print(f"corpus: {len(list(corpus.iterdir()))} files, {paragraphs} paragraphs, {len(texts)} embedded windows")
        print(f"ingest pipeline : {paragraphs / p_med:8.1f} paragraphs/s  (median of {args.repeats}: {p_med:.2f} s)")
        print(f"embedding model : {len(texts) / r_med:8.1f} windows/s     (median of {args.repeats}: {r_med:.2f} s)")
        print(f"pipeline / raw embedding time: {p_med / r_med:.2f}x")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
