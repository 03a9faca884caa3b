"""The structure report of one ingested document: how sure ingest is of the structure it found.

Computed at ingest from the document's paragraphs and kept with the index (the manifest's
``DocRecord.structure``); ``wsis ingest`` prints its verdict line, ``wsis status --json`` and the
Library tab show it. Keys:

``verdict``     one line: "tunis-agenda: 122/122 paragraphs, 0 gaps" (catalog range known) or
                "notes: 12 paragraphs (1-5, 19, 33-38), 2 gaps"
``warnings``    what a reader should check (unexpected gaps, numbers outside the published range,
                duplicates, guesses such as accepted jumps, a text split out of a combined file)
``found``       numbered paragraphs found; ``expected``: [first, last] from the catalog or null;
                ``expected_confirmed``: whether that range was checked against the official text
``runs``        the numbers found as runs, "1-6, 27, 41-46"; ``gaps``: the missing runs ("7-26"),
                inside the numbers found and, when a range is expected, at either end
``duplicates``  numbers found twice; ``jumps``: forward jumps accepted ("5->19")
``part`` / ``parts_in_file`` / ``restarts``  position of this text in its file (A/RES/79/1: 3 texts)
``sub_items``   sub-items found (72(a), 72(b), ...) and ``with_sub_items`` paragraphs having them
``unnumbered``  unnumbered blocks (title excepted); ``preambular``: PP-labelled ones
``notes``       facts about how the text was found ("text 2 of 3 in pact.pdf"); ``identified_by``
                how it got its identity (file name, header symbol, title)
``fingerprint`` short hashes of the numbered paragraphs' openings (recognises the same text twice)
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from typing import Any

from wsis.types import Paragraph


def runs_of(numbers: list[int]) -> list[tuple[int, int]]:
    """Sorted distinct numbers as (first, last) runs."""
    out: list[tuple[int, int]] = []
    for n in sorted(set(numbers)):
        if out and n == out[-1][1] + 1:
            out[-1] = (out[-1][0], n)
        else:
            out.append((n, n))
    return out


def format_runs(runs: list[tuple[int, int]]) -> str:
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in runs)


def fingerprint(paragraphs: list[Paragraph]) -> list[str]:
    """One short hash per numbered paragraph: label + its first twelve words, letters and digits only."""
    out = []
    for p in paragraphs:
        if p.numbered:
            words = re.sub(r"[^a-z0-9 ]+", " ", p.text.lower()).split()[:12]
            out.append(hashlib.sha1(f"{p.label}|{' '.join(words)}".encode()).hexdigest()[:8])
    return out


def same_text(a: list[str], b: list[str]) -> bool:
    """Two fingerprints describe the same text: at least 80 % of the larger one's paragraphs match."""
    if not a or not b:
        return False
    return len(set(a) & set(b)) >= 0.8 * max(len(a), len(b))


def _gaps(n: int) -> str:
    return "1 gap" if n == 1 else f"{n} gaps"


def _paragraphs(n: int) -> str:
    return "1 paragraph" if n == 1 else f"{n} paragraphs"


def structure_report(doc_id: str, paragraphs: list[Paragraph], expected: tuple[int, int] | None = None,
                     confirmed: bool = False, jumps: list[tuple[int, int]] | None = None, part: int = 1,
                     parts_in_file: int = 1, notes: list[str] | None = None,
                     guesses: list[str] | None = None) -> dict[str, Any]:
    """The report for one document (see module docstring)."""
    numbers = [int(p.label) for p in paragraphs if p.numbered and p.label.isdigit()]
    runs = runs_of(numbers)
    gaps = [(a[1] + 1, b[0] - 1) for a, b in zip(runs, runs[1:])]
    outside: list[int] = []
    if expected and runs:
        if runs[0][0] > expected[0]:
            gaps.insert(0, (expected[0], min(runs[0][0] - 1, expected[1])))
        if runs[-1][1] < expected[1]:
            gaps.append((max(runs[-1][1] + 1, expected[0]), expected[1]))
        outside = [n for n in sorted(set(numbers)) if not expected[0] <= n <= expected[1]]
    elif expected:
        gaps = [expected]
    duplicates = sorted(n for n, c in Counter(numbers).items() if c > 1)
    gap_text = [format_runs([g]) for g in gaps]
    found = len(set(numbers))
    if expected:
        verdict = f"{doc_id}: {found}/{expected[1] - expected[0] + 1} paragraphs, {_gaps(len(gaps))}"
    else:
        verdict = f"{doc_id}: {_paragraphs(found)}" + (f" ({format_runs(runs)})" if runs and found > 1 else "") + f", {_gaps(len(gaps))}"
    if gaps:
        verdict += f" ({', '.join(gap_text)})" if expected else ""
    warnings: list[str] = []
    if expected and gaps:
        where = f"expected {expected[0]}-{expected[1]}" + ("" if confirmed else ", a range not confirmed")
        warnings.append(f"{doc_id}: paragraphs {', '.join(gap_text)} not found ({where}); compare the file with the official text")
    elif gaps:
        warnings.append(f"{doc_id}: numbering jumps, paragraphs {', '.join(gap_text)} are not in this file "
                        "(an excerpt, or numbers lost in extraction?)")
    if outside:
        warnings.append(f"{doc_id}: paragraphs outside the published range {expected[0]}-{expected[1]}: "
                        f"{format_runs(runs_of(outside))}")
    if duplicates:
        warnings.append(f"{doc_id}: paragraph numbers found twice: {', '.join(map(str, duplicates))}")
    if not numbers:
        warnings.append(f"{doc_id}: no numbered paragraphs; passages are cited by block labels")
    warnings += [f"{doc_id}: {note}" for note in guesses or []]
    return {
        "verdict": verdict,
        "warnings": warnings,
        "found": found,
        "expected": list(expected) if expected else None,
        "expected_confirmed": confirmed if expected else None,
        "runs": format_runs(runs),
        "gaps": gap_text,
        "duplicates": duplicates,
        "jumps": [f"{a}->{b}" for a, b in jumps or []],
        "part": part,
        "parts_in_file": parts_in_file,
        "restarts": parts_in_file - 1,
        "sub_items": sum(len(p.sub_items) for p in paragraphs),
        "with_sub_items": sum(bool(p.sub_items) for p in paragraphs),
        "unnumbered": sum(not p.numbered and p.label != "title" for p in paragraphs),
        "preambular": sum(bool(re.fullmatch(r"PP\d+", p.label)) for p in paragraphs),
        "notes": list(notes or []),
        "fingerprint": fingerprint(paragraphs),
    }
