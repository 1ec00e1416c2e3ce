"""Builds the dataflow model of a program in one pass over its libcst tree.

The builder is a small abstract interpreter: it walks statements in program order, evaluates
each expression to a ``Value`` (a node of the networkx graph), follows imports and aliases,
tuple unpacking, reassignment, method chains, pandas column selection, loops and
comprehensions, and inlines calls to functions defined in the same file (each call site gets
fresh values, so ``normalize(X)`` and ``normalize(X_train)`` are told apart). What a library
callable does comes from ``leakscan.knowledge``; nothing here names a library class.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

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
    SYMBOL,
    CLASS,
    ApplyEvent,
    Event,
    Loop,
    Obj,
    Program,
    Role,
    RowSet,
    SelectEvent,
    Site,
    SplitEvent,
    Value,
)
from leakscan.knowledge import tables as T
from leakscan.graph.common import (
    _BUILTINS,
    _FRAME_ATTRS,
    _META_ATTRS,
    _dotted,
    _first_data,
    _looks_like_class,
    _name_of,
    _params,
    _positions,
    _slice_span,
    _spans_overlap,
    _string_value,
    _strings,
    _suite_keeps_something,
    _target_names,
    _unrollable,
    role_from_name,
)
from leakscan.graph.calls import CallsMixin
from leakscan.graph.foreign import ForeignMixin
from leakscan.graph.timeorder import TimeOrder


def _field_default(value: cst.BaseExpression) -> cst.BaseExpression:
    """``field(default_factory=lambda: ["id"])`` / ``field(default=0.2)``: the value a dataclass field starts with."""
    if isinstance(value, cst.Call) and _dotted(value.func).rpartition(".")[2] == "field":
        for arg in value.args:
            if arg.keyword is not None and arg.keyword.value == "default":
                return arg.value
            if arg.keyword is not None and arg.keyword.value == "default_factory" and isinstance(arg.value, cst.Lambda):
                return arg.value.body
    return value


class Builder(CallsMixin, ForeignMixin):
    def __init__(self, module: cst.Module, knowledge: K.Knowledge = K.DEFAULT, path: str | None = None) -> None:
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
        self.returned = False  # a return ran on the path being analyzed (the rest is dead code)
        self.artifacts: dict[str, Value] = {}  # files this program wrote: path -> the value written
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
        self.time = TimeOrder(self)  # time-order and metric facts (graph/timeorder.py)
        self.init_project(path)  # imports and files of the project around ``path`` (graph/foreign.py)

    # ------------------------------------------------------------------ entry point
    def build(self) -> Program:
        for index, stmt in enumerate(self.module.body):
            self.top = index
            self.stmt(stmt)
        self._analyze_uncalled()
        program = Program(self.graph, self.values, self.events, self.loops, self.rowsets)
        program.reads = self.read_frames
        program.deps = dict(self.deps)
        return program

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
                if self.returned:
                    return  # after a return on this path: the rest of the block does not run
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
            body_returns = False
            scope = self.scopes[-1]
            before = dict(scope)
            if truth is not False:
                self.suite(s.body)
                body_returns, self.returned = self.returned, False
            if self.kept_objects > kept_before:
                for e in compares:
                    e.picks = True
            else_returns = False
            if truth is not True:
                after_body = dict(scope) if truth is None else None
                if after_body is not None:
                    scope.clear()
                    scope.update(before)  # the other branch starts from what was bound before the `if`
                if isinstance(s.orelse, cst.If):
                    self.stmt(s.orelse)
                elif isinstance(s.orelse, cst.Else):
                    self.suite(s.orelse.body)
                else_returns, self.returned = self.returned, False
                if after_body is not None:
                    self._merge_branches(s, scope, after_body, body_returns, else_returns)
            # the code after the `if` runs only on a path that did not return
            self.returned = (body_returns and (truth is True or else_returns)) or (truth is False and else_returns)
        elif isinstance(s, cst.For):
            self.for_stmt(s)
            self.returned = False
        elif isinstance(s, cst.While):
            self.expr(s.test)
            loop = self._push_loop(s, [], None)
            self.suite(s.body)
            self.returned = False
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
            self.returned = False
            for h in s.handlers:
                self.suite(h.body)
                self.returned = False
            if s.orelse:
                self.suite(s.orelse.body)
            if s.finalbody:
                self.suite(s.finalbody.body)
        elif isinstance(s, cst.FunctionDef):
            v = self.new(FUNCTION, s, extra={"def": s, "top": self.top, "scopes": list(self.scopes), "importer": self.importer})
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
                if v.kind == DATA and v.rows is not None and self.stmt_stats:
                    # return (col - col.mean()) / col.std(): the helper applies the statistic here
                    self.event(ApplyEvent, s, target=v, stats=list(self.stmt_stats))
            if self.returns is not None:
                self.returned = True
        elif isinstance(s, cst.Import):
            for alias in s.names:
                dotted = _dotted(alias.name)
                if alias.asname is not None:
                    self.bind(_name_of(alias.asname.name), self.new(SYMBOL, None, qualname=dotted, extra={"importer": self.importer}))
                else:
                    first = dotted.split(".")[0]
                    self.bind(first, self.new(SYMBOL, None, qualname=first, extra={"importer": self.importer}))
        elif isinstance(s, cst.ImportFrom):
            if isinstance(s.names, cst.ImportStar) or (s.module is None and not s.relative):
                return
            base = "." * len(s.relative) + (_dotted(s.module) if s.module is not None else "")
            for alias in s.names:
                name = _dotted(alias.name)
                local = _name_of(alias.asname.name) if alias.asname is not None else name
                qualname = f"{base}{name}" if base.endswith(".") else f"{base}.{name}"  # from . import prep
                self.bind(local, self.new(SYMBOL, None, qualname=qualname, extra={"importer": self.importer}))

    def _merge_branches(self, node: cst.If, scope: dict[str, Value], body: dict[str, Value], body_returns: bool, else_returns: bool) -> None:
        """After an undecided ``if``: each name holds what either branch bound (data: either's rows)."""
        if body_returns or else_returns:  # only the branch that goes on reaches the code after the `if`
            if body_returns and not else_returns:
                return
            scope.clear()
            scope.update(body)
            return
        for name, first in body.items():
            second = scope.get(name)
            if second is None:
                scope[name] = first
            elif second is not first and first.kind == DATA and second.kind == DATA and first.rows is not None and second.rows is not None:
                rows = first.rows if first.rows is second.rows else self.rowset("either", [first.rows, second.rows], node, label=name)
                merged = self.new(DATA, node, [first, second], rows=rows, name=second.name)
                merged.extra.update({k: v for k, v in second.extra.items() if k not in ("bound",)})
                scope[name] = merged

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
            filtered = rows is not None and rows.kind in ("filter", "subset") and rows.id >= self.stmt_rowsets
            if stmt is not None and value.kind == DATA and self.stmt_stats and not filtered:
                # (dropping outlier rows by a quantile is a filter, not a value written into the data)
                self.event(ApplyEvent, stmt, target=value, stats=list(self.stmt_stats))
        elif isinstance(target, (cst.Tuple, cst.List)):
            elements = [e.value for e in target.elements]
            value = self._split_fresh_source(target, elements, value)
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
                if stmt is not None:  # self.X = frame.drop(...): where the value is built
                    value.extra.setdefault("bound", []).append((target.attr.value, self.site(stmt)))
        elif isinstance(target, cst.StarredElement):
            self.assign(target.value, value)

    def _split_fresh_source(self, target: cst.BaseExpression, elements: list[cst.BaseExpression], value: Value) -> Value:
        """``(X_tr, y_tr), (X_te, y_te) = load()``: parts of an unknown loader's result are data sets of their own.

        A flat ``X, y = get_data()`` keeps one data set (the columns of the same rows); nested
        tuples, or names of different roles (``X_train, X_test = load()``), are separate ones.
        """
        rows = value.rows
        if value.kind != DATA or rows is None or rows.kind != "source" or rows.id < self.stmt_rowsets or value.items is not None:
            return value
        nested = any(isinstance(e, (cst.Tuple, cst.List)) for e in elements)
        roles = [None if isinstance(e, (cst.Tuple, cst.List)) else role_from_name(_target_names(e)[0]) for e in elements]
        if not nested and len(set(roles)) < 2:
            return value
        by_role: dict[object, RowSet] = {}
        items = []
        for i, el in enumerate(elements):
            key: object = i if nested else roles[i]
            if key not in by_role:
                by_role[key] = self.rowset("source", node=target, label=rows.label)
            items.append(self.new(DATA, el, [value], rows=by_role[key], extra={"via_call": True}))
        return self.new(SEQUENCE, target, items, items=items)

    def store_into(self, container: cst.BaseExpression, node: cst.CSTNode, value: Value, stmt: cst.CSTNode | None) -> None:
        """``df["c"] = v`` / ``df.loc[m, "c"] = v``: the frame now also carries ``v``."""
        base_expr = container
        while isinstance(base_expr, cst.Attribute) and base_expr.attr.value in ("loc", "iloc", "at", "iat"):
            base_expr = base_expr.value
        base = self.expr(base_expr)
        if base.kind == DATA and base.rows is not None:
            new = self.new(DATA, node, [base, value], rows=base.rows, name=base.name, extra={"base": base})
            if isinstance(node, cst.Subscript) and node.slice:  # df["a"] = ... / df[["a", "b"]] = ...
                key = node.slice[-1].slice
                cols = _strings(self.expr(key.value)) if isinstance(key, cst.Index) else None
                new.extra["written"] = (cols, value)
            self.time.on_store(node, new, value, stmt)
            stats = self.stmt_stats + ([value] if value.kind == STAT else [])
            if stmt is not None and stats:
                self.event(ApplyEvent, stmt, target=new, stats=list(stats))
            self._rebind(base_expr, new)
        else:
            self.graph.add_edge(value.id, base.id)
            if base.items is not None:
                base.items.append(value)
            if base.extra.get("filler") and isinstance(node, cst.Subscript):
                # results[i, seq] = 1.0 with seq from the data: the array is that data, encoded
                keys = [self.expr(el.slice.value) for el in node.slice if isinstance(el.slice, cst.Index)]
                data = next((v for v in (value, *keys) if v.kind == DATA and v.rows is not None), None)
                if data is not None:
                    base.kind, base.rows = DATA, data.rows

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

    def _old_api_folds(self, splitter: Value) -> Value:
        """The folds of a splitter built on the data itself (``KFold(len(X))``, ``StratifiedKFold(y)``)."""
        obj = splitter.obj
        assert obj is not None
        base: Value | None = None
        frontier = [splitter.id]
        for _ in range(3):  # KFold(len(X)) -> len(X) -> X
            preds = [self.values[p] for v in frontier if v in self.graph for p in self.graph.predecessors(v)]
            base = next((p for p in preds if p.kind == DATA and p.rows is not None), None)
            if base is not None:
                break
            frontier = [p.id for p in preds]
        kind = "holdout" if obj.holdout else "cv"
        split = self.event(SplitEvent, obj.site.node, kind=kind, inputs=[base] if base is not None else [], label=obj.cls)
        return self.new(FOLDS, obj.site.node, [splitter], extra={"split": split, "base": base or splitter})

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
        if it.kind == OBJECT and it.obj is not None and it.obj.kind == K.CV_SPLITTER:
            it = self._old_api_folds(it)  # for tr, te in KFold(len(X), n_folds=5): sklearn < 0.18
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
        fields: list[str] = []  # annotated class attributes: a dataclass's __init__ parameters, in order
        attrs: dict[str, Value] = {}  # class attributes with a value: what an instance reads unless it sets its own
        for stmt in s.body.body if isinstance(s.body, cst.IndentedBlock) else ():
            if isinstance(stmt, cst.FunctionDef):
                methods[stmt.name.value] = stmt
            elif isinstance(stmt, cst.SimpleStatementLine):
                for small in stmt.body:
                    if isinstance(small, cst.AnnAssign) and isinstance(small.target, cst.Name):
                        fields.append(small.target.value)
                        if small.value is not None:
                            attrs[small.target.value] = self.expr(_field_default(small.value))
                    elif isinstance(small, cst.Assign) and len(small.targets) == 1 and isinstance(small.targets[0].target, cst.Name):
                        attrs[small.targets[0].target.value] = self.expr(small.value)
        dataclass = any(_dotted(d.decorator.func if isinstance(d.decorator, cst.Call) else d.decorator).endswith("dataclass") for d in s.decorators)
        bases = [self.expr(b.value) for b in s.bases]
        if "transform" in methods and "fit" in methods:
            kind = K.TRANSFORMER
        elif "predict" in methods or "forward" in methods or any(
            b.kind == SYMBOL and (b.qualname or "").endswith(("nn.Module", "keras.Model", "Model")) for b in bases
        ):
            kind = K.ESTIMATOR
        else:
            kind = ""
        v = self.new(CLASS, s, extra={
            "methods": methods, "kind": kind, "top": self.top, "scopes": list(self.scopes), "name": s.name.value,
            "fields": fields if dataclass else None, "class_attrs": attrs, "importer": self.importer,
        })
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
            return self.time.observe(node, self.call(node))  # type: ignore[arg-type]
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
                return self.new(SEQUENCE, node, [base], items=None, extra={
                    "all_columns_except": set(), "columns_of": base, "popped_when_listed": set(base.extra.get("popped", ())),
                })
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
        op = getattr(node, "operator", None)
        if len(inputs) == 2 and all(v.kind == SEQUENCE and v.items is not None for v in inputs) and isinstance(op, cst.Add):
            items = [*inputs[0].items, *inputs[1].items]  # type: ignore[misc]
            return self.new(SEQUENCE, node, inputs, items=items)
        out = self.derive(node, inputs)
        texts = [v.extra.get("str") for v in inputs]
        if len(inputs) == 2 and isinstance(op, (cst.Divide, cst.Add)) and all(isinstance(t, str) for t in texts) and out.kind == OTHER:
            # Path(DATA) / "train.csv", DATA_DIR + "train.csv": the path a file is written to or read from
            out.extra["str"] = f"{texts[0].rstrip('/')}/{texts[1]}" if isinstance(op, cst.Divide) else f"{texts[0]}{texts[1]}"  # type: ignore[union-attr]
        if out.kind == DATA and isinstance(op, (cst.BitAnd, cst.BitOr, cst.BitXor, cst.BitInvert, cst.And, cst.Or, cst.Not)) and any(v.extra.get("mask") for v in inputs):
            out.extra["mask"] = True  # (a > lo) & (a < hi): still a row mask
        return out

    def compare(self, node: cst.Comparison) -> Value:
        values = [self.expr(node.left), *(self.expr(c.comparator) for c in node.comparisons)]
        scored = [v for v in values if self._is_score(v)]
        if scored:
            self.event(SelectEvent, node, inputs=scored, keeps=False)
        v = self.derive(node, values)
        if v.kind == DATA:
            v.extra["mask"] = True
        texts = [x.extra.get("str") for x in values]
        if len(values) == 2 and all(isinstance(t, str) for t in texts) and isinstance(node.comparisons[0].operator, (cst.Equal, cst.NotEqual)):
            # method == "minmax" with the argument known at this call: only one branch runs
            v.extra["truth"] = (texts[0] == texts[1]) == isinstance(node.comparisons[0].operator, cst.Equal)
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
        conds: list[Value] = []
        comp = node.for_in  # type: ignore[attr-defined]
        while comp is not None:
            it = self.expr(comp.iter)
            loop = self._push_loop(node, [], it)
            loops.append(loop)
            self.bind_element(comp.target, it, loop)
            for cond in comp.ifs:  # [c for c, keep in zip(cols, rfe.support_) if keep]: the filter chooses
                conds.append(self.expr(cond.test))
            comp = comp.inner_for_in
        if isinstance(node, cst.DictComp):
            items = [self.expr(node.key), self.expr(node.value)]
        else:
            items = [self.expr(node.elt)]  # type: ignore[attr-defined]
        for loop in reversed(loops):
            self._pop_loop(loop)
        self.scopes.pop()
        kind_src = items[-1]
        v = self.new(SEQUENCE, node, [*items, *conds], items=None)
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
        positions = None
        if len(keys) > 1:  # df.loc[rows, cols] / X[:, :7]: a column selection
            columns = _strings(keys[1][2]) if keys[1][0] == "index" else None
            column_key = True
            positions = _positions(keys[1])
        v = self.new(DATA, node, parents, rows=rows)
        if first is not None and first[0] == "slice" and len(keys) == 1:
            v.extra["row_slice"] = True
        if positions is not None and not columns:  # data[:, -1] / data[:, 1:]: numpy columns by position
            v.extra["positions"] = positions
        if base.extra.get("grouped"):
            v.extra["grouped"] = True
        if columns:
            v.extra["columns"] = columns
            v.extra["frame"] = base
        elif first is not None and first[0] == "index" and "all_columns_except" in first[2].extra:
            v.extra["frame"] = base
            v.extra["dropped"] = first[2].extra["all_columns_except"]
            if "popped_when_listed" in first[2].extra:
                v.extra["popped_when_listed"] = first[2].extra["popped_when_listed"]
        elif column_key:
            v.extra["frame"] = base  # columns chosen by something we cannot read
            v.extra["columns"] = None
        if base.extra.get("index_of") is not None:
            v.extra["index_of"] = base.extra["index_of"]
        return v

    def _slice_rows(self, node: cst.Subscript, base: Value, sl: cst.Slice) -> RowSet:
        """``X[:n]`` / ``X[n:]`` are the parts of a split when they are named like one."""
        assert base.rows is not None
        union = base.rows
        if union.kind == "union" and len(union.parents) == 2 and (sl.lower is None) != (sl.upper is None):
            # all_data[:n_train] / all_data[n_train:]: a concatenation taken apart again
            return union.parents[0] if sl.lower is None else union.parents[1]
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
