"""Suite files: load and validate JSONL or YAML suites (the question model is ``questions``).

A suite is one of:

- a YAML file with header keys (``name``, ``description``, ``corpus``, ``min_scores``, ``requires``)
  and ``questions:`` (a list of question mappings);
- a JSONL file, one question per line; an optional first line ``{"suite": {...header...}}``; a
  sidecar ``NAME.suite.yaml`` (or ``suite.yaml`` in the same folder) may hold the header;
- a folder holding ``suite.yaml`` and ``questions.jsonl`` / ``questions.yaml``.

Errors are ``SuiteError`` with a one-line message naming the file, line and field.
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import yaml

from wsis.eval.questions import _HEADER_KEYS, SUITES_DIR, _strip_lines, CorpusSpec, Suite, SuiteError, parse_question


# -- YAML with line numbers ---------------------------------------------------------------------------

class _LineLoader(yaml.SafeLoader):
    pass


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict:
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


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
