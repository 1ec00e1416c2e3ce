"""LK502 / LK503: keep time order in splits and features.

Offered only where the rewrite is clearly right, always as unsafe fixes (the scores change):

* a hold-out ``train_test_split`` of time-ordered rows gets ``shuffle=False`` (not when it
  stratifies: scikit-learn refuses ``stratify`` without shuffling);
* a shuffled or K-fold splitter becomes ``TimeSeriesSplit(n_splits=k)``, and ``cv=k`` (or no
  ``cv``) in a CV helper or a search becomes ``cv=TimeSeriesSplit(n_splits=k)``;
* a rolling/expanding/ewm statistic of the target gets ``.shift(1)`` appended;
* a centred window gets ``center=False``.
"""

from __future__ import annotations

import libcst as cst

from leakscan.analysis import Analysis, Hit
from leakscan.findings import Fix
from leakscan.fixes._rewrite import FixRefused, Rewrite
from leakscan.fixes._tree import keyword
from leakscan.graph.timefacts import ColumnWrite, CVArgsEvent, HoldoutCall, SplitterEvent, Window

_SPLITTER_MODULE = "sklearn.model_selection"
_FORWARD = "TimeSeriesSplit"
_DEFAULT_FOLDS = "5"


def fix_random_split(analysis: Analysis, hit: Hit) -> Fix | None:
    holdout = hit.events.get("holdout")
    rw = Rewrite(analysis)
    try:
        if isinstance(holdout, HoldoutCall):
            if holdout.stratified or holdout.site.frames or not holdout.qualname.endswith("train_test_split"):
                return None
            rw.replace(holdout.call, _with_keyword(holdout.call, "shuffle", cst.Name("False")), holdout.site.top)
            return Fix("unsafe", "Split without shuffling (shuffle=False): the last rows become the test set", rw.edits())
        splitter = hit.events.get("splitter")
        cv = hit.events.get("cv")
        if isinstance(splitter, SplitterEvent):
            if splitter.site.frames:
                return None
            folds = _n_splits(splitter.call)
            name = rw.import_name(_SPLITTER_MODULE, _FORWARD, splitter.site.top)
            new = cst.Call(func=cst.Name(name), args=[cst.Arg(folds, keyword=cst.Name("n_splits"), equal=_EQUAL)] if folds is not None else [])
            rw.replace(splitter.call, new, splitter.site.top)
            return Fix("unsafe", f"Cross-validate forward in time with {_FORWARD}", rw.edits())
        if isinstance(cv, CVArgsEvent) and not cv.site.frames:
            current = keyword(cv.call, "cv")
            if current is not None and not isinstance(current.value, cst.Integer):
                return None
            folds = current.value if current is not None else cst.Integer(_DEFAULT_FOLDS)
            name = rw.import_name(_SPLITTER_MODULE, _FORWARD, cv.site.top)
            value = cst.parse_expression(f"{name}(n_splits={analysis.module.code_for_node(folds)})")
            rw.replace(cv.call, _with_keyword(cv.call, "cv", value), cv.site.top)
            return Fix("unsafe", f"Cross-validate forward in time with cv={_FORWARD}(...)", rw.edits())
    except FixRefused:
        return None
    return None


def fix_lookahead(analysis: Analysis, hit: Hit) -> Fix | None:
    write = hit.events.get("write")
    window = hit.events.get("window")
    if not isinstance(write, ColumnWrite) or not isinstance(window, Window):
        return None  # (inside a helper too: the helper's feature is what reads the future)
    node = write.value.site.node if write.value.site is not None else None
    if not isinstance(node, cst.Call) or "groupby" in analysis.module.code_for_node(node):
        return None  # shifting a grouped result would move rows across groups
    rw = Rewrite(analysis)
    top = write.site.top
    future_steps = [s for s in window.steps if s.startswith(("shift(-", "diff(-", "pct_change(-", "bfill", "backfill", "fillna"))]
    try:
        if window.reads_future and not future_steps and any("center=True" in s for s in window.steps):
            arg = _find_center(node)
            if arg is None:
                return None
            rw.replace(arg, arg.with_changes(value=cst.Name("False")), top)
            return Fix("unsafe", "Use a trailing window (center=False): only past rows", rw.edits())
        if hit.events.get("own_target") and not window.reads_future:
            new = cst.Call(func=cst.Attribute(value=node, attr=cst.Name("shift")), args=[cst.Arg(cst.Integer("1"))])
            rw.replace(node, new, top)
            return Fix("unsafe", "Shift the statistic by one row (.shift(1)) so it only sees earlier targets", rw.edits())
    except FixRefused:
        return None
    return None


_EQUAL = cst.AssignEqual(whitespace_before=cst.SimpleWhitespace(""), whitespace_after=cst.SimpleWhitespace(""))


def _with_keyword(call: cst.Call, name: str, value: cst.BaseExpression) -> cst.Call:
    """``call`` with keyword ``name`` set to ``value`` (replaced, or appended last)."""
    args = list(call.args)
    for i, arg in enumerate(args):
        if arg.keyword is not None and arg.keyword.value == name:
            args[i] = arg.with_changes(value=value)
            return call.with_changes(args=args)
    if args and any(a.star for a in args):
        raise FixRefused("a call with *args/**kwargs")
    new = cst.Arg(value, keyword=cst.Name(name), equal=_EQUAL)
    if args:
        last = args[-1]
        if not isinstance(last.comma, cst.MaybeSentinel):  # a trailing comma (multi-line calls): keep it last
            new = new.with_changes(comma=last.comma)
        args[-1] = last.with_changes(comma=cst.Comma(whitespace_after=cst.SimpleWhitespace(" ")))
    args.append(new)
    return call.with_changes(args=args)


def _n_splits(call: cst.Call) -> cst.BaseExpression | None:
    arg = keyword(call, "n_splits")
    if arg is not None:
        return arg.value
    if call.args and call.args[0].keyword is None and not call.args[0].star:
        return call.args[0].value
    return None


def _find_center(node: cst.CSTNode) -> cst.Arg | None:
    found: list[cst.Arg] = []

    class _Visit(cst.CSTVisitor):
        def visit_Arg(self, arg: cst.Arg) -> None:
            if arg.keyword is not None and arg.keyword.value == "center" and isinstance(arg.value, cst.Name) and arg.value.value == "True":
                found.append(arg)

    node.visit(_Visit())
    return found[0] if len(found) == 1 else None
