"""Questions of a suite: the data model, one question's validation, its kind and its split.

A question has: ``id``, ``question``, ``category`` (its kind, see ``KINDS``), ``gold`` (paragraph
ids such as ``tunis-agenda#72``, or mappings ``{id: ..., verified: false, note: ...}``),
``nuggets`` (strings a correct answer contains; ``|`` separates variants), ``answerable``
(default: the kind is not an unanswerable one), ``history`` (for follow-ups: ``[{role, content}]``),
optional ``filters`` (doc_ids, process, year_from, year_to), ``verified`` (false when a label is
not yet checked against the official text), ``note`` and ``lang`` (the question's language code). Reading suite files is ``suite_files``.

Kinds (``KINDS``): lookup (a paragraph reference, resolved deterministically), topic,
cross-document, follow-up, unanswerable-in-domain (on the subject, not in the texts),
unanswerable-off-domain. Older names are mapped: reference -> lookup, comparison ->
cross-document; a plain ``unanswerable`` stays its own kind until it is classified in/off domain.

Dev/test split (``split_of``): a question is ``dev`` when the SHA-1 of its id (UTF-8), read as a
hexadecimal integer, is even, else ``test``. Fitting (``python -m wsis.eval.calibrate``,
``scripts/tune.py``) uses dev questions only; reports show test figures first.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wsis.settings import PROJECT_ROOT

SUITES_DIR = Path(__file__).resolve().parent / "suites"
KINDS = ("lookup", "topic", "cross-document", "follow-up", "unanswerable-in-domain", "unanswerable-off-domain")
LEGACY_UNANSWERABLE = "unanswerable"
CATEGORIES = KINDS + (LEGACY_UNANSWERABLE,)
_CATEGORY_ALIASES = {
    "reference": "lookup", "reference lookup": "lookup", "reference-lookup": "lookup", "ref": "lookup",
    "look-up": "lookup", "followup": "follow-up", "follow up": "follow-up", "follow_up": "follow-up",
    "comparison": "cross-document", "compare": "cross-document", "cross document": "cross-document",
    "cross_document": "cross-document", "out-of-scope": "unanswerable-off-domain",
    "off-domain": "unanswerable-off-domain", "in-domain": "unanswerable-in-domain",
    "unanswerable in-domain": "unanswerable-in-domain", "unanswerable off-domain": "unanswerable-off-domain",
    "unanswerable_in_domain": "unanswerable-in-domain", "unanswerable_off_domain": "unanswerable-off-domain",
}
SPLITS = ("test", "dev")


def split_of(question_id: str) -> str:
    """``dev`` when sha1(id) is even, else ``test``: fixed, documented, independent of other questions."""
    return "dev" if int(hashlib.sha1(question_id.encode("utf-8")).hexdigest(), 16) % 2 == 0 else "test"


def normalize_kind(category: str) -> str:
    c = " ".join(str(category).strip().lower().split())
    return _CATEGORY_ALIASES.get(c, c)


def is_unanswerable_kind(kind: str) -> bool:
    return kind.startswith("unanswerable")


_ID = re.compile(r"^[a-z0-9][a-z0-9._-]*#[A-Za-z0-9][\w.()-]*$")
_QUESTION_KEYS = {"id", "question", "category", "gold", "nuggets", "answerable", "history", "filters", "verified",
                  "note", "notes", "lang"}
_HEADER_KEYS = {"name", "description", "corpus", "min_scores", "requires", "notes", "version"}


def _strip_lines(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _strip_lines(v) for k, v in value.items() if k != "__line__"}
    if isinstance(value, list):
        return [_strip_lines(v) for v in value]
    return value


class SuiteError(ValueError):
    """A malformed suite; str() is one line: "path:line: field: problem"."""


@dataclass
class Gold:
    id: str
    verified: bool = True
    note: str = ""


@dataclass
class Question:
    id: str
    question: str
    category: str
    gold: list[Gold] = field(default_factory=list)
    nuggets: list[str] = field(default_factory=list)
    answerable: bool = True
    history: list[dict] = field(default_factory=list)
    filters: dict[str, Any] = field(default_factory=dict)
    verified: bool = True
    note: str = ""
    line: int = 0
    lang: str = ""

    @property
    def kind(self) -> str:
        return self.category

    @property
    def split(self) -> str:
        return split_of(self.id)

    @property
    def gold_ids(self) -> list[str]:
        return [g.id for g in self.gold]

    @property
    def unverified(self) -> bool:
        return not self.verified or any(not g.verified for g in self.gold)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "question": self.question, "category": self.category,
            "gold": [g.id if g.verified and not g.note else {"id": g.id, "verified": g.verified, **({"note": g.note} if g.note else {})}
                     for g in self.gold],
            "nuggets": self.nuggets, "answerable": self.answerable, "history": self.history,
            "filters": self.filters, "verified": self.verified, "note": self.note,
        }


@dataclass
class CorpusSpec:
    """Where a self-contained suite gets its documents: a builder function or a folder.

    ``kind`` is "builder" ("module:function" called with a destination folder, returning the corpus
    folder), "path" (a folder or file; relative paths are tried against the suite's folder, the
    repository root, then the current folder) or "index" (the user's configured index, e.g. fetched official texts).
    """

    kind: str = "index"
    target: str = ""
    base: Path | None = None  # folder of the suite file

    def resolve_path(self) -> Path:
        path = Path(self.target).expanduser()
        if path.is_absolute():
            return path
        candidates = ([self.base / path] if self.base else []) + [PROJECT_ROOT / path, Path.cwd() / path]
        for c in candidates:
            if c.exists():
                return c.resolve()
        return candidates[-1].resolve()

    def key(self) -> str:
        return f"{self.kind}:{self.resolve_path() if self.kind == 'path' else self.target}"


@dataclass
class Suite:
    name: str
    path: Path
    questions: list[Question]
    corpus: CorpusSpec = field(default_factory=CorpusSpec)
    min_scores: dict[str, float] = field(default_factory=dict)
    requires: list[str] = field(default_factory=list)  # doc_ids the index must hold
    description: str = ""

    @property
    def self_contained(self) -> bool:
        return self.corpus.kind != "index"


def parse_question(item: Any, path: Path) -> Question:
    if not isinstance(item, dict):
        raise SuiteError(f"{path}:0: question: must be a mapping, got {type(item).__name__}")
    line = int(item.get("__line__", 0))
    where = f"{path}:{line}"
    data = {k: v for k, v in item.items() if k != "__line__"}
    qid = data.get("id")
    if not isinstance(qid, (str, int)) or not str(qid).strip():
        raise SuiteError(f"{where}: id: missing or empty")
    qid = str(qid).strip()
    where = f"{path}:{line}: {qid}"
    unknown = set(data) - _QUESTION_KEYS
    if unknown:
        raise SuiteError(f"{where}: {sorted(unknown)[0]}: unknown field (known: {', '.join(sorted(_QUESTION_KEYS))})")
    text = data.get("question")
    if not isinstance(text, str) or not text.strip():
        raise SuiteError(f"{where}: question: missing or empty")
    category = normalize_kind(str(data.get("category", "")))
    if category not in CATEGORIES:
        raise SuiteError(f"{where}: category: {data.get('category')!r} is not one of {', '.join(CATEGORIES)}")
    answerable = data.get("answerable", not is_unanswerable_kind(category))
    if not isinstance(answerable, bool):
        raise SuiteError(f"{where}: answerable: must be true or false")
    if is_unanswerable_kind(category) and answerable:
        raise SuiteError(f"{where}: answerable: an unanswerable question cannot be answerable")
    gold = []
    raw_gold = data.get("gold", [])
    if isinstance(raw_gold, str):
        raw_gold = [raw_gold]
    if not isinstance(raw_gold, list):
        raise SuiteError(f"{where}: gold: must be a list of paragraph ids")
    for g in raw_gold:
        if isinstance(g, dict):
            gid, verified, note = g.get("id"), g.get("verified", True), str(g.get("note", ""))
            extra = set(g) - {"id", "verified", "note", "__line__"}
            if extra:
                raise SuiteError(f"{where}: gold: unknown key {sorted(extra)[0]!r} (known: id, verified, note)")
            if not isinstance(verified, bool):
                raise SuiteError(f"{where}: gold: verified must be true or false")
        else:
            gid, verified, note = g, True, ""
        if not isinstance(gid, str) or not _ID.match(gid.strip()):
            raise SuiteError(f"{where}: gold: {gid!r} is not a paragraph id like 'tunis-agenda#72'")
        gold.append(Gold(gid.strip(), verified, note))
    if answerable and not gold and not is_unanswerable_kind(category):
        raise SuiteError(f"{where}: gold: an answerable question needs at least one gold paragraph id")
    if not answerable and gold:
        raise SuiteError(f"{where}: gold: an unanswerable question has no gold paragraph")
    nuggets = data.get("nuggets", [])
    if isinstance(nuggets, str):
        nuggets = [nuggets]
    if not isinstance(nuggets, list) or not all(isinstance(n, (str, int, float)) and str(n).strip() for n in nuggets):
        raise SuiteError(f"{where}: nuggets: must be a list of non-empty strings")
    history = data.get("history", [])
    if not isinstance(history, list):
        raise SuiteError(f"{where}: history: must be a list of {{role, content}} turns")
    turns = []
    for t in history:
        if isinstance(t, str):
            t = {"role": "user", "content": t}
        if not isinstance(t, dict) or t.get("role") not in ("user", "assistant") or not isinstance(t.get("content"), str):
            raise SuiteError(f"{where}: history: each turn needs role user|assistant and string content")
        turns.append({"role": t["role"], "content": t["content"]})
    if category == "follow-up" and not turns:
        raise SuiteError(f"{where}: history: a follow-up question needs its history")
    filters = data.get("filters", {}) or {}
    if not isinstance(filters, dict) or set(_strip_lines(filters)) - {"doc_ids", "process", "year_from", "year_to"}:
        raise SuiteError(f"{where}: filters: only doc_ids, process, year_from, year_to are allowed")
    verified = data.get("verified", True)
    if not isinstance(verified, bool):
        raise SuiteError(f"{where}: verified: must be true or false")
    note = str(data.get("note") or data.get("notes") or "")
    lang = data.get("lang", "")
    if not isinstance(lang, str):
        raise SuiteError(f"{where}: lang: must be a language code such as en or fr")
    return Question(qid, " ".join(text.split()), category, gold, [str(n) for n in nuggets], answerable, turns,
                    _strip_lines(filters), verified, note, line, lang.strip())
