"""Shared pieces of the graph builder: evaluated arguments, name roles, small tree helpers."""

from __future__ import annotations

import builtins
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

import libcst as cst

from leakscan import knowledge as K
from leakscan.graph.model import (
    DATA,
    SEQUENCE,
    Obj,
    Role,
    RowSet,
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
# Methods that only an estimator has: a value called with one of them on data is an estimator.
_ESTIMATOR_METHODS = frozenset({
    "fit", "fit_transform", "transform", "inverse_transform", "predict", "predict_proba",
    "decision_function", "score", "fit_resample", "fit_predict", "partial_fit",
})


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


def _int_const(node: cst.BaseExpression | None) -> int | None:
    if isinstance(node, cst.Integer):
        return int(node.value, 0)
    if isinstance(node, cst.UnaryOperation) and isinstance(node.operator, cst.Minus) and isinstance(node.expression, cst.Integer):
        return -int(node.expression.value, 0)
    return None


def _positions(key: tuple) -> tuple[str, int | None, int | None] | None:
    """Columns chosen by position: ``("at", -1, None)`` for ``[:, -1]``, ``("slice", 1, None)`` for ``[:, 1:]``."""
    if key[0] == "index":
        i = _int_const(key[1])
        return ("at", i, None) if i is not None else None
    sl = key[1]
    if sl.step is not None:
        return None
    lo, hi = _int_const(sl.lower), _int_const(sl.upper)
    if (sl.lower is not None and lo is None) or (sl.upper is not None and hi is None):
        return None
    return ("slice", lo, hi)


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


def _path_of(v: Value | None) -> str | None:
    """The file a value names: a path string, or the path an ``open(...)`` handle was opened on."""
    if v is None:
        return None
    text = v.extra.get("path", v.extra.get("str"))
    return text if isinstance(text, str) and text else None


def _first_data(v: Value) -> Value | None:
    if v.kind == SEQUENCE and v.items:
        return next((i for i in v.items if i.kind == DATA and i.rows is not None), None)
    return None


def _learns(qualname: str, kind: str, steps: list[Obj]) -> str:
    """What fitting this object learns: statistics, only categories, or unknown."""
    if qualname in T.CATEGORY_ENCODERS:
        return "categories"
    if steps and kind == K.TRANSFORMER:  # ColumnTransformer, FeatureUnion, a transformer Pipeline
        if any(s.kind == K.ESTIMATOR for s in steps):
            return "statistics"  # RFE(model), SelectFromModel(model): the wrapped model learns from the rows
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
