"""Write the specimens of the real layouts (tests/fixtures/specimens, our own words) as an eval corpus.

    python scripts/make_specimen_corpus.py [--out eval/corpora/specimens] [--check]

The files are generated deterministically (reportlab's invariant mode: no creation date, fixed
document id), so the committed copy in ``eval/corpora/specimens`` can be compared byte for byte
with a fresh generation (``--check``, and tests/test_specimen_corpus.py). The suite
``eval/suites/specimens-users.yaml`` runs on it.
"""
from __future__ import annotations

import argparse
import filecmp
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "eval" / "corpora" / "specimens"


def write(folder: Path) -> list[Path]:
    """Every specimen file in ``folder``; deterministic bytes."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from reportlab import rl_config

    from tests.fixtures.specimens import FILES

    rl_config.invariant = 1
    folder.mkdir(parents=True, exist_ok=True)
    return [write_one(folder / name) for name, write_one in sorted(FILES.items())]


def differences(folder: Path = CORPUS) -> list[str]:
    """Names of the files in ``folder`` that differ from a fresh generation (or are missing/extra)."""
    with tempfile.TemporaryDirectory(prefix="wsis-specimens-") as tmp:
        fresh = {p.name: p for p in write(Path(tmp))}
        have = {p.name: p for p in folder.iterdir() if p.is_file()} if folder.is_dir() else {}
        out = [f"{n}: missing" for n in sorted(set(fresh) - set(have))]
        out += [f"{n}: not generated" for n in sorted(set(have) - set(fresh))]
        out += [f"{n}: differs" for n in sorted(set(fresh) & set(have)) if not filecmp.cmp(fresh[n], have[n], shallow=False)]
        return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=CORPUS)
    parser.add_argument("--check", action="store_true", help="compare --out with a fresh generation; exit 1 on a difference")
    args = parser.parse_args()
    if args.check:
        diff = differences(args.out)
        for line in diff:
            print(f"error: {args.out}/{line}; run python scripts/make_specimen_corpus.py", file=sys.stderr)
        sys.exit(1 if diff else 0)
    for path in write(args.out):
        print(path, file=sys.stderr)


if __name__ == "__main__":
    main()
