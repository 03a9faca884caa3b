"""The parallel suite: questions in the six UN languages over language versions of the fixture texts.

``build_corpus`` is the suite's corpus builder: the English fixture corpus and the language
versions written for this project (``eval/corpora/fixture-parallel``: ``tunis-agenda.fr.txt`` ...), in one
folder, so ingest links each version to its English text by file name.

``python -m wsis.eval.parallel [--json]`` runs ``eval/suites/parallel.yaml`` (extractive) and prints
Recall@3 per question language, test split first and dev in brackets.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

CORPORA = Path(__file__).with_name("corpora")
LANGS = ("en", "fr", "es", "ar", "zh", "ru")


def build_corpus(dest: Path) -> Path:
    """Copy the fixture corpus and its language versions into ``dest`` (the suite's builder)."""
    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    for folder in (CORPORA / "fixture", CORPORA / "fixture-parallel"):
        for path in sorted(folder.iterdir()):
            if path.is_file() and not path.name.startswith((".", "_")):
                shutil.copy2(path, dest / path.name)
    return dest


def per_language(rows: list[dict], langs: dict[str, str], metric: str = "recall@3") -> dict[str, dict[str, float | int]]:
    """Mean ``metric`` per question language and split: {lang: {test, dev, n_test, n_dev}}."""
    out: dict[str, dict[str, float | int]] = {}
    for lang in LANGS:
        entry: dict[str, float | int] = {}
        for split in ("test", "dev"):
            values = [r[metric] for r in rows if langs.get(r["id"]) == lang and r.get("split") == split and metric in r]
            entry[split] = round(sum(values) / len(values), 3) if values else float("nan")
            entry[f"n_{split}"] = len(values)
        out[lang] = entry
    return out


def main(argv: list[str] | None = None) -> int:
    from wsis.eval.harness import run_suite
    from wsis.eval.suite_files import load_suite

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--suite", default="parallel")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON on stdout")
    args = parser.parse_args(argv)
    suite = load_suite(args.suite)
    result = run_suite(suite, mode="extractive")
    langs = {q.id: q.lang for q in suite.questions}
    table = per_language(result.rows, langs)
    if args.json:
        print(json.dumps({"suite": suite.name, "recall@3": table, "notices": result.notices}, indent=1))
    else:
        print(f"Recall@3 per question language, suite {suite.name} (test, dev in brackets):", file=sys.stderr)
        for lang, e in table.items():
            print(f"  {lang}: {e['test']:.3f} (dev {e['dev']:.3f})  [{e['n_test']} test / {e['n_dev']} dev]", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
