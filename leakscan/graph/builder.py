"""Builds the dataflow model of a program in one pass over its libcst tree.

The builder is a small abstract interpreter: it walks statements in program order, evaluates
each expression to a ``Value`` (a node of the networkx graph), follows imports and aliases,
tuple unpacking, reassignment, method chains, pandas column selection, loops and
comprehensions, and inlines calls to functions defined in the same file (each call site gets
fresh values, so ``normalize(X)`` and ``normalize(X_train)`` are told apart). What a library
callable does comes from ``leakscan.knowledge``; nothing here names a library class.
"""

from __future__ import annotations

import builtins
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import libcst as cst
import networkx as nx

from leakscan import knowledge as K
from leakscan.graph.model import (
    DATA,
    FOLDS,
    FUNCTION,
    INDEX,
    OBJECT,
    OTHER,
    PREDICTION,
    SCORE,
    SEQUENCE,
    STAT,
    STATE,
    SYMBOL,
    CLASS,
    ApplyEvent,
    CVEvent,
    EvalEvent,
    Event,
    FitEvent,
    Loop,
    Obj,
    PredictEvent,
    Program,
    ResampleEvent,
    Role,
    RowSet,
    SelectEvent,
    Site,
    SplitEvent,
    StatEvent,
    TransformEvent,
    Value,
)
from leakscan.knowledge import tables as T

_MAX_DEPTH = 6  # nested helper-call inlining
_MAX_INLINED = 400  # helper-call inlinings per file
_SELECT_BUILTINS = frozenset({"max", "min", "sorted", "numpy.argmax", "numpy.argmin", "numpy.max", "numpy.min"})
_INDEX_FUNCTIONS = frozenset({"choice", "permutation", "arange", "where", "nonzero", "flatnonzero", "argsort", "randint", "integers"})
_RANK_METHODS = frozenset({"sort_values", "sort", "nlargest", "nsmallest", "rank"})
_SELECT_METHODS = frozenset({"idxmax", "idxmin", "argmax", "argmin", "max", "min", "sort_values", "nlargest", "nsmallest", "sort"})
_PASS_THROUGH = frozenset({"list", "tuple", "numpy.array", "numpy.asarray", "copy.copy", "copy.deepcopy", "iter", "next"})
_MODEL_KINDS = frozenset({K.ESTIMATOR, K.SEARCH, K.PIPELINE, "unknown"})
_SELF_METHODS = frozenset({"to", "cuda", "cpu", "train", "eval", "double", "float", "half", "requires_grad_", "compile", "set_output"})
_FRAME_ATTRS = frozenset({
    "values", "T", "index", "loc", "iloc", "at", "iat", "str", "dt", "cat", "array", "data", "target",
    "images", "dataset", "x", "y", "X", "features", "labels", "frame", "feature_names", "plot", "sparse",
})
_META_ATTRS = frozenset({"shape", "columns", "dtypes", "dtype", "size", "ndim", "empty", "name", "nbytes"})
_WORD = re.compile(r"[a-z]+")
_SHORT_ROLE = re.compile(r"^(?:x|y|xs|ys|feats?|data|df|target|labels?|idx)_?(trn|tr|tst|te|val|va|vl)$")
_BUILTINS = frozenset(dir(builtins))


@dataclass
class Args:
    """Evaluated call arguments, with the nodes (for messages and fixes)."""

    pos: list[Value] = field(default_factory=list)
    kw: dict[str, Value] = field(default_factory=dict)
    pos_nodes: list[cst.BaseExpression] = field(default_factory=list)
    kw_nodes: dict[str, cst.BaseExpression] = field(default_factory=dict)

    def get(self, index: int | None, *names: str) -> Value | None:
        for n in names:
            if n in self.kw:
                return self.kw[n]
        if index is not None and index < len(self.pos):
            return self.pos[index]
        return None

    def all(self) -> list[Value]:
        return [*self.pos, *self.kw.values()]


def role_from_name(name: str | None) -> Role | None:
    """Read train/test/validation intent from a variable name (X_val, test_df, dtrain...)."""
    if not name:
        return None
    low = name.lower()
    words = set(_WORD.findall(low))
    if words & {"val", "valid", "validation", "dev", "vl", "va", "vali"} or low.startswith(("val", "dval")):
        return "val"
    if words & {"test", "tst", "holdout", "te", "eval", "evaluation"} or "test" in low:
        return "test"
    if words & {"train", "trn", "tr", "training", "fit"} or "train" in low:
        return "train"
    short = _SHORT_ROLE.match(low)  # Xtr, Xte, ytr, x_va, feats_te
    if short:
        return {"tr": "train", "trn": "train", "te": "test", "tst": "test", "va": "val", "vl": "val", "val": "val"}[short.group(1)]  # type: ignore[return-value]
    return None


class Builder:
    def __init__(self, module: cst.Module, knowledge: K.Knowledge = K.DEFAULT) -> None:
        self.module = module
        self.kb = knowledge
        self.graph = nx.DiGraph()
        self.values: list[Value] = []
        self.events: list[Event] = []
        self.loops: dict[int, Loop] = {}
        self.rowsets: list[RowSet] = []
        self.globals: dict[str, Value] = {}
        self.scopes: list[dict[str, Value]] = [self.globals]
        self.frames: tuple[tuple[cst.CSTNode, int], ...] = ()
        self.top = 0
        self.loop_stack: list[int] = []
        self.returns: list[Value] | None = None
        self.pending: tuple[cst.CSTNode | None, list[str]] = (None, [])
        self.stmt_stats: list[Value] = []
        self.stmt_rowsets = 0  # row sets made before the current statement
        self.kept_objects = 0  # models bound or saved so far (does an `if a > b:` body keep one?)
        self.functions: list[tuple[cst.FunctionDef, Value, int, list[dict[str, Value]]]] = []
        self.called: set[int] = set()
        self.active: list[int] = []
        self.inlined = 0
        self._slice_splits: dict[tuple[int, str], tuple[SplitEvent, dict[Role, RowSet]]] = {}
        self._sample_splits: dict[int, tuple[SplitEvent, RowSet]] = {}
        self._slice_spans: dict[int, list[tuple[str, tuple[float | None, float | None], RowSet]]] = {}
        self._split_children: dict[tuple[int, int, Role], RowSet] = {}

    # ------------------------------------------------------------------ entry point
    def build(self) -> Program:
        for index, stmt in enumerate(self.module.body):
            self.top = index
            self.stmt(stmt)
        self._analyze_uncalled()
        return Program(self.graph, self.values, self.events, self.loops, self.rowsets)

    def _analyze_uncalled(self) -> None:
        """Functions nobody calls in this file still get analyzed, with unknown arguments."""
        queue = list(self.functions)
        while queue:
            fn, fn_value, top, scopes = queue.pop(0)
            if id(fn) in self.called:
                continue
            self.called.add(id(fn))
            before = len(self.functions)
            params = [p for p in _params(fn.params)]
            scope: dict[str, Value] = {}
            for p in params:
                scope[p.name.value] = self._placeholder(p.name.value, p)
            self._run_body(fn, fn_value, scopes, scope, frames=(), top=top)
            queue.extend(self.functions[before:])

    # ------------------------------------------------------------------ value helpers
    def site(self, node: cst.CSTNode) -> Site:
        return Site(node, self.top, self.frames)

    def new(self, kind: str, node: cst.CSTNode | None, parents: Iterable[Value | None] = (), **kw: object) -> Value:
        v = Value(id=len(self.values), kind=kind, site=self.site(node) if node is not None else None, **kw)  # type: ignore[arg-type]
        self.values.append(v)  # graph nodes appear with their first edge: most values have none
        for p in parents:
            if p is not None:
                self.graph.add_edge(p.id, v.id)
                if "pred" in p.extra and "pred" not in v.extra:
                    v.extra["pred"] = p.extra["pred"]
        return v

    def rowset(self, kind: str, parents: Sequence[RowSet] = (), node: cst.CSTNode | None = None, **kw: object) -> RowSet:
        rs = RowSet(id=len(self.rowsets), kind=kind, parents=tuple(parents), site=self.site(node) if node is not None else None, **kw)  # type: ignore[arg-type]
        self.rowsets.append(rs)
        return rs

    def derive(self, node: cst.CSTNode, inputs: Sequence[Value | None]) -> Value:
        """A value computed from ``inputs`` by something leakscan knows nothing special about."""
        ins = [v for v in inputs if v is not None]
        if any(v.kind == SCORE for v in ins):  # correct / total: still a score
            return self.new(SCORE, node, ins)
        data = next((v for v in ins if v.kind == DATA and v.rows is not None), None)
        if data is not None:
            stats = [v for v in ins if v.kind == STAT]
            if stats:
                self.stmt_stats.extend(stats)
            return self.new(DATA, node, ins, rows=data.rows)
        kinds = {v.kind for v in ins}
        for kind in (PREDICTION, SCORE, STAT):
            if kind in kinds:
                return self.new(kind, node, ins)
        return self.new(OTHER, node, ins)

    def _placeholder(self, name: str, node: cst.CSTNode) -> Value:
        rows = self.rowset("source", label=name, node=node)
        role = role_from_name(name)
        if role is not None:
            rows.role = role
            rows.test_source = role == "test"
        return self.new(DATA, node, rows=rows, name=name, extra={"param": True})

    def event(self, cls: type, node: cst.CSTNode, **kw: object) -> Event:
        ev = cls(seq=len(self.events), site=self.site(node), loops=tuple(self.loop_stack), **kw)
        self.events.append(ev)
        return ev

    def lookup(self, name: str) -> Value | None:
        for scope in reversed(self.scopes):
            if name in scope:
                return scope[name]
        return None

    def bind(self, name: str, value: Value, stmt: cst.CSTNode | None = None) -> None:
        if value.kind == OBJECT:
            self.kept_objects += 1
        if value.name is None:
            value.name = name
        if stmt is not None:
            value.extra.setdefault("bound", []).append((name, self.site(stmt)))
        self.scopes[-1][name] = value

    # ------------------------------------------------------------------ statements
    def suite(self, suite: cst.BaseSuite) -> None:
        if isinstance(suite, cst.IndentedBlock):
            for stmt in suite.body:
                self.stmt(stmt)
        else:
            for small in suite.body:  # type: ignore[attr-defined]
                self.small(small)

    def stmt(self, s: cst.CSTNode) -> None:
        if isinstance(s, cst.SimpleStatementLine):
            for small in s.body:
                self.stmt_stats = []
                self.stmt_rowsets = len(self.rowsets)
                self.small(small)
        elif isinstance(s, cst.If):
            before = len(self.events)
            test = self.expr(s.test)
            compares = [e for e in self.events[before:] if isinstance(e, SelectEvent)]
            for e in compares:
                e.keeps = _suite_keeps_something(s.body)
            truth = test.extra.get("truth")  # `if train:` with train=False known at this call
            kept_before = self.kept_objects
            if truth is not False:
                self.suite(s.body)
            if self.kept_objects > kept_before:
                for e in compares:
                    e.picks = True
            if truth is not True:
                if isinstance(s.orelse, cst.If):
                    self.stmt(s.orelse)
                elif isinstance(s.orelse, cst.Else):
                    self.suite(s.orelse.body)
        elif isinstance(s, cst.For):
            self.for_stmt(s)
        elif isinstance(s, cst.While):
            self.expr(s.test)
            loop = self._push_loop(s, [], None)
            self.suite(s.body)
            self._pop_loop(loop)
            if s.orelse:
                self.suite(s.orelse.body)
        elif isinstance(s, cst.With):
            for item in s.items:
                v = self.expr(item.item)
                if item.asname is not None:
                    self.assign(item.asname.name, v)
            self.suite(s.body)
        elif isinstance(s, (cst.Try, cst.TryStar)):
            self.suite(s.body)
            for h in s.handlers:
                self.suite(h.body)
            if s.orelse:
                self.suite(s.orelse.body)
            if s.finalbody:
                self.suite(s.finalbody.body)
        elif isinstance(s, cst.FunctionDef):
            v = self.new(FUNCTION, s, extra={"def": s, "top": self.top, "scopes": list(self.scopes)})
            self.functions.append((s, v, self.top, list(self.scopes)))
            self.bind(s.name.value, v)
        elif isinstance(s, cst.ClassDef):
            self.class_def(s)
        elif isinstance(s, cst.Match):
            self.expr(s.subject)
            for case in s.cases:
                self.suite(case.body)

    def small(self, s: cst.CSTNode) -> None:
        if isinstance(s, cst.Assign):
            names = [n for t in s.targets for n in _target_names(t.target)]
            self.pending = (s.value, names)
            v = self.expr(s.value)
            for t in s.targets:
                self.assign(t.target, v, stmt=s)
        elif isinstance(s, cst.AnnAssign):
            if s.value is not None:
                self.pending = (s.value, _target_names(s.target))
                self.assign(s.target, self.expr(s.value), stmt=s)
        elif isinstance(s, cst.AugAssign):
            cur = self.expr(s.target)
            v = self.derive(s, [cur, self.expr(s.value)])
            self.assign(s.target, v, stmt=s)
        elif isinstance(s, cst.Expr):
            self.pending = (None, [])
            self.expr(s.value)
        elif isinstance(s, cst.Return):
            v = self.expr(s.value) if s.value is not None else None
            if self.returns is not None and v is not None:
                self.returns.append(v)
        elif isinstance(s, cst.Import):
            for alias in s.names:
                dotted = _dotted(alias.name)
                if alias.asname is not None:
                    self.bind(_name_of(alias.asname.name), self.new(SYMBOL, None, qualname=dotted))
                else:
                    first = dotted.split(".")[0]
                    self.bind(first, self.new(SYMBOL, None, qualname=first))
        elif isinstance(s, cst.ImportFrom):
            if isinstance(s.names, cst.ImportStar) or s.module is None:
                return
            base = "." * len(s.relative) + _dotted(s.module)
            for alias in s.names:
                name = _dotted(alias.name)
                local = _name_of(alias.asname.name) if alias.asname is not None else name
                self.bind(local, self.new(SYMBOL, None, qualname=f"{base}.{name}"))

    def assign(self, target: cst.BaseExpression, value: Value, stmt: cst.CSTNode | None = None) -> None:
        if isinstance(target, cst.Name):
            rows = value.rows
            if (
                rows is not None and rows.kind == "source" and rows.role is None and rows.id >= self.stmt_rowsets
                and not value.extra.get("param") and role_from_name(target.value) == "test"
            ):
                rows.role = "test"  # X_test, y_test = load_split("test")
                rows.test_source = True
            self.bind(target.value, value, stmt)
            filtered = rows is not None and rows.kind == "filter" and rows.id >= self.stmt_rowsets
            if stmt is not None and value.kind == DATA and self.stmt_stats and not filtered:
                # (dropping outlier rows by a quantile is a filter, not a value written into the data)
                self.event(ApplyEvent, stmt, target=value, stats=list(self.stmt_stats))
        elif isinstance(target, (cst.Tuple, cst.List)):
            elements = [e.value for e in target.elements]
            for i, el in enumerate(elements):
                if isinstance(el, cst.StarredElement):
                    self.assign(el.value, self.derive(el, [value]), stmt)
                else:
                    self.assign(el, self.item(value, i, el), stmt)
        elif isinstance(target, cst.Subscript):
            self.store_into(target.value, target, value, stmt)
        elif isinstance(target, cst.Attribute):
            base = self.expr(target.value)
            if base.kind == DATA and base.rows is not None and target.attr.value not in ("loc", "iloc"):
                # df.col = ...: a column write, like df["col"] = ...
                self.store_into(target.value, target, value, stmt)
            else:
                base.extra.setdefault("attrs", {})[target.attr.value] = value
        elif isinstance(target, cst.StarredElement):
            self.assign(target.value, value)

    def store_into(self, container: cst.BaseExpression, node: cst.CSTNode, value: Value, stmt: cst.CSTNode | None) -> None:
        """``df["c"] = v`` / ``df.loc[m, "c"] = v``: the frame now also carries ``v``."""
        base_expr = container
        while isinstance(base_expr, cst.Attribute) and base_expr.attr.value in ("loc", "iloc", "at", "iat"):
            base_expr = base_expr.value
        base = self.expr(base_expr)
        if base.kind == DATA and base.rows is not None:
            new = self.new(DATA, node, [base, value], rows=base.rows, name=base.name, extra={"base": base})
            stats = self.stmt_stats + ([value] if value.kind == STAT else [])
            if stmt is not None and stats:
                self.event(ApplyEvent, stmt, target=new, stats=list(stats))
            self._rebind(base_expr, new)
        else:
            self.graph.add_edge(value.id, base.id)
            if base.items is not None:
                base.items.append(value)

    def _rebind(self, expr: cst.BaseExpression, value: Value) -> None:
        if isinstance(expr, cst.Subscript):  # df["c"].fillna(..., inplace=True) writes into df
            self.store_into(expr.value, expr, value, None)
            return
        if isinstance(expr, cst.Name):
            for scope in reversed(self.scopes):
                if expr.value in scope:
                    scope[expr.value] = value
                    return
            self.scopes[-1][expr.value] = value
        elif isinstance(expr, cst.Attribute):
            owner = self.expr(expr.value)
            owner.extra.setdefault("attrs", {})[expr.attr.value] = value

    def for_stmt(self, s: cst.For) -> None:
        it = self.expr(s.iter)
        loop = self._push_loop(s, [], it)
        items = _unrollable(it)
        if items is not None:
            # for df in (train, test): / for name, (X, y) in {"train": ..., "test": ...}.items():
            # a short list of data sets is walked once per item, so each keeps its own rows
            for item in items:
                self.assign(s.target, item)
                self.suite(s.body)
        else:
            self.bind_element(s.target, it, loop)
            self.suite(s.body)
        self._pop_loop(loop)
        if s.orelse:
            self.suite(s.orelse.body)

    def _push_loop(self, node: cst.CSTNode, var_values: list[int], it: Value | None) -> Loop:
        loop = Loop(id=len(self.loops), site=self.site(node), var_values=var_values, iter_value=it)
        self.loops[loop.id] = loop
        self.loop_stack.append(loop.id)
        return loop

    def _pop_loop(self, loop: Loop) -> None:
        self.loop_stack.pop()

    def bind_element(self, target: cst.BaseExpression, it: Value, loop: Loop) -> None:
        elem = self.element(it, target, loop)
        self.assign(target, elem)

    def element(self, it: Value, node: cst.CSTNode, loop: Loop) -> Value:
        """What one iteration of ``for x in it`` binds to ``x``."""
        if it.kind == FOLDS:
            split: SplitEvent = it.extra["split"]
            base: Value = it.extra["base"]
            held_out: Role = "test" if split.kind == "holdout" else "val"  # a CV fold is validation data
            items = [self._index_value(node, split, base, role) for role in ("train", held_out)]
            return self.new(SEQUENCE, node, [it], items=items)
        if "wrapped" in it.extra:  # enumerate(...) / zip(...)
            inner = [self.element(w, node, loop) for w in it.extra["wrapped"]]
            if it.extra.get("enumerate"):
                counter = self.new(OTHER, node)
                loop.var_values.append(counter.id)
                inner = [counter, *inner]
            return self.new(SEQUENCE, node, inner, items=inner)
        if it.extra.get("pairs") and it.items:  # dict.items()
            keys = self.new(OTHER, node)
            vals = self._each(node, [p.items[1] for p in it.items if p.items and len(p.items) > 1], loop)
            loop.var_values.extend([keys.id, vals.id])
            return self.new(SEQUENCE, node, [keys, vals], items=[keys, vals])
        if it.kind == SEQUENCE and it.items:
            if all(i.kind == SEQUENCE and i.items for i in it.items):  # list of tuples
                width = min(len(i.items or []) for i in it.items)
                cols = [self._each(node, [i.items[k] for i in it.items if i.items], loop) for k in range(width)]
                return self.new(SEQUENCE, node, cols, items=cols)
            return self._each(node, it.items, loop)
        if it.kind == DATA and it.rows is not None:
            v = self.new(DATA, node, [it], rows=it.rows)
            loop.var_values.append(v.id)
            return v
        v = self.new(OTHER, node, [it])
        loop.var_values.append(v.id)
        return v

    def _each(self, node: cst.CSTNode, items: list[Value], loop: Loop) -> Value:
        """A loop variable standing for each of ``items`` in turn."""
        objs = [i.obj for i in items if i.kind == OBJECT and i.obj is not None]
        if objs and (len(objs) == len(items) or (len(objs) >= 2 and 2 * len(objs) >= len(items))):
            kinds = {o.kind for o in objs}
            kind = kinds.pop() if len(kinds) == 1 else K.ESTIMATOR
            distinct = list(dict.fromkeys(o.cls for o in objs))
            names = "/".join(distinct) if len(distinct) <= 3 else f"{'/'.join(distinct[:2])}/... ({len(distinct)} models)"
            obj = Obj(id=len(self.values), kind=kind, cls=names, site=self.site(node), ctor_value=-1, steps=objs, from_loop=loop.id)
            v = self.new(OBJECT, node, items, obj=obj)
            obj.ctor_value = v.id
            loop.var_values.append(v.id)
            return v
        items = [_first_data(i) or i for i in items]  # [make_moons(), (X, y)]: the tuple's data
        datas = [i for i in items if i.kind == DATA and i.rows is not None]
        if datas and len(datas) == len(items):
            rows = datas[0].rows if len({d.rows.id for d in datas}) == 1 else self.rowset("union", [d.rows for d in datas], node)  # type: ignore[union-attr]
            v = self.new(DATA, node, items, rows=rows, extra={"each": datas})
        else:
            v = self.new(OTHER, node, items)
        loop.var_values.append(v.id)
        return v

    def item(self, value: Value, index: int, node: cst.CSTNode) -> Value:
        if value.items is not None and index < len(value.items):
            return value.items[index]
        if value.kind == FOLDS and index < 2:  # train_idx, test_idx = next(splitter.split(X))
            split = value.extra["split"]
            return self._index_value(node, split, value.extra["base"], ("train", "test" if split.kind == "holdout" else "val")[index])  # type: ignore[arg-type]
        if value.kind == DATA and value.rows is not None:
            return self.new(DATA, node, [value], rows=value.rows)
        if value.kind == OBJECT:
            return value
        return self.new(value.kind if value.kind in (SCORE, STAT, PREDICTION) else OTHER, node, [value])

    def class_def(self, s: cst.ClassDef) -> None:
        methods: dict[str, cst.FunctionDef] = {}
        for stmt in s.body.body if isinstance(s.body, cst.IndentedBlock) else ():
            if isinstance(stmt, cst.FunctionDef):
                methods[stmt.name.value] = stmt
        bases = [self.expr(b.value) for b in s.bases]
        if "transform" in methods and "fit" in methods:
            kind = K.TRANSFORMER
        elif "predict" in methods or "forward" in methods or any(
            b.kind == SYMBOL and (b.qualname or "").endswith(("nn.Module", "keras.Model", "Model")) for b in bases
        ):
            kind = K.ESTIMATOR
        else:
            kind = ""
        v = self.new(CLASS, s, extra={"methods": methods, "kind": kind, "top": self.top, "scopes": list(self.scopes), "name": s.name.value})
        self.bind(s.name.value, v)
        for m in methods.values():
            mv = self.new(FUNCTION, m, extra={"def": m, "top": self.top, "scopes": list(self.scopes), "method": True})
            self.functions.append((m, mv, self.top, list(self.scopes)))

    # ------------------------------------------------------------------ expressions
    def expr(self, node: cst.BaseExpression | None) -> Value:
        if node is None:
            return self.new(OTHER, None)
        t = type(node)
        if t is cst.Name:
            name = node.value  # type: ignore[attr-defined]
            if name in ("True", "False"):
                return self.new(OTHER, node, extra={"const": True, "truth": name == "True"})
            v = self.lookup(name)
            if v is None:
                if name in T.CONVENTIONAL_ALIASES:
                    return self.new(SYMBOL, node, qualname=T.CONVENTIONAL_ALIASES[name])
                if name in _BUILTINS or _looks_like_class(name) or self.kb.kind_of(name) is not None:
                    return self.new(SYMBOL, node, qualname=name)
                # Never defined here (a notebook fragment, a star import): assume data.
                v = self._placeholder(name, node)
                self.globals[name] = v
            return v
        if t is cst.Attribute:
            return self.attribute(node)  # type: ignore[arg-type]
        if t is cst.Call:
            return self.call(node)  # type: ignore[arg-type]
        if t is cst.Subscript:
            return self.subscript(node)  # type: ignore[arg-type]
        if t is cst.ConcatenatedString:
            left, right = self.expr(node.left), self.expr(node.right)  # type: ignore[attr-defined]
            text = [v.extra.get("str") for v in (left, right)]
            joined = "".join(text) if all(isinstance(x, str) for x in text) else None  # type: ignore[arg-type]
            return self.new(OTHER, node, [left, right], extra={"str": joined})
        if t is cst.SimpleString:
            return self.new(OTHER, node, extra={"str": _string_value(node)})
        if t in (cst.Integer, cst.Float, cst.Imaginary, cst.Ellipsis):
            return self.new(OTHER, node, extra={"const": True})
        if t in (cst.Tuple, cst.List, cst.Set):
            elements = node.elements  # type: ignore[attr-defined]
            names = self.pending[1] if self.pending[0] is node and len(self.pending[1]) == len(elements) else None
            items = []
            for i, e in enumerate(elements):
                if names is not None:
                    self.pending = (e.value, [names[i]])
                items.append(self.expr(e.value))
            return self.new(SEQUENCE, node, items, items=items)
        if t is cst.Dict:
            items = []
            for el in node.elements:  # type: ignore[attr-defined]
                if isinstance(el, cst.DictElement):
                    k = self.expr(el.key)
                    val = self.expr(el.value)
                    items.append(self.new(SEQUENCE, el, [k, val], items=[k, val]))
                else:
                    items.append(self.expr(el.value))
            return self.new(SEQUENCE, node, items, items=items, extra={"dict": True})
        if t in (cst.BinaryOperation, cst.BooleanOperation):
            return self.operate(node, [self.expr(node.left), self.expr(node.right)])  # type: ignore[attr-defined]
        if t is cst.UnaryOperation:
            inner = self.expr(node.expression)  # type: ignore[attr-defined]
            out = self.operate(node, [inner])
            if isinstance(node.operator, cst.Not) and isinstance(inner.extra.get("truth"), bool):  # type: ignore[attr-defined]
                out.extra["truth"] = not inner.extra["truth"]
            return out
        if t is cst.Comparison:
            return self.compare(node)  # type: ignore[arg-type]
        if t is cst.IfExp:
            before = len(self.events)
            test = self.expr(node.test)  # type: ignore[attr-defined]
            body = self.expr(node.body)  # type: ignore[attr-defined]
            other = self.expr(node.orelse)  # type: ignore[attr-defined]
            for e in self.events[before:]:
                if isinstance(e, SelectEvent) and (body.kind == OBJECT or other.kind == OBJECT):
                    e.keeps = e.picks = True
            if body.kind in (OBJECT, DATA):
                self.graph.add_edge(test.id, body.id)
                return body
            return self.derive(node, [body, other, test])
        if t in (cst.ListComp, cst.SetComp, cst.GeneratorExp, cst.DictComp):
            return self.comprehension(node)
        if t is cst.Lambda:
            return self.new(FUNCTION, node, extra={"def": node, "top": self.top, "scopes": list(self.scopes)})
        if t is cst.FormattedString:
            text: list[str] = []
            parts = []
            for p in node.parts:  # type: ignore[attr-defined]
                if isinstance(p, cst.FormattedStringExpression):
                    v = self.expr(p.expression)
                    parts.append(v)
                    text.append(v.extra["str"] if isinstance(v.extra.get("str"), str) else "*")
                else:
                    text.append(p.value)
            return self.new(OTHER, node, parts, extra={"str": "".join(text)})
        if t is cst.NamedExpr:
            v = self.expr(node.value)  # type: ignore[attr-defined]
            self.assign(node.target, v)  # type: ignore[attr-defined]
            return v
        if t in (cst.Await, cst.Yield, cst.StarredElement):
            inner = getattr(node, "expression", None) or getattr(node, "value", None)
            return self.expr(inner) if isinstance(inner, cst.BaseExpression) else self.new(OTHER, node)
        return self.new(OTHER, node)

    def attribute(self, node: cst.Attribute) -> Value:
        base = self.expr(node.value)
        attr = node.attr.value
        attrs = base.extra.get("attrs")
        if attrs is not None and attr in attrs:
            return attrs[attr]
        if base.kind == SYMBOL:
            return self.new(SYMBOL, node, qualname=f"{base.qualname}.{attr}")
        if base.kind == DATA and base.rows is not None:
            if attr == "columns":  # every column of the frame, until some are removed
                return self.new(SEQUENCE, node, [base], items=None, extra={"all_columns_except": set(), "columns_of": base})
            if attr in _META_ATTRS:
                return self.new(OTHER, node, [base])
            v = self.new(DATA, node, [base], rows=base.rows)
            if attr not in _FRAME_ATTRS and not attr.startswith("_"):
                v.extra["columns"] = [attr]  # df.churned: a column
                v.extra["frame"] = base
            if attr == "index":
                v.extra["index_of"] = base
            if attr in ("loc", "iloc"):
                v.extra["indexer"] = True
            return v
        if base.kind == OBJECT and base.obj is not None:
            if attr in ("best_score_", "cv_results_"):
                base.obj.cv_read = True
            if attr in ("best_estimator_", "estimator_", "model", "booster_"):
                return base
            if attr.endswith("_") and base.obj.state is not None:
                return self.new(STAT, node, [base, self.values[base.obj.state]])
            return self.new(OTHER, node, [base], obj=base.obj)
        if base.kind in (SCORE, STAT, PREDICTION):
            return self.new(base.kind, node, [base])
        return self.new(OTHER, node, [base])

    def operate(self, node: cst.CSTNode, inputs: list[Value]) -> Value:
        if len(inputs) == 2 and all(v.kind == SEQUENCE and v.items is not None for v in inputs) and isinstance(getattr(node, "operator", None), cst.Add):
            items = [*inputs[0].items, *inputs[1].items]  # type: ignore[misc]
            return self.new(SEQUENCE, node, inputs, items=items)
        return self.derive(node, inputs)

    def compare(self, node: cst.Comparison) -> Value:
        values = [self.expr(node.left), *(self.expr(c.comparator) for c in node.comparisons)]
        scored = [v for v in values if self._is_score(v)]
        if scored:
            self.event(SelectEvent, node, inputs=scored, keeps=False)
        v = self.derive(node, values)
        if v.kind == DATA:
            v.extra["mask"] = True
        return v

    def _is_score(self, v: Value) -> bool:
        if v.kind == SCORE:
            return True
        if v.kind == SEQUENCE or v.kind == OTHER:
            return v.id in self.graph and any(self.values[a].kind == SCORE for a in self.graph.predecessors(v.id))
        return False

    def comprehension(self, node: cst.CSTNode) -> Value:
        comp0 = node.for_in  # type: ignore[attr-defined]
        if isinstance(node, (cst.ListComp, cst.GeneratorExp)) and comp0.inner_for_in is None and not comp0.ifs:
            it = self.expr(comp0.iter)
            if it.kind == SEQUENCE and it.items and 1 < len(it.items) <= 8 and "wrapped" not in it.extra:
                # [f.fillna(m) for f in (X_train, X_test)]: each element keeps its own rows
                out = []
                for item in list(it.items):
                    self.scopes.append({})
                    loop = self._push_loop(node, [], it)
                    self.assign(comp0.target, item)
                    out.append(self.expr(node.elt))  # type: ignore[attr-defined]
                    self._pop_loop(loop)
                    self.scopes.pop()
                return self.new(SEQUENCE, node, out, items=out)
        self.scopes.append({})
        loops: list[Loop] = []
        comp = node.for_in  # type: ignore[attr-defined]
        while comp is not None:
            it = self.expr(comp.iter)
            loop = self._push_loop(node, [], it)
            loops.append(loop)
            self.bind_element(comp.target, it, loop)
            for cond in comp.ifs:
                self.expr(cond.test)
            comp = comp.inner_for_in
        if isinstance(node, cst.DictComp):
            items = [self.expr(node.key), self.expr(node.value)]
        else:
            items = [self.expr(node.elt)]  # type: ignore[attr-defined]
        for loop in reversed(loops):
            self._pop_loop(loop)
        self.scopes.pop()
        kind_src = items[-1]
        v = self.new(SEQUENCE, node, items, items=None)
        excluded = self._columns_except(node)
        if excluded is not None:
            v.extra["all_columns_except"] = excluded
        if kind_src.kind == DATA and kind_src.rows is not None:
            return self.new(DATA, node, [v], rows=kind_src.rows)
        return v

    def _columns_except(self, node: cst.CSTNode) -> set[str] | None:
        """``[c for c in df.columns if c not in ("id", "ts")]``: every column but some."""
        comp = getattr(node, "for_in", None)
        if comp is None or comp.inner_for_in is not None or len(comp.ifs) != 1:
            return None
        if not (isinstance(comp.iter, cst.Attribute) and comp.iter.attr.value == "columns"):
            return None
        test = comp.ifs[0].test
        if not (isinstance(test, cst.Comparison) and len(test.comparisons) == 1):
            return None
        op = test.comparisons[0].operator
        if not isinstance(op, (cst.NotIn, cst.NotEqual)):
            return None
        names = _strings(self.expr(test.comparisons[0].comparator))
        return set(names) if names is not None else None

    def subscript(self, node: cst.Subscript) -> Value:
        base = self.expr(node.value)
        keys = []
        for el in node.slice:
            sl = el.slice
            if isinstance(sl, cst.Index):
                keys.append(("index", sl.value, self.expr(sl.value)))
            else:
                lower = self.expr(sl.lower) if sl.lower is not None else None  # type: ignore[attr-defined]
                upper = self.expr(sl.upper) if sl.upper is not None else None  # type: ignore[attr-defined]
                keys.append(("slice", sl, (lower, upper)))
        if base.kind == DATA and base.rows is not None:
            return self._data_subscript(node, base, keys)
        if base.kind == SEQUENCE and keys and keys[0][0] == "index" and "select" in keys[0][2].extra:
            holds_models = any(i.kind == OBJECT or (i.items and i.items[-1].kind == OBJECT) for i in base.items or [])
            if holds_models:
                keys[0][2].extra["select"].picks = True
        if base.kind == SEQUENCE and base.items is not None and keys and keys[0][0] == "index":
            k = keys[0][1]
            if isinstance(k, cst.Integer):
                i = int(k.value, 0)
                if -len(base.items) <= i < len(base.items):
                    return base.items[i]
        if base.kind == OBJECT:
            return base
        if keys and keys[0][0] == "slice" and base.kind in (OTHER, SEQUENCE):
            index = self._index_slice(node, base, keys[0][1])
            if index is not None:
                return index
        flat = [k[2] for k in keys if isinstance(k[2], Value)] + [x for k in keys if isinstance(k[2], tuple) for x in k[2] if x is not None]
        return self.derive(node, [base, *flat])

    def _index_slice(self, node: cst.Subscript, base: Value, sl: cst.Slice) -> Value | None:
        """``train_idx = idx[:n]`` on a permutation: indices of a split part, like KFold's."""
        names = self.pending[1] if self.pending[0] is node else []
        role = role_from_name(names[0]) if len(names) == 1 else None
        if role is None or (sl.lower is None and sl.upper is None):
            return None
        bound = self.module.code_for_node(sl.upper if sl.upper is not None else sl.lower)  # type: ignore[arg-type]
        key = (-base.id - 1, bound)
        if key not in self._slice_splits:
            split = self.event(SplitEvent, node, kind="holdout", inputs=[base], label="slicing")
            self._slice_splits[key] = (split, {})  # type: ignore[assignment]
        split = self._slice_splits[key][0]
        return self._index_value(node, split, base, role)

    def _data_subscript(self, node: cst.Subscript, base: Value, keys: list) -> Value:
        rows = base.rows
        assert rows is not None
        first = keys[0] if keys else None
        parents: list[Value] = [base]
        columns: list[str] | None = None
        if first is not None and first[0] == "index":
            k: Value = first[2]
            parents.append(k)
            columns = _strings(k)
            if k.kind == INDEX:
                rows = self._split_child(k.extra["split"], rows, k.extra["role"], node)
            elif k.kind == DATA and k.rows is not None and k.rows.split is not None and k.rows.role is not None and k.rows is not rows:
                rows = self._split_child(k.rows.split, rows, k.rows.role, node)
            elif (k.kind == DATA and k.extra.get("mask")) or k.extra.get("indices"):
                rows = self._filter_rows(node, base)
            elif k.kind == DATA and k.rows is not None and k.extra.get("index_of") is not None:
                src_rows = k.rows
                if src_rows is not rows:
                    rows = src_rows
        elif first is not None and first[0] == "slice":
            sl: cst.Slice = first[1]
            if sl.lower is not None or sl.upper is not None:
                rows = self._slice_rows(node, base, sl)
        if columns and len(columns) == 1 and rows is base.rows:
            names = self.pending[1] if self.pending[0] is node else []
            key_role = role_from_name(columns[0])
            plain_part = columns[0].lower() in ("train", "test", "validation", "valid", "val", "dev", "eval")
            if key_role is not None and (plain_part or (len(names) == 1 and role_from_name(names[0]) == key_role)):
                # X_test = data["X_test"]: a stored part, not a column
                rows = self._keyed_part(node, base, key_role)
                columns = None
        column_key = first is not None and first[0] == "index" and rows is base.rows and not first[2].extra.get("mask")
        if len(keys) > 1:  # df.loc[rows, cols] / X[:, :7]: a column selection
            columns = _strings(keys[1][2]) if keys[1][0] == "index" else None
            column_key = True
        v = self.new(DATA, node, parents, rows=rows)
        if base.extra.get("grouped"):
            v.extra["grouped"] = True
        if columns:
            v.extra["columns"] = columns
            v.extra["frame"] = base
        elif first is not None and first[0] == "index" and "all_columns_except" in first[2].extra:
            v.extra["frame"] = base
            v.extra["dropped"] = first[2].extra["all_columns_except"]
        elif column_key:
            v.extra["frame"] = base  # columns chosen by something we cannot read
            v.extra["columns"] = None
        if base.extra.get("index_of") is not None:
            v.extra["index_of"] = base.extra["index_of"]
        return v

    def _slice_rows(self, node: cst.Subscript, base: Value, sl: cst.Slice) -> RowSet:
        """``X[:n]`` / ``X[n:]`` are the parts of a split when they are named like one."""
        assert base.rows is not None
        names = self.pending[1] if self.pending[0] is node else []
        role = role_from_name(names[0]) if len(names) == 1 else None
        if role is None:
            return self.rowset("filter", [base.rows], node, label=base.name or "")
        bound = self.module.code_for_node(sl.upper if sl.upper is not None else sl.lower)  # type: ignore[arg-type]
        key = (base.rows.id, bound)
        if key not in self._slice_splits:
            split = self.event(SplitEvent, node, kind="holdout", inputs=[base], label="slicing")
            self._slice_splits[key] = (split, {})  # type: ignore[assignment]
        split, parts = self._slice_splits[key]
        if role not in parts:
            part = self.rowset("subset", [base.rows], node, role=role, split=split, label=names[0])
            parts[role] = part
            span = _slice_span(sl)
            for other_role, other_span, other in self._slice_spans.get(base.rows.id, []):
                if other_role != role and _spans_overlap(span, other_span):
                    part.overlaps.append(other)
                    other.overlaps.append(part)
            self._slice_spans.setdefault(base.rows.id, []).append((role, span, part))
        return parts[role]

    def _filter_rows(self, node: cst.CSTNode, base: Value) -> RowSet:
        """``train = df[df.year < 2020]``: a filter named like a split part is one (time splits)."""
        assert base.rows is not None
        names = self.pending[1] if self.pending[0] is node else []
        role = role_from_name(names[0]) if len(names) == 1 else None
        if role is None:
            return self.rowset("filter", [base.rows], node, label=base.name or "")
        key = (base.rows.id, "#mask")
        if key not in self._slice_splits:
            split = self.event(SplitEvent, node, kind="holdout", inputs=[base], label="filtering")
            self._slice_splits[key] = (split, {})  # type: ignore[assignment]
        split, parts = self._slice_splits[key]
        if role not in parts:
            parts[role] = self.rowset("subset", [base.rows], node, role=role, split=split, label=names[0])
        return parts[role]

    def _keyed_part(self, node: cst.CSTNode, base: Value, role: Role) -> RowSet:
        assert base.rows is not None
        key = (base.rows.id, "#keys")
        if key not in self._slice_splits:
            split = self.event(SplitEvent, node, kind="holdout", inputs=[base], label="stored split")
            self._slice_splits[key] = (split, {})  # type: ignore[assignment]
        split, parts = self._slice_splits[key]
        if role not in parts:
            parts[role] = self.rowset("subset", [base.rows], node, role=role, split=split, test_source=role == "test")
        return parts[role]

    def _split_child(self, split: SplitEvent, rows: RowSet, role: Role, node: cst.CSTNode) -> RowSet:
        key = (id(split), rows.id, role)
        child = self._split_children.get(key)
        if child is None:
            child = self.rowset("subset", [rows], node, role=role, split=split)
            self._split_children[key] = child
        return child

    def _index_value(self, node: cst.CSTNode, split: SplitEvent, base: Value, role: Role) -> Value:
        v = self.new(INDEX, node, [base], extra={"split": split, "role": role})
        return v

    # ------------------------------------------------------------------ calls
    def eval_args(self, call: cst.Call) -> Args:
        args = Args()
        for a in call.args:
            v = self.expr(a.value)
            if a.keyword is not None:
                args.kw[a.keyword.value] = v
                args.kw_nodes[a.keyword.value] = a.value
            elif a.star == "*" and v.items is not None:
                args.pos.extend(v.items)
            else:
                args.pos.append(v)
                args.pos_nodes.append(a.value)
        return args

    def call(self, node: cst.Call) -> Value:
        func = node.func
        if isinstance(func, cst.Attribute):
            recv = self.expr(func.value)
            method = func.attr.value
            attrs = recv.extra.get("attrs")
            if attrs is not None and method in attrs and attrs[method].kind == FUNCTION:
                return self.inline(node, attrs[method], None)
            if recv.kind == SYMBOL:
                return self.library_call(node, f"{recv.qualname}.{method}", self.eval_args(node))
            if recv.kind == OTHER and "cls" in recv.extra:
                meth = recv.extra["cls"].extra["methods"].get(method)
                if meth is not None:
                    mv = self.new(FUNCTION, node, extra={"def": meth, "top": recv.extra["cls"].extra["top"], "scopes": recv.extra["cls"].extra["scopes"]})
                    return self.inline(node, mv, recv)
            args = self.eval_args(node)
            return self.method_call(node, recv, method, args)
        callee = self.expr(func)
        if callee.kind == FUNCTION:
            return self.inline(node, callee, None)
        if callee.kind == CLASS:
            return self.instantiate(node, callee)
        args = self.eval_args(node)
        if callee.kind == SYMBOL:
            return self.library_call(node, callee.qualname or "", args)
        if callee.kind == OBJECT and callee.obj is not None:
            data = args.get(0)
            if data is not None and data.kind == DATA:
                return self._predict(node, callee.obj, data)
        return self.derive(node, [callee, *args.all()])

    def instantiate(self, node: cst.Call, cls_value: Value) -> Value:
        info = cls_value.extra
        kind = info["kind"]
        args = self.eval_args(node)
        if kind:
            obj = Obj(id=len(self.values), kind=kind, cls=info["name"], site=self.site(node), ctor_value=-1)
            v = self.new(OBJECT, node, args.all(), obj=obj)
            obj.ctor_value = v.id
            return v
        inst = self.new(OTHER, node, args.all(), extra={"cls": cls_value, "attrs": {}})
        init = info["methods"].get("__init__")
        if init is not None:
            mv = self.new(FUNCTION, node, extra={"def": init, "top": info["top"], "scopes": info["scopes"]})
            self.inline(node, mv, inst, evaluated=args)
        return inst

    def inline(self, node: cst.Call, fn_value: Value, self_value: Value | None, evaluated: Args | None = None) -> Value:
        """Analyze a same-file function's body for this call, with these arguments."""
        fn = fn_value.extra["def"]
        args = evaluated if evaluated is not None else self.eval_args(node)
        if id(fn) in self.active or len(self.active) >= _MAX_DEPTH or self.inlined >= _MAX_INLINED:
            return self.derive(node, args.all())
        self.inlined += 1
        self.called.add(id(fn))
        scope: dict[str, Value] = {}
        params = _params(fn.params)
        pos = list(args.pos)
        if self_value is not None and params:
            scope[params[0].name.value] = self_value
            params = params[1:]
        star = fn.params.star_arg
        for p in params:
            name = p.name.value
            if name in args.kw:
                scope[name] = args.kw[name]
            elif pos and p not in fn.params.kwonly_params:
                scope[name] = pos.pop(0)
            elif p.default is not None:
                scope[name] = self.expr(p.default)
            else:
                scope[name] = self._placeholder(name, p)
        if isinstance(star, cst.Param):
            scope[star.name.value] = self.new(SEQUENCE, node, pos, items=pos)
        if isinstance(fn, cst.Lambda):
            saved = self.scopes
            self.scopes = [*fn_value.extra["scopes"], scope]
            self.active.append(id(fn))
            try:
                return self.expr(fn.body)
            finally:
                self.active.pop()
                self.scopes = saved
        frames = (*self.frames, (node, self.top))
        returns = self._run_body(fn, fn_value, fn_value.extra["scopes"], scope, frames, fn_value.extra["top"])
        if not returns:
            return self.new(OTHER, node, args.all())
        if len(returns) == 1:
            return returns[0]
        best = [r for r in returns if r.kind not in (OTHER,)]
        return (best or returns)[-1]

    def _run_body(self, fn: cst.FunctionDef, fn_value: Value, scopes: list[dict[str, Value]], scope: dict[str, Value], frames: tuple, top: int) -> list[Value]:
        saved = (self.scopes, self.frames, self.top, self.returns, self.loop_stack, self.pending, self.stmt_stats, self.stmt_rowsets)
        self.scopes = [*scopes, scope]
        self.frames = frames
        self.top = top
        self.returns = []
        self.loop_stack = list(self.loop_stack) if frames else []
        self.active.append(id(fn))
        try:
            self.suite(fn.body)
            return self.returns
        finally:
            self.active.pop()
            self.scopes, self.frames, self.top, self.returns, self.loop_stack, self.pending, self.stmt_stats, self.stmt_rowsets = saved

    def library_call(self, node: cst.Call, qualname: str, args: Args) -> Value:
        kind = self.kb.kind_of(qualname)
        short = qualname.rpartition(".")[2]
        if short in ("save", "dump", "deepcopy") and any(v.obj is not None for v in _flatten(args.all())):
            self.kept_objects += 1  # torch.save(model.state_dict()), joblib.dump(model), deepcopy(model)
        if kind in (K.TRANSFORMER, K.STATELESS, K.RESAMPLER, K.SEARCH, K.CV_SPLITTER, K.ESTIMATOR, K.PIPELINE):
            return self.construct(node, qualname, kind, args)
        imported_class = "." in qualname and short[:1].isupper()  # from sklearn.lda import LDA
        if kind is None and (imported_class or _looks_like_class(short)) and short not in T.SELECTION_CALLBACKS and not qualname.startswith(T.DATA_MODULES):
            return self.construct(node, qualname, "unknown", args)
        if kind == K.SPLIT_FUNCTION:
            return self.split_call(node, qualname, args)
        if kind == K.CV_FUNCTION:
            est = args.get(0, "estimator")
            data = args.get(1, "X")
            self.event(CVEvent, node, estimator=est.obj if est is not None else None, data=data, what=short)
            result = self.new(SCORE, node, args.all(), extra={"cv": True})
            return result
        if kind == K.RESAMPLE_FUNCTION:
            datas = [v for v in args.pos if v.kind == DATA and v.rows is not None]
            outs = []
            for d in datas:
                rows = self.rowset("resampled", [d.rows], node, label=d.name or "")  # type: ignore[list-item]
                self.event(ResampleEvent, node, data=d, output_rows=rows, what=short)
                outs.append(self.new(DATA, node, [d], rows=rows))
            if len(outs) == 1:
                return outs[0]
            return self.new(SEQUENCE, node, outs, items=outs)
        if kind == K.TRAIN_FUNCTION:
            return self.train_function(node, qualname, args)
        if kind == K.METRIC:
            return self.metric(node, short, args)
        if kind == K.LOADER:
            return self.load(node, args)
        if kind == K.SPLIT_LOADER:
            return self.split_load(node)
        if kind == K.ROW_COMBINER:
            return self.combine_rows(node, args, short)
        if kind == K.COLUMN_COMBINER:
            return self.derive(node, _flatten(args.all()))
        if kind == K.TRANSFORM_FUNCTION:
            data = args.get(0, "X")
            obj = Obj(id=len(self.values), kind=K.TRANSFORMER, cls=short, site=self.site(node), ctor_value=-1)
            ctor = self.new(OBJECT, node, obj=obj)
            obj.ctor_value = ctor.id
            return self._fit(node, ctor, obj, "fit_transform", Args(pos=[data] if data else []), transform=True)
        if kind == K.STATISTIC or qualname in _SELECT_BUILTINS:
            inputs = _flatten(args.all())
            if any(self._is_score(v) for v in inputs) or (qualname in _SELECT_BUILTINS and kind != K.STATISTIC):
                sel = self.event(SelectEvent, node, inputs=[v for v in inputs if v.kind != OTHER or self._is_score(v)] or inputs)
                out = self.derive(node, inputs)
                out.extra["select"] = sel  # models[max(scores, key=scores.get)] picks a model
                return out
            data = next((v for v in inputs if v.kind == DATA and v.rows is not None), None)
            if data is not None and _row_wise(args, first=1):
                return self.new(DATA, node, inputs, rows=data.rows)  # np.mean(X, axis=1): per row
            if data is not None and "pred" in data.extra and short in ("mean", "sum"):
                return self._score_predictions(node, data, short)
            if data is not None:
                return self._statistic(node, data, short, keep_rows=short in ("qcut",))
            return self.derive(node, inputs)
        if qualname in ("enumerate", "zip"):
            wrapped = args.pos
            return self.new(SEQUENCE, node, wrapped, extra={"wrapped": wrapped, "enumerate": qualname == "enumerate"})
        if qualname in _PASS_THROUGH and args.pos:
            return args.pos[0]
        if qualname in ("dict",):
            return self.new(SEQUENCE, node, args.all(), items=[], extra={"dict": True})
        if qualname in ("print", "len", "range", "int", "float", "str", "bool", "isinstance", "type", "round", "abs", "repr", "hasattr", "getattr"):
            out = self.new(OTHER, node, args.all())
            if qualname == "round" and args.pos and args.pos[0].kind == SCORE:
                out.kind = SCORE
            return out
        out = self.derive(node, args.all())
        if short in T.SELECTION_CALLBACKS:
            out.extra["selects"] = True
        if short in _INDEX_FUNCTIONS:
            out.extra["indices"] = True
        return out

    def construct(self, node: cst.Call, qualname: str, kind: str, args: Args) -> Value:
        short = qualname.rpartition(".")[2]
        steps: list[Obj] = []
        if kind in (K.PIPELINE, K.SEARCH) or short in ("ColumnTransformer", "make_column_transformer", "FeatureUnion", "make_union", "SelectFromModel", "RFE", "RFECV", "SequentialFeatureSelector", "OneVsRestClassifier", "BaggingClassifier", "VotingClassifier", "StackingClassifier"):
            steps = [v.obj for v in _flatten(args.pos[:1] if kind == K.SEARCH else args.all()) if v.kind == OBJECT and v.obj is not None]
        learned = kind != K.STATELESS
        if kind == K.PIPELINE:
            last = steps[-1] if steps else None
            if last is not None and last.kind in (K.TRANSFORMER, K.STATELESS):
                kind = K.TRANSFORMER
                learned = any(s.learned and s.kind == K.TRANSFORMER for s in steps)
            elif last is not None and last.kind == K.RESAMPLER:
                kind = K.RESAMPLER
        if kind == K.STATELESS:
            kind = K.TRANSFORMER
        obj = Obj(id=len(self.values), kind=kind, cls=short, site=self.site(node), ctor_value=-1, steps=steps, learned=learned)
        obj.learns = _learns(self.kb.normalize(qualname), kind, steps)
        v = self.new(OBJECT, node, args.all(), obj=obj)
        obj.ctor_value = v.id
        if _selects(args):  # XGBClassifier(early_stopping_rounds=50), callbacks=[EarlyStopping()]
            v.extra["selects"] = True
        if kind == K.CV_SPLITTER:
            n = args.kw_nodes.get("n_splits")
            obj.holdout = isinstance(n, cst.Integer) and n.value == "1"
        where = T.DATA_IN_CONSTRUCTOR.get(self.kb.normalize(qualname))
        if where is not None:  # statsmodels: sm.Logit(y, X).fit()
            obj.ctor_data = (args.get(where[1], "exog"), args.get(where[0], "endog"))
        elif "data" in args.kw and qualname.startswith("statsmodels.formula"):
            obj.ctor_data = (args.kw["data"], args.kw["data"])
        return v

    def split_call(self, node: cst.Call, qualname: str, args: Args) -> Value:
        datas = [v for v in args.pos]
        style = self.kb.split_style(qualname)
        names = self.pending[1] if self.pending[0] is node else []
        short = qualname.rpartition(".")[2]
        split = self.event(SplitEvent, node, kind="holdout", inputs=[d for d in datas if d.kind == DATA], label=short)
        outs: list[Value] = []
        if style == "sequence":
            base = datas[0] if datas else None
            n = 2
            lengths = args.get(1, "lengths", "indices_or_sections")
            if lengths is not None and lengths.items is not None:
                n = len(lengths.items) + (1 if qualname.startswith("numpy") else 0)
            default_roles: list[Role] = ["train", "test"] if n == 2 else ["train", "val", "test"][:n] if n <= 3 else ["train"] * n
            for i in range(n):
                role = role_from_name(names[i]) if i < len(names) else None
                outs.append(self._split_output(node, split, base, role or default_roles[i]))
        else:
            for i, d in enumerate(datas):
                for j, default in enumerate(("train", "test")):
                    k = 2 * i + j
                    role = role_from_name(names[k]) if k < len(names) else None
                    if j == 0 or role not in ("test", "val"):
                        role = default  # the first part is the training side, whatever its name (X_dev)
                    outs.append(self._split_output(node, split, d, role))  # type: ignore[arg-type]
        return self.new(SEQUENCE, node, outs, items=outs)

    def _split_output(self, node: cst.Call, split: SplitEvent, base: Value | None, role: Role) -> Value:
        if base is None or base.kind != DATA or base.rows is None:
            rows = self.rowset("source", node=node, role=role, split=split)
            return self.new(DATA, node, [base] if base else [], rows=rows)
        if role == "test" and _within_role(base.rows, "train"):
            role = "val"  # carved from training data: a validation split
        rows = self._split_child(split, base.rows, role, node)
        return self.new(DATA, node, [base], rows=rows)

    def load(self, node: cst.Call, args: Args) -> Value:
        names = self.pending[1] if self.pending[0] is node else []
        path = next((v.extra["str"] for v in args.all() if isinstance(v.extra.get("str"), str)), "")
        role = role_from_name(names[0]) if len(names) == 1 else None
        file_words = set(_WORD.findall(path.rsplit("/", 1)[-1].lower())) if path else set()
        file_role = "test" if file_words & {"test", "tst", "holdout"} else None
        is_test = role == "test" or (file_role == "test" and role is None)
        rows = self.rowset("source", node=node, label=names[0] if names else path, test_source=is_test, role="test" if is_test else None)
        return self.new(DATA, node, args.all(), rows=rows)

    def split_load(self, node: cst.Call) -> Value:
        parts = []
        for role in ("train", "test"):
            rows = self.rowset("source", node=node, role=role, test_source=role == "test", label=f"{role} data")  # type: ignore[arg-type]
            x = self.new(DATA, node, rows=rows)
            y = self.new(DATA, node, rows=rows)
            parts.append(self.new(SEQUENCE, node, [x, y], items=[x, y]))
        return self.new(SEQUENCE, node, parts, items=parts)

    def combine_rows(self, node: cst.Call, args: Args, short: str) -> Value:
        axis = args.kw_nodes.get("axis")
        if axis is None and short in ("concatenate", "append") and len(args.pos_nodes) > 1:
            pass
        datas = [v for v in _flatten(args.pos) if v.kind == DATA and v.rows is not None]
        if not datas:
            out = self.derive(node, args.all())
            for v in args.all():
                if "pred" in v.extra and "pred" not in out.extra:
                    out.extra["pred"] = v.extra["pred"]
            return out
        if isinstance(axis, cst.Integer) and axis.value == "1" or (isinstance(axis, cst.SimpleString) and "col" in axis.value):
            return self.new(DATA, node, datas, rows=datas[0].rows)
        if len({d.rows.id for d in datas}) == 1:  # type: ignore[union-attr]
            if len(datas) > 1:  # np.concatenate([X, augment(X)]): copies of the same rows
                rows = self.rowset("resampled", [datas[0].rows], node, label=datas[0].name or "")  # type: ignore[list-item]
                self.event(ResampleEvent, node, data=datas[0], output_rows=rows, what=f"{short} of copies of the same rows")
                return self.new(DATA, node, datas, rows=rows)
            return self.new(DATA, node, datas, rows=datas[0].rows)
        rows = self.rowset("union", [d.rows for d in datas], node, label=short)  # type: ignore[misc]
        return self.new(DATA, node, datas, rows=rows)

    def train_function(self, node: cst.Call, qualname: str, args: Args) -> Value:
        short = qualname.rpartition(".")[2]
        if short == "cv":
            data = args.get(1, "dtrain", "train_set")
            self.event(CVEvent, node, estimator=None, data=data, what=qualname)
            return self.new(SCORE, node, args.all(), extra={"cv": True})
        obj = Obj(id=len(self.values), kind=K.ESTIMATOR, cls=qualname.split(".")[0], site=self.site(node), ctor_value=-1)
        ctor = self.new(OBJECT, node, [args.get(0, "params")], obj=obj)
        obj.ctor_value = ctor.id
        fit_args = Args(pos=[a for a in [args.get(1, "dtrain", "train_set")] if a is not None], kw=dict(args.kw), kw_nodes=dict(args.kw_nodes))
        self._fit(node, ctor, obj, "train", fit_args)
        return ctor

    def metric(self, node: cst.Call, short: str, args: Args) -> Value:
        truth = args.get(0, "y_true", "labels_true", "y")
        pred = args.get(1, "y_pred", "y_score", "y_prob", "probas_pred", "labels_pred")
        pe: PredictEvent | None = None
        for v in (pred, truth):
            if v is not None and "pred" in v.extra:
                pe = v.extra["pred"]
                break
        result = self.new(SCORE, node, args.all())
        self.event(
            EvalEvent, node,
            obj=pe.obj if pe else None, state=pe.state if pe else None, data=pe.data if pe else None,
            truth=truth if (pe is None or truth is not pred) else None, result=result, what=short,
        )
        return result

    # ------------------------------------------------------------------ methods
    def method_call(self, node: cst.Call, recv: Value, method: str, args: Args) -> Value:
        if method == "backward":
            self._training_step(node)
        if method in ("sum", "mean") and "pred" in recv.extra and recv.extra["pred"].output is not recv and recv.kind != DATA:
            return self._score_predictions(node, recv, method)  # out.argmax(1).eq(y).sum()
        if recv.kind == OBJECT and recv.obj is not None:
            return self.object_method(node, recv, recv.obj, method, args)
        if recv.kind == OTHER and recv.obj is not None:  # pipe.named_steps["x"].transform(...)
            return self.object_method(node, recv, recv.obj, method, args)
        if method in T.FIT_METHODS + T.FIT_TRANSFORM_METHODS + T.RESAMPLE_METHODS + T.PREDICT_METHODS + ("score",) and (
            recv.extra.get("param") or recv.kind in (OTHER, SYMBOL)
        ) and not (method in ("transform",) and recv.kind == DATA):
            return self._adopt(node, recv, method, args)
        if method == "transform" and recv.kind == OTHER and recv.extra.get("param") is None and not recv.extra.get("grouped"):
            return self._adopt(node, recv, method, args)
        if recv.kind == DATA and recv.rows is not None:
            return self.data_method(node, recv, method, args)
        if recv.kind == SEQUENCE and "all_columns_except" in recv.extra:
            removed = {c for a in args.all() for c in (_strings(a) or [])}
            if method in ("remove", "discard"):
                recv.extra["all_columns_except"] |= removed
                return self.new(OTHER, node)
            if method in ("drop", "difference"):
                return self.new(SEQUENCE, node, [recv], items=None, extra={"all_columns_except": recv.extra["all_columns_except"] | removed})
            if method in ("tolist", "to_list", "copy", "to_numpy"):
                return recv
        if recv.kind == SEQUENCE:
            if method in ("append", "extend", "insert", "add", "update", "setdefault"):
                for a in args.all():
                    self.graph.add_edge(a.id, recv.id)
                    if "pred" in a.extra and "pred" not in recv.extra:
                        recv.extra["pred"] = a.extra["pred"]
                    if recv.items is not None:
                        recv.items.append(a)
                return self.new(OTHER, node)
            if method == "items":
                return self.new(SEQUENCE, node, [recv], items=recv.items, extra={"pairs": True})
            if method == "values" and recv.items is not None and recv.extra.get("dict"):
                vals = [i.items[1] for i in recv.items if i.items and len(i.items) > 1]
                return self.new(SEQUENCE, node, vals, items=vals)
        inputs = [recv, *args.all()]
        if method in _SELECT_METHODS and any(self._is_score(v) for v in inputs):
            self.event(SelectEvent, node, inputs=[v for v in inputs if self._is_score(v)], keeps=method not in _RANK_METHODS)
        out = self.derive(node, inputs)
        if method in _INDEX_FUNCTIONS:  # rng.choice(n, 300), np.random.permutation(n)
            out.extra["indices"] = True
        return out

    def _adopt(self, node: cst.Call, recv: Value, method: str, args: Args) -> Value:
        """An unknown object used like an estimator: treat it as one from now on."""
        kind = K.TRANSFORMER if method in ("fit_transform", "transform") else K.RESAMPLER if method in T.RESAMPLE_METHODS else "unknown"
        label = recv.name or (self.module.code_for_node(node.func.value) if isinstance(node.func, cst.Attribute) else "object")  # type: ignore[union-attr]
        obj = Obj(id=len(self.values), kind=kind, cls=label, site=self.site(node), ctor_value=recv.id, learned=True)
        recv.kind = OBJECT
        recv.obj = obj
        recv.rows = None
        return self.object_method(node, recv, obj, method, args)

    def object_method(self, node: cst.Call, recv: Value, obj: Obj, method: str, args: Args) -> Value:
        if obj.kind == "unknown" and method in ("fit_transform", "transform"):
            obj.kind = K.TRANSFORMER  # an unknown class used as a transformer
            obj.learns = "unknown"
        elif obj.kind == "unknown" and method in T.RESAMPLE_METHODS:
            obj.kind = K.RESAMPLER
        if method in T.FIT_METHODS:
            return self._fit(node, recv, obj, method, args)
        if method in T.FIT_TRANSFORM_METHODS:
            return self._fit(node, recv, obj, method, args, transform=True)
        if method in T.RESAMPLE_METHODS:
            return self._resample(node, obj, method, args)
        if method in T.TRANSFORM_METHODS:
            data = args.get(0, "X", "raw_documents", "texts")
            if data is None:
                return self.derive(node, [recv])
            state = self.values[obj.state] if obj.state is not None else None
            out = self.new(DATA, node, [data, state], rows=data.rows) if data.rows is not None else self.derive(node, [data, state])
            self.event(TransformEvent, node, obj=obj, state=obj.state, data=data, output=out)
            return out
        if method in T.PREDICT_METHODS:
            data = args.get(0, "X")
            if data is None:
                return self.derive(node, [recv])
            return self._predict(node, obj, data)
        if method in T.SCORE_METHODS:
            data = args.get(0, "X", "x")
            truth = args.get(1, "y")
            result = self.new(SCORE, node, [recv, *args.all()])
            self.event(EvalEvent, node, obj=obj, state=obj.state, data=data, truth=truth, result=result, what=f"{obj.cls}.{method}")
            return result
        if method == "split" and obj.kind == K.CV_SPLITTER:
            data = args.get(0, "X")
            kind = "holdout" if obj.holdout else "cv"
            split = self.event(SplitEvent, node, kind=kind, inputs=[v for v in args.all() if v.kind == DATA], label=f"{obj.cls}.split")
            return self.new(FOLDS, node, args.all(), extra={"split": split, "base": data or recv})
        if method in ("set_params",):
            for a in args.all():
                self.graph.add_edge(a.id, obj.ctor_value)
            return recv
        if method in _SELF_METHODS:
            return recv
        if method in ("save", "save_model", "save_weights"):
            self.kept_objects += 1
        if method in ("state_dict", "get_booster", "save", "save_model"):
            return self.new(OTHER, node, [recv], obj=obj)
        return self.new(OTHER, node, [recv, *args.all()], obj=obj if method in ("named_steps", "get_params") else None)

    def _fit(self, node: cst.Call, recv: Value, obj: Obj, method: str, args: Args, transform: bool = False) -> Value:
        data = args.get(0, "X", "x", "raw_documents", "texts", "dtrain", "train_set")
        target = args.get(1, "y")
        if data is None and obj.ctor_data is not None:
            data, target = obj.ctor_data
        state = self.new(STATE, node, [data, target, self.values[obj.ctor_value] if obj.ctor_value >= 0 else None])
        eval_sets = [args.kw[k] for k in T.EVAL_DATA_KEYWORDS if k in args.kw]
        selects = _selects(args) or (obj.ctor_value >= 0 and bool(self.values[obj.ctor_value].extra.get("selects")))
        ev = self.event(FitEvent, node, obj=obj, data=data, target=target, state=state.id, method=method, eval_sets=eval_sets, selects=selects)
        obj.fits.append(ev)  # type: ignore[arg-type]
        obj.state = state.id
        if obj.kind == K.SEARCH:
            self.event(CVEvent, node, estimator=obj, data=data, what=f"{obj.cls}.fit")
        if transform:
            if data is None:
                return self.derive(node, [state])
            out = self.new(DATA, node, [data, state], rows=data.rows) if data.rows is not None else self.derive(node, [data, state])
            self.event(TransformEvent, node, obj=obj, state=state.id, data=data, output=out)
            return out
        if method == "fit" and _is_keras_like(obj):
            return self.new(OTHER, node, [recv], obj=obj)
        return recv

    def _resample(self, node: cst.Call, obj: Obj, method: str, args: Args) -> Value:
        data = args.get(0, "X", "x")
        target = args.get(1, "y")
        if data is None or data.rows is None:
            return self.derive(node, args.all())
        rows = self.rowset("resampled", [data.rows], node, label=data.name or "")
        self.event(ResampleEvent, node, data=data, output_rows=rows, what=f"{obj.cls}.{method}")
        x = self.new(DATA, node, [data], rows=rows)
        if method == "flow":
            return x
        y = self.new(DATA, node, [target] if target else [], rows=rows)
        return self.new(SEQUENCE, node, [x, y], items=[x, y])

    def _predict(self, node: cst.Call, obj: Obj, data: Value) -> Value:
        state = self.values[obj.state] if obj.state is not None else None
        out = self.new(PREDICTION, node, [data, state], rows=data.rows)
        ev = self.event(PredictEvent, node, obj=obj, state=obj.state, data=data, output=out)
        out.extra["pred"] = ev
        return out

    def _training_step(self, node: cst.Call) -> None:
        """``loss.backward()``: the forward passes in this loop body were training (PyTorch)."""
        loop = self.loop_stack[-1] if self.loop_stack else None
        seen: set[int] = set()
        for ev in reversed(self.events):
            if not isinstance(ev, PredictEvent) or (ev.loops[-1:] != (loop,) if loop is not None else ev.loops):
                continue
            if ev.obj.id in seen or any(f.method == "train step" and f.loops == ev.loops for f in ev.obj.fits):
                continue
            seen.add(ev.obj.id)
            self._fit(ev.site.node, self.values[ev.obj.ctor_value] if ev.obj.ctor_value >= 0 else ev.output, ev.obj, "train step", Args(pos=[ev.data]))  # type: ignore[arg-type]

    def _score_predictions(self, node: cst.CSTNode, compared: Value, what: str) -> Value:
        """``np.mean(pred == y_test)``, ``(out.argmax(1) == y).sum()``: a hand-written metric."""
        pe: PredictEvent = compared.extra["pred"]
        result = self.new(SCORE, node, [compared])
        self.event(EvalEvent, node, obj=pe.obj, state=pe.state, data=pe.data, truth=None, result=result, what=f"an accuracy computed with {what}()")
        return result

    def _statistic(self, node: cst.CSTNode, data: Value, what: str, keep_rows: bool = False) -> Value:
        stat = self.new(STAT, node, [data])
        self.event(StatEvent, node, data=data, result=stat, what=what)
        if keep_rows:
            self.stmt_stats.append(stat)
            return self.new(DATA, node, [data, stat], rows=data.rows)
        return stat

    def data_method(self, node: cst.Call, recv: Value, method: str, args: Args) -> Value:
        rows = recv.rows
        assert rows is not None
        inputs = [recv, *args.all()]
        stats = [v for v in args.all() if v.kind == STAT]
        fn = next((v for v in args.pos if v.kind == FUNCTION), None)
        if recv.extra.get("grouped") and fn is None and _group_statistic(method, args):
            stat = self._statistic(node, recv, f"groupby.{method}")
            if method == "transform":
                self.stmt_stats.append(stat)
                return self.new(DATA, node, [recv, stat], rows=rows)
            return stat
        if fn is not None and method in ("apply", "transform", "agg", "aggregate", "map", "applymap", "pipe"):
            column = self.new(DATA, node, [recv], rows=rows)
            before = len(self.events)
            result = self.inline(node, fn, None, evaluated=Args(pos=[column]))
            out = self.new(DATA, node, [recv, result], rows=rows)
            computes = any(isinstance(e, StatEvent) for e in self.events[before:])
            if recv.extra.get("grouped") and method == "transform" and computes:
                stat = self._statistic(node, recv, "groupby.transform")
                self.stmt_stats.append(stat)
                self.graph.add_edge(stat.id, out.id)
            return out
        if "pred" in recv.extra and method in ("mean", "sum") and recv.extra["pred"].output is not recv:
            return self._score_predictions(node, recv, method)
        if method in ("size", "numel", "nelement", "dim", "__len__", "memory_usage"):
            return self.new(OTHER, node, [recv])
        if method in ("rolling", "expanding", "ewm", "resample"):
            return self.new(DATA, node, inputs, rows=rows, extra={"windowed": True})
        if method in T.STATISTIC_METHODS and (recv.extra.get("windowed") or _row_wise(args)):
            return self.new(DATA, node, inputs, rows=rows)  # a per-row window statistic
        if method in T.STATISTIC_METHODS:
            if any(self._is_score(v) for v in inputs) or recv.extra.get("scores"):
                self.event(SelectEvent, node, inputs=[recv])
                return self.derive(node, inputs)
            return self._statistic(node, recv, method)
        if method == "groupby":
            return self.new(DATA, node, inputs, rows=rows, extra={"grouped": True})
        if method == "sample" and isinstance(args.kw_nodes.get("replace"), cst.Name) and args.kw_nodes["replace"].value == "True":
            new_rows = self.rowset("resampled", [rows], node, label=recv.name or "")
            self.event(ResampleEvent, node, data=recv, output_rows=new_rows, what="sample(replace=True)")
            return self.new(DATA, node, inputs, rows=new_rows)
        if method == "sample":
            frac = args.kw_nodes.get("frac")
            if isinstance(frac, (cst.Integer, cst.Float)) and float(frac.value) >= 1.0:
                return self.new(DATA, node, inputs, rows=rows)
            names = self.pending[1] if self.pending[0] is node else []
            split = self.event(SplitEvent, node, kind="holdout", inputs=[recv], label="sample")
            role = (role_from_name(names[0]) if len(names) == 1 else None) or "train"
            child = self.rowset("subset", [rows], node, role=role, split=split, label=names[0] if names else "")
            earlier = self._sample_splits.get(rows.id)
            if earlier is not None:  # two independent random samples of one frame share rows
                child.overlaps.append(earlier[1])
                earlier[1].overlaps.append(child)
            self._sample_splits[rows.id] = (split, child)  # type: ignore[assignment]
            return self.new(DATA, node, inputs, rows=child)
        if method == "drop":
            for a in args.all():
                src = a.extra.get("index_of")
                if src is not None and src.rows is not None and src.rows.parents and src.rows.parents[0] is rows and src.rows.split is not None:
                    other: Role = "test" if src.rows.role == "train" else "train"
                    child = self._split_child(src.rows.split, rows, other, node)
                    return self.new(DATA, node, inputs, rows=child)
        if method == "drop":
            dropped = {c for v in args.all() for c in (_strings(v) or [])}
            out = self.new(DATA, node, inputs, rows=rows, extra={"frame": recv, "dropped": dropped})
            if "inplace" in args.kw_nodes and isinstance(node.func, cst.Attribute):
                self._rebind(node.func.value, out)
            return out
        if method == "pop":
            col = _strings(args.pos[0]) if args.pos else None
            if col:
                recv.extra.setdefault("popped", set()).update(col)
            return self.new(DATA, node, inputs, rows=rows, extra={"columns": col or [], "frame": recv})
        if method in ("select_dtypes",) or (method == "filter" and ("like" in args.kw or "regex" in args.kw or "items" in args.kw)):
            out = self.new(DATA, node, inputs, rows=rows, extra={"frame": recv, "columns": None})
            include = args.get(0, "include")
            text = self.module.code_for_node(args.kw_nodes.get("include") or (args.pos_nodes[0] if args.pos_nodes else cst.Name("x")))
            if method == "select_dtypes" and include is not None and re.search(r"number|float|int", text):
                out.extra["numeric_only"] = True  # every numeric column: a numeric target too
            return out
        if method in T.ROW_FILTER_METHODS:
            new_rows = self._filter_rows(node, recv) if method == "query" else self.rowset("filter", [rows], node, label=recv.name or "")
            return self.new(DATA, node, inputs, rows=new_rows)
        if method in T.ROW_COMBINE_METHODS:
            others = [v for v in _flatten(args.pos[:1]) if v.kind == DATA and v.rows is not None and v.rows is not rows]
            if others and method == "append":
                new_rows = self.rowset("union", [rows, *(o.rows for o in others)], node, label=method)  # type: ignore[misc]
                return self.new(DATA, node, inputs, rows=new_rows)
        if method in _SELECT_METHODS and recv.extra.get("scores"):
            self.event(SelectEvent, node, inputs=[recv])
        if stats:
            self.stmt_stats.extend(stats)
            if "inplace" in args.kw_nodes and isinstance(node.func, cst.Attribute):
                new = self.new(DATA, node, inputs, rows=rows)
                self.event(ApplyEvent, node, target=new, stats=list(stats))
                self._rebind(node.func.value, new)
                return new
        if method in ("fit", "fit_transform", "fit_resample") and recv.extra.get("param"):
            return self._adopt(node, recv, method, args)
        out = self.new(DATA, node, inputs, rows=rows)
        if "inplace" in args.kw_nodes and isinstance(node.func, cst.Attribute):
            self._rebind(node.func.value, out)
        return out


# ---------------------------------------------------------------------- small helpers
def _params(params: cst.Parameters) -> list[cst.Param]:
    return [*params.posonly_params, *params.params, *params.kwonly_params]


def _dotted(node: cst.BaseExpression) -> str:
    if isinstance(node, cst.Name):
        return node.value
    if isinstance(node, cst.Attribute):
        return f"{_dotted(node.value)}.{node.attr.value}"
    return ""


def _name_of(node: cst.BaseExpression) -> str:
    return node.value if isinstance(node, cst.Name) else _dotted(node)


def _target_names(node: cst.BaseExpression) -> list[str]:
    if isinstance(node, cst.Name):
        return [node.value]
    if isinstance(node, (cst.Tuple, cst.List)):
        out: list[str] = []
        for el in node.elements:
            v = el.value
            out.extend(_target_names(v.value if isinstance(v, cst.StarredElement) else v))
        return out
    if isinstance(node, cst.Attribute):
        return [node.attr.value]
    if isinstance(node, cst.Subscript):
        return _target_names(node.value)
    return [""]


def _string_value(node: cst.CSTNode) -> str | None:
    try:
        v = node.evaluated_value  # type: ignore[attr-defined]
    except Exception:
        return None
    return v if isinstance(v, str) else None


_NUMBER = re.compile(r"\d+(?:\.\d+)?|\.\d+")


def _slice_span(sl: cst.Slice) -> tuple[float | None, float | None]:
    """The numeric constants in a slice's bounds (``X[:int(n * 0.8)]`` -> (None, 0.8))."""

    def num(node: cst.BaseExpression | None) -> float | None:
        if node is None:
            return None
        code = cst.Module([]).code_for_node(node)
        found = _NUMBER.findall(code)
        return float(found[-1]) if len(found) == 1 else None

    return num(sl.lower), num(sl.upper)


def _spans_overlap(a: tuple[float | None, float | None], b: tuple[float | None, float | None]) -> bool:
    """Two slices ``[:u]`` and ``[l:]`` with comparable constants overlap when u > l."""
    (a_lo, a_hi), (b_lo, b_hi) = a, b
    if a_hi is not None and b_lo is not None and a_lo is None and b_hi is None:
        return a_hi > b_lo and (a_hi < 1) == (b_lo < 1)
    if b_hi is not None and a_lo is not None and b_lo is None and a_hi is None:
        return b_hi > a_lo and (b_hi < 1) == (a_lo < 1)
    return False


def _unrollable(it: Value) -> list[Value] | None:
    """The items of a short literal sequence of data sets (or of (name, data) pairs), if any."""
    items = it.items
    if it.kind != SEQUENCE or not items or len(items) > 5 or "wrapped" in it.extra:
        return None
    if it.extra.get("pairs"):  # dict.items(): (key, value) pairs
        if not all(i.kind == SEQUENCE and i.items and len(i.items) == 2 for i in items):
            return None
        values = [i.items[1] for i in items]  # type: ignore[index]
    else:
        values = items
    if all((v.kind == DATA and v.rows is not None) or _first_data(v) is not None for v in values):
        return items
    return None


_GROUP_AGGREGATES = frozenset({"mean", "median", "sum", "std", "var", "min", "max", "count", "nunique", "quantile", "mode", "sem", "prod"})


def _group_statistic(method: str, args: Args) -> bool:
    """``groupby(k)[t].transform("mean")``, ``.agg(["mean", "std"])``, ``.mean()``: per-group statistics."""
    if method in _GROUP_AGGREGATES:
        return True
    if method in ("transform", "agg", "aggregate", "apply"):
        names = [n for v in args.pos[:1] for n in (_strings(v) or [])]
        return bool(names) and any(n in _GROUP_AGGREGATES for n in names)
    return False


def _row_wise(args: Args, first: int = 0) -> bool:
    """``df.mean(axis=1)``, ``a.max(1)``, ``np.mean(X, axis=1)``: a statistic per row."""
    node = args.kw_nodes.get("axis")
    if node is None and len(args.pos_nodes) > first:
        node = args.pos_nodes[first]
    if isinstance(node, cst.Integer):
        return node.value == "1"
    if isinstance(node, cst.SimpleString):
        return "col" in node.value
    return False


def _first_data(v: Value) -> Value | None:
    if v.kind == SEQUENCE and v.items:
        return next((i for i in v.items if i.kind == DATA and i.rows is not None), None)
    return None


def _learns(qualname: str, kind: str, steps: list[Obj]) -> str:
    """What fitting this object learns: statistics, only categories, or unknown."""
    if qualname in T.CATEGORY_ENCODERS:
        return "categories"
    if steps and kind == K.TRANSFORMER:  # ColumnTransformer, FeatureUnion, a transformer Pipeline
        inner = {s.learns for s in steps if s.kind == K.TRANSFORMER and s.learned}
        return "statistics" if "statistics" in inner else "categories" if "categories" in inner else "unknown"
    if kind == "unknown":
        return "unknown"
    return "statistics"


def _selects(args: Args) -> bool:
    """Do these arguments stop early or keep a best iteration/checkpoint?"""
    if any(k in args.kw for k in ("early_stopping_rounds", "use_best_model", "early_stopping")):
        return True
    callbacks = [args.kw[k] for k in ("callbacks", "checkpoint_callback") if k in args.kw]
    return any(v.extra.get("selects") for v in _flatten(callbacks))


def _suite_keeps_something(suite: cst.BaseSuite) -> bool:
    """Does an ``if score > best:`` body keep something (assign, save, break), not just print?"""
    body = suite.body if isinstance(suite, cst.IndentedBlock) else [suite]
    for stmt in body:
        if not isinstance(stmt, (cst.SimpleStatementLine, cst.SimpleStatementSuite)):
            return True
        for small in stmt.body:
            if isinstance(small, (cst.Assign, cst.AugAssign, cst.AnnAssign, cst.Break, cst.Return)):
                return True
            if isinstance(small, cst.Expr) and isinstance(small.value, cst.Call):
                func = small.value.func
                name = func.attr.value if isinstance(func, cst.Attribute) else func.value if isinstance(func, cst.Name) else ""
                if name not in ("print", "info", "debug", "warning", "log", "write", "display"):
                    return True
    return False


def _looks_like_class(name: str) -> bool:
    """CamelCase names are classes (``MyScaler``); ``X``, ``X_train``, ``DATA_DIR`` are not."""
    return name[:1].isupper() and "_" not in name and any(c.islower() for c in name)


def _strings(v: Value) -> list[str] | None:
    """The string constant(s) a value holds: a column name or a (nested) list of names."""
    if isinstance(v.extra.get("str"), str):
        return [v.extra["str"]]
    if v.kind == SEQUENCE and v.items:
        out: list[str] = []
        for item in v.items:
            inner = _strings(item)
            if inner is None:
                return None
            out.extend(inner)
        return out
    return None


def _flatten(values: Iterable[Value]) -> list[Value]:
    out: list[Value] = []
    for v in values:
        if v.kind == SEQUENCE and v.items is not None:
            out.extend(_flatten(v.items))
        else:
            out.append(v)
    return out


def _within_role(rows: RowSet, role: str) -> bool:
    """Is ``rows`` (a subset of) a split part with ``role``?"""
    seen = 0
    stack = [rows]
    while stack and seen < 64:
        r = stack.pop()
        seen += 1
        if r.role is not None:
            if r.role == role:
                return True
            continue
        if r.kind in ("subset", "filter", "resampled"):
            stack.extend(r.parents)
    return False


def _is_keras_like(obj: Obj) -> bool:
    return obj.cls in ("Sequential", "Model", "Functional")
