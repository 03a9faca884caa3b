"""Warm end-to-end `ask` latency (extractive) beside the raw time to embed the question.

    python scripts/bench_ask.py [--scale 100000] [--runs 30]

Measures at the fixture-corpus size, then at a generated scale: synthetic paragraphs made of
sentences from a generated pool (their vectors are the normalised mean of their sentences' real
embeddings, so building 100k paragraphs takes minutes, not an hour). Prints p50/p95 per size.

One-shot `wsis ask` (a new process per question, as a user types it), on the fixture index:
without a server (the process loads everything itself) and with a running `wsis serve` on the same
index (the CLI posts to it). "cold" is the first run of each kind, "warm" the median of the next
--oneshot-runs (the OS file cache and Python's bytecode are then warm). --scale 0 skips the
generated index; --oneshot-runs 0 skips the one-shot runs.

Comparing two checkouts on a noisy machine: build the generated index once per checkout with
``--index-dir DIR`` (kept, and reused by the next run with the same DIR), then alternate short runs
of each with ``--fixture-runs 0 --oneshot-runs 0`` and compare medians of the p50s.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from wsis.assistant.answering import Assistant  # noqa: E402
from wsis.settings import Settings  # noqa: E402
from wsis.types import DocumentInfo, Paragraph  # noqa: E402
from wsis.index_store.embeddings import get_embed_model, model_label  # noqa: E402
from wsis.index_store.store import IndexStore  # noqa: E402
from wsis.assistant.library import ingest_paths as ingest  # noqa: E402
from tests.fixtures.build import build_corpus  # noqa: E402
from bench_questions import TOPIC_QUESTIONS  # noqa: E402  (beside this script)

QUESTIONS = [
    *TOPIC_QUESTIONS,
    "What about artificial intelligence governance?",
    "What does the forum discuss?",
]
WORDS = ("access connectivity governance stakeholders digital divide capacity building infrastructure "
         "financing cooperation security confidence privacy data human rights development innovation "
         "education skills gender inclusion cultural diversity media ethics environment health trade "
         "standards interoperability multilingual content broadband rural schools libraries").split()


def percentile(values: list[float], q: float) -> float:
    return float(np.percentile(values, q))


STAGES: dict[str, list[float]] = {}


def measure(assistant: Assistant, runs: int) -> tuple[list[float], list[float]]:
    model = get_embed_model(assistant.settings.embed_model)
    for q in QUESTIONS[:3]:  # warm-up
        assistant.ask(q, mode="extractive")
    total, embed = [], []
    for i in range(runs):
        q = QUESTIONS[i % len(QUESTIONS)] + ("" if i < len(QUESTIONS) else f" ({i})")
        t0 = time.perf_counter()
        model.get_query_embedding(q)
        embed.append(time.perf_counter() - t0)
        assistant._vectors.clear()  # measure the uncached path: no sentence embedding is reused
        t0 = time.perf_counter()
        answer = assistant.ask(q, mode="extractive")
        total.append(time.perf_counter() - t0)
        for stage, seconds in answer.timings.items():
            STAGES.setdefault(stage, []).append(seconds)
    return total, embed


def synthetic_index(settings: Settings, n_paragraphs: int, per_doc: int = 5000) -> None:
    rng = random.Random(0)
    pool = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 18))).capitalize() + "." for _ in range(3000)]
    model = get_embed_model(settings.embed_model)
    vectors = np.asarray(model.get_text_embedding_batch(pool), dtype=np.float32)
    store = IndexStore(settings)
    label = model_label(settings.embed_model)
    for d in range(0, n_paragraphs, per_doc):
        doc_id = f"synthetic-{d // per_doc:03d}"
        info = DocumentInfo(doc_id=doc_id, title=f"Synthetic document {d // per_doc}", date=f"{2003 + d // per_doc % 22}-01-01",
                            process="WSIS")
        generation = store.new_generation(f"{d:010d}")
        paragraphs, windows = [], []
        for n in range(1, min(per_doc, n_paragraphs - d) + 1):
            picks = [rng.randrange(len(pool)) for _ in range(3)]
            p = Paragraph(doc_id=doc_id, label=str(n), text=" ".join(pool[i] for i in picks), order=n - 1)
            vec = vectors[picks].mean(axis=0)
            vec /= np.linalg.norm(vec)
            paragraphs.append(p)
            windows.append((f"{doc_id}@{generation}#{n}~0", p.text,
                            {"paragraph_id": p.id, "doc_id": doc_id, "label": p.label, "generation": generation, "window": 0},
                            vec.tolist()))
        store.replace_document(info, f"{d:064d}", generation, paragraphs, windows, label)
        print(f"  built {d + len(paragraphs)} / {n_paragraphs} paragraphs", file=sys.stderr)


def report(name: str, paragraphs: int, total: list[float], embed: list[float]) -> None:
    print(f"{name:>10} ({paragraphs:>6} paragraphs): ask p50 {percentile(total, 50) * 1000:7.1f} ms, "
          f"p95 {percentile(total, 95) * 1000:7.1f} ms | embed question p50 {percentile(embed, 50) * 1000:6.1f} ms "
          f"| ratio p50 {statistics.median(total) / statistics.median(embed):5.1f}x")
    print("            stage medians: " + ", ".join(f"{k} {statistics.median(v) * 1000:.1f} ms" for k, v in STAGES.items()))
    STAGES.clear()


def _time_cli(data_dir: Path, question: str, *extra: str) -> tuple[float, dict]:
    env = {**os.environ, "WSIS_DATA_DIR": str(data_dir), "WSIS_LLM": ""}
    env.pop("WSIS_CHROMA_URL", None)
    t0 = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "wsis.assistant.cli", "-v", "ask", question, "--json", *extra],
                            env=env, cwd=ROOT, capture_output=True, text=True)
    elapsed = time.perf_counter() - t0
    if result.returncode != 0:
        sys.exit(f"error: wsis ask failed: {result.stderr[-800:]}")
    answer = json.loads(result.stdout)
    answer["_served"] = "answered by wsis serve" in result.stderr
    return elapsed, answer


def oneshot(data_dir: Path, runs: int) -> None:
    """Wall time of `wsis ask` as a new process, without and with a running server."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from bench_serve import Server, free_port

    def series(label: str, *extra: str, served: bool) -> None:
        times = []
        for i in range(runs + 1):
            elapsed, answer = _time_cli(data_dir, QUESTIONS[i % len(QUESTIONS)], *extra)
            assert answer["_served"] == served and answer["citations"], (label, answer.get("answer"))
            times.append(elapsed)
        print(f"{label:>30}: cold {times[0]:5.2f} s, warm median {statistics.median(times[1:]):5.2f} s "
              f"(min {min(times[1:]):.2f}, max {max(times[1:]):.2f})")

    series("one-shot ask, no server", served=False)
    server = Server(data_dir, {"WSIS_LLM": ""}, free_port())
    try:
        print(f"{'':>30}  (wsis serve ready in {server.ready:.1f} s)")
        series("one-shot ask, wsis serve up", served=True)
        series("one-shot ask --local, serve up", "--local", served=False)
    finally:
        server.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--scale", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--oneshot-runs", type=int, default=5, help="warm one-shot `wsis ask` runs per kind")
    parser.add_argument("--fixture-runs", type=int, default=None, help="runs on the fixture index (default --runs; 0 skips it)")
    parser.add_argument("--index-dir", type=Path, default=None,
                        help="keep the generated index here and reuse it when it is already built")
    args = parser.parse_args()
    fixture_runs = args.runs if args.fixture_runs is None else args.fixture_runs
    work = Path(tempfile.mkdtemp(prefix="wsis-bench-ask-"))
    try:
        if fixture_runs or args.oneshot_runs:
            settings = Settings()
            settings.data_dir = work / "fixture"
            ingest([build_corpus(work / "corpus")], settings, progress=False)
            if fixture_runs:
                assistant = Assistant(settings)
                report("fixture", len(assistant.store.corpus().paragraphs), *measure(assistant, fixture_runs))
            if args.oneshot_runs:
                oneshot(settings.data_dir, args.oneshot_runs)
        if args.scale:
            big = Settings()
            big.data_dir = args.index_dir or work / "scale"
            built = big.data_dir / f"bench-built-{args.scale}"
            if not built.exists():
                t0 = time.perf_counter()
                synthetic_index(big, args.scale)
                built.write_text("complete\n")
                print(f"  synthetic index built in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
            assistant = Assistant(big)
            report("generated", len(assistant.store.corpus().paragraphs), *measure(assistant, args.runs))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
