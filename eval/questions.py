"""Question sets: load and validate JSONL or YAML suites.

A suite is one of:

- a YAML file with header keys (``name``, ``description``, ``corpus``, ``min_scores``, ``requires``)
  and ``questions:`` (a list of question mappings);
- a JSONL file, one question per line; an optional first line ``{"suite": {...header...}}``; a
  sidecar ``NAME.suite.yaml`` (or ``suite.yaml`` in the same folder) may hold the header;
- a folder holding ``suite.yaml`` and ``questions.jsonl`` / ``questions.yaml``.

A question has: ``id``, ``question``, ``category`` (reference, topic, comparison, follow-up,
unanswerable), ``gold`` (paragraph ids such as ``tunis-agenda#72``, or mappings
``{id: ..., verified: false, note: ...}``), ``nuggets`` (strings a correct answer contains; ``|``
separates variants), ``answerable`` (default: category != unanswerable), ``history`` (for
follow-ups: ``[{role, content}]``), optional ``filters`` (doc_ids, process, year_from, year_to),
``verified`` (false when a label is not yet checked against the official text) and ``note``.

Errors are ``SuiteError`` with a one-line message naming the file, line and field.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from wsis.settings import PROJECT_ROOT

SUITES_DIR = Path(__file__).resolve().parent / "suites"
CATEGORIES = ("reference", "topic", "comparison", "follow-up", "unanswerable")
_CATEGORY_ALIASES = {
    "reference lookup": "reference", "reference-lookup": "reference", "lookup": "reference", "ref": "reference",
    "followup": "follow-up", "follow up": "follow-up", "follow_up": "follow-up",
    "compare": "comparison", "unanswerable": "unanswerable", "out-of-scope": "unanswerable",
}
_ID = re.compile(r"^[a-z0-9][a-z0-9._-]*#[A-Za-z0-9][\w.()-]*$")
_QUESTION_KEYS = {"id", "question", "category", "gold", "nuggets", "answerable", "history", "filters", "verified",
                  "note", "notes"}
_HEADER_KEYS = {"name", "description", "corpus", "min_scores", "requires", "notes", "version"}


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
    folder), "path" (a folder or file; relative paths are tried against the suite's folder, then
    the repository root) or "index" (the user's configured index, e.g. fetched official texts).
    """

    kind: str = "index"
    target: str = ""
    base: Path | None = None  # folder of the suite file

    def resolve_path(self) -> Path:
        path = Path(self.target).expanduser()
        if path.is_absolute():
            return path
        candidates = ([self.base / path] if self.base else []) + [PROJECT_ROOT / path]
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


# -- YAML with line numbers ---------------------------------------------------------------------------

class _LineLoader(yaml.SafeLoader):
    pass


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict:
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _strip_lines(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _strip_lines(v) for k, v in value.items() if k != "__line__"}
    if isinstance(value, list):
        return [_strip_lines(v) for v in value]
    return value


# -- loading -------------------------------------------------------------------------------------------

def resolve_suite(name_or_path: str | Path | None) -> Path:
    """"fixture" / "seed" / "official" -> eval/suites/NAME.(yaml|jsonl); otherwise a path."""
    if name_or_path is None or str(name_or_path) == "":
        name_or_path = "fixture"
    text = str(name_or_path)
    path = Path(text).expanduser()
    if path.exists():
        return path
    if "/" not in text and "\\" not in text:
        for candidate in (SUITES_DIR / f"{text}.yaml", SUITES_DIR / f"{text}.yml", SUITES_DIR / f"{text}.jsonl", SUITES_DIR / text):
            if candidate.exists():
                return candidate
    names = ", ".join(available_suites())
    raise SuiteError(f"{text}: no such suite file or folder (shipped suites: {names})")


def available_suites() -> list[str]:
    if not SUITES_DIR.exists():
        return []
    out = []
    for p in sorted(SUITES_DIR.iterdir()):
        if p.suffix in (".yaml", ".yml", ".jsonl") and not p.name.endswith(".suite.yaml") and p.stem != "support_pairs":
            out.append(p.stem)
    return out


def load_suite(name_or_path: str | Path | None = None) -> Suite:
    path = resolve_suite(name_or_path)
    if path.is_dir():
        header_file = path / "suite.yaml"
        header = _read_yaml_header(header_file) if header_file.exists() else {}
        for name in ("questions.jsonl", "questions.yaml", "questions.yml"):
            if (path / name).exists():
                qpath = path / name
                break
        else:
            raise SuiteError(f"{path}: folder has no questions.jsonl or questions.yaml")
        raw, qheader = _read_questions(qpath)
        header = {**qheader, **header}
        header.setdefault("name", path.name)
        return _build_suite(header, raw, qpath, header_file if header_file.exists() else qpath)
    raw, header = _read_questions(path)
    for sidecar in (path.with_name(path.stem + ".suite.yaml"), path.with_name("suite.yaml")):
        if path.suffix == ".jsonl" and sidecar.exists():
            header = {**_read_yaml_header(sidecar), **header}
            break
    header.setdefault("name", path.stem)
    return _build_suite(header, raw, path, path)


def _read_yaml_header(path: Path) -> dict:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LineLoader) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else 0
        raise SuiteError(f"{path}:{line}: invalid YAML: {getattr(exc, 'problem', exc)}") from None
    if not isinstance(data, dict):
        raise SuiteError(f"{path}:1: header: must be a mapping")
    data["__file__"] = str(path)
    return data


def _read_questions(path: Path) -> tuple[list[dict], dict]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SuiteError(f"{path}:0: cannot read: {exc.strerror or exc}") from None
    if path.suffix in (".yaml", ".yml"):
        try:
            data = yaml.load(text, Loader=_LineLoader)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            raise SuiteError(f"{path}:{mark.line + 1 if mark else 0}: invalid YAML: {getattr(exc, 'problem', exc)}") from None
        if isinstance(data, list):
            return data, {}
        if not isinstance(data, dict):
            raise SuiteError(f"{path}:1: suite: must be a mapping with 'questions' or a list of questions")
        questions = data.get("questions")
        if not isinstance(questions, list):
            raise SuiteError(f"{path}:{data.get('__line__', 1)}: questions: missing or not a list")
        header = {k: v for k, v in data.items() if k != "questions"}
        header["__file__"] = str(path)
        return questions, header
    if path.suffix != ".jsonl":
        raise SuiteError(f"{path}:0: format: expected .jsonl, .yaml or .yml")
    rows: list[dict] = []
    header: dict = {}
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise SuiteError(f"{path}:{n}: invalid JSON: {exc.msg} (column {exc.colno})") from None
        if not isinstance(obj, dict):
            raise SuiteError(f"{path}:{n}: question: must be a JSON object")
        if "suite" in obj and "question" not in obj:
            if rows or header:
                raise SuiteError(f"{path}:{n}: suite: the header must be the first line")
            if not isinstance(obj["suite"], dict):
                raise SuiteError(f"{path}:{n}: suite: must be an object")
            header = {**obj["suite"], "__line__": n, "__file__": str(path)}
            continue
        obj["__line__"] = n
        rows.append(obj)
    return rows, header


def _corpus_spec(value: Any, where: str, base: Path) -> CorpusSpec:
    if value in (None, "", "index"):
        return CorpusSpec("index", "", base)
    if isinstance(value, str):
        if re.match(r"^[\w.]+:[\w]+$", value) and not Path(value).exists():
            return CorpusSpec("builder", value, base)
        return CorpusSpec("path", value, base)
    if isinstance(value, dict):
        if "builder" in value:
            if not re.match(r"^[\w.]+:[\w]+$", str(value["builder"])):
                raise SuiteError(f"{where}: corpus.builder: expected 'module:function', got {value['builder']!r}")
            return CorpusSpec("builder", str(value["builder"]), base)
        if "path" in value:
            return CorpusSpec("path", str(value["path"]), base)
        if value.get("index"):
            return CorpusSpec("index", "", base)
    raise SuiteError(f"{where}: corpus: expected 'index', a folder path, or {{builder: module:function}} / {{path: folder}}")


def _build_suite(header: dict, raw: list[dict], qpath: Path, hpath: Path) -> Suite:
    hfile = header.pop("__file__", str(hpath))
    hline = header.pop("__line__", 1)
    where = f"{hfile}:{hline}"
    unknown = set(header) - _HEADER_KEYS
    if unknown:
        raise SuiteError(f"{where}: {sorted(unknown)[0]}: unknown header key (known: {', '.join(sorted(_HEADER_KEYS))})")
    corpus = _corpus_spec(header.get("corpus"), where, Path(hfile).parent)
    min_scores = header.get("min_scores") or {}
    if not isinstance(min_scores, dict) or not all(isinstance(v, (int, float)) for v in _strip_lines(min_scores).values()):
        raise SuiteError(f"{where}: min_scores: must map metric names to numbers")
    requires = header.get("requires") or []
    if not isinstance(requires, list):
        raise SuiteError(f"{where}: requires: must be a list of doc_ids")
    questions = []
    seen: dict[str, int] = {}
    for item in raw:
        q = parse_question(item, qpath)
        if q.id in seen:
            raise SuiteError(f"{qpath}:{q.line}: id: duplicate {q.id!r} (first on line {seen[q.id]})")
        seen[q.id] = q.line
        questions.append(q)
    if not questions:
        raise SuiteError(f"{qpath}:1: questions: the suite has no question")
    return Suite(str(header.get("name")), qpath, questions, corpus, {k: float(v) for k, v in _strip_lines(min_scores).items()},
                 [str(r) for r in requires], str(header.get("description") or ""))


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
    category = str(data.get("category", "")).strip().lower()
    category = _CATEGORY_ALIASES.get(category, category)
    if category not in CATEGORIES:
        raise SuiteError(f"{where}: category: {data.get('category')!r} is not one of {', '.join(CATEGORIES)}")
    answerable = data.get("answerable", category != "unanswerable")
    if not isinstance(answerable, bool):
        raise SuiteError(f"{where}: answerable: must be true or false")
    if category == "unanswerable" and answerable:
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
    if answerable and not gold and category != "unanswerable":
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
    return Question(qid, " ".join(text.split()), category, gold, [str(n) for n in nuggets], answerable, turns,
                    _strip_lines(filters), verified, note, line)
