"""Project-wide analysis in the builder: imported helpers and files handed between scripts.

``ForeignMixin`` belongs to the ``Builder`` (it is not used on its own). A call of a name that
is not library knowledge and resolves (``leakscan.project.resolve``) to a function or class of
another project module is inlined like a same-file helper, its sites carrying a ``Foreign`` top
(the module and the statement). A foreign module contributes only its top-level *definitions*
(imports, functions, classes, simple constants), never its script code.

A file read by a path this program did not write is looked for among the project's scripts:
the first one whose top-level code writes the same path is run, up to that write, in a scope of
its own under a frame at the read call, and the read gives back what it wrote.
"""

from __future__ import annotations

import os

import libcst as cst

from leakscan.graph.common import _path_of
from leakscan.graph.model import CLASS, DATA, FUNCTION, SYMBOL, RowSet, Value
from leakscan.project.modules import Foreign, ForeignModule, load_module
from leakscan.project.resolve import folder_of, resolve_module, same_file, writer_candidates

MAX_RESOLVE_DEPTH = 8  # re-exports followed through __init__.py files
MAX_SCRIPT_DEPTH = 4  # prep.py -> features.py -> train.py: scripts run for a read, nested
MAX_SCRIPT_RUNS = 8  # scripts run for reads in one analysis
READ_HERE = "the file it wrote is read here"

_PATH_CALLS = frozenset({"Path", "PurePath", "join", "joinpath", "resolve", "expanduser", "abspath", "dirname"})
_NOT_CONSTANT = (
    cst.Lambda, cst.ListComp, cst.SetComp, cst.DictComp, cst.GeneratorExp, cst.NamedExpr, cst.Await,
    cst.Yield, cst.Subscript, cst.IfExp,
)


def _is_constant(node: cst.CSTNode, depth: int = 0) -> bool:
    """A value a config module may define: strings, numbers, names, path joins (no other calls)."""
    if depth > 40 or isinstance(node, _NOT_CONSTANT):
        return False
    if isinstance(node, cst.Call):
        func = node.func
        name = func.attr.value if isinstance(func, cst.Attribute) else func.value if isinstance(func, cst.Name) else ""
        if name not in _PATH_CALLS:
            return False
    return all(_is_constant(c, depth + 1) for c in node.children)


class ForeignMixin:
    """Imports and data files across the modules of a project (see the module docstring)."""

    def init_project(self, path: str | None) -> None:
        folder = folder_of(path) if path else None
        self.main_path: str | None = None
        if folder is not None:
            self.main_path = os.path.join(folder, os.path.basename(path or ""))
        self.importer = self.main_path  # the file whose code runs now
        self.foreign_scopes: dict[str, dict[str, Value] | None] = {}
        self.deps: dict[str, str] = {}  # foreign file -> sha256 of the bytes analyzed
        self.loads: dict[str, tuple[RowSet, bool]] = {}  # a loaded path -> (rows, loaded by a foreign script)
        self.running: list[str] = []  # scripts run for a read, innermost last
        self.read_frames: set[int] = set()
        self.tried: set[tuple[str, str]] = set()  # (script, path) already run for a read

    # ------------------------------------------------------------------ imports
    def project_callable(self, qualname: str) -> Value | None:
        """The function or class of a project module that ``qualname`` names here, if any."""
        if self.importer is None or not qualname or "." not in qualname:
            return None
        return self._resolve_in(self.importer, qualname, 0)

    def path_text(self, v: Value | None) -> str | None:
        """The file a value names; ``config.MODEL_PATH`` / ``from config import RAW``: a project constant's."""
        path = _path_of(v)
        if path is None and v is not None and v.kind == SYMBOL and v.qualname and self.importer is not None and "." in v.qualname:
            const = self._resolve_in(self.importer, v.qualname, 0, constant=True)
            path = _path_of(const)
        return path

    def _resolve_in(self, importer: str, qualname: str, depth: int, constant: bool = False) -> Value | None:
        if depth > MAX_RESOLVE_DEPTH:
            return None
        level = len(qualname) - len(qualname.lstrip("."))
        parts = [p for p in qualname.lstrip(".").split(".") if p]
        if not parts:
            return None
        for i in range(len(parts) - 1, -1 if level else 0, -1):
            file = resolve_module(importer, "." * level + ".".join(parts[:i]))
            if file is None:
                continue
            scope = self.foreign_scope(file)
            if scope is None:
                return None
            v = scope.get(parts[i])
            if v is None:
                return None
            if v.kind == SYMBOL and v.qualname:  # re-exported: from .prep import scale
                rest = ".".join([v.qualname, *parts[i + 1:]])
                if rest.startswith(".") or "." in rest:
                    return self._resolve_in(v.extra.get("importer") or file, rest, depth + 1, constant)
                return None
            if i == len(parts) - 1 and (v.kind in (FUNCTION, CLASS) or (constant and isinstance(v.extra.get("str"), str))):
                return v
            return None
        return None

    def foreign_scope(self, file: str) -> dict[str, Value] | None:
        """The top-level definitions of a project module, built once per analysis."""
        if file in self.foreign_scopes:
            return self.foreign_scopes[file]
        if self.main_path is not None and file == self.main_path:
            self.foreign_scopes[file] = None
            return None
        mod = load_module(file)
        if mod is None:  # missing, undecodable, too deep or a syntax error: the call stays unknown
            self.foreign_scopes[file] = None
            return None
        self.deps[file] = mod.digest
        scope: dict[str, Value] = {}
        self.foreign_scopes[file] = scope  # an import cycle sees the partial scope, never loops
        saved = (self.scopes, self.top, self.frames, self.importer, self.loop_stack, self.pending, self.returned, self.returns, self.stmt_stats)
        n_functions = len(self.functions)
        self.scopes, self.frames, self.importer, self.loop_stack, self.returns = [scope], (), file, [], None
        try:
            for index, stmt in enumerate(mod.module.body):
                self.top = Foreign(mod, index)
                self._define(stmt)
        finally:
            del self.functions[n_functions:]  # a foreign module's functions run only when called
            self.scopes, self.top, self.frames, self.importer, self.loop_stack, self.pending, self.returned, self.returns, self.stmt_stats = saved
        return scope

    def _define(self, stmt: cst.CSTNode) -> None:
        if isinstance(stmt, cst.FunctionDef):
            v = self.new(FUNCTION, stmt, extra={"def": stmt, "top": self.top, "scopes": list(self.scopes), "importer": self.importer})
            self.bind(stmt.name.value, v)
        elif isinstance(stmt, cst.ClassDef):
            self.class_def(stmt)
            cls = self.scopes[-1].get(stmt.name.value)
            if cls is not None:
                cls.extra["importer"] = self.importer
        elif isinstance(stmt, cst.SimpleStatementLine):
            for small in stmt.body:
                if isinstance(small, (cst.Import, cst.ImportFrom)):
                    self.small(small)
                elif isinstance(small, (cst.Assign, cst.AnnAssign)) and small.value is not None and _is_constant(small.value):
                    self.stmt_stats = []
                    self.small(small)

    # ------------------------------------------------------------------ files between scripts
    def read_from_project(self, node: cst.CSTNode, path: str) -> Value | None:
        """What another script of the project wrote to ``path``, run up to its write for this read."""
        if self.main_path is None or len(self.running) >= MAX_SCRIPT_DEPTH:
            return None
        reader = self.importer or self.main_path
        for file in writer_candidates(reader, path):
            key = (file, os.path.normpath(path))
            if file == self.main_path or file in self.running or key in self.tried or len(self.tried) >= MAX_SCRIPT_RUNS:
                continue
            self.tried.add(key)
            mod = load_module(file)
            if mod is None:
                continue
            got = self._run_script(mod, node, path)
            if got is not None:
                return got
        return None

    def _run_script(self, mod: ForeignModule, node: cst.CSTNode, path: str) -> Value | None:
        saved = (
            self.scopes, self.top, self.frames, self.importer, self.loop_stack, self.pending, self.returned,
            self.returns, self.stmt_stats, self.stmt_rowsets, self.artifacts,
        )
        n_functions, n_events = len(self.functions), len(self.events)
        frames = (*self.frames, (node, self.top))
        self.scopes, self.frames, self.importer, self.loop_stack, self.returns, self.returned = [{}], frames, mod.path, [], None, False
        self.artifacts = {}
        self.running.append(mod.path)
        written: Value | None = None
        try:
            for index, stmt in enumerate(mod.module.body):
                self.top = Foreign(mod, index)
                self.stmt(stmt)
                written = next((v for p, v in self.artifacts.items() if same_file(p, path)), None)
                if written is not None:
                    break
        finally:
            self.running.pop()
            del self.functions[n_functions:]
            (
                self.scopes, self.top, self.frames, self.importer, self.loop_stack, self.pending, self.returned,
                self.returns, self.stmt_stats, self.stmt_rowsets, self.artifacts,
            ) = saved
        self.deps[mod.path] = mod.digest  # an edit may make it write the file, or stop writing it
        if written is None:
            del self.events[n_events:]  # this script does not write the file: what it did is not ours
            return None
        self.read_frames.add(id(node))
        if written.kind == DATA and written.rows is not None:
            return self.new(DATA, node, [written], rows=written.rows)
        return written

    def shared_load(self, path: str) -> RowSet | None:
        """The rows of a file already loaded when one side of the two loads is another script."""
        if not path:
            return None
        foreign_now = bool(self.running)
        for known, (rows, foreign) in self.loads.items():
            if (foreign or foreign_now) and same_file(known, path):
                return rows
        return None

    def remember_load(self, path: str, rows: RowSet) -> None:
        if path and path not in self.loads:
            self.loads[path] = (rows, bool(self.running))
