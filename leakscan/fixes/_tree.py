"""Questions fixers ask of the original tree: where a node sits, which names a statement reads
or binds, which names are free.

Fixers only move or rewrite code when they can check that nothing in between depends on it,
so these helpers are deliberately syntactic and conservative: a name counts as used wherever
it appears as an identifier (not as an attribute or keyword name).
"""

from __future__ import annotations

import ast
import warnings
from functools import lru_cache
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

import libcst as cst

from leakscan.analysis import Analysis

Suite = Sequence[cst.BaseStatement]


class _Parents(cst.CSTVisitor):
    def __init__(self, out: dict[int, cst.CSTNode]) -> None:
        self.out = out
        self.stack: list[cst.CSTNode] = []

    def on_visit(self, node: cst.CSTNode) -> bool:
        if self.stack:
            self.out[id(node)] = self.stack[-1]
        self.stack.append(node)
        return True

    def on_leave(self, original_node: cst.CSTNode) -> None:
        self.stack.pop()


class _Names(cst.CSTVisitor):
    """Identifiers used in a subtree (reads and writes), skipping attribute and keyword names."""

    def __init__(self) -> None:
        self.names: list[cst.Name] = []

    def visit_Name(self, node: cst.Name) -> bool:
        self.names.append(node)
        return False

    def visit_Attribute(self, node: cst.Attribute) -> bool:
        node.value.visit(self)
        return False

    def visit_Arg(self, node: cst.Arg) -> bool:
        node.value.visit(self)
        return False

    def visit_ImportAlias(self, node: cst.ImportAlias) -> bool:
        target: cst.BaseExpression = node.asname.name if node.asname is not None else node.name  # type: ignore[assignment]
        while isinstance(target, cst.Attribute):
            target = target.value
        if isinstance(target, cst.Name):
            self.names.append(target)
        return False


class _Binds(cst.CSTVisitor):
    """Names a subtree binds: assignment targets, loop and with targets, imports, defs."""

    def __init__(self) -> None:
        self.names: set[str] = set()

    def _target(self, node: cst.CSTNode) -> None:
        if isinstance(node, cst.Name):
            self.names.add(node.value)
        elif isinstance(node, (cst.Tuple, cst.List)):
            for el in node.elements:
                self._target(el.value)
        elif isinstance(node, cst.StarredElement):
            self._target(node.value)

    def visit_AssignTarget(self, node: cst.AssignTarget) -> None:
        self._target(node.target)

    def visit_AnnAssign(self, node: cst.AnnAssign) -> None:
        self._target(node.target)

    def visit_AugAssign(self, node: cst.AugAssign) -> None:
        self._target(node.target)

    def visit_For(self, node: cst.For) -> None:
        self._target(node.target)

    def visit_CompFor(self, node: cst.CompFor) -> None:
        self._target(node.target)

    def visit_AsName(self, node: cst.AsName) -> None:
        self._target(node.name)

    def visit_NamedExpr(self, node: cst.NamedExpr) -> None:
        self._target(node.target)

    def visit_ImportAlias(self, node: cst.ImportAlias) -> None:
        if node.asname is None:
            name: cst.BaseExpression = node.name
            while isinstance(name, cst.Attribute):
                name = name.value
            if isinstance(name, cst.Name):
                self.names.add(name.value)

    def visit_FunctionDef(self, node: cst.FunctionDef) -> None:
        self.names.add(node.name.value)

    def visit_ClassDef(self, node: cst.ClassDef) -> None:
        self.names.add(node.name.value)

    def visit_Global(self, node: cst.Global) -> None:
        for item in node.names:
            self.names.add(item.name.value)


def names_in(node: cst.CSTNode) -> list[str]:
    """Every identifier used in ``node`` (cached by node identity; trees are immutable)."""
    return list(_names_cached(node))


@lru_cache(maxsize=8192)
def _names_cached(node: cst.CSTNode) -> tuple[str, ...]:
    visitor = _Names()
    node.visit(visitor)
    return tuple(n.value for n in visitor.names)


def binds(node: cst.CSTNode) -> set[str]:
    """Every name ``node`` (a statement, possibly compound) assigns (cached: fixers ask often)."""
    return set(_binds_cached(node))


def contains_node(tree: cst.CSTNode, target: cst.CSTNode) -> bool:
    """Is ``target`` (by identity) somewhere inside ``tree``?"""
    found = False

    class _Find(cst.CSTVisitor):
        def on_visit(self, node: cst.CSTNode) -> bool:
            nonlocal found
            found = found or node is target
            return not found

    tree.visit(_Find())
    return found


def clear_caches() -> None:
    """Forget the per-node caches: called once per file, so memory stays flat on long scans."""
    _binds_cached.cache_clear()
    _names_cached.cache_clear()


@lru_cache(maxsize=8192)
def _binds_cached(node: cst.CSTNode) -> frozenset[str]:
    visitor = _Binds()
    node.visit(visitor)
    return frozenset(visitor.names)


def _ast_names(tree: ast.AST) -> tuple[set[str], set[str]]:
    """Identifiers a statement uses and binds, read from the ``ast`` (a superset of what the
    libcst walkers above report, so checks built on it only get more careful)."""
    names: set[str] = set()
    bound: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            names.add(node.id)
            if not isinstance(node.ctx, ast.Load):
                bound.add(node.id)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
            bound.add(node.name)
        elif isinstance(node, ast.arg):
            names.add(node.arg)
        elif isinstance(node, ast.alias):
            local = node.asname or node.name.split(".")[0]
            names.add(local)
            bound.add(local)
        elif isinstance(node, (ast.Global, ast.Nonlocal)):
            names.update(node.names)
            bound.update(node.names)
        elif isinstance(node, ast.ExceptHandler) and node.name:
            names.add(node.name)
            bound.add(node.name)
        else:
            for attr in ("name", "rest"):  # match patterns, type parameters
                value = getattr(node, attr, None)
                if isinstance(value, str) and not isinstance(node, (ast.alias,)):
                    names.add(value)
                    bound.add(value)
    return names, bound


@dataclass
class Place:
    """A statement and the suite (list of sibling statements) it sits in."""

    stmt: cst.BaseStatement
    suite: Suite
    index: int  # position in the suite
    top: int  # index of the enclosing top-level statement
    owner: cst.CSTNode  # the Module or the IndentedBlock holding the suite

    @property
    def at_module_level(self) -> bool:
        return isinstance(self.owner, cst.Module)


class TreeIndex:
    """Parent links and name usage of one module, computed lazily per top-level statement."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.module = analysis.module
        self._parents: dict[int, cst.CSTNode] = {}
        self._parented: set[int] = set()
        self._top_names: dict[int, set[str]] = {}
        self._top_binds: dict[int, set[str]] = {}
        self._all_names: set[str] | None = None
        self._ast: list[tuple[set[str], set[str]]] | None | bool = False  # False: not computed yet
        self.text: str | None = None  # the program text, when the caller has it (saves a render)

    # ----------------------------------------------------------------- structure
    def _ensure(self, top: int) -> None:
        if top in self._parented or not 0 <= top < len(self.module.body):
            return
        self._parented.add(top)
        stmt = self.module.body[top]
        self._parents[id(stmt)] = self.module
        stmt.visit(_Parents(self._parents))

    def parent(self, node: cst.CSTNode, top: int) -> cst.CSTNode | None:
        self._ensure(top)
        return self._parents.get(id(node))

    def ancestors(self, node: cst.CSTNode, top: int) -> Iterator[cst.CSTNode]:
        current = self.parent(node, top)
        while current is not None:
            yield current
            if current is self.module:
                return
            current = self._parents.get(id(current))

    def place(self, node: cst.CSTNode, top: int) -> Place | None:
        """The innermost statement holding ``node`` (or ``node`` itself) and its suite."""
        current: cst.CSTNode | None = node
        while current is not None:
            parent = self.parent(current, top)
            if parent is None:
                return None
            if isinstance(current, cst.BaseStatement) and isinstance(parent, (cst.Module, cst.IndentedBlock)):
                suite = parent.body
                for i, s in enumerate(suite):
                    if s is current:
                        return Place(current, suite, i, top, parent)
                return None
            current = parent
        return None

    def small_statement(self, node: cst.CSTNode, top: int) -> cst.BaseSmallStatement | None:
        """The small statement (``x = ...``, an expression, ``return ...``) holding ``node``."""
        current: cst.CSTNode | None = node
        while current is not None:
            if isinstance(current, cst.BaseSmallStatement):
                return current
            current = self.parent(current, top)
        return None

    def sole_small(self, place: Place) -> cst.BaseSmallStatement | None:
        """The only small statement of a simple statement line (``a = 1; b = 2`` gives None)."""
        stmt = place.stmt
        if isinstance(stmt, cst.SimpleStatementLine) and len(stmt.body) == 1:
            return stmt.body[0]
        return None

    def function_of(self, node: cst.CSTNode, top: int) -> cst.FunctionDef | None:
        for anc in self.ancestors(node, top):
            if isinstance(anc, cst.FunctionDef):
                return anc
        return None

    # ----------------------------------------------------------------- names
    def _fast(self) -> list[tuple[set[str], set[str]]] | None:
        """(names, bound names) of every top-level statement from CPython's parser, which is
        much faster than walking libcst nodes; None when it cannot read the program."""
        if self._ast is False:
            try:
                text = self.text if self.text is not None else getattr(self.analysis.locator, "text", None)
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    tree = ast.parse(text if text is not None else self.module.code)
            except (SyntaxError, ValueError, RecursionError, MemoryError):
                tree = None
            if tree is None or len(tree.body) != len(self.module.body):
                self._ast = None
            else:
                self._ast = [_ast_names(stmt) for stmt in tree.body]
        return self._ast  # type: ignore[return-value]

    def top_names(self, top: int) -> set[str]:
        got = self._top_names.get(top)
        if got is None:
            fast = self._fast()
            got = fast[top][0] if fast is not None else set(names_in(self.module.body[top]))
            self._top_names[top] = got
        return got

    def top_binds(self, top: int) -> set[str]:
        got = self._top_binds.get(top)
        if got is None:
            fast = self._fast()
            got = fast[top][1] if fast is not None else binds(self.module.body[top])
            self._top_binds[top] = got
        return got

    def all_names(self) -> set[str]:
        if self._all_names is None:
            out: set[str] = set()
            for i in range(len(self.module.body)):
                out |= self.top_names(i)
            self._all_names = out
        return self._all_names

    def fresh(self, base: str, taken: Iterable[str] = ()) -> str:
        """A name not used anywhere in the module (nor in ``taken``), derived from ``base``."""
        used = self.all_names() | set(taken)
        if base not in used:
            return base
        k = 2
        while f"{base}{k}" in used:
            k += 1
        return f"{base}{k}"

    def used_in_tops(self, name: str, tops: Iterable[int]) -> bool:
        return any(name in self.top_names(t) for t in tops)

    def bound_in_tops(self, name: str, tops: Iterable[int]) -> bool:
        return any(name in self.top_binds(t) for t in tops)


def tree_index(analysis: Analysis) -> TreeIndex:
    """The analysis' index, kept on the analysis itself so both go away together (a global
    weak-keyed cache would keep every tree alive: the index refers back to its analysis)."""
    got = analysis.memo.get("tree_index")
    if got is None:
        got = analysis.memo["tree_index"] = TreeIndex(analysis)
    return got


# --------------------------------------------------------------------- statement helpers
def uses_between(place_a: Place, place_b: Place, names: set[str]) -> bool:
    """Does any statement strictly between two siblings read or write one of ``names``?"""
    for stmt in place_a.suite[place_a.index + 1 : place_b.index]:
        if names & set(names_in(stmt)):
            return True
    return False


def binds_between(place_a: Place, place_b: Place, names: set[str]) -> bool:
    for stmt in place_a.suite[place_a.index + 1 : place_b.index]:
        if names & binds(stmt):
            return True
    return False


def used_after(index: TreeIndex, place: Place, names: set[str]) -> bool:
    """Is any of ``names`` used after ``place``: later in its suite, or in a later top statement?"""
    for stmt in place.suite[place.index + 1 :]:
        if names & set(names_in(stmt)):
            return True
    return any(names & index.top_names(t) for t in range(place.top + 1, len(index.module.body)))


def uses_outside(index: TreeIndex, name: str, allowed: Sequence[cst.BaseStatement]) -> bool:
    """Is ``name`` used anywhere in the module except in the ``allowed`` statements?"""
    count = 0
    for t in range(len(index.module.body)):
        if name in index.top_names(t):
            count += names_in(index.module.body[t]).count(name)
    inside = sum(names_in(s).count(name) for s in allowed)
    return count > inside


def root_name(expr: cst.BaseExpression) -> str | None:
    """``X`` for ``X``, ``X[cols]``, ``X.loc[:, cols]``, ``X.values``; None otherwise."""
    while True:
        if isinstance(expr, cst.Name):
            return expr.value
        if isinstance(expr, cst.Subscript):
            expr = expr.value
        elif isinstance(expr, cst.Attribute):
            expr = expr.value
        else:
            return None


def positional(call: cst.Call) -> list[cst.BaseExpression] | None:
    """The positional arguments of a call (None when it unpacks ``*args``/``**kwargs``)."""
    out = []
    for arg in call.args:
        if arg.star:
            return None
        if arg.keyword is None:
            out.append(arg.value)
    return out


def keyword(call: cst.Call, name: str) -> cst.Arg | None:
    for arg in call.args:
        if arg.keyword is not None and arg.keyword.value == name:
            return arg
    return None


def argument(call: cst.Call, index: int, *names: str) -> cst.BaseExpression | None:
    """The argument at position ``index`` or given by one of the keyword ``names``."""
    for name in names:
        kw = keyword(call, name)
        if kw is not None:
            return kw.value
    pos = positional(call)
    if pos is not None and index < len(pos):
        return pos[index]
    return None


def method_call(node: cst.CSTNode) -> tuple[cst.BaseExpression, str] | None:
    """(receiver, method) of ``recv.method(...)``."""
    if isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute):
        return node.func.value, node.func.attr.value
    return None


def assign_parts(small: cst.BaseSmallStatement | None) -> tuple[cst.BaseExpression, cst.BaseExpression] | None:
    """(target, value) of a single-target assignment."""
    if isinstance(small, cst.Assign) and len(small.targets) == 1:
        return small.targets[0].target, small.value
    return None


def tuple_names(target: cst.BaseExpression) -> list[str] | None:
    """``a, b, c`` (or ``[a, b]``, ``(a, b)``) as names; None for anything else."""
    if not isinstance(target, (cst.Tuple, cst.List)):
        return None
    out = []
    for el in target.elements:
        if isinstance(el, cst.StarredElement) or not isinstance(el.value, cst.Name):
            return None
        out.append(el.value.value)
    return out


def snake(name: str) -> str:
    """``StandardScaler`` -> ``standard_scaler``: a variable name for a hoisted object."""
    out = re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name)
    out = re.sub(r"(?<=[A-Z])([A-Z][a-z])", r"_\1", out).lower()
    out = re.sub(r"\W+", "_", out).strip("_")
    return out if out.isidentifier() and out else "step"


def code(index: TreeIndex, node: cst.CSTNode) -> str:
    return index.module.code_for_node(node)
