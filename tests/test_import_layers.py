"""No import circles among leakscan's modules: the layers read top-down.

Imports are read statically (``ast``), and every import statement counts: at module level,
inside functions (a lazy import defers a cost; it must not hide a circle) and under
``if TYPE_CHECKING:`` (a circle of types is still two modules that each need the other).
Only the implicit import of a parent package is left out: that is Python's doing, not an edge
one of our modules chose.
"""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx

PACKAGE = Path(__file__).resolve().parent.parent / "leakscan"


def module_names(package: Path) -> dict[str, Path]:
    """Dotted module name -> file, for every module of ``package``."""
    names: dict[str, Path] = {}
    for file in package.rglob("*.py"):
        parts = list(file.relative_to(package.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        names[".".join(parts)] = file
    return names


def import_graph(package: Path) -> nx.DiGraph:
    """Edges ``a -> b``: module ``a`` has an import statement naming module ``b`` (or a name in it)."""
    modules = module_names(package)
    graph = nx.DiGraph()
    graph.add_nodes_from(modules)
    for name, file in modules.items():
        is_package = file.name == "__init__.py"
        for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"), str(file))):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    parts = name.split(".") if is_package else name.split(".")[:-1]
                    parts = parts[: len(parts) - node.level + 1]
                    base = ".".join([*parts, base] if base else parts)
                # ``from pkg import mod`` names a module; ``from mod import name`` names its module
                targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in modules else base for a in node.names]
            for target in targets:
                while target and target not in modules:  # ``import a.b.c`` of a non-module: its module
                    target = target.rpartition(".")[0]
                if target and target != name:
                    graph.add_edge(name, target)
    return graph


def cycles(package: Path) -> list[list[str]]:
    return sorted(sorted(c) for c in nx.simple_cycles(import_graph(package)))


def test_leakscan_has_no_import_cycles() -> None:
    assert cycles(PACKAGE) == []


def test_the_check_finds_cycles_through_lazy_and_type_only_imports(tmp_path: Path) -> None:
    pkg = tmp_path / "pkg"
    (pkg / "sub").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "sub" / "__init__.py").write_text("")
    (pkg / "a.py").write_text("def f():\n    from pkg import b\n")
    (pkg / "b.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .a import f\n")
    (pkg / "sub" / "c.py").write_text("from ..d import x\n")
    (pkg / "d.py").write_text("import pkg.sub.c\nx = 1\n")
    (pkg / "e.py").write_text("from pkg import a, d\n")  # a leaf: in no circle
    assert cycles(pkg) == [["pkg.a", "pkg.b"], ["pkg.d", "pkg.sub.c"]]



def _is_type_checking_block(node: ast.stmt) -> bool:
    test = getattr(node, "test", None)
    return isinstance(node, ast.If) and getattr(test, "id", getattr(test, "attr", None)) == "TYPE_CHECKING"


def _type_only_names(tree: ast.Module) -> set[str]:
    names: set[str] = set()
    for node in tree.body:
        if _is_type_checking_block(node):
            for stmt in node.body:
                if isinstance(stmt, (ast.Import, ast.ImportFrom)):
                    names |= {(a.asname or a.name).split(".")[0] for a in stmt.names}
    return names


class _RunTimeUses(ast.NodeVisitor):
    """Names used when the code runs (not in annotations) that no enclosing function imports."""

    def __init__(self, watched: set[str]) -> None:
        self.watched = watched
        self.local: list[set[str]] = [set()]
        self.found: list[tuple[int, str]] = []

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        imported = {
            (a.asname or a.name).split(".")[0]
            for stmt in ast.walk(node) if isinstance(stmt, (ast.Import, ast.ImportFrom)) for a in stmt.names
        }
        for default in [*node.args.defaults, *node.args.kw_defaults]:
            if default is not None:
                self.visit(default)
        for decorator in node.decorator_list:
            self.visit(decorator)
        self.local.append(imported)
        for stmt in node.body:
            self.visit(stmt)
        self.local.pop()

    visit_AsyncFunctionDef = visit_FunctionDef  # type: ignore[assignment]

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        if node.value is not None:
            self.visit(node.value)

    def visit_arg(self, node: ast.arg) -> None:
        return  # its annotation is not run

    def visit_Name(self, node: ast.Name) -> None:
        if node.id in self.watched and not any(node.id in scope for scope in self.local):
            self.found.append((node.lineno, node.id))


def test_names_imported_for_type_checking_only_are_not_used_at_run_time() -> None:
    """Lazy imports keep start-up light; a name kept for types only must not be needed to run
    (a ``NameError`` in a rule would cost that rule's findings)."""
    misuses = []
    for name, file in module_names(PACKAGE).items():
        tree = ast.parse(file.read_text(encoding="utf-8"))
        watched = _type_only_names(tree)
        if watched:
            visitor = _RunTimeUses(watched)
            for node in tree.body:
                if not _is_type_checking_block(node):
                    visitor.visit(node)
            misuses += [f"{name}:{line} {used}" for line, used in visitor.found]
    assert misuses == []
