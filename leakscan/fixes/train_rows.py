"""LK101 fit-before-split, fixed in place: fit on the rows the later split trains on.

Where the fitted step cannot move after the split (its output is written back into the frame
and used by later feature code, or the split takes a frame built from it), the fit stays where
it is and learns from the training rows only::

    train_rows = train_test_split(range(len(df)), test_size=0.2, random_state=0)[0]
    df[cols] = scaler.fit(df.iloc[train_rows][cols]).transform(df[cols])

``train_test_split`` picks its rows from the number of rows, its options and the ``stratify``
labels only, so the same call on ``range(len(df))`` names exactly the rows of the later
training part - provided no row is added, dropped or reordered in between and the options read
the same values at both places. Both are checked (``statistics._check_rows_kept``); the frame
must be a pandas frame (``iloc``), shown by a string column key. Anything else is refused.
"""

from __future__ import annotations

from typing import Any

import libcst as cst

from leakscan.analysis import Analysis, Hit
from leakscan.findings import Fix
from leakscan.fixes._rewrite import FixRefused, Rewrite
from leakscan.fixes._tree import assign_parts, binds, keyword, method_call, names_in, positional, tree_index
from leakscan.fixes._rewrite import last_refusal
from leakscan.fixes.split_first import fix_fit_before_split, split_shape
from leakscan.fixes.statistics import (
    _BUILTINS,
    _callee,
    _check_rows_kept,
    _imported,
    _inlined,
    _keeps_rows,
    _replace_root,
    _root,
    _string_keyed,
    _strings,
    _written_keys,
)
from leakscan.graph.model import FitEvent, SplitEvent


def fix_fit_before_split_anyhow(analysis: Analysis, hit: Hit) -> Fix | None:
    """LK101: split first where the statements can move (``split_first``), else fit in place on
    the rows the split trains on; the reason of both refusals when neither applies."""
    fix = fix_fit_before_split(analysis, hit)
    if fix is not None:
        return fix
    moved = last_refusal.get() or "the fit cannot move after the split"
    fit, split = hit.events.get("fit"), hit.events.get("split")
    if not isinstance(fit, FitEvent) or not isinstance(split, SplitEvent) or fit.site.frames or split.site.frames:
        raise FixRefused(moved)
    try:
        return fix_fit_on_train_rows(analysis, fit, split)
    except FixRefused as in_place:
        raise FixRefused(moved if moved == str(in_place) else f"{moved}; {in_place}") from None


def fix_fit_on_train_rows(analysis: Analysis, fit: FitEvent, split: SplitEvent) -> Fix:
    index = tree_index(analysis)
    snode = split.site.node
    sample = method_call(snode)
    if isinstance(snode, cst.Call) and sample is not None and sample[1] == "sample" and isinstance(sample[0], cst.Name):
        # train = df.sample(frac=0.8, random_state=0); test = df.drop(train.index)
        sp_place = index.place(snode, split.site.top)
        if sp_place is None or any(a.star for a in snode.args) or keyword(snode, "random_state") is None:
            raise FixRefused("a sample() split without a fixed random_state")
        split_input: cst.BaseExpression = sample[0]
        call = snode
    elif isinstance(snode, cst.Subscript):
        return _fit_on_first_rows(analysis, fit, split)
    else:
        shape = split_shape(index, split)
        call = shape.value  # type: ignore[assignment]
        if not isinstance(call, cst.Call) or _callee(call) != "train_test_split" or not shape.inputs:
            raise FixRefused("the split is not train_test_split or sample(), whose rows can be named before it")
        sp_place = shape.place
        split_input = shape.inputs[0]
    fcall, recv, method, args = _fit_call(fit, max_args=2, refusal="the fit takes keyword or unpacked arguments")
    data = args[0]
    frame = _root(data)
    if frame is None:
        raise FixRefused("the fitted data is not a variable")
    if len(args) == 2 and _root(args[1]) != frame:
        raise FixRefused("a supervised fit whose labels come from another variable")
    if not _string_keyed(list(index.module.body), frame):
        raise FixRefused(f"nothing shows that {frame} is a pandas frame")
    place = index.place(fcall, fit.site.top)
    sp = sp_place
    if place is None or place.suite is not sp.suite or place.index >= sp.index:
        raise FixRefused("the fit and the split are not in one block")
    if isinstance(recv, cst.Name) and any(recv.value in binds(st) for st in sp.suite[place.index + 1 : sp.index]):
        raise FixRefused("the fitted object is rebound before the split")
    frames = {frame}
    small = index.sole_small(place)
    assign = assign_parts(small)
    if assign is not None and isinstance(assign[0], cst.Name):
        frames.add(assign[0].value)  # X_scaled = scaler.fit_transform(X): the same rows
    between = list(sp.suite[place.index + 1 : sp.index])
    for stmt in between:
        _check_rows_kept(index, stmt, frames)
    if not _keeps_rows(index, split_input, frames):
        raise FixRefused("the split's data is not the fitted frame's rows")
    if any(a.star for a in call.args):
        raise FixRefused("the split's options are unpacked")
    options = [a.with_changes(value=_inlined(a.value, between, frame)) for a in call.args if a.keyword is not None]
    written: set[str] = set(binds(place.stmt))
    if assign is not None:
        written |= _written_keys(small, frame) or set()  # type: ignore[arg-type]
    for st in between:
        written |= binds(st)
        if isinstance(st, cst.SimpleStatementLine) and len(st.body) == 1:
            written |= _written_keys(st.body[0], frame) or set()
    option_names: set[str] = set()
    for a in options:
        used = set(names_in(a.value))
        option_names |= used - {frame}
        if (used - {frame}) & written or {s.evaluated_value for s in _strings(a.value)} & written:
            raise FixRefused("the split's options (stratify) are computed after the fit")
        if frame in used and assign is not None and isinstance(assign[0], cst.Name) and assign[0].value == frame:
            raise FixRefused("the split's options read the frame the fit rewrites")
    if not all(any(n in binds(st) for st in sp.suite[: place.index]) or n in _BUILTINS or _imported(index, n) for n in option_names):
        raise FixRefused("the split's options are not known before the fit")
    opts = ", ".join(analysis.module.code_for_node(a).rstrip(", ").strip() for a in options)
    rows_line: cst.BaseStatement | None = None
    if sample is not None and call is snode and _callee(call) == "sample":
        rows = f"{frame}.sample({opts})"  # the same draw: the same rows
        sub = cst.parse_expression(rows)
    else:
        rows = index.fresh("train_rows")
        func = analysis.module.code_for_node(call.func)
        rows_line = cst.parse_statement(f"{rows} = {func}(range(len({frame})){', ' + opts if opts else ''})[0]  # the rows the split below trains on\n")
        sub = cst.parse_expression(f"{frame}.iloc[{rows}]")
    fit_args = [cst.Arg(_replace_root(a, frame, sub)) for a in args]
    fit_args = [a.with_changes(comma=cst.Comma(whitespace_after=cst.SimpleWhitespace(" "))) for a in fit_args[:-1]] + fit_args[-1:]
    fitted = cst.Call(func=cst.Attribute(value=recv, attr=cst.Name("fit")), args=fit_args)
    if method == "fit_transform":
        new: cst.BaseExpression = cst.Call(func=cst.Attribute(value=fitted, attr=cst.Name("transform")), args=[cst.Arg(data)])
    else:
        new = fitted
    rw = Rewrite(analysis)
    rw.replace(fcall, new, place.top)
    if rows_line is not None:
        rw.insert_before(place, [rows_line])
    return Fix("unsafe", f"Fit {fit.obj.cls} on the rows the split trains on ({rows}) instead of all rows of {frame}", rw.edits())


def _slice_bound(node: cst.Subscript) -> cst.BaseExpression | None:
    """``B`` in ``X[:B]`` / ``X.iloc[:B]``: the training rows are the first ``B``."""
    if len(node.slice) != 1 or not isinstance(node.slice[0].slice, cst.Slice):
        return None
    sl = node.slice[0].slice
    if sl.lower is not None or sl.step is not None or sl.upper is None:
        return None
    return sl.upper


def _fit_on_first_rows(analysis: Analysis, fit: FitEvent, split: SplitEvent) -> Fix:
    """``X_train, X_test = X[:n], X[n:]`` after the fit: fit on ``X[:n]`` (the bound's
    assignment moves up when it comes between the fit and the split)."""
    index = tree_index(analysis)
    snode = split.site.node
    assert isinstance(snode, cst.Subscript)
    sp = index.place(snode, split.site.top)
    if sp is None:
        raise FixRefused("no statement for the split")
    # the training slice of the split statement: X[:B] (the event may point at the test slice)
    slices: list[cst.Subscript] = []

    class V(cst.CSTVisitor):
        def visit_Subscript(self, n: cst.Subscript) -> None:
            if _slice_bound(n) is not None:
                slices.append(n)

    sp.stmt.visit(V())
    if not slices:
        raise FixRefused("the split does not take the first rows")
    train_slice = slices[0]
    bound = _slice_bound(train_slice)
    assert bound is not None
    sliced = train_slice.value.value if isinstance(train_slice.value, cst.Attribute) and train_slice.value.attr.value == "iloc" else train_slice.value
    fcall, recv, method, args = _fit_call(fit, max_args=1, refusal="the fit takes labels, keywords or unpacked arguments")
    data = args[0]
    frame = _root(data)
    place = index.place(fcall, fit.site.top)
    if frame is None or place is None or place.suite is not sp.suite or place.index >= sp.index:
        raise FixRefused("the fit and the split are not in one block")
    frames = {frame}
    small = index.sole_small(place)
    assign = assign_parts(small)
    if assign is not None and isinstance(assign[0], cst.Name):
        frames.add(assign[0].value)
    between = list(sp.suite[place.index + 1 : sp.index])
    # the bound: known before the fit, or one plain assignment in between that can move up
    hoist: list[int] = []
    for name in set(names_in(bound)):
        where = [i for i in range(place.index + 1, sp.index) if name in binds(sp.suite[i])]
        if not where:
            continue
        if len(where) != 1:
            raise FixRefused("the split's bound is rebound before the split")
        st = sp.suite[where[0]]
        st_small = st.body[0] if isinstance(st, cst.SimpleStatementLine) and len(st.body) == 1 else None
        st_assign = assign_parts(st_small)
        if st_assign is None or not isinstance(st_assign[0], cst.Name):
            raise FixRefused("the split's bound is not one plain assignment")
        reads = set(names_in(st_assign[1]))
        if any(binds(x) & reads for x in sp.suite[place.index : where[0]]):
            raise FixRefused("the split's bound reads what changes after the fit")
        if reads & frames and not _len_only(st_assign[1], frames):
            raise FixRefused("the split's bound reads the fitted data")
        hoist.append(where[0])
    skip = {id(sp.suite[i]) for i in hoist}
    for stmt in between:
        if id(stmt) not in skip:
            _check_rows_kept(index, stmt, frames)
    if not _keeps_rows(index, sliced, frames):
        raise FixRefused("the split slices data that is not the fitted rows")
    if isinstance(recv, cst.Name) and any(recv.value in binds(st) for st in between):
        raise FixRefused("the fitted object is rebound before the split")
    pandas = _string_keyed(list(index.module.body), frame)
    b = analysis.module.code_for_node(bound)
    sub = cst.parse_expression(f"{frame}.iloc[:{b}]" if pandas else f"{frame}[:{b}]")
    fitted = cst.Call(func=cst.Attribute(value=recv, attr=cst.Name("fit")), args=[cst.Arg(_replace_root(data, frame, sub))])
    new: cst.BaseExpression = cst.Call(func=cst.Attribute(value=fitted, attr=cst.Name("transform")), args=[cst.Arg(data)]) if method == "fit_transform" else fitted
    rw = Rewrite(analysis)
    rw.replace(fcall, new, place.top)
    for i in sorted(hoist):
        moved = sp.suite[i]
        rw.delete(type(place)(moved, sp.suite, i, i if sp.at_module_level else sp.top, sp.owner))
        rw.insert_before(place, [moved.with_changes(leading_lines=[])])  # type: ignore[attr-defined]
    return Fix("unsafe", f"Fit {fit.obj.cls} on the first {b} rows, the ones the split trains on, instead of all rows of {frame}", rw.edits())


def _len_only(expr: cst.BaseExpression, frames: set[str]) -> bool:
    """Every read of a frame in ``expr`` is ``len(frame)`` (the same before and after the fit)."""
    ok = True

    class V(cst.CSTVisitor):
        def visit_Call(self, n: cst.Call) -> bool:
            if isinstance(n.func, cst.Name) and n.func.value == "len" and len(n.args) == 1 and isinstance(n.args[0].value, cst.Name):
                return False
            return True

        def visit_Name(self, n: cst.Name) -> None:
            nonlocal ok
            if n.value in frames:
                ok = False

    expr.visit(V())
    return ok


def _fit_call(fit: Any, max_args: int, refusal: str) -> tuple[cst.Call, cst.BaseExpression, str, list[cst.BaseExpression]]:
    """The ``recv.fit(X[, y])`` / ``fit_transform`` call of ``fit``, with positional arguments only."""
    fcall = fit.site.node
    parts = method_call(fcall)
    if not isinstance(fcall, cst.Call) or parts is None or parts[1] not in ("fit", "fit_transform"):
        raise FixRefused("not a fit or fit_transform call")
    recv, method = parts
    args = positional(fcall)
    if not args or len(args) != len(fcall.args) or len(args) > max_args:
        raise FixRefused(refusal)
    return fcall, recv, method, args
