"""The import rules of the README's layout section, read from the source with ``ast`` alone.

Layers, bottom first; a module may import its own package or a layer below, never one above,
and no chain of imports (module-level, function-level or TYPE_CHECKING) may form a cycle.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# package -> folder in the checkout, bottom layer first
LAYERS = {
    "wsis": ROOT / "wsis",                  # types, settings, errors, atomic files: imports nothing of ours
    "wsis.prompts": ROOT / "prompts",
    "wsis.ingest": ROOT / "ingest",
    "wsis.index_store": ROOT / "index_store",
    "wsis.assistant": ROOT / "assistant",
    "wsis.eval": ROOT / "eval",
}
RANK = {name: n for n, name in enumerate(LAYERS)}


def project_modules() -> dict[str, Path]:
    modules: dict[str, Path] = {}
    for package, folder in LAYERS.items():
        for path in folder.rglob("*.py"):
            parts = list(path.relative_to(folder).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts = parts[:-1]
            modules[".".join([package, *parts])] = path
    return modules


def imported_modules(path: Path, module: str, known: dict[str, Path]) -> set[str]:
    """Every project module named by an import anywhere in the file."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: set[str] = set()
    is_package = path.name == "__init__.py"
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = module.split(".")
                anchor = anchor if is_package else anchor[:-1]
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join(anchor + ([base] if base else []))
            names = [base] + [f"{base}.{alias.name}" for alias in node.names]
        for name in names:
            if name in known:
                found.add(name)
            elif name.startswith(("assistant", "ingest", "index_store", "eval", "prompts")) and name.split(".")[0] in (
                "assistant", "ingest", "index_store", "eval", "prompts"
            ):
                found.add("UNNAMESPACED:" + name)
    found.discard(module)
    return found


def layer_of(module: str) -> str:
    return max((p for p in LAYERS if module == p or module.startswith(p + ".")), key=len)


def import_graph() -> dict[str, set[str]]:
    known = project_modules()
    return {m: imported_modules(p, m, known) for m, p in known.items()}


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt.startswith("UNNAMESPACED:"):
                continue
            if state.get(nxt) == 1:
                return stack[stack.index(nxt):] + [nxt]
            if nxt not in state and (cycle := visit(nxt)):
                return cycle
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (cycle := visit(node)):
            return cycle
    return None


def test_every_package_is_found() -> None:
    modules = project_modules()
    for package in LAYERS:
        assert package in modules, package
    assert len(modules) > 40


def test_imports_run_down_the_layers_only() -> None:
    bad = []
    for module, targets in import_graph().items():
        for target in targets:
            if target.startswith("UNNAMESPACED:"):
                bad.append(f"{module} imports {target[13:]} without the wsis. namespace")
            elif RANK[layer_of(target)] > RANK[layer_of(module)]:
                bad.append(f"{module} ({layer_of(module)}) imports {target} ({layer_of(target)}), a layer above it")
    assert not bad, "\n".join(sorted(bad))


def test_bottom_layer_imports_nothing_of_the_project() -> None:
    graph = import_graph()
    bottom = [m for m in graph if layer_of(m) == "wsis"]
    assert set(bottom) >= {"wsis.types", "wsis.settings", "wsis.errors", "wsis.files"}
    for module in bottom:
        assert {t for t in graph[module] if layer_of(t) != "wsis"} == set(), module


def test_no_import_cycle() -> None:
    assert find_cycle(import_graph()) is None


@pytest.mark.parametrize("source, expected", [
    ("from wsis.assistant import answering\n", {"wsis.assistant", "wsis.assistant.answering"}),
    ("def f():\n    from wsis.eval.metrics import x\n", {"wsis.eval.metrics"}),
    ("import ingest.structure\n", {"UNNAMESPACED:ingest.structure"}),
])
def test_the_checker_sees_every_kind_of_import(tmp_path: Path, source: str, expected: set[str]) -> None:
    path = tmp_path / "probe.py"
    path.write_text(source)
    assert imported_modules(path, "wsis.index_store.probe", project_modules()) == expected


def test_the_checker_finds_a_cycle() -> None:
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None
