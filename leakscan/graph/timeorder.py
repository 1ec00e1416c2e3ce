"""Time order as a fact of the dataflow graph, and the metric facts that go with evaluation.

The builder hands every call it evaluates to ``TimeOrder.observe`` (and every column write to
``on_store``). From those, with the tables of ``leakscan.knowledge.timeseries`` only, it records
events in program order:

* ``WindowEvent`` - a value computed along the rows (``shift``, ``rolling``, ``diff``, ...) and the
  ``Window`` of rows it reads, relative to the row it describes;
* ``TimeIndexEvent`` - rows indexed by time (a DatetimeIndex, ``resample``/``asfreq``);
* ``SortEvent`` - rows sorted by a date column;
* ``ColumnWrite`` - a column stored into a frame (``df["c"] = v``, ``assign``, ``with_columns``);
* ``SplitterEvent`` / ``CVArgsEvent`` - how a CV splitter draws its folds and where it is used;
* ``ImbalanceEvent`` / ``MetricEvent`` / ``MetricNamesEvent`` - class-imbalance signals and metrics.

Rules ask "is this data in time order?" by graph reachability from these events' values.
"""

from __future__ import annotations

import math
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import libcst as cst

from leakscan.graph.model import DATA, OBJECT, OTHER, SEQUENCE, SYMBOL, Event, Obj, Value
from leakscan.knowledge import tables as T
from leakscan.knowledge import timeseries as TS
from leakscan.graph.timefacts import (
    _DATETIME,
    WHOLE_FRAME,
    ColumnWrite,
    CVArgsEvent,
    HoldoutCall,
    ImbalanceEvent,
    MetricEvent,
    MetricNamesEvent,
    SortEvent,
    SplitterEvent,
    TimeIndexEvent,
    Window,
    WindowEvent,
    combine,
)

if TYPE_CHECKING:
    from leakscan.graph.common import Args


_BARE: dict[str, str] = {
    q.rpartition(".")[2]: q
    for q in (*TS.SHUFFLING_SPLIT_FUNCTIONS, *TS.SHUFFLE_OPTION_SPLITTERS, *TS.ALWAYS_RANDOM_SPLITTERS, *TS.FORWARD_SPLITTERS[:1])
}


class TimeOrder:
    """Records time-order and metric facts for one ``Builder`` (see the module docstring)."""

    def __init__(self, builder: Any) -> None:
        self.b = builder
        self.args: dict[int, Args] = {}  # call node id -> evaluated arguments
        self.recv: dict[int, Value] = {}  # call node id -> evaluated receiver of a method call
        self.date_columns: set[str] = set()  # columns parsed or converted to dates

    @property
    def kb(self) -> TS.TimeKnowledge:
        return self.b.kb.time

    # ------------------------------------------------------------------ entry points
    def observe(self, node: cst.Call, out: Value) -> Value:
        """Look at one evaluated call; never changes what the builder computed."""
        args = self.args.pop(id(node), None)
        recv = self.recv.pop(id(node), None)
        try:
            self._observe(node, out, args, recv)
        except Exception:  # noqa: BLE001 - a fact we cannot read is a fact we do not record
            pass
        return out

    def on_store(self, target: cst.CSTNode, frame: Value, value: Value, stmt: cst.CSTNode | None) -> None:
        """``df["c"] = value`` (or ``df.index = value``) made ``frame``."""
        if isinstance(target, cst.Attribute) and target.attr.value == "index":
            if value.extra.get(_DATETIME):
                self._event(TimeIndexEvent, target, output=frame, what="a DatetimeIndex")
            return
        columns = _subscript_columns(target)
        for column in columns:  # df[["a", "b"]] = ...: one write per column, one statement
            if value.extra.get(_DATETIME):
                self.date_columns.add(column)
            self._event(ColumnWrite, target, frame=frame, column=column, value=value, stmt=stmt or target)

    # ------------------------------------------------------------------ dispatch
    def _observe(self, node: cst.Call, out: Value, args: Args | None, recv: Value | None) -> None:
        from leakscan.graph.common import Args

        args = args or Args()
        func = node.func
        qualname = self._qualname(func, recv)
        if qualname is not None:
            self._library(node, qualname, args, out)
            return
        if isinstance(func, cst.Attribute) and recv is not None:
            self._method(node, func.attr.value, recv, args, out)

    def _qualname(self, func: cst.BaseExpression, recv: Value | None) -> str | None:
        if isinstance(func, cst.Attribute):
            if recv is not None and recv.kind == SYMBOL and recv.qualname:
                return self.b.kb.normalize(f"{recv.qualname}.{func.attr.value}")
            return None
        if isinstance(func, cst.Name):
            v = self.b.lookup(func.value)
            if v is None:
                return self.b.kb.normalize(T.CONVENTIONAL_ALIASES.get(func.value, func.value))
            if v.kind == SYMBOL and v.qualname:
                return self.b.kb.normalize(v.qualname)
        return None

    def _library(self, node: cst.Call, qualname: str, args: Args, out: Value) -> None:
        kb = self.kb
        if "." not in qualname:  # a name never imported (a notebook fragment): its one known meaning
            qualname = _BARE.get(qualname, qualname)
        short = qualname.rpartition(".")[2]
        if qualname in TS.DATETIME_FUNCTIONS:
            out.extra[_DATETIME] = True
        if qualname == "polars.col" and args.pos:
            names = _strs(args.pos[0])
            if names and len(names) == 1:
                out.extra["tw"] = Window(names[0])
        if qualname in TS.WINDOW_FUNCTIONS:  # sliding windows of consecutive rows
            window = Window(None, -1, 0, aggregates=True, steps=(f"{short}()",))
            out.extra["tw"] = window
            self._event(WindowEvent, node, output=out, method=short, window=window)
        if qualname.startswith(T.LOADER_PREFIXES):
            self._loader(node, args, out)
        if qualname.rpartition(".")[0] in ("pandas", "polars") and short in ("DataFrame", "Series"):
            index = args.kw.get("index")
            if index is not None and index.extra.get(_DATETIME):
                self._event(TimeIndexEvent, node, output=out, what="a DatetimeIndex")
        kind = self.b.kb.kind_of(qualname)
        if out.kind == OBJECT and out.obj is not None:
            self._constructed(node, qualname, kind, args, out.obj)
        if qualname in TS.SHUFFLING_SPLIT_FUNCTIONS:
            keyword = TS.SHUFFLING_SPLIT_FUNCTIONS[qualname]
            shuffle = _keyword(node, keyword) if keyword else None
            shuffles = not (isinstance(shuffle, cst.Name) and shuffle.value == "False")
            self._event(HoldoutCall, node, call=node, qualname=qualname, shuffles=shuffles, stratified=_keyword(node, "stratify") is not None, inputs=list(args.pos))
        if kind == "cv-function":
            self._event(CVArgsEvent, node, call=node, cv=args.kw.get("cv"), obj=None, data=args.get(1, "X"), target=args.get(2, "y"))
        self._metric_names(node, None, args)
        if kind == "train-function":  # xgb.train(params, dtrain): the params dict
            self._imbalance_keywords(node, args, short)
        if kb.matches(kb.imbalance_callables, qualname):
            self._event(ImbalanceEvent, node, what=short)
        if kb.matches(kb.accuracy_metrics, qualname):
            self._event(MetricEvent, node, kind="accuracy", what=short, output=out)
        elif kb.matches(kb.per_class_metrics, qualname):
            self._event(MetricEvent, node, kind="per-class", what=short, output=out)

    def _imbalance_keywords(self, node: cst.Call, args: Args, owner: str) -> None:
        """``class_weight=...`` as a keyword, or as a key of a params dict (``**params``)."""
        if owner.endswith("Regressor") or owner in _REGRESSORS:
            return  # XGBRegressor(scale_pos_weight=...): no classes to balance
        for key in TS.IMBALANCE_KEYWORDS:
            if key in args.kw_nodes and _truthy(args.kw_nodes[key]):
                self._event(ImbalanceEvent, node, what=f"{owner}({key}=...)")
                return
        for value in args.all():
            if not value.extra.get("dict") or not value.items:
                continue
            for pair in value.items:
                if pair.items and len(pair.items) == 2 and pair.items[0].extra.get("str") in TS.IMBALANCE_KEYWORDS:
                    item = pair.items[1]
                    if item.site is None or _truthy(item.site.node):
                        self._event(ImbalanceEvent, node, what=f"{owner}({pair.items[0].extra['str']}=...)")
                        return

    def _constructed(self, node: cst.Call, qualname: str, kind: str | None, args: Args, obj: Obj) -> None:
        kb = self.kb
        self._imbalance_keywords(node, args, obj.cls)
        if any(s.kind == "resampler" for s in _all_steps(obj)):
            self._event(ImbalanceEvent, node, what=f"{obj.cls} with a resampler")
        if kind == "cv-splitter" or kb.matches(kb.forward_splitters, qualname) or kb.matches(kb.random_splitters, qualname):
            shuffle = args.kw_nodes.get("shuffle")
            shuffled = isinstance(shuffle, cst.Name) and shuffle.value == "True"
            random = kb.matches(kb.random_splitters, qualname) or (qualname in TS.SHUFFLE_OPTION_SPLITTERS and shuffled)
            self._event(SplitterEvent, node, obj=obj, qualname=qualname, random=random, forward=kb.matches(kb.forward_splitters, qualname), call=node)
        if kind == "search":
            self._event(CVArgsEvent, node, call=node, cv=args.kw.get("cv"), obj=obj, data=None, target=None)

    def _loader(self, node: cst.Call, args: Args, out: Value) -> None:
        parse, index = (args.kw_nodes.get(k) for k in TS.DATETIME_INDEX_LOADER_KEYWORDS)
        parsed = args.kw.get(TS.DATETIME_INDEX_LOADER_KEYWORDS[0])
        if parsed is not None:
            self.date_columns.update(_strs(parsed) or [])
        if parse is not None and index is not None and _truthy(parse) and _truthy(index):
            self._event(TimeIndexEvent, node, output=out, what="a DatetimeIndex (parse_dates + index_col)")

    def _method(self, node: cst.Call, method: str, recv: Value, args: Args, out: Value) -> None:
        if method == "compile" or (recv.kind == OBJECT and recv.obj is not None):
            self._metric_names(node, recv.obj, args)
        if method == "split" and recv.kind == OBJECT and recv.obj is not None and recv.obj.kind == "cv-splitter":
            self._event(CVArgsEvent, node, call=node, cv=recv, obj=None, data=args.get(0, "X"), target=args.get(1, "y"))
        if recv.kind == OBJECT and recv.obj is not None:
            self._imbalance_keywords(node, args, method)
            return
        is_data = recv.kind == DATA and recv.rows is not None
        base = recv.extra.get("tw")
        if not is_data and base is None and not (recv.kind == OTHER and method in TS.WINDOW_METHODS):
            return  # (an OTHER receiver: a frame built in a way the builder does not read as data)
        if method in ("assign", "with_columns") and is_data:
            self._column_keywords(node, args, out)
        if method in ("set_index",) and is_data:
            key = args.get(0, "keys")
            names = _strs(key) if key is not None else None
            if (key is not None and key.extra.get(_DATETIME)) or (names and any(n in self.date_columns for n in names)):
                self._event(TimeIndexEvent, node, output=out, what=f"a DatetimeIndex (set_index({names[0]!r}))" if names else "a DatetimeIndex")
        if method in TS.RESAMPLE_TIME_METHODS and is_data:
            self._event(TimeIndexEvent, node, output=out, what=f"{method}()")
        if method in TS.SORT_METHODS and is_data:
            by = args.get(0, "by")
            names = (_strs(by) if by is not None else None) or []
            if method == "sort_index" or any(_is_date_name(n) or n in self.date_columns for n in names):
                self._event(SortEvent, node, output=out, by=names[0] if names else "index")
        if method in ("select", "get_column") and is_data and args.pos and not args.kw and "columns" not in out.extra:
            names = [_strs(a) for a in args.pos]
            if all(names):  # polars / Spark df.select("a", "b"): a column selection, like df[["a", "b"]]
                out.extra["columns"] = [n for group in names for n in group]  # type: ignore[union-attr]
                out.extra["frame"] = recv
        if method in ("transform", "apply", "pipe") and is_data and base is None:
            # groupby(k)["c"].transform(lambda s: s.shift(1).rolling(3).mean()): the function's window
            inner = [self.b.values[p].extra.get("tw") for p in self.b.graph.predecessors(out.id)] if out.id in self.b.graph else []
            found = [w for w in inner if isinstance(w, Window)]
            if found:
                cols = recv.extra.get("columns")
                column = cols[0] if cols and len(cols) == 1 else None
                out.extra["tw"] = replace(found[0], column=found[0].column or column)
                return
        window = self._window(node, method, recv, args, base)
        if window is not None:
            out.extra["tw"] = window
            self._event(WindowEvent, node, output=out, method=method, window=window)
            if is_data and window.column is None and "columns" not in recv.extra and window.reads_future:
                # df = df.bfill(): every column of the frame now reads later rows
                self._event(ColumnWrite, node, frame=out, column=WHOLE_FRAME, value=out, stmt=node)
        elif base is not None and out.kind != OBJECT:
            # .mean() of a rolling window, .alias("f"), .fillna(0): the same rows are read
            out.extra["tw"] = replace(base, steps=(*base.steps, f"{method}()")) if method in T.STATISTIC_METHODS + ("sum", "count", "apply", "agg") else base
            if method == "alias" and args.pos:
                names = _strs(args.pos[0])
                if names:
                    out.extra["tw_alias"] = names[0]

    def _window(self, node: cst.Call, method: str, recv: Value, args: Args, base: Window | None) -> Window | None:
        how = TS.WINDOW_METHODS.get(method)
        if how is None and method == "fillna":
            fill = args.kw_nodes.get("method")
            how = "backfill" if fill is not None and (_literal(fill) or "") in TS.BACKWARD_FILL_WORDS else None
        if how == "fill":
            strategy = args.kw_nodes.get("strategy") or (args.pos_nodes[1] if len(args.pos_nodes) > 1 else None)
            how = "backfill" if strategy is not None and (_literal(strategy) or "") in TS.BACKWARD_FILL_WORDS else None
        if how is None:
            return None
        axis = args.kw_nodes.get("axis")
        if axis is not None and (_int(axis, None) == 1 or _literal(axis) == "columns"):
            return None  # df.diff(axis=1): across the columns of each row, not along the rows
        if base is None:
            cols = recv.extra.get("columns")
            if not cols and recv.site is not None and isinstance(recv.site.node, (cst.Subscript, cst.Attribute)):
                cols = [c for c in [_subscript_column(recv.site.node)] if c]
            base = Window(cols[0] if cols and len(cols) == 1 else None)
        label = f"{method}({_args_text(self.b.module, node)})"
        if how == "shift":
            k = _int(args.kw_nodes.get("periods") or args.kw_nodes.get("n") or (args.pos_nodes[0] if args.pos_nodes else None), 1)
            if k is None:
                return base.then(label, 0, 0)
            return base.then(label, -k, -k)
        if how == "diff":
            k = _int(args.kw_nodes.get("periods") or args.kw_nodes.get("n") or (args.pos_nodes[0] if args.pos_nodes else None), 1)
            if k is None:
                return base.then(label, 0, 0, aggregates=True)
            return base.then(label, min(0, -k), max(0, -k), aggregates=True)
        if how == "window":
            size = _int(args.kw_nodes.get("window") or args.kw_nodes.get("window_size") or (args.pos_nodes[0] if args.pos_nodes else None), None)
            center = args.kw_nodes.get("center")
            centred = isinstance(center, cst.Name) and center.value == "True"
            width = size if size is not None and size > 0 else 2
            ahead = width // 2 if centred else 0
            return base.then(label, -(width - 1) + ahead, ahead, aggregates=True)
        if how == "cumulative":
            return base.then(label, -math.inf, 0, aggregates=True)
        if how == "backfill":
            return base.then(label, 0, math.inf)
        if how == "forward":
            return base.then(label, -math.inf, 0)
        return None

    def _column_keywords(self, node: cst.Call, args: Args, out: Value) -> None:
        """``df.assign(f=...)`` / ``df.with_columns(f=..., expr.alias("g"))``: column writes."""
        for key, value in args.kw.items():
            self._event(ColumnWrite, args.kw_nodes[key], frame=out, column=key, value=value, stmt=args.kw_nodes[key])
        for value in args.pos:
            items = value.items if value.kind == SEQUENCE and value.items is not None else [value]
            for item in items:
                alias = item.extra.get("tw_alias")
                if alias:
                    where = item.site.node if item.site is not None else node
                    self._event(ColumnWrite, where, frame=out, column=alias, value=item, stmt=where)

    def _metric_names(self, node: cst.Call, obj: Obj | None, args: Args) -> None:
        names: list[str] = []
        for key in TS.METRIC_KEYWORDS:
            v = args.kw.get(key)
            if v is None:
                continue
            for item in _flat(v):
                text = _strs(item)
                if text:
                    names.extend(text)
                elif item.obj is not None:
                    names.append(item.obj.cls)
                elif item.qualname:
                    names.append(item.qualname.rpartition(".")[2])
                elif item.site is not None and isinstance(item.site.node, cst.Call):
                    names.append(_callee_name(item.site.node))
        if names:
            self._event(MetricNamesEvent, node, obj=obj, names=names)

    def _event(self, cls: type, node: cst.CSTNode, **kw: object) -> Event:
        return self.b.event(cls, node, **kw)


# ---------------------------------------------------------------------- helpers
def _all_steps(obj: Obj) -> list[Obj]:
    out, stack = [], list(obj.steps)
    while stack and len(out) < 64:
        s = stack.pop()
        out.append(s)
        stack.extend(s.steps)
    return out


def _flat(v: Value) -> list[Value]:
    if v.kind == SEQUENCE and v.items is not None:
        return [x for i in v.items for x in _flat(i)]
    return [v]


def _strs(v: Value) -> list[str] | None:
    from leakscan.graph.common import _strings

    return _strings(v)


_REGRESSORS = frozenset({"LinearRegression", "Ridge", "Lasso", "ElasticNet", "SVR", "LinearSVR", "HuberRegressor"})


def _literal(node: cst.CSTNode) -> str | None:
    if isinstance(node, cst.SimpleString):
        try:
            value = node.evaluated_value
        except Exception:  # noqa: BLE001
            return None
        return value if isinstance(value, str) else None
    return None


def _int(node: cst.CSTNode | None, default: int | None) -> int | None:
    """An integer literal (``-1`` included); ``default`` when absent, None when not a literal."""
    if node is None:
        return default
    sign = 1
    if isinstance(node, cst.UnaryOperation) and isinstance(node.operator, cst.Minus):
        sign, node = -1, node.expression
    if isinstance(node, cst.Integer):
        try:
            return sign * int(node.value, 0)
        except ValueError:
            return None
    return None


def _truthy(node: cst.CSTNode) -> bool:
    """A keyword value that turns something on (not ``None``/``False``/``0``/``[]``)."""
    if isinstance(node, cst.Name):
        return node.value not in ("None", "False")
    if isinstance(node, cst.Integer):
        return node.value not in ("0",)
    if isinstance(node, (cst.List, cst.Tuple, cst.Dict)):
        return bool(node.elements)
    return True


def _keyword(call: cst.Call, name: str) -> cst.BaseExpression | None:
    for arg in call.args:
        if arg.keyword is not None and arg.keyword.value == name:
            return arg.value
    return None


def _subscript_columns(target: cst.CSTNode) -> list[str]:
    """The columns a store target names: ``df["c"]``, ``df[["a", "b"]]``, ``df.loc[:, "c"]``, ``df.c``."""
    one = _subscript_column(target)
    if one is not None:
        return [one]
    if isinstance(target, cst.Subscript) and target.slice:
        element = target.slice[-1].slice
        if isinstance(element, cst.Index) and isinstance(element.value, (cst.List, cst.Tuple)):
            names = [_literal(e.value) for e in element.value.elements]
            if names and all(names):
                return names  # type: ignore[return-value]
    return []


def _subscript_column(target: cst.CSTNode) -> str | None:
    """``"c"`` of ``df["c"]`` / ``df.loc[:, "c"]``; the attribute of ``df.c``."""
    if isinstance(target, cst.Attribute):
        return target.attr.value if target.attr.value not in ("loc", "iloc", "at", "iat") else None
    if not isinstance(target, cst.Subscript) or not target.slice:
        return None
    element = target.slice[-1].slice
    if isinstance(element, cst.Index):
        return _literal(element.value)
    return None


def _callee_name(call: cst.Call) -> str:
    func = call.func
    if isinstance(func, cst.Attribute):
        return func.attr.value
    return func.value if isinstance(func, cst.Name) else ""


def _args_text(module: cst.Module, call: cst.Call) -> str:
    text = ", ".join(module.code_for_node(a).strip().rstrip(",") for a in call.args)
    return text if len(text) <= 30 else text[:27] + "..."


def _is_date_name(name: str) -> bool:
    import re

    return any(w in TS.DATE_COLUMN_WORDS for w in re.findall(r"[a-z]+", name.lower()))


__all__ = [
    "CVArgsEvent", "ColumnWrite", "HoldoutCall", "ImbalanceEvent", "MetricEvent", "MetricNamesEvent",
    "SortEvent", "SplitterEvent", "TimeIndexEvent", "TimeOrder", "WHOLE_FRAME", "Window", "WindowEvent",
    "combine",
]
