"""Fitted thresholds per embedder, and per question language for abstention (``calibration.json``).

A cosine means different things to different embedders: all-MiniLM-L6-v2 puts unrelated texts near
0.1, multilingual-e5-small near 0.8. So every threshold compared with a cosine is fitted per embedder
(keyed by ``index_store.embeddings.model_label``), on the dev split only, and written into
``assistant/calibration.json`` by the fitting scripts, never by hand:

- ``python -m wsis.eval.calibrate --write``: the support check (lexical weight, threshold; labelled
  pairs) and the abstention threshold per question language (``assistant.languages.detect_language``;
  suites fixture, fixture-users, seed and multilingual);
- ``python scripts/fit_concepts.py --write``: the concept check (paraphrase and importance minima, and
  the paraphrase minimum of lexicon terms no paragraph uses);
- ``python scripts/fit_focus.py --write``: the span minimum of what a question's frame asks about.

``WSIS_ABSTAIN_THRESHOLD`` and ``WSIS_SUPPORT_THRESHOLD`` (``Settings.abstain_threshold`` and
``support_threshold``, ``None`` when unset) override the fitted value for every language. An embedder
the file does not know (another sentence-transformers model) uses the values of all-MiniLM-L6-v2, the
nearest kind of cosine, with a warning.
"""
from __future__ import annotations

import json
import logging
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from wsis.files import write_atomic
from wsis.settings import Settings

CALIBRATION_FILE = Path(__file__).with_name("calibration.json")
FALLBACK_LABEL = "sentence-transformers/all-MiniLM-L6-v2"  # index_store.embeddings.MINILM_LABEL
log = logging.getLogger("wsis.calibration")


@dataclass(frozen=True)
class Calibration:
    """The fitted values of one embedder."""

    embedder: str
    abstain: dict[str, float] = field(default_factory=dict)  # question language -> relevance threshold
    support_threshold: float = 0.70
    lexical_weight: float = 0.65
    paraphrase_min: float = 0.525
    importance_min: float = 0.212
    relevance_lexical_weight: float = 0.2  # weight of the query-word coverage bonus in the relevance
    # a lexicon term no paragraph uses is missing below this paraphrase similarity, whatever its
    # importance (``concepts.check``); None: not fitted for the embedder, no such rule
    term_paraphrase_min: float | None = None
    # a short span alone paraphrases what the question's frame asks about at this cosine or above
    # (``concepts.check``, fitted by ``scripts/fit_focus.py``); None: not fitted, as for any phrase
    focus_span_min: float | None = None

    def abstain_for(self, lang: str) -> float:
        """The abstention threshold for a question in ``lang`` (English's when the language was not fitted)."""
        return self.abstain.get(lang, self.abstain.get("en", 0.33))


@lru_cache(maxsize=4)
def _read(path: str, mtime: float) -> dict[str, Any]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise SystemExit(f"error: {path}: cannot read the fitted thresholds ({exc})") from None
    if not isinstance(data, dict) or not isinstance(data.get("embedders"), dict):
        raise SystemExit(f"error: {path}: embedders: missing (write it with `python -m wsis.eval.calibrate --write`)")
    return data


def load(path: Path = CALIBRATION_FILE) -> dict[str, Any]:
    """The whole file (re-read when it changes)."""
    return _read(str(path), path.stat().st_mtime if path.exists() else 0.0)


def model_label(embed_model: str) -> str:
    """The manifest's name of an embedder (imported when needed: the embedding module loads llama-index)."""
    from wsis.index_store.embeddings import model_label as label

    return label(embed_model)


def _entry(data: dict[str, Any], label: str) -> Calibration:
    """The values of ``label``; a section not fitted yet for it comes from all-MiniLM-L6-v2 (with a warning)."""
    def section(name: str) -> Any:
        raw = data["embedders"].get(label, {})
        if name not in raw and label != FALLBACK_LABEL:
            _warn(f"{label}: {name}", f"no fitted {name} values for the embedder {label}: using those of {FALLBACK_LABEL}")
            raw = data["embedders"].get(FALLBACK_LABEL, {})
        return raw[name]

    try:
        sup, con = section("support"), section("concepts")
        ab = section("abstention")
        abstain = {str(k): float(v["threshold"]) for k, v in ab["per_language"].items()}
        return Calibration(label, abstain, float(sup["threshold"]), float(sup["lexical_weight"]),
                           float(con["paraphrase_min"]), float(con["importance_min"]),
                           float(ab.get("relevance_lexical_weight", 0.2)),
                           None if con.get("term_paraphrase_min") is None else float(con["term_paraphrase_min"]),
                           _optional(data["embedders"].get(label, {}).get("focus", {}).get("span_min")))
    except (KeyError, TypeError, ValueError) as exc:
        raise SystemExit(f"error: {CALIBRATION_FILE.name}: embedders.{label}: missing or invalid value ({exc})") from None


def _optional(value: Any) -> float | None:
    return None if value is None else float(value)


def _warn(key: str, message: str) -> None:
    if key not in _warned:
        _warned.add(key)
        print(f"warning: {message} (fit them: python -m wsis.eval.calibrate --write, scripts/fit_concepts.py --write)",
              file=sys.stderr)


_warned: set[str] = set()


def calibration_for(embed_model: str, path: Path = CALIBRATION_FILE) -> Calibration:
    """The fitted values of the embedder ``embed_model`` names (a ``WSIS_EMBED_MODEL`` value)."""
    data = load(path)
    label = model_label(embed_model)
    if label not in data["embedders"]:
        _warn(label, f"no fitted thresholds for the embedder {label} in {path.name}: using those of {FALLBACK_LABEL}")
        label = FALLBACK_LABEL
    return _entry(data, label)


def abstain_threshold(settings: Settings, lang: str = "en") -> float:
    """``WSIS_ABSTAIN_THRESHOLD`` when set, else the threshold fitted for the embedder and ``lang``."""
    if settings.abstain_threshold is not None:
        return float(settings.abstain_threshold)
    return calibration_for(settings.embed_model).abstain_for(lang)


def support_rule(settings: Settings) -> tuple[float, float]:
    """(threshold, lexical weight) of the support check: ``WSIS_SUPPORT_THRESHOLD`` overrides the threshold."""
    cal = calibration_for(settings.embed_model)
    threshold = cal.support_threshold if settings.support_threshold is None else float(settings.support_threshold)
    return threshold, cal.lexical_weight


def write_section(embed_model: str, section: str, values: dict[str, Any], path: Path = CALIBRATION_FILE) -> None:
    """Store one fitted section (``support``, ``abstention``, ``concepts``) of an embedder (fitting scripts only)."""
    import fcntl
    import tempfile

    with open(Path(tempfile.gettempdir()) / "wsis-calibration.lock", "w") as lock:  # two fitting runs (one per embedder) may write at once
        fcntl.flock(lock, fcntl.LOCK_EX)
        _write_locked(embed_model, section, values, path)
    _read.cache_clear()


def _write_locked(embed_model: str, section: str, values: dict[str, Any], path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    data.setdefault("comment", "Written by python -m wsis.eval.calibrate --write and scripts/fit_concepts.py --write; "
                               "do not edit by hand (see assistant/calibration.py).")
    data.setdefault("embedders", {}).setdefault(model_label(embed_model), {})[section] = values
    data["embedders"] = dict(sorted(data["embedders"].items()))
    write_atomic(path, json.dumps(data, indent=1, ensure_ascii=False) + "\n")
