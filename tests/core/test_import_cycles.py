"""No import cycles among the core's modules, not even through imports inside functions.

An import inside a function hides a cycle from Python (it runs after both
modules are loaded) but not from a reader: two modules that need each other
are one module in two files, and the order they load in decides what works.
The modules' source is read, not imported, so an import in a function that
no test calls counts too.
"""

from __future__ import annotations

import ast
from collections.abc import Collection, Iterator
from pathlib import Path

import hearth

from .test_layering import CORE

ROOT = Path(hearth.__file__).parent
# Modules outside the core packages that the core uses (errors, paths, settings, ...).
TOP_LEVEL = tuple(p.stem for p in ROOT.glob("*.py") if p.stem not in ("__init__", "__main__"))
# Cycles that were there before this test, left to their owners (issue #15). A cycle
# may shrink or go; a new one, or a module added to one of these, fails. (The
# hardware one, cpu_code <-> detector <-> llama_backends, is gone.)
KNOWN_CYCLES: tuple[frozenset[str], ...] = ()

Graph = dict[str, dict[str, bool]]  # module -> {module it imports: only inside a function}


def _modules() -> dict[str, Path]:
    modules = {f"hearth.{name}": ROOT / f"{name}.py" for name in TOP_LEVEL}
    for package in CORE:
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = path.relative_to(ROOT.parent).with_suffix("").parts
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            modules[name] = path
    return modules


def _imports(tree: ast.AST, package: str, modules: Collection[str]) -> Iterator[tuple[str, bool]]:
    """(imported module, whether the import is inside a function) for each import.

    `from pkg import sub` depends on the module pkg.sub, `from pkg import name` on
    pkg itself (its __init__ re-exports the name). Python also runs pkg's __init__
    before pkg.sub, but that is how packages load, not something the module needs.
    """

    def walk(node: ast.AST, in_function: bool) -> Iterator[tuple[str, bool]]:
        for child in ast.iter_child_nodes(node):
            inside = in_function or isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef)
            if isinstance(child, ast.Import):
                for alias in child.names:
                    yield alias.name, inside
            elif isinstance(child, ast.ImportFrom):
                base = child.module or ""
                if child.level:
                    anchor = package.split(".")[: len(package.split(".")) - child.level + 1]
                    base = ".".join([*anchor, base] if base else anchor)
                for alias in child.names:
                    submodule = f"{base}.{alias.name}"
                    yield (submodule if submodule in modules else base), inside
            yield from walk(child, inside)

    yield from walk(tree, False)


def import_graph(modules: dict[str, Path]) -> Graph:
    graph: Graph = {name: {} for name in modules}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        tree = ast.parse(path.read_text("utf-8"))
        for target, in_function in _imports(tree, package, modules):
            if target in modules and target != name:
                graph[name][target] = graph[name].get(target, True) and in_function
    return graph


def cycles(graph: Graph) -> list[set[str]]:
    """Groups of modules that import each other, directly or around a loop (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[set[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in graph[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = set()
            while True:
                member = stack.pop()
                group.add(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(group)

    for node in graph:
        if node not in index:
            visit(node)
    return found


def _describe(group: set[str], graph: Graph) -> str:
    return "; ".join(
        f"{a} -> {b}{' (in a function)' if graph[a][b] else ''}"
        for a in sorted(group)
        for b in sorted(graph[a])
        if b in group
    )


def test_no_import_cycles_in_the_core() -> None:
    modules = _modules()
    assert "hearth.library.installed" in modules and "hearth.errors" in modules
    graph = import_graph(modules)
    new = [g for g in cycles(graph) if not any(g <= known for known in KNOWN_CYCLES)]
    assert not new, "import cycles: " + " | ".join(_describe(g, graph) for g in new)


def test_a_cycle_through_a_function_level_import_is_found(tmp_path: Path) -> None:
    """The check itself: a top-level import one way and a function-level one back."""
    (tmp_path / "a.py").write_text("from pkg.b import helper\n", "utf-8")
    (tmp_path / "b.py").write_text("def helper():\n    from pkg import a\n", "utf-8")
    (tmp_path / "c.py").write_text("from . import a\n", "utf-8")
    graph = import_graph({f"pkg.{n}": tmp_path / f"{n}.py" for n in "abc"})
    assert graph["pkg.b"] == {"pkg.a": True} and graph["pkg.c"] == {"pkg.a": False}
    assert cycles(graph) == [{"pkg.a", "pkg.b"}]
